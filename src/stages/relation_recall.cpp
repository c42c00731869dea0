// Relations whose cue and arguments stand apart (relations_internal.hpp), read outside
// direct quotes after the cue loop: a call on a named person to leave a post (row 18.335)
// and a cue whose preposition opens the relative clause (row 18.336).
#include "relations_internal.hpp"

#include "gazette/coreference.hpp"

#include <algorithm>
#include <string>

namespace gazette::relations {

namespace {

// The argument whose last token ends right before token v with only verb-group words
// between (relations_internal.hpp verb_group_word(): `Tom Smith has repeatedly urged`),
// outside direct quotes and inside the sentence from `first`: its index, or -1.
std::int32_t subject_before(const Reading& r, const std::vector<Arg>& args, std::size_t first, std::size_t v) {
  std::size_t k = v;
  while (k > first && v - k < 4 && verb_group_word(r, k - 1)) --k;
  for (std::size_t x = args.size(); x-- > 0;)
    if (args[x].end == k && args[x].first >= first && !r.in_quote[args[x].first]) return static_cast<std::int32_t>(x);
  return -1;
}

// The first token of the word or two-word phrase of `list` ending right before token e (not
// before `first`), or e when there is none.
std::size_t phrase_before(const Reading& r, Words list, std::size_t first, std::size_t e) {
  const auto& t = r.a.tokens;
  if (e > first && r.lex.in(list, t[e - 1])) return e - 1;
  if (e > first + 1 && t[e - 2].kind == TokenKind::Word && t[e - 1].kind == TokenKind::Word &&
      phrase_in(r.lex, list, t[e - 2].lower, t[e - 1].lower))
    return e - 2;
  return e;
}

// The length of the word or two-word phrase of `list` opening at token k (0 = none).
std::size_t phrase_at(const Reading& r, Words list, std::size_t k, std::size_t end) {
  const auto& t = r.a.tokens;
  if (k >= end || t[k].kind != TokenKind::Word) return 0;
  if (k + 1 < end && t[k + 1].kind == TokenKind::Word &&
      phrase_in(r.lex, list, t[k].lower, t[k + 1].lower))
    return 2;
  return r.lex.in(list, t[k]) ? 1 : 0;
}

// The call of the verb of urging before the person's argument g, past at most four title
// tokens (capitalised words and dots: `called on Mr Tom Smith`): its first token, or
// g.first when there is none.
std::size_t urging_before(const Reading& r, const Sentence& s, const Arg& g) {
  const auto& t = r.a.tokens;
  std::size_t p = g.first;
  while (p > s.first_token && g.first - p < 4 && (t[p - 1].has(kCapitalized) || t[p - 1].norm == ".")) --p;
  const std::size_t v = phrase_before(r, Words::ExhortationVerbs, s.first_token, p);
  return v == p ? g.first : v;
}

// Row 18.335: `Tom Smith urged Jane Roe to resign`, `the Tarn Party called on Mr Doe to
// step down`: a person named right after a verb of urging (word list exhortation_verbs) and
// right before `to` and a verb of leaving one's post (word list resignation_verbs) is
// criticised by the subject right before the verb, as `called for the resignation of`
// (relation_cues.json) is. Outside direct quotes; not negated nor hedged (`may urge`); the
// one urged is a person (`urged Tarnland to quit the pact` is no call to resign).
void resignation_call(Reading& r, std::uint32_t si, const Arg& g) {
  const Annotation& a = r.a;
  const Sentence& s = a.sentences[si];
  // Row 23.272: `to` after the argument first (a bit of its word-list mask): most arguments have none.
  if (g.end + 1 >= s.end_token || !r.lex.in(Words::InfinitiveMarkers, a.tokens[g.end])) return;
  if (a.entities[static_cast<std::size_t>(g.entity)].type != EntityType::Person || r.in_quote[g.first]) return;
  if (phrase_at(r, Words::ResignationVerbs, g.end + 1, s.end_token) == 0) return;
  const std::size_t v = urging_before(r, s, g);
  if (v == g.first || r.in_quote[v] || r.negated(v, s.first_token) || r.hedged(v, s.first_token)) return;
  const std::int32_t subject = subject_before(r, r.by_sentence[si], s.first_token, v);
  if (subject < 0) return;
  const std::string cue(a.text(Span{a.tokens[v].span.begin, a.tokens[g.first - 1].span.end}));
  r.col.add(r.by_sentence[si][static_cast<std::size_t>(subject)].entity, RelationType::Criticized, g.entity, sentence_span(a, si),
            cue, "cue:resignation-call", 0.5);
}

// The antecedent of a relative word at token k + 1 after the preposition at k: the argument
// ending at k, or before a comma there, a head noun of regime_nouns or state_body_nouns
// between (`the Tarnish government, with which`). -1 when none.
std::int32_t fronted_antecedent(const Reading& r, const std::vector<Arg>& args, std::size_t first, std::size_t k) {
  const auto& t = r.a.tokens;
  std::size_t e = k;
  if (e > first && t[e - 1].norm == ",") --e;
  for (std::size_t x = 0; x < args.size(); ++x) {
    if (args[x].first < first || args[x].end > e) continue;
    if (args[x].end == e) return static_cast<std::int32_t>(x);
    const Token& head = t[args[x].end];
    if (args[x].end + 1 == e && !head.has(kCapitalized) &&
        (r.lex.in(Words::RegimeNouns, head) || r.lex.in(Words::StateBodyNouns, head)))
      return static_cast<std::int32_t>(x);
  }
  return -1;
}

// The relation cue of `verb` (one or two tokens from v) followed by the preposition at k,
// as one phrase (`aligned` + `with` = `aligned with`): an active cue of support, criticism
// or meeting, or nullptr.
const RelationCue* cue_with_preposition(const Reading& r, std::size_t v, std::size_t n, std::size_t k) {
  std::vector<Token> phrase(r.a.tokens.begin() + static_cast<std::ptrdiff_t>(v), r.a.tokens.begin() + static_cast<std::ptrdiff_t>(v + n));
  phrase.push_back(r.a.tokens[k]);
  std::uint32_t payload = 0;
  if (r.lex.relation_index().match(phrase, 0, phrase.size(), payload) != phrase.size()) return nullptr;
  const RelationCue& cue = r.lex.relation_cues()[payload];
  const bool fits = cue.type == RelationType::Supports || cue.type == RelationType::Criticized || cue.type == RelationType::MetWith;
  return cue.frame == Frame::Active && fits ? &cue : nullptr;
}

// Row 18.336: `the Tarnish government, with which Freedonia is aligned`, `Jane Roe, with
// whom Tom Smith sided`: an active cue of support, criticism or meeting whose preposition
// stands before the relative word (word list relative_words) opening its clause holds the
// antecedent as its object: the subject (an argument right after the relative word, an
// article and a title's capitalised words before it at most) -> cue -> the antecedent. The
// verb follows the subject past at most three verb-group words; not negated nor hedged;
// outside direct quotes.
void fronted_preposition(Reading& r, std::uint32_t si, std::size_t k) {
  const Annotation& a = r.a;
  const Sentence& s = a.sentences[si];
  const auto& args = r.by_sentence[si];
  if (k + 3 >= s.end_token || r.in_quote[k] || !r.lex.in(Words::RelativeWords, a.tokens[k + 1])) return;
  const std::int32_t object = fronted_antecedent(r, args, s.first_token, k);
  if (object < 0) return;
  std::size_t open = k + 2;
  if (r.lex.in(Words::Articles, a.tokens[open])) ++open;
  std::int32_t subject = -1;  // the argument opening there, past a title's capitalised words (`Senator`)
  for (std::size_t x = 0; x < args.size() && subject < 0; ++x)
    if (args[x].first >= open && args[x].first <= open + 2) {
      bool title = true;
      for (std::size_t t = open; t < args[x].first; ++t) title &= a.tokens[t].has(kCapitalized) || a.tokens[t].norm == ".";
      if (title) subject = static_cast<std::int32_t>(x);
    }
  if (subject < 0) return;
  const std::size_t from = args[static_cast<std::size_t>(subject)].end;
  for (std::size_t v = from; v < s.end_token && v - from <= 3; ++v) {
    for (std::size_t n = 1; n <= 2 && v + n <= s.end_token; ++n) {
      const RelationCue* cue = cue_with_preposition(r, v, n, k);
      if (cue == nullptr) continue;
      if (r.negated(v, k) || r.hedged(v, k)) return;
      const std::string text(a.text(Span{a.tokens[v].span.begin, a.tokens[v + n - 1].span.end}));
      r.col.add(args[static_cast<std::size_t>(subject)].entity, cue->type, args[static_cast<std::size_t>(object)].entity,
                sentence_span(a, si), text, "cue:fronted-preposition", 0.5);
      return;
    }
    if (!verb_group_word(r, v)) return;  // `is`, `has long been`: the verb follows
  }
}

}  // namespace

void apart_cues(Reading& r) {
  const Annotation& a = r.a;
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    // Row 23.272: both rules relate two distinct arguments of the sentence (`Tom Smith urged
    // Jane Roe to resign`): a sentence with fewer has nothing to read.
    if (s.furniture || s.duplicate || r.by_sentence[si].size() < 2) continue;
    for (const Arg& g : r.by_sentence[si]) resignation_call(r, si, g);
    // The relative word after the preposition first (`with which`; a bit of its word-list
    // mask): most tokens are followed by none. Row 23.385: found by next_in_list()'s tight
    // walk (j = k + 1 for k + 3 < end).
    for (std::size_t j = next_in_list(r.lex, Words::RelativeWords, a.tokens, s.first_token + 2, s.end_token - 2);
         j + 2 < s.end_token; j = next_in_list(r.lex, Words::RelativeWords, a.tokens, j + 1, s.end_token - 2))
      if (const std::size_t k = j - 1; a.tokens[k].kind == TokenKind::Word && !a.tokens[k].has(kCapitalized))
        fronted_preposition(r, si, k);
  }
}

}  // namespace gazette::relations

