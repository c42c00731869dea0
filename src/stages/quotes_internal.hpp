// The parts of the quotes stage (quotes.hpp), shared by its files:
//   quote_marks.cpp     marks: pairs quotation marks within each paragraph
//   quotes_direct.cpp   direct: a quote per pair of marks, and pull quotes without marks
//   quote_speakers.cpp  speakers: the attribution patterns of a direct quote
//   quotes_indirect.cpp indirect: reported clauses after speech verbs
//   quotes.cpp          the stage: runs the parts, merges, and finds whom each quote is about
// The coreference stage includes it too, the stage for pair_quote_marks() and its resolver
// (coreference.cpp) for ed_form().
#pragma once

#include "gazette/coreference.hpp"
#include "gazette/quotes.hpp"
#include "word_forms.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace gazette::quotes {

// A pair of quotation marks (tokens); `closed` false when the quote runs to the
// paragraph end (annotation.hpp).
using Pair = QuoteMarkPair;

struct Marks {
  std::vector<Pair> pairs;
  std::unordered_map<std::size_t, std::size_t> pair_at_open;  // opening token -> index in pairs
};

// What an attribution pattern found: the speaker entity, the mention it came from and
// the surface it was resolved from ("he", "the president"; kept across patterns).
struct Attribution {
  std::int32_t speaker = -1, mention = -1;
  std::string from;
};

// Speech verb (reporting or not) at token i: the number of tokens and the cue (0: none).
// Tried at nearly every token by the quote patterns, so the tokens no speech cue can start
// are turned away inline, before the tests of speech_verb_tested() (names, hyphens, noun
// readings, base forms that report nothing: rule A930): an interned token whose lower-case
// form lacks the word bit kSpeechFirst, the test Lexicons::speech_index().match() itself
// makes first, without a look-up.
std::size_t speech_verb_tested(const Resolver& r, std::size_t i, std::size_t end, const SpeechCue** cue);
// Row A1139 (coreference_stage.cpp): the token of a speech noun after his/her at k (`his
// infamous remarks about X: "Q"`): a plural -s form of a speech cue, up to two lower-case
// words that are no determiner between, a colon later in the sentence; 0 when none.
std::size_t possessed_speech_noun(const Resolver& r, std::size_t k, std::size_t end);

inline std::size_t speech_verb_at(const Resolver& r, std::size_t i, std::size_t end, const SpeechCue** cue) {
  if (i >= end) return 0;
  const Token& t = r.a.tokens[i];
  if (t.lid != Vocab::kUnset && !(t.lbits & Lexicons::kSpeechFirst)) return 0;
  return speech_verb_tested(r, i, end, cue);
}

// A second speaker's report coordinated with no comma at token k (a coordinator or contrast
// connective, a subject of its own, a finite reporting verb: quotes_indirect.cpp, rule A582)
// ends the reported clause that runs from b, when the innermost clause before k already
// holds a finite verb; with `predicate_before` (the words before b are the clause's
// predicate: a partial quote's, rule A583) also when no clause boundary stands in [b, k).
bool coordinated_report_ends(const Resolver& r, std::size_t b, std::size_t k, std::size_t end, bool predicate_before);

