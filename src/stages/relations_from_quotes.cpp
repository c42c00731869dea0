// Relations from what is said (relations_internal.hpp): SAID_ABOUT between a speaker and
// each entity a quote is about; CRITICIZED from a quote that holds someone responsible
// ("said the Assad regime was responsible", "X is to blame"), unless the quote is a
// denial or negated before the predicate; CRITICIZED or SUPPORTS from a judgement
// (GUIDELINES "CRITICIZED": a speaker calling a named entity's plan or act "dangerous"):
// a judging verb ("called Labour's plans dangerous", "calling Graham a patriot") or a
// quoted predicate ("X's plan is reckless"), the polarity that of the evaluative word
// (relation_cues.json frame "evaluation"); a negator or n't before it cancels it. In a
// quote the judging predicate may also be a conduct of the lexicon opened by its auxiliary
// ("UKIP have over-reacted"), its subject an `it` standing for the body the sentence named
// last, the agent after `by`, or an evaluated title in the complement; a judging verb may
// judge the antecedent of the relative word opening its clause; reported speech that lays a
// chemical, gas or terror attack at someone's door blames them. A person's "we" in a direct
// quote speaks for the one organisation the person holds a post in (its ROLE_IN / MEMBER_OF).
// A short name in a quote ("the Bank") stands for the one organisation with that head noun.
#include "relations_internal.hpp"

#include "gazette/coreference.hpp"
#include "gazette/entities.hpp"
#include "gazette/roles.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

namespace gazette::relations {

// Row 23.383: a plain loop, the length compared first (most entries differ in it).
bool phrase_in(const Lexicons& lex, Words list, std::string_view p1, std::string_view p2) {
  const std::size_t n = p1.size() + 1 + p2.size();
  for (const std::string& w : lex.words(list))
    if (w.size() == n && w.starts_with(p1) && w[p1.size()] == ' ' && w.ends_with(p2)) return true;
  return false;
}

namespace {

// A copula at k followed by a blame predicate: "was responsible", "is to blame".
bool blames_at(const Reading& r, std::size_t k, std::size_t te) {
  const Annotation& a = r.a;
  if (!r.lex.in(Words::Copulas, a.tokens[k])) return false;
  // Row 23.383: the next word's list mask, not a look-up of its string; a phrase needs the
  // word after it in the quote (an entry of two words never ends in a space).
  if (r.lex.in(Words::BlamePredicates, a.tokens[k + 1])) return true;
  return k + 2 < te && phrase_in(r.lex, Words::BlamePredicates, a.tokens[k + 1].lower, a.tokens[k + 2].lower);
}

// The one held responsible: the mention right before the copula at k, or before its
// head noun ("the Assad regime", "Syria's government").
void held_responsible(Reading& r, const Quote& q, std::size_t t0, std::size_t k, const std::vector<std::uint32_t>& order) {
  const Annotation& a = r.a;
  for (const std::uint32_t mi : order) {
    const Mention& m = a.mentions[mi];
    if (m.entity < 0 || m.first_token < t0 || m.end_token > k) continue;
    std::size_t e = m.end_token;
    if (e < k && a.tokens[e].has(kPossessive)) ++e;
    if (e < k && r.lex.in(Words::RegimeNouns, a.tokens[e])) ++e;
    if (e == k && m.entity != q.speaker)
      r.col.add(q.speaker, RelationType::Criticized, m.entity, q.span, q.cue, "quote:holds-responsible", 0.5);
  }
}

// The tokens [first, end) of a quote's words. Found once per quote (from_quotes()) and
// passed to the rules that read the words.
using Judged = std::pair<std::size_t, std::size_t>;
// Row 23.369: both ends found by binary searches (Annotation::tokens_in, row 23.373), not by
// a walk over the quote's words.
Judged quote_tokens(const Annotation& a, const Quote& q) { return a.tokens_in(q.span); }

// The quote's tokens for the rules that read a judgement in them; none when the cue is a
// denial ("denied that X was responsible" judges no one). Passed to each rule as `judged`.
Judged judged_tokens(const Reading& r, const Quote& q, const Judged& words) {
  if (r.lex.starts_in(Words::DenialCueStems, to_lower(q.cue))) return {0, 0};
  return words;
}

void holds_responsible(Reading& r, const Quote& q, const Judged& judged, const std::vector<std::uint32_t>& order) {
  const Annotation& a = r.a;
  const auto [t0, te] = judged;
  for (std::size_t k = t0; k + 1 < te; ++k) {
    if (r.lex.in(Words::Negators, a.tokens[k]) || a.tokens[k].lower.ends_with("n't")) break;
    if (blames_at(r, k, te)) held_responsible(r, q, t0, k, order);
  }
}

// The evaluative word at token k: its length (0 = none) and the relation it gives.
std::size_t evaluation_at(const Reading& r, std::size_t k, std::size_t end, RelationType& type) {
  std::uint32_t payload = 0;
  const std::size_t n = r.lex.relation_index().match(r.a.tokens, k, end, payload);
  if (!n || r.lex.relation_cues()[payload].frame != Frame::Evaluation) return 0;
  type = r.lex.relation_cues()[payload].type;
  return n;
}

bool negator(const Reading& r, const Token& t) { return r.lex.in(Words::Negators, t) || t.lower.ends_with("n't"); }

// The first evaluation in tokens [from, end) before a clause break, unless a negator
// comes first ("is not dangerous"). Returns false when there is none.
bool evaluation_in(const Reading& r, std::size_t from, std::size_t end, RelationType& type) {
  const Annotation& a = r.a;
  for (std::size_t k = from; k < end; ++k) {
    const std::string_view w = a.tokens[k].norm;
    if (w == ";" || w == "." || negator(r, a.tokens[k])) return false;
    if (evaluation_at(r, k, end, type)) return true;
  }
  return false;
}

// Praise conceded before a contrast: a "but" followed within eight words by a negator
// ("called Labour \"a brilliant machine\" but said it did not deliver") takes the praise back.
bool conceded(const Reading& r, std::size_t from, std::size_t end) {
  const Annotation& a = r.a;
  for (std::size_t k = from; k < end; ++k) {
    if (!r.lex.in(Words::ContrastConjunctions, a.tokens[k])) continue;
    for (std::size_t x = k + 1; x < end && x < k + 9; ++x)
      if (negator(r, a.tokens[x])) return true;
  }
  return false;
}

// The subject of the judging verb at token i: the last argument ending at most eight
// tokens before it, or the person an apposition before the verb describes. Not the subject: one before a pronoun ("X said he called Y"), or one
// that qualifies a title or post ("the Republican presidential nominee called Y"); after a
// negator or a determiner the verb is none ("decried any calls to"). -1 when none.
std::int32_t judging_subject(const Reading& r, const Sentence& s, const std::vector<Arg>& args, std::size_t i) {
  const Annotation& a = r.a;
  std::int32_t subject = -1;
  for (std::size_t x = 0; x < args.size(); ++x)
    if (args[x].end <= i && args[x].end + 8 >= i) subject = static_cast<std::int32_t>(x);
  if (subject < 0) return -1;
  if (i > s.first_token) subject = described_by_apposition(a, args, subject, i);  // "X, from the Y, called"
  if (i > s.first_token && (negator(r, a.tokens[i - 1]) || r.lex.in(Words::Determiners, a.tokens[i - 1]))) return -1;
  for (std::size_t k = args[static_cast<std::size_t>(subject)].end; k < i; ++k) {
    std::uint32_t p = 0;
    if (r.lex.in(Words::SubjectPronouns, a.tokens[k]) || r.lex.title_index().match(a.tokens, k, i, p) > 0) return -1;
    if (const std::size_t m = r.lex.relation_index().match(a.tokens, k, i, p);
        m && (r.lex.relation_cues()[p].frame == Frame::Post || r.lex.relation_cues()[p].frame == Frame::Membership))
      return -1;
  }
  return subject;
}

// "the Syrian leader, whom Mr. Trump characterized as an \"animal\"": the antecedent of the
// relative word (word list relative_words) that opens the judging verb's clause, its
// subject's title or honorific skipped, is the one judged (-1 none).
std::int32_t relative_object(const Reading& r, const std::vector<Arg>& args, const Arg& subject) {
  const Annotation& a = r.a;
  std::size_t k = subject.first;
  auto in_title = [&](std::size_t t) {
    return std::any_of(a.cues.begin(), a.cues.end(), [&](const Cue& c) {
      return c.kind != Cue::Kind::Demonym && c.first_token <= t && t < c.end_token;
    });
  };
  while (k > 0 && in_title(k - 1)) --k;
  if (k == 0 || !r.lex.in(Words::RelativeWords, a.tokens[k - 1])) return -1;
  std::size_t at = k - 1;  // "Bashar Assad, whom" or "Bashar Assad — whom"
  if (at > 0 && a.tokens[at - 1].kind == TokenKind::Punct && !r.boundary(at - 1)) --at;
  for (const auto& x : args)
    if (x.end == at) return x.entity;
  return -1;
}

// The judging verb at [i, i + n) of sentence si: its object follows it, after an article
// at most ("calls to drop X" is a noun), and the evaluation follows the object; an unnamed
// plan ("called the new targets \"reasonably impressive\"") stands for its owner
// (relation_plans.cpp); one before its subject is the antecedent of a relative word.
void judge_at(Reading& r, std::uint32_t si, std::size_t i, std::size_t n) {
  const Annotation& a = r.a;
  const Sentence& s = a.sentences[si];
  const auto& args = r.by_sentence[si];
  const std::size_t after = i + n;
  if (after >= s.end_token || r.lex.in(Words::TargetPrepositions, a.tokens[after])) return;  // "called on X to"
  const std::int32_t subject = judging_subject(r, s, args, i);
  if (subject < 0) return;
  const std::int32_t judge = args[static_cast<std::size_t>(subject)].entity;
  std::int32_t object = -1;
  std::size_t object_end = 0;
  for (const auto& x : args)
    if (object < 0 && (x.first == after || (x.first == after + 1 && r.lex.in(Words::Articles, a.tokens[after])))) {
      object = x.entity;
      object_end = x.end;
    }
  std::string rule = "judgement:verb";
  if (object < 0) {
    std::size_t noun = 0;
    object = plan_at(r, after, s.end_token, judge, noun);
    object_end = noun + 1;
    rule = "judgement:verb:plan-owner";
  }
  if (object < 0) {
    object = relative_object(r, args, args[static_cast<std::size_t>(subject)]);
    object_end = after;
    rule = "judgement:verb:relative";
  }
  if (object < 0) return;
  RelationType type = RelationType::Criticized;
  if (!evaluation_in(r, object_end, std::min<std::size_t>(s.end_token, object_end + 8), type)) return;
  if (type == RelationType::Supports && conceded(r, object_end, s.end_token)) return;
  const std::string cue(a.text(Span{a.tokens[i].span.begin, a.tokens[i + n - 1].span.end}));
  r.col.add(judge, type, object, sentence_span(a, si), cue, rule, 0.5);
  r.col.add(judge, RelationType::SaidAbout, object, sentence_span(a, si), cue, rule, 0.5);  // a judgement is said of X
}

// "X called Labour's plans "dangerous"", "Bush returned the compliment, calling Graham a
// patriot": the subject judges the object (or the owner of the object). The judging cues
// are those read_cues() found (Reading::judging_cues), in text order.
void judging_verbs(Reading& r) {
  for (const Reading::CueAt& c : r.judging_cues) judge_at(r, c.si, c.i, c.n);
}

// The sentence holding token k.
std::uint32_t sentence_of(const Annotation& a, std::size_t k) {
  const auto it = std::upper_bound(a.sentences.begin(), a.sentences.end(), k,
                                   [](std::size_t x, const Sentence& s) { return x < s.first_token; });
  return it == a.sentences.begin() ? 0 : static_cast<std::uint32_t>(it - a.sentences.begin() - 1);
}

// What the coreference stage resolved, looked up by token (relations read, never resolve):
// its references (mentions with resolved_from) and its unwritten he/she inside quotation
// marks (Annotation::unwritten_references). A token's sentence is sentence_of()'s search:
// body_antecedent(), its only reader, asks it of a few tokens a document.
// Row 23.426: the two token tables are filled at the first question (pronoun_subject(), a
// he/she judged in a quote: few documents), not for every document with a quote; from_quotes()
// changes no mention, so they hold what they held when made first.
class Resolved {
 public:
  Resolved(const Annotation& a, const std::vector<std::uint32_t>& order) : a_(a), order_(order) {}
  // The entity of the unwritten he/she at token b, or -1.
  std::int32_t quoted_at(std::size_t b) const { return tables().quoted_at[b]; }
  // The entity of the reference that starts at token b, or -1.
  std::int32_t starting_at(std::size_t b) const {
    const std::int32_t mi = tables().reference_at[b];
    return mi >= 0 && a_.mentions[static_cast<std::size_t>(mi)].first_token == b ? a_.mentions[static_cast<std::size_t>(mi)].entity : -1;
  }

