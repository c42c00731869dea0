// Recognizer: finds entity mentions (gazetteer + name patterns + capitalised
// sequences) and lexical cues (titles, honorifics, demonyms) in one document.
//
// READS   tokens, sentences (furniture, duplicates); the gazetteer, name patterns,
//         titles, name lexicons and word lists (speech verbs, articles, person_relatives, ...).
// WRITES  a.mentions (span, type, gazetteer entry, rule; entity -1) and a.cues.
// NEEDS   sentences (split_sentences, mark_furniture, mark_duplicates).
//
// GUIDELINES "Entities": a mention is the shortest span naming the entity: titles
// and honorifics are not part of it (they become Cues, evidence for ROLE_IN), nor
// is a possessive 's (but a name's own `'s` is: the gazetteer's `Moody's`, CoNLL's
// `Moody 's` too, and an organisation's short form `Boatmen 's` after its full name
// `Boatmen 's Bancshares Inc.`, possessive_short_forms()). A team named by its place and a
// plural (`Baltimore Orioles`) is named by the plural alone elsewhere in the document
// (`Orioles`, `RANGERS`: an Unknown mention of rule `team-short-form`, team_short_forms();
// resolve_entities() links it to the team); so is a company named with a legal form
// (`Barrick Gold Corp`) by its first words (`Barrick`: rule `company-short-form`,
// company_short_forms()). A body's full name right before the acronym it defines in
// brackets is one name whatever its words (`Iraqi News Agency ( INA )`: rule
// `acronym-expansion`, acronym_expansions(); resolve_entities() gives the acronym the same
// entity). A press review's heading, a line in capitals before a dashed item (`LA PRESSE`
// / `- ...`, two or more in the document), is a paper's name: an organisation (rule
// `press-heading`, row 19.436). Overlaps are settled longest-first, then gazetteer before pattern before bare
// capitalised sequence. Tokens marked kFurniture or kDuplicate produce nothing.
//
// Mentions of type Unknown are capitalised sequences the recognizer could not type;
// resolve_entities() links them to an entity of the document or types them.
// THREAD SAFETY: const after construction; share one Recognizer between threads.
#pragma once

#include "gazette/annotation.hpp"
#include "gazette/gazetteer.hpp"
#include "gazette/lexicon.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

