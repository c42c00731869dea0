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
//    name_patterns, furniture, word_lists, given_name_sex, abbreviations. User entries add
//    to the built-in ones.
//  - abbreviations (data/lexicon/abbreviations.json): {"abbreviation", "ends_sentence"}:
//    the words that keep their period (abbreviations.hpp), read by the tokenizer.
//  - word_lists (data/lexicon/word_lists.json): {"list": NAME, "words": [...], "match"?:
//    "prefix" | "suffix"}; one list per concept (enum Words), read by the extraction stages;
//    a "suffix" list (adverb_suffixes, ...) holds word endings, tested with ends_in().
//  - given_name_sex (data/lexicon/given_name_sex.json): {"name","sex":"female"|"male"}:
//    the sex a given name shows, for agreement with he/she (a later entry for a name
//    replaces an earlier one).
//  Every error names file:line:column and what is wrong; loading collects all errors.
#pragma once

#include "gazette/abbreviations.hpp"
#include "gazette/annotation.hpp"
#include "gazette/diagnostic.hpp"
#include "gazette/furniture_rules.hpp"
#include "gazette/hash.hpp"
#include "gazette/names.hpp"
#include "gazette/vocab.hpp"

#include <array>
#include <bit>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <deque>
#include <map>
#include <optional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace gazette {

class Gazetteer;

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
  std::vector<std::string> person_keys;  // derived, persons: person_key() of the name, then of each alias
  std::string capital_of;              // derived: a capital's country (canonical name)
  bool seat = false;                   // a seat of government (the Kremlin): stands for it, lies in `country`
  // A state (regions) named like a city: "namesake_city", the city's canonical name (New
  // York State: New York City). Derived on that city: namesake_state, the state's name, which
  // the city's name stands for before a state's office (entities.cpp, row 19.491).
  std::string namesake_city;
  std::string namesake_state;
  std::string source;                  // file it came from
  std::size_t line = 0;
};

// The sex a given name or honorific shows (he/she agreement); Unknown when nothing does.
enum class Sex : std::uint8_t { Unknown, Female, Male };

struct TitleEntry {
  enum class Kind { Honorific, Office, RoleNoun };
  std::string title;
  Kind kind = Kind::Office;
  std::string default_country;
  // The bodies a seat belongs to (Sen. -> U.S. Senate), canonical names: the role goes to
  // the one the text names, never to the default country (GUIDELINES "ROLE_IN").
  std::vector<std::string> bodies;
  // "state_office": a seat held for a state of a federation (Senator, Governor, Attorney
  // General): a place named right before it is that state (row 19.491).
  bool state_office = false;
  // Derived when the data load (Lexicons::finalize()): the title's words in lower case are
  // those of a "role_noun" entry marked "state_office" (`Senator` and `senator`), so that
  // the office written in lower case is still a state's seat (entities.cpp, row 19.495).
  bool lower_case_state_seat = false;
};

struct SpeechCue {
  std::string lemma;
  bool reporting = true;       // can introduce reported speech (a that-clause)
  bool takes_object = false;   // "object": the hearer may follow the verb ("told reporters that")
  bool that_optional = false;  // "that_optional": may introduce a clause without "that" ("said it was")
  // "np_object": also takes a noun-phrase object that reports no speech (`added 292,000 jobs`,
  // `claimed the nomination`): without "that" its clause must show a finite verb.
  bool np_object = false;
  // "complements": what else may carry the reported content: "to" (promised to act),
  // "object_to" (urged the government to act), "np" (denied the claims, announced a review),
  // "question" (an indirect question: asked whether it would work, explained why).
  bool to_infinitive = false, object_infinitive = false, noun_phrase = false, question = false;
  // "before_quote": attributes only a quote that follows it (`As X put it: "Q"`); after a
  // quote it names the source of the wording inside another report (`"productive", as X put it`).
  bool before_quote = false;
  enum class Kind { Verb, PhraseBeforeSource, PhraseAfterSource, Noun } kind = Kind::Verb;
};

