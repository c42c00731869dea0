// Quotes, direct: a quote per pair of marks, attributed by the speaker patterns, and pull
// quotes without marks (quotes_internal.hpp).
#include "quotes_internal.hpp"

#include "clause_openers.hpp"

#include <algorithm>

namespace gazette::quotes {

namespace {

// The most words a section heading in marks holds (section_heading).
constexpr std::size_t kHeadingWords = 8;

// Rule ids of the attribution patterns (quotes.hpp) this part tests.
constexpr std::string_view kBeforeCue = "before-cue", kSentenceCue = "sentence-cue", kContinuation = "continuation",
                           kHeadlineColon = "headline-colon", kAccordingTo = "according-to",
                           kPassiveAgent = "passive-agent";

// The speaker of the previous quote, for a quote without a cue in the same paragraph
// (or opening the next one).
struct Previous {
  std::int32_t speaker = -1, mention = -1;
  std::uint32_t paragraph = static_cast<std::uint32_t>(-1);
  std::string from;
};

// Runs the speaker patterns in order. A cue after the quote whose speaker cannot be
// resolved ("... ," state media reported) leaves the other patterns a chance; it is
// kept if they find nothing.
void attribute(Resolver& r, const Pair& p, Quote& q, Attribution& at) {
  const Annotation& a = r.a;
  const std::size_t nt = a.tokens.size();
  const std::size_t close_sent = p.close < nt ? r.sentence_of[p.close] : a.sentences.size() - 1;
  const std::size_t sent_end = a.sentences[close_sent].end_token;
  // Where to look after the quote: to the paragraph end or the next quote in it.
  const std::size_t pe = paragraph_end(a, q.sentence);
  std::size_t para_end = sent_end;
  while (para_end < pe && !r.in_direct[para_end]) ++para_end;
  const std::size_t open_sent_begin = a.sentences[q.sentence].first_token;
  speaker_label(r, p, q, at);
  if (p.closed && q.rule.empty()) speaker_after(r, p, para_end, q, at);
  Quote unresolved;
  // `"Q," according to Y` names an outer source: a speaker named otherwise comes first
  // (GUIDELINES: `The New York Times reported` is the Times', unless an inner speaker is named).
  const Attribution outer = q.rule == kAccordingTo ? at : Attribution{};
  if ((at.speaker < 0 || q.rule == kAccordingTo) && !q.rule.empty()) {
    unresolved = q;
    q.rule.clear();
    q.cue.clear();
    q.cue_span = Span{};
    if (outer.speaker >= 0) at = Attribution{};
  }
  speaker_before(r, p, open_sent_begin, q, at);
  speaker_in_sentence(r, open_sent_begin, sent_end, q, at);
  speaker_before_paragraph(r, p, q, at);
  speaker_after_paragraph(r, p, q, at);
  if (at.speaker < 0 && !unresolved.rule.empty()) {
    q.rule = unresolved.rule;
    q.cue = unresolved.cue;
    q.cue_span = unresolved.cue_span;
    if (outer.speaker >= 0) at = outer;
  }
  speaker_name_verb(r, p, q, at);
  speaker_lead_sentence(r, p, q, at);
}

// The infinitive complement of the speech verb `vc` (speech_verbs.json "complements")
// that starts at ce and reaches `open`: `to` right after a verb marked "to" or after a
// time phrase (`vowed to "open up" the laws`, `promised on Tuesday to`), or after an object of up to five words for a verb marked
// "object_to" (`urged voters to "send a message"`, the object included). Its first token,
// or 0.
std::size_t infinitive_begin(const Resolver& r, const SpeechCue& vc, std::size_t ce, std::size_t open) {
  const Annotation& a = r.a;
  auto to_at = [&](std::size_t k) {
    return k < open && r.lex.in(Words::InfinitiveMarkers, a.tokens[k]) &&
           (k + 1 == open || a.tokens[k + 1].kind == TokenKind::Word);
  };
  if (vc.to_infinitive) {
    // over a time phrase: `promised on Tuesday to`
    std::size_t k = ce;
    while (k < open && k - ce < 3 && !to_at(k) && r.lex.in(Words::BeforeThat, a.tokens[k])) ++k;
    if (to_at(k)) return k;
  }
  if (!vc.object_infinitive) return 0;
  for (std::size_t k = ce + 1; k < open && k - ce <= 5; ++k) {
    const Token& t = a.tokens[k - 1];
    if (t.kind != TokenKind::Word || r.lex.in(Words::Complementizers, t) || r.lex.in(Words::Copulas, t)) return 0;
    if (to_at(k)) return ce;
  }
  return 0;
}

// A comma right after the speech verb (at k): the clause the verb reports opens after it,
// as after the verb of a parenthetical attribution (`Instead, Trump told CNN, his policy
// would be ...`, `he said, "there was never any question ..." and ...`), never on the
// comma itself; none after a coordinator, which opens another clause (`he said, and
// "everyone started running."`: the quoted words alone). Its first token, or 0.
std::size_t clause_after_comma(const Resolver& r, std::size_t k, std::size_t open) {
  return k + 1 < open && r.lex.in(Words::Coordinators, r.a.tokens[k + 1]) ? 0 : k + 1;
}

// Whether a clause's subject may open at t, after time words (rule A511): a word or a
// number, no possessive (`believes last Sunday's match was`: the time words are the
// subject's), no finite verb (`said this was`) and not after a determiner (`said this
// plan`, `said this year will`).
bool opens_subject(const Resolver& r, std::size_t t) {
  const Token& w = r.a.tokens[t];
  return t > 0 && (w.kind == TokenKind::Word || w.kind == TokenKind::Number) && !w.has(kPossessive) &&
         !r.a.tokens[t - 1].has(kPossessive) && !finite_auxiliary(r.lex, w) && !r.lex.in(Words::Determiners, r.a.tokens[t - 1]);
}

// The first token of the clause the speech verb `vc` reports (cue tokens end at ce), or
// 0 when it introduces no clause there: after the hearer of a verb that takes one (`told
// reporters`) and after `that` when it comes before `open` (`said on Tuesday that`);
// without `that` only a verb marked that_optional introduces a clause (`said the figures
// were`; not the object of `repeated the mantra of`; after a comma: clause_after_comma());
// `to` opens an infinitive, the content of a verb whose complements take one
// (infinitive_begin), not a clause.
std::size_t reported_clause_begin(const Resolver& r, const SpeechCue& vc, std::size_t ce, std::size_t open) {
  const Annotation& a = r.a;
  if (const std::size_t inf = infinitive_begin(r, vc, ce, open)) return inf;
  std::size_t k = ce;
  if (vc.takes_object && k < open && r.mention_at[k] >= 0)
    k = std::max(k, std::size_t{a.mentions[static_cast<std::size_t>(r.mention_at[k])].end_token});
  // `if` and `whether` only right after the verb or a time or place phrase (`asked on
  // Tuesday whether`), not inside the clause (`said allies wanted to know if ...`: rule A82).
  const bool phrase = k < open && r.lex.in(Words::BeforeThat, a.tokens[k]);
  for (std::size_t t = k; t < open && t - k < 10 && a.tokens[t].kind == TokenKind::Word; ++t)
    if (r.lex.in(Words::DeclarativeComplementizers, a.tokens[t]) ||
        (r.lex.in(Words::Complementizers, a.tokens[t]) && (t == k || phrase)))
      return t + 1;
  if (k < open && a.tokens[k].norm == ",") return vc.that_optional ? clause_after_comma(r, k, open) : 0;
  if (!vc.that_optional || k > open || r.lex.in(Words::InfinitiveMarkers, a.tokens[k])) return 0;
  // after a time phrase the clause opens on its subject (rule A511: `said Tuesday night the
  // plan was "a failure"`), when words stand before the marks (opens_subject)
  const std::size_t t = after_time_words(r, a.sentences[r.sentence_of[k]], k);
  const bool subject = t > k && t < open && opens_subject(r, t);
  return subject ? t : k;
}

// Quoted words of a partial quote that belong to the reported clause around them.
constexpr std::size_t kFragmentWords = 3;

// The noun phrase a fragment stands in, the object of a reporting verb whose complements
// take one (speech_verbs.json "np": `cited her "long experience"`, `questioned Trump's "New
// York values" and ...`, rule A332; the indirect quotes' indirect-complement, A59): the
// verb's object opens right after it on a word of noun_phrase_openers, a determiner, a
// number or a name and its possessive, and runs to the marks with no punctuation. Its
// first token, or 0.
std::size_t noun_phrase_object(const Resolver& r, std::size_t ce, std::size_t open) {
  const Annotation& a = r.a;
  if (ce >= open) return 0;
  const Token& t = a.tokens[ce];
  bool opens = r.lex.in(Words::NounPhraseOpeners, t) || r.lex.in(Words::Determiners, t) || t.kind == TokenKind::Number;
  if (!opens && r.mention_at[ce] >= 0) {
    const std::size_t me = a.mentions[static_cast<std::size_t>(r.mention_at[ce])].end_token;
    opens = me < open && a.tokens[me].has(kPossessive);
  }
  if (!opens) return 0;
  for (std::size_t k = ce; k < open; ++k)
    if (a.tokens[k].kind == TokenKind::Punct && !a.tokens[k].has(kPossessive)) return 0;
  return ce;
}

// A that-less clause around a fragment after a reporting verb not marked that_optional
// (rule A330; the indirect quotes' A52 and A180, read through the quotation marks): from
// k, a pronoun that is only nominative (`admits she "made mistakes"`) and a lower-case
// word, or a subject (a nominative pronoun, a determiner, a number or a capitalised word;
// or the fragment itself, `testified "thousands" of emails had not been turned over`)
// and a finite auxiliary or copula within eight tokens, inside the marks or outside them,
// before any other punctuation, relative word or complementizer (`admits the 2011
// military action against Libya "didn't work"`; not `admits the people who "were
// hurt"`). Not after another reporting verb in the sentence (`said the party admits ...`
// is one report).
bool thatless_fragment_clause(const Resolver& r, std::size_t cb, std::size_t k, std::size_t open) {
  const Annotation& a = r.a;
  const std::size_t sb = a.sentences[r.sentence_of[cb]].first_token, se = a.sentences[r.sentence_of[cb]].end_token;
  for (std::size_t j = sb; j < cb; ++j) {
    const SpeechCue* vc = nullptr;
    if (speech_verb_at(r, j, cb, &vc) && vc->kind == SpeechCue::Kind::Verb && vc->reporting) return false;
  }
  if (k > open) return false;
  const Token& first = a.tokens[k];
  if (k < open && r.lex.in(Words::NominativePronouns, first) && !r.lex.in(Words::ObjectPronouns, first)) {
    const std::size_t w = k + 1 == open ? open + 1 : k + 1;
    return w < se && a.tokens[w].kind == TokenKind::Word && !a.tokens[w].has(kCapitalized);
  }
  if (k < open && !(r.lex.in(Words::NominativePronouns, first) || r.lex.in(Words::Determiners, first) ||
                    first.kind == TokenKind::Number || (first.kind == TokenKind::Word && first.has(kCapitalized))))
    return false;
  for (std::size_t j = k + 1; j < se && j - k <= 8; ++j) {
    const Token& t = a.tokens[j];
    if (t.kind == TokenKind::Quote) continue;
    if ((t.kind != TokenKind::Word && t.kind != TokenKind::Number) || r.lex.in(Words::RelativeWords, t) ||
        r.lex.in(Words::Complementizers, t))
      return false;
    if (finite_auxiliary(r.lex, t)) return true;
  }
  return false;
}

// The first token of a that-less clause around a fragment (thatless_fragment_clause) that
// opens right after the verb or after a time phrase (rule A511: `tweeted Tuesday night he
// considered X the "presumptive nominee."`), or 0.
std::size_t thatless_begin(const Resolver& r, std::size_t cb, std::size_t ce, std::size_t open) {
  if (thatless_fragment_clause(r, cb, ce, open)) return ce;
  const std::size_t t = after_time_words(r, r.a.sentences[r.sentence_of[ce]], ce);
  return t != ce && t <= open && opens_subject(r, t) && thatless_fragment_clause(r, cb, t, open) ? t : 0;
}

// A full verb form: a past form in -ed or a speech verb.
bool full_verb(const Resolver& r, std::size_t k, std::size_t end) {
  const Token& t = r.a.tokens[k];
  if (t.kind != TokenKind::Word || t.has(kCapitalized)) return false;
  const SpeechCue* vc = nullptr;
  return past_form(r.lex, t) ||
         (speech_verb_at(r, k, end, &vc) && vc->kind == SpeechCue::Kind::Verb);
}

// A verb form: a finite auxiliary or copula, or a full verb.
bool verb_form(const Resolver& r, std::size_t k, std::size_t end) {
  const Token& t = r.a.tokens[k];
  return r.lex.in(Words::FiniteAuxiliaries, t) || r.lex.in(Words::Copulas, t) || full_verb(r, k, end);
}

// Where a reported clause that holds the closing mark `close` ends, at the latest at
// `end` (the sentence end): before the speaker's next predicate (`... "at a low point"
// and acknowledged ...`: a coordinator, then a full verb; `... and would go` may be the
// clause's own), before an indirect question (`... and whether ...`) and before a second
// attribution (`... "must not be repeated," state media reported`: a comma, then a
// speech verb within the next four words, or `according to` right after it: rule A712)
// and before a noun phrase set off by a comma
// (`..., a swipe at ...`), and before a second speaker's report coordinated with no comma
// (rule A583, coordinated_report_ends()). A second report of the same verb runs on (rule A183: `said the
// plan was "a disgrace" and that it would fail`, `..., but that ...`: the coordinated
// that-clause is the verb's second complement, one report with the first).
std::size_t clause_end(const Resolver& r, std::size_t close, std::size_t end) {
  const Annotation& a = r.a;
  for (std::size_t k = close + 1; k + 1 < end; ++k) {
    if (a.tokens[k].norm == ";" && !r.in_direct[k]) return k;  // a clause of its own (A332, as A30)
    if (r.lex.in(Words::Coordinators, a.tokens[k]) && r.lex.in(Words::DeclarativeComplementizers, a.tokens[k + 1])) {
      ++k;
      continue;
    }
    // (row A1116: also after one -ly adverb, `... "a sideshow" and reportedly argued that`)
    if (r.lex.in(Words::Coordinators, a.tokens[k]) &&
        (full_verb(r, k + 1, end) || r.lex.in(Words::Complementizers, a.tokens[k + 1]) ||
         (k + 2 < end && !r.in_direct[k + 1] && ly_adverb(r.lex, a.tokens[k + 1]) && full_verb(r, k + 2, end))))
      return k;
    // a second speaker's coordinated report (rule A583: `said the plan was "a mess" and Jane Roe said ...`)
    if (coordinated_report_ends(r, close + 1, k, end, true)) return k;
    // the comma may stand inside the closing mark (`"must not be repeated," media reported`)
    const bool comma = a.tokens[k].norm == "," || (k == close + 1 && close > 0 && a.tokens[close - 1].norm == ",");
    if (!comma) continue;
    // a comma and an article: a noun phrase set off after the clause, the reporter's
    // comment on it (`... "not get beat up" at his rally, a swipe at ...`: rule A138)
    if (a.tokens[k].norm == "," && r.lex.in(Words::Articles, a.tokens[k + 1])) return k;
    // a comma and `according to` (a cue before its source, rule A712): the attribution
    // of the whole report, not part of the clause (`should "stay calm," according to X`)
    const std::size_t first = k + (a.tokens[k].norm == ",");
    for (std::size_t v = first; v < end && v - k <= 4 && a.tokens[v].kind == TokenKind::Word; ++v) {
      const SpeechCue* vc = nullptr;
      if (speech_verb_at(r, v, end, &vc) &&
          (vc->kind == SpeechCue::Kind::Verb || (v == first && vc->kind == SpeechCue::Kind::PhraseBeforeSource)))
        return k;
    }
  }
  return end;
}

// The reported clause around the partial quote of `p` whose cue comes before it in its
// sentence (q.cue_span, rules before-cue and sentence-cue, a speech verb): from the
// clause's first token (after the verb, its hearer, `that`; after a passive's agent, rule
// passive-agent, its interrogative word) to its end in the sentence
// that holds the closing mark (clause_end), less the final punctuation; to the paragraph
// end when the quote is left open. Empty when the verb introduces no clause before the
// mark (`X said: "Q"`, `X said "Q"`). A labelling verb (not `reporting` in
// speech_verbs.json: `called`, `described`, `dismissed`) gives its object and what
// follows (`called the agreement "an historic step forward" in ...`) only when `labels`
// (a fragment of its own) and sets `labelled`; `called the strikes "unlawful"` quotes the
// label.
Span reported_clause(Resolver& r, const Pair& p, const Quote& q, bool labels, bool& labelled) {
  const Annotation& a = r.a;
  if (q.cue_span.empty() || (q.rule != kBeforeCue && q.rule != kSentenceCue && q.rule != kPassiveAgent)) return {};
  const std::size_t cb = a.token_at(q.cue_span.begin);
  const std::size_t ce = a.token_at(q.cue_span.end);
  const SpeechCue* vc = nullptr;
  if (ce > p.open || r.sentence_of[cb] != r.sentence_of[p.open] || !speech_verb_at(r, cb, ce, &vc) ||
      vc->kind != SpeechCue::Kind::Verb || (!vc->reporting && !labels))
    return {};
  labelled = !vc->reporting;
  // After a passive question verb and its agent (rule A321) the question opens on its
  // interrogative word (`was asked by X whether ...`).
  std::size_t begin = labelled ? ce : reported_clause_begin(r, *vc, ce, p.open);
  if (begin == 0 && !labels && !vc->that_optional) begin = thatless_begin(r, cb, ce, p.open);
  if (begin == 0 && !labels && vc->noun_phrase && verb_slot(r, cb)) begin = noun_phrase_object(r, ce, p.open);
  if (q.rule == kPassiveAgent) {
    begin = ce;
    while (begin < p.open && !r.lex.in(Words::InterrogativeWords, a.tokens[begin])) ++begin;
    if (begin == p.open) return {};
  }
  if (begin == 0) return {};
  std::size_t words = 0;
  for (std::size_t k = begin; k < p.open; ++k) {
    if (a.tokens[k].norm == ":" || a.tokens[k].norm == ";" || r.in_direct[k]) return {};
    words += a.tokens[k].kind == TokenKind::Word;
  }
  if (words == 0 && !p.closed) return {};
  if (!p.closed) return Span{a.tokens[begin].span.begin, q.span.end};
  std::size_t end = clause_end(r, p.close, a.sentences[r.sentence_of[p.close]].end_token);
  while (end > p.close + 1 && a.tokens[end - 1].kind == TokenKind::Punct) --end;
  // Marks right after the verb (or its `that`): a clause only when the reporter's words go on after them
  // (rule A80: `said "it gets me mad" every time ...`; `said "we will win."` is the quote
  // alone, and so are quotes with another quote after them: `said that "we agree" and he
  // saw "many prospects"`).
  if (words == 0 && (begin > ce + 1 || end <= p.close + 1 || a.tokens[p.close + 1].kind != TokenKind::Word ||
                     std::any_of(r.in_direct.begin() + static_cast<std::ptrdiff_t>(p.close + 1),
                                 r.in_direct.begin() + static_cast<std::ptrdiff_t>(end), [](char c) { return c != 0; })))
    return {};
  return Span{a.tokens[begin].span.begin, a.tokens[std::max(end - 1, p.close)].span.end};
}

// Whether the reporter's words [b, e) between two fragments open a clause of his own
// about the speaker: a coordinator, he or she and a lower-case word (`said that "we
// understand each other better" and he saw "many prospects"`: two reports, seeds; rule
// A122 reads the indirect clause so).
bool speaker_resumes(const Resolver& r, std::size_t b, std::size_t e) {
  const Annotation& a = r.a;
  for (std::size_t k = b; k + 2 < e; ++k)
    if (r.lex.in(Words::Coordinators, a.tokens[k]) && r.lex.in(Words::SubjectPronouns, a.tokens[k + 1]) &&
        a.tokens[k + 2].kind == TokenKind::Word && !a.tokens[k + 2].has(kCapitalized))
      return true;
  return false;
}

// One reported clause per cue (rule A510): the clause that a reporting verb before the
// fragments `ps` (two or more pairs of marks in its sentence, in text order, each with
// the cue of q) introduces, when it holds them all: from the clause's first token (after
// the verb, its hearer, `that`; a that-less clause as reported_clause() reads it) to its
// end after the last fragment (clause_end), less the final punctuation. Each fragment's
// clause must reach the next one (`said the plan was "a disgrace" and that it would
// "fail"`; not `said the talks were "frank" and acknowledged "real gaps"`: the speaker's
// next predicate). Empty for a labelling verb (`called the attacks "alarming" and
// "unlawful"`: the labels, dev convention), a noun phrase object (`spoke of X's "shared
// purpose" and "united dedication"`: no clause), a colon or semicolon before the last
// fragment, a dash between two (an aside of the writer's: `believed "should" be ..., has
// embarked on ... - often seen as his "turf" - has added ...`), or another quotation
// among them.
Span shared_clause(const Resolver& r, const std::vector<const Pair*>& ps, const Quote& q) {
  const Annotation& a = r.a;
  const Pair& first = *ps.front();
  const Pair& last = *ps.back();
  const std::size_t cb = a.token_at(q.cue_span.begin), ce = a.token_at(q.cue_span.end);
  const SpeechCue* vc = nullptr;
  if (!last.closed || ce > first.open || r.sentence_of[cb] != r.sentence_of[last.close] ||
      !speech_verb_at(r, cb, ce, &vc) || vc->kind != SpeechCue::Kind::Verb || !vc->reporting)
    return {};
  std::size_t begin = reported_clause_begin(r, *vc, ce, first.open);
  if (begin == 0 && !vc->that_optional) begin = thatless_begin(r, cb, ce, first.open);
  while (begin != 0 && begin < first.open && a.tokens[begin].norm == ",") ++begin;  // `added that, "..."`
  if (begin == 0 || begin > first.open) return {};
  const std::size_t se = a.sentences[r.sentence_of[last.close]].end_token;
  std::size_t at = begin;
  for (std::size_t i = 0; i < ps.size(); ++i) {
    if (!ps[i]->closed) return {};
    for (std::size_t k = at; k < ps[i]->open; ++k)
      if (a.tokens[k].norm == ":" || a.tokens[k].norm == ";" || (i > 0 && (a.tokens[k].norm == "--" || a.tokens[k].norm == "-")) || r.in_direct[k])
        return {};
    if (i + 1 < ps.size() && (clause_end(r, ps[i]->close, se) <= ps[i + 1]->open ||
                              speaker_resumes(r, ps[i]->close + 1, ps[i + 1]->open)))
      return {};
    at = ps[i]->close + 1;
  }
  std::size_t end = clause_end(r, last.close, se);
  while (end > last.close + 1 && a.tokens[end - 1].kind == TokenKind::Punct) --end;
  return Span{a.tokens[begin].span.begin, a.tokens[std::max(end - 1, last.close)].span.end};
}

// The word after `to` in an infinitive: lower case, no article, determiner or possessive
// (`to the Kremlin` is a preposition's object).
bool infinitive_verb(const Resolver& r, const Token& t) {
  return t.kind == TokenKind::Word && !t.has(kCapitalized) && !r.lex.in(Words::Articles, t) &&
         !r.lex.in(Words::Determiners, t) && !r.lex.in(Words::Possessives, t);
}

// A predicate of the reporter's own among the words [b, e) of a reported clause before
// its partial quote: a verb form or an infinitive (`to refrain from`) outside a relative
// clause (`workers who are not in a union, "stand little chance"`), or he/she before a
// lower-case word (`she thought that ... "lose any sleep"`). Without one the words
// are only the subject of the quoted predicate (`relations with Russia "may be at an
// all-time low"`).
bool reporter_predicate(const Resolver& r, std::size_t b, std::size_t e) {
  const Annotation& a = r.a;
  for (std::size_t k = b; k < e; ++k) {
    const Token& t = a.tokens[k];
    if (k > b && r.lex.in(Words::RelativeWords, t)) {
      while (k + 1 < e && a.tokens[k + 1].norm != ",") ++k;
      continue;
    }
    if (verb_form(r, k, e) || (r.lex.in(Words::InfinitiveMarkers, t) && k + 1 < e && infinitive_verb(r, a.tokens[k + 1])))
      return true;
    // he/she and a lower-case word: a subject and its verb (`she thought that ...`: A56)
    if (r.lex.in(Words::SubjectPronouns, t) && k + 1 < e && a.tokens[k + 1].kind == TokenKind::Word &&
        !a.tokens[k + 1].has(kCapitalized))
      return true;
  }
  return false;
}

// `But a refusal ... would be "pretty troublesome," King said` (rule A163): a fragment of
// kFragmentWords words or fewer, opening in lower case, that ends the clause before a cue
// after the marks (rules after-np-verb, after-verb-np) is part of the clause reported, as
// a fragment after a cue is (reported_clause()): the quote runs from the clause's start
// (after punctuation, discourse markers and coordinators; three words or more, no other
// quotation, colon, semicolon, dash or speech verb) to the fragment's end, a comma inside
// or right after the marks. Empty when not.
Span clause_before_fragment(const Resolver& r, const Pair& p, const Quote& q) {
  const Annotation& a = r.a;
  if ((q.rule != "after-np-verb" && q.rule != "after-verb-np") || !p.closed || q.cue_span.empty() ||
      a.token_at(q.cue_span.begin) <= p.close)
    return {};
  const Token& first = a.tokens[p.open + 1];
  if (first.kind != TokenKind::Word || first.has(kCapitalized)) return {};
  // The clause ends with the marks: a comma inside or right after them.
  if (a.tokens[p.close - 1].norm != "," && (p.close + 1 >= a.tokens.size() || a.tokens[p.close + 1].norm != ","))
    return {};
  std::size_t b = a.sentences[r.sentence_of[p.open]].first_token;
  while (b < p.open && (a.tokens[b].kind == TokenKind::Punct || r.lex.in(Words::DiscourseMarkers, a.tokens[b]) ||
                        r.lex.in(Words::Coordinators, a.tokens[b])))
    ++b;
  std::size_t words = 0;
  for (std::size_t k = b; k < p.open; ++k) {
    if (r.in_direct[k] || a.tokens[k].norm == ":" || a.tokens[k].norm == ";" || a.tokens[k].norm == "--") return {};
    // A speech verb of its own makes the words another report (`X, who calls Y a "Z," said`).
    const SpeechCue* vc = nullptr;
    if (speech_verb_at(r, k, p.open, &vc) && vc->kind == SpeechCue::Kind::Verb) return {};
    words += a.tokens[k].kind == TokenKind::Word;
  }
  if (words < 3) return {};
  return Span{a.tokens[b].span.begin, q.span.end};
}

// `"We are frustrated and horrified" by the shooting in Orlando, Nefzi said` (rule A331):
// quoted words that open their sentence, the reporter's words that complete their clause
// after the marks and a cue after those (rules after-np-verb, after-verb-np, and
// sentence-cue when the reporter's words are too long for those: the attribution after
// the last comma) are one report, from the quoted words to the word
// before that comma. The quote closes on a word (`"Q," X said`, `"Q." X said` end the
// clause inside the marks) and a lower-case word follows the closing mark; the reporter's
// words are two or more, with no other quotation, colon, semicolon, dash or speech verb
// (another report), and the attribution after the comma is at most five tokens before
// the cue (`, Nefzi said`, `, said X`). Empty when not.
Span clause_after_quote(const Resolver& r, const Pair& p, const Quote& q) {
  const Annotation& a = r.a;
  if ((q.rule != "after-np-verb" && q.rule != "after-verb-np" && q.rule != kSentenceCue) || !p.closed ||
      q.cue_span.empty() || p.close + 1 >= a.tokens.size())
    return {};
  const std::size_t cb = a.token_at(q.cue_span.begin);
  const std::uint32_t s = r.sentence_of[p.open];
  if (cb <= p.close + 1 || r.sentence_of[cb] != s) return {};
  for (std::size_t k = a.sentences[s].first_token; k < p.open; ++k)
    if (a.tokens[k].kind != TokenKind::Punct) return {};
  const Token& last = a.tokens[p.close - 1];
  const Token& next = a.tokens[p.close + 1];
  if ((last.kind != TokenKind::Word && last.kind != TokenKind::Number) || next.kind != TokenKind::Word ||
      next.has(kCapitalized))
    return {};
  std::size_t comma = 0;
  for (std::size_t k = p.close + 1; k < cb; ++k) {
    const Token& t = a.tokens[k];
    if (r.in_direct[k] || t.norm == ":" || t.norm == ";" || t.norm == "--") return {};
    const SpeechCue* vc = nullptr;
    if (speech_verb_at(r, k, cb, &vc) && vc->kind == SpeechCue::Kind::Verb) return {};
    if (t.norm == ",") comma = k;
  }
  if (comma == 0 || cb - comma > 6) return {};
  std::size_t words = 0;
  for (std::size_t k = p.close + 1; k < comma; ++k) words += a.tokens[k].kind == TokenKind::Word;
  if (words < 2) return {};
  return Span{q.span.begin, a.tokens[comma - 1].span.end};
}

// A partial quote inside the clause that a reporting verb before it introduces (`X said
// the figures were "excellent" this year`): the reported clause with the quoted words in
// it is a quote of kind direct (GUIDELINES; PolNeAR's "mixed" attributions). A fragment
// of three words or fewer is only that clause; a longer one is a quote of its own, the
// speaker's exact words, and the clause (returned in `clause`, left empty otherwise) is a
// second quote when the reporter's words make most of it and hold a predicate of their
// own before or after the marks (`X suggested that Y would meet the rule - "with a margin
// to spare"`), or follow a labelling verb (`called the agreement "an historic step
// forward" in the fight`), or stand on both sides of the marks (rule A186: the fragment
// inside the reporter's clause, `said that the plan "would ruin the lives of many
// families" in the north`) in a clause with a predicate of the reporter's own or opened by
// `that`; not `said the world's "two powers cannot ..." during a news conference`, whose
// words around the marks are a possessor and a circumstance).
void to_reported_clause(Resolver& r, const Pair& p, std::size_t quoted_words, Quote& q, Quote& clause) {
  const Annotation& a = r.a;
  // The quoted words opening a clause the reporter completes (A331): a fragment is that
  // clause; a longer quote stays, and the clause is a second quote when the reporter's
  // words make most of it (as A186 reads a long fragment inside the reporter's clause).
  if (const Span after = clause_after_quote(r, p, q); !after.empty()) {
    if (quoted_words <= kFragmentWords) {
      q.span = after;
    } else if (2 * q.span.size() < after.size()) {
      clause = q;
      clause.span = after;
    }
    return;
  }
  if (quoted_words <= kFragmentWords)
    if (const Span before = clause_before_fragment(r, p, q); !before.empty()) {
      q.span = before;
      return;
    }
  bool labelled = false;
  const Span span = reported_clause(r, p, q, quoted_words > kFragmentWords, labelled);
  if (span.empty()) return;
  if (quoted_words <= kFragmentWords) {
    q.span = span;
    return;
  }
  // Mostly quoted words: the fragment is the quote; mostly the reporter's words: the
  // clause is a report of its own that carries the quotation.
  // The reporter's predicate may stand before the marks or after them (rule A80: `said
  // "it gets me mad" every time he thinks about ...`; not `said the world's "two powers
  // cannot ..." during a news conference`, a circumstance with no verb).
  const std::size_t sb = a.token_at(span.begin), se = a.token_at(span.end);
  const bool own_predicate = reporter_predicate(r, sb, p.open) || (p.closed && reporter_predicate(r, p.close + 1, se));
  const bool inside = p.closed && sb < p.open && se > p.close + 1;
  const bool after_that = sb > 0 && r.lex.in(Words::DeclarativeComplementizers, a.tokens[sb - 1]);
  // Marks that open the clause right after the verb or its `that`, the reporter's words
  // completing it after them (rule A333, the mirror of A331: `says "the wind is at our
  // backs" despite his loss to ...`, `said that "we need more information" about how the
  // FBI came to ...`): no predicate of the reporter's own needed.
  const bool opens = sb == p.open && !labelled;
  const bool carries = 2 * q.span.size() < span.size() && (labelled || own_predicate || opens);
  if (!carries && !(inside && !labelled && (own_predicate || after_that))) return;
  clause = q;
  clause.span = span;
}

// Words in title case: the first capitalised, and every word of four letters or more
// but a preposition (word list speaker_phrase_prepositions) between two capitalised
// words, which title case leaves in lower case whatever its length (`Face the Nation`,
// `Keepin' It Real`, `Arrogant`, a show named for its host: `Mornings with Jane Roe`,
// `The Hour with Tom Baker`: rule A982; not a clause's `I'm with you`).
bool title_case(const Resolver& r, std::size_t b, std::size_t e) {
  const Annotation& a = r.a;
  const auto lower_preposition = [&](std::size_t k) {
    return k > b && k + 1 < e && r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[k]) && a.tokens[k - 1].has(kCapitalized) &&
           a.tokens[k + 1].has(kCapitalized);
  };
  std::size_t words = 0;
  for (std::size_t k = b; k < e; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::Word) continue;
    if (!t.has(kCapitalized) && (words == 0 || (t.lower.size() >= 4 && !lower_preposition(k)))) return false;
    ++words;
  }
  return words > 0;
}

