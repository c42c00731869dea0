#include "gazette/graph.hpp"

#include "gazette/annotation.hpp"
#include "gazette/graphml.hpp"
#include "graph_fixture.hpp"

#include <boost/graph/betweenness_centrality.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <sstream>
#include <map>
#include <set>

using namespace gazette;

namespace {

KnowledgeGraph build(const test::Corpus& corpus, GraphOptions options = {}) {
  GraphBuilder b(std::move(options));
  for (const auto* a : corpus.annotations()) b.add(*a);
  return b.finish();
}

std::map<std::string, Vertex> by_label(const KnowledgeGraph& g) {
  std::map<std::string, Vertex> out;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) out[g[v].label] = v;
  return out;
}

// "head TYPE tail" for every edge, in graph order.
std::vector<std::string> edge_list(const KnowledgeGraph& g) {
  std::vector<std::string> out;
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    out.push_back(g[boost::source(e, g)].label + " " + g[e].type + " " + g[boost::target(e, g)].label);
  return out;
}

const RelationEdge* find_edge(const KnowledgeGraph& g, const std::string& head, const std::string& type,
                              const std::string& tail) {
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (g[boost::source(e, g)].label == head && g[e].type == type && g[boost::target(e, g)].label == tail)
      return &g[e];
  return nullptr;
}

}  // namespace

TEST(Graph, EntityKeyAndIsoDate) {
  Entity e;
  e.canonical = "John Smith";
  e.type = EntityType::Person;
  EXPECT_EQ(entity_key(e), "name:john smith");
  e.type = EntityType::Organization;  // the type is not part of the key
  EXPECT_EQ(entity_key(e), "name:john smith");
  EXPECT_EQ(entity_key("Sergey Volkov", ""), entity_key("Sergei Volkov", ""));
  e.gazetteer_id = "person:john-smith";
  EXPECT_EQ(entity_key(e), "person:john-smith");

  struct Case { std::string in, out; };
  const Case cases[] = {
      {"2017-04-12", "2017-04-12"},
      {"2017-04-12T08:00:00Z", "2017-04-12"},
      {"2017-04-12 08:00", "2017-04-12"},
      {"", ""},
      {"12 April 2017", ""},
      {"2017-4-12", ""},
      {"2017-04", ""},
      {"2017-04-123", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(iso_date(c.in), c.out) << c.in;
}

TEST(Graph, MergesEntitiesAcrossDocuments) {
  test::Corpus corpus;
  test::small_corpus(corpus);
  const auto g = build(corpus);
  ASSERT_EQ(boost::num_vertices(g), 8u);
  // Order of first appearance.
  const std::vector<std::string> labels = {"Rex Tillerson", "Sergei Lavrov", "Moscow",  "Syria",
                                           "United States", "Russia",        "Kremlin", "John Smith"};
  for (std::size_t i = 0; i < labels.size(); ++i) EXPECT_EQ(g[i].label, labels[i]) << i;

  struct Case {
    std::string label, key, type;
    int mentions, documents;
    std::string first, last;
    std::vector<std::string> aliases;
  };
  const Case cases[] = {
      {"Rex Tillerson", "person:rex-tillerson", "PERSON", 3, 2, "2017-04-12", "2017-04-13", {"Rex Tillerson", "Tillerson"}},
      // "He" (resolved from a pronoun) counts as a mention but is no alias.
      {"Sergei Lavrov", "person:sergey-lavrov", "PERSON", 5, 2, "2017-04-12", "2017-04-13", {"Lavrov", "Sergei Lavrov"}},
      {"Moscow", "location:moscow", "LOCATION", 1, 1, "2017-04-12", "2017-04-12", {"Moscow"}},
      // Document c has no date: counted, but dates unchanged.
      {"Syria", "country:syria", "COUNTRY", 2, 2, "2017-04-12", "2017-04-12", {"Syria"}},
      // In c without a mention: still a document.
      {"United States", "country:united-states", "COUNTRY", 2, 3, "2017-04-12", "2017-04-13", {"United States", "Washington"}},
      {"Kremlin", "name:kremlin", "ORGANIZATION", 1, 1, "2017-04-13", "2017-04-13", {"Kremlin"}},
      {"John Smith", "name:john smith", "PERSON", 3, 2, "2017-04-13", "2017-04-13", {"John Smith", "Smith"}},
  };
  const auto v = by_label(g);
  for (const auto& c : cases) {
    SCOPED_TRACE(c.label);
    const EntityNode& n = g[v.at(c.label)];
    EXPECT_EQ(n.key, c.key);
    EXPECT_EQ(n.type, c.type);
    EXPECT_EQ(n.mentions, c.mentions);
    EXPECT_EQ(n.documents, c.documents);
    EXPECT_EQ(n.first_date, c.first);
    EXPECT_EQ(n.last_date, c.last);
    EXPECT_EQ(n.aliases, c.aliases);
  }
  EXPECT_EQ(g[v.at("Kremlin")].gazetteer_id, "");
  EXPECT_EQ(g[v.at("Russia")].gazetteer_id, "country:russia");
}

TEST(Graph, EdgeWeightsCountDocuments) {
  test::Corpus corpus;
  test::small_corpus(corpus);
  const auto g = build(corpus);
  const std::vector<std::string> expected = {
      "Rex Tillerson MET_WITH Sergei Lavrov",   "Rex Tillerson SAID_ABOUT Syria",
      "Sergei Lavrov CRITICIZED United States", "Sergei Lavrov ROLE_IN Russia",
      "Sergei Lavrov SAID_ABOUT United States", "Sergei Lavrov SAID_ABOUT Kremlin",
      "John Smith MET_WITH Sergei Lavrov",      "John Smith ROLE_IN United States",
      "John Smith SUPPORTS Syria",
  };
  EXPECT_EQ(edge_list(g), expected);

  struct Case {
    std::string head, type, tail, role;
    double weight;
    int evidence;
    std::string first, last;
    std::size_t samples;
  };
  const Case cases[] = {
      {"Rex Tillerson", "MET_WITH", "Sergei Lavrov", "", 2, 3, "2017-04-12", "2017-04-13", 2},
      {"Rex Tillerson", "SAID_ABOUT", "Syria", "", 1, 1, "2017-04-12", "2017-04-12", 1},
      {"Sergei Lavrov", "ROLE_IN", "Russia", "foreign minister", 1, 1, "2017-04-13", "2017-04-13", 1},
      {"John Smith", "SUPPORTS", "Syria", "", 1, 1, "", "", 1},
      {"John Smith", "ROLE_IN", "United States", "Secretary of State", 1, 1, "", "", 1},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.head + " " + c.type + " " + c.tail);
    const RelationEdge* e = find_edge(g, c.head, c.type, c.tail);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->role, c.role);
    EXPECT_EQ(e->weight, c.weight);
    EXPECT_EQ(e->evidence_count, c.evidence);
    EXPECT_EQ(e->first_date, c.first);
    EXPECT_EQ(e->last_date, c.last);
    EXPECT_EQ(e->samples.size(), c.samples);
  }
  const RelationEdge* met = find_edge(g, "Rex Tillerson", "MET_WITH", "Sergei Lavrov");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->samples[0].document, "news/a.txt");
  EXPECT_EQ(met->samples[0].date, "2017-04-12");
  EXPECT_EQ(met->samples[0].text, "Rex Tillerson met Sergei Lavrov in Moscow on Wednesday.");
  EXPECT_EQ(met->samples[1].document, "news/b.txt");
  EXPECT_EQ(met->samples[1].text, "Lavrov and Tillerson held talks again.");
  // SAID_ABOUT samples are the quote.
  EXPECT_EQ(find_edge(g, "Rex Tillerson", "SAID_ABOUT", "Syria")->samples[0].text, "We discussed Syria,");
}

