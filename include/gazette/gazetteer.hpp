// Gazetteer: an immutable token trie over every entity name, alias and demonym.
//
// Built once by Lexicons::finalize(); const methods are safe from many threads. Names
// are tokenized with the same tokenizer as documents, so `al-Assad`, `U.S.` and
// `Fox Business Network` match token for token. Two tries: exact case, and a
// case-folded one used only for ALL-CAPS tokens (headlines, sports tables) whose
// folded form is not a common English word.
// Trie edges are labelled with vocabulary ids (vocab.hpp): the first step is an array
// look-up by the token's id, later steps a search among a node's few children, so
// match() costs O(tokens x longest entry) with no string hashing.
#pragma once

#include "gazette/annotation.hpp"
#include "gazette/vocab.hpp"

#include <span>
#include <string>
#include <string_view>
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
  std::span<const GazetteerHit> hits;            // all entries with exactly this name (owned by the Gazetteer)
  bool folded = false;                           // matched through the case-folded trie
};

class Gazetteer {
  friend struct LexiconSnapshot;  // lexicon_snapshot.cpp: writes and restores the tries

 public:
  // Adds the words of every name to `vocab` (the Lexicons' own, still being built).
  Gazetteer(const Lexicons& lex, Vocab& vocab);
  // Longest match starting at token i (not crossing `end`), or a match with no tokens.
  GazetteerMatch longest(const std::vector<Token>& tokens, std::size_t i, std::size_t end, bool allow_folded) const;
  std::size_t size() const { return names_; }
  // False when no name starts with token t, so longest() need not be called. An
  // interned token answers from its word bits (Lexicons::kNameFirst, kFoldedNameFirst).
  bool may_start(const Token& t, bool allow_folded) const {
    if (t.id == Vocab::kUnset || t.lid == Vocab::kUnset) return true;
    return (t.nbits & kNameFirstBit) || (allow_folded && (t.lbits & kFoldedNameFirstBit));
  }
  // The word bits the constructor sets (Lexicons::kNameFirst, Lexicons::kFoldedNameFirst).
  static constexpr std::uint32_t kNameFirstBit = 1u << 12, kFoldedNameFirstBit = 1u << 13;

 private:
  explicit Gazetteer(const Vocab& vocab) : vocab_(vocab) {}  // empty: LexiconSnapshot fills it
  struct Trie {
    // While building: the root's children by word id (root), a node's first child inline
    // (first_word / first_node, by node; most nodes of a name list have one child), and
    // further children in an open-addressing table. freeze() turns them into arrays.
    struct Edge { std::uint64_t key = kNoEdge; std::uint32_t child = 0; };  // key: node << 32 | word
    static constexpr std::uint64_t kNoEdge = ~0ull;
    std::vector<Edge> building = std::vector<Edge>(1024);
    std::size_t edges = 0;  // in `building`
    std::vector<std::uint32_t> first_word = {0}, first_node = {0};
    std::uint32_t nodes = 1;
    std::uint32_t child_or_add(std::uint32_t node, std::uint32_t word);
    std::uint32_t new_node();
    std::vector<std::uint32_t> root;                            // word id -> child of the root (0 none)
    std::vector<std::uint32_t> first_child;                     // node -> index into children (nodes + 1)
    std::vector<std::pair<std::uint32_t, std::uint32_t>> children;  // (word, node), grouped by parent
    // The entries named by the path to a node: hit_list[hit_start[node] .. hit_start[node + 1]),
    // in the order added, one per entry (pending while building).
    std::vector<std::uint32_t> hit_start;
    std::vector<GazetteerHit> hit_list;
    std::vector<std::pair<std::uint32_t, GazetteerHit>> pending_hits;
    std::span<const GazetteerHit> hits_of(std::uint32_t node) const {
      return {hit_list.data() + hit_start[node], hit_list.data() + hit_start[node + 1]};
    }
    void add(const std::vector<std::uint32_t>& words, GazetteerHit hit);
    void freeze(std::size_t vocab_size);
    std::uint32_t step(std::uint32_t node, std::uint32_t word) const {
      if (word == Vocab::kNone) return 0;
      if (node == 0) return word < root.size() ? root[word] : 0;
      for (auto k = first_child[node], e = first_child[node + 1]; k < e; ++k)
        if (children[k].first == word) return children[k].second;
      return 0;
    }
  };
  const Vocab& vocab_;
  Trie exact_, folded_;
  std::size_t names_ = 0;
};

}  // namespace gazette
