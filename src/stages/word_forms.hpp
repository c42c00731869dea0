// Word-form tests on the word lists that more than one stage reads (the sentence stage,
// the quote stages, coreference): one home, so that each reads a form the same way.
#pragma once

#include "gazette/lexicon.hpp"

#include <string_view>

namespace gazette {

// s_form: a word in -s that is no -ss/-us/-is word (word lists present_s_suffixes and
// non_present_s_suffixes): a present in -s (`says`) or a plural noun (`voters`), as the
// reading needs. `w` is the word in lower case.
inline bool s_form(const Lexicons& lex, std::string_view w) {
  return lex.ends_in(Words::PresentSSuffixes, w) && !lex.ends_in(Words::NonPresentSSuffixes, w);
}

// negation_or_refusal: a word that cancels the cue after it: a negator (word list
// negators: `not`, `never`), a form in n't (`didn't`) or a refusal (word list refusals:
// `refused`, `declined`). Read by the relation stage before a relation cue
// (Reading::negated) and by the quote stage before a verb of rejection (row A1113).
inline bool negation_or_refusal(const Lexicons& lex, const Token& t) {
  return lex.in(Words::Negators, t) || lex.in(Words::Refusals, t) || t.lower.ends_with("n't");
}

}  // namespace gazette
