// Reading annotate JSONL back into the graph's input (src/io/graph_jsonl.cpp): the
// JSONL reader beside its writer (annotation_io.hpp); the graph (graph.hpp) knows no
// file format.
#pragma once

#include "gazette/graph.hpp"

#include <string_view>

namespace gazette {

// The GraphDocument of one line of `gazette annotate` output (annotation_io.hpp), for
// `gazette merge` of annotate JSONL. Keys, mention counts (names plus the resolved
// "references"), aliases, relations and evidence are those to_graph_document() gives
// for the annotation the line was written from, except that the line names entities
// by their canonical name with whitespace runs folded, a relation naming two entities
// of the same name goes to the first one, and a reference to the first of its name
// and type. throws
// std::runtime_error saying what is wrong (invalid JSON with its column, a missing
// field, an input document rather than an annotation).
// With `copy` given, a line with "duplicate_of" (annotate's copy of an earlier
// document of the same text) sets *copy and gives an empty GraphDocument: merge counts
// that document once, as build does.
GraphDocument graph_document_from_jsonl(std::string_view line, bool* copy = nullptr);

}  // namespace gazette
