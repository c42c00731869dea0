#include "gazette/roles.hpp"

#include "gazette/coreference.hpp"
#include "gazette/entities.hpp"
#include "roles_internal.hpp"

#include <algorithm>
#include <string>
#include <utility>

namespace gazette {

namespace {

bool same_title(std::string_view a, std::string_view b) { return to_lower(a) == to_lower(b); }

bool is_type(const Annotation& a, std::int32_t e, EntityType t) {
  return e >= 0 && a.entities[static_cast<std::size_t>(e)].type == t;
}

// Row 23.431: whether the token's norm, lower-cased (to_lower()), is in word list `list`. A
// word's `lower` is exactly that (the tokenizer lower-cases a word's norm as to_lower() does),
// so its list mask answers (Lexicons::in() of the token) without a string made and looked up:
// `Former` -> `former`. Asked as before: any other token (its `lower` is its norm as written)
// and a word of one character, whose mask Lexicons::intern() takes from its norm (`A`: the
// lists of `A`, not of `a`).
bool lower_norm_in(const Lexicons& lex, Words list, const Token& t) {
  return t.kind == TokenKind::Word && t.norm.size() > 1 ? lex.in(list, t) : lex.in(list, to_lower(t.norm));
}

// The qualifier of a title ending at token `end`: a demonym (Russian), a country or
// organisation mention (U.S., Exxon Mobil), or a possessive (Russia's). Returns the
// entity / country name and the first token of the qualifier.
bool qualifier_before(Annotation& a, const Lexicons& lex, std::uint32_t end, std::int32_t& of, std::string& of_name,
                      std::uint32_t& first) {
  // Skip "former", "then-", "acting", "top" ...
  std::uint32_t e = end;
  while (e > 0 && lower_norm_in(lex, Words::TitlePremodifiers, a.tokens[e - 1])) --e;
  for (const auto& c : a.cues) {
    if (c.kind == Cue::Kind::Demonym && c.end_token == e) {
      of_name = c.value;
      of = implied_country(a, lex, of_name);
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

// The lexicon's entry of a title as titles.json writes it (Cue::value).
const TitleEntry* title_entry(const Lexicons& lex, std::string_view title) {
  for (const auto& t : lex.titles())
    if (t.title == title) return &t;
  return nullptr;
}

// A seat in a body (`Sen.` -> U.S. Senate) belongs to the body the text names, in the
// sentence or else in the document; never to the country the title implies
// (GUIDELINES "ROLE_IN": the body the text ties a post to). -1 when none is named.
std::int32_t named_body(const Annotation& a, const std::vector<std::string>& bodies, std::uint32_t sentence) {
  std::int32_t in_document = -1;
  for (const auto& body : bodies)
    for (std::size_t e = 0; e < a.entities.size(); ++e) {
      if (a.entities[e].canonical != body || a.entities[e].mentions.empty()) continue;
      for (const auto mi : a.entities[e].mentions)
        if (a.mentions[mi].sentence == sentence) return static_cast<std::int32_t>(e);
      if (in_document < 0) in_document = static_cast<std::int32_t>(e);
    }
  return in_document;
}

// The entity named `name` that the document names (has mentions), -1 none.
std::int32_t document_entity(const Annotation& a, std::string_view name) {
  for (std::size_t e = 0; e < a.entities.size(); ++e)
    if (a.entities[e].canonical == name && !a.entities[e].mentions.empty()) return static_cast<std::int32_t>(e);
  return -1;
}

// A seat qualified by a party or a place (`GOP Sen. X`, `Texas Sen. X`) is still held in
// its body when the text names the body (GUIDELINES "ROLE_IN": the body the text ties a
// post to); the party qualifier makes a member (affiliations.hpp), not the seat's holder.
void seat_in_body(const Annotation& a, const Lexicons& lex, const Cue& c, std::uint32_t sentence, RoleFact& r) {
  const TitleEntry* te = title_entry(lex, c.value);
  if (!te || te->bodies.empty() || r.of < 0) return;
  const Entity& q = a.entities[static_cast<std::size_t>(r.of)];
  if (q.type != EntityType::Organization || std::find(te->bodies.begin(), te->bodies.end(), q.canonical) != te->bodies.end())
    return;
  const std::int32_t body = named_body(a, te->bodies, sentence);
  if (body < 0) return;
  r.of = body;
  r.of_name = a.entities[static_cast<std::size_t>(body)].canonical;
  r.rule += "+seat";
}

// The organisation or country a title implies when no qualifier names one: its body,
// else its default country (an office several countries hold: shared_office_country()).
void implied_holder(Annotation& a, const Lexicons& lex, const TitleEntry* te, std::string_view default_country,
                    std::uint32_t sentence, RoleFact& r) {
  if (te && !te->bodies.empty()) {
    r.of = named_body(a, te->bodies, sentence);
    r.of_name = r.of >= 0 ? a.entities[static_cast<std::size_t>(r.of)].canonical : std::string();
    return;
  }
  r.of_name = std::string(default_country);
  if (te && !r.of_name.empty()) shared_office_country(a, lex, *te, r);
  if (!r.of_name.empty()) r.of = implied_country(a, lex, r.of_name);
}

// The country the article names most often (named mentions only; the first named on a
// tie), -1 when it names none: the holder of a national post written without its country
// (GUIDELINES conventions: `Chancellor X` is ROLE_IN the country when the article names it).
std::int32_t document_country(const Annotation& a) {
  std::int32_t best = -1;
  std::size_t most = 0, first = 0;
  for (std::size_t e = 0; e < a.entities.size(); ++e) {
    const Entity& ent = a.entities[e];
    if (ent.type != EntityType::Country || ent.mentions.empty()) continue;
    std::size_t at = a.tokens.size();
    for (const auto mi : ent.mentions) at = std::min<std::size_t>(at, a.mentions[mi].first_token);
    if (ent.mentions.size() > most || (ent.mentions.size() == most && at < first)) {
      best = static_cast<std::int32_t>(e);
      most = ent.mentions.size();
      first = at;
    }
  }
  return best;
}

// A post of a national government (word list national_post_heads: the title's last word,
// "Prime Minister", "tourism minister", "Chancellor"); not a rank, a seat or a mayoralty,
// nor a post of the opposition ("Shadow Chancellor": opposition_premodifiers), nor a
// foreign minister (foreign_offices: in the news, most often another country's).
bool national_post(const Lexicons& lex, std::string_view title) {
  const auto& ws = phrase_tokens(title, lex.abbreviations());
  return !ws.empty() && lex.in(Words::NationalPostHeads, ws.back().lower) && !lex.in(Words::ForeignOffices, to_lower(title)) &&
         std::none_of(ws.begin(), ws.end(), [&](const Token& t) { return lex.in(Words::OppositionPremodifiers, t.lower); });
}

// A national post with no country written and none known (nor any office of the person
// in the gazetteer): the document's country.
void post_of_document_country(const Annotation& a, const Lexicons& lex, std::int32_t home, std::string_view title,
                              RoleFact& r) {
  if (r.of >= 0 || !r.of_name.empty() || home < 0 || !national_post(lex, title)) return;
  // A person the gazetteer knows in office only elsewhere ("Foreign Minister Sergei Lavrov"
  // in a story told from Washington) is not taken for the document's country.
  const Entity& pe = a.entities[static_cast<std::size_t>(r.person)];
  if (const auto* g = pe.gazetteer_id.empty() ? nullptr : lex.entry_by_id(pe.gazetteer_id);
      g && !g->roles.empty() && std::none_of(g->roles.begin(), g->roles.end(), [&](const auto& role) {
        return role.of == a.entities[static_cast<std::size_t>(home)].canonical;
      }))
    return;
  // "shadow chancellor": a post of the opposition, not of the government.
  if (r.cue_first > 0 && lex.in(Words::OppositionPremodifiers, a.tokens[r.cue_first - 1])) return;
  // Row 18.318 (c): a noun naming a body by its kind (kind_nouns), possessive or not, before
  // the post (title premodifiers skipped) makes it that body's: `company president Tom
  // Smith`, `the bank's senior vice president Jane Roe` hold no post in the country.
  std::uint32_t k = r.cue_first;
  while (k > 0 && lex.in(Words::TitlePremodifiers, a.tokens[k - 1].lower)) --k;
  if (k > 1 && a.tokens[k - 1].has(kPossessive) && !lex.in(Words::KindNouns, a.tokens[k - 1])) --k;  // `the bank 's`
  if (k > 0 && lex.in(Words::KindNouns, a.tokens[k - 1])) return;
  r.of = home;
  r.of_name = a.entities[static_cast<std::size_t>(home)].canonical;
  r.rule += "+document-country";
}

// Row 18.318 (b): a country, or a demonym of one, one lower-case word (a portfolio) before
// a national post written in lower case qualifies it: `Belgian sports minister Tom Smith`,
// `former Norwegian government minister Jane Roe` hold their posts in Belgium and Norway,
// not in the country the document names most. Not an organisation (`Acme sports minister`:
// whose post, unclear), nor a demonym of a region (`European commission president`).
bool country_before_portfolio(Annotation& a, const Lexicons& lex, const Cue& c, RoleFact& r, std::uint32_t& first) {
  if (c.first_token < 2 || !national_post(lex, c.value) || a.tokens[c.first_token].has(kCapitalized)) return false;
  const std::uint32_t gap = c.first_token - 1;
  const Token& w = a.tokens[gap];
  if (w.kind != TokenKind::Word || w.has(kCapitalized) || w.has(kPossessive) || lex.in(Words::Determiners, w) ||
      lex.in(Words::Possessives, w) || lex.in(Words::TitlePremodifiers, w.lower))
    return false;
  for (const auto& d : a.cues) {
    if (d.kind != Cue::Kind::Demonym || d.end_token != gap) continue;
    const auto* g = lex.entry_by_name(d.value);
    if (!g || g->type != EntityType::Country) return false;
    r.of_name = d.value;
    r.of = implied_country(a, lex, r.of_name);
    first = d.first_token;
    return true;
  }
  const std::uint32_t pe = a.tokens[gap - 1].has(kPossessive) ? gap - 1 : gap;
  for (const auto& m : a.mentions)
    if (m.end_token == pe && m.entity >= 0 && a.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Country) {
      r.of = m.entity;
      r.of_name = a.entities[static_cast<std::size_t>(m.entity)].canonical;
      first = m.first_token;
      return true;
    }
  return false;
}

// Row A1179: a title cue inside a longer title cue ending at the same word, the longer one
// holding a word of subordinate_title_words before the shorter one starts: `Deputy Prime
// Minister Tom Smith` holds the post of deputy, not `Prime Minister` (nor `Minister`), so a
// later `the prime minister` is not him. `Foreign Minister Jane Roe`'s inner `Minister` stays.
bool subordinate_inner(const Annotation& a, const Lexicons& lex, const std::vector<Cue>& cues, const Cue& c) {
  return std::any_of(cues.begin(), cues.end(), [&](const Cue& o) {
    if (o.kind != Cue::Kind::Title || o.end_token != c.end_token || o.first_token >= c.first_token) return false;
    for (std::uint32_t k = o.first_token; k < c.first_token; ++k)
      if (lex.in(Words::SubordinateTitleWords, a.tokens[k])) return true;
    return false;
  });
}

bool state_post_of_place(const Annotation& a, const Lexicons& lex, const TitleEntry* te, std::uint32_t first);

// [qualifier] Title Name: one fact per title cue ending where the person's name starts.
void title_before_name(Annotation& a, const Lexicons& lex, const std::vector<Cue>& cues, const Mention& m,
                       std::int32_t home, std::vector<RoleFact>& out) {
  const auto se = a.sentences[m.sentence].end_token;
  for (const auto& c : cues) {
    // "US Ambassador to the United Nations, Nikki Haley, said": a qualified title set off
    // by commas before the name is the name's too.
    const bool set_off = c.end_token + 1 == m.first_token && a.tokens[c.end_token].norm == "," && m.end_token < se &&
                         a.tokens[m.end_token].norm == ",";
    if (c.kind != Cue::Kind::Title) continue;
    // Row 18.400: honorifics between the title and the name are the name's (`Home Secretary
    // Sir Jack Doe`, `Lord Chancellor Lord Roe`); asked only of a title ending just before it.
    const bool at_name = c.end_token == m.first_token ||
                         (c.end_token < m.first_token && c.end_token + 3 >= m.first_token &&
                          lex.past_honorifics(a.tokens, c.end_token, m.first_token) == m.first_token);
    if ((!at_name && !set_off) || subordinate_inner(a, lex, cues, c)) continue;
    RoleFact r;
    r.person = m.entity;
    r.title = c.value;
    r.sentence = m.sentence;
    r.rule = set_off ? "title-comma-name" : "title-before-name";
    r.cue_first = c.first_token;
    r.cue_end = c.end_token;
    std::uint32_t qf = 0;
    if (qualifier_before(a, lex, c.first_token, r.of, r.of_name, qf) || country_before_portfolio(a, lex, c, r, qf)) {
      r.cue_first = qf;
      seat_in_body(a, lex, c, m.sentence, r);
    } else if (set_off) {
      continue;  // only a qualified title: not "thanks to the President, Jane Roe, ..."
    } else if (!c.default_country.empty()) {
      // Row 18.318: a title of state after `shadow` (opposition_premodifiers) is the
      // opposition party's post, not the government's: `Shadow Home Secretary Tom Smith`
      // opening a sentence, where the longer cue names no party, holds no post in the
      // country the title implies (GUIDELINES: party posts are ROLE_IN the party).
      const TitleEntry* te = title_entry(lex, c.value);
      if ((c.first_token == 0 || !lex.in(Words::OppositionPremodifiers, a.tokens[c.first_token - 1])) &&
          !state_post_of_place(a, lex, te, c.first_token))
        implied_holder(a, lex, te, c.default_country, m.sentence, r);
    } else {
      // The gazetteer knows this person's office.
      const Entity& pe = a.entities[static_cast<std::size_t>(m.entity)];
      if (const auto* g = pe.gazetteer_id.empty() ? nullptr : lex.entry_by_id(pe.gazetteer_id))
        for (const auto& role : g->roles)
          if (same_title(role.title, c.value) && !role.of.empty()) {
            r.of_name = role.of;
            r.of = implied_country(a, lex, r.of_name);
            r.rule = "title-before-name+gazetteer";
            break;
          }
      // Not the "Minister" inside "Foreign Minister": the longer title is read on its own.
      const bool inner = std::any_of(cues.begin(), cues.end(), [&](const Cue& o) {
        return o.kind == Cue::Kind::Title && o.end_token == c.end_token && o.first_token < c.first_token;
      });
      if (!inner) post_of_document_country(a, lex, home, c.value, r);
    }
    out.push_back(std::move(r));
  }
}

// The body mention (a country or an organisation, named) ending at token `end`, null when none.
const Mention* body_ending_at(const Annotation& a, std::uint32_t end) {
  for (const auto& om : a.mentions)
    if (om.end_token == end && om.resolved_from.empty() &&
        (is_type(a, om.entity, EntityType::Country) || is_type(a, om.entity, EntityType::Organization)))
      return &om;
  return nullptr;
}

// [the] title of [the] BODY, Name, : a post whose of-phrase names its body, set off by
// commas before the name it stands for (`The prime minister of Norway, Erik Solheim,
// said`, `the chief executive of Acme, John Doe, said`; GUIDELINES "ROLE_IN": a post in a
// body is ROLE_IN that body). Not a title inside another of-phrase or after a possessive
// (`the wife of the president of France, Jane Roe,`: the name is the wife's), nor a name
// left open (`In a letter to the president of Acme, John Doe said`). Rule "title-of-comma-name".
void title_of_body_before_name(const Annotation& a, const Lexicons& lex, const Mention& m, std::vector<RoleFact>& out) {
  const std::uint32_t sf = a.sentences[m.sentence].first_token, se = a.sentences[m.sentence].end_token;
  if (m.first_token < sf + 4 || m.end_token >= se || a.tokens[m.first_token - 1].norm != "," || a.tokens[m.end_token].norm != ",")
    return;
  const Mention* body = body_ending_at(a, m.first_token - 1);
  if (!body || body->first_token < sf + 2) return;
  std::uint32_t o = body->first_token;
  if (lex.in(Words::DefiniteArticles, a.tokens[o - 1])) --o;
  if (o < sf + 2 || !lex.in(Words::OfPrepositions, a.tokens[o - 1])) return;
  const std::uint32_t end = o - 1;  // the title ends before `of`
  for (std::uint32_t b = end >= sf + 4 ? end - 4 : sf; b < end; ++b) {  // the longest title
    std::uint32_t p = 0;
    if (lex.post_title(a.tokens, b, end, p) != end - b) continue;
    std::uint32_t first = b;
    while (first > sf && lex.in(Words::TitlePremodifiers, a.tokens[first - 1])) --first;
    if (first > sf && lex.in(Words::Articles, a.tokens[first - 1])) --first;
    if (first > sf && (lex.in(Words::OfPrepositions, a.tokens[first - 1]) || a.tokens[first - 1].has(kPossessive))) return;
    RoleFact r;
    r.person = m.entity;
    r.title = lex.titles()[p].title;
    r.of = body->entity;
    r.of_name = a.entities[static_cast<std::size_t>(body->entity)].canonical;
    r.sentence = m.sentence;
    r.rule = "title-of-comma-name";
    r.cue_first = first;
    r.cue_end = body->end_token;
    out.push_back(std::move(r));
    return;
  }
}

// The qualifier that opens an apposition at token `i`: a demonym or a country or
// organisation mention (+'s). Returns the token after it.
std::uint32_t apposition_qualifier(const Annotation& a, const std::vector<Cue>& cues, std::uint32_t i, std::uint32_t se,
                                   RoleFact& r) {
  std::uint32_t j = i;
  for (const auto& c : cues)
    if (c.kind == Cue::Kind::Demonym && c.first_token == i) { r.of_name = c.value; j = c.end_token; }
  if (r.of_name.empty())
    for (const auto& om : a.mentions)
      if (om.first_token == i && om.entity >= 0 && !is_type(a, om.entity, EntityType::Person)) {
        r.of_name = a.entities[static_cast<std::size_t>(om.entity)].canonical;
        r.of = om.entity;
        j = om.end_token;
        if (j < se && a.tokens[j].has(kPossessive)) ++j;
      }
  return j;
}

// A lower-case compound adjective opening at token k (`union-backed`, `state-owned`:
// word, hyphen, word, written without spaces): the token after it, k when none.
std::uint32_t after_compound_modifier(const Annotation& a, std::uint32_t k, std::uint32_t se) {
  if (k + 3 >= se) return k;
  const Token &w1 = a.tokens[k], &h = a.tokens[k + 1], &w2 = a.tokens[k + 2];
  const bool lower = w1.kind == TokenKind::Word && w2.kind == TokenKind::Word && !w1.has(kCapitalized) && !w2.has(kCapitalized);
  return lower && h.norm == "-" && !h.has(kSpaceBefore) && !w2.has(kSpaceBefore) ? k + 3 : k;
}

// The mention of an acronym that a body's full name written from token k defines: the
// name's capitalised words (and `of`, `and`) then the acronym in parentheses, `the
// British Chambers of Commerce (BCC)`; -1 when there is none.
std::int32_t defined_acronym(const Annotation& a, const Lexicons& lex, std::uint32_t k, std::uint32_t se) {
  std::uint32_t e = k;
  while (e < se && a.tokens[e].kind == TokenKind::Word &&
         (a.tokens[e].has(kCapitalized) || (e > k && (lex.in(Words::OfPrepositions, a.tokens[e]) || lex.in(Words::Coordinators, a.tokens[e])))))
    ++e;
  if (e < k + 2 || e + 2 >= se || a.tokens[e].norm != "(" || a.tokens[e + 2].norm != ")" || !a.tokens[e + 1].has(kAllCaps))
    return -1;
  for (const auto& m : a.mentions)
    if (m.first_token == e + 1 && m.end_token == e + 2 && m.entity >= 0 && !is_type(a, m.entity, EntityType::Person)) return m.entity;
  return -1;
}

// The body of the of-phrase opening at token o after a post (`chief executive of Exxon
// Mobil`, `president of the Women's Media Center`, `editor of union-backed Hazards
// magazine`, `Director General of the British Chambers of Commerce (BCC)`) into r: a
// definite article may open its name; then the name ends the phrase, or a place follows
// (not `chairman of the Commons public accounts committee`). False when the text names a
// body no entity stands for (`president of the UC Irvine Armenian Students' Association`):
// it, not the document's country, holds the post.
// The of-phrase opening at token o, up to where its noun phrase ends, holds a capitalised
// word that no country's or place's mention covers: the name of a body that the phrase
// opens on no entity of (`president of Fenwick Analytics`, `vice president of sales at
// Tarn Media`, `president of industry watcher Tarn Group`), which holds the post, not the
// document's country (post_phrase() keeps the title, for the person's later `he`, with no
// body); a lower-case field or a place keeps the country (`minister of finance`,
// `minister of state for Europe`; row 18.305).
bool unknown_body_named(const Annotation& a, const Lexicons& lex, std::uint32_t o, std::uint32_t se) {
  for (std::uint32_t k = o; k < se && a.tokens[k].kind != TokenKind::Quote && !lex.in(Words::PhraseEndWords, a.tokens[k]); ++k) {
    if (a.tokens[k].kind != TokenKind::Word || !a.tokens[k].has(kCapitalized)) continue;
    if (std::none_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& m) {
          return m.first_token <= k && k < m.end_token &&
                 (is_type(a, m.entity, EntityType::Country) || is_type(a, m.entity, EntityType::Location));
        }))
      return true;
  }
  return false;
}

// Row 18.307: an apposed post whose own phrase, from the title's end on, names an
// organisation is a post in that body, not in the document's country: right after the
// title (`Tom Smith, senior vice president Acme`), after a comma that the body follows
// (`Tom Smith, vice president, Acme home division`) or further in the phrase after a second
// title or a field (`Jane Roe, vice president and head of research at Tarn Media, said`).
// The phrase ends at other punctuation, a relative word or twelve tokens on; a name that is
// no organisation keeps the country (`Jane Roe, prime minister, said`).
bool body_in_post_phrase(const Annotation& a, const Lexicons& lex, std::uint32_t k, std::uint32_t se) {
  const auto org_at = [&](std::uint32_t t) {
    return std::any_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& m) {
      return m.first_token == t && m.resolved_from.empty() && is_type(a, m.entity, EntityType::Organization);
    });
  };
  for (std::uint32_t t = k; t < se && t < k + 12; ++t) {
    if (org_at(t)) return true;
    const Token& w = a.tokens[t];
    if (w.kind == TokenKind::Punct && !(w.norm == "," && t == k && t + 1 < se && org_at(t + 1))) return false;
    if (w.kind == TokenKind::Quote || lex.in(Words::RelativeWords, w)) return false;
  }
  return false;
}

// Row 19.549. The committee named in lower case right after the body's mention opening at
// token o (recognizer.cpp lower_case_committees(), rule body+lower-committee), or null: in
// `chairman of the Commons harbour safety committee` the committee holds the post, not the
// Commons (made-up example: Tom Smith ROLE_IN harbour safety committee, role chairman).
const Mention* lower_committee_after(const Annotation& a, std::uint32_t o) {
  for (const auto& bm : a.mentions) {
    if (bm.first_token != o || bm.entity < 0 || !is_type(a, bm.entity, EntityType::Organization)) continue;
    for (const auto& cm : a.mentions)
      if (cm.first_token == bm.end_token && cm.entity >= 0 && cm.source.rule == "body+lower-committee") return &cm;
  }
  return nullptr;
}

bool of_phrase_body(const Annotation& a, const Lexicons& lex, std::uint32_t o, std::uint32_t se, RoleFact& r) {
  const bool article = o + 1 < se && lex.in(Words::DefiniteArticles, a.tokens[o]) &&
                       std::none_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& x) { return x.first_token == o; });
  if (article) ++o;
  o = after_compound_modifier(a, o, se);
  const auto ends_phrase = [&](std::uint32_t e) {
    return e >= se || a.tokens[e].kind == TokenKind::Quote || lex.in(Words::PhraseEndWords, a.tokens[e]) ||
           lex.in(Words::ContainmentPrepositions, a.tokens[e]);
  };
  for (const auto& om : a.mentions)
    if (om.first_token == o && om.entity >= 0 && !is_type(a, om.entity, EntityType::Person) &&
        (!article || ends_phrase(om.end_token))) {
      r.of = om.entity;
      r.of_name = a.entities[static_cast<std::size_t>(om.entity)].canonical;
    }
  if (const Mention* cm = lower_committee_after(a, o); r.of_name.empty() && article && cm && ends_phrase(cm->end_token)) {
    r.of = cm->entity;
    r.of_name = a.entities[static_cast<std::size_t>(cm->entity)].canonical;
  }
  if (r.of_name.empty()) {
    const std::int32_t acronym = defined_acronym(a, lex, o, se);
    if (acronym >= 0) {
      r.of = acronym;
      r.of_name = a.entities[static_cast<std::size_t>(acronym)].canonical;
    }
  }
  return !(r.of_name.empty() && article);
}