 private:
  struct Tables {
    std::vector<std::int32_t> reference_at;  // token -> reference (mention) covering it, -1
    std::vector<std::int32_t> quoted_at;     // token -> entity of the unwritten he/she there, -1
  };
  const Tables& tables() const {
    if (!tables_) {
      Tables& t = tables_.emplace(Tables{std::vector<std::int32_t>(a_.tokens.size(), -1),
                                         std::vector<std::int32_t>(a_.tokens.size(), -1)});
      for (const std::uint32_t mi : order_)
        if (const Mention& m = a_.mentions[mi]; !m.resolved_from.empty())
          for (auto k = m.first_token; k < m.end_token; ++k) t.reference_at[k] = static_cast<std::int32_t>(mi);
      for (const Mention& m : a_.unwritten_references)
        if (m.end_token == m.first_token + 1 && m.coreference_rule != kCollectiveRule) t.quoted_at[m.first_token] = m.entity;
    }
    return *tables_;
  }
  const Annotation& a_;
  const std::vector<std::uint32_t>& order_;
  mutable std::optional<Tables> tables_;
};

std::vector<Arg> named_arguments_by_end(const Reading& r, const std::vector<std::uint32_t>& order);

// Row 23.426: named_arguments_by_end()'s table (token -> the named argument ending there),
// filled at the first question (judged_subject(), evaluation_agent(): a judgement or an
// attack in a quote) instead of for every document with a quote.
class NamedEnd {
 public:
  NamedEnd(const Reading& r, const std::vector<std::uint32_t>& order) : r_(r), order_(order) {}
  const Arg& operator[](std::size_t k) const {
    if (table_.empty()) table_ = named_arguments_by_end(r_, order_);  // never empty once made: tokens + 1
    return table_[k];
  }