namespace gazette {

class Recognizer {
 public:
  explicit Recognizer(const Lexicons& lex);
  // Not copied: the anchors of row 23.281 point into the Recognizer itself.
  Recognizer(const Recognizer&) = delete;
  Recognizer& operator=(const Recognizer&) = delete;
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
    std::string_view rule;                  // a pattern id of the Lexicons, or a literal
    bool weak = false;                      // sentence-initial common word: keep only if linked
  };
  // Per-sentence scratch: which tokens belong to a title or demonym (never part of a name).
  struct SentenceScratch {
    std::size_t first = 0, end = 0;  // the sentence's tokens
    // The document's, not the sentence's: per sentence, whether it is mostly set in ALL
    // CAPS (mostly_caps()), found once before the first sentence is read (caps_line).
    std::vector<char> caps_lines;
    bool caps_line = false;    // mostly ALL CAPS: a headline or a sports table
    bool title_line = false;   // a headline in title case: its common words are no names
    bool headline_case = false;  // title_line, or title case with commas or numbers: a headline's verbs
    // The end of a dateline's place (entities.hpp dateline_name_end(): `DORVALE
    // 2021-03-04`), 0 when the sentence is none: its words are a name, common words too.
    std::size_t dateline_name_end = 0;
    // Some candidate of this sentence is a club-abbreviation+name match (`F.C. Kestrun`):
    // only then is club_abbreviation_after_name() asked.
    bool club_abbreviation = false;
    bool in_dateline(std::size_t i) const { return i < dateline_name_end; }
    std::vector<char> masked;
    std::vector<char> known;   // covered by a gazetteer name (U.S. is no initial)
    bool masked_at(std::size_t i) const { return i >= first && i - first < masked.size() && masked[i - first]; }
    bool known_at(std::size_t i) const { return i >= first && i - first < known.size() && known[i - first]; }
    // Memo of name_like() per token: -1 unknown, 0 no, 1 yes (filled after pass 1).
    mutable std::vector<signed char> name_memo;
    // Pass 1 results per token, reused by the name patterns: length of the title
    // starting here (0 none) and its entry; length of a demonym starting here (0 none).
    // Row 23.420: the arrays only grow (room for the longest sentence yet); the sentence's
    // entries are the first phrase_n, every entry past them 0 (clear_phrases()).
    std::vector<std::uint16_t> title_len, demonym_len;
    std::vector<std::uint32_t> title_entry;
    std::size_t phrase_n = 0;  // the sentence's tokens: its entries of the three arrays
    bool phrase_cached(std::size_t i) const { return i >= first && i - first < phrase_n; }
    // Row 23.386: the tokens (from `first`, ascending) where title_len or demonym_len is set,
    // noted by note_phrase(): index_anchors() adds their title and demonym anchors there only.
    std::vector<std::uint32_t> phrase_at;
    void note_phrase(std::size_t i) {
      const auto k = static_cast<std::uint32_t>(i - first);
      if (phrase_at.empty() || phrase_at.back() != k) phrase_at.push_back(k);
    }
    // The tokens of the sentence where each anchor holds, in text order (by anchor).
    std::vector<std::vector<std::uint32_t>> anchor_at;
    std::uint64_t anchors_filled = 0;  // the lists of anchor_at the last sentence filled (row 23.281)
    std::size_t longest_phrase = 0;  // the longest title or demonym starting in the sentence
    std::vector<std::uint64_t> anchor_mask;  // per token: the anchors holding there (bit k: anchors_[k])
    // Row 23.402: the sentence's tokens (ascending) where an anchor holds or a capitalised word
    // stands, the first visit_n of visit_at (room for every token), noted by index_anchors():
    // pattern_names() and capitalised_sequences() visit these rather than every token.
    std::vector<std::uint32_t> visit_at;
    std::size_t visit_n = 0;
    // The patterns worth trying in this sentence (anchor present), at capitalised
    // words and elsewhere: as bits when the patterns fit in them (pattern_bits_), else
    // as lists (the lists stay empty with bits, the bits 0 with lists).
    std::vector<std::uint32_t> cap_patterns, other_patterns;
    std::uint64_t cap_set = 0, other_set = 0;
    // Reused buffers (kept between sentences so they are allocated once per document).
    std::vector<char> taken;
    std::vector<std::pair<std::size_t, std::size_t>> caps;
    std::vector<Candidate> cands, chosen;  // all candidates; those kept, without overlaps
    // The document's, not the sentence's: the last and first words (lower case) of the
    // persons' full names found so far (a pattern or the gazetteer, two words or more; not
    // in capitals), cleared per document. A last word of one person only (one first word)
    // is that person's surname in the rest of the document; one two people share
    // ("Jane Roe and Richard Roe") shows no one.
    std::vector<std::pair<std::string, std::string>> doc_surnames;
    bool doc_surname(const Token& t) const {
      return std::count_if(doc_surnames.begin(), doc_surnames.end(), [&](const auto& s) { return s.first == t.lower; }) == 1;
    }
    // Common words (lower case) the document writes, in a line not set in capitals, as the
    // surname of a given name ("Alan Shearer", "Tiger Woods"), found before the first
    // sentence is read: in a headline set in capitals such a word is that surname
    // ("SHEARER NAMED AS ENGLAND CAPTAIN"), not the common word.
    std::vector<std::string> common_surnames;
    bool common_surname(const Token& t) const {
      return std::find(common_surnames.begin(), common_surnames.end(), t.lower) != common_surnames.end();
    }
    // One-word offices (lower case) the document uses as a speaking surname somewhere
    // (speaking_office(): "..., King said"), found before the first sentence is read.
    std::vector<std::string> office_surnames;
    bool office_surname(const Token& t) const {
      return std::find(office_surnames.begin(), office_surnames.end(), t.lower) != office_surnames.end();
    }
    // Row 23.342: per sentence of the document, the one-character tokens some per-sentence
    // scans need (a comma, an opening bracket, a hyphen), noted by note_office_surnames()'s
    // walk; scan_marks is the current sentence's (start_sentence()). A scan whose every
    // match holds such a token is not walked in a sentence without one.
    static constexpr std::uint8_t kHasComma = 1, kHasBracket = 2, kHasHyphen = 4;
    std::vector<std::uint8_t> sentence_marks;
    std::uint8_t scan_marks = 0;
  };
  // The parts of recognize(), in the order they run on a sentence.
  void start_sentence(const Annotation& a, std::uint32_t si, SentenceScratch& sc) const;
  static void clear_phrases(SentenceScratch& sc, std::size_t n);  // row 23.387
  // Pass 1 at word i: a title, office or honorific (a cue; masks capitalised ones), then
  // the longest gazetteer name (a candidate) or demonym (a cue).
  void title_cue(Annotation& a, SentenceScratch& sc, std::size_t i) const;
  void gazetteer_name(Annotation& a, SentenceScratch& sc, std::size_t i) const;
  // A region's abbreviation after a place and a comma, its stop spaced off or left out
  // (row 19.515): a candidate for the region whose alias is the word with its stop.
  void region_abbreviation_after_place(const Annotation& a, SentenceScratch& sc) const;
  bool table_row_label(const Annotation& a, const SentenceScratch& sc, std::size_t next) const;
  bool team_row(const Annotation& a, const SentenceScratch& sc, std::size_t i) const;
  // Which anchors hold at which tokens, and which patterns are worth trying.
  void index_anchors(const Annotation& a, SentenceScratch& sc) const;
  void pattern_names(const Annotation& a, SentenceScratch& sc) const;
  // Pattern pi tried at token i (its first token can match there): a candidate if it matches.
  void pattern_at(const Annotation& a, SentenceScratch& sc, std::uint32_t pi, std::size_t i) const;
  // Party names among the candidates: a region's adjective right before a gazetteer party
  // names the party's branch there, one organisation name ("Welsh Liberal Democrats"); a
  // person's name found by a pattern ends before a party's name ("Milburn Labour will ...",
  // a headline run into the text, is Milburn, then Labour).
  void party_names(const Annotation& a, SentenceScratch& sc) const;
  // A party's one-word name that is also a given name opens no person's name (`Tory MP`; row 19.573).
  void party_word_given_names(const Annotation& a, SentenceScratch& sc) const;
  static void place_given_names(SentenceScratch& sc);
  void org_over_place_start(const Annotation& a, SentenceScratch& sc) const;
  // A place word's pattern name that opens with a longer gazetteer place and runs past it.
  static void place_word_over_place(SentenceScratch& sc);
  // `F.C.` closing a body's name before it opens no club's name after it.
  static void club_abbreviation_after_name(SentenceScratch& sc);
  // A gazetteer place with a compass word glued to it names a district of it (row 19.525).
  void place_districts(const Annotation& a, SentenceScratch& sc) const;
  // A pattern name ending on a connector and a body's opening word before `of` (row 19.526).
  void cut_before_second_body(const Annotation& a, const SentenceScratch& sc, Candidate& c) const;
  void cut_person_before_of(const Annotation& a, const SentenceScratch& sc, Candidate& c) const;
  std::size_t district_start(const Annotation& a, const SentenceScratch& sc, std::size_t first, bool region) const;
  void old_known_names(const Annotation& a, SentenceScratch& sc) const;
  // A given name and a place word that speaks (`Peter River said`) is a person's name.
  void person_before_place_word(const Annotation& a, SentenceScratch& sc) const;
  // A body's full name written right before the acronym it defines in brackets.
  void acronym_expansions(const Annotation& a, SentenceScratch& sc) const;
  std::size_t expansion_start(const Annotation& a, const SentenceScratch& sc, std::string_view acronym, std::size_t k,
                              std::size_t letters, int depth) const;
  bool party_entry(std::int32_t entry) const;
  // A body's gazetteer name and lower-case words ending in a body-part head name one of its
  // committees (`the Commons health committee`; row 19.547).
  void lower_case_committees(const Annotation& a, SentenceScratch& sc) const;
  std::size_t lower_committee_end(const Annotation& a, std::size_t k, std::size_t se) const;
  // Keeps candidates without overlap: longest, then gazetteer before pattern, then leftmost.
  static void choose_candidates(SentenceScratch& sc);
  static void take(SentenceScratch& sc, const Candidate& c);
  // A pattern's candidate (priority 2) over tokens [first, end), its whole match the same
  // span; person_candidate() one of type Person. repattern() makes a chosen candidate a
  // pattern's of that type and rule, its gazetteer entry dropped (spans kept).
  static Candidate pattern_candidate(std::size_t first, std::size_t end, EntityType type, std::string_view rule);
  static Candidate person_candidate(std::size_t first, std::size_t end, std::string_view rule) {
    return pattern_candidate(first, end, EntityType::Person, rule);
  }
  static void repattern(Candidate& c, EntityType type, std::string_view rule);
  // A press review's heading line [first, end) names a paper: an organisation candidate
  // over the whole line (row 19.436; press_headings() in recognizer.cpp finds the lines).
  static void press_heading(SentenceScratch& sc, std::size_t first, std::size_t end);
  // Pass 2: capitalised sequences over the tokens no candidate took.
  void capitalised_sequences(const Annotation& a, SentenceScratch& sc) const;
  bool free_name(const Annotation& a, const SentenceScratch& sc, std::size_t k) const;
  // The end of the capitalised sequence starting at free name i (hyphens, particles inside).
  std::size_t sequence_end(const Annotation& a, const SentenceScratch& sc, std::size_t i) const;
  bool letter_name(const Annotation& a, const SentenceScratch& sc, std::size_t b) const;
  // A surname and a given name of two syllables joined by a hyphen (`Li Song-ho`, `Kim
  // In-so`): one person's name, its lower-case syllable inside it (row 19.410).
  void hyphen_syllable_names(const Annotation& a, SentenceScratch& sc) const;
  bool hyphen_syllable_at(const Annotation& a, const SentenceScratch& sc, std::size_t h) const;
  void take_name_after(const Annotation& a, SentenceScratch& sc, Candidate& c, std::size_t end) const;
  // The token after a nickname in marks and its surname at j, after a given name (rule 19.420); j when none.
  std::size_t nickname_surname_end(const Annotation& a, const SentenceScratch& sc, std::size_t j) const;
  // The sequence [b, j) joins a chosen gazetteer place or a person found by a given name
  // next to it; i moves to the end of the joined name.
  bool merge_glued_name(const Annotation& a, SentenceScratch& sc, std::size_t b, std::size_t j, std::size_t& i) const;
  bool run_in_headline_post(const Annotation& a, const SentenceScratch& sc, std::size_t b, const Candidate& place) const;
  bool merge_first_name(const Annotation& a, SentenceScratch& sc, std::size_t b, std::size_t j, std::size_t& i) const;
  // [b, j) one camel-case word (`MaliVai`) before the one-word place `place`, no country.
  bool camel_given_name(const Annotation& a, std::size_t b, std::size_t j, const Candidate& place) const;
  // A one-word country chosen right before the one-word sequence [b, j) is a person's first
  // name (`America Ferrera`, `Chad Ogea`); i moves to the end of the joined name.
  bool country_first_name(const Annotation& a, SentenceScratch& sc, std::size_t b, std::size_t j, std::size_t& i) const;
  // The end of a competitor's name [b, j) before a country in brackets, a capitalised common
  // word after a given name taken into it as its surname (`Tom Forget ( France )`, row 19.514); j
  // when none.
  std::size_t competitor_surname_end(const Annotation& a, const SentenceScratch& sc, std::size_t b, std::size_t j) const;
  static void append_mentions(Annotation& a, std::uint32_t si, SentenceScratch& sc);
  // Records the last words of the persons' full names chosen in the sentence (doc_surnames).
  static void note_surnames(const Annotation& a, SentenceScratch& sc);
  // A one-word title or demonym at capitalised word i is a person's surname: after a given
  // name ("Charlie King", "Mark Cuban") or a surname of the document ("Mr. King", "Cuban
  // said"), with no capitalised name after it ("King Abdullah", "Cuban Americans").
  bool surname_not_cue(const Annotation& a, const SentenceScratch& sc, std::size_t i) const;
  bool party_word_at(const SentenceScratch& sc, std::size_t k) const;
  // A lone office at capitalised word i used as a surname in British copy: right after a
  // comma or a closing quotation mark and right before a speech verb ("..., Major said",
  // "\"...,\" Judge said"); no article, no name after it: a name, not a title.
  bool speaking_office(const Annotation& a, const SentenceScratch& sc, std::size_t i) const;
  // Fills sc.office_surnames and sc.caps_lines from every sentence of the document (one walk,
  // row 23.304); note_office_surname() tests capitalised word i.
  void note_office_surnames(const Annotation& a, SentenceScratch& sc) const;
  void note_office_surname(const Annotation& a, SentenceScratch& sc, std::size_t i) const;
  // Row 23.342: the SentenceScratch::kHas* bit of a one-character token's text, 0 for others.
  static std::uint8_t scan_mark(char c);
  // Fills sc.common_surnames for the document from sc.caps_lines (before start_sentence()).
  void note_common_surnames(const Annotation& a, SentenceScratch& sc) const;
  bool lone_surname_use(const Annotation& a, const Sentence& s, std::size_t i) const;
  bool caps_common_word(const Token& t, const SentenceScratch& sc) const;
  bool headline_verb_word(const Annotation& a, const SentenceScratch& sc, std::size_t i, std::size_t end) const;
  // An office the document uses as a speaking surname is that surname wherever it stands
  // alone at word i: no word before it (a paragraph's or sentence's first word, or after
  // punctuation: not "the King", "Saudi King") and no capitalised word after it ("King,
  // an independent who ..., said"; "King acknowledged"; not "King Abdullah").
  bool lone_office_surname(const Annotation& a, const SentenceScratch& sc, std::size_t i) const;
  // The sentence-initial capitalised word i opens a person's two-word name that speaks:
  // a surname follows (capitalised, not a common word, not-name or gazetteer name) and
  // the pair is the subject of a speech verb, right after it or after an apposition
  // closed by a comma ("Hogan Gidley, a former director of ..., said"; "Rich Heffley
  // said"). Not a discourse word, sentence opener, title or role word, nor an -ly adverb.
  bool speaking_first_name(const Annotation& a, const SentenceScratch& sc, std::size_t i) const;
  // Word k is a surname no list knows: capitalised (not ALL CAPS, no abbreviation, two
  // letters or more), not a common word, not-name, gazetteer name or title.
  bool unknown_surname_at(const Annotation& a, const SentenceScratch& sc, std::size_t k) const;
  static void drop_cues_inside_mentions(Annotation& a);
  // Short forms (`Boatmen 's`) of the document's organisations named with a possessive
  // noun first (`Boatmen 's Bancshares Inc.`), among the mentions from index `from` on.
  static void possessive_short_forms(Annotation& a, std::size_t from);
  // Short forms (`Orioles`, `RANGERS`) of the document's teams named by a place and a plural
  // (`Baltimore Orioles`, `Texas Rangers`), among the mentions from index `from` on.
  void team_short_forms(Annotation& a, std::size_t from) const;
  // Short forms (`Barrick`, `Brush Wellman`) of the document's companies named with a legal
  // form (`Barrick Gold Corp`, `Brush Wellman Inc`), among the mentions from index `from` on.
  void company_short_forms(Annotation& a, std::size_t from) const;
  // A company's name with its legal form found by rules right after the sentence's first
  // word, a capitalised common word (`Jeans Mate Corp`), opens with that word.
  void company_openers(Annotation& a, std::size_t from) const;
  // Whether sentence s opens with such a word: capitalised, common, no opener, title or cue.
  bool company_opener_word(const Annotation& a, const Sentence& s) const;
  // The opener and a legal form alone (`Acme Corp said`): an organisation of two words.
  void company_opener_pairs(Annotation& a, std::size_t from) const;
  // The short names of company mention m: each run of its first words before the legal form.
  void company_prefixes(const Annotation& a, const Mention& m, std::vector<std::vector<std::string_view>>& out) const;
  // The short names of the organisations found by rules with a head, a press noun or `&`
  // (`Kestrel` of `Kestrel Energy`), from mention `from` on (row 19.553).
  void named_org_prefixes(const Annotation& a, std::size_t from, std::vector<std::vector<std::string_view>>& out) const;
  // Whether tokens [k, k + n) of sentence s, such a short name, may name it there.
  bool named_short_site(const Annotation& a, const Sentence& s, bool caps, std::size_t k, std::size_t n) const;
  // The longest short name of `prefixes` that tokens k... of sentence s spell, or 0.
  static std::size_t short_name_at(const Annotation& a, const Sentence& s, std::size_t k,
                                   const std::vector<std::vector<std::string_view>>& prefixes);
  // The plural that names a team after its place (`Orioles` of `Baltimore Orioles`): the
  // last word of organisation mention m when the words before it are a gazetteer place.
  bool team_plural(const Annotation& a, const Mention& m) const;
  std::size_t match_pattern(const Annotation& a, const SentenceScratch& sc, const NamePattern& p, std::size_t ti,
                            std::size_t i, std::size_t end, std::vector<std::pair<std::size_t, std::size_t>>& caps) const;
  bool bare_middle_initial(const Annotation& a, std::size_t i) const;
  bool token_ok(const Annotation& a, const SentenceScratch& sc, const PatternToken& pt, std::size_t i, std::size_t end,
                std::size_t& used) const;
  // The names on both sides of the hyphen at `hyphen` are known surnames (two people).
  bool two_known_surnames(const Annotation& a, std::size_t hyphen) const;
  // Row 19.501: the word after a coordinating connector (`and`) at token k opens a
  // name of its own: gazetteer names filling the match up to match_end, a given name or a
  // title (`University of Kestrun and Professor Roe`, `Council of Dorvale and NATO`).
  bool opens_own_name(const Annotation& a, const SentenceScratch& sc, std::size_t k, std::size_t match_end) const;
  // Row 19.494: the connector at token k joins a gazetteer place after `of` and one filling
  // the match up to match_end, both lying in one country (`Law Society of England and Wales`).
  bool of_places_of_one_state(const Annotation& a, const SentenceScratch& sc, std::size_t k, std::size_t match_end) const;
  void extend_over_hyphens(const Annotation& a, const SentenceScratch& sc, Candidate& c, std::size_t se) const;
  bool name_like(const Annotation& a, const SentenceScratch& sc, std::size_t i) const {
    const Token& t = a.tokens[i];
    if (t.kind != TokenKind::Word || !t.has(kCapitalized)) return false;  // most tokens: no memo needed
    return name_like_memo(a, sc, i);
  }
  bool name_like_memo(const Annotation& a, const SentenceScratch& sc, std::size_t i) const;
  bool name_like_uncached(const Annotation& a, const SentenceScratch& sc, std::size_t i) const;
  bool speech_verb_after_name(const Annotation& a, const SentenceScratch& sc, std::size_t i) const;
  bool finite_speech_verb(const Annotation& a, const SentenceScratch& sc, std::size_t i) const;
  // A headline in title case ("Zorvex Makes A Bold Appeal"): four or more words, every
  // word of four letters or more capitalised (the headline styles' rule), two capitalised
  // common words (not given names or known surnames) after the first word, and no
  // number or comma (lists of names and results tables are not headlines).
  bool title_case_line(const Annotation& a, const Sentence& s, bool lists_too) const;