// Title-case words in marks right after `on` or `in` (word list side_prepositions) in
// lower case, or opening the sentence, outside a headline, are the name of what the
// preposition places (a programme, a show, a film: `appeared on "Meet the Press"`, `On
// "Face the Nation," Sen. X`, `a turn as a frontiersman in "The Revenant"`), not speech
// (rule A420); an exclamation or a question in marks is a chant or a line (`on "Lock Her
// Up!"`). Other prepositions take speech as often (`cheer for "President X"`, `ended
// with "Si Vis Pacem Para Bellum"`, `goes by "Vito"`).
bool title_after_preposition(const Resolver& r, const Pair& p) {
  const Annotation& a = r.a;
  if (p.open == 0 || r.sentence_of[p.open - 1] != r.sentence_of[p.open]) return false;
  const Sentence& st = a.sentences[r.sentence_of[p.open]];
  const Token& before = a.tokens[p.open - 1];
  if (st.headline || !r.lex.in(Words::SidePrepositions, before) || (before.has(kCapitalized) && p.open - 1 != st.first_token))
    return false;
  std::size_t ce = p.close;
  while (ce > p.open + 1 && a.tokens[ce - 1].kind == TokenKind::Punct && a.tokens[ce - 1].norm != "!" && a.tokens[ce - 1].norm != "?") --ce;
  return ce > p.open + 1 && a.tokens[ce - 1].kind != TokenKind::Punct;
}

