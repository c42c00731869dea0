// compute_measures: Boost.Graph algorithms run on the KnowledgeGraph (graph.hpp
// documents what each measure means and what it costs).
#include "gazette/graph.hpp"

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

// Row 23.310: Brandes's algorithm on a component of `n` vertices with the sorted,
// distinct `arcs` (out-arcs of a vertex in target order), as
// boost::brandes_betweenness_centrality runs it on the compressed-sparse-row graph of
// those arcs, sum for sum: the breadth-first search from each source in vertex order
// visits arcs in the same order, the dependencies are added back in the reverse order
// of the search with Boost's expressions, and the distances are never reset (Boost sets
// no distance for the source itself: an arc back to it compares with the distance
// left from an earlier search, kept here too). But a source's search resets only the
// vertices it reached, which are the only ones it changed, not all `n` (Boost clears
// every vertex's lists and counts and colours all `n` again per source). Adds each
// vertex's centrality to `out[vertex_of[local index]]`. Example (made up): on the path
// Tom Smith -> Jane Roe -> Farrow Council, Jane Roe gets 1 and the others 0.
void brandes(std::uint32_t n, const std::vector<Arc>& arcs, const std::uint32_t* vertex_of, KnowledgeGraph& out) {
  std::vector<std::uint32_t> first_arc(std::size_t{n} + 1, 0);
  for (const auto& arc : arcs) ++first_arc[arc.first + 1];
  for (std::uint32_t i = 0; i < n; ++i) first_arc[i + 1] += first_arc[i];
  std::vector<double> centrality(n, 0.0), dependency(n, 0.0), path_count(n, 0.0);
  std::vector<std::vector<std::uint32_t>> incoming(n);  // the sources of w's shortest-path arcs
  std::vector<std::uint32_t> distance(n, 0), order;     // order: the search's queue, then its stack
  std::vector<std::uint8_t> reached(n, 0);
  order.reserve(n);
  for (std::uint32_t s = 0; s < n; ++s) {
    path_count[s] = 1;
    order.assign(1, s);
    reached[s] = 1;
    for (std::size_t head = 0; head < order.size(); ++head) {
      const std::uint32_t v = order[head];
      for (std::uint32_t k = first_arc[v]; k < first_arc[v + 1]; ++k) {
        const std::uint32_t w = arcs[k].second;
        if (!reached[w]) {  // Boost's tree_edge
          reached[w] = 1;
          distance[w] = distance[v] + 1;
          path_count[w] = path_count[v];
          incoming[w].push_back(v);
          order.push_back(w);
        } else if (distance[w] == distance[v] + 1) {  // non_tree_edge
          path_count[w] = path_count[w] + path_count[v];
          incoming[w].push_back(v);
        }
      }
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      const std::uint32_t w = *it;
      for (const std::uint32_t v : incoming[w]) {
        double factor = path_count[v] / path_count[w];
        factor *= (1.0 + dependency[w]);
        dependency[v] = dependency[v] + factor;
      }
      if (w != s) centrality[w] = centrality[w] + dependency[w];
    }
    for (const std::uint32_t w : order) {
      incoming[w].clear();
      path_count[w] = dependency[w] = 0;
      reached[w] = 0;
    }
  }
  for (std::uint32_t i = 0; i < n; ++i) out[vertex_of[i]].betweenness = centrality[i];
}

// Betweenness with parallel edges and self-loops collapsed, run by brandes() on each
// weakly connected component (EntityNode::component, so components() first) of
// three or more vertices alone: no shortest path leaves a component, so each
// vertex gets the same sums, added in the same order (sources and arcs keep their
// order inside a component), as from one run on the whole graph, bit for bit; but
// Boost's O(V) reset per source was paid per component (news-2213: 10,074 vertices,
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
