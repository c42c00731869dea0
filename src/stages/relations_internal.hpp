// The parts of the relations stage (relations.hpp), shared by its files only:
//   relation_clauses.cpp   clause reading: quotes and quoted fragments, clause bounds, negation
//   relation_args.cpp      argument finding: the arguments of each sentence, those around a cue
//   relation_verbs.cpp     verb frames: active and passive cues
//   relation_nouns.cpp     noun frames: nominal_with and noun_of cues
//   located_in.cpp         LOCATED_IN from the gazetteer and from `X in Y` / `Y's X`
//   relations_from_quotes.cpp  SAID_ABOUT and CRITICIZED from what is said
//   relation_recall.cpp    cues apart from their arguments: calls to resign, fronted prepositions
//   relation_plans.cpp     plans ("the new targets", "Brown's decision") and their owners
//   relations.cpp          the stage: ROLE_IN, the cue loop, and the collector
#pragma once

#include "gazette/relations.hpp"

#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace gazette::relations {

// Keeps each (head, type, tail) once per document, with all its evidence.
struct Collector {
  Annotation& a;
  std::map<std::tuple<std::int32_t, int, std::int32_t>, std::size_t> index;
  std::set<std::tuple<std::size_t, std::uint32_t, std::uint32_t>> evidence_seen;  // (relation, span)

  // Adds a relation if the entity types fit its ends (GUIDELINES "Typed relations").
  void add(std::int32_t head, RelationType type, std::int32_t tail, Span evidence, std::string cue, std::string rule,
           double confidence, std::string role = {});
};

// An argument: an entity mention, a demonym standing for its country, a role phrase or
// a pronoun standing for its holder; tokens [first, end).
struct Arg { std::uint32_t first, end; std::int32_t entity; };

// The document as relation patterns read it.
struct Reading {
  Annotation& a;
  const Lexicons& lex;
  Collector col;
  std::vector<char> in_quote;   // token inside a direct quote
  std::vector<char> fragment;   // token inside a quoted fragment of three words or fewer
  std::vector<std::vector<Arg>> by_sentence;  // arguments per sentence, in text order
  // The first tokens of the arguments naming the body inside a description of a person the
  // text names nowhere with it (`The FBI director chastised Clinton`): no cue's subject.
  std::set<std::uint32_t> undescribed;
  // The same for a description of the person the text names with it (`The Treasury
  // secretary lauded Mr. Kim`): body's first token -> the description's, an argument
  // standing for that person, the subject in the body's stead.
  std::map<std::uint32_t, std::uint32_t> described;
  // The judging cues (Frame::Judging) found by read_cues() as it reads every cue, direct
  // quotes included, in text order, for judgements (relations_from_quotes.cpp) to read
  // without a second pass over the tokens.
  struct CueAt { std::uint32_t si = 0; std::size_t i = 0, n = 0; };
  std::vector<CueAt> judging_cues;
  // Every relation cue of the sentences that are not furniture or duplicates, direct quotes
  // included, in text order: looked up once per document by the first for_each_cue(), read
  // by the later ones (the look-up at every token is their cost).
  struct CueHit { std::uint32_t si = 0, i = 0, n = 0, payload = 0; };
  mutable std::vector<CueHit> cue_hits;
  mutable bool cue_hits_ready = false;
  // Annotation::mentions_in_text_order(), made once by extract_relations() before the
  // passes that read it (role_in()'s find_affiliations() since row 23.368, find_arguments(),
  // located_in(), from_quotes()): no pass adds a
  // mention or moves one, so the order is the same for all three (row 23.161).
  std::vector<std::uint32_t> mention_order;
  // The document is a sports report (entities.hpp is_sports_report()): -1 until a cue
  // first asks (sports_report()), then 0 or 1.
  mutable signed char sports = -1;

  // The token ends a clause: ";" or a quotation mark (not of a fragment).
  bool boundary(std::size_t k) const;
  // Words between two tokens, a quoted fragment counting as one.
  std::size_t gap(std::size_t from, std::size_t to) const;
  // Only "and" and coordination fillers (and cues) between two tokens: "X and his counterpart Y".
  bool only_links_between(std::uint32_t from, std::uint32_t to) const;
  // A negation or refusal within three tokens before the cue.
  bool negated(std::size_t cue, std::size_t clause_begin) const;
  // A hedging word (modal of possibility, wish or attempt) within three tokens before the
  // cue, not across a comma: `might meet`, `hopes to meet`, `could soon hold talks with`.
  bool hedged(std::size_t cue, std::size_t clause_begin) const;
  // Row 18.311: `if` or `whether` (complementizers that are not declarative) within ten
  // tokens before the cue, not across a comma: the cue is in a question or a condition.
  bool questioned(std::size_t cue, std::size_t clause_begin) const;
  // The document is a sports report, tested once, when first asked.
  bool sports_report() const;
};