// Word forms told by their ending alone (word lists adverb_suffixes, past_suffixes,
// participle_suffixes), a cheap test with no lexicon of verbs; five letters or more, so
// that short words with the same ending do not count (`fly`, `need`, `shed`, `ring`, `sing`).
// ly_adverb: a lower-case word in -ly, read as a manner or time adverb (`explicitly`,
// `recently`; not `Italy`, `Kelly`, `July`). past_form: a form in -ed (`claimed`,
// `killed`). ing_form: a form in -ing (`speaking`, `claiming`).
// ed_form: the ending of past_form alone, with no minimum length (`shed`, `need`, `bled`
// count too) and whatever the case (callers that want a lower-case word test that apart):
// the test of the rules written without past_form's minimum, hearer_token (rule A485: a
// hearer stops at `told the visitor increased trade`) and relative_subject in
// coreference.cpp (rule A477: `reported by the Globe, which` is a passive participle's agent).
// s_form: a word in -s that is no -ss/-us/-is word (word_forms.hpp, shared with the
// sentence stage).
using gazette::s_form;
inline bool ly_adverb(const Lexicons& lex, const Token& t) {
  return t.kind == TokenKind::Word && !t.has(kCapitalized) && t.lower.size() > 4 && lex.ends_in(Words::AdverbSuffixes, t.lower);
}
inline bool past_form(const Lexicons& lex, const Token& t) { return t.lower.size() > 4 && lex.ends_in(Words::PastSuffixes, t.lower); }
inline bool ed_form(const Lexicons& lex, const Token& t) { return lex.ends_in(Words::PastSuffixes, t.lower); }
// irregular_past (rows A560-A561): a common irregular past tense, alone in word list
// irregular_past_forms (`sank`, `went`, `told`), a finite verb as a form in -ed is;
// finite_past: past_form or irregular_past. past_participle: past_form, irregular_past or a
// form that is only a past participle, listed after `have` (`have written`, `have taken`).
inline bool irregular_past(const Lexicons& lex, const Token& t) { return t.kind == TokenKind::Word && lex.in(Words::IrregularPastForms, t); }
inline bool finite_past(const Lexicons& lex, const Token& t) { return past_form(lex, t) || irregular_past(lex, t); }
inline bool past_participle(const Lexicons& lex, const Token& t) {
  return finite_past(lex, t) || (t.kind == TokenKind::Word && lex.in(Words::IrregularPastForms, std::string("have ").append(t.lower)));
}
inline bool ing_form(const Lexicons& lex, const Token& t) { return t.lower.size() > 4 && lex.ends_in(Words::ParticipleSuffixes, t.lower); }
// finite_auxiliary: a lower-case finite auxiliary or copula, or one fused with its negation
// (word list negative_auxiliaries: `didn't`, `wasn't`). finite_or_past: that or a lower-case
// past_form, the finite verb the clause rules read where a form in -s may be a noun (`that
// will hold`, `that backed`, `add X to Y` before `was`).
inline bool finite_auxiliary(const Lexicons& lex, const Token& t) {
  return t.kind == TokenKind::Word && !t.has(kCapitalized) &&
         (lex.in(Words::FiniteAuxiliaries, t) || lex.in(Words::Copulas, t) || lex.in(Words::NegativeAuxiliaries, t));
}
inline bool finite_or_past(const Lexicons& lex, const Token& t) {
  return finite_auxiliary(lex, t) || (t.kind == TokenKind::Word && !t.has(kCapitalized) && past_form(lex, t));
}

// A nominative pronoun and a finite auxiliary in one word (rule A430): the pronoun, an
// apostrophe and a contraction tail (word list contraction_tails: `she'll`, `they're`,
// `he'd`, `we've`, `I'm`); no noun takes those tails. The reported clauses read it
// (quotes_indirect.cpp), and so do scare quotes (quotes_direct.cpp: a clause in marks).
inline bool contracted_subject(const Lexicons& lex, const Token& t) {
  const std::size_t ap = t.lower.find('\'');
  return t.kind == TokenKind::Word && ap != std::string_view::npos && ap > 0 &&
         lex.in(Words::NominativePronouns, t.lower.substr(0, ap)) && lex.in(Words::ContractionTails, t.lower.substr(ap + 1));
}

// Calls f(first_token, end_token, skip) for each paragraph, a run of sentences with one
// paragraph number; `skip`: the paragraph is a duplicate or page furniture.
template <class F>
void for_each_paragraph(const Annotation& a, F&& f) {
  for (std::size_t s = 0; s < a.sentences.size();) {
    std::size_t e = s;
    while (e < a.sentences.size() && a.sentences[e].paragraph == a.sentences[s].paragraph) ++e;
    f(std::size_t{a.sentences[s].first_token}, std::size_t{a.sentences[e - 1].end_token},
      a.sentences[s].duplicate || a.sentences[s].furniture);
    s = e;
  }
}

// The end (token index) of the paragraph that holds sentence `s`: the end of the last
// sentence with its paragraph number (sentences are contiguous and in text order).
inline std::size_t paragraph_end(const Annotation& a, std::size_t s) {
  const std::uint32_t para = a.sentences[s].paragraph;
  while (s + 1 < a.sentences.size() && a.sentences[s + 1].paragraph == para) ++s;
  return a.sentences[s].end_token;
}

// Pairs the quotation marks and marks the tokens inside (marks included) in r.in_direct.
// The pairs are made once per document, into Annotation::quote_marks (its first caller,
// the coreference stage, writes them; the quotes stage reads them).
Marks pair_quote_marks(Resolver& r);