// A post that names its own body after `of`, `for` or `at` (`House editor for the Cook
// Political Report`) is held in that body: the qualifier before the title (`House`) only
// says what the post covers, and is no body of it. The phrase, after a definite article,
// opens with an organisation's mention, which then holds the post, or a name read as a
// person's after `the` (`the Cook Political Report`: no person's name takes an article),
// and none does. A person served (`a White House press secretary for George W. Bush`) or
// a place keeps the qualifier, the post held
// over it (`U.S. attorney for the Eastern District of New York`, `the Democratic chair of
// Jefferson County`), as do a phrase no mention opens (`Labour spokesman for health`) and
// `to` (`the Russian ambassador to the UN` holds a post of Russia).
void own_body_after_post(const Annotation& a, const Lexicons& lex, std::uint32_t k, std::uint32_t se, RoleFact& r) {
  if (r.of < 0 || k + 1 >= se) return;
  if (!lex.in(Words::OwnBodyPrepositions, a.tokens[k])) return;
  std::uint32_t o = k + 1;
  const bool article = o + 1 < se && lex.in(Words::DefiniteArticles, a.tokens[o]);
  if (article) ++o;
  for (const auto& m : a.mentions) {
    if (m.first_token != o || m.entity < 0) continue;
    const EntityType t = a.entities[static_cast<std::size_t>(m.entity)].type;
    if (t != EntityType::Organization && !(t == EntityType::Person && article)) return;
    r.of = t == EntityType::Organization ? m.entity : -1;
    r.of_name = r.of >= 0 ? a.entities[static_cast<std::size_t>(m.entity)].canonical : std::string();
    return;
  }
}

