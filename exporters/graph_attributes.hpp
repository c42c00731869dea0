// The attributes of entity nodes, relation edges and quote nodes, described once: the
// GraphML and GEXF writers declare and write exactly these, in this order, and the
// JSON graph writer writes the node attributes the same way. A new attribute is one
// line in graph_attributes.cpp.
//
// READS a KnowledgeGraph's EntityNode / RelationEdge and a QuoteNode (exporter.hpp);
// writes nothing itself.
#pragma once

#include "gazette/exporter.hpp"
#include "gazette/graph.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gazette::attributes {

// How a value is typed: GraphML string/int/double, GEXF string/integer/double, JSON
// string/number/array. A List is written " | "-joined in XML and as an array in JSON.
enum class Kind : std::uint8_t { Text, Int, Double, List };

// One value, pointing into the node or edge it came from (`owned` when computed).
struct Value {
  Kind kind = Kind::Text;
  std::string_view text;
  std::string owned;  // Text computed for the writer (the JSON lists of an edge)
  long long integer = 0;
  double real = 0.0;
  const std::vector<std::string>* list = nullptr;
  // The value as XML writes it: text, decimal, shortest round-trip double, " | "-joined list.
  std::string xml() const;
  // Calls `f` with xml()'s text: a text value's own, without the copy (row 23.174).
  template <class F>
  void with_xml(F&& f) const {
    if (kind == Kind::Text) f(str());
    else f(std::string_view(xml()));
  }
  std::string_view str() const { return owned.empty() ? text : std::string_view(owned); }
  // Whether xml()'s text is a number (Int, Double: digits, sign, point, exponent), which
  // XML writes as it is: no byte of it is escaped (row 23.295).
  bool xml_plain() const { return kind == Kind::Int || kind == Kind::Double; }
  // Appends xml()'s text of an Int or Double value to `out`, without a string made for
  // it (row 23.337): append_int() and append_double() write what std::to_string() and
  // format_double() return. Example (made up): `14` of Tom Smith's mentions.
  void append_number(std::string& out) const {
    if (kind == Kind::Int) append_int(out, integer);
    else append_double(out, real);
  }
};

// What an attribute does beyond its value (Attribute::flags).
enum Flag : std::uint8_t {
  kKeepEmpty = 1,    // written even when empty (else skipped in XML, null in JSON)
  kGexfElement = 2,  // GEXF writes it in the element itself (label, weight, start/end dates), not as an attvalue
  kQuoteEdge = 4,    // edges only: also written on quote edges (SAID, ABOUT)
};

template <class T>
struct Attribute {
  std::string_view name;        // GEXF id and title, GraphML attr.name, JSON key
  std::string_view graphml_id;  // GraphML key id
  Kind kind;
  std::uint8_t flags;           // Flag bits
  Value (*value)(const T&);
  // When set (an edge's documents and samples, row 23.336), the XML writers append the
  // value XML-escaped through it (`attribute`: escaped for an attribute value), the
  // bytes append_xml_escaped() of value()'s text appends, without that text made first.
  void (*append_xml)(std::string& out, const T&, bool attribute);
  bool keep_empty() const { return flags & kKeepEmpty; }
  bool gexf_attvalue() const { return !(flags & kGexfElement); }
  bool quote_edge() const { return flags & kQuoteEdge; }
};

std::span<const Attribute<EntityNode>> node_attributes();
std::span<const Attribute<RelationEdge>> edge_attributes();
// Declared only when quote nodes are written (--quotes-as-nodes); a quote node's label
// and type (QUOTE) are those of the node attributes.
std::span<const Attribute<QuoteNode>> quote_attributes();

// The edge a quote node's SAID or ABOUT edge is written as: weight 1, one document.
RelationEdge quote_edge(const QuoteNode& q, const char* type);

// Every edge the GraphML and GEXF writers write, in their order: the relation edges of
// `g`, then for each quote node (ids "q0"..) its SAID edge from the speaker and its
// ABOUT edges to the entities (the quotes read again: QuoteNodes::for_each()); entity
// ids are "n<vertex>".
// `edge(source id, target id, const RelationEdge&, bool quote_edge)`.
// Row 23.375: the ids are written into two strings kept across the edges (the letter,
// then append_int()'s digits, which are std::to_string()'s), not made per edge.
// Example (made up): "n3" and "n7" for Tom Smith -> Jane Roe.
template <class EdgeFn>
void for_each_edge(const KnowledgeGraph& g, const QuoteNodes& quotes, EdgeFn&& edge) {
  std::string source, target;
  auto id = [](std::string& s, char letter, std::size_t n) -> const std::string& {
    s.assign(1, letter);
    append_int(s, static_cast<long long>(n));
    return s;
  };
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    edge(id(source, 'n', boost::source(e, g)), id(target, 'n', boost::target(e, g)), g[e], false);
  quotes.for_each([&](std::size_t i, const QuoteNode& q) {
    const std::string qid = "q" + std::to_string(i);
    edge(id(source, 'n', q.speaker), qid, quote_edge(q, "SAID"), true);
    for (const Vertex a : q.about) edge(qid, id(target, 'n', a), quote_edge(q, "ABOUT"), true);
  });
}

}  // namespace gazette::attributes