 private:
  const Reading& r_;
  const std::vector<std::uint32_t>& order_;
  mutable std::vector<Arg> table_;
};

// He/she in a quote that names no one else: a third person, never the speaker ("\"He's a
// charismatic speaker,\" said X" after a sentence about Y: Y). In a direct quote the
// stage's unwritten reference there (resolved as outside quotation marks); in reported
// words, which stand outside them, the stage's reference at that token ("She is a good
// listener, said X": whom the stage took `She` for). -1 when none.
std::int32_t pronoun_subject(const Reading& r, const Quote& q, std::size_t b, const Resolved& res) {
  std::int32_t who = q.kind == Quote::Kind::Direct ? res.quoted_at(b) : -1;
  if (who < 0) who = res.starting_at(b);
  return who >= 0 && who != q.speaker && r.a.entities[static_cast<std::size_t>(who)].type == EntityType::Person ? who : -1;
}

// He/she at token p is the subject of the copula at k only when nothing but auxiliaries
// (word list finite_auxiliaries) and -ly adverbs stand between them ("he has been",
// "she is certainly"); across another verb and its object ("he thought the discussions
// had been") the copula has a subject of its own.
bool pronoun_next_to_copula(const Reading& r, std::size_t p, std::size_t k) {
  for (std::size_t x = p + 1; x < k; ++x)
    if (!r.lex.in(Words::FiniteAuxiliaries, r.a.tokens[x]) && !r.lex.ends_in(Words::AdverbSuffixes, r.a.tokens[x].lower)) return false;
  return true;
}

// `it` opening reported words (not a direct quote) at token b: the organisation or country
// the same sentence names last before it, never the speaker ("X called Labour \"a brilliant
// machine\" but said it did not deliver": Labour; "Labour insists it is ...": no one). -1 when none.
std::int32_t body_antecedent(const Reading& r, const Quote& q, std::size_t b) {
  const Annotation& a = r.a;
  if (q.kind == Quote::Kind::Direct || b >= a.tokens.size() || a.sentences.empty()) return -1;
  const std::uint32_t si = sentence_of(a, b);  // the last sentence starting at or before b, else 0
  if (b < a.sentences[si].first_token || b >= a.sentences[si].end_token) return -1;
  std::int32_t who = -1;
  for (const Arg& x : r.by_sentence[si]) {
    if (x.end > b) break;
    const EntityType t = a.entities[static_cast<std::size_t>(x.entity)].type;
    if (t == EntityType::Organization || t == EntityType::Country) who = x.entity;
  }
  return who == q.speaker ? -1 : who;
}

// The one a copula at k judges in a quote: the named mention that opens the phrase before
// it, at most eight words back and not past a clause break ("Gordon Brown's forecasts for
// tax revenues were too optimistic": Brown; the marks of a quoted fragment are no break:
// `GM's argument "has no legs"`); failing a name, a he/she opening the phrase
// when the quote is about one person besides the speaker. -1 when none.
std::int32_t judged_subject(const Reading& r, const Quote& q, std::size_t t0, std::size_t k,
                            const NamedEnd& named_end, const Resolved& res) {
  const Annotation& a = r.a;
  std::int32_t subject = -1;
  std::size_t b = k, subject_first = k;
  for (std::size_t words = 0; b > t0 && words < 8; ++words) {
    const Token& t = a.tokens[b - 1];
    if (t.has(kPossessive) && named_end[b].entity < 0) {  // the 's of "Brown's forecasts"
      // Row 18.355: a possessor right before a named person qualifies that person, the
      // head ("Tarnland's Jack Doe could face charges": Jack Doe, not Tarnland).
      if (subject >= 0 && b == subject_first &&
          a.entities[static_cast<std::size_t>(subject)].type == EntityType::Person)
        break;
      --b;
      continue;
    }
    if (t.kind == TokenKind::Quote && r.fragment[b - 1]) {  // GM's argument "has no legs"
      --b;
      continue;
    }
    if (t.kind == TokenKind::Punct || t.kind == TokenKind::Quote || r.lex.in(Words::RelativeWords, t) ||
        r.lex.in(Words::Coordinators, t) || r.lex.in(Words::Copulas, t))
      break;
    if (r.lex.in(Words::SubjectPronouns, t)) {  // "he has been a prudent chancellor"
      --b;
      break;
    }
    if (const Arg& x = named_end[b]; x.entity >= 0) {
      subject = x.entity;
      subject_first = x.first;
      b = x.first;
    } else {
      --b;
    }
  }
  if (subject < 0 && b < k && r.lex.in(Words::BodyPronouns, a.tokens[b]) && pronoun_next_to_copula(r, b, k))
    return body_antecedent(r, q, b);  // "said it did not deliver"
  if (subject >= 0 || b >= k || !r.lex.in(Words::SubjectPronouns, a.tokens[b])) return subject;
  if (!pronoun_next_to_copula(r, b, k)) return -1;  // "he thought the discussions had been": not his
  for (const auto ab : q.about) {
    if (ab == q.speaker || a.entities[static_cast<std::size_t>(ab)].type != EntityType::Person) continue;
    if (subject >= 0) return -1;
    subject = ab;
  }
  return subject >= 0 ? subject : pronoun_subject(r, q, b, res);
}

// A copula at k: a form of "be", or "'s" glued to he/she (word list subject_pronouns: "He's
// a charismatic speaker") or to `it` (word list body_pronouns: "It's a failed target"),
// which have no possessive in 's.
bool copula_at(const Reading& r, std::size_t k, std::size_t t0) {
  const Annotation& a = r.a;
  return r.lex.in(Words::Copulas, a.tokens[k]) ||
         (k > t0 && a.tokens[k].has(kPossessive) &&
          (r.lex.in(Words::SubjectPronouns, a.tokens[k - 1]) || r.lex.in(Words::BodyPronouns, a.tokens[k - 1])));
}

// An unnamed plan right before the copula at k ("the new targets are"): its owner
// (relation_plans.cpp), or -1.
std::int32_t judged_plan(const Reading& r, const Quote& q, std::size_t t0, std::size_t k) {
  for (std::size_t b = k - 1; b >= t0 && k - b <= 5; --b) {
    if (plan_phrase_at(r, b, k) == k - 1) return plan_owner(r, k - 1, q.speaker);
    if (b == t0) break;
  }
  return -1;
}

// The holder of the title an evaluation qualifies in the complement of the copula at k
// ("he has been a prudent chancellor", "she was a great senator", "it's a failed target,
// from a failed minister"), the evaluation of the same polarity as the copula's, up to the
// end of the sentence and not past a negator: the one holding that office in the document
// (coreference.hpp role_holder()), or -1.
std::int32_t judged_title_holder(const Reading& r, std::size_t k, std::size_t te, RelationType type) {
  const Annotation& a = r.a;
  for (std::size_t j = k + 1; j < te; ++j) {
    if (a.tokens[j].norm == "." || a.tokens[j].norm == ";" || negator(r, a.tokens[j])) return -1;
    RelationType found = type;
    const std::size_t n = evaluation_at(r, j, te, found);
    if (!n || found != type || j + n >= te) continue;
    std::uint32_t p = 0;
    if (r.lex.post_title(a.tokens, j + n, te, p) == 0) continue;
    return role_holder(a, r.lex, r.lex.titles()[p].title, "", j);
  }
  return -1;
}

// The agent of the evaluation in the three words after the copula at k: a named argument
// right after an agent preposition (word list agent_prepositions) that follows the
// evaluative word, after an article at most ("This poster campaign was a big misjudgement
// by Labour's campaign team": Labour), or -1.
std::int32_t evaluation_agent(const Reading& r, std::size_t k, std::size_t te, const NamedEnd& named_end) {
  const Annotation& a = r.a;
  for (std::size_t j = k + 1; j < te && j < k + 4; ++j) {
    RelationType type = RelationType::Criticized;
    const std::size_t n = evaluation_at(r, j, te, type);
    if (!n) continue;
    const std::size_t by = j + n;
    if (by + 1 >= te || !r.lex.in(Words::AgentPrepositions, a.tokens[by])) return -1;
    const std::size_t at = r.lex.in(Words::Articles, a.tokens[by + 1]) ? by + 2 : by + 1;  // "by the Green Party"
    for (std::size_t e = at + 1; e <= te && e <= at + 8; ++e)
      if (named_end[e].entity >= 0 && named_end[e].first == at) return named_end[e].entity;
    return -1;
  }
  return -1;
}

// Row 18.353: an evaluation of the lexicon of three words or more opening at k with a
// lower-case word that is no copula nor auxiliary (`Jane Roe made a very good point`,
// relation_cues.json SUPPORTS evaluation `made|makes ... point`): a conduct opened by its
// verb, judging the subject as `has let us down` does.
bool verb_opened_conduct(const Reading& r, std::size_t k, std::size_t te) {
  const Token& t = r.a.tokens[k];
  if (t.kind != TokenKind::Word || t.has(kCapitalized) || r.lex.in(Words::Copulas, t)) return false;
  RelationType type = RelationType::Supports;
  // Row 18.382: a participle with no copula before it is no finite conduct (`needs Jane Roe
  // to keep doing a good job`, `praised for doing a great job`): progressive_conduct() reads it.
  return evaluation_at(r, k, te, type) >= 3 && !t.lower.ends_with("ing");
}

// Row 18.382: a conduct of three words or more opening with a present participle right
// after the copula at k (`Jane Roe is doing a great job`, relation_cues.json SUPPORTS
// evaluation `doing a (very) good|great ... job`): the copula's subject did it, as with
// `did a great job`; evaluation_in() reads only the three words after a copula. Asked only
// at a copula (judgement_at()).
bool progressive_conduct(const Reading& r, std::size_t k, std::size_t te, RelationType& type) {
  if (k + 4 >= te || !r.a.tokens[k + 1].lower.ends_with("ing")) return false;
  return evaluation_at(r, k + 1, te, type) >= 3;
}

// A conduct at k is stated: not set as a condition (Reading::questioned(), row 18.355) and
// no negator before it in the quote (`I don't think Jane Roe is doing a good job`). Asked by
// judgement_at() of a conduct opened by its auxiliary or verb and (row 18.382) of one opened
// by a participle after a copula.
bool stated_conduct(const Reading& r, std::size_t k, std::size_t t0) {
  if (r.questioned(k, t0)) return false;
  for (std::size_t x = t0; x < k; ++x)
    if (negator(r, r.a.tokens[x])) return false;
  return true;
}

// The judgement a verb phrase opening at k makes of its subject: a copula with an
// evaluation in the three words after it ("is reckless", "was a big disgrace"), or a
// conduct of the evaluative lexicon that opens with its auxiliary ("have over-reacted",
// "has let the country down", "did not deliver", "doesn't add up"; not when a negator comes before it in
// the quote: "I don't think X has failed"). False when none.
bool judgement_at(const Reading& r, std::size_t k, std::size_t t0, std::size_t te, RelationType& type) {
  const Annotation& a = r.a;
  const bool auxiliary = r.lex.in(Words::FiniteAuxiliaries, a.tokens[k]) || a.tokens[k].lower.ends_with("n't");  // "doesn't"
  // Row 18.353: a conduct of three words or more that opens with its verb, no auxiliary
  // before it (`made a very good point`), is read as one opened by its auxiliary.
  // Row 18.355: nor one set as a condition (Reading::questioned(): `if he broke the law he
  // should be prosecuted` judges no one).
  if (auxiliary || verb_opened_conduct(r, k, te))
    if (evaluation_at(r, k, te, type))
      return stated_conduct(r, k, t0);
  if (!copula_at(r, k, t0)) return false;
  if (progressive_conduct(r, k, te, type)) return stated_conduct(r, k, t0);  // row 18.382
  return evaluation_in(r, k + 1, std::min(te, k + 4), type);
}

// Row 23.339: a token the relation index may open a cue at (its first-word bit,
// Lexicons::kRelationFirst, or a word not interned, which match() looks up): evaluation_at()
// finds nothing at any other token. `Tom Smith is brilliant`: only `brilliant` may.
bool may_open_cue(const Token& t) { return t.lid == Vocab::kUnset || (t.lbits & Lexicons::kRelationFirst) != 0; }

// Row 23.339: the first token from k on, before te, that may open a cue (may_open_cue()).
// judgement_at(k) needs one in [k, k + 4) (an evaluation at k, or after a copula at k within
// the three words evaluation_in() reads), so a k with none is not asked.
// Row 23.384: read from `openers`, the quote's tokens that may open a cue, ascending, noted by
// quote_words()' pass over the quote's words (the same [first, end)), not by a second walk
// over them; `at` is the index reached for an earlier k, moved on only (the quote is read
// left to right once).
std::size_t next_cue_opener(const std::vector<std::uint32_t>& openers, std::size_t k, std::size_t te, std::size_t& at) {
  while (at < openers.size() && openers[at] < k) ++at;
  return at < openers.size() ? openers[at] : te;
}

// In a quote: "<X> ['s <noun> ...] is|was|are|were [..] <evaluation>" or "<X> has|have
// <conduct>" judges X; one judged through a pronoun is also one the quote is about
// (SAID_ABOUT).
// Row 23.384: `openers` as quote_words() noted them; a k whose next opener n is four tokens or
// more on moves straight to n - 3, the first k it may serve (every k between is skipped
// alike): `"We will keep working hard on it, and I am proud of that," said Tom Smith` asks
// judgement_at() only up to three tokens before `proud` and at the quote's last words.
void judged_in_quote(Reading& r, const Quote& q, const Judged& judged, const NamedEnd& named_end,
                     const Resolved& res, const std::vector<std::uint32_t>& openers) {
  const auto [t0, te] = judged;
  std::size_t at = 0;  // row 23.384
  for (std::size_t k = t0; k + 1 < te; ++k) {
    RelationType type = RelationType::Criticized;
    if (const std::size_t n = next_cue_opener(openers, k, te, at); n >= k + 4) {
      k = n - 4;  // row 23.384: the loop's ++k goes on to n - 3
      continue;
    }
    if (!judgement_at(r, k, t0, te, type)) continue;
    std::int32_t who = judged_subject(r, q, t0, k, named_end, res);
    if (who < 0) who = evaluation_agent(r, k, te, named_end);  // "was a big misjudgement by Labour"
    if (who < 0) who = judged_title_holder(r, k, te, type);  // "he has been a prudent chancellor"
    if (who < 0 && k > t0) {  // "the new targets are unambitious": the plan's owner
      if (const std::int32_t owner = judged_plan(r, q, t0, k); owner >= 0 && owner != q.speaker) {
        r.col.add(q.speaker, type, owner, q.span, q.cue, "quote:evaluation:plan-owner", 0.45);
        r.col.add(q.speaker, RelationType::SaidAbout, owner, q.span, q.cue, "quote:evaluation:plan-owner", 0.45);
      }
    }
    if (who < 0 || who == q.speaker) continue;
    r.col.add(q.speaker, type, who, q.span, q.cue, "quote:evaluation", 0.5);
    r.col.add(q.speaker, RelationType::SaidAbout, who, q.span, q.cue, "quote:evaluation", 0.5);
  }
}

// The launching verb at k has an attack noun (an ATTACKED cue of relation_cues.json) with a
// chemical, gas or terror modifier (word list attack_modifiers) before it in the five
// words after it: "launched a chemical weapon attack".
bool launches_atrocity(const Reading& r, std::size_t k, std::size_t te) {
  const Annotation& a = r.a;
  if (!r.lex.in(Words::LaunchVerbs, a.tokens[k])) return false;
  bool modified = false;
  for (std::size_t j = k + 1; j < te && j < k + 6; ++j) {
    std::uint32_t p = 0;
    if (modified && r.lex.relation_index().match(a.tokens, j, te, p) &&
        r.lex.relation_cues()[p].type == RelationType::Attacked)
      return true;
    modified |= r.lex.in(Words::AttackModifiers, a.tokens[j]);
  }
  return false;
}

// The country a speaker speaks for: a country itself, or a person's country by a role the
// document states or the gazetteer knows (that country as an entity: entities.hpp
// implied_country()), or -1. A look-up of role facts, as relation arguments make.
std::int32_t speaker_country(Reading& r, std::int32_t speaker) {
  const Entity& e = r.a.entities[static_cast<std::size_t>(speaker)];
  if (e.type == EntityType::Country) return speaker;
  if (e.type != EntityType::Person) return -1;
  for (const auto& f : r.a.roles)
    if (f.person == speaker && f.of >= 0 && r.a.entities[static_cast<std::size_t>(f.of)].type == EntityType::Country)
      return f.of;
  if (!e.gazetteer_id.empty())
    if (const auto* g = r.lex.entry_by_id(e.gazetteer_id))
      for (const auto& role : g->roles)
        if (const auto* ce = r.lex.entry_by_name(role.of); ce && ce->type == EntityType::Country)
          return implied_country(r.a, r.lex, role.of);
  return -1;
}

// Reported speech that lays a chemical, gas or terror attack at someone's door blames
// them (GUIDELINES "CRITICIZED": accused): "the U.S. maintains that the Syrian government
// launched a chemical weapon attack" -> the speaker CRITICIZED Syria; the subject read as
// for a copula; never the speaker or the speaker's own country, nothing after a negator.
void lays_attack(Reading& r, const Quote& q, const Judged& judged, const NamedEnd& named_end, const Resolved& res) {
  const Annotation& a = r.a;
  const auto [t0, te] = judged;
  for (std::size_t k = t0; k < te; ++k) {
    if (negator(r, a.tokens[k])) return;
    if (!launches_atrocity(r, k, te)) continue;
    const std::int32_t who = judged_subject(r, q, t0, k, named_end, res);
    if (who >= 0 && who != q.speaker && who != speaker_country(r, q.speaker))
      r.col.add(q.speaker, RelationType::Criticized, who, q.span, q.cue, "quote:lays-attack", 0.45);
  }
}

// A direct quote is about the one its he/she stands for ("\"She's the best at that,\" he
// added" after a sentence about her): a pronoun opening a sentence of the quote,
// resolved as for speakers (coreference.hpp), never the speaker (GUIDELINES "Quotes":
// the entities the quoted words clearly refer to).
void pronouns_about(Reading& r, const Quote& q, const Judged& judged, const Resolved& res) {
  const Annotation& a = r.a;
  if (q.kind != Quote::Kind::Direct) return;
  const auto [t0, te] = judged;
  for (std::size_t k = t0; k < te; ++k) {
    const bool opens = k == t0 || a.tokens[k - 1].norm == "." || a.tokens[k - 1].kind == TokenKind::Quote;
    if (!opens || !r.lex.in(Words::SubjectPronouns, a.tokens[k])) continue;
    if (const std::int32_t who = pronoun_subject(r, q, k, res); who >= 0)
      r.col.add(q.speaker, RelationType::SaidAbout, who, q.span, q.cue, "quote:pronoun", 0.5);
  }
}

// "We" in a person's direct quote speaks for the one organisation the person holds a post
// in or is a member of (a ROLE_IN / MEMBER_OF relation of the document: "\"We will not
// back down,\" said Nordvega Energy's chief executive X" is about Nordvega Energy), as the
// quotes stage makes it speak for a speaker's country (GUIDELINES "About whom"); not when
// the person holds a post in a country, there or in the gazetteer (a minister speaks for
// the government), nor when the posts are in more than one organisation. -1 when none.
std::int32_t we_speak_for_body(const Reading& r, const Quote& q) {
  const Annotation& a = r.a;
  if (q.kind != Quote::Kind::Direct || a.entities[static_cast<std::size_t>(q.speaker)].type != EntityType::Person) return -1;
  auto is = [&](std::int32_t e, EntityType t) { return e >= 0 && a.entities[static_cast<std::size_t>(e)].type == t; };
  // Row 23.274: the speaker's one body first (few relations are the speaker's posts; most
  // speakers hold none), then "we" in the quote: each test only says -1, so the order is free.
  std::int32_t body = -1;
  for (const Relation& x : a.relations) {
    if (x.head != q.speaker || (x.type != RelationType::RoleIn && x.type != RelationType::MemberOf)) continue;
    if (is(x.tail, EntityType::Country)) return -1;
    if (!is(x.tail, EntityType::Organization) || x.tail == body) continue;
    if (body >= 0) return -1;  // posts in two bodies: which one "we" is, is unclear
    body = x.tail;
  }
  if (body < 0) return -1;
  bool we = false;
  for (auto [k, e] = a.tokens_in(q.span); !we && k < e; ++k)
    we = r.lex.in(Words::WePronouns, a.tokens[k]);
  if (!we) return -1;
  for (const auto& f : a.roles)
    if (f.person == q.speaker && is(f.of, EntityType::Country)) return -1;
  if (const Entity& e = a.entities[static_cast<std::size_t>(q.speaker)]; !e.gazetteer_id.empty())
    if (const auto* g = r.lex.entry_by_id(e.gazetteer_id))
      for (const auto& role : g->roles)
        if (const auto* ce = r.lex.entry_by_name(role.of); ce && ce->type == EntityType::Country) return -1;
  return body;
}

// Row 18.371: a document that names several countries is set in the one country in which
// every place or body it names that the gazetteer places lies (two at least), when it names
// that country too (a story from Tarnville and Eastport naming Norway as well is set in the
// country of those two towns, if it names Norway no more often); -1 when they lie in two
// countries, fewer than two lie in one, or another country is named more often (a story
// about a disaster in many countries, one of whose towns is named). The others are
// countries spoken of, not the setting (`this country` said there by one with no country
// of their own).
[[gnu::noinline]] std::int32_t placed_country(const Reading& r) {
  const Annotation& a = r.a;
  const GazetteerEntry* home = nullptr;
  int placed = 0;
  for (const auto& e : a.entities) {
    const GazetteerEntry* g = e.mentions.empty() || e.gazetteer_id.empty() ? nullptr : r.lex.entry_by_id(e.gazetteer_id);
    if (g == nullptr || g->country.empty()) continue;
    const GazetteerEntry* c = r.lex.entry_by_name(g->country);
    if (c == nullptr || c->type != EntityType::Country) continue;
    if (home != nullptr && home != c) return -1;
    home = c;
    ++placed;
  }
  if (placed < 2) return -1;
  auto named = [&](const Entity& e) {
    return std::count_if(e.mentions.begin(), e.mentions.end(),
                         [&](std::uint32_t mi) { return a.mentions[mi].resolved_from.empty(); });
  };
  std::int32_t country = -1;
  for (std::size_t e = 0; e < a.entities.size(); ++e)
    if (a.entities[e].type == EntityType::Country && a.entities[e].gazetteer_id == home->id && named(a.entities[e]) > 0)
      country = static_cast<std::int32_t>(e);
  if (country < 0) return -1;
  const auto times = named(a.entities[static_cast<std::size_t>(country)]);
  for (const auto& e : a.entities)
    if (e.type == EntityType::Country && named(e) > times) return -1;
  return country;
}

// The one country the document is set in: the one country it names (sole_named_country()),
// when nothing else it names lies in another country (a place or body whose gazetteer
// entry gives another country: `in London` in a story naming Australia alone). Demonyms
// do not place the story (`Haitian immigrant X`, `an English teacher` in a story set in
// the United States), nor does a name the gazetteer also gives a place in the document's
// country (`Virginia`, a town in South Africa and a state of the United States). -1 when
// none: a speaker with no country of their own then speaks of no country by `this
// country` (never a guess). A document naming several countries: placed_country().
std::int32_t setting_country(const Reading& r) {
  const Annotation& a = r.a;
  const std::int32_t country = sole_named_country(a);
  if (country < 0) return placed_country(r);
  const GazetteerEntry* home = r.lex.entry_by_id(a.entities[static_cast<std::size_t>(country)].gazetteer_id);
  if (home == nullptr) return -1;
  auto named = [](const GazetteerEntry& g, const std::string& name) {
    return g.name == name || std::find(g.aliases.begin(), g.aliases.end(), name) != g.aliases.end();
  };
  auto also_at_home = [&](const std::string& name) {
    return std::any_of(r.lex.entries().begin(), r.lex.entries().end(),
                       [&](const GazetteerEntry& g) { return g.country == home->name && named(g, name); });
  };
  for (const auto& e : a.entities) {
    const GazetteerEntry* g = e.mentions.empty() || e.gazetteer_id.empty() ? nullptr : r.lex.entry_by_id(e.gazetteer_id);
    if (g == nullptr || g->country.empty() || g->country == home->name) continue;
    const GazetteerEntry* c = r.lex.entry_by_name(g->country);
    if (c != nullptr && c->type == EntityType::Country && !also_at_home(g->name)) return -1;
  }
  return country;
}

// `this country`, `our nation` in a quote (word lists deictic_country_determiners and
// country_nouns; the noun inside the quote, in lower case, not glued to a hyphen,
// `nation-building`, nor before a noun of a compound, `our country club`: word list
// country_compound_nouns; the determiner may open reported words just before it) point at the
// country the speaker speaks in or for (GUIDELINES "About whom": the entities the quoted
// words clearly refer to): the speaker's country by a role (speaker_country()), else the
// document's setting (setting_country()); none when it has several (never a guess). -1 when none.
std::int32_t deictic_country(Reading& r, const Quote& q) {
  const Annotation& a = r.a;
  const auto& t = a.tokens;
  bool deictic = false;
  std::size_t k = a.token_at(q.span.begin);
  // The determiner first (a bit of its word-list mask): most tokens are none.
  for (k = k > 0 ? k - 1 : k; !deictic && k + 1 < t.size() && t[k + 1].span.end <= q.span.end; ++k) {
    if (!r.lex.in(Words::DeicticCountryDeterminers, t[k]) || !r.lex.in(Words::CountryNouns, t[k + 1]) ||
        t[k + 1].has(kCapitalized))
      continue;
    const bool glued = k + 2 < t.size() && ((t[k + 2].norm == "-" && t[k + 2].span.begin == t[k + 1].span.end) ||
                                            r.lex.in(Words::CountryCompoundNouns, t[k + 2]));
    deictic = !glued;
  }
  if (!deictic) return -1;
  if (const std::int32_t c = speaker_country(r, q.speaker); c >= 0) return c;
  return setting_country(r);
}

// The one a reference noun at token k of sentence si points at: `a|an [lower-case words]
// NOUN to|at [the] ARG` (word lists indefinite_articles, reference_prepositions); a body's
// name qualifying a person right after it (`to Republican presidential candidate X`) gives
// the person. -1 when none.
std::int32_t referred(const Reading& r, std::uint32_t si, std::size_t k) {
  const Annotation& a = r.a;
  const auto& t = a.tokens;
  const Sentence& s = a.sentences[si];
  if (k + 2 >= s.end_token || t[k].has(kCapitalized) || !r.lex.in(Words::ReferencePrepositions, t[k + 1])) return -1;
  std::size_t b = k;
  while (b > s.first_token && b + 3 > k && !r.lex.in(Words::IndefiniteArticles, t[b - 1]) && t[b - 1].kind == TokenKind::Word &&
         !t[b - 1].has(kCapitalized))
    --b;
  if (b == s.first_token || !r.lex.in(Words::IndefiniteArticles, t[b - 1])) return -1;
  for (std::size_t j = b - 1; j > s.first_token && j + 3 >= b; --j)  // `without even a passing reference to`
    if (negator(r, t[j - 1])) return -1;
  std::size_t o = k + 2;
  if (r.lex.in(Words::DefiniteArticles, t[o])) ++o;
  const auto& args = r.by_sentence[si];
  for (std::size_t x = 0; x < args.size(); ++x) {
    if (args[x].first != o) continue;
    const std::int32_t who = args[x].entity;
    if (a.entities[static_cast<std::size_t>(who)].type == EntityType::Person || x + 1 >= args.size()) return who;
    const Arg& next = args[x + 1];
    bool words_only = next.first <= args[x].end + 3;
    for (std::size_t j = args[x].end; words_only && j < next.first; ++j) words_only = t[j].kind == TokenKind::Word;
    return words_only && a.entities[static_cast<std::size_t>(next.entity)].type == EntityType::Person ? next.entity : who;
  }
  return -1;
}

// Row 18.346: the writer's participle clause saying what a quote refers to (`"...," Tom
// Smith said, referring to the levy Jane Roe brought in to fund the port`, `said Roe, in
// reference to the Tarn Party`): a word of reference_nouns at token k that is a participle
// (participle_suffixes: `referring`, `alluding`) or follows `in`, with a word of
// reference_prepositions after it and no negator just before it (`without reference to`).
// The phrase after it runs to a clause break (phrase_end_words, a quotation mark) or to a
// purpose infinitive (infinitive_markers: `... to fund the port` names no referent). Each
// named argument there (a capitalised word in it: no pronoun), never the speaker, is one
// the quote is about. False when k is no such participle.
bool referring_phrase(Reading& r, const Quote& q, std::uint32_t si, std::size_t k) {
  const Annotation& a = r.a;
  const auto& t = a.tokens;
  const Sentence& s = a.sentences[si];
  if (k + 2 >= s.end_token || k == s.first_token || t[k].has(kCapitalized) ||
      !r.lex.in(Words::ReferencePrepositions, t[k + 1]))
    return false;
  const bool participle = r.lex.ends_in(Words::ParticipleSuffixes, t[k].lower);
  if (!participle && !r.lex.in(Words::ContainmentPrepositions, t[k - 1])) return false;  // `in reference to`
  for (std::size_t j = k; j > s.first_token && j + 3 > k; --j)
    if (negator(r, t[j - 1])) return true;
  std::size_t end = k + 2;
  while (end < s.end_token && t[end].kind != TokenKind::Quote && !r.lex.in_as_written(Words::PhraseEndWords, t[end]) &&
         !(end > k + 2 && r.lex.in(Words::InfinitiveMarkers, t[end])))
    ++end;
  for (const Arg& x : r.by_sentence[si]) {
    if (x.first < k + 2 || x.end > end || x.entity < 0 || x.entity == q.speaker) continue;
    if (std::none_of(t.begin() + x.first, t.begin() + x.end, [](const Token& w) { return w.has(kCapitalized); })) continue;
    r.col.add(q.speaker, RelationType::SaidAbout, x.entity, q.span, q.cue, "quote:referring-to", 0.5);
  }
  return true;
}

// Row 23.428: Annotation::token_at(q.span.end - 1), the first token starting at or after the
// quote's last character, from its tokens `words` (quote_tokens()): each token before the
// last of them starts before that character (it ends by the quote's end), so the walk from
// there takes a step or none. `"We will win," she said`: the comma. A quote holding no whole
// token is searched as before.
std::size_t token_at_last_character(const Annotation& a, const Quote& q, const Judged& words) {
  if (words.second == words.first) return a.token_at(q.span.end - 1);
  std::size_t k = words.second - 1;
  while (k < a.tokens.size() && a.tokens[k].span.begin < q.span.end - 1) ++k;
  return k;
}

// The writer saying whom a quote points at (GUIDELINES "About whom": the entities the
// quoted words clearly refer to): `"...," he said, in an apparent reference to X`, `In a
// veiled swipe at X, Y said ...`, or the next sentence (a paragraph of its own, often)
// opening `That|This was ... a reference to X` (word lists demonstrative_pronouns,
// copulas): a word of reference_nouns or swipe_nouns outside the quote, in the sentences
// that hold it and no other quote, not after a negator (`without even a passing reference
// to X`) -> the quote is about X; a swipe also criticises X ("CRITICIZED").
// Row 23.427: a word in no word list (in_no_list(): most words) is no reference or swipe
// noun, passed with one test: in `Tom Smith said in Kestby: "We will keep working."`, `Tom`,
// `Smith` and `Kestby` are.
// Row 23.428: `words`, the quote's tokens (quote_tokens()), give t0 and te without a search.
void reference_to(Reading& r, const Quote& q, const Judged& words) {
  const Annotation& a = r.a;
  const std::size_t t0 = words.first, te = token_at_last_character(a, q, words);
  const std::uint32_t s0 = sentence_of(a, t0), s1 = sentence_of(a, te);
  const std::size_t b = a.sentences[s0].first_token, e = a.sentences[s1].end_token;
  // Another quote in those sentences: none (asked at the first reference noun; most have none).
  const auto shared = [&] {
    return std::any_of(a.quotes.begin(), a.quotes.end(), [&](const Quote& o) {
      return &o != &q && o.span.end > a.tokens[b].span.begin && o.span.begin < a.tokens[e - 1].span.end;
    });
  };
  bool alone = false;
  std::uint32_t last = s1;
  if (const std::uint32_t n = s1 + 1; n < a.sentences.size() && a.sentences[n].end_token > a.sentences[n].first_token + 2) {
    const std::size_t f = a.sentences[n].first_token;
    if (r.lex.in(Words::DemonstrativePronouns, a.tokens[f]) && r.lex.in(Words::Copulas, a.tokens[f + 1])) last = n;
  }
  for (std::uint32_t si = s0; si <= last; ++si)
    for (std::size_t k = a.sentences[si].first_token; k < a.sentences[si].end_token; ++k) {
      if (k + 1 >= t0 && k <= te + 1) {  // row 23.273: past the quote and the tokens next to it at once
        k = te + 1;
        continue;
      }
      if (in_no_list(a.tokens[k]) || r.in_quote[k]) continue;  // row 23.427: no reference nor swipe noun
      const bool swipe = r.lex.in(Words::SwipeNouns, a.tokens[k]);
      if (!swipe && !r.lex.in(Words::ReferenceNouns, a.tokens[k])) continue;
      if (!alone && shared()) return;
      alone = true;
      if (!swipe && referring_phrase(r, q, si, k)) continue;  // row 18.346: `, referring to X`
      const std::int32_t who = referred(r, si, k);
      if (who < 0 || who == q.speaker) continue;
      r.col.add(q.speaker, RelationType::SaidAbout, who, q.span, q.cue, "quote:reference", 0.5);
      if (swipe) r.col.add(q.speaker, RelationType::Criticized, who, sentence_span(a, si), q.cue, "quote:swipe", 0.5);
    }
}

// The head noun of a demonym at [b, e) in a quote stands for the state (row 18.347): a word
// of official_nouns, state_body_nouns or regime_nouns, or an ATTACKED cue read as a noun
// (relation_cues.json, word list cue_nouns: `strike`, `attacks`), right after it or after
// one lower-case word (`Ruritanian air strikes`, `the Ruritanian armed forces`); not a
// person, a people or a trade (`Ruritanian rebels`, `Ruritanian business`), nor a verb after
// another noun (`Ruritanian warships fired`: the warships are no state noun).
bool state_head_after(const Reading& r, std::size_t e, std::size_t end) {
  const Annotation& a = r.a;
  for (std::size_t k = e; k < end && k < e + 2; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::Word || t.has(kCapitalized)) return false;
    if (r.lex.in(Words::OfficialNouns, t) || r.lex.in(Words::StateBodyNouns, t) || r.lex.in(Words::RegimeNouns, t)) return true;
    std::uint32_t p = 0;
    if (r.lex.in(Words::CueNouns, t) && r.lex.relation_index().match(a.tokens, k, end, p) > 0 &&
        r.lex.relation_cues()[p].type == RelationType::Attacked)
      return true;
  }
  return false;
}

// Row 18.347: a demonym in a quote qualifying a noun of state power (state_head_after():
// "the Ruritanian government lied", "a Ruritanian strike hit the depot") names its country
// (GUIDELINES "About whom": the entities the quoted words clearly refer to; "Demonyms ...
// are evidence for relations"): the quote is about that country, never the speaker. Not a
// demonym that qualifies a title or a name (`Ruritanian President X`: the holder is named),
// nor one of a region (`European leaders`: no country).
void demonym_states_about(Reading& r, const Quote& q, const Judged& words) {
  Annotation& a = r.a;
  const auto [t0, te] = words;
  for (std::size_t ci = 0; ci < a.cues.size(); ++ci) {  // implied_country() adds entities, not cues
    const Cue& c = a.cues[ci];
    if (c.kind != Cue::Kind::Demonym || c.first_token < t0 || c.end_token >= te || !state_head_after(r, c.end_token, te))
      continue;
    const std::int32_t country = implied_country(a, r.lex, a.cues[ci].value);
    if (country >= 0 && country != q.speaker && a.entities[static_cast<std::size_t>(country)].type == EntityType::Country)
      r.col.add(q.speaker, RelationType::SaidAbout, country, q.span, q.cue, "quote:demonym-state", 0.5);
  }
}

// Row 18.349: reported words inside a relative clause on a name (`Norway, which Tom Smith
// said was vital to the pact`, `Jane Roe, who Smith said had lied`): the speaker and its
// cue (one or two lower-case words) stand right between the relative word (word list
// relative_words) and the words, so the antecedent is the gap the words speak of (relative_object(): the argument ending at the
// relative word or at the comma before it, the speaker's title or article skipped). The quote is
// about it, never the speaker.
void relative_antecedent_about(Reading& r, const Quote& q) {
  const Annotation& a = r.a;
  if (q.kind != Quote::Kind::Indirect || q.sentence >= a.sentences.size()) return;
  const std::size_t t0 = a.token_at(q.span.begin);
  const auto& args = r.by_sentence[q.sentence];
  // The speaker right before the cue: one or two lower-case words (`said`, `has said`).
  const auto speaker = std::find_if(args.begin(), args.end(), [&](const Arg& x) {
    if (x.entity != q.speaker || x.end >= t0 || x.end + 2 < t0 || x.first == 0) return false;
    for (std::size_t k = x.end; k < t0; ++k)
      if (a.tokens[k].kind != TokenKind::Word || a.tokens[k].has(kCapitalized)) return false;
    return true;
  });
  if (speaker == args.end()) return;
  Arg subject = *speaker;
  if (r.lex.in(Words::DefiniteArticles, a.tokens[subject.first - 1])) --subject.first;  // `which the Tarn Party said`
  const std::int32_t who = relative_object(r, args, subject);
  if (who >= 0 && who != q.speaker)
    r.col.add(q.speaker, RelationType::SaidAbout, who, q.span, q.cue, "quote:relative-antecedent", 0.5);
}

// Row 18.350: `relations with X` in a quote (word lists bilateral_nouns, comitative_prepositions;
// an article may stand before X) said by one who speaks for a country (speaker_country():
// a country, or a person by a post in it) names that country as the other side ("Tom
// Smith said relations with Norway are at a low", Smith the foreign minister of Sweden:
// about Sweden too; GUIDELINES "About whom": `our two countries`). Not when X is that
// country, nor the speaker.
void bilateral_partner_about(Reading& r, const Quote& q, const Judged& words) {
  const Annotation& a = r.a;
  const auto [t0, te] = words;
  const auto& args = r.by_sentence[q.sentence < a.sentences.size() ? q.sentence : 0];
  for (std::size_t k = t0; k + 2 < te; ++k) {
    if (!r.lex.in(Words::BilateralNouns, a.tokens[k]) || !r.lex.in(Words::ComitativePrepositions, a.tokens[k + 1])) continue;
    const std::size_t o = r.lex.in(Words::Articles, a.tokens[k + 2]) ? k + 3 : k + 2;
    const auto other = std::find_if(args.begin(), args.end(), [&](const Arg& x) { return x.first == o; });
    if (other == args.end()) continue;
    const std::int32_t mine = speaker_country(r, q.speaker);
    if (mine >= 0 && mine != q.speaker && mine != other->entity)
      r.col.add(q.speaker, RelationType::SaidAbout, mine, q.span, q.cue, "quote:bilateral-partner", 0.5);
    return;
  }
}

// The organisations of the document by the head noun of their name, lower-cased: the last
// capitalised word before a lower-case one ("Bank of England" -> bank, "Senate Judiciary
// Committee" -> committee), for the short names quotes use; -2 for the head of two
// organisations' names.
std::map<std::string, std::int32_t> organisations_by_head(const Reading& r) {
  const Annotation& a = r.a;
  std::map<std::string, std::int32_t> by_head;
  for (std::size_t e = 0; e < a.entities.size(); ++e) {
    const Entity& ent = a.entities[e];
    if (ent.type != EntityType::Organization || ent.mentions.empty()) continue;
    const auto words = phrase_words(ent.canonical, true, r.lex.abbreviations());
    std::size_t h = 0;
    while (h + 1 < words.size() && !words[h + 1].empty() && std::isupper(static_cast<unsigned char>(words[h + 1][0]))) ++h;
    if (words.size() < 2) continue;  // a one-word name is no short form of itself
    const auto [it, fresh] = by_head.emplace(to_lower(words[h]), static_cast<std::int32_t>(e));
    if (!fresh && it->second != static_cast<std::int32_t>(e)) it->second = -2;
  }
  return by_head;
}

// A short name in a quote: `the` and a capitalised word in no name, not opening a longer
// capitalised sequence ("the Bank should stand ready", "the Committee's report"), stands for
// the one organisation of the document whose name has that head noun (GUIDELINES "Quotes":
// the entities the quoted words clearly refer to; not an adjective: "the American people");
// the head of two organisations' names names neither. The quote is about it. The heads are
// read from the names (organisations_by_head()) once a document, when a quote first has such
// a word: most documents have none.
void short_names_about(Reading& r, const Quote& q, std::optional<std::map<std::string, std::int32_t>>& by_head,
                       const std::vector<char>& in_name) {
  const Annotation& a = r.a;
  std::size_t k = a.token_at(q.span.begin) + 1;
  for (; k < a.tokens.size() && a.tokens[k].span.end <= q.span.end; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::Word || !t.has(kCapitalized) || in_name[k] || !r.lex.in(Words::DefiniteArticles, a.tokens[k - 1]))
      continue;
    if (k + 1 < a.tokens.size() && a.tokens[k + 1].kind == TokenKind::Word && a.tokens[k + 1].has(kCapitalized)) continue;
    if (!by_head) by_head = organisations_by_head(r);
    const auto it = by_head->find(std::string(t.lower));
    if (it != by_head->end() && it->second >= 0 && it->second != q.speaker)
      r.col.add(q.speaker, RelationType::SaidAbout, it->second, q.span, q.cue, "quote:short-name", 0.5);
  }
}

