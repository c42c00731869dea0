// GEXF 1.3 writer (gexf.hpp). Schema: https://gexf.net/schema.html
#include "gazette/gexf.hpp"

#include "gazette/exporter.hpp"
#include "graph_attributes.hpp"

#include <cstring>

namespace gazette {

namespace {

// GEXF's name of an attribute type.
const char* gexf_type(attributes::Kind k) {
  switch (k) {
    case attributes::Kind::Int: return "integer";
    case attributes::Kind::Double: return "double";
    default: return "string";
  }
}

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
  // ` name="value"` for a value no byte of which XML escapes (row 23.295): an
  // attribute's name, a node's or edge's id ("n12", "e7"), a number. Example (made
  // up): ` for="mentions"`, ` value="14"`, ` source="n3"`.
  // Row 23.348: made in a small buffer on the stack and appended once (one room check
  // of buf_ instead of five) when name and value fit in it.
  void attr_plain(std::string_view name, std::string_view value) {
    char piece[64];
    const std::size_t n = name.size() + value.size() + 4;
    if (n > sizeof piece) {
      buf_ += ' ';
      buf_ += name;
      buf_ += "=\"";
      buf_ += value;
      buf_ += '"';
      return;
    }
    char* p = piece;
    *p++ = ' ';
    if (!name.empty()) std::memcpy(p, name.data(), name.size());
    p += name.size();
    *p++ = '=';
    *p++ = '"';
    if (!value.empty()) std::memcpy(p, value.data(), value.size());
    p += value.size();
    *p = '"';
    buf_.append(piece, n);
  }
  void attvalue(std::string_view id, std::string_view value, bool skip_empty = true, bool plain = false) {
    if (skip_empty && value.empty()) return;
    buf_ += "          <attvalue";
    attr_plain("for", id);
    if (plain)
      attr_plain("value", value);
    else
      attr("value", value);
    buf_ += "/>\n";
  }
  // An attvalue whose value `append(buf)` appends in place: XML-escaped by
  // Attribute::append_xml (row 23.336), or a number (row 23.337); ` value="` and `"`
  // around it, as attr() writes them. Example (made up): `value="14"` for Tom Smith.
  template <class Append>
  void attvalue_appended(std::string_view id, Append&& append) {
    buf_ += "          <attvalue";
    attr_plain("for", id);
    buf_ += " value=\"";
    append(buf_);
    buf_ += "\"/>\n";
  }
  // Opens a <node> with its id, label and (dynamic graph) dates, and its <attvalues>.
  void open_node(std::string_view id, std::string_view label, bool dynamic, const std::string& first,
                 const std::string& last) {
    raw("      <node");
    attr_plain("id", id);
    attr("label", label);
    dates(dynamic, first, last);
    raw(">\n        <attvalues>\n");
  }
  // Closes the attvalues, writes the viz colour, position and size, closes the node.
  void viz(const Rgb& c, double x, double y, double size) {
    buf_ += "        </attvalues>\n        <viz:color r=\"";
    append_int(buf_, c.r);
    buf_ += "\" g=\"";
    append_int(buf_, c.g);
    buf_ += "\" b=\"";
    append_int(buf_, c.b);
    buf_ += "\"/>\n        <viz:position x=\"";
    append_double(buf_, x);
    buf_ += "\" y=\"";
    append_double(buf_, y);
    buf_ += "\" z=\"0\"/>\n        <viz:size value=\"";
    append_double(buf_, size);
    buf_ += "\"/>\n      </node>\n";
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

// The <attribute> of each attribute GEXF writes as an attvalue.
template <class T>
void declare_each(Out& out, std::span<const attributes::Attribute<T>> attrs) {
  for (const auto& a : attrs) {
    if (!a.gexf_attvalue()) continue;
    out.raw("      <attribute");
    out.attr("id", a.name);
    out.attr("title", a.name);
    out.attr("type", gexf_type(a.kind));
    out.raw("/>\n");
  }
}

void declarations(Out& out, bool quotes) {
  out.raw("    <attributes class=\"node\" mode=\"static\">\n");
  declare_each(out, attributes::node_attributes());
  if (quotes) declare_each(out, attributes::quote_attributes());
  out.raw("    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n");
  declare_each(out, attributes::edge_attributes());
  out.raw("    </attributes>\n");
}

// The <attvalue> of every attribute of `x` GEXF writes so (of quote edges: those marked so).
template <class T>
void attvalues(Out& out, std::span<const attributes::Attribute<T>> attrs, const T& x, bool quote_edge = false) {
  for (const auto& a : attrs)
    if (a.gexf_attvalue() && (!quote_edge || a.quote_edge())) {
      if (a.append_xml) {  // never empty: `[]` at least (row 23.336)
        out.attvalue_appended(a.name, [&](std::string& buf) { a.append_xml(buf, x, true); });
        continue;
      }
      const attributes::Value v = a.value(x);
      if (v.xml_plain()) {  // a number, never empty, nothing to escape (row 23.337)
        out.attvalue_appended(a.name, [&](std::string& buf) { v.append_number(buf); });
        continue;
      }
      v.with_xml([&](std::string_view text) { out.attvalue(a.name, text, !a.keep_empty(), v.xml_plain()); });
    }
}

// Whether any node, quote or edge has a date: the graph is then dynamic (start/end).
bool has_dates(const KnowledgeGraph& g, const QuoteNodes& quotes) {
  bool dynamic = quotes.any_date();
  for (auto v : boost::make_iterator_range(boost::vertices(g))) dynamic = dynamic || !g[v].first_date.empty();
  for (auto e : boost::make_iterator_range(boost::edges(g))) dynamic = dynamic || !g[e].first_date.empty();
  return dynamic;
}

void write_header(Out& out, bool dynamic, bool quotes) {
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
  declarations(out, quotes);
}

void write_nodes(Out& out, const KnowledgeGraph& g, const QuoteNodes& quotes, bool dynamic) {
  out.raw("    <nodes>\n");
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const EntityNode& n = g[v];
    out.open_node("n" + std::to_string(v), n.label, dynamic, n.first_date, n.last_date);
    attvalues(out, attributes::node_attributes(), n);
    out.viz(type_colour(n.type), n.x, n.y, n.size);
    out.spill();
  }
  const Rgb qc = type_colour("QUOTE");
  quotes.for_each([&](std::size_t i, const QuoteNode& q) {
    out.open_node("q" + std::to_string(i), q.label, dynamic, q.date, q.date);
    out.attvalue("type", "QUOTE", false);
    attvalues(out, attributes::quote_attributes(), q);
    out.viz(qc, q.x, q.y, q.size);
    out.spill();
  });
  out.raw("    </nodes>\n");
}

}  // namespace

void write_gexf(const KnowledgeGraph& g, std::ostream& os, const QuoteNodes& quotes) {
  const bool dynamic = has_dates(g, quotes);
  Out out(os);
  write_header(out, dynamic, !quotes.empty());
  write_nodes(out, g, quotes, dynamic);
  out.raw("    <edges>\n");
  std::size_t id = 0;
  std::string number;  // the edge's id, then its weight (row 23.375: no string made per edge)
  attributes::for_each_edge(g, quotes, [&](const std::string& source, const std::string& target, const RelationEdge& r, bool quote) {
    out.raw("      <edge");
    number.assign(1, 'e');
    append_int(number, static_cast<long long>(id++));
    out.attr_plain("id", number);
    out.attr_plain("source", source);
    out.attr_plain("target", target);
    out.attr("label", r.type);
    number.clear();
    append_double(number, r.weight);
    out.attr_plain("weight", number);
    out.dates(dynamic, r.first_date, r.last_date);
    out.raw(">\n        <attvalues>\n");
    attvalues(out, attributes::edge_attributes(), r, quote);
    out.raw("        </attvalues>\n      </edge>\n");
    out.spill();
  });
  out.raw("    </edges>\n  </graph>\n</gexf>\n");
  out.spill(true);
  os.flush();
}

void write_gexf_file(const KnowledgeGraph& g, const std::string& path, const QuoteNodes& quotes) {
  write_atomically(path, [&](std::ostream& os) { write_gexf(g, os, quotes); });
}

}  // namespace gazette
