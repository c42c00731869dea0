// Relations, verb frames (relations_internal.hpp): `HEAD <cue> TAIL` (active) and
// `TAIL was <cue> by HEAD` (passive); an active cue that is a noun ("the missile strike
// on") takes its agent as a modifier or from a launching verb; an active cue in an object
// relative clause with no object after it acts on the antecedent (`gap_antecedent()`).
#include "relations_internal.hpp"

namespace gazette::relations {

namespace {

// A person, or a political party (a word of its name in party_name_words).
bool political(const Reading& r, std::int32_t entity) {
  const Entity& e = r.a.entities[static_cast<std::size_t>(entity)];
  if (e.type == EntityType::Person) return true;
  if (e.type != EntityType::Organization) return false;
  for (const auto& t : phrase_tokens(e.canonical, r.lex.abbreviations()))
    if (r.lex.in(Words::PartyNameWords, t.lower)) return true;
  return false;
}

}  // namespace

// A political party (an organisation with a word of its name in party_name_words).
bool party_entity(const Reading& r, std::int32_t entity) {
  return entity >= 0 && r.a.entities[static_cast<std::size_t>(entity)].type == EntityType::Organization && political(r, entity);
}

namespace {

// Row 18.324 (b): the active object is followed by a charge, a word of gerund_prepositions
// and a gerund: `attacked the Farrow Council for backing down`.
bool charge_after_object(const Reading& r, const Site& site) {
  if (site.cue->frame != Frame::Active || site.after < 0) return false;
  const std::size_t e = site.arg(site.after).end;
  if (e + 1 >= site.ce) return false;
  const Token& p = r.a.tokens[e];
  const Token& g = r.a.tokens[e + 1];
  return r.lex.in(Words::GerundPrepositions, p) && g.kind == TokenKind::Word && r.lex.ends_in(Words::ParticipleSuffixes, g.lower);
}

// Row 18.324 (b): a party acting by itself, not through an armed body named right after it
// (a word of regime_nouns after its name, a bracketed short form skipped: `the Tarn Party
// (TP) forces were attacking the town` is force).
bool party_without_forces(const Reading& r, const Site& site, std::int32_t agent) {
  if (!party_entity(r, agent)) return false;
  for (std::size_t x = 0; x < site.size(); ++x) {
    if (site.arg(static_cast<std::int32_t>(x)).entity != agent) continue;
    std::size_t k = site.arg(static_cast<std::int32_t>(x)).end;
    if (k + 2 < site.ce && r.a.tokens[k].norm == "(" && r.a.tokens[k + 2].norm == ")") k += 3;
    if (k < site.ce && r.lex.in(Words::RegimeNouns, r.a.tokens[k])) return false;
  }
  return true;
}

// The relation the cue gives from `agent` against `target`: GUIDELINES "ATTACKED is
// physical, military or cyber force only", so a verb of attack (word list
// verbal_attack_verbs) aimed at a person or a party, or made by a person, is criticism
// ("Labour attacked Howard", "attacking Trump by joking", "X attacked the government's
// failure"); force is done by states and armed groups, named as such. The noun (`attack
// on`, `Clinton's attacks on Trump`, `launched an attack on Tory spending plans`) is
// criticism only between persons and parties: made by a person on a magazine's offices or
// by an armed group on a person it may be force.
RelationType cue_type(const Reading& r, const Site& site, std::int32_t agent, std::int32_t target) {
  const RelationType type = site.cue->type;
  if (type != RelationType::Attacked || target < 0 || !r.lex.in(Words::VerbalAttackVerbs, site.w0)) return type;
  // Row 18.324 (a): a form that is also a noun (`attacks`) with its object right after it
  // is the verb (`Tom Smith attacks Norway over aid`; the noun reaches its target through
  // a preposition: `attacks on Norway`).
  const bool object_next = site.after >= 0 && site.arg(site.after).first == site.i + site.n;
  if (site.noun_like && !object_next) return agent >= 0 && political(r, agent) && political(r, target) ? RelationType::Criticized : type;
  // Row 18.324 (b): a party wields no force, and a charge after the object (a gerund after a
  // word of gerund_prepositions: `attacked the Farrow Council for backing down`) is the
  // ground of a criticism.
  const bool by_person = agent >= 0 && r.a.entities[static_cast<std::size_t>(agent)].type == EntityType::Person;
  return political(r, target) || by_person || party_without_forces(r, site, agent) || charge_after_object(r, site) ? RelationType::Criticized
                                                                                                                  : type;
}

// A verb of aiming (word list aim_verbs) whose agent is a person names a goal, a seat or
// voters, not force: "McClaren targets the Champions League", "Galloway targets New
// Labour"; "ETA targeted the stadium" is an attack.
bool aim_of_person(const Reading& r, const Site& site, std::int32_t agent) {
  if (site.cue->type != RelationType::Attacked || site.noun_like || agent < 0 || !r.lex.in(Words::AimVerbs, site.w0)) return false;
  return r.a.entities[static_cast<std::size_t>(agent)].type == EntityType::Person;
}

// A one-word verb of meeting or of force takes the one met or hit as its direct object, a
// noun phrase with no prepositional phrase in it (word list speaker_phrase_prepositions):
// "met the Russian foreign minister X", "will meet car giant X", "bombed the X base";
// "received advice from X", "struck a deal with X", "could target households in X" name no
// one met or hit; the one met follows no figure or comma ("received 37 percent, Clinton had"). Force may reach its target through a preposition of word list
// target_prepositions ("hacked into X", "hacked computers at X"), not one of containment
// (word list containment_prepositions: a place after "in" is where, as for attack nouns).
bool met_directly(const Reading& r, const Site& site) {
  const bool force = site.cue->type == RelationType::Attacked && !site.noun_like;
  if ((site.cue->type != RelationType::MetWith && !force) || site.n != 1) return true;
  const std::size_t end = site.arg(site.after).first;
  // One meets a person, not what a possessor owns: "met Carr's cross", "welcomed Mr X's
  // announcement", "received Y's free-kick" (the name is no object).
  if (const std::size_t o = site.arg(site.after).end; !force && o < r.a.tokens.size() && r.a.tokens[o].has(kPossessive))
    return false;
  // A person picked out of the ones met by an inclusion word (word list inclusion_words:
  // "met two senators, including X") is met, figure and comma notwithstanding.
  bool included = false;
  for (std::size_t k = site.i + 1; k < end && !included; ++k) included = r.lex.in(Words::InclusionWords, r.a.tokens[k]);
  for (std::size_t k = site.i + 1; k < end; ++k) {
    const Token& t = r.a.tokens[k];
    if (force && r.lex.in(Words::TargetPrepositions, t) && !r.lex.in(Words::ContainmentPrepositions, t)) continue;
    if (r.lex.in(Words::SpeakerPhrasePrepositions, t)) return false;
    // The one met is the first noun phrase: no figure and no comma before the name ("Trump
    // received 37 percent, Clinton had 36 percent").
    if (!force && !included && (t.kind == TokenKind::Number || t.norm == ",")) return false;
  }
  return true;
}

// A name ends its noun phrase when no word follows it but a preposition (word list
// speaker_phrase_prepositions), a coordinator or a relative word, and it is no possessor:
// `heads Acme, the firm`, `headed the FBI for ten years`, not `heads the Labour campaign`,
// `chairs the Democrats' campaign arm` nor `chaired the Republican Governors Association`
// (a name the recognizer cut in two).
bool ends_noun_phrase(const Reading& r, std::size_t end) {
  if (end >= r.a.tokens.size()) return true;
  const Token& w = r.a.tokens[end];
  if (w.has(kPossessive)) return false;  // `chairs the Democrats' campaign arm`
  return w.kind != TokenKind::Word || r.lex.in(Words::SpeakerPhrasePrepositions, w) ||
         r.lex.in(Words::Coordinators, w) || r.lex.in(Words::RelativeWords, w);
}

// A verb of post whose object is followed by a preposition and, after an optional
// article, where a ball went (word list header_directions) is a football header, no post:
// `headed Arsenal in front`, `headed Celtic into the lead`; not `heads the Acme
// Corporation in France`, `headed the firm into profit`. A bare direction (`headed Arsenal
// level`, `home`, `wide`, `over`) already ends no noun phrase (ends_noun_phrase()).
bool header_direction(const Reading& r, std::size_t end) {
  const auto& t = r.a.tokens;
  const auto word = [&](std::size_t k) { return k < t.size() && t[k].kind == TokenKind::Word; };
  if (!word(end) || !r.lex.in(Words::SpeakerPhrasePrepositions, t[end])) return false;
  std::size_t k = end + 1;
  if (word(k) && r.lex.in(Words::Articles, t[k])) ++k;
  return word(k) && r.lex.in(Words::HeaderDirections, t[k]);
}

// A seat on a body (a MEMBER_OF cue ending in a preposition of word list
// side_prepositions: `sits on`, `served on`): the member is the subject right before the
// cue, with nothing between but verb-group words or subject-gap words (`also`) after an
// optional comma and age (`X, who also sits on`, `X, 56, who has served on`), not a name
// qualifying a noun (`a former Bush administration official who sits on`); the body is
// the name of the noun phrase right after it, at most four lower-case words on (`the board
// of the X`), with no preposition but `of` between (`sat on the fence about X`), and not a
// name that only qualifies the next one (`the Republican Jewish Coalition` read as two).
// A post held by a verb (a ROLE_IN active cue: `chairs`, `heads`) is read alike, and its
// body ends its noun phrase (`X heads the Democratic effort` holds no post in it) and is
// the verb's object, not a noun's before `of` (`headed the investigation of X`, `chaired a
// meeting of X`), unless that noun is a part of the body (word list body_part_heads:
// `chairs the ethics committee of X`), and is no football header (header_direction()).
bool seat_on_body(const Reading& r, const Site& site) {
  const Annotation& a = r.a;
  const bool post = site.cue->type == RelationType::RoleIn;
  if (!post && (site.cue->type != RelationType::MemberOf || site.n < 2 || !r.lex.in(Words::SidePrepositions, a.tokens[site.i + site.n - 1])))
    return true;
  if (post && (!ends_noun_phrase(r, site.arg(site.after).end) || header_direction(r, site.arg(site.after).end))) return false;
  std::size_t k = site.arg(site.subject).end;
  if (k + 2 < site.i && a.tokens[k].norm == "," && a.tokens[k + 1].kind == TokenKind::Number && a.tokens[k + 2].norm == ",")
    k += 2;  // an age: `X, 56, who has served on`
  if (k < site.i && a.tokens[k].norm == ",") ++k;
  for (; k < site.i; ++k)
    if (!verb_group_word(r, k) && !r.lex.in(Words::SubjectGapWords, a.tokens[k])) return false;
  const Arg& body = site.arg(site.after);
  if (body.first - (site.i + site.n) > 4) return false;
  for (std::size_t t = site.i + site.n; t < body.first; ++t) {
    const Token& w = a.tokens[t];
    if (w.kind != TokenKind::Word || w.has(kCapitalized) || (r.lex.in(Words::SpeakerPhrasePrepositions, w) && !r.lex.in(Words::OfPrepositions, w)))
      return false;
    if (post && r.lex.in(Words::OfPrepositions, w) && !r.lex.in(Words::BodyPartHeads, a.tokens[t - 1])) return false;
  }
  const auto nx = static_cast<std::size_t>(site.after) + 1;
  return nx >= site.size() || (*site.ms)[nx].first != body.end;
}

// A cue that is also an adverb (word list adverb_like_cues: `back`) is the adverb after a
// verb of motion (word list particle_back_verbs: `came back`), after a form of "be" (`is
// back after injury`) or before a preposition (word list speaker_phrase_prepositions:
// `ended up back in Holland`, `headed the ball back to X`): the verb `to back` takes its
// object with no preposition (`backed the plan`, `backs Brown`). The verb stands in a
// verb's slot (row 18.268): right after its subject (an argument, a nominative pronoun, a
// plural noun naming people, a quantifier), a word of the verb group or of a subject gap
// (`should back`, `to back`, `who backs`, `also backs`), an adverb of word list
// acting_adverbs (`still backs`), a coordinator, a punctuation mark or a capitalised word;
// after any other word `back` is a particle, an adverb or a noun (`buying back shares`,
// `clawed back three points`, `winds back`, `regular back-row`, `as back-up`, `his
// outside backs`).
bool adverb_use(const Reading& r, const Site& site) {
  if (!r.lex.in(Words::AdverbLikeCues, site.w0)) return false;
  const Annotation& a = r.a;
  const std::size_t after = site.i + site.n;
  if (after < site.ce && r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[after])) return true;
  // Row 18.330: so before a preposition of other_prepositions (`back within the reach of
  // Acme`, `back under the control of`).
  if (after < site.ce && r.lex.in(Words::OtherPrepositions, a.tokens[after])) return true;
  if (site.i <= site.cb) return false;
  const std::size_t k = site.i - 1;
  const Token& p = a.tokens[k];
  if (r.lex.in(Words::ParticleBackVerbs, p) || r.lex.in(Words::Copulas, p)) return true;
  if (p.kind != TokenKind::Word || p.has(kCapitalized) || (site.before >= 0 && site.arg(site.before).end == site.i)) return false;
  // A verb form in -ing or -ed right before takes `back` as its particle: "is buying back
  // X", "wrested back control".
  if (r.lex.ends_in(Words::ParticipleSuffixes, p.lower) || r.lex.ends_in(Words::PastSuffixes, p.lower)) return true;
  // A plural noun naming people (a stem ending of word list person_noun_endings) or a
  // quantifier is a subject: "Democrat voters back X", "many back X".
  const std::string_view w = p.lower;
  // Also any plural in -s (not -ss) right before `back` with a capitalised word, a name,
  // right after it: "Tory donors back X", "Labour unions back X" (review of row 18.268).
  const bool named_object = after < site.ce && a.tokens[after].kind == TokenKind::Word && a.tokens[after].has(kCapitalized);
  const bool people = (w.size() > 5 && w.back() == 's' && r.lex.ends_in(Words::PersonNounEndings, w.substr(0, w.size() - 1))) ||
                      (named_object && w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's');
  return !(people || r.lex.in(Words::QuantifierDeterminers, p) || r.lex.in(Words::NominativePronouns, p) ||
           r.lex.in(Words::SubjectGapWords, p) || r.lex.in(Words::ActingAdverbs, p) || r.lex.in(Words::Coordinators, p) ||
           verb_group_word(r, k));
}

// The argument right before a cue used as a noun is its agent when it modifies the noun
// ("U.S. missile strike", "Assad's forces"): at most one word between, and no verb of
// speech (speech_verbs.json: "Abbas said such attacks were against ..." are not his).
bool agent_modifier(const Reading& r, const Site& site) {
  if (site.before < 0 || site.arg(site.before).end + 2 < site.i) return false;
  for (std::size_t k = site.arg(site.before).end; k < site.i; ++k) {
    std::uint32_t p = 0;
    if (r.lex.speech_index().match(r.a.tokens, k, site.i, p) && r.lex.speech_cues()[p].kind == SpeechCue::Kind::Verb)
      return false;
  }
  return true;
}

// The one acted on in a passive is a subject, never the object of a preposition of another
// phrase (word lists speaker_phrase_prepositions, of_prepositions; an article between):
// in "schemes run by the X and backed by Y" X is not backed.
bool after_preposition(const Reading& r, std::size_t first, std::size_t cb) {
  std::size_t k = first;
  if (k > cb && r.lex.in(Words::Articles, r.a.tokens[k - 1])) --k;
  if (k <= cb) return false;
  const Token& t = r.a.tokens[k - 1];
  return r.lex.in(Words::SpeakerPhrasePrepositions, t) || r.lex.in(Words::OfPrepositions, t);
}

// A capitalised cue inside a sentence belongs to a name ("Grand Slam", "the Champions
// League"): after a word, a comma ("hit comedy, Meet the Parents") or a possessive that
// opens a capitalised sequence ("Wednesday's Champions League clash"). A verb is
// capitalised inside a sentence only after an opening quotation mark, a colon or a dash,
// unless an article and a capitalised word follow it: a title in title case (row 18.296:
// `KTV's "Meet the Voters"`, `on "Meet the Voters" Sunday`).
bool name_part(const Reading& r, const Sentence& s, const Site& site) {
  const Annotation& a = r.a;
  const std::size_t i = site.i;
  if (!a.tokens[i].has(kCapitalized) || i <= s.first_token || s.headline) return false;
  if (const std::size_t nx = i + site.n;
      nx + 1 < s.end_token && r.lex.in(Words::Articles, a.tokens[nx]) && a.tokens[nx + 1].has(kCapitalized))
    return true;
  const Token& p = a.tokens[i - 1];
  if (p.has(kPossessive)) {
    const std::size_t nx = i + site.n;
    return nx < s.end_token && a.tokens[nx].kind == TokenKind::Word && a.tokens[nx].has(kCapitalized);
  }
  return p.kind == TokenKind::Word || p.norm == ",";
}

// A cue that is also a role noun (word list person_role_nouns: `champion`, `critic`)
// right between a name and a person's name is that noun, a title ("Wimbledon champion
// Maria Sharapova", "Olympic champion X"), not a verb with its subject and object.
bool title_before_name(const Reading& r, const Site& site) {
  if (site.n != 1 || site.before < 0 || site.after < 0 || !r.lex.in(Words::PersonRoleNouns, site.w0)) return false;
  if (site.arg(site.before).end != site.i || site.arg(site.after).first != site.i + 1) return false;
  return r.a.entities[static_cast<std::size_t>(site.ent(site.after))].type == EntityType::Person;
}

// A cue that is also a role noun (word list person_role_nouns: `champion`, `critic`) is
// the noun unless it stands where a verb stands: right after its subject's name (read by
// title_before_name()), a subject pronoun, or a word of the verb group or of a subject gap
// (`will champion`, `who also champions`). After a modifier it heads a noun phrase: "the
// 2000 champion", "Olympic heptathlon champion X", "world cross country champion X". A
// participle cue right before a role noun modifies it: "defending champion X", "best
// supporting actress" (word list role_modifier_participles, row 18.264), not "supporting
// Franz Ferdinand" nor "attacking actress Meryl Streep"; a role-noun cue after such a
// participle is the noun too ("lost to reigning champion X").
// A cue form that in news is mostly a noun (word list noun_first_cue_forms, row 18.271:
// `honour`, `honours`, `target`, `targets`) is read alike, and is the noun also before a
// preposition or a punctuation mark, where the verb would want its object ("French honour
// for director X", "US targets in Syria", "target (Conservative)"): "won top honours",
// "potential targets", "allied targets" are nouns; "will target X", "Grammys honour X" verbs.
bool role_noun_use(const Reading& r, const Site& site) {
  if (site.n != 1 || site.i <= site.cb) return false;
  const Annotation& a = r.a;
  const std::size_t nx = site.i + 1;
  if (r.lex.ends_in(Words::ParticipleSuffixes, site.w0))
    return nx < site.ce && a.tokens[nx].kind == TokenKind::Word && r.lex.in(Words::RoleModifierParticiples, site.w0) &&
           r.lex.in(Words::PersonRoleNouns, a.tokens[nx]);
  const bool noun_first = r.lex.in(Words::NounFirstCueForms, a.tokens[site.i]);
  if (!noun_first && !r.lex.in(Words::PersonRoleNouns, site.w0)) return false;
  if (noun_first && (nx >= site.ce || a.tokens[nx].kind != TokenKind::Word || r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[nx]) ||
                     r.lex.in(Words::OtherPrepositions, a.tokens[nx])))
    return true;
  const std::size_t k = site.i - 1;
  if (site.before >= 0 && site.arg(site.before).end == site.i) return false;
  const Token& p = a.tokens[k];
  if (p.kind == TokenKind::Punct) return false;
  if (r.lex.ends_in(Words::ParticipleSuffixes, p.lower)) return true;  // `reigning champion`, also after `to`
  return !(r.lex.in(Words::NominativePronouns, p) || r.lex.in(Words::SubjectGapWords, p) || verb_group_word(r, k));
}

