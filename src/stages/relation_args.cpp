// Relations, argument finding (relations_internal.hpp).
#include "relations_internal.hpp"

#include "gazette/coreference.hpp"
#include "gazette/entities.hpp"

#include <algorithm>
#include <optional>

namespace gazette::relations {

namespace {

// Row 18.331: a demonym whose noun phrase ends in a person's name, one to three lower-case
// words between, qualifies that person (`Farrovian wild card Tom Smith`, `his Tarnish
// counterpart Jane Roe`, `the Norwegian finance minister Jack Doe`): the person is the
// argument, not the country. The words are no verb: no coordinator, preposition, relative
// word, auxiliary, past form, relation cue or speech cue among them (`Norwegian forces attack
// Tom Smith`, `Norwegian officials say Jane Roe` keep the demonym), and the name is a person's
// by a rule of its own (a given name, the gazetteer, a title), not a capitalised run alone: a
// headline run into its first sentence puts one there (`Farrow hails Tarnish cinema Organisers
// say`).
bool person_after_demonym(const Reading& r, const Mention& m, std::size_t nx) {
  const Annotation& a = r.a;
  if (m.first_token <= nx || m.first_token > nx + 3 || m.type != EntityType::Person || !m.resolved_from.empty() ||
      m.source.rule == "capitalised-sequence")  // a person by a rule of its own: a given name, the gazetteer
    return false;
  for (std::size_t t = nx; t < m.first_token; ++t) {
    const Token& w = a.tokens[t];
    std::uint32_t p = 0;
    if (w.kind != TokenKind::Word || w.has(kCapitalized) || w.has(kPossessive) || r.lex.in(Words::Coordinators, w) ||
        r.lex.in(Words::SpeakerPhrasePrepositions, w) || r.lex.in(Words::OtherPrepositions, w) || r.lex.in(Words::OfPrepositions, w) ||
        r.lex.in(Words::RelativeWords, w) || r.lex.in(Words::FiniteAuxiliaries, w) || r.lex.ends_in(Words::PastSuffixes, w.lower) ||
        r.lex.relation_index().match(a.tokens, t, m.first_token, p) || r.lex.speech_index().match(a.tokens, t, m.first_token, p))
      return false;
  }
  return true;
}

// Demonyms that stand alone for their country ("a Syrian air base", "Russian forces";
// not "Syrian President Bashar al-Assad", where the demonym qualifies a title). An
// unnamed official speaks for the state ("A senior Russian official criticized"): the
// demonym stays an argument.
void demonym_arguments(Reading& r) {
  Annotation& a = r.a;
  std::size_t si = 0;
  for (const auto& cue : a.cues) {  // implied_country() adds entities, not cues
    if (cue.kind != Cue::Kind::Demonym) continue;
    while (si < a.sentences.size() && a.sentences[si].end_token <= cue.first_token) ++si;
    if (si >= a.sentences.size()) break;
    const std::size_t nx = cue.end_token;
    bool qualifies = false;
    for (const auto& c2 : a.cues)
      if (c2.first_token == nx && c2.kind == Cue::Kind::Title) qualifies |= !r.lex.in(Words::OfficialNouns, to_lower(c2.value));
    for (const auto& m : a.mentions)
      if (m.first_token == nx || person_after_demonym(r, m, nx)) qualifies = true;
    if (qualifies) continue;
    r.by_sentence[si].push_back({cue.first_token, cue.end_token, implied_country(a, r.lex, cue.value)});
  }
}

// A country that only qualifies a noun names no argument of its own: after a preposition,
// a country followed by at most three lower-case words and a name qualifies that name's
// noun phrase ("talks with US bank X", "honour US literary critic Y"): the name is the
// argument. Not across a coordinator, a preposition (word lists speaker_phrase_prepositions,
// other_prepositions, of_prepositions), a relative word, a past form ("talks with Russia
// and Saudi Arabia", "negotiates with Russia over Syria", "with Britain backed X") or a time
// word (before_that, time_phrase_nouns, row 18.265: "agreed with Russia yesterday Putin
// would ...", "talks with China last week Xi ...": the clause goes on past the country).
bool nationality_modifier(const Reading& r, const std::vector<Arg>& v, std::size_t k, std::size_t first_token) {
  const Annotation& a = r.a;
  const Arg& x = v[k];
  if (a.entities[static_cast<std::size_t>(x.entity)].type != EntityType::Country || x.first <= first_token || x.end >= a.tokens.size())
    return false;
  const auto lower_word = [&](std::size_t t) {
    const Token& w = a.tokens[t];
    return w.kind == TokenKind::Word && !w.has(kCapitalized) && !w.has(kPossessive) && !r.lex.in(Words::Coordinators, w) &&
           !r.lex.in(Words::SpeakerPhrasePrepositions, w) && !r.lex.in(Words::OtherPrepositions, w) && !r.lex.in(Words::OfPrepositions, w) &&
           !r.lex.in(Words::RelativeWords, w) && !r.lex.ends_in(Words::PastSuffixes, w.lower) && !r.lex.in(Words::BeforeThat, w) &&
           !r.lex.in(Words::TimePhraseNouns, w);
  };
  if (!r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[x.first - 1]) || k + 1 >= v.size()) return false;
  const std::size_t nx = v[k + 1].first;
  if (nx <= x.end || nx > x.end + 3) return false;
  for (std::size_t t = x.end; t < nx; ++t)
    if (!lower_word(t)) return false;
  return true;
}

// Row 23.366: the marks of the arguments to drop are one byte each in one list for the
// whole document (a sentence's marks overwrite the last's), not a vector<bool> made per
// sentence: no allocation per sentence, no bit packing (`Tom Smith held talks with US envoy
// Jane Roe`: three marks, `US` dropped, as before).
void nationality_modifiers(Reading& r) {
  std::vector<char> drop;
  for (std::size_t si = 0; si < r.by_sentence.size(); ++si) {
    auto& v = r.by_sentence[si];
    drop.resize(v.size());
    for (std::size_t k = 0; k < v.size(); ++k) drop[k] = nationality_modifier(r, v, k, r.a.sentences[si].first_token);
    std::size_t kept = 0;
    for (std::size_t k = 0; k < v.size(); ++k)
      if (!drop[k]) v[kept++] = v[k];
    v.resize(kept);
  }
}

// Role phrases stand for their holder ("talks between the US Secretary of State and his
// counterpart Sergey Lavrov"); the qualifier inside them is no argument of its own.
void role_phrase_arguments(Reading& r) {
  const Annotation& a = r.a;
  std::size_t si = 0;
  for (const auto& rp : a.role_phrases) {  // found by the roles stage
    while (si < a.sentences.size() && a.sentences[si].end_token <= rp.first) ++si;
    if (si >= a.sentences.size()) break;
    if (rp.end > a.sentences[si].end_token) continue;
    auto& v = r.by_sentence[si];
    std::erase_if(v, [&](const Arg& x) { return x.first >= rp.first && x.end <= rp.end; });
    v.push_back({rp.first, rp.end, rp.person});
  }
}


// The country named in the prepositional phrase opening at token k, an article at most
// between, when the preposition is neither of|in (word lists of_prepositions,
// containment_prepositions: `the government of X`, `the regime in X` are X's) nor by|from:
// `attacked the government over Iraq`, `support for the government on Iraq` speak of
// another state's government (row 18.270). Kept out of line: inlined, it slowed the loop of
// government_arguments() over every token (callgrind, s51-relprec2).
[[gnu::noinline]] bool country_in_topic(const Reading& r, std::uint32_t si, std::size_t k, std::int32_t country) {
  const Annotation& a = r.a;
  if (k >= a.sentences[si].end_token) return false;
  const Token& t = a.tokens[k];
  if (!(r.lex.in(Words::SpeakerPhrasePrepositions, t) || r.lex.in(Words::OtherPrepositions, t)) || r.lex.in(Words::OfPrepositions, t) ||
      r.lex.in(Words::ContainmentPrepositions, t) || r.lex.in(Words::AgentPrepositions, t) || r.lex.in(Words::OriginPrepositions, t))
    return false;
  std::size_t n = k + 1;
  if (n < a.sentences[si].end_token && r.lex.in(Words::Articles, a.tokens[n])) ++n;
  for (const auto& m : r.by_sentence[si])
    if (m.first == n && m.entity == country) return true;
  return false;
}

// `the government`, `the administration`, `the regime` (the definite article and a noun of
// word list regime_nouns, lower case) stand for the state when the document names one
// country only (GUIDELINES: "the government" -> the country only if the article names
// it): `X said the government had failed to deliver` -> X judges it.
void government_arguments(Reading& r) {
  const Annotation& a = r.a;
  const std::int32_t country = sole_named_country(a);
  if (country < 0) return;
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& st = a.sentences[si];
    // Row 23.385: the regime nouns found by next_in_list()'s tight walk, the rest tested there.
    for (std::size_t k = next_in_list(r.lex, Words::RegimeNouns, a.tokens, st.first_token + 1, st.end_token); k < st.end_token;
         k = next_in_list(r.lex, Words::RegimeNouns, a.tokens, k + 1, st.end_token))
      if (!a.tokens[k].has(kCapitalized) && r.lex.in(Words::DefiniteArticles, a.tokens[k - 1]) &&
          !country_in_topic(r, si, k + 1, country))
        r.by_sentence[si].push_back({static_cast<std::uint32_t>(k - 1), static_cast<std::uint32_t>(k + 1), country});
  }
}

