#include "commands.hpp"

#include "progress.hpp"

#include "gazette/sqlite.hpp"

#include <unistd.h>

namespace gazette::cli {

void add_common(CLI::App& sub, CommonOptions& o) {
  sub.add_option("inputs", o.inputs, "Inputs: .txt/.html files, .jsonl files ({\"id\",\"text\",...} per line), directories, or - for JSONL on stdin");
  sub.add_option("--gazetteer", o.gazetteers, "Extra gazetteer file (.jsonl or .tsv: name<TAB>type<TAB>alias|alias); repeatable")->allow_extra_args(false);
  sub.add_option("--rules", o.rules, "Extra lexicon or rules file (.json with \"kind\"); repeatable")->allow_extra_args(false);
  sub.add_option("-j,--jobs", o.jobs, "Worker threads (0 = all cores)")->capture_default_str();
  sub.add_option("--max-document-mb", o.max_doc_mb, "Cut documents larger than this (MB), with a warning; no more of a file is read")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 20))
      ->capture_default_str();
  sub.add_flag("-q,--quiet", o.quiet, "Print only errors: no summary, no notes, no warnings, no progress");
  sub.add_flag("--progress,!--no-progress", o.progress,
               "Show progress on stderr (stage, percentage, ETA); default: on when stderr is a terminal");
}

void add_document_command(CLI::App& app, Commands& cmds, DocumentCommand command) {
  auto* sub = app.add_subcommand(command.name, command.description);
  auto o = std::make_shared<CommonOptions>();
  auto choice = std::make_shared<std::string>(command.default_choice);
  add_common(*sub, *o);
  sub->add_option(command.option, *choice, command.option_help)
      ->check(CLI::IsMember(command.choices))
      ->capture_default_str();
  sub->callback([&cmds, o, choice, run = std::move(command.run)] {
    cmds.run = [o, choice, run] { return run(*o, *choice); };
  });
}

std::string terminal_safe(std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(s.size());
  auto hex = [&](unsigned char c) { out += "\\x"; out += kHex[c >> 4]; out += kHex[c & 15]; };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7f) { hex(c); continue; }
    // C1 controls, U+0080..U+009F, are 0xC2 0x80..0x9F in UTF-8.
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      hex(c);
      hex(static_cast<unsigned char>(s[++i]));
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

void print_diagnostics(Diagnostics& diag, bool quiet) {
  diag.set_sink([quiet](const Diagnostic& d) {
    if (quiet && d.severity != Diagnostic::Severity::Error) return;
    ProgressLine::get().note("gazette: " + terminal_safe(d.format()));
  });
}

PipelineOptions pipeline_options(const CommonOptions& o) {
  PipelineOptions p;
  p.gazetteer_files = o.gazetteers;
  p.rules_files = o.rules;
  return p;
}

std::unique_ptr<Pipeline> make_pipeline(const PipelineOptions& options, Diagnostics& diag) {
  try {
    return std::make_unique<Pipeline>(options, diag);
  } catch (const DataError& e) {
    std::cerr << "gazette: " << terminal_safe(e.what()) << "\n";
    return nullptr;
  }
}

RunOptions run_options(const CommonOptions& o) {
  RunOptions r;
  r.jobs = o.jobs;
  const bool show = !o.quiet && (o.progress != 0 ? o.progress > 0 : isatty(STDERR_FILENO) != 0);
  ProgressLine::get().enable(show);
  if (show) r.progress = [](const RunProgress& p) { ProgressLine::get().update(p); };
  r.ingest.max_document_bytes = o.max_doc_mb << 20;
  return r;
}

void commit_database(SqliteWriter& db, const Outputs& o, std::ostream& info, std::string_view fresh_note) {
  ProgressLine::get().stage("writing " + o.sqlite);
  db.commit();
  ProgressLine::get().done(false);
  report_commit(db, o, info, fresh_note);
}

void report_commit(const SqliteWriter& db, const Outputs& o, std::ostream& info, std::string_view fresh_note) {
  if (o.quiet) return;
  info << "SQLite:   " << o.sqlite << " (" << db.documents_added() << (db.documents_added() == 1 ? " document" : " documents") << " added";
  if (db.documents_skipped()) info << ", " << db.documents_skipped() << " already there";
  if (o.fresh) info << "; " << fresh_note;
  info << ")\n";
}

}  // namespace gazette::cli
