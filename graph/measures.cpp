// compute_measures: Boost.Graph algorithms run on the KnowledgeGraph (graph.hpp
// documents what each measure means and what it costs).
#include "gazette/graph.hpp"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>

#include <algorithm>
#include <cmath>
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

void betweenness(KnowledgeGraph& g) {
  using Simple = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
  const std::size_t n = boost::num_vertices(g);
  std::vector<std::pair<std::size_t, std::size_t>> arcs;
  arcs.reserve(boost::num_edges(g));
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const auto s = boost::source(e, g), t = boost::target(e, g);
    if (s != t) arcs.emplace_back(s, t);
  }
  std::sort(arcs.begin(), arcs.end());
  arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());
  if (!betweenness_feasible(n, arcs.size())) return;
  Simple simple(arcs.begin(), arcs.end(), n);
  std::vector<double> centrality(n, 0.0);
  boost::brandes_betweenness_centrality(
      simple, boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, simple)));
  for (auto v : boost::make_iterator_range(boost::vertices(g))) g[v].betweenness = centrality[v];
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

void compute_measures(KnowledgeGraph& g) {
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    auto& node = g[v];
    node.degree_in = static_cast<int>(boost::in_degree(v, g));
    node.degree_out = static_cast<int>(boost::out_degree(v, g));
    node.pagerank = node.betweenness = 0;
    node.component = 0;
  }
  page_rank(g);
  betweenness(g);
  components(g);
}

}  // namespace gazette