// A cue whose object is judged: criticism, support, or a verb of attack (word list
// verbal_attack_verbs), which a person as target makes criticism (relation_verbs.cpp).
bool judging_cue(const Reading& r, const RelationCue& cue, std::string_view w0) {
  if (cue.frame != Frame::Active) return false;
  return cue.type == RelationType::Criticized || cue.type == RelationType::Supports ||
         (cue.type == RelationType::Attacked && r.lex.in(Words::VerbalAttackVerbs, w0));
}

// A lower-case word in -ly (word list adverb_suffixes), read as an adverb between a subject
// and its verb (`has relentlessly attacked`, `The Treasury secretary also lauded`).
bool lower_ly_word(const Reading& r, const Token& t) {
  return t.kind == TokenKind::Word && !t.has(kCapitalized) && r.lex.ends_in(Words::AdverbSuffixes, t.lower);
}

// The subject of the cue at token i when it stands right before it (at most auxiliaries,
// word list finite_auxiliaries, adverbs in -ly, a comma before a relative word between:
// `Clinton blasted`, `Manning was supporting`, `Christie, who endorsed`, `Trump has
// relentlessly attacked`): the argument's index in the sentence's arguments, or -1 (`groups
// supporting her`, `Clinton supporters to back him`, `destroy Mr. Trump or embrace him`:
// the agent is no argument next to the cue).
std::int32_t adjacent_subject(const Reading& r, std::uint32_t si, std::size_t i) {
  const Annotation& a = r.a;
  const auto& args = r.by_sentence[si];
  std::int32_t near = -1;
  for (std::size_t x = 0; x < args.size(); ++x)
    if (args[x].end <= i && args[x].first >= a.sentences[si].first_token &&
        (near < 0 || args[x].end > args[static_cast<std::size_t>(near)].end))
      near = static_cast<std::int32_t>(x);
  if (near < 0) return -1;
  for (std::size_t k = args[static_cast<std::size_t>(near)].end; k < i; ++k) {
    const Token& t = a.tokens[k];
    const bool adverb = lower_ly_word(r, t);
    const bool relative_comma = t.norm == "," && k + 1 < i && r.lex.in(Words::RelativeWords, a.tokens[k + 1]);
    if (!adverb && !relative_comma && !r.lex.in(Words::FiniteAuxiliaries, t) && !r.lex.in(Words::RelativeWords, t)) return -1;
  }
  return near;
}

// The one person that the object pronoun at token o (in sentence si) may stand for: the
// people named or referred to before it in its sentence and in the one before, the clause's
// subject `subject` excepted (`Christie, who endorsed him`), who agree with it in sex
// (Resolver::sex_of(); unknown agrees with both). -1 when none or several: never a guess.
std::int32_t sole_candidate(const Reading& r, Resolver& res, std::uint32_t si, std::size_t o, std::int32_t subject) {
  const Annotation& a = r.a;
  const bool male = r.lex.in(Words::MaleObjectPronouns, a.tokens[o]) || r.lex.in(Words::MalePossessivePronouns, a.tokens[o]);
  const Sex want = male ? Sex::Male : Sex::Female;
  std::int32_t who = -1;
  for (std::uint32_t sj = si > 0 ? si - 1 : si; sj <= si; ++sj)
    for (const Arg& g : r.by_sentence[sj]) {
      if (a.entities[static_cast<std::size_t>(g.entity)].type != EntityType::Person || g.entity == subject || (sj == si && g.end > o))
        continue;
      const Sex have = res.sex_of(g.entity);
      if (have != Sex::Unknown && have != want) continue;
      if (who >= 0 && who != g.entity) return -1;
      who = g.entity;
    }
  return who;
}

// Row 18.383: an argument that only possesses the head of its noun phrase (`Mr. Doe's
// rival, Tom Smith,`: Mr. Doe) is no antecedent a pronoun continues.
bool possessor_arg(const Reading& r, const Arg& g) { return g.end < r.a.tokens.size() && r.a.tokens[g.end].has(kPossessive); }

// Row 18.383: the argument g is a person of sex `want` (known) who may be the one an object
// pronoun continues: not the clause's subject `subject`, not a possessor (possessor_arg()).
bool continued_person(const Reading& r, Resolver& res, const Arg& g, std::int32_t subject, Sex want) {
  return r.a.entities[static_cast<std::size_t>(g.entity)].type == EntityType::Person && g.entity != subject &&
         !possessor_arg(r, g) && res.sex_of(g.entity) == want;
}

// Row 18.383: a person of sex `want` (known), not `subject` nor a possessor, whose argument
// opens within two tokens after the end of an active cue of criticism or support
// (judging_cue()) in sentence si before token o or in the sentence before: the last one.
// A second judgement of the same one is parallel to the first (`She criticised Tom Smith
// for the cuts. But she praised him`, `Jane Roe avoided attacking Tom Smith. But Jack Doe
// went after him`). -1 when none.
std::int32_t parallel_object(const Reading& r, Resolver& res, std::uint32_t si, std::size_t o, std::int32_t subject, Sex want) {
  const Annotation& a = r.a;
  std::int32_t found = -1;
  for (const auto& h : r.cue_hits) {
    if (h.si + 1 < si || h.si > si || h.i + h.n >= o) continue;
    if (!judging_cue(r, r.lex.relation_cues()[h.payload], a.tokens[h.i].lower)) continue;
    const std::size_t e = h.i + h.n;
    const Arg* next = nullptr;  // the argument opening first in the window (the lists are not yet sorted)
    for (const Arg& g : r.by_sentence[h.si])
      if (g.first >= e && g.first <= e + 2 && g.first < o && (next == nullptr || g.first < next->first)) next = &g;
    if (next != nullptr && continued_person(r, res, *next, subject, want)) found = next->entity;
  }
  return found;
}

