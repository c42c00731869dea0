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

// Offices named by another word: "top diplomat" is a Secretary of State or a Foreign
// Minister, "leader" a President or Prime Minister.
bool same_office(std::string_view held, std::string_view phrase);

// The person holding `title` (for the country or organisation `of_name`; "" = any)
// in this document: the holder stated last before token `pos` (or first after it),
// failing that the gazetteer's holder mentioned most. -1 when none.
std::int32_t role_holder(const Annotation& a, const std::vector<RoleFact>& roles, const std::string& title,
                         const std::string& of_name, std::size_t pos);

// A definite role phrase that stands for its holder: `the US Secretary of State`,
// `America's top diplomat`, `the Russian foreign minister`, `his Russian counterpart`
// (GUIDELINES "Quotes": resolve role phrases to the entity they refer to). Only with a
// qualifier (a bare `the president` may be any president of the story); not indefinite
// (`a Russian diplomat`), not followed by the name (`Secretary of State Rex Tillerson`),
// not an apposition (`Jim Mattis, the secretary of defense`).
struct RolePhrase {
  std::uint32_t first = 0, end = 0;  // tokens, half-open: determiner or possessive qualifier .. title
  std::int32_t person = -1;          // the holder (entity)
};
std::vector<RolePhrase> find_role_phrases(const Annotation& a, const Lexicons& lex, const std::vector<RoleFact>& roles);

}  // namespace gazette
