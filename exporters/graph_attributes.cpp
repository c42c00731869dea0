// The node, edge and quote attributes of the graph exports (graph_attributes.hpp).
#include "graph_attributes.hpp"

namespace gazette::attributes {

namespace {

Value text(std::string_view s) { return Value{Kind::Text, s, {}, 0, 0.0, nullptr}; }
Value computed(std::string s) { return Value{Kind::Text, {}, std::move(s), 0, 0.0, nullptr}; }
Value integer(long long n) { return Value{Kind::Int, {}, {}, n, 0.0, nullptr}; }
Value real(double d) { return Value{Kind::Double, {}, {}, 0, d, nullptr}; }
Value list(const std::vector<std::string>& l) { return Value{Kind::List, {}, {}, 0, 0.0, &l}; }

using N = EntityNode;
// name, GraphML id, kind, keep empty, GEXF attvalue, (quote edge), value
constexpr Attribute<N> kNode[] = {
    {"label", "label", Kind::Text, true, false, false, [](const N& n) { return text(n.label); }},
    {"type", "type", Kind::Text, true, true, false, [](const N& n) { return text(n.type); }},
    {"gazetteer_id", "gazetteer_id", Kind::Text, false, true, false, [](const N& n) { return text(n.gazetteer_id); }},
    {"key", "key", Kind::Text, true, true, false, [](const N& n) { return text(n.key); }},
    {"mentions", "mentions", Kind::Int, true, true, false, [](const N& n) { return integer(n.mentions); }},
    {"documents", "documents", Kind::Int, true, true, false, [](const N& n) { return integer(n.documents); }},
    {"first_date", "first_date", Kind::Text, false, false, false, [](const N& n) { return text(n.first_date); }},
    {"last_date", "last_date", Kind::Text, false, false, false, [](const N& n) { return text(n.last_date); }},
    {"aliases", "aliases", Kind::List, false, true, false, [](const N& n) { return list(n.aliases); }},
    {"degree_in", "degree_in", Kind::Int, true, true, false, [](const N& n) { return integer(n.degree_in); }},
    {"degree_out", "degree_out", Kind::Int, true, true, false, [](const N& n) { return integer(n.degree_out); }},
    {"pagerank", "pagerank", Kind::Double, true, true, false, [](const N& n) { return real(round_measure(n.pagerank)); }},
    {"betweenness", "betweenness", Kind::Double, true, true, false,
     [](const N& n) { return real(round_measure(n.betweenness)); }},
    {"component", "component", Kind::Int, true, true, false, [](const N& n) { return integer(n.component); }},
};

using E = RelationEdge;
constexpr Attribute<E> kEdge[] = {
    {"label", "e_label", Kind::Text, true, false, true, [](const E& r) { return text(r.type); }},
    {"type", "e_type", Kind::Text, true, true, true, [](const E& r) { return text(r.type); }},
    {"role", "e_role", Kind::Text, false, true, false, [](const E& r) { return text(r.role); }},
    {"weight", "weight", Kind::Double, true, false, true, [](const E& r) { return real(r.weight); }},
    {"evidence_count", "e_evidence_count", Kind::Int, true, true, true,
     [](const E& r) { return integer(r.evidence_count); }},
    {"first_date", "e_first_date", Kind::Text, false, false, true, [](const E& r) { return text(r.first_date); }},
    {"last_date", "e_last_date", Kind::Text, false, false, true, [](const E& r) { return text(r.last_date); }},
    {"sample", "e_sample", Kind::Text, false, true, false,
     [](const E& r) { return text(r.samples.empty() ? std::string_view() : std::string_view(r.samples.front().text)); }},
    {"documents", "e_documents", Kind::Text, true, true, true, [](const E& r) { return computed(json_list(r.documents)); }},
    {"samples", "e_samples", Kind::Text, true, true, true, [](const E& r) { return computed(json_samples(r.samples)); }},
};

using Q = QuoteNode;
constexpr Attribute<Q> kQuote[] = {
    {"text", "text", Kind::Text, true, true, false, [](const Q& q) { return text(q.text); }},
    {"document", "document", Kind::Text, false, true, false, [](const Q& q) { return text(q.document); }},
    {"date", "date", Kind::Text, false, true, false, [](const Q& q) { return text(q.date); }},
    {"url", "url", Kind::Text, false, true, false, [](const Q& q) { return text(q.url); }},
    {"cue", "cue", Kind::Text, false, true, false, [](const Q& q) { return text(q.cue); }},
    {"kind", "kind", Kind::Text, false, true, false, [](const Q& q) { return text(q.kind); }},
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
  r.documents = {q.document};
  return r;
}

}  // namespace gazette::attributes