TEST(Graph, SameDocumentTwiceCountsOnce) {
  test::Corpus corpus;
  test::small_corpus(corpus);
  GraphBuilder b;
  const auto docs = corpus.annotations();
  b.add(*docs[0]);
  b.add(*docs[0]);
  const auto g = b.finish();
  const auto v = by_label(g);
  EXPECT_EQ(g[v.at("Rex Tillerson")].documents, 1);
  const auto* met = find_edge(g, "Rex Tillerson", "MET_WITH", "Sergei Lavrov");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->weight, 1);
  EXPECT_EQ(met->samples.size(), 1u);
}

TEST(Graph, MaxSamples) {
  test::Corpus corpus;
  test::small_corpus(corpus);
  GraphOptions o;
  o.max_samples = 1;
  const auto g = build(corpus, o);
  const auto* met = find_edge(g, "Rex Tillerson", "MET_WITH", "Sergei Lavrov");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->weight, 2);
  EXPECT_EQ(met->samples.size(), 1u);
}

TEST(Graph, Filters) {
  struct Case {
    int min_documents;
    std::set<std::string> exclude;
    std::size_t vertices, edges;
  };
  const Case cases[] = {
      {1, {}, 8, 9},
      {2, {}, 5, 7},  // drops Moscow, Russia, Kremlin and their edges
      {3, {}, 1, 0},  // only the United States
      {1, {"SAID_ABOUT"}, 8, 6},
      {1, {"SAID_ABOUT", "ROLE_IN"}, 8, 4},
      {2, {"MET_WITH"}, 5, 5},
      {4, {}, 0, 0},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE("min_documents=" + std::to_string(c.min_documents));
    test::Corpus corpus;
    test::small_corpus(corpus);
    GraphOptions o;
    o.min_documents = c.min_documents;
    o.exclude_types = c.exclude;
    const auto g = build(corpus, o);
    EXPECT_EQ(boost::num_vertices(g), c.vertices);
    EXPECT_EQ(boost::num_edges(g), c.edges);
    for (auto e : boost::make_iterator_range(boost::edges(g))) EXPECT_EQ(c.exclude.count(g[e].type), 0u);
    for (auto v : boost::make_iterator_range(boost::vertices(g))) EXPECT_GE(g[v].documents, c.min_documents);
  }
}

TEST(Graph, FinishIsRepeatableAndDeterministic) {
  test::Corpus corpus;
  test::small_corpus(corpus);
  GraphBuilder b;
  for (const auto* a : corpus.annotations()) b.add(*a);
  const auto g1 = b.finish();
  const auto g2 = b.finish();
  EXPECT_EQ(edge_list(g1), edge_list(g2));
  ASSERT_EQ(boost::num_vertices(g1), boost::num_vertices(g2));
  for (std::size_t i = 0; i < boost::num_vertices(g1); ++i) EXPECT_EQ(g1[i].pagerank, g2[i].pagerank);
}

