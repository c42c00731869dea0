// fruchterman_reingold (force_layout.hpp): boost::fruchterman_reingold_force_directed_layout
// with compute_layout's grid force pairs, written out. Every expression below is the
// one Boost evaluates (fruchterman_reingold.hpp, topology.hpp), on the same pairs in
// the same order, so the positions come out bit for bit the same.
#include "gazette/force_layout.hpp"

#include <boost/graph/fruchterman_reingold.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
// Four pairs at a time with 256-bit AVX where the processor has it (chosen at run
// time: the build targets plain x86-64). AVX alone, not FMA: a multiply and an add
// stay two roundings, as in Boost.
#if defined(__SSE2__) && defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define GAZETTE_FORCES_AVX 1
#endif

namespace gazette::force_layout {

namespace {

#if defined(GAZETTE_FORCES_AVX)
bool allow_avx = true;  // set_avx() (tests)
// __builtin_cpu_init() first: this may run before libgcc's own initialiser has.
const bool has_avx = [] {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx") != 0;
}();
const bool has_avx2 = [] {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") != 0;
}();

// For each mask of four lanes (bit l: lane l kept), the 32-bit indices that move the
// kept 64-bit lanes to the front in order (permutevar8x32); the rest repeat lane 0.
struct CompactTable {
  alignas(32) std::int32_t index[16][8];
  std::size_t kept[16];  // how many lanes are kept
};
constexpr CompactTable make_compact_table() {
  CompactTable t{};
  for (int mask = 0; mask < 16; ++mask) {
    int k = 0;
    for (int lane = 0; lane < 4; ++lane)
      if (mask & (1 << lane)) {
        t.index[mask][2 * k] = 2 * lane;
        t.index[mask][2 * k + 1] = 2 * lane + 1;
        ++k;
      }
    t.kept[mask] = static_cast<std::size_t>(k);
  }
  return t;
}
constexpr CompactTable kCompact = make_compact_table();

// list_neighbours() of every run of neighbouring cells of one vertex (row 23.453: one
// call a vertex, not one a run; the caller saves its SSE registers around each), four
// candidates at a time: the same differences (x - ux, y - uy) and the same test (dx *
// dx + dy * dy < limit, a multiply and an add apiece, no FMA), the kept ones moved to
// the front of the four lanes and stored at pair `n` (four written, the count advanced
// by those kept: the arrays have three pairs to spare); the last fewer than four of a
// run one at a time, as list_neighbours() lists them. Returns the new count.
__attribute__((target("avx2"))) std::size_t neighbours_avx2(std::size_t n,
                                                            const std::pair<std::size_t, std::size_t>* runs,
                                                            std::size_t run_count, const double* xs,
                                                            const double* ys, const std::size_t* members, double ux,
                                                            double uy, double limit, std::uint32_t* to,
                                                            double* diff_x, double* diff_y) {
  const __m256d vux = _mm256_set1_pd(ux), vuy = _mm256_set1_pd(uy), lim = _mm256_set1_pd(limit);
  const __m256i low_halves = _mm256_setr_epi32(0, 2, 4, 6, 0, 2, 4, 6);
  for (std::size_t k = 0; k < run_count; ++k) {
    std::size_t o = runs[k].first;
    const std::size_t end = runs[k].second;
    for (; o + 4 <= end; o += 4) {
      const __m256d dx = _mm256_sub_pd(_mm256_loadu_pd(xs + o), vux);
      const __m256d dy = _mm256_sub_pd(_mm256_loadu_pd(ys + o), vuy);
      const __m256d squared = _mm256_add_pd(_mm256_mul_pd(dx, dx), _mm256_mul_pd(dy, dy));
      const int near = _mm256_movemask_pd(_mm256_cmp_pd(squared, lim, _CMP_LT_OQ));
      const __m256i order = _mm256_load_si256(reinterpret_cast<const __m256i*>(kCompact.index[near]));
      _mm256_storeu_pd(diff_x + n, _mm256_castps_pd(_mm256_permutevar8x32_ps(_mm256_castpd_ps(dx), order)));
      _mm256_storeu_pd(diff_y + n, _mm256_castps_pd(_mm256_permutevar8x32_ps(_mm256_castpd_ps(dy), order)));
      const __m256i kept = _mm256_permutevar8x32_epi32(
          _mm256_loadu_si256(reinterpret_cast<const __m256i*>(members + o)), order);
      _mm_storeu_si128(reinterpret_cast<__m128i*>(to + n),
                       _mm256_castsi256_si128(_mm256_permutevar8x32_epi32(kept, low_halves)));
      n += kCompact.kept[near];
    }
    for (; o < end; ++o) {
      const double dx = xs[o] - ux, dy = ys[o] - uy;
      to[n] = static_cast<std::uint32_t>(members[o]);
      diff_x[n] = dx;
      diff_y[n] = dy;
      n += dx * dx + dy * dy < limit;
    }
  }
  return n;
}

// forces_of_pairs_sse2() (below) four lanes wide: the same IEEE operations in the same
// order on each pair, so the same bits. From pair `i` while four are left; false when
// one of them is closer than `close`.
__attribute__((target("avx"))) bool forces_avx(std::size_t count, std::size_t& i, const double* diff_x,
                                               const double* diff_y, double* push,
                                               double k_squared, double close_below) {
  const __m256d sign = _mm256_set1_pd(-0.0), one = _mm256_set1_pd(1.0);
  const __m256d eps = _mm256_set1_pd(std::numeric_limits<double>::epsilon());
  const __m256d kk = _mm256_set1_pd(k_squared), close = _mm256_set1_pd(close_below);
  __m256d any_close = _mm256_setzero_pd();
  for (; i + 4 <= count; i += 4) {
    const __m256d dx = _mm256_loadu_pd(diff_x + i), dy = _mm256_loadu_pd(diff_y + i);
    const __m256d ax = _mm256_andnot_pd(sign, dx), ay = _mm256_andnot_pd(sign, dy);
    const __m256d x = _mm256_max_pd(ay, ax), y = _mm256_min_pd(ay, ax);
    const __m256d rat = _mm256_div_pd(y, x);
    const __m256d far = _mm256_mul_pd(x, _mm256_sqrt_pd(_mm256_add_pd(one, _mm256_mul_pd(rat, rat))));
    const __m256d flat = _mm256_cmp_pd(_mm256_mul_pd(x, eps), y, _CMP_GE_OQ);
    const __m256d dist = _mm256_or_pd(_mm256_and_pd(flat, x), _mm256_andnot_pd(flat, far));
    any_close = _mm256_or_pd(any_close, _mm256_cmp_pd(dist, close, _CMP_LT_OQ));
    const __m256d scale = _mm256_div_pd(_mm256_div_pd(kk, dist), dist);
    const __m256d px = _mm256_mul_pd(scale, dx), py = _mm256_mul_pd(scale, dy);
    const __m256d lo = _mm256_unpacklo_pd(px, py), hi = _mm256_unpackhi_pd(px, py);  // x0 y0 x2 y2, x1 y1 x3 y3
    _mm256_storeu_pd(push + 2 * i, _mm256_permute2f128_pd(lo, hi, 0x20));
    _mm256_storeu_pd(push + 2 * i + 4, _mm256_permute2f128_pd(lo, hi, 0x31));
  }
  return _mm256_movemask_pd(any_close) == 0;
}
#endif

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
        near_squared_(too_close_ * too_close_ * (1.0 + 1e-6)),
        two_k_(2.0 * grid_k),
        two_k_squared_(two_k_ * two_k_),
        columns_(static_cast<std::size_t>(topology.extent()[0] / two_k_ + 1.0)),
        rows_(static_cast<std::size_t>(topology.extent()[1] / two_k_ + 1.0)),
        cell_of_(position.size()),
        cell_start_(rows_ * columns_ + 1),
        members_(position.size()),
        slot_(position.size()),
        sorted_x_(position.size()),
        sorted_y_(position.size()) {}

