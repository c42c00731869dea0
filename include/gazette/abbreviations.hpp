// Abbreviations: the words that keep their period ("Mr.", "Jan.", "Inc."), read by the
// tokenizer (one token, kAbbrev) and the sentence splitter (a title's period never ends
// a sentence). Data: data/lexicon/abbreviations.json (kind "abbreviations"), entries
// {"abbreviation": "Mr", "ends_sentence": false}; compared as written, without the
// period. User files (--rules) add to the built-in entries (a repeated abbreviation
// takes the later "ends_sentence").
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace gazette {

class Abbreviations {
  friend struct LexiconSnapshot;  // lexicon_snapshot.cpp

 public:
  // `word` as written, without its period. `ends_sentence` false: its period never ends
  // a sentence (titles: "Mr.", "Gen."); true: it may, before a sentence opener ("Inc.").
  void add(std::string word, bool ends_sentence);
  // Whether `letters`, a word written with a period after it, is an abbreviation. Most
  // words the tokenizer asks about end a sentence (`said.`): the filter of lengths and
  // first bytes answers them without a look-up in the map.
  bool takes_period(std::string_view letters) const {
    if (letters.size() > longest_) return false;
    if (!letters.empty() && !(first_bytes_[filter_slot(letters.size())] >> (static_cast<unsigned char>(letters[0]) & 63U) & 1U))
      return false;
    return words_.find(letters) != words_.end();
  }
  // Whether the period of `norm` (an abbreviation token, period included) never ends a
  // sentence: an initial ("J.") or an abbreviation with "ends_sentence": false.
  bool never_ends_sentence(std::string_view norm) const;
  std::size_t size() const { return words_.size(); }

  // The built-in entries alone (data/lexicon/abbreviations.json), for the phrases
  // tokenized without a Lexicons (phrase_tokens(), lexicon.hpp).
  static const Abbreviations& builtin();

 private:
  static std::size_t filter_slot(std::size_t length) { return length < 15 ? length : 15; }

  std::map<std::string, bool, std::less<>> words_;  // abbreviation -> ends_sentence
  std::size_t longest_ = 0;
  // By length (15: 15 bytes or more), bit b set when a word of that length has a first
  // byte whose low six bits are b: a word whose bit is clear is not in words_. Made by
  // add() (a snapshot adds its words again).
  std::array<std::uint64_t, 16> first_bytes_{};
};

}  // namespace gazette
