#include "gazette/affiliations.hpp"

#include "gazette/coreference.hpp"
#include "gazette/roles.hpp"

#include <algorithm>

namespace gazette {

namespace {

// "(R-Ky.)", ", D-New York" at token k (the token after a name): the letter's token, null
// when the shape is not there.
const Token* party_letter_at(const Annotation& a, std::size_t k, std::size_t end) {
  if (k + 3 >= end || (a.tokens[k].norm != "(" && a.tokens[k].norm != ",")) return nullptr;
  const Token& letter = a.tokens[k + 1];
  if (letter.kind != TokenKind::Word || letter.norm.size() != 1 || a.tokens[k + 2].norm != "-" ||
      !a.tokens[k + 3].has(kCapitalized) || a.tokens[k + 2].span.begin != letter.span.end)
    return nullptr;
  return &letter;
}

// An entry of the word list party_letters, LETTER=GAZETTEER-ID: the gazetteer id when its
// letter is `letter` (lower case), else empty.
std::string_view letter_party_id(std::string_view entry, std::string_view letter) {
  const auto eq = entry.find('=');
  return eq != std::string_view::npos && entry.substr(0, eq) == letter ? entry.substr(eq + 1) : std::string_view();
}

enum class RoleWord : std::uint8_t { None, Post, Membership };

struct Scan {
  const Annotation& a;
  const Lexicons& lex;
  std::vector<std::int32_t> mention_at;  // token -> mention starting there (-1)
  std::vector<std::int32_t> mention_end_at;  // token -> mention ending there (-1)

  EntityType type_of(std::int32_t mi) const {
    const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
    return m.entity < 0 ? EntityType::Unknown : a.entities[static_cast<std::size_t>(m.entity)].type;
  }
  // The post or membership word(s) at token k: their kind and length (0 = none).
  std::size_t role_word(std::size_t k, std::size_t end, RoleWord& kind) const {
    std::uint32_t payload = 0;
    const std::size_t n = lex.relation_index().match(a.tokens, k, end, payload);
    kind = RoleWord::None;
    if (!n) return 0;
    const Frame f = lex.relation_cues()[payload].frame;
    if (f == Frame::Post) kind = RoleWord::Post;
    else if (f == Frame::Membership) kind = RoleWord::Membership;
    return kind == RoleWord::None ? 0 : n;
  }
  // A word that may stand between an organisation and the post it qualifies:
  // a lower-case or capitalised word ("campaign", "Holyrood", "Shadow"), a hyphen
  // ("ex-chief"), the period of an abbreviation; not a conjunction or punctuation.
  // A speech cue or a verb cue is the verb of the clause ("Labour said spokesman X"), not
  // the verb of a post, which qualifies ("the X government headed by Prime Minister Y").
  bool modifier(std::size_t k, std::size_t end) const {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::Word) return t.norm == "-" || t.norm == ".";
    if (lex.in(Words::Coordinators, t) || t.has(kPossessive)) return false;
    std::uint32_t payload = 0;
    if (lex.speech_index().match(a.tokens, k, end, payload)) return false;
    if (!lex.relation_index().match(a.tokens, k, end, payload)) return true;
    const RelationCue& c = lex.relation_cues()[payload];  // a post's verb qualifies: `the X government headed by`
    return (c.frame != Frame::Active && c.frame != Frame::Passive) || c.type == RelationType::RoleIn;
  }
  // The mention starting at token k; past honorifics there (row 18.400, Lexicons::
  // past_honorifics()) a person's only: `Labour peer Lord Tom Smith`, `Tarn Party's Mr
  // Smith` -> Tom Smith, Smith.
  std::int32_t person_after_honorifics(std::size_t k, std::size_t end) const {
    if (mention_at[k] >= 0) return mention_at[k];
    const std::size_t h = lex.past_honorifics(a.tokens, k, end);
    return h > k && h < end && mention_at[h] >= 0 && type_of(mention_at[h]) == EntityType::Person ? mention_at[h] : -1;
  }
  // A title of the lexicon (not an honorific): after a possessive organisation any
  // title is a post ("the party's president").
  std::size_t title_word(std::size_t k, std::size_t end) const { return lex.post_title(a.tokens, k, end); }
  // A party before another organisation that qualifies a post ("Scottish National Party
  // Holyrood leader X", "Republican Senate leader X"): the party holds the post.
  bool stacked_party(const Mention& first, const Mention& second) const {
    return first.end_token == second.first_token && !a.tokens[first.end_token].has(kPossessive) && party(first.entity) &&
           second.entity >= 0 && a.entities[static_cast<std::size_t>(second.entity)].type == EntityType::Organization &&
           !party(second.entity);
  }
  // A political party: a word of its canonical name is in party_name_words ("Labour
  // Party", "Liberal Democrats").
  bool party(std::int32_t entity) const {
    if (entity < 0) return false;
    // Row 23.316: read once per entity (the rules ask it again at each of its names):
    // `Tarn Party` tokenized at its first mention only.
    if (party_memo.empty()) party_memo.assign(a.entities.size(), -1);
    std::int8_t& memo = party_memo[static_cast<std::size_t>(entity)];
    if (memo < 0) memo = party_name(entity) ? 1 : 0;
    return memo != 0;
  }
  mutable std::vector<std::int8_t> party_memo = {};  // entity -> party(): -1 not read yet
  bool party_name(std::int32_t entity) const {
    for (const auto& t : phrase_tokens(a.entities[static_cast<std::size_t>(entity)].canonical, lex.abbreviations()))
      if (lex.in(Words::PartyNameWords, t.lower)) return true;
    return false;
  }
  // "(R-Ky.)", ", D-New York" after a name at token k: the party the letter stands for
  // (word list party_letters, LETTER=GAZETTEER-ID), when the document names it; -1 none.
  // Row 18.401: when no mention names the party and the state after the letter is a place
  // mention, -1 with `implied` set to the party's gazetteer id (Affiliation::implied_tail).
  // Row 23.458: a letter may stand for more than one party (a user's list giving `I` to two
  // independents' groups): its entries are tried in the list's order, the first party the
  // document names is the person's; named by none, the letter's first entry is implied.
  std::int32_t party_letter(std::size_t k, std::size_t end, std::string_view& implied) const {
    const Token* letter = party_letter_at(a, k, end);
    if (!letter) return -1;
    const bool state = mention_at[k + 3] >= 0 && type_of(mention_at[k + 3]) == EntityType::Location;
    std::string_view first;
    for (const auto& w : lex.words(Words::PartyLetters)) {
      const std::string_view id = letter_party_id(w, letter->lower);
      if (id.empty()) continue;
      if (first.empty()) first = id;
      for (std::size_t e = 0; e < a.entities.size(); ++e)
        if (a.entities[e].gazetteer_id == id && (state || !a.entities[e].mentions.empty())) return static_cast<std::int32_t>(e);
    }
    if (state) implied = first;
    return -1;
  }
  // Where a noun phrase may end: punctuation, a conjunction, a relative pronoun, the
  // sentence end.
  bool phrase_end(std::size_t k, std::size_t end) const {
    if (k >= end) return true;
    return lex.in(Words::PhraseEndWords, a.tokens[k]) || a.tokens[k].kind == TokenKind::Quote;
  }
};


// The post or membership words after a name (from scan_gap()): where the last role word
// and the last title end, its kind, where the scan stopped, and whether a title of state
// ("President", "Sen.") is among the words.
struct Gap {
  std::size_t role_end = 0, title_end = 0;
  RoleWord kind = RoleWord::None;
  std::size_t stop = 0;
  bool office = false;
  bool seat = false;  // a title that is a seat in a body (titles.json `bodies`: "Sen.", "Majority Leader")
};

// One document's affiliations as they are found.
struct Finder {
  Scan sc;
  std::vector<Affiliation> out;

