// gazette's command line: the subcommands (each in its own cmd_<name>.cpp, parsing
// its options and calling the library; nothing else) behind gazette::cli::run(),
// which main.cpp calls and gazette_bench's end-to-end rows call too (so the
// benchmark times what a user runs).
// Exit codes: 0 ok; 1 some inputs were rejected but the rest was processed and
// written; 2 usage or fatal error (bad data files, unwritable output).
#include "gazette/cli.hpp"

#include "commands.hpp"

#include "gazette/hash.hpp"
#include "gazette/lexicon.hpp"
#include "gazette/sqlite.hpp"

#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string_view>

namespace {

// "gazette 0.1.0; data: built-in fingerprint 0123456789abcdef, formats gazetteer 1,
// lexicon/rules 1; SQLite schema 2": the fingerprint is the one of the built-in data
// the binary carries (Lexicons::fingerprint, lexicon.hpp), so two binaries with the
// same version but different data files tell themselves apart.
std::string version_text() {
  gazette::Diagnostics diag;
  gazette::Lexicons lex;
  const bool ok = lex.load_prebuilt() || lex.load_builtin(diag);  // the same fingerprint either way
  // The first 16 hex digits of the SHA-256 fingerprint (hash.hpp) tell two data sets apart.
  const std::string fp = gazette::to_hex(lex.fingerprint()).substr(0, 16);
  return std::string("gazette ") + GAZETTE_VERSION + "\ndata: built-in " + (ok ? fp : "(invalid)") +
         ", formats gazette/gazetteer 1, gazette/lexicon 1, gazette/rules 1; SQLite schema " +
         std::to_string(gazette::kSqliteSchemaVersion);
}

std::string command_list(const CLI::App& app) {
  std::string s;
  for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) s += (s.empty() ? "" : ", ") + sub->get_name();
  return s;
}

}  // namespace

int gazette::cli::run(int argc, char** argv) {
  // Before any database is opened (sqlite.hpp): no global mutex per SQLite allocation.
  gazette::sqlite_without_memory_statistics();
  // The name is given, so usage lines say "gazette", not the binary's path.
  CLI::App app{"gazette: who said what about whom, from news articles to a knowledge graph", "gazette"};
  app.set_version_flag("--version", [] { return version_text(); });
  app.require_subcommand(1);
  app.footer("Run `gazette help COMMAND` or `gazette COMMAND --help` for a command's options.");
  gazette::cli::Commands cmds;
  gazette::cli::add_annotate(app, cmds);
  gazette::cli::add_build(app, cmds);
  gazette::cli::add_export(app, cmds);
  gazette::cli::add_check_data(app, cmds);
  gazette::cli::add_explain(app, cmds);
  gazette::cli::add_merge(app, cmds);
  gazette::cli::add_report(app, cmds);

  // `gazette`, `gazette help [COMMAND]` and unknown commands, before CLI11 (which says
  // only "A subcommand is required" for all three).
  if (argc < 2) {
    std::cerr << app.help() << "gazette: name a command: " << command_list(app) << "\n";
    return 2;
  }
  const std::string_view first = argv[1];
  if (first == "help") {
    if (argc == 2) { std::cout << app.help(); return 0; }
    const std::string name = argv[2];
    for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; }))
      if (sub->get_name() == name) { std::cout << sub->help("gazette " + name); return 0; }
    std::cerr << "gazette: unknown command '" << name << "'; commands: " << command_list(app) << "\n";
    return 2;
  }
  if (!first.empty() && first.front() != '-') {
    bool known = false;
    for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) known |= sub->get_name() == first;
    if (!known) {
      std::cerr << "gazette: unknown command '" << first << "'; commands: " << command_list(app)
                << " (gazette help COMMAND)\n";
      return 2;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  int rc = 2;
  try {
    rc = cmds.run();
  } catch (const std::exception& e) {
    std::cerr << "gazette: error: " << gazette::cli::terminal_safe(e.what()) << "\n";
    rc = 2;
  }
  // Every command's standard output (summaries, explain, check-data) is checked
  // once here: a full disk or a closed pipe is an error, not a cut file and exit 0.
  std::cout.flush();
  errno = 0;
  const bool flushed = std::fflush(stdout) == 0;
  const int err = errno;
  if ((!flushed || std::ferror(stdout) || !std::cout) && rc != 2) {
    std::cerr << "gazette: error: cannot write to standard output" << (err ? std::string(": ") + std::strerror(err) : "")
              << "\n";
    rc = 2;
  }
  return rc;
}