// finish() && (used by build: the builder's nodes and edges are moved into the graph)
// gives the graph finish() const gives, and empties the builder. Many distinct ids,
// some repeated out of order, go through the interned id table (it grows several
// times): each counts once, in order of first add().
TEST(Graph, FinishByMoveGivesTheSameGraphAndEmptiesTheBuilder) {
  test::Corpus corpus;
  test::small_corpus(corpus);
  const auto docs = corpus.annotations();
  GraphBuilder b;
  std::vector<std::string> first_seen;
  for (int i = 0; i < 300; ++i) {
    GraphDocument d = to_graph_document(*docs[0]);
    const int n = i % 3 == 2 ? i / 2 : i;  // every third id repeats an earlier one
    d.id = "doc-" + std::to_string(n);
    if (std::find(first_seen.begin(), first_seen.end(), d.id) == first_seen.end()) first_seen.push_back(d.id);
    b.add(d);
  }
  const auto copied = b.finish();
  const auto moved = std::move(b).finish();
  std::ostringstream a, c;
  write_graphml(copied, a);
  write_graphml(moved, c);
  EXPECT_EQ(a.str(), c.str());
  const auto* met = find_edge(moved, "Rex Tillerson", "MET_WITH", "Sergei Lavrov");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->weight, static_cast<double>(first_seen.size()));
  EXPECT_EQ(met->documents.strings(), first_seen);
  EXPECT_EQ(moved[by_label(moved).at("Rex Tillerson")].documents, static_cast<int>(first_seen.size()));
  const auto empty = b.finish();  // NOLINT(bugprone-use-after-move): finish() && leaves it empty
  EXPECT_EQ(boost::num_vertices(empty), 0u);
  EXPECT_EQ(boost::num_edges(empty), 0u);
}

// The documents of an edge are indices into one table of ids shared by the graph's
// edges: a graph copied from a builder that goes on adding keeps reading its own ids,
// and the edges of one graph share one table (one string per document, not per edge).
TEST(Graph, EdgeDocumentsAreIndicesIntoOneSharedTable) {
  DocumentIdTable table;
  EXPECT_EQ(table.intern("b"), 0u);
  EXPECT_EQ(table.intern("a"), 1u);
  EXPECT_EQ(table.intern("b"), 0u);
  EXPECT_EQ(table.name(1), "a");
  table.seal();
  EXPECT_EQ(table.name(0), "b");
  EXPECT_EQ(table.size(), 2u);

  test::Corpus corpus;
  test::small_corpus(corpus);
  const auto docs = corpus.annotations();
  GraphBuilder b;
  GraphDocument d = to_graph_document(*docs[0]);
  d.id = "first";
  b.add(d);
  const auto before = b.finish();
  d.id = "second";
  b.add(d);
  const auto after = std::move(b).finish();
  const auto* met_before = find_edge(before, "Rex Tillerson", "MET_WITH", "Sergei Lavrov");
  const auto* met_after = find_edge(after, "Rex Tillerson", "MET_WITH", "Sergei Lavrov");
  ASSERT_NE(met_before, nullptr);
  ASSERT_NE(met_after, nullptr);
  EXPECT_EQ(met_before->documents.strings(), std::vector<std::string>{"first"});
  EXPECT_EQ(met_after->documents.strings(), (std::vector<std::string>{"first", "second"}));
  ASSERT_GE(boost::num_edges(after), 2u);
  std::set<std::string_view> first_ids;  // the same id read through every edge is one string
  for (auto e : boost::make_iterator_range(boost::edges(after))) first_ids.insert(after[e].documents[0]);
  for (auto e : boost::make_iterator_range(boost::edges(after)))
    EXPECT_EQ(after[e].documents[0].data(), first_ids.begin()->data());

  const DocumentList own(std::vector<std::string>{"quote-doc"});
  EXPECT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0], "quote-doc");
}

TEST(Graph, MeasuresOnSmallCorpus) {
  test::Corpus corpus;
  test::small_corpus(corpus);
  const auto g = build(corpus);
  const auto v = by_label(g);
  const EntityNode& lavrov = g[v.at("Sergei Lavrov")];
  EXPECT_EQ(lavrov.degree_in, 2);
  EXPECT_EQ(lavrov.degree_out, 4);
  double total = 0;
  for (auto u : boost::make_iterator_range(boost::vertices(g))) {
    total += g[u].pagerank;
    // Moscow has no relation: a component of its own, numbered after the first one.
    EXPECT_EQ(g[u].component, g[u].label == "Moscow" ? 1 : 0) << g[u].label;
  }
  EXPECT_NEAR(total, 1.0, 1e-9);
  // Tillerson -> Lavrov -> {US, Russia, Kremlin}, Smith -> Lavrov -> ...: Lavrov is on them all.
  EXPECT_GT(lavrov.betweenness, 0);
  EXPECT_EQ(g[v.at("Moscow")].degree_in + g[v.at("Moscow")].degree_out, 0);
}

