// Gazetteer: an immutable token trie over every entity name, alias and demonym.
//
// Built once from Lexicons; const methods are safe from many threads. Names are
// tokenized with the same tokenizer as documents, so `al-Assad`, `U.S.` and
// `Fox Business Network` match token for token. Two tries: exact case, and a
// case-folded one used only for ALL-CAPS tokens (headlines, sports tables) whose
// folded form is not a common English word.
// Cost of match(): O(tokens x longest entry), hash look-ups on interned ids.
#pragma once

#include "gazette/annotation.hpp"

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gazette {

class Lexicons;

struct GazetteerHit {
  enum class Kind : std::uint8_t { Name, Alias, Demonym };
  std::uint32_t entry = 0;   // index into Lexicons::entries()
  Kind kind = Kind::Name;
};

struct GazetteerMatch {
  std::uint32_t first_token = 0, end_token = 0;  // half-open
  std::vector<GazetteerHit> hits;                // all entries with exactly this name
  bool folded = false;                           // matched through the case-folded trie
};

class Gazetteer {
 public:
  explicit Gazetteer(const Lexicons& lex);
  // Longest match starting at token i (not crossing `end`), or a match with no tokens.
  GazetteerMatch longest(const std::vector<Token>& tokens, std::size_t i, std::size_t end, bool allow_folded) const;
  std::size_t size() const { return names_; }

 private:
  struct Trie {
    std::deque<std::string> storage;                               // vocab keys
    std::unordered_map<std::string_view, std::uint32_t> vocab;
    std::unordered_map<std::uint64_t, std::uint32_t> next;  // (node << 32 | word) -> node
    std::vector<std::vector<GazetteerHit>> hits;            // per node
    std::uint32_t nodes = 1;
    void add(const std::vector<std::string>& words, GazetteerHit hit);
    std::uint32_t step(std::uint32_t node, std::string_view word) const;
  };
  Trie exact_, folded_;
  std::size_t names_ = 0;
};

}  // namespace gazette
