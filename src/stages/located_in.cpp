// Relations, LOCATED_IN (relations_internal.hpp): from the gazetteer when the country
// takes part in the document, from a known place inside an unknown place's name (`West
// Leeds`, by an alias: `Northern District of New York`), and from text (`Varnola Province in Syria`, `Ukraine's Crimea`, `Norway's
// state-owned Acme Radio`, `Leeds's Harbour Tower`).
#include "relations_internal.hpp"
#include "gazette/gazetteer.hpp"

namespace gazette::relations {

namespace {

// An agency, company or outlet is not "located" by world knowledge alone; a seat of
// government (the Kremlin) and a place are (GUIDELINES "LOCATED_IN").
void from_gazetteer(Reading& r, const std::vector<std::uint32_t>& rank) {
  const Annotation& a = r.a;
  for (std::size_t ei = 0; ei < a.entities.size(); ++ei) {
    const Entity& e = a.entities[ei];
    if ((e.type != EntityType::Organization && e.type != EntityType::Location) || e.gazetteer_id.empty() || e.mentions.empty()) continue;
    const auto* g = r.lex.entry_by_id(e.gazetteer_id);
    if (!g || g->country.empty() || g->country == e.canonical) continue;
    if (e.type == EntityType::Organization && !g->seat) continue;
    std::uint32_t first = e.mentions.front();  // the first in the text
    for (const auto mi : e.mentions)
      if (rank[mi] < rank[first]) first = mi;
    for (std::size_t ci = 0; ci < a.entities.size(); ++ci)
      if (a.entities[ci].canonical == g->country && !a.entities[ci].mentions.empty())
        r.col.add(static_cast<std::int32_t>(ei), RelationType::LocatedIn, static_cast<std::int32_t>(ci),
                  sentence_span(a, a.mentions[first].sentence), "", "gazetteer", 0.9);
  }
}

// The country entity named `name` that the document names (has mentions), or -1.
std::int32_t named_country(const Annotation& a, std::string_view name) {
  for (std::size_t ci = 0; ci < a.entities.size(); ++ci)
    if (a.entities[ci].type == EntityType::Country && a.entities[ci].canonical == name && !a.entities[ci].mentions.empty())
      return static_cast<std::int32_t>(ci);
  return -1;
}

// The country the gazetteer places a place entity in, when the document names it; -1 none.
std::int32_t country_of_place(const Reading& r, std::int32_t e) {
  const Entity& ent = r.a.entities[static_cast<std::size_t>(e)];
  const auto* g = ent.gazetteer_id.empty() ? nullptr : r.lex.entry_by_id(ent.gazetteer_id);
  return g && ent.type == EntityType::Location && !g->country.empty() ? named_country(r.a, g->country) : -1;
}

// The one country the document names where a place the gazetteer knows by a name or an
// alias, written inside the first mention of place `e` after its first word, lies
// (`Northern District of New York`: `New York`, an alias of New York City; `Southern District
// of Virginia`: the US state, not the South African town, when the document names the
// United States alone of the two); -1 when none or several.
std::int32_t country_of_alias_inside(const Reading& r, const Entity& e) {
  const Annotation& a = r.a;
  const Mention& m = a.mentions[e.mentions.front()];
  std::int32_t country = -1;
  for (std::uint32_t i = m.first_token + 1; i < m.end_token; ++i) {
    if (!r.lex.gazetteer().may_start(a.tokens[i], false)) continue;
    const GazetteerMatch g = r.lex.gazetteer().longest(a.tokens, i, m.end_token, false);
    if (g.end_token != m.end_token) continue;  // the place ends the name
    for (const GazetteerHit& h : g.hits) {
      const GazetteerEntry& entry = r.lex.entries()[h.entry];
      if (h.kind == GazetteerHit::Kind::Demonym || entry.type != EntityType::Location || entry.country.empty()) continue;
      const std::int32_t c = named_country(a, entry.country);
      if (c < 0) continue;
      if (country >= 0 && c != country) return -1;
      country = c;
    }
    if (country >= 0) return country;
  }
  return country;
}

// A place the gazetteer does not know whose name holds, as whole words, a place it knows
// lies where that place does (`West Leeds`, `Lyon Prefecture` -> the country of Leeds, of
// Lyon), when the document names that country (GUIDELINES "LOCATED_IN"; rule
// "place-in-name"). The longest known place inside the name wins.
void from_name(Reading& r, const std::vector<std::uint32_t>& rank) {
  const Annotation& a = r.a;
  for (std::size_t ei = 0; ei < a.entities.size(); ++ei) {
    const Entity& e = a.entities[ei];
    if (e.type != EntityType::Location || !e.gazetteer_id.empty() || e.mentions.empty()) continue;
    const auto words = phrase_words(e.canonical, true, r.lex.abbreviations());
    std::int32_t country = -1;
    for (std::size_t n = words.size() - 1; n > 0 && country < 0; --n)
      for (std::size_t b = 0; b + n <= words.size() && country < 0; ++b) {
        std::string sub = words[b];
        for (std::size_t k = b + 1; k < b + n; ++k) sub += " " + words[k];
        const auto* g = r.lex.entry_by_name(sub);
        if (g && g->type == EntityType::Location && !g->country.empty()) country = named_country(a, g->country);
      }
    if (country < 0) country = country_of_alias_inside(r, e);
    if (country < 0) continue;
    std::uint32_t first = e.mentions.front();
    for (const auto mi : e.mentions)
      if (rank[mi] < rank[first]) first = mi;
    r.col.add(static_cast<std::int32_t>(ei), RelationType::LocatedIn, country, sentence_span(a, a.mentions[first].sentence), "",
              "place-in-name", 0.6);
  }
}

// The name ending at token `end` modifies a post that follows it, which the possessive
// before the name holds (`Norway's Nordic Council presidency`: presidency_nouns; a place
// before any title, `Norway's Asia director`): the body or place only narrows the post, it
// is not said to lie in the country (row 18.304, as the clause test in from_text()). A body
// before another title is most often the country's own (`Norway's Halvern Mining chairman`):
// kept.
bool modifies_post(const Reading& r, std::uint32_t end, std::uint32_t se, bool place) {
  if (end >= se || r.a.tokens[end].kind != TokenKind::Word || r.a.tokens[end].has(kPossessive)) return false;
  if (r.lex.in(Words::PresidencyNouns, r.a.tokens[end])) return true;
  if (!place) return false;
  return r.lex.post_title(r.a.tokens, end, se) > 0;
}

// Two mentions next to each other in the text.
void from_text(Reading& r, const Mention& m, const Mention& n2) {
  const Annotation& a = r.a;
  if (m.entity < 0 || n2.entity < 0 || m.sentence != n2.sentence) return;
  const auto t1 = a.entities[static_cast<std::size_t>(m.entity)].type, t2 = a.entities[static_cast<std::size_t>(n2.entity)].type;
  const Span ev = sentence_span(a, m.sentence);
  if (t1 == EntityType::Location && t2 == EntityType::Country && n2.first_token == m.end_token + 1 &&
      r.lex.in(Words::ContainmentPrepositions, a.tokens[m.end_token]))
    r.col.add(m.entity, RelationType::LocatedIn, n2.entity, ev, "in", "place-in-country", 0.7);
  // "Russia's state-owned RIA": a country's organisation lies in it.
  if (t1 == EntityType::Country && t2 == EntityType::Organization && n2.first_token > m.end_token &&
      n2.first_token <= m.end_token + 5 && a.tokens[m.end_token].has(kPossessive)) {
    // Lower-case modifiers only ("state-owned", "main", an apposition: "the UK's financial
    // watchdog the FSA"); after a preposition (word lists of_prepositions,
    // speaker_phrase_prepositions) the organisation is the complement of another noun ("the
    // UK's presidency of the G8", "Ukraine's entry to the WTO"); after another preposition
    // or a complementizer (other_prepositions, complementizers) it is in another clause
    // (`Ruritania's side plays against Acme`, `Ruritania's papers said that Acme`; row 18.304).
    bool adjectives = true;
    for (auto k = m.end_token + 1; k < n2.first_token; ++k)
      adjectives &= !a.tokens[k].has(kCapitalized) && (a.tokens[k].kind == TokenKind::Word || a.tokens[k].norm == "-") &&
                    !r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[k]) && !r.lex.in(Words::OfPrepositions, a.tokens[k]) &&
                    !r.lex.in(Words::OtherPrepositions, a.tokens[k]) && !r.lex.in(Words::Complementizers, a.tokens[k]);
    if (adjectives && !modifies_post(r, n2.end_token, a.sentences[m.sentence].end_token, false)) r.col.add(n2.entity, RelationType::LocatedIn, m.entity, ev, "'s", "country-possessive-organisation", 0.6);
  }
  if (t1 == EntityType::Country && t2 == EntityType::Location && n2.first_token == m.end_token + 1 &&
      a.tokens[m.end_token].has(kPossessive) && !modifies_post(r, n2.end_token, a.sentences[m.sentence].end_token, true))
    r.col.add(n2.entity, RelationType::LocatedIn, m.entity, ev, "'s", "country-possessive-place", 0.7);
  // "Miami's Freedom Tower": a place's place lies in the country of the first.
  if (t1 == EntityType::Location && t2 == EntityType::Location && n2.first_token == m.end_token + 1 &&
      a.tokens[m.end_token].has(kPossessive))
    r.col.add(n2.entity, RelationType::LocatedIn, country_of_place(r, m.entity), ev, "'s", "place-possessive-place", 0.6);
}

}  // namespace

void located_in(Reading& r) {
  const Annotation& a = r.a;
  const std::vector<std::uint32_t>& order = r.mention_order;
  std::vector<std::uint32_t> rank(order.size());
  for (std::uint32_t k = 0; k < order.size(); ++k) rank[order[k]] = k;
  from_gazetteer(r, rank);
  from_name(r, rank);
  for (std::size_t k = 0; k + 1 < order.size(); ++k) from_text(r, a.mentions[order[k]], a.mentions[order[k + 1]]);
}

}  // namespace gazette::relations