// Row 18.391 (GUIDELINES "ROLE_IN": `Russia's foreign minister`): after a body's possessive
// qualifier in an apposition, one lower-case word naming the post's field (a portfolio:
// not a determiner, a possessive or a title premodifier) may stand before the title, as
// country_before_portfolio() reads it before a name: `Tom Smith, Tarnland's oil minister,
// said`, `Jane Roe, Acme's group chief executive.` -> ROLE_IN Tarnland, Acme. The title must
// end the apposition (a comma, a phrase end, the sentence end): not `Acme's car business is`.
// The token where the title starts, or j when there is no such word.
std::uint32_t portfolio_before_title(const Annotation& a, const Lexicons& lex, std::uint32_t j, std::uint32_t se) {
  if (j < 1 || j + 2 > se || !a.tokens[j - 1].has(kPossessive)) return j;
  const Token& w = a.tokens[j];
  if (w.kind != TokenKind::Word || w.has(kCapitalized) || lex.in(Words::Determiners, w) || lex.in(Words::Possessives, w) ||
      lex.in(Words::TitlePremodifiers, w))
    return j;
  const std::size_t n = lex.post_title(a.tokens, j + 1, se);
  const std::size_t e = j + 1 + n;
  return n > 0 && (e >= se || a.tokens[e].kind == TokenKind::Quote || lex.in(Words::PhraseEndWords, a.tokens[e])) ? j + 1 : j;
}

