// explain(): a human-readable rendering of one Annotation, so a user can see why
// every node and edge exists. Mentions are marked inline as [text]{TYPE=canonical
// ~rule}, quotes as «...»#N; then every quote (speaker, cue, rule, about) and every
// relation (head TYPE tail, role, cue, rule, confidence, evidence) is listed.
#pragma once

#include "gazette/annotation.hpp"

#include <string>

namespace gazette {

std::string explain(const Annotation& a);

}  // namespace gazette
