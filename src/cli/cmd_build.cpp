#include "commands.hpp"
#include "progress.hpp"

#include "gazette/annotation.hpp"
#include "gazette/csv.hpp"
#include "gazette/gexf.hpp"
#include "gazette/graph.hpp"
#include "gazette/graphml.hpp"
#include "gazette/json_graph.hpp"
#include "gazette/report.hpp"
#include "gazette/sqlite.hpp"

#include <algorithm>
#include <any>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <future>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>

#include <unistd.h>

namespace fs = std::filesystem;

namespace gazette::cli {

namespace {

// The relation types --exclude-type accepts, for its error message.
std::string relation_type_list() {
  std::string s;
  for (int i = 0; i <= static_cast<int>(RelationType::LocatedIn); ++i)
    s += (s.empty() ? "" : ", ") + std::string(to_string(static_cast<RelationType>(i)));
  return s;
}

}  // namespace

void add_output_options(CLI::App& sub, Outputs& o) {
  sub.add_option("-o,--output-dir", o.dir,
                 "Write DIR/graph.graphml, graph.gexf, graph.json and graph.db (an existing graph.db is added to, "
                 "unless --fresh)");
  sub.add_option("--graphml", o.graphml, "GraphML file (Gephi, networkx, igraph); - for standard output");
  sub.add_option("--gexf", o.gexf, "GEXF file (Gephi, with a timeline of edge dates); - for standard output");
  sub.add_option("--json", o.json, "Node-link JSON file (networkx node_link_graph, web viewers); - for standard output");
  sub.add_option("--min-docs", o.min_docs, "Drop entities seen in fewer documents (1 or more)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  sub.add_option("--exclude-type", o.exclude, "Relation type to leave out of the graph (repeatable): " + relation_type_list())
      ->allow_extra_args(false)
      ->check(CLI::Validator(
          [](std::string& v) {
            return parse_relation_type(v) ? std::string() : "unknown relation type '" + v + "' (one of " + relation_type_list() + ")";
          },
          "TYPE"));
  sub.add_option("--report", o.report, "HTML report: the graph to explore in a browser, with quotes and evidence");
  add_report_cap_options(sub, o.report_caps);
  sub.add_option("--csv", o.csv, "Directory for nodes.csv and edges.csv (Gephi's spreadsheet importer) and quotations.csv");
  sub.add_option("--samples", o.samples, "Evidence samples kept per edge")->capture_default_str();
  sub.add_option("--min-degree", o.min_degree, "Leave out entities with fewer relations in the graph files")->capture_default_str();
  sub.add_flag("--drop-isolates", o.drop_isolates, "Leave out entities without relations (= --min-degree 1)");
  sub.add_flag("--quotes-as-nodes", o.quotes_as_nodes,
               "GraphML and GEXF: each quote of a known speaker as a node (its words as label and text), with edges "
               "SAID from the speaker and ABOUT to the entities it is about; needs the database (-o DIR or --sqlite)");
}

void add_report_cap_options(CLI::App& sub, QuoteCaps& caps) {
  sub.add_option("--report-quotes-per-speaker", caps.per_speaker,
                 "HTML report: each speaker's latest quotes shown at most (0: all); the page counts the rest and gives "
                 "the SQL that lists them from the database")
      ->capture_default_str();
  sub.add_option("--report-max-quotes", caps.total,
                 "HTML report: quotes shown in all at most (0: no cap), every speaker cut to the same number if needed")
      ->capture_default_str();
}

std::string report_caps_summary(const QuoteSelection& selection) {
  std::string out = std::to_string(selection.shown) + " quotes of " + std::to_string(selection.total) + ":";
  if (selection.caps.per_speaker) out += " at most " + std::to_string(selection.caps.per_speaker) + " per speaker,";
  if (selection.caps.total) out += " at most " + std::to_string(selection.caps.total) + " in all,";
  return out + " the page gives the SQL for the rest";
}

void resolve_dir(Outputs& o) {
  if (o.dir.empty()) return;
  fs::create_directories(o.dir);
  auto in_dir = [&](std::string& f, const char* name) { if (f.empty()) f = (fs::path(o.dir) / name).string(); };
  in_dir(o.graphml, "graph.graphml");
  in_dir(o.gexf, "graph.gexf");
  in_dir(o.json, "graph.json");
  in_dir(o.sqlite, "graph.db");
  in_dir(o.report, "index.html");
}

std::string check_outputs(const Outputs& o) {
  if (o.sqlite == "-") return "the SQLite database cannot be written to standard output: name a file";
  if (o.report == "-") return "the HTML report cannot be written to standard output: name a file";
  const int to_stdout = (o.graphml == "-") + (o.gexf == "-") + (o.json == "-");
  if (to_stdout > 1) return "only one of --graphml, --gexf and --json can be - (standard output)";
  return {};
}

std::ostream& info_stream(const Outputs& o) {
  return o.graphml == "-" || o.gexf == "-" || o.json == "-" ? std::cerr : std::cout;
}

GraphOptions graph_options(const Outputs& o) {
  GraphOptions g;
  g.min_documents = o.min_docs;
  g.exclude_types.insert(o.exclude.begin(), o.exclude.end());
  g.max_samples = o.samples;
  g.min_degree = std::max(o.min_degree, o.drop_isolates ? 1 : 0);
  g.parallel = o.parallel;
  return g;
}

namespace {

// The graph files build and export write, in the order they are written and named.
enum class GraphFile : std::uint8_t { GraphML, Gexf, Json };
constexpr GraphFile kGraphFiles[] = {GraphFile::GraphML, GraphFile::Gexf, GraphFile::Json};

const std::string& graph_file_path(const Outputs& o, GraphFile f) {
  return f == GraphFile::GraphML ? o.graphml : f == GraphFile::Gexf ? o.gexf : o.json;
}

// One of the GraphML, GEXF and JSON files, when it is named: its path line to `info`
// (unless quiet), shown on the progress line while it is written.
void write_graph_file(const KnowledgeGraph& g, const Outputs& o, const QuoteNodes& qnodes,
                      GraphFile f, std::ostream& info) {
  const std::string& path = graph_file_path(o, f);
  if (path.empty()) return;
  ProgressLine::get().stage("writing " + (path == "-" ? std::string("standard output") : path));
  auto write = [&](std::ostream& os) {
    if (f == GraphFile::GraphML) write_graphml(g, os, qnodes);
    else if (f == GraphFile::Gexf) write_gexf(g, os, qnodes);
    else write_json_graph(g, os);
  };
  if (path == "-") {
    write(std::cout);
    std::cout.flush();
    if (!std::cout) throw std::runtime_error("error writing to standard output");
  } else if (f == GraphFile::GraphML) {
    write_graphml_file(g, path, qnodes);
  } else if (f == GraphFile::Gexf) {
    write_gexf_file(g, path, qnodes);
  } else {
    write_json_graph_file(g, path);
  }
  ProgressLine::get().done(false);
  const char* label = f == GraphFile::GraphML ? "GraphML:  " : f == GraphFile::Gexf ? "GEXF:     " : "JSON:     ";
  if (!o.quiet) info << label << (path == "-" ? "(standard output)" : path) << "\n";
}

// The Datasette metadata (DIR/metadata.json), when the database is DIR's; its path line
// to `info` (unless quiet).
bool metadata_wanted(const Outputs& o, const std::string& quotes_db) {
  return !o.dir.empty() && !quotes_db.empty() && fs::path(quotes_db).parent_path() == fs::path(o.dir);
}
void write_metadata_file(const Outputs& o, const std::string& quotes_db, std::ostream& info) {
  if (!metadata_wanted(o, quotes_db)) return;
  const auto metadata = (fs::path(o.dir) / "metadata.json").string();
  write_datasette_metadata(metadata, fs::path(quotes_db).stem().string());
  if (!o.quiet) info << "Datasette: " << metadata << "\n";
}

// The HTML report and the CSV files that are named, with the database's quotes
// (streamed: `quotes` reads them again at each call); each path line to `info` (unless
// quiet).
void write_quote_files(const KnowledgeGraph& g, const Outputs& o, const std::string& quotes_db,
                       const QuoteSource& quotes, std::ostream& info, const WrittenQuotes* written) {
  if (!o.report.empty()) {
    ProgressLine::get().stage("writing " + o.report);
    std::optional<QuoteSelection> selection;
    if (quotes_db.empty()) {
      write_report_file(g, std::vector<QuoteRecord>{}, o.report);
    } else if (written) {
      // Row 23.394: the selection of the quotes the writer kept, which are the
      // database's; every quote from memory when none is cut, else the selected ones
      // read from the database as below.
      selection = written->select(o.report_caps);
      ReportQuotes kept = report_quotes_from(quotes_db, *selection);
      if (!selection->capped()) kept.each = [written](const QuoteVisitor& visit) { written->each(visit); };
      write_report_file(g, kept, o.report);
    } else {  // a bounded selection, streamed from the database (rows 23.106-23.112)
      selection = select_quotes(quotes_db, o.report_caps);
      write_report_file(g, report_quotes_from(quotes_db, *selection), o.report);
    }
    ProgressLine::get().done(false);
    if (!o.quiet) info << "Report:   " << o.report << "\n";
    if (selection && selection->capped() && !o.quiet) info << "          " << report_caps_summary(*selection) << "\n";
  }
  if (!o.csv.empty()) {
    fs::create_directories(o.csv);
    write_csv_dir(g, quotes, o.csv);
    if (!o.quiet) {
      info << "CSV:      " << o.csv << "/nodes.csv, edges.csv, quotations.csv";
      if (quotes_db.empty()) info << " (no database: quotations.csv has no rows)";
      info << "\n";
    }
  }
}

}  // namespace

void write_exports(const KnowledgeGraph& g, const Outputs& o, const std::string& quotes_db,
                   const WrittenQuotes* written) {
  std::ostream& info = info_stream(o);
  const bool quote_nodes_wanted = o.quotes_as_nodes && (!o.graphml.empty() || !o.gexf.empty());
  if (quote_nodes_wanted && quotes_db.empty() && !o.quiet)
    std::cerr << "gazette: note: --quotes-as-nodes: no database (-o DIR or --sqlite), so no quote nodes\n";
  // In parallel, each graph file (which then needs no quotes) is written on a thread of
  // its own while this one reads the quotes and writes the rest: the three files are
  // independent, and the GraphML and GEXF files alone took longer than the quotes, the
  // report and the CSV files. The Datasette metadata too has a thread of its own: a
  // few KB, but its fsync (one journal commit, 30-100 ms on the 2-core VM) held up the
  // report behind it (row 23.150). The path lines are printed afterwards, in the order
  // of a sequential run, and the error thrown is the one a sequential run meets first:
  // every writer's result is collected, then the first error in the order graph files,
  // metadata, quote files is rethrown (row A946; the progress line is thread-safe: each
  // thread shows what it writes).
  const bool beside = o.parallel && !quote_nodes_wanted && o.graphml != "-" && o.gexf != "-" && o.json != "-";
  std::ostringstream graph_lines[std::size(kGraphFiles)], metadata_line;
  std::future<void> graph_files[std::size(kGraphFiles)], metadata;
  if (beside) {
    for (std::size_t i = 0; i < std::size(kGraphFiles); ++i)
      if (!graph_file_path(o, kGraphFiles[i]).empty())
        graph_files[i] = std::async(std::launch::async, [&g, &o, &graph_lines, i] {
          write_graph_file(g, o, {}, kGraphFiles[i], graph_lines[i]);
        });
    if (metadata_wanted(o, quotes_db))
      metadata = std::async(std::launch::async, [&o, &quotes_db, &metadata_line] {
        write_metadata_file(o, quotes_db, metadata_line);
      });
  }
  // The quotes are read from the database one at a time, again by each writer that
  // needs them (quotations.csv, the quote nodes), never held all (rows 23.135-23.139).
  // Row 23.394: or from the writer's memory, the same records in the same order.
  const QuoteSource quotes = [&quotes_db, written](const QuoteVisitor& visit) {
    if (quotes_db.empty()) return;
    if (written)
      written->each(visit);
    else
      for_each_quote(quotes_db, visit);
  };
  if (!beside) {
    const QuoteNodes qnodes = quote_nodes_wanted ? QuoteNodes(g, quotes) : QuoteNodes();
    for (const GraphFile f : kGraphFiles) write_graph_file(g, o, qnodes, f, info);
    write_metadata_file(o, quotes_db, info);
    write_quote_files(g, o, quotes_db, quotes, info, written);
    return;
  }
  std::ostringstream quote_lines;
  std::exception_ptr quote_error, first_error;
  try {
    write_quote_files(g, o, quotes_db, quotes, quote_lines, written);
  } catch (...) {
    quote_error = std::current_exception();
  }
  const auto collect = [&first_error](std::future<void>& f) {
    if (!f.valid()) return;
    try {
      f.get();
    } catch (...) {
      if (!first_error) first_error = std::current_exception();
    }
  };
  for (auto& f : graph_files) collect(f);
  collect(metadata);
  if (!first_error) first_error = quote_error;
  if (first_error) std::rethrow_exception(first_error);
  for (const auto& lines : graph_lines) info << lines.str();
  info << metadata_line.str() << quote_lines.str();
}

namespace {

void print_graph_lines(std::ostream& out, const KnowledgeGraph& g) {
  std::map<std::string, std::size_t> by_type, by_rel;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) ++by_type[g[v].type];
  for (auto e : boost::make_iterator_range(boost::edges(g))) ++by_rel[g[e].type];
  out << "entities:  ";
  for (const auto& [t, n] : by_type) out << t << " " << n << "  ";
  // Names the documents typed differently, settled by vote (graph.hpp TYPES).
  std::size_t conflicts = 0;
  std::map<std::string, std::size_t> settled_as;
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    if (g[v].type_votes.size() > 1) {
      ++conflicts;
      ++settled_as[g[v].type];
    }
  out << "\ntype conflicts: " << conflicts << " entities typed differently, settled by vote";
  if (conflicts) {
    out << " (as";
    for (const auto& [t, n] : settled_as) out << " " << t << " " << n;
    out << "; SQLite view type_conflicts lists them)";
  }
  out << "\nedges:     ";
  for (const auto& [t, n] : by_rel) out << t << " " << n << "  ";
  out << "\n";
}

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// What this run added, then what the graph now holds. `before` is the database as it
// was (nullptr when it was new or replaced); `after` the database as written
// (nullptr without --sqlite: the graph is then this run's alone).
struct RunCounts {
  std::size_t read = 0, added = 0, skipped = 0, quotes = 0, relations = 0;
  std::size_t repeated = 0, rejected = 0;  // IngestStats::duplicates, rejected_inputs
  std::map<std::string, std::size_t> speakers;
};

void print_summary(std::ostream& out, const KnowledgeGraph& g, const RunCounts& run, const SqliteTotals* before,
                   const SqliteTotals* after, const std::string& db_path) {
  out << "\n";
  if (before) {
    out << "added " << plural(run.added, "document", "documents") << " to an existing graph of "
        << plural(before->documents, "document", "documents") << " (" << db_path << ")";
    if (run.skipped) out << "; " << run.skipped << " already there";
    out << "\n";
  }
  out << "this run:  " << plural(run.read, "document", "documents") << " read, " << run.added << " added";
  if (run.skipped) out << ", " << run.skipped << " already in the graph";
  if (run.repeated) out << ", " << run.repeated << " repeated in the input (counted once)";
  if (run.rejected) out << ", " << plural(run.rejected, "input", "inputs") << " rejected (named above)";
  out << "; " << plural(run.quotes, "quote", "quotes") << ", " << plural(run.relations, "relation", "relations")
      << " in the added documents\n";
  std::vector<std::pair<std::string, std::size_t>> top;
  if (after) {
    out << "graph:     " << plural(after->documents, "document", "documents") << ", "
        << plural(boost::num_vertices(g), "entity", "entities") << ", " << plural(after->quotes, "quote", "quotes")
        << ", " << plural(boost::num_edges(g), "edge", "edges") << " (from " << after->relations << " relations)\n";
    top = after->speakers;
  } else {
    out << "graph:     " << plural(run.added, "document", "documents") << ", "
        << plural(boost::num_vertices(g), "entity", "entities") << ", " << plural(run.quotes, "quote", "quotes")
        << ", " << plural(boost::num_edges(g), "edge", "edges") << " (from " << run.relations << " relations)\n";
    for (const auto& [name, n] : run.speakers) top.emplace_back(name, n);
    std::sort(top.begin(), top.end(), [](const auto& x, const auto& y) { return x.second != y.second ? x.second > y.second : x.first < y.first; });
    if (top.size() > 8) top.resize(8);
  }
  print_graph_lines(out, g);
  out << "top speakers" << (after ? " (whole graph)" : "") << ":";
  if (top.empty()) out << " none";
  out << "\n";
  for (const auto& [name, n] : top) out << "  " << n << "  " << name << "\n";
}

}  // namespace

namespace {

// What build needs of a document besides its annotation, made from the annotation
// alone on the thread that annotated it (a worker with --jobs 2 or more; PrepareFn,
// runner.hpp), so the thread that runs the sink only checks, inserts and adds.
struct BuildDocument {
  GraphDocument graph;  // to_graph_document(a): one for both the database and the builder
  std::string hash;     // document_content_hash(*a.doc), when there is a database
};
BuildDocument prepare_build_document(const Annotation& a, bool has_db) {
  BuildDocument d{to_graph_document(a), {}};
  if (has_db) d.hash = document_content_hash(*a.doc);
  return d;
}

// What build does with each annotated document: adds it to the database (skipping one
// already there) and to the graph builder, and counts it.
struct BuildSink {
  SqliteWriter* db = nullptr;   // nullptr: no database output
  GraphBuilder& builder;
  bool existing_db = false;     // the graph is then read back from the database
  RunCounts run;
  std::map<std::string, std::string> speaker_names;  // merge key -> first name seen

