// The last own-name mention of a type before a token, outside quotation marks: one walk for
// the coreference stage's national-office test (coreference_stage.cpp last_person_named(),
// row A1173) and its resolver's press antecedent (coreference.cpp press_antecedent(), row
// A1176), which differ only in the parameters below.
#pragma once

#include "gazette/coreference.hpp"

#include <cstddef>
#include <cstdint>

namespace gazette {

// The entity of the last mention of its own (no reference: resolved_from empty) of an
// entity of `type`, ending by token k, its first token outside quotation marks
// (Resolver::in_direct) and in sentence `first_sentence` or later, for which `keep(mention)`
// holds; "last" by the mention's end: between mentions ending at the same token, the later
// in Annotation::mentions when `later_on_tie`, else the earlier. -1 when none. `Tom Smith met
// Jane Roe.` before token 6: Jane Roe for EntityType::Person.
template <class Keep>
std::int32_t last_named_before(const Resolver& r, std::size_t k, EntityType type, bool later_on_tie,
                               std::uint32_t first_sentence, Keep&& keep) {
  const Annotation& a = r.a;
  std::int32_t last = -1;
  std::uint32_t last_end = 0;
  for (const Mention& m : a.mentions)
    if (m.end_token <= k && (m.end_token > last_end || (later_on_tie && m.end_token == last_end)) &&
        m.resolved_from.empty() && m.entity >= 0 && !r.in_direct[m.first_token] &&
        r.sentence_of[m.first_token] >= first_sentence &&
        a.entities[static_cast<std::size_t>(m.entity)].type == type && keep(m)) {
      last = m.entity;
      last_end = m.end_token;
    }
  return last;
}

}  // namespace gazette
