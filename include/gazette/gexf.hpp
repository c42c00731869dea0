// GEXF 1.3 export of the KnowledgeGraph, for Gephi (its native format).
//
// FORMAT
//   GEXF 1.3 (namespace http://gexf.net/1.3, viz http://gexf.net/1.3/viz), UTF-8.
//   <graph defaultedgetype="directed">, and mode="dynamic" timeformat="date" when
//   any node or edge has a date; then nodes and edges carry start/end (their first
//   and last document dates, inclusive) so Gephi's timeline replays the story.
//   Without dates the graph is mode="static".
//   Node and edge ids are "n0".. / "e0.." as in GraphML. Nodes: label, <viz:color>
//   per entity type (exporter.hpp) and attributes declared in
//   <attributes class="node">: type, gazetteer_id, key, mentions, documents, aliases,
//   degree_in, degree_out, pagerank, betweenness, component. Edges: label (= type),
//   weight (documents), and attributes type, role, evidence_count, sample.
//   With quote nodes (--quotes-as-nodes, QuoteNodes in exporter.hpp: read twice from
//   their source, nodes then edges, one quote at a time) the quotes
//   follow as nodes "q0".. (label = the text cut to 80 code points; attributes type
//   QUOTE, text, document, date, url, cue, kind; viz colour, position, size; start
//   and end = the document date) and edges SAID (speaker -> quote) and ABOUT (quote ->
//   entity) follow the relations, weight 1, with the quote's document and sample.
//   Measures are rounded by round_measure(). Empty strings are left out; no
//   timestamp is written, so output is deterministic.
// READERS
//   networkx 2.8 knows GEXF only up to 1.2draft: register the 1.3 namespaces in
//   networkx.readwrite.gexf.GEXF.versions (tests/clients/check_graph.py shows how).
#pragma once

#include "gazette/exporter.hpp"
#include "gazette/graph.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace gazette {

void write_gexf(const KnowledgeGraph& g, std::ostream& out, const QuoteNodes& quotes = {});
// Atomic replacement (exporter.hpp); throws std::runtime_error naming the file.
void write_gexf_file(const KnowledgeGraph& g, const std::string& path, const QuoteNodes& quotes = {});

}  // namespace gazette