// [the|a] [premodifiers] [qualifier] title [of ORG] from token i: the post of the person
// of mention m (an apposition, or after `as`), under rule `rule`.
void post_phrase(Annotation& a, const Lexicons& lex, const std::vector<Cue>& cues, const Mention& m, std::uint32_t i,
                 std::int32_t home, const char* rule, std::vector<RoleFact>& out) {
  const auto se = a.sentences[m.sentence].end_token;
  if (i < se && lower_norm_in(lex, Words::Articles, a.tokens[i])) ++i;
  while (i + 1 < se && lower_norm_in(lex, Words::TitlePremodifiers, a.tokens[i])) ++i;  // "a former U.S. attorney"
  if (i >= se) return;
  RoleFact r;
  r.person = m.entity;
  r.sentence = m.sentence;
  r.rule = rule;
  std::uint32_t j = apposition_qualifier(a, cues, i, se, r);
  // "X, a Democrat and former secretary of state": the organisation is an apposition of its
  // own (affiliations), the title after the conjunction stands unqualified.
  if (r.of >= 0 && j > i && j + 1 < se && lex.in(Words::Coordinators, a.tokens[j]) && !a.tokens[j - 1].has(kPossessive)) {
    r.of = -1;
    r.of_name.clear();
    ++j;
  }
  while (j + 1 < se && lower_norm_in(lex, Words::TitlePremodifiers, a.tokens[j])) ++j;  // "former", "acting"
  std::uint32_t payload = 0;
  if (r.of >= 0 && j > i && lex.post_title(a.tokens, j, se) == 0) j = portfolio_before_title(a, lex, j, se);  // row 18.391
  const auto n = lex.post_title(a.tokens, j, se, payload);
  if (n == 0) return;
  const auto& te = lex.titles()[payload];
  // "X, Chancellor Gordon Brown's closest ally": a title right before a name is that
  // person's (title_before_name), not the apposed one's.
  if (std::any_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& o) {
        return o.first_token == j + n && is_type(a, o.entity, EntityType::Person);
      }))
    return;
  r.cue_first = i;
  r.cue_end = static_cast<std::uint32_t>(j + n);
  r.title = te.title;  // "the secretary of defense" -> the title as the lexicon writes it
  own_body_after_post(a, lex, static_cast<std::uint32_t>(j + n), se, r);
  // An organisation after the title: "chief executive of Exxon Mobil" (of_phrase_body()).
  const bool of_after = j + n + 1 < se && lower_norm_in(lex, Words::OfPrepositions, a.tokens[j + n]);
  if (r.of_name.empty() && of_after && !of_phrase_body(a, lex, static_cast<std::uint32_t>(j + n + 1), se, r)) return;
  const bool own_body = r.of_name.empty() && ((of_after && unknown_body_named(a, lex, static_cast<std::uint32_t>(j + n + 1), se)) ||
                                              body_in_post_phrase(a, lex, static_cast<std::uint32_t>(j + n), se));
  if (r.of_name.empty() && (!te.default_country.empty() || !te.bodies.empty()))
    implied_holder(a, lex, &te, te.default_country, m.sentence, r);
  if (!r.of_name.empty() && r.of < 0) r.of = implied_country(a, lex, r.of_name);
  if (te.kind == TitleEntry::Kind::Office && !own_body) post_of_document_country(a, lex, home, te.title, r);
  if (te.kind != TitleEntry::Kind::RoleNoun || !r.of_name.empty()) out.push_back(std::move(r));
}