// How a relation cue's arguments stand around it (relation_cues.json "frame").
enum class Frame : std::uint8_t {
  Active,       // HEAD <cue> TAIL
  Passive,      // TAIL was <cue> by HEAD
  NominalWith,  // HEAD ... <cue> with TAIL / <cue> between HEAD and TAIL
  NounOf,       // HEAD, TAIL's <cue> / <cue> of TAIL
  Post,         // affiliations.hpp: a post held in the organisation that qualifies it (ROLE_IN)
  Membership,   // affiliations.hpp: what one is as a member of it: MP, Sen., candidate (MEMBER_OF)
  Evaluation,   // an evaluative word: CRITICIZED (negative: "dangerous") or SUPPORTS (positive: "prudent")
  Judging,      // a verb that judges its object by a following evaluation: "called X dangerous"
};
std::string_view to_string(Frame f);            // "active", "passive", "nominal_with", "noun_of", "post", "membership",
                                                //  "evaluation", "judging"
std::optional<Frame> parse_frame(std::string_view s);

struct RelationCue {
  RelationType type = RelationType::MetWith;
  Frame frame = Frame::Active;
  std::string role;  // a ROLE_IN verb's post ("role": `chairs` -> chair), else ""
};

// The word lists of data/lexicon/word_lists.json, one per concept; each list's note in
// that file says what it is for. Words are lower case; a list may hold phrases.
enum class Words : std::uint8_t {
  SubjectPronouns,
  WePronouns,
  Articles,
  PersonPossessives,
  Possessives,
  Determiners,
  NounPhraseOpeners,
  Coordinators,
  RelativeWords,
  Complementizers,
  Copulas,
  Negators,
  Refusals,
  OfficialNouns,
  StateBodyNouns,
  RegimeNouns,
  DiscourseMarkers,
  SentenceLinkers,
  SpeakerPhraseEnds,
  SpeakerPhrasePrepositions,
  SubjectGapWords,
  StatementNouns,
  BeforeThat,
  NotClauseOpeners,
  TitlePremodifiers,
  DiplomatNouns,
  ForeignOffices,
  LeaderNouns,
  LeaderOffices,
  OfficeHeadPrefix,
  OfficeHeadAnywhere,
  RejectionVerbStems,
  DenialCueStems,
  ClaimNouns,
  KindNouns,  // here, not last: made when Token::lmask was one byte and a mask made last passed it (two bytes now)
  WorkTitleWords,
  AllyNouns,
  CueNouns,
  AttackModifiers,
  LaunchVerbs,
  TargetPrepositions,
  ParticleBackVerbs,
  ParticipleOpeners,
  CoordinationFillers,
  BetweenStoppers,
  InclusionWords,
  BlamePredicates,
  ActingVerbs,
  ActingAdverbs,
  PlacePrepositions,
  LocationPrepositions,
  NameConnectors,
  NameFunctionWords,
  HyphenParticles,
  ContractionTails,
  SentenceOpeners,
  MaleWords,
  FemaleWords,
  BodyPronouns,
  PartyNameWords,
  NationalPostHeads,
  OppositionPremodifiers,
  PartyLetters,
  InfinitiveMarkers,
  PersonRoleNouns,
  VersusWords,
  VerbalAttackVerbs,
  DateAmWords,
  DatePmWords,
  OrdinalSuffixes,
  DateFillers,
  MonthVariants,
  PhraseEndWords,
  DefiniteArticles,
  IndefiniteArticles,
  OfPrepositions,
  PostPrepositions,
  OriginPrepositions,
  ContainmentPrepositions,
  AdditiveConjunctions,
  PersonRelatives,
  BetweenPrepositions,
  ActionObjectPrepositions,
  PluralPossessives,
  AgentPrepositions,
  ComitativePrepositions,
  DependencyPrepositions,
  AdverbLikeCues,
  ContrastConjunctions,
  PlanNouns,
  WelcomeVerbs,
  DeclarativeComplementizers,
  Subordinators,
  FiniteAuxiliaries,
  PlayerNouns,
  BodyPartHeads,
  PresidencyNouns,
  CapacityPrepositions,
  SpeechActCueStems,
  SportsWords,
  ContestWords,
  AbsolutePrepositions,
  InterrogativeWords,
  AimVerbs,
  AttributionAs,
  NationRegions,
  DismissalWords,
  NominativePronouns,
  ContrastConnectives,
  RepresentationPrepositions,
  PredicativeVerbs,
  FixtureWords,
  ObjectPronouns,
  SidePrepositions,
  PartySideWords,
  GerundPrepositions,
  ContestEventHeads,
  NameVerbSpeech,
  NameHeadNouns,
  NameOfNouns,
  PerfectAuxiliaries,
  ConditionalSubordinators,
  MaleObjectPronouns,
  FemaleObjectPronouns,
  PassivePredicativeVerbs,
  AdverbSuffixes,
  ParticipleSuffixes,
  PastSuffixes,
  PresentSSuffixes,
  NonPresentSSuffixes,
  YKeepingSuffixes,
  NegativeAuxiliaries,
  CompanyLegalForms,
  DeicticCountryDeterminers,
  CountryNouns,
  ReferenceNouns,
  SwipeNouns,
  ReferencePrepositions,
  DemonstrativePronouns,
  CountryCompoundNouns,
  PastTitlePremodifiers,
  HedgingWords,
  OwnBodyPrepositions,
  AcronymExpansionWords,
  AdjectiveSuffixes,
  QuantifierDeterminers,
  BodyRelatives,
  DemonymNouns,
  NumberModifiers,
  TimePhraseNouns,
  HeaderDirections,
  SupportPrepositions,
  PeopleNounSuffixes,
  FirmRoleNouns,
  TimeLimitPrepositions,
  IrregularPastForms,
  PluralQuantifiers,
  FrontingSubordinators,
  TimeMeasureWords,
  TopicPrepositions,
  ConformityNouns,
  PersonNounEndings,
  ExpletivePronouns,
  AuthoredTextNouns,
  PublishingVerbs,
  MalePossessivePronouns,
  ExistentialSubjects,
  DepartmentNouns,
  CausativeVerbs,
  OtherPrepositions,
  NounFirstCueForms,
  RoleModifierParticiples,
  GestureVerbs,
  ToldThingNouns,
  CurrencySigns,
  SeatParticiples,
  ReviewFields,
  PressReportVerbs,
  CorrelativeOpeners,
  LabelVerbs,
  DistrictWords,
  ExhortationVerbs,
  ResignationVerbs,
  HoldingNouns,
  StaffNouns,
  BilateralNouns,
  DisplayTextNouns,
  InstitutionNouns,
  PublishingParticles,
  PlaceNamedBodyHeads,
  BodyFieldNotNames,
  EpithetNouns,
  FirstPersonSubjects,
  TopicSpeechVerbs,  // row 18.390
  PressNouns,
  PressTitleHeads,  // row A1177
  SubordinateTitleWords,  // row A1179
  SharedOffices,  // row 18.412
  PluralPersonNouns,      // row 18.407
  PairNumerals,           // row 18.407
  HeadlineBodyOpeners,    // row A1191
  GenericSubjects,        // row A1192
  SaintWords,             // row 19.588
  kCount
};
// At most this many lists: word_masks_ holds a bit per list for each vocabulary word.
inline constexpr std::size_t kWordListCapacity = 256;
// The name of a list in word_lists.json ("official_nouns"), and back.
std::string_view to_string(Words w);
std::optional<Words> parse_words(std::string_view s);