TEST(Graph, MeasuresOnKnownGraph) {
  // A star 1,2 -> 0 -> 3,4, a pair 5 => 6 with two parallel edges, and a lone vertex 7.
  KnowledgeGraph g;
  for (int i = 0; i < 8; ++i) boost::add_vertex(EntityNode{}, g);
  RelationEdge e;
  e.type = "MET_WITH";
  for (auto [s, t] : std::vector<std::pair<int, int>>{{1, 0}, {2, 0}, {0, 3}, {0, 4}, {5, 6}}) boost::add_edge(s, t, e, g);
  e.type = "CRITICIZED";
  boost::add_edge(5, 6, e, g);
  const auto report = compute_measures(g);
  EXPECT_TRUE(report.betweenness);

  struct Case { int in, out; double pagerank, betweenness; int component; };
  // PageRank from networkx.pagerank(G, weight=None) on the same MultiDiGraph;
  // betweenness from networkx.betweenness_centrality(DiGraph(G), normalized=False).
  const Case cases[] = {
      {2, 2, 0.2101985208, 4, 0}, {0, 1, 0.077851304, 0, 0},   {0, 1, 0.077851304, 0, 0},
      {1, 0, 0.1671856754, 0, 0}, {1, 0, 0.1671856754, 0, 0},  {0, 2, 0.077851304, 0, 1},
      {2, 0, 0.1440249124, 0, 1}, {0, 0, 0.077851304, 0, 2},
  };
  for (std::size_t i = 0; i < 8; ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(g[i].degree_in, cases[i].in);
    EXPECT_EQ(g[i].degree_out, cases[i].out);
    EXPECT_NEAR(g[i].pagerank, cases[i].pagerank, 1e-8);
    EXPECT_DOUBLE_EQ(g[i].betweenness, cases[i].betweenness);
    EXPECT_EQ(g[i].component, cases[i].component);
  }
}

TEST(Graph, MeasuresOnTinyGraphs) {
  KnowledgeGraph empty;
  compute_measures(empty);
  EXPECT_EQ(boost::num_vertices(empty), 0u);

  KnowledgeGraph one;
  boost::add_vertex(EntityNode{}, one);
  compute_measures(one);
  EXPECT_DOUBLE_EQ(one[0].pagerank, 1.0);
  EXPECT_EQ(one[0].component, 0);

  // A cycle: every vertex equal.
  KnowledgeGraph cycle;
  for (int i = 0; i < 3; ++i) boost::add_vertex(EntityNode{}, cycle);
  for (int i = 0; i < 3; ++i) boost::add_edge(i, (i + 1) % 3, RelationEdge{}, cycle);
  compute_measures(cycle);
  for (int i = 0; i < 3; ++i) {
    EXPECT_NEAR(cycle[static_cast<std::size_t>(i)].pagerank, 1.0 / 3, 1e-9);
    EXPECT_DOUBLE_EQ(cycle[static_cast<std::size_t>(i)].betweenness, 1.0);
  }
}

TEST(Graph, BetweennessBudget) {
  EXPECT_LE(betweenness_cost(5000, 5000, 20000), kMaxBetweennessWork);
  EXPECT_LE(betweenness_cost(0, 0, 0), kMaxBetweennessWork);
  EXPECT_GT(betweenness_cost(20000, 10000, 80000), kMaxBetweennessWork);
  EXPECT_GT(betweenness_cost(40000, 0, 0), kMaxBetweennessWork);  // Boost's O(V) reset per source

  // Over the budget: skipped, reported, every vertex 0; the other measures still run.
  KnowledgeGraph g;
  const std::size_t n = 32000;  // n * n > kMaxBetweennessWork
  for (std::size_t i = 0; i < n; ++i) boost::add_vertex(EntityNode{}, g);
  boost::add_edge(0, 1, RelationEdge{}, g);
  boost::add_edge(1, 2, RelationEdge{}, g);
  const auto report = compute_measures(g);
  EXPECT_FALSE(report.betweenness);
  EXPECT_GT(report.betweenness_cost, kMaxBetweennessWork);
  EXPECT_EQ(g[1].betweenness, 0);
  EXPECT_EQ(g[1].degree_in, 1);
  EXPECT_EQ(g[2].component, 0);
  EXPECT_EQ(g[3].component, 1);
}