// The word after an institution noun at k - 1 ends its noun phrase (row 18.364): no word
// (a mark, the end), the possessive, a capitalised word, or a word that opens no compound:
// an auxiliary, a copula, a relative word, a conjunction, a preposition of the lists below,
// a past form or an -ly adverb (`the committee has`, `the court, which`, `the board's`,
// `on the council.`); not a noun after it (`the council tax rise`, `the committee room`).
bool closes_noun_phrase(const Reading& r, std::size_t k) {
  const auto& t = r.a.tokens;
  if (k >= t.size() || t[k].kind != TokenKind::Word || t[k].has(kPossessive) || t[k].has(kCapitalized)) return true;
  for (const Words w : {Words::FiniteAuxiliaries, Words::NegativeAuxiliaries, Words::Copulas, Words::RelativeWords,
                        Words::Coordinators, Words::Complementizers, Words::OfPrepositions, Words::OtherPrepositions,
                        Words::PlacePrepositions, Words::TopicPrepositions, Words::AgentPrepositions, Words::ComitativePrepositions})
    if (r.lex.in(w, t[k])) return true;
  return r.lex.ends_in(Words::PastSuffixes, t[k].lower) || r.lex.ends_in(Words::AdverbSuffixes, t[k].lower);
}

// Each organisation's name, lower-cased and set between spaces, by entity (" harbour
// committee ", " bank of tarn "), for a word of it to be found whole; "" for other entities.
std::vector<std::string> organisation_names(const Reading& r) {
  const Annotation& a = r.a;
  std::vector<std::string> names(a.entities.size());
  for (std::size_t e = 0; e < a.entities.size(); ++e)
    if (a.entities[e].type == EntityType::Organization && !a.entities[e].mentions.empty())
      names[e] = " " + to_lower(a.entities[e].canonical) + " ";
  return names;
}

