// Coreference: what a pronoun, a role phrase, a surname or an unnamed official stands for.
//
// READS   tokens, sentences, cues, mentions, entities, roles (Annotation::roles and the
//         role phrases the roles stage found, Annotation::role_phrases), and the
//         quotation marks (paired by the quotes stage's first part, quote_marks.cpp, which
//         needs only tokens and sentences; this stage is its first caller and writes the
//         pairs to Annotation::quote_marks, which the quotes stage reads): tokens inside
//         them hide antecedents. Annotation::title_starts, the tokens where a title may
//         start (the roles stage lists them: list_title_starts(); this stage lists them
//         when it did not run), for its office readings. The Lexicons' titles, speech verbs, word lists and relation
//         cues (a CRITICIZED or SUPPORTS verb judges what its object said: rule A800).
// WRITES  resolve_coreference() (the stage) appends one resolved Mention (a reference:
//         source.rule "coreference", resolved_from = the surface, antecedent = the mention
//         the resolution went through, coreference_rule = the rule) for every he/she outside
//         quotation marks, every `it` before a speech verb, every bare surname and every
//         qualified role phrase (Annotation::role_phrases) and bare definite title (rule
//         A350) it resolves, and adds it to its entity's mentions. Earlier mentions keep
//         their indices; nothing is re-sorted.
//         Annotation::unwritten_references (not in JSONL, in no entity's mentions): every
//         he/she inside quotation marks it resolves (rule pronoun, as outside them) and
//         every `the NOUN's` that is a collective for an organisation; relations look them up;
//         and every collective of an article and one or two lower-case words outside
//         quotation marks (`the union`, `the report`) and every `it` outside them before no
//         speech verb (rule pronoun, as before one), and every his/her outside them before
//         a statement noun and `that` (rule pronoun, rule A670), which quote attribution
//         looks up.
//         Annotation::office_readings: what every title stands for with each qualifier a
//         phrase in its sentence may give it (rules role-phrase and official-of-country),
//         and Annotation::officials: every demonym followed by an official or state-body
//         noun in its sentence (rule official-of-country); a speaker phrase that is no
//         recorded reference looks them up (not in JSONL). Annotation::quote_marks (and
//         quote_marks_paired): the pairs of quotation marks (not in JSONL).
// NEEDS   entities and roles (role phrases need role facts). Runs BEFORE quotes: quote
//         speakers and later stages look up what was resolved (Resolver in Mode::Lookup)
//         instead of resolving again: he/she, `it`, a collective, a role phrase, unnamed
//         officials always (the stage's references, unwritten references, office readings
//         and officials); a bare surname where the stage recorded one (it reads nothing in
//         page furniture: Lookup still resolves a surname there itself). The Country
//         entity of unnamed officials is made by the entities unit (implied_country())
//         when a stage first needs it: quote attribution, for the speaker it reads, so a
//         country nobody speaks for is no entity.
//
// Rules (GUIDELINES "Quotes": resolve pronouns and role phrases to the entity meant):
//  - pronoun: he/she is the subject of the nearest sentence (at most two paragraphs back)
//    whose subject is a person, named or described by a role; failing that, the most
//    recent person mentioned outside a direct quote. The antecedent agrees in sex: `he`
//    never takes a woman, `she` never a man. A person's sex comes from an honorific
//    before any of their mentions (word lists male_words/female_words: Mr, Sir, Lord /
//    Mrs, Ms, Lady, Dame) or else from the given name (given_name_sex); honorifics or
//    given names that disagree, or none, leave it unknown, which agrees with both.
//    Resolved references are no votes: a sex comes from names, never from `he`. A
//    subject that is an unnamed official of a body (`A Labour spokesman said`, word list
//    official_nouns) is that body, for he/she after it too (GUIDELINES: the spokesman
//    speaks for the body).
//  - role-phrase: a title, with its qualifier (`the US President`, `America's top
//    diplomat`, `the Russian foreign minister`), is the holder of that office in the
//    document (role_holder()).
//    A definite description headed by a title after an organisation's name (`the Labour
//    chairman`, `The Scottish Conservative leader`; not an official noun) is the person the
//    text states holds that title in that organisation, else unknown: never the
//    organisation (rule A200). A definite description headed by a title that opens the
//    clause of a coordinated or participle speech verb (`The prime minister announced X and
//    said`) is its subject, read as above; unknown, never a person named after it.
//    A bare definite title outside quotation marks (`the chancellor's record`, `The senator,
//    who ...`; roles.hpp bare_title_at(): no qualifier, name, of-phrase or relative clause,
//    not a predicate, an apposition or a post of the opposition) is the one person of the
//    document who holds the office it names (one word: the office it is or heads before
//    `of`, `the general` is no Attorney General): stated in the text before it, or only the
//    gazetteer's (the first office it lists for the person, or an earlier one after a word
//    of past_title_premodifiers: `the former senator`) and then named outside quotation
//    marks in its sentence or the two before and given no other office by the text; two
//    holders or none: no reference (rule A350). Rows A1173-A1174: an earlier national post
//    of the gazetteer's (a title ending in national_post_heads) when its holder is the
//    person named last before it and the document names its country; a principal office
//    two people share in the gazetteer is not the one of the person the gazetteer lists in
//    another office too. Row A1175: quote attribution (Lookup) reads the stage's bare title
//    inside a longer speaker phrase (`Later the chancellor said`).
//  - official-of-country: unnamed officials speak for their state (`Russian officials`,
//    `a senior Russian official`), and so does a country's people named as a whole by the
//    definite article and a plural demonym when the country is named before (`The Saudis
//    have warned`; rule A680).
//  - surname: a capitalised word no mention covers that is the last name of exactly one
//    person named in the document (`Roe said` after `Jane Roe`); two people: unknown.
//  - pronoun (it): `it` is the organisation that opens, or is the subject of a speech verb
//    in, the same sentence or one of the two before (word list body_pronouns); else unknown.
//  - collective: `the committee`, `the party` (a definite phrase of lower-case words) is the
//    most recent organisation named before whose name holds that head noun as a word
//    (Standards Committee, Labour Party), the one whose name holds all its words first (`the
//    anti-fraud office`: a first word joined by a glued hyphen is one word; row 18.395);
//    unknown otherwise. `the report`, `the statement`
//    (head noun in word list claim_nouns) is the organisation that is the subject nearby,
//    as for `it`; so is a noun naming an organisation by its kind (word list kind_nouns:
//    `the company`, `the firm`, `the online retailer`) when no organisation named before
//    holds it in its name (rule A850; GUIDELINES: role phrases are resolved). A capitalised word alone before a lower-case word (`State said`, rule
//    A631) is the most recent organisation named before as `State Department` or
//    `Department of State`. `the paper`, `the newspaper` (head in word list press_nouns) is
//    the organisation the text names as a paper named last before it (row A1176).
//  The subject of a sentence (for he/she) may be pre-modified without a known title
//  (`Newspaper editor Jane Roe`); a sentence whose subject is no person but that holds a
//  quotation offers the subject of its speech verb (`"Q," Roe said. He added ...`;
//  `"Q," said Roe.`), read from the text with the speech-verb lexicon, not from quotes.
// The Resolver is the shared service: the stage resolves with it (Mode::Stage); quote
// attribution (quotes.hpp) reads phrases in context with it (Mode::Lookup: pronouns,
// surnames, collectives, role phrases and officials are the stage's references and
// facts; the phrase's bounds are the attribution's). Relations (relations.hpp) look up the
// stage's references and unwritten references, and build one (Mode::Resolve) only for
// him/her after a cue of criticism or support, which the stage does not resolve.
#pragma once