// Lexicons a name-pattern token can test (the "lex" / "not_lex" of name_patterns.json).
enum class LexName : std::uint8_t {
  Any, GivenNames, CommonWords, NotNames, Titles, Honorifics, Offices, OrgHeads, OrgStarts, LocAfter, LocBefore, Demonyms,
  EventHeads
};
// Number: a number of at most three characters, as in a station or channel name (`BBC Radio 4`).
enum class Shape : std::uint8_t { Any, Cap, Caps, Initial, Lower, Hyphen, Connector, Name, Number };
std::optional<LexName> parse_lex_name(std::string_view s);
std::optional<Shape> parse_shape(std::string_view s);

// One token test of a name pattern (see data/rules/name_patterns.json).
struct PatternToken {
  std::string lex;             // lexicon the token must be in ("" = any)
  std::string not_lex;         // lexicon the token must not be in
  std::string shape;           // Cap | CAPS | initial | lower | hyphen | connector | name | "" (any)
  std::vector<std::string> text;  // allowed normal forms ("" = any)
  char op = '1';               // 1 ? + *
  bool capture = false;
  bool no_space = false;       // must be glued to the previous token
  // Compiled forms of the above (set when the rules file is loaded / finalized).
  LexName lex_id = LexName::Any, not_lex_id = LexName::Any;
  Shape shape_id = Shape::Any;
  std::vector<std::uint32_t> text_ids;  // vocabulary ids of `text`
};

