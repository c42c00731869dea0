// Tokenizer: splits a document into words, numbers, punctuation and quote marks.
//
// Rules (GUIDELINES "mention spans"; ingestion issue):
//  - Abbreviations and initials keep their period: U.S., U.N., p.m., R.C., Mr., Jan.
//  - Hyphens and dashes are their own tokens, so `al-Assad` is [al][-][Assad] and
//    `U.S.-Russia` is [U.S.][-][Russia]; a hyphen with no space on either side is
//    marked by the absence of kSpaceBefore on it and on the next token.
//  - A possessive 's / ’s is its own token (kPossessive); so is the apostrophe of s'.
//  - Quote marks are Quote tokens; curly and straight forms normalise to " and '.
//  - Whitespace includes NBSP and the other Unicode spaces; newlines set kLineBefore,
//    blank lines kParaBefore.
// Cost: one pass, O(bytes); allocates only for tokens whose normal form differs.
#pragma once

#include "gazette/annotation.hpp"
#include "gazette/vocab.hpp"

namespace gazette {

// Appends the tokens of a.doc->text to a.tokens (normal forms in a.arena).
void tokenize(Annotation& a);

// True for abbreviations whose period never ends a sentence (titles, initials).
bool is_title_abbreviation(std::string_view norm);

}  // namespace gazette
