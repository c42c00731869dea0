// The relations stage (relations.hpp): ROLE_IN from the roles, the cue loop over the
// sentences, LOCATED_IN, and relations from quotes; the collector keeps each relation once.
#include "relations_internal.hpp"

#include "gazette/affiliations.hpp"
#include "gazette/entities.hpp"
#include "gazette/roles.hpp"

#include <algorithm>

namespace gazette {

namespace relations {

namespace {

bool ends_fit(RelationType type, EntityType ht, EntityType tt) {
  const bool actor_h = ht != EntityType::Location, actor_t = tt != EntityType::Location;
  switch (type) {
    case RelationType::MetWith: case RelationType::Criticized: case RelationType::Supports:
      return actor_h && actor_t;
    case RelationType::MemberOf:  // one is a member of a body or an alliance, never of a person
      return actor_h && (tt == EntityType::Organization || tt == EntityType::Country);
    case RelationType::Attacked: case RelationType::SaidAbout:
      return actor_h;
    case RelationType::RoleIn:
      return ht == EntityType::Person && (tt == EntityType::Country || tt == EntityType::Organization);
    case RelationType::LocatedIn:
      return (ht == EntityType::Organization || ht == EntityType::Location) && tt == EntityType::Country;
  }
  return false;
}

// ROLE_IN (GUIDELINES: head PERSON, tail COUNTRY/ORGANIZATION, role = title) from the
// roles, and ROLE_IN / MEMBER_OF read from the name phrase (affiliations.hpp). A phrase
// that makes the person a member of an organisation ("Labour MP X") gives no post in it.
void role_in(Reading& r) {
  // `the party's`: the stage's collectives; r.mention_order made before (row 23.368)
  const auto affiliations = find_affiliations(r.a, r.lex, r.mention_order);
  auto member_by_phrase = [&](const RoleFact& f) {
    return std::any_of(affiliations.begin(), affiliations.end(), [&](const Affiliation& x) {
      return x.type == RelationType::MemberOf && x.head == f.person && x.tail == f.of && x.sentence == f.sentence;
    });
  };
  auto add_role = [&](const RoleFact& f) {
    if (f.of < 0 || f.from_gazetteer || member_by_phrase(f)) return;
    const auto t = r.a.entities[static_cast<std::size_t>(f.of)].type;
    if (t != EntityType::Country && t != EntityType::Organization) return;
    r.col.add(f.person, RelationType::RoleIn, f.of, sentence_span(r.a, f.sentence), f.title, f.rule, 0.8, f.title);
  };
  // The roles stage's facts, then the bare titles' (read here, not in the roles: rule 18.110).
  for (const auto& f : r.a.roles) add_role(f);
  for (const auto& f : bare_role_phrase_roles(r.a, r.lex)) add_role(f);
  for (const auto& f : pronoun_predicate_roles(r.a, r.lex)) add_role(f);  // row 18.341
  for (const auto& x : affiliations) {
    std::int32_t tail = x.tail;
    if (tail < 0)  // row 18.401: a party no mention names (`Tom Smith (R-Fla.)`)
      if (const auto* g = r.lex.entry_by_id(x.implied_tail)) tail = implied_country(r.a, r.lex, g->name);
    r.col.add(x.head, x.type, tail, sentence_span(r.a, x.sentence), x.title, x.rule, 0.7,
              x.type == RelationType::RoleIn ? x.title : std::string());
  }
}

// The relation cue at token i of sentence si, read through its frame.
void read_cue(Reading& r, std::uint32_t si, std::size_t i, std::size_t n, const RelationCue& cue) {
  const Annotation& a = r.a;
  const Sentence& s = a.sentences[si];
  Site site = cue_site(r, si, i, n, cue);
  if (r.negated(i, site.cb)) return;
  // Row 18.311: an act asked about or set as a condition is not stated (`it is not known
  // whether Tom Smith would back Jane Roe`, `if Acme backs out`): no relation of any type.
  if (r.questioned(i, site.cb)) return;
  // A meeting that might, or is only hoped to, happen did not (GUIDELINES "MET_WITH": talks
  // and meetings held or stated as arranged, so `will meet` stays). Row 18.309: nor is a
  // criticism or a backing that might, should or is only wished to be made an act (`Tom
  // Smith may criticise the plan`, `Acme says Jane Roe should back Tom Doe`: no CRITICIZED,
  // no SUPPORTS); an attack keeps its own reading (an attempted strike is still force).
  if ((cue.type == RelationType::MetWith || cue.type == RelationType::Criticized || cue.type == RelationType::Supports) &&
      r.hedged(i, site.cb))
    return;
  // Row 18.308: in a sports report `meet`/`meets` (contest_words) is a contest between sides,
  // no meeting (`Tom Smith will meet Jack Doe in the second round`); `met`, `talks` stay.
  if (cue.type == RelationType::MetWith && r.lex.in(Words::ContestWords, a.tokens[i]) && r.sports_report()) return;
  site.w0 = a.tokens[i].lower;
  site.noun_like = r.lex.in(Words::CueNouns, a.tokens[i]);  // nouns that look like verbs: "the gas attack"
  if (!verb_cue_applies(r, s, site)) return;
  for (std::size_t k = i; k > site.cb && i - k < 5; --k)  // "launched nearly 60 missiles into"
    site.launched |= r.lex.in(Words::LaunchVerbs, a.tokens[k - 1]);
  site.cue_text = std::string(a.text(Span{a.tokens[i].span.begin, a.tokens[i + n - 1].span.end}));
  arguments_around(site);
  site.prev = i > site.cb ? a.tokens[i - 1].lower : std::string_view();
  find_subject(r, site);
  site.ev = sentence_span(a, si);
  site.rule = "cue:" + std::string(to_string(cue.frame));
  find_object(r, site);
  if (cue.frame == Frame::Active && !site.noun_like && possessed_title_object(r, site)) return;  // row 18.352
  if (cue.frame == Frame::Active && !site.noun_like && body_pronoun_object(r, site)) return;  // row 18.354
  if (cue.frame == Frame::Active && !site.noun_like && plan_object_frame(r, site)) return;
  if (cue.frame == Frame::Active && site.noun_like) noun_use_of_verb_cue(r, site);
  switch (cue.frame) {
    case Frame::Active: active_frame(r, site); break;
    case Frame::Passive: passive_frame(r, site); break;
    case Frame::NominalWith:
      if (cue.type != RelationType::MetWith) action_noun_frame(r, site);
      else meeting_noun_frame(r, site);
      break;
    case Frame::NounOf: noun_of_frame(r, site); break;
    case Frame::Post: case Frame::Membership: break;  // read by find_affiliations()
    case Frame::Evaluation: case Frame::Judging: break;  // read by judgements()
  }
}

// A membership noun holding its own `of` (relation_cues.json noun_of MEMBER_OF: `member of`,
// `part of`) states a fact inside a direct quote as well as outside it (row 18.313):
// `"Tom Smith has been a member of the Tarn Party for years," Roe said` -> Tom Smith MEMBER_OF
// Tarn Party; its holder is still the name right before the phrase
// (member_noun_frame()). Other cues in quotes are the speaker's claims or judgements, read
// as such (judgements(), relations_from_quotes.cpp).
bool membership_in_quote(const RelationCue& cue) {
  return cue.frame == Frame::NounOf && cue.type == RelationType::MemberOf;
}

// Each cue outside direct quotes is read here (a membership noun in quotes too, above); the judging cues, in quotes too, are kept
// for judgements (Reading::judging_cues).
void read_cues(Reading& r) {
  for_each_cue(r, false, [&](std::uint32_t si, std::size_t i, std::size_t n, const RelationCue& cue) {
    if (cue.frame == Frame::Judging) r.judging_cues.push_back({si, i, n});
    if (r.in_quote[i] && !membership_in_quote(cue)) return;
    if (cue.frame != Frame::Post && cue.frame != Frame::Membership && cue.frame != Frame::Evaluation &&
        cue.frame != Frame::Judging)
      read_cue(r, si, i, n, cue);
  });
}

// A criticism or praise made in words is also said about its target (GUIDELINES "Quotes":
// what the speaker talks about): a CRITICIZED or SUPPORTS verb cue whose first word is an
// act of speech (word list speech_act_cue_stems: `accused`, `praised`, `welcomed X's
// plan`) gives SAID_ABOUT with the same evidence; backing or allying is no speech.
void said_in_speech_acts(Reading& r) {
  const std::size_t n = r.a.relations.size();
  for (std::size_t k = 0; k < n; ++k) {
    const Relation x = r.a.relations[k];  // a copy: add() may grow the vector
    if (x.type != RelationType::Criticized && x.type != RelationType::Supports) continue;
    if (!x.rule.starts_with("cue:")) continue;
    const std::string first = to_lower(std::string_view(x.cue).substr(0, x.cue.find(' ')));
    if (!r.lex.starts_in(Words::SpeechActCueStems, first)) continue;
    for (const Span& ev : x.evidence)
      r.col.add(x.head, RelationType::SaidAbout, x.tail, ev, x.cue, x.rule + ":speech-act", 0.6);
  }
}

}  // namespace

void Collector::add(std::int32_t head, RelationType type, std::int32_t tail, Span evidence, std::string cue, std::string rule,
                    double confidence, std::string role) {
  if (head < 0 || tail < 0 || head == tail) return;
  if (!ends_fit(type, a.entities[static_cast<std::size_t>(head)].type, a.entities[static_cast<std::size_t>(tail)].type)) return;
  if (type == RelationType::MetWith &&
      a.entities[static_cast<std::size_t>(tail)].canonical < a.entities[static_cast<std::size_t>(head)].canonical)
    std::swap(head, tail);
  const auto key = std::make_tuple(head, static_cast<int>(type), tail);
  if (auto it = index.find(key); it != index.end()) {
    Relation& r = a.relations[it->second];
    if (evidence_seen.emplace(it->second, evidence.begin, evidence.end).second) r.evidence.push_back(evidence);
    r.confidence = std::max(r.confidence, confidence);
    if (r.role.empty()) r.role = role;
    return;
  }
  Relation r;
  r.head = head;
  r.tail = tail;
  r.type = type;
  r.cue = std::move(cue);
  r.rule = std::move(rule);
  r.confidence = confidence;
  r.role = std::move(role);
  r.evidence.push_back(evidence);
  evidence_seen.emplace(a.relations.size(), evidence.begin, evidence.end);
  index.emplace(key, a.relations.size());
  a.relations.push_back(std::move(r));
}

bool Reading::sports_report() const {
  if (sports < 0) sports = is_sports_report(a, lex) ? 1 : 0;
  return sports == 1;
}

Span sentence_span(const Annotation& a, std::uint32_t s) {
  const Sentence& st = a.sentences[s];
  return Span{a.tokens[st.first_token].span.begin, a.tokens[st.end_token - 1].span.end};
}

}  // namespace relations

namespace {
// The most sentences whose argument lists a thread keeps for its next document.
constexpr std::size_t kKeptSentences = 4096;
}  // namespace

void extract_relations(Annotation& a, const Lexicons& lex) {
  const std::size_t entities_before = a.entities.size();
  relations::Reading r{a, lex, relations::Collector{a, {}, {}}, {}, {}, {}, {}, {}, {}, {}, false, {}, -1};
  // The per-sentence argument lists keep their room from the thread's last document
  // (find_arguments() empties them): no allocation per sentence (row 23.141).
  thread_local std::vector<std::vector<relations::Arg>> kept;
  r.by_sentence.swap(kept);
  // The lists beyond this document's sentences wait in `beyond` for a longer document
  // (find_arguments()'s resize to the sentences would free them), and come back from it.
  thread_local std::vector<std::vector<relations::Arg>> beyond;
  for (const std::size_t n = a.sentences.size(); r.by_sentence.size() > n; r.by_sentence.pop_back())
    beyond.push_back(std::move(r.by_sentence.back()));
  for (const std::size_t n = a.sentences.size(); r.by_sentence.size() < n && !beyond.empty(); beyond.pop_back())
    r.by_sentence.push_back(std::move(beyond.back()));
  // Row 23.368: made before role_in(), whose find_affiliations() reads it too (no pass of
  // the stage adds or moves a mention: the same order as when it was made after role_in()).
  r.mention_order = a.mentions_in_text_order();
  relations::role_in(r);
  relations::read_clauses(r);
  relations::find_arguments(r);
  relations::read_cues(r);
  relations::apart_cues(r);  // rows 18.335-18.336
  relations::first_person_cues(r);  // row 18.384
  relations::said_in_speech_acts(r);
  relations::located_in(r);
  relations::from_quotes(r);
  if (r.by_sentence.size() <= kKeptSentences) kept.swap(r.by_sentence);  // a huge document's lists are not kept
  drop_unused_implied(a, entities_before);  // a demonym no relation took names no entity
  a.mention_order = std::move(r.mention_order);  // the writer's order too (no mention moved since)
}

}  // namespace gazette
