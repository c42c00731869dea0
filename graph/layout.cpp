// compute_layout (graph.hpp): Boost.Graph's Fruchterman-Reingold layout per weakly
// connected component, components packed in rows.
#include "gazette/graph.hpp"

#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>

#include <algorithm>
#include <cmath>
#include <random>
#include <cstddef>
#include <set>
#include <utility>
#include <vector>

namespace gazette {

namespace {

using Topology = boost::rectangle_topology<std::minstd_rand>;
using Point = Topology::point_type;
using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

constexpr double kEdgeLength = 10.0;  // about the ideal edge length, in layout units
constexpr double kGap = 10.0;         // space between packed components
constexpr int kIterations = 50;

double round_position(double v) { return std::round(v * 100.0) / 100.0; }

// Boost's convex_topology::point leaves its coordinates uninitialised: (0, 0) made explicit.
Point origin() {
  Point p;
  p[0] = 0.0;
  p[1] = 0.0;
  return p;
}

// The repulsive force pairs of Fruchterman & Reingold's grid variant: vertices are
// put in square cells of side 2k and repelled only by vertices of the same and the
// eight neighbouring cells closer than 2k. boost::grid_force_pairs does this too, but
// takes 2 * area / sqrt(n) for 2k (an area, not a length), which for any square of
// side above 2 is wider than the square: one cell, and all n^2 pairs every iteration
// (on news-2213, whose largest component has 4,077 entities: 98 s instead of 1.3 s).
class GridPairs {
 public:
  GridPairs(const Topology& topology, const std::vector<Point>& position, double k)
      : topology_(topology), position_(position), two_k_(2.0 * k), two_k_squared_(two_k_ * two_k_) {}

  template <typename Graph, typename ApplyForce>
  void operator()(const Graph& g, ApplyForce apply_force) const {
    const auto extent = topology_.extent();
    const auto columns = static_cast<std::size_t>(extent[0] / two_k_ + 1.0);
    const auto rows = static_cast<std::size_t>(extent[1] / two_k_ + 1.0);
    std::vector<std::vector<std::size_t>> cells(rows * columns);
    auto cell = [&](double coordinate, double size, std::size_t count) {
      const double c = (coordinate + size / 2.0) / two_k_;
      if (!(c > 0)) return std::size_t{0};
      return std::min(static_cast<std::size_t>(c), count - 1);
    };
    for (auto v : boost::make_iterator_range(boost::vertices(g)))
      cells[cell(position_[v][1], extent[1], rows) * columns + cell(position_[v][0], extent[0], columns)].push_back(v);
    for (std::size_t row = 0; row < rows; ++row)
      for (std::size_t column = 0; column < columns; ++column) {
        const auto& here = cells[row * columns + column];
        for (std::size_t i = 0; i < here.size(); ++i) {
          for (std::size_t j = i + 1; j < here.size(); ++j) {
            apply_force(here[i], here[j]);
            apply_force(here[j], here[i]);
          }
          for (std::size_t r = row == 0 ? 0 : row - 1; r <= std::min(row + 1, rows - 1); ++r)
            for (std::size_t c = column == 0 ? 0 : column - 1; c <= std::min(column + 1, columns - 1); ++c) {
              if (r == row && c == column) continue;
              for (const auto other : cells[r * columns + c]) {
                // Squared distances: no square root for the pairs left out (on news-2213's
                // largest component most are), 0.85 -> 0.55 s of CPU, the same positions.
                const double dx = position_[here[i]][0] - position_[other][0];
                const double dy = position_[here[i]][1] - position_[other][1];
                if (dx * dx + dy * dy < two_k_squared_) apply_force(here[i], other);
              }
            }
        }
      }
  }