  const Lexicons& lex_;
  const Gazetteer& gaz_;
  // Anchors: a required token of a pattern that names words or a lexicon ("org_heads",
  // "loc_after", text ")"), deduplicated over all patterns. Each sentence records, per
  // token, the anchors whose necessary condition (anchor_hit) holds there, and the
  // tokens where each holds. A pattern is tried at token i only if its first token's
  // anchor (if any) holds at i and each later anchor (a required named token after the
  // first) holds at some token in [i + offset, i + reach], where offset counts the
  // required tokens before it and reach the most tokens the pattern's tokens before it
  // can take (eight repetitions of one word; a title or demonym phrase as long as the
  // longest in the sentence): "Acme Holdings Ltd" is tried as an organisation only
  // where a head word follows within eight names.
  // The most repetitions a pattern token with op + or * takes.
  static constexpr std::size_t kMaxRep = 8;
  using AnchorMask = std::uint64_t;  // a bit per anchor (anchors_[k]: bit k)
  struct LaterAnchor {
    std::int32_t anchor = -1;
    std::uint32_t offset = 0;       // required tokens before it
    std::uint32_t words = 0;        // most tokens taken by word tokens before it
    std::uint32_t phrases = 0;      // most repetitions of title or demonym phrases before it
  };
  struct PatternAnchor {
    std::int32_t first = -1;       // anchor of the first token, -1 none
    std::uint16_t first_flags = 0;  // token flags the first token's shape needs (an initial: kAbbrev, kAllCaps)
    std::vector<LaterAnchor> later;
    AnchorMask later_mask = 0;      // the anchors of `later`, a bit each (a sentence lacking one skips the pattern)
  };
  // Every later anchor of the pattern holds at a token the pattern can reach from token i.
  bool anchors_in_reach(const SentenceScratch& sc, const PatternAnchor& pa, std::size_t i) const;
  // The index of the anchor testing `pt`, added if new; -1 when kMaxAnchors are taken.
  std::int32_t anchor_of(const PatternToken& pt);
  bool anchor_hit(const PatternToken& pt, const Token& t, const SentenceScratch& sc, std::size_t i) const;
  // The anchors (as a bit mask) whose necessary condition holds at token i: inline in
  // index_anchors(), which asks at every token, from the token's ids and word bits; a token
  // that was not interned has each anchor tested (anchors_tested()). Row 23.386: the title
  // and demonym anchors of an interned token are added after the walk, where a title or a
  // demonym starts (phrase_anchors(), at sc.phrase_at).
  AnchorMask anchors_at(const Token& t, const SentenceScratch& sc, std::size_t i) const;
  AnchorMask anchors_tested(const Token& t, const SentenceScratch& sc, std::size_t i) const;
  void phrase_anchors(const Annotation& a, SentenceScratch& sc, AnchorMask& present) const;
  // Row 23.281: 64 (was 32, which the built-in patterns filled: a pattern's anchor past them was lost).
  static constexpr std::size_t kMaxAnchors = 64;  // patterns beyond these get no anchor
  // Row 23.281: the anchors of required tokens known by their shape (recognizer.cpp
  // make_shape_anchors()): a number (number_mask_: the anchor holds where the token is a
  // number), the word `-` (a glued hyphen), the words of name_connectors (a connector).
  PatternToken number_anchor_, hyphen_anchor_, connector_anchor_;
  AnchorMask number_mask_ = 0;
  void make_shape_anchors();
  const PatternToken* shape_anchor(const PatternToken& pt) const;
  std::vector<PatternAnchor> pattern_anchor_;  // by pattern index
  std::vector<const PatternToken*> anchors_;   // distinct anchor tokens
  // Masks over anchors_: those without a word list, those without a lexicon, those
  // with a title / demonym lexicon; by vocabulary id: the anchors whose list names it;
  // by word bit (Lexicons::WordBit position): the anchors whose lexicon is that bit.
  AnchorMask no_text_mask_ = 0, any_lex_mask_ = 0, title_mask_ = 0, demonym_mask_ = 0;
  std::uint32_t anchor_bits_ = 0;  // the word bits of the anchors' lexicons
  std::vector<AnchorMask> word_anchors_;
  std::array<AnchorMask, 32> bit_anchors_{};
  // A bit per hash of the ids word_anchors_ names (a few dozen words in a vocabulary of
  // tens of thousands): most tokens are turned away here, in 2 KB that stay in cache,
  // instead of reading word_anchors_ (hundreds of KB) at their id.
  std::array<std::uint64_t, 256> anchor_word_filter_{};
  static std::uint32_t anchor_word_hash(std::uint32_t id) { return (id * 0x9E3779B1u) >> 18; }  // 14 bits
  AnchorMask word_anchors(std::uint32_t id) const {
    const std::uint32_t h = anchor_word_hash(id);
    if (!((anchor_word_filter_[h >> 6] >> (h & 63)) & 1u)) return 0;
    return id < word_anchors_.size() ? word_anchors_[id] : AnchorMask{0};
  }
  // The name patterns as bits (pattern index pi: bit pi) when there are at most 64 of
  // them (the built-in data has 27; more, from user rules, are tried one by one): those
  // whose first token has no anchor, those whose first token's anchor is anchors_[k], and
  // per set of token flags a first token's shape needs (PatternAnchor::first_flags), the
  // patterns that need it. pattern_names() then tries at a token only the patterns whose
  // first token can match there, in index order, without visiting the others.
  static constexpr std::size_t kPatternBits = 64;
  bool pattern_bits_ = false;
  std::uint64_t anchorless_first_ = 0;
  std::array<std::uint64_t, kMaxAnchors> first_anchor_patterns_{};
  std::vector<std::pair<std::uint16_t, std::uint64_t>> flag_patterns_;
  // Row 23.261: the same patterns as bits for index_anchors()' choice of a sentence's
  // patterns: all of them, those not starting capitalised, those with later anchors, and
  // by anchor k the patterns having anchor k among their later ones (later_mask).
  std::uint64_t all_patterns_ = 0, other_patterns_ = 0, later_patterns_ = 0;
  AnchorMask later_anchors_ = 0;  // the union of the patterns' later_mask
  std::array<std::uint64_t, kMaxAnchors> later_anchor_patterns_{};
  void index_pattern_bits();
  // The patterns worth trying in the sentence (index_anchors()), by bits: `present` the
  // anchors holding somewhere in it.
  void choose_pattern_bits(SentenceScratch& sc, AnchorMask present) const;

};

}  // namespace gazette
