#pragma once
// Row 23.406: a count of the changes made to any Abbreviations (Abbreviations::add()), read by
// phrase_tokens()' memo (lexicon.cpp) so that a phrase tokenized with a list that has changed
// since, or with a new list at the address of one destroyed, is tokenized again. Private to
// src/data (abbreviations.cpp bumps it; lexicon.cpp reads it).

#include <cstdint>

namespace gazette::detail {

// The number of Abbreviations::add() calls so far, of any object on any thread.
std::uint64_t abbreviation_generation();

}  // namespace gazette::detail