struct NamePattern {
  std::string id;
  EntityType label = EntityType::Person;
  std::vector<PatternToken> tokens;
  double confidence = 0.7;
  // Derived: the first token is required and can only be a capitalised word (a name,
  // title, demonym, initial...), so the pattern is not tried elsewhere.
  bool starts_capitalised = false;
};

// Matches lower-cased multi-word phrases at a token position. Payload is an index.
// Phrases are stored as vocabulary ids; a token is compared by the id of its lower form.
class PhraseIndex {
  friend struct LexiconSnapshot;

 public:
  PhraseIndex() = default;
  // `first_bit`: the word bit (Lexicons::WordBit) this index sets on the first word of
  // each phrase, so match() rejects a token without a look-up (0: no such bit).
  explicit PhraseIndex(std::uint32_t first_bit) : first_bit_(first_bit) {}
  // Adds a phrase; its words are added to `vocab`, which match() then reads (the same
  // vocabulary for every phrase of one index).
  // `abbreviations`: the words that keep their period, so the phrase tokenizes as the
  // text does (the Lexicons' own, user files included).
  void add(std::string_view phrase, std::uint32_t payload, Vocab& vocab,
           const Abbreviations& abbreviations = Abbreviations::builtin());
  // Longest phrase starting at tokens[i] (compared lower-case, skipping nothing).
  // Returns the number of tokens matched (0 = none) and sets payload.
  std::size_t match(const std::vector<Token>& tokens, std::size_t i, std::size_t end, std::uint32_t& payload) const {
    if (i >= end || entries_.empty()) return 0;
    const Token& t0 = tokens[i];
    if (first_bit_ && t0.lid != Vocab::kUnset && !(t0.lbits & first_bit_)) return 0;  // the common case
    return match_at(tokens, i, end, payload);
  }
  bool empty() const { return entries_.empty(); }

 private:
  std::size_t match_at(const std::vector<Token>& tokens, std::size_t i, std::size_t end, std::uint32_t& payload) const;
  void index_first_words();  // rebuilds slots_ from entries_
  std::uint32_t first_bit_ = 0;
  const Vocab* vocab_ = nullptr;
  // One phrase: its first word, payload, and its words at words_[begin, begin + length).
  struct Entry { std::uint32_t first = 0, payload = 0, begin = 0, length = 0; };
  std::vector<std::uint32_t> words_;  // the words of every phrase, one after another
  // Word d of an entry's phrase; past its last word kPhraseEnd, above every id.
  static constexpr std::uint32_t kPhraseEnd = 0xFFFFFFFFu;
  std::uint32_t word_at(const Entry& e, std::uint32_t d) const { return d < e.length ? words_[e.begin + d] : kPhraseEnd; }
  // In the order of their words (a phrase after the longer ones it begins), then in the
  // order added: a few hundred entries however large the vocabulary.
  std::vector<Entry> entries_;
  // The entries of each first word, by a hash of its id (open addressing, a power of two
  // at least twice the first words; id 0: a free slot): one look-up instead of a binary
  // search, the phrases' words next to one another instead of a vector each.
  struct Slot { std::uint32_t first = 0, at = 0, count = 0; };
  std::vector<Slot> slots_;
  static std::size_t slot_hash(std::uint32_t id) { return id * 0x9E3779B1u; }
};

// person_key(name) is declared in names.hpp (the graph needs it alone).
// The same key from tokens [first, end) of a document (their lower-case forms).
std::string person_key(const std::vector<Token>& tokens, std::size_t first, std::size_t end);

// The tokens of a short phrase (a name, a title), as the tokenizer makes them with
// `abbreviations` (pass Lexicons::abbreviations() so a user's abbreviation tokenizes in
// data as in text; the built-in ones alone by default); valid until the next call on
// the same thread.
const std::vector<Token>& phrase_tokens(std::string_view phrase,
                                        const Abbreviations& abbreviations = Abbreviations::builtin());
// Splits a phrase into the normal forms the tokenizer would give it, lower-cased
// unless `keep_case`.
std::vector<std::string> phrase_words(std::string_view phrase, bool keep_case = false,
                                      const Abbreviations& abbreviations = Abbreviations::builtin());

class Lexicons;
// The built-in word lists alone (data/lexicon/word_lists.json, finalized), for what is
// read without a Lexicons and must not depend on a run's --rules: person keys (the
// graph and the database merge entities by them) and the default date grammar
// (dates.hpp). src/data/builtin_lists.cpp.
const Lexicons& builtin_word_lists();