// Row 18.383: the person an object pronoun at token o (in sentence si) stands for when
// several may (sole_candidate() -1): the one a judgement before it was aimed at
// (parallel_object()); failing that the first person of its sex (Resolver::sex_of(), known)
// named or referred to before it in its sentence, failing that in the sentence before, the
// clause's subject `subject` and possessors excepted: the centre a pronoun continues
// (centering's preference for the subject, the highest-ranked antecedent): `Tom Smith met
// Jack Doe. Later Jane Roe praised him` -> Tom Smith. -1 when none.
std::int32_t centred_candidate(const Reading& r, Resolver& res, std::uint32_t si, std::size_t o, std::int32_t subject) {
  const Annotation& a = r.a;
  const Sex want = r.lex.in(Words::MaleObjectPronouns, a.tokens[o]) ? Sex::Male : Sex::Female;
  if (const std::int32_t p = parallel_object(r, res, si, o, subject, want); p >= 0) return p;
  for (std::uint32_t sj = si + 1; sj-- > (si > 0 ? si - 1 : 0);) {
    const Arg* first = nullptr;  // the earliest in the text (the lists are not yet sorted)
    for (const Arg& g : r.by_sentence[sj])
      if ((sj != si || g.end <= o) && continued_person(r, res, g, subject, want) && (first == nullptr || g.first < first->first))
        first = &g;
    if (first != nullptr) return first->entity;
  }
  return -1;
}

// Row 18.383: the pronoun at token o is an object only, no possessive: `him`, or `her`
// before punctuation or a preposition (`endorsed her, citing`, `praised her for`; not
// `defends her 500 metres title`).
bool object_only_pronoun(const Reading& r, std::size_t o, std::size_t end) {
  const Annotation& a = r.a;
  if (r.lex.in(Words::MaleObjectPronouns, a.tokens[o])) return true;
  if (o + 1 >= end) return true;
  const Token& n = a.tokens[o + 1];
  if (n.kind == TokenKind::Punct) return true;
  return n.kind == TokenKind::Word && (r.lex.in(Words::SpeakerPhrasePrepositions, n) || r.lex.in(Words::OtherPrepositions, n) ||
                                       r.lex.in(Words::GerundPrepositions, n) || r.lex.in(Words::AttributionAs, n));
}

// The Resolver (Mode::Resolve, direct quotes marked) that argument finding reads, built
// once per document when first needed.
Resolver& resolver(Reading& r, std::optional<Resolver>& res) {
  if (!res) {
    res.emplace(r.a, r.lex, Resolver::Mode::Resolve);
    for (const auto& p : r.a.quote_marks)
      for (std::size_t k = p.open; k <= p.close && k < r.a.tokens.size(); ++k) res->in_direct[k] = 1;
  }
  return *res;
}

// The words [k, e) hold a person's head: a person role noun (word list person_role_nouns:
// `nominee`, `businessman`) or a title (`the FBI director`, `the former senator from
// Minnesota`), not a group (`the millions of Americans`).
bool person_head(const Reading& r, std::size_t k, std::size_t e) {
  for (; k < e; ++k) {
    std::uint32_t p = 0;
    if (r.lex.in(Words::PersonRoleNouns, r.a.tokens[k]) || r.lex.title_index().match(r.a.tokens, k, e, p) > 0) return true;
  }
  return false;
}

// `the Republican presidential nominee called ...`, `The Scottish Conservative leader
// attacked ...`: a definite description naming a body, a place or a country and headed by a
// title or a person role noun (word list person_role_nouns), standing right before an active
// cue of criticism or support outside direct quotes (at most auxiliaries of
// finite_auxiliaries and adverbs in -ly between), is the person the text names with it, as
// for a speaker (Resolver::noun_phrase(), rules A200, A260: the holder of that title there,
// or the one person named after the same body and noun), never the body named inside it.
// Resolved: the phrase is an argument standing for that person, the subject in the body's
// stead (Reading::described; the body stays an argument of the phrase: `X, the NATO deputy
// secretary-general,` is still a member of NATO); unresolved (nobody or two people): the
// body is no subject (Reading::undescribed), so the cue has none.
void description_arguments(Reading& r, std::optional<Resolver>& res) {
  Annotation& a = r.a;
  for_each_cue(r, true, [&](std::uint32_t si, std::size_t i, std::size_t, const RelationCue& cue) {
    if (!judging_cue(r, cue, a.tokens[i].lower)) return;
    const std::size_t first = a.sentences[si].first_token;
    std::size_t e = i;
    for (; e > first; --e) {
      const Token& t = a.tokens[e - 1];
      const bool adverb = lower_ly_word(r, t);
      if (!adverb && !r.lex.in(Words::FiniteAuxiliaries, t)) break;
    }
    auto& args = r.by_sentence[si];
    // The body's argument nearest before the phrase's end, within five tokens of it.
    const Arg* body = nullptr;
    for (const Arg& g : args)
      if (g.end <= e && g.first > first && (body == nullptr || g.end > body->end)) body = &g;
    if (body == nullptr || body->end + 5 < e || a.entities[static_cast<std::size_t>(body->entity)].type == EntityType::Person) return;
    std::size_t b = body->first;
    while (b > first && b + 4 > body->first && !r.lex.in(Words::DefiniteArticles, a.tokens[b - 1])) --b;
    if (b == first || !r.lex.in(Words::DefiniteArticles, a.tokens[b - 1]) || r.in_quote[b - 1]) return;
    --b;
    // No other argument in the phrase or across its start, and no person's.
    for (const Arg& g : args)
      if (g.first < e && g.end > b && (g.first < b || a.entities[static_cast<std::size_t>(g.entity)].type == EntityType::Person)) return;
    // The phrase ends with its head, a lower-case word or the body's name (not `the leading
    // Republican candidates for president Thursday`), and no preposition of a post hangs on
    // a head before it (`candidates for president` hold no post: word list post_prepositions).
    if (body->end < e && a.tokens[e - 1].has(kCapitalized)) return;
    for (std::size_t k = b; k < e; ++k)
      if (r.lex.in(Words::PostPrepositions, a.tokens[k])) return;
    if (!person_head(r, b + 1, e)) return;
    Resolver& rs = resolver(r, res);
    const std::size_t entities = a.entities.size();
    std::string from;
    std::int32_t mention = -1;
    const std::int32_t who = rs.noun_phrase(b, e, from, mention);
    if (a.entities.size() > entities) a.entities.resize(entities);
    const bool described = !from.empty() && rs.last_from().rule == kRolePhraseRule;
    if (who < 0) {  // a description of nobody named: never its body (`The FBI director chastised`)
      r.undescribed.insert(body->first);
      return;
    }
    if (!described || static_cast<std::size_t>(who) >= entities || a.entities[static_cast<std::size_t>(who)].type != EntityType::Person)
      return;
    r.described[body->first] = static_cast<std::uint32_t>(b);
    args.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), who});
  });
}

// `Clinton blasted him for ...`, `attacked her as ...`: him/her right after an active cue of
// criticism or support, outside direct quotes, is its object (word lists
// male_object_pronouns, female_object_pronouns); it stands for the person the coreference
// rule `pronoun` gives (Resolver::pronoun(): the subject of the nearest sentence whose
// subject agrees in sex, else the last agreeing person named), read here because the stage
// resolves he/she only, when the cue's subject stands right before it (adjacent_subject())
// and that person is the only one the pronoun may stand for nearby (sole_candidate()).
// Else no argument: never a guess. `her` is an object only when no word of its phrase
// follows (`criticized her husband` is a possessive): the clause end, punctuation, or a
// preposition (speaker_phrase_prepositions, gerund_prepositions, `as` of attribution_as).
// The clause's own subject is never its object (Collector::add()).
// Whether his/her at token o, right after a judging cue, opens a plan phrase whose owner is
// the cue's object (row 18.294: `Clinton slammed his proposal`, `Trump denounced her
// record`, plan_noun_after()), and the subject `subject_entity` cannot be that owner: a body
// or a country, or a person of the other sex (Resolver::sex_of()); `Roe defended her record`,
// `Smith rejected his comments` may be the subject's own: no argument.
bool possessive_object(const Reading& r, Resolver& res, std::size_t o, std::size_t end, std::int32_t subject_entity) {
  const Annotation& a = r.a;
  if (o + 1 >= end || plan_noun_after(r, o + 1, end) == 0) return false;
  if (a.entities[static_cast<std::size_t>(subject_entity)].type != EntityType::Person) return true;
  const Sex have = res.sex_of(subject_entity);
  const Sex want = r.lex.in(Words::MalePossessivePronouns, a.tokens[o]) ? Sex::Male : Sex::Female;
  return have != Sex::Unknown && have != want;
}