// compute_measures() runs Brandes on each weakly connected component alone: every
// vertex's betweenness must equal, bit for bit, that of Boost's Brandes run once on
// the whole graph (parallel edges and self-loops collapsed), the way it was computed
// before. Several components of different sizes, interleaved in vertex order, a
// pair, lone vertices, a self-loop, parallel edges and cycles.
TEST(Graph, BetweennessPerComponentEqualsWholeGraph) {
  KnowledgeGraph g;
  const std::size_t n = 90;
  for (std::size_t i = 0; i < n; ++i) boost::add_vertex(EntityNode{}, g);
  std::uint32_t seed = 12345;
  const auto next = [&seed] { return seed = seed * 1103515245u + 12345u, (seed >> 8) % 1000; };
  for (int k = 0; k < 160; ++k) {
    // Vertex v is in cluster v % 4 (vertices below 80), so the clusters interleave.
    const std::size_t c = next() % 4, s = (next() % 20) * 4 + c, t = (next() % 20) * 4 + c;
    boost::add_edge(s, t, RelationEdge{}, g);
  }
  boost::add_edge(80, 81, RelationEdge{}, g);  // a pair
  boost::add_edge(82, 82, RelationEdge{}, g);  // a self-loop alone
  boost::add_edge(0, 4, RelationEdge{}, g);    // a parallel edge, maybe
  boost::add_edge(0, 4, RelationEdge{}, g);

  using Plain = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
  Plain whole(n);
  std::set<std::pair<std::size_t, std::size_t>> arcs;
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (boost::source(e, g) != boost::target(e, g)) arcs.emplace(boost::source(e, g), boost::target(e, g));
  for (const auto& [s, t] : arcs) boost::add_edge(s, t, whole);
  std::vector<double> expected(n, 0.0);
  boost::brandes_betweenness_centrality(
      whole, boost::make_iterator_property_map(expected.begin(), boost::get(boost::vertex_index, whole)));

  const auto report = compute_measures(g);
  ASSERT_TRUE(report.betweenness);
  std::set<int> components;
  double total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(g[i].betweenness, expected[i]);  // bit for bit
    components.insert(g[i].component);
    total += g[i].betweenness;
  }
  EXPECT_GT(total, 0);  // the clusters do have vertices in between
  EXPECT_GE(components.size(), 6u);
}

// build --jobs 2 measures the graph beside its layout (GraphOptions::parallel):
// PageRank and betweenness on a second thread while the layout runs. Every measure
// and position must be the same, bit for bit, as measured first and laid out after:
// components of several sizes interleaved in vertex order, a pair, lone vertices, a
// self-loop and parallel edges; documents vary so that sizes differ.
TEST(Graph, MeasuresBesideTheLayoutEqualMeasuresThenLayout) {
  const auto make = [] {
    KnowledgeGraph g;
    const std::size_t n = 140;
    for (std::size_t i = 0; i < n; ++i) {
      EntityNode node;
      node.documents = static_cast<int>(i % 7) + 1;
      boost::add_vertex(node, g);
    }
    std::uint32_t seed = 777;
    const auto next = [&seed] { return seed = seed * 1103515245u + 12345u, (seed >> 8) % 1000; };
    for (int k = 0; k < 260; ++k) {
      const std::size_t c = next() % 5, s = (next() % 24) * 5 + c, t = (next() % 24) * 5 + c;
      boost::add_edge(s, t, RelationEdge{}, g);
    }
    boost::add_edge(130, 131, RelationEdge{}, g);  // a pair
    boost::add_edge(132, 132, RelationEdge{}, g);  // a self-loop alone
    boost::add_edge(0, 5, RelationEdge{}, g);      // parallel edges, maybe
    boost::add_edge(0, 5, RelationEdge{}, g);
    return g;
  };
  KnowledgeGraph serial = make(), beside = make();
  const MeasureReport expected = compute_measures(serial);
  compute_layout(serial);
  const MeasureReport report = compute_measures_and_layout(beside, true);
  EXPECT_EQ(report.betweenness, expected.betweenness);
  EXPECT_EQ(report.betweenness_cost, expected.betweenness_cost);
  std::set<int> components;
  double total = 0;
  for (std::size_t i = 0; i < boost::num_vertices(serial); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(beside[i].degree_in, serial[i].degree_in);
    EXPECT_EQ(beside[i].degree_out, serial[i].degree_out);
    EXPECT_EQ(beside[i].pagerank, serial[i].pagerank);  // bit for bit
    EXPECT_EQ(beside[i].betweenness, serial[i].betweenness);
    EXPECT_EQ(beside[i].component, serial[i].component);
    EXPECT_EQ(beside[i].x, serial[i].x);
    EXPECT_EQ(beside[i].y, serial[i].y);
    EXPECT_EQ(beside[i].size, serial[i].size);
    components.insert(serial[i].component);
    total += serial[i].betweenness;
  }
  EXPECT_GT(total, 0);
  EXPECT_GE(components.size(), 8u);
  // Without parallel: measured, then laid out, on this thread.
  KnowledgeGraph sequential_again = make();
  EXPECT_EQ(compute_measures_and_layout(sequential_again, false).betweenness_cost, expected.betweenness_cost);
  for (std::size_t i = 0; i < boost::num_vertices(serial); ++i) {
    EXPECT_EQ(sequential_again[i].x, serial[i].x);
    EXPECT_EQ(sequential_again[i].pagerank, serial[i].pagerank);
  }
}

// Former bugs.
TEST(Graph, RelationBetweenEntitiesMergedIntoOneIsDropped) {
  // Two entities of one document share a key: the relation between them would be a self-loop.
  test::Corpus corpus;
  auto& a = corpus.add("x", "2020-01-01", "Acme and ACME Corp merged.");
  test::sentence(a, "Acme and ACME Corp merged.");
  const int e1 = test::entity(a, "Acme", EntityType::Organization, "org:acme");
  const int e2 = test::entity(a, "ACME Corp", EntityType::Organization, "org:acme");
  test::mention(a, e1, "Acme");
  test::mention(a, e2, "ACME Corp");
  test::relation(a, e1, RelationType::MemberOf, e2, {"Acme and ACME Corp merged."});
  const auto g = build(corpus);
  ASSERT_EQ(boost::num_vertices(g), 1u);
  EXPECT_EQ(boost::num_edges(g), 0u);
  EXPECT_EQ(g[0].mentions, 2);
  EXPECT_EQ(g[0].label, "Acme");
  EXPECT_EQ(g[0].aliases, (std::vector<std::string>{"ACME Corp", "Acme"}));
}