// A meeting verb after coordinated subjects says they met each other only with no partner
// or object of its own: not after a cue ending in `with` ("X and Y have been negotiating
// with unions") nor before a determiner ("X and Y welcomed the report", "met their
// rivals"); "X and Y met on Friday", "are to meet amid talk" stay.
bool reciprocal_use(const Reading& r, const Site& site) {
  const Annotation& a = r.a;
  if (r.lex.in(Words::ComitativePrepositions, a.tokens[site.i + site.n - 1])) return false;
  const std::size_t nx = site.i + site.n;
  // A possessor after the verb opens its object too (row 18.273): "X and Y met supporters'
  // representatives".
  return nx >= site.ce || !(r.lex.in(Words::Determiners, a.tokens[nx]) || a.tokens[nx].has(kPossessive) ||
                            (nx + 1 < site.ce && a.tokens[nx + 1].has(kPossessive)));
}

// The name after a meeting verb is only where they met (row 18.292): a place or country
// right after `in`, `at`, `near` or `from` (word list location_prepositions), an article at
// most between: "X and Y met in Moscow". Mended in s56-mendsF: also an organisation the
// gazetteer knows as a seat of government, a building ("will meet at the Kremlin").
bool meeting_place_after(const Reading& r, const Site& site) {
  const Annotation& a = r.a;
  const std::size_t nx = site.i + site.n;
  if (site.after < 0 || nx >= site.ce || !r.lex.in(Words::LocationPrepositions, a.tokens[nx])) return false;
  const Arg& g = site.arg(site.after);
  const Entity& e = a.entities[static_cast<std::size_t>(g.entity)];
  const GazetteerEntry* seat = e.type == EntityType::Organization && !e.gazetteer_id.empty() ? r.lex.entry_by_id(e.gazetteer_id) : nullptr;
  return (e.type == EntityType::Location || e.type == EntityType::Country || (seat && seat->seat)) &&
         (g.first == nx + 1 || (g.first == nx + 2 && r.lex.in(Words::Articles, a.tokens[nx + 1])));
}

}  // namespace