void object_pronoun_arguments(Reading& r, std::optional<Resolver>& res) {
  Annotation& a = r.a;
  for_each_cue(r, true, [&](std::uint32_t si, std::size_t i, std::size_t n, const RelationCue& cue) {
    const std::size_t o = i + n, end = a.sentences[si].end_token;
    if (o >= end || r.in_quote[o] || !judging_cue(r, cue, a.tokens[i].lower)) return;
    const Token& t = a.tokens[o];
    const bool his = r.lex.in(Words::MalePossessivePronouns, t);
    if (t.has(kCapitalized) || (!his && !r.lex.in(Words::MaleObjectPronouns, t) && !r.lex.in(Words::FemaleObjectPronouns, t))) return;
    const std::size_t nx = o + 1;
    const bool possessive = his || (r.lex.in(Words::FemaleObjectPronouns, t) && nx < end && a.tokens[nx].kind == TokenKind::Word &&
                                    !r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[nx]) &&
                                    !r.lex.in(Words::GerundPrepositions, a.tokens[nx]) && !r.lex.in(Words::AttributionAs, a.tokens[nx]));
    const std::int32_t subject = adjacent_subject(r, si, i);
    if (subject < 0) return;
    resolver(r, res);
    if (possessive && !possessive_object(r, *res, o, end, r.by_sentence[si][static_cast<std::size_t>(subject)].entity)) return;
    const std::size_t entities = a.entities.size();
    const std::int32_t who = res->pronoun(o);
    // Resolving may name unnamed officials' country (implied_country()): no person, dropped.
    if (a.entities.size() > entities) a.entities.resize(entities);
    const std::int32_t subject_entity = r.by_sentence[si][static_cast<std::size_t>(subject)].entity;
    const std::int32_t sole = sole_candidate(r, *res, si, o, subject_entity);
    if (sole < 0 && !possessive && object_only_pronoun(r, o, end)) {  // row 18.383: several may; the centre
      if (const std::int32_t c = centred_candidate(r, *res, si, o, subject_entity); c >= 0)
        r.by_sentence[si].push_back({static_cast<std::uint32_t>(o), static_cast<std::uint32_t>(o + 1), c});
      return;
    }
    if (who < 0 || static_cast<std::size_t>(who) >= entities || who != sole) return;
    r.by_sentence[si].push_back({static_cast<std::uint32_t>(o), static_cast<std::uint32_t>(o + 1), who});
  });
}

// A word that may stand inside a role phrase after its article: a word that is no
// preposition, coordinator or relative word (`the prime minister`, `the Norwegian finance
// minister`; not `the minister for`, `the chancellor and`).
bool role_phrase_word(const Reading& r, const Token& t) {
  return t.kind == TokenKind::Word && !r.lex.in(Words::SpeakerPhrasePrepositions, t) && !r.lex.in(Words::OtherPrepositions, t) &&
         !r.lex.in(Words::OfPrepositions, t) && !r.lex.in(Words::Coordinators, t) && !r.lex.in(Words::RelativeWords, t);
}

// Row 18.323: `Jane Roe accused the prime minister of ...`, `Tom Smith praised the
// chancellor's record`: a definite role phrase right after an active cue of criticism or
// support (judging_cue()), outside direct quotes, with the cue's subject right before the cue
// (adjacent_subject()), is the cue's object when it stands for a person the text names as
// that title's holder (Resolver::noun_phrase() by its role-phrase rule, as a subject's
// description is read by description_arguments()) and that person is the one whom a role
// fact (stated before, or the gazetteer's) gives that very title (sole_holder(): not the
// deputy prime minister for `the prime minister`, nobody for `the former president` when
// two presidents are named). The phrase runs from `the` over at most
// five words of role_phrase_word() and ends on its head, a title or a person role noun
// (person_head()), a possessive head ending it; the longest such phrase that resolves is
// taken, and replaces any argument inside it (`the Norwegian prime minister`: not Norway).
// No person named inside it, none resolved: no argument (never a guess).
// Whether a role fact stated in the text holds its title's whole phrase: no longer title of
// the lexicon opens on the word right before it (`Deputy Prime Minister Tom Smith` holds no
// `Prime Minister` post, though the fact may be read so).
bool whole_title(const Reading& r, const RoleFact& f) {
  if (f.from_gazetteer || f.cue_first == 0 || f.cue_end <= f.cue_first) return true;
  std::uint32_t p = 0;
  return r.lex.title_index().match(r.a.tokens, f.cue_first - 1, f.cue_end, p) < f.cue_end - f.cue_first + 1;
}

// The one person whom a role fact stated up to sentence si (its whole title: whole_title()),
// or known from the gazetteer, gives the title written at tokens [b, e) (compared in lower
// case, word by word); -1 when none or several.
std::int32_t sole_holder(const Reading& r, std::size_t b, std::size_t e, std::uint32_t si) {
  const Annotation& a = r.a;
  std::string written;
  for (std::size_t k = b; k < e; ++k) written += (k > b ? " " : "") + std::string(a.tokens[k].lower);
  std::int32_t holder = -1;
  for (const RoleFact& f : a.roles) {
    if ((!f.from_gazetteer && f.sentence > si) || f.person < 0 || to_lower(f.title) != written || !whole_title(r, f)) continue;
    if (holder >= 0 && holder != f.person) return -1;
    holder = f.person;
  }
  return holder;
}

void role_phrase_objects(Reading& r, std::optional<Resolver>& res) {
  Annotation& a = r.a;
  for_each_cue(r, true, [&](std::uint32_t si, std::size_t i, std::size_t n, const RelationCue& cue) {
    const std::size_t o = i + n, end = a.sentences[si].end_token;
    if (o + 1 >= end || r.in_quote[o] || !r.lex.in(Words::DefiniteArticles, a.tokens[o]) || !judging_cue(r, cue, a.tokens[i].lower))
      return;
    std::size_t e = o + 1;
    while (e < end && e < o + 6 && role_phrase_word(r, a.tokens[e]) && !a.tokens[e - 1].has(kPossessive)) ++e;
    auto& args = r.by_sentence[si];
    for (const Arg& g : args)
      if (g.first < e && g.end > o && a.entities[static_cast<std::size_t>(g.entity)].type == EntityType::Person) return;
    if (e == o + 1 || adjacent_subject(r, si, i) < 0) return;
    Resolver& rs = resolver(r, res);
    const std::size_t entities = a.entities.size();
    for (std::size_t k = e; k > o + 1; --k) {
      if (!person_head(r, k - 1, k)) continue;
      std::string from;
      std::int32_t mention = -1;
      const std::int32_t who = rs.noun_phrase(o, k, from, mention);
      if (a.entities.size() > entities) a.entities.resize(entities);
      if (who < 0 || static_cast<std::size_t>(who) >= entities || from.empty() || rs.last_from().rule != kRolePhraseRule ||
          a.entities[static_cast<std::size_t>(who)].type != EntityType::Person || sole_holder(r, o + 1, k, si) != who)
        continue;
      std::erase_if(args, [&](const Arg& x) { return x.first >= o && x.end <= k; });
      args.push_back({static_cast<std::uint32_t>(o), static_cast<std::uint32_t>(k), who});
      return;
    }
  });
}

}  // namespace

