// Recognizer: finds entity mentions (gazetteer + name patterns + capitalised
// sequences) and lexical cues (titles, honorifics, demonyms) in one document.
//
// GUIDELINES "Entities": a mention is the shortest span naming the entity: titles
// and honorifics are not part of it (they become Cues, evidence for ROLE_IN), nor
// is a possessive 's. Overlaps are settled longest-first, then gazetteer before
// pattern before bare capitalised sequence. Tokens marked kFurniture or kDuplicate
// produce nothing.
//
// Mentions of type Unknown are capitalised sequences the recognizer could not type;
// resolve_entities() links them to an entity of the document or types them.
// THREAD SAFETY: const after construction; share one Recognizer between threads.
#pragma once

#include "gazette/annotation.hpp"
#include "gazette/gazetteer.hpp"
#include "gazette/lexicon.hpp"

namespace gazette {

class Recognizer {
 public:
  explicit Recognizer(const Lexicons& lex);
  // Appends mentions and cues for every sentence of `a` (tokens and sentences must exist).
  void recognize(Annotation& a) const;
  const Gazetteer& gazetteer() const { return gaz_; }

 private:
  struct Candidate {
    std::uint32_t first = 0, end = 0;      // captured tokens (the mention)
    std::uint32_t match_first = 0, match_end = 0;  // whole match, titles included
    EntityType type = EntityType::Unknown;
    std::int32_t entry = -1;
    int priority = 0;                       // 3 gazetteer name, 2 pattern, 1 sequence
    std::string rule;
    bool weak = false;                      // sentence-initial common word: keep only if linked
  };
  // Per-sentence scratch: which tokens belong to a title or demonym (never part of a name).
  struct SentenceScratch {
    std::size_t first = 0;
    std::vector<char> masked;
    std::vector<char> known;   // covered by a gazetteer name (U.S. is no initial)
    bool masked_at(std::size_t i) const { return i >= first && i - first < masked.size() && masked[i - first]; }
    bool known_at(std::size_t i) const { return i >= first && i - first < known.size() && known[i - first]; }
    // Memo of name_like() per token: -1 unknown, 0 no, 1 yes (filled after pass 1).
    mutable std::vector<signed char> name_memo;
    // Pass 1 results per token, reused by the name patterns: length of the title
    // starting here (0 none) and its entry; length of a demonym starting here (0 none).
    std::vector<std::uint16_t> title_len, demonym_len;
    std::vector<std::uint32_t> title_entry;
  };
  std::size_t match_pattern(const Annotation& a, const SentenceScratch& sc, const NamePattern& p, std::size_t ti,
                            std::size_t i, std::size_t end, std::vector<std::pair<std::size_t, std::size_t>>& caps) const;
  bool token_ok(const Annotation& a, const SentenceScratch& sc, const PatternToken& pt, std::size_t i, std::size_t end,
                std::size_t& used) const;
  bool name_like(const Annotation& a, const SentenceScratch& sc, std::size_t i) const;
  bool name_like_uncached(const Annotation& a, const SentenceScratch& sc, std::size_t i) const;

  const Lexicons& lex_;
  const Gazetteer& gaz_;
  // Name patterns to try at a capitalised word (all) and elsewhere (those whose first
  // token need not be capitalised), as indexes into Lexicons::name_patterns().
  std::vector<std::uint32_t> all_patterns_, uncapitalised_patterns_;

};

}  // namespace gazette