// Row 18.326: a verb of labelling (word list label_verbs) takes its object right after it:
// a name, a determiner, a possessive, an object pronoun, or a quote (`branded Tom Smith
// "reckless"`, `branded the plan a retreat`); before another lower-case word the form is a
// noun or a modifier (`a branding firm`, `its Acme branded phone`, `Acme brands include`).
bool label_object_next(const Reading& r, std::size_t k, std::size_t end) {
  if (k >= end) return false;
  const Token& t = r.a.tokens[k];
  if (t.kind != TokenKind::Word || t.has(kCapitalized)) return true;
  return r.lex.in(Words::Determiners, t) || r.lex.in(Words::Articles, t) || r.lex.in(Words::Possessives, t) ||
         r.lex.in(Words::ObjectPronouns, t) || r.lex.in(Words::QuantifierDeterminers, t);
}

namespace {

// Row 18.328: the past form of a one-word verb cue with a preposition right after it takes no
// direct object there: it is a participle, passive, its auxiliary dropped in a headline
// (`Tom Smith attacked on farm plan`, `Acme criticised over prices`, `Jane Roe hailed as
// hero`) or reducing a relative clause (`one of the men lampooned in the Acme poster`); its
// subject is the one acted on, and its agent comes only with `by` (the passive cues). Not
// before `with` (comitative_prepositions: a partner, held by the cues that take one: `sided
// with`), nor `of` (read by verb_cue_applies()); a cue holding its preposition (`hit back
// at`) is longer than one word. Force reaches its target through a preposition of
// target_prepositions (`hacked into Acme's computers`: active; `in` is containment), a verb
// of verbal_attack_verbs aside (`attacked` takes its object directly); after a subject
// pronoun (nominative_pronouns) the verb is finite, its object gapped (`the failures that he
// blamed on Jane Roe`).
bool participle_before_preposition(const Reading& r, const Site& site, std::size_t end) {
  if (site.n != 1 || !r.lex.ends_in(Words::PastSuffixes, site.w0) || site.i + 1 >= end) return false;
  const Token& t = r.a.tokens[site.i + 1];
  if (t.kind != TokenKind::Word || t.has(kCapitalized) || r.lex.in(Words::ComitativePrepositions, t)) return false;
  if (site.cue->type == RelationType::Attacked && !r.lex.in(Words::VerbalAttackVerbs, site.w0) &&
      r.lex.in(Words::TargetPrepositions, t) && !r.lex.in(Words::ContainmentPrepositions, t))
    return false;
  if (site.i > site.cb && r.lex.in(Words::NominativePronouns, r.a.tokens[site.i - 1])) return false;
  return r.lex.in(Words::SpeakerPhrasePrepositions, t) || r.lex.in(Words::OtherPrepositions, t);
}

// Row 18.329: a past participle after a lower-case verb that follows an auxiliary or `to`
// (finite_auxiliaries, infinitive_markers; a word of subject_gap_words between: `will also
// be`), neither of them perfect (perfect_auxiliaries), is passive: `will be praised`, `could
// be joined by`, `to be blamed`, `was widely criticised`; `has also backed` and `will have
// praised` are active.
bool passive_after_auxiliary(const Reading& r, const Site& site) {
  if (site.n != 1 || site.i < site.cb + 2 || !r.lex.ends_in(Words::PastSuffixes, site.w0)) return false;
  const Token& verb = r.a.tokens[site.i - 1];
  if (verb.kind != TokenKind::Word || verb.has(kCapitalized) || r.lex.in(Words::PerfectAuxiliaries, verb)) return false;
  std::size_t k = site.i - 2;
  if (k > site.cb && !r.lex.in(Words::FiniteAuxiliaries, r.a.tokens[k]) && r.lex.in(Words::SubjectGapWords, r.a.tokens[k])) --k;
  const Token& aux = r.a.tokens[k];
  return !r.lex.in(Words::PerfectAuxiliaries, aux) &&
         (r.lex.in(Words::FiniteAuxiliaries, aux) || r.lex.in(Words::InfinitiveMarkers, aux));
}

}  // namespace

