#include "commands.hpp"
#include "progress.hpp"

#include "gazette/annotation_io.hpp"

#include <cstdio>

#include <unistd.h>

namespace gazette::cli {

namespace {

// The run's JSON lines, held and written to standard output 64 KB at a time when it
// is a file or a pipe (a line a few KB against stdio's 4 KB buffer made one or two write
// calls a document), each line at once to a terminal. What is held is written when the run
// ends, also when an exception ends it (the destructor).
class StdoutLines {
 public:
  StdoutLines() : hold_(isatty(STDOUT_FILENO) == 0 ? kBlock : 0) {}
  StdoutLines(const StdoutLines&) = delete;
  StdoutLines& operator=(const StdoutLines&) = delete;
  ~StdoutLines() { flush(); }
  // Where the next line is appended; added() after it.
  std::string& text() { return text_; }
  void added() {
    if (text_.size() >= hold_) flush();
  }
  void flush() {
    if (!text_.empty()) std::fwrite(text_.data(), 1, text_.size(), stdout);
    text_.clear();
  }

 private:
  static constexpr std::size_t kBlock = std::size_t{1} << 16;
  const std::size_t hold_;
  std::string text_;
};

int run_annotate(CommonOptions& o, const std::string& until) {
  Diagnostics diag;
  print_diagnostics(diag, o.quiet);
  auto popt = pipeline_options(o);
  popt.until = parse_stage(until).value_or(Stage::Relations);
  const auto pipeline = make_pipeline(popt, diag);
  if (!pipeline) return 2;
  if (o.inputs.empty()) o.inputs.push_back("-");
  StdoutLines lines;
  const auto ropt = run_options(o);
  ProgressLine::get().stage("annotating");
  const auto stats = run_pipeline(*pipeline, o.inputs, [&](const Document&, const Annotation& a) {
    write_annotation_jsonl(a, lines.text(), popt.until);
    lines.added();
  }, diag, ropt);
  lines.flush();
  ProgressLine::get().done();
  std::fflush(stdout);
  if (std::ferror(stdout)) { std::cerr << "gazette: error writing to standard output\n"; return 2; }
  return stats.rejected_inputs > 0 || diag.errors() > 0 ? 1 : 0;
}

// The names of the stages, in pipeline order (annotation_io.hpp Stage).
std::vector<std::string> stage_names() {
  std::vector<std::string> names;
  for (int s = 0; s <= static_cast<int>(Stage::Relations); ++s) names.emplace_back(to_string(static_cast<Stage>(s)));
  return names;
}

}  // namespace

void add_annotate(CLI::App& app, Commands& cmds) {
  const std::vector<std::string> stages = stage_names();
  std::string help = "Stop after a stage:";
  for (const auto& s : stages) help += (s == stages.front() ? " " : ", ") + s;
  add_document_command(app, cmds,
                       {"annotate", "Print one JSON line per document: entities with mentions, quotes, relations",
                        "--until", help, stages, std::string(to_string(Stage::Relations)), run_annotate});
}

}  // namespace gazette::cli