class Lexicons {
  friend struct LexiconSnapshot;

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

  // The precompiled built-in data (lexicon_snapshot.cpp): at build time
  // gazette_make_snapshot loads and finalizes the built-in files and writes snapshot();
  // the image is compiled into the binary (builtin_snapshot(), builtin_data.hpp), and
  // load_prebuilt() restores it with no parsing: the state load_builtin() + finalize()
  // give, ready for use. On a fresh Lexicons only; false (nothing changed) when the binary
  // carries no image. User files need the JSON path (load_builtin, load_file, finalize).
  bool load_prebuilt();
  std::string snapshot() const;
  bool restore(std::string_view image);  // false when `image` is not one snapshot() wrote

  // Queries (valid after finalize()).
  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  const GazetteerEntry* entry_by_id(std::string_view id) const;
  const GazetteerEntry* entry_by_name(std::string_view canonical) const;  // canonical names only
  const std::vector<std::uint32_t>& persons_with_surname(std::string_view surname) const;

  // What the data says of a word (WordBit flags). Tokens use the ids Lexicons::intern() gave them.
  enum WordBit : std::uint32_t {  // at most 16 bits: tokens keep them as std::uint16_t
    kGivenName = 1u << 0,   // given_names (as written)
    kCommonWord = 1u << 1,  // common_words (lower case)
    kNotName = 1u << 2,     // not_names (as written)
    kOrgHead = 1u << 3,     // org_heads, position head (as written)
    kOrgStart = 1u << 4,    // org_heads, position start
    kLocAfter = 1u << 5,    // loc_heads, position after
    kLocBefore = 1u << 6,   // loc_heads, position before
    kSurname = 1u << 7,     // the (lower-case) surname of a known person
    kOpener = 1u << 8,      // a word that opens sentences (lower case)
    kTitleFirst = 1u << 9,    // first word of a title phrase (lower case); the title PhraseIndex sets it
    kSpeechFirst = 1u << 10,  // ... of a speech-verb phrase
    kRelationFirst = 1u << 11,  // ... of a relation-cue phrase
    kNameFirst = 1u << 12,    // first word of a gazetteer name (as written); the Gazetteer sets it
    kFoldedNameFirst = 1u << 13,  // ... of a case-folded gazetteer name (lower case)
    kNotNameFolded = 1u << 14,  // not_names, lower-cased
    kEventHead = 1u << 15,    // event_heads (as written): Championship, Cup, Festival, Treaty
  };
  const Vocab& vocab() const { return vocab_; }
  // Sets Token::id / Token::lid of every token (the vocabulary ids of norm and lower).
  void intern(Annotation& a) const;
  std::uint32_t word_bits(std::string_view w) const { return vocab_.bits(vocab_.find(w)); }
  std::uint32_t norm_bits(const Token& t) const { return t.id != Vocab::kUnset ? t.nbits : word_bits(t.norm); }
  std::uint32_t lower_bits(const Token& t) const { return t.lid != Vocab::kUnset ? t.lbits : word_bits(t.lower); }

  bool is_given_name(std::string_view word) const { return word_bits(word) & kGivenName; }
  bool is_common_word(std::string_view lower) const { return word_bits(lower) & kCommonWord; }
  bool is_not_name(std::string_view word) const { return word_bits(word) & kNotName; }
  bool is_sentence_opener(std::string_view lower) const { return word_bits(lower) & kOpener; }
  bool is_given_name(const Token& t) const { return norm_bits(t) & kGivenName; }
  bool is_common_word(const Token& t) const { return lower_bits(t) & kCommonWord; }
  // A not-name as written, or an ALL-CAPS word whose lower-case form is one (FRIDAY).
  bool is_not_name(const Token& t) const {
    return (norm_bits(t) & kNotName) || (t.has(kAllCaps) && (lower_bits(t) & kNotNameFolded));
  }
  bool is_known_surname(const Token& t) const { return lower_bits(t) & kSurname; }
  bool in_lexicon(LexName lex, const Token& t) const;
  // The word bits in_lexicon() tests for `lex` (in norm or lower form); 0 for the lexicons
  // the recognizer tests itself (titles, honorifics, offices, demonyms) and for Any.
  static std::uint32_t lexicon_bits(LexName lex) {
    switch (lex) {
      case LexName::GivenNames: return kGivenName;
      case LexName::CommonWords: return kCommonWord;
      case LexName::NotNames: return kNotName;
      case LexName::OrgHeads: return kOrgHead;
      case LexName::OrgStarts: return kOrgStart;
      case LexName::LocAfter: return kLocAfter;
      case LexName::LocBefore: return kLocBefore;
      case LexName::EventHeads: return kEventHead;
      default: return 0;
    }
  }
  const Gazetteer& gazetteer() const { return *gazetteer_; }
  // given_name_sex: the sex of a given name as written ("Hillary" -> Female); Unknown when
  // the data gives none.
  Sex given_name_sex(std::string_view name) const {
    const auto it = given_sex_.find(vocab_.find(name));
    return it == given_sex_.end() ? Sex::Unknown : it->second;
  }