#include "gazette/annotation.hpp"
#include "gazette/lexicon.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace gazette {

// The coreference rules, by name (Mention::coreference_rule of a reference or an
// unwritten reference, Quote::speaker_rule; the rules above): one set for every stage
// that writes or reads them. kReferenceSource is the source.rule of every reference.
inline constexpr std::string_view kPronounRule = "pronoun", kSurnameRule = "surname", kRolePhraseRule = "role-phrase",
                                  kOfficialOfCountryRule = "official-of-country", kCollectiveRule = "collective",
                                  kReferenceSource = "coreference";

// Offices named by another word: "top diplomat" is a Secretary of State or a Foreign
// Minister, "leader" a President or Prime Minister (word lists diplomat_nouns,
// foreign_offices, leader_nouns, leader_offices, office_head_prefix, office_head_anywhere).
bool same_office(const Lexicons& lex, std::string_view held, std::string_view phrase);

// Row A1137: the title at token `first` is stated as a past post: a word of
// past_title_premodifiers before it, only title premodifiers, hyphens and capitalised
// words between (`ex-Conservative chancellor`, `the former Borovian minister`).
bool past_post(const Annotation& a, const Lexicons& lex, std::size_t first);

// The person holding `title` (for the country or organisation `of_name`; "" = any)
// in this document: the holder stated last before token `pos` (or first after it),
// failing that the gazetteer's holder mentioned most. -1 when none.
std::int32_t role_holder(const Annotation& a, const Lexicons& lex, const std::string& title, const std::string& of_name,
                         std::size_t pos);

