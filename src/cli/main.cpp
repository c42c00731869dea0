// gazette: command-line shell over the library. Each subcommand lives in its own
// cmd_<name>.cpp, parses its options and calls the library; nothing else.
// Exit codes: 0 ok; 1 some inputs were rejected but the rest was processed and
// written; 2 usage or fatal error (bad data files, unwritable output).
#include "commands.hpp"

#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

int main(int argc, char** argv) {
  CLI::App app{"gazette: who said what about whom, from news articles to a knowledge graph"};
  app.set_version_flag("--version", std::string("gazette ") + GAZETTE_VERSION);
  app.require_subcommand(1);
  gazette::cli::Commands cmds;
  gazette::cli::add_annotate(app, cmds);
  gazette::cli::add_build(app, cmds);
  gazette::cli::add_export(app, cmds);
  gazette::cli::add_check_data(app, cmds);
  gazette::cli::add_explain(app, cmds);
  gazette::cli::add_merge(app, cmds);
  gazette::cli::add_report(app, cmds);
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