// Row 18.364: `the` and a lower-case institution noun alone in a quote (word list
// institution_nouns; no modifier between: `the other committee` is another; the phrase
// ends there: closes_noun_phrase()) refers back to the organisation last named before it
// whose name holds that noun as a word, as the coreference stage reads `the committee
// said` (GUIDELINES "About whom": the entities the quoted words clearly refer to): "We
// fought hard for it on the committee," said Jane Roe after the Harbour Committee was
// named -> Roe SAID_ABOUT Harbour Committee. Names only (no reference the coreference
// stage made); never the speaker. The names are read once a document, when a quote first
// has such a word.
void institution_nouns_about(Reading& r, const Quote& q, std::optional<std::vector<std::string>>& names) {
  const Annotation& a = r.a;
  const auto& t = a.tokens;
  for (std::size_t k = a.token_at(q.span.begin) + 1; k < t.size() && t[k].span.end <= q.span.end; ++k) {
    if (!r.lex.in(Words::InstitutionNouns, t[k]) || t[k].has(kCapitalized) || !r.lex.in(Words::DefiniteArticles, t[k - 1]) ||
        t[k - 1].span.begin < q.span.begin || !closes_noun_phrase(r, k + 1))
      continue;
    if (!names) names = organisation_names(r);
    const std::string word = " " + std::string(t[k].lower) + " ";
    std::int32_t last = -1;
    for (const std::uint32_t mi : r.mention_order) {
      const Mention& m = a.mentions[mi];
      if (m.first_token + 1 >= k) break;
      if (m.entity >= 0 && m.resolved_from.empty() && (*names)[static_cast<std::size_t>(m.entity)].find(word) != std::string::npos)
        last = m.entity;
    }
    if (last >= 0 && last != q.speaker)
      r.col.add(q.speaker, RelationType::SaidAbout, last, q.span, q.cue, "quote:institution-noun", 0.5);
  }
}

