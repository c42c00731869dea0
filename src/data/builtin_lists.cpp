// The built-in word lists alone (builtin_word_lists(), lexicon.hpp).
#include "gazette/builtin_data.hpp"
#include "gazette/diagnostic.hpp"
#include "gazette/lexicon.hpp"

#include <memory>
#include <stdexcept>
#include <string>

namespace gazette {

const Lexicons& builtin_word_lists() {
  static const std::unique_ptr<Lexicons> lists = [] {
    constexpr std::string_view kFile = "data/lexicon/word_lists.json";
    const auto text = builtin_file(kFile);
    auto lex = std::make_unique<Lexicons>();  // read by the one loader that also checks user files
    Diagnostics diag;
    if (!text || !lex->load_text(std::string(kBuiltinPrefix) + std::string(kFile), *text, diag))
      throw std::logic_error("built-in data/lexicon/word_lists.json missing or invalid");
    lex->finalize();
    return lex;
  }();
  return *lists;
}

}  // namespace gazette
