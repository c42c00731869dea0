// fruchterman_reingold (force_layout.hpp): boost::fruchterman_reingold_force_directed_layout
// with compute_layout's grid force pairs, written out. Every expression below is the
// one Boost evaluates (fruchterman_reingold.hpp, topology.hpp), on the same pairs in
// the same order, so the positions come out bit for bit the same.
#include "gazette/force_layout.hpp"

#include <boost/graph/fruchterman_reingold.hpp>

#include <algorithm>
#include <cmath>

namespace gazette::force_layout {

namespace {

using Delta = Topology::point_difference_type;

class Forces {
 public:
  Forces(const Topology& topology, std::vector<Point>& position, double grid_k)
      : topology_(topology),
        position_(position),
        displacement_(position.size()),
        // Boost's k: the side of the square each vertex would have to itself.
        k_(std::pow(topology.volume(topology.extent()) / static_cast<double>(position.size()), 1. / 2.)),
        // maybe_jitter_point's threshold, which Boost computes at every pair.
        too_close_(topology.norm(topology.extent()) / 10000.),
        two_k_(2.0 * grid_k),
        two_k_squared_(two_k_ * two_k_),
        columns_(static_cast<std::size_t>(topology.extent()[0] / two_k_ + 1.0)),
        rows_(static_cast<std::size_t>(topology.extent()[1] / two_k_ + 1.0)),
        cell_of_(position.size()),
        cell_start_(rows_ * columns_ + 1),
        members_(position.size()) {}

  // Zeroes the displacements, then repels the pairs of the grid.
  void repel() {
    std::fill(displacement_.begin(), displacement_.end(), Delta());
    fill_cells();
    for (std::size_t row = 0; row < rows_; ++row)
      for (std::size_t column = 0; column < columns_; ++column) repel_cell(row, column);
  }

  // Boost's attractive force along edge (source v, target u).
  void attract(const Edge& e) {
    const std::size_t v = e.first, u = e.second;
    const double dist = jittered_distance(u, v);
    const Delta delta = topology_.difference(position_[v], position_[u]);
    const double fa = dist * dist / k_;
    displacement_[v] = displacement_[v] - (fa / dist) * delta;
    displacement_[u] = displacement_[u] + (fa / dist) * delta;
  }

  // Moves every vertex by its displacement, at most `temp`, and keeps it in the box.
  void move(double temp) {
    for (std::size_t v = 0; v < position_.size(); ++v) {
      const double disp_size = topology_.norm(displacement_[v]);
      position_[v] = topology_.adjust(position_[v], displacement_[v] * (std::min(disp_size, temp) / disp_size));
      position_[v] = topology_.bound(position_[v]);
    }
  }

 private:
  // maybe_jitter_point(u, position of v), then the distance of u and v: Boost computes
  // that distance twice when u is not moved, the same function of the same points.
  double jittered_distance(std::size_t u, std::size_t v) {
    const double d = topology_.distance(position_[u], position_[v]);
    if (!(d < too_close_)) return d;
    position_[u] = topology_.move_position_toward(position_[u], 1. / 200, topology_.random_point());
    return topology_.distance(position_[u], position_[v]);
  }

  // Boost's fr_apply_force(u, v): v pushed away from u.
  void repel(std::size_t u, std::size_t v) {
    if (u == v) return;
    const double dist = jittered_distance(u, v);
    Delta& dispv = displacement_[v];
    if (dist == 0.) {
      dispv[0] += 0.01;
      dispv[1] += 0.01;
    } else {
      const double fr = k_ * k_ / dist;
      dispv += (fr / dist) * topology_.difference(position_[v], position_[u]);
    }
  }

  std::size_t cell(double coordinate, double size, std::size_t count) const {
    const double c = (coordinate + size / 2.0) / two_k_;
    if (!(c > 0)) return 0;
    return std::min(static_cast<std::size_t>(c), count - 1);
  }

  // The vertices of each cell, in vertex order (a counting sort).
  void fill_cells() {
    const auto extent = topology_.extent();
    std::fill(cell_start_.begin(), cell_start_.end(), 0);
    for (std::size_t v = 0; v < position_.size(); ++v) {
      cell_of_[v] = cell(position_[v][1], extent[1], rows_) * columns_ + cell(position_[v][0], extent[0], columns_);
      ++cell_start_[cell_of_[v] + 1];
    }
    for (std::size_t c = 1; c < cell_start_.size(); ++c) cell_start_[c] += cell_start_[c - 1];
    std::vector<std::size_t>& next = scratch_;
    next.assign(cell_start_.begin(), cell_start_.end() - 1);
    for (std::size_t v = 0; v < position_.size(); ++v) members_[next[cell_of_[v]]++] = v;
  }

  // The pairs within a cell both ways, then each of its vertices against the vertices
  // of the neighbouring cells closer than 2k (squared distances, as compute_layout's
  // grid always compared them).
  void repel_cell(std::size_t row, std::size_t column) {
    const std::size_t here = row * columns_ + column;
    const std::size_t begin = cell_start_[here], end = cell_start_[here + 1];
    const std::size_t r0 = row == 0 ? 0 : row - 1, r1 = std::min(row + 1, rows_ - 1);
    const std::size_t c0 = column == 0 ? 0 : column - 1, c1 = std::min(column + 1, columns_ - 1);
    for (std::size_t i = begin; i < end; ++i) {
      const std::size_t u = members_[i];
      for (std::size_t j = i + 1; j < end; ++j) {
        repel(u, members_[j]);
        repel(members_[j], u);
      }
      for (std::size_t r = r0; r <= r1; ++r)
        for (std::size_t c = c0; c <= c1; ++c) {
          if (r == row && c == column) continue;
          const std::size_t other_cell = r * columns_ + c;
          for (std::size_t o = cell_start_[other_cell]; o < cell_start_[other_cell + 1]; ++o) {
            const std::size_t other = members_[o];
            const double dx = position_[u][0] - position_[other][0];
            const double dy = position_[u][1] - position_[other][1];
            if (dx * dx + dy * dy < two_k_squared_) repel(u, other);
          }
        }
    }
  }

  const Topology& topology_;
  std::vector<Point>& position_;
  std::vector<Delta> displacement_;
  double k_, too_close_, two_k_, two_k_squared_;
  std::size_t columns_, rows_;
  std::vector<std::size_t> cell_of_, cell_start_, members_, scratch_;
};

}  // namespace

void fruchterman_reingold(const Topology& topology, std::vector<Point>& position, const std::vector<Edge>& edges,
                          double grid_k, int iterations, double temperature) {
  if (position.empty()) return;
  Forces forces(topology, position, grid_k);
  boost::linear_cooling<double> cool(static_cast<std::size_t>(iterations), temperature);
  // As Boost: the forces of a step are computed before the temperature is known, so
  // the last pass (temperature 0) moves nothing but may still jitter.
  while (true) {
    forces.repel();
    for (const Edge& e : edges) forces.attract(e);
    const double temp = cool();
    if (!temp) break;
    forces.move(temp);
  }
}

}  // namespace gazette::force_layout