  // Zeroes the displacements, then repels the pairs of the grid, vertex by vertex in
  // Boost's order. A vertex's pairs are listed first with the difference of their
  // positions, and their forces computed two at a time (SSE2: the same IEEE operations
  // on two lanes); when none of them is closer than maybe_jitter_point's threshold, no
  // vertex moves while Boost would apply them one by one, so adding the forces in the
  // listed order is what Boost does. Otherwise (vertices bound to the same corner of
  // the box, say) that vertex's pairs are applied one by one, jitter included, and the
  // next vertex's pairs are listed from the positions they leave.
  void repel() {
    std::fill(displacement_.begin(), displacement_.end(), Delta());
    fill_cells();
    for (std::size_t row = 0; row < rows_; ++row)
      for (std::size_t column = 0; column < columns_; ++column) {
        const Neighbourhood cell = neighbourhood(row, column);
        reserve(2 * (cell.end - cell.begin) + cell.neighbours);
        for (std::size_t i = cell.begin; i < cell.end; ++i) {
          const std::size_t listed = list_pairs(i, cell);
          if (forces_of_pairs(listed))
            add_pushes(i, cell.end - i - 1, listed);
          else
            apply_pairs(i, cell);
        }
      }
  }

  // The last pass (row 23.451): Boost computes its forces and then stops, the
  // temperature being 0, so all that pass does to the positions is jitter: a vertex
  // closer to the other of a pair than maybe_jitter_point's threshold is moved, pair
  // by pair in Boost's order, as repel() and attract() move it. A vertex's pairs are
  // listed as repel() lists them; when none is within a hair above the threshold
  // (squared distances, a margin far above their rounding), none jitters and nothing
  // is computed; else its pairs are applied one by one, as repel() does. Then the
  // edges' jitter, in their order. No force is computed that nothing would use.
  void jitter(const std::vector<Edge>& edges) {
    fill_cells();
    for (std::size_t row = 0; row < rows_; ++row)
      for (std::size_t column = 0; column < columns_; ++column) {
        const Neighbourhood cell = neighbourhood(row, column);
        reserve(2 * (cell.end - cell.begin) + cell.neighbours);
        for (std::size_t i = cell.begin; i < cell.end; ++i)
          if (any_near(list_pairs(i, cell))) apply_pairs(i, cell);
      }
    for (const Edge& e : edges) jittered_distance(e.second, e.first);
  }
  // (fill_cells(), list_pairs() and list_neighbours() are called from repel() and
  // jitter(): always inlined, as they were with one caller, so repel()'s loop keeps its
  // values in registers rather than passing them to a call per vertex and run.)