// Row 23.369: the first token in [i, end) at which the relation index may open a cue (its
// first-word bit, Lexicons::kRelationFirst, the bit the index was made with, or a word not
// interned: PhraseIndex::match() returns 0 at once at any other), `end` when none: a tight
// walk over the tokens no cue opens (most of them). `Tom Smith met Jane Roe`: only `met`.
[[gnu::noinline]] inline std::size_t next_cue_start(const std::vector<Token>& tokens, std::size_t i, std::size_t end) {
  for (; i < end; ++i)
    if (tokens[i].lid == Vocab::kUnset || (tokens[i].lbits & Lexicons::kRelationFirst) != 0) return i;
  return end;
}

// Row 23.383: the token's lower-case form is in no word list: its list mask is the first,
// the empty one (Lexicons::dedupe_word_masks(): mask 0, in no list, comes first), so
// Lexicons::in() of every list is false for it. False when its mask is not set (in() then
// looks each list up). `Tom`, `working`: in none.
inline bool in_no_list(const Token& t) { return t.lmask == 0; }

// Row 23.385: the first token in [i, end) whose lower-case form is in word list `list`
// (Lexicons::in(), the token's list mask; a word in no list passed with one test,
// in_no_list()), `end` when none: a tight walk kept out of line, over the tokens read
// through a pointer held before it, so the values of the caller's walk stay in registers (as
// next_cue_start()). `Tom Smith, with whom Jane Roe sided`: `whom` for relative_words.
[[gnu::noinline]] inline std::size_t next_in_list(const Lexicons& lex, Words list, const std::vector<Token>& tokens,
                                                  std::size_t i, std::size_t end) {
  const Token* const t = tokens.data();
  for (; i < end; ++i)
    if (!in_no_list(t[i]) && lex.in(list, t[i])) return i;
  return end;
}

// Each relation cue in the sentences that may hold a relation (not furniture, not a
// duplicate, with arguments), in text order, outside direct quotes when `outside_quotes`:
// `f(sentence, first token, length, cue)`.
template <class F>
void for_each_cue(const Reading& r, bool outside_quotes, F&& f) {
  const Annotation& a = r.a;
  if (!r.cue_hits_ready) {
    for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
      const Sentence& s = a.sentences[si];
      if (s.furniture || s.duplicate) continue;
      for (std::size_t i = next_cue_start(a.tokens, s.first_token, s.end_token); i < s.end_token;
           i = next_cue_start(a.tokens, i + 1, s.end_token)) {  // row 23.369: no cue opens at the tokens skipped
        std::uint32_t payload = 0;
        if (const std::size_t n = r.lex.relation_index().match(a.tokens, i, s.end_token, payload))
          r.cue_hits.push_back({si, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(n), payload});
      }
    }
    r.cue_hits_ready = true;
  }
  std::uint32_t at = static_cast<std::uint32_t>(-1);
  bool skip = false;
  for (const Reading::CueHit& h : r.cue_hits) {
    if (h.si != at) {  // a sentence's tests once, when its first cue comes
      at = h.si;
      skip = r.by_sentence[h.si].empty();
    }
    if (skip || (outside_quotes && r.in_quote[h.i])) continue;
    f(h.si, std::size_t{h.i}, std::size_t{h.n}, r.lex.relation_cues()[h.payload]);
  }
}

// A relation cue at tokens [i, i + n) of sentence si, with what was found around it.
struct Site {
  std::uint32_t si = 0;
  std::size_t i = 0, n = 0, cb = 0, ce = 0;  // cue, clause [cb, ce)
  const RelationCue* cue = nullptr;
  const std::vector<Arg>* ms = nullptr;      // the sentence's arguments
  std::string_view w0, prev;                 // the cue's first word, the word before it in the clause
  bool noun_like = false, launched = false, participle = false;
  std::int32_t before = -1, before2 = -1, after = -1, after2 = -1, first = -1, subject = -1;  // indexes into *ms
  Span ev;
  std::string rule, cue_text;

  const Arg& arg(std::int32_t k) const { return (*ms)[static_cast<std::size_t>(k)]; }
  std::int32_t ent(std::int32_t k) const { return k < 0 ? -1 : arg(k).entity; }
  std::size_t size() const { return ms->size(); }
};

// Clause reading (relation_clauses.cpp): fills in_quote and fragment.
void read_clauses(Reading& r);
// The clause around the cue at [i, i + n) in sentence s: sets site.cb and site.ce.
void clause_bounds(const Reading& r, const Sentence& s, Site& site);
// The site of the cue at [i, i + n) in sentence si, its clause bounds set: where read_cue() and
// first_person_cues() (row 18.384) start.
Site cue_site(const Reading& r, std::uint32_t si, std::size_t i, std::size_t n, const RelationCue& cue);

