// Annotation: the plain data that flows through the pipeline, one per document.
//
// WHAT THIS REPRESENTS
//   Every stage appends its own part (tokens, sentences, mentions, entities, roles,
//   quotes, resolved mentions, relations); no stage changes an earlier stage's output.
//   Mentions are appended in stage order, so a later stage's mentions (coreference) come
//   after the recognizer's: mentions_in_text_order() gives them in text order. All offsets are *byte*
//   offsets into Document::text, half-open [begin, end). They are converted to
//   Unicode code points only when written as JSONL (annotation_io.cpp), because
//   score.py and Python's text[start:end] count code points.
#pragma once

#include "gazette/document.hpp"
#include "gazette/text.hpp"

#include <algorithm>
#include <cstdint>
#include <list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

enum class EntityType : std::uint8_t { Person, Country, Organization, Location, Unknown };

std::string_view to_string(EntityType t);
// Parses "PERSON", "COUNTRY", "ORGANIZATION", "LOCATION"; nullopt otherwise.
std::optional<EntityType> parse_entity_type(std::string_view s);

enum class TokenKind : std::uint8_t {
  Word,     // letters, digits, internal apostrophes; abbreviations keep their periods (U.S., Mr.)
  Number,   // 12, 1,000, 3.5, 14:32
  Punct,    // . , ; : ! ? ( ) - — … and others
  Quote,    // a quotation mark or apostrophe used as one: " “ ” ‘ ’ ' « »
};

// Token flags (bit set): 12 bits (kTokenFlagBits); Token::flags has room for 16.
enum TokenFlag : std::uint16_t {
  kCapitalized = 1 << 0,   // first letter upper case
  kAllCaps = 1 << 1,       // every letter upper case (and at least two letters, or one + period)
  kAbbrev = 1 << 2,        // ends with '.' that belongs to the token (Mr., U.S., J.)
  kSpaceBefore = 1 << 3,   // whitespace between this token and the previous one
  kLineBefore = 1 << 4,    // a newline between this token and the previous one
  kParaBefore = 1 << 5,    // a blank line (paragraph break) before this token
  kPossessive = 1 << 6,    // the token is 's / ’s / ' marking a possessive
  kFurniture = 1 << 7,     // inside page furniture (credits, share bars): not news content
  kDuplicate = 1 << 8,     // inside a paragraph that repeats an earlier one verbatim
  kOpenQuote = 1 << 9,     // Quote token that can only open (“ ‘ «) or is judged opening
  kCloseQuote = 1 << 10,   // Quote token that can only close (” ’ ») or is judged closing
  kDoubleQuote = 1 << 11,  // the quote mark is a double one (" “ ” « »)
};
inline constexpr std::uint16_t kTokenFlagBits = 0x0FFF;  // every TokenFlag

struct Token {
  Span span;               // bytes in Document::text
  // The word lists holding `lower` (Lexicons::in): an index into the lexicon's list masks,
  // set by Lexicons::intern so the lists are read from the token, not looked up per test;
  // 0xFFFF when not set (or beyond 65,534 masks): Lexicons::in looks it up. (Two bytes:
  // one held 254 masks, which the built-in lists filled, row 23.246.)
  std::uint16_t lmask = 0xFFFF;
  std::uint16_t flags = 0;  // TokenFlag bits (12 used)
  // A plain byte, not a bit-field: the stages test the kind of nearly every token they
  // read, and a bit-field costs a mask at each test (+0.9 % of annotate's instructions
  // when kind and flags shared two bytes, row 23.246). With the padding this leaves, a
  // Token is 64 bytes, a power of two, so indexing the token array is one shift (row 23.248).
  TokenKind kind = TokenKind::Word;
  std::uint32_t id = 0xFFFFFFFFu;   // vocabulary id of `norm` (Lexicons::intern; 0 unknown word, ~0 not interned)
  std::uint32_t lid = 0xFFFFFFFFu;  // vocabulary id of `lower`
  std::uint16_t nbits = 0, lbits = 0;  // what the data says of `norm` / `lower` (Lexicons::WordBit), once interned
  std::string_view norm;   // normalised form: curly -> straight quotes, NBSP -> space; case kept
  std::string_view lower;  // `norm` lower-cased (views into the text when already lower case)
  bool has(TokenFlag f) const { return (flags & f) != 0; }
};
static_assert(sizeof(void*) != 8 || sizeof(Token) == 64, "a Token is 64 bytes on 64-bit targets (row 23.248)");