bool verb_cue_applies(const Reading& r, const Sentence& s, const Site& site) {
  if (site.cue->frame != Frame::Active || site.noun_like) return true;
  const Annotation& a = r.a;
  const std::size_t i = site.i;
  // A capitalised cue inside a sentence belongs to a name (name_part()); after a
  // determiner a verb cue is a noun ("one of the hosts"); "back" may be an adverb
  // (adverb_use()).
  if (name_part(r, s, site)) return false;
  // Glued to a hyphen the cue is part of an adjective: "a Western-backed resolution",
  // "Iran-supported militias" say nothing of the clause's subject.
  if (i > s.first_token && a.tokens[i - 1].norm == "-" && a.tokens[i - 1].span.end == a.tokens[i].span.begin) return false;
  // "accused of" names no one accused after it: the accused is the subject of a passive
  // or the noun before a reduced relative ("two brothers accused of the attack").
  if (i + site.n < s.end_token && r.lex.in(Words::OfPrepositions, a.tokens[i + site.n])) return false;
  if (adverb_use(r, site)) return false;
  if (r.lex.in(Words::LabelVerbs, site.w0) && !label_object_next(r, i + site.n, s.end_token)) return false;
  if (participle_before_preposition(r, site, site.ce)) return false;  // row 18.328
  if (i <= site.cb) return true;
  const Token& p = a.tokens[i - 1];
  // After a form of "be" a past participle is passive ("Labour has been accused"): the
  // subject is the one acted on, and the agent comes only with "by" (passive cues). A
  // participle with its own preposition is a state ("is aligned with").
  if (site.n == 1 && r.lex.in(Words::Copulas, p) && r.lex.ends_in(Words::PastSuffixes, site.w0)) return false;
  if (passive_after_auxiliary(r, site)) return false;  // row 18.329
  return !r.lex.in(Words::Determiners, p);
}

