#include "commands.hpp"
#include "progress.hpp"
#include "stdout_lines.hpp"

#include "gazette/annotation_io.hpp"

#include <cstdio>

namespace gazette::cli {

namespace {

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
