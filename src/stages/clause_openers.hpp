// Where a sentence's or clause's words open, past its punctuation and discourse markers:
// one home for the coreference stage and the quote speakers, so that both skip the same
// openers (`But`, `Still`, a dash or quotation mark) the same way.
#pragma once

#include "gazette/annotation.hpp"
#include "gazette/lexicon.hpp"

#include <cstddef>

namespace gazette {

// The first token from t, before `end`, that is no punctuation and no discourse marker
// (word list discourse_markers: `But`, `Still`): where a sentence's or clause's words open;
// `end` when none.
inline std::size_t past_openers(const Annotation& a, const Lexicons& lex, std::size_t t, std::size_t end) {
  while (t < end && (a.tokens[t].kind == TokenKind::Punct || lex.in(Words::DiscourseMarkers, a.tokens[t]))) ++t;
  return t;
}

}  // namespace gazette