  // `p`: prepare_build_document(a, db != nullptr).
  void operator()(const Annotation& a, const BuildDocument& p) {
    ++run.read;
    const GraphDocument* gd = nullptr;  // the graph form whose keys count speakers
    if (existing_db) {
      // The graph is read back from the database: only the database needs this document.
      if (!db->add(a, p.graph, p.hash)) { ++run.skipped; return; }  // already in the database
    } else {
      if (db && !db->add(a, p.graph, p.hash)) { ++run.skipped; return; }  // already in the database
      builder.add(p.graph);
      gd = &p.graph;
    }
    ++run.added;
    run.quotes += a.quotes.size();
    run.relations += a.relations.size();
    for (const auto& q : a.quotes)
      if (q.speaker >= 0) {
        // Count by merge key, as the graph does ("Sergei"/"Sergey Volkov" are one speaker):
        // the key the graph form gave the entity, when there is one.
        const auto i = static_cast<std::size_t>(q.speaker);
        const Entity& e = a.entities[i];
        const std::string key = gd ? gd->entities[gd->entity_refs[i]].key : entity_key(e);
        auto [it, fresh] = speaker_names.emplace(key, e.canonical);
        (void)fresh;
        ++run.speakers[it->second];
      }
  }
};

// The totals of the committed database the summary gives (none when quiet: nothing
// prints them). In parallel they are read beside the exports, on a read-only
// connection of their own (row 23.151), else before them: the same queries either way.
// An error reading them is thrown by the future's get(), after the exports are written,
// in either mode (row A946).
std::future<SqliteTotals> summary_totals(const Outputs& out, bool has_db) {
  std::future<SqliteTotals> totals;
  if (!has_db || out.quiet) return totals;
  totals = std::async(out.parallel ? std::launch::async : std::launch::deferred,
                      [&out] { return sqlite_totals(out.sqlite); });
  if (!out.parallel) totals.wait();
  return totals;
}

// 0 when the outputs make sense, else 2 (the usage error is printed).
int check_build_outputs(Outputs& out) {
  resolve_dir(out);
  if (out.graphml.empty() && out.gexf.empty() && out.json.empty() && out.sqlite.empty() && out.report.empty() &&
      out.csv.empty()) {
    std::cerr << "gazette build: name an output: -o DIR, --graphml, --gexf, --json, --sqlite, --report or --csv\n";
    return 2;
  }
  if (auto why = check_outputs(out); !why.empty()) { std::cerr << "gazette build: " << why << "\n"; return 2; }
  return 0;
}

int run_build(CommonOptions& o, Outputs& out) {
  out.quiet = o.quiet;
  if (const int code = check_build_outputs(out)) return code;
  Diagnostics diag;
  print_diagnostics(diag, o.quiet);
  const auto pipeline = make_pipeline(pipeline_options(o), diag);
  if (!pipeline) return 2;
  if (o.inputs.empty()) o.inputs.push_back("-");
  const bool has_db = !out.sqlite.empty();
  const bool existing_db = has_db && fs::exists(out.sqlite) && !out.fresh;
  std::optional<SqliteTotals> before;
  if (existing_db) before = sqlite_totals(out.sqlite);
  SqliteWriter db;
  if (has_db) db.open(out.sqlite, out.fresh);
  const auto ropt = run_options(o);
  out.parallel = ropt.jobs != 1;
  GraphBuilder builder(graph_options(out));
  BuildSink sink{has_db ? &db : nullptr, builder, existing_db, {}, {}};
  // The database rows are written as documents come, so this stage is both.
  ProgressLine::get().stage(has_db ? "annotating, adding to " + out.sqlite : std::string("annotating"));
  const auto stats = run_pipeline(
      *pipeline, o.inputs, [has_db](const Annotation& a) { return std::any(prepare_build_document(a, has_db)); },
      [&](const Document&, const Annotation& a, const std::any& p) {
        sink(a, std::any_cast<const BuildDocument&>(p));
      },
      diag, ropt);
  ProgressLine::get().done();
  if (stats.documents == 0) {
    // Inputs missing or all rejected: the outputs of an earlier run stay as they are.
    std::cerr << "gazette build: no documents read: no output written\n";
    return stats.rejected_inputs > 0 || diag.errors() > 0 ? 1 : 0;
  }
  sink.run.repeated = stats.duplicates;
  sink.run.rejected = stats.rejected_inputs;
  std::ostream& info = info_stream(out);
  // A new graph is this run's builder alone: with more than one job the database is
  // committed (its indexes and full-text index) on a second thread while this one
  // assembles, measures and lays out the graph; the same graph and database either way.
  // The graph is assembled on the thread that built the builder, so its allocations
  // reuse the memory the builder frees as it is consumed (malloc arenas are per
  // thread: assembled on another thread, the graph took a fresh arena beside the freed
  // builder, 313 of the 480 MB peak of a 1 GB build).
  const bool beside = has_db && !existing_db && ropt.jobs != 1;
  std::future<void> committing;
  if (beside) {
    ProgressLine::get().stage("writing " + out.sqlite + ", measuring the graph");
    committing = std::async(std::launch::async, [&db] { db.commit(); });
  } else if (has_db) {
    commit_database(db, out, info, "a new graph (--fresh)");
  }
  // The graph is initialised from the function that makes it, never swapped in:
  // Boost's adjacency_list::swap copies both graphs (it has no move either).
  const KnowledgeGraph g = [&]() -> KnowledgeGraph {
    if (!existing_db) {
      if (!beside) ProgressLine::get().stage("measuring the graph");
      return std::move(builder).finish();
    }
    // After an incremental update the graph is the whole database, not just this run
    // (committed above).
    ProgressLine::get().stage("measuring the graph");
    return load_graph_from_sqlite(out.sqlite, graph_options(out));
  }();
  if (beside) {
    committing.get();
    ProgressLine::get().done(false);
    report_commit(db, out, info, "a new graph (--fresh)");
  } else {
    ProgressLine::get().done(false);
  }
  std::future<SqliteTotals> totals = summary_totals(out, has_db);
  const auto written = db.written_quotes();  // row 23.394: null unless a new database
  write_exports(g, out, out.sqlite, written.get());
  std::optional<SqliteTotals> after;
  if (totals.valid()) after = totals.get();
  if (!o.quiet) print_summary(info, g, sink.run, before ? &*before : nullptr, after ? &*after : nullptr, out.sqlite);
  return stats.rejected_inputs > 0 || diag.errors() > 0 ? 1 : 0;
}

}  // namespace

void add_build(CLI::App& app, Commands& cmds) {
  auto* sub = app.add_subcommand("build", "Build one graph from all documents; write GraphML, GEXF, JSON and/or SQLite");
  auto o = std::make_shared<CommonOptions>();
  auto out = std::make_shared<Outputs>();
  add_common(*sub, *o);
  add_output_options(*sub, *out);
  sub->add_option("--sqlite", out->sqlite,
                  "SQLite database; an existing one is added to (new documents added, known ones skipped) unless --fresh");
  sub->add_flag("--fresh", out->fresh,
                "Start a new graph: replace an existing database (-o DIR/graph.db or --sqlite) instead of adding to it; "
                "the old one stays until the new one is complete");
  sub->callback([&cmds, o, out] {
    cmds.run = [o, out] { return run_build(*o, *out); };
  });
}

void add_export(CLI::App& app, Commands& cmds) {
  auto* sub = app.add_subcommand("export", "Regenerate GraphML/GEXF/JSON from a gazette SQLite database alone");
  auto from = std::make_shared<std::string>();
  auto out = std::make_shared<Outputs>();
  sub->add_option("--from", *from, "gazette SQLite database")->required();
  add_output_options(*sub, *out);
  // The database is the input here: -o DIR writes the three graph files only.
  sub->get_option("-o")->description("Write DIR/graph.graphml, graph.gexf and graph.json (not graph.db: --from is the database)");
  sub->add_flag("-q,--quiet", out->quiet, "Print only errors");
  sub->add_flag("--progress,!--no-progress", out->progress,
                "Show progress on stderr; default: on when stderr is a terminal");
  sub->callback([&cmds, from, out] {
    cmds.run = [from, out] {
      if (!fs::exists(*from)) { std::cerr << "gazette export: " << *from << ": no such file\n"; return 2; }
      if (!out->dir.empty()) { out->sqlite = "-"; resolve_dir(*out); out->sqlite.clear(); }
      if (out->graphml.empty() && out->gexf.empty() && out->json.empty() && out->report.empty()) {
        std::cerr << "gazette export: name an output: -o DIR, --graphml, --gexf, --json or --report\n";
        return 2;
      }
      if (auto why = check_outputs(*out); !why.empty()) { std::cerr << "gazette export: " << why << "\n"; return 2; }
      ProgressLine::get().enable(!out->quiet && (out->progress != 0 ? out->progress > 0 : isatty(STDERR_FILENO) != 0));
      ProgressLine::get().stage("reading and measuring the graph of " + *from);
      KnowledgeGraph g = load_graph_from_sqlite(*from, graph_options(*out));
      ProgressLine::get().done(false);
      write_exports(g, *out, *from);
      if (!out->quiet)
        info_stream(*out) << boost::num_vertices(g) << " entities, " << boost::num_edges(g) << " edges\n";
      return 0;
    };
  });
}

}  // namespace gazette::cli