void noun_use_of_verb_cue(const Reading& r, Site& site) {
  const Annotation& a = r.a;
  const std::size_t i = site.i;
  // As a noun the cue needs its agent as a modifier ("U.S. missile strike against",
  // "Assad's forces") or a launching verb whose subject is the agent, looked for inside
  // a complement clause when there is one ("the U.S. maintains that the Syrian
  // government launched ...", "asked if Syria could have launched ...").
  if (agent_modifier(r, site)) {
    site.subject = site.before;
  } else if (site.launched) {
    site.subject = site.first >= 0 ? site.first : site.before;
    std::size_t comp = 0;
    for (std::size_t k = site.cb; k < i; ++k)
      if (r.lex.in(Words::Complementizers, a.tokens[k])) comp = k + 1;
    if (comp)
      for (std::size_t x = 0; x < site.size(); ++x)
        if ((*site.ms)[x].first >= comp && (*site.ms)[x].end <= i) { site.subject = static_cast<std::int32_t>(x); break; }
  } else {
    site.subject = -1;
  }
  // A single attack noun reaches its target through a preposition ("attack on a Syrian
  // air base", "strikes against"), not "attack without Russia's knowledge"; a place
  // after "in" is where it happened, not whom it hit. A support noun reaches the one it
  // backs through `for` too (word list support_prepositions: "Moscow's support for X").
  const bool noun_position = site.launched || r.lex.in(Words::NounPhraseOpeners, site.prev) ||
                             (site.before >= 0 && site.arg(site.before).end + 1 == i &&
                              a.tokens[site.arg(site.before).end].has(kPossessive));
  if (site.n == 1 && site.after >= 0 && noun_position) {
    const std::string_view pp = i + 1 < site.ce ? a.tokens[i + 1].lower : std::string_view();
    const bool target_pp = r.lex.in(Words::TargetPrepositions, pp) ||
                           (site.cue->type == RelationType::Supports && r.lex.in(Words::SupportPrepositions, pp));
    if (!target_pp || site.arg(site.after).first > i + 4 ||
        (r.lex.in(Words::ContainmentPrepositions, pp) && a.entities[static_cast<std::size_t>(site.ent(site.after))].type == EntityType::Location))
      site.after = -1;
  }
  if (i > site.cb && (r.lex.in(Words::Articles, site.prev) || r.lex.in(Words::AttackModifiers, site.prev)) && !site.launched)
    site.subject = -1;
  // A noun's target never lies past a comma: "the X attack, Reuters reports".
  for (std::size_t k = i + site.n; site.after >= 0 && k < site.arg(site.after).first; ++k)
    if (a.tokens[k].norm == ",") site.after = -1;
  // "accepting support from super PACs", "locked in support among Hispanics": the name after
  // from|among (word lists origin_prepositions, inclusion_words) gives the support or the
  // attack; it is not what the noun is aimed at.
  if (const std::size_t pp = i + site.n; site.after >= 0 && pp < site.ce &&
                                         (r.lex.in(Words::OriginPrepositions, a.tokens[pp]) || r.lex.in(Words::InclusionWords, a.tokens[pp])))
    site.after = -1;
}