// The one political party the speaker is a member of or holds a post in (a MEMBER_OF or
// ROLE_IN relation of the document to a party_entity() organisation); -1 when none or two.
std::int32_t speakers_party(const Reading& r, std::int32_t speaker) {
  std::int32_t party = -1;
  for (const Relation& x : r.a.relations) {
    if (x.head != speaker || (x.type != RelationType::RoleIn && x.type != RelationType::MemberOf) || x.tail == party) continue;
    if (!party_entity(r, x.tail)) continue;
    if (party >= 0) return -1;
    party = x.tail;
  }
  return party;
}

// Another party than `party` is named in the quote before token k (`the Tarn Party's poster
// was taken off the party's website`: that one).
bool other_party_before(const Reading& r, const Quote& q, std::size_t k, std::int32_t party) {
  for (const std::uint32_t mi : r.mention_order) {
    const Mention& m = r.a.mentions[mi];
    if (m.first_token >= k) break;
    if (m.span.begin >= q.span.begin && m.entity >= 0 && m.entity != party && party_entity(r, m.entity)) return true;
  }
  return false;
}

// Row 18.365: `the party` alone in a quote (a lower-case word of party_name_words after
// `the`, the phrase ending there: closes_noun_phrase()) said by a member of one party
// (speakers_party()) is the speaker's own party, named or not, rather than the party last
// named (row 18.364 leaves `party` out for that): "We joined the party to change it," said
// Tarn Party MP Jane Roe -> Roe SAID_ABOUT Tarn Party. None when the speaker's party is
// unknown, the speaker is the party, or another party is named in the quote before it.
void own_party_about(Reading& r, const Quote& q) {
  const Annotation& a = r.a;
  const auto& t = a.tokens;
  for (std::size_t k = a.token_at(q.span.begin) + 1; k < t.size() && t[k].span.end <= q.span.end; ++k) {
    if (!r.lex.in(Words::PartyNameWords, t[k]) || t[k].has(kCapitalized) || !r.lex.in(Words::DefiniteArticles, t[k - 1]) ||
        t[k - 1].span.begin < q.span.begin || !closes_noun_phrase(r, k + 1))
      continue;
    if (const std::int32_t party = speakers_party(r, q.speaker); party >= 0 && party != q.speaker && !other_party_before(r, q, k, party))
      r.col.add(q.speaker, RelationType::SaidAbout, party, q.span, q.cue, "quote:own-party", 0.5);
    return;
  }
}

// Token -> the named argument ending there (entity -1: none): a named mention, or a
// demonym or role phrase standing for its country or holder ("the Russians were
// incompetent", "the Syrian leader is a butcher"; relation_args.cpp), never a pronoun.
std::vector<Arg> named_arguments_by_end(const Reading& r, const std::vector<std::uint32_t>& order) {
  const Annotation& a = r.a;
  std::vector<Arg> named_end(a.tokens.size() + 1, Arg{0, 0, -1});
  for (const std::uint32_t mi : order) {
    const Mention& m = a.mentions[mi];
    if (m.entity >= 0 && m.resolved_from.empty() && named_end[m.end_token].entity < 0)
      named_end[m.end_token] = Arg{m.first_token, m.end_token, m.entity};
  }
  for (const auto& args : r.by_sentence)
    for (const Arg& x : args)
      if (x.entity >= 0 && !r.lex.in(Words::SubjectPronouns, a.tokens[x.first]) && named_end[x.end].entity < 0)
        named_end[x.end] = x;
  return named_end;
}

// The quote with a speaker whose words hold the text span `in` (the quotes are in text
// order: the last that begins at or before it), or nullptr.
const Quote* quote_holding(const Annotation& a, Span in) {
  auto it = std::upper_bound(a.quotes.begin(), a.quotes.end(), in.begin,
                             [](std::uint32_t x, const Quote& q) { return x < q.span.begin; });
  if (it == a.quotes.begin()) return nullptr;
  const Quote& q = *std::prev(it);
  return q.speaker >= 0 && in.end <= q.span.end ? &q : nullptr;
}

// Row 18.370: a role phrase or a bare surname the coreference stage resolved inside a
// quote (reported words stand outside quotation marks, where the stage reads them: `Jane
// Roe said the chancellor had misled voters`, `Roe said Smith would resign` after Tom
// Smith) names whom the quote is about, as a name there does (GUIDELINES "Quotes": resolve
// `the president` to the entity; "About whom"); never the speaker. Not a pronoun: a he/she
// in reported words is most often the speaker or one the stage cannot tell (pronouns_about()
// reads those of direct quotes). One pass over the references a document, each looked up in
// the quotes by where it begins (the quotes are in text order).
[[gnu::noinline]] void descriptions_about(Reading& r) {
  const Annotation& a = r.a;
  if (a.quotes.empty()) return;
  for (const Mention& m : a.mentions) {
    if (m.resolved_from.empty() || m.entity < 0 ||
        (m.coreference_rule != kRolePhraseRule && m.coreference_rule != kSurnameRule))
      continue;
    const Quote* q = quote_holding(a, m.span);
    if (q == nullptr || m.entity == q->speaker) continue;
    r.col.add(q->speaker, RelationType::SaidAbout, m.entity, q->span, q->cue, "quote:description", 0.5);
  }
}

// The one person whose post a bare title names (roles.hpp bare_title_names(); one word
// names only the office it is or heads before `of`, as the coreference stage reads it:
// `the minister` is no First Minister) among the document's role facts, the text's and
// the gazetteer's (not a post of the opposition: `shadow chancellor X`; not a title inside
// a longer one of the same person), when the text states it before token k (`Chancellor
// Tom Smith`); -1 when nobody, or two people, hold it (`the prime minister` in a story
// naming a prime minister of another country too), or only the gazetteer gives it.
std::int32_t stated_title_holder(const Reading& r, std::string_view phrase, std::size_t k) {
  const Annotation& a = r.a;
  const std::string p = to_lower(phrase);
  const bool one_word = p.find(' ') == std::string::npos;
  std::int32_t holder = -1;
  bool stated = false;
  for (const RoleFact& f : a.roles) {
    if (f.person < 0) continue;
    const bool names = one_word ? to_lower(f.title) == p || to_lower(f.title).starts_with(p + " of ")
                                : bare_title_names(r.lex, f.title, phrase);
    if (!names) continue;
    if (!f.from_gazetteer && f.cue_first > 0 && r.lex.in(Words::OppositionPremodifiers, a.tokens[f.cue_first - 1])) continue;
    if (!f.from_gazetteer && std::any_of(a.roles.begin(), a.roles.end(), [&](const RoleFact& g) {
          return !g.from_gazetteer && g.person == f.person && g.cue_first <= f.cue_first && g.cue_end >= f.cue_end &&
                 g.cue_end - g.cue_first > f.cue_end - f.cue_first;
        }))
      continue;  // `Minister` inside `First Minister X`: the longer title is the post
    if (holder >= 0 && f.person != holder) return -1;
    holder = f.person;
    stated = stated || (!f.from_gazetteer && f.cue_end <= k);
  }
  return stated && a.entities[static_cast<std::size_t>(holder)].type == EntityType::Person ? holder : -1;
}

// The quote with a speaker whose words hold tokens [first, end), or nullptr.
const Quote* quote_holding(const Annotation& a, std::uint32_t first, std::uint32_t end) {
  return quote_holding(a, Span{a.tokens[first].span.begin, a.tokens[end - 1].span.end});
}

// Row 18.373: a qualified role phrase inside a direct quote (the roles stage's, with the
// holder it found: `the Tarnish foreign minister`, `Tarnland's top diplomat`), which the
// coreference stage leaves (it reads outside quotation marks), names whom the quote is
// about, never the speaker: "I told the Tarnish foreign minister so," said Jane Roe after
// Tarnish Foreign Minister Tom Smith was named -> Roe SAID_ABOUT Smith. One pass over the
// document's role phrases (most documents have none).
[[gnu::noinline]] void role_phrases_about(Reading& r) {
  const Annotation& a = r.a;
  for (const RolePhrase& rp : a.role_phrases) {
    if (rp.person < 0 || rp.end <= rp.first) continue;
    const Quote* q = quote_holding(a, rp.first, rp.end);
    if (q != nullptr && q->kind == Quote::Kind::Direct && rp.person != q->speaker)
      r.col.add(q->speaker, RelationType::SaidAbout, rp.person, q->span, q->cue, "quote:role-phrase", 0.5);
  }
}