  void add(std::int32_t head, std::int32_t tail, RelationType type, std::size_t first, std::size_t end, std::uint32_t sentence,
           const char* rule, std::string_view implied = {}) {
    if (head < 0 || (tail < 0 && implied.empty()) || head == tail) return;
    Affiliation f;
    f.head = head;
    f.tail = tail;
    f.implied_tail = implied;
    f.type = type;
    if (first < end) f.title = std::string(sc.a.text(Span{sc.a.tokens[first].span.begin, sc.a.tokens[end - 1].span.end}));
    f.sentence = sentence;
    f.rule = rule;
    out.push_back(std::move(f));
  }
  std::int32_t entity_at(std::int32_t mi) const { return sc.a.mentions[static_cast<std::size_t>(mi)].entity; }
  // A comma, then an article, a title premodifier, a title or a post or membership word
  // after mention mi: an apposition says what the person is ("Y, a union negotiator,").
  bool apposition_after(std::int32_t mi) const {
    const std::size_t e = sc.a.mentions[static_cast<std::size_t>(mi)].end_token;
    const std::size_t se = sc.a.sentences[sc.a.mentions[static_cast<std::size_t>(mi)].sentence].end_token;
    if (e + 1 >= se || sc.a.tokens[e].norm != ",") return false;
    const Token& t = sc.a.tokens[e + 1];
    RoleWord kind = RoleWord::None;
    return sc.lex.in(Words::Articles, t) || sc.lex.in(Words::TitlePremodifiers, t) || sc.title_word(e + 1, se) > 0 ||
           sc.role_word(e + 1, se, kind) > 0;
  }

