// gazette_make_snapshot OUT [LISTS_OUT]: loads and finalizes the built-in data (the JSON
// files the build embeds, builtin_data.hpp) and writes Lexicons::snapshot() to OUT, which
// the build compiles into gazette (cmake/builtin_snapshot.cpp.in), so start-up restores it
// instead of parsing JSON (Lexicons::load_prebuilt). LISTS_OUT gets the snapshot of the
// built-in word lists alone (builtin_word_lists(), lexicon.hpp: this program carries no
// image, so they come from their JSON file), which builtin_word_lists() restores in the
// same way. Each file is rewritten only when it changes. When the built-in data has errors,
// both are left empty: gazette then loads the JSON and reports them, as `gazette
// check-data` does.
#include "gazette/diagnostic.hpp"
#include "gazette/lexicon.hpp"

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

namespace {

// Writes `image` to `out` unless the file holds it already; false when it cannot.
bool write_if_changed(const std::string& out, const std::string& image) {
  std::string old;
  if (std::ifstream in(out, std::ios::binary); in) old.assign(std::istreambuf_iterator<char>(in), {});
  if (old == image && std::ifstream(out).good()) return true;
  std::ofstream o(out, std::ios::binary | std::ios::trunc);
  o.write(image.data(), static_cast<std::streamsize>(image.size()));
  if (!o.flush()) {
    std::cerr << "gazette_make_snapshot: cannot write " << out << "\n";
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2 && argc != 3) {
    std::cerr << "usage: gazette_make_snapshot OUT [LISTS_OUT]\n";
    return 2;
  }
  gazette::Diagnostics diag;
  gazette::Lexicons lex;
  std::string image, lists;
  if (lex.load_builtin(diag)) {
    lex.finalize();
    image = lex.snapshot();
    if (argc == 3) lists = gazette::builtin_word_lists().snapshot();
  } else {
    std::cerr << "gazette_make_snapshot: the built-in data has errors (run gazette check-data); no snapshot\n";
  }
  if (!write_if_changed(argv[1], image)) return 1;
  if (argc == 3 && !write_if_changed(argv[2], lists)) return 1;
  return 0;
}