// Row 18.340: a country's possessive right before the name of a person the gazetteer knows
// in an office of that country (`Ruritania's Tom Smith said`, Tom Smith the gazetteer's
// president of Ruritania) states that post, as `Ruritania's president Tom Smith` would
// (GUIDELINES "ROLE_IN"): the news names a leader by his country alone. Not a person with
// no office of that country in the gazetteer (`Ruritania's Jane Roe won the final`: a
// nationality), nor an organisation's possessive. Rule "country-possessive-name".
void country_possessive_name(const Annotation& a, const Lexicons& lex, const Mention& m, std::vector<RoleFact>& out) {
  const std::uint32_t k = m.first_token;
  if (k < 2 || k <= a.sentences[m.sentence].first_token + 1 || !a.tokens[k - 1].has(kPossessive)) return;
  const Entity& pe = a.entities[static_cast<std::size_t>(m.entity)];
  const auto* g = pe.gazetteer_id.empty() ? nullptr : lex.entry_by_id(pe.gazetteer_id);
  if (!g || g->roles.empty()) return;
  const Mention* c = body_ending_at(a, k - 1);
  if (!c || !is_type(a, c->entity, EntityType::Country)) return;
  const std::string& country = a.entities[static_cast<std::size_t>(c->entity)].canonical;
  for (const auto& role : g->roles) {
    if (role.of != country) continue;
    RoleFact r;
    r.person = m.entity;
    r.title = role.title;
    r.of = c->entity;
    r.of_name = country;
    r.sentence = m.sentence;
    r.rule = "country-possessive-name";
    r.cue_first = c->first_token;
    r.cue_end = k;
    out.push_back(std::move(r));
    return;
  }
}

// Name, [the|a] [qualifier] title [of ORG]
void apposition(Annotation& a, const Lexicons& lex, const std::vector<Cue>& cues, const Mention& m, std::int32_t home,
                std::vector<RoleFact>& out) {
  const std::uint32_t i = m.end_token;
  if (i + 2 < a.sentences[m.sentence].end_token && a.tokens[i].norm == ",")
    post_phrase(a, lex, cues, m, i + 1, home, "apposition", out);
}

// Name is|was|became [the|a] [qualifier] title [of ORG]: predicate_nominal() (roles.hpp).
void predicate_post(Annotation& a, const Lexicons& lex, const std::vector<Cue>& cues, const Mention& m, std::int32_t home,
                    std::vector<RoleFact>& out) {
  if (const std::uint32_t i = predicate_nominal(a, lex, m)) post_phrase(a, lex, cues, m, i, home, "predicate-post", out);
}

// Name['s] [a few lower-case words] as [the] [qualifier] title: the post the person acts
// in (capacity_prepositions: `X was sworn in as U.S. attorney general`,
// `Jane Roe's days as Acme Corp CEO`); no punctuation nor other name between.
void capacity(Annotation& a, const Lexicons& lex, const std::vector<Cue>& cues, const Mention& m, std::int32_t home,
              std::vector<RoleFact>& out) {
  const auto se = a.sentences[m.sentence].end_token;
  std::uint32_t k = m.end_token;
  if (k < se && a.tokens[k].has(kPossessive)) ++k;
  for (const std::uint32_t limit = std::min<std::uint32_t>(se, k + 5); k < limit; ++k) {
    const Token& t = a.tokens[k];
    if (lex.in(Words::CapacityPrepositions, t)) {
      post_phrase(a, lex, cues, m, k + 1, home, "as-post", out);
      return;
    }
    if (t.kind != TokenKind::Word || t.has(kCapitalized)) return;
  }
}

// The name of mention m is its clause's subject: it opens the sentence or a clause after
// a comma, a quote mark, a conjunction or a discourse marker, or follows its title.
bool opens_clause(const Annotation& a, const Lexicons& lex, const Mention& m) {
  const std::uint32_t sf = a.sentences[m.sentence].first_token, j = m.first_token;
  if (j == sf) return true;
  const Token& t = a.tokens[j - 1];
  if (t.norm == "," || t.kind == TokenKind::Quote || lex.in(Words::Coordinators, t) || lex.in(Words::DiscourseMarkers, t))
    return true;
  std::uint32_t payload = 0;
  for (std::uint32_t b = j; b > sf && b + 4 > j; --b)  // "Sen. Jane Roe is ...", "Mr Wang was ..."
    if (lex.title_index().match(a.tokens, b - 1, j, payload) == j - (b - 1)) return true;
  return false;
}

// Known offices of known people, for resolving role phrases ("the US President"),
// unless the text states them.
void gazetteer_roles(const Annotation& a, const Lexicons& lex, std::vector<RoleFact>& out) {
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
}

// The qualifier right before token `end`, title premodifiers skipped (qualifier_before()
// without adding entities): a demonym (`French`), a country or organisation mention,
// possessive or not (`Britain's`, `White House`); none when another organisation's mention
// stands right before that one (`Labour Holyrood leader`, `Conservative Party Treasury
// spokesman`: whose post it is, is unclear) or a possessive determiner does (`its UK chief executive`, `his
// Georgia chairman`: the post is in the body the pronoun stands for, the place only
// narrows it; row 18.300). A place's name (a LOCATION: `Leeds mayor`, `Wessex coach`) is
// Place: the title is still the person's, held in no body the text names (row 18.303).
enum class Qualifier : std::uint8_t { None, Demonym, Country, Named, Place };
Qualifier qualifier_at(const Annotation& a, const Lexicons& lex, std::uint32_t end) {
  std::uint32_t e = end;
  while (e > 0 && lower_norm_in(lex, Words::TitlePremodifiers, a.tokens[e - 1])) --e;
  if (std::any_of(a.cues.begin(), a.cues.end(), [&](const Cue& c) { return c.kind == Cue::Kind::Demonym && c.end_token == e; }))
    return Qualifier::Demonym;
  if (e > 0 && a.tokens[e - 1].has(kPossessive)) --e;
  const auto body_ending = [&](std::uint32_t k) {
    return std::find_if(a.mentions.begin(), a.mentions.end(), [&](const Mention& m) {
      return m.end_token == k && (is_type(a, m.entity, EntityType::Country) || is_type(a, m.entity, EntityType::Organization));
    });
  };
  const auto m = body_ending(e);
  if (m == a.mentions.end()) {
    const auto place = std::find_if(a.mentions.begin(), a.mentions.end(), [&](const Mention& pm) {
      return pm.end_token == e && pm.resolved_from.empty() && is_type(a, pm.entity, EntityType::Location);
    });
    return place != a.mentions.end() && (place->first_token == 0 || !lex.in(Words::Possessives, a.tokens[place->first_token - 1]))
               ? Qualifier::Place
               : Qualifier::None;
  }
  if (m->first_token > 0 && lex.in(Words::Possessives, a.tokens[m->first_token - 1])) return Qualifier::None;
  if (body_ending(m->first_token) != a.mentions.end()) return Qualifier::None;
  return is_type(a, m->entity, EntityType::Country) ? Qualifier::Country : Qualifier::Named;
}

