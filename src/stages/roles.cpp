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

// Role nouns that name an office by another word ("his top diplomat" is the
// Secretary of State or the Foreign Minister).
bool same_office(std::string_view held, std::string_view phrase) {
  const std::string h = to_lower(held), p = to_lower(phrase);
  if (h == p) return true;
  if (p == "top diplomat" || p == "chief diplomat" || p == "diplomat")
    return h == "secretary of state" || h == "foreign minister" || h == "foreign secretary" || h == "minister of foreign affairs";
  if (p == "secretary") return h.starts_with("secretary");
  if (p == "minister") return h.find("minister") != std::string::npos;
  if (p == "leader") return h == "president" || h == "prime minister" || h == "chancellor" || h == "leader";
  return h.ends_with(" " + p) && p.size() > 6;  // "foreign minister" ~ "deputy foreign minister" is not it: require >6
}

std::int32_t role_holder(const Annotation& a, const std::vector<RoleFact>& roles, const std::string& title,
                         const std::string& of_name, std::size_t pos) {
  std::int32_t best = -1;
  // An office known only from the gazetteer goes to the holder mentioned most in the
  // document (two presidents of one country may both be named; the story is about the
  // one it keeps naming); a role stated in the text wins over it.
  std::size_t best_mentions = 0;
  for (const auto& r : roles) {
    if (!r.from_gazetteer || !same_office(r.title, title)) continue;
    if (!of_name.empty() && !r.of_name.empty() && r.of_name != of_name) continue;
    const std::size_t n = a.entities[static_cast<std::size_t>(r.person)].mentions.size();
    if (n > best_mentions) { best_mentions = n; best = r.person; }
  }
  const std::int32_t known = best;
  best = -1;
  for (const auto& r : roles) {
    if (r.from_gazetteer || !same_office(r.title, title)) continue;
    // "the US President" is not Russia's president; a role of unknown country may fit.
    if (!of_name.empty() && !r.of_name.empty() && r.of_name != of_name) continue;
    if (a.sentences[r.sentence].first_token > pos && best >= 0) break;
    best = r.person;
  }
  return best >= 0 ? best : known;
}

std::vector<RolePhrase> find_role_phrases(const Annotation& a, const Lexicons& lex, const std::vector<RoleFact>& roles) {
  std::vector<RolePhrase> out;
  const std::size_t nt = a.tokens.size();
  std::vector<char> person_at(nt + 1, 0), person_end(nt + 1, 0);
  for (const auto& m : a.mentions)
    if (m.entity >= 0 && a.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Person) {
      person_at[m.first_token] = 1;
      person_end[m.end_token] = 1;
    }
  // Titles as the lexicon knows them, capitalised or not ("the Russian foreign minister").
  struct TitleAt { std::uint32_t first_token, end_token; };
  std::vector<TitleAt> titles;
  for (const auto& st : a.sentences) {
    if (st.furniture || st.duplicate) continue;
    for (std::uint32_t k = st.first_token; k < st.end_token; ++k) {
      std::uint32_t p = 0;
      const auto n = lex.title_index().match(a.tokens, k, st.end_token, p);
      if (n == 0 || lex.titles()[p].kind == TitleEntry::Kind::Honorific) continue;
      titles.push_back({k, static_cast<std::uint32_t>(k + n)});
      k += static_cast<std::uint32_t>(n - 1);
    }
  }
  for (const auto& c : titles) {
    const std::uint32_t e = c.end_token;
    // "Secretary of State Rex Tillerson", "his counterpart, Sergei Lavrov": the name is there.
    if (person_at[e] || (e + 1 < nt && a.tokens[e].norm == "," && person_at[e + 1])) continue;
    // The qualifier: a demonym ("the Russian foreign minister") or a country or
    // organisation, possessive or not ("America's top diplomat", "the US Secretary of State").
    std::string of_name;
    std::uint32_t qf = c.first_token;
    bool possessive = false;
    for (const auto& d : a.cues)
      if (d.kind == Cue::Kind::Demonym && d.end_token == c.first_token) { of_name = d.value; qf = d.first_token; }
    if (of_name.empty()) {
      std::uint32_t pe = c.first_token;
      const bool poss = pe > 0 && a.tokens[pe - 1].has(kPossessive);
      if (poss) --pe;
      for (const auto& m : a.mentions) {
        if (m.end_token != pe || m.entity < 0) continue;
        const Entity& q = a.entities[static_cast<std::size_t>(m.entity)];
        if (q.type != EntityType::Country && q.type != EntityType::Organization) continue;
        of_name = q.canonical;
        qf = m.first_token;
        possessive = poss;
      }
      if (poss && of_name.empty()) continue;  // "Trump's top diplomat": not resolved here
    }
    // Definite and qualified: "the US president", "America's top diplomat", "his Russian
    // counterpart"; not "a Russian diplomat", "former President", and not a bare "the
    // president", which may be any president of the story.
    const std::string_view det = qf > 0 ? a.tokens[qf - 1].lower : std::string_view();
    const bool definite = possessive || det == "the" || det == "his" || det == "her" || det == "their";
    if (!definite || of_name.empty()) continue;
    // "Jim Mattis, the secretary of defense": an apposition names its own person.
    if (!possessive && qf >= 2 && a.tokens[qf - 2].norm == "," && person_end[qf - 2]) continue;
    const std::string phrase(a.text(Span{a.tokens[c.first_token].span.begin, a.tokens[e - 1].span.end}));
    const std::int32_t person = role_holder(a, roles, phrase, of_name, qf);
    if (person < 0 || a.entities[static_cast<std::size_t>(person)].type != EntityType::Person) continue;
    out.push_back(RolePhrase{possessive ? qf : qf - 1, e, person});
  }
  std::sort(out.begin(), out.end(), [](const RolePhrase& x, const RolePhrase& y) { return x.first < y.first; });
  return out;
}

}  // namespace gazette
