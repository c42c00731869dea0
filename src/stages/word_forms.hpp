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

}  // namespace gazette