// The one country the document names (a named mention, not a reference), or -1 when it
// names none or several.
std::int32_t sole_named_country(const Annotation& a) {
  std::int32_t country = -1;
  for (const auto& m : a.mentions) {
    if (m.entity < 0 || !m.resolved_from.empty() || a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Country)
      continue;
    if (country >= 0 && country != m.entity) return -1;
    country = m.entity;
  }
  return country;
}

// Every mention with an entity is an argument, the coreference stage's references
// included (he/she outside quotation marks, surnames, role phrases: coreference.hpp), so a
// pronoun is looked up as the stage resolved it, never resolved again here.
void find_arguments(Reading& r) {
  const Annotation& a = r.a;
  r.by_sentence.resize(a.sentences.size());  // lists kept from an earlier document (extract_relations()) are emptied
  for (auto& v : r.by_sentence) v.clear();
  for (const std::uint32_t mi : r.mention_order) {
    const Mention& m = a.mentions[mi];
    if (m.entity >= 0) r.by_sentence[m.sentence].push_back({m.first_token, m.end_token, m.entity});
  }
  government_arguments(r);
  demonym_arguments(r);
  role_phrase_arguments(r);
  std::optional<Resolver> res;
  description_arguments(r, res);
  object_pronoun_arguments(r, res);
  role_phrase_objects(r, res);
  for (auto& v : r.by_sentence) std::sort(v.begin(), v.end(), [](const Arg& x, const Arg& y) { return x.first < y.first; });
  nationality_modifiers(r);
}

void arguments_around(Site& site) {
  const auto& ms = *site.ms;
  for (std::size_t k = 0; k < ms.size(); ++k) {
    const Arg& m = ms[k];
    if (m.end <= site.i && m.first >= site.cb) {
      if (site.first < 0) site.first = static_cast<std::int32_t>(k);
      site.before2 = site.before;
      site.before = static_cast<std::int32_t>(k);
    }
    if (m.first >= site.i + site.n && m.end <= site.ce) {
      if (site.after < 0) site.after = static_cast<std::int32_t>(k);
      else if (site.after2 < 0) site.after2 = static_cast<std::int32_t>(k);
    }
  }
}

std::int32_t described_by_apposition(const Annotation& a, const std::vector<Arg>& args, std::int32_t subject, std::size_t i) {
  if (subject <= 0 || i == 0 || a.tokens[i - 1].norm != ",") return subject;
  const Arg& s = args[static_cast<std::size_t>(subject)];
  const Arg& p = args[static_cast<std::size_t>(subject) - 1];
  if (s.end + 1 != i || a.tokens[p.end].norm != "," || s.first > p.end + 4 ||
      a.entities[static_cast<std::size_t>(p.entity)].type != EntityType::Person)
    return subject;
  return subject - 1;
}

std::int32_t person_behind_title(const Reading& r, const Site& site, std::int32_t k) {
  const Annotation& a = r.a;
  if (k < 0 || static_cast<std::size_t>(k) + 1 >= site.size()) return k;
  const Arg& q = site.arg(k);
  const Arg& nx = site.arg(k + 1);
  if (a.entities[static_cast<std::size_t>(nx.entity)].type != EntityType::Person) return k;
  // After an organisation's name up to two lower-case modifiers may stand before the title
  // ("Republican presidential candidate X"), not after it: the words must end with a title;
  // no conjunction, determiner or preposition ("X and chief executive Y", "slamming
  // Republicans for their vote to ... President Y").
  const bool of_body = a.entities[static_cast<std::size_t>(q.entity)].type == EntityType::Organization;
  bool modifiers = false;
  int modifier_words = 0;
  for (std::uint32_t t = q.end; t < nx.first; ++t) {
    bool title = a.tokens[t].has(kPossessive);
    for (const auto& c : a.cues) title |= c.kind == Cue::Kind::Title && c.first_token <= t && t < c.end_token;
    // A post or membership word of relation_cues.json ("Fiat boss X", "Labour MP X").
    std::uint32_t p = 0;
    if (const std::size_t n = r.lex.relation_index().match(a.tokens, t, nx.first, p);
        n && (r.lex.relation_cues()[p].frame == Frame::Post || r.lex.relation_cues()[p].frame == Frame::Membership)) {
      t += static_cast<std::uint32_t>(n) - 1;
      title = true;
    }
    const Token& w = a.tokens[t];
    modifiers = !title && of_body && ++modifier_words <= 2 && !r.lex.in(Words::Coordinators, w) &&
                !r.lex.in(Words::Determiners, w) && !r.lex.in(Words::NotClauseOpeners, w) &&
                ((w.kind == TokenKind::Word && !w.has(kCapitalized)) || w.norm == "-");
    if (!title && !modifiers) return k;
  }
  if (modifiers) return k;
  // "criticized Republican Donald Trump": an organisation's name right before a person's
  // qualifies the person (a party, `CNN's Chris Cuomo`), who is the argument; not a pronoun
  // after it (`telling USA TODAY he had ...`).
  const bool qualifies = q.end == nx.first && a.entities[static_cast<std::size_t>(q.entity)].type == EntityType::Organization &&
                         !r.lex.in(Words::SubjectPronouns, a.tokens[nx.first]);
  return q.end < nx.first || qualifies ? k + 1 : k;
}

// "Grayson, an Orlando Democrat who was first elected in 2008, criticized X": an apposition
// that an indefinite article opens after a person's name and a comma closes right before
// the cue describes that person, who is the subject, not a name inside it (a party, a place,
// an employer); also after `PERSON of|from PLACE`. The cue is a finite verb: before a
// participle the apposition may close an object ("X met with Y, a former rival, praising
// Z": the participle's subject is X). An apposition holding a comma of its own is left
// alone. -1 when there is none.
std::int32_t apposition_person(const Reading& r, const Site& site) {
  const Annotation& a = r.a;
  const std::size_t i = site.i;
  if (site.participle || site.before < 0 || i < site.cb + 3 || a.tokens[i - 1].norm != ",") return -1;
  auto type = [&](std::int32_t x) { return a.entities[static_cast<std::size_t>(site.ent(x))].type; };
  std::size_t k = i - 2;
  while (k > site.cb && k + 30 > i && a.tokens[k].norm != ",") --k;
  if (a.tokens[k].norm != "," || !r.lex.in(Words::IndefiniteArticles, a.tokens[k + 1])) return -1;
  std::int32_t x = site.before;
  while (x >= 0 && site.arg(x).end > k) --x;
  if (x < 0 || site.arg(x).end != k || site.arg(x).first < site.cb) return -1;
  if (type(x) == EntityType::Person) return x;
  const Arg& place = site.arg(x);
  const bool of_place = (type(x) == EntityType::Location || type(x) == EntityType::Country) && x > 0 &&
                        site.arg(x - 1).end + 1 == place.first && site.arg(x - 1).first >= site.cb &&
                        (r.lex.in(Words::OfPrepositions, a.tokens[place.first - 1]) ||
                         r.lex.in(Words::OriginPrepositions, a.tokens[place.first - 1]));
  return of_place && type(x - 1) == EntityType::Person ? x - 1 : -1;
}