  Gap scan_gap(std::size_t k, std::size_t se, std::size_t max_words, bool any_title = false, bool end_at_preposition = false) const;
  bool party_holds_post(const Mention& party, const Mention& body, std::size_t se) const;
  void org_names_next(std::uint32_t si, const Mention& m, std::size_t e, bool poss, std::int32_t m2);
  void group_including(std::uint32_t si, const Mention& m, const Gap& g, std::size_t se);
  void org_phrase(std::uint32_t si, const Mention& m);
  void apposition_org(std::uint32_t si, const Mention& m, std::size_t k, std::int32_t om, bool indefinite);
  void apposition_from(std::uint32_t si, const Mention& m, std::size_t k);
  void apposition_post_of(std::uint32_t si, const Mention& m, std::size_t k, bool predicate);
  bool staff_post_with(const Gap& g, std::size_t se) const;            // row 18.389
  bool apposed_body_ends(std::size_t e, std::size_t se) const;          // row 18.389
  void person_phrase(std::uint32_t si, const Mention& m);
  void pronoun_phrase(std::uint32_t si, const Mention& m);
  void body_in_name();
  void body_before_committee();
  void bare_post(std::uint32_t si, const Mention& m);
  void speaks_for(std::uint32_t si, const Mention& m);
  void party_side(std::uint32_t si, const Mention& m);
  void post_outranks_speaking_for();
  void presidency(std::uint32_t si, std::size_t k);
  std::int32_t one_person_before(const Mention& party, std::uint32_t si) const;
  void party_description(const Mention& party);
  bool opens_clause(std::size_t k, std::size_t sf) const;
  std::int32_t clause_subject_body(std::size_t from, std::size_t to, bool last) const;
  std::int32_t its_owner(std::uint32_t si, std::size_t k, std::size_t before) const;
  void its_post(std::uint32_t si, std::size_t k);
  bool its_at(std::size_t k) const {
    return sc.lex.in(Words::Possessives, sc.a.tokens[k]) && !sc.lex.in(Words::PersonPossessives, sc.a.tokens[k]);
  }
  void its_before_or_after(std::uint32_t si, const Mention& m);
  std::int32_t kind_noun_body(std::uint32_t si, std::size_t article, bool party_word, bool sentence_before) const;
  void kind_noun_post(std::uint32_t si, std::size_t poss, std::int32_t person, bool after_name);
  std::int32_t party_of_post_holder(std::int32_t person) const;
  void shadow_beside_leader(const RoleFact& r);
};

// Scans the words after an organisation, from token k, for [modifiers] ROLE-WORD.
// Returns the end of the last role word (0 = none) and its kind; stops at `se`
// (exclusive), at a mention or at a word that cannot modify a post.
// `title_end`: the end of the last role word or title ("shadow health minister").
// `end_at_preposition`: a preposition of a post or an infinitive marker outside a title ends
// the words ("candidate for chairman", "the first woman to become chairman": the title
// after it is no post of the person's).
Gap Finder::scan_gap(std::size_t k, std::size_t se, std::size_t max_words, bool any_title, bool end_at_preposition) const {
  const Annotation& a = sc.a;
  const Lexicons& lex = sc.lex;
  Gap g;
  const std::size_t limit = std::min(se, k + max_words + 2);
  while (k < limit) {
    if (const auto m = sc.mention_at[k]; m >= 0) {
      if (sc.type_of(m) != EntityType::Location) break;  // "Republican Texas Sen."
      k = a.mentions[static_cast<std::size_t>(m)].end_token;
      continue;
    }
    RoleWord kind = RoleWord::None;
    if (const std::size_t n = sc.role_word(k, se, kind)) {
      g.role_end = g.title_end = k + n;
      if (kind == RoleWord::Post || g.kind == RoleWord::None) g.kind = kind;  // a post outranks membership
      k += n;
      continue;
    }
    if (const std::size_t n = sc.title_word(k, se)) {
      g.title_end = k + n;
      std::uint32_t tp = 0;
      lex.title_index().match(a.tokens, k, se, tp);
      g.office |= lex.titles()[tp].kind == TitleEntry::Kind::Office;
      g.seat |= !lex.titles()[tp].bodies.empty();
      for (std::size_t x = k + 1; x < k + n; ++x)  // "majority leader": its role word
        if (RoleWord w = RoleWord::None; sc.role_word(x, k + n, w) && (w == RoleWord::Post || g.kind == RoleWord::None)) {
          g.kind = w;
          g.role_end = k + n;
        }
      if (any_title) {
        g.role_end = k + n;
        g.kind = RoleWord::Post;
      }
      k += n;
      continue;
    }
    if (!sc.modifier(k, se)) break;
    if (end_at_preposition && (lex.in(Words::PostPrepositions, a.tokens[k]) || lex.in(Words::InfinitiveMarkers, a.tokens[k]))) break;
    ++k;
  }
  g.stop = k;
  return g;
}

// "Scottish National Party Holyrood leader X": the party opens the phrase (no capitalised
// word before it: not "National Republican Senatorial Committee") and the post after the
// body is no seat in a body ("Republican House Majority Leader X" sits in the House).
bool Finder::party_holds_post(const Mention& party, const Mention& body, std::size_t se) const {
  if (!sc.stacked_party(party, body)) return false;
  if (party.first_token > 0 && sc.a.tokens[party.first_token - 1].has(kCapitalized)) return false;
  return !scan_gap(body.end_token, se, 4).seat;
}

// ORG PERSON, ORG's PERSON, ORG's ORG2: the organisation right before another name.
// Two names side by side may be one name cut in two ("Jabhat al-Nusra"): only an
// organisation the gazetteer knows qualifies the next name.
void Finder::org_names_next(std::uint32_t si, const Mention& m, std::size_t e, bool poss, std::int32_t m2) {
  if (sc.a.entities[static_cast<std::size_t>(m.entity)].gazetteer_id.empty()) return;
  const auto t2 = sc.type_of(m2);
  if (t2 == EntityType::Person && !poss) {
    add(entity_at(m2), m.entity, RelationType::MemberOf, e, e, si, "affiliation:org-name");
  } else if (t2 == EntityType::Person) {
    // "Fiat boss X and GM's Y": the post of the first conjunct is understood in the second
    // (an ellipsis), when a coordinator alone stands between the first person and this
    // organisation; not when an apposition after the second name says what he is ("GM's Y,
    // a union negotiator,").
    const Affiliation* shared = nullptr;
    if (const std::size_t b = m.first_token; b > 0 && sc.lex.in(Words::Coordinators, sc.a.tokens[b - 1]) && !apposition_after(m2))
      if (const std::int32_t pm = sc.mention_end_at[b - 1]; pm >= 0 && sc.type_of(pm) == EntityType::Person)
        for (const auto& f : out)
          if (f.head == entity_at(pm) && f.sentence == si && f.rule == std::string_view("affiliation:org-post-name")) shared = &f;
    if (shared) {
      Affiliation f = *shared;
      f.head = entity_at(m2);
      f.tail = m.entity;
      f.rule = "affiliation:org's-name-shared-post";
      if (f.head != f.tail) out.push_back(std::move(f));
      return;
    }
    add(entity_at(m2), m.entity, RelationType::MemberOf, e, e, si, "affiliation:org's-name");
  } else if (t2 == EntityType::Organization && poss) {
    add(entity_at(m2), m.entity, RelationType::MemberOf, e, e, si, "affiliation:org's-org");
  }
}

// "Ten Republicans, including Senate leader X": one of the group named.
void Finder::group_including(std::uint32_t si, const Mention& m, const Gap& g, std::size_t se) {
  const Annotation& a = sc.a;
  if (!(g.stop + 2 < se && a.tokens[g.stop].norm == "," && sc.lex.in(Words::InclusionWords, a.tokens[g.stop + 1]))) return;
  std::size_t p = g.stop + 2;
  while (p < se && p < g.stop + 7) {  // "Senate leader"
    const auto q = sc.mention_at[p];
    if (q >= 0 && sc.type_of(q) == EntityType::Person) break;
    if (q >= 0) p = a.mentions[static_cast<std::size_t>(q)].end_token;
    else if (sc.modifier(p, se)) ++p;
    else break;
  }
  if (const auto pm = p < se ? sc.mention_at[p] : -1; pm >= 0 && sc.type_of(pm) == EntityType::Person)
    add(entity_at(pm), m.entity, RelationType::MemberOf, g.stop + 1, g.stop + 2, si, "affiliation:group-including");
}

// ORG ['s] [modifiers] ROLE-WORD PERSON; ORG PERSON; ORG's ORG2.
void Finder::org_phrase(std::uint32_t si, const Mention& m) {
  const Annotation& a = sc.a;
  const std::size_t se = a.sentences[si].end_token;
  std::size_t e = m.end_token;
  const bool poss = e < se && a.tokens[e].has(kPossessive);
  if (poss) ++e;
  if (const auto pm = sc.mention_end_at[m.first_token]; pm >= 0 && party_holds_post(a.mentions[static_cast<std::size_t>(pm)], m, se))
    return;  // the party before it holds the post
  // A place right after the organisation is a modifier of the post ("Republican
  // Texas Sen. X"): scan_gap() below steps over it; so is a body after a party.
  std::size_t g0 = e;
  if (const auto m2 = e < se ? sc.person_after_honorifics(e, se) : -1; m2 >= 0 && sc.type_of(m2) != EntityType::Location) {
    // Row 18.400: past an honorific with no post word, only a party qualifies the name (`Tory
    // Lord Roe`); `told the Tarn Times Mr Smith` is a verb's two objects.
    if (sc.mention_at[e] < 0 && !poss && !sc.party(m.entity)) return;
    if (!party_holds_post(m, a.mentions[static_cast<std::size_t>(m2)], se)) {
      org_names_next(si, m, e, poss, m2);
      return;
    }
    g0 = a.mentions[static_cast<std::size_t>(m2)].end_token;
  }
  const Gap g = scan_gap(g0, se, 4, poss);
  if (!poss) group_including(si, m, g, se);
  // A party's adjective before a title of state: "Republican President X" is a
  // member of the party, not its president.
  const RoleWord kind = g.kind == RoleWord::None && g.office && !poss && sc.party(m.entity) ? RoleWord::Membership : g.kind;
  if (kind == RoleWord::None) return;
  std::size_t p = g.title_end;
  const bool comma = p < se && a.tokens[p].norm == ",";
  if (comma) ++p;
  const auto pm = p < se ? sc.person_after_honorifics(p, se) : -1;
  if (pm < 0 || sc.type_of(pm) != EntityType::Person) return;
  // After a comma, "his/her/their" before the phrase makes it someone else's ("Not to be
  // outdone by her Republican rival, X fired off ..."): the name is an apposition only
  // when its phrase ends with it ("her Republican rival, X, said"), not when it opens the
  // main clause.
  const bool someone_elses = m.first_token > 0 && sc.lex.in(Words::PersonPossessives, a.tokens[m.first_token - 1]);
  if (comma && someone_elses && !sc.phrase_end(a.mentions[static_cast<std::size_t>(pm)].end_token, se)) return;
  const bool post = kind == RoleWord::Post || poss;
  add(entity_at(pm), m.entity, post ? RelationType::RoleIn : RelationType::MemberOf, e, g.title_end, si,
      post ? "affiliation:org-post-name" : "affiliation:org-membership-name");
}

// PERSON, [a] ORG [modifiers] ROLE-WORD | PERSON, a ORG <end>
void Finder::apposition_org(std::uint32_t si, const Mention& m, std::size_t k, std::int32_t om, bool indefinite) {
  const std::size_t se = sc.a.sentences[si].end_token;
  const std::size_t e = sc.a.mentions[static_cast<std::size_t>(om)].end_token;
  const std::int32_t org = entity_at(om);
  // An indefinite party name may go on with where its member comes from (row 18.314):
  // `Jane Roe, a Democrat from Tarnshire, said` is one of the party, as `Jane Roe, a Democrat,
  // said` is; not another body (`X, a Tarn Bank from ...` is no member's phrase).
  const bool from_place = e < se && sc.lex.in(Words::OriginPrepositions, sc.a.tokens[e]) && sc.party(org);
  if (indefinite && (sc.phrase_end(e, se) || from_place)) {
    add(m.entity, org, RelationType::MemberOf, k, e, si, "affiliation:apposition-a-org");
    return;
  }
  const Gap g = scan_gap(e, se, 3);
  if (g.kind != RoleWord::None && sc.phrase_end(g.role_end, se)) {
    add(m.entity, org, g.kind == RoleWord::Post ? RelationType::RoleIn : RelationType::MemberOf, e, g.role_end, si,
        "affiliation:apposition-org-post");
    return;
  }
  // A party's adjective before a title of state, as before a name (org_phrase()): "X, the
  // Republican mayor of Miami", "X, a Democratic congressman from Georgia" is a member of
  // the party, not its mayor; the title (or a seat of membership: "a Republican senator
  // from Ohio") may go on with its place or term.
  const bool office = (g.kind == RoleWord::None && g.office) || g.kind == RoleWord::Membership;  // "Sen.", "MP"
  if (!office || g.title_end <= e || !sc.party(org)) return;
  // Its phrase ends there or goes on with a preposition (of, from, in, at, for, to); not a
  // title before a name ("X, Republican nominee Y's wife") nor a subject before its verb
  // ("X, the Democratic presidential candidate stated").
  const auto goes_on = [&](const Token& t) {
    return sc.lex.in(Words::OfPrepositions, t) || sc.lex.in(Words::OriginPrepositions, t) ||
           sc.lex.in(Words::ContainmentPrepositions, t) || sc.lex.in(Words::PostPrepositions, t);
  };
  if (sc.phrase_end(g.title_end, se) || goes_on(sc.a.tokens[g.title_end]))
    add(m.entity, org, RelationType::MemberOf, e, g.title_end, si, "affiliation:apposition-party-office");
}

// PERSON, from [the] ORG <end>: one of its people.
void Finder::apposition_from(std::uint32_t si, const Mention& m, std::size_t k) {
  const Annotation& a = sc.a;
  const std::size_t se = a.sentences[si].end_token;
  std::size_t o = k + 1;
  if (o < se && sc.mention_at[o] < 0 && sc.lex.in(Words::DefiniteArticles, a.tokens[o])) ++o;  // "the" may open the name
  const std::int32_t fm = o < se ? sc.mention_at[o] : -1;
  if (fm >= 0 && sc.type_of(fm) == EntityType::Organization && sc.phrase_end(a.mentions[static_cast<std::size_t>(fm)].end_token, se))
    add(m.entity, entity_at(fm), RelationType::MemberOf, k, k + 1, si, "affiliation:apposition-from");
}

// PERSON, [the|a] [modifiers] ROLE-WORD of|at|for|to [the] ORG <end>. After a copula
// (`predicate`) the clause may go on with its time or place ("X has been chairman of ORG
// since 2003", "X became chairman of ORG in 2010": containment_prepositions, subordinators).
void Finder::apposition_post_of(std::uint32_t si, const Mention& m, std::size_t k, bool predicate) {
  const Annotation& a = sc.a;
  const std::size_t se = a.sentences[si].end_token;
  const Gap g = scan_gap(k, se, 3, true, true);  // any title before "of ORG" is a post in it
  if (g.kind == RoleWord::None || g.role_end + 1 >= se) return;
  // After a copula the post is the predicate's own head: "X is the wife of the chairman
  // of ORG" holds no post there.
  for (std::size_t x = k; predicate && x < g.role_end; ++x)
    if (sc.lex.in(Words::OfPrepositions, a.tokens[x]) || sc.lex.in(Words::Articles, a.tokens[x])) return;
  const Token& prep = a.tokens[g.role_end];
  // A post may be held at, for or to a body ("adviser to the Treasury"); one is a
  // member only of it ("a representative to the UN" is not one of its members).
  if (!sc.lex.in(Words::OfPrepositions, prep) &&
      (g.kind == RoleWord::Membership || !sc.lex.in(Words::PostPrepositions, prep)) && (predicate || !staff_post_with(g, se)))
    return;
  std::size_t o = g.role_end + 1;
  if (o < se && sc.mention_at[o] < 0 && sc.lex.in(Words::DefiniteArticles, a.tokens[o])) ++o;
  const std::int32_t pm = o < se ? sc.mention_at[o] : -1;
  if (pm < 0 || sc.type_of(pm) != EntityType::Organization) return;
  const Mention& org = a.mentions[static_cast<std::size_t>(pm)];
  const bool adjunct = predicate && org.end_token < se &&
                       (sc.lex.in(Words::ContainmentPrepositions, a.tokens[org.end_token]) ||
                        sc.lex.in(Words::Subordinators, a.tokens[org.end_token]));
  if (!sc.phrase_end(org.end_token, se) && !adjunct && (predicate || !apposed_body_ends(org.end_token, se))) return;
  add(m.entity, org.entity, g.kind == RoleWord::Post ? RelationType::RoleIn : RelationType::MemberOf, k, g.role_end, si,
      "affiliation:apposition-post-of");
}

// Row 18.389 (GUIDELINES "ROLE_IN": a post in a body): in an apposition a staff post (word
// list staff_nouns: analyst, economist, strategist, spokesman) is held `with` a body as it
// is `at` one (word list comitative_prepositions): `Tom Smith, an economist with Harlow
// Bank, said` -> Tom Smith ROLE_IN Harlow Bank. Not another post (`chairman with ...`).
bool Finder::staff_post_with(const Gap& g, std::size_t se) const {
  const auto& t = sc.a.tokens;
  return g.kind == RoleWord::Post && g.role_end < se && sc.lex.in(Words::ComitativePrepositions, t[g.role_end]) &&
         sc.lex.in(Words::StaffNouns, t[g.role_end - 1]);
}

// Row 18.389: where an apposed post's body (its mention ending at token e) ends the
// apposition besides phrase_end(): after a place it lies in (containment_prepositions and a
// place or country named: `Jane Roe, chief economist at Harlow Securities in Tarnville,
// said`), or at the clause's speech verb when the closing comma is left out (`Tom Smith, an
// analyst at Harlow Bank told reporters`) -> ROLE_IN Harlow Securities, Harlow Bank. Not a
// place followed by more words (`at Acme in Tarnville's old town`).
bool Finder::apposed_body_ends(std::size_t e, std::size_t se) const {
  const Annotation& a = sc.a;
  if (e + 1 < se && sc.lex.in(Words::ContainmentPrepositions, a.tokens[e])) {
    std::size_t o = e + 1;
    if (sc.mention_at[o] < 0 && sc.lex.in(Words::DefiniteArticles, a.tokens[o]) && o + 1 < se) ++o;  // `in the UK`
    const std::int32_t pm = sc.mention_at[o];
    const EntityType pt = pm >= 0 ? sc.type_of(pm) : EntityType::Unknown;
    return (pt == EntityType::Location || pt == EntityType::Country) &&
           sc.phrase_end(a.mentions[static_cast<std::size_t>(pm)].end_token, se);
  }
  std::uint32_t payload = 0;
  return e < se && a.tokens[e].kind == TokenKind::Word && !a.tokens[e].has(kCapitalized) &&
         sc.lex.speech_index().match(a.tokens, e, se, payload) > 0;
}

// PERSON (L-State), and the appositions PERSON, ...
void Finder::person_phrase(std::uint32_t si, const Mention& m) {
  const Annotation& a = sc.a;
  const std::size_t se = a.sentences[si].end_token;
  std::size_t k = m.end_token;
  const std::size_t lk = k < se && a.tokens[k].has(kPossessive) ? k + 1 : k;  // row 18.401: `Tom Smith's (R-Fla.)`
  std::string_view implied;
  if (const std::int32_t party = sc.party_letter(lk, se, implied); party >= 0 || !implied.empty()) {
    add(m.entity, party, RelationType::MemberOf, lk + 1, lk + 2, si, "affiliation:party-letter", implied);
    return;
  }
  const std::size_t p = predicate_nominal(a, sc.lex, m);  // roles.hpp
  if (p > k) {
    k = p;  // "X is the chairman of ORG": the predicate says what X is, as an apposition does
  } else {
    if (k + 1 >= se || a.tokens[k].norm != ",") return;
    ++k;
    // "X, who is a Labour MP": the relative clause says what X is, as an apposition does.
    if (k + 2 < se && sc.lex.in(Words::PersonRelatives, a.tokens[k]) && sc.lex.in(Words::Copulas, a.tokens[k + 1])) k += 2;
  }
  const bool indefinite = sc.lex.in(Words::IndefiniteArticles, a.tokens[k]);
  if (indefinite || sc.lex.in(Words::DefiniteArticles, a.tokens[k])) ++k;
  while (k < se && sc.lex.in(Words::TitlePremodifiers, a.tokens[k])) ++k;  // "former", "prospective"
  if (const std::int32_t om = k < se ? sc.mention_at[k] : -1; om >= 0 && sc.type_of(om) == EntityType::Organization)
    apposition_org(si, m, k, om, indefinite);
  else if (k < se && sc.lex.in(Words::OriginPrepositions, a.tokens[k]) && !indefinite)
    apposition_from(si, m, k);
  else
    apposition_post_of(si, m, k, p > 0);
}

// Row 18.341: a nominative pronoun that coreference resolved to a person, the subject of a
// predicate nominal (roles.hpp pronoun_predicate()), says what the person is as the name's
// predicate does in person_phrase(): `Jane Roe ... She is a Democrat`, `he was a member of
// the Tarn Party`, `when she was chairman of Acme`; after an indefinite article a party
// only (`he became an OBE`: an honour). No apposition: a pronoun takes none.
void Finder::pronoun_phrase(std::uint32_t si, const Mention& m) {
  const Annotation& a = sc.a;
  const std::size_t se = a.sentences[si].end_token;
  std::size_t k = pronoun_predicate(a, sc.lex, m);
  if (k == 0 || k >= se) return;
  const bool indefinite = sc.lex.in(Words::IndefiniteArticles, a.tokens[k]);
  if (indefinite || sc.lex.in(Words::DefiniteArticles, a.tokens[k])) ++k;
  while (k < se && sc.lex.in(Words::TitlePremodifiers, a.tokens[k])) ++k;  // "former", "prospective"
  const std::int32_t om = k < se ? sc.mention_at[k] : -1;
  if (om < 0 || sc.type_of(om) != EntityType::Organization) {
    if (k < se) apposition_post_of(si, m, k, true);
    return;
  }
  // `he became an OBE`: after the article, only a party is one the person belongs to.
  if (!indefinite || sc.party(entity_at(om))) apposition_org(si, m, k, om, indefinite);
}

// "Senate Judiciary Committee": a body whose name is the name of another body the document
// names, followed by words ending in a head of body_part_heads (committee, panel, caucus),
// is part of it (GUIDELINES "MEMBER_OF": part of). Not after a party's name, which is an
// adjective there ("Democratic National Committee" is an organisation of its own).
void Finder::body_in_name() {
  const Annotation& a = sc.a;
  const auto words = [&](std::string_view s) { return phrase_words(s, false, sc.lex.abbreviations()); };
  // The parts first (an organisation whose name ends in a body-part head): most documents
  // name none, and then no body's name is split into words.
  std::vector<std::pair<std::size_t, std::vector<std::string>>> parts;
  for (std::size_t e = 0; e < a.entities.size(); ++e) {
    const Entity& part = a.entities[e];
    if (part.type != EntityType::Organization || part.mentions.empty()) continue;
    // The last word read from the tokens (phrase_words() copies their lower-case forms).
    const auto& pt = phrase_tokens(part.canonical, sc.lex.abbreviations());
    if (pt.size() >= 2 && sc.lex.in(Words::BodyPartHeads, pt.back().lower)) parts.emplace_back(e, words(part.canonical));
  }
  if (parts.empty()) return;
  // Each mention's words, read once for all the parts (a body's party reading is kept by
  // Scan::party(), row 23.316).
  std::vector<std::vector<std::string>> mention_words(a.mentions.size());
  std::vector<bool> split(a.mentions.size(), false);
  for (const auto& [e, part_words] : parts) {
    const auto& pw = part_words;  // a named reference: clang 14 lets no lambda capture a structured binding
    const Entity& part = a.entities[e];
    for (std::size_t b = 0; b < a.entities.size(); ++b) {
      const Entity& body = a.entities[b];
      if (b == e || body.type != EntityType::Organization) continue;
      if (sc.party(static_cast<std::int32_t>(b))) continue;
      const bool prefix = std::any_of(body.mentions.begin(), body.mentions.end(), [&](std::uint32_t mi) {
        if (!split[mi]) mention_words[mi] = words(a.text(a.mentions[mi].span)), split[mi] = true;
        const auto& bw = mention_words[mi];
        return !bw.empty() && bw.size() + 1 < pw.size() && std::equal(bw.begin(), bw.end(), pw.begin());
      });
      if (!prefix) continue;
      const Mention& first = a.mentions[part.mentions.front()];
      add(static_cast<std::int32_t>(e), static_cast<std::int32_t>(b), RelationType::MemberOf, first.first_token,
          first.end_token, first.sentence, "affiliation:body-in-name");
    }
  }
}

// Row 19.548. A committee named in lower case right after the body's name (recognizer.cpp
// lower_case_committees(), rule body+lower-committee) is part of that body (GUIDELINES
// "MEMBER_OF": part of), as body_in_name() reads the capitalised name. Made-up example:
// `the Commons harbour safety committee` -> harbour safety committee MEMBER_OF Parliament.
void Finder::body_before_committee() {
  const Annotation& a = sc.a;
  for (const Mention& m : a.mentions) {
    if (m.source.rule != "body+lower-committee" || m.entity < 0) continue;
    const std::int32_t bi = sc.mention_end_at[m.first_token];
    if (bi < 0 || sc.type_of(bi) != EntityType::Organization) continue;
    add(m.entity, entity_at(bi), RelationType::MemberOf, m.first_token, m.end_token, m.sentence,
        "affiliation:body-before-committee");
  }
}

// "... claimed the union organisation. General secretary X said": a post with no
// organisation in its phrase, opening the sentence (or a clause after a comma or a quote
// mark) right before a name, is held in the organisation quoted last, in one of the two
// sentences before (a spokesman speaks for the body the story has just quoted).
void Finder::bare_post(std::uint32_t si, const Mention& m) {
  const Annotation& a = sc.a;
  const std::size_t sf = a.sentences[si].first_token;
  std::size_t j = m.first_token;
  for (std::size_t b = m.first_token; b > sf && b + 4 > m.first_token; --b) {
    RoleWord kind = RoleWord::None;
    if (sc.role_word(b - 1, m.first_token, kind) == m.first_token - (b - 1) && kind == RoleWord::Post) j = b - 1;
  }
  if (j == m.first_token) return;
  const bool opens = j == sf || a.tokens[j - 1].kind == TokenKind::Quote || a.tokens[j - 1].norm == ",";
  if (!opens || (j > sf && sc.mention_end_at[j - 1] >= 0)) return;
  std::int32_t org = -1;
  for (const auto& q : a.quotes)
    if (q.sentence < si && q.sentence + 2 >= si && q.speaker >= 0 &&
        a.entities[static_cast<std::size_t>(q.speaker)].type == EntityType::Organization)
      org = q.speaker;
  add(m.entity, org, RelationType::RoleIn, j, m.first_token, si, "affiliation:post-of-body-quoted");
}

// "For the Welsh Liberal Democrats, Kirsty Williams called ...": a sentence (or the words
// after a quote mark) that opens with a representation preposition (word list
// representation_prepositions) and an organisation, then a comma and a person who is the
// subject of a speech verb or a relation cue: the person speaks for the body, one of its
// members (GUIDELINES "MEMBER_OF"). Not after a person or a country ("For Hillary Clinton,
// Britain's ..."), not a possessive name, not a person who does nothing there.
void Finder::speaks_for(std::uint32_t si, const Mention& m) {
  const Annotation& a = sc.a;
  const std::size_t sf = a.sentences[si].first_token, se = a.sentences[si].end_token, e = m.end_token;
  if (m.first_token < sf + 3 || e >= se || a.tokens[m.first_token - 1].norm != "," || a.tokens[e - 1].has(kPossessive)) return;
  const std::int32_t om = sc.mention_end_at[m.first_token - 1];
  if (om < 0 || sc.type_of(om) != EntityType::Organization) return;
  std::size_t p = a.mentions[static_cast<std::size_t>(om)].first_token;
  if (p > sf && sc.lex.in(Words::DefiniteArticles, a.tokens[p - 1])) --p;
  if (p == sf || !sc.lex.in(Words::RepresentationPrepositions, a.tokens[p - 1])) return;
  --p;
  if (p > sf && a.tokens[p - 1].kind != TokenKind::Quote) return;
  std::uint32_t payload = 0;
  if (!sc.lex.speech_index().match(a.tokens, e, se, payload) && !sc.lex.relation_index().match(a.tokens, e, se, payload))
    return;
  add(m.entity, entity_at(om), RelationType::MemberOf, p, p, si, "affiliation:speaks-for");
}

// "Meanwhile, on the Republican side, Trump kept rolling": a sentence (or a clause after a
// comma or a quote mark) framed by a party's side or camp (word lists side_prepositions,
// party_side_words) tells that party's contest; the person named right after the frame's
// comma is one of its members (GUIDELINES "MEMBER_OF"). Not a possessive name ("On the
// Republican side, Trump's lead ...": the lead is the subject).
void Finder::party_side(std::uint32_t si, const Mention& m) {
  const Annotation& a = sc.a;
  const std::size_t sf = a.sentences[si].first_token, se = a.sentences[si].end_token, j = m.first_token;
  const bool poss = a.tokens[m.end_token - 1].has(kPossessive) || (m.end_token < se && a.tokens[m.end_token].has(kPossessive));
  if (j < sf + 5 || poss || a.tokens[j - 1].norm != "," || !sc.lex.in(Words::PartySideWords, a.tokens[j - 2])) return;
  const std::int32_t om = sc.mention_end_at[j - 2];
  if (om < 0 || !sc.party(a.mentions[static_cast<std::size_t>(om)].entity)) return;
  std::size_t p = a.mentions[static_cast<std::size_t>(om)].first_token;
  if (p < sf + 2 || !sc.lex.in(Words::DefiniteArticles, a.tokens[p - 1]) || !sc.lex.in(Words::SidePrepositions, a.tokens[p - 2]))
    return;
  p -= 2;
  if (p > sf && a.tokens[p - 1].norm != "," && a.tokens[p - 1].kind != TokenKind::Quote) return;
  add(m.entity, entity_at(om), RelationType::MemberOf, p, p, si, "affiliation:party-side");
}

// A post the person holds in the body, stated anywhere in the document (the roles stage's
// facts or a post read here), outranks speaking for it: "the Liberal Democrats' President
// Simon Hughes" ... "For the Lib Dems, Simon Hughes said" is ROLE_IN only.
void Finder::post_outranks_speaking_for() {
  const auto holds_post = [&](const Affiliation& x) {
    return std::any_of(sc.a.roles.begin(), sc.a.roles.end(),
                       [&](const RoleFact& f) { return !f.from_gazetteer && f.person == x.head && f.of == x.tail; }) ||
           std::any_of(out.begin(), out.end(), [&](const Affiliation& y) {
             return y.type == RelationType::RoleIn && y.head == x.head && y.tail == x.tail;
           });
  };
  std::vector<Affiliation> kept;
  for (auto& x : out)
    if (x.rule != std::string_view("affiliation:speaks-for") || !holds_post(x)) kept.push_back(x);
  out = std::move(kept);
}

// "As Britain takes up its presidency of the G8", "when it assumed the EU presidency": the
// country named last before a presidency noun (presidency_nouns) at token k holds the chair
// of the body after it or right before it, so it is one of its members (GUIDELINES
// "MEMBER_OF": a country in an alliance).
void Finder::presidency(std::uint32_t si, std::size_t k) {
  const Annotation& a = sc.a;
  const Sentence& st = a.sentences[si];
  std::int32_t body = sc.mention_end_at[k];
  std::size_t before = body >= 0 ? a.mentions[static_cast<std::size_t>(body)].first_token : k;
  if (body < 0 && k + 2 < st.end_token && sc.lex.in(Words::OfPrepositions, a.tokens[k + 1])) {
    std::size_t o = k + 2;
    if (sc.mention_at[o] < 0 && sc.lex.in(Words::DefiniteArticles, a.tokens[o])) ++o;
    body = o < st.end_token ? sc.mention_at[o] : -1;
  }
  if (body < 0 || sc.type_of(body) != EntityType::Organization) return;
  for (std::size_t t = before; t > st.first_token; --t) {
    const std::int32_t cm = sc.mention_at[t - 1];
    if (cm < 0 || sc.type_of(cm) != EntityType::Country) continue;
    add(entity_at(cm), entity_at(body), RelationType::MemberOf, k, k + 1, si, "affiliation:presidency");
    return;
  }
}

// Row 18.360: the one person the text names before the party's mention, in its sentence or
// the sentence before, leaving out people the document ties to another party (affiliations
// found so far: `Jane Roe (D)`, an earlier description); -1 when none or two.
std::int32_t Finder::one_person_before(const Mention& party, std::uint32_t si) const {
  const Annotation& a = sc.a;
  std::int32_t found = -1;
  for (const Mention& m : a.mentions) {
    if (m.entity < 0 || !m.resolved_from.empty() || m.first_token >= party.first_token || m.sentence + 1 < si || m.sentence > si ||
        a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Person || m.entity == found)
      continue;
    const bool quoted = std::any_of(a.quotes.begin(), a.quotes.end(), [&](const Quote& q) {
      return q.span.begin <= m.span.begin && m.span.end <= q.span.end;
    });
    if (quoted) continue;  // a name in what is said is no antecedent of the narrative's description
    const bool other_party = std::any_of(out.begin(), out.end(), [&](const Affiliation& f) {
      return f.head == m.entity && f.tail != party.entity && sc.party(f.tail);
    });
    if (other_party) continue;
    if (found >= 0) return -1;
    found = m.entity;
  }
  return found;
}

// Row 18.360: a definite description made of a party's name and a post or membership word
// (`the Tarn Party presidential nominee`, `The Tarn Party leader`), with no name after it,
// re-describes the one person named just before (one_person_before()), when it is a possessive
// or the subject opening a clause (sentence start, a comma, a quotation mark, a coordinator
// before it; a lower-case word after it): `Jane Roe fired off a series of tweets. Only those
// sent over the Tarn Party nominee's account ...` -> Jane Roe MEMBER_OF Tarn Party; `Tom Smith
// has said so. The Tarn Party leader predicted ...` -> ROLE_IN. Not after a name and a comma
// (`Jane Roe, the Tarn Party nominee's daughter`), not a predicate (`became the Tarn Party
// nominee`), not when two people not tied to another party are named there.
void Finder::party_description(const Mention& party) {
  const Annotation& a = sc.a;
  const std::uint32_t si = party.sentence;
  const std::size_t sf = a.sentences[si].first_token, se = a.sentences[si].end_token;
  std::size_t k = party.first_token;
  if (k > sf && a.tokens[k - 1].has(kCapitalized) && sc.mention_end_at[k - 1] < 0 && !sc.lex.in(Words::DefiniteArticles, a.tokens[k - 1]))
    --k;  // `The Scottish Tarn Party leader`
  if (k == sf || !sc.lex.in(Words::DefiniteArticles, a.tokens[k - 1]) || a.tokens[party.end_token - 1].has(kPossessive) ||
      (party.end_token < se && a.tokens[party.end_token].has(kPossessive)))
    return;
  if (!sc.party(party.entity)) return;  // row 23.316: asked after the article, which most names lack
  const Gap g = scan_gap(party.end_token, se, 3);
  if (g.kind != RoleWord::Membership || g.role_end != g.title_end || g.role_end >= se) return;
  const std::size_t b = k - 1;  // the article
  const Token& after = a.tokens[g.role_end];
  const bool possessive = after.has(kPossessive);
  const bool opens = b == sf || a.tokens[b - 1].norm == "," || a.tokens[b - 1].kind == TokenKind::Quote ||
                     sc.lex.in(Words::Coordinators, a.tokens[b - 1]);
  if (b > sf + 1 && a.tokens[b - 1].norm == "," && sc.mention_end_at[b - 1] >= 0) return;  // `Jane Roe, the ...`
  const bool verb_after = after.kind == TokenKind::Word && !after.has(kCapitalized) && !sc.lex.in(Words::OfPrepositions, after) &&
                          !sc.lex.in(Words::PostPrepositions, after) && !sc.lex.in(Words::SpeakerPhrasePrepositions, after) &&
                          !sc.lex.in(Words::OtherPrepositions, after) && !sc.lex.in(Words::ContainmentPrepositions, after);
  if (!possessive && !(opens && verb_after)) return;
  if (sc.mention_at[g.role_end] >= 0) return;
  const std::int32_t person = one_person_before(party, si);
  add(person, party.entity, RelationType::MemberOf, party.end_token, g.role_end, si, "affiliation:party-description");
}

// Row 18.376: whether a name starting at token k may be a clause's subject by where it
// stands: the sentence start, or after a comma, a quotation mark, a coordinator, a
// subordinator or a complementizer (`because Acme has`, `that Acme was`); not after an
// article or a preposition (`a Tarnland court`, `against Acme`).
bool Finder::opens_clause(std::size_t k, std::size_t sf) const {
  if (k == sf) return true;
  const Token& t = sc.a.tokens[k - 1];
  return t.norm == "," || t.kind == TokenKind::Quote || sc.lex.in(Words::Coordinators, t) ||
         sc.lex.in(Words::Subordinators, t) || sc.lex.in(Words::Complementizers, t);
}

// Row 18.376: the organisation or country named in tokens [from, to) as a clause's subject
// (opens_clause(), not possessive, a finite auxiliary or a speech verb after it: `Acme
// claims`, `because Acme has`; not `Tarn Party candidates were`, a modifier): the last one
// (`last`) or the first; -1.
std::int32_t Finder::clause_subject_body(std::size_t from, std::size_t to, bool last) const {
  const Annotation& a = sc.a;
  const Lexicons& lex = sc.lex;
  const std::size_t sf = from;
  std::int32_t found = -1;
  for (std::size_t k = from; k < to; ++k) {
    const std::int32_t mi = sc.mention_at[k];
    if (mi < 0) continue;
    const EntityType t = sc.type_of(mi);
    const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
    if ((t != EntityType::Organization && t != EntityType::Country) || m.end_token >= to || !opens_clause(k, sf)) continue;
    if (a.tokens[m.end_token - 1].has(kPossessive) || a.tokens[m.end_token].has(kPossessive)) continue;
    std::uint32_t payload = 0;
    if (!lex.in(Words::FiniteAuxiliaries, a.tokens[m.end_token]) && !lex.speech_index().match(a.tokens, m.end_token, to, payload))
      continue;
    found = m.entity;
    if (!last) return found;
  }
  return found;
}

// Row 18.376: the body `its` at token k stands for: the organisation or country right before
// it and a comma or a coordinator (`Acme, its chief executive`, `Acme and its founder`); else
// the last one named as a clause's subject before `before` in its sentence (`Acme claims it
// was punished for the ambitions of its founder`); `its` opening its sentence (a coordinator
// before it at most), the first subject of the sentence before (`But Acme argued ... Its
// director, Jane Roe, said`; `Jane Roe, its director,` opening it, too); -1 when none.
std::int32_t Finder::its_owner(std::uint32_t si, std::size_t k, std::size_t before) const {
  const Annotation& a = sc.a;
  const std::size_t sf = a.sentences[si].first_token;
  if (k >= sf + 2 && (a.tokens[k - 1].norm == "," || sc.lex.in(Words::Coordinators, a.tokens[k - 1])))
    if (const std::int32_t om = sc.mention_end_at[k - 1];
        om >= 0 && (sc.type_of(om) == EntityType::Organization || sc.type_of(om) == EntityType::Country))
      return entity_at(om);
  const bool opens = before == sf || (before == sf + 1 && sc.lex.in(Words::Coordinators, a.tokens[sf]));
  if (!opens) return clause_subject_body(sf, before, true);
  if (si == 0 || a.sentences[si - 1].furniture) return -1;
  return clause_subject_body(a.sentences[si - 1].first_token, a.sentences[si - 1].end_token, false);
}

// Row 18.376 (GUIDELINES "ROLE_IN": a post in a body, `X's boss`): `its` (possessives, not
// person_possessives) before a post (a post word of relation_cues or any title, up to four
// modifiers) held by the person named right after it (`its chief executive, Jane Roe`) or
// right before it and a comma (`Jane Roe, its new chairman, said`): the person holds the post
// in the body `its` stands for (its_owner()): `Acme Corp lost money. Its chief executive,
// Jane Roe, said ...` -> Jane Roe ROLE_IN Acme Corp. Not a word between the post and the name
// (`its shareholders`, `its stake in Bolt`: no post).
void Finder::its_post(std::uint32_t si, std::size_t k) {
  const Annotation& a = sc.a;
  const std::size_t sf = a.sentences[si].first_token, se = a.sentences[si].end_token;
  if (k + 2 >= se || sc.mention_at[k + 1] >= 0) return;
  const Gap g = scan_gap(k + 1, se, 4, true, true);
  if (g.kind != RoleWord::Post || g.title_end >= se) return;
  std::int32_t person = -1;
  std::size_t before = k;
  std::size_t p = g.title_end;
  if (a.tokens[p].norm == ",") ++p;
  if (const std::int32_t pm = p < se ? sc.mention_at[p] : -1; pm >= 0 && sc.type_of(pm) == EntityType::Person) {
    person = entity_at(pm);
  } else if (k >= sf + 2 && a.tokens[k - 1].norm == "," && sc.phrase_end(g.title_end, se)) {
    const std::int32_t bm = sc.mention_end_at[k - 1];
    if (bm < 0 || sc.type_of(bm) != EntityType::Person) return;
    person = entity_at(bm);
    before = a.mentions[static_cast<std::size_t>(bm)].first_token;
  }
  if (person < 0) return;
  add(person, its_owner(si, k, before), RelationType::RoleIn, k + 1, g.title_end, si, "affiliation:its-post");
}

// Row 18.376, read from the person's name (cheaper than testing every token): `its` right
// after the name and a comma (`Jane Roe, its chairman,`), or opening the lower-case words
// right before the name, a comma at most between (`its chief executive, Jane Roe`).
void Finder::its_before_or_after(std::uint32_t si, const Mention& m) {
  const Annotation& a = sc.a;
  const std::size_t sf = a.sentences[si].first_token, se = a.sentences[si].end_token;
  // Row 23.351: the comma after the name is read once, for both readings after it.
  if (m.end_token + 2 < se && a.tokens[m.end_token].norm == ",") {
    if (its_at(m.end_token + 1)) its_post(si, m.end_token + 1);
    if (m.end_token + 4 < se && a.tokens[m.end_token + 3].has(kPossessive) &&
        sc.lex.in(Words::DefiniteArticles, a.tokens[m.end_token + 1]))
      kind_noun_post(si, m.end_token + 3, m.entity, true);  // row 18.378: `Jane Roe, the company's founder,`
  }
  std::size_t b = m.first_token;
  if (b > sf && a.tokens[b - 1].norm == ",") --b;
  for (std::size_t n = 0; b > sf && n < 6; --b, ++n) {
    const Token& t = a.tokens[b - 1];
    if (its_at(b - 1)) {
      its_post(si, b - 1);
      return;
    }
    if (t.has(kPossessive) && b >= sf + 3) {  // row 18.378: `the company's founder Jane Roe`
      kind_noun_post(si, b - 1, m.entity, false);
      return;
    }
    if (t.kind != TokenKind::Word || t.has(kCapitalized)) return;
  }
}

// Row 18.378: the body a definite phrase of a kind noun (kind_nouns: `the company`, `the
// carmaker`; or a word of party_name_words: `the party`, a party) opening at `article` stands
// for, when the coreference stage resolved none there: the one organisation of that sort
// named before it in its sentence, else (`sentence_before`) the one named in the sentence
// before (outside quotation marks both, and not the speaker of a quote of its sentence); -1
// when none or two.
std::int32_t Finder::kind_noun_body(std::uint32_t si, std::size_t article, bool party_word, bool sentence_before) const {
  const Annotation& a = sc.a;
  const auto one_in = [&](std::size_t from, std::size_t to) {
    std::int32_t found = -1;
    for (std::size_t k = from; k < to; ++k) {
      const std::int32_t mi = sc.mention_at[k];
      if (mi < 0 || sc.type_of(mi) != EntityType::Organization || sc.party(entity_at(mi)) != party_word) continue;
      // Not in a direct quote, nor the source of what the sentence reports (`According to the
      // Tarn Times, the club's director ...`: the paper is no club).
      const bool quoted = std::any_of(a.quotes.begin(), a.quotes.end(), [&](const Quote& q) {
        return (q.kind == Quote::Kind::Direct && q.span.begin <= a.tokens[k].span.begin && a.tokens[k].span.end <= q.span.end) ||
               (q.speaker == entity_at(mi) && q.sentence == a.mentions[static_cast<std::size_t>(mi)].sentence);
      });
      if (quoted || entity_at(mi) == found) continue;
      if (found >= 0) return -2;
      found = entity_at(mi);
    }
    return found;
  };
  const std::int32_t here = one_in(a.sentences[si].first_token, article);
  if (here != -1 || !sentence_before || si == 0 || a.sentences[si - 1].furniture) return here < 0 ? -1 : here;
  const std::int32_t before = one_in(a.sentences[si - 1].first_token, a.sentences[si - 1].end_token);
  return before < 0 ? -1 : before;
}

// Row 18.378 (GUIDELINES "ROLE_IN": a post in a body named earlier): `the company's founder
// Jane Roe`, `Jane Roe, the carmaker's chief executive,` (the possessive at `poss`, a kind
// noun or `party` before it and a definite article before that; a post word or title after
// it, up to four modifiers): the person holds the post in the body the coreference stage
// resolved the phrase to (a collective; before a name, org_phrase() reads those), else in the
// one kind_noun_body() finds (before a name, in its sentence only: across sentences the
// description is the coreference stage's to resolve): `Acme Motors cut jobs. Jane Roe, the
// carmaker's chief executive, said ...` -> Jane Roe ROLE_IN Acme Motors.
void Finder::kind_noun_post(std::uint32_t si, std::size_t poss, std::int32_t person, bool after_name) {
  const Annotation& a = sc.a;
  const std::size_t se = a.sentences[si].end_token;
  const std::size_t article = poss - 2;
  const Token& noun = a.tokens[poss - 1];
  const bool party_word = sc.lex.in(Words::PartyNameWords, noun);
  if (!sc.lex.in(Words::DefiniteArticles, a.tokens[article]) || noun.has(kCapitalized) ||
      (!party_word && !sc.lex.in(Words::KindNouns, noun)) || sc.mention_at[article] >= 0 || sc.mention_at[poss - 1] >= 0)
    return;
  std::int32_t body = -1;
  for (const Mention& c : a.unwritten_references)
    if (c.first_token == article && c.coreference_rule == kCollectiveRule) {
      if (!after_name) return;  // org_phrase() reads `the company's founder Jane Roe` there
      if (c.entity < 0 || sc.party(c.entity) != party_word) return;  // `the group` is no party
      body = c.entity;
    }
  const Gap g = scan_gap(poss + 1, se, 4, true, true);
  if (g.kind != RoleWord::Post || g.title_end >= se) return;
  if (after_name) {
    if (!sc.phrase_end(g.title_end, se)) return;
  } else {
    std::size_t p = g.title_end;
    if (a.tokens[p].norm == ",") ++p;
    if (p >= se || sc.mention_at[p] < 0 || entity_at(sc.mention_at[p]) != person) return;
  }
  if (body < 0) body = kind_noun_body(si, article, party_word, after_name);
  add(person, body, RelationType::RoleIn, poss + 1, g.title_end, si, "affiliation:kind-noun-post");
}

// Row 18.377: the party a person holds a post in, stated in the document (the roles stage's
// facts, or a ROLE_IN read here): `Tarn Party leader Jack Doe`; -1 when none or two.
std::int32_t Finder::party_of_post_holder(std::int32_t person) const {
  std::int32_t found = -1;
  const auto take = [&](std::int32_t of) {
    if (of < 0 || !sc.party(of) || of == found) return true;
    if (found >= 0) return false;
    found = of;
    return true;
  };
  for (const RoleFact& f : sc.a.roles)
    if (!f.from_gazetteer && f.person == person && !take(f.of)) return -1;
  for (const Affiliation& f : out)
    if (f.type == RelationType::RoleIn && f.head == person && !take(f.tail)) return -1;
  return found;
}

// Row 18.377 (GUIDELINES "ROLE_IN": a shadow post is a post of a party): a post of the
// opposition (opposition_premodifiers before a title: `shadow chancellor Jane Roe`) with no
// party written, coordinated with a person who holds a post in one party (`Jack Doe and
// shadow chancellor Jane Roe`, `Jack Doe and his shadow chancellor Jane Roe`, Jack Doe stated
// `Tarn Party leader` in the document), is that party's post: a front bench named with its
// leader. Not when the holder's post already has its body (`Tarn Party shadow chancellor`).
void Finder::shadow_beside_leader(const RoleFact& r) {
  const Annotation& a = sc.a;
  const std::size_t sf = a.sentences[r.sentence].first_token;
  if (r.of >= 0 || r.from_gazetteer || r.cue_first < sf + 3 || !sc.lex.in(Words::OppositionPremodifiers, a.tokens[r.cue_first - 1]))
    return;
  const std::int32_t hm = sc.mention_at[r.cue_end];  // the holder's name right after the title
  if (hm < 0 || entity_at(hm) != r.person || a.sentences[r.sentence].furniture || a.sentences[r.sentence].duplicate) return;
  std::size_t j = r.cue_first - 1;  // `shadow`
  if (sc.lex.in(Words::PersonPossessives, a.tokens[j - 1])) --j;  // `his shadow chancellor`
  if (j < sf + 2 || !sc.lex.in(Words::Coordinators, a.tokens[j - 1])) return;
  const std::int32_t lm = sc.mention_end_at[j - 1];
  if (lm < 0 || sc.type_of(lm) != EntityType::Person) return;
  add(r.person, party_of_post_holder(entity_at(lm)), RelationType::RoleIn, r.cue_first - 1, r.cue_end, r.sentence,
      "affiliation:shadow-beside-leader");
}

// "the party's election chief X": token -> the collective the coreference stage resolved
// there (an unwritten reference of rule collective: an article, one lower-case noun and a
// possessive standing for an organisation named before), or -1.
std::vector<std::int32_t> collectives_at(const Annotation& a) {
  std::vector<std::int32_t> at(a.tokens.size() + 1, -1);
  for (std::size_t ri = 0; ri < a.unwritten_references.size(); ++ri)
    if (const Mention& m = a.unwritten_references[ri];
        m.coreference_rule == kCollectiveRule && m.end_token < a.tokens.size() &&
        a.tokens[m.end_token].has(kPossessive) && at[m.first_token] < 0)
      at[m.first_token] = static_cast<std::int32_t>(ri);
  return at;
}

// Row 23.369: the first token in [k, end) at which find_affiliations()' walk over a sentence
// has something to read (a name's first token, a collective's, a presidency noun), `end`
// when none: a tight walk, kept out of the walk's body, over the tokens that are none of the
// three (most of them). `Acme Corp named Tom Smith its chairman`: `Acme`, `Tom`; the rest skipped.
[[gnu::noinline]] std::size_t next_affiliation_token(const Lexicons& lex, const std::vector<Token>& tokens,
                                                     const std::int32_t* mention_at, const std::int32_t* collective,
                                                     std::size_t k, std::size_t end) {
  for (; k < end; ++k)
    if (mention_at[k] >= 0 || collective[k] >= 0 || lex.in(Words::PresidencyNouns, tokens[k])) return k;
  return end;
}

// Row 23.382: the tokens at which a name (a named mention: Scan::mention_at) or a collective
// starts, ascending and once each, read from the mentions in text order (`order`) and the
// collectives (collectives_at()) rather than from a walk over every token. `Acme Corp named
// Tom Smith its chairman`: `Acme`, `Tom`.
std::vector<std::uint32_t> name_starts(const Annotation& a, const std::vector<std::uint32_t>& order,
                                       const std::vector<std::int32_t>& collective) {
  std::vector<std::uint32_t> at;
  for (const std::uint32_t mi : order)
    if (const Mention& m = a.mentions[mi]; m.entity >= 0 && m.resolved_from.empty() && (at.empty() || at.back() != m.first_token))
      at.push_back(m.first_token);
  bool collectives = false;
  for (std::size_t ri = 0; ri < a.unwritten_references.size(); ++ri)
    if (const std::uint32_t k = a.unwritten_references[ri].first_token; collective[k] == static_cast<std::int32_t>(ri)) {
      at.push_back(k);
      collectives = true;
    }
  if (collectives) {  // few documents have one
    std::sort(at.begin(), at.end());
    at.erase(std::unique(at.begin(), at.end()), at.end());
  }
  return at;
}

}  // namespace

