// GraphML writer (graphml.hpp). The primer: http://graphml.graphdrawing.org/primer/graphml-primer.html
#include "gazette/graphml.hpp"

#include "gazette/exporter.hpp"

#include <stdexcept>

namespace gazette {

namespace {

struct Key {
  const char* id;
  const char* domain;  // node | edge
  const char* name;
  const char* type;    // string | int | double
};

constexpr Key kKeys[] = {
    {"label", "node", "label", "string"},
    {"type", "node", "type", "string"},
    {"gazetteer_id", "node", "gazetteer_id", "string"},
    {"key", "node", "key", "string"},
    {"mentions", "node", "mentions", "int"},
    {"documents", "node", "documents", "int"},
    {"first_date", "node", "first_date", "string"},
    {"last_date", "node", "last_date", "string"},
    {"aliases", "node", "aliases", "string"},
    {"degree_in", "node", "degree_in", "int"},
    {"degree_out", "node", "degree_out", "int"},
    {"pagerank", "node", "pagerank", "double"},
    {"betweenness", "node", "betweenness", "double"},
    {"component", "node", "component", "int"},
    {"r", "node", "r", "int"},
    {"g", "node", "g", "int"},
    {"b", "node", "b", "int"},
    {"x", "node", "x", "double"},
    {"y", "node", "y", "double"},
    {"size", "node", "size", "double"},
    {"e_label", "edge", "label", "string"},
    {"e_type", "edge", "type", "string"},
    {"e_role", "edge", "role", "string"},
    {"weight", "edge", "weight", "double"},
    {"e_evidence_count", "edge", "evidence_count", "int"},
    {"e_first_date", "edge", "first_date", "string"},
    {"e_last_date", "edge", "last_date", "string"},
    {"e_sample", "edge", "sample", "string"},
    {"e_documents", "edge", "documents", "string"},
    {"e_samples", "edge", "samples", "string"},
};
// Declared only when quote nodes are written (--quotes-as-nodes).
constexpr Key kQuoteKeys[] = {
    {"text", "node", "text", "string"},     {"document", "node", "document", "string"},
    {"date", "node", "date", "string"},     {"url", "node", "url", "string"},
    {"cue", "node", "cue", "string"},       {"kind", "node", "kind", "string"},
};

class Out {
 public:
  explicit Out(std::ostream& os) : os_(os) {}
  ~Out() = default;

  void raw(std::string_view s) { buf_ += s; spill(); }
  void data(std::string_view key, std::string_view value, bool skip_empty = true) {
    if (skip_empty && value.empty()) return;
    buf_ += "      <data key=\"";
    buf_ += key;
    buf_ += "\">";
    append_xml_escaped(buf_, value);
    buf_ += "</data>\n";
  }
  void data(std::string_view key, long long value) { data(key, std::to_string(value), false); }
  void data_double(std::string_view key, double value) { data(key, format_double(value), false); }
  // Gephi's colour, the position and size; closes the node.
  void drawing(const Rgb& c, double x, double y, double size) {
    data("r", c.r);
    data("g", c.g);
    data("b", c.b);
    data_double("x", x);
    data_double("y", y);
    data_double("size", size);
    raw("    </node>\n");
  }
  void finish() {
    os_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
    os_.flush();
  }

 private:
  void spill() {
    if (buf_.size() < (1u << 16)) return;
    os_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }
  std::ostream& os_;
  std::string buf_;
};

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string s;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) s += sep;
    s += items[i];
  }
  return s;
}

}  // namespace

void write_graphml(const KnowledgeGraph& g, std::ostream& os, const std::vector<QuoteNode>& quotes) {
  Out out(os);
  out.raw(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  auto declare = [&](const Key& k) {
    out.raw(std::string("  <key id=\"") + k.id + "\" for=\"" + k.domain + "\" attr.name=\"" + k.name +
            "\" attr.type=\"" + k.type + "\"/>\n");
  };
  for (const auto& k : kKeys) declare(k);
  if (!quotes.empty())
    for (const auto& k : kQuoteKeys) declare(k);
  out.raw("  <graph id=\"G\" edgedefault=\"directed\">\n");
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const EntityNode& n = g[v];
    out.raw("    <node id=\"n" + std::to_string(v) + "\">\n");
    out.data("label", n.label, false);
    out.data("type", n.type, false);
    out.data("gazetteer_id", n.gazetteer_id);
    out.data("key", n.key);
    out.data("mentions", n.mentions);
    out.data("documents", n.documents);
    out.data("first_date", n.first_date);
    out.data("last_date", n.last_date);
    out.data("aliases", join(n.aliases, " | "));
    out.data("degree_in", n.degree_in);
    out.data("degree_out", n.degree_out);
    out.data_double("pagerank", round_measure(n.pagerank));
    out.data_double("betweenness", round_measure(n.betweenness));
    out.data("component", n.component);
    out.drawing(type_colour(n.type), n.x, n.y, n.size);
  }
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    const QuoteNode& q = quotes[i];
    out.raw("    <node id=\"q" + std::to_string(i) + "\">\n");
    out.data("label", q.label, false);
    out.data("type", "QUOTE", false);
    out.data("text", q.text, false);
    out.data("document", q.document);
    out.data("date", q.date);
    out.data("url", q.url);
    out.data("cue", q.cue);
    out.data("kind", q.kind);
    out.drawing(type_colour("QUOTE"), q.x, q.y, q.size);
  }
  std::size_t id = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const RelationEdge& r = g[e];
    out.raw("    <edge id=\"e" + std::to_string(id++) + "\" source=\"n" + std::to_string(boost::source(e, g)) +
            "\" target=\"n" + std::to_string(boost::target(e, g)) + "\">\n");
    out.data("e_label", r.type, false);
    out.data("e_type", r.type, false);
    out.data("e_role", r.role);
    out.data_double("weight", r.weight);
    out.data("e_evidence_count", r.evidence_count);
    out.data("e_first_date", r.first_date);
    out.data("e_last_date", r.last_date);
    if (!r.samples.empty()) out.data("e_sample", r.samples.front().text);
    out.data("e_documents", json_list(r.documents), false);
    out.data("e_samples", json_samples(r.samples), false);
    out.raw("    </edge>\n");
  }
  // Quote edges: SAID (speaker -> quote), ABOUT (quote -> entity), one document each.
  auto quote_edge = [&](const std::string& source, const std::string& target, const char* type, const QuoteNode& q) {
    out.raw("    <edge id=\"e" + std::to_string(id++) + "\" source=\"" + source + "\" target=\"" + target + "\">\n");
    out.data("e_label", type, false);
    out.data("e_type", type, false);
    out.data_double("weight", 1);
    out.data("e_evidence_count", 1);
    out.data("e_first_date", q.date);
    out.data("e_last_date", q.date);
    out.data("e_documents", json_list({q.document}), false);
    out.data("e_samples", json_samples({EdgeSample{q.document, q.date, q.text}}), false);
    out.raw("    </edge>\n");
  };
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    const std::string qid = "q" + std::to_string(i);
    quote_edge("n" + std::to_string(quotes[i].speaker), qid, "SAID", quotes[i]);
    for (const Vertex a : quotes[i].about) quote_edge(qid, "n" + std::to_string(a), "ABOUT", quotes[i]);
  }
  out.raw("  </graph>\n</graphml>\n");
  out.finish();
}

void write_graphml_file(const KnowledgeGraph& g, const std::string& path, const std::vector<QuoteNode>& quotes) {
  AtomicFile file(path);
  write_graphml(g, file.stream(), quotes);
  file.commit();
}

}  // namespace gazette
