// GraphML export of the KnowledgeGraph, for Gephi, yEd, networkx and igraph.
//
// FORMAT
//   GraphML 1.0 (http://graphml.graphdrawing.org/xmlns), UTF-8, one <graph
//   edgedefault="directed">. Node ids "n0".. in vertex order, edge ids "e0".. in edge
//   order. Every <key> declares for, attr.name and attr.type:
//     node  label type gazetteer_id key (strings), mentions documents (int),
//           first_date last_date (string, YYYY-MM-DD), aliases (string, joined " | "),
//           degree_in degree_out (int), pagerank betweenness (double, round_measure()),
//           component (int),
//           r g b (int: Gephi reads them as the node colour; one colour per type)
//     edge  label (= type) type role (string), weight (double: documents),
//           evidence_count (int), first_date last_date sample (string: first sample text)
//   With quote nodes (--quotes-as-nodes, QuoteNodes in exporter.hpp: read twice from
//   their source, nodes then edges, one quote at a time) the quotes
//   follow the entities as nodes "q0".. of type QUOTE (label = the text cut to 80
//   code points; text document date url cue kind as node strings, declared only
//   then; r/g/b, x, y, size) and their edges follow the relations: SAID from the
//   speaker to the quote, ABOUT from the quote to each entity it is about (weight 1,
//   documents and samples of the quote's document).
//   Key ids are the attribute names for nodes and "e_<name>" for edges ("weight" keeps
//   its name, for tools that match on the id). Strings that are empty ("" role, unknown
//   date) are left out of the node or edge; numbers are always written.
//   The XML is written directly rather than with boost::write_graphml: that gives
//   per-key types, Gephi's r/g/b, edge ids, omitted empty strings, and removal of the
//   characters XML 1.0 forbids (boost escapes markup but passes control characters).
// ERRORS
//   write_graphml_file() replaces the file atomically (exporter.hpp) and throws
//   std::runtime_error naming the file on I/O failure.
#pragma once

#include "gazette/exporter.hpp"
#include "gazette/graph.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace gazette {

void write_graphml(const KnowledgeGraph& g, std::ostream& out, const QuoteNodes& quotes = {});
void write_graphml_file(const KnowledgeGraph& g, const std::string& path, const QuoteNodes& quotes = {});

}  // namespace gazette
