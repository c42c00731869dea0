// compute_layout (graph.hpp): Boost.Graph's Fruchterman-Reingold layout per weakly
// connected component, components packed in rows.
#include "gazette/graph.hpp"

#include "gazette/force_layout.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <cstddef>
#include <utility>
#include <vector>

namespace gazette {

namespace {

using Topology = force_layout::Topology;
using Point = force_layout::Point;

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

struct Placed {
  std::vector<Vertex> vertices;   // of the KnowledgeGraph
  std::vector<Point> positions;   // parallel to vertices, relative to the box's top left
  double width = 0, height = 0;
};

// Lays out one component, given as its vertices in vertex order. `local` (one slot per
// vertex of g, shared by the components) is where each vertex of the component is
// numbered 0..n-1; slots of other components are left as they are (never read here).
Placed lay_out(const KnowledgeGraph& g, std::vector<Vertex> vertices, std::vector<std::size_t>& local) {
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
  for (std::size_t i = 0; i < n; ++i) local[out.vertices[i]] = i;
  // Parallel and reverse edges collapsed, in (smaller, larger) order: the order in which
  // the layout has always added them to Boost's undirected graph and applied them.
  std::vector<force_layout::Edge> edges;
  for (const Vertex v : out.vertices)
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
      const auto a = local[v], b = local[boost::target(e, g)];
      if (a != b) edges.emplace_back(std::min(a, b), std::max(a, b));
    }
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());

  // Fruchterman-Reingold's ideal edge length is sqrt(area / n): a square of side
  // kEdgeLength * sqrt(n) gives edges of about kEdgeLength.
  const double half = kEdgeLength * std::sqrt(static_cast<double>(n)) / 2.0;
  std::minstd_rand rng(1);
  Topology topology(rng, -half, -half, half, half);
  std::vector<Point> position(n);
  for (Point& p : position) p = topology.random_point();
  // The repulsive pairs are those of Fruchterman & Reingold's grid variant: vertices
  // in square cells of side 2k, repelled only by vertices of the same and the eight
  // neighbouring cells closer than 2k. (boost::grid_force_pairs takes 2 * area /
  // sqrt(n) for 2k, an area, not a length, which for any square of side above 2 is
  // wider than the square: one cell, and all n^2 pairs every iteration.)
  const double k = std::sqrt(4.0 * half * half / static_cast<double>(n));
  // Linear cooling from a tenth of the square's side: far enough to untangle, at
  // most a tenth of the square per step.
  force_layout::fruchterman_reingold(topology, position, edges, k, kIterations, half / 5.0);

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
  std::vector<std::size_t> local(nv, 0);
  for (auto& m : members) {
    if (m.empty()) continue;
    placed.push_back(lay_out(g, std::move(m), local));
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