// Title-case words in marks in the hearer's slot of a speech cue are the programme or the
// outlet spoken to, not speech (rule A541, beside A420's `on "Meet the Press"`): right
// after a verb that takes a hearer (speech_verbs.json "object": `Jane Roe told "Morning
// Desk," adding ...`), or after a speech noun and a comitative preposition
// (comitative_prepositions: `said in an interview with "Evening Report."`); outside a
// headline, not an exclamation or a question (`told "Get Out!"`), nor a clause (a finite
// auxiliary, copula or negative auxiliary in any case: `warned "Enough Is Enough."`).
bool title_in_hearer_slot(const Resolver& r, const Pair& p) {
  const Annotation& a = r.a;
  if (p.open < 2 || r.sentence_of[p.open - 2] != r.sentence_of[p.open] || a.sentences[r.sentence_of[p.open]].headline) return false;
  const SpeechCue* vc = nullptr;
  const std::size_t k = p.open - 1;
  const bool slot = r.lex.in(Words::ComitativePrepositions, a.tokens[k])
                        ? speech_verb_at(r, k - 1, k, &vc) == 1 && vc->kind == SpeechCue::Kind::Noun
                        : speech_verb_at(r, k, p.open, &vc) == 1 && vc->kind == SpeechCue::Kind::Verb && vc->takes_object;
  if (!slot) return false;
  std::size_t ce = p.close;
  while (ce > p.open + 1 && a.tokens[ce - 1].kind == TokenKind::Punct && a.tokens[ce - 1].norm != "!" && a.tokens[ce - 1].norm != "?") --ce;
  if (ce <= p.open + 1 || a.tokens[ce - 1].kind == TokenKind::Punct) return false;
  for (std::size_t j = p.open + 1; j < ce; ++j) {
    const Token& t = a.tokens[j];
    if (r.lex.in(Words::FiniteAuxiliaries, t) || r.lex.in(Words::Copulas, t) || r.lex.in(Words::NegativeAuxiliaries, t)) return false;
  }
  return true;
}