struct Sentence {
  std::uint32_t first_token = 0, end_token = 0;  // half-open token range
  std::uint32_t paragraph = 0;                   // index of the paragraph it belongs to
  bool furniture = false;                        // the whole sentence is page furniture
  bool duplicate = false;                        // inside a repeated paragraph
  bool headline = false;                         // a line without final punctuation
};

// Where a mention came from, so `explain` can show why it exists.
struct RuleRef {
  std::string rule;        // "gazetteer", "gazetteer:alias", or a rule id from name_patterns.json
};

struct Mention {
  Span span;                           // bytes; the name only (no title, no possessive)
  std::uint32_t first_token = 0, end_token = 0;
  std::uint32_t sentence = 0;
  EntityType type = EntityType::Unknown;
  std::int32_t gazetteer_entry = -1;   // index into the Gazetteer, -1 if found by a rule
  RuleRef source;
  std::int32_t entity = -1;            // index into Annotation::entities, set by resolution
  bool metonymic = false;              // a capital standing for its country
  std::string resolved_from;           // for coreference: "he", "the president", ... ("" = named)
  // Set by the coreference stage on the mentions it adds (source.rule "coreference"):
  std::int32_t antecedent = -1;        // the mention the resolution went through, -1 when none
  std::string coreference_rule;        // pronoun | surname | role-phrase | official-of-country | collective (coreference.hpp)
};

// Lexical cues that are not mentions but feed relations (GUIDELINES: demonyms, titles).
struct Cue {
  enum class Kind : std::uint8_t { Demonym, Title, Honorific };
  Kind kind = Kind::Title;
  std::uint32_t first_token = 0, end_token = 0;
  std::string value;        // title as written in titles.json, or the country a demonym names
  std::int32_t gazetteer_entry = -1;  // country entry for demonyms
  std::string default_country;        // titles: country implied (Secretary of State -> United States)
};

struct Entity {
  std::string canonical;              // fullest common form
  EntityType type = EntityType::Unknown;
  std::string gazetteer_id;           // "" when found by rules only
  std::string wikidata;
  std::vector<std::uint32_t> mentions;  // indices into Annotation::mentions
};

// Who holds which title for which country or organisation, as stated in one document
// (the roles stage, roles.hpp) or known from the gazetteer.
struct RoleFact {
  std::int32_t person = -1;        // entity
  std::int32_t of = -1;            // entity (country/organisation), -1 if unknown in the document
  std::string of_name;             // canonical name of `of` even when not an entity of the document
  std::string title;               // "Foreign Minister"
  std::uint32_t sentence = 0;      // where it was stated
  std::string rule;                // title-before-name | apposition | gazetteer
  bool from_gazetteer = false;     // known office of a known person, not stated in the text:
                                   // used to resolve "the US President", never a ROLE_IN edge
  std::uint32_t cue_first = 0, cue_end = 0;  // tokens of the title (and its qualifier)
};

// A definite, qualified role phrase that stands for its holder (`the US Secretary of
// State`, `America's top diplomat`, `his Russian counterpart`): found once by the roles
// stage (coreference.hpp find_role_phrases()), read by coreference (the role-phrase
// references) and by relation arguments. Not written to JSONL: the coreference stage's
// references show the phrases it resolved.
struct RolePhrase {
  std::uint32_t first = 0, end = 0;  // tokens, half-open: determiner or possessive qualifier .. title
  std::int32_t person = -1;          // the holder (entity)
};

// What a title in the text stands for when a phrase is headed by it (coreference.hpp rules
// role-phrase and official-of-country): the coreference stage reads every title with
// every qualifier a phrase in its sentence may give it (none, a demonym, a country or place
// named before it) and records the readings that name somebody or something; quote
// attribution looks up the one its speaker phrase asks for. Not written to JSONL.
struct OfficeReading {
  std::uint32_t title_first = 0, title_end = 0;  // tokens of the title
  std::uint32_t sentence = 0;  // the sentence the phrase starts in (holders stated before it come first)
  std::string qualifier;       // the country or place qualifying the title, "" none
  bool place = false;          // the qualifier is a place (`the Vermont senator`, rule A71)
  std::int32_t person = -1;    // the holder (rule role-phrase), -1 none
  bool unknown = false;        // a place's office held by nobody named: unknown, not the place
  bool officials = false;      // unnamed officials of the qualifier's country (official-of-country)
};