// Row 18.413: a state's office (titles.json "state_office", held in no body: `Attorney
// General`) after a place's name (qualifier_at() Place: `Ohio Attorney General Jane Roe`,
// `Kestby State Attorney General Tom Smith`) is the post of that state, not of the country
// the title gives by default: the person holds it in no body or country the text names
// (GUIDELINES "ROLE_IN": a post in a state is no ROLE_IN of the country; the state is a
// LOCATION), as a lower-case `Ohio attorney general` is (qualified_title(), row 18.303).
[[gnu::noinline]] bool state_post_of_place(const Annotation& a, const Lexicons& lex, const TitleEntry* te, std::uint32_t first) {
  return te && te->state_office && te->bodies.empty() && qualifier_at(a, lex, first) == Qualifier::Place;
}

// A lower-case title after a qualifier that makes it a post (qualifier_at()): any office
// after a named country or organisation (`Britain's foreign secretary`, `White House press
// secretary`); after a place's name a local office only, which the person holds in no body
// named (`Leeds mayor Tom Smith`, `Wessex coach Jim Roe`: `the mayor` then stands for the
// person; not `attorney general`, whose country the title gives; row 18.303); after a demonym only a post of government (national_post_heads, leader_nouns:
// `the French president`, `Palestinian leader`), since a demonym before other titles most
// often gives a nationality (`British director`, `Nigerian midfielder`).
// Row 18.285, mended in s56-mendsF: after a demonym or a country not a post of the
// opposition (a word of opposition_premodifiers, as national_post() reads it: `Britain's
// shadow chancellor, Tom Smith,` holds a post of his party, GUIDELINES), but after an
// organisation (`the Green Party's shadow chancellor`) it is.
bool qualified_title(const Annotation& a, const Lexicons& lex, std::uint32_t b, std::string_view title) {
  const Qualifier q = qualifier_at(a, lex, b);
  if (q == Qualifier::Place) {  // a local post: none the title gives a country or a body (`attorney general`)
    const TitleEntry* te = title_entry(lex, title);
    return te && te->default_country.empty() && te->bodies.empty() && !national_post(lex, title);
  }
  if (q == Qualifier::None || q == Qualifier::Named) return q == Qualifier::Named;
  const auto& ws = phrase_tokens(title, lex.abbreviations());
  if (std::any_of(ws.begin(), ws.end(), [&](const Token& t) { return lex.in(Words::OppositionPremodifiers, t.lower); })) return false;
  if (q == Qualifier::Country) return true;
  return !ws.empty() && (lex.in(Words::NationalPostHeads, ws.back().lower) || lex.in(Words::LeaderNouns, ws.back().lower));
}

// A lower-case title of kind office ending at token `end` (`interior minister`), the longest
// one: right before a name (`adjacent`) a national post (`tourism minister X`) or any office
// after a qualifier (`Britain's foreign secretary X`); before a comma that sets the name off
// only after a qualifier (`Chile's premier, X,`, `the French president, X,`: title_before_name()
// reads it as "title-comma-name"). Appends the cue; false when there is none or one ends there.
bool lower_title_cue(const Annotation& a, const Lexicons& lex, std::uint32_t sb, std::uint32_t end, bool adjacent,
                     std::vector<Cue>& cues) {
  if (std::any_of(a.cues.begin(), a.cues.end(), [&](const Cue& c) { return c.kind == Cue::Kind::Title && c.end_token == end; }))
    return adjacent;
  for (std::uint32_t b = std::max(sb, end >= 3 ? end - 3 : 0); b < end; ++b) {
    std::uint32_t payload = 0;
    const std::size_t n = lex.title_index().match(a.tokens, b, end, payload);
    if (n != end - b) continue;
    const TitleEntry& te = lex.titles()[payload];
    if (te.kind != TitleEntry::Kind::Office || a.tokens[b].has(kCapitalized)) continue;
    if (!(adjacent && national_post(lex, te.title)) && !qualified_title(a, lex, b, te.title)) continue;
    Cue c;
    c.first_token = b;
    c.end_token = end;
    c.value = te.title;
    c.default_country = te.default_country;
    cues.push_back(std::move(c));
    return true;
  }
  return false;
}

// The recognizer keeps a title as a cue only when capitalised; for roles a lower-case title
// before a person's name is one too where lower_title_cue() finds it ("tourism minister
// Jane Roe", "Chile's premier, Tom Smith,").
std::vector<Cue> title_cues(const Annotation& a, const Lexicons& lex) {
  std::vector<Cue> cues = a.cues;
  for (const auto& m : a.mentions) {
    if (!is_type(a, m.entity, EntityType::Person) || !m.resolved_from.empty()) continue;
    const std::uint32_t sb = a.sentences[m.sentence].first_token, se = a.sentences[m.sentence].end_token;
    // Right before the name, or before the comma that sets the name off (`, NAME,`).
    const bool set_off = m.first_token > sb + 1 && a.tokens[m.first_token - 1].norm == "," && m.end_token < se &&
                         a.tokens[m.end_token].norm == ",";
    if (!lower_title_cue(a, lex, sb, m.first_token, true, cues) && set_off)
      lower_title_cue(a, lex, sb, m.first_token - 1, false, cues);
  }
  return cues;
}

// The sentence holding token k (sentences are in token order): the first whose end is
// after k, 0 when none.
std::uint32_t sentence_of_token(const Annotation& a, std::uint32_t k) {
  const auto it = std::partition_point(a.sentences.begin(), a.sentences.end(),
                                       [k](const Sentence& s) { return s.end_token <= k; });
  return it == a.sentences.end() ? 0 : static_cast<std::uint32_t>(it - a.sentences.begin());
}

// A definite, qualified role phrase that stands for its holder (coreference.hpp
// find_role_phrases(): `the US President said`, `The Russian foreign minister noted`)
// states the holder's post in the qualifier's country or organisation, as `X, Russia's
// foreign minister` does (GUIDELINES "ROLE_IN"). Read once the named roles are known
// (the holder is found through them); rule "role-phrase".
void role_phrase_roles(Annotation& a, const Lexicons& lex, std::vector<RoleFact>& out) {
  list_title_starts(a);  // row 23.466: for find_role_phrases() and the coreference stage
  a.role_phrases = find_role_phrases(a, lex);
  for (const auto& rp : a.role_phrases) {
    for (std::uint32_t k = rp.first; k < rp.end; ++k) {  // the longest title ending the phrase
      std::uint32_t p = 0;
      if (lex.title_index().match(a.tokens, k, rp.end, p) != rp.end - k) continue;
      RoleFact r;
      r.person = rp.person;
      r.title = lex.titles()[p].title;
      r.sentence = sentence_of_token(a, k);
      r.rule = "role-phrase";
      r.cue_first = rp.first;
      r.cue_end = rp.end;
      std::uint32_t qf = 0;
      if (qualifier_before(a, lex, k, r.of, r.of_name, qf) && r.of >= 0) out.push_back(std::move(r));
      break;
    }
  }
}

}  // namespace

// The gazetteer's office of a known person that a bare title names: the same office
// (coreference.hpp same_office()), or the office the title shortens (`the chancellor` for
// `Chancellor of the Exchequer`: the title and an of-phrase).
// A post of the opposition (`Shadow Chancellor`) is named only as one (`the shadow
// chancellor`, which bare_title_at() leaves).
bool bare_title_names(const Lexicons& lex, std::string_view held, std::string_view phrase) {
  const auto& ws = phrase_tokens(held, lex.abbreviations());
  if (std::any_of(ws.begin(), ws.end(), [&](const Token& t) { return lex.in(Words::OppositionPremodifiers, t.lower); }))
    return false;
  return same_office(lex, held, phrase) || to_lower(held).starts_with(to_lower(phrase) + " of ");
}

