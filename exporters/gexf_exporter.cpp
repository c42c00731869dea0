// GEXF 1.3 writer (gexf.hpp). Schema: https://gexf.net/schema.html
#include "gazette/gexf.hpp"

#include "gazette/exporter.hpp"

namespace gazette {

namespace {

struct Attribute {
  const char* id;
  const char* type;  // GEXF attribute types: string, integer, double
};

constexpr Attribute kNodeAttributes[] = {
    {"type", "string"},        {"gazetteer_id", "string"}, {"key", "string"},
    {"mentions", "integer"},   {"documents", "integer"},   {"aliases", "string"},
    {"degree_in", "integer"},  {"degree_out", "integer"},  {"pagerank", "double"},
    {"betweenness", "double"}, {"component", "integer"},
};
constexpr Attribute kEdgeAttributes[] = {
    {"type", "string"},   {"role", "string"},      {"evidence_count", "integer"},
    {"sample", "string"}, {"documents", "string"}, {"samples", "string"}};
// Declared only when quote nodes are written (--quotes-as-nodes).
constexpr Attribute kQuoteAttributes[] = {{"text", "string"}, {"document", "string"}, {"date", "string"},
                                          {"url", "string"},  {"cue", "string"},      {"kind", "string"}};

class Out {
 public:
  explicit Out(std::ostream& os) : os_(os) {}
  std::string& buf() { return buf_; }
  void raw(std::string_view s) { buf_ += s; }
  // ` name="value"`
  void attr(std::string_view name, std::string_view value) {
    buf_ += ' ';
    buf_ += name;
    buf_ += "=\"";
    append_xml_escaped(buf_, value, true);
    buf_ += '"';
  }
  void attvalue(std::string_view id, std::string_view value, bool skip_empty = true) {
    if (skip_empty && value.empty()) return;
    buf_ += "          <attvalue";
    attr("for", id);
    attr("value", value);
    buf_ += "/>\n";
  }
  void attvalue(std::string_view id, long long value) { attvalue(id, std::to_string(value), false); }
  // Closes the attvalues, writes the viz colour, position and size, closes the node.
  void viz(const Rgb& c, double x, double y, double size) {
    buf_ += "        </attvalues>\n        <viz:color r=\"" + std::to_string(c.r) + "\" g=\"" + std::to_string(c.g) +
            "\" b=\"" + std::to_string(c.b) + "\"/>\n";
    buf_ += "        <viz:position x=\"" + format_double(x) + "\" y=\"" + format_double(y) +
            "\" z=\"0\"/>\n        <viz:size value=\"" + format_double(size) + "\"/>\n      </node>\n";
  }
  void dates(bool dynamic, const std::string& first, const std::string& last) {
    if (!dynamic) return;
    if (!first.empty()) attr("start", first);
    if (!last.empty()) attr("end", last);
  }
  void spill(bool force = false) {
    if (!force && buf_.size() < (1u << 16)) return;
    os_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

 private:
  std::ostream& os_;
  std::string buf_;
};

void declare(Out& out, const char* cls, const Attribute* begin, const Attribute* end,
             const Attribute* more_begin = nullptr, const Attribute* more_end = nullptr) {
  out.raw("    <attributes class=\"");
  out.raw(cls);
  out.raw("\" mode=\"static\">\n");
  auto one = [&](const Attribute* a) {
    out.raw("      <attribute");
    out.attr("id", a->id);
    out.attr("title", a->id);
    out.attr("type", a->type);
    out.raw("/>\n");
  };
  for (const Attribute* a = begin; a != end; ++a) one(a);
  for (const Attribute* a = more_begin; a != more_end; ++a) one(a);
  out.raw("    </attributes>\n");
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string s;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) s += sep;
    s += items[i];
  }
  return s;
}

}  // namespace