// A definite role phrase that stands for its holder (RolePhrase, annotation.hpp): `the US
// Secretary of State`, `America's top diplomat`, `the Russian foreign minister`, `his
// Russian counterpart`. Only with a qualifier (a bare `the president` may be any president
// of the story); not indefinite (`a Russian diplomat`), not followed by the name
// (`Secretary of State Rex Tillerson`), not an apposition (`Jim Mattis, the secretary of
// defense`). The roles stage calls it once and keeps the result in
// Annotation::role_phrases, which the coreference stage and relation arguments read.
// Reads Annotation::title_starts when listed (else walks the tokens for them itself).
std::vector<RolePhrase> find_role_phrases(const Annotation& a, const Lexicons& lex);

// Row 23.466: lists once the tokens where a title may start (a word the title index may
// match first: the word bit kTitleFirst, or a word not interned) in Annotation::title_starts
// and sets title_starts_listed; nothing when already listed. The roles stage calls it (for
// find_role_phrases()), the coreference stage reads the list (its office readings) and
// lists it only when no roles stage did. Made-up example: in `Tom Smith, the harbour
// minister, spoke`, `minister` is listed.
void list_title_starts(Annotation& a);

// Whether token k (before `end`) is a dash: `--`, or a hyphen with a space on each side
// (`Jane Roe - who flew home - said`, rule A372), as the tokenizer leaves it; the
// speaker and quote-span rules read both alike.
inline bool dash_at(const Annotation& a, std::size_t k, std::size_t end) {
  const Token& t = a.tokens[k];
  return t.norm == "--" || (t.norm == "-" && t.has(kSpaceBefore) && k + 1 < end && a.tokens[k + 1].has(kSpaceBefore));
}

// Resolution state of one document: token -> mention maps (mentions in text order) and
// the tokens inside direct quotes. Resolving (or looking up) unnamed officials may add a
// Country entity (implied_country(), entities.hpp).
class Resolver {
 public:
  // Resolve: every resolution computed here, the last speaker of a sentence taken from
  // Annotation::quotes (tests without the stage). Stage: the coreference stage; the last
  // speaker of a sentence is the subject of its speech verb. Lookup (quote attribution):
  // he/she is what the stage resolved at that token (a reference; none: unknown), a
  // collective its unwritten reference over the same tokens, a role phrase or unnamed
  // officials its office reading or officials fact, `it` its reference or unwritten
  // reference (none: unknown); a bare surname too where the stage recorded one (else
  // resolved here).
  enum class Mode : std::uint8_t { Resolve, Stage, Lookup };
  Resolver(Annotation& a, const Lexicons& lex, Mode mode = Mode::Resolve);
  // The stage's Resolver made the one quote attribution reads (pipeline.cpp: one Resolver
  // per document): Mode::Lookup, the references appended since it was built entered in
  // reference_at (all maps filled again when a mention appended is no reference, or
  // references were there before), the last resolution forgotten. Equal to a new
  // Resolver(a, lex, Mode::Lookup) with the quotation marks paired; the per-document
  // caches (surnames, organisations, sexes) are kept: they read named mentions only.
  void to_lookup();

