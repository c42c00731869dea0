// gazette merge: one graph from per-shard outputs (scale-out, tools/dask/). Inputs
// are gazette SQLite databases (`gazette build --sqlite shardN.db ...`) and/or
// `gazette annotate` JSONL files; outputs are those of build.
//
//   * Databases are merged into the --sqlite (or -o DIR/graph.db) database with
//     SqliteWriter::merge (sqlite.hpp): one transaction, documents skipped by content
//     hash, entities merged by key. The graph exports are then made from that
//     database, as `gazette export` would. Without a database output the graph is
//     made from the shards directly, documents skipped by content hash the same way.
//   * Annotate JSONL has no document text, so it cannot become database rows (no
//     content hash to skip a document already stored, no sentences): its lines go to
//     the graph exports only (graph_document_from_jsonl, graph_jsonl.hpp), after the
//     databases' documents; a line repeated verbatim counts once, and a line with
//     "duplicate_of" (annotate's copy of an earlier document's text) not at all. Naming --sqlite with
//     a JSONL input is a usage error; with -o DIR, graph.db is then not written.
#include "commands.hpp"
#include "progress.hpp"

#include "gazette/graph_jsonl.hpp"
#include "gazette/sqlite.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <string_view>

#include <unistd.h>

namespace fs = std::filesystem;

namespace gazette::cli {

namespace {

enum class InputKind { Database, Jsonl };

// A database by its 16-byte header ("SQLite format 3\0"), anything else is JSONL.
InputKind kind_of(const std::string& path) {
  if (path == "-") return InputKind::Jsonl;
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw std::runtime_error(path + ": is a directory; name the shard files");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open");
  char header[16] = {};
  in.read(header, sizeof header);
  static constexpr char kMagic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
  return in.gcount() == 16 && std::equal(header, header + 16, kMagic) ? InputKind::Database : InputKind::Jsonl;
}

// Where the documents go, one at a time, in order: the graph builder when a graph is
// wanted (no list of the documents is kept: rows 23.135-23.139), counted.
struct DocumentSink {
  GraphBuilder* builder = nullptr;
  std::size_t count = 0;
  void add(const GraphDocument& d) {
    if (builder) builder->add(d);
    ++count;
  }
};

// Reads annotate JSONL lines into graph documents; a line seen before and a copy of an
// earlier document ("duplicate_of") are skipped.
// Returns the number of lines rejected (each reported as FILE:LINE: why).
std::size_t read_jsonl(const std::string& path, DocumentSink& docs, std::set<std::string>& seen) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) throw std::runtime_error(path + ": cannot open");
    in = &file;
  }
  const std::string shown = path == "-" ? std::string("<stdin>") : path;
  std::size_t rejected = 0, n = 0;
  bool first = true;
  std::string line;
  while (std::getline(*in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    if (!seen.insert(content_hash(line)).second) continue;
    try {
      bool copy = false;
      GraphDocument d = graph_document_from_jsonl(line, &copy);
      if (!copy) docs.add(d);
      first = false;
    } catch (const std::runtime_error& e) {
      // A file of input documents, not annotations: one error, not one a line.
      if (first && std::string_view(e.what()).find("input document") != std::string_view::npos)
        throw std::runtime_error(shown + ":" + std::to_string(n) + ": " + e.what());
      first = false;
      ProgressLine::get().note("gazette: " + terminal_safe(shown) + ":" + std::to_string(n) + ": error: " +
                               terminal_safe(e.what()) + ": line skipped");
      ++rejected;
    }
  }
  if (in->bad()) throw std::runtime_error(path + ": read error");
  return rejected;
}

void print_graph_summary(std::ostream& out, const KnowledgeGraph& g, std::size_t documents) {
  std::map<std::string, std::size_t> by_type, by_rel;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) ++by_type[g[v].type];
  for (auto e : boost::make_iterator_range(boost::edges(g))) ++by_rel[g[e].type];
  out << "\n" << documents << " documents, " << boost::num_vertices(g) << " entities, " << boost::num_edges(g)
            << " edges\nentities:  ";
  for (const auto& [t, n] : by_type) out << t << " " << n << "  ";
  out << "\nedges:     ";
  for (const auto& [t, n] : by_rel) out << t << " " << n << "  ";
  out << "\n";
}

// Sorts the inputs by kind and resolves the outputs; 0 when they make sense, else the
// exit code (the usage error is printed).
int resolve_merge_outputs(const std::vector<std::string>& inputs, bool quiet, Outputs& out,
                          std::vector<std::string>& databases, std::vector<std::string>& jsonl) {
  for (const auto& in : inputs) (kind_of(in) == InputKind::Database ? databases : jsonl).push_back(in);
  if (!jsonl.empty() && !out.sqlite.empty()) {
    std::cerr << "gazette merge: " << jsonl.front()
              << ": annotate JSONL has no document text, so it cannot be merged into a database "
                 "(--sqlite); merge it into --graphml/--gexf/--json, or build that shard with "
                 "`gazette build --sqlite` and merge the database\n";
    return 2;
  }
  if (!out.dir.empty() && !jsonl.empty()) {
    out.sqlite = "-";  // so that resolve_dir does not name DIR/graph.db
    resolve_dir(out);
    out.sqlite.clear();
    if (!quiet) std::cerr << "gazette merge: note: graph.db not written: annotate JSONL inputs go to the graph files only\n";
  } else {
    resolve_dir(out);
  }
  return 0;
}

