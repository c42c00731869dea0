// KnowledgeGraph: one vertex per canonical entity, parallel directed edges per
// relation type, built by merging per-document Annotations (graph/graph_builder.cpp).
//
// WHAT THIS REPRESENTS
//   A Boost.Graph adjacency_list with bundled properties. Vertices are entities
//   merged across documents (by gazetteer id, else by canonical name whatever the
//   type, see entity_key()); edges are (head, type, tail) triples whose weight is the number
//   of documents that showed them. Edges of different types between the same pair
//   are separate (parallel) edges; the same triple is never repeated. A relation
//   whose head and tail merge into the same vertex is dropped (no self-loops).
// ORDER
//   Vertices come in order of first appearance (document order, then entity order
//   inside the document); edges in (head vertex, type, tail vertex) order. So the
//   graph, and every export of it, depends only on the sequence of add() calls.
// DATES
//   Dates are ISO "YYYY-MM-DD" (iso_date() of Document::date); "" = unknown.
// TYPES
//   A name found by rules may be typed differently in different documents (or twice
//   in one): it is still one vertex, whose type is settled by vote (settle_type()):
//   each type gets the mentions of the entities that had it; the most mentions win;
//   a tie goes to the first of PERSON, ORGANIZATION, COUNTRY, LOCATION (then others
//   alphabetically). The votes stay on the vertex (EntityNode::type_votes), so
//   disagreements can be reported; the result does not depend on the order of add()s.
// THREAD SAFETY
//   GraphBuilder is not thread-safe; add() annotations from one thread in a fixed
//   order (the CLI adds them in input order, so output does not depend on --jobs).
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace gazette {

struct Annotation;
struct Entity;

struct EntityNode {
  std::string key;          // stable merge key: gazetteer id, else "name:" + name key (entity_key())
  std::string label;        // canonical name
  std::string type;         // PERSON | COUNTRY | ORGANIZATION | LOCATION, settled by vote
  std::map<std::string, int> type_votes;  // type -> mentions; more than one entry = a settled disagreement
  std::string gazetteer_id; // empty when found by rules only
  int mentions = 0;         // mentions over all documents
  int documents = 0;        // documents the entity appears in
  std::string first_date;   // ISO dates of the first/last document that mentions it ("" = unknown)
  std::string last_date;
  std::vector<std::string> aliases;  // distinct surface forms seen, sorted
  // Measures, filled by compute_measures():
  int degree_in = 0, degree_out = 0;
  double pagerank = 0.0, betweenness = 0.0;
  int component = 0;
  // Layout, filled by compute_layout(): position and drawing size (see there).
  double x = 0.0, y = 0.0, size = 1.0;
};

struct EdgeSample {
  std::string document;  // document id
  std::string date;      // document date or ""
  std::string text;      // evidence sentence or quote text
};

// One quote as the report and the quotations table show it (read back from the
// database by load_quotes(), sqlite.hpp). Keys are entity_key()s, so a quote finds
// its speaker's vertex by EntityNode::key.
struct QuoteRecord {
  std::string document, date, url;  // document id; date as given; url or ""
  std::int64_t start = 0;           // offset of the quote in the document (code points)
  std::string kind, cue;            // direct | indirect; the speech verb or ""
  std::string speaker, speaker_key; // canonical name and key, "" when unknown
  std::vector<std::string> about, about_keys;  // entities the quote is about, parallel
  std::string text;
};

// Document ids interned as 4-byte indices, in order of first intern(): the documents
// of every node and edge are sorted vectors of indices (memory grows by bytes, not
// strings, per document and edge), and exporters read the ids back with name() only
// as they write. The characters of all ids are kept in one buffer, found again
// through an open-addressing table of indices: about 20 bytes per document besides
// the id's characters (a hash map of strings and a vector of strings took about 170).
class DocumentIdTable {
 public:
  std::uint32_t intern(std::string_view id);
  std::string_view name(std::uint32_t index) const {
    return std::string_view(chars_).substr(ends_[index] - length(index), length(index));
  }
  std::size_t size() const { return ends_.size(); }
  // Frees the look-up table and spare capacity: name() still works, intern() must not
  // be called again (a graph's table is sealed when the graph is assembled).
  void seal();

 private:
  std::size_t length(std::uint32_t index) const { return ends_[index] - (index ? ends_[index - 1] : 0); }
  void grow();
  std::string chars_;
  std::vector<std::size_t> ends_;     // index -> end of its id in chars_
  std::vector<std::uint32_t> slots_;  // index + 1, or 0 for an empty slot; size a power of two
};

// The ids of the documents that show an edge: sorted indices into a DocumentIdTable
// shared by all edges of a graph (so in order of first add() to the GraphBuilder),
// read as strings: 4 bytes per document and edge instead of a string each.
class DocumentList {
 public:
  class iterator {
   public:
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(const DocumentIdTable* table, const std::uint32_t* at) : table_(table), at_(at) {}
    std::string_view operator*() const { return table_->name(*at_); }
    iterator& operator++() { ++at_; return *this; }
    iterator operator++(int) { iterator old = *this; ++at_; return old; }
    bool operator==(const iterator& other) const { return at_ == other.at_; }

   private:
    const DocumentIdTable* table_ = nullptr;
    const std::uint32_t* at_ = nullptr;
  };
  DocumentList() = default;
  DocumentList(std::shared_ptr<const DocumentIdTable> table, std::vector<std::uint32_t> ids)
      : table_(std::move(table)), ids_(std::move(ids)) {}
  // A list with a table of its own (a quote edge's one document): the distinct ids, in the given order.
  explicit DocumentList(const std::vector<std::string>& ids);
  std::size_t size() const { return ids_.size(); }
  bool empty() const { return ids_.empty(); }
  std::string_view operator[](std::size_t i) const { return table_->name(ids_[i]); }
  iterator begin() const { return {table_.get(), ids_.data()}; }
  iterator end() const { return {table_.get(), ids_.data() + ids_.size()}; }
  std::vector<std::string> strings() const { return {begin(), end()}; }

 private:
  std::shared_ptr<const DocumentIdTable> table_;
  std::vector<std::uint32_t> ids_;
};

struct RelationEdge {
  std::string type;        // SAID_ABOUT, MET_WITH, CRITICIZED, SUPPORTS, ATTACKED, ROLE_IN, MEMBER_OF, LOCATED_IN
  std::string role;        // title for ROLE_IN ("Foreign Minister"), else ""
  double weight = 0;       // number of documents showing the edge
  int evidence_count = 0;  // evidence sentences/quotes over all documents
  std::string first_date, last_date;
  std::vector<EdgeSample> samples;  // at most GraphOptions::max_samples, from distinct documents
  DocumentList documents;  // ids of the documents showing the edge, in order of first add()
};

using KnowledgeGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                             EntityNode, RelationEdge>;
using Vertex = boost::graph_traits<KnowledgeGraph>::vertex_descriptor;
using Edge = boost::graph_traits<KnowledgeGraph>::edge_descriptor;

struct GraphOptions {
  int min_documents = 1;                  // drop entities seen in fewer documents
  std::set<std::string> exclude_types;    // relation types to leave out
  std::size_t max_samples = 3;            // evidence samples kept per edge
  int min_degree = 0;                     // drop entities with fewer edges (1 = drop isolates),
                                          // counted after min_documents and exclude_types
  bool layout = true;                     // compute_layout() in finish()
  bool parallel = false;                  // finish(): PageRank and betweenness on a second
                                          // thread beside the layout (the same values)
};

// The merge key of an entity: its gazetteer id, else "name:" + person_key() of the
// canonical name ("name:sergei volkov" for "Sergei Volkov" and "Sergey Volkov"),
// whatever the type, so one name typed PERSON here and ORGANIZATION there is one
// entity. The SQLite writer keys its entities table with it too.
std::string entity_key(const Entity& e);
std::string entity_key(std::string_view canonical, std::string_view gazetteer_id);

// The type a vote settles on: most mentions; ties in the order PERSON, ORGANIZATION,
// COUNTRY, LOCATION, then other types alphabetically; "" for no votes.
std::string settle_type(const std::map<std::string, int>& votes);

// "YYYY-MM-DD" when `date` starts with an ISO date ("2017-04-12", "2017-04-12T10:00Z"),
// else "" (unknown). Dates compare as strings once normalised.
std::string iso_date(std::string_view date);

// One document reduced to what the graph needs. GraphBuilder::add(const Annotation&)
// makes one with to_graph_document(); load_graph_from_sqlite() (sqlite.hpp) reads
// the same thing back from a database, so both paths build identical graphs.
struct GraphDocument {
  struct EntityRef {
    std::string key, label, type, gazetteer_id;  // type: settle_type(type_votes)
    int mentions = 0;                  // mentions of this key in the document
    std::map<std::string, int> type_votes;  // type -> mentions of the entities merged here
    std::vector<std::string> aliases;  // distinct surface texts of its named mentions, sorted
  };
  struct RelationRef {
    std::size_t head = 0, tail = 0;    // indices into `entities`
    std::string type, role;
    std::string evidence;              // text of the first evidence span ("" when none)
    int evidence_count = 0;            // evidence spans
  };
  std::string id;                      // document id
  std::string date;                    // iso_date() of the document date
  std::vector<EntityRef> entities;     // one per key, in order of first appearance
  std::vector<RelationRef> relations;  // relations with a valid head and tail, in annotation order
  // to_graph_document() only: the reference of each Annotation::entities index (empty
  // when made otherwise), so the database and build's counts need not key again.
  std::vector<std::size_t> entity_refs;
};

// The one builder of GraphDocuments: to_graph_document() (an Annotation),
// graph_document_from_jsonl() (a line of annotate output) and load_graph_documents()
// (a database, sqlite.hpp) all feed it, so the three agree on merging by key, summing
// mentions and votes, distinct sorted aliases and the settled type.
//   entity()    the reference of `key` (created at the end, in order of first call;
//               label, type and gazetteer id are those of the first call).
//   mentions()  adds `n` mentions of `type`: to the count and to the type vote.
//   count()     adds `n` mentions without a vote (a database whose votes are read apart).
//   vote()      adds a vote alone.
//   alias()     a surface text of a named mention (empty texts are ignored).
//   relation()  in order of call, between two references.
//   finish()    sorts aliases and settles each type by its votes (settle_type()); a
//               reference without votes keeps the type it was created with.
class GraphDocumentBuilder {
 public:
  GraphDocumentBuilder(std::string id, std::string date);
  std::size_t entity(const std::string& key, std::string_view label, std::string_view type,
                     std::string_view gazetteer_id);
  void mentions(std::size_t ref, std::string_view type, int n);
  void count(std::size_t ref, int n) { doc_.entities[ref].mentions += n; }
  void vote(std::size_t ref, const std::string& type, int n) { doc_.entities[ref].type_votes[type] += n; }
  void alias(std::size_t ref, std::string text);
  void relation(std::size_t head, std::size_t tail, std::string type, std::string role, std::string evidence,
                int evidence_count);
  GraphDocument finish() &&;
  // Room for `entities` references and `relations` relations, made once (row 23.374:
  // to_graph_document() knows both counts), so no reference is moved as they grow.
  void reserve(std::size_t entities, std::size_t relations);

 private:
  GraphDocument doc_;
  std::map<std::string, std::size_t, std::less<>> by_key_;
  std::vector<std::set<std::string>> aliases_;  // parallel to doc_.entities
};

// Merges the annotation's entities by entity_key() (summing mentions; aliases are
// the surface texts of mentions not resolved from a pronoun or description) and maps
// its relations onto them. requires: annotation.doc != nullptr.
GraphDocument to_graph_document(const Annotation& annotation);

// (graph_document_from_jsonl(), graph_jsonl.hpp, reads one from a line of annotate JSONL.)

// Merges annotations into a graph. Deterministic: the result depends only on the
// sequence of add() calls. Each add() counts as one document, identified by its id:
// adding two documents with the same id counts that id once for weights and
// document counts.
class GraphBuilder {
 public:
  explicit GraphBuilder(GraphOptions options = {});
  void add(const Annotation& annotation);
  void add(const GraphDocument& document);
  // Applies min_documents / exclude_types, computes measures, returns the graph.
  // Does not change the builder: more add()s and another finish() are allowed.
  KnowledgeGraph finish() const&;
  // The same graph, moving the builder's nodes and edges into it and freeing the rest
  // as it goes (so the builder and the graph are not both whole in memory at once);
  // the builder is left empty.
  KnowledgeGraph finish() &&;

 private:
  struct PendingEdge {
    RelationEdge edge;
    std::vector<std::uint32_t> documents;  // sorted ids from document_id()
  };
  template <typename Self>
  static KnowledgeGraph assemble(Self& self);
  std::uint32_t document_id(const std::string& id) { return document_ids_.intern(id); }
  GraphOptions options_;
  std::vector<EntityNode> nodes_;
  std::unordered_map<std::string, std::size_t> node_index_;  // key -> index into nodes_ (looked up, never iterated)
  std::vector<std::vector<std::uint32_t>> node_docs_;  // parallel to nodes_: sorted document_id()s
  DocumentIdTable document_ids_;
  std::vector<std::set<std::string>> node_aliases_;  // parallel to nodes_
  std::vector<std::map<std::string, int>> node_votes_;  // parallel to nodes_: type -> mentions
  std::map<std::tuple<std::size_t, std::string, std::size_t>, PendingEdge> edges_;
};

struct MeasureReport {
  bool betweenness = true;        // false: skipped as too costly, every vertex has 0
  double betweenness_cost = 0;    // betweenness_cost() of this graph
};

// Degree in/out, PageRank, betweenness centrality and weakly connected component,
// computed with Boost.Graph algorithms and stored on the vertices.
//   degree_in/out  in_degree/out_degree: parallel edges of different types count.
//   pagerank       boost::graph::page_rank (damping 0.85, unweighted, parallel edges
//                  count), iterated to convergence and normalised to sum 1. Boost's
//                  iteration leaks the rank of dangling vertices (no out-edges);
//                  normalising its fixed point gives exactly the PageRank in which a
//                  dangling vertex links to every vertex (networkx.pagerank with
//                  weight=None), by Langville & Meyer's linear-system formulation.
//   betweenness    boost::brandes_betweenness_centrality on the directed graph with
//                  parallel edges and self-loops collapsed, unweighted and not
//                  normalised (the number of shortest paths through a vertex, as
//                  Gephi shows it). Boost runs on each weakly connected component
//                  of three or more vertices alone (the same values, bit for bit,
//                  as one run on the whole graph; smaller components are 0), so it
//                  costs the sum of O(Vc*Vc + Sc*Ec) over the components, for Sc
//                  vertices with out-edges. The budget is still estimated for one
//                  run on the whole graph, O(V*V + S*E): when betweenness_cost()
//                  exceeds kMaxBetweennessWork it is SKIPPED and left 0 for every
//                  vertex, and the report says so.
//   component      boost::connected_components on an undirected copy (weakly
//                  connected components), numbered from 0 in vertex order.
// Cost: O(V + E) per PageRank iteration (at most 200) plus betweenness. Measured
// (-O2, one core): random 5,000 vertices / 20,000 edges, every vertex a source:
// 0.95 s; half of them sources: 0.45 s; 20,000 / 80,000 (betweenness skipped):
// 0.04 s. A hand-written Brandes was no faster than Boost's: the BFS per vertex is
// the cost, so the budget is what bounds the time.
MeasureReport compute_measures(KnowledgeGraph& g);

// Positions every vertex (EntityNode::x, y) and sizes it (EntityNode::size), so
// Gephi and the HTML report open a readable picture instead of a random hairball.
//   Each weakly connected component (EntityNode::component, so compute_measures()
//   first) of three or more vertices is laid out alone with Boost.Graph's
//   fruchterman_reingold_force_directed_layout (50 iterations, linear cooling,
//   grid force pairs; ideal edge length about 10 units) on an undirected copy with
//   parallel edges collapsed, started from random_graph_layout with a fixed seed;
//   a pair is drawn side by side and a single vertex at its own origin. The
//   components' bounding boxes are then packed, largest first, in rows (shelf
//   packing) about as wide as the whole is tall, with the largest top left.
//   size = 4 + 4 * log2(documents) (documents below 1 count as 1).
//   Coordinates are rounded to 0.01, so exports do not change with the last bits of
//   floating-point arithmetic. Deterministic: depends only on the graph.
// Cost: O(iterations * (V + E)) per component with grid force pairs; measured on
// news-2213's graph in the README.
void compute_layout(KnowledgeGraph& g);

// compute_measures() then compute_layout(): the same values either way. With
// `parallel`, the components are found first, then PageRank and betweenness run on a
// second thread while this one lays the graph out (the layout needs only the
// components), so the layout's time hides theirs (news-2213: about 0.5 of the 2.0
// billion instructions of finish()).
MeasureReport compute_measures_and_layout(KnowledgeGraph& g, bool parallel);

// Estimated nanoseconds of betweenness at -O2 on one core: Boost resets O(V) state
// per source (~1 ns a vertex) and runs a BFS from each of the `sources` (vertices
// with out-edges) over at most `arcs` distinct (head, tail) pairs (~7 ns an arc).
inline double betweenness_cost(std::size_t vertices, std::size_t sources, std::size_t arcs) {
  return static_cast<double>(vertices) * static_cast<double>(vertices) +
         7.0 * static_cast<double>(sources) * static_cast<double>(arcs);
}
// One second. 5,000 entities / 20,000 edges fit even when every entity is a source
// (estimate 0.73e9, measured 0.95 s); a news graph, where most entities are only
// tails, takes about half that.
inline constexpr double kMaxBetweennessWork = 1e9;

}  // namespace gazette