  const std::vector<TitleEntry>& titles() const { return titles_; }
  const PhraseIndex& title_index() const { return title_index_; }      // payload: index into titles()
  // The length of the post title (a titles.json entry that is no honorific) starting at
  // tokens[i] and ending by `end`: title_index()'s longest match there, 0 when there is
  // none or it is an honorific (`Mr.`, `Sir`: part of a name, no post). `the party
  // chairman Tom Smith`: 2 at `party chairman`; `Sir Tom Smith`: 0 at `Sir`. `payload` as
  // title_index().match() sets it (an index into titles()).
  std::size_t post_title(const std::vector<Token>& tokens, std::size_t i, std::size_t end, std::uint32_t& payload) const {
    const std::size_t n = title_index_.match(tokens, i, end, payload);
    return n > 0 && titles_[payload].kind != TitleEntry::Kind::Honorific ? n : 0;
  }
  std::size_t post_title(const std::vector<Token>& tokens, std::size_t i, std::size_t end) const {
    std::uint32_t payload = 0;
    return post_title(tokens, i, end, payload);
  }
  // Row 18.400: past the honorifics (titles.json entries of kind honorific: `Sir`, `Lord`,
  // `Mr.`) written from tokens[i] on, ending by `end`: the token after the last, or `i` when
  // there is none. A title or a body's post before them is the name's after them: `Labour
  // peer Lord Tom Smith`, `Home Secretary Sir Jack Doe`. `Lord Chancellor` is an office (the
  // longest match), no honorific; an honorific is capitalised (`the lord mayor` is none).
  std::size_t past_honorifics(const std::vector<Token>& tokens, std::size_t i, std::size_t end) const {
    std::uint32_t payload = 0;
    for (std::size_t n = 0; i < end && tokens[i].has(kCapitalized) && (n = title_index_.match(tokens, i, end, payload)) > 0 &&
                            titles_[payload].kind == TitleEntry::Kind::Honorific;)
      i += n;
    return i;
  }
  const std::vector<SpeechCue>& speech_cues() const { return speech_; }
  const PhraseIndex& speech_index() const { return speech_index_; }    // payload: index into speech_cues()
  const std::vector<RelationCue>& relation_cues() const { return rel_cues_; }
  const PhraseIndex& relation_index() const { return rel_index_; }     // payload: index into relation_cues()
  const std::vector<NamePattern>& name_patterns() const { return patterns_; }
  // Word lists (data/lexicon/word_lists.json). `in` tests a token's lower-case form (or a
  // lower-case word or phrase); `starts_in` whether a word starts with an entry of the list.
  // (Inline: a bit test when intern() set the token's mask, the common case; the look-up
  // otherwise is out of line, in_unmasked().)
  bool in(Words list, const Token& t) const {
    if (t.lmask != kMaskUnset) [[likely]] return word_masks_[t.lmask][static_cast<std::size_t>(list)];
    return in_unmasked(list, t);
  }
  // The token as written (its `norm`, case kept) is in the list.
  bool in_as_written(Words list, const Token& t) const {
    return listed(t.id != Vocab::kUnset ? t.id : vocab_.find(t.norm), list);
  }
  bool in(Words list, std::string_view lower) const;
  bool starts_in(Words list, std::string_view lower) const;
  // Whether a word ends with an entry of the list (the "match": "suffix" lists: adverb_suffixes
  // "-ly", participle_suffixes "-ing", ...): English morphology as data, not C++.
  bool ends_in(Words list, std::string_view lower) const {
    static_assert(std::endian::native == std::endian::little, "suffix_tests_ reads a word's last bytes little-endian");
    const std::uint64_t test = suffix_tests_[static_cast<std::size_t>(list)];
    const std::size_t len = test & 0xFF, n = lower.size();
    if (len == 0) return ends_in_any(list, lower);
    if (n < len) return false;
    std::uint32_t tail = 0;  // the word's last 4 bytes (of a shorter word, its last `len` bytes, right-aligned)
    if (n >= 4) std::memcpy(&tail, lower.data() + n - 4, 4);
    else
      for (std::size_t j = n - len; j < n; ++j)
        tail |= static_cast<std::uint32_t>(static_cast<unsigned char>(lower[j])) << (8 * (4 - n + j));
    return (tail & (~std::uint32_t{0} << (32 - 8 * len))) == static_cast<std::uint32_t>(test >> 32);
  }
  const std::vector<std::string>& words(Words list) const { return word_lists_[static_cast<std::size_t>(list)]; }
  const FurnitureRules& furniture() const { return furniture_; }
  const Abbreviations& abbreviations() const { return abbreviations_; }
  // SHA-256 chained over the name and text of every file loaded, in load order.
  const Digest& fingerprint() const { return fingerprint_; }

