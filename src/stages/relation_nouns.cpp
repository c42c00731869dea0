// Relations, noun frames (relations_internal.hpp): nominal_with (`talks with X`,
// `a meeting between X and Y`, `Moscow's criticism of Washington`) and noun_of
// (`X's ally Y`, `Y, an ally of X`, `an aide to X`).
#include "relations_internal.hpp"

#include <algorithm>

namespace gazette::relations {

// A verb-group word between a name and the membership phrase predicated of it: an
// auxiliary, a copula, a predicative verb, `to`, a relative word, an adverb in -ly, or a
// verb right before `to` or after `to` or a modal (`wants to be`, `was ashamed to be`,
// `will be`); not a verb of its own
// (`said it was part of`, `admitted there were members of`).
bool verb_group_word(const Reading& r, std::size_t k) {
  const Token& t = r.a.tokens[k];
  if (t.kind != TokenKind::Word || t.has(kCapitalized)) return false;
  if (r.lex.in(Words::FiniteAuxiliaries, t) || r.lex.in(Words::Copulas, t) || r.lex.in(Words::PredicativeVerbs, t) ||
      r.lex.in(Words::InfinitiveMarkers, t) || r.lex.in(Words::RelativeWords, t) || r.lex.ends_in(Words::AdverbSuffixes, t.lower))
    return true;
  if (k > 0 && (r.lex.in(Words::InfinitiveMarkers, r.a.tokens[k - 1]) || r.lex.in(Words::FiniteAuxiliaries, r.a.tokens[k - 1])))
    return true;  // `to be`, `will be`
  return k + 1 < r.a.tokens.size() && r.lex.in(Words::InfinitiveMarkers, r.a.tokens[k + 1]);
}

namespace {

std::string_view word_after(const Annotation& a, const Site& site) {
  return site.i + site.n < site.ce ? a.tokens[site.i + site.n].lower : std::string_view();
}

// "between" may follow the cue's prepositional phrases ("talks on Syria in the Russian
// capital between X and Y"), not a new clause. Returns the first of the two arguments
// after it, or -1.
std::int32_t between_pair(const Reading& r, const Site& site) {
  const Annotation& a = r.a;
  std::size_t between = 0;
  for (std::size_t k = site.i + site.n; k < site.ce && k < site.i + site.n + 9; ++k) {
    if (r.lex.in(Words::BetweenPrepositions, a.tokens[k])) { between = k; break; }
    if (r.lex.in(Words::BetweenStoppers, a.tokens[k])) break;
  }
  if (!between) return -1;
  for (std::size_t x = 0; x < site.size(); ++x)
    if ((*site.ms)[x].first > between) {
      if ((*site.ms)[x].first <= between + 3 && x + 1 < site.size() && (*site.ms)[x + 1].end <= site.ce)
        return static_cast<std::int32_t>(x);
      break;
    }
  return -1;
}

// "with" after the cue's own prepositional phrases ("will be meeting on Capitol Hill
// Thursday with X"; word lists comitative_prepositions, between_stoppers: not past a new
// clause). Returns the argument right after it (an article or modifier between at most), or
// -1. A he/she between is the one who met ("a conversation she had with X"): `subject` is
// then its argument (-1 when it stands for no one), else site.subject.
std::int32_t with_after_phrases(const Reading& r, const Site& site, std::int32_t& subject) {
  const Annotation& a = r.a;
  std::size_t with = 0;
  subject = site.subject;
  for (std::size_t k = site.i + site.n; k < site.ce && k < site.i + site.n + 9; ++k) {
    if (r.lex.in(Words::ComitativePrepositions, a.tokens[k])) { with = k; break; }
    if (r.lex.in(Words::BetweenStoppers, a.tokens[k])) break;
    if (!r.lex.in(Words::SubjectPronouns, a.tokens[k])) continue;
    subject = -1;
    for (std::size_t x = 0; x < site.size(); ++x)
      if ((*site.ms)[x].first == k) subject = static_cast<std::int32_t>(x);
  }
  if (!with || subject < 0) return -1;
  for (std::size_t x = 0; x < site.size(); ++x)
    if ((*site.ms)[x].first > with)
      return (*site.ms)[x].first <= with + 3 && (*site.ms)[x].end <= site.ce ? static_cast<std::int32_t>(x) : -1;
  return -1;
}

// "X's [closest] ally": the possessive ends at token `e` and only lower-case words
// (adjectives) stand between it and the noun at `noun`.
bool possessor_of(const Annotation& a, std::uint32_t e, std::size_t noun) {
  if (e >= noun || !a.tokens[e].has(kPossessive)) return false;
  for (std::size_t k = e + 1; k < noun; ++k)
    if (a.tokens[k].kind != TokenKind::Word || a.tokens[k].has(kCapitalized)) return false;
  return true;
}

// Tokens [e, noun) keep a name before a noun in the noun's phrase: words and a possessive
// (`Labour deputy leader X`, `Brown's closest ally`), no punctuation; after a comma the
// name stands in a list or clause of its own (`actress X, critic Y`: Y is a critic, of no
// one named).
bool same_phrase(const Annotation& a, std::uint32_t e, std::size_t noun) {
  for (std::size_t k = e; k < noun; ++k)
    if (a.tokens[k].kind != TokenKind::Word && !a.tokens[k].has(kPossessive)) return false;
  return true;
}

// A comma at `e`, then only capitalised words up to `name` ("ally, Syrian President X"):
// the name is an apposition to the noun before the comma.
bool apposition_follows(const Annotation& a, std::uint32_t e, std::uint32_t name) {
  if (e >= name || a.tokens[e].norm != ",") return false;
  for (std::uint32_t k = e + 1; k < name; ++k)
    if (a.tokens[k].kind != TokenKind::Word || !a.tokens[k].has(kCapitalized)) return false;
  return true;
}

bool demonym_at(const Annotation& a, std::uint32_t first) {
  return std::any_of(a.cues.begin(), a.cues.end(), [&](const Cue& c) { return c.kind == Cue::Kind::Demonym && c.first_token == first; });
}

// The token that opens a membership noun holding its own `of` at token i (`member of`,
// `part of`): a copula or predicative verb right before it (`X is part of Y`), a verb
// after `to` or a modal (`X wants to be part of Y`), or an indefinite article with at most
// two lower-case words between (`a senior member of`); not a preposition (`as part of`),
// nor `the` (`the first part of the manifesto`). 0 when none.
std::size_t member_noun_opener(const Reading& r, std::size_t i, std::size_t first) {
  const Annotation& a = r.a;
  if (i <= first + 1) return 0;
  const Token& p = a.tokens[i - 1];
  if (r.lex.in(Words::Copulas, p) || r.lex.in(Words::PredicativeVerbs, p) || r.lex.in(Words::InfinitiveMarkers, a.tokens[i - 2]) ||
      r.lex.in(Words::FiniteAuxiliaries, a.tokens[i - 2]))
    return p.kind == TokenKind::Word && !p.has(kCapitalized) ? i - 1 : 0;
  for (std::size_t k = i; k > first + 1 && i - k < 3; --k) {
    const Token& t = a.tokens[k - 1];
    if (t.kind != TokenKind::Word || t.has(kCapitalized)) return 0;
    if (r.lex.in(Words::IndefiniteArticles, t)) return k - 1;
    if (r.lex.in(Words::Determiners, t)) return 0;
  }
  return 0;
}

// The name whose phrase the membership noun's phrase opening at token `opener` predicates
// of: the last argument before it, with nothing between but verb-group words
// (verb_group_word(): `X has been a member of`, `X wants to be part of`) after an optional
// comma (an apposition, `X, a member of`, or a relative clause, `X, who is a member of`).
// -1 when none.
std::int32_t member_noun_holder(const Reading& r, const Site& site, std::size_t opener) {
  const Annotation& a = r.a;
  std::int32_t holder = -1;
  for (std::size_t x = 0; x < site.size(); ++x)
    if ((*site.ms)[x].end <= opener && (holder < 0 || (*site.ms)[x].end > site.arg(holder).end)) holder = static_cast<std::int32_t>(x);
  if (holder < 0) return -1;
  std::size_t k = site.arg(holder).end;
  if (k < opener && a.tokens[k].norm == ",") ++k;
  if (opener - k > 4) return -1;
  for (; k < opener; ++k)
    if (!verb_group_word(r, k)) return -1;
  return holder;
}

// Whether the lower-case word at k, between a membership noun's `of` (ending at `from`)
// and the name after it, opens a clause on the body's noun (rule A400): a relative word, or
// a participle in -ing after a word that is no determiner, the noun it modifies (`a member
// of the panel investigating Labour`, `part of a group suing Y`, `part of the group that Y
// hired`: the name is the clause's, no body; `the ruling Labour Party` stays a body).
bool clause_after_head(const Reading& r, std::size_t k, std::size_t from) {
  const Token& t = r.a.tokens[k];
  if (r.lex.in(Words::RelativeWords, t)) return true;
  return k > from && r.lex.ends_in(Words::ParticipleSuffixes, t.lower) && !r.lex.in(Words::Determiners, r.a.tokens[k - 1]);
}

// "X, a member of Y", "X is part of the Y government": a membership noun holding its own
// `of` (relation_cues.json noun_of forms `member of`, `part of`) in a phrase predicated of
// the name before it (member_noun_opener(), member_noun_holder()) makes that name a member
// of the first name after it, at most three lower-case words on (articles, adjectives),
// unless that name is only a possessor there (`a member of Britain's Jewish community`) or
// stands in a clause on the body's noun (clause_after_head()).
// A demonym on either side only qualifies a noun (`The French star was part of the
// Chelsea side`, `part of the British quartet`): no member, no body.
void member_noun_frame(Reading& r, const Site& site) {
  const Annotation& a = r.a;
  const std::size_t opener = member_noun_opener(r, site.i, a.sentences[site.si].first_token);
  if (opener == 0 || site.after < 0) return;
  const std::int32_t holder = member_noun_holder(r, site, opener);
  const Arg& tail = site.arg(site.after);
  if (holder < 0 || tail.first - (site.i + site.n) > 3) return;
  if (demonym_at(a, site.arg(holder).first) || demonym_at(a, tail.first)) return;
  for (std::size_t k = site.i + site.n; k < tail.first; ++k)
    if (a.tokens[k].kind != TokenKind::Word || a.tokens[k].has(kCapitalized) || clause_after_head(r, k, site.i + site.n)) return;
  if (tail.end < site.ce && a.tokens[tail.end].has(kPossessive)) return;
  r.col.add(site.ent(holder), site.cue->type, site.ent(site.after), site.ev, site.cue_text, site.rule + ":member-noun", 0.55);
}

// "X, a close Trump ally", "X is a Kremlin ally" (row 18.293): the ally noun's own phrase,
// opened by an indefinite article with at most two lower-case words (adjectives) between it
// and the name `tail` that qualifies the noun, is predicated of the name `head` before it:
// right after a comma that ends that name (an apposition), or after verb-group words
// (verb_group_word(): `X has long been a Trump ally`). Not a bare plural modifier
// (`Cabinet allies`), not `the Trump ally`. Mended in s56-mendsF: not a past ally (a word
// of title_premodifiers between, `former`, `then`: `Jane Roe, a former Tom Doe ally`).
bool predicated_ally_phrase(const Reading& r, const Site& site, std::int32_t head, std::int32_t tail) {
  const Annotation& a = r.a;
  if (head < 0 || tail < 0 || head >= tail) return false;
  std::size_t art = site.arg(tail).first;
  for (int n = 0; art > site.arg(head).end && n < 3; ++n) {
    const Token& t = a.tokens[art - 1];
    if (t.kind != TokenKind::Word || t.has(kCapitalized) || r.lex.in(Words::TitlePremodifiers, t)) return false;
    --art;
    if (r.lex.in(Words::IndefiniteArticles, t)) break;
  }
  if (art >= site.arg(tail).first || !r.lex.in(Words::IndefiniteArticles, a.tokens[art])) return false;
  const std::size_t from = site.arg(head).end;
  if (from + 1 == art && a.tokens[from].norm == ",") return true;
  if (from >= art || art - from > 4) return false;
  for (std::size_t k = from; k < art; ++k)
    if (!verb_group_word(r, k)) return false;
  return true;
}

}  // namespace

// Directed action nouns: "Moscow's criticism of Washington", "his condemnation of X"
// (the clause's subject), "accusations against X by Y".
void action_noun_frame(Reading& r, const Site& site) {
  const Annotation& a = r.a;
  const std::string_view next = word_after(a, site);
  if (!(site.after >= 0 && r.lex.in(Words::ActionObjectPrepositions, next) && site.arg(site.after).first <= site.i + site.n + 3)) return;
  std::int32_t head = -1;
  if (site.before >= 0 && site.arg(site.before).end + 1 == site.i && a.tokens[site.arg(site.before).end].has(kPossessive))
    head = site.before;
  else if (r.lex.in(Words::PersonPossessives, site.prev) && !r.lex.in(Words::PluralPossessives, site.prev)) {
    // "his endorsement of X": the nearest person before it, not a party that qualifies him
    // ("Former GOP presidential hopeful Y has announced his endorsement of X").
    for (std::int32_t x = site.before; x >= 0 && head < 0; --x)
      if (site.arg(x).first >= site.cb && a.entities[static_cast<std::size_t>(site.ent(x))].type == EntityType::Person) head = x;
    if (head < 0) head = site.first;
  } else if (r.lex.in(Words::Possessives, site.prev)) {
    head = site.first;
  }
  const std::uint32_t t = site.arg(site.after).end;
  if (head < 0 && t + 1 < site.ce && r.lex.in(Words::AgentPrepositions, a.tokens[t]) && static_cast<std::size_t>(site.after) + 1 < site.size() &&
      (*site.ms)[static_cast<std::size_t>(site.after) + 1].first == t + 1)
    head = site.after + 1;
  if (head >= 0) r.col.add(site.ent(head), site.cue->type, site.ent(site.after), site.ev, site.cue_text, site.rule + ":noun", 0.5);
}

// "a meeting between X and Y" (the persons behind titles: "between Fiat boss Sergio
// Marchionne and GM's Rick Wagoner"), "talks with Lavrov", "X and Y held talks".
void meeting_noun_frame(Reading& r, const Site& site) {
  const auto type = site.cue->type;
  const std::int32_t b1 = between_pair(r, site);
  // Each side of "and" is read for the person behind its title: the first conjunct may be
  // "Fiat boss X", the second "GM's Y".
  const std::int32_t p1 = b1 >= 0 ? person_behind_title(r, site, b1) : -1;
  const bool pair = p1 >= 0 && static_cast<std::size_t>(p1) + 1 < site.size() && site.arg(p1 + 1).end <= site.ce &&
                    r.only_links_between(site.arg(p1).end, site.arg(p1 + 1).first);
  if (pair) {
    r.col.add(site.ent(p1), type, site.ent(person_behind_title(r, site, p1 + 1)), site.ev, site.cue_text,
              site.rule + ":between", 0.6);
  } else if (site.subject >= 0 && site.after >= 0 && r.lex.in(Words::ComitativePrepositions, word_after(r.a, site))) {
    r.col.add(site.ent(site.subject), type, site.ent(site.after), site.ev, site.cue_text, site.rule, 0.55);
  } else if (std::int32_t who = -1, w = with_after_phrases(r, site, who); w >= 0) {
    r.col.add(site.ent(who), type, site.ent(w), site.ev, site.cue_text, site.rule + ":with-after-phrase", 0.5);
  } else if (site.before2 >= 0 && site.before >= 0 && !r.lex.in(Words::ComitativePrepositions, word_after(r.a, site)) &&
             !r.lex.in(Words::OfPrepositions, word_after(r.a, site)) &&
             r.only_links_between(site.arg(site.before2).end, site.arg(site.before).first)) {
    // Coordinated sides meet each other only when the noun names no other side: in "X and
    // Y ... in talks with unions" they talk with the unions; "a meeting of" a body is its
    // assembly, where they sit (row 18.273: "X and Y being read the riot act during a
    // meeting of the parliamentary party").
    r.col.add(site.ent(site.before2), type, site.ent(site.before), site.ev, site.cue_text, site.rule + ":coordination", 0.6);
  }
}

// TAIL's <cue> HEAD / TAIL <cue> HEAD / HEAD, ... <cue> of TAIL. A state's ally is stood
// by: "Moscow's ally Assad", "Assad, an ally of Moscow" -> Russia SUPPORTS Assad; a
// person's ally stands by the person ("X, Brown's closest ally" -> X SUPPORTS Brown);
// only with the possessive or "of" (not "Cabinet allies", the name "Ally Hogg", "to ally with").
void noun_of_frame(Reading& r, const Site& site) {
  const Annotation& a = r.a;
  if (site.n > 1 && r.lex.in(Words::DependencyPrepositions, a.tokens[site.i + site.n - 1])) {
    member_noun_frame(r, site);  // "member of", "part of": the cue holds its own `of`
    return;
  }
  // Row 18.310: a critic with the field he reviews right before it (word lists review_fields
  // and work_title_words: `the Daily Post's film critic Tom Smith`, `Norwegian literary
  // critic Jane Roe`) is a reviewer by trade: the name before is his employer or country,
  // criticised by no one.
  if (site.cue->type == RelationType::Criticized && site.i > site.cb &&
      (r.lex.in(Words::ReviewFields, a.tokens[site.i - 1]) || r.lex.in(Words::WorkTitleWords, a.tokens[site.i - 1])))
    return;
  std::int32_t tail = -1, head = -1;
  if (site.before >= 0 && site.i - site.arg(site.before).end <= 3 && same_phrase(a, site.arg(site.before).end, site.i))
    tail = site.before;
  const std::string_view next = word_after(a, site);
  if (r.lex.in(Words::DependencyPrepositions, next) && site.after >= 0) {  // "deputy of X", "an aide to X"
    tail = site.after;
    head = site.before;
  } else if (tail >= 0) {
    // "Rubio supporter Scott Szlachta", "Russia's ally, Syrian President Bashar Assad": the name
    // in the noun's own phrase, or after its comma with only capitalised words between (a
    // title), not past a verb ("another early Cruz supporter, suggested that Trump ...").
    const std::uint32_t e = static_cast<std::uint32_t>(site.i + site.n);
    if (site.after >= 0 && site.arg(site.after).first - e <= 3 &&
        (same_phrase(a, e, site.arg(site.after).first) || apposition_follows(a, e, site.arg(site.after).first)))
      head = site.after;
    else head = site.before2;
  }
  if (r.lex.in(Words::AllyNouns, a.tokens[site.i])) {
    const bool poss = tail >= 0 && possessor_of(a, site.arg(tail).end, site.i);
    if (a.tokens[site.i].has(kCapitalized) ||
        !(poss || r.lex.in(Words::OfPrepositions, next) || (site.after < 0 && predicated_ally_phrase(r, site, head, tail))))
      head = -1;
    // A state stands by its ally or proxy ("Moscow's ally Assad": Russia SUPPORTS Assad);
    // a person's ally stands by the person (GUIDELINES: head "is an ally of" tail).
    const bool of_person = tail >= 0 && r.a.entities[static_cast<std::size_t>(site.ent(tail))].type == EntityType::Person;
    if (!of_person) std::swap(head, tail);
  }
  if (head >= 0 && tail >= 0) r.col.add(site.ent(head), site.cue->type, site.ent(tail), site.ev, site.cue_text, site.rule, 0.55);
}

}  // namespace gazette::relations