  // Adds the pushes of members_[i]'s pairs to the displacements, in Boost's order. The
  // first `in_cell` are the later vertices of its cell, each pushed by members_[i] and
  // then pushing it back (list_pairs() lists them once): the push back has the same
  // distance, from the exact negation of the difference, so it is the exact negation
  // of the push, and adding it is subtracting the push (IEEE: a + (-b) is a - b), the
  // same bits. Every other vertex is pushed once. members_[i]'s sum is kept in
  // registers, added to in the same order, and stored once: the same bits, without
  // each addition waiting for the store of the one before.
  // (With SSE2 x and y are added side by side: the same two additions.)
  void add_pushes(std::size_t i, std::size_t in_cell, std::size_t listed) {
    Delta& du = displacement_[members_[i]];
    std::size_t p = 0;
#if defined(__SSE2__)
    __m128d u = _mm_loadu_pd(&du[0]);
    for (; p < in_cell; ++p) {
      double* d = &displacement_[to_[p]][0];
      const __m128d push = _mm_loadu_pd(&push_[2 * p]);
      _mm_storeu_pd(d, _mm_add_pd(_mm_loadu_pd(d), push));
      u = _mm_sub_pd(u, push);
    }
    _mm_storeu_pd(&du[0], u);
    for (; p < listed; ++p) {
      double* d = &displacement_[to_[p]][0];
      _mm_storeu_pd(d, _mm_add_pd(_mm_loadu_pd(d), _mm_loadu_pd(&push_[2 * p])));
    }
#else
    double ux = du[0], uy = du[1];
    for (; p < in_cell; ++p) {
      Delta& d = displacement_[to_[p]];
      d[0] += push_[2 * p];
      d[1] += push_[2 * p + 1];
      ux -= push_[2 * p];
      uy -= push_[2 * p + 1];
    }
    du[0] = ux;
    du[1] = uy;
    for (; p < listed; ++p) {
      Delta& d = displacement_[to_[p]];
      d[0] += push_[2 * p];
      d[1] += push_[2 * p + 1];
    }
#endif
  }