// Unnamed officials of a country named by a demonym, without a title (`Russian officials`,
// `Russian authorities`; coreference.hpp rule official-of-country): the demonym and the
// nearest official or state-body noun after it in its sentence, recorded by the
// coreference stage. The country is the cue's value; its entity is made by the entities
// unit when a stage first needs it (entities.hpp implied_country()). Not written to JSONL.
struct OfficialsPhrase {
  std::uint32_t cue = 0;   // index into Annotation::cues (a demonym)
  std::uint32_t noun = 0;  // token of the official or state-body noun
};

// A pair of quotation marks (token indices) within one paragraph; `closed` false when the
// quote runs to the paragraph end. Paired once (quotes::pair_quote_marks(), which needs
// only tokens and sentences) by the first stage that reads them, coreference (tokens
// inside hide antecedents), and read again by the quotes stage. Not written to JSONL.
struct QuoteMarkPair {
  std::size_t open, close;
  bool closed;
};

struct Quote {
  Span span;                  // the quoted words (inside the marks, or the reported clause)
  enum class Kind : std::uint8_t { Direct, Indirect } kind = Kind::Direct;
  std::string cue;            // "said", "according to", ":" ...
  Span cue_span;              // where the cue stands (empty when none)
  std::int32_t speaker = -1;  // entity index, -1 = unknown (never guessed)
  std::int32_t speaker_mention = -1;  // mention index the speaker came from, -1 if none
  std::string speaker_from;   // surface the speaker was resolved from ("he", "the president") or ""
  Span speaker_span;          // where that surface stands (empty when the speaker is named)
  std::string speaker_rule;   // the coreference rule that resolved that surface (coreference.hpp)
  std::int32_t speaker_antecedent = -1;  // the mention that resolution went through, -1 none
  std::vector<std::int32_t> about;    // entity indices
  std::uint32_t sentence = 0;
  std::string rule;           // which attribution pattern fired
};

enum class RelationType : std::uint8_t {
  SaidAbout, MetWith, Criticized, Supports, Attacked, RoleIn, MemberOf, LocatedIn
};
std::string_view to_string(RelationType t);
std::optional<RelationType> parse_relation_type(std::string_view s);

struct Relation {
  std::int32_t head = -1, tail = -1;   // entity indices
  RelationType type = RelationType::SaidAbout;
  std::string role;                    // title for ROLE_IN
  std::string cue;                     // trigger word(s)
  std::vector<Span> evidence;          // sentences (or quotes) that show it, first one is primary
  double confidence = 0.5;
  std::string rule;                    // rule id that fired
};

struct Annotation {
  const Document* doc = nullptr;       // not owned; must outlive the annotation
  // Storage for normalised token forms that differ from the text (tokens view into it, so
  // its strings never move). A list: made and moved without allocating (a deque allocates
  // its map when made and again at each move), a node per string (usually one chunk).
  std::list<std::string> arena;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;
  std::vector<Cue> cues;
  std::vector<Entity> entities;
  std::vector<RoleFact> roles;         // in order of the sentence that states them
  std::vector<RolePhrase> role_phrases;  // in text order (roles stage)
  // Row 23.466: every token where a title may start (coreference.hpp list_title_starts(): a
  // word the title index may match first, or one not interned), in text order over all the
  // tokens; listed once by the roles stage (its role phrases) and read again by the
  // coreference stage (its office readings), instead of a walk over every token in each.
  // title_starts_listed: the list is made (maybe empty). Not written to JSONL.
  std::vector<std::uint32_t> title_starts;
  bool title_starts_listed = false;
  std::vector<Quote> quotes;
  // References the coreference stage resolved but does not write (JSONL shows only
  // `mentions`): he/she inside quotation marks and a collective before a possessive (`the
  // party's`), which relations look up; collectives outside quotation marks (`the
  // union`), which quote attribution looks up (coreference.hpp). Fields as for a
  // reference (resolved_from, antecedent, coreference_rule), in no entity's mentions, in
  // text order.
  std::vector<Mention> unwritten_references;
  std::vector<OfficeReading> office_readings;  // coreference stage, by title token (see above)
  std::vector<OfficialsPhrase> officials;      // coreference stage, in cue order (see above)
  std::vector<QuoteMarkPair> quote_marks;      // coreference stage, else quotes (see above)
  bool quote_marks_paired = false;             // quote_marks holds the pairs (maybe none)
  std::vector<Relation> relations;
  // mentions_in_text_order() as the relations stage made it (relations.hpp), the last stage:
  // no stage after the recognizer's moves a mention, and none after coreference adds or
  // removes one, so the JSON writer takes this order as is when it covers every mention (its
  // size is mentions.size(); a debug build checks it) instead of sorting again. Empty
  // when no relations stage ran (--until, an annotation read from JSONL): the writer sorts.
  std::vector<std::uint32_t> mention_order;
  std::vector<std::string> warnings;   // per-document notes (skipped duplicates, caps)