TEST(Graph, SettleTypeTakesTheMostMentionsThenAFixedOrder) {
  EXPECT_EQ(settle_type({}), "");
  EXPECT_EQ(settle_type({{"LOCATION", 3}, {"PERSON", 2}}), "LOCATION");
  // Ties: PERSON > ORGANIZATION > COUNTRY > LOCATION, then other types alphabetically.
  EXPECT_EQ(settle_type({{"ORGANIZATION", 2}, {"PERSON", 2}}), "PERSON");
  EXPECT_EQ(settle_type({{"LOCATION", 1}, {"ORGANIZATION", 1}}), "ORGANIZATION");
  EXPECT_EQ(settle_type({{"COUNTRY", 0}, {"LOCATION", 0}}), "COUNTRY");
  EXPECT_EQ(settle_type({{"LOCATION", 1}, {"ZZZ", 1}, {"AAA", 1}}), "LOCATION");
  EXPECT_EQ(settle_type({{"ZZZ", 1}, {"AAA", 1}}), "AAA");
}

// A name the rules typed differently in different documents (or twice in one) is one
// vertex; its type is settled by the mentions, whatever the order of the documents.
TEST(Graph, SameNameDifferentTypesMergeAndTheTypeIsSettledByVote) {
  test::Corpus corpus;
  auto& x = corpus.add("x", "2020-01-01", "Jordan said Jordan would stay. Jordan agreed.");
  const int xp = test::entity(x, "Jordan", EntityType::Person);
  test::mention(x, xp, "Jordan");
  test::mention(x, xp, "Jordan", 1);
  const int xo = test::entity(x, "Jordan", EntityType::Organization);  // the same name, typed twice in x
  test::mention(x, xo, "Jordan", 2);
  auto& y = corpus.add("y", "2020-01-02", "Jordan won. Jordan lost. John Smith joined Jordan.");
  const int yo = test::entity(y, "Jordan", EntityType::Organization);
  test::mention(y, yo, "Jordan");
  test::mention(y, yo, "Jordan", 1);
  const int smith = test::entity(y, "John Smith", EntityType::Person);
  test::mention(y, smith, "John Smith");
  test::relation(y, smith, RelationType::MemberOf, yo, {});
  auto& z = corpus.add("z", "2020-01-03", "Nothing about it.");
  const int zl = test::entity(z, "Jordan", EntityType::Location);  // implied, no mention: a vote of 0
  (void)zl;

  const GraphDocument gx = to_graph_document(x);
  ASSERT_EQ(gx.entities.size(), 1u);
  EXPECT_EQ(gx.entities[0].key, "name:jordan");
  EXPECT_EQ(gx.entities[0].mentions, 3);
  EXPECT_EQ(gx.entities[0].type, "PERSON");
  EXPECT_EQ(gx.entities[0].type_votes, (std::map<std::string, int>{{"ORGANIZATION", 1}, {"PERSON", 2}}));
  // Both entities of x (typed apart, one key) are recorded as the one reference.
  EXPECT_EQ(gx.entity_refs, (std::vector<std::size_t>{0, 0}));

  // PERSON 2 against ORGANIZATION 1 + 2 and LOCATION 0: ORGANIZATION, in any order.
  const std::vector<std::vector<const Annotation*>> orders = {{&x, &y, &z}, {&z, &y, &x}, {&y, &x, &z}};
  for (const auto& order : orders) {
    GraphBuilder b;
    for (const auto* a : order) b.add(*a);
    const auto g = b.finish();
    const auto v = by_label(g);
    ASSERT_EQ(boost::num_vertices(g), 2u);
    const EntityNode& n = g[v.at("Jordan")];
    EXPECT_EQ(n.key, "name:jordan");
    EXPECT_EQ(n.type, "ORGANIZATION");
    EXPECT_EQ(n.type_votes, (std::map<std::string, int>{{"LOCATION", 0}, {"ORGANIZATION", 3}, {"PERSON", 2}}));
    EXPECT_EQ(n.mentions, 5);
    EXPECT_EQ(n.documents, 3);
    EXPECT_EQ(g[v.at("John Smith")].type_votes, (std::map<std::string, int>{{"PERSON", 1}}));
    EXPECT_EQ(edge_list(g), (std::vector<std::string>{"John Smith MEMBER_OF Jordan"}));
  }
  // A tie (PERSON 2, ORGANIZATION 1 + 1) goes to PERSON, though w came first.
  test::Corpus more;
  auto& w = more.add("w", "", "Jordan.");
  test::mention(w, test::entity(w, "Jordan", EntityType::Organization), "Jordan");
  GraphBuilder b;
  b.add(w);
  b.add(x);
  const auto g = b.finish();
  ASSERT_EQ(boost::num_vertices(g), 1u);
  EXPECT_EQ(g[0].type, "PERSON");
  EXPECT_EQ(g[0].type_votes, (std::map<std::string, int>{{"ORGANIZATION", 2}, {"PERSON", 2}}));
}