// Title-case words in marks right after a possessive that is no person's, outside a
// headline or a title line with a colon and not ending in `!` or `?`, are the name of the possessor's work, programme or slogan, not speech
// (rule A481, which widens the organisation's possessive of title_of_work to any:
// `Sunday on Fox News channel's "Sunday Morning Futures,"`, `star of television's
// "Scandal"`, `Wednesday's "MSNBC Live"`); a line in marks is speech (`defended the
// mayor's "Look at my supporter over here!" line`).
bool title_after_possessive(const Resolver& r, const Pair& p) {
  const Annotation& a = r.a;
  const Sentence& st = a.sentences[r.sentence_of[p.open]];
  if (p.open < 2 || !a.tokens[p.open - 1].has(kPossessive) || r.sentence_of[p.open - 2] != r.sentence_of[p.open] ||
      st.headline)
    return false;
  // `Graham: Trump's 'Hateful Rhetoric' Destroying ...`: a title line's quote (A97).
  for (std::size_t k = st.first_token; k < p.open; ++k)
    if (a.tokens[k].norm == ":") return false;
  // A person's work in marks may carry a report around it (`he gets his ideas from Ayn
  // Rand's "Atlas Shrugged"`): left to the other tests.
  if (const std::int32_t m = r.mention_cover[p.open - 2]; m >= 0) {
    const std::int32_t e = a.mentions[static_cast<std::size_t>(m)].entity;
    if (e >= 0 && a.entities[static_cast<std::size_t>(e)].type == EntityType::Person) return false;
  }
  std::size_t ce = p.close;
  while (ce > p.open + 1 && a.tokens[ce - 1].kind == TokenKind::Punct && a.tokens[ce - 1].norm != "!" && a.tokens[ce - 1].norm != "?") --ce;
  return ce > p.open + 1 && a.tokens[ce - 1].kind != TokenKind::Punct;
}

