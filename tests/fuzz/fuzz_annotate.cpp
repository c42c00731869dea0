// libFuzzer target: arbitrary bytes through everything one document goes through
// between ingestion and export, so no input can crash, hang or corrupt memory.
//
// For each input:
//   1. as a .txt document: looks_binary() skip and sanitize_utf8(), exactly as
//      ingest.cpp does, then Pipeline::annotate(), write_annotation_jsonl() and
//      explain(); the annotation is also added to a GraphBuilder and written as
//      GraphML, GEXF and JSON, and stored in an in-memory SQLite database
//      (SqliteWriter, as `build` does); its JSONL line is read back as `merge` reads
//      a shard (graph_document_from_jsonl);
//   2. as an HTML page (when it contains '<'): html_to_text(), then as in 1;
//   3. as JSONL on standard input: read_inputs({"-"}) with std::cin reading the
//      bytes, each document read annotated and written as in 1;
//   4. as data files: a gazetteer (.jsonl and .tsv) and a rules file (.json), loaded
//      into an empty Lexicons (the loaders `check-data` and --rules run);
//   5. each line as a `merge` shard line (graph_document_from_jsonl), the documents
//      read added to a graph, which is written as in 1.
// What is written is checked: the JSONL record is one line ending in '\n' and
// parses as UTF-8 JSON, GraphML and GEXF are well-formed XML 1.0, the JSON graph
// parses; anything else aborts.
//
// Build: cmake -DGAZETTE_FUZZ=ON with clang (scripts/fuzz.sh does it). Seeds are in
// tests/fuzz/corpus/; crashing inputs go to tests/fuzz/crashes/.
#include "gazette/annotation_io.hpp"
#include "gazette/explain.hpp"
#include "gazette/gexf.hpp"
#include "gazette/graph.hpp"
#include "gazette/graph_jsonl.hpp"
#include "gazette/graphml.hpp"
#include "gazette/ingest.hpp"
#include "gazette/json_graph.hpp"
#include "gazette/lexicon.hpp"
#include "gazette/pipeline.hpp"
#include "gazette/sqlite.hpp"
#include "gazette/text.hpp"

#include <rapidjson/document.h>

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>
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

bool valid_json(const std::string& s) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseValidateEncodingFlag>(s.data(), s.size());
  return !d.HasParseError();
}