// Merging by name is for names found by rules: a gazetteer entity of the same name
// (the country) stays apart, and a relation between the two is kept.
TEST(Graph, AGazetteerEntityStaysApartFromARuleFoundNameOfTheSameName) {
  test::Corpus corpus;
  auto& a = corpus.add("x", "", "Jordan visited Jordan.");
  const int p = test::entity(a, "Jordan", EntityType::Person);
  const int c = test::entity(a, "Jordan", EntityType::Country, "country:jordan");
  test::mention(a, p, "Jordan");
  test::mention(a, c, "Jordan", 1);
  test::relation(a, p, RelationType::LocatedIn, c, {});
  const auto g = build(corpus);
  ASSERT_EQ(boost::num_vertices(g), 2u);
  EXPECT_EQ(g[0].key, "name:jordan");
  EXPECT_EQ(g[0].type, "PERSON");
  EXPECT_EQ(g[1].key, "country:jordan");
  ASSERT_EQ(boost::num_edges(g), 1u);
  const auto e = *boost::edges(g).first;
  EXPECT_EQ(g[e].evidence_count, 0);
  ASSERT_EQ(g[e].samples.size(), 1u);
  EXPECT_EQ(g[e].samples[0].text, "");
}

TEST(Graph, InvalidRelationIndicesAreIgnored) {
  test::Corpus corpus;
  auto& a = corpus.add("x", "", "Nobody said anything.");
  const int p = test::entity(a, "Nobody", EntityType::Person);
  test::mention(a, p, "Nobody");
  Relation r;
  r.head = p;
  r.tail = -1;
  a.relations.push_back(r);
  r.tail = 7;
  a.relations.push_back(r);
  const auto g = build(corpus);
  EXPECT_EQ(boost::num_vertices(g), 1u);
  EXPECT_EQ(boost::num_edges(g), 0u);
}

// The one GraphDocument builder: references by key in order of first call, mentions
// and votes summed, aliases distinct and sorted, the type settled by votes (kept
// when there are none), relations in order.
TEST(Graph, GraphDocumentBuilderMergesByKeyAndSettlesTypes) {
  GraphDocumentBuilder b("d1", "2024-01-02");
  const auto x = b.entity("name:sergei volkov", "Sergei Volkov", "PERSON", "");
  const auto y = b.entity("Q1", "Nordvega", "ORGANIZATION", "Q1");
  EXPECT_EQ(b.entity("name:sergei volkov", "Sergey Volkov", "ORGANIZATION", ""), x);
  b.mentions(x, "PERSON", 1);
  b.mentions(x, "ORGANIZATION", 3);
  b.alias(x, "Volkov");
  b.alias(x, "Sergei Volkov");
  b.alias(x, "Volkov");
  b.alias(x, "");
  b.count(y, 2);  // no vote: keeps its type
  b.relation(x, y, "MEMBER_OF", "", "Volkov of Nordvega", 2);
  const GraphDocument d = std::move(b).finish();
  EXPECT_EQ(d.id, "d1");
  EXPECT_EQ(d.date, "2024-01-02");
  ASSERT_EQ(d.entities.size(), 2u);
  EXPECT_EQ(d.entities[0].label, "Sergei Volkov");
  EXPECT_EQ(d.entities[0].mentions, 4);
  EXPECT_EQ(d.entities[0].type, "ORGANIZATION");
  EXPECT_EQ(d.entities[0].aliases, (std::vector<std::string>{"Sergei Volkov", "Volkov"}));
  EXPECT_EQ(d.entities[1].type, "ORGANIZATION");
  EXPECT_EQ(d.entities[1].mentions, 2);
  EXPECT_TRUE(d.entities[1].type_votes.empty());
  ASSERT_EQ(d.relations.size(), 1u);
  EXPECT_EQ(d.relations[0].head, x);
  EXPECT_EQ(d.relations[0].tail, y);
  EXPECT_EQ(d.relations[0].evidence_count, 2);
}

