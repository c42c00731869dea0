// Entities that later stages need but no mention names (entities.hpp implied_country()).
#include "gazette/entities.hpp"

#include <vector>

namespace gazette {

std::int32_t implied_country(Annotation& a, const Lexicons& lex, const std::string& name) {
  for (std::size_t i = 0; i < a.entities.size(); ++i)
    if (a.entities[i].canonical == name && a.entities[i].type != EntityType::Person) return static_cast<std::int32_t>(i);
  Entity e;
  e.canonical = name;
  e.type = EntityType::Country;
  if (const auto* g = lex.entry_by_name(name)) {
    e.type = g->type;
    e.gazetteer_id = g->id;
    e.wikidata = g->wikidata;
  }
  a.entities.push_back(std::move(e));
  return static_cast<std::int32_t>(a.entities.size() - 1);
}

namespace {

// Calls `f` on every entity index the mentions, quotes and relations hold.
template <class F>
void for_each_entity_ref(Annotation& a, F&& f) {
  for (auto& m : a.mentions) f(m.entity);
  for (auto& m : a.unwritten_references) f(m.entity);
  for (auto& q : a.quotes) {
    f(q.speaker);
    for (auto& e : q.about) f(e);
  }
  for (auto& r : a.relations) {
    f(r.head);
    f(r.tail);
  }
}

}  // namespace

void drop_unused_implied(Annotation& a, std::size_t first) {
  if (first >= a.entities.size()) return;
  std::vector<char> used(a.entities.size(), 0);
  for_each_entity_ref(a, [&](std::int32_t& e) {
    if (e >= 0 && static_cast<std::size_t>(e) < used.size()) used[static_cast<std::size_t>(e)] = 1;
  });
  std::vector<std::int32_t> renumber(a.entities.size(), -1);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    if (i >= first && !used[i] && a.entities[i].mentions.empty()) continue;
    renumber[i] = static_cast<std::int32_t>(kept);
    if (kept != i) a.entities[kept] = std::move(a.entities[i]);
    ++kept;
  }
  if (kept == a.entities.size()) return;
  a.entities.resize(kept);
  for_each_entity_ref(a, [&](std::int32_t& e) {
    if (e >= 0 && static_cast<std::size_t>(e) < renumber.size()) e = renumber[static_cast<std::size_t>(e)];
  });
}

}  // namespace gazette
