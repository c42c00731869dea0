#include "commands.hpp"

#include "gazette/explain.hpp"
#include "progress.hpp"

namespace gazette::cli {

void add_explain(CLI::App& app, Commands& cmds) {
  auto* sub = app.add_subcommand("explain", "Print documents with mentions, quotes and relations marked inline, and the rule behind each");
  auto o = std::make_shared<CommonOptions>();
  add_common(*sub, *o);
  sub->callback([&cmds, o] {
    cmds.run = [o] {
      Diagnostics diag;
      print_diagnostics(diag, o->quiet);
      const auto pipeline = make_pipeline(pipeline_options(*o), diag);
      if (!pipeline) return 2;
      if (o->inputs.empty()) o->inputs.push_back("-");
      auto ropt = run_options(*o);
      ropt.progress = nullptr;
      ProgressLine::get().enable(false);
      const auto stats = run_pipeline(*pipeline, o->inputs, [&](const Document&, const Annotation& a) {
        std::cout << explain(a) << "\n";
      }, diag, ropt);
      return stats.rejected_inputs > 0 || diag.errors() > 0 ? 1 : 0;
    };
  });
}

}  // namespace gazette::cli
