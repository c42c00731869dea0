// Fruchterman-Reingold force-directed placement of one connected component, the loop
// of compute_layout (graph.hpp). Reads: positions and edges; writes: positions.
//
// fruchterman_reingold() computes what boost::fruchterman_reingold_force_directed_layout
// computes with the grid force pairs of compute_layout (graph/layout.cpp), the same
// forces on the same pairs in the same order with the same floating-point operations,
// so the positions are bit for bit Boost's (tests/unit/force_layout_test.cpp runs both).
// It is faster because each repulsive pair's distance is computed once (Boost computes
// it twice, plus the box's diagonal, in maybe_jitter_point and the force), the grid is
// built in two flat arrays per iteration instead of a vector per cell, positions and
// displacements sit in plain arrays rather than behind property maps, and a vertex's
// neighbours in the next cells are tested against 2k two at a time (SSE2), or four at a
// time with the kept ones compacted by a table (AVX2, chosen at run time), from x and y
// kept apart in cell order. Two vertices of one cell push each other with forces that
// are exact negations of each other (the same distance): that force is computed once
// and the one back subtracted, the same bits; the forces are stored x and y side by
// side and added to the displacements two lanes at a time (the same two additions).
#pragma once

// topology.hpp uses these without including them.
#include <boost/random/uniform_01.hpp>
#include <boost/shared_ptr.hpp>
#include <boost/graph/topology.hpp>

#include <cstddef>
#include <random>
#include <utility>
#include <vector>

namespace gazette::force_layout {

using Topology = boost::rectangle_topology<std::minstd_rand>;
using Point = Topology::point_type;
using Edge = std::pair<std::size_t, std::size_t>;  // source, target (Boost's edge order)

// Moves `position` (one per vertex, laid out at random in `topology`) by `iterations`
// steps of linear cooling from `temperature`. Repulsion acts between vertices of the
// same and the eight neighbouring square cells of side 2 * grid_k that are closer than
// 2 * grid_k; attraction along `edges`, in their order. Jitter (two vertices on top of
// each other) draws from the topology's random generator, as Boost does.
void fruchterman_reingold(const Topology& topology, std::vector<Point>& position, const std::vector<Edge>& edges,
                          double grid_k, int iterations, double temperature);

// Whether fruchterman_reingold() may compute the forces four pairs at a time with AVX
// and test the neighbours four at a time with AVX2 when the processor has them (on by default; the positions are the same bits either
// way). Returns whether it was on and available before. For tests.
bool set_avx(bool allowed);

}  // namespace gazette::force_layout