namespace {

// The subject: the nearest argument before the cue, unless the verb is coordinated
// ("rejected the accusations against Damascus and slammed ..."), a participle ("...,
// accusing Washington of"), or the cue is a noun after a possessive ("following his
// meeting with"): then the argument that opens the clause, or the one a relative clause
// hangs on ("Lavrov, who greeted him ..., denouncing ... and accusing Washington": Lavrov).
// A participle that opens the sentence takes the subject after its phrase: "After meeting
// with Lavrov, U.S. Secretary of State Rex Tillerson said".

void subject_of_cue(const Reading& r, Site& site) {
  const Annotation& a = r.a;
  const std::size_t i = site.i;
  // An -ing cue is a participle at the start of its clause or after a comma, a
  // conjunction or a preposition; after a determiner, a modifier or an auxiliary it is a
  // noun or a progressive ("an almost two-hour meeting with", "Putin is meeting with").
  site.participle = r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[i].lower) && (i == site.cb || r.lex.in(Words::ParticipleOpeners, site.prev));
  site.subject = site.before;
  if (site.before >= 0 && site.arg(site.before).end + 1 == i && i > site.cb) {  // "X, from the Y, accused Z"
    const std::int32_t d = described_by_apposition(a, *site.ms, site.before, i);
    if (d != site.before && site.arg(d).first >= site.cb) {
      site.subject = d;
      return;
    }
  }
  if (const std::int32_t p = apposition_person(r, site); p >= 0) {
    site.subject = p;
    return;
  }
  if (site.before >= 0 && site.first >= 0 && site.first != site.before) {
    bool coordinated = false;
    // Row 18.316 (b): `but`, `or` (coordinators) join a verb as `and` does: `Tom Smith said
    // Norway must do more but defended Jane Roe` -> Tom Smith, not the reported Norway.
    for (std::size_t k = site.arg(site.before).end; k < i; ++k)
      coordinated |= r.lex.in(Words::Coordinators, a.tokens[k]) || a.tokens[k].norm == ",";
    if (coordinated || site.participle ||
        (site.cue->frame == Frame::NominalWith && r.lex.in(Words::PersonPossessives, site.prev))) {
      site.subject = site.first;
      for (std::size_t k = i; k > site.cb + 1 && site.subject == site.first; --k) {
        if (!r.lex.in(Words::PersonRelatives, a.tokens[k - 1])) continue;
        const std::size_t at = a.tokens[k - 2].norm == "," ? k - 2 : k - 1;
        for (std::size_t x = 0; x < site.size(); ++x)
          if ((*site.ms)[x].end == at && (*site.ms)[x].first >= site.cb) site.subject = static_cast<std::int32_t>(x);
        break;
      }
      // "Hewlett Packard's CEO Meg Whitman is a Republican, but has been critical of Trump":
      // the person behind the title that opens the clause, not the organisation qualifying it.
      if (site.subject == site.first) site.subject = person_behind_title(r, site, site.first);
    }
  }
  // A subject pronoun between the nearest argument and the cue is the verb's own subject
  // ("Rubio, who told CNN he disagrees with Trump"): that argument is not.
  if (site.subject >= 0 && site.subject == site.before)
    for (std::size_t k = site.arg(site.before).end; k < i; ++k)
      if (r.lex.in(Words::SubjectPronouns, a.tokens[k])) {
        site.subject = -1;
        break;
      }
  if (!site.participle || site.before >= 0) return;
  for (std::size_t k = i + site.n; k < site.ce; ++k) {
    if (a.tokens[k].norm != ",") continue;
    for (std::size_t x = 0; x < site.size(); ++x)
      if ((*site.ms)[x].first > k) {
        if ((*site.ms)[x].first <= k + 4 && (*site.ms)[x].end <= site.ce)
          site.subject = person_behind_title(r, site, static_cast<std::int32_t>(x));
        break;
      }
    break;
  }
}

}  // namespace

namespace {

// Row 18.316: a declarative complementizer between the subject and the cue opens a reported
// clause whose own subject is a noun phrase (a noun phrase opener right after the
// complementizer, not a possessive) or a name other than the subject: `Tom Smith said that
// the assembly had criticised the Farrow Council over the budget`, `Acme said that Jack Doe and
// two other officials criticised Jane Roe` -> no subject. `Acme said that it backed Jane Roe` (a
// pronoun), `Acme said that its forces struck Tarnville` (its own), `the party that backed
// Jane Roe` (no word between), `Acme said that the plan failed and accused Jane Roe` (a
// verb joined to the reporter's) are not touched.
bool reported_clause_between(const Reading& r, const Site& site) {
  const Annotation& a = r.a;
  const std::uint32_t from = site.arg(site.subject).end;
  for (std::size_t k = from; k + 1 < site.i; ++k) {
    if (r.fragment[k] || !r.lex.in(Words::DeclarativeComplementizers, a.tokens[k])) continue;
    // `X said the plan was weak and accused Y`: a coordinator with only verb-group words
    // after it joins the cue's verb to the reporter's.
    for (std::size_t c = site.i; c > k + 1; --c) {
      if (r.lex.in(Words::Coordinators, a.tokens[c - 1])) return false;
      if (!verb_group_word(r, c - 1)) break;
    }
    // A possessive opening the clause's subject (`its forces`, `his party`) is the
    // reporter's own: the reporter acts through it.
    if (r.lex.in(Words::NounPhraseOpeners, a.tokens[k + 1]) && !r.lex.in(Words::Possessives, a.tokens[k + 1])) return true;
    for (std::size_t x = 0; x < site.size(); ++x)
      if ((*site.ms)[x].first > k && (*site.ms)[x].end <= site.i && static_cast<std::int32_t>(x) != site.subject) return true;
  }
  return false;
}

// Row 18.317: a relative word (not `that`, also a complementizer) right before the cue, only
// verb-group words between (`who criticised`, `which had long backed`), hangs the verb on
// the noun before it (a comma skipped): when no argument ends there, the clause's subject is
// that unnamed noun, not a name further back: `Tom Smith spoke to fans, who criticised Jane
// Roe` -> no subject; `Tom Smith, who criticised Jane Roe` keeps Tom Smith, and so does an
// apposition set off after the name (a comma, a bracket or a dash right after it): `Tom
// Smith, an independent who sits with the Tarn Party`, `Tom Smith, 56, who has backed`.
bool relative_on_unnamed_noun(const Reading& r, const Site& site) {
  const Annotation& a = r.a;
  const std::uint32_t from = site.arg(site.subject).end;
  if (from < site.i && a.tokens[from].kind == TokenKind::Punct) return false;
  for (std::size_t k = site.i; k > from; --k) {
    const Token& t = a.tokens[k - 1];
    if (r.lex.in(Words::RelativeWords, t) && !r.lex.in(Words::DeclarativeComplementizers, t)) {
      const std::size_t at = k >= 2 && a.tokens[k - 2].norm == "," ? k - 2 : k - 1;
      return std::none_of(site.ms->begin(), site.ms->end(), [&](const Arg& m) { return m.end == at; });
    }
    if (!verb_group_word(r, k - 1)) return false;
  }
  return false;
}

// Row 18.319: the argument taken as subject lies inside a restrictive relative clause (no
// punctuation from the relative word to the cue) whose own verb comes before it, and the
// cue is the main verb after the clause: its subject is the clause's antecedent, the name
// ending at the relative word, else none: `Three councillors who support Tom Smith met Jane Roe`
// -> no Tom Smith MET_WITH; `Acme which backs Tom Smith criticised Jane Roe` -> Acme. Not
// `the panel which Tom Smith chairs` (the name opens the clause), not past a speech verb
// (`voters who say Tom Smith backed Jane Roe`), nor an -ing cue (`who saw Tom Smith
// accusing Jane Roe`).
std::int32_t relative_clause_antecedent(const Reading& r, const Site& site) {
  const Annotation& a = r.a;
  const Arg& s = site.arg(site.subject);
  if (r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[site.i].lower)) return site.subject;
  for (std::size_t k = s.end; k < site.i; ++k)
    if (a.tokens[k].kind == TokenKind::Punct) return site.subject;
  for (std::size_t k = s.first; k > site.cb; --k) {
    const Token& t = a.tokens[k - 1];
    if (t.kind == TokenKind::Punct) return site.subject;
    if (!r.lex.in(Words::RelativeWords, t) || r.lex.in(Words::DeclarativeComplementizers, t)) continue;
    if (k == s.first) return site.subject;
    for (std::size_t x = k; x < s.first; ++x)
      if (std::uint32_t p = 0; r.lex.speech_index().match(a.tokens, x, s.first, p) > 0) return site.subject;
    for (std::size_t x = 0; x < site.size(); ++x)
      if ((*site.ms)[x].end == k - 1 && (*site.ms)[x].first >= site.cb) return static_cast<std::int32_t>(x);
    return -1;
  }
  return site.subject;
}

}  // namespace

