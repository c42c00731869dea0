// Sentence splitting, page-furniture marking and duplicate-paragraph marking.
//
// READS   tokens; the Lexicons' abbreviations, sentence_openers, furniture rules, speech
//         verbs, given names, known surnames, titles and the word lists articles,
//         of_prepositions, coordinators, determiners, present_s_suffixes,
//         non_present_s_suffixes, headline_body_openers,
//         speaker_phrase_prepositions, other_prepositions.
// WRITES  a.sentences (paragraph, furniture, duplicate, headline); on the tokens only
//         the flags of this stage (kOpenQuote/kCloseQuote of straight marks,
//         kFurniture, kDuplicate).
// NEEDS   tokens (tokenize, then Lexicons::intern).
//
// split_sentences(): a sentence ends at . ! ? or an ellipsis followed by a space and
// a capitalised word, quote or digit (closing quotes and brackets stay with the
// sentence: `..." Mr. Trump said` keeps `."` in the first sentence); at every line
// break (headlines, captions and one-sentence-a-line input) but a single one after a
// lower-case article, `of` or coordinator (hard-wrapped copy: `the Secretary of<newline>
// State told CNN`, word lists articles, of_prepositions, coordinators); never after a title
// abbreviation or initial (Mr., Dr., R.C.). Other abbreviations (U.S., p.m., Inc.)
// end a sentence only when the next word is a sentence-opening function word.
// Quotes spanning several sentences are reassembled by the quote stage, which works
// on paragraphs. Copy that lost its paragraph breaks gets back the one a quote over
// several paragraphs shows: a sentence opening with an opening double mark while an
// earlier double quote of the paragraph is still open starts a new paragraph; copy with
// no line break at all gets back its headline's line when a capitalised word follows a
// closing quotation mark within the first sentence's first twelve tokens (`Tsunami
// 'won't divert aid' UK aid ...`), or after the source that ends it on a verb of saying in a
// present form (`More reforms ahead says Milburn Labour will ...`, `..., TUC says The
// government ...`; speech_verbs.json), or before a capitalised word that opens a story and
// is never capitalised inside a sentence, right after a lower-case content word (`Acme
// merger plan touted Two of Kestby's unions ...`; word list headline_body_openers, row
// A1191): the headline is a sentence and a paragraph of its own.
// split_sentences() judges the straight marks as judge_straight_quotes() does, each as its
// walk reaches it (row 23.392).
//
// judge_straight_quotes(): a straight double mark (") gets kOpenQuote when it has space,
// a line start, `(`, `[`, a dash or a colon before it and a word right after it, and
// kCloseQuote when it sits right after a word or punctuation with space, a line end or
// punctuation after it; with space on both sides or on neither it stays undecided.
// Curly marks keep the direction they were typed with.
//
// mark_furniture(): lines that are not news content (credits, share bars, stamps,
// bylines; patterns in data/rules/furniture.json) get kFurniture on their tokens and
// Sentence::furniture; they keep their offsets and produce no mentions or relations.
//
// mark_duplicates(): a paragraph whose normalised text repeats an earlier paragraph
// of the same document gets kDuplicate and is processed once (the first time).
#pragma once

#include "gazette/annotation.hpp"
#include "gazette/furniture_rules.hpp"

namespace gazette {

class Lexicons;

void split_sentences(Annotation& a, const Lexicons& lex);
void judge_straight_quotes(Annotation& a);

void mark_furniture(Annotation& a, const FurnitureRules& rules);
void mark_duplicates(Annotation& a);


}  // namespace gazette
