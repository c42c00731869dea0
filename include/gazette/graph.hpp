// KnowledgeGraph: one vertex per canonical entity, parallel directed edges per
// relation type, built by merging per-document Annotations (graph/graph_builder.cpp).
//
// WHAT THIS REPRESENTS
//   A Boost.Graph adjacency_list with bundled properties. Vertices are entities
//   merged across documents (by gazetteer id, else by canonical name + type);
//   edges are (head, type, tail) triples whose weight is the number of documents
//   that showed them. Edges of different types between the same pair are separate
//   (parallel) edges.
// THREAD SAFETY
//   GraphBuilder is not thread-safe; add() annotations from one thread in a fixed
//   order (the CLI adds them in input order, so output does not depend on --jobs).
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace gazette {

struct Annotation;

struct EntityNode {
  std::string key;          // stable merge key: gazetteer id, else "TYPE:canonical name"
  std::string label;        // canonical name
  std::string type;         // PERSON | COUNTRY | ORGANIZATION | LOCATION
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
};

struct EdgeSample {
  std::string document;  // document id
  std::string date;      // document date or ""
  std::string text;      // evidence sentence or quote text
};

struct RelationEdge {
  std::string type;        // SAID_ABOUT, MET_WITH, CRITICIZED, SUPPORTS, ATTACKED, ROLE_IN, MEMBER_OF, LOCATED_IN
  std::string role;        // title for ROLE_IN ("Foreign Minister"), else ""
  double weight = 0;       // number of documents showing the edge
  int evidence_count = 0;  // evidence sentences/quotes over all documents
  std::string first_date, last_date;
  std::vector<EdgeSample> samples;  // at most GraphOptions::max_samples
};

using KnowledgeGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                             EntityNode, RelationEdge>;
using Vertex = boost::graph_traits<KnowledgeGraph>::vertex_descriptor;
using Edge = boost::graph_traits<KnowledgeGraph>::edge_descriptor;

struct GraphOptions {
  int min_documents = 1;                  // drop entities seen in fewer documents
  std::set<std::string> exclude_types;    // relation types to leave out
  std::size_t max_samples = 3;            // evidence samples kept per edge
};

// Merges annotations into a graph. Deterministic: the result depends only on the
// sequence of add() calls.
class GraphBuilder {
 public:
  explicit GraphBuilder(GraphOptions options = {});
  void add(const Annotation& annotation);
  // Applies min_documents / exclude_types, computes measures, returns the graph.
  KnowledgeGraph finish();

 private:
  struct PendingEdge {
    RelationEdge edge;
    std::set<std::string> documents;
  };
  GraphOptions options_;
  std::vector<EntityNode> nodes_;
  std::map<std::string, std::size_t> node_index_;  // key -> index into nodes_
  std::map<std::string, std::set<std::string>> node_docs_;
  std::map<std::tuple<std::size_t, std::string, std::size_t>, PendingEdge> edges_;
};

// Degree in/out, PageRank, betweenness centrality and weakly connected component,
// computed with Boost.Graph algorithms and stored on the vertices.
void compute_measures(KnowledgeGraph& g);

}  // namespace gazette