// Whether the capitalised word at k is part of a person's or an organisation's name, a
// byline's author (`by Jane Roe`, `by Times' John Doe`); a date is none (`by Tuesday`,
// `by June`: rule A491).
bool names_author(const Resolver& r, std::size_t k) {
  const std::int32_t m = r.mention_cover[k];
  if (m < 0) return false;
  const std::int32_t e = r.a.mentions[static_cast<std::size_t>(m)].entity;
  if (e < 0) return false;
  const EntityType type = r.a.entities[static_cast<std::size_t>(e)].type;
  return type == EntityType::Person || type == EntityType::Organization;
}

// Words in marks set off by a comma (inside or after the closing mark) and followed by
// `by` (word list agent_prepositions) and a byline, capitalised words and possessives up to
// a colon, a comma or the sentence's end, one of them a name (names_author), are the title of a piece or a book and its
// author, not speech (rules A482, A491: `FAREWELL--"The Living Room to close," by Times' Ben
// Sisario: ...`, `''This Kind of War,'' by T.R. Fehrenbach, about the Korean War`). A
// passive's agent takes no comma (`called "strategic ambiguity" by Joshua Hendrick`), and
// an agent after a noun goes on in lower case (`the "ugliness of utterances," by Trump
// last week`).
bool title_with_byline(const Resolver& r, const Pair& p) {
  const Annotation& a = r.a;
  const std::size_t nt = a.tokens.size();
  if (!p.closed || p.close + 2 >= nt) return false;
  const std::uint32_t s = r.sentence_of[p.open];
  std::size_t k = p.close + 1;
  bool comma = a.tokens[k].norm == ",";
  if (comma) ++k;
  for (std::size_t b = p.close; !comma && b > p.open + 1; --b) {  // `,'' by`, `,'" by`
    const Token& t = a.tokens[b - 1];
    if (t.norm == ",") comma = true;
    if (t.kind != TokenKind::Quote) break;
  }
  if (!comma || k + 1 >= nt || r.sentence_of[k] != s || !r.lex.in(Words::AgentPrepositions, a.tokens[k])) return false;
  std::size_t names = 0;
  bool author = false;
  for (++k; k < nt && r.sentence_of[k] == s; ++k) {
    const Token& t = a.tokens[k];
    if (t.norm == ":" || t.norm == ",") break;
    if (t.has(kPossessive) || t.norm == "." || t.kind == TokenKind::Quote) continue;
    if (t.kind != TokenKind::Word || !t.has(kCapitalized)) return false;
    author |= names_author(r, k);
    ++names;
  }
  return names > 0 && author;
}

