#include "commands.hpp"
#include "progress.hpp"

#include "gazette/annotation_io.hpp"

#include <cstdio>

namespace gazette::cli {

void add_annotate(CLI::App& app, Commands& cmds) {
  auto* sub = app.add_subcommand("annotate", "Print one JSON line per document: entities with mentions, quotes, relations");
  auto o = std::make_shared<CommonOptions>();
  auto until = std::make_shared<std::string>("relations");
  add_common(*sub, *o);
  sub->add_option("--until", *until,
                  "Stop after a stage: tokens, sentences, mentions, entities, roles, coreference, quotes, relations")
      ->check(CLI::IsMember({"tokens", "sentences", "mentions", "entities", "roles", "coreference", "quotes", "relations"}))
      ->capture_default_str();
  sub->callback([&cmds, o, until] {
    cmds.run = [o, until] {
      Diagnostics diag;
      print_diagnostics(diag, o->quiet);
      auto popt = pipeline_options(*o);
      const std::string& u = *until;
      popt.until = parse_stage(u).value_or(Stage::Relations);
      const auto pipeline = make_pipeline(popt, diag);
      if (!pipeline) return 2;
      if (o->inputs.empty()) o->inputs.push_back("-");
      std::string line;
      const auto ropt = run_options(*o);
      ProgressLine::get().stage("annotating");
      const auto stats = run_pipeline(*pipeline, o->inputs, [&](const Document&, const Annotation& a) {
        line.clear();
        write_annotation_jsonl(a, line, popt.until);
        std::fwrite(line.data(), 1, line.size(), stdout);
      }, diag, ropt);
      ProgressLine::get().done();
      std::fflush(stdout);
      if (std::ferror(stdout)) { std::cerr << "gazette: error writing to standard output\n"; return 2; }
      return stats.rejected_inputs > 0 || diag.errors() > 0 ? 1 : 0;
    };
  });
}

}  // namespace gazette::cli