  // Resolves the noun phrase in tokens [b, e): a named person, a role phrase, a named
  // organisation or country, unnamed officials of a country, a pronoun. Sets `from` to
  // the surface when resolved through a pronoun or a role phrase (and last_from()), and
  // `mention` to the named mention used. Returns the entity or -1.
  std::int32_t noun_phrase(std::size_t b, std::size_t e, std::string& from, std::int32_t& mention);
  // He/she at token `pos` (rule pronoun above); -1 when none.
  std::int32_t pronoun(std::size_t pos);
  // His/her at token k before a statement noun (`his claim that ...`, rule A670), resolved
  // as he/she (rule pronoun above; Lookup: the stage's unwritten reference, none: unknown);
  // sets `from` and last_from(). -1 when none, and for `their`.
  std::int32_t possessive_pronoun(std::size_t k, std::string& from);
  // His/her before a campaign or spokesman noun (rule A1036): the token after the noun, or 0.
  std::size_t owner_body_end(std::size_t k, std::size_t end) const;
  // Whether a clause's subject may open at token k (after punctuation, a coordinator, ...).
  bool clause_opens_at(std::size_t k) const;
  // The speaker phrase just before token `verb`: back to a clause boundary, at most 8 tokens.
  std::size_t phrase_start_before(std::size_t verb, std::size_t limit) const;
  // A named organisation set off by commas (the closing one at `end`) after a description:
  // `Manufacturers' organisation, the EEF, said` (rules A161, A162). The entity, or -1.
  std::int32_t named_body_apposition(std::size_t end, std::size_t sentence_first, std::int32_t& mention) const;
  // The subject of the verb at `verb`: the phrase right before it; when that phrase follows
  // a comma and names no person, the person or organisation opening the clause followed by
  // a comma (`X, the chairman of Y, said`; `X, who ..., said`); for a coordinated verb or a
  // participle, the subject that opens the clause or sentence (after an opening quotation,
  // the one right after it, rule A921; a participle fragment `Adding, "Q"` takes the speaker
  // of the sentence before, A920; `and V-ing` after `NAME V-ing` that name, A924); for a
  // gerund after `for` or `of` that follows a verb's object (`fined X for saying`, rule A800),
  // that object; for an infinitive, a causative's object (A732, over a relative clause A922),
  // a catenative verb's subject, or after a comma the sentence's opening subject (A923).
  std::int32_t subject_of(std::size_t verb, std::size_t sentence_first, std::string& from, std::int32_t& mention);
  // The sex of a person entity (rule pronoun above); Unknown for other entities.
  Sex sex_of(std::int32_t entity);
  // The country a person speaks for (their role, or the gazetteer's), or a country itself.
  std::int32_t country_of(std::int32_t entity);
  // The coreference stage's resolution of the single token k: a bare surname, he/she, or
  // `it` (rules above); sets `from` and last_from(). -1 when none.
  std::int32_t token_reference(std::size_t k, std::string& from);
  // The one person of the document whose canonical name's last word is `lower` (lower
  // case), from the table rule surname reads; -1 when none or two people.
  std::int32_t person_by_surname(std::string_view lower);

  // The stage's facts for speaker phrases (rules role-phrase and official-of-country):
  // appends Annotation::office_readings and Annotation::officials (WRITES above).
  void record_offices();

  // The collective of tokens [b, e) (rule collective above); sets `from` and last_from().
  // Lookup: the stage's unwritten reference over exactly [b, e) (none: -1, never resolved).
  std::int32_t collective(std::size_t b, std::size_t e, std::string& from);