 private:
  const Topology& topology_;
  const std::vector<Point>& position_;
  double two_k_, two_k_squared_;
};

struct Placed {
  std::vector<Vertex> vertices;   // of the KnowledgeGraph
  std::vector<Point> positions;   // parallel to vertices, relative to the box's top left
  double width = 0, height = 0;
};

// Lays out one component, given as its vertices in vertex order.
Placed lay_out(const KnowledgeGraph& g, std::vector<Vertex> vertices) {
  Placed out;
  out.vertices = std::move(vertices);
  const std::size_t n = out.vertices.size();
  out.positions.assign(n, origin());
  if (n == 1) return out;
  if (n == 2) {
    out.positions[1][0] = kEdgeLength;
    out.width = kEdgeLength;
    return out;
  }
  std::vector<std::size_t> local(boost::num_vertices(g), 0);
  for (std::size_t i = 0; i < n; ++i) local[out.vertices[i]] = i;
  std::set<std::pair<std::size_t, std::size_t>> pairs;  // parallel and reverse edges collapsed
  for (const Vertex v : out.vertices)
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
      const auto a = local[v], b = local[boost::target(e, g)];
      if (a != b) pairs.emplace(std::min(a, b), std::max(a, b));
    }
  Undirected u(n);
  for (const auto& [a, b] : pairs) boost::add_edge(a, b, u);

  // Fruchterman-Reingold's ideal edge length is sqrt(area / n): a square of side
  // kEdgeLength * sqrt(n) gives edges of about kEdgeLength.
  const double half = kEdgeLength * std::sqrt(static_cast<double>(n)) / 2.0;
  std::minstd_rand rng(1);
  Topology topology(rng, -half, -half, half, half);
  std::vector<Point> position(n);
  auto position_map = boost::make_iterator_property_map(position.begin(), boost::get(boost::vertex_index, u));
  boost::random_graph_layout(u, position_map, topology);
  const double k = std::sqrt(4.0 * half * half / static_cast<double>(n));
  // Linear cooling from a tenth of the square's side: far enough to untangle, at
  // most a tenth of the square per step.
  boost::fruchterman_reingold_force_directed_layout(
      u, position_map, topology,
      boost::cooling(boost::linear_cooling<double>(kIterations, half / 5.0))
          .force_pairs(GridPairs(topology, position, k)));

  double min_x = position[0][0], min_y = position[0][1], max_x = min_x, max_y = min_y;
  for (const Point& p : position) {
    min_x = std::min(min_x, p[0]);
    max_x = std::max(max_x, p[0]);
    min_y = std::min(min_y, p[1]);
    max_y = std::max(max_y, p[1]);
  }
  for (std::size_t i = 0; i < n; ++i) {
    out.positions[i][0] = position[i][0] - min_x;
    out.positions[i][1] = position[i][1] - min_y;
  }
  out.width = max_x - min_x;
  out.height = max_y - min_y;
  return out;
}

}  // namespace

void compute_layout(KnowledgeGraph& g) {
  const std::size_t nv = boost::num_vertices(g);
  if (nv == 0) return;
  int components = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) components = std::max(components, g[v].component + 1);
  std::vector<std::vector<Vertex>> members(static_cast<std::size_t>(components));
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    members[static_cast<std::size_t>(std::max(0, g[v].component))].push_back(v);

  std::vector<Placed> placed;
  placed.reserve(members.size());
  double area = 0;
  for (auto& m : members) {
    if (m.empty()) continue;
    placed.push_back(lay_out(g, std::move(m)));
    area += (placed.back().width + kGap) * (placed.back().height + kGap);
  }
  // Largest first (by vertices, then by area); stable, so ties keep component order.
  std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
    if (a.vertices.size() != b.vertices.size()) return a.vertices.size() > b.vertices.size();
    return a.width * a.height > b.width * b.height;
  });
  // Shelf packing: rows about as wide as the square root of the total area, but never
  // narrower than the widest component.
  double row_width = std::sqrt(area);
  for (const Placed& p : placed) row_width = std::max(row_width, p.width + kGap);
  double x = 0, y = 0, row_height = 0;
  for (const Placed& p : placed) {
    if (x > 0 && x + p.width > row_width) {
      x = 0;
      y += row_height + kGap;
      row_height = 0;
    }
    for (std::size_t i = 0; i < p.vertices.size(); ++i) {
      EntityNode& node = g[p.vertices[i]];
      node.x = round_position(x + p.positions[i][0]);
      node.y = round_position(y + p.positions[i][1]);
    }
    x += p.width + kGap;
    row_height = std::max(row_height, p.height);
  }
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    EntityNode& node = g[v];
    node.size = std::round((4.0 + 4.0 * std::log2(std::max(1, node.documents))) * 100.0) / 100.0;
  }
}

}  // namespace gazette
