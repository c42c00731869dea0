// Node-link JSON export of the KnowledgeGraph: networkx's node_link format, so
// `networkx.node_link_graph(json.load(f))` gives a MultiDiGraph, and d3 reads it too.
//
// FORMAT
//   {"directed": true, "multigraph": true, "graph": {"generator": "gazette X.Y.Z"},
//    "nodes": [{"id": "n0", "label", "type", "gazetteer_id" (null if none), "key",
//               "mentions", "documents", "first_date", "last_date" (null if unknown),
//               "aliases": [...], "degree_in", "degree_out", "pagerank", "betweenness",
//               "component", "color": "#rrggbb"}],
//    "links": [{"source": "n0", "target": "n1", "key": "e0", "id": "e0", "type", "label",
//               "role" (null if none), "weight", "evidence_count", "first_date",
//               "last_date", "samples": [{"document", "date", "text"}]}]}
//   Measures are rounded by round_measure() (exporter.hpp). Ids are those of the
//   GraphML and GEXF exports; a link's "key" (networkx's multigraph edge key) is its
//   edge id, as networkx.read_graphml keys edges.
//   Written with RapidJSON; strings are UTF-8 (invalid bytes become U+FFFD).
#pragma once

#include "gazette/graph.hpp"

#include <ostream>
#include <string>

namespace gazette {

void write_json_graph(const KnowledgeGraph& g, std::ostream& out);
// Atomic replacement (exporter.hpp); throws std::runtime_error naming the file.
void write_json_graph_file(const KnowledgeGraph& g, const std::string& path);

}  // namespace gazette
