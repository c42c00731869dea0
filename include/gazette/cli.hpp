// The gazette command line as a function: `gazette ARGS...` is run(argc, argv)
// (argv[0] the program name). Prints to standard output and standard error as the
// command does and returns its exit code (0 ok, 1 inputs rejected, 2 usage or fatal
// error). The binary's main() calls it; gazette_bench calls it for its end-to-end rows.
#pragma once

namespace gazette::cli {

int run(int argc, char** argv);

}  // namespace gazette::cli
