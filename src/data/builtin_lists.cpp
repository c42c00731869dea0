// The built-in word lists alone (builtin_word_lists(), lexicon.hpp).
//
// READS: the precompiled image of the word lists (builtin_word_lists_snapshot(),
//   builtin_data.hpp), written at build time by gazette_make_snapshot from
//   data/lexicon/word_lists.json loaded and finalized; without it, that JSON file.
// WRITES: one finalized Lexicons holding those lists, made at first use.
// NEEDS: nothing else: not the run's data or --rules (person keys and the default date
//   grammar must not depend on them).
#include "gazette/builtin_data.hpp"
#include "gazette/diagnostic.hpp"
#include "gazette/lexicon.hpp"

#include <memory>
#include <stdexcept>
#include <string>

namespace gazette {

const Lexicons& builtin_word_lists() {
  static const std::unique_ptr<Lexicons> lists = [] {
    auto lex = std::make_unique<Lexicons>();
    // Restored from the image (the state of the JSON path below: the build wrote it from
    // that path), with no JSON parse: start-up pays a copy instead of about 6.6M
    // instructions (docs/quality-log.md row 23.140).
    if (const std::string_view image = builtin_word_lists_snapshot(); !image.empty() && lex->restore(image)) return lex;
    constexpr std::string_view kFile = "data/lexicon/word_lists.json";
    const auto text = builtin_file(kFile);
    lex = std::make_unique<Lexicons>();  // read by the one loader that also checks user files
    Diagnostics diag;
    if (!text || !lex->load_text(std::string(kBuiltinPrefix) + std::string(kFile), *text, diag))
      throw std::logic_error("built-in data/lexicon/word_lists.json missing or invalid");
    lex->finalize();
    return lex;
  }();
  return *lists;
}

}  // namespace gazette
