// Relations, LOCATED_IN (relations_internal.hpp): from the gazetteer when the country
// takes part in the document, from a known place inside an unknown place's name (`West
// Leeds`, by an alias: `Northern District of New York`), and from text (`Varnola Province in Syria`, `Ukraine's Crimea`, `Norway's
// state-owned Acme Radio`, `Leeds's Harbour Tower`, `Acme Bank, Norway's biggest lender,`,
// `the Oslo-based Acme Bank`), and a body described by its country (`the Italian firm`, row 18.358).
#include "relations_internal.hpp"
#include "gazette/entities.hpp"
#include "gazette/gazetteer.hpp"
#include <algorithm>

namespace gazette::relations {

namespace {

// Row 18.432: every mention of the entity stands alone on its line, a sentence of nothing
// else (a byline's place under the author's name: `Jane Roe` / `Kestby` / a date): page
// furniture, which adds no relation (GUIDELINES "Entities").
bool only_on_lines_of_its_own(const Annotation& a, const Entity& e) {
  return std::all_of(e.mentions.begin(), e.mentions.end(), [&](std::uint32_t mi) {
    const Mention& m = a.mentions[mi];
    const Sentence& s = a.sentences[m.sentence];
    return s.first_token == m.first_token && s.end_token == m.end_token;
  });
}

// An agency, company or outlet is not "located" by world knowledge alone; a seat of
// government (the Kremlin) and a place are (GUIDELINES "LOCATED_IN").
void from_gazetteer(Reading& r, const std::vector<std::uint32_t>& rank) {
  const Annotation& a = r.a;
  for (std::size_t ei = 0; ei < a.entities.size(); ++ei) {
    const Entity& e = a.entities[ei];
    if ((e.type != EntityType::Organization && e.type != EntityType::Location) || e.gazetteer_id.empty() || e.mentions.empty()) continue;
    const auto* g = r.lex.entry_by_id(e.gazetteer_id);
    if (!g || g->country.empty() || g->country == e.canonical) continue;
    if ((e.type == EntityType::Organization && !g->seat) || only_on_lines_of_its_own(a, e)) continue;
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

// The gazetteer's country of an entity (a body, a place), "" when it gives none.
std::string_view known_country(const Reading& r, std::int32_t e) {
  const Entity& ent = r.a.entities[static_cast<std::size_t>(e)];
  const auto* g = ent.gazetteer_id.empty() ? nullptr : r.lex.entry_by_id(ent.gazetteer_id);
  return g ? std::string_view(g->country) : std::string_view();
}

// The country the gazetteer places a place entity in, when the document names it; -1 none.
std::int32_t country_of_place(const Reading& r, std::int32_t e) {
  const std::string_view country = known_country(r, e);
  return r.a.entities[static_cast<std::size_t>(e)].type == EntityType::Location && !country.empty() ? named_country(r.a, country) : -1;
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

// A body or place set off by a comma and followed by an apposition that is a country's
// possessive and a lower-case noun phrase closed by a comma or a full stop lies in that
// country (row 18.312): `Halvern Bank, Norway's third-biggest lender, fell`, `Tarnby, the
// UK's busiest ferry port.` -> LOCATED_IN Norway / United Kingdom. The phrase may hold lower-case
// words, numbers and hyphens only (`number two mobile operator`), eight at most, no auxiliary,
// copula, relative word or complementizer (a clause, not a noun phrase), and its head
// may be no title nor presidency noun (`Acme, Norway's Asia director,`: a post, not a body);
// `the` may open it. `m` is the body or place, `n2` the country's mention after it.
void apposed_country_phrase(Reading& r, const Mention& m, const Mention& n2, Span ev) {
  const Annotation& a = r.a;
  const std::uint32_t se = a.sentences[m.sentence].end_token;
  std::uint32_t k = m.end_token;
  if (k >= se || a.text(a.tokens[k].span) != ",") return;
  ++k;
  if (k < n2.first_token && r.lex.in(Words::DefiniteArticles, a.tokens[k])) ++k;
  if (k != n2.first_token || n2.end_token >= se || !a.tokens[n2.end_token].has(kPossessive)) return;
  std::uint32_t words = 0, end = n2.end_token + 1;
  for (; end < se; ++end) {
    const Token& t = a.tokens[end];
    if (t.kind == TokenKind::Word && !t.has(kCapitalized)) {
      if (r.lex.in(Words::FiniteAuxiliaries, t) || r.lex.in(Words::Copulas, t) || r.lex.in(Words::RelativeWords, t) ||
          r.lex.in(Words::Complementizers, t))
        return;  // a clause, no noun phrase: `a note from Acme Bank, Norway's growth was slow,`
      ++words;
    } else if (t.kind != TokenKind::Number && t.norm != "-") break;
  }
  if (words == 0 || words > 8 || end >= se || (a.text(a.tokens[end].span) != "," && a.text(a.tokens[end].span) != "."))
    return;
  const Token& head = a.tokens[end - 1];
  if (head.kind != TokenKind::Word || r.lex.in(Words::PresidencyNouns, head) || r.lex.post_title(a.tokens, end - 1, se) > 0)
    return;
  r.col.add(m.entity, RelationType::LocatedIn, n2.entity, ev, "'s", "apposed-country-possessive", 0.6);
}

// The country a country's or a place's mention stands in; -1 when unknown.
std::int32_t country_or_place_country(const Reading& r, std::int32_t e) {
  return r.a.entities[static_cast<std::size_t>(e)].type == EntityType::Country ? e : country_of_place(r, e);
}

// Lower-case words only in [from, to), no preposition (`the Oslo-based head of Acme`: the
// head is in Oslo, not Acme), three at most.
bool modifier_words(const Reading& r, std::uint32_t from, std::uint32_t to) {
  if (to < from || to - from > 3) return false;
  for (auto k = from; k < to; ++k) {
    const Token& t = r.a.tokens[k];
    if (t.kind != TokenKind::Word || t.has(kCapitalized) || r.lex.in(Words::SpeakerPhrasePrepositions, t) ||
        r.lex.in(Words::OfPrepositions, t) || r.lex.in(Words::OtherPrepositions, t) || r.lex.in(Words::ContainmentPrepositions, t))
      return false;
  }
  return true;
}

// A person's name opens within three lower-case words after token `from`: the body before
// `from` only qualifies that person's noun (`the Oslo-based Tarn Party strategist Tom Smith`).
bool qualifies_person(const Reading& r, std::uint32_t from) {
  for (const Mention& x : r.a.mentions)
    if (x.entity >= 0 && x.first_token >= from && x.first_token <= from + 3 &&
        r.a.entities[static_cast<std::size_t>(x.entity)].type == EntityType::Person && modifier_words(r, from, x.first_token))
      return true;
  return false;
}

// A body said to have its seat in a place lies in the place's country (row 18.315; word list
// seat_participles): before it, the place, a hyphen and the participle, at most three
// lower-case words between (`the Oslo-based Halvern Bank`, `Norway-based lender Tarn
// Finance`), not when it qualifies a person's noun (qualifies_person()); after it, the
// participle and `in` the place, after a comma, a relative word or a copula (`Halvern Bank,
// based in Oslo,`, `Tarn Finance, which is headquartered in Norway,`, `Tarn Finance is based
// in Oslo`). `m` and `n2` are next to each other in the text.
void seated_in(Reading& r, const Mention& m, const Mention& n2, Span ev) {
  const Annotation& a = r.a;
  const auto type = [&](const Mention& x) { return a.entities[static_cast<std::size_t>(x.entity)].type; };
  const auto place = [&](const Mention& x) { return type(x) == EntityType::Country || type(x) == EntityType::Location; };
  const std::uint32_t se = a.sentences[m.sentence].end_token;
  std::uint32_t k = m.end_token;
  if (place(m) && type(n2) == EntityType::Organization) {
    if (k + 1 < se && a.tokens[k].norm == "-" && r.lex.in(Words::SeatParticiples, a.tokens[k + 1]) &&
        modifier_words(r, k + 2, n2.first_token) && !qualifies_person(r, n2.end_token))
      r.col.add(n2.entity, RelationType::LocatedIn, country_or_place_country(r, m.entity), ev, "-based", "seat-before-body", 0.6);
    return;
  }
  if (type(m) != EntityType::Organization || !place(n2)) return;
  if (k < se && a.text(a.tokens[k].span) == ",") ++k;
  if (k < se && (r.lex.in(Words::RelativeWords, a.tokens[k]) || r.lex.in(Words::BodyRelatives, a.tokens[k]))) ++k;
  if (k < se && r.lex.in(Words::Copulas, a.tokens[k])) ++k;
  if (k + 1 >= se || !r.lex.in(Words::SeatParticiples, a.tokens[k]) || !r.lex.in(Words::ContainmentPrepositions, a.tokens[k + 1]))
    return;
  k += 2;
  if (k < se && r.lex.in(Words::DefiniteArticles, a.tokens[k])) ++k;
  if (k == n2.first_token)
    r.col.add(m.entity, RelationType::LocatedIn, country_or_place_country(r, n2.entity), ev, "based in", "seat-after-body", 0.6);
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
  if ((t1 == EntityType::Organization || t1 == EntityType::Location) && t2 == EntityType::Country)
    apposed_country_phrase(r, m, n2, ev);
  seated_in(r, m, n2, ev);
  if (t1 == EntityType::Country && t2 == EntityType::Location && n2.first_token == m.end_token + 1 &&
      a.tokens[m.end_token].has(kPossessive) && !modifies_post(r, n2.end_token, a.sentences[m.sentence].end_token, true))
    r.col.add(n2.entity, RelationType::LocatedIn, m.entity, ev, "'s", "country-possessive-place", 0.7);
  // "Miami's Freedom Tower": a place's place lies in the country of the first.
  if (t1 == EntityType::Location && t2 == EntityType::Location && n2.first_token == m.end_token + 1 &&
      a.tokens[m.end_token].has(kPossessive))
    r.col.add(n2.entity, RelationType::LocatedIn, country_of_place(r, m.entity), ev, "'s", "place-possessive-place", 0.6);
}

// Row 18.358: a lower-case word that may premodify the head noun of a description (`state-owned`,
// `public spending`): no article, preposition, coordinator, complementizer, relative word,
// auxiliary nor copula (`The Tarnish paper quoted the carrier` is no phrase: `the` ends it).
bool premodifier(const Reading& r, std::uint32_t j) {
  const Token& t = r.a.tokens[j];
  if (t.kind != TokenKind::Word) return true;
  return !r.lex.in(Words::Articles, t) && !r.lex.in(Words::SpeakerPhrasePrepositions, t) && !r.lex.in(Words::OfPrepositions, t) &&
         !r.lex.in(Words::OtherPrepositions, t) && !r.lex.in(Words::ContainmentPrepositions, t) &&
         !r.lex.in(Words::Coordinators, t) && !r.lex.in(Words::Complementizers, t) && !r.lex.in(Words::RelativeWords, t) &&
         !r.lex.in(Words::FiniteAuxiliaries, t) && !r.lex.in(Words::Copulas, t);
}

// Row 18.358: a definite description of a body by its country at token k (the definite
// article): the article, a demonym (a cue) or a country's name and its possessive, then one
// to five lower-case words, hyphens or numbers ending in a noun of kind_nouns (`the Italian
// firm`, `the UK's public spending watchdog`, `the Tarnish state-owned lender`). Returns the
// description's end (0 = none) and sets `country` (a demonym's country is implied:
// entities.hpp implied_country(), dropped again when no relation takes it).
std::uint32_t country_description(Reading& r, std::uint32_t k, std::uint32_t se, const std::vector<std::int32_t>& demonym_at,
                                  const std::vector<std::int32_t>& mention_at, std::int32_t& country, bool place = false) {
  Annotation& a = r.a;
  std::uint32_t j = k + 1;
  std::string name;
  if (demonym_at[j] >= 0) {
    name = a.cues[static_cast<std::size_t>(demonym_at[j])].value;
    j = a.cues[static_cast<std::size_t>(demonym_at[j])].end_token;
  } else if (const std::int32_t cm = mention_at[j];
             cm >= 0 && a.entities[static_cast<std::size_t>(a.mentions[static_cast<std::size_t>(cm)].entity)].type == EntityType::Country) {
    const Mention& m = a.mentions[static_cast<std::size_t>(cm)];
    if (m.end_token >= se || !a.tokens[m.end_token].has(kPossessive)) return 0;
    name = a.entities[static_cast<std::size_t>(m.entity)].canonical;
    j = m.end_token + 1;
  } else {
    return 0;
  }
  // Row 18.359: `place` asks for a place noun (loc_heads after a name: `city`, `province`).
  const auto head = [&](std::uint32_t x) {
    return place ? r.lex.in_lexicon(LexName::LocAfter, a.tokens[x]) : r.lex.in(Words::KindNouns, a.tokens[x]);
  };
  const std::uint32_t from = j;
  while (j < se && j < from + 5 && !head(j)) {
    const Token& t = a.tokens[j];
    if (!((t.kind == TokenKind::Word && !t.has(kCapitalized)) || t.kind == TokenKind::Number || t.norm == "-")) return 0;
    if (!premodifier(r, j)) return 0;
    ++j;
  }
  if (j >= se || !head(j) || a.tokens[j].has(kCapitalized)) return 0;
  country = implied_country(a, r.lex, name);
  return j + 1;
}

// Row 18.358: the body a country description [k, e) describes (country_description()): the
// body named right after it (`the Tarnish bank Acme Finance`), before it as an apposition or a
// predicate (`Acme, the Tarnish carrier,`, `Acme is the UK's second-biggest lender`), or the
// speaker the quotes stage found for the speech verb it is the subject of (`the UK's rail
// watchdog has said`: a quote of its sentence whose cue ends in that verb, an organisation).
// -1 when none (redescribed_body() is asked next).
std::int32_t described_body(const Reading& r, std::uint32_t k, std::uint32_t e, std::uint32_t si,
                            const std::vector<std::int32_t>& mention_at, const std::vector<std::int32_t>& mention_end_at) {
  const Annotation& a = r.a;
  const auto body = [&](std::int32_t mi) {
    const std::int32_t ent = mi >= 0 ? a.mentions[static_cast<std::size_t>(mi)].entity : -1;
    return ent >= 0 && a.entities[static_cast<std::size_t>(ent)].type == EntityType::Organization ? ent : -1;
  };
  const std::uint32_t sf = a.sentences[si].first_token, se = a.sentences[si].end_token;
  if (e < se && body(mention_at[e]) >= 0) return body(mention_at[e]);
  if (k > sf + 1 && a.tokens[k - 1].norm == "," && body(mention_end_at[k - 1]) >= 0) return body(mention_end_at[k - 1]);
  if (k > sf + 1 && r.lex.in(Words::Copulas, a.tokens[k - 1]) && body(mention_end_at[k - 1]) >= 0) return body(mention_end_at[k - 1]);
  std::uint32_t v = e;
  while (v < se && v < e + 2 && r.lex.in(Words::FiniteAuxiliaries, a.tokens[v])) ++v;
  std::uint32_t p = 0;
  const std::size_t n = v < se ? r.lex.speech_index().match(a.tokens, v, se, p) : 0;
  if (n == 0) return -1;
  const std::string_view verb = a.text(Span{a.tokens[v].span.begin, a.tokens[v + n - 1].span.end});
  for (const Quote& q : a.quotes)
    if (q.sentence == si && q.speaker >= 0 && std::string_view(q.cue).ends_with(verb) &&
        a.entities[static_cast<std::size_t>(q.speaker)].type == EntityType::Organization)
      return q.speaker;
  return -1;
}

// Row 18.358, the re-description: the one body named before token k, outside quotation
// marks, in sentence si (or, naming none, in the sentence before) whose country the
// gazetteer gives as `country`; -1 when none or two.
std::int32_t redescribed_body(const Reading& r, std::uint32_t k, std::uint32_t si, const std::string& country) {
  const Annotation& a = r.a;
  for (std::uint32_t s = si + 1; s-- > 0 && s + 2 > si;) {
    if (a.sentences[s].furniture) return -1;
    std::int32_t found = -1;
    bool any = false;
    for (const Mention& m : a.mentions) {
      if (m.sentence != s || m.first_token >= k || m.entity < 0 || !m.resolved_from.empty() || r.in_quote[m.first_token] ||
          a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Organization)
        continue;
      any = true;
      if (known_country(r, m.entity) != country) continue;
      if (found >= 0 && found != m.entity) return -1;
      found = m.entity;
    }
    if (any) return found;
  }
  return -1;
}

// Row 18.359: a place named after a description of it by its country (country_description()
// with a place noun of loc_heads, then `of`) lies in that country: `the Tarnish port of Vessa`
// -> Vessa LOCATED_IN Tarnland. Not a place the gazetteer puts in another country.
void place_of_country(Reading& r, std::uint32_t k, std::uint32_t si, const std::vector<std::int32_t>& demonym_at,
                      const std::vector<std::int32_t>& mention_at) {
  Annotation& a = r.a;
  const std::uint32_t se = a.sentences[si].end_token;
  std::int32_t country = -1;
  const std::uint32_t e = country_description(r, k, se, demonym_at, mention_at, country, true);
  if (e == 0 || country < 0 || e + 1 >= se || !r.lex.in(Words::OfPrepositions, a.tokens[e])) return;
  const std::int32_t pm = mention_at[e + 1];
  const std::int32_t place = pm >= 0 ? a.mentions[static_cast<std::size_t>(pm)].entity : -1;
  if (place < 0 || a.entities[static_cast<std::size_t>(place)].type != EntityType::Location) return;
  if (const std::string_view known = known_country(r, place); !known.empty() && known != a.entities[static_cast<std::size_t>(country)].canonical)
    return;
  r.col.add(place, RelationType::LocatedIn, country, sentence_span(a, si), std::string(a.text(a.tokens[k + 1].span)),
            "country-description-place", 0.6);
}

// Row 23.317: the tokens a country description may start at after its article (country_description()
// reads a demonym cue or a country's name there: `the Tarnish firm`, `the UK's watchdog`), in
// text order, once each: described_in_country() tries the articles before them only, not every
// token of the document.
std::vector<std::uint32_t> description_openings(const Annotation& a) {
  std::vector<std::uint32_t> at;
  for (const Cue& c : a.cues)
    if (c.kind == Cue::Kind::Demonym) at.push_back(c.first_token);
  for (const Mention& m : a.mentions)
    if (m.entity >= 0 && m.resolved_from.empty() && a.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Country)
      at.push_back(m.first_token);
  std::sort(at.begin(), at.end());
  at.erase(std::unique(at.begin(), at.end()), at.end());
  return at;
}

// Row 18.358: a body described by its country (country_description(), described_body(),
// redescribed_body()) lies in that country (GUIDELINES "LOCATED_IN"; demonyms are evidence for
// relations): `Acme will meet Bolt on Monday over the Tarnish firm's future` -> Acme
// LOCATED_IN Tarnland when the gazetteer places Acme there; `Bolt, the Tarnish carrier, said`.
// Not when the gazetteer places the body in another country.
void described_in_country(Reading& r) {
  Annotation& a = r.a;
  // Row 23.317: the openings after a definite article outside quotes first; the token maps
  // only for a document that has one (`the Tarnish firm`).
  std::vector<std::uint32_t> opens = description_openings(a);
  std::erase_if(opens, [&](std::uint32_t j) { return j == 0 || !r.lex.in(Words::DefiniteArticles, a.tokens[j - 1]) || r.in_quote[j - 1]; });
  if (opens.empty()) return;
  std::vector<std::int32_t> demonym_at(a.tokens.size() + 1, -1), mention_at(a.tokens.size() + 1, -1),
      mention_end_at(a.tokens.size() + 1, -1);
  for (std::size_t c = 0; c < a.cues.size(); ++c)
    if (a.cues[c].kind == Cue::Kind::Demonym) demonym_at[a.cues[c].first_token] = static_cast<std::int32_t>(c);
  for (std::size_t mi = 0; mi < a.mentions.size(); ++mi)
    if (const Mention& m = a.mentions[mi]; m.entity >= 0 && m.resolved_from.empty())
      mention_at[m.first_token] = mention_end_at[m.end_token] = static_cast<std::int32_t>(mi);
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& st = a.sentences[si];
    if (st.furniture || st.duplicate) continue;
    for (auto it = std::lower_bound(opens.begin(), opens.end(), st.first_token + 1); it != opens.end() && *it + 1 < st.end_token; ++it) {
      const std::uint32_t k = *it - 1;  // the article before a demonym or a country's name (outside quotes: above)
      std::int32_t country = -1;
      place_of_country(r, k, si, demonym_at, mention_at);  // row 18.359
      const std::uint32_t e = country_description(r, k, st.end_token, demonym_at, mention_at, country);
      if (e == 0 || country < 0) continue;
      const std::string name = a.entities[static_cast<std::size_t>(country)].canonical;
      std::int32_t org = described_body(r, k, e, si, mention_at, mention_end_at);
      if (org < 0) org = redescribed_body(r, k, si, name);
      if (org < 0) continue;
      if (const std::string_view known = known_country(r, org); !known.empty() && known != name) continue;
      r.col.add(org, RelationType::LocatedIn, country, sentence_span(a, si), std::string(a.text(a.tokens[k + 1].span)),
                "country-description", 0.6);
    }
  }
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
  described_in_country(r);  // row 18.358
}

}  // namespace gazette::relations