// Row 18.390: another speaker quoted in sentences [s1, s2] (a sentence of two speakers
// frames neither quote alone).
bool other_speaker_in(const Annotation& a, const Quote& q, std::uint32_t s1, std::uint32_t s2) {
  for (const Quote& o : a.quotes)
    if (o.speaker >= 0 && o.speaker != q.speaker) {
      const std::uint32_t os = sentence_of(a, a.token_at(o.span.begin));
      if (os >= s1 && os <= s2) return true;
    }
  return false;
}

// Row 18.390 (GUIDELINES "About whom": including the ones named in the sentence that frames
// the quote): a verb of speaking (word list topic_speech_verbs) and a topic preposition
// (topic_prepositions: of, about) outside a direct quote's words, in a sentence it lies in,
// with a name right after them (a definite article at most between; a role phrase the
// roles stage resolved counts) that closes its noun phrase (closes_noun_phrase(): `the
// Acme board` is no name of Acme; nor a name joined by a hyphen, `the Acme-Bolt deal`),
// name what the quote is about, never the speaker: `Tom Smith said of Acme: "They have
// let us down."`, `Jane Roe spoke of Acme's "fresh start"` -> SAID_ABOUT Acme. Not when
// another speaker is quoted in those sentences. `words`: the quote's tokens (quote_tokens()).
[[gnu::noinline]] void framed_topic_about(Reading& r, const Quote& q, const Judged& words) {
  const Annotation& a = r.a;
  const auto& t = a.tokens;
  if (q.kind != Quote::Kind::Direct || words.first >= words.second || words.second > t.size() || a.sentences.empty()) return;
  // The quote's sentence as the quotes stage wrote it (searched for only when it does not hold
  // the quote's first word), then on to the sentence of its last word.
  std::uint32_t s1 = q.sentence, s2 = s1;
  if (s1 >= a.sentences.size() || a.sentences[s1].first_token > words.first || a.sentences[s1].end_token <= words.first)
    s1 = s2 = sentence_of(a, words.first);
  while (s2 + 1 < a.sentences.size() && a.sentences[s2].end_token < words.second) ++s2;
  for (std::uint32_t si = s1; si <= s2 && si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    for (std::size_t k = s.first_token; k + 2 < s.end_token; ++k) {
      if (k >= words.first && k < words.second) k = words.second;  // the quote's own words
      if (k + 2 >= s.end_token) break;
      if (!r.lex.in(Words::TopicSpeechVerbs, t[k]) || !r.lex.in(Words::TopicPrepositions, t[k + 1])) continue;
      const std::size_t p = r.lex.in(Words::DefiniteArticles, t[k + 2]) ? k + 3 : k + 2;
      for (const Arg& x : r.by_sentence[si])
        if ((x.first == k + 2 || x.first == p) && x.entity >= 0 && x.entity != q.speaker && closes_noun_phrase(r, x.end) &&
            !(x.end < t.size() && t[x.end].norm == "-" && !t[x.end].has(kSpaceBefore)) && !other_speaker_in(a, q, s1, s2))
          r.col.add(q.speaker, RelationType::SaidAbout, x.entity, q.span, q.cue, "quote:framed-topic", 0.5);
    }
  }
}

// What quoted_titles_about() reads of a document, made at its first direct quote: whether
// the text states any post (a document that states none reads nothing more), and where
// named persons' mentions start and end (bare_title_at()'s arguments).
struct TitleScan {
  bool stated = false;
  std::vector<char> person_at, person_end;
  explicit TitleScan(const Annotation& a)
      : stated(std::any_of(a.roles.begin(), a.roles.end(), [](const RoleFact& f) { return !f.from_gazetteer; })) {
    if (!stated) return;
    person_at.assign(a.tokens.size() + 1, 0);
    person_end.assign(a.tokens.size() + 1, 0);
    for (const Mention& m : a.mentions)
      if (m.resolved_from.empty() && m.entity >= 0 && a.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Person)
        person_at[m.first_token] = person_end[m.end_token] = 1;
  }
};

// Row 18.372: a bare definite title inside a direct quote (roles.hpp bare_title_at(): `the
// chancellor`, `the home secretary`; no qualifier, name, of-phrase or relative clause; not
// a predicate), which the coreference stage leaves (it reads outside quotation marks), names
// the one person the text states holds that post (stated_title_holder()): "The chancellor
// has let us down," said Jane Roe after Chancellor Tom Smith spoke -> Roe SAID_ABOUT Smith
// (GUIDELINES "Quotes": resolve `the president`; "About whom"). Not a past post (`the
// former chancellor`: word list past_title_premodifiers), never the speaker. A word that
// opens a title (the title index's first-word bit) is looked for first: most tokens are none.
// `words`: the quote's tokens (quote_tokens()).
[[gnu::noinline]] void quoted_titles_about(Reading& r, const Quote& q, const Judged& words,
                                            std::optional<TitleScan>& scan) {
  const Annotation& a = r.a;
  const auto& t = a.tokens;
  if (q.kind != Quote::Kind::Direct || a.roles.empty()) return;
  if (!scan) scan.emplace(a);
  if (!scan->stated) return;
  const auto [t0, te] = words;
  for (std::size_t j = t0 + 1; j < te; ++j) {
    if (!(r.lex.lower_bits(t[j]) & Lexicons::kTitleFirst)) continue;
    std::size_t k = j;
    bool past = false;
    while (k > t0 && r.lex.in(Words::TitlePremodifiers, t[k - 1]))
      past = past || r.lex.in(Words::PastTitlePremodifiers, t[--k]);
    if (k == t0 || !r.lex.in(Words::DefiniteArticles, t[k - 1])) continue;
    const std::uint32_t e = bare_title_at(a, r.lex, static_cast<std::uint32_t>(k - 1), static_cast<std::uint32_t>(te),
                                          scan->person_at, scan->person_end);
    if (e <= j) continue;
    const std::int32_t who = past ? -1 : stated_title_holder(r, a.text(Span{t[j].span.begin, t[e - 1].span.end}), k - 1);
    if (who >= 0 && who != q.speaker)
      r.col.add(q.speaker, RelationType::SaidAbout, who, q.span, q.cue, "quote:title", 0.5);
    j = e - 1;
  }
}

// Row 23.338: what a quote's words hold that a rule needs to start, read in one pass over
// [first, end) (quote_tokens()) so the rules that could find nothing are not called: an
// evaluation needs a word that may open a relation cue (Lexicons::kRelationFirst, or a word
// not interned), lays_attack() a launching verb, bilateral_partner_about() a bilateral noun,
// own_party_about() a party word, deictic_country() a country noun (inside the quote). Each
// is a word those rules test first, so a quote without it gives none of their relations
// and makes none of their implied entities. Made-up example: `"We will keep working," said
// Tom Smith` holds none of the five, and the five rules are not asked.
// Row 23.350: quoted_titles_about() (row 18.372) needs a word that may open a title (the
// title index's first-word bit, the test its own loop makes first), read in this same pass:
// `"We will keep working," said Tom Smith` holds none, and its token loop is not run.
// Row 23.367: short_names_about() needs a capitalised word right after a definite article
// (`the Bank`), institution_nouns_about() a word of institution_nouns (`the committee`), both
// inside [first, end): read in this same pass, so a quote without them (`"We will keep
// working," said Tom Smith`) is not walked again for them.
// Row 23.383: holds_responsible() needs a copula (blames_at()'s first test), read in this
// same pass; a word in no word list (in_no_list(): most words) is none of the
// listed words, so its list tests are not made one by one: in `"We will keep working," said
// Tom Smith`, `keep` and `working` are passed with one test each.
struct QuoteWords {
  bool cue_opener = false, launch_verb = false, bilateral_noun = false, party_word = false, country_noun = false;
  bool title_word = false;
  bool short_name = false, institution_noun = false;  // row 23.367
  bool copula = false;                                 // row 23.383
  bool plural_person = false;                          // row 18.407
};

// Row 18.394: the collective at [b, e) names its organisation by the name's own words: its
// last word is the head of the name (the last capitalised word before a lower-case one, as
// organisations_by_head() reads it: `the committee` for the Harbour Committee, `the party's`
// for the Tarn Party), each word before it is a word of the name (`the police department`
// for the Kestby Police Department, `the anti-fraud office` for the Tarn Anti-Fraud
// Office), and the phrase closes its noun phrase (closes_noun_phrase(): not `the party
// nominee`). A kind noun the name does not hold (`the network`, `the union`), another
// modifier (`the ruling party`, `the federal court`) or a one-word name: none.
[[gnu::noinline]] bool names_by_its_own_words(const Reading& r, std::size_t b, std::size_t e, std::int32_t entity) {
  const Annotation& a = r.a;
  const Entity& ent = a.entities[static_cast<std::size_t>(entity)];
  if (ent.type != EntityType::Organization || e < b + 2) return false;
  if (!closes_noun_phrase(r, e) && !r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[e])) return false;  // `on`, `for`
  auto words = phrase_words(ent.canonical, true, r.lex.abbreviations());
  std::erase_if(words, [](const std::string& w) { return w == "-" || w == "'s"; });  // `Anti-Fraud`, `Fishermen's Association`
  std::size_t h = 0;
  while (h + 1 < words.size() && !words[h + 1].empty() && std::isupper(static_cast<unsigned char>(words[h + 1][0]))) ++h;
  if (words.size() < 2 || !std::isupper(static_cast<unsigned char>(words[h][0])) || to_lower(words[h]) != a.tokens[e - 1].lower)
    return false;  // a name in lower case has no head
  for (auto& w : words) w = to_lower(w);
  for (std::size_t k = b + 1; k + 1 < e; ++k)
    if (a.tokens[k].norm != "-" && std::find(words.begin(), words.end(), a.tokens[k].lower) == words.end()) return false;
  return true;
}

// The party named last before token k (a name, no reference), or -1 (row 18.394).
std::int32_t last_party_before(const Reading& r, std::size_t k) {
  std::int32_t last = -1;
  for (const std::uint32_t mi : r.mention_order) {
    const Mention& m = r.a.mentions[mi];
    if (m.first_token >= k) break;
    if (m.entity >= 0 && m.resolved_from.empty() && party_entity(r, m.entity)) last = m.entity;
  }
  return last;
}