  // Boost's attractive forces along every edge, in their order (row 23.452). The
  // difference of each edge's ends and the pull it scales (dist * dist / k, over dist)
  // are computed first, two edges at a time with SSE2 (the same IEEE operations, the
  // distance by the hypot steps of forces_of_pairs_sse2()); when no edge's ends are
  // closer than maybe_jitter_point's threshold no vertex moves while Boost applies
  // them, so the pulls are added in edge order from these, the same bits. Otherwise
  // every edge is applied one by one, jitter included, as attract(e) does.
  void attract(const std::vector<Edge>& edges) {
    const std::size_t m = edges.size();
    if (edge_dx_.size() < m) {
      edge_dx_.resize(m);
      edge_dy_.resize(m);
      edge_scale_.resize(m);
    }
    for (std::size_t i = 0; i < m; ++i) {
      const Point& pu = position_[edges[i].second];
      const Point& pv = position_[edges[i].first];
      edge_dx_[i] = pv[0] - pu[0];
      edge_dy_[i] = pv[1] - pu[1];
    }
    if (!pulls(m)) {
      for (const Edge& e : edges) attract(e);
      return;
    }
    for (std::size_t i = 0; i < m; ++i) {
      const double px = edge_scale_[i] * edge_dx_[i], py = edge_scale_[i] * edge_dy_[i];
      Delta& dv = displacement_[edges[i].first];
      dv[0] = dv[0] - px;
      dv[1] = dv[1] - py;
      Delta& du = displacement_[edges[i].second];
      du[0] = du[0] + px;
      du[1] = du[1] + py;
    }
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
    sorted_x_[slot_[u]] = position_[u][0];
    sorted_y_[slot_[u]] = position_[u][1];
    return topology_.distance(position_[u], position_[v]);
  }

  // The topology's distance from the origin to (dx, dy): the length of a difference of two
  // positions, as Boost's distance() of the two points computes it (the scalar steps of
  // pulls() and forces_of_pairs()).
  double length_of(double dx, double dy) const {
    Point origin, p;
    origin[0] = origin[1] = 0.0;
    p[0] = dx;
    p[1] = dy;
    return topology_.distance(origin, p);
  }

  // The scale (fa / dist) of the first `count` edges' pulls into edge_scale_, from
  // the differences of their ends (edge_dx_, edge_dy_); false when the ends of one are
  // closer than maybe_jitter_point's threshold (Boost would then move a vertex).
  bool pulls(std::size_t count) {
    std::size_t i = 0;
    bool apart = true;
#if defined(__SSE2__)
    const __m128d sign = _mm_set1_pd(-0.0), one = _mm_set1_pd(1.0);
    const __m128d eps = _mm_set1_pd(std::numeric_limits<double>::epsilon());
    const __m128d k = _mm_set1_pd(k_), close = _mm_set1_pd(too_close_);
    __m128d any_close = _mm_setzero_pd();
    for (; i + 2 <= count; i += 2) {
      const __m128d dx = _mm_loadu_pd(&edge_dx_[i]), dy = _mm_loadu_pd(&edge_dy_[i]);
      const __m128d ax = _mm_andnot_pd(sign, dx), ay = _mm_andnot_pd(sign, dy);
      const __m128d x = _mm_max_pd(ay, ax), y = _mm_min_pd(ay, ax);
      const __m128d rat = _mm_div_pd(y, x);
      const __m128d far = _mm_mul_pd(x, _mm_sqrt_pd(_mm_add_pd(one, _mm_mul_pd(rat, rat))));
      const __m128d flat = _mm_cmpge_pd(_mm_mul_pd(x, eps), y);
      const __m128d dist = _mm_or_pd(_mm_and_pd(flat, x), _mm_andnot_pd(flat, far));
      any_close = _mm_or_pd(any_close, _mm_cmplt_pd(dist, close));
      _mm_storeu_pd(&edge_scale_[i], _mm_div_pd(_mm_div_pd(_mm_mul_pd(dist, dist), k), dist));
    }
    apart = _mm_movemask_pd(any_close) == 0;
#endif
    for (; i < count; ++i) {
      const double dist = length_of(edge_dx_[i], edge_dy_[i]);
      apart = apart && !(dist < too_close_);
      const double fa = dist * dist / k_;
      edge_scale_[i] = fa / dist;
    }
    return apart;
  }

