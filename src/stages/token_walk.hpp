// The walk to the next token a stage asks about, for the scans over every token of a
// sentence, a paragraph or a document that stop at few of them (issue #23, rows
// 23.444-23.448): where a title may start (coreference.cpp next_title_start()), the next
// quotation mark (quote_marks.cpp pair_paragraph(), relation_clauses.cpp
// next_quote_mark()), the next token that may start a report (quotes_indirect.cpp
// indirect_quotes()), the next lower-case sports word (entities.cpp sports_report()). It
// pays only where the stops are rare: a walk that stops at most tokens (Openers' listed
// tokens, relation cue starts) costs more with it. Reads the tokens through a pointer
// only; writes nothing.
#pragma once

#include "gazette/annotation.hpp"

#include <cstddef>

namespace gazette {

// The first k in [k, e) with stop(t[k]), e when none. Four tokens are tested in each step
// (one bound test for four, the tests of the four in a row), then one at a time for the
// last three: the same k as `while (k < e && !stop(t[k])) ++k`. `stop` reads the one
// token it is given (and nothing the caller changes during the walk). Made-up example:
// in `Tom Smith, the harbour minister, spoke`, with stop `a title may start here`, from
// `Tom` it returns `minister`.
template <class Stop>
std::size_t next_token_where(const Token* t, std::size_t k, std::size_t e, Stop&& stop) {
  while (k + 4 <= e && !stop(t[k]) && !stop(t[k + 1]) && !stop(t[k + 2]) && !stop(t[k + 3])) k += 4;
  while (k < e && !stop(t[k])) ++k;
  return k;
}

}  // namespace gazette
