// The node, edge and quote attributes of the graph exports (graph_attributes.hpp).
#include "graph_attributes.hpp"

namespace gazette::attributes {

namespace {

Value text(std::string_view s) { return Value{Kind::Text, s, {}, 0, 0.0, nullptr}; }
Value computed(std::string s) { return Value{Kind::Text, {}, std::move(s), 0, 0.0, nullptr}; }
Value integer(long long n) { return Value{Kind::Int, {}, {}, n, 0.0, nullptr}; }
Value real(double d) { return Value{Kind::Double, {}, {}, 0, d, nullptr}; }
Value list(const std::vector<std::string>& l) { return Value{Kind::List, {}, {}, 0, 0.0, &l}; }

constexpr std::uint8_t kKeep = kKeepEmpty, kElement = kGexfElement;

using N = EntityNode;
// A node attribute: its GraphML key id is its name.
constexpr Attribute<N> node(std::string_view name, Kind kind, std::uint8_t flags, Value (*value)(const N&)) {
  return {name, name, kind, flags, value, nullptr};
}
constexpr Attribute<N> kNode[] = {
    node("label", Kind::Text, kKeep | kElement, [](const N& n) { return text(n.label); }),
    node("type", Kind::Text, kKeep, [](const N& n) { return text(n.type); }),
    node("gazetteer_id", Kind::Text, 0, [](const N& n) { return text(n.gazetteer_id); }),
    node("key", Kind::Text, kKeep, [](const N& n) { return text(n.key); }),
    node("mentions", Kind::Int, kKeep, [](const N& n) { return integer(n.mentions); }),
    node("documents", Kind::Int, kKeep, [](const N& n) { return integer(n.documents); }),
    node("first_date", Kind::Text, kElement, [](const N& n) { return text(n.first_date); }),
    node("last_date", Kind::Text, kElement, [](const N& n) { return text(n.last_date); }),
    node("aliases", Kind::List, 0, [](const N& n) { return list(n.aliases); }),
    node("degree_in", Kind::Int, kKeep, [](const N& n) { return integer(n.degree_in); }),
    node("degree_out", Kind::Int, kKeep, [](const N& n) { return integer(n.degree_out); }),
    node("pagerank", Kind::Double, kKeep, [](const N& n) { return real(round_measure(n.pagerank)); }),
    node("betweenness", Kind::Double, kKeep, [](const N& n) { return real(round_measure(n.betweenness)); }),
    node("component", Kind::Int, kKeep, [](const N& n) { return integer(n.component); }),
};

using E = RelationEdge;
// GraphML edge key ids start with e_ (but weight, Gephi's name).
constexpr Attribute<E> kEdge[] = {
    {"label", "e_label", Kind::Text, kKeep | kElement | kQuoteEdge, [](const E& r) { return text(r.type); }, nullptr},
    {"type", "e_type", Kind::Text, kKeep | kQuoteEdge, [](const E& r) { return text(r.type); }, nullptr},
    {"role", "e_role", Kind::Text, 0, [](const E& r) { return text(r.role); }, nullptr},
    {"weight", "weight", Kind::Double, kKeep | kElement | kQuoteEdge, [](const E& r) { return real(r.weight); }, nullptr},
    {"evidence_count", "e_evidence_count", Kind::Int, kKeep | kQuoteEdge, [](const E& r) { return integer(r.evidence_count); }, nullptr},
    {"first_date", "e_first_date", Kind::Text, kElement | kQuoteEdge, [](const E& r) { return text(r.first_date); }, nullptr},
    {"last_date", "e_last_date", Kind::Text, kElement | kQuoteEdge, [](const E& r) { return text(r.last_date); }, nullptr},
    {"sample", "e_sample", Kind::Text, 0,
     [](const E& r) { return text(r.samples.empty() ? std::string_view() : std::string_view(r.samples.front().text)); }, nullptr},
    {"documents", "e_documents", Kind::Text, kKeep | kQuoteEdge, [](const E& r) { return computed(json_list(r.documents)); },
     [](std::string& out, const E& r, bool attribute) { append_xml_json_list(out, r.documents, attribute); }},
    {"samples", "e_samples", Kind::Text, kKeep | kQuoteEdge, [](const E& r) { return computed(json_samples(r.samples)); },
     [](std::string& out, const E& r, bool attribute) { append_xml_json_samples(out, r.samples, attribute); }},
};

using Q = QuoteNode;
// A quote's attributes are its text fields, written as GEXF attvalues.
template <std::string Q::*Field>
Value field(const Q& q) { return text(q.*Field); }
constexpr Attribute<Q> quote_text(std::string_view name, std::uint8_t flags, Value (*value)(const Q&)) {
  return {name, name, Kind::Text, flags, value, nullptr};
}
constexpr Attribute<Q> kQuote[] = {
    quote_text("text", kKeep, field<&Q::text>), quote_text("document", 0, field<&Q::document>),
    quote_text("date", 0, field<&Q::date>),     quote_text("url", 0, field<&Q::url>),
    quote_text("cue", 0, field<&Q::cue>),       quote_text("kind", 0, field<&Q::kind>),
};

}  // namespace

std::string Value::xml() const {
  switch (kind) {
    case Kind::Int: return std::to_string(integer);
    case Kind::Double: return format_double(real);
    case Kind::List: {
      std::string s;
      for (std::size_t i = 0; i < list->size(); ++i) {
        if (i) s += " | ";
        s += (*list)[i];
      }
      return s;
    }
    case Kind::Text: break;
  }
  return std::string(str());
}

std::span<const Attribute<EntityNode>> node_attributes() { return kNode; }
std::span<const Attribute<RelationEdge>> edge_attributes() { return kEdge; }
std::span<const Attribute<QuoteNode>> quote_attributes() { return kQuote; }

RelationEdge quote_edge(const QuoteNode& q, const char* type) {
  RelationEdge r;
  r.type = type;
  r.weight = 1;
  r.evidence_count = 1;
  r.first_date = q.date;
  r.last_date = q.date;
  r.samples = {EdgeSample{q.document, q.date, q.text}};
  r.documents = DocumentList(std::vector<std::string>{q.document});
  return r;
}

}  // namespace gazette::attributes
