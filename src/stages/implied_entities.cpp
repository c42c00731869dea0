// Entities that later stages need but no mention names (entities.hpp implied_country()).
#include "gazette/entities.hpp"

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

}  // namespace gazette
