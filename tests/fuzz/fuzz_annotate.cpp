// libFuzzer target: arbitrary bytes through everything one document goes through
// between ingestion and export, so no input can crash, hang or corrupt memory.
//
// For each input:
//   1. as a .txt document: looks_binary() skip and sanitize_utf8(), exactly as
//      ingest.cpp does, then Pipeline::annotate() and write_annotation_jsonl();
//      the annotation is also added to a GraphBuilder and written as GraphML, and
//      stored in an in-memory SQLite database (SqliteWriter, as `build` does);
//   2. as an HTML page (when it contains '<'): html_to_text(), then as in 1;
//   3. as JSONL on standard input: read_inputs({"-"}) with std::cin reading the
//      bytes, each document read annotated and written as in 1.
// The written JSONL must be one line ending in '\n'; anything else aborts.
//
// Build: cmake -DGAZETTE_FUZZ=ON with clang (scripts/fuzz.sh does it). Seeds are in
// tests/fuzz/corpus/; crashing inputs go to tests/fuzz/crashes/.
#include "gazette/annotation_io.hpp"
#include "gazette/graph.hpp"
#include "gazette/graphml.hpp"
#include "gazette/ingest.hpp"
#include "gazette/pipeline.hpp"
#include "gazette/sqlite.hpp"
#include "gazette/text.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

namespace {

const gazette::Pipeline& pipeline() {
  // Built once: loading the built-in data is what dominates start-up.
  static const auto* p = [] {
    gazette::Diagnostics diag;
    return new gazette::Pipeline(gazette::PipelineOptions{}, diag);
  }();
  return *p;
}

void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz_annotate: invariant broken: %s\n", what);
    std::abort();
  }
}

void process(const gazette::Document& doc) {
  const gazette::Annotation a = pipeline().annotate(doc);
  std::string line;
  gazette::write_annotation_jsonl(a, line);
  check(!line.empty() && line.back() == '\n', "a JSONL record ends with a newline");
  check(line.find('\n') == line.size() - 1, "a JSONL record is one line");
  gazette::GraphBuilder builder;
  builder.add(a);
  std::ostringstream xml;
  gazette::write_graphml(builder.finish(), xml);
  check(xml.good(), "GraphML written");
  gazette::SqliteWriter db;
  db.open(":memory:");
  check(db.add(a), "a new document is stored");
  db.commit();
}

void as_text(std::string bytes, std::string id) {
  if (gazette::looks_binary(bytes)) return;  // ingestion skips these
  gazette::Document doc;
  doc.id = doc.source = std::move(id);
  doc.text = std::move(bytes);
  gazette::sanitize_utf8(doc.text);
  process(doc);
}

void as_html(const std::string& bytes) {
  if (gazette::looks_binary(bytes)) return;
  std::string sanitized = bytes;
  gazette::sanitize_utf8(sanitized);
  gazette::Document doc;
  doc.id = doc.source = "fuzz.html";
  gazette::html_to_text(sanitized, doc.text, doc.title);
  process(doc);
}

void as_jsonl(const std::string& bytes) {
  std::istringstream in(bytes);
  auto* saved = std::cin.rdbuf(in.rdbuf());
  gazette::Diagnostics diag;
  gazette::read_inputs({"-"}, [](gazette::Document&& d) { process(d); }, diag);
  std::cin.rdbuf(saved);
  std::cin.clear();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)pipeline();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  as_text(bytes, "fuzz.txt");
  if (bytes.find('<') != std::string::npos) as_html(bytes);
  as_jsonl(bytes);
  return 0;
}