// Argument finding (relation_args.cpp).
void find_arguments(Reading& r);
void arguments_around(Site& site);
void find_subject(const Reading& r, Site& site);
void find_object(const Reading& r, Site& site);
// The one country the document names (a named mention, not a reference), or -1 when it
// names none or several.
std::int32_t sole_named_country(const Annotation& a);
// "X, from the Y, accused Z": when a comma ends the argument `subject` right before the cue
// at token i and a person followed by a comma opens that apposition (at most four tokens
// before `subject`), the person; else `subject`.
std::int32_t described_by_apposition(const Annotation& a, const std::vector<Arg>& args, std::int32_t subject, std::size_t i);
// "with U.S. Secretary of State Rex Tillerson": the person a title introduces; "Republican
// Donald Trump": the person an organisation's name right before qualifies.
std::int32_t person_behind_title(const Reading& r, const Site& site, std::int32_t k);

// Verb frames (relation_verbs.cpp). False when the cue is no verb here.
bool verb_cue_applies(const Reading& r, const Sentence& s, const Site& site);
void noun_use_of_verb_cue(const Reading& r, Site& site);
void active_frame(Reading& r, const Site& site);
void passive_frame(Reading& r, const Site& site);

// Noun frames (relation_nouns.cpp).
void action_noun_frame(Reading& r, const Site& site);   // nominal_with, directed: "criticism of X"
void meeting_noun_frame(Reading& r, const Site& site);  // nominal_with, MET_WITH: "talks between X and Y"
void noun_of_frame(Reading& r, const Site& site);       // "X's ally Y", "deputy of X"
// A verb-group word at token k, between a name and what is predicated of it: an auxiliary,
// a copula, `to`, a relative word, an adverb in -ly (`X, who has been a member of`).
bool verb_group_word(const Reading& r, std::size_t k);
// `p1 p2` is a phrase of the list, as Lexicons::in() of the two words joined by a space
// finds it, without building the phrase (relations_from_quotes.cpp).
bool phrase_in(const Lexicons& lex, Words list, std::string_view p1, std::string_view p2);
// A political party: an organisation with a word of its name in party_name_words
// (relation_verbs.cpp; false for -1).
bool party_entity(const Reading& r, std::int32_t entity);

// Plans (relation_plans.cpp). The plan noun of "the|this|these [modifiers] PLAN" opening at
// token k (0 = none); the owner of the unnamed plan whose noun is at `noun`, never `judge`
// (-1 = none); a verb cue whose object is a plan: true when it was read as one.
std::size_t plan_phrase_at(const Reading& r, std::size_t k, std::size_t end);
// Up to three lower-case words from token k before a lower-case plan noun (word list
// plan_nouns: `his economic plan`): the noun's token, or 0 when none by `end`.
std::size_t plan_noun_after(const Reading& r, std::size_t k, std::size_t end);
std::int32_t plan_owner(const Reading& r, std::size_t noun, std::int32_t judge);
bool plan_object_frame(Reading& r, const Site& site);
// "the chancellor's record": the holder of the title (coreference.hpp role_holder()) when a
// plan noun follows; `noun` = its token. -1 when none.
std::int32_t title_possessor(const Reading& r, std::size_t k, std::size_t end, std::size_t& noun);
// The owner of the plan opening at token k, a title's or an unnamed one (never `judge`);
// `noun` = the plan noun's token (0 = no plan there). -1 when no owner.
std::int32_t plan_at(const Reading& r, std::size_t k, std::size_t end, std::int32_t judge, std::size_t& noun);

// Cues standing apart from their arguments (relation_recall.cpp, rows 18.335-18.336): a call
// on a person to resign, a cue whose preposition opens its relative clause.
void apart_cues(Reading& r);
// Row 18.337: a passive cue in a relative clause whose antecedent, ending at token b, is a
// named owner's plan (`Tom Smith's plan to cut taxes, which was criticised by Jane Roe`):
// the agent acts on the owner.
void relative_plan_agent(Reading& r, const Site& site, std::size_t b);
// Row 18.352: an active cue of criticism or support whose object is a possessive determiner
// and a post title (`Tom Smith praised his chancellor`): the subject acts on the title's
// holder in the document. True when it gave the relation.
bool possessed_title_object(Reading& r, const Site& site);
// Row 18.354: `it` right after an active cue of criticism or support (`Tom Smith quit the
// Tarn Party and accused it`): the organisation or country named last before the cue.
bool body_pronoun_object(Reading& r, const Site& site);
// Row 18.384: a cue of criticism or support in a direct quote whose subject is `I` or `we`
// (`"I condemn Jane Roe," said Tom Smith`): the speaker acts on the name right after it.
void first_person_cues(Reading& r);

// LOCATED_IN (located_in.cpp) and relations from quotes (relations_from_quotes.cpp).
void located_in(Reading& r);
void from_quotes(Reading& r);

Span sentence_span(const Annotation& a, std::uint32_t s);

}  // namespace gazette::relations
