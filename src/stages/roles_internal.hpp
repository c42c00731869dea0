// The parts of the roles stage (roles.hpp), shared by its files only:
//   roles.cpp           the stage: title cues, appositions, predicates, role phrases
//   roles_country.cpp   the country of an office several countries hold (row 18.412)
// (A file of its own keeps roles.cpp's inlining as it was: x600 +1.9M instructions when
// this code sat in roles.cpp, through Lexicons::in() calls no longer inlined there.)
#pragma once

#include "gazette/annotation.hpp"
#include "gazette/lexicon.hpp"

namespace gazette {

// Row 18.412: an office that several countries' governments hold under one name (word list
// shared_offices: `Attorney General`), written with no country, is held in the country of
// the person's own office of that title in the gazetteer, else in the story's country (each
// country the document names, and each organisation or place it names that the gazetteer
// puts in a country, one vote; the winner when the document names it and no other ties
// it), else in the title's default country, r.of_name as it comes (GUIDELINES conventions:
// a post with no country written is the country's the article is about). `The Attorney
// General Lord Tom Smith` in a story of Downing Street and the Tories that names Britain
// holds his post in the United Kingdom, not in the United States titles.json gives by
// default. Sets r.of_name only (rule suffix "+story-country" for the story's country).
void shared_office_country(const Annotation& a, const Lexicons& lex, const TitleEntry& te, RoleFact& r);

}  // namespace gazette
