#include "roles_internal.hpp"

#include "gazette/text.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

namespace {

// Row 18.412: the country the story is set in: each country the document names, and each
// organisation or place it names that the gazetteer puts in a country (Downing Street, the
// Tories, the Commons, Texas), is one vote for that country; the country with the most
// votes, when the document names it (GUIDELINES conventions: a post is the country's "when
// the article names that country"); "" when none has more votes than every other. A story
// of Downing Street, the Home Office and the Tories that names Britain once and Ruritania
// four times is set in the United Kingdom.
std::string story_country(const Annotation& a, const Lexicons& lex) {
  struct Vote {
    std::string_view country;
    std::size_t n = 0;
    bool named = false;
  };
  std::vector<Vote> votes;
  for (const Entity& e : a.entities) {
    if (std::none_of(e.mentions.begin(), e.mentions.end(), [&](std::uint32_t mi) { return a.mentions[mi].resolved_from.empty(); }))
      continue;
    std::string_view country;
    if (e.type == EntityType::Country) {
      country = e.canonical;
    } else if ((e.type == EntityType::Organization || e.type == EntityType::Location) && !e.gazetteer_id.empty()) {
      if (const auto* g = lex.entry_by_id(e.gazetteer_id)) country = g->country;
    }
    if (country.empty()) continue;
    auto v = std::find_if(votes.begin(), votes.end(), [&](const Vote& o) { return o.country == country; });
    if (v == votes.end()) v = votes.insert(votes.end(), Vote{country});
    ++v->n;
    v->named |= e.type == EntityType::Country;
  }
  const Vote* best = nullptr;
  bool tie = false;
  for (const Vote& v : votes) {
    tie = best && v.n == best->n ? true : tie;
    if (!best || v.n > best->n) {
      best = &v;
      tie = false;
    }
  }
  return best && !tie && best->named ? std::string(best->country) : std::string();
}

}  // namespace

void shared_office_country(const Annotation& a, const Lexicons& lex, const TitleEntry& te, RoleFact& r) {
  if (!lex.in(Words::SharedOffices, to_lower(te.title))) return;
  if (r.person >= 0) {
    const Entity& pe = a.entities[static_cast<std::size_t>(r.person)];
    if (const auto* g = pe.gazetteer_id.empty() ? nullptr : lex.entry_by_id(pe.gazetteer_id))
      for (const auto& role : g->roles)
        if (to_lower(role.title) == to_lower(te.title) && !role.of.empty()) {
          r.of_name = role.of;
          return;
        }
  }
  if (std::string story = story_country(a, lex); !story.empty()) {
    r.of_name = std::move(story);
    r.rule += "+story-country";
  }
}

}  // namespace gazette