std::vector<Affiliation> find_affiliations(const Annotation& a, const Lexicons& lex) {
  return find_affiliations(a, lex, a.mentions_in_text_order());
}

// Row 23.368: `order` is a.mentions_in_text_order(), made by the caller (the relations stage
// makes it once a document for its passes and this one).
std::vector<Affiliation> find_affiliations(const Annotation& a, const Lexicons& lex, const std::vector<std::uint32_t>& order) {
  const std::vector<std::int32_t> collective = collectives_at(a);
  Finder f{Scan{a, lex, std::vector<std::int32_t>(a.tokens.size() + 1, -1), std::vector<std::int32_t>(a.tokens.size() + 1, -1)}, {}};
  for (std::size_t mi = 0; mi < a.mentions.size(); ++mi)
    if (a.mentions[mi].entity >= 0 && a.mentions[mi].resolved_from.empty()) {  // names, not references
      f.sc.mention_at[a.mentions[mi].first_token] = static_cast<std::int32_t>(mi);
      f.sc.mention_end_at[a.mentions[mi].end_token] = static_cast<std::int32_t>(mi);
    }
  const auto read_at = [&](std::uint32_t si, std::size_t k0) {
    if (lex.in(Words::PresidencyNouns, a.tokens[k0])) f.presidency(si, k0);
    const std::int32_t mi = f.sc.mention_at[k0];
    if (mi < 0 && collective[k0] >= 0) f.org_phrase(si, a.unwritten_references[static_cast<std::size_t>(collective[k0])]);
    if (mi < 0) return;
    const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
    const EntityType mt = f.sc.type_of(mi);
    if (mt == EntityType::Organization) f.org_phrase(si, m);
    else if (mt == EntityType::Person) {
      f.bare_post(si, m);
      f.speaks_for(si, m);
      f.party_side(si, m);
      f.person_phrase(si, m);
      f.its_before_or_after(si, m);
    }
  };
  // Row 23.382: a presidency noun gives something (presidency()) only after a country's name
  // in its sentence, so up to a sentence's first country the walk reads the names and
  // collectives only, from name_starts(); from there every token, as before (row 23.369).
  const std::vector<std::uint32_t> starts = name_starts(a, order, collective);
  std::size_t e = 0;
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& st = a.sentences[si];
    if (st.furniture || st.duplicate) continue;
    while (e < starts.size() && starts[e] < st.first_token) ++e;
    bool country = false;
    std::size_t k0 = st.first_token;
    for (; !country && e < starts.size() && starts[e] < st.end_token; ++e) {
      k0 = starts[e];
      country = f.sc.mention_at[k0] >= 0 && f.sc.type_of(f.sc.mention_at[k0]) == EntityType::Country;
      read_at(si, k0);
    }
    if (!country) continue;
    const auto next = [&](std::size_t k) {  // row 23.369: the tokens with nothing to read skipped
      return next_affiliation_token(lex, a.tokens, f.sc.mention_at.data(), collective.data(), k, st.end_token);
    };
    for (k0 = next(k0 + 1); k0 < st.end_token; k0 = next(k0 + 1)) read_at(si, k0);
  }
  for (const std::uint32_t mi : order)  // row 18.360: party descriptions, in text order
    if (const Mention& m = a.mentions[mi]; m.entity >= 0 && m.resolved_from.empty() &&
                                           !a.sentences[m.sentence].furniture && !a.sentences[m.sentence].duplicate)
      f.party_description(m);
  for (const RoleFact& r : a.roles) f.shadow_beside_leader(r);  // row 18.377: shadow posts beside a party's post holder
  for (const Mention& m : a.mentions)  // row 18.341: resolved pronouns' predicates
    if (!m.resolved_from.empty() && !a.sentences[m.sentence].furniture && !a.sentences[m.sentence].duplicate)
      f.pronoun_phrase(m.sentence, m);
  f.body_in_name();
  f.body_before_committee();
  f.post_outranks_speaking_for();
  return std::move(f.out);
}

}  // namespace gazette