namespace {

// An object relative clause whose verb has no object after it: the one acted on is the
// antecedent ("Republican leaders, a group he has railed against,"; "X, whom Y criticised,").
// The subject stands right before the cue (auxiliaries of word list finite_auxiliaries
// between at most) and a clause mark or the clause end follows the cue; before the subject
// a relative word (relative_words) or an article and one lower-case noun (the apposition
// "a group"), then a comma; before the comma the antecedent: an argument, or an
// organisation or country and one lower-case noun (its members: "Republican leaders").
// The argument index, or -1.
std::int32_t gap_antecedent(const Reading& r, const Site& site) {
  const Annotation& a = r.a;
  const std::size_t after = site.i + site.n;
  if (site.after >= 0 || site.subject < 0 || site.subject != site.before) return -1;
  if (after < site.ce && a.tokens[after].kind != TokenKind::Punct) return -1;
  for (std::size_t k = site.arg(site.subject).end; k < site.i; ++k)
    if (!r.lex.in(Words::FiniteAuxiliaries, a.tokens[k])) return -1;
  std::size_t p = site.arg(site.subject).first;
  const auto lower_word = [&](std::size_t k) {
    return a.tokens[k].kind == TokenKind::Word && !a.tokens[k].has(kCapitalized) && !a.tokens[k].has(kPossessive);
  };
  if (p > site.cb && r.lex.in(Words::RelativeWords, a.tokens[p - 1])) --p;
  else if (p > site.cb + 1 && lower_word(p - 1) && r.lex.in(Words::Articles, a.tokens[p - 2])) p -= 2;
  else return -1;
  if (p <= site.cb + 1 || a.tokens[p - 1].norm != ",") return -1;
  const std::size_t comma = p - 1;
  for (std::int32_t x = site.subject - 1; x >= 0; --x) {
    const Arg& g = site.arg(x);
    if (g.end == comma && g.first >= site.cb) return x;
    if (g.end + 1 == comma && g.first >= site.cb && lower_word(g.end)) {
      const EntityType t = a.entities[static_cast<std::size_t>(g.entity)].type;
      return t == EntityType::Organization || t == EntityType::Country ? x : -1;
    }
    if (g.end < comma) break;
  }
  return -1;
}

// A post held by a passive verb (a ROLE_IN passive cue: `headed by`, `led by`) is read
// only as a participle set off right after the body it qualifies (`The KDP, led by X,`,
// `the Council - led by Lord Y -`), and a country is no body there (`Australia, led by
// wicketkeeper X,` is a team): not `a group led by X`, `looked to stop the bleeding - led
// by X`.
bool post_apposition(const Reading& r, const Site& site) {
  if (site.cue->type != RelationType::RoleIn) return true;
  const Annotation& a = r.a;
  const Arg& body = site.arg(site.subject);
  if (site.i == 0 || body.end + 1 != site.i || a.tokens[body.end].kind != TokenKind::Punct) return false;
  const std::string_view mark = a.tokens[body.end].norm;
  return (mark == "," || mark == "-") && a.entities[static_cast<std::size_t>(body.entity)].type != EntityType::Country;
}

// The types a coordinated side shares (rows 18.290, 18.291): acts done or met by each of
// the coordinated names alike; posts and memberships are read by their own frames.
bool shared_by_coordination(RelationType t) {
  return t == RelationType::Criticized || t == RelationType::Supports || t == RelationType::Attacked || t == RelationType::MetWith;
}

// Whether a noun that speaks for its possessor opens the phrase at k (row 18.298, mended in
// s56-mendsF): a word of official_nouns, party_side_words, regime_nouns or state_body_nouns
// after at most two lower-case words, no coordinator among them (`by Roe's presidential
// campaign`, `by Doe's government`, not `by Roe's wife`).
bool speaking_noun_after(const Reading& r, std::size_t k, std::size_t end) {
  for (std::size_t j = k; j < end && j < k + 3; ++j) {
    const Token& t = r.a.tokens[j];
    if (t.kind != TokenKind::Word || t.has(kCapitalized) || t.has(kPossessive) || r.lex.in(Words::Coordinators, t)) return false;
    if (r.lex.in(Words::OfficialNouns, t) || r.lex.in(Words::PartySideWords, t) || r.lex.in(Words::RegimeNouns, t) ||
        r.lex.in(Words::StateBodyNouns, t))
      return true;
  }
  return false;
}

// Whether the token at k ends a `by` phrase (row 18.291, mended in s56-mendsF): a
// punctuation mark or a preposition (speaker_phrase_prepositions, other_prepositions:
// "praised by Jane Roe and Mary Poe in Leeds"), not a word that goes on with a clause of
// the name's own ("by Labour and the Greens voted against").
bool agent_phrase_end(const Reading& r, std::size_t k) {
  const Token& t = r.a.tokens[k];
  return t.kind == TokenKind::Punct || r.lex.in(Words::SpeakerPhrasePrepositions, t) || r.lex.in(Words::OtherPrepositions, t);
}

// "Jane Roe and Mary Poe criticised X", "Both A, B and C praised X": the arguments
// coordinated with the subject `x` before it (row 18.290), in a list that opens the clause.
// Between each pair only `and`, a comma or a coordination filler (`and her counterpart`), with
// an `and` before the subject; before the first only capitalised words (a title) or a word of
// correlative_openers (`both`; a word list since row 23.247):
// not a name that is the object or the complement of an earlier word (`after meeting X and Y
// criticised`, `X's ally Y and Z`). Empty when the subject stands alone.
std::vector<std::int32_t> coordinated_subjects(const Reading& r, const Site& site, std::int32_t x) {
  const Annotation& a = r.a;
  std::vector<std::int32_t> out;
  if (x <= 0 || !r.only_links_between(site.arg(x - 1).end, site.arg(x).first)) return out;
  std::int32_t k = x - 1;
  for (; k > 0; --k) {  // "A, B and C": a comma alone links the earlier ones
    const Arg& p = site.arg(k - 1);
    if (p.first < site.cb || p.end + 1 != site.arg(k).first || a.tokens[p.end].norm != ",") break;
  }
  for (std::size_t t = site.cb; t < site.arg(k).first; ++t) {
    const Token& w = a.tokens[t];
    if (!(w.kind == TokenKind::Word && (w.has(kCapitalized) || r.lex.in(Words::CorrelativeOpeners, w)))) return out;
  }
  for (std::int32_t j = k; j < x; ++j)
    if (site.arg(j).first >= site.cb && site.ent(j) != site.ent(x)) out.push_back(j);
  return out;
}

}  // namespace

