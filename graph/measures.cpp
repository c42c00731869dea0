// compute_measures: Boost.Graph algorithms run on the KnowledgeGraph (graph.hpp
// documents what each measure means and what it costs).
#include "gazette/graph.hpp"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <future>
#include <utility>
#include <vector>

namespace gazette {

namespace {

// Stops boost::graph::page_rank once an iteration changes the ranks by less than
// `tolerance` in total (L1), or after `max_iterations`. page_rank copies the functor
// and calls it before each step with the ranks it has so far.
class Converged {
 public:
  Converged(std::size_t n, double tolerance, int max_iterations)
      : previous_(n, -1.0), tolerance_(tolerance), left_(max_iterations) {}

  template <typename RankMap, typename Graph>
  bool operator()(const RankMap& ranks, const Graph& g) {
    double change = 0;
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
      const double r = get(ranks, v);
      change += std::abs(r - previous_[v]);
      previous_[v] = r;
    }
    return change < tolerance_ || left_-- <= 0;
  }

 private:
  std::vector<double> previous_;
  double tolerance_;
  int left_;
};

void page_rank(KnowledgeGraph& g) {
  const std::size_t n = boost::num_vertices(g);
  if (n == 0) return;
  std::vector<double> rank(n, 0.0);
  auto rank_map = boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, g));
  // Boost's step is x' = (1 - d) + d * sum(x_u / out_u): its fixed point, scaled to
  // sum 1, is the PageRank with dangling vertices linking everywhere.
  boost::graph::page_rank(g, rank_map, Converged(n, 1e-10 * static_cast<double>(n), 200), 0.85);
  double total = 0;
  for (double r : rank) total += r;
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    g[v].pagerank = total > 0 ? rank[v] / total : 1.0 / static_cast<double>(n);
}

using Arc = std::pair<std::uint32_t, std::uint32_t>;

// Brandes (boost::brandes_betweenness_centrality) on a compressed-sparse-row graph
// of `n` vertices with 32-bit indices and the sorted, distinct `arcs`; adds each
// vertex's centrality to `out[vertex_of[local index]]`.
void brandes(std::uint32_t n, const std::vector<Arc>& arcs, const std::uint32_t* vertex_of, KnowledgeGraph& out) {
  using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                 boost::no_property, std::uint32_t, std::uint32_t>;
  using CsrEdge = boost::graph_traits<Csr>::edge_descriptor;
  const Csr csr(boost::edges_are_sorted, arcs.begin(), arcs.end(), n);
  const auto index = boost::get(boost::vertex_index, csr);
  std::vector<double> centrality(n, 0.0), dependency(n, 0.0), path_count(n, 0.0);
  std::vector<std::vector<CsrEdge>> incoming(n);
  std::vector<std::uint32_t> distance(n, 0);
  boost::brandes_betweenness_centrality(csr, boost::make_iterator_property_map(centrality.begin(), index),
                                        boost::dummy_property_map(),
                                        boost::make_iterator_property_map(incoming.begin(), index),
                                        boost::make_iterator_property_map(distance.begin(), index),
                                        boost::make_iterator_property_map(dependency.begin(), index),
                                        boost::make_iterator_property_map(path_count.begin(), index), index);
  for (std::uint32_t i = 0; i < n; ++i) out[vertex_of[i]].betweenness = centrality[i];
}

// Betweenness with parallel edges and self-loops collapsed, run by brandes() on each
// weakly connected component (EntityNode::component, so components() first) of
// three or more vertices alone: no shortest path leaves a component, so each
// vertex gets the same sums, added in the same order (sources and arcs keep their
// order inside a component), as from one run on the whole graph, bit for bit; but
// Boost's O(V) reset per source is paid per component (news-2213: 10,074 vertices,
// the largest component 3,446). Smaller components and lone vertices keep 0.
bool betweenness(KnowledgeGraph& g, MeasureReport& report) {
  const std::size_t n = boost::num_vertices(g);
  std::vector<Arc> arcs;
  arcs.reserve(boost::num_edges(g));
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const auto s = boost::source(e, g), t = boost::target(e, g);
    if (s != t) arcs.emplace_back(static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(t));
  }
  std::sort(arcs.begin(), arcs.end());
  arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());
  std::size_t sources = 0;
  for (std::size_t i = 0; i < arcs.size(); ++i) sources += i == 0 || arcs[i].first != arcs[i - 1].first;
  // The budget is still that of one run on the whole graph: what is skipped does not change.
  report.betweenness_cost = betweenness_cost(n, sources, arcs.size());
  if (report.betweenness_cost > kMaxBetweennessWork) return false;

  // Vertices grouped by component in vertex order (counting sort); local[v] is v's
  // index in its component, so local indices keep the vertices' order.
  std::size_t count = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    count = std::max(count, static_cast<std::size_t>(g[v].component) + 1);
  std::vector<std::uint32_t> first(count + 1, 0), local(n), vertex_of(n);
  for (auto v : boost::make_iterator_range(boost::vertices(g))) ++first[static_cast<std::size_t>(g[v].component) + 1];
  for (std::size_t c = 0; c < count; ++c) first[c + 1] += first[c];
  std::vector<std::uint32_t> next(first.begin(), first.end() - 1);
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    auto& slot = next[static_cast<std::size_t>(g[v].component)];
    local[v] = slot - first[static_cast<std::size_t>(g[v].component)];
    vertex_of[slot++] = static_cast<std::uint32_t>(v);
  }
  // Each component's arcs in local indices, still sorted, then one Brandes run each.
  std::vector<std::vector<Arc>> component_arcs(count);
  for (const auto& [s, t] : arcs)
    component_arcs[static_cast<std::size_t>(g[s].component)].emplace_back(local[s], local[t]);
  for (std::size_t c = 0; c < count; ++c) {
    const std::uint32_t size = first[c + 1] - first[c];
    if (size >= 3) brandes(size, component_arcs[c], vertex_of.data() + first[c], g);
  }
  return true;
}

void components(KnowledgeGraph& g) {
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  const std::size_t n = boost::num_vertices(g);
  Undirected u(n);
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    boost::add_edge(boost::source(e, g), boost::target(e, g), u);
  std::vector<int> component(n, 0);
  boost::connected_components(u, component.data());
  for (auto v : boost::make_iterator_range(boost::vertices(g))) g[v].component = component[v];
}

}  // namespace

namespace {

// Degrees, and every other measure back to 0.
void reset_measures(KnowledgeGraph& g) {
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    auto& node = g[v];
    node.degree_in = static_cast<int>(boost::in_degree(v, g));
    node.degree_out = static_cast<int>(boost::out_degree(v, g));
    node.pagerank = node.betweenness = 0;
    node.component = 0;
  }
}

}  // namespace

MeasureReport compute_measures(KnowledgeGraph& g) {
  MeasureReport report;
  reset_measures(g);
  page_rank(g);
  components(g);
  report.betweenness = betweenness(g, report);
  return report;
}

MeasureReport compute_measures_and_layout(KnowledgeGraph& g, bool parallel) {
  if (!parallel) {
    const MeasureReport report = compute_measures(g);
    compute_layout(g);
    return report;
  }
  // The layout reads the components (and the vertices' documents) only; PageRank and
  // betweenness write pagerank and betweenness only, the layout x, y and size: the
  // two threads read the same graph and write different members of each vertex.
  MeasureReport report;
  reset_measures(g);
  components(g);
  auto ranks = std::async(std::launch::async, [&g, &report] {
    page_rank(g);
    report.betweenness = betweenness(g, report);
  });
  compute_layout(g);
  ranks.get();
  return report;
}

}  // namespace gazette
