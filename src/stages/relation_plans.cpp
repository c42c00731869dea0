// Relations, plans and their owners (relations_internal.hpp). GUIDELINES "CRITICIZED": a
// speaker calling a named entity's plan or act "dangerous" criticises its owner; SUPPORTS:
// "welcomed (a named owner's plan)". A plan is a noun of word list plan_nouns ("the new
// targets", "Brown's decision"). Its owner is the one named with it ("Brown's"); for an
// unnamed plan ("the new targets") the owner is read from the text before it; a title's
// ("the chancellor's record", "the minister's decision") is the title's holder in the
// document (coreference.hpp role_holder()); otherwise the last
// "NAME's [modifiers] PLAN" with the same noun, failing that the speaker of the first quote
// whose words hold the noun and judge nothing (the one who announced it, not a critic).
#include "relations_internal.hpp"

#include "gazette/coreference.hpp"

namespace gazette::relations {

namespace {

// The noun without a plural -s: "targets" and "target" are one plan.
std::string_view stem(std::string_view w) { return w.size() > 3 && w.back() == 's' ? w.substr(0, w.size() - 1) : w; }

bool same_plan(const Token& t, std::string_view noun) { return t.kind == TokenKind::Word && stem(t.lower) == stem(noun); }

// An opener of an unnamed plan: "the", "this", "these" (not "a", not a possessive, whose
// owner is another matter).
bool plan_opener(const Reading& r, const Token& t) {
  const Lexicons& lex = r.lex;
  if (lex.in(Words::DefiniteArticles, t)) return true;
  return lex.in(Words::Determiners, t) && !lex.in(Words::Articles, t) && !lex.in(Words::Possessives, t) &&
         !lex.in(Words::WePronouns, t);
}

}  // namespace

// Up to three lower-case words before a lower-case plan noun at k ("the new inpatient
// targets"): the noun's token, or 0 when there is none by `end`. Not a plan: one with a
// possessor inside ("the president's policy": a role phrase's, not an unnamed one), a
// name ("the Bill Clinton years"), or content ("the idea that ...").
std::size_t plan_noun_after(const Reading& r, std::size_t k, std::size_t end) {
  const Annotation& a = r.a;
  for (std::size_t x = k; x < end && x < k + 4; ++x) {
    const Token& t = a.tokens[x];
    if (t.has(kPossessive) || t.has(kCapitalized)) return 0;
    if (r.lex.in(Words::PlanNouns, t)) {
      const bool content = x + 1 < end && (r.lex.in(Words::Complementizers, a.tokens[x + 1]) ||
                                           r.lex.in(Words::RelativeWords, a.tokens[x + 1]));
      return content ? 0 : x;
    }
    const bool modifier = t.kind == TokenKind::Word || t.norm == "-";
    if (!modifier || r.lex.in(Words::Coordinators, t) || r.lex.in(Words::RelativeWords, t)) return 0;
  }
  return 0;
}

namespace {

// The named owner of the plan noun at `noun`: "Brown's plans", "Labour's new 10-year
// targets"; -1 when the noun has no named possessor. The possessor and its modifiers are
// one phrase: words and hyphens only, not "GMTV's Sunday programme. Other plans".
std::int32_t named_possessor(const Reading& r, std::size_t noun, std::size_t floor) {
  const Annotation& a = r.a;
  std::size_t p = noun;
  while (p > floor && noun - p < 4 && !a.tokens[p - 1].has(kPossessive)) {
    const Token& t = a.tokens[p - 1];
    if (t.kind != TokenKind::Word && t.norm != "-") return -1;
    --p;
  }
  if (p <= floor || !a.tokens[p - 1].has(kPossessive)) return -1;
  for (const auto& m : a.mentions)
    if (m.entity >= 0 && m.end_token + 1 == p && m.resolved_from.empty()) return m.entity;
  return -1;
}

// A quote that judges (an evaluative word of relation_cues.json anywhere in it).
bool judging_quote(const Reading& r, std::size_t t0, std::size_t te) {
  std::uint32_t payload = 0;
  for (std::size_t k = t0; k < te; ++k)
    if (const std::size_t n = r.lex.relation_index().match(r.a.tokens, k, te, payload);
        n && r.lex.relation_cues()[payload].frame == Frame::Evaluation)
      return true;
  return false;
}

// The owner of an unnamed plan from the text before it (see the head of the file).
std::int32_t owner_before(const Reading& r, std::size_t noun, std::int32_t judge) {
  const Annotation& a = r.a;
  const std::string_view w = a.tokens[noun].lower;
  for (std::size_t k = noun; k > 0; --k)
    if (same_plan(a.tokens[k - 1], w))
      if (const std::int32_t o = named_possessor(r, k - 1, 0); o >= 0 && o != judge) return o;
  const Quote* first = nullptr;
  for (const auto& q : a.quotes) {
    if (q.speaker < 0 || q.speaker == judge || q.span.end > a.tokens[noun].span.begin) continue;
    if (first && first->span.begin <= q.span.begin) continue;
    const auto [t0, te] = a.tokens_in(q.span);
    bool holds = false;
    for (std::size_t k = t0; k < te; ++k) holds |= same_plan(a.tokens[k], w);
    if (holds && !judging_quote(r, t0, te)) first = &q;
  }
  return first ? first->speaker : -1;
}

}  // namespace

std::size_t plan_phrase_at(const Reading& r, std::size_t k, std::size_t end) {
  if (k + 1 >= end || !plan_opener(r, r.a.tokens[k])) return 0;
  return plan_noun_after(r, k + 1, end);
}

std::int32_t plan_owner(const Reading& r, std::size_t noun, std::int32_t judge) {
  const std::int32_t o = owner_before(r, noun, judge);
  return o == judge ? -1 : o;
}

std::int32_t title_possessor(const Reading& r, std::size_t k, std::size_t end, std::size_t& noun) {
  const Annotation& a = r.a;
  if (k + 3 >= end || !r.lex.in(Words::DefiniteArticles, a.tokens[k])) return -1;
  std::uint32_t p = 0;
  const std::size_t n = r.lex.post_title(a.tokens, k + 1, end, p);
  if (!n) return -1;
  const std::size_t poss = k + 1 + n;
  if (poss + 1 >= end || !a.tokens[poss].has(kPossessive)) return -1;
  noun = plan_noun_after(r, poss + 1, end);
  return noun ? role_holder(a, r.lex, r.lex.titles()[p].title, "", k) : -1;
}

// Row 18.338: a modifier of an unnamed plan that is a noun of the state (word lists
// regime_nouns, state_body_nouns: `the government plans`, `the administration's new
// rules` read as `the government plans`) names its owner: the state, the one country the
// document names (sole_named_country()), or nobody when it names none or several; never
// the last `NAME's plans` before it (`Tom Smith's plans ... the Tarn Party backed the
// government plans` is no backing of Tom Smith).
namespace {
bool state_modified(const Reading& r, std::size_t from, std::size_t noun) {
  for (std::size_t k = from; k < noun; ++k)
    if (r.lex.in(Words::RegimeNouns, r.a.tokens[k]) || r.lex.in(Words::StateBodyNouns, r.a.tokens[k])) return true;
  return false;
}
}  // namespace

std::int32_t plan_at(const Reading& r, std::size_t k, std::size_t end, std::int32_t judge, std::size_t& noun) {
  noun = 0;
  if (const std::int32_t holder = title_possessor(r, k, end, noun); holder >= 0) return holder == judge ? -1 : holder;
  noun = plan_phrase_at(r, k, end);
  if (noun && state_modified(r, k + 1, noun)) {  // row 18.338
    const std::int32_t state = sole_named_country(r.a);
    return state == judge ? -1 : state;
  }
  return noun ? plan_owner(r, noun, judge) : -1;
}

// "X welcomed Brown's decision" (SUPPORTS Brown, no meeting), "X criticised the plans",
// "X welcomed the new targets" (the owner of the unnamed plan). True when the cue was read
// here and its own frame must not be read ("welcomed Brown's decision" is no MET_WITH).
bool plan_object_frame(Reading& r, const Site& site) {
  const Annotation& a = r.a;
  const RelationType type = site.cue->type;
  const bool welcome = type == RelationType::MetWith && site.n == 1 && r.lex.in(Words::WelcomeVerbs, a.tokens[site.i]);
  if (!welcome && type != RelationType::Criticized && type != RelationType::Supports) return false;
  if (site.subject < 0 || site.cue->frame != Frame::Active) return false;
  const RelationType as = welcome ? RelationType::Supports : type;
  const std::size_t o = site.i + site.n;
  if (welcome && site.after >= 0 && site.arg(site.after).first <= o + 1) {  // "welcomed [the] Brown's decision"
    const std::uint32_t e = site.arg(site.after).end;
    if (e + 1 < site.ce && a.tokens[e].has(kPossessive) && plan_noun_after(r, e + 1, site.ce)) {
      r.col.add(site.ent(site.subject), as, site.ent(site.after), site.ev, site.cue_text, site.rule + ":plan", 0.5);
      return true;
    }
  }
  std::size_t noun = 0;
  const std::int32_t owner = plan_at(r, o, site.ce, site.ent(site.subject), noun);
  if (!noun) return false;
  if (owner >= 0) r.col.add(site.ent(site.subject), as, owner, site.ev, site.cue_text, site.rule + ":plan-owner", 0.45);
  return welcome;
}

}  // namespace gazette::relations