void active_frame(Reading& r, const Site& site) {
  const Annotation& a = r.a;
  const auto type = site.cue->type;
  if (!site.noun_like && (title_before_name(r, site) || role_noun_use(r, site))) return;
  // Coordinated subjects meet each other: "Tillerson and Lavrov met"; not when the verb
  // has another partner or an object (reciprocal_use()).
  if (type == RelationType::MetWith && site.before2 >= 0 && (site.after < 0 || meeting_place_after(r, site)) && reciprocal_use(r, site) &&
      r.only_links_between(site.arg(site.before2).end, site.arg(site.before).first))
    r.col.add(site.ent(site.before2), type, site.ent(site.before), site.ev, site.cue_text, site.rule + ":coordination", 0.7);
  if (const std::int32_t o = gap_antecedent(r, site); o >= 0 && site.ent(o) != site.ent(site.subject)) {
    r.col.add(site.ent(site.subject), cue_type(r, site, site.ent(site.subject), site.ent(o)), site.ent(o), site.ev, site.cue_text,
              site.rule + ":object-gap", 0.55);
    return;
  }
  if (!(site.subject >= 0 && site.after >= 0 && site.before >= 0 && site.i - site.arg(site.before).end <= 8)) return;
  if (!met_directly(r, site) || !seat_on_body(r, site) || aim_of_person(r, site, site.ent(site.subject))) return;
  // A party that joins another votes or acts with it ("Ten Republicans joined Democrats");
  // it becomes no member of it.
  if (type == RelationType::MemberOf && party_entity(r, site.ent(site.subject)) && party_entity(r, site.ent(site.after))) return;
  // A gerund after "of" is not asserted: "accused of attacking X", "capable of striking X".
  if (r.lex.in(Words::OfPrepositions, site.prev) && r.lex.ends_in(Words::ParticipleSuffixes, site.w0)) return;
  r.col.add(site.ent(site.subject), cue_type(r, site, site.ent(site.subject), site.ent(site.after)), site.ent(site.after), site.ev, site.cue_text,
            site.noun_like ? site.rule + ":noun" : site.rule, site.noun_like ? 0.5 : 0.6, site.cue->role);
  if (!site.noun_like && site.subject == site.before && shared_by_coordination(type))
    for (const std::int32_t c : coordinated_subjects(r, site, site.subject))
      if (site.ent(c) != site.ent(site.after))
        r.col.add(site.ent(c), cue_type(r, site, site.ent(c), site.ent(site.after)), site.ent(site.after), site.ev, site.cue_text,
                  site.rule + ":coordinated-subject", 0.55, site.cue->role);
  // Coordinated objects, alike in type: "condemned Britain and France", not "supporting
  // Franz Ferdinand and UK garage MC Kano" or "X and India's Y".
  const auto nx = static_cast<std::size_t>(site.after) + 1;
  if (site.noun_like || nx >= site.size()) return;
  const Arg& next = (*site.ms)[nx];
  if (next.end < site.ce && r.only_links_between(site.arg(site.after).end, next.first) &&
      a.entities[static_cast<std::size_t>(next.entity)].type == a.entities[static_cast<std::size_t>(site.ent(site.after))].type &&
      !a.tokens[next.end].has(kPossessive))
    r.col.add(site.ent(site.subject), cue_type(r, site, site.ent(site.subject), next.entity), next.entity, site.ev, site.cue_text,
              site.rule + ":coordinated-object", 0.55, site.cue->role);
}

