// Lexicons: all built-in and user data (gazetteer entries, titles, given names,
// speech cues, relation cues, name patterns, furniture patterns), loaded and
// validated once, then frozen and shared read-only by every thread.
//
// DATA FILES (data/; user files with --gazetteer / --rules):
//  - Gazetteer: JSONL, line 1 `{"format":"gazette/gazetteer","version":1}`, then one
//    entry a line: {"id","name","type","aliases",...}. Or TSV: name<TAB>type[<TAB>alias|alias].
//    A user entry with an existing id replaces the built-in one.
//  - Lexicons and rules: one JSON object {"format":"gazette/lexicon"|"gazette/rules",
//    "version":1,"kind":K,"entries":[...]} where K is one of given_names, common_words,
//    not_names, titles, org_heads, loc_heads, speech_verbs, relation_cues,
//    name_patterns, furniture. User entries add to the built-in ones.
//  Every error names file:line:column and what is wrong; loading collects all errors.
#pragma once

#include "gazette/annotation.hpp"
#include "gazette/diagnostic.hpp"
#include "gazette/sentences.hpp"

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace gazette {

struct Role {
  std::string title, of;
};

struct GazetteerEntry {
  std::string id, name;
  EntityType type = EntityType::Unknown;
  std::vector<std::string> aliases;
  std::string wikidata;
  std::vector<std::string> demonyms;   // countries
  std::vector<std::string> capitals;   // countries
  std::string country;                 // located_in / lies in (canonical name)
  std::string part_of;                 // organisations: affiliate of
  std::vector<Role> roles;             // persons
  std::string capital_of;              // derived: a capital's country (canonical name)
  bool seat = false;                   // a seat of government (the Kremlin): stands for it, lies in `country`
  std::string source;                  // file it came from
  std::size_t line = 0;
};

struct TitleEntry {
  enum class Kind { Honorific, Office, RoleNoun };
  std::string title;
  Kind kind = Kind::Office;
  std::string default_country;
};

struct SpeechCue {
  std::string lemma;
  bool reporting = true;       // can introduce reported speech (a that-clause)
  enum class Kind { Verb, PhraseBeforeSource, PhraseAfterSource, Noun } kind = Kind::Verb;
};

struct RelationCue {
  RelationType type = RelationType::MetWith;
  std::string frame;           // active | passive | nominal_with | noun_of
};

// One token test of a name pattern (see data/rules/name_patterns.json).
struct PatternToken {
  std::string lex;             // lexicon the token must be in ("" = any)
  std::string not_lex;         // lexicon the token must not be in
  std::string shape;           // Cap | CAPS | initial | lower | hyphen | connector | name | "" (any)
  std::vector<std::string> text;  // allowed normal forms ("" = any)
  char op = '1';               // 1 ? + *
  bool capture = false;
  bool no_space = false;       // must be glued to the previous token
};

struct NamePattern {
  std::string id;
  EntityType label = EntityType::Person;
  std::vector<PatternToken> tokens;
  double confidence = 0.7;
};

// A set of strings looked up by string_view without allocating: keys are views into
// owned storage (libstdc++ 12's heterogeneous look-up in unordered containers is slow).
class StringSet {
 public:
  void insert(std::string s) {
    if (set_.count(s)) return;
    store_.push_back(std::move(s));
    set_.insert(store_.back());
  }
  bool contains(std::string_view s) const { return set_.find(s) != set_.end(); }
  std::size_t size() const { return set_.size(); }

 private:
  std::deque<std::string> store_;
  std::unordered_set<std::string_view> set_;
};

// A map from strings to values, looked up by string_view (same storage scheme).
template <class V>
class StringMap {
 public:
  V& operator[](std::string_view k) {
    auto it = map_.find(k);
    if (it != map_.end()) return it->second;
    store_.emplace_back(k);
    return map_[store_.back()];
  }
  const V* find(std::string_view k) const {
    auto it = map_.find(k);
    return it == map_.end() ? nullptr : &it->second;
  }
  bool empty() const { return map_.empty(); }
  std::size_t size() const { return map_.size(); }

 private:
  std::deque<std::string> store_;
  std::unordered_map<std::string_view, V> map_;
};

// Matches lower-cased multi-word phrases at a token position. Payload is an index.
class PhraseIndex {
 public:
  void add(std::string_view phrase, std::uint32_t payload);
  // Longest phrase starting at tokens[i] (compared lower-case, skipping nothing).
  // Returns the number of tokens matched (0 = none) and sets payload.
  std::size_t match(const std::vector<Token>& tokens, std::size_t i, std::size_t end, std::uint32_t& payload) const;
  bool empty() const { return first_.empty(); }

 private:
  struct Phrase { std::vector<std::string> words; std::uint32_t payload; };
  StringMap<std::vector<Phrase>> first_;  // by first word
};

// Splits a phrase into the normal forms the tokenizer would give it, lower-cased
// unless `keep_case`.
std::vector<std::string> phrase_words(std::string_view phrase, bool keep_case = false);

class Lexicons {
 public:
  Lexicons();
  ~Lexicons();
  Lexicons(const Lexicons&) = delete;
  Lexicons& operator=(const Lexicons&) = delete;

  // Loads every built-in file. Returns false (with diagnostics) on any error.
  bool load_builtin(Diagnostics& diag);
  // Loads a user file: a gazetteer (.jsonl / .tsv) or a lexicon/rules file (.json).
  bool load_file(const std::string& path, Diagnostics& diag);
  // Loads data from memory (tests, built-in files). `name` is used in diagnostics.
  bool load_text(const std::string& name, std::string_view text, Diagnostics& diag);
  // Builds the derived indexes; call once after loading, before use.
  void finalize();

  // Queries (valid after finalize()).
  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  const GazetteerEntry* entry_by_id(std::string_view id) const;
  const GazetteerEntry* entry_by_name(std::string_view canonical) const;  // canonical names only
  const std::vector<std::uint32_t>& persons_with_surname(std::string_view surname) const;

  bool is_given_name(std::string_view word) const { return given_names_.contains(word); }
  bool is_common_word(std::string_view lower) const { return common_words_.contains(lower); }
  bool is_not_name(std::string_view word) const { return not_names_.contains(word); }
  bool is_sentence_opener(std::string_view lower) const;
  bool in_lexicon(std::string_view lex, const Token& t) const;

  const std::vector<TitleEntry>& titles() const { return titles_; }
  const PhraseIndex& title_index() const { return title_index_; }      // payload: index into titles()
  const std::vector<SpeechCue>& speech_cues() const { return speech_; }
  const PhraseIndex& speech_index() const { return speech_index_; }    // payload: index into speech_cues()
  const std::vector<RelationCue>& relation_cues() const { return rel_cues_; }
  const PhraseIndex& relation_index() const { return rel_index_; }     // payload: index into relation_cues()
  const std::vector<NamePattern>& name_patterns() const { return patterns_; }
  const FurnitureRules& furniture() const { return furniture_; }
  std::uint64_t fingerprint() const { return fingerprint_; }

 private:
  bool load_gazetteer_jsonl(const std::string& name, std::string_view text, Diagnostics& diag);
  bool load_gazetteer_tsv(const std::string& name, std::string_view text, Diagnostics& diag);
  bool load_lexicon_json(const std::string& name, std::string_view text, Diagnostics& diag);
  void add_entry(GazetteerEntry e);

  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, std::uint32_t> by_id_, by_name_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_surname_;
  StringSet given_names_, common_words_, not_names_;
  StringSet org_heads_, org_starts_, loc_after_, loc_before_;
  std::vector<TitleEntry> titles_;
  PhraseIndex title_index_;
  std::vector<SpeechCue> speech_;
  std::vector<std::string> speech_forms_;
  PhraseIndex speech_index_;
  std::vector<RelationCue> rel_cues_;
  std::vector<std::string> rel_forms_;
  PhraseIndex rel_index_;
  std::vector<NamePattern> patterns_;
  FurnitureRules furniture_;
  std::vector<std::string> furniture_line_src_, furniture_bracket_src_;
  std::uint64_t fingerprint_ = 1469598103934665603ull;
};

}  // namespace gazette