  // Whether one of the first `count` listed pairs may be closer than too_close_: its
  // squared distance at most too_close_ squared and a millionth. The distance
  // maybe_jitter_point compares is within a few units in the last place of the true
  // one, as is the squared sum of the true square: a pair this passes over is apart.
  bool any_near(std::size_t count) const {
    bool near = false;
    for (std::size_t p = 0; p < count; ++p)
      near |= diff_x_[p] * diff_x_[p] + diff_y_[p] * diff_y_[p] <= near_squared_;
    return near;
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

  // The force of each of the first `count` listed pairs into push_ (x, y), as
  // repel() computes it from the difference (diff_x_, diff_y_: pushed minus pushing);
  // false when a pair is closer than maybe_jitter_point's threshold (Boost would then
  // move a vertex in the middle of the pairs).
  bool forces_of_pairs(std::size_t count) {
    std::size_t i = 0;
    bool apart = true;
#if defined(GAZETTE_FORCES_AVX)
    if (has_avx && allow_avx)
      apart = forces_avx(count, i, diff_x_.data(), diff_y_.data(), push_.data(), k_ * k_, too_close_);
#endif
#if defined(__SSE2__)
    apart = forces_of_pairs_sse2(count, i) && apart;
#endif
    for (; i < count; ++i) {
      const double dist = length_of(diff_x_[i], diff_y_[i]);
      apart = apart && !(dist < too_close_);
      const double fr = k_ * k_ / dist;
      push_[2 * i] = (fr / dist) * diff_x_[i];
      push_[2 * i + 1] = (fr / dist) * diff_y_[i];
    }
    return apart;
  }

#if defined(__SSE2__)
  // Pairs two at a time from `i` (left after the last even pair). The distance is
  // boost::math::hypot(boost::math::hypot(0, dx), dy) with its steps: the inner call is
  // |dx|; the outer one, with x the larger and y the smaller of |dx| and |dy|, is x
  // when x * epsilon >= y, else x * sqrt(1 + (y / x)^2).
  bool forces_of_pairs_sse2(std::size_t count, std::size_t& i) {
    const __m128d sign = _mm_set1_pd(-0.0), one = _mm_set1_pd(1.0);
    const __m128d eps = _mm_set1_pd(std::numeric_limits<double>::epsilon());
    const __m128d kk = _mm_set1_pd(k_ * k_), close = _mm_set1_pd(too_close_);
    __m128d any_close = _mm_setzero_pd();
    for (; i + 2 <= count; i += 2) {
      const __m128d dx = _mm_loadu_pd(&diff_x_[i]), dy = _mm_loadu_pd(&diff_y_[i]);
      const __m128d ax = _mm_andnot_pd(sign, dx), ay = _mm_andnot_pd(sign, dy);
      const __m128d x = _mm_max_pd(ay, ax), y = _mm_min_pd(ay, ax);  // swapped when |dy| > |dx|
      const __m128d rat = _mm_div_pd(y, x);
      const __m128d far = _mm_mul_pd(x, _mm_sqrt_pd(_mm_add_pd(one, _mm_mul_pd(rat, rat))));
      const __m128d flat = _mm_cmpge_pd(_mm_mul_pd(x, eps), y);
      const __m128d dist = _mm_or_pd(_mm_and_pd(flat, x), _mm_andnot_pd(flat, far));
      any_close = _mm_or_pd(any_close, _mm_cmplt_pd(dist, close));
      const __m128d scale = _mm_div_pd(_mm_div_pd(kk, dist), dist);  // (k * k / dist) / dist
      const __m128d px = _mm_mul_pd(scale, dx), py = _mm_mul_pd(scale, dy);
      _mm_storeu_pd(&push_[2 * i], _mm_unpacklo_pd(px, py));
      _mm_storeu_pd(&push_[2 * i + 2], _mm_unpackhi_pd(px, py));
    }
    return _mm_movemask_pd(any_close) == 0;
  }
#endif

  // A cell's vertices (members_[begin, end)) and its neighbouring cells in Boost's
  // order (rows above to below, columns left to right, the cell itself left out) as
  // runs of consecutive cells: members_[runs[k].first, runs[k].second).
  struct Neighbourhood {
    std::size_t begin = 0, end = 0;
    std::pair<std::size_t, std::size_t> runs[4];
    std::size_t run_count = 0, neighbours = 0;
  };

  Neighbourhood neighbourhood(std::size_t row, std::size_t column) const {
    Neighbourhood nb;
    const std::size_t here = row * columns_ + column;
    nb.begin = cell_start_[here];
    nb.end = cell_start_[here + 1];
    const std::size_t r0 = row == 0 ? 0 : row - 1, r1 = std::min(row + 1, rows_ - 1);
    const std::size_t c0 = column == 0 ? 0 : column - 1, c1 = std::min(column + 1, columns_ - 1);
    auto run = [&](std::size_t r, std::size_t first, std::size_t last) {  // cells first..last-1 of row r
      if (first >= last) return;
      nb.runs[nb.run_count] = {cell_start_[r * columns_ + first], cell_start_[r * columns_ + last]};
      nb.neighbours += nb.runs[nb.run_count].second - nb.runs[nb.run_count].first;
      ++nb.run_count;
    };
    if (r0 < row) run(r0, c0, c1 + 1);
    run(row, c0, column);
    run(row, column + 1, c1 + 1);
    if (r1 > row) run(r1, c0, c1 + 1);
    return nb;
  }

  // Boost's pairs of members_[i], one by one: with each later vertex of its cell both
  // ways, then against the vertices of the neighbouring cells closer than 2k (squared
  // distances, as compute_layout's grid always compared them).
  void apply_pairs(std::size_t i, const Neighbourhood& cell) {
    const std::size_t u = members_[i];
    for (std::size_t j = i + 1; j < cell.end; ++j) {
      repel(u, members_[j]);
      repel(members_[j], u);
    }
    for (std::size_t k = 0; k < cell.run_count; ++k)
      for (std::size_t o = cell.runs[k].first; o < cell.runs[k].second; ++o) {
        const std::size_t other = members_[o];
        const double dx = position_[u][0] - position_[other][0];
        const double dy = position_[u][1] - position_[other][1];
        if (dx * dx + dy * dy < two_k_squared_) repel(u, other);
      }
  }

  // Lists the pairs of members_[i] as apply_pairs() applies them: the pushed vertex in
  // to_, the difference of the positions (pushed minus pushing) in diff_x_, diff_y_; a
  // later vertex of its cell once, for both its pairs (add_pushes() negates the push
  // for the pair back); a neighbour's pair is written, then kept only when it is closer
  // than 2k (no branch to mispredict). Returns how many are listed.
  [[gnu::always_inline]] std::size_t list_pairs(std::size_t i, const Neighbourhood& cell) {
    std::size_t n = 0;
    const double ux = sorted_x_[i], uy = sorted_y_[i];
    for (std::size_t j = i + 1; j < cell.end; ++j) n = put(n, members_[j], sorted_x_[j] - ux, sorted_y_[j] - uy);
#if defined(GAZETTE_FORCES_AVX)
    if (has_avx2 && allow_avx)
      return neighbours_avx2(n, cell.runs, cell.run_count, sorted_x_.data(), sorted_y_.data(), members_.data(), ux,
                             uy, two_k_squared_, to_.data(), diff_x_.data(), diff_y_.data());
#endif
    for (std::size_t k = 0; k < cell.run_count; ++k) n = list_neighbours(n, ux, uy, cell.runs[k]);
    return n;
  }

  // The neighbours members_[run.first, run.second) of the vertex at (ux, uy) closer
  // than 2k, appended from pair `n` on; returns the new count. A neighbour receives
  // one force from the vertex, so the order they are listed in does not change the
  // sums. The test is apply_pairs()': dx * dx + dy * dy < 4k^2 with dx = ux - x
  // (here x - ux, its exact negation: the same square).
  [[gnu::always_inline]] std::size_t list_neighbours(std::size_t n, double ux, double uy,
                                                     std::pair<std::size_t, std::size_t> run) {
    std::size_t o = run.first;
#if defined(__SSE2__)
    const __m128d vux = _mm_set1_pd(ux), vuy = _mm_set1_pd(uy), limit = _mm_set1_pd(two_k_squared_);
    for (; o + 2 <= run.second; o += 2) {
      const __m128d dx = _mm_sub_pd(_mm_loadu_pd(&sorted_x_[o]), vux);
      const __m128d dy = _mm_sub_pd(_mm_loadu_pd(&sorted_y_[o]), vuy);
      const __m128d squared = _mm_add_pd(_mm_mul_pd(dx, dx), _mm_mul_pd(dy, dy));
      const int near = _mm_movemask_pd(_mm_cmplt_pd(squared, limit));
      to_[n] = static_cast<std::uint32_t>(members_[o]);
      _mm_storel_pd(&diff_x_[n], dx);
      _mm_storel_pd(&diff_y_[n], dy);
      n += static_cast<std::size_t>(near & 1);
      to_[n] = static_cast<std::uint32_t>(members_[o + 1]);
      _mm_storeh_pd(&diff_x_[n], dx);
      _mm_storeh_pd(&diff_y_[n], dy);
      n += static_cast<std::size_t>(near >> 1);
    }
#endif
    for (; o < run.second; ++o) {
      const double dx = ux - sorted_x_[o], dy = uy - sorted_y_[o];
      put(n, members_[o], sorted_x_[o] - ux, sorted_y_[o] - uy);
      n += dx * dx + dy * dy < two_k_squared_;
    }
    return n;
  }

  std::size_t put(std::size_t n, std::size_t to, double diff_x, double diff_y) {
    to_[n] = static_cast<std::uint32_t>(to);
    diff_x_[n] = diff_x;
    diff_y_[n] = diff_y;
    return n + 1;
  }

  // Room for `pairs` pairs, and three more that neighbours_avx2() may write past the last.
  void reserve(std::size_t pairs) {
    pairs += 3;
    if (to_.size() >= pairs) return;
    to_.resize(pairs);
    diff_x_.resize(pairs);
    diff_y_.resize(pairs);
    push_.resize(2 * pairs);
  }

  std::size_t cell(double coordinate, double size, std::size_t count) const {
    const double c = (coordinate + size / 2.0) / two_k_;
    if (!(c > 0)) return 0;
    return std::min(static_cast<std::size_t>(c), count - 1);
  }

  // The vertices of each cell, in vertex order (a counting sort).
  [[gnu::always_inline]] void fill_cells() {
    const auto extent = topology_.extent();
    std::fill(cell_start_.begin(), cell_start_.end(), 0);
    for (std::size_t v = 0; v < position_.size(); ++v) {
      cell_of_[v] = cell(position_[v][1], extent[1], rows_) * columns_ + cell(position_[v][0], extent[0], columns_);
      ++cell_start_[cell_of_[v] + 1];
    }
    for (std::size_t c = 1; c < cell_start_.size(); ++c) cell_start_[c] += cell_start_[c - 1];
    std::vector<std::size_t>& next = scratch_;
    next.assign(cell_start_.begin(), cell_start_.end() - 1);
    for (std::size_t v = 0; v < position_.size(); ++v) {
      slot_[v] = next[cell_of_[v]]++;
      members_[slot_[v]] = v;
      sorted_x_[slot_[v]] = position_[v][0];
      sorted_y_[slot_[v]] = position_[v][1];
    }
  }

  const Topology& topology_;
  std::vector<Point>& position_;
  std::vector<Delta> displacement_;
  double k_, too_close_, near_squared_, two_k_, two_k_squared_;
  std::size_t columns_, rows_;
  std::vector<std::size_t> cell_of_, cell_start_, members_, scratch_;
  std::vector<std::size_t> slot_;  // vertex -> its place in members_
  // The positions in members_' order, x and y apart (kept in step by jitter).
  std::vector<double> sorted_x_, sorted_y_;
  // The repulsive pairs of a vertex (list_pairs), in Boost's order: the vertex pushed,
  // the difference of the positions, the force.
  std::vector<std::uint32_t> to_;
  std::vector<double> diff_x_, diff_y_;
  std::vector<double> push_;  // the forces, x and y of each pair side by side
  // Each edge's difference of its ends (v minus u) and the scale of its pull (attract()).
  std::vector<double> edge_dx_, edge_dy_, edge_scale_;
};

}  // namespace

bool set_avx(bool allowed) {
#if defined(GAZETTE_FORCES_AVX)
  const bool before = allow_avx;
  allow_avx = allowed;
  return before && has_avx;
#else
  (void)allowed;
  return false;
#endif
}

void fruchterman_reingold(const Topology& topology, std::vector<Point>& position, const std::vector<Edge>& edges,
                          double grid_k, int iterations, double temperature) {
  if (position.empty()) return;
  Forces forces(topology, position, grid_k);
  boost::linear_cooling<double> cool(static_cast<std::size_t>(iterations), temperature);
  // As Boost: the forces of a step are computed before the temperature is known, so
  // the last pass (temperature 0) moves nothing but may still jitter: that pass, known
  // from a copy of the cooling, only jitters (row 23.451).
  while (true) {
    if (boost::linear_cooling<double> next = cool; !next()) {
      forces.jitter(edges);
      break;
    }
    forces.repel();
    forces.attract(edges);
    forces.move(cool());
  }
}

}  // namespace gazette::force_layout