namespace {

// Rows 18.321-18.322: a cue of receiving an act from its agent (relation_cues.json passive
// forms ending in `from` or `of`: `came under fire from`, `faced criticism from`, `won the
// backing of`, `has the support of`) is read only when both sides stand right at it: the
// receiver's name ends just before it, with only a comma, verb-group words and subject-gap
// words between (`Tom Smith, who has long had the backing of`; not `Tom Smith said the plan
// had the support of`), and the agent's name opens right after it, past at most three
// articles or capitalised words (`won the endorsement of Gov. Jane Roe`; not `faced criticism
// from fans after a defeat by Tarn Rovers`). Cues ending in `by` are not such cues.
bool received_cue_fits(const Reading& r, const Site& site) {
  const Annotation& a = r.a;
  const Token& last = a.tokens[site.i + site.n - 1];
  if (!r.lex.in(Words::OriginPrepositions, last) && !r.lex.in(Words::OfPrepositions, last)) return true;
  const std::size_t agent = site.arg(site.after).first, cue_end = site.i + site.n;
  if (agent < cue_end || agent > cue_end + 3) return false;
  for (std::size_t k = cue_end; k < agent; ++k) {
    const Token& t = a.tokens[k];
    const bool article = r.lex.in(Words::DefiniteArticles, t) || r.lex.in(Words::IndefiniteArticles, t);
    if (t.kind != TokenKind::Word || (!article && !t.has(kCapitalized))) return false;
  }
  const std::size_t patient_end = site.arg(site.subject).end;
  if (patient_end > site.i) return false;
  for (std::size_t k = patient_end; k < site.i; ++k)
    if (a.tokens[k].norm != "," && !verb_group_word(r, k) && !r.lex.in(Words::SubjectGapWords, a.tokens[k])) return false;
  return true;
}

}  // namespace

void passive_frame(Reading& r, const Site& site) {
  // Row 18.327: no patient (find_subject() found none: `Tom Smith said he was backed by Jane
  // Roe`, a pronoun its own subject) -> no frame.
  if (site.before < 0 || site.after < 0 || site.subject < 0) return;
  if (!received_cue_fits(r, site)) return;
  // In a relative clause the one acted on is the antecedent of the relative word: in "X
  // mentioned Y's plan, which was dismissed by Z" it is the plan, not X; a name is the
  // patient only when the relative word follows it (", who was criticised by").
  const Annotation& a = r.a;
  const std::size_t patient_end = site.arg(site.subject).end;
  for (std::size_t k = patient_end; k < site.i; ++k) {
    if (!r.lex.in(Words::RelativeWords, a.tokens[k])) continue;
    std::size_t b = k;
    while (b > patient_end && a.tokens[b - 1].kind == TokenKind::Punct) --b;
    if (b != patient_end) {
      relative_plan_agent(r, site, b);  // row 18.337
      return;
    }
  }
  if (after_preposition(r, site.arg(site.subject).first, site.cb) || aim_of_person(r, site, site.ent(site.after)) ||
      !post_apposition(r, site))
    return;
  // An agent that only possesses the agent's noun acts through it only when the noun speaks
  // for it (row 18.298, speaking_noun_after()): `backed by Roe's campaign` is Roe's,
  // `criticised by Roe's wife` and `backed by the Senate's authority` are not.
  if (const std::uint32_t e = site.arg(site.after).end; e + 1 < site.ce && a.tokens[e].has(kPossessive) &&
                                                       !speaking_noun_after(r, e + 1, site.ce))
    return;
  // A participle after a comma modifies the phrase right before the comma ("worried about
  // plans, backed by the UK"): the one acted on ends there.
  if (site.i > 0 && a.tokens[site.i - 1].norm == "," && patient_end + 1 != site.i) return;
  const auto type = cue_type(r, site, site.ent(site.after), site.ent(site.subject));
  r.col.add(site.ent(site.after), type, site.ent(site.subject), site.ev, site.cue_text, site.rule, 0.6, site.cue->role);
  // Coordinated agents (row 18.291): "X was praised by Jane Roe and Mary Poe", alike in
  // type, not a possessor ("by Jane Roe and Acme's chief"). Mended in s56-mendsF: the name
  // after `and` ends the `by` phrase (agent_phrase_end), not opens a clause of its own
  // ("Tom Doe was backed by Labour and the Greens voted against him").
  if (const auto nx = static_cast<std::size_t>(site.after) + 1; shared_by_coordination(site.cue->type) && nx < site.size()) {
    const Arg& next = (*site.ms)[nx];
    if (next.end < site.ce && agent_phrase_end(r, next.end) && r.only_links_between(site.arg(site.after).end, next.first) &&
        next.entity != site.ent(site.subject) &&
        a.entities[static_cast<std::size_t>(next.entity)].type == a.entities[static_cast<std::size_t>(site.ent(site.after))].type &&
        !a.tokens[next.end].has(kPossessive))
      r.col.add(next.entity, cue_type(r, site, next.entity, site.ent(site.subject)), site.ent(site.subject), site.ev, site.cue_text,
                site.rule + ":coordinated-agent", 0.55, site.cue->role);
  }
  // Coordinated subjects: "Germany and France were condemned by Russia".
  if (site.subject == site.before && site.before2 >= 0 &&
      r.only_links_between(site.arg(site.before2).end, site.arg(site.before).first))
    r.col.add(site.ent(site.after), type, site.ent(site.before2), site.ev, site.cue_text, site.rule + ":coordination", 0.55,
              site.cue->role);
}

}  // namespace gazette::relations