namespace {

// Row 18.420: a bracketed aside that closes right before the cue, or before at most two
// lower-case words of its verb group (`has`, `also`; no coordinator, no pronoun), holds no
// subject: `Sen. Tom Smith (R-Ky.) criticized Jane Roe`, `Acme Corp (ACM) has backed Jane Roe`
// -> the name that ends right before the opening bracket, when the argument found is inside
// the brackets or there is none.
std::int32_t past_bracketed_aside(const Reading& r, const Site& site) {
  const Annotation& a = r.a;
  std::size_t k = site.i;
  for (int words = 0; k > site.cb && words < 2 && a.tokens[k - 1].kind == TokenKind::Word && !a.tokens[k - 1].has(kCapitalized) &&
                     !r.lex.in(Words::Coordinators, a.tokens[k - 1]) && !r.lex.in(Words::SubjectPronouns, a.tokens[k - 1]);
       ++words)
    --k;
  if (k <= site.cb + 2 || a.tokens[k - 1].norm != ")") return site.subject;
  std::size_t open = k - 1;
  while (open > site.cb && k - open < 8 && a.tokens[open].norm != "(") --open;
  if (a.tokens[open].norm != "(" || open == site.cb) return site.subject;
  if (site.subject >= 0 && (site.subject != site.before || site.arg(site.subject).first < open)) return site.subject;
  for (std::size_t x = 0; x < site.size(); ++x)
    if ((*site.ms)[x].end == open && (*site.ms)[x].first >= site.cb) return static_cast<std::int32_t>(x);
  return site.subject;
}

// Row 18.422: a relative clause on an apposition opened by an indefinite article after a
// name and a comma is said of that name, not of a name inside the apposition: `Senator Tom
// Smith, a Tarnland Republican who has criticized Jane Roe` -> Tom Smith (not the party);
// `Acme Corp, a Kestby firm that backed Jane Roe` -> Acme Corp. Only words between the
// article and the relative word (no punctuation, no `of`: `a friend of Jack Doe who ...`
// may be said of Jack Doe), and only verb-group words between the relative word and the cue.
std::int32_t apposition_antecedent(const Reading& r, const Site& site) {
  const Annotation& a = r.a;
  if (site.subject < 0 || site.subject != site.before) return site.subject;
  const Arg& s = site.arg(site.subject);
  std::size_t k = site.i;
  while (k > s.end && verb_group_word(r, k - 1) && !r.lex.in(Words::RelativeWords, a.tokens[k - 1])) --k;
  if (k == s.end || !r.lex.in(Words::RelativeWords, a.tokens[k - 1])) return site.subject;
  for (std::size_t x = s.end; x + 1 < k; ++x)
    if (a.tokens[x].kind != TokenKind::Word || r.lex.in(Words::OfPrepositions, a.tokens[x])) return site.subject;
  std::size_t b = s.first;
  while (b > site.cb && s.first - b < 8 && a.tokens[b - 1].kind == TokenKind::Word &&
         !r.lex.in(Words::IndefiniteArticles, a.tokens[b - 1]) && !r.lex.in(Words::OfPrepositions, a.tokens[b - 1]))
    --b;
  if (b < site.cb + 3 || !r.lex.in(Words::IndefiniteArticles, a.tokens[b - 1]) || a.tokens[b - 2].norm != ",") return site.subject;
  for (std::size_t x = 0; x < site.size(); ++x)
    if ((*site.ms)[x].end == b - 2 && (*site.ms)[x].first >= site.cb) return static_cast<std::int32_t>(x);
  return site.subject;
}

}  // namespace

void find_subject(const Reading& r, Site& site) {
  subject_of_cue(r, site);
  site.subject = past_bracketed_aside(r, site);
  if (site.cue->frame != Frame::Passive) site.subject = apposition_antecedent(r, site);
  // Rows 18.316-18.317: the cue's verb has its own subject in a clause that opens between the
  // argument and the cue (a passive's patient is read by passive_frame()).
  if (site.cue->frame != Frame::Passive && site.subject >= 0 && site.arg(site.subject).end <= site.i &&
      (reported_clause_between(r, site) || relative_on_unnamed_noun(r, site)))
    site.subject = -1;
  if (site.cue->frame != Frame::Passive && site.subject >= 0 && site.arg(site.subject).end <= site.i)
    site.subject = relative_clause_antecedent(r, site);
  // A country or place after a name and of|from (word lists of_prepositions,
  // origin_prepositions) qualifies the name, which is the subject (row 18.272): "Ericsson
  // of Sweden are backing X", "Jane Roe of Ohio criticised Y".
  if (site.subject > 0 && site.subject == site.before) {
    const Arg& s = site.arg(site.subject);
    const Arg& p = site.arg(site.subject - 1);
    const EntityType t = r.a.entities[static_cast<std::size_t>(s.entity)].type;
    if ((t == EntityType::Country || t == EntityType::Location) && p.first >= site.cb && p.end + 1 == s.first &&
        (r.lex.in(Words::OfPrepositions, r.a.tokens[p.end]) || r.lex.in(Words::OriginPrepositions, r.a.tokens[p.end])))
      site.subject -= 1;
  }
  // The body inside a description of a person is no subject: the person is, or nobody
  // when the text names nobody with it (description_arguments()).
  if (site.subject < 0) return;
  const std::uint32_t at = site.arg(site.subject).first;
  if (r.undescribed.contains(at)) site.subject = -1;
  if (const auto d = r.described.find(at); d != r.described.end())
    for (std::size_t x = 0; x < site.size(); ++x)
      if ((*site.ms)[x].first == d->second && (*site.ms)[x].end > at) site.subject = static_cast<std::int32_t>(x);
}

