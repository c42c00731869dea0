// Typed relations with evidence (GUIDELINES "Typed relations").
//
// Cue words come from data/lexicon/relation_cues.json with a frame:
//   active        HEAD <cue> TAIL          Tillerson met Putin; Russia accused Washington
//   passive       TAIL was <cue> by HEAD   Syria was attacked by ...
//   nominal_with  HEAD ... <cue> with TAIL / <cue> between HEAD and TAIL
//   noun_of       HEAD, TAIL's <cue> / <cue> of TAIL (ally, deputy, aide, affiliate)
// Within one clause (split at ; and at quotation marks), the head is the nearest
// entity mention before the cue and the tail the nearest after it; coordinated heads
// (`Tillerson and Lavrov held talks`) give MET_WITH between them. A negation (not,
// n't, never, no) or hedge (reportedly ... refused to) within three tokens before the
// cue cancels it. ROLE_IN comes from find_roles(); LOCATED_IN from the gazetteer (an
// organisation or place located in a country mentioned in the document) and from
// `X in Y` / `Y's X` for places; SAID_ABOUT from quotes. Each (head, type, tail) is
// kept once per document with all its evidence sentences.
#pragma once

#include "gazette/annotation.hpp"
#include "gazette/lexicon.hpp"
#include "gazette/roles.hpp"

namespace gazette {

void extract_relations(Annotation& a, const Lexicons& lex, const std::vector<RoleFact>& roles);

}  // namespace gazette