namespace gazette::relations {

// Row 18.337: `Tom Smith's plan to cut taxes, which was criticised by Jane Roe`, `Acme's
// bid, which is backed by Jane Roe`: a passive cue of criticism or support (relation_cues.json
// passive) in a relative clause whose antecedent is a plan (word list plan_nouns) with a named
// possessor, its complement at most eight tokens with no punctuation and no name, is aimed
// at the plan's owner: agent -> cue -> owner (GUIDELINES "CRITICIZED": a named entity's plan
// or act). The possessor is the cue's patient argument (find_subject()), the agent the one
// after `by`.
void relative_plan_agent(Reading& r, const Site& site, std::size_t b) {
  const Annotation& a = r.a;
  const RelationType type = site.cue->type;
  if (type != RelationType::Criticized && type != RelationType::Supports) return;
  const Arg& owner = site.arg(site.subject);
  if (owner.end + 1 >= b || !a.tokens[owner.end].has(kPossessive)) return;
  const std::size_t noun = plan_noun_after(r, owner.end + 1, b);
  if (noun == 0 || b - noun > 9) return;
  for (std::size_t k = noun + 1; k < b; ++k)
    if (a.tokens[k].kind == TokenKind::Punct) return;
  for (const Arg& g : *site.ms)
    if (g.first > noun && g.first < b) return;
  r.col.add(site.ent(site.after), type, owner.entity, site.ev, site.cue_text, site.rule + ":relative-plan", 0.5);
}

}  // namespace gazette::relations

