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
//     the graph exports only (graph_document_from_jsonl, graph.hpp), after the
//     databases' documents; a line repeated verbatim counts once. Naming --sqlite with
//     a JSONL input is a usage error; with -o DIR, graph.db is then not written.
#include "commands.hpp"

#include "gazette/sqlite.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string_view>

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

// Reads annotate JSONL lines into graph documents; a line seen before is skipped.
// Returns the number of lines rejected (each reported as FILE:LINE: why).
std::size_t read_jsonl(const std::string& path, std::vector<GraphDocument>& docs, std::set<std::string>& seen) {
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
      docs.push_back(graph_document_from_jsonl(line));
      first = false;
    } catch (const std::runtime_error& e) {
      // A file of input documents, not annotations: one error, not one a line.
      if (first && std::string_view(e.what()).find("input document") != std::string_view::npos)
        throw std::runtime_error(shown + ":" + std::to_string(n) + ": " + e.what());
      first = false;
      std::cerr << "gazette: " << terminal_safe(shown) << ":" << n << ": error: " << terminal_safe(e.what())
                << ": line skipped\n";
      ++rejected;
    }
  }
  if (in->bad()) throw std::runtime_error(path + ": read error");
  return rejected;
}

void print_graph_summary(const KnowledgeGraph& g, std::size_t documents) {
  std::map<std::string, std::size_t> by_type, by_rel;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) ++by_type[g[v].type];
  for (auto e : boost::make_iterator_range(boost::edges(g))) ++by_rel[g[e].type];
  std::cout << "\n" << documents << " documents, " << boost::num_vertices(g) << " entities, " << boost::num_edges(g)
            << " relations\nentities:  ";
  for (const auto& [t, n] : by_type) std::cout << t << " " << n << "  ";
  std::cout << "\nrelations: ";
  for (const auto& [t, n] : by_rel) std::cout << t << " " << n << "  ";
  std::cout << "\n";
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
  sub->add_flag("-q,--quiet", *quiet, "Do not print what each shard added, nor notes");
  sub->callback([&cmds, inputs, quiet, out] {
    cmds.run = [inputs, quiet, out] {
      std::vector<std::string> databases, jsonl;
      for (const auto& in : *inputs) (kind_of(in) == InputKind::Database ? databases : jsonl).push_back(in);
      if (!jsonl.empty() && !out->sqlite.empty()) {
        std::cerr << "gazette merge: " << jsonl.front()
                  << ": annotate JSONL has no document text, so it cannot be merged into a database "
                     "(--sqlite); merge it into --graphml/--gexf/--json, or build that shard with "
                     "`gazette build --sqlite` and merge the database\n";
        return 2;
      }
      if (!out->dir.empty() && !jsonl.empty()) {
        out->sqlite = "-";  // so that resolve_dir does not name DIR/graph.db
        resolve_dir(*out);
        out->sqlite.clear();
        if (!*quiet) std::cerr << "gazette merge: note: graph.db not written: annotate JSONL inputs go to the graph files only\n";
      } else {
        resolve_dir(*out);
      }
      const bool graph_wanted = !out->graphml.empty() || !out->gexf.empty() || !out->json.empty() || !out->report.empty();
      if (!graph_wanted && out->sqlite.empty()) {
        std::cerr << "gazette merge: name an output: -o DIR, --graphml, --gexf, --json or --sqlite\n";
        return 2;
      }

      std::vector<GraphDocument> docs;
      if (!out->sqlite.empty()) {
        SqliteWriter db;
        db.open(out->sqlite);
        for (const auto& shard : databases) {
          const MergeStats s = db.merge(shard);
          if (!*quiet)
            std::cerr << "gazette merge: " << shard << ": " << s.documents_added << " documents added, "
                      << s.documents_skipped << " already there, " << s.entities_added << " new entities, "
                      << s.quotes_added << " quotes, " << s.relations_added << " relations\n";
        }
        db.commit();
        std::cout << "SQLite:   " << out->sqlite << " (" << db.documents_added() << " documents added";
        if (db.documents_skipped()) std::cout << ", " << db.documents_skipped() << " already there";
        std::cout << ")\n";
        if (graph_wanted) docs = load_graph_documents(out->sqlite);
      } else {
        std::set<std::string> hashes;
        std::vector<std::string> shard_hashes;
        for (const auto& shard : databases) {
          auto shard_docs = load_graph_documents(shard, &shard_hashes);
          for (std::size_t i = 0; i < shard_docs.size(); ++i)
            if (hashes.insert(shard_hashes[i]).second) docs.push_back(std::move(shard_docs[i]));
        }
      }
      std::size_t rejected = 0;
      std::set<std::string> seen_lines;
      for (const auto& file : jsonl) rejected += read_jsonl(file, docs, seen_lines);

      if (graph_wanted && docs.empty() && rejected > 0) {
        // Every line rejected: the graph files of an earlier run stay as they are.
        std::cerr << "gazette merge: no documents read: no graph written\n";
        return 1;
      }
      if (graph_wanted) {
        GraphBuilder builder(graph_options(*out));
        for (const auto& d : docs) builder.add(d);
        const KnowledgeGraph g = builder.finish();
        write_exports(g, *out, out->sqlite);
        print_graph_summary(g, docs.size());
      }
      return rejected > 0 ? 1 : 0;
    };
  });
}

}  // namespace gazette::cli
