// gazette: command-line shell over the library (gazette::cli::run, src/cli/run.cpp),
// run with the allocator's settings (allocator.hpp).
#include "allocator.hpp"
#include "gazette/cli.hpp"

int main(int argc, char** argv) {
  return gazette::cli::run_tuned([argc, argv] { return gazette::cli::run(argc, argv); },
                                 gazette::cli::threads_of_command(argc, argv));
}