// Row 18.394: a collective the coreference stage resolved inside a quote's words (its
// unwritten reference, rule collective; in reported words, which stand outside quotation
// marks, and a possessive one inside them) that names its organisation by the name's own
// words (names_by_its_own_words()) is an organisation the quoted words clearly refer to
// (GUIDELINES "About whom"), never the speaker: `Tom Smith said the office had seen no
// fraud` after the Tarn Audit Office was named -> Smith SAID_ABOUT Tarn Audit Office.
// `collectives` holds the stage's collectives by first token, made once a document; `words`
// the quote's tokens.
[[gnu::noinline]] void collectives_about(Reading& r, const Quote& q, const Judged& words,
                                         const std::vector<const Mention*>& collectives) {
  const auto [t0, te] = words;  // the quote's tokens (quote_tokens())
  auto it = std::lower_bound(collectives.begin(), collectives.end(), t0,
                             [](const Mention* m, std::size_t k) { return m->first_token < k; });
  for (; it != collectives.end() && (*it)->first_token < te; ++it) {
    const Mention& m = **it;
    if (m.end_token > te || m.entity == q.speaker || !names_by_its_own_words(r, m.first_token, m.end_token, m.entity)) continue;
    // `the party` said by a party, or by a member of another party, is mostly the speaker's
    // own (row 18.365), whichever party holds the word in its name (`the party's plans`
    // said by a Tarn Democrats leader after the Kestby Party was named); nor is it a party
    // when another party (`the Tarn Democrats`, no `party` in the name) was named since.
    if (party_entity(r, m.entity)) {
      if (party_entity(r, q.speaker)) continue;
      const std::int32_t own = speakers_party(r, q.speaker);  // asked once
      if ((own >= 0 && own != m.entity) || last_party_before(r, m.first_token) != m.entity) continue;
    }
    r.col.add(q.speaker, RelationType::SaidAbout, m.entity, q.span, q.cue, "quote:collective", 0.5);
  }
}

// The coreference stage's collectives (rule collective), by first token.
[[gnu::noinline]] std::vector<const Mention*> quoted_collectives(const Annotation& a) {
  std::vector<const Mention*> out;
  for (const Mention& m : a.unwritten_references)
    if (m.coreference_rule == kCollectiveRule && m.entity >= 0) out.push_back(&m);
  std::stable_sort(out.begin(), out.end(), [](const Mention* x, const Mention* y) { return x->first_token < y->first_token; });
  return out;
}

// Row 23.367: token -> inside a mention (short_names_about()'s test), made at the first
// quote that asks it: most documents have no quote with `the` and a capitalised word.
const std::vector<char>& mention_tokens(const Annotation& a, std::optional<std::vector<char>>& in_name) {
  if (!in_name) {
    in_name.emplace(a.tokens.size(), 0);
    for (const Mention& m : a.mentions)
      for (auto k = m.first_token; k < m.end_token; ++k) (*in_name)[k] = 1;
  }
  return *in_name;
}

// Row 23.384: `openers` gets the tokens that may open a cue (may_open_cue()), ascending, for
// judged_in_quote().
QuoteWords quote_words(const Reading& r, const Judged& words, std::vector<std::uint32_t>& openers) {
  QuoteWords w;
  openers.clear();
  bool after_definite = false;  // row 23.367: the token before is a definite article
  for (std::size_t k = words.first; k < words.second; ++k) {
    const Token& t = r.a.tokens[k];
    w.short_name |= after_definite && t.has(kCapitalized);
    if (may_open_cue(t)) {
      w.cue_opener = true;
      openers.push_back(static_cast<std::uint32_t>(k));  // row 23.384
    }
    w.title_word |= (r.lex.lower_bits(t) & Lexicons::kTitleFirst) != 0;  // row 23.350
    after_definite = false;
    if (in_no_list(t)) continue;  // row 23.383
    after_definite = r.lex.in(Words::DefiniteArticles, t);
    w.institution_noun |= r.lex.in(Words::InstitutionNouns, t);
    w.launch_verb |= r.lex.in(Words::LaunchVerbs, t);
    w.bilateral_noun |= r.lex.in(Words::BilateralNouns, t);
    w.party_word |= r.lex.in(Words::PartyNameWords, t);
    w.country_noun |= r.lex.in(Words::CountryNouns, t);
    w.copula |= r.lex.in(Words::Copulas, t);  // row 23.383
    w.plural_person |= r.lex.in(Words::PluralPersonNouns, t);  // row 18.407
  }
  return w;
}

// Row 18.407: the determiner and numerals before a plural person noun at k in a quote's
// words [t0, k): `the`, `the two`, `both`, `both the` (word lists definite_articles,
// pair_numerals; a numeral that is also a correlative opener, correlative_openers, makes
// the phrase definite alone: `both`, not `two`). False when none stands there; `counted`
// says a numeral does.
bool definite_plural_at(const Reading& r, std::size_t t0, std::size_t k, bool& counted) {
  const auto& t = r.a.tokens;
  counted = false;
  bool opened = false;
  for (std::size_t j = k, n = 0; j > t0 && n < 2; --j, ++n) {
    const Token& w = t[j - 1];
    if (r.lex.in(Words::PairNumerals, w)) {
      counted = true;
      opened = opened || r.lex.in(Words::CorrelativeOpeners, w);
    } else if (r.lex.in(Words::DefiniteArticles, w)) {
      opened = true;
    } else {
      break;
    }
  }
  return opened;
}

// Row 18.407: each pair of people named last before token k: two named persons joined by a
// lower-case coordinator alone (`Tom Smith and Jack Doe`, `Tom and Jack Smith`: the entities
// stage's shared surname, row 18.406), no list of three (no person named right before the
// first after a comma). `noun`: the pair with that word in lower case beside it (three
// tokens before, four after, in its sentence), as the noun that described them (`the
// suspects, Tom and Jack Smith, who are brothers`);
// `last`: the last pair, with its sentence. Entities -1 when none.
struct PeoplePair { std::int32_t x = -1, y = -1; std::uint32_t sentence = 0; };
void pairs_before(const Reading& r, std::size_t k, std::string_view word, PeoplePair& noun, PeoplePair& last) {
  const Annotation& a = r.a;
  const Mention* prev = nullptr;
  const Mention* before_prev = nullptr;
  const auto person = [&](const Mention* m) {
    return m && m->entity >= 0 && m->resolved_from.empty() &&
           a.entities[static_cast<std::size_t>(m->entity)].type == EntityType::Person;
  };
  for (const std::uint32_t mi : r.mention_order) {
    const Mention* m = &a.mentions[mi];
    if (m->end_token > k) break;
    if (!m->resolved_from.empty()) continue;
    if (person(prev) && person(m) && prev->entity != m->entity && m->first_token == prev->end_token + 1) {
      const Token& c = a.tokens[prev->end_token];
      const bool listed = person(before_prev) && before_prev->end_token + 1 == prev->first_token;
      if (c.kind == TokenKind::Word && !c.has(kCapitalized) && r.lex.in(Words::Coordinators, c) && !listed) {
        last = PeoplePair{prev->entity, m->entity, m->sentence};
        // The noun stands beside the pair: up to three tokens before it or four after it,
        // in its sentence (`the two suspects, Tom and Jack Smith, who are brothers`).
        const Sentence& s = a.sentences[m->sentence];
        const std::size_t from = std::max<std::size_t>(s.first_token, prev->first_token >= 3 ? prev->first_token - 3 : 0);
        const std::size_t to = std::min<std::size_t>(s.end_token, m->end_token + 4);
        for (std::size_t j = from; j < to; ++j)
          if (a.tokens[j].lower == word && !a.tokens[j].has(kCapitalized)) {
            noun = last;
            break;
          }
      }
    }
    before_prev = prev;
    prev = m;
  }
}

// Row 18.407: a plural person noun in a quote's words (word list plural_person_nouns) after
// `the`, `the two` or `both` (definite_plural_at()), closing its noun phrase, stands for two
// people named before (GUIDELINES "About whom": the entities the words clearly refer to):
// the pair last named with the same noun beside it (`Police sought the two suspects,
// Tom and Jack Smith, who are brothers. Jane Roe said the brothers had left` -> Roe
// SAID_ABOUT both), else, after a numeral (`the two men`, `both leaders`), the pair last
// named when it was named in the quote's sentence or the three before. A plural with no
// numeral and no such noun is a group (`the suspects` of a story naming no pair): none.
// Never the speaker.
void plural_people_about(Reading& r, const Quote& q, const Judged& words) {
  const Annotation& a = r.a;
  const auto [t0, te] = words;
  for (std::size_t k = t0 + 1; k < te; ++k) {
    const Token& t = a.tokens[k];
    bool counted = false;
    if (!r.lex.in(Words::PluralPersonNouns, t) || t.has(kCapitalized) || !closes_noun_phrase(r, k + 1) ||
        !definite_plural_at(r, t0, k, counted))
      continue;
    PeoplePair noun, last;
    pairs_before(r, k, t.lower, noun, last);
    const std::uint32_t si = q.sentence;
    if (noun.x < 0 && counted && last.x >= 0 && last.sentence <= si && last.sentence + 3 >= si) noun = last;
    for (const std::int32_t e : {noun.x, noun.y})
      if (e >= 0 && e != q.speaker) r.col.add(q.speaker, RelationType::SaidAbout, e, q.span, q.cue, "quote:plural-people", 0.5);
  }
}

}  // namespace

void from_quotes(Reading& r) {
  const Annotation& a = r.a;
  for (const auto& q : a.quotes) {
    if (q.speaker < 0) continue;
    for (auto ab : q.about) r.col.add(q.speaker, RelationType::SaidAbout, ab, q.span, q.cue, "quote:" + q.rule, 0.7);
  }
  const std::vector<std::uint32_t>& order = r.mention_order;
  const NamedEnd named_end(r, order);  // row 23.426: both filled when first asked
  const Resolved res(a, order);
  std::optional<std::map<std::string, std::int32_t>> by_head;  // short_names_about(): when first needed
  std::optional<std::vector<std::string>> org_names;            // institution_nouns_about(): when first needed
  std::optional<TitleScan> titles;                              // quoted_titles_about(): when first needed
  std::optional<std::vector<char>> in_name;                     // short_names_about(): when first needed (row 23.367)
  std::vector<std::uint32_t> openers;                           // row 23.384: quote_words() -> judged_in_quote()
  const std::vector<const Mention*> collectives = quoted_collectives(a);  // row 18.394
  for (const auto& q : a.quotes)
    if (q.speaker >= 0) {
      const Judged words = quote_tokens(a, q);
      const Judged judged = judged_tokens(r, q, words);
      const QuoteWords has = quote_words(r, words, openers);  // row 23.338: rules that could find nothing are skipped
      if (has.copula) holds_responsible(r, q, judged, order);  // row 23.383
      if (has.cue_opener) judged_in_quote(r, q, judged, named_end, res, openers);
      if (has.launch_verb) lays_attack(r, q, judged, named_end, res);
      pronouns_about(r, q, judged, res);
      if (has.short_name) short_names_about(r, q, by_head, mention_tokens(a, in_name));  // row 23.367
      if (const std::int32_t body = we_speak_for_body(r, q); body >= 0)
        r.col.add(q.speaker, RelationType::SaidAbout, body, q.span, q.cue, "quote:we-body", 0.6);
      reference_to(r, q, words);
      demonym_states_about(r, q, words);
      relative_antecedent_about(r, q);
      if (has.bilateral_noun) bilateral_partner_about(r, q, words);
      if (has.institution_noun) institution_nouns_about(r, q, org_names);  // row 23.367
      if (has.party_word) own_party_about(r, q);
      if (has.title_word) quoted_titles_about(r, q, words, titles);  // row 23.350
      framed_topic_about(r, q, words);                                // row 18.390
      if (!collectives.empty()) collectives_about(r, q, words, collectives);  // row 18.394
      if (has.plural_person) plural_people_about(r, q, words);                // row 18.407
      if (const std::int32_t country = has.country_noun ? deictic_country(r, q) : -1; country >= 0)
        r.col.add(q.speaker, RelationType::SaidAbout, country, q.span, q.cue, "quote:this-country", 0.5);
    }
  descriptions_about(r);
  role_phrases_about(r);
  judging_verbs(r);
}

}  // namespace gazette::relations
