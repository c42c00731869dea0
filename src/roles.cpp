#include "gazette/roles.hpp"

#include <algorithm>

namespace gazette {

namespace {

bool same_title(std::string_view a, std::string_view b) { return to_lower(a) == to_lower(b); }

// The qualifier of a title ending at token `end`: a demonym (Russian), a country or
// organisation mention (U.S., Exxon Mobil), or a possessive (Russia's). Returns the
// entity / country name and the first token of the qualifier.
bool qualifier_before(Annotation& a, const Lexicons& lex, std::uint32_t end, std::int32_t& of, std::string& of_name,
                      std::uint32_t& first) {
  // Skip "former", "then-", "acting", "deputy"-less adjectives.
  std::uint32_t e = end;
  while (e > 0) {
    const std::string low = to_lower(a.tokens[e - 1].norm);
    if (low == "former" || low == "acting" || low == "then" || low == "-" || low == "top" || low == "senior" || low == "new")
      --e;
    else
      break;
  }
  for (const auto& c : a.cues) {
    if (c.kind == Cue::Kind::Demonym && c.end_token == e) {
      of_name = c.value;
      of = country_entity(a, lex, of_name);
      first = c.first_token;
      return true;
    }
  }
  std::uint32_t pe = e;
  if (pe > 0 && a.tokens[pe - 1].has(kPossessive)) --pe;
  for (const auto& m : a.mentions) {
    if (m.end_token == pe && m.entity >= 0) {
      const Entity& ent = a.entities[static_cast<std::size_t>(m.entity)];
      if (ent.type == EntityType::Country || ent.type == EntityType::Organization) {
        of = m.entity;
        of_name = ent.canonical;
        first = m.first_token;
        return true;
      }
    }
  }
  return false;
}

}  // namespace

std::int32_t country_entity(Annotation& a, const Lexicons& lex, const std::string& name) {
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

std::vector<RoleFact> find_roles(Annotation& a, const Lexicons& lex) {
  std::vector<RoleFact> out;
  const auto cues = a.cues;  // country_entity() may add entities, not cues
  for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
    const Mention m = a.mentions[mi];
    if (m.entity < 0 || a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Person) continue;
    // Title before the name: [qualifier] Title Name.
    for (const auto& c : cues) {
      if (c.kind != Cue::Kind::Title || c.end_token != m.first_token) continue;
      RoleFact r;
      r.person = m.entity;
      r.title = c.value;
      r.sentence = m.sentence;
      r.rule = "title-before-name";
      r.cue_first = c.first_token;
      r.cue_end = c.end_token;
      std::uint32_t qf = 0;
      if (qualifier_before(a, lex, c.first_token, r.of, r.of_name, qf)) {
        r.cue_first = qf;
      } else if (!c.default_country.empty()) {
        r.of_name = c.default_country;
        r.of = country_entity(a, lex, r.of_name);
      } else {
        // The gazetteer knows this person's office.
        const Entity& pe = a.entities[static_cast<std::size_t>(m.entity)];
        if (const auto* g = pe.gazetteer_id.empty() ? nullptr : lex.entry_by_id(pe.gazetteer_id))
          for (const auto& role : g->roles)
            if (same_title(role.title, c.value) && !role.of.empty()) {
              r.of_name = role.of;
              r.of = country_entity(a, lex, r.of_name);
              r.rule = "title-before-name+gazetteer";
              break;
            }
      }
      out.push_back(std::move(r));
    }
    // Apposition: Name, [the|a] [qualifier] title
    std::uint32_t i = m.end_token;
    const auto se = a.sentences[m.sentence].end_token;
    if (i + 2 < se && a.tokens[i].norm == ",") {
      ++i;
      const std::string low = to_lower(a.tokens[i].norm);
      if (low == "the" || low == "a" || low == "an") ++i;
      RoleFact r;
      r.person = m.entity;
      r.sentence = m.sentence;
      r.rule = "apposition";
      // qualifier: demonym or country/org mention (+'s)
      std::uint32_t j = i;
      for (const auto& c : cues)
        if (c.kind == Cue::Kind::Demonym && c.first_token == i) { r.of_name = c.value; j = c.end_token; }
      if (r.of_name.empty())
        for (const auto& om : a.mentions)
          if (om.first_token == i && om.entity >= 0 && a.entities[static_cast<std::size_t>(om.entity)].type != EntityType::Person) {
            r.of_name = a.entities[static_cast<std::size_t>(om.entity)].canonical;
            r.of = om.entity;
            j = om.end_token;
            if (j < se && a.tokens[j].has(kPossessive)) ++j;
          }
      std::uint32_t payload = 0;
      const auto n = lex.title_index().match(a.tokens, j, se, payload);
      if (n > 0 && lex.titles()[payload].kind != TitleEntry::Kind::Honorific) {
        const auto& te = lex.titles()[payload];
        r.title = std::string(a.text(Span{a.tokens[j].span.begin, a.tokens[j + n - 1].span.end}));
        r.cue_first = i;
        r.cue_end = static_cast<std::uint32_t>(j + n);
        // "the secretary of defense" -> title case for the role string.
        std::string t = te.title;
        r.title = t;
        // Qualifier after the title: "secretary of state of the United States" is rare; "of X" org.
        if (r.of_name.empty() && j + n + 1 < se && to_lower(a.tokens[j + n].norm) == "of") {
          for (const auto& om : a.mentions)
            if (om.first_token == j + n + 1 && om.entity >= 0 && a.entities[static_cast<std::size_t>(om.entity)].type != EntityType::Person) {
              r.of = om.entity;
              r.of_name = a.entities[static_cast<std::size_t>(om.entity)].canonical;
            }
        }
        if (r.of_name.empty() && !te.default_country.empty()) r.of_name = te.default_country;
        if (!r.of_name.empty() && r.of < 0) r.of = country_entity(a, lex, r.of_name);
        if (te.kind != TitleEntry::Kind::RoleNoun || !r.of_name.empty()) out.push_back(std::move(r));
      }
    }
  }
  // Known offices of known people, for resolving role phrases ("the US President").
  const std::size_t stated = out.size();
  for (std::size_t ei = 0; ei < a.entities.size(); ++ei) {
    const Entity& e = a.entities[ei];
    if (e.type != EntityType::Person || e.gazetteer_id.empty() || e.mentions.empty()) continue;
    const auto* g = lex.entry_by_id(e.gazetteer_id);
    if (!g) continue;
    for (const auto& role : g->roles) {
      bool said = false;
      for (std::size_t k = 0; k < stated; ++k)
        said |= out[k].person == static_cast<std::int32_t>(ei) && same_title(out[k].title, role.title);
      if (said) continue;
      RoleFact r;
      r.person = static_cast<std::int32_t>(ei);
      r.title = role.title;
      r.of_name = role.of;
      r.sentence = a.mentions[e.mentions.front()].sentence;
      r.rule = "gazetteer";
      r.from_gazetteer = true;
      out.push_back(std::move(r));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const RoleFact& x, const RoleFact& y) { return x.sentence < y.sentence; });
  return out;
}

}  // namespace gazette
