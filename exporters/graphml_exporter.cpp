// GraphML writer (graphml.hpp). The primer: http://graphml.graphdrawing.org/primer/graphml-primer.html
#include "gazette/graphml.hpp"

#include "gazette/exporter.hpp"
#include "graph_attributes.hpp"

#include <stdexcept>

namespace gazette {

namespace {

// GraphML's name of an attribute type.
const char* graphml_type(attributes::Kind k) {
  switch (k) {
    case attributes::Kind::Int: return "int";
    case attributes::Kind::Double: return "double";
    default: return "string";
  }
}

// Gephi's drawing keys, after the node attributes.
struct DrawingKey {
  const char* name;
  const char* type;
};
constexpr DrawingKey kDrawingKeys[] = {{"r", "int"},      {"g", "int"},      {"b", "int"},
                                       {"x", "double"},   {"y", "double"},   {"size", "double"}};

class Out {
 public:
  explicit Out(std::ostream& os) : os_(os) {}
  ~Out() = default;

  void raw(std::string_view s) { buf_ += s; spill(); }
  // `<edge id="e<id>" source="..." target="...">`, appended in place (row 23.375), not
  // made in a string first. Example (made up): `<edge id="e4" source="n3" target="n7">`.
  void open_edge(std::size_t id, std::string_view source, std::string_view target) {
    buf_ += "    <edge id=\"e";
    append_int(buf_, static_cast<long long>(id));
    buf_ += "\" source=\"";
    buf_ += source;
    buf_ += "\" target=\"";
    buf_ += target;
    buf_ += "\">\n";
    spill();
  }
  void data(std::string_view key, std::string_view value, bool skip_empty = true) {
    if (skip_empty && value.empty()) return;
    open_data(key);
    append_xml_escaped(buf_, value);
    buf_ += "</data>\n";
  }
  // A value `append(buf)` appends in place: XML-escaped by Attribute::append_xml (row
  // 23.336), or a number, which needs no escaping (rows 23.295, 23.337). Example (made
  // up): `<data key="mentions">14</data>` for Tom Smith.
  template <class Append>
  void data_appended(std::string_view key, Append&& append) {
    open_data(key);
    append(buf_);
    buf_ += "</data>\n";
  }
  void open_data(std::string_view key) {
    buf_ += "      <data key=\"";
    buf_ += key;
    buf_ += "\">";
  }
  // A number needs no escaping: its digits are appended as they are made.
  void data(std::string_view key, long long value) {
    open_data(key);
    append_int(buf_, value);
    buf_ += "</data>\n";
  }
  void data_double(std::string_view key, double value) {
    open_data(key);
    append_double(buf_, value);
    buf_ += "</data>\n";
  }
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

void declare(Out& out, std::string_view id, std::string_view domain, std::string_view name, std::string_view type) {
  out.raw(std::string("  <key id=\"") + std::string(id) + "\" for=\"" + std::string(domain) + "\" attr.name=\"" +
          std::string(name) + "\" attr.type=\"" + std::string(type) + "\"/>\n");
}

template <class T>
void declare_all(Out& out, std::string_view domain, std::span<const attributes::Attribute<T>> attrs) {
  for (const auto& a : attrs) declare(out, a.graphml_id, domain, a.name, graphml_type(a.kind));
}

// The <data> of every attribute of `x` (of quote edges: those marked so).
template <class T>
void data_all(Out& out, std::span<const attributes::Attribute<T>> attrs, const T& x, bool quote_edge = false) {
  for (const auto& a : attrs)
    if (!quote_edge || a.quote_edge()) {
      if (a.append_xml) {  // never empty: `[]` at least (row 23.336)
        out.data_appended(a.graphml_id, [&](std::string& buf) { a.append_xml(buf, x, false); });
        continue;
      }
      const attributes::Value v = a.value(x);
      if (v.xml_plain()) {  // a number, never empty (row 23.337)
        out.data_appended(a.graphml_id, [&](std::string& buf) { v.append_number(buf); });
        continue;
      }
      v.with_xml([&](std::string_view text) { out.data(a.graphml_id, text, !a.keep_empty()); });
    }
}

void write_keys(Out& out, bool quotes) {
  out.raw(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  declare_all(out, "node", attributes::node_attributes());
  for (const auto& k : kDrawingKeys) declare(out, k.name, "node", k.name, k.type);
  declare_all(out, "edge", attributes::edge_attributes());
  if (quotes) declare_all(out, "node", attributes::quote_attributes());
}

void write_nodes(Out& out, const KnowledgeGraph& g, const QuoteNodes& quotes) {
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const EntityNode& n = g[v];
    out.raw("    <node id=\"n" + std::to_string(v) + "\">\n");
    data_all(out, attributes::node_attributes(), n);
    out.drawing(type_colour(n.type), n.x, n.y, n.size);
  }
  quotes.for_each([&](std::size_t i, const QuoteNode& q) {
    out.raw("    <node id=\"q" + std::to_string(i) + "\">\n");
    out.data("label", q.label, false);
    out.data("type", "QUOTE", false);
    data_all(out, attributes::quote_attributes(), q);
    out.drawing(type_colour("QUOTE"), q.x, q.y, q.size);
  });
}

}  // namespace

void write_graphml(const KnowledgeGraph& g, std::ostream& os, const QuoteNodes& quotes) {
  Out out(os);
  write_keys(out, !quotes.empty());
  out.raw("  <graph id=\"G\" edgedefault=\"directed\">\n");
  write_nodes(out, g, quotes);
  std::size_t id = 0;
  attributes::for_each_edge(g, quotes, [&](const std::string& source, const std::string& target, const RelationEdge& r, bool quote) {
    out.open_edge(id++, source, target);
    data_all(out, attributes::edge_attributes(), r, quote);
    out.raw("    </edge>\n");
  });
  out.raw("  </graph>\n</graphml>\n");
  out.finish();
}

void write_graphml_file(const KnowledgeGraph& g, const std::string& path, const QuoteNodes& quotes) {
  write_atomically(path, [&](std::ostream& os) { write_graphml(g, os, quotes); });
}

}  // namespace gazette
