// Tokenizer: splits a document into words, numbers, punctuation and quote marks.
//
// READS   the document text (a.doc->text); the abbreviations (Lexicons::abbreviations()).
// WRITES  a.tokens (normal and lower-case forms; forms that differ from the text in a.arena).
// NEEDS   nothing: the first stage.
//
// Rules (GUIDELINES "mention spans"; ingestion issue):
//  - Abbreviations and initials keep their period: U.S., U.N., p.m., R.C., and the words
//    of data/lexicon/abbreviations.json (Mr., Jan., Inc.; abbreviations.hpp).
//  - Hyphens and dashes are their own tokens, so `al-Assad` is [al][-][Assad] and
//    `U.S.-Russia` is [U.S.][-][Russia]; a hyphen with no space on either side is
//    marked by the absence of kSpaceBefore on it and on the next token.
//  - A possessive 's / ’s is its own token (kPossessive); so is the apostrophe of s'.
//  - Quote marks are Quote tokens; curly and straight forms normalise to " and '.
//  - Whitespace includes NBSP and the other Unicode spaces; newlines set kLineBefore,
//    blank lines kParaBefore.
// Cost: one pass, O(bytes); allocates only for tokens whose normal form differs.
#pragma once

#include "gazette/abbreviations.hpp"
#include "gazette/annotation.hpp"
#include "gazette/vocab.hpp"

#include <string_view>

namespace gazette {

// A hyphen at token h glued to the tokens on both sides (`al-Assad`, `Los Angeles-based`):
// the convention above, no kSpaceBefore on the hyphen nor on the token after it.
inline bool glued_hyphen(const Annotation& a, std::size_t h, std::size_t end) {
  return h + 1 < end && a.tokens[h].norm == "-" && !a.tokens[h].has(kSpaceBefore) && !a.tokens[h + 1].has(kSpaceBefore);
}

// Tokens [k, end) are a date written the ISO way and nothing else (`2021-03-04`: a number of
// four digits, then numbers of one or two digits, each after a glued hyphen).
inline bool iso_date_tokens(const Annotation& a, std::size_t k, std::size_t end) {
  if (end != k + 5) return false;
  const auto digits = [&](std::size_t j, std::size_t lo, std::size_t hi) {
    const std::string_view w = a.tokens[j].norm;
    if (a.tokens[j].kind != TokenKind::Number || w.size() < lo || w.size() > hi) return false;
    for (const char c : w)
      if (c < '0' || c > '9') return false;
    return true;
  };
  return digits(k, 4, 4) && glued_hyphen(a, k + 1, end) && digits(k + 2, 1, 2) && glued_hyphen(a, k + 3, end) &&
         digits(k + 4, 1, 2);
}

// The numerals of a generational suffix (rule A762): two to four of the letters I, V and X,
// all capitals (`IV`, a token's form), or all lower case when `lower` (`iv`, a person's key:
// entities.cpp without_roman_suffix()).
inline bool roman_numerals(std::string_view w, bool lower = false) {
  if (w.size() < 2 || w.size() > 4) return false;
  const char i = lower ? 'i' : 'I', v = lower ? 'v' : 'V', x = lower ? 'x' : 'X';
  for (const char c : w)
    if (c != i && c != v && c != x) return false;
  return true;
}

// A generational suffix in Roman numerals closing a person's name (`Luther Pate IV`, `John
// Smith III`): a word of roman_numerals() (rule A762: the surname is the word before it).
inline bool roman_suffix(const Token& t) { return t.kind == TokenKind::Word && roman_numerals(t.norm); }

// Appends the tokens of a.doc->text to a.tokens (normal forms in a.arena); a word of
// `abbreviations` followed by a period keeps it (Lexicons::abbreviations()).
void tokenize(Annotation& a, const Abbreviations& abbreviations);

}  // namespace gazette
