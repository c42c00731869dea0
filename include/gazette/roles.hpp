// Roles: who holds which title for which country or organisation in one document.
// Shared by quote attribution (resolving "the president", "we" -> the speaker's
// country) and by ROLE_IN relations.
//
// Sources, GUIDELINES "ROLE_IN": a title cue before a person (`Secretary of State Rex
// Tillerson`), optionally led by a demonym (`Russian President`), a country or
// organisation mention (`U.S. Secretary of State`, `Exxon Mobil CEO`), or a
// possessive (`Russia's foreign minister Sergei Lavrov`); an apposition
// (`Jim Mattis, the secretary of defense`); the gazetteer's roles of a known person.
#pragma once

#include "gazette/annotation.hpp"
#include "gazette/lexicon.hpp"

#include <string>
#include <vector>

namespace gazette {

struct RoleFact {
  std::int32_t person = -1;        // entity
  std::int32_t of = -1;            // entity (country/organisation), -1 if unknown in the document
  std::string of_name;             // canonical name of `of` even when not an entity of the document
  std::string title;               // "Foreign Minister"
  std::uint32_t sentence = 0;      // where it was stated
  std::string rule;                // title-before-name | apposition | gazetteer
  bool from_gazetteer = false;     // known office of a known person, not stated in the text:
                                   // used to resolve "the US President", never a ROLE_IN edge
  std::uint32_t cue_first = 0, cue_end = 0;  // tokens of the title (and its qualifier)
};

// All role facts of the document, in text order (needs entities resolved).
std::vector<RoleFact> find_roles(Annotation& a, const Lexicons& lex);

// The entity index of the country named `name`, adding a Country entity (with no
// mentions) when the document has none: demonyms and default countries name countries
// that need not be mentioned by name.
std::int32_t country_entity(Annotation& a, const Lexicons& lex, const std::string& name);

}  // namespace gazette