namespace {

// The one person the document names before token k whose gazetteer office a bare title
// names, and that office (a gazetteer role fact); -1 when none or several hold it, a
// role stated in the text gives it to somebody else, or another person is named after it.
std::int32_t bare_title_holder(const Annotation& a, const Lexicons& lex, std::string_view phrase, std::uint32_t k,
                               const RoleFact*& office) {
  std::int32_t holder = -1;
  office = nullptr;
  for (const auto& r : a.roles) {
    // `shadow chancellor Oliver Letwin` holds no chancellorship.
    const bool shadow = !r.from_gazetteer && r.cue_first > 0 &&
                        lex.in(Words::OppositionPremodifiers, a.tokens[r.cue_first - 1].lower);
    if (shadow || !bare_title_names(lex, r.title, phrase)) continue;
    if (holder >= 0 && r.person != holder) return -1;
    holder = r.person;
    if (r.from_gazetteer && !office) office = &r;
  }
  if (!office) return -1;
  const auto& ms = a.entities[static_cast<std::size_t>(holder)].mentions;
  if (std::none_of(ms.begin(), ms.end(), [&](std::uint32_t mi) {
        return a.mentions[mi].resolved_from.empty() && a.mentions[mi].end_token <= k;
      }))
    return -1;
  // The text gives the holder another of the offices the gazetteer knows him in
  // (`Chancellor Gordon Brown`, then `the prime minister`): the title is somebody else's.
  for (const auto& stated : a.roles)
    if (stated.person == holder && !stated.from_gazetteer && !bare_title_names(lex, office->title, stated.title) &&
        std::any_of(a.roles.begin(), a.roles.end(), [&](const RoleFact& g) {
          return g.person == holder && g.from_gazetteer && &g != office && bare_title_names(lex, g.title, stated.title);
        }))
      return -1;
  // The anaphor's antecedent is the person named last before it (`King said. The senator,
  // who ...` is not another senator the gazetteer knows).
  std::int32_t last = -1;
  std::uint32_t last_end = 0;
  for (const auto& m : a.mentions)
    if (is_type(a, m.entity, EntityType::Person) && m.end_token <= k && m.end_token >= last_end) {
      last = m.entity;
      last_end = m.end_token;
    }
  return last == holder ? holder : -1;
}

}  // namespace

// `the chancellor`, `the former health secretary`: the definite article, title
// premodifiers and a title, no qualifier before it (find_role_phrases() reads those), no
// name, of-phrase or post preposition after it, not an apposition (`X, the chancellor`)
// nor an opposition post. Returns the title's end token, 0 when the phrase at k is none.
std::uint32_t bare_title_at(const Annotation& a, const Lexicons& lex, std::uint32_t k, std::uint32_t se,
                            const std::vector<char>& person_at, const std::vector<char>& person_end) {
  if (!lex.in(Words::DefiniteArticles, a.tokens[k])) return 0;  // by the token's word lists, no look-up
  if (k >= 2 && a.tokens[k - 1].norm == "," && person_end[k - 1]) return 0;
  // A predicate (`X became the chancellor`, `X is the president`) refers to nobody.
  if (k > 0 && (lex.in(Words::Copulas, a.tokens[k - 1]) || lex.in(Words::PredicativeVerbs, a.tokens[k - 1]) ||
                lex.in(Words::PassivePredicativeVerbs, a.tokens[k - 1])))
    return 0;
  std::uint32_t j = k + 1;
  while (j < se && lex.in(Words::TitlePremodifiers, a.tokens[j])) ++j;
  const auto n = j < se ? lex.post_title(a.tokens, j, se) : 0;
  if (n == 0) return 0;
  const auto e = static_cast<std::uint32_t>(j + n);
  for (std::uint32_t x = j; x < e; ++x)
    if (lex.in(Words::OppositionPremodifiers, a.tokens[x])) return 0;
  if (e < se) {
    const Token& next = a.tokens[e];
    if (person_at[e] || lex.in(Words::OfPrepositions, next) || lex.in(Words::PostPrepositions, next)) return 0;
    // A restrictive relative clause picks one out (`the president it deserves`, `the
    // chancellor who ...`): no anaphor.
    if (lex.in(Words::RelativeWords, next) || lex.in(Words::NominativePronouns, next)) return 0;
    if (next.norm == "," && e + 1 < se && person_at[e + 1]) return 0;
  }
  return e;
}

namespace {

// The first token at which a bare title can have a holder (bare_title_holder()): the
// holder has a gazetteer role and a mention of its own ending at or before the title;
// the token count when no person of the document has a gazetteer role.
std::uint32_t first_bare_title_token(const Annotation& a) {
  auto first = static_cast<std::uint32_t>(a.tokens.size());
  for (const auto& r : a.roles) {
    if (!r.from_gazetteer || r.person < 0) continue;
    for (const std::uint32_t mi : a.entities[static_cast<std::size_t>(r.person)].mentions)
      if (a.mentions[mi].resolved_from.empty()) first = std::min(first, a.mentions[mi].end_token);
  }
  return first;
}

}  // namespace

namespace {

// predicate_nominal(); `subject`: the mention is known to be its clause's subject (a
// nominative pronoun), so it need not open the clause.
std::uint32_t predicate_start(const Annotation& a, const Lexicons& lex, const Mention& m, bool subject) {
  const std::uint32_t se = a.sentences[m.sentence].end_token;
  std::uint32_t k = m.end_token;
  bool predicative = false;
  for (int verbs = 0; k < se && verbs < 3; ++k, ++verbs) {
    const Token& t = a.tokens[k];
    // "named", "appointed", "elected" state the subject's post only in the passive, after a
    // copula ("was named chairman"); active, the post is someone else's ("X appointed a new
    // chairman of ORG").
    const bool passive = lex.in(Words::PassivePredicativeVerbs, t) && k > m.end_token && lex.in(Words::Copulas, a.tokens[k - 1]);
    const bool copula = lex.in(Words::Copulas, t) || lex.in(Words::PredicativeVerbs, t) || passive;
    if (!copula && !lex.in(Words::PerfectAuxiliaries, t)) break;
    predicative = copula;
  }
  if (!predicative || k >= se || (!subject && !opens_clause(a, lex, m))) return 0;
  // A condition states no post held: "if Democrats win and Kaine becomes vice president".
  for (std::uint32_t b = m.first_token; b > a.sentences[m.sentence].first_token; --b) {
    const Token& w = a.tokens[b - 1];
    if (w.norm == "," || w.norm == ";") break;
    if (lex.in(Words::ConditionalSubordinators, w)) return 0;
  }
  const Token& t = a.tokens[k];
  std::uint32_t payload = 0;
  if (lex.in(Words::Articles, t) || lex.in(Words::TitlePremodifiers, t) || lex.title_index().match(a.tokens, k, se, payload))
    return k;
  if (lex.relation_index().match(a.tokens, k, se, payload)) {
    const Frame f = lex.relation_cues()[payload].frame;
    if (f == Frame::Post || f == Frame::Membership) return k;
  }
  const bool name = std::any_of(a.mentions.begin(), a.mentions.end(),
                                [&](const Mention& o) { return o.first_token == k && o.entity >= 0; });
  return name ? k : 0;
}

}  // namespace

std::uint32_t predicate_nominal(const Annotation& a, const Lexicons& lex, const Mention& m) {
  return predicate_start(a, lex, m, false);
}

namespace {

// Row 18.341: the sentence of the pronoun mention m names people before it and none of
// them is the one the pronoun was resolved to (`Tom Smith's plan, made while she was
// minister`, she resolved to Jane Roe of the sentence before): the nearer name is the
// likelier antecedent, the post is left unread.
bool other_person_before(const Annotation& a, const Mention& m) {
  bool other = false;
  for (const auto& o : a.mentions) {
    if (o.sentence != m.sentence || !o.resolved_from.empty() || o.first_token >= m.first_token ||
        !is_type(a, o.entity, EntityType::Person))
      continue;
    if (o.entity == m.entity) return false;
    other = true;
  }
  return other;
}

}  // namespace

