#pragma once

#include "gazette/diagnostic.hpp"
#include "gazette/graph.hpp"
#include "gazette/pipeline.hpp"
#include "gazette/runner.hpp"
#include "gazette/sqlite.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <iostream>
#include <string>
#include <vector>

namespace gazette {
class SqliteWriter;
}

namespace gazette::cli {

struct Commands {
  std::function<int()> run = [] { return 2; };
};

// Options every document-processing command shares.
struct CommonOptions {
  std::vector<std::string> inputs;
  std::vector<std::string> gazetteers, rules;
  unsigned jobs = 0;
  bool quiet = false;
  int progress = 0;  // > 0 --progress, < 0 --no-progress, 0: on when stderr is a terminal
  std::size_t max_doc_mb = 64;
};

void add_common(CLI::App& sub, CommonOptions& o);

// A command that reads documents (annotate, explain): the common options and one option
// that chooses among `choices` (shown with its default in --help), run as `run(options,
// choice)`, whose result is the exit code.
struct DocumentCommand {
  std::string name, description;
  std::string option, option_help;
  std::vector<std::string> choices;
  std::string default_choice;
  std::function<int(CommonOptions&, const std::string&)> run;
};
void add_document_command(CLI::App& app, Commands& cmds, DocumentCommand command);
// `s` with control characters (C0, DEL, C1) shown as \xNN, so ids and file names
// cannot send escape sequences to the terminal.
std::string terminal_safe(std::string_view s);
// Prints diagnostics to stderr as they come (unless quiet and not an error).
void print_diagnostics(Diagnostics& diag, bool quiet);
PipelineOptions pipeline_options(const CommonOptions& o);
// The pipeline for these options, or nullptr after printing why the data is invalid.
std::unique_ptr<Pipeline> make_pipeline(const PipelineOptions& options, Diagnostics& diag);
// The run options; also enables the progress line (progress.hpp) for this run.
RunOptions run_options(const CommonOptions& o);

// Graph and database outputs of build, export and merge (defined in cmd_build.cpp).
struct Outputs {
  std::string dir, graphml, gexf, json, sqlite;
  std::string report;  // HTML report (report.hpp); -o DIR: DIR/index.html
  std::string csv;     // directory for nodes.csv, edges.csv, quotations.csv (csv.hpp)
  QuoteCaps report_caps;  // the quotes the HTML report shows (sqlite.hpp select_quotes())
  int min_docs = 1;
  std::vector<std::string> exclude;
  std::size_t samples = 3;
  int min_degree = 0;
  bool drop_isolates = false;
  bool quotes_as_nodes = false;  // GraphML/GEXF: quotes as nodes (quote_nodes(), exporter.hpp)
  bool fresh = false;  // build/merge --fresh: replace the database instead of adding to it
  bool quiet = false;  // no path lines, no summary
  int progress = 0;    // as CommonOptions::progress
  bool parallel = false;  // build --jobs other than 1: write_exports() writes on two threads, and the
                          // graph is measured beside its layout (GraphOptions::parallel)
};
void add_output_options(CLI::App& sub, Outputs& o);
// --report-quotes-per-speaker and --report-max-quotes (build, export, report).
void add_report_cap_options(CLI::App& sub, QuoteCaps& caps);
// What a capped report left out, for the summary line of build and report: `N quotes of
// M: at most P per speaker, at most T in all, the page gives the SQL for the rest`
// (a limit of 0 is none and is not named).
std::string report_caps_summary(const QuoteSelection& selection);
// -o DIR: fills the outputs not named otherwise with DIR/graph.* (creating DIR).
void resolve_dir(Outputs& o);
GraphOptions graph_options(const Outputs& o);
// Why these outputs cannot be written ("" when they can): --sqlite - or --report -, or
// more than one graph file on standard output.
std::string check_outputs(const Outputs& o);
// Where path lines and summaries go: stderr when a graph file goes to stdout.
std::ostream& info_stream(const Outputs& o);
// Writes the GraphML, GEXF and JSON outputs that are named, printing each path (unless
// quiet), and the HTML report with the quotes of `quotes_db` (none when it is "").
// With o.parallel the graph files are written on a second thread (same files, same
// lines, in the same order).
// `written`: the quotes of quotes_db as the writer that made it kept them (row 23.394;
// SqliteWriter::written_quotes()), read instead of the database when given.
void write_exports(const KnowledgeGraph& g, const Outputs& o, const std::string& quotes_db = "",
                   const WrittenQuotes* written = nullptr);
// Commits the database o.sqlite (progress stage "writing ...") and, unless o.quiet, prints
// its path line to `info`: documents added, already there, and `fresh_note` after --fresh.
void commit_database(SqliteWriter& db, const Outputs& o, std::ostream& info, std::string_view fresh_note);
// The line commit_database() prints, for a database committed elsewhere (another thread).
void report_commit(const SqliteWriter& db, const Outputs& o, std::ostream& info, std::string_view fresh_note);

void add_annotate(CLI::App& app, Commands& cmds);
void add_build(CLI::App& app, Commands& cmds);
void add_export(CLI::App& app, Commands& cmds);
void add_check_data(CLI::App& app, Commands& cmds);
void add_explain(CLI::App& app, Commands& cmds);
void add_merge(CLI::App& app, Commands& cmds);
void add_report(CLI::App& app, Commands& cmds);

}  // namespace gazette::cli