// Whether a reporting speech verb stands in [b, e): beside a word of work_title_words it
// makes the work the speaker of the words in marks, not their title (rule A493: `"We Will
// Build Homes," the manifesto says`, `The editorial says "Act Now."`); a naming verb
// reports nothing (`a book called "Women Who Work"`).
bool speech_verb_in(const Resolver& r, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k) {
    const SpeechCue* vc = nullptr;
    if (speech_verb_at(r, k, e, &vc) && vc->kind == SpeechCue::Kind::Verb && vc->reporting) return true;
  }
  return false;
}

// The title of a work or a name in marks, not speech: title-case words with a word of
// work_title_words among the three tokens before the opening mark or the two after the
// closing one, with no speech verb between it and the marks or right after it (speech_verb_in) (`the show "Face the Nation"`, `an ad titled, "Arrogant."`, `his "Keepin'
// It Real" radio program`), or right after an organisation's possessive (`CBS's "Face
// the Nation"`), any possessive (title_after_possessive), a preposition
// (title_after_preposition) or a speech cue's hearer slot (title_in_hearer_slot).
bool title_of_work(const Resolver& r, const Pair& p) {
  const Annotation& a = r.a;
  const std::size_t nt = a.tokens.size();
  if (!p.closed || !title_case(r, p.open + 1, p.close)) return false;
  if (title_after_preposition(r, p) || title_after_possessive(r, p) || title_in_hearer_slot(r, p)) return true;
  const std::uint32_t s = r.sentence_of[p.open];
  for (std::size_t k = p.open; k > 0 && p.open - k < 3 && r.sentence_of[k - 1] == s; --k)
    if (r.lex.in(Words::WorkTitleWords, a.tokens[k - 1]) && !speech_verb_in(r, k, p.open)) return true;
  for (std::size_t k = p.close + 1; k < nt && k - p.close <= 2 && r.sentence_of[k] == s; ++k)
    if (r.lex.in(Words::WorkTitleWords, a.tokens[k]) && !speech_verb_in(r, k + 1, std::min<std::size_t>(k + 2, nt))) return true;
  if (p.open >= 2 && a.tokens[p.open - 1].has(kPossessive) && r.mention_cover[p.open - 2] >= 0) {
    const std::int32_t e = a.mentions[static_cast<std::size_t>(r.mention_cover[p.open - 2])].entity;
    return e >= 0 && a.entities[static_cast<std::size_t>(e)].type == EntityType::Organization;
  }
  return false;
}

// `the host of ''The Five''`, `co-author of "Going Viral"`, `authors of the "Growth and
// Opportunity Project"` (rule A311): title-case words in marks after a word of
// name_of_nouns, `of` and an article or none are the name the noun's of-phrase gives,
// not speech (`chants from the crowd of "Death to the Arabs"` are speech: no group noun).
bool name_after_of(const Resolver& r, const Pair& p, std::size_t cb, std::size_t ce) {
  const Annotation& a = r.a;
  if (!p.closed || ce <= cb || !title_case(r, cb, ce)) return false;
  std::size_t k = p.open;
  if (k > 0 && r.lex.in(Words::Articles, a.tokens[k - 1])) --k;
  if (k < 2 || r.sentence_of[k - 2] != r.sentence_of[p.open] || !r.lex.in(Words::OfPrepositions, a.tokens[k - 1]) ||
      !r.lex.in(Words::NameOfNouns, a.tokens[k - 2]))
    return false;
  // `a host of "Shame on You" chants`: after an indefinite article the noun and `of` may
  // be a quantity (many), and words in marks closing on a word right before a lower-case
  // word modify that word, the of-phrase's head: speech, as any quote.
  const std::size_t next = p.close + 1;
  const bool indefinite = k >= 3 && r.lex.in(Words::IndefiniteArticles, a.tokens[k - 3]);
  return !(indefinite && a.tokens[ce - 1].kind == TokenKind::Word && ce == p.close && next < a.tokens.size() &&
           r.sentence_of[next] == r.sentence_of[p.open] && a.tokens[next].kind == TokenKind::Word &&
           !a.tokens[next].has(kCapitalized));
}

// A name in marks right before the noun it modifies, not speech, even with a source in
// reach (rule A310): title-case words that close on a word or a number (no comma, full stop,
// exclamation or question mark inside the marks: `"We Will Win," campaign aides said` ends
// a clause) and right after the closing mark, in the same sentence, a word of
// name_head_nouns (`the "Bernie or Bust" crowd`, `denounced the nascent "Neocons For
// Hillary" movement`, `"Daily Show" host Trevor Noah`, `wearing a "Make America Great
// Again" hat`).
bool name_before_noun(const Resolver& r, const Pair& p, std::size_t cb, std::size_t ce) {
  const Annotation& a = r.a;
  const std::size_t next = p.close + 1;
  if (!p.closed || ce <= cb || next >= a.tokens.size() || r.sentence_of[next] != r.sentence_of[p.open] ||
      !title_case(r, cb, ce))
    return false;
  const TokenKind close_on = a.tokens[p.close - 1].kind;
  return (close_on == TokenKind::Word || close_on == TokenKind::Number) && a.tokens[next].kind == TokenKind::Word &&
         r.lex.in(Words::NameHeadNouns, a.tokens[next]);
}

// A nickname in marks inside a person's name (rule A710): one or two title-case words,
// closing on a word, between a given name (given_names data) and a capitalised word in
// the same sentence (`Rap mogul Marion "Suge" Knight`, `Brian 'Head' Welch told`,
// `state Del. Marcia "Cia" Price`) are part of the name, not speech, even with a cue
// after the name.
bool nickname_in_name(const Resolver& r, const Pair& p, std::size_t cb, std::size_t ce) {
  const Annotation& a = r.a;
  const std::size_t next = p.close + 1;
  if (!p.closed || ce != p.close || p.open == 0 || next >= a.tokens.size() || !title_case(r, cb, ce)) return false;
  std::size_t words = 0;
  for (std::size_t k = cb; k < ce; ++k) {
    if (a.tokens[k].kind != TokenKind::Word) return false;
    ++words;
  }
  const Token& before = a.tokens[p.open - 1];
  const Token& after = a.tokens[next];
  const std::uint32_t s = r.sentence_of[p.open];
  return words <= 2 && r.sentence_of[p.open - 1] == s && r.sentence_of[next] == s && before.kind == TokenKind::Word &&
         before.has(kCapitalized) && r.lex.is_given_name(before) && after.kind == TokenKind::Word &&
         after.has(kCapitalized);
}

// Words in marks with no source in their sentence that are a name, not speech (rule
// A93): title case in a sentence that is not (`a three-day "Jeb Can Fix It" bus tour`,
// `the show was named "The Pete Santilli Show"`; in a headline in title case every word
// is), not an exclamation or a question (`chants of "Lock Her Up!"`).
bool name_in_marks(const Resolver& r, const Pair& p, std::size_t cb, std::size_t ce) {
  const Annotation& a = r.a;
  const Sentence& st = a.sentences[r.sentence_of[p.open]];
  if (!p.closed || st.headline || !title_case(r, cb, ce) || title_case(r, st.first_token, p.open)) return false;
  const std::string_view last = a.tokens[ce - 1].norm;
  return last != "!" && last != "?";
}

// A headline `X: words "Q" words` or `X: "Q" words` (rules A97, A240, quote_speakers.cpp:
// the colon is the cue span) is X's line: the quote is the words after the colon to the line's end, less the
// final punctuation (GUIDELINES: `Abortion not a poll issue - Blair` is Blair's; PolNeAR
// marks the line "mixed"). Repeated quotes of one line become one (quotes.cpp).
void headline_line(const Resolver& r, Quote& q) {
  const Annotation& a = r.a;
  if (q.rule != kHeadlineColon || q.cue_span.empty()) return;
  std::size_t e = a.sentences[q.sentence].end_token;
  std::size_t b = a.token_at(q.cue_span.end);
  while (b + 1 < e && a.tokens[b].kind == TokenKind::Quote) ++b;  // `X: 'Q' words` (A240)
  while (e > b + 1 && (a.tokens[e - 1].kind == TokenKind::Punct || a.tokens[e - 1].kind == TokenKind::Quote)) --e;
  if (e > b) q.span = Span{a.tokens[b].span.begin, std::max(a.tokens[e - 1].span.end, q.span.end)};
}