// The graph's vertices are the kept nodes in order of first add(), each with its own
// fields, whatever order their keys sort in and however many there are (the graph is
// made with its vertex count and filled in place; the builder's nodes are looked up by
// key). 600 invented people over 200 documents, keys numbered backwards so that key
// order is the reverse of first-seen order; every third person in one document only,
// dropped with min_documents 2; every kept person MEETS the next one seen.
TEST(Graph, VerticesAreTheKeptNodesInFirstSeenOrderWithTheirOwnFields) {
  constexpr int kPeople = 600, kDocs = 200;
  auto key = [](int p) { return "name:person " + std::to_string(100000 - p); };
  auto label = [](int p) { return "Person " + std::to_string(p); };
  auto first_doc = [](int p) { return p * kDocs / kPeople; };  // person p first appears there
  auto docs_of = [&](int p) { return std::min(p % 3 == 2 ? 1 : 2 + p % 5, kDocs - first_doc(p)); };
  std::vector<GraphDocument> docs;
  for (int d = 0; d < kDocs; ++d) {
    GraphDocumentBuilder b("doc-" + std::to_string(d), "2024-01-" + std::to_string(10 + d % 20));
    std::vector<std::size_t> refs;
    for (int p = 0; p < kPeople; ++p) {
      const int first = first_doc(p);
      if (d < first || d >= first + docs_of(p)) continue;
      const auto r = b.entity(key(p), label(p), p % 2 ? "PERSON" : "ORGANIZATION", "");
      b.mentions(r, p % 2 ? "PERSON" : "ORGANIZATION", 1 + p % 4);
      b.alias(r, "P" + std::to_string(p) + "-" + std::to_string(1000 + d));
      refs.push_back(r);
    }
    for (std::size_t i = 1; i < refs.size(); ++i) b.relation(refs[i - 1], refs[i], "MET_WITH", "", "met", 1);
    docs.push_back(std::move(b).finish());
  }
  GraphOptions o;
  o.min_documents = 2;
  o.layout = false;
  GraphBuilder builder(o);
  for (const auto& d : docs) builder.add(d);
  for (const bool moved : {false, true}) {
    SCOPED_TRACE(moved ? "finish() &&" : "finish() const&");
    const KnowledgeGraph g = moved ? std::move(builder).finish() : builder.finish();
    std::vector<int> kept;
    for (int p = 0; p < kPeople; ++p)
      if (docs_of(p) >= 2) kept.push_back(p);
    ASSERT_EQ(boost::num_vertices(g), kept.size());
    for (std::size_t v = 0; v < kept.size(); ++v) {
      const int p = kept[v];
      const EntityNode& n = g[v];
      ASSERT_EQ(n.key, key(p));
      EXPECT_EQ(n.label, label(p));
      EXPECT_EQ(n.type, p % 2 ? "PERSON" : "ORGANIZATION");
      EXPECT_EQ(n.documents, docs_of(p));
      EXPECT_EQ(n.mentions, docs_of(p) * (1 + p % 4));
      ASSERT_EQ(n.aliases.size(), static_cast<std::size_t>(docs_of(p)));
      EXPECT_EQ(n.aliases.front(), "P" + std::to_string(p) + "-" + std::to_string(1000 + first_doc(p)));
    }
    for (auto e : boost::make_iterator_range(boost::edges(g))) {
      EXPECT_EQ(g[e].type, "MET_WITH");
      EXPECT_LT(boost::source(e, g), boost::target(e, g));  // a person meets one seen later
    }
    EXPECT_GT(boost::num_edges(g), kept.size() / 2);
  }
}

// Row 23.374: to_graph_document() reserves room for the annotation's entities and
// relations and entity() makes each reference in place; a builder given room (more or
// fewer than it gets) makes the same document as one given none. Made-up people and
// bodies: Tom Smith, Jane Roe, the Tarnwick Council.
TEST(Graph, AReservedGraphDocumentBuilderMakesTheSameDocument) {
  auto make = [](std::size_t room) {
    GraphDocumentBuilder b("d7", "2026-02-03");
    if (room) b.reserve(room, room);
    for (int i = 0; i < 40; ++i) {
      const std::string name = i % 3 == 0 ? "Tom Smith" : i % 3 == 1 ? "Jane Roe" : "Tarnwick Council " + std::to_string(i);
      const auto r = b.entity("name:" + name, name, i % 3 == 2 ? "ORGANIZATION" : "PERSON", i % 5 == 0 ? "Q9" : "");
      b.mentions(r, i % 4 ? "PERSON" : "ORGANIZATION", 1 + i % 3);
      b.alias(r, name.substr(0, 3 + i % 4));
      if (r > 0) b.relation(r - 1, r, "MEMBER_OF", i % 2 ? "clerk" : "", "said " + name, 1 + i % 2);
    }
    return std::move(b).finish();
  };
  const GraphDocument plain = make(0);
  ASSERT_EQ(plain.entities.size(), 15u);  // Tom Smith, Jane Roe and 13 councils
  for (const std::size_t room : {1u, 15u, 64u}) {
    SCOPED_TRACE(room);
    const GraphDocument d = make(room);
    ASSERT_EQ(d.entities.size(), plain.entities.size());
    for (std::size_t i = 0; i < d.entities.size(); ++i) {
      const auto &a = d.entities[i], &b = plain.entities[i];
      EXPECT_EQ(a.key, b.key);
      EXPECT_EQ(a.label, b.label);
      EXPECT_EQ(a.type, b.type);
      EXPECT_EQ(a.gazetteer_id, b.gazetteer_id);
      EXPECT_EQ(a.mentions, b.mentions);
      EXPECT_EQ(a.type_votes, b.type_votes);
      EXPECT_EQ(a.aliases, b.aliases);
    }
    ASSERT_EQ(d.relations.size(), plain.relations.size());
    for (std::size_t i = 0; i < d.relations.size(); ++i) {
      EXPECT_EQ(d.relations[i].head, plain.relations[i].head);
      EXPECT_EQ(d.relations[i].tail, plain.relations[i].tail);
      EXPECT_EQ(d.relations[i].role, plain.relations[i].role);
      EXPECT_EQ(d.relations[i].evidence, plain.relations[i].evidence);
    }
  }
  EXPECT_EQ(plain.entities[0].label, "Tom Smith");
  EXPECT_EQ(plain.entities[0].gazetteer_id, "Q9");
  EXPECT_EQ(plain.entities[1].aliases, (std::vector<std::string>{"Jan", "Jane", "Jane ", "Jane R"}));
}
