// Quotes: who said what (GUIDELINES "Quotes", "About whom").
//
// READS   tokens, sentences, cues, mentions, entities, roles, the coreference stage's
//         references, unwritten references, office readings and officials, the pairs of
//         quotation marks (Annotation::quote_marks; paired here when the coreference stage
//         did not run); the Lexicons' speech verbs (speech_verbs.json), titles and word lists.
// WRITES  Annotation::quotes, in text order, each with its speaker (entity, -1 unknown),
//         the surface it was resolved from and the rule; a reference (resolved Mention)
//         for each speaker phrase it reads whose span the coreference stage did not
//         record (`the committee`, `Russian officials`). The Country entity of unnamed
//         officials it reads as a speaker is made by the entities unit (entities.hpp
//         implied_country()) from the stage's fact, the first time one is read.
// NEEDS   entities, roles and coreference. It looks up what the stage resolved
//         (coreference.hpp Resolver, Mode::Lookup): a speaker he/she is the stage's
//         reference at that token, a collective its unwritten reference over the same
//         tokens, a role phrase its reference or its office reading of the title (with
//         the qualifier the attribution's phrase gives it), unnamed officials its fact,
//         `it` its reference (before a speech verb) or unwritten reference (none:
//         unknown); a bare surname the stage did not record (page furniture) is the
//         only phrase it still resolves itself.
//
// The parts (src/stages/): marks (quote_marks.cpp), direct (quotes_direct.cpp), speakers
// (quote_speakers.cpp), indirect (quotes_indirect.cpp), and this stage (quotes.cpp).
//
// Direct quotes are text between quotation marks (straight or curly, double or
// single), paired within a paragraph; a quote left open at a paragraph end runs to
// that end. Attribution patterns, tried in order (the rule id is kept on the quote):
//   after-verb-np   "Q," said X            after-np-verb  "Q," X said / "Q," he told Y
//   before-cue      X said: "Q"            headline-colon X: 'Q'
//   according-to    according to X, "Q"    pull-quote     Q — X
//   sentence-cue    a speech verb with a subject elsewhere in the sentence
//   name-colon      ... a person's name right before the colon: `... pollster X: "Q"`
//                   (not after a preposition: `a message to X: "Q"` names the hearer)
//   clause-colon    the name opening the sentence before an apposition: `X, whose ...,
//                   said Y was ...: "Q"` (no relative clause after a later comma)
//   dash-label      `HEADING - Jane Roe: "Q"`     transcript-label  `"WALLACE: ...`,
//                   `"Chris Matthews: ...` (a quoted line opening on a label)
//   name-verb       `"Q," Hannity pressed.` (a past form of speaking after a name)
//   passive-agent   `X was asked by Y whether ... "Q"`: Y
//   before-cue-paragraph  a quote opening a paragraph after one that ends with a colon
//                   (`X continued:`): the subject of that sentence's speech verb
//   lead-sentence   a quote opening its sentence, with only punctuation after its closing
//                   mark, right after a sentence with no marks whose speech verb is the
//                   finite verb of a person subject opening it: `Jane Roe agreed. "Q"`
//   lead-subject    a quote opening its sentence after a lead-in with no marks whose
//                   subject, opening it, is a person other than the previous speaker, when
//                   the quoted words do not refer to a person in the third person (he,
//                   his, her ...) or to that person: `Jane Roe shook her head. "Q"`
//   continuation    no cue: the speaker of the previous quote in the paragraph (or of the
//                   previous paragraph when this one opens with a quote)
// A pull quote may also stand without marks: a paragraph `<four or more words> — X[, role]`
// with no speech verb before the dash (rule pull-quote). After a colon a mark opens even
// with a space after it (`X: ' Q'`).
// Indirect (reported) speech: `X said (that) CLAUSE`, `X told Y (that) CLAUSE`,
// `according to X, CLAUSE`, `CLAUSE, X said`, `X repeated his view that CLAUSE` (a
// statement noun as object): the clause is the quote; it ends where the speaker's next
// predicate starts (`..., but appeared to`, `..., and added`). Partial quotes
// of three words or fewer inside a reported clause belong to that clause: one quote, of
// kind direct because it holds quoted words (`said the figures were "excellent" this
// year`: the clause to the sentence end, marks included); longer fragments and the words
// a labelling verb quotes (`called it "unlawful"`) keep their marks' span. Titles of works
// in marks (`CBS's "Face the Nation"`, word list work_title_words) are not quotes, nor
// are words in title case in marks with no source (`a three-day "Jeb Can Fix It" tour`)
// or right before a noun they modify (`the "Bernie or Bust" crowd`, name_head_nouns) or
// after a noun and `of` (`the co-author of "Going Viral"`, name_of_nouns).
// An indirect question follows a verb whose complements take one (`X asked (Y) whether
// CLAUSE`, `explained why CLAUSE`; speech_verbs.json "question").
// The subject of a speech verb is found through titles and pre-modifiers, parentheticals
// (`X (R-Ohio) said`), appositions and relative clauses (`X, a former aide, said`), a
// coordinated verb (`X ..., but says`) and inverted order (`explained X, "Q"`).
// Speakers resolve through mentions, pronouns (most recent compatible person),
// role phrases (`the president`, `the Russian foreign minister`), unnamed officials of
// a country (`U.S. officials`, `Russian officials`) and metonymy; unknown stays -1.
// About: entities named inside the quote, plus `we/our/us` -> the speaker's country,
// minus the speaker.
#pragma once

#include "gazette/annotation.hpp"
#include "gazette/lexicon.hpp"

namespace gazette {

void extract_quotes(Annotation& a, const Lexicons& lex);
// The same with the coreference stage's Resolver, made a Lookup one (Resolver::to_lookup()).
class Resolver;
void extract_quotes(Resolver& r);

}  // namespace gazette