namespace {

// The preposition at token k opens the complement of the lower-case noun before it
// (object_in_phrase()).
bool noun_complement(const Reading& r, const Site& site, std::size_t k) {
  const Annotation& a = r.a;
  const Token& t = a.tokens[k];
  const Token& p = a.tokens[k - 1];
  if (!(r.lex.in(Words::SpeakerPhrasePrepositions, t) || r.lex.in(Words::OtherPrepositions, t)) || r.lex.in(Words::OfPrepositions, t) ||
      r.lex.in(Words::AgentPrepositions, t) || r.lex.in(Words::OriginPrepositions, t) || r.lex.in(Words::InclusionWords, t))
    return false;
  if (site.cue->type == RelationType::Attacked && r.lex.in(Words::TargetPrepositions, t) && !r.lex.in(Words::ContainmentPrepositions, t))
    return false;
  if (p.kind != TokenKind::Word || p.has(kCapitalized) || p.has(kPossessive) || r.lex.ends_in(Words::AdverbSuffixes, p.lower) ||
      r.lex.in(Words::SpeakerPhrasePrepositions, p) || r.lex.in(Words::OtherPrepositions, p) || r.lex.in(Words::OfPrepositions, p) ||
      r.lex.in(Words::ObjectPronouns, p))
    return false;
  for (const auto& m : *site.ms)
    if (m.end == k) return false;  // a name's own phrase: "accused Labour in a speech"
  return true;
}

// The object stays in the verb's own phrase: not past a clause boundary ("decried any
// calls to drop the Syrian leader", "to condemn the gas attack and push Assad").
bool object_in_phrase(const Reading& r, const Site& site) {
  const Annotation& a = r.a;
  const std::uint32_t end = site.arg(site.after).first;
  for (std::size_t k = site.i + site.n; k < end; ++k) {
    if (r.fragment[k]) continue;
    const Token& t = a.tokens[k];
    const bool infinitive = r.lex.in(Words::InfinitiveMarkers, t) && k + 1 < end && !a.tokens[k + 1].lower.empty() &&
                            !a.tokens[k + 1].has(kCapitalized) && !r.lex.in(Words::NounPhraseOpeners, a.tokens[k + 1]);
    bool after_arg = false;  // "condemned Russia and Iran": coordinated objects
    for (const auto& m : *site.ms) after_arg |= m.end == k;
    if (r.lex.in(Words::RelativeWords, t) || infinitive || (r.lex.in(Words::Coordinators, t) && !after_arg)) return false;
    // A name after a noun and the noun's own preposition is in the noun's complement, not
    // the verb's object (row 18.269): "attacked the government over Iraq", "denounce the
    // war in Iraq", "agree with his comments about the X leadership", "received less than
    // other EU states". Not through of|by|from (word lists of_prepositions,
    // agent_prepositions, origin_prepositions: the owner, agent or source, "criticised the
    // remarks of X", "welcomed a report by X"), nor an inclusion word (inclusion_words:
    // "supporting charities including X"), nor force through a target preposition
    // ("hacked computers at X"); an adverb in -ly before the preposition is the verb's. An
    // -ing cue right before the noun qualifies it, and the phrase is the noun's aim:
    // "disparaging remarks about X" criticise X.
    if (k > site.i + site.n && noun_complement(r, site, k) &&
        (k > site.i + site.n + 1 || !r.lex.ends_in(Words::ParticipleSuffixes, site.w0)))
      return false;
    // "blasted the media for allowing Clinton to ...": the name belongs to the gerund.
    if (r.lex.in(Words::GerundPrepositions, t) && k + 1 < end && r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[k + 1].lower) &&
        !a.tokens[k + 1].has(kCapitalized))
      return false;
  }
  return true;
}

// "endorsed the former secretary of state's bid, including Gov. Jack Markell": past a
// possessive no argument ends, the object is that phrase's head, left unnamed; a name
// further on is no object unless it is the head's apposition, right after it and a comma
// ("met the group's leader, John Doe"; capitalised words such as a title may come first).
bool past_unnamed_possessive(const Reading& r, const Site& site) {
  const Annotation& a = r.a;
  const std::uint32_t end = site.arg(site.after).first;
  for (std::size_t k = site.i + site.n; k < end; ++k) {
    if (!a.tokens[k].has(kPossessive) || r.fragment[k]) continue;
    bool named = false;
    for (const auto& m : *site.ms) named |= m.end == k;
    if (named) continue;
    std::size_t t = k + 1;
    for (int w = 0; w < 3 && t < end && a.tokens[t].kind == TokenKind::Word && !a.tokens[t].has(kCapitalized); ++w) ++t;
    if (t >= end || a.tokens[t].norm != ",") return true;
    for (++t; t < end; ++t)
      if (!a.tokens[t].has(kCapitalized) && a.tokens[t].norm != ".") return true;
    return false;
  }
  return false;
}

// "blamed Moscow's ally, Syrian President Bashar al-Assad": the object is the ally, not
// its possessor; an ally left unnamed is no object.
void ally_object(const Reading& r, Site& site) {
  const Annotation& a = r.a;
  const std::uint32_t t = site.arg(site.after).end;
  if (!(t + 1 < site.ce && a.tokens[t].has(kPossessive) && r.lex.in(Words::AllyNouns, a.tokens[t + 1]))) return;
  const std::int32_t possessor = site.after;
  site.after = -1;
  for (std::size_t x = static_cast<std::size_t>(possessor) + 1; x < site.size(); ++x) {
    if ((*site.ms)[x].first <= t + 1) continue;
    if ((*site.ms)[x].first <= t + 5 && (*site.ms)[x].end <= site.ce) site.after = static_cast<std::int32_t>(x);
    break;
  }
}

// "met with Russian officials, including Foreign Minister Sergey Lavrov": the person
// named out of the group is the one met; not out of what the object owns, past a
// possessive ("endorsed the former secretary of state's bid, including Gov. Jack Markell").
void included_object(const Reading& r, Site& site) {
  const Annotation& a = r.a;
  std::uint32_t t = site.arg(site.after).end;
  for (int w = 0; w < 2 && t < site.ce && a.tokens[t].kind == TokenKind::Word && !a.tokens[t].has(kCapitalized) &&
                  !r.lex.in(Words::InclusionWords, a.tokens[t]);
       ++w) {
    if (a.tokens[t].has(kPossessive)) return;  // "the secretary of state's bid, including X": X is no part of a bid
    ++t;
  }
  if (t < site.ce && a.tokens[t].norm == ",") ++t;
  if (!(t < site.ce && r.lex.in(Words::InclusionWords, a.tokens[t]))) return;
  for (std::size_t x = static_cast<std::size_t>(site.after) + 1; x < site.size(); ++x) {
    if ((*site.ms)[x].first <= t) continue;
    if ((*site.ms)[x].first <= t + 4 && (*site.ms)[x].end <= site.ce &&
        a.entities[static_cast<std::size_t>((*site.ms)[x].entity)].type == EntityType::Person) {
      site.after = static_cast<std::int32_t>(x);
      site.after2 = x + 1 < site.size() ? site.after + 1 : -1;
    }
    break;
  }
}

}  // namespace

// The object follows the cue closely ("accused Washington of", "struck Syria"), inside
// the verb's phrase; a verb of rejection needs a claim noun ("dismissed U.S. evidence",
// "rejected Moscow's claims"; not "denied Russia access").
void find_object(const Reading& r, Site& site) {
  const Annotation& a = r.a;
  const bool active = site.cue->frame == Frame::Active;
  if (site.after >= 0 && r.gap(site.i + site.n, site.arg(site.after).first) > 5) site.after = -1;
  if (site.after >= 0 && active && !object_in_phrase(r, site)) site.after = -1;
  if (site.after >= 0 && active && past_unnamed_possessive(r, site)) site.after = -1;
  // A pronoun right after the cue is its object ("went after him Wednesday during a CNN
  // panel", "accused them of backing Trump"): no name further on is (word list object_pronouns).
  if (const std::size_t o = site.i + site.n; site.after >= 0 && active && o < site.ce && site.arg(site.after).first > o &&
                                              !a.tokens[o].has(kCapitalized) && r.lex.in(Words::ObjectPronouns, a.tokens[o]))
    site.after = -1;
  if (site.after >= 0 && active && site.n == 1 && r.lex.starts_in(Words::RejectionVerbStems, site.w0)) {
    std::uint32_t t = site.arg(site.after).end;
    if (t < site.ce && a.tokens[t].has(kPossessive)) ++t;
    if (t >= site.ce || !r.lex.in(Words::ClaimNouns, a.tokens[t])) site.after = -1;
  }
  if (site.after >= 0) ally_object(r, site);
  if (site.after >= 0) {
    const std::int32_t p = person_behind_title(r, site, site.after);
    if (p != site.after) { site.after = p; site.after2 = static_cast<std::size_t>(p) + 1 < site.size() ? p + 1 : -1; }
  }
  if (site.after >= 0) included_object(r, site);
}

}  // namespace gazette::relations
