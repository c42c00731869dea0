#include "commands.hpp"

#include "gazette/lexicon.hpp"

namespace gazette::cli {

void add_check_data(CLI::App& app, Commands& cmds) {
  auto* sub = app.add_subcommand("check-data", "Load the built-in data and the given gazetteer/rules files; print every problem, write nothing");
  auto files = std::make_shared<std::vector<std::string>>();
  sub->add_option("files", *files, "Gazetteer (.jsonl/.tsv) or lexicon/rules (.json) files");
  sub->callback([&cmds, files] {
    cmds.run = [files] {
      Diagnostics diag;
      print_diagnostics(diag, false);
      Lexicons lex;
      bool ok = lex.load_builtin(diag);
      for (const auto& f : *files) ok &= lex.load_file(f, diag);
      lex.finalize();
      std::cout << "entries: " << lex.entries().size() << ", titles: " << lex.titles().size()
                << ", speech cues: " << lex.speech_cues().size() << ", relation cues: " << lex.relation_cues().size()
                << ", name patterns: " << lex.name_patterns().size() << "\n";
      std::cout << (ok ? "ok" : "errors found") << "\n";
      return ok ? 0 : 2;
    };
  });
}

}  // namespace gazette::cli
