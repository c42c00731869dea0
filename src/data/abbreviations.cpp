// Abbreviations (abbreviations.hpp).
#include "gazette/abbreviations.hpp"

#include "gazette/builtin_data.hpp"
#include "gazette/diagnostic.hpp"
#include "gazette/lexicon.hpp"

#include "abbreviation_generation.hpp"

#include <atomic>
#include <stdexcept>

namespace gazette {

namespace {
std::atomic<std::uint64_t> g_abbreviation_changes{0};  // row 23.406: Abbreviations::add() calls
}  // namespace

std::uint64_t detail::abbreviation_generation() { return g_abbreviation_changes.load(std::memory_order_acquire); }

void Abbreviations::add(std::string word, bool ends_sentence) {
  g_abbreviation_changes.fetch_add(1, std::memory_order_acq_rel);  // row 23.406: phrase_tokens()' memo
  longest_ = std::max(longest_, word.size());
  if (!word.empty())
    first_bytes_[filter_slot(word.size())] |= std::uint64_t{1} << (static_cast<unsigned char>(word[0]) & 63U);
  words_.insert_or_assign(std::move(word), ends_sentence);
}

bool Abbreviations::never_ends_sentence(std::string_view norm) const {
  if (norm.size() == 2 && norm[1] == '.' && norm[0] >= 'A' && norm[0] <= 'Z') return true;  // initial
  if (!norm.ends_with('.')) return false;
  const auto it = words_.find(norm.substr(0, norm.size() - 1));
  return it != words_.end() && !it->second;
}

const Abbreviations& Abbreviations::builtin() {
  static const Abbreviations built_in = [] {
    constexpr std::string_view kFile = "data/lexicon/abbreviations.json";
    const auto text = builtin_file(kFile);
    Lexicons lex;  // read by the one loader that also checks user files
    Diagnostics diag;
    if (!text || !lex.load_text(std::string(kFile), *text, diag))
      throw std::logic_error("built-in data/lexicon/abbreviations.json missing or invalid");
    return lex.abbreviations();
  }();
  return built_in;
}

}  // namespace gazette