 private:
  bool load_gazetteer_jsonl(const std::string& name, std::string_view text, Diagnostics& diag);
  bool load_gazetteer_tsv(const std::string& name, std::string_view text, Diagnostics& diag);
  bool load_lexicon_json(const std::string& name, std::string_view text, Diagnostics& diag);
  struct EntryLoader;  // lexicon.cpp: the entries of a lexicon or rules file, by kind
  friend struct EntryLoader;
  std::uint32_t add_entry(GazetteerEntry e);  // returns its index (an entry with the same id is replaced)

  std::vector<GazetteerEntry> entries_;
  StringIndex by_id_, by_name_;  // entry index by id; by canonical name (the first entry of a name)
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_surname_;
  Vocab vocab_;
  std::array<std::uint32_t, 128> ascii_id_{};  // vocabulary id of each one-character ASCII word
  std::unique_ptr<Gazetteer> gazetteer_;
  std::vector<TitleEntry> titles_;
  PhraseIndex title_index_;
  std::vector<SpeechCue> speech_;
  std::vector<std::string> speech_forms_;
  PhraseIndex speech_index_;
  std::vector<RelationCue> rel_cues_;
  std::vector<std::string> rel_forms_;
  PhraseIndex rel_index_;
  std::vector<NamePattern> patterns_;
  std::array<std::vector<std::string>, static_cast<std::size_t>(Words::kCount)> word_lists_;
  // The lists holding a word: word_masks_[mask_of_[id]], a bit per Words list (mask 0: none;
  // the few hundred listed words share the masks, not one per vocabulary word).
  std::vector<std::uint32_t> mask_of_;
  std::vector<std::bitset<kWordListCapacity>> word_masks_;  // distinct (dedupe_word_masks), so few: a token keeps its index
  static constexpr std::uint16_t kMaskUnset = 0xFFFF;        // Token::lmask not set
  void dedupe_word_masks();
  // Derived from word_lists_ (finalize() and the snapshot's read both call index_suffixes()):
  // for a list of one suffix of 1 to 4 bytes, its length (low 8 bits) and its bytes (high 32)
  // as the last 4 bytes of a word hold them; 0 for any other list (ends_in_any tests it).
  std::array<std::uint64_t, static_cast<std::size_t>(Words::kCount)> suffix_tests_{};
  void index_suffixes();
  bool ends_in_any(Words list, std::string_view lower) const;
  std::uint32_t mask_index(std::uint32_t id) const { return id < mask_of_.size() ? mask_of_[id] : 0; }
  bool in_unmasked(Words list, const Token& t) const;  // in() of a token without its lists' mask
  bool listed(std::uint32_t id, Words list) const {
    return id < mask_of_.size() && word_masks_[mask_of_[id]][static_cast<std::size_t>(list)];
  }
  FurnitureRules furniture_;
  Abbreviations abbreviations_;
  std::unordered_map<std::uint32_t, Sex> given_sex_;  // vocabulary id -> sex (given_name_sex)
  std::vector<std::string> furniture_line_src_, furniture_bracket_src_;
  Digest fingerprint_{};
};

}  // namespace gazette