namespace gazette::relations {

namespace {

// The word right after a possessed title ends its noun phrase: punctuation, a preposition
// (word lists speaker_phrase_prepositions, other_prepositions) or a coordinator; or the
// title bears the possessive itself (`his chancellor's record`). A lower-case noun after it
// (`his minister colleagues`) or a name (`his chancellor Tom Smith`, read as the name) does not.
bool title_phrase_ends(const Reading& r, std::size_t t, std::size_t end) {
  const auto& tok = r.a.tokens;
  if (t >= end || tok[t].has(kPossessive)) return true;
  const Token& w = tok[t];
  if (w.kind != TokenKind::Word) return w.kind == TokenKind::Punct;
  return !w.has(kCapitalized) && (r.lex.in(Words::SpeakerPhrasePrepositions, w) || r.lex.in(Words::OtherPrepositions, w) ||
                                  r.lex.in(Words::Coordinators, w));
}


// The holder of the post title p that `subject`'s possessive names (`his chancellor`):
// the holder in a body the subject holds a post in (its role facts' of_name), failing that
// the holder in the document (coreference.hpp role_holder()) unless that holder is stated
// in the opposition's post (a first title word of opposition_premodifiers: `Shadow
// Chancellor Jack Doe` is no prime minister's chancellor). -1 when none.
std::int32_t colleague_holding(const Reading& r, std::int32_t subject, std::uint32_t p, std::size_t pos) {
  const std::string& title = r.lex.titles()[p].title;
  for (const RoleFact& f : r.a.roles) {
    if (f.person != subject || f.of_name.empty()) continue;
    if (const std::int32_t h = role_holder(r.a, r.lex, title, f.of_name, pos); h >= 0 && h != subject) return h;
  }
  const std::int32_t h = role_holder(r.a, r.lex, title, "", pos);
  if (h < 0 || h == subject) return -1;
  for (const RoleFact& f : r.a.roles) {
    if (f.person != h) continue;
    const std::string first = to_lower(std::string_view(f.title).substr(0, f.title.find(' ')));
    if (r.lex.in(Words::OppositionPremodifiers, first)) return -1;
  }
  return h;
}

}  // namespace

// Row 18.352: `Prime Minister Tom Smith praised his chancellor for the budget`, `Tom Smith
// hailed his chancellor's budget`: the object of an active cue of criticism or support
// that is a possessive determiner (word list possessives) and a post title (titles.json,
// no name after it) stands for the one holding that post in the body the subject holds a
// post in (colleague_holding(), coreference.hpp role_holder()), as `the chancellor` does
// when coreference resolves it. The subject is the argument right before the cue (only
// verb-group words between: subject_before()), whom the possessive names.
bool possessed_title_object(Reading& r, const Site& site) {
  const Annotation& a = r.a;
  const RelationType type = site.cue->type;
  if (type != RelationType::Criticized && type != RelationType::Supports) return false;
  const std::size_t o = site.i + site.n;
  if (o + 1 >= site.ce || !r.lex.in(Words::Possessives, a.tokens[o])) return false;
  std::uint32_t p = 0;
  const std::size_t n = r.lex.post_title(a.tokens, o + 1, site.ce, p);
  if (n == 0 || !title_phrase_ends(r, o + 1 + n, site.ce)) return false;
  const std::int32_t x = subject_before(r, *site.ms, a.sentences[site.si].first_token, site.i);
  if (x < 0) return false;
  const std::int32_t subject = site.ent(x);
  const std::int32_t holder = colleague_holding(r, subject, p, o);
  if (holder < 0 || a.entities[static_cast<std::size_t>(holder)].type != EntityType::Person) return false;
  r.col.add(subject, type, holder, site.ev, site.cue_text, site.rule + ":possessed-title", 0.45);
  return true;
}

// Row 18.354: `Tom Smith quit the Tarn Party and accused it of betraying voters`, `Jane Roe
// took Acme Corp to court, accusing it of fraud`: `it` (word list body_pronouns) right after an
// active cue of criticism or support and before `of` or `for` (word list
// gerund_prepositions: the one accused of or praised for an act is an agent, not a thing
// as in `restored the Acme Hall and defended it`) stands for the organisation or
// country the same sentence names last between the subject and the cue (a person is never
// `it`; not one qualifying the subject: `Tarn Party candidate Tom Smith branded it`),
// outside direct quotes. True when it gave the relation.
bool body_pronoun_object(Reading& r, const Site& site) {
  const Annotation& a = r.a;
  const RelationType type = site.cue->type;
  if (type != RelationType::Criticized && type != RelationType::Supports) return false;
  const std::size_t o = site.i + site.n;
  if (site.subject < 0 || o + 1 >= site.ce || !r.lex.in(Words::BodyPronouns, a.tokens[o])) return false;
  if (!r.lex.in(Words::GerundPrepositions, a.tokens[o + 1])) return false;  // `accused it of`, `blamed it for`: an agent
  const std::int32_t subject = site.ent(site.subject);
  std::int32_t body = -1;
  const std::uint32_t after = site.arg(site.subject).end;  // the object of an earlier verb, not a modifier of the subject
  for (const Arg& g : *site.ms) {
    if (g.end > site.i) break;
    if (g.first < after) continue;
    const EntityType t = a.entities[static_cast<std::size_t>(g.entity)].type;
    if (t == EntityType::Organization || t == EntityType::Country) body = g.entity;
  }
  if (body < 0 || body == subject) return false;
  r.col.add(subject, type, body, site.ev, site.cue_text, site.rule + ":body-pronoun", 0.45);
  return true;
}

}  // namespace gazette::relations