  // Empties the annotation for document `d` as a new one would be (every member above: a
  // member added there is reset here too), keeping the room of its containers, so the next
  // document's tokens, mentions, quotes ... are written into memory already made and in
  // cache (pipeline.hpp Pipeline::recycle()). Of the arena it keeps the chunk with the most
  // room, emptied, first (the tokenizer writes lower-case forms into the first chunk).
  void reuse_for(const Document* d) {
    doc = d;
    if (!arena.empty()) {
      auto most = arena.begin();
      for (auto it = arena.begin(); it != arena.end(); ++it)
        if (it->capacity() > most->capacity()) most = it;
      arena.splice(arena.begin(), arena, most);
      arena.resize(1);
      arena.front().clear();
    }
    tokens.clear();
    sentences.clear();
    mentions.clear();
    cues.clear();
    entities.clear();
    roles.clear();
    role_phrases.clear();
    title_starts.clear();
    title_starts_listed = false;
    quotes.clear();
    unwritten_references.clear();
    office_readings.clear();
    officials.clear();
    quote_marks.clear();
    quote_marks_paired = false;
    relations.clear();
    mention_order.clear();
    warnings.clear();
  }

  // Indices of `mentions` by start offset (ties: in the order they were added).
  std::vector<std::uint32_t> mentions_in_text_order() const {
    std::vector<std::uint32_t> order(mentions.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    const auto before = [&](std::uint32_t x, std::uint32_t y) { return mentions[x].span.begin < mentions[y].span.begin; };
    // Sorted up to the first mention a later stage appended (references): only the rest is
    // sorted, then merged in (ties keep the earlier index first, as one stable sort would).
    const auto sorted_end = std::is_sorted_until(order.begin(), order.end(), before);
    if (sorted_end == order.end()) return order;
    // The rest by start, then index (what a stable sort gives, with no buffer), merged into
    // a second list (std::merge takes the first range's element first on a tie, as
    // std::inplace_merge does, without its buffer).
    std::sort(sorted_end, order.end(), [&](std::uint32_t x, std::uint32_t y) {
      return mentions[x].span.begin < mentions[y].span.begin || (mentions[x].span.begin == mentions[y].span.begin && x < y);
    });
    std::vector<std::uint32_t> merged(order.size());
    std::merge(order.begin(), sorted_end, sorted_end, order.end(), merged.begin(), before);
    return merged;
  }
  std::string_view text(Span s) const { return std::string_view(doc->text).substr(s.begin, s.end - s.begin); }
  // Index of the first token that starts at or after byte `b` (tokens are in text order).
  std::size_t token_at(std::uint32_t b) const {
    return static_cast<std::size_t>(
        std::lower_bound(tokens.begin(), tokens.end(), b, [](const Token& t, std::uint32_t x) { return t.span.begin < x; }) -
        tokens.begin());
  }
  // Row 23.373: the tokens [first, end) of the text inside `s`: the first token that starts at
  // or after s.begin (token_at) up to the first token from there that ends past s.end. Token
  // ends rise in text order, so both ends are binary searches (`"We will win," she said`: the
  // quote's span gives the tokens from `We` to the closing comma).
  std::pair<std::size_t, std::size_t> tokens_in(Span s) const {
    const std::size_t b = token_at(s.begin);
    const auto e = std::partition_point(tokens.begin() + static_cast<std::ptrdiff_t>(b), tokens.end(),
                                        [&](const Token& t) { return t.span.end <= s.end; });
    return {b, static_cast<std::size_t>(e - tokens.begin())};
  }
};

}  // namespace gazette
