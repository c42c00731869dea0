#include "commands.hpp"

#include "gazette/explain.hpp"
#include "gazette/explain_html.hpp"
#include "progress.hpp"

namespace gazette::cli {

namespace {

int run_explain(CommonOptions& o, const std::string& format) {
  Diagnostics diag;
  print_diagnostics(diag, o.quiet);
  const auto pipeline = make_pipeline(pipeline_options(o), diag);
  if (!pipeline) return 2;
  if (o.inputs.empty()) o.inputs.push_back("-");
  auto ropt = run_options(o);
  ropt.progress = nullptr;
  ProgressLine::get().enable(false);
  const bool html = format == "html";
  if (html) std::cout << explain_html_begin("gazette explain");
  const auto stats = run_pipeline(*pipeline, o.inputs, [&](const Document&, const Annotation& a) {
    if (html)
      std::cout << explain_html(a);
    else
      std::cout << explain(a) << "\n";
  }, diag, ropt);
  if (html) std::cout << explain_html_end();
  return stats.rejected_inputs > 0 || diag.errors() > 0 ? 1 : 0;
}

}  // namespace

void add_explain(CLI::App& app, Commands& cmds) {
  add_document_command(app, cmds,
                       {"explain",
                        "Print documents with mentions, quotes and relations marked inline, and the rule behind each",
                        "--format",
                        "text: marks inline, lists of quotes and relations; html: one self-contained page, the marks "
                        "drawn in colour (displaCy-like), skipped text shown (redirect it to a file)",
                        {"text", "html"}, "text", run_explain});
}

}  // namespace gazette::cli