void write_gexf(const KnowledgeGraph& g, std::ostream& os, const std::vector<QuoteNode>& quotes) {
  bool dynamic = false;
  for (const QuoteNode& q : quotes) dynamic = dynamic || !q.date.empty();
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    dynamic = dynamic || !g[v].first_date.empty();
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    dynamic = dynamic || !g[e].first_date.empty();

  Out out(os);
  out.raw(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"\n"
      "      xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "      xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
      "  <meta>\n"
      "    <creator>gazette " GAZETTE_VERSION "</creator>\n"
      "    <description>Who said what about whom: entities and relations extracted from news</description>\n"
      "  </meta>\n");
  out.raw(dynamic ? "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"
                  : "  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
  if (quotes.empty())
    declare(out, "node", std::begin(kNodeAttributes), std::end(kNodeAttributes));
  else
    declare(out, "node", std::begin(kNodeAttributes), std::end(kNodeAttributes), std::begin(kQuoteAttributes),
            std::end(kQuoteAttributes));
  declare(out, "edge", std::begin(kEdgeAttributes), std::end(kEdgeAttributes));

  out.raw("    <nodes>\n");
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const EntityNode& n = g[v];
    out.raw("      <node");
    out.attr("id", "n" + std::to_string(v));
    out.attr("label", n.label);
    out.dates(dynamic, n.first_date, n.last_date);
    out.raw(">\n        <attvalues>\n");
    out.attvalue("type", n.type, false);
    out.attvalue("gazetteer_id", n.gazetteer_id);
    out.attvalue("key", n.key);
    out.attvalue("mentions", n.mentions);
    out.attvalue("documents", n.documents);
    out.attvalue("aliases", join(n.aliases, " | "));
    out.attvalue("degree_in", n.degree_in);
    out.attvalue("degree_out", n.degree_out);
    out.attvalue("pagerank", format_double(round_measure(n.pagerank)), false);
    out.attvalue("betweenness", format_double(round_measure(n.betweenness)), false);
    out.attvalue("component", n.component);
    out.viz(type_colour(n.type), n.x, n.y, n.size);
    out.spill();
  }
  const Rgb qc = type_colour("QUOTE");
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    const QuoteNode& q = quotes[i];
    out.raw("      <node");
    out.attr("id", "q" + std::to_string(i));
    out.attr("label", q.label);
    out.dates(dynamic, q.date, q.date);
    out.raw(">\n        <attvalues>\n");
    out.attvalue("type", "QUOTE", false);
    out.attvalue("text", q.text, false);
    out.attvalue("document", q.document);
    out.attvalue("date", q.date);
    out.attvalue("url", q.url);
    out.attvalue("cue", q.cue);
    out.attvalue("kind", q.kind);
    out.viz(qc, q.x, q.y, q.size);
    out.spill();
  }
  out.raw("    </nodes>\n    <edges>\n");
  std::size_t id = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const RelationEdge& r = g[e];
    out.raw("      <edge");
    out.attr("id", "e" + std::to_string(id++));
    out.attr("source", "n" + std::to_string(boost::source(e, g)));
    out.attr("target", "n" + std::to_string(boost::target(e, g)));
    out.attr("label", r.type);
    out.attr("weight", format_double(r.weight));
    out.dates(dynamic, r.first_date, r.last_date);
    out.raw(">\n        <attvalues>\n");
    out.attvalue("type", r.type, false);
    out.attvalue("role", r.role);
    out.attvalue("evidence_count", r.evidence_count);
    if (!r.samples.empty()) out.attvalue("sample", r.samples.front().text);
    out.attvalue("documents", json_list(r.documents), false);
    out.attvalue("samples", json_samples(r.samples), false);
    out.raw("        </attvalues>\n      </edge>\n");
    out.spill();
  }
  // Quote edges: SAID (speaker -> quote), ABOUT (quote -> entity), one document each.
  auto quote_edge = [&](const std::string& source, const std::string& target, const char* type, const QuoteNode& q) {
    out.raw("      <edge");
    out.attr("id", "e" + std::to_string(id++));
    out.attr("source", source);
    out.attr("target", target);
    out.attr("label", type);
    out.attr("weight", "1");
    out.dates(dynamic, q.date, q.date);
    out.raw(">\n        <attvalues>\n");
    out.attvalue("type", type, false);
    out.attvalue("evidence_count", 1);
    out.attvalue("documents", json_list({q.document}), false);
    out.attvalue("samples", json_samples({EdgeSample{q.document, q.date, q.text}}), false);
    out.raw("        </attvalues>\n      </edge>\n");
    out.spill();
  };
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    const std::string qid = "q" + std::to_string(i);
    quote_edge("n" + std::to_string(quotes[i].speaker), qid, "SAID", quotes[i]);
    for (const Vertex a : quotes[i].about) quote_edge(qid, "n" + std::to_string(a), "ABOUT", quotes[i]);
  }
  out.raw("    </edges>\n  </graph>\n</gexf>\n");
  out.spill(true);
  os.flush();
}

void write_gexf_file(const KnowledgeGraph& g, const std::string& path, const std::vector<QuoteNode>& quotes) {
  AtomicFile file(path);
  write_gexf(g, file.stream(), quotes);
  file.commit();
}

}  // namespace gazette