// Row 18.341: a nominative pronoun that coreference resolved to a person, the subject of a
// predicate nominal, states that person's post as the name would (`Jane Roe chairs the
// board. She was chairman of Acme until 2010`, `when he was prime minister`): the post
// phrase after the copula is read as predicate_post() reads it (GUIDELINES "ROLE_IN").
// A nominative pronoun is its clause's subject wherever the clause opens (`when she was
// Secretary of State`); a condition states no post (predicate_nominal()). Rule
// "pronoun-predicate-post".
std::uint32_t pronoun_predicate(const Annotation& a, const Lexicons& lex, const Mention& m) {
  if (m.resolved_from.empty() || m.coreference_rule != kPronounRule || !is_type(a, m.entity, EntityType::Person) ||
      m.end_token != m.first_token + 1 || !lex.in(Words::NominativePronouns, a.tokens[m.first_token]))
    return 0;
  const std::uint32_t i = predicate_start(a, lex, m, true);
  return i == 0 || other_person_before(a, m) ? 0 : i;
}

std::vector<RoleFact> pronoun_predicate_roles(Annotation& a, const Lexicons& lex) {
  std::vector<RoleFact> out;
  std::vector<Cue> cues;
  std::int32_t home = -1;
  bool read = false;  // the title cues and the document's country, read at the first pronoun
  for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
    // Row 23.275: the test on the mention in place; only a pronoun that states a post is copied.
    const std::uint32_t i = pronoun_predicate(a, lex, a.mentions[mi]);
    if (i == 0) continue;
    const Mention m = a.mentions[mi];  // a copy: post_phrase() may add entities
    if (!read) {
      cues = title_cues(a, lex);
      home = document_country(a);
      read = true;
    }
    const std::size_t n = out.size();
    post_phrase(a, lex, cues, m, i, home, "pronoun-predicate-post", out);
    // `he is a president`: a bare indefinite post, no country written, says what kind of
    // person he is, not whose post he holds.
    if (out.size() > n && lex.in(Words::IndefiniteArticles, a.tokens[i]) && out.back().rule.ends_with("+document-country"))
      out.pop_back();
  }
  return out;
}


// A definite bare title that stands for the one person of the document the gazetteer
// knows in that office, named before it (`Gordon Brown ... The chancellor walked ...`),
// states that office (GUIDELINES "ROLE_IN": `the chancellor` -> holder; the post of a
// government in the country, of a seat in its body, when the article names them); rule
// "bare-role-phrase". A bare `the president` of a story naming two presidents stands for
// no one.
std::vector<RoleFact> bare_role_phrase_roles(const Annotation& a, const Lexicons& lex) {
  std::vector<RoleFact> out;
  // Most documents name nobody the gazetteer knows in an office: nothing to scan.
  const std::uint32_t first = first_bare_title_token(a);
  if (first >= a.tokens.size()) return out;
  std::vector<std::pair<std::int32_t, std::string>> taken;  // holders and offices read so far
  std::vector<char> person_at(a.tokens.size() + 1, 0), person_end(a.tokens.size() + 1, 0);
  for (const auto& m : a.mentions)
    if (is_type(a, m.entity, EntityType::Person) && m.resolved_from.empty())
      person_at[m.first_token] = person_end[m.end_token] = 1;
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    if (s.furniture || s.duplicate || s.end_token <= first) continue;
    for (std::uint32_t k = std::max(s.first_token, first); k + 1 < s.end_token; ++k) {
      // Row 23.385: bare_title_at()'s first test (a definite article at k) made here, without
      // the call, at the tokens that are none (most): `Tom Smith met the chancellor` calls it
      // at `the` only.
      if (!lex.in(Words::DefiniteArticles, a.tokens[k])) continue;
      const std::uint32_t e = bare_title_at(a, lex, k, s.end_token, person_at, person_end);
      if (e == 0) continue;
      std::uint32_t j = k + 1;
      while (lex.in(Words::TitlePremodifiers, a.tokens[j])) ++j;
      const std::string phrase(a.text(Span{a.tokens[j].span.begin, a.tokens[e - 1].span.end}));
      const RoleFact* known = nullptr;
      const std::int32_t person = bare_title_holder(a, lex, phrase, k, known);
      if (person < 0) continue;
      // Two bare titles of one story are two people (`the chancellor ... the prime
      // minister`): the first read names the holder.
      if (std::any_of(taken.begin(), taken.end(),
                      [&](const auto& t) { return t.first == person && t.second != known->title; }))
        continue;
      taken.emplace_back(person, known->title);
      RoleFact r;
      r.person = person;
      r.title = known->title;
      r.sentence = si;
      r.rule = "bare-role-phrase";
      r.cue_first = k;
      r.cue_end = e;
      const TitleEntry* te = title_entry(lex, known->title);
      // The gazetteer's body when it is one of the title's (`Majority Leader` of the U.S.
      // Senate, not of the House the document names).
      const bool body_known = te && std::find(te->bodies.begin(), te->bodies.end(), known->of_name) != te->bodies.end();
      r.of = te && !te->bodies.empty() && !body_known ? named_body(a, te->bodies, si)
                                                      : document_entity(a, known->of_name);
      if (r.of >= 0) r.of_name = a.entities[static_cast<std::size_t>(r.of)].canonical;
      if (r.of >= 0) out.push_back(std::move(r));
      k = e - 1;
    }
  }
  return out;
}

void find_roles(Annotation& a, const Lexicons& lex) {
  std::vector<RoleFact> out;
  const auto cues = title_cues(a, lex);
  const std::int32_t home = document_country(a);
  // Row 23.361: title_before_name() reads only a title cue ending at the name or at the comma
  // before it; the tokens where a title cue ends are marked once, and a name with neither
  // mark (most) is not compared with every cue of the document. Made-up example: in
  // `Mayor Tom Smith met Jane Roe`, only Tom Smith's cues are read.
  std::vector<char> title_end(a.tokens.size() + 1, 0);
  for (const auto& c : cues)
    if (c.kind == Cue::Kind::Title && c.end_token < title_end.size()) {
      title_end[c.end_token] = 1;
      title_end[lex.past_honorifics(a.tokens, c.end_token, a.tokens.size())] = 1;  // row 18.400: `Sir` between
    }
  for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
    if (!is_type(a, a.mentions[mi].entity, EntityType::Person)) continue;  // before the copy: most are no person
    const Mention m = a.mentions[mi];  // a copy: implied_country() may add entities
    if (title_end[m.first_token] || (m.first_token > 0 && title_end[m.first_token - 1]))
      title_before_name(a, lex, cues, m, home, out);
    title_of_body_before_name(a, lex, m, out);
    apposition(a, lex, cues, m, home, out);
    predicate_post(a, lex, cues, m, home, out);
    capacity(a, lex, cues, m, home, out);
    country_possessive_name(a, lex, m, out);
  }
  gazetteer_roles(a, lex, out);
  // A list already in sentence order is left as it is (what the stable sort gives) without
  // the sort's buffer: usually so (one list or none, found in text order).
  const auto by_sentence = [](const RoleFact& x, const RoleFact& y) { return x.sentence < y.sentence; };
  if (!std::is_sorted(out.begin(), out.end(), by_sentence)) std::stable_sort(out.begin(), out.end(), by_sentence);
  for (auto& r : out) a.roles.push_back(std::move(r));
  std::vector<RoleFact> phrased;
  role_phrase_roles(a, lex, phrased);
  for (auto& r : phrased) a.roles.push_back(std::move(r));
  if (!std::is_sorted(a.roles.begin(), a.roles.end(), by_sentence)) std::stable_sort(a.roles.begin(), a.roles.end(), by_sentence);
}

}  // namespace gazette
