// gazette_make_snapshot OUT: loads and finalizes the built-in data (the JSON files the
// build embeds, builtin_data.hpp) and writes Lexicons::snapshot() to OUT, which the build
// compiles into gazette (cmake/builtin_snapshot.cpp.in), so start-up restores it instead
// of parsing JSON (Lexicons::load_prebuilt). OUT is rewritten only when it changes. When
// the built-in data has errors, OUT is left empty: gazette then loads the JSON and reports
// them, as `gazette check-data` does.
#include "gazette/diagnostic.hpp"
#include "gazette/lexicon.hpp"

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: gazette_make_snapshot OUT\n";
    return 2;
  }
  const std::string out = argv[1];
  gazette::Diagnostics diag;
  gazette::Lexicons lex;
  std::string image;
  if (lex.load_builtin(diag)) {
    lex.finalize();
    image = lex.snapshot();
  } else {
    std::cerr << "gazette_make_snapshot: the built-in data has errors (run gazette check-data); no snapshot\n";
  }
  std::string old;
  if (std::ifstream in(out, std::ios::binary); in) old.assign(std::istreambuf_iterator<char>(in), {});
  if (old == image && std::ifstream(out).good()) return 0;
  std::ofstream o(out, std::ios::binary | std::ios::trunc);
  o.write(image.data(), static_cast<std::streamsize>(image.size()));
  if (!o.flush()) {
    std::cerr << "gazette_make_snapshot: cannot write " << out << "\n";
    return 1;
  }
  return 0;
}