// Well-formed XML 1.0, as far as gazette's writers can go wrong: elements nest and
// close by name, attribute values are quoted, '<' never and '&' only as a reference
// appears in text or values, and no character XML 1.0 forbids (C0 controls other
// than tab, LF, CR; U+FFFE, U+FFFF; invalid UTF-8) appears anywhere.
bool well_formed_xml(const std::string& x) {
  std::string copy = x;
  if (gazette::sanitize_utf8(copy).invalid_sequences) return false;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const auto c = static_cast<unsigned char>(x[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
    if (c == 0xEF && i + 2 < x.size() && static_cast<unsigned char>(x[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(x[i + 2]) == 0xBE || static_cast<unsigned char>(x[i + 2]) == 0xBF))
      return false;
  }
  auto name_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == ':' || c == '_' || c == '-' || c == '.'; };
  auto reference = [&](std::size_t& i) {  // x[i] == '&'
    const auto semi = x.find(';', i);
    if (semi == std::string::npos || semi - i > 10) return false;
    const std::string r = x.substr(i + 1, semi - i - 1);
    const bool ok = r == "amp" || r == "lt" || r == "gt" || r == "quot" || r == "apos" ||
                    (r.size() > 1 && r[0] == '#' &&
                     (r[1] == 'x' ? r.size() > 2 && r.find_first_not_of("0123456789abcdefABCDEF", 2) == std::string::npos
                                  : r.find_first_not_of("0123456789", 1) == std::string::npos));
    i = semi;
    return ok;
  };
  std::vector<std::string> open;
  bool root_seen = false;
  std::size_t i = 0;
  while (i < x.size()) {
    if (x[i] == '&') { if (!reference(i)) return false; ++i; continue; }
    if (x[i] != '<') { ++i; continue; }
    if (x.compare(i, 2, "<?") == 0) { i = x.find("?>", i); if (i == std::string::npos) return false; i += 2; continue; }
    if (x.compare(i, 4, "<!--") == 0) { i = x.find("-->", i); if (i == std::string::npos) return false; i += 3; continue; }
    const bool closing = i + 1 < x.size() && x[i + 1] == '/';
    std::size_t j = i + (closing ? 2 : 1);
    const std::size_t name_start = j;
    while (j < x.size() && name_char(x[j])) ++j;
    if (j == name_start) return false;
    const std::string name = x.substr(name_start, j - name_start);
    if (closing) {
      while (j < x.size() && std::isspace(static_cast<unsigned char>(x[j]))) ++j;
      if (j >= x.size() || x[j] != '>' || open.empty() || open.back() != name) return false;
      open.pop_back();
      i = j + 1;
      continue;
    }
    if (open.empty() && root_seen) return false;  // one root element
    for (;;) {  // attributes
      while (j < x.size() && std::isspace(static_cast<unsigned char>(x[j]))) ++j;
      if (j >= x.size()) return false;
      if (x[j] == '>' || x.compare(j, 2, "/>") == 0) break;
      const std::size_t a = j;
      while (j < x.size() && name_char(x[j])) ++j;
      if (j == a || j >= x.size() || x[j] != '=' || j + 1 >= x.size() || (x[j + 1] != '"' && x[j + 1] != '\'')) return false;
      const char q = x[j + 1];
      j += 2;
      while (j < x.size() && x[j] != q) {
        if (x[j] == '<') return false;
        if (x[j] == '&' && !reference(j)) return false;
        ++j;
      }
      if (j >= x.size()) return false;
      ++j;
    }
    root_seen = true;
    if (x[j] == '>') { open.push_back(name); i = j + 1; }
    else i = j + 2;
  }
  return open.empty() && root_seen;
}

void write_graph(const gazette::KnowledgeGraph& g) {
  std::ostringstream graphml, gexf, json;
  gazette::write_graphml(g, graphml);
  check(graphml.good() && well_formed_xml(graphml.str()), "GraphML is well-formed XML");
  gazette::write_gexf(g, gexf);
  check(gexf.good() && well_formed_xml(gexf.str()), "GEXF is well-formed XML");
  gazette::write_json_graph(g, json);
  check(json.good() && valid_json(json.str()), "the JSON graph parses");
}

void process(const gazette::Document& doc) {
  const gazette::Annotation a = pipeline().annotate(doc);
  std::string line;
  gazette::write_annotation_jsonl(a, line);
  check(!line.empty() && line.back() == '\n', "a JSONL record ends with a newline");
  check(line.find('\n') == line.size() - 1, "a JSONL record is one line");
  check(valid_json(line), "a JSONL record parses as UTF-8 JSON");
  check(!gazette::explain(a).empty(), "explain() says something");
  gazette::GraphBuilder builder;
  builder.add(a);
  try {
    builder.add(gazette::graph_document_from_jsonl(std::string_view(line).substr(0, line.size() - 1)));
  } catch (const std::runtime_error&) {
    check(false, "merge reads back what annotate wrote");
  }
  write_graph(builder.finish());
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

void as_data_files(const std::string& bytes) {
  for (const char* name : {"fuzz.jsonl", "fuzz.tsv", "fuzz.json"}) {
    gazette::Diagnostics diag;
    gazette::Lexicons lex;
    (void)lex.load_text(name, bytes, diag);
    lex.finalize();
  }
}

void as_shard_lines(const std::string& bytes) {
  gazette::GraphBuilder builder;
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    auto nl = bytes.find('\n', pos);
    if (nl == std::string::npos) nl = bytes.size();
    try {
      builder.add(gazette::graph_document_from_jsonl(std::string_view(bytes).substr(pos, nl - pos)));
    } catch (const std::runtime_error&) {
    }
    pos = nl + 1;
  }
  write_graph(builder.finish());
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
  as_data_files(bytes);
  as_shard_lines(bytes);
  return 0;
}