// Whether the copy quotes speech in single marks (British style): the last direct quote
// found so far, after the first paragraph (a headline's marks are its own), opens on a
// single mark (`'We have a plan,' Jane Roe said.`). Then a paragraph in single marks is
// as much speech as one in double marks (rule A492).
bool quotes_in_single_marks(const Resolver& r) {
  const Annotation& a = r.a;
  for (auto q = a.quotes.rbegin(); q != a.quotes.rend(); ++q) {
    if (q->kind != Quote::Kind::Direct || a.sentences[q->sentence].paragraph == a.sentences[0].paragraph) continue;
    const std::size_t b = a.token_at(q->span.begin);
    return b > 0 && a.tokens[b - 1].kind == TokenKind::Quote && !a.tokens[b - 1].has(kDoubleQuote);
  }
  return false;
}

// A paragraph after the first that is nothing but a few words in single marks, or in
// capitals in any marks, is a section heading that quotes the section (`'A healthy
// environment.'`, `"EVENTUALLY VOTERS MAKE GOOD DECISIONS"`), not speech of the quote
// before it (rule A480): no cue, no continuation; the words said, if anywhere, are quoted
// in the section.
bool section_heading(const Resolver& r, const Pair& p, std::size_t cb, std::size_t ce) {
  const Annotation& a = r.a;
  const std::uint32_t s = r.sentence_of[p.open];
  const Sentence& st = a.sentences[s];
  // The first paragraph is the headline, whose words in marks are a quote (GUIDELINES:
  // BBC's `'UK will stand firm on EU rebate'`, the words the article then reports).
  if (!p.closed || p.open != st.first_token || s == 0 || a.sentences[s - 1].paragraph == st.paragraph ||
      st.paragraph == a.sentences[0].paragraph)
    return false;
  // A paragraph that ends on a colon introduces the words below it (`Jane Roe told
  // reporters:` / `'We will not give up.'`): speech, not a heading (rule A490).
  const std::size_t last = a.sentences[s - 1].end_token - 1;
  if (a.tokens[last].norm == ":") return false;
  const std::size_t pe = paragraph_end(a, s);
  for (std::size_t k = p.close + 1; k < pe; ++k)
    if (a.tokens[k].kind != TokenKind::Punct) return false;
  std::size_t words = 0;
  bool capitals = true;
  for (std::size_t k = cb; k < ce; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::Word) continue;
    ++words;
    capitals &= t.has(kAllCaps) || t.lower.size() < 2;
  }
  // Capitals that end on `!` are shouted, a chant or a cry (`"LOCK HIM UP!"`), not a
  // heading (rule A494).
  const bool shout = ce > cb && a.tokens[ce - 1].norm == "!";
  return words > 0 && words <= kHeadingWords &&
         ((capitals && !shout) || (!a.tokens[p.open].has(kDoubleQuote) && !quotes_in_single_marks(r)));
}

// Words in marks with no source, no cue and no speaker before them to continue: up to
// three words (kFragmentWords) are scare quotes, the writer's own phrase held at a
// distance (GUIDELINES: `an "animal"`, `a "change warrior"`, `the "law and order"
// issue`), unless they are an utterance: an exclamation or a question (`chants of "Lock
// her up!"`), or a clause: a lower-case finite auxiliary or copula (finite_auxiliary:
// `fear "Europe is disintegrating."`) or a pronoun fused with one (contracted_subject:
// `"I'm with her."`) among the words (rule A540). The quote dropped still carries the
// chain of continuations (direct_quote), as an unattributed quote does.
bool utterance_end(const Annotation& a, std::size_t ce) { return a.tokens[ce - 1].norm == "!" || a.tokens[ce - 1].norm == "?"; }

bool scare_fragment(const Resolver& r, std::size_t cb, std::size_t ce, std::size_t words) {
  const Annotation& a = r.a;
  if (words > kFragmentWords || utterance_end(a, ce) ||
      r.sentence_of[cb] == 0 || a.sentences[r.sentence_of[cb]].headline)
    return false;
  for (std::size_t k = cb; k < ce; ++k)
    if (finite_auxiliary(r.lex, a.tokens[k]) || contracted_subject(r.lex, a.tokens[k])) return false;
  return true;
}

// The paragraph right before the quote's sentence `s` (which opens its paragraph) is one
// sentence with no quotation marks whose subject, where it opens (after punctuation and
// discourse markers), is the previous quote's speaker: a name of that entity, no possessor,
// or a subject pronoun resolved to it (rule A740: `"Q1," Jane Roe said.` / `Roe is
// upbeat about the vote, because she sees Tom Smith as a uniter.` / `"Q2"`: the writer
// paraphrases the speaker's turn between two of its quotes, so the turn goes on).
bool speaker_paraphrased_before(Resolver& r, std::uint32_t s, std::int32_t speaker) {
  const Annotation& a = r.a;
  if (s == 0) return false;
  const Sentence& st = a.sentences[s - 1];
  if (st.paragraph + 1 != a.sentences[s].paragraph || st.headline || st.furniture || st.duplicate ||
      (s >= 2 && a.sentences[s - 2].paragraph == st.paragraph))
    return false;
  if (holds_quotation_marks(r, st)) return false;
  std::size_t t = st.first_token;
  t = past_openers(a, r.lex, t, st.end_token);
  if (t >= st.end_token) return false;
  if (r.lex.in(Words::SubjectPronouns, a.tokens[t])) return r.pronoun(t) == speaker;
  const std::int32_t mi = r.mention_at[t];
  if (mi < 0) return false;
  const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
  return m.entity == speaker && m.end_token < st.end_token && !a.tokens[m.end_token].has(kPossessive);
}

// A quote with no cue in its sentence continues the previous quote's speaker in the same
// paragraph, or in the paragraph before when it opens its own (rule continuation), or two
// paragraphs before across a paraphrase of that speaker (speaker_paraphrased_before()); not
// past another person named as the subject of the quote's own sentence (rule A642:
// new_subject_of_quote()), nor past a lead-in sentence whose subject is another person,
// whose words they are (rule A750: speaker_lead_subject()).
bool continue_previous(Resolver& r, const Pair& p, std::uint32_t para, const Previous& prev, Quote& q, Attribution& at) {
  const Annotation& a = r.a;
  const bool opens_para = p.open == a.sentences[q.sentence].first_token;
  const bool across = opens_para && prev.paragraph + 2 == para && prev.speaker >= 0 &&
                      speaker_paraphrased_before(r, q.sentence, prev.speaker);
  if (prev.speaker < 0 || !(prev.paragraph == para || (opens_para && prev.paragraph + 1 == para) || across)) return false;
  if (new_subject_of_quote(r, p, q, prev.speaker)) return false;
  if (speaker_lead_subject(r, p, q, prev.speaker, at)) return true;
  at.speaker = prev.speaker;
  at.mention = prev.mention;
  at.from = prev.from;
  q.rule = std::string(kContinuation);
  return true;
}