// Appends a direct quote per pair of marks (attributed, or dropped as scare quotes) and
// the pull quotes without marks to a.quotes.
void direct_quotes(Resolver& r, const Marks& marks);

// Speaker patterns of the direct quote between the marks of `p` (quote_speakers.cpp);
// each sets q.rule, q.cue, q.cue_span when it fires.
void speaker_after(Resolver& r, const Pair& p, std::size_t para_end, Quote& q, Attribution& at);
void speaker_before(Resolver& r, const Pair& p, std::size_t sentence_begin, Quote& q, Attribution& at);
void speaker_before_paragraph(Resolver& r, const Pair& p, Quote& q, Attribution& at);
void speaker_after_paragraph(Resolver& r, const Pair& p, Quote& q, Attribution& at);
void speaker_name_verb(Resolver& r, const Pair& p, Quote& q, Attribution& at);
void speaker_label(Resolver& r, const Pair& p, Quote& q, Attribution& at);
void speaker_in_sentence(Resolver& r, std::size_t sentence_begin, std::size_t sentence_end, Quote& q, Attribution& at);
void speaker_lead_sentence(Resolver& r, const Pair& p, Quote& q, Attribution& at);
void speaker_subject_predicate(Resolver& r, const Pair& p, Quote& q, Attribution& at);
// A person other than `speaker` opens the sentence a direct quote stands inside (rule A642).
bool new_subject_of_quote(const Resolver& r, const Pair& p, const Quote& q, std::int32_t speaker);
// Sentence `st` holds a quotation mark (a Quote token that is no plural possessive's
// apostrophe, `the Smiths' house`) or a token inside a direct quote (r.in_direct): no
// sentence of the writer's own (rules A740, A750).
bool holds_quotation_marks(const Resolver& r, const Sentence& st);
// A quote opening its sentence after a lead-in whose subject is a person other than
// `speaker`, the previous quote's (rule A750: lead-subject).
bool speaker_lead_subject(const Resolver& r, const Pair& p, Quote& q, std::int32_t speaker, Attribution& at);

// After the merge: a continuation whose speaker a later reported clause supersedes.
void continue_last_speaker(Resolver& r);
// Row A1131: a lead report by a description, named as the next sentence opens.
void delayed_identification(Resolver& r);
// Row A1148 (quote_speakers.cpp): a place or country before the head noun of the speaker's
// phrase (`a Kent man said`) is no speaker; such quotes lose the speaker it gave.
bool place_modifier(const Resolver& r, std::int32_t mi, std::size_t cue);
void drop_place_modifier_speakers(Resolver& r);
// Row A1154: `blasted Ruritania claims that ...` is Ruritania's report.
void noun_cue_modifier_speakers(Resolver& r);
// Row A1165: `the government said`, `according to a government spokesman` is the country.
void government_speakers(Resolver& r);
// Row A1166: a poster's or slogan's words are its owner's (quote_speakers.cpp).
void display_owner_speakers(Resolver& r);
// Row A1171 (quote_speakers.cpp): an unattributed quote after a published text is its publisher's.
void published_text_speakers(Resolver& r);

// Last: a reference (resolved Mention, coreference.hpp) for each speaker surface that the
// coreference stage did not write: a collective (the stage's unwritten reference over the
// attribution's tokens, looked up), a role phrase whose span differs from the stage's and
// unnamed officials of a country (both still read in the context of the speech verb), so
// that every resolved speaker has its reference.
void speaker_references(Resolver& r);

// Whether the speech verb at v stands in a verb's slot, not a noun of the same form after
// a determiner or a possessive (`his promise to`, `Sanders's clarion call for`;
// quotes_indirect.cpp).
bool verb_slot(const Resolver& r, std::size_t v);

// Whether a reported clause of its own opens at k, right after a speech verb (rule A488;
// quotes_indirect.cpp): `that` and a clause, or a clause that opens on a nominative
// pronoun and its verb or on a determiner or subject pronoun and a finite auxiliary.
bool opens_reported_clause(const Resolver& r, std::size_t k);

// The token after a run of time words at k between a speech verb and its that-less clause
// (`said Tuesday night he ...`; quotes_indirect.cpp), k when there is none.
std::size_t after_time_words(const Resolver& r, const Sentence& st, std::size_t k);

// The reported clauses of the document (not yet in a.quotes).
std::vector<Quote> indirect_quotes(Resolver& r, const Marks& marks);

}  // namespace gazette::quotes