namespace gazette::relations {

namespace {

// The direct quote with a speaker whose words hold token k, or nullptr (the quotes are in
// text order; an indirect quote may begin inside a direct one, so a few are looked at).
const Quote* direct_quote_at(const Annotation& a, std::size_t k) {
  const std::uint32_t at = a.tokens[k].span.begin;
  auto it = std::upper_bound(a.quotes.begin(), a.quotes.end(), at, [](std::uint32_t x, const Quote& q) { return x < q.span.begin; });
  for (int back = 0; back < 4 && it != a.quotes.begin(); ++back) {
    const Quote& q = *--it;
    if (q.kind == Quote::Kind::Direct && a.tokens[k].span.end <= q.span.end) return q.speaker >= 0 ? &q : nullptr;
  }
  return nullptr;
}

// The token before the verb-group words (relations_internal.hpp verb_group_word()) right
// before the cue at token i, where its subject stands (`I strongly support`, `we have
// always backed`); i when there is none.
std::size_t first_person_at(const Reading& r, std::size_t first, std::size_t i) {
  std::size_t k = i;
  while (k > first && i - k < 4 && verb_group_word(r, k - 1)) --k;
  return k > first ? k - 1 : i;
}
// The subject of the cue at token i is a first-person pronoun (word list
// first_person_subjects). Looked up by its lower-case form: a one-letter token's list mask
// is its written form's (`I`, not `i`).
bool first_person_subject(const Reading& r, std::size_t first, std::size_t i) {
  const std::size_t k = first_person_at(r, first, i);
  return k < i && r.lex.in(Words::FirstPersonSubjects, r.a.tokens[k].lower);
}

// The word after a name ends the name's noun phrase: no word, a capitalised one, or a
// preposition, coordinator, subordinator, relative word, `as`, `that`, an adverb in -ly or a
// noun of state power (`the Tarn administration`). Another lower-case word is the head the
// name qualifies (`the Tarn Party nominee`, `the Tarnish people`): the name is no object.
bool name_phrase_ends(const Reading& r, std::size_t k, std::size_t end) {
  if (k >= end) return true;
  const Token& t = r.a.tokens[k];
  if (t.kind != TokenKind::Word || t.has(kCapitalized)) return true;
  return r.lex.in(Words::SpeakerPhrasePrepositions, t) || r.lex.in(Words::OtherPrepositions, t) ||
         r.lex.in(Words::OfPrepositions, t) || r.lex.in(Words::GerundPrepositions, t) || r.lex.in(Words::Coordinators, t) ||
         r.lex.in(Words::Subordinators, t) || r.lex.in(Words::RelativeWords, t) || r.lex.in(Words::AttributionAs, t) ||
         r.lex.in(Words::DeclarativeComplementizers, t) || r.lex.in(Words::StateBodyNouns, t) ||
         r.lex.ends_in(Words::AdverbSuffixes, t.lower);
}

// The named object of a cue ending at token o: an argument opening at most three tokens
// after it, only capitalised words (a title: `President Tom Smith`), articles or an opening
// bracket between, inside the same quote (at most `end`), ending its noun phrase or
// possessed (`Jane Roe's plan`). Its index, or -1.
std::int32_t object_right_after(const Reading& r, const Site& site, std::size_t o, std::size_t end) {
  if (site.after < 0) return -1;
  const Arg& g = site.arg(site.after);
  if (g.first < o || g.first > o + 3 || g.end > end || !r.in_quote[g.first]) return -1;
  for (std::size_t k = o; k < g.first; ++k) {
    const Token& t = r.a.tokens[k];
    const bool article = r.lex.in(Words::DefiniteArticles, t) || r.lex.in(Words::IndefiniteArticles, t);
    if (!article && !t.has(kCapitalized) && t.norm != "(") return -1;
  }
  const bool possessed = g.end < end && r.a.tokens[g.end].has(kPossessive);
  if (!possessed && !name_phrase_ends(r, g.end, end)) return -1;
  return site.after;
}

}  // namespace

// Row 18.384: `"I strongly condemn Jane Roe," said Tom Smith`, `"We back the Tarn Party,"
// Acme said`: an active cue of criticism or support inside a direct quote whose subject is
// `I`, or `we` said by a body or a country, is the speaker's own act (GUIDELINES "Typed
// relations": the one who criticizes or backs is the head), aimed at the name right after
// the cue (`"We back the Tarn Party nominee"` backs no party). Not when negated,
// hedged or set as a condition (as read_cue() reads any cue); the speaker is never its own
// object. Cues in quotes with another subject stay claims (judgements()).
void first_person_cues(Reading& r) {
  const Annotation& a = r.a;
  for_each_cue(r, false, [&](std::uint32_t si, std::size_t i, std::size_t n, const RelationCue& cue) {
    if (!r.in_quote[i] || cue.frame != Frame::Active) return;
    if (cue.type != RelationType::Criticized && cue.type != RelationType::Supports) return;
    const Sentence& s = a.sentences[si];
    if (!first_person_subject(r, s.first_token, i)) return;
    const Quote* q = direct_quote_at(a, i);
    if (q == nullptr) return;
    // A person's `we` speaks for a body or a country, not for the person alone.
    if (r.lex.in(Words::WePronouns, a.tokens[first_person_at(r, s.first_token, i)]) &&
        a.entities[static_cast<std::size_t>(q->speaker)].type == EntityType::Person)
      return;
    Site site = cue_site(r, si, i, n, cue);
    if (r.negated(i, site.cb) || r.questioned(i, site.cb) || r.hedged(i, site.cb)) return;
    site.w0 = a.tokens[i].lower;
    if (!verb_cue_applies(r, s, site)) return;
    arguments_around(site);
    const std::int32_t o = object_right_after(r, site, i + n, site.ce);
    if (o < 0 || site.ent(o) == q->speaker) return;
    const std::string text(a.text(Span{a.tokens[i].span.begin, a.tokens[i + n - 1].span.end}));
    r.col.add(q->speaker, cue.type, site.ent(o), sentence_span(a, si), text, "quote:first-person", 0.5);
  });
}

}  // namespace gazette::relations