  // Where the surface of the last resolution through a pronoun or role phrase stands,
  // the rule used and the mention it went through (-1 none).
  struct From {
    Span span;
    std::string rule;
    std::int32_t antecedent = -1;
  };
  const From& last_from() const { return from_; }

  Annotation& a;
  const Lexicons& lex;
  std::vector<std::int32_t> mention_at;     // token -> named mention starting there (or -1)
  std::vector<std::int32_t> mention_cover;  // token -> named mention covering it (or -1)
  std::vector<std::int32_t> reference_at;   // token -> resolved mention (reference) covering it (or -1)
  std::vector<char> in_direct;              // token inside quotation marks, marks included (pair_quote_marks)
  std::vector<std::uint32_t> sentence_of;   // token -> sentence

 private:
  std::int32_t role_phrase(std::size_t b, std::size_t e, std::int32_t first_named, std::string& from);
  std::int32_t demonym_officials(std::size_t b, std::size_t e, std::string& from);
  std::int32_t plural_demonym(std::size_t b, std::size_t e, std::string& from);
  bool country_named_before(const std::string& name, std::size_t k) const;
  OfficeReading office(std::size_t k, std::size_t n, const std::string& qualifier, bool place, std::size_t b);
  std::int32_t pronoun_in(std::size_t b, std::size_t e, std::string& from);
  std::int32_t sentence_subject(const Sentence& s, std::size_t pos);
  std::int32_t spokesman_subject(std::size_t t, std::size_t e);
  std::int32_t fronted_subject(const Sentence& s, std::size_t pos);
  std::int32_t reporter_of(std::size_t pos);
  std::int32_t nearest_agreeing(std::size_t k);
  std::int32_t relative_clause_binder(std::size_t pos);
  bool agrees_in_form(std::size_t pos, std::size_t k) const;
  std::int32_t relative_antecedent(std::size_t r) const;
  bool coordinated_person(std::int32_t mi) const;
  std::int32_t last_speaker_in(std::uint32_t sentence);
  std::int32_t speech_verb_speaker_in(std::uint32_t sentence, int depth);
  std::int32_t speech_subject(std::size_t v, std::size_t n, const Sentence& s, std::int32_t& mention);
  const Mention* reference(std::size_t k, std::string_view rule) const;
  std::int32_t surname(std::size_t b, std::size_t e, std::string& from);
  std::int32_t body_pronoun_in(std::size_t b, std::size_t e, std::string& from);
  std::int32_t organisation_subject_before(std::size_t k);
  std::int32_t body_speaker_before(std::size_t k, std::int32_t& mention);
  std::int32_t campaign_owner_before(std::size_t k) const;
  bool quoted_sentence(const Sentence& s) const;
  std::size_t skip_parenthetical(std::size_t end, std::size_t limit) const;
  std::size_t unclosed_apposition(std::size_t npb, std::size_t sentence_first) const;
  std::int32_t apposition_subject(std::size_t npb, std::size_t sentence_first, std::int32_t& mention);
  std::int32_t opening_name(std::size_t npb, std::size_t verb, std::size_t sentence_first, std::int32_t& mention);
  std::int32_t clause_subject(std::size_t verb, std::size_t npb, std::size_t sentence_first, std::string& from,
                              std::int32_t& mention);
  void set_from(Span s, std::string_view rule, std::int32_t antecedent) {
    from_ = From{s, std::string(rule), antecedent};
    ++from_sets_;
  }
  bool agrees(std::size_t pronoun_token, std::int32_t entity);
  // Row A1172: the person a postposed epithet (`"Q," said the 24-year-old`) re-names, or -1.
  std::int32_t epithet_antecedent(std::size_t b);
  // mention_at, mention_cover and reference_at from the mentions in text order.
  void fill_mention_maps();
  std::size_t mentions_built_ = 0;  // a.mentions.size() when the maps were filled
  bool had_references_ = false;     // references among them
  std::unordered_map<std::string, std::int32_t> surnames_;  // surname (lower case) -> person, -1 two people
  bool surnames_built_ = false;
  // A bit per slot() (first and last byte, length) of each word of a set: a word whose bit
  // is clear is none of them, answered before a map's copy and hash or a scan of names.
  struct WordFilter {
    std::array<std::uint64_t, 4> bits{};
    static std::size_t slot(std::string_view w) {
      if (w.empty()) return 0;
      return (static_cast<unsigned char>(w.front()) * 7u + static_cast<unsigned char>(w.back()) * 3u + w.size()) & 255u;
    }
    void add(std::string_view w) { bits[slot(w) / 64] |= std::uint64_t{1} << (slot(w) % 64); }
    bool may_hold(std::string_view w) const { return (bits[slot(w) / 64] >> (slot(w) % 64)) & 1u; }
  };
  WordFilter surname_filter_;  // the keys of surnames_
  struct Organisation {
    std::size_t token;
    std::int32_t mention;
    std::uint32_t name;  // index into organisation_names_
  };
  std::vector<Organisation> organisations_;  // named organisations by first token (collective)
  std::vector<std::string> organisation_names_;  // their entities' canonical names in lower case, each once
  WordFilter organisation_words_;                 // the words of those names (between spaces)
  bool organisations_built_ = false;
  void build_organisations();
  // The mention of the most recent organisation named before token b whose name (lower
  // case) holds `phrase` as whole words, or -1 (collective()).
  std::int32_t named_holding(std::size_t b, std::string_view phrase);
  // A government department's short name (`State said`; rule A631, collective()).
  std::int32_t department_short_name(std::size_t b, std::string& from);
  // Named organisations that open their sentence or are the subject of a speech verb
  // (what `it` may stand for), by first token: (token, mention), built once per document.
  std::vector<std::pair<std::uint32_t, std::int32_t>> org_subjects_;
  bool org_subjects_built_ = false;
  std::vector<std::int8_t> sex_;  // entity -> sex + 1 (0: not computed yet)
  int pronoun_depth_ = 0;  // guards pronoun() <-> noun_phrase() recursion
  int body_chain_depth_ = 0;  // guards body_speaker_before() <-> body_pronoun_in() recursion
  std::int32_t antecedent_ = -1;  // mention the last pronoun() went through
  From from_;
  Mode mode_;
  // Row 23.362: what pronoun()'s walk back was told of an earlier sentence (its subject,
  // the last speaker in it) at the top of the recursion, with what the look-up left in
  // antecedent_ and from_; by sentence and look-up, Stage mode only (remembered()).
  struct SentenceAnswer {
    std::int32_t who = -1;
    std::int32_t antecedent = 0;  // kUntouched: left as it was
    std::int32_t from = -1;       // index into answer_froms_, -1: from_ not set
    bool asked = false;
  };
  std::vector<SentenceAnswer> sentence_answers_;  // 2 a sentence, made at the first look-up
  std::vector<From> answer_froms_;
  std::uint32_t from_sets_ = 0;  // set_from() calls so far
  template <class Ask>
  std::int32_t remembered(std::uint32_t lookup, std::uint32_t sentence, Ask&& ask);
};

// The coreference stage (see WRITES above), with a Resolver in Mode::Stage built for it.
void resolve_coreference(Annotation& a, const Lexicons& lex);
// The same with the caller's Resolver (Mode::Stage), to be handed on (Resolver::to_lookup())
// to quote attribution.
void resolve_coreference(Resolver& r);

// Appends one reference: a resolved Mention (source.rule "coreference") of `entity` over
// tokens [first, end) with surface `span`, read from `from` by `rule` through mention
// `antecedent` (-1: none), and adds it to the entity's mentions. Earlier mentions keep
// their indices. The stage and the quotes stage's speaker references both write through it.
void append_reference(Annotation& a, std::uint32_t first, std::uint32_t end, Span span, std::uint32_t sentence,
                      std::int32_t entity, std::string from, std::string_view rule, std::int32_t antecedent);

}  // namespace gazette