bool graph_wanted(const Outputs& out) {
  return !out.graphml.empty() || !out.gexf.empty() || !out.json.empty() || !out.report.empty() || !out.csv.empty();
}

void shard_stage(std::size_t i, std::size_t n, const std::string& shard) {
  ProgressLine::get().stage("merging " + shard + " (" + std::to_string(i + 1) + " of " + std::to_string(n) + ")");
}

// Merges the database shards into out.sqlite; returns its documents when a graph is wanted.
void merge_into_database(const std::vector<std::string>& databases, const Outputs& out, std::ostream& info,
                         DocumentSink& docs) {
  auto& progress = ProgressLine::get();
  SqliteWriter db;
  db.open(out.sqlite, out.fresh);
  for (std::size_t i = 0; i < databases.size(); ++i) {
    const std::string& shard = databases[i];
    shard_stage(i, databases.size(), shard);
    const MergeStats s = db.merge(shard);
    progress.done(false);
    if (!out.quiet)
      progress.note(std::string("gazette merge: ") + terminal_safe(shard) + ": " + std::to_string(s.documents_added) +
                    " documents added, " + std::to_string(s.documents_skipped) + " already there, " +
                    std::to_string(s.entities_added) + " new entities, " + std::to_string(s.quotes_added) +
                    " quotes, " + std::to_string(s.relations_added) + " relations");
  }
  commit_database(db, out, info, "a new database (--fresh)");
  if (graph_wanted(out))
    for_each_graph_document(out.sqlite, [&](GraphDocument&& d, const std::string&) { docs.add(d); });
}

// The documents of the database shards, read directly; a document seen in an earlier
// shard (same content hash) is skipped.
void read_database_shards(const std::vector<std::string>& databases, DocumentSink& docs) {
  std::set<std::string> hashes;
  for (std::size_t k = 0; k < databases.size(); ++k) {
    const std::string& shard = databases[k];
    shard_stage(k, databases.size(), shard);
    for_each_graph_document(shard, [&](GraphDocument&& d, const std::string& hash) {
      if (hashes.insert(hash).second) docs.add(d);
    });
    ProgressLine::get().done(false);
  }
}

int run_merge(const std::vector<std::string>& inputs, bool quiet, Outputs& out) {
  out.quiet = quiet;
  std::vector<std::string> databases, jsonl;
  if (const int code = resolve_merge_outputs(inputs, quiet, out, databases, jsonl)) return code;
  const bool graph = graph_wanted(out);
  if (!graph && out.sqlite.empty()) {
    std::cerr << "gazette merge: name an output: -o DIR, --graphml, --gexf, --json or --sqlite\n";
    return 2;
  }
  if (auto why = check_outputs(out); !why.empty()) { std::cerr << "gazette merge: " << why << "\n"; return 2; }
  std::ostream& info = info_stream(out);
  auto& progress = ProgressLine::get();
  progress.enable(!quiet && (out.progress != 0 ? out.progress > 0 : isatty(STDERR_FILENO) != 0));

  std::optional<GraphBuilder> builder;
  if (graph) builder.emplace(graph_options(out));
  DocumentSink docs{builder ? &*builder : nullptr};
  if (out.sqlite.empty())
    read_database_shards(databases, docs);
  else
    merge_into_database(databases, out, info, docs);
  std::size_t rejected = 0;
  std::set<std::string> seen_lines;
  for (const auto& file : jsonl) rejected += read_jsonl(file, docs, seen_lines);

  if (graph && docs.count == 0 && rejected > 0) {
    // Every line rejected: the graph files of an earlier run stay as they are.
    std::cerr << "gazette merge: no documents read: no graph written\n";
    return 1;
  }
  if (graph) {
    progress.stage("measuring the graph");
    const KnowledgeGraph g = std::move(*builder).finish();
    progress.done(false);
    write_exports(g, out, out.sqlite);
    if (!quiet) print_graph_summary(info, g, docs.count);
  }
  return rejected > 0 ? 1 : 0;
}

}  // namespace

void add_merge(CLI::App& app, Commands& cmds) {
  auto* sub = app.add_subcommand(
      "merge",
      "Merge shard outputs into one graph: gazette databases (build --sqlite) and/or annotate JSONL; "
      "write SQLite, GraphML, GEXF and/or JSON as build does");
  auto inputs = std::make_shared<std::vector<std::string>>();
  auto quiet = std::make_shared<bool>(false);
  auto out = std::make_shared<Outputs>();
  sub->add_option("inputs", *inputs,
                  "Shards: gazette SQLite databases, or gazette annotate JSONL files (- for standard input; "
                  "graph outputs only)")
      ->required();
  add_output_options(*sub, *out);
  sub->add_option("--sqlite", out->sqlite,
                  "SQLite database to merge the database shards into; an existing one is updated (documents it "
                  "already has are skipped)");
  sub->add_flag("-q,--quiet", *quiet, "Print only errors: not what each shard added, nor notes, nor the summary");
  sub->add_flag("--fresh", out->fresh,
                "Replace an existing --sqlite (or -o DIR/graph.db) database instead of adding to it; the old one "
                "stays until the new one is complete");
  sub->add_flag("--progress,!--no-progress", out->progress,
                "Show progress on stderr (the shard being merged, then measuring and writing); default: on when "
                "stderr is a terminal");
  sub->callback([&cmds, inputs, quiet, out] {
    cmds.run = [inputs, quiet, out] { return run_merge(*inputs, *quiet, *out); };
  });
}

}  // namespace gazette::cli