// The direct quote between the marks of `p`, or false when it is empty or scare quotes
// (one or two words count only with a named source, GUIDELINES) or a title; a partial
// quote of more than three words in a reported clause also gives that clause (`clause`).
bool direct_quote(Resolver& r, const Pair& p, Previous& prev, Quote& q, Quote& clause) {
  const Annotation& a = r.a;
  std::size_t cb = p.open + 1, ce = p.close;
  while (ce > cb && (a.tokens[ce - 1].norm == "," || a.tokens[ce - 1].norm == "--")) --ce;
  if (ce <= cb || title_of_work(r, p) || name_before_noun(r, p, cb, ce) || name_after_of(r, p, cb, ce) ||
      section_heading(r, p, cb, ce) || title_with_byline(r, p) || nickname_in_name(r, p, cb, ce))
    return false;
  q.kind = Quote::Kind::Direct;
  q.span = Span{a.tokens[cb].span.begin, a.tokens[ce - 1].span.end};
  q.sentence = r.sentence_of[p.open];
  const std::uint32_t para = a.sentences[q.sentence].paragraph;
  std::size_t words = 0;
  for (std::size_t k = cb; k < ce; ++k) words += a.tokens[k].kind == TokenKind::Word;
  Attribution at;
  attribute(r, p, q, at);
  if (q.rule.empty() && !name_in_marks(r, p, cb, ce)) speaker_subject_predicate(r, p, q, at);
  // One or two words count only with a named source (GUIDELINES' scare quotes), unless
  // they end on `!` or `?`: an utterance, a cry, a chant or a question, whoever said it
  // (rule A981: `a man yelled "Stay there!"`, `Some chanted "Go home! Go home!"`,
  // `Fans chanted "Which referee?"`); scare_fragment() already keeps such words as
  // utterances. Not right after a determiner and a lower-case noun (word list
  // determiners): a name in apposition, `the magazine "Wow!"`, `a quiz "Who Knew?"`
  // (rule A1032).
  const bool apposed = p.open >= 2 && r.sentence_of[p.open - 2] == q.sentence &&
                       a.tokens[p.open - 1].kind == TokenKind::Word && !a.tokens[p.open - 1].has(kCapitalized) &&
                       r.lex.in(Words::Determiners, a.tokens[p.open - 2]);
  if (words <= 2 && at.speaker < 0 && (!utterance_end(a, ce) || apposed)) return false;
  if (q.rule.empty() && !continue_previous(r, p, para, prev, q, at)) {
    if (name_in_marks(r, p, cb, ce)) return false;
    if (scare_fragment(r, cb, ce, words)) {
      prev.paragraph = para;
      return false;
    }
    q.rule = "unattributed";
  }
  q.speaker = at.speaker;
  q.speaker_mention = at.mention;
  q.speaker_from = at.from;
  if (!at.from.empty() && q.rule != kContinuation) {
    q.speaker_span = r.last_from().span;
    q.speaker_rule = r.last_from().rule;
    q.speaker_antecedent = r.last_from().antecedent;
  }
  if (at.speaker >= 0) prev = Previous{at.speaker, at.mention, prev.paragraph, at.from};
  prev.paragraph = para;
  to_reported_clause(r, p, words, q, clause);
  headline_line(r, q);
  return true;
}

// Row 23.328 (issue #23): the last `--` of the paragraph [pb, pe) that pull_quote() can
// read, else pe. The paragraph is read backwards from its end, and the search stops (pe)
// at a token no named mention covers more than eight tokens before the end: a dash before
// it would be followed by a name that ends before it, more than eight tokens from the end,
// which pull_quote() refuses (nothing, or a comma and a short role, after the name); so
// pull_quote() answers as when it looked for the last dash from the paragraph's start, and
// a paragraph with no dash is read over its last nine tokens or so, not all of them.
// Made-up example: `Rates will rise again next spring. -- Tom Smith, Tarnby's mayor` finds
// the dash; `Rates will rise again next spring, Tom Smith said on Monday at the town hall.`
// stops at the comma before `Tom` (nine tokens from the end, no name over it, no dash after).
std::size_t last_dash_before_name(const Resolver& r, std::size_t pb, std::size_t pe) {
  for (std::size_t k = pe; k > pb; --k) {
    if (r.a.tokens[k - 1].norm == "--") return k - 1;
    if (k - 1 + 8 < pe && r.mention_cover[k - 1] < 0) return pe;
  }
  return pe;
}

// A paragraph `<four or more words> — <person>[, <role>]`, the layout of a quote set off
// from the text ("The level of trust ... has rather deteriorated. — Vladimir Putin,
// Russia's president"), with no speech verb before the dash.
void pull_quote(Resolver& r, std::size_t pb, std::size_t pe) {
  Annotation& a = r.a;
  const std::size_t dash = last_dash_before_name(r, pb, pe);
  if (dash == pe || dash + 1 >= pe || r.mention_at[dash + 1] < 0) return;
  const std::int32_t mi = r.mention_at[dash + 1];
  const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
  if (m.entity < 0 || a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Person) return;
  // After the name: nothing, or a comma and a short role ("Russia's president").
  if (m.end_token < pe && (a.tokens[m.end_token].norm != "," || pe - m.end_token > 8)) return;
  std::size_t words = 0;
  bool quoted = false, verb = false;
  for (std::size_t k = pb; k < dash; ++k) {
    words += a.tokens[k].kind == TokenKind::Word;
    quoted |= r.in_direct[k] != 0;
    const SpeechCue* vc = nullptr;
    verb |= speech_verb_at(r, k, dash, &vc) && vc->kind == SpeechCue::Kind::Verb;
  }
  // Four words at least, not a quote already, and no speech verb (then the sentence
  // attributes itself: "Putin said so -- Tass").
  if (words < 4 || quoted || verb) return;
  Quote q;
  q.kind = Quote::Kind::Direct;
  q.span = Span{a.tokens[pb].span.begin, a.tokens[dash - 1].span.end};
  q.sentence = r.sentence_of[pb];
  q.speaker = m.entity;
  q.speaker_mention = mi;
  q.cue = "--";
  q.cue_span = a.tokens[dash].span;
  q.rule = "pull-quote";
  for (std::size_t k = pb; k < dash; ++k) r.in_direct[k] = 1;
  a.quotes.push_back(std::move(q));
}

// A direct quote found for a pair of marks: the pair, the quote's index in a.quotes and
// the index of its reported clause (to_reported_clause), kNone when it has none.
constexpr std::size_t kNone = static_cast<std::size_t>(-1);
struct Fragment {
  const Pair* pair;
  std::size_t quote, clause;
};

// Whether fragments x and y (x before y) are quoted words the same cue reports before them.
bool same_cue(const Annotation& a, const Fragment& x, const Fragment& y) {
  const Quote& qx = a.quotes[x.quote];
  const Quote& qy = a.quotes[y.quote];
  const auto before = [](const Quote& q) { return q.rule == kBeforeCue || q.rule == kSentenceCue; };
  return !qx.cue_span.empty() && qx.cue_span == qy.cue_span && before(qx) && before(qy) &&
         qx.cue_span.end <= a.tokens[x.pair->open].span.begin;
}

// Two or more fragments a reporting verb before them reports in one clause (rule A510,
// shared_clause: `suggested "Trumpization" in the form of "sweeping accusations" and
// "slander" had begun to seep into French politics`) are one quote, that clause, with the
// verb's speaker (the dev convention: `people "pulled together" and "politics was totally
// left behind"` is one quote); the fragments and their clauses go.
void one_clause_per_cue(Resolver& r, const std::vector<Fragment>& fragments) {
  Annotation& a = r.a;
  std::vector<char> drop(a.quotes.size(), 0);
  for (std::size_t i = 0; i < fragments.size();) {
    std::size_t j = i + 1;
    while (j < fragments.size() && same_cue(a, fragments[i], fragments[j])) ++j;
    std::vector<const Pair*> ps;
    for (std::size_t k = i; k < j; ++k) ps.push_back(fragments[k].pair);
    const Span span = j - i >= 2 ? shared_clause(r, ps, a.quotes[fragments[i].quote]) : Span{};
    if (!span.empty()) {
      a.quotes[fragments[i].quote].span = span;
      for (std::size_t k = i; k < j; ++k) {
        if (k > i) drop[fragments[k].quote] = 1;
        if (fragments[k].clause != kNone) drop[fragments[k].clause] = 1;
      }
    }
    i = j;
  }
  std::size_t kept = 0;
  for (std::size_t k = 0; k < a.quotes.size(); ++k)
    if (!drop[k]) {
      if (kept != k) a.quotes[kept] = std::move(a.quotes[k]);
      ++kept;
    }
  a.quotes.resize(kept);
}

}  // namespace

void direct_quotes(Resolver& r, const Marks& marks) {
  Previous prev;
  // A quote a pair of marks at most (and now and then its clause, a pull quote): room
  // made once, not by the vector's doublings, each of which moves every quote so far.
  r.a.quotes.reserve(r.a.quotes.size() + marks.pairs.size() + 8);
  std::vector<Fragment> fragments;
  for (const auto& p : marks.pairs) {
    Quote q, clause;
    if (!direct_quote(r, p, prev, q, clause)) continue;
    fragments.push_back(Fragment{&p, r.a.quotes.size(), clause.span.empty() ? kNone : r.a.quotes.size() + 1});
    r.a.quotes.push_back(std::move(q));
    if (!clause.span.empty()) r.a.quotes.push_back(std::move(clause));
  }
  one_clause_per_cue(r, fragments);
  for_each_paragraph(r.a, [&](std::size_t pb, std::size_t pe, bool skip) {
    if (!skip && pe > pb) pull_quote(r, pb, pe);
  });
}

}  // namespace gazette::quotes
