// gazette: command-line shell over the library (gazette::cli::run, src/cli/run.cpp).
#include "gazette/cli.hpp"

int main(int argc, char** argv) { return gazette::cli::run(argc, argv); }
