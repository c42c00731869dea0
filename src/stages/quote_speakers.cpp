// Quotes, speakers: the attribution patterns of a direct quote (quotes_internal.hpp).
// Speaker phrases are resolved by the coreference Resolver (coreference.hpp).
#include "quotes_internal.hpp"

#include "clause_openers.hpp"

#include "gazette/tokenizer.hpp"

#include <algorithm>

namespace gazette::quotes {

namespace {

void set_cue(const Annotation& a, std::size_t first, std::size_t n, const char* rule, Quote& q) {
  q.cue_span = Span{a.tokens[first].span.begin, a.tokens[first + n - 1].span.end};
  q.cue = std::string(a.text(q.cue_span));
  q.rule = rule;
}

// A quoted title inside an apposition (`Jane Roe, wearing "Team Roe" pins, said`): the
// tokens in marks from `v` (a run of in_direct tokens) end within six tokens. Its end, or v.
std::size_t skip_quoted_title(const Resolver& r, std::size_t v, std::size_t end) {
  std::size_t k = v;
  while (k < end && r.in_direct[k] && k - v <= 6) ++k;
  return k - v <= 6 && k > v ? k : v;
}

// The words after a closing mark go on with the quoted sentence (rule A77): a lower-case
// complementizer, subordinator or preposition (`"Q" that X can win, said Jane Roe`; `"Q"
// for X, said Roe`; `"Q" of the plan, Mr Roe said`), not a noun phrase or a pronoun.
bool continues_quoted_sentence(const Resolver& r, std::size_t j) {
  const Token& t = r.a.tokens[j];
  return t.kind == TokenKind::Word && !t.has(kCapitalized) &&
         (r.lex.in(Words::Complementizers, t) || r.lex.in(Words::Subordinators, t) || r.lex.in(Words::NotClauseOpeners, t));
}

// The opening bracket of a bracketed aside that closes right before token `end`, up to 12
// tokens inside, after `limit` and outside quotation marks (`Rep. Jane Roe (R-Ohio):`), or `end`.
std::size_t aside_start(const Resolver& r, std::size_t end, std::size_t limit) {
  if (end <= limit + 1 || r.a.tokens[end - 1].norm != ")") return end;
  for (std::size_t k = end - 1; k > limit && end - k < 13 && !r.in_direct[k - 1]; --k)
    if (r.a.tokens[k - 1].norm == "(") return k - 1;
  return end;
}

// The last comma outside parentheses in [b, e), or e.
std::size_t last_comma(const Annotation& a, std::size_t b, std::size_t e) {
  int depth = 0;
  for (std::size_t k = e; k > b; --k) {
    const std::string_view t = a.tokens[k - 1].norm;
    if (t == ")") ++depth;
    if (t == "(" && depth > 0) --depth;
    if (t == "," && depth == 0) return k - 1;
  }
  return e;
}

void speaker_after_verb(Resolver& r, std::size_t v, std::size_t n, std::size_t para_end, Attribution& at);

// A verb of rejection that reports no speech (rejection_verb_stems, not `reporting` in
// speech_verbs.json: `rejected`, `dismissed`; rule A1111) gives its subject a quotation
// that opens at b after it (its words from e), only as a label after `as`
// (capacity_prepositions: `dismissed the plan as "unworkable"`): in `rejected calls to
// "pause"`, `rejected a "blanket policy"` the words are those rejected, not the subject's;
// a quotation before it (b <= e: `its own "points system" ... but rejected quotas`) neither.
bool rejects_quoted_words(const Resolver& r, const SpeechCue& vc, std::size_t e, std::size_t b) {
  if (vc.kind != SpeechCue::Kind::Verb || vc.reporting || !r.lex.starts_in(Words::RejectionVerbStems, vc.lemma)) return false;
  for (std::size_t k = e; k < b; ++k)
    if (r.lex.in(Words::CapacityPrepositions, r.a.tokens[k])) return false;
  return true;
}

// A lower-case subordinator or preposition (not an absolute `with`, nor the agent's `by`:
// `labelled a "Q" by the Tories who said`) opening the phrase
// before a speech verb after the quote, a subject between them: a clause of its own whose
// subject does not attribute the quote (rule A692: `"Q," after spokesman Tom Smith
// expressed ...`, `"Q," when Tom Smith said ...`; not `"Q" in writing`).
bool subordinate_opener(const Resolver& r, const Token& t) {
  return t.kind == TokenKind::Word && !t.has(kCapitalized) && !r.lex.in(Words::AbsolutePrepositions, t) &&
         !r.lex.in(Words::AgentPrepositions, t) && (r.lex.in(Words::Subordinators, t) || r.lex.in(Words::SpeakerPhrasePrepositions, t));
}

// `"Q," X said` / `"Q," he told Y`: a phrase, then a speech verb, before the sentence ends.
// The phrase may hold an apposition or a parenthetical (`"Q," Jane Roe, a former aide,
// said`; `"Q," Rep. Jane Roe (R-Ohio) said`): up to 16 tokens, a full stop inside
// parentheses does not end it. A name followed by a comma opens an apposition that may run
// to 32 tokens and hold a short quoted title (rule A76: `"Q," Jane Roe, an adviser to X and
// former director of Y, wrote`).
void speaker_np_verb(Resolver& r, std::size_t j, std::size_t para_end, Quote& q, Attribution& at) {
  const Annotation& a = r.a;
  // The name that opens the apposition: a person's name within the first six tokens,
  // followed by a comma (`"Q," Texas delegate Jane Roe, wearing ..., said`).
  std::size_t appos_begin = para_end;
  for (std::size_t k = j; k < para_end && k < j + 6 && !r.in_direct[k]; ++k) {
    const std::int32_t mi = r.mention_at[k];
    if (mi < 0) continue;
    const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
    if (m.entity < 0 || a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Person) continue;
    if (m.end_token + 1 < para_end && a.tokens[m.end_token].norm == ",") appos_begin = m.end_token;
    break;
  }
  const bool apposition = appos_begin < para_end;
  // Words that go on with the quoted sentence (rule A77) may run to 32 tokens before the
  // comma that sets off an inverted attribution (rule A573: `"Q," since so many of the
  // cases were decided by one vote, said Jane Roe`).
  const std::size_t limit = apposition || continues_quoted_sentence(r, j) ? 32 : 16;
  bool in_parens = false;
  for (std::size_t v = j; v < para_end && v - j < limit; ++v) {
    if (r.in_direct[v]) {
      const std::size_t past = apposition && v > appos_begin ? skip_quoted_title(r, v, para_end) : v;
      if (past == v) break;
      v = past - 1;
      continue;
    }
    const Token& t = a.tokens[v];
    if (t.norm == "(") in_parens = true;
    if (t.norm == ")") in_parens = false;
    if ((t.norm == "." && !in_parens) || t.norm == ";" || (t.kind == TokenKind::Quote && !t.has(kPossessive))) break;
    // A comma and a coordinator open a clause of their own (`"Q" in a tweet, and lawmakers
    // have called for ...`, rule A231): its verb reports no quote before it.
    if (t.norm == "," && v + 1 < para_end && r.lex.in(Words::Coordinators, a.tokens[v + 1])) break;
    const SpeechCue* vc = nullptr;
    if (const std::size_t n2 = speech_verb_at(r, v, para_end, &vc);
        n2 && vc->kind == SpeechCue::Kind::Verb && !vc->before_quote && v > j && !rejects_quoted_words(r, *vc, v + n2, j)) {
      // A verb with a reported clause of its own reports no quote before it (rule A488:
      // `... "Q" - Democrats in Iowa said they were unfazed`, `... "Q," one of the
      // prosecutors said the two cases were different`).
      if (opens_reported_clause(r, v + n2)) break;
      const std::size_t c = continues_quoted_sentence(r, j) ? last_comma(a, j, v) : v;
      // Past 16 tokens only an inverted verb right after the comma, in the quote's sentence,
      // attributes (A573).
      if (!apposition && v - j >= 16 && (c + 1 != v || r.sentence_of[v] != r.sentence_of[j])) break;
      if (c + 1 == v) {  // `"Q" for X, said Jane Roe`
        speaker_after_verb(r, v, n2, para_end, at);
        set_cue(a, v, n2, "after-verb-np", q);
      } else {
        const std::size_t np = c < v ? c + 1 : j;
        if (np + 1 < v && subordinate_opener(r, a.tokens[np])) break;
        at.speaker = r.noun_phrase(np, v, at.from, at.mention);
        set_cue(a, v, n2, "after-np-verb", q);
      }
      break;
    }
  }
}

// The person named after the comma at `comma` in an inverted speaker's apposition, after
// at most two lower-case words (`actress Jane Roe`), before `para_end`: the mention, else
// -1. `role` is set when those words end with a role noun (word list person_role_nouns).
std::int32_t apposition_name(const Resolver& r, std::size_t comma, std::size_t para_end, bool& role) {
  const Annotation& a = r.a;
  std::size_t k = comma + 1;
  while (k < para_end && k - comma <= 2 && !r.in_direct[k] && r.mention_cover[k] < 0 &&
         a.tokens[k].kind == TokenKind::Word && !a.tokens[k].has(kCapitalized))
    ++k;
  role = k > comma + 1 && r.lex.in(Words::PersonRoleNouns, a.tokens[k - 1]);
  const std::int32_t mi = k < para_end && !r.in_direct[k] ? r.mention_at[k] : -1;
  const std::int32_t e = mi >= 0 ? a.mentions[static_cast<std::size_t>(mi)].entity : -1;
  return e >= 0 && a.entities[static_cast<std::size_t>(e)].type == EntityType::Person ? mi : -1;
}

// Whether the person's mention mi closes the phrase before np_end as the object of an
// of-phrase after a lower-case noun (rule A455: `the mother of Jane Roe`, `a friend of
// Jane Roe`): the phrase names a relative or role of that person, not the person.
bool in_of_phrase(const Resolver& r, std::int32_t mi, std::size_t np_end) {
  const Annotation& a = r.a;
  const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
  if (m.end_token != np_end || m.first_token < 2 || !r.lex.in(Words::OfPrepositions, a.tokens[m.first_token - 1])) return false;
  const Token& head = a.tokens[m.first_token - 2];
  return head.kind == TokenKind::Word && !head.has(kCapitalized) && !r.lex.in(Words::Determiners, head);
}

// `"Q," said EEF chief economist, Jane Roe.` (rule A33): a phrase after the verb that
// names no person, then a comma and a person's name: that person speaks. A person named
// only as a possessor is no speaker either when the phrase or the words before the name
// end with a role noun (rule A411: `"Q," said Trump's campaign manager, Corey Lewandowski`,
// `"Q," exhorted Clinton's introducer, actress Jane Roe`), nor one named in an of-phrase
// after a noun (rule A455: `"Q," said the mother of Jane Roe, Mary Smith`).
void named_in_apposition(const Resolver& r, std::size_t np_end, std::size_t para_end, Attribution& at) {
  const Annotation& a = r.a;
  auto person = [&](std::int32_t e) { return e >= 0 && a.entities[static_cast<std::size_t>(e)].type == EntityType::Person; };
  if (np_end + 1 >= para_end || a.tokens[np_end].norm != "," || r.in_direct[np_end + 1]) return;
  bool role = false;
  std::int32_t mi = -1;
  if (!person(at.speaker)) {
    mi = r.mention_at[np_end + 1];
    if (mi >= 0 && !person(a.mentions[static_cast<std::size_t>(mi)].entity)) mi = -1;
  } else if (at.mention >= 0 && at.from.empty()) {
    const std::size_t end = a.mentions[static_cast<std::size_t>(at.mention)].end_token;
    if (end < np_end && a.tokens[end].has(kPossessive) && (mi = apposition_name(r, np_end, para_end, role)) >= 0 &&
        !role && !r.lex.in(Words::PersonRoleNouns, a.tokens[np_end - 1]))
      mi = -1;
    else if (mi < 0 && in_of_phrase(r, at.mention, np_end))
      mi = apposition_name(r, np_end, para_end, role);
  }
  if (mi < 0) return;
  at.speaker = a.mentions[static_cast<std::size_t>(mi)].entity;
  at.mention = mi;
  at.from.clear();
}

// A hyphen at k glued to a word on each side (glued_hyphen(), tokenizer.hpp) joins one
// compound word (`Los Angeles-based`, `nutritional-supplement`), no phrase boundary.
bool compound_hyphen(const Annotation& a, std::size_t k, std::size_t end) {
  return k > 0 && glued_hyphen(a, k, end) && a.tokens[k - 1].kind == TokenKind::Word && a.tokens[k + 1].kind == TokenKind::Word;
}

// Row A1172: a hyphen at k glued between a number and a word joins one compound word too
// (`24-year-old`, `100-metre`): `said the 24-year-old` reads the whole epithet.
bool number_compound_hyphen(const Annotation& a, std::size_t k, std::size_t end) {
  return k > 0 && glued_hyphen(a, k, end) && a.tokens[k - 1].kind == TokenKind::Number && a.tokens[k + 1].kind == TokenKind::Word;
}

// A slash at k glued between two numbers (`9/11`, `24/7`) joins one word, no phrase boundary.
bool number_slash(const Annotation& a, std::size_t k, std::size_t end) {
  return k > 0 && k + 1 < end && a.tokens[k].norm == "/" && !a.tokens[k].has(kSpaceBefore) &&
         !a.tokens[k + 1].has(kSpaceBefore) && a.tokens[k - 1].kind == TokenKind::Number &&
         a.tokens[k + 1].kind == TokenKind::Number;
}

// The speaker after an inverted verb at v (n tokens): `said Jane Roe`, `said 9/11 widow
// Jane Roe` (numbers may pre-modify the speaker, and a slash between two numbers does not
// end the phrase: rule A530), up to seven words; a run of capitalised
// words and abbreviations may go on to twelve (rule A77: `said former Ohio Gov. and party
// Chairman Jane Roe`, `said Air Force 1st Lt. Jane Roe`). A hyphen inside a compound word
// does not end the phrase (rule A230: `said Los Angeles-based attorney Jane Roe`, `said
// Idaho nutritional-supplement executive Jane Roe` name Roe, not the place before it).
void speaker_after_verb(Resolver& r, std::size_t v, std::size_t n, std::size_t para_end, Attribution& at) {
  const Annotation& a = r.a;
  const std::size_t b = v + n;
  std::size_t np_end = b;
  auto word = [&](std::size_t k) { return a.tokens[k].kind == TokenKind::Word || a.tokens[k].kind == TokenKind::Number; };
  auto title_run = [&](std::size_t k) {
    const Token& t = a.tokens[k];
    if (t.has(kCapitalized) || t.kind == TokenKind::Number) return true;
    if (k + 1 >= para_end || !a.tokens[k + 1].has(kCapitalized)) return false;
    const Token& prev = a.tokens[k - 1];
    return r.lex.in(Words::AdditiveConjunctions, t) ||
           (t.norm == "." && prev.has(kCapitalized) && prev.norm.size() <= 3 && r.sentence_of[k + 1] == r.sentence_of[k]);
  };
  while (np_end < para_end && ((np_end - b < 7 && (word(np_end) || compound_hyphen(a, np_end, para_end) ||
                                                    number_compound_hyphen(a, np_end, para_end) ||
                                                    number_slash(a, np_end, para_end))) ||
                                (np_end - b < 12 && np_end > b && title_run(np_end))))
    ++np_end;
  at.speaker = r.noun_phrase(b, np_end, at.from, at.mention);
  named_in_apposition(r, np_end, para_end, at);
}

// No speech verb stands before token `end` in the sentence from `begin`.
bool no_speech_verb(const Resolver& r, std::size_t begin, std::size_t end) {
  for (std::size_t k = begin; k < end; ++k) {
    const SpeechCue* vc = nullptr;
    if (speech_verb_at(r, k, end, &vc) && vc->kind == SpeechCue::Kind::Verb) return false;
  }
  return true;
}

// The colon of a headline line `X: words "Q" words` (rule A97): the first colon of the
// sentence, before the quote's opening mark and outside marks, when the sentence is a
// paragraph of its own (a title line: `Dr. Ben Carson: Hillary Clinton 'Not Fit To
// Serve'`, `Milbank: Republicans 'Waving The Flag Of Surrender' To Trump.`); 0 otherwise.
std::size_t headline_colon(const Resolver& r, const Pair& p, std::size_t sentence_begin) {
  const Annotation& a = r.a;
  const std::uint32_t s = r.sentence_of[p.open];
  const std::uint32_t para = a.sentences[s].paragraph;
  if ((s > 0 && a.sentences[s - 1].paragraph == para) ||
      (s + 1 < a.sentences.size() && a.sentences[s + 1].paragraph == para))
    return 0;
  for (std::size_t k = sentence_begin + 1; k < p.open && k <= sentence_begin + 5; ++k)
    if (a.tokens[k].norm == ":" && !r.in_direct[k]) return k;
  return 0;
}

// Words follow the closing mark of a quote on a title line `X: 'Q' words` (rule A240):
// the line is X's, as `X: words 'Q' words` is (A97).
bool words_after_quote_in_line(const Resolver& r, const Pair& p, std::size_t colon, std::size_t sentence_begin) {
  const Annotation& a = r.a;
  if (!p.closed || headline_colon(r, p, sentence_begin) != colon) return false;
  const std::size_t end = a.sentences[r.sentence_of[p.open]].end_token;
  for (std::size_t k = p.close + 1; k < end; ++k)
    if (a.tokens[k].kind == TokenKind::Word) return true;
  return false;
}

// The quote closes on a question or exclamation mark, a full stop or an ellipsis (rule
// A322: `"... a lot of different people..." Clinton said.`: words trailing off, cut like a
// comma's), inside any inner closing marks (`... ask, 'What can I do?'" Roe said`, rule A76).
bool ends_sentence(const Annotation& a, const Pair& p) {
  std::size_t k = p.close;
  while (k > p.open + 1 && a.tokens[k - 1].kind == TokenKind::Quote && !a.tokens[k - 1].has(kPossessive)) --k;
  if (k <= p.open + 1) return false;
  const std::string_view last = a.tokens[k - 1].norm;
  return last == "?" || last == "!" || last == "." || last == "...";
}

// A lower-case word that may stand in a hearer phrase after a speech verb: no possessive
// mark, finite auxiliary, complementizer or word of not_clause_openers.
bool hearer_word(const Resolver& r, std::size_t k) {
  const Token& t = r.a.tokens[k];
  return t.kind == TokenKind::Word && !t.has(kCapitalized) && !t.has(kPossessive) && !r.lex.in(Words::FiniteAuxiliaries, t) &&
         !r.lex.in(Words::Complementizers, t) && !r.lex.in(Words::NotClauseOpeners, t);
}

// The end of the hearer phrase at `k` after a verb that takes one (rule A254): a name, or
// up to three lower-case words with no auxiliary, complementizer or preposition among them.
// A possessive mark after it makes it the possessor of the hearer that follows (rule A956:
// `told Britain's ITV television station in an interview`, `told the senator's aides`): a
// name, then up to three lower-case words that are no determiner or pronoun, at most twice.
std::size_t hearer_end(const Resolver& r, std::size_t k, std::size_t end) {
  const Annotation& a = r.a;
  if (r.mention_at[k] >= 0) {
    k = a.mentions[static_cast<std::size_t>(r.mention_at[k])].end_token;
  } else {
    for (const std::size_t h = k; k < end && k - h < 3 && hearer_word(r, k);) ++k;
  }
  for (int possessed = 0; possessed < 2 && k < end && a.tokens[k].has(kPossessive); ++possessed) {
    ++k;
    if (k < end && r.mention_at[k] >= 0) k = a.mentions[static_cast<std::size_t>(r.mention_at[k])].end_token;
    for (const std::size_t h = k; k < end && k - h < 3 && hearer_word(r, k) && !r.lex.in(Words::Determiners, a.tokens[k]) &&
                                  !r.lex.in(Words::SubjectPronouns, a.tokens[k]);)
      ++k;
  }
  return k;
}

// A sentence longer than a short attribution after a quote that ended its own sentence is
// still the quote's attribution when its speech verb, in a verb's slot with a resolved
// subject, is followed by the sentence end, a
// comma, an adverb or a word that opens no clause (`"Q!" US Senator Jane Roe said as she launched the vote.`), not
// by an object or a clause of its own (`"Q." Jane Roe said the talks would resume.`).
bool attribution_tail(const Resolver& r, std::size_t j, const Quote& q, std::size_t sentence_end) {
  const Annotation& a = r.a;
  std::size_t k = a.token_at(q.cue_span.begin);
  // The verb is finite and its subject opens the sentence, or closes an apposition
  // (`Mr X also sought to draw a line under reports of ...` is no attribution).
  if (r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[k].lower) || (r.phrase_start_before(k, j) != j && a.tokens[k - 1].norm != ",")) return false;
  const SpeechCue* vc = nullptr;
  const bool hearer = speech_verb_at(r, k, sentence_end, &vc) && (vc->takes_object || vc->question);
  while (k < sentence_end && a.tokens[k].span.end <= q.cue_span.end) ++k;
  // A verb that takes a hearer may have one before the tail (rule A254: `"Q?" Jane Roe asked
  // reporters during a news conference.`, `"Q." Roe told CNN.`): a name, or up to three
  // lower-case words with no auxiliary, complementizer or preposition among them; `to`
  // after it opens the verb's infinitive (`The TUC has called on the government to act`),
  // and a complementizer after it the verb's clause.
  const std::size_t before_hearer = k;
  if (hearer && k < sentence_end && !r.in_direct[k]) k = hearer_end(r, k, sentence_end);
  if (k >= sentence_end) return true;
  const Token& t = a.tokens[k];
  if (k > before_hearer) {
    // After a hearer, a complementizer later in the sentence opens what the verb reports
    // (`Jane Roe told reporters in Moscow that ...`): the sentence is a report of its own;
    // not past a subordinator that is no complementizer, whose clause holds it (rule A956:
    // `told ITV in an interview when asked how ties would fare if he won`).
    if (r.lex.in(Words::InfinitiveMarkers, t)) return false;
    for (std::size_t w = k; w < sentence_end; ++w) {
      if (r.in_direct[w]) continue;
      if (r.lex.in(Words::Complementizers, a.tokens[w])) return false;
      if (r.lex.in(Words::Subordinators, a.tokens[w])) break;
    }
  }
  return t.norm == "." || t.norm == "," || r.lex.ends_in(Words::AdverbSuffixes, t.lower) || r.lex.in(Words::NotClauseOpeners, t);
}

// `"Q," according to X.` (rule A103): the source is the phrase after `according to`, to
// the next comma, semicolon or full stop, when a name opens it (an article, a title or
// other words of its description before it: `according to CNN`, `according to Mr. Rhodes`,
// `according to a Pentagon readout`; not a name after a preposition in it: `according to
// a letter to Facebook from ...`).
// An outer source: a speaker the sentence names otherwise comes first (quotes_direct.cpp).
void source_after(Resolver& r, std::size_t j, std::size_t n, std::size_t para_end, Quote& q, Attribution& at) {
  const Annotation& a = r.a;
  std::size_t e = j + n;
  while (e < para_end && e - j < 16 && !r.in_direct[e] && a.tokens[e].norm != "," && a.tokens[e].norm != "." &&
         a.tokens[e].norm != ";")
    ++e;
  // Row A1118: the name may also stand after more words of its description, with no
  // preposition or `of` among them (`according to media strategist Tom Smith`), up to six
  // tokens in; not past one (`according to a letter sent to Facebook by a reader`).
  bool named = false;
  for (std::size_t k = j + n; k < e && k < j + n + 6 && !named; ++k) {
    named = r.mention_at[k] >= 0;
    const Token& t = a.tokens[k];
    if (!named && k >= j + n + 1 && (t.kind != TokenKind::Word || r.lex.in(Words::SpeakerPhrasePrepositions, t) || r.lex.in(Words::OfPrepositions, t)))
      break;
  }
  Attribution src;
  // Row A1117: with no name opening the phrase (`according to a court document filed by
  // ...`, `according to a statement`), the quote still has its source there, unnamed: no
  // continuation of the previous speaker's quote (GUIDELINES: unnamed sources are null).
  if (named) {
    src.speaker = r.noun_phrase(j + n, e, src.from, src.mention);
    if (src.speaker < 0 || !src.from.empty()) return;  // a name, not a phrase resolved through another
  }
  at = src;
  set_cue(a, j, n, "according-to", q);
}

// The attribution found in the sentence after a quote that ended its own (cue q.cue_span)
// introduces the next quote instead (rule A253): from the cue to an opening quotation mark
// in that sentence stand only words and names, and a comma or a colon right before the
// mark (`"Q1." Jane Roe quipped, "Q2"`, `"Q1." He added: "Q2"`, `"Q1." said Roe, "Q2"`).
bool introduces_next_quote(const Resolver& r, const Quote& q, std::size_t sentence_end) {
  const Annotation& a = r.a;
  std::size_t k = a.token_at(q.cue_span.begin);
  while (k < sentence_end && a.tokens[k].span.end <= q.cue_span.end) ++k;
  for (; k < sentence_end && !r.in_direct[k]; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind == TokenKind::Word || t.kind == TokenKind::Number || (t.kind == TokenKind::Punct && t.norm == "." && k > 0 &&
                                                                      a.tokens[k - 1].has(kCapitalized)))
      continue;
    return (t.norm == "," || t.norm == ":") && k + 1 < sentence_end && r.in_direct[k + 1] &&
           a.tokens[k + 1].kind == TokenKind::Quote;
  }
  return false;
}

// Drops the speaker, rule and cue found for q (an attribution that turned out to be
// another sentence's or the next quote's).
void forget_attribution(Quote& q, Attribution& at) {
  at = Attribution{};
  q.rule.clear();
  q.cue.clear();
  q.cue_span = Span{};
}

}  // namespace

// After the quote, in the same sentence: `"Q," said X` (after-verb-np), `"Q," X said`
// (after-np-verb), or a dash and a name (pull-quote: `"Q" — Vladimir Putin`).
void speaker_after(Resolver& r, const Pair& p, std::size_t para_end, Quote& q, Attribution& at) {
  const Annotation& a = r.a;
  std::size_t j = p.close + 1;
  if (j < para_end && a.tokens[j].norm == ",") ++j;
  // The attribution after a quote belongs to the same sentence: `"...," X said`, not
  // `"... low." Russian President Vladimir Putin echoed ...`. A quote that closes on a
  // question or exclamation mark or a full stop ends the sentence for the splitter, but a
  // short sentence right after it is its attribution: `"Who knows?" Graham asked.`,
  // `"We will win." Graham said.`
  if (j >= para_end) return;
  const bool same = r.sentence_of[j] == r.sentence_of[p.close];
  const Sentence& next = a.sentences[r.sentence_of[j]];
  const bool after_end = !same && ends_sentence(a, p) && next.first_token == j;
  if (!same && !after_end) return;
  const bool after_question = after_end && next.end_token - j <= 10;
  if (after_end && !after_question) {
    speaker_np_verb(r, j, next.end_token, q, at);
    if (!q.rule.empty() && (at.speaker < 0 || !attribution_tail(r, j, q, next.end_token) ||
                            introduces_next_quote(r, q, next.end_token)))
      forget_attribution(q, at);
    return;
  }
  const SpeechCue* cue = nullptr;
  const std::size_t n = speech_verb_at(r, j, para_end, &cue);
  if (n && cue->kind == SpeechCue::Kind::PhraseBeforeSource) {
    source_after(r, j, n, para_end, q, at);  // `"Q," according to X.`
  } else if (n && cue->kind == SpeechCue::Kind::Verb && !cue->before_quote &&
      !r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[j].lower)) {  // "said X", not "claiming X ..."
    speaker_after_verb(r, j, n, para_end, at);
    set_cue(a, j, n, "after-verb-np", q);
  } else {
    speaker_np_verb(r, j, para_end, q, at);
  }
  if (after_end && !q.cue_span.empty() && introduces_next_quote(r, q, next.end_token)) forget_attribution(q, at);
  const std::size_t nt = a.tokens.size();
  if (q.rule.empty() && a.tokens[p.close + 1 < nt ? p.close + 1 : p.close].norm == "--") {
    std::string f2;
    at.speaker = r.noun_phrase(p.close + 2, std::min(p.close + 5, para_end), f2, at.mention);
    if (at.speaker >= 0) { q.rule = "pull-quote"; q.cue = "--"; }
  }
}

namespace {

// The name m pre-modifies the next name, within four words before `end`, through a title
// or role noun right before it (`Republican presidential nominee Jane Roe`, `Labour leader
// Jane Roe`; not `Jane Roe told Fox News`).
bool premodifies_next_name(const Resolver& r, const Mention& m, std::size_t end) {
  const Annotation& a = r.a;
  for (std::size_t k = m.end_token + 1; k < end && k <= m.end_token + 4; ++k) {
    const Token& t = a.tokens[k - 1];
    if (t.kind != TokenKind::Word || r.in_direct[k - 1] || r.mention_cover[k - 1] >= 0) return false;
    if (r.mention_at[k] < 0) continue;
    std::uint32_t p = 0;
    bool title = r.lex.in(Words::PersonRoleNouns, t);
    for (std::size_t j = m.end_token; j < k && !title; ++j) title = j + r.lex.title_index().match(a.tokens, j, k, p) == k;
    return title;
  }
  return false;
}

// A speech verb form with no subject of its own (rule A250): an infinitive (`went on to
// say`), a participle right after a comma (`..., adding`) or a past participle after a
// copula, the passive (`students who were told`); an adverb in -ly may stand before it.
bool subjectless_form(const Resolver& r, std::size_t v, const SpeechCue& cue, std::size_t sentence_begin) {
  const Annotation& a = r.a;
  if (v <= sentence_begin) return false;
  std::size_t k = v - 1;
  if (k > sentence_begin && r.lex.ends_in(Words::AdverbSuffixes, a.tokens[k].lower)) --k;
  const Token& before = a.tokens[k];
  const std::string_view form = a.tokens[v].lower;
  if (r.lex.ends_in(Words::ParticipleSuffixes, form)) return before.norm == ",";
  // a past participle: neither the base nor the -s form (`told`, `asked`, `quoted`)
  const bool participle = form != cue.lemma && !r.lex.ends_in(Words::PresentSSuffixes, form);
  return r.lex.in(Words::InfinitiveMarkers, before) || (participle && r.lex.in(Words::Copulas, before));
}

// The speaker of a quote whose cue `v` has no subject of its own (subjectless_form()): the
// subject of the reporting verb whose clause holds both, the nearest before `v` in the
// sentence with no quotation, colon or semicolon between (rule A250: `Jane Roe said
// students who were told ... "have been given the opposite"`, `Roe said, going on to say
// that "Q"`: the words are Roe's). The verb's token, or 0 when there is none.
std::size_t outer_reporter(Resolver& r, std::size_t v, std::size_t sentence_begin, Attribution& at) {
  const Annotation& a = r.a;
  const SpeechCue* cue = nullptr;
  if (!speech_verb_at(r, v, a.tokens.size(), &cue) || !cue->reporting || !subjectless_form(r, v, *cue, sentence_begin)) return 0;
  for (std::size_t k = v; k > sentence_begin; --k) {
    const Token& t = a.tokens[k - 1];
    if (r.in_direct[k - 1] || t.norm == ";" || t.norm == ":") return 0;
    const SpeechCue* vc = nullptr;
    if (!speech_verb_at(r, k - 1, v, &vc) || vc->kind != SpeechCue::Kind::Verb || !vc->reporting) continue;
    // After a determiner the form is a noun (`the report`); after a preposition a participle
    // is an adverbial's (`In responding, X ...`), not the verb of the clause.
    if (k - 1 > sentence_begin && (r.lex.in(Words::Determiners, a.tokens[k - 2]) ||
                                   (r.lex.ends_in(Words::ParticipleSuffixes, t.lower) && r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[k - 2]))))
      continue;
    // `urged Jane Roe to say`: a verb that takes an object and an infinitive gives the
    // infinitive its object as subject, not its own.
    if (vc->object_infinitive) return 0;
    Attribution outer;
    outer.speaker = r.subject_of(k - 1, sentence_begin, outer.from, outer.mention);
    if (outer.speaker < 0) return 0;
    at = outer;
    return k - 1;
  }
  return 0;
}

}  // namespace

// A direct quote after a colon that ends a clause with no speech verb: `Jane Roe issued
// the following statement: "Q"`, `And Mr Roe gloated: "Q"`, `When X died, the council
// released a statement: "Q"` (rule A116, clause-colon). The colon announces the words of
// the clause's subject: a named person or organisation that opens the clause (after the
// sentence start, a comma, a coordinator or a discourse marker), not a possessive, and
// followed by a lower-case word, its verb. Across a paragraph break (`across`, rule A221,
// speaker_before_paragraph()) also not a name in a subordinate clause (`When Jane Roe
// died, ...`: word list subordinators) nor one that pre-modifies the next name through a
// title or role noun (`Republican presidential nominee Jane Roe issued`).
// The name of the mention `mi`, opening the sentence at `sentence_begin` (after punctuation
// and discourse markers) and followed by a comma, is the subject of a clause whose verb
// follows an apposition (rule A301): a later comma before `colon`, a closing quotation mark
// allowed after it, is followed by a lower-case word that is no coordinator, preposition,
// complementizer or pronoun (`Mr. Roe, whose start-up uses big data, said Mr. Smith was
// ...:`, `Acme, a pro-Smith PAC, emailed a link with one sentence:`); a list of names
// (`Roe, Smith and Doe debated:`) has none.
bool subject_before_apposition(const Resolver& r, std::int32_t mi, std::size_t sentence_begin, std::size_t colon) {
  const Annotation& a = r.a;
  const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
  std::size_t k = sentence_begin;
  k = past_openers(a, r.lex, k, m.first_token);
  // A title may stand before the name (`Mr.`, `Gov.`): capitalised words only.
  while (k < m.first_token && a.tokens[k].kind == TokenKind::Word && a.tokens[k].has(kCapitalized)) ++k;
  while (k < m.first_token && a.tokens[k].norm == ".") ++k;
  if (k != m.first_token || m.end_token >= colon || a.tokens[m.end_token].norm != ",") return false;
  // A relative clause after a later comma: the colon may end it, and its verb is not the
  // name's (`X, the union leader, met the manager, who handed him a note:`).
  for (std::size_t c = m.end_token + 1; c + 1 < colon; ++c)
    if (a.tokens[c].norm == "," && r.lex.in(Words::PersonRelatives, a.tokens[c + 1])) return false;
  for (std::size_t c = m.end_token + 1; c + 1 < colon && c - m.end_token <= 32; ++c) {
    if (a.tokens[c].norm != ",") continue;
    std::size_t v = c + 1;
    while (v + 1 < colon && a.tokens[v].kind == TokenKind::Quote && !a.tokens[v].has(kPossessive)) ++v;
    const Token& w = a.tokens[v];
    if (w.kind == TokenKind::Word && !w.has(kCapitalized) && !r.lex.in(Words::Coordinators, w) &&
        !r.lex.in(Words::OfPrepositions, w) && !r.lex.in(Words::SpeakerPhrasePrepositions, w) &&
        !r.lex.in(Words::Complementizers, w) && !r.lex.in(Words::SubjectPronouns, w) && !r.lex.in(Words::PersonRelatives, w))
      return true;
  }
  return false;
}

// The clause before `colon` opens (after punctuation and discourse markers) on a subject
// pronoun followed by a lower-case word, its verb, and no speech verb stands before the
// colon, nor a relative word among the last three words before it (rule A741: `She then
// listed the qualities she looks for:` / `"Q"`; not `She shared a note from Tom Smith that
// read:`, whose words are the note's writer's, nor `She said:`, read as a cue): the person the pronoun resolves to (noun_phrase(),
// `from` and `mention` set as for any pronoun subject), or -1. Read only when no named
// subject opens the clause.
std::int32_t pronoun_subject_before_colon(Resolver& r, std::size_t colon, std::size_t sentence_begin, Attribution& at) {
  const Annotation& a = r.a;
  std::size_t t = sentence_begin;
  t = past_openers(a, r.lex, t, colon);
  if (t + 2 >= colon || r.in_direct[t] || !r.lex.in(Words::SubjectPronouns, a.tokens[t])) return -1;
  const Token& verb = a.tokens[t + 1];
  if (verb.kind != TokenKind::Word || verb.has(kCapitalized) || !no_speech_verb(r, t + 1, colon)) return -1;
  // A relative clause may end at the colon (`a message from her aide that read:`).
  for (std::size_t k = colon > t + 4 ? colon - 3 : t + 1; k < colon; ++k)
    if (r.lex.in(Words::RelativeWords, a.tokens[k])) return -1;
  // So may one set off by a comma further back (`She met the manager, who handed her a note:`).
  for (std::size_t k = t + 2; k + 1 < colon; ++k)
    if (a.tokens[k].norm == "," && r.lex.in(Words::RelativeWords, a.tokens[k + 1])) return -1;
  return r.noun_phrase(t, t + 1, at.from, at.mention);
}

void speaker_clause_colon(Resolver& r, std::size_t colon, std::size_t sentence_begin, Quote& q, Attribution& at,
                          bool across) {
  const Annotation& a = r.a;
  for (std::size_t k = sentence_begin; k + 1 < colon; ++k) {
    if (r.in_direct[k] || a.tokens[k].norm == ";") return;
    const std::int32_t mi = r.mention_at[k];
    if (mi < 0) continue;
    const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
    if (m.entity < 0 || m.end_token >= colon || a.tokens[m.end_token - 1].has(kPossessive)) continue;
    const EntityType type = a.entities[static_cast<std::size_t>(m.entity)].type;
    if (type != EntityType::Person && type != EntityType::Organization) continue;
    const Token& verb = a.tokens[m.end_token];
    const bool apposition = subject_before_apposition(r, mi, sentence_begin, colon);
    // With a speech verb in the clause the sentence's cue reads the subject (sentence-cue).
    if (apposition && !no_speech_verb(r, m.end_token, colon)) return;
    if (!apposition && (verb.kind != TokenKind::Word || verb.has(kCapitalized) || r.lex.in(Words::OfPrepositions, verb) ||
                        r.lex.in(Words::SpeakerPhrasePrepositions, verb) || r.lex.in(Words::Coordinators, verb)))
      continue;
    // The phrase may put a title before the name (`nominee Jane Roe`).
    const std::size_t npb = std::min(k, r.phrase_start_before(m.end_token, sentence_begin));
    if (across && (r.lex.in(Words::Subordinators, a.tokens[npb]) || premodifies_next_name(r, m, colon))) continue;
    if (npb > sentence_begin) {
      const Token& before = a.tokens[npb - 1];
      if (before.norm != "," && !r.lex.in(Words::Coordinators, before) && !r.lex.in(Words::DiscourseMarkers, before)) continue;
    }
    // Row A1162: a body's name before a post title (no official noun: `a Kestwick spokesman`
    // speaks for the body) describes the post's holder (`The Harbor Party leader went on:`
    // -> the leader the text names, noun_phrase(), rule A200), else nobody; never the body.
    if (const std::size_t n = type == EntityType::Organization ? r.lex.post_title(a.tokens, m.end_token, colon) : 0;
        n > 0 && !r.lex.in(Words::OfficialNouns, a.tokens[m.end_token + n - 1])) {
      at.speaker = r.noun_phrase(npb, m.end_token + n, at.from, at.mention);
      if (at.speaker >= 0) {
        q.cue = ":";
        q.rule = "clause-colon";
      }
      return;
    }
    at.speaker = m.entity;
    at.mention = mi;
    q.cue = ":";
    q.rule = "clause-colon";
    return;
  }
  Attribution found;
  if (const std::int32_t who = pronoun_subject_before_colon(r, colon, sentence_begin, found); who >= 0) {
    at = found;
    at.speaker = who;
    q.cue = ":";
    q.rule = "clause-colon";
  }
}

namespace {

// A question verb in the passive with a named agent, `Jane Roe was asked by moderator Tom
// Smith whether ...` (rule A321, passive-agent, as A241 for the indirect question): the
// agent asks, not the subject, so a quote the sentence holds is the agent's question; not
// when the answer's speech verb stands between the agent and the quote (`..., and she
// replied "Q"`). The agent is a phrase of up to six words, up to a comma, an interrogative word or
// quotation marks, naming a person or a body. A labelling verb (not `reporting` in
// speech_verbs.json) in the passive with its agent right before the quote is the agent's
// label too (rule A1038: `the plan was described by Tom Smith as "Q"`, also inside
// another's report). Sets `at` and returns true when it applies.
bool passive_question_agent(Resolver& r, std::size_t v, std::size_t n, const SpeechCue& vc, std::size_t quote_token,
                            std::size_t end, Attribution& at) {
  const Annotation& a = r.a;
  const std::size_t by = v + n;
  if ((!vc.question && vc.reporting) || v == 0 || by + 1 >= end || !ed_form(r.lex, a.tokens[by - 1]) ||
      !r.lex.in(Words::Copulas, a.tokens[v - 1]) || r.in_direct[by] || !r.lex.in(Words::AgentPrepositions, a.tokens[by]))
    return false;
  std::size_t k = by + 1;
  while (k < end && k <= by + 6 && !r.in_direct[k] && a.tokens[k].kind == TokenKind::Word &&
         !r.lex.in(Words::InterrogativeWords, a.tokens[k]))
    ++k;
  if (k == by + 1) return false;
  // A label follows its agent at once, in marks (`by Tom Smith as "Q"`): not a later quote
  // (`was called by the party to force a vote on its "Q"`, `was echoed by Roe, who ...`).
  if (!vc.question && (k + 1 != quote_token || a.tokens[k].kind != TokenKind::Quote)) return false;
  for (std::size_t w = k; w < quote_token; ++w) {
    const SpeechCue* wc = nullptr;
    // The answer's verb opens a clause of its own: after a coordinator, a comma or a
    // pronoun (`and replied`, `, she said`), not in a relative clause (`which the Tax
    // Foundation estimates would cost`) nor modifying a noun (`his proposed plan`).
    const Token& before = a.tokens[w - 1];
    if (speech_verb_at(r, w, quote_token, &wc) && wc->kind == SpeechCue::Kind::Verb &&
        (before.norm == "," || r.lex.in(Words::Coordinators, before) || r.lex.in(Words::SubjectPronouns, before)))
      return false;
  }
  Attribution agent;
  agent.speaker = r.noun_phrase(by + 1, k, agent.from, agent.mention);
  if (agent.speaker < 0 || agent.mention < 0) return false;
  const EntityType type = a.entities[static_cast<std::size_t>(agent.speaker)].type;
  if (type != EntityType::Person && type != EntityType::Organization) return false;
  at = agent;
  return true;
}

// The first token of the quote `q`'s words. Row 23.329 (issue #23): Annotation::token_at()'s
// binary search (the first token that starts at or after the quote's first byte, as the walk
// from the document's first token found; tokens are in text order), asked at each speech verb
// of the sentence by speaker_in_sentence(): 1.3M of x600's instructions went to that walk.
// Made-up example: `Tom Smith, who spoke last, said on Monday: "Rates will rise."` gives the
// token after the opening mark.
std::size_t quote_first_token(const Annotation& a, const Quote& q) { return a.token_at(q.span.begin); }

// A source label after a dash, the layout of a digest's excerpts: `POLLS WERE TOO EARLY - Jane
// Roe: "Q"`, `Pollsters agree - Jane Roe and Tom Smith: "Q"` (rule A320, dash-label). The
// name of a person or organisation (or two joined by `and`) stands between a spaced dash,
// with words before it, and the colon `b` right before the marks: the excerpt is the
// name's, whatever verb the words before the dash hold (they are the excerpt's heading).
// The mention of the label's last name, or -1.
std::int32_t dash_label(const Resolver& r, std::size_t b, std::size_t sentence_begin) {
  const Annotation& a = r.a;
  if (b <= sentence_begin + 2 || r.mention_cover[b - 1] < 0) return -1;
  const std::int32_t mi = r.mention_cover[b - 1];
  const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
  auto named = [&](const Mention& x) {
    if (x.entity < 0) return false;
    const EntityType t = a.entities[static_cast<std::size_t>(x.entity)].type;
    return t == EntityType::Person || t == EntityType::Organization;
  };
  if (m.end_token != b || !named(m)) return -1;
  std::size_t k = m.first_token;
  // `Jane Roe and Tom Smith:`: the first name of the pair.
  if (k > sentence_begin + 2 && r.lex.in(Words::AdditiveConjunctions, a.tokens[k - 1]) && r.mention_cover[k - 2] >= 0) {
    const Mention& first = a.mentions[static_cast<std::size_t>(r.mention_cover[k - 2])];
    if (first.end_token == k - 1 && named(first)) k = first.first_token;
  }
  if (k < sentence_begin + 2) return -1;
  const Token& dash = a.tokens[k - 1];
  if ((dash.norm != "-" && dash.norm != "--") || compound_hyphen(a, k - 1, b) ||
      dash.span.end >= a.tokens[k].span.begin || a.tokens[k - 2].span.end >= dash.span.begin)
    return -1;
  return mi;
}

// The sentence of token `k` is a paragraph of its own (a title line).
bool own_line(const Resolver& r, std::size_t k) {
  const Annotation& a = r.a;
  const std::uint32_t s = r.sentence_of[k];
  const std::uint32_t para = a.sentences[s].paragraph;
  return !(s > 0 && a.sentences[s - 1].paragraph == para) && !(s + 1 < a.sentences.size() && a.sentences[s + 1].paragraph == para);
}

// A headline's subject and its predicate before the colon (rule A475, headline-colon):
// `Jane Roe Slams Tom Smith: 'Q'`, `Roe on the Budget Vote: 'Q'`. On a title line, a
// person or organisation named where the line opens, followed by a verb in -s (present_s_
// suffixes, not -ss; not a plural noun of person_role_nouns or name_head_nouns: `Roe
// Supporters:`) or a lower-case preposition of speaker_phrase_prepositions, speaks the
// words after the colon `colon`, whoever the predicate names before it (not `Tom Smith`,
// the object). A bare surname left unrecognised where the line opens is the one person of
// the document with that surname (rule A531: `Roe on Smith: 'Q'` is Roe's, not Smith's;
// `Roe: 'Q'` too).
// The opening mention (-1 for such a surname), with its entity in `who`; false if none.
bool headline_subject(Resolver& r, const Pair& p, std::size_t colon, std::size_t sentence_begin, std::int32_t& who,
                      std::int32_t& mi) {
  const Annotation& a = r.a;
  if (colon <= sentence_begin || colon >= p.open || !own_line(r, p.open)) return false;
  mi = r.mention_at[sentence_begin];
  std::size_t end = sentence_begin + 1;
  if (mi >= 0) {
    who = a.mentions[static_cast<std::size_t>(mi)].entity;
    end = a.mentions[static_cast<std::size_t>(mi)].end_token;
  } else {
    const Token& t = a.tokens[sentence_begin];
    who = t.kind == TokenKind::Word && t.has(kCapitalized) && !r.in_direct[sentence_begin] &&
                  r.mention_cover[sentence_begin] < 0 ? r.person_by_surname(t.lower) : -1;
  }
  if (who < 0 || end > colon || (end + 1 >= colon && mi >= 0)) return false;
  const EntityType type = a.entities[static_cast<std::size_t>(who)].type;
  if (type != EntityType::Person && type != EntityType::Organization) return false;
  if (end == colon) return true;  // `Roe: 'Q'`
  const Token& w = a.tokens[end];
  if (w.kind != TokenKind::Word || w.has(kPossessive) || r.mention_cover[end] >= 0) return false;
  const bool preposition = !w.has(kCapitalized) && r.lex.in(Words::SpeakerPhrasePrepositions, w);
  const bool s_verb = s_form(r.lex, w.lower) &&
                      w.lower.size() > 3 && !r.lex.in(Words::NameHeadNouns, w) &&
                      !r.lex.in(Words::PersonRoleNouns, std::string_view(w.lower).substr(0, w.lower.size() - 1));
  if (!preposition && !s_verb) return false;
  for (std::size_t k = end; k < colon; ++k)
    if (r.in_direct[k] || a.tokens[k].kind == TokenKind::Quote) return false;
  return true;
}

// A one-word -s form of a speech verb at v (n tokens) right after a complementizer and
// right before a finite auxiliary, before `end`, is a plural noun, the clause's subject
// (rule A533: `Roe said that states can pass such laws because "Q"`, `whether claims will`):
// a verb in -s takes no auxiliary after it.
bool plural_noun_subject(const Resolver& r, std::size_t v, std::size_t n, std::size_t end, std::size_t sentence_begin) {
  const Annotation& a = r.a;
  if (n != 1 || v <= sentence_begin || v + 1 >= end) return false;
  const Token& t = a.tokens[v];
  return !t.has(kCapitalized) && s_form(r.lex, t.lower) &&
         r.lex.in(Words::Complementizers, a.tokens[v - 1]) && r.lex.in(Words::FiniteAuxiliaries, a.tokens[v + 1]);
}

// A title line's speaker before the colon `colon` (headline-colon; `b` is the token before
// the opening mark): the subject of headline_subject(), else a name ending right before the
// colon that opens the line (A97).
void headline_speaker(Resolver& r, const Pair& p, std::size_t b, std::size_t colon, std::size_t sentence_begin, Quote& q,
                      Attribution& at) {
  const Annotation& a = r.a;
  std::int32_t line_speaker = -1;
  std::int32_t head = -1;
  bool found = headline_subject(r, p, colon, sentence_begin, line_speaker, head);
  if (!found && colon > sentence_begin && r.mention_cover[colon - 1] >= 0) {
    head = r.mention_cover[colon - 1];
    const Mention& m = a.mentions[static_cast<std::size_t>(head)];
    line_speaker = m.entity;
    // The name opens the headline: `Mr X told Radio Y: "Q"` is no headline of Radio Y (A33).
    found = m.first_token <= sentence_begin + 3 && no_speech_verb(r, sentence_begin, m.first_token);
  }
  if (!found) return;
  at.speaker = line_speaker;
  at.mention = head;
  if (head < 0) at.from = std::string(a.tokens[sentence_begin].norm);
  q.cue = ":";
  q.rule = "headline-colon";
  // Words before or after the marks: the line is the quote.
  if (colon != b || words_after_quote_in_line(r, p, colon, sentence_begin)) q.cue_span = a.tokens[colon].span;
}

// A name and one lower-case word right before the opening mark at `open` (rule A690): the
// quote is that word's complement, the name the verb's object, no speaker set off by
// punctuation (`..., thanked Jane Roe for "Q"`, `praises Roe as 'Q'`).
bool object_before_quote(const Annotation& a, const Mention& m, std::size_t open) {
  const Token& t = a.tokens[open - 1];
  return m.end_token + 1 == open && t.kind == TokenKind::Word && !t.has(kCapitalized) && !t.has(kPossessive);
}

// A sentence that opens with an inverted speech verb, its speaker after it and a comma or
// colon at b before the quote (rule A538: `Said Jane Roe, who grew up with him, "Q"`, past
// the ten tokens the before-cue search reads): the person named right after the verb
// (speaker_after_verb()).
void opening_inverted_verb(Resolver& r, std::size_t b, std::size_t sentence_begin, Quote& q, Attribution& at) {
  const Annotation& a = r.a;
  const SpeechCue* vc = nullptr;
  const std::size_t n = speech_verb_at(r, sentence_begin, b, &vc);
  if (!n || vc->kind != SpeechCue::Kind::Verb || vc->before_quote || !a.tokens[sentence_begin].has(kCapitalized) ||
      r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[sentence_begin].lower) || sentence_begin + n >= b ||
      r.mention_at[sentence_begin + n] < 0)
    return;
  Attribution found;
  speaker_after_verb(r, sentence_begin, n, b, found);
  if (found.speaker < 0 || a.entities[static_cast<std::size_t>(found.speaker)].type != EntityType::Person) return;
  at = found;
  set_cue(a, sentence_begin, n, "before-cue", q);
}

// A labelling verb (not `reporting` in speech_verbs.json) at v in the passive, a copula
// right before its past form, after a reporting verb earlier in the sentence (rule A1086:
// `Jane Roe said the plan had been characterised by "Q"`): the passive's subject is what
// is labelled, and the report around it is the earlier verb's, whose speaker the quote
// keeps. A passive with no report before it (`was described by Roe as "Q"`) and the
// progressive (`are calling`) are left as they were. The report ends at a coordinated
// clause: a comma or semicolon, then a coordinator not followed by `that` (rule A1039:
// `Roe said talks had failed, and the plan was called "Q"` is no longer Roe's report; `said
// that ..., and that ...` goes on); a passive with its agent is the agent's
// (passive_question_agent(), tried first). Row A1044 (narrows A1039): the `, and` that closes
// a list is no clause break: a comma before it since the cue, with no verb between the two
// (`Roe said the rents, the fares, and the levy were called "Q"` stays Roe's).
bool passive_label_in_report(const Resolver& r, std::size_t v, const SpeechCue& vc, std::size_t sentence_begin) {
  const Annotation& a = r.a;
  if (vc.reporting || v <= sentence_begin + 1 || !r.lex.in(Words::Copulas, a.tokens[v - 1]) ||
      r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[v].lower))
    return false;
  bool found = false;
  std::size_t list_comma = v;  // the last comma since the report's cue whose stretch after it held no verb
  for (std::size_t k = sentence_begin; k + 1 < v; ++k) {
    const SpeechCue* earlier = nullptr;
    if (!r.in_direct[k] && speech_verb_at(r, k, v - 1, &earlier) && earlier->kind == SpeechCue::Kind::Verb &&
        earlier->reporting) {
      found = true;
      list_comma = v;
    }
    const Token& t = a.tokens[k];
    if (list_comma < k && t.kind == TokenKind::Word && (finite_or_past(r.lex, t) || irregular_past(r.lex, t)))
      list_comma = v;
    const bool comma = t.norm == "," || t.norm == ";";
    if (found && comma && k + 2 < v && r.lex.in(Words::Coordinators, a.tokens[k + 1]) &&
        !r.lex.in(Words::DeclarativeComplementizers, a.tokens[k + 2]) && !(t.norm == "," && list_comma < k))
      found = false;
    if (found && t.norm == ",") list_comma = k;
  }
  return found;
}

// Row A1139: a speech noun at token c after his/her, before the colon at b (`And his
// infamous remarks about the tax: "Q"`), is the possessor's, resolved as he/she (the
// coreference stage's reading, possessed_speech_noun()). Sets the speaker and the cue.
bool possessor_speech_noun(Resolver& r, std::size_t c, std::size_t n, std::size_t b, std::size_t sentence_begin, Quote& q,
                           Attribution& at) {
  const Annotation& a = r.a;
  std::size_t j = c;
  while (j > sentence_begin && c - j < 3 && !r.lex.in(Words::PersonPossessives, a.tokens[j - 1])) --j;
  if (j <= sentence_begin || !r.lex.in(Words::PersonPossessives, a.tokens[j - 1]) || possessed_speech_noun(r, j - 1, b + 1) != c)
    return false;
  at.speaker = r.possessive_pronoun(j - 1, at.from);
  set_cue(a, c, n, "before-cue", q);
  return true;
}

}  // namespace

// Before the quote: `X said: "Q"`, `X said, "Q"`, `according to X, "Q"` (before-cue), or
// a headline `X: 'Q'` (headline-colon).
void speaker_before(Resolver& r, const Pair& p, std::size_t sentence_begin, Quote& q, Attribution& at) {
  const Annotation& a = r.a;
  if (!q.rule.empty() || p.open <= sentence_begin) return;
  std::size_t b = p.open;
  const std::string punct = std::string(a.tokens[b - 1].norm);
  if (punct == ":" || punct == ",") --b;
  headline_speaker(r, p, b, punct == ":" ? b : headline_colon(r, p, sentence_begin), sentence_begin, q, at);
  if (const std::int32_t mi = q.rule.empty() && punct == ":" ? dash_label(r, b, sentence_begin) : -1; mi >= 0) {
    at.speaker = a.mentions[static_cast<std::size_t>(mi)].entity;
    at.mention = mi;
    q.cue = ":";
    q.rule = "dash-label";
  }
  for (std::size_t v = b; q.rule.empty() && v > sentence_begin && b - v < 10; --v) {
    const SpeechCue* vc = nullptr;
    const std::size_t n2 = speech_verb_at(r, v - 1, b, &vc);
    if (!n2) continue;
    if (punct == ":" && possessor_speech_noun(r, v - 1, n2, b, sentence_begin, q, at)) break;
    // After a determiner or a possessive the form is a noun or modifies one (rule A79: `told
    // the Post in a written statement, "Q"` is told's, not written's).
    if (vc->kind == SpeechCue::Kind::Verb && v - 1 > sentence_begin && r.lex.in(Words::Determiners, a.tokens[v - 2])) continue;
    if (vc->kind == SpeechCue::Kind::Verb && plural_noun_subject(r, v - 1, n2, b, sentence_begin)) continue;
    if (rejects_quoted_words(r, *vc, v - 1 + n2, b)) continue;
    if (vc->kind == SpeechCue::Kind::PhraseBeforeSource)
      at.speaker = r.noun_phrase(v - 1 + n2, b, at.from, at.mention);
    else if (vc->kind == SpeechCue::Kind::Verb) {
      if (passive_question_agent(r, v - 1, n2, *vc, p.open + 1, b, at)) {
        set_cue(a, v - 1, n2, "passive-agent", q);
        break;
      }
      if (passive_label_in_report(r, v - 1, *vc, sentence_begin)) continue;
      at.speaker = r.subject_of(v - 1, sentence_begin, at.from, at.mention);
      // Inverted order with no subject before the verb: `..., explained Jane Roe, "Q"`; not
      // the verb's object before a word the quote complements (object_before_quote()).
      if (at.speaker < 0 && v - 1 + n2 < b && r.phrase_start_before(v - 1, sentence_begin) == v - 1) {
        std::string f2;
        std::int32_t m2 = -1;
        const std::int32_t who = r.noun_phrase(v - 1 + n2, b, f2, m2);
        if (who >= 0 && r.a.entities[static_cast<std::size_t>(who)].type == EntityType::Person && m2 >= 0 &&
            !object_before_quote(a, a.mentions[static_cast<std::size_t>(m2)], p.open)) {
          at.speaker = who;
          at.mention = m2;
        }
      }
      if (at.speaker < 0) outer_reporter(r, v - 1, sentence_begin, at);
    } else {
      continue;
    }
    set_cue(a, v - 1, n2, "before-cue", q);
  }
  // A person's name right before the colon introduces their words, anywhere in the
  // sentence: `... surprise Republican pollster Jane Roe: "Q"` (name-colon); not the object
  // of a preposition right before the name (rule A302: `delivered a blunt message to Jane
  // Roe:`), but the source's `by` or `from` (`"Title," by the Post's Jane Roe:`, `More from
  // Roe:`). A bracketed aside may stand between the name and the colon (rule A574: `Rep.
  // Jane Roe (R-Ohio):"Q"`).
  const std::size_t nb = punct == ":" ? aside_start(r, b, sentence_begin) : b;
  if (q.rule.empty() && punct == ":" && nb > sentence_begin && r.mention_cover[nb - 1] >= 0) {
    const std::int32_t mi = r.mention_cover[nb - 1];
    const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
    const Token& before = a.tokens[m.first_token > 0 ? m.first_token - 1 : 0];
    const bool object = m.first_token > sentence_begin && r.lex.in(Words::SpeakerPhrasePrepositions, before) &&
                        !r.lex.in(Words::AgentPrepositions, before) && !r.lex.in(Words::OriginPrepositions, before);
    if (m.end_token == nb && !object && m.entity >= 0 && a.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Person) {
      at.speaker = m.entity;
      at.mention = mi;
      q.cue = ":";
      q.rule = "name-colon";
    }
  }
  if (q.rule.empty() && punct == ":" && q.kind == Quote::Kind::Direct) speaker_clause_colon(r, b, sentence_begin, q, at, false);
  if (q.rule.empty() && (punct == ":" || punct == ",")) opening_inverted_verb(r, b, sentence_begin, q, at);
}

// A quote opening a paragraph after a paragraph that ends with a colon: `Jane Roe
// continued:` / `Jane Roe said that, given the field:` then the quote as a paragraph of
// its own. The speaker is the subject of the speech verb of that last sentence
// (before-cue-paragraph); with no such verb, the named subject that opens its clause, as
// in a sentence (rule A221, clause-colon-paragraph: `When X died, President Jane Roe
// released the following statement:` then `"Q"`; speaker_clause_colon()), when no speech
// verb follows the quote in its own sentence (`"Q?" a reporter can be heard asking X`).
void speaker_before_paragraph(Resolver& r, const Pair& p, Quote& q, Attribution& at) {
  const Annotation& a = r.a;
  if (!q.rule.empty() || q.sentence == 0 || p.open != a.sentences[q.sentence].first_token) return;
  const Sentence& cur = a.sentences[q.sentence];
  const Sentence& prev = a.sentences[q.sentence - 1];
  if (prev.paragraph == cur.paragraph || prev.furniture || prev.duplicate || prev.end_token <= prev.first_token ||
      a.tokens[prev.end_token - 1].norm != ":")
    return;
  for (std::size_t v = prev.first_token; v + 1 < prev.end_token; ++v) {
    if (r.in_direct[v]) continue;
    const SpeechCue* vc = nullptr;
    const std::size_t n2 = speech_verb_at(r, v, prev.end_token, &vc);
    if (!n2 || vc->kind != SpeechCue::Kind::Verb) continue;
    at.speaker = r.subject_of(v, prev.first_token, at.from, at.mention);
    if (at.speaker < 0) continue;
    set_cue(a, v, n2, "before-cue-paragraph", q);
    return;
  }
  // A verb that opens the paragraph in inverted order (rule A575: `Stated Jane Roe:`, `Added
  // Roe:`), as it opens a sentence before a quote in it (opening_inverted_verb()).
  opening_inverted_verb(r, prev.end_token - 1, prev.first_token, q, at);
  if (!q.rule.empty()) {
    q.rule = "before-cue-paragraph";
    return;
  }
  if (q.kind != Quote::Kind::Direct || !p.closed || !no_speech_verb(r, p.close + 1, a.sentences[r.sentence_of[p.close]].end_token))
    return;
  at = Attribution{};
  speaker_clause_colon(r, prev.end_token - 1, prev.first_token, q, at, true);
  if (!q.rule.empty()) q.rule = "clause-colon-paragraph";
}

// A quote that ends its paragraph, signed by the next one: a dash and a person's name,
// then at most a short description (`"Q."` then `- Hillary Clinton.`, `-President Obama,
// tweeting after the speech.`; rule A102, pull-quote as `words -- Name`).
void speaker_after_paragraph(Resolver& r, const Pair& p, Quote& q, Attribution& at) {
  const Annotation& a = r.a;
  const std::size_t nt = a.tokens.size(), j = p.close + 1;
  if (!q.rule.empty() || !p.closed || j + 1 >= nt) return;
  const Sentence& next = a.sentences[r.sentence_of[j]];
  if (next.first_token != j || next.paragraph == a.sentences[r.sentence_of[p.close]].paragraph ||
      (a.tokens[j].norm != "-" && a.tokens[j].norm != "--"))
    return;
  const std::size_t para_end = paragraph_end(a, r.sentence_of[j]);
  // The name, after at most two capitalised words (a title: `-President Obama`).
  std::size_t k = j + 1;
  while (k < para_end && k < j + 3 && r.mention_at[k] < 0 && a.tokens[k].kind == TokenKind::Word && a.tokens[k].has(kCapitalized)) ++k;
  const std::int32_t mi = k < para_end ? r.mention_at[k] : -1;
  if (mi < 0 || para_end - j > 14) return;
  const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
  if (m.entity < 0 || a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Person) return;
  if (m.end_token < para_end && a.tokens[m.end_token].norm != "," && a.tokens[m.end_token].norm != ".") return;
  at.speaker = m.entity;
  at.mention = mi;
  q.cue = std::string(a.tokens[j].norm);
  q.cue_span = a.tokens[j].span;
  q.rule = "pull-quote";
}

// The tokens of a form of name_verb_speech at v: one word (`fumed`), or a verb and its
// particle written as one entry (rule A370: `"Q," Roe went on.`), not before an infinitive
// marker (`Roe went on to win`, a catenative verb). 0 when none.
std::size_t name_verb_length(const Resolver& r, std::size_t v, std::size_t para_end) {
  const Annotation& a = r.a;
  if (r.lex.in(Words::NameVerbSpeech, a.tokens[v])) return 1;
  if (v + 1 >= para_end || r.in_direct[v + 1] || a.tokens[v + 1].kind != TokenKind::Word) return 0;
  const std::string_view p1 = a.tokens[v].lower, p2 = a.tokens[v + 1].lower;
  const auto& forms = r.lex.words(Words::NameVerbSpeech);
  const bool phrase = std::any_of(forms.begin(), forms.end(), [&](const std::string& w) {
    return w.size() == p1.size() + 1 + p2.size() && w.starts_with(p1) && w[p1.size()] == ' ' && w.ends_with(p2);
  });
  if (!phrase || (v + 2 < para_end && r.lex.in(Words::InfinitiveMarkers, a.tokens[v + 2]))) return 0;
  return 2;
}

// `"Q," Jane Roe fumed.`, `"Q?" Roe pressed.` (rule A270, name-verb): a quote whose words
// close on a comma or a question mark, then a person's name (at most two capitalised
// words before it, a title) and a lower-case past form of speaking right after it (word
// list name_verb_speech: `pressed`, `fumed`, `charged`; not `published`, `walked`): the quoted sentence goes on in the name's clause, so the name is its subject
// and the quote its object (the verb of a speech cue is read by speaker_after first; this
// is the last pattern). Not a possessive or a noun after the name (`"Q," Trump supporters
// chanted`), not a passive (`-ed by`) or a verb with a clause of its own (`-ed that`), not
// after `!` (`"Lock her up!" Trump smiled` is no attribution of the chant). The quote opens
// its sentence and the name stands in its paragraph: `A self-described "geeky kid," Mr. Roe
// changed his name` and `"Q?"` then a paragraph `Roe acknowledged ...` are no attributions.
void speaker_name_verb(Resolver& r, const Pair& p, Quote& q, Attribution& at) {
  const Annotation& a = r.a;
  const std::size_t nt = a.tokens.size(), j = p.close + 1;
  if (!q.rule.empty() || !p.closed || j + 2 >= nt || p.close < p.open + 2) return;
  const std::string_view last = a.tokens[p.close - 1].norm;
  if (last != "," && last != "?") return;
  // The quote opens its sentence, and the name follows in its paragraph.
  const Sentence& open_sentence = a.sentences[r.sentence_of[p.open]];
  if (p.open != open_sentence.first_token || a.sentences[r.sentence_of[j]].paragraph != open_sentence.paragraph) return;
  const std::size_t para_end = paragraph_end(a, r.sentence_of[j]);
  std::size_t k = j;
  while (k < para_end && k < j + 2 && r.mention_at[k] < 0 && a.tokens[k].kind == TokenKind::Word && a.tokens[k].has(kCapitalized)) ++k;
  const std::int32_t mi = k < para_end && !r.in_direct[k] ? r.mention_at[k] : -1;
  if (mi < 0) return;
  const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
  if (m.entity < 0 || a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Person) return;
  const std::size_t v = m.end_token;
  if (v >= para_end || r.in_direct[v] || a.tokens[v - 1].has(kPossessive)) return;
  const Token& t = a.tokens[v];
  const std::size_t n = t.kind != TokenKind::Word || t.has(kCapitalized) ? 0 : name_verb_length(r, v, para_end);
  if (n == 0) return;
  if (v + n < para_end && (r.lex.in(Words::AgentPrepositions, a.tokens[v + n]) || r.lex.in(Words::Complementizers, a.tokens[v + n])))
    return;
  at.speaker = m.entity;
  at.mention = mi;
  at.from.clear();
  set_cue(a, v, n, "name-verb", q);
}

// The person a transcript's speaker label names: `WALLACE`, the surname of exactly one
// person of the document (Resolver::person_by_surname), or a person's mention there.
std::int32_t label_person(Resolver& r, std::size_t k) {
  const Annotation& a = r.a;
  if (const std::int32_t mi = r.mention_at[k]; mi >= 0) {
    const std::int32_t e = a.mentions[static_cast<std::size_t>(mi)].entity;
    return e >= 0 && a.entities[static_cast<std::size_t>(e)].type == EntityType::Person ? e : -1;
  }
  return r.person_by_surname(a.tokens[k].lower);
}

// A transcript line in marks whose label is a person's full name in mixed case (rule A323:
// `"Chris Matthews: Seriously, seriously about this. ..."`): a name of two words or more
// that names a person, a colon right after it, and the mark opening its paragraph (a
// chant or a tweet quoted inside a sentence, `chanted "Jane Roe: Bad for the state"`, is
// no transcript). The person, or -1.
std::int32_t full_name_label(const Resolver& r, const Pair& p) {
  const Annotation& a = r.a;
  const std::size_t k = p.open + 1;
  const std::int32_t mi = r.mention_at[k];
  if (mi < 0) return -1;
  const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
  if (m.end_token < k + 2 || m.end_token >= a.tokens.size() || a.tokens[m.end_token].norm != ":" || m.entity < 0 ||
      a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Person)
    return -1;
  const std::size_t s = r.sentence_of[p.open];
  const Sentence& st = a.sentences[s];
  if (st.first_token != p.open || (s > 0 && a.sentences[s - 1].paragraph == st.paragraph)) return -1;
  return m.entity;
}

// A transcript line in marks, `"WALLACE: Do you really see those two as equivalent?"`
// (rule A274, transcript-label): the quote's words open with a speaker label, one word in
// capitals (every letter, three or more) and a colon, that names a person of the document;
// the line is that person's, whatever quote came before it (no continuation).
void speaker_label(Resolver& r, const Pair& p, Quote& q, Attribution& at) {
  const Annotation& a = r.a;
  const std::size_t k = p.open + 1;
  if (!q.rule.empty() || k + 2 >= a.tokens.size() || (p.closed && k + 2 >= p.close)) return;
  const Token& t = a.tokens[k];
  const std::int32_t full = full_name_label(r, p);
  if (full < 0 && (t.kind != TokenKind::Word || !t.has(kAllCaps) || t.lower.size() < 3 || a.tokens[k + 1].norm != ":")) return;
  const std::int32_t who = full >= 0 ? full : label_person(r, k);
  if (who < 0) return;
  at.speaker = who;
  at.mention = r.mention_at[k];
  at.from.clear();
  q.cue = ":";
  q.cue_span = a.tokens[full >= 0 ? a.mentions[static_cast<std::size_t>(r.mention_at[k])].end_token : k + 1].span;
  q.rule = "transcript-label";
}

namespace {

// A quoted title in the apposition of the verb's subject is not the verb's content (rule
// A220: `Jane Roe, author of "The Title," said ...`, `Roe, who starred in "Parks" and
// "Fargo," posted ...`): the subject's name (mention) is followed by a comma, and the
// quote stands in the apposition's last stretch: after it the only comma is the one that
// closes the apposition, right before the verb `v` (inside a closing quotation mark or not).
bool in_subject_apposition(const Resolver& r, std::int32_t mention, std::size_t v, const Quote& q) {
  const Annotation& a = r.a;
  if (mention < 0 || v < 2 || a.tokens[v].span.begin < q.span.end) return false;
  const std::size_t name_end = a.mentions[static_cast<std::size_t>(mention)].end_token;
  if (name_end >= v || a.tokens[name_end].norm != "," || a.tokens[name_end].span.end > q.span.begin) return false;
  std::size_t close = v - 1;
  while (close > name_end && a.tokens[close].kind == TokenKind::Quote && !a.tokens[close].has(kPossessive)) --close;
  if (close <= name_end || a.tokens[close].norm != ",") return false;
  for (std::size_t k = close; k > name_end && a.tokens[k - 1].span.begin >= q.span.end; --k)
    if (a.tokens[k - 1].norm == "," || a.tokens[k - 1].norm == ".") return false;
  return true;
}

// A speech verb's base form after a possessive (word list possessives) and one or two
// capitalised words is a noun that the possessive opens, the words its modifiers (rule
// A271: `stepped down from his Treasury post to stand as a candidate`): a capitalised
// subject would need the -s form (`his Treasury posts` is no clause either). Right after
// the possessive the form is left to the patterns that read it as the possessor's words
// (`her remark that "Q"`, `his promise of "Q"`).
bool possessed_noun(const Resolver& r, std::size_t v, const SpeechCue& cue, std::size_t sentence_begin) {
  const Annotation& a = r.a;
  if (a.tokens[v].lower != cue.lemma) return false;
  std::size_t k = v;
  while (k > sentence_begin && v - k < 2 && a.tokens[k - 1].kind == TokenKind::Word && a.tokens[k - 1].has(kCapitalized)) --k;
  return k < v && k > sentence_begin && r.lex.in(Words::Possessives, a.tokens[k - 1]);
}

}  // namespace

// A speech verb elsewhere in the sentence(s) around the quote, with a subject (sentence-cue).
void speaker_in_sentence(Resolver& r, std::size_t sentence_begin, std::size_t sentence_end, Quote& q, Attribution& at) {
  if (!q.rule.empty()) return;
  for (std::size_t v = sentence_begin; v < sentence_end; ++v) {
    if (r.in_direct[v]) continue;
    const SpeechCue* vc = nullptr;
    const std::size_t n2 = speech_verb_at(r, v, sentence_end, &vc);
    if (!n2 || vc->kind != SpeechCue::Kind::Verb || (vc->before_quote && r.a.tokens[v].span.begin > q.span.begin)) continue;
    if (possessed_noun(r, v, *vc, sentence_begin) || rejects_quoted_words(r, *vc, v + n2, quote_first_token(r.a, q))) continue;
    if (passive_question_agent(r, v, n2, *vc, quote_first_token(r.a, q), sentence_end, at)) {
      set_cue(r.a, v, n2, "passive-agent", q);
      break;
    }
    at.speaker = r.subject_of(v, sentence_begin, at.from, at.mention);
    if (at.speaker < 0) continue;
    if (in_subject_apposition(r, at.mention, v, q)) {
      at = Attribution{};
      continue;
    }
    set_cue(r.a, v, n2, "sentence-cue", q);
    break;
  }
}

// The sentence `s` goes on from quoted words: it follows a closing quotation mark in its
// paragraph (`"Q?" Jane Roe asked.`), or an odd number of quotation marks stands before it
// in its paragraph (it is inside a quotation that goes on, as a transcript's paragraph).
bool after_quoted_words(const Resolver& r, std::size_t s) {
  const Annotation& a = r.a;
  auto mark = [&](std::size_t k) { return a.tokens[k].kind == TokenKind::Quote && !a.tokens[k].has(kPossessive); };
  const std::size_t first = a.sentences[s].first_token;
  if (s > 0 && a.sentences[s - 1].paragraph == a.sentences[s].paragraph && mark(first - 1)) return true;
  std::size_t k = s;
  while (k > 0 && a.sentences[k - 1].paragraph == a.sentences[k].paragraph) --k;
  bool open = false;
  for (std::size_t t = a.sentences[k].first_token; t < first; ++t) open ^= mark(t);
  return open;
}

// The quote's sentence ends with its closing mark: only punctuation and marks follow it
// (`"It's a betrayal," read a banner`, `"Q," the union's statement read` and `"No comment"
// was all he would offer` go on to another source or none), or what follows refers back
// to the lead-in: a subject pronoun, for its subject or its subject's words (`"Q," she
// went on`, `"Q" it read`, word list nominative_pronouns), or a name of the lead-in's
// subject, `speaker` (`"Q!" Roe, the campaign's head, Tweeted`).
static bool quote_ends_sentence(const Resolver& r, const Pair& p, std::int32_t speaker) {
  const Annotation& a = r.a;
  if (!p.closed) return true;
  const std::size_t end = a.sentences[r.sentence_of[p.close]].end_token, next = p.close + 1;
  if (next < end && (r.lex.in(Words::NominativePronouns, a.tokens[next]) ||
                     (r.mention_at[next] >= 0 && a.mentions[static_cast<std::size_t>(r.mention_at[next])].entity == speaker)))
    return true;
  for (std::size_t k = p.close + 1; k < end; ++k)
    if (a.tokens[k].kind != TokenKind::Punct && a.tokens[k].kind != TokenKind::Quote) return false;
  return true;
}

// The lead-in's subject opens its sentence and its speech verb `v` is the main clause's
// finite verb: before the subject's mention only punctuation, discourse markers and
// capitalised words (a title, a possessor: `Iowa State's Jane Roe`), the first of them no
// subordinator or preposition (`After Jane Roe announced the cuts, ...`); before the verb
// no infinitive marker (`is expected to testify`) and no auxiliary other than a perfect
// one or a copula (`will announce`: a modal's verb is not yet spoken). After a comma the
// subject opens the main clause. A subject found in another sentence (a pronoun's
// antecedent) is not checked for its place.
static bool lead_in_main_clause(const Resolver& r, const Attribution& lead, std::size_t v, std::size_t first) {
  const Annotation& a = r.a;
  if (v > first) {
    const Token& before = a.tokens[v - 1];
    if (r.lex.in(Words::InfinitiveMarkers, before) ||
        (r.lex.in(Words::FiniteAuxiliaries, before) && !r.lex.in(Words::PerfectAuxiliaries, before) && !r.lex.in(Words::Copulas, before)))
      return false;
  }
  if (lead.mention < 0) return true;
  const Mention& m = a.mentions[static_cast<std::size_t>(lead.mention)];
  if (m.first_token < first || m.first_token >= v) return true;
  // The subject's phrase may put a title before the name (`GOP nominee Jane Roe`); after a
  // comma it opens the main clause after a fronted adjunct (`If anything, Roe argued`).
  const std::size_t start = std::max<std::size_t>(first, std::min<std::size_t>(m.first_token, r.phrase_start_before(m.end_token, first)));
  if (start > first && a.tokens[start - 1].norm == ",") return true;
  std::size_t k = first;
  k = past_openers(a, r.lex, k, start);
  if (k < m.first_token && (r.lex.in(Words::Subordinators, a.tokens[k]) || r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[k])))
    return false;
  while (k < start && ((a.tokens[k].kind == TokenKind::Word && a.tokens[k].has(kCapitalized)) ||
                       a.tokens[k].has(kPossessive) || a.tokens[k].norm == "."))
    ++k;
  return k == start;
}

// A direct quote that opens its sentence right after a sentence of its paragraph that
// holds no quotation marks and whose speech verb has a person for its subject: the
// sentence leads in to the words that follow (rule lead-sentence: `Iowa State's Jane Roe
// agreed. "Q"`, `Jane Roe said in a statement. "Q"`), whoever spoke before. The lead-in
// ends on a full stop (a colon is read by the colon patterns) and the quote's own sentence
// has no cue (the patterns before this one found none). The cue is the lead-in's verb,
// with no span: that verb may still introduce a reported clause in its own sentence.
void speaker_lead_sentence(Resolver& r, const Pair& p, Quote& q, Attribution& at) {
  const Annotation& a = r.a;
  if (!q.rule.empty() || q.kind != Quote::Kind::Direct || q.sentence == 0 || p.open != a.sentences[q.sentence].first_token) return;
  const Sentence& prev = a.sentences[q.sentence - 1];
  if (prev.paragraph + 1 < a.sentences[q.sentence].paragraph || prev.furniture || prev.duplicate || prev.end_token <= prev.first_token ||
      a.tokens[prev.end_token - 1].norm != ".")
    return;
  if (after_quoted_words(r, q.sentence - 1)) return;
  for (std::size_t k = prev.first_token; k < prev.end_token; ++k)
    if (r.in_direct[k] || (a.tokens[k].kind == TokenKind::Quote && !a.tokens[k].has(kPossessive))) return;
  Attribution lead;
  speaker_in_sentence(r, prev.first_token, prev.end_token, q, lead);
  if (q.rule.empty()) return;
  // The lead-in's own verb, finite: not a participle of an adjunct (`have gone as far as X
  // in chiding Y.` leads in to nobody's words).
  const std::size_t v = a.token_at(q.cue_span.begin);
  const Token& verb = a.tokens[v];
  const bool participle = ing_form(r.lex, verb);
  if (participle || lead.speaker < 0 || a.entities[static_cast<std::size_t>(lead.speaker)].type != EntityType::Person ||
      !lead_in_main_clause(r, lead, v, prev.first_token) || !quote_ends_sentence(r, p, lead.speaker)) {
    q.rule.clear();
    q.cue.clear();
    q.cue_span = Span{};
    return;
  }
  at = lead;
  q.rule = "lead-sentence";
  q.cue_span = Span{};  // the verb is the lead-in's: it may still report a clause of its own
}

// The first token after the subject that opens the sentence at mention `m` (rule
// subject-predicate): right after the name, or after an apposition set off by commas
// (`Jane Roe, a co-founder of X, welcomed`) that closes within 25 tokens outside quotation
// marks; `end` when none.
static std::size_t after_opening_subject(const Resolver& r, const Mention& m, std::size_t end) {
  const Annotation& a = r.a;
  std::size_t k = m.end_token;
  if (k >= end || a.tokens[k].norm != ",") return k;
  for (std::size_t c = k + 1; c < end && c - k <= 25 && !r.in_direct[c]; ++c)
    if (a.tokens[c].norm == ",") return c + 1;
  return end;
}

// Where the subject of the sentence `st` may open before token `end` (rule
// subject-predicate): its first token after punctuation and discourse markers, or, when a
// name or a subject pronoun does not stand there, the token after the sentence's first
// comma within 25 tokens outside quotation marks, a fronted phrase set off (`Earlier this
// week, Jane Roe shared ...`); `end` when neither.
static std::size_t predicate_subject_start(const Resolver& r, const Sentence& st, std::size_t end) {
  const Annotation& a = r.a;
  std::size_t t = st.first_token;
  t = past_openers(a, r.lex, t, end);
  if (t >= end || r.mention_at[t] >= 0 || r.lex.in(Words::SubjectPronouns, a.tokens[t])) return t;
  for (std::size_t c = t + 1; c + 1 < end && c - t <= 25 && !r.in_direct[c]; ++c)
    if (a.tokens[c].norm == ",") return c + 1;
  return end;
}

// Past up to three capitalised words from t, titles and honorifics, each with its
// abbreviation point (`Mr Roe`, `Green MEP Jane Roe`, `Sen. Jane Roe`): where a name may open.
static std::size_t past_title_words(const Resolver& r, std::size_t t, std::size_t end) {
  const Annotation& a = r.a;
  for (std::size_t n = 0; t < end && n < 3 && r.mention_at[t] < 0 && a.tokens[t].kind == TokenKind::Word &&
                          a.tokens[t].has(kCapitalized) && !r.in_direct[t];
       ++n) {
    ++t;
    if (t + 1 < end && a.tokens[t].norm == "." && r.mention_at[t + 1] >= 0 && r.sentence_of[t + 1] == r.sentence_of[t]) ++t;
  }
  return t;
}

// The person named as the subject of sentence `st` before token `end` (rule A642): where
// the sentence's subject opens (predicate_subject_start(), then up to three capitalised
// words: `Mr`, `Green MEP`), a person's name that is no possessor, or a body's name and up
// to four words, none a verb form, copula or auxiliary, before a person's name (`Labour
// co-chairman Jane Roe likened them to "..."`): the mention of the person, or -1. `lead`
// (rule A750, a lead-in sentence before the quote): the subject opens the sentence (no
// fronted phrase before a comma) and the words between a body's name and
// the person's are capitalised or nouns naming a person (person_role_nouns, or five
// letters or more ending in person_noun_endings: `Labour campaigner Jane Roe`), so that
// `The union won't be representing Jane Roe` has no person subject.
static std::int32_t person_subject(const Resolver& r, const Sentence& st, std::size_t end, bool lead = false) {
  const Annotation& a = r.a;
  // A lead-in's subject: the name that opens the sentence after its titles (`Sen. Jane
  // Roe`), else where predicate_subject_start() puts the subject.
  std::size_t t = st.first_token;
  if (lead) t = past_openers(a, r.lex, t, end);
  if (lead) t = past_title_words(r, t, end);
  if (!lead || t >= end || r.in_direct[t] || r.mention_at[t] < 0) {
    t = predicate_subject_start(r, st, end);
    if (lead && t > st.first_token && a.tokens[t - 1].norm == ",") return -1;
    t = past_title_words(r, t, end);
  }
  if (t >= end || r.in_direct[t] || r.mention_at[t] < 0) return -1;
  std::int32_t mi = r.mention_at[t];
  for (int hops = 0; hops < 2; ++hops) {
    const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
    if (m.end_token >= end || a.tokens[m.end_token].has(kPossessive)) return -1;
    if (a.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Person) return mi;
    std::size_t k = m.end_token;
    for (; k < end && k - m.end_token < 4 && r.mention_at[k] < 0; ++k) {
      const Token& w = a.tokens[k];
      if (w.norm == "-") continue;  // `co-chairman`
      if (w.kind != TokenKind::Word || r.in_direct[k] || r.lex.in(Words::Copulas, w) || r.lex.in(Words::FiniteAuxiliaries, w) ||
          r.lex.in(Words::ActingVerbs, w) || r.lex.in(Words::SpeakerPhrasePrepositions, w) || quotes::ed_form(r.lex, w))
        return -1;
      if (lead && !w.has(kCapitalized) && !r.lex.in(Words::PersonRoleNouns, w) &&
          !(w.lower.size() >= 5 && r.lex.ends_in(Words::PersonNounEndings, w.lower)) && !(k + 1 < end && a.tokens[k + 1].norm == "-"))
        return -1;
    }
    if (k >= end || r.mention_at[k] < 0) return -1;
    mi = r.mention_at[k];
  }
  return -1;
}

bool holds_quotation_marks(const Resolver& r, const Sentence& st) {
  const Annotation& a = r.a;
  for (std::size_t k = st.first_token; k < st.end_token; ++k)
    if (r.in_direct[k] || (a.tokens[k].kind == TokenKind::Quote && !a.tokens[k].has(kPossessive))) return true;
  return false;
}

// The sentence before the quote's, in its paragraph, when the quote opens its own sentence
// and that one holds no quotation marks (rule A750): its subject is the lead-in's.
static const Sentence* lead_in_before(const Resolver& r, const Pair& p, const Quote& q) {
  const Annotation& a = r.a;
  const Sentence& st = a.sentences[q.sentence];
  if (q.sentence == 0 || p.open != st.first_token || st.headline) return nullptr;
  const Sentence& prev = a.sentences[q.sentence - 1];
  if (prev.paragraph != st.paragraph || prev.headline || prev.furniture || prev.end_token <= prev.first_token ||
      holds_quotation_marks(r, prev))
    return nullptr;
  return &prev;
}

// A person other than `speaker` named as the subject of the sentence a direct quote stands
// inside, after its opening (rule A642): such a quote is no continuation of the previous
// quote's speaker: the new subject's words, or the writer's.
bool new_subject_of_quote(const Resolver& r, const Pair& p, const Quote& q, std::int32_t speaker) {
  const Annotation& a = r.a;
  const Sentence& st = a.sentences[q.sentence];
  if (p.open <= st.first_token || st.headline) return false;
  const std::int32_t mi = person_subject(r, st, p.open);
  return mi >= 0 && a.mentions[static_cast<std::size_t>(mi)].entity != speaker;
}

// The quoted words refer to `who` in the third person: a pronoun of subject_pronouns,
// male_object_pronouns, female_object_pronouns or male_possessive_pronouns (`his`,
// `her`), or a mention of `who` (`"In 1991 he sold more records ..."` after `Bob became
// an icon.` is said about Bob, not by him).
static bool refers_to_in_marks(const Resolver& r, const Pair& p, std::int32_t who) {
  const Annotation& a = r.a;
  for (std::size_t k = p.open + 1; k < p.close && k < a.tokens.size(); ++k) {
    const Token& t = a.tokens[k];
    if (r.lex.in(Words::SubjectPronouns, t) || r.lex.in(Words::MaleObjectPronouns, t) || r.lex.in(Words::FemaleObjectPronouns, t) ||
        r.lex.in(Words::MalePossessivePronouns, t))
      return true;
    if (r.mention_at[k] >= 0 && a.mentions[static_cast<std::size_t>(r.mention_at[k])].entity == who) return true;
  }
  return false;
}

// A past form in -ed (past_suffixes) whose form in -s (present_s_suffixes) is a gesture verb
// (gesture_verbs: `turned` for `turns`, `looked` for `looks`): the list keeps the -s forms of
// verbs whose past forms are in other word lists too (`turned`, `looked`: particle_back_verbs),
// so the past is read through the list's own form and costs no new combination of lists
// (row A880).
static bool gesture_past(const Lexicons& lex, const Token& verb) {
  for (const std::string& past : lex.words(Words::PastSuffixes)) {
    if (verb.lower.size() <= past.size() + 1 || !verb.lower.ends_with(past)) continue;
    const std::string_view stem = verb.lower.substr(0, verb.lower.size() - past.size());
    for (const std::string& s : lex.words(Words::PresentSSuffixes))
      if (lex.in(Words::GestureVerbs, std::string(stem) + s)) return true;
  }
  return false;
}

// The lead-in's verb after its subject `subject` (past an appositive set off by commas, `Jane
// Roe, 82,`, and discourse markers or adverbs in -ly, `Roe also`, `Roe reportedly`) takes no
// object: the sentence's full stop, a preposition (speaker_phrase_prepositions,
// other_prepositions, not `to` before an infinitive: `Roe wants to ...`) or a time word
// (before_that, time_phrase_nouns) follows it. Such a clause tells an event that befell
// the person (`Jane Roe died on Monday.`, `Roe arrived in Boston.`, `Roe resigned last
// week.`), no speech or stance that leads into words (rule A820), unless the verb is a speech
// verb (`Roe spoke.`) or a gesture of speaking (name_verb_speech, gesture_verbs: `Roe
// laughed.`, `Roe nodded.`, and the past of a listed -s form, gesture_past(): `Roe turned
// to the cameras.`, `Roe looked at the crowd.`), a phrasal verb (`Roe weighed in on ...`) or a preposition before a
// body, where the person spoke (`Roe took to Twitter`, `Roe appeared on CNN`).
static bool event_lead_in(const Resolver& r, const Mention& subject, const Sentence& lead) {
  const Annotation& a = r.a;
  const std::size_t end = lead.end_token;
  std::size_t v = subject.end_token;
  if (v < end && a.tokens[v].norm == ",") {
    std::size_t c = v + 1;
    while (c < end && c - v <= 12 && a.tokens[c].norm != "," && !r.in_direct[c]) ++c;
    if (c >= end || a.tokens[c].norm != ",") return false;
    v = c + 1;
  }
  while (v < end && a.tokens[v].kind == TokenKind::Word && !a.tokens[v].has(kCapitalized) &&
         (r.lex.in(Words::DiscourseMarkers, a.tokens[v]) || r.lex.ends_in(Words::AdverbSuffixes, a.tokens[v].lower)))
    ++v;
  if (v + 1 >= end) return false;
  const Token& verb = a.tokens[v];
  if (verb.kind != TokenKind::Word || verb.has(kCapitalized) || r.lex.in(Words::NameVerbSpeech, verb) ||
      r.lex.in(Words::GestureVerbs, verb) || gesture_past(r.lex, verb))
    return false;
  std::uint32_t cue = 0;
  if (r.lex.speech_index().match(a.tokens, v, end, cue) > 0 && r.lex.speech_cues()[cue].kind == SpeechCue::Kind::Verb) return false;
  const Token& next = a.tokens[v + 1];
  if (v + 2 == end) return next.norm == ".";
  if (r.lex.in(Words::InfinitiveMarkers, next) && a.tokens[v + 2].kind == TokenKind::Word && !a.tokens[v + 2].has(kCapitalized) &&
      !r.lex.in(Words::NounPhraseOpeners, a.tokens[v + 2]) && !r.lex.in(Words::Determiners, a.tokens[v + 2]))
    return false;
  const bool preposition = r.lex.in(Words::SpeakerPhrasePrepositions, next) || r.lex.in(Words::OtherPrepositions, next);
  if (preposition) {
    // A particle and its preposition (`weighed in on`, `went on to`) make a phrasal verb, and a
    // preposition before a body (`took to Twitter`, `appeared on CNN`, `wrote in The Times`)
    // names where the person spoke: no event (review of A820).
    std::size_t k = v + 2;
    if (k < end && r.lex.in(Words::Determiners, a.tokens[k])) ++k;
    if (k < end && (r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[k]) || r.lex.in(Words::OtherPrepositions, a.tokens[k])))
      return false;
    if (k < end && r.mention_cover[k] >= 0 &&
        a.mentions[static_cast<std::size_t>(r.mention_cover[k])].type == EntityType::Organization)
      return false;
    return true;
  }
  return r.lex.in(Words::BeforeThat, next) || r.lex.in(Words::TimePhraseNouns, next);
}

// A direct quote with no cue that opens its sentence and ends it, right after a sentence of
// its paragraph with no quotation marks that ends on a full stop and whose subject opening
// it is a person other than `speaker`, the previous quote's (person_subject(), lead), with
// a verb of speech, stance or gesture, or one with an object: the lead-in introduces that
// person's words (rule A750, lead-subject: `Jane Roe shook her head. "Q"`, `Roe touted her
// record. "Q"`), unless the quoted words refer to a person in the third person
// (refers_to_in_marks()); no copula or auxiliary after the subject, and no verb of an
// event with no object (event_lead_in(), rule A820: `Jane Roe died on Monday.`). Called where the quote would continue
// `speaker` (quotes_direct.cpp continue_previous()).
bool speaker_lead_subject(const Resolver& r, const Pair& p, Quote& q, std::int32_t speaker, Attribution& at) {
  const Annotation& a = r.a;
  const Sentence* lead = lead_in_before(r, p, q);
  if (lead == nullptr || a.tokens[lead->end_token - 1].norm != ".") return false;
  const std::int32_t mi = person_subject(r, *lead, lead->end_token, true);
  if (mi < 0) return false;
  const Mention& subject = a.mentions[static_cast<std::size_t>(mi)];
  const std::int32_t who = subject.entity;
  // A copula or an auxiliary after the subject (`Jane Roe was 82.`, `Jane Roe has died.`,
  // `Jane Roe was arrested.`) says what befell the person, no act that leads into words.
  if (subject.end_token < lead->end_token && (r.lex.in(Words::Copulas, a.tokens[subject.end_token]) ||
                                              r.lex.in(Words::FiniteAuxiliaries, a.tokens[subject.end_token])))
    return false;
  if (event_lead_in(r, subject, *lead)) return false;
  if (who == speaker || !p.closed || !quote_ends_sentence(r, p, who) || refers_to_in_marks(r, p, who)) return false;
  at.speaker = who;
  at.mention = mi;
  at.from.clear();
  q.rule = "lead-subject";
  return true;
}

// A direct quote of three words or more in the predicate of a clause whose subject, a
// person named (or he/she) where the sentence opens or right after a fronted phrase's
// comma, is followed by its verb, when no speech cue attributes it (rule
// subject-predicate): the quoted words are the subject's, as a partial quote is its
// clause's subject's (`Jane Roe welcomed "the recognition that we do not have all the
// tools"`, `Roe, a co-founder of X, coached the team to "breathe, breathe, breathe"`). The
// verb is a lower-case word, no copula (`Roe is "a ..."` describes her), auxiliary or modal
// (`Roe has been "reminded of ..."`, `Roe will have the power to look into "..."`: a passive or
// a predicate about her, whose quoted words are commonly a ruling's or a law's), preposition,
// determiner, coordinator, subordinator or relative word; the name is no possessor (`Roe's
// efforts as mayor "..."`); no other person or organisation, a source of its own, is named
// between the subject and the quote (`Roe knocked a claim by Tom Smith that "..."` is Smith's,
// `Roe brushed off Labour suggestions that ... "by the back door"` Labour's), and no relative word but the
// complementizer `that` stands there (`Roe met the manager, who handed her a note: "..."`
// is the relative clause's).
// The name of mention `mi` is a possessor whose possessed phrase, up to the opening mark
// `open`, names no words of the possessor (rule A743: `Roe credited Tom Smith's victory to
// "..."`, `Roe called Smith's assertion of a right "..."` keep Roe the subject): one to six
// lower-case words after the `'s`, none a noun of claims, statements, plans or authored texts
// (claim_nouns, statement_nouns, plan_nouns, authored_text_nouns: `Roe mocked Smith's
// pledge of "..."`, `Smith's "..."` are Smith's words), no quotation mark among them.
bool possessor_of_deed(const Resolver& r, std::int32_t mi, std::size_t open) {
  const Annotation& a = r.a;
  const std::size_t e = a.mentions[static_cast<std::size_t>(mi)].end_token;
  if (e >= open || !a.tokens[e].has(kPossessive) || open - e < 2 || open - e > 7) return false;
  for (std::size_t k = e + 1; k < open; ++k) {
    const Token& t = a.tokens[k];
    if (r.in_direct[k] || t.kind == TokenKind::Quote || t.has(kCapitalized) || r.mention_cover[k] >= 0 ||
        r.lex.in(Words::ClaimNouns, t) || r.lex.in(Words::StatementNouns, t) ||
        r.lex.in(Words::PlanNouns, t) || r.lex.in(Words::AuthoredTextNouns, t))
      return false;
  }
  return true;
}

// Where the subject opens for rule subject-predicate (predicate_subject_start()); row A1151:
// a title or honorific of titles.json (with its abbreviation point) may stand before the
// person's name that opens the sentence (`Dr Jane Roe, a surgeon at Elm Hospital, welcomed
// the plan "..."`, `Mr. Roe hailed the "..."`); not another capitalised word (`When Roe
// left, ...`).
static std::size_t titled_subject_start(const Resolver& r, const Sentence& st, std::size_t end) {
  const Annotation& a = r.a;
  const std::size_t first = past_openers(a, r.lex, st.first_token, end);
  std::uint32_t payload = 0;
  std::size_t named = first < end && r.mention_at[first] < 0 ? first + r.lex.title_index().match(a.tokens, first, end, payload) : first;
  if (named > first && named < end && a.tokens[named].norm == ".") ++named;
  if (named > first && named < end && !r.in_direct[named] && r.mention_at[named] >= 0 &&
      r.a.mentions[static_cast<std::size_t>(r.mention_at[named])].entity >= 0 &&
      r.a.entities[static_cast<std::size_t>(r.a.mentions[static_cast<std::size_t>(r.mention_at[named])].entity)].type ==
          EntityType::Person)
    return named;
  return predicate_subject_start(r, st, end);
}

void speaker_subject_predicate(Resolver& r, const Pair& p, Quote& q, Attribution& at) {
  const Annotation& a = r.a;
  if (!q.rule.empty() || q.kind != Quote::Kind::Direct || !p.closed) return;
  std::size_t words = 0;
  for (std::size_t k = p.open + 1; k < p.close; ++k) words += a.tokens[k].kind == TokenKind::Word;
  const Sentence& st = a.sentences[q.sentence];
  if (words < 3 || st.headline) return;
  const std::size_t t = titled_subject_start(r, st, p.open);
  if (t >= p.open || r.in_direct[t]) return;
  Attribution who;
  std::size_t v = t + 1;
  if (const std::int32_t mi = r.mention_at[t]; mi >= 0) {
    const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
    if (m.end_token < p.open && a.tokens[m.end_token].has(kPossessive)) return;
    who = Attribution{m.entity, mi, {}};
    v = after_opening_subject(r, m, p.open);
  } else if (r.lex.in(Words::SubjectPronouns, a.tokens[t])) {
    who.speaker = r.noun_phrase(t, t + 1, who.from, who.mention);
  }
  if (who.speaker < 0 || a.entities[static_cast<std::size_t>(who.speaker)].type != EntityType::Person) return;
  if (v >= p.open || r.in_direct[v]) return;
  const Token& verb = a.tokens[v];
  if (verb.kind != TokenKind::Word || verb.has(kCapitalized) || verb.has(kPossessive) || r.lex.in(Words::Copulas, verb) ||
      r.lex.in(Words::FiniteAuxiliaries, verb) || r.lex.in(Words::SpeakerPhrasePrepositions, verb) || r.lex.in(Words::Determiners, verb) ||
      r.lex.in(Words::Coordinators, verb) || r.lex.in(Words::Subordinators, verb) || r.lex.in(Words::RelativeWords, verb))
    return;
  for (std::size_t k = v; k < p.open; ++k) {
    if (r.lex.in(Words::RelativeWords, a.tokens[k]) && !r.lex.in(Words::Complementizers, a.tokens[k])) return;
    const std::int32_t other = r.mention_cover[k];
    const std::int32_t e = other >= 0 ? a.mentions[static_cast<std::size_t>(other)].entity : -1;
    if (e < 0 || e == who.speaker) continue;
    const EntityType other_type = a.entities[static_cast<std::size_t>(e)].type;
    if (possessor_of_deed(r, other, p.open)) {
      k = a.mentions[static_cast<std::size_t>(other)].end_token;
      continue;
    }
    if (other_type == EntityType::Person || other_type == EntityType::Organization) return;
  }
  at = who;
  q.rule = "subject-predicate";
}

// A direct quote that opens its sentence with no attribution, after a reported clause
// (rule A88): `X said CLAUSE.` then `"Q"` in the next sentence, in the same paragraph or
// opening the next one. The clause's speaker comes before the lead-in's subject
// (lead-sentence) when the lead-in is that report.
bool opens_after_report(const Annotation& a, const Quote& q, const Quote* last) {
  if ((q.rule != "unattributed" && q.rule != "lead-sentence") || q.kind != Quote::Kind::Direct || !last || last->kind != Quote::Kind::Indirect ||
      last->speaker < 0 || last->sentence + 1 != q.sentence || a.sentences[last->sentence].paragraph + 1 < a.sentences[q.sentence].paragraph)
    return false;
  const std::size_t b = a.token_at(q.span.begin);
  return b > 0 && a.sentences[q.sentence].first_token == b - 1;
}

// An uncued quote continues the last speaker of the text before it (rule A37): when a
// reported clause with a known speaker stands between the quote a continuation took its
// speaker from and the continuation (`"Q1," X said. Y said CLAUSE. "Q2"`), in the same
// paragraph or the one before, the continuation is Y's; a quote with no speaker before it
// that opens its sentence right after such a clause continues it too (rule A88). Not a
// clause after the last attributed direct quote in its sentence, whose speaker the
// continuation already has, when the attribution follows that quote (after-np-verb,
// after-verb-np; rule A537: `"Q1," X assured Y, after Y assured X that CLAUSE. "Q2"` is
// X's: the clause hangs on the attribution).
void continue_last_speaker(Resolver& r) {
  constexpr std::string_view kContinuation = "continuation";
  Annotation& a = r.a;
  const Quote* last = nullptr;
  const Quote* last_direct = nullptr;
  for (auto& q : a.quotes) {
    const bool after_report = opens_after_report(a, q, last);
    const bool inside_attribution = last && last_direct && last_direct->sentence == last->sentence &&
                                    last_direct->speaker == q.speaker && last->span.begin > last_direct->span.end &&
                                    (last_direct->rule == "after-np-verb" || last_direct->rule == "after-verb-np");
    if (after_report || (q.rule == kContinuation && last && last->kind == Quote::Kind::Indirect && last->speaker != q.speaker &&
                         !inside_attribution && a.sentences[last->sentence].paragraph + 1 >= a.sentences[q.sentence].paragraph)) {
      q.speaker = last->speaker;
      q.speaker_mention = last->speaker_mention;
      q.speaker_from = last->speaker_from;
      if (after_report) q.rule = std::string(kContinuation);
    }
    if (q.speaker >= 0 && !q.cue.empty()) last = &q;
    if (q.speaker >= 0 && !q.cue.empty() && q.kind == Quote::Kind::Direct) last_direct = &q;
  }
}

namespace {

// The entity of the name that opens sentence si (after a definite article) and heads its
// phrase (no lower-case word after it: not `West Yorkshire police`, `The High Street
// retailer`), a person, organisation or country that speaks with a cue in that sentence (a
// quote of si has it as speaker, named there), or -1 (row A1131).
std::int32_t opening_speaker(const Resolver& r, std::uint32_t si) {
  const Annotation& a = r.a;
  std::size_t k = a.sentences[si].first_token;
  if (k < a.tokens.size() && r.lex.in(Words::DefiniteArticles, a.tokens[k])) ++k;
  if (k >= a.tokens.size() || r.mention_at[k] < 0) return -1;
  const Mention& m = a.mentions[static_cast<std::size_t>(r.mention_at[k])];
  if (m.entity < 0 || m.end_token >= a.tokens.size()) return -1;
  const Token& next = a.tokens[m.end_token];
  const SpeechCue* cue = nullptr;
  if (next.kind == TokenKind::Word && !next.has(kCapitalized) && !r.lex.in(Words::SubjectGapWords, next) &&
      !r.lex.ends_in(Words::AdverbSuffixes, next.lower) && speech_verb_at(r, m.end_token, a.tokens.size(), &cue) == 0)
    return -1;
  const EntityType type = a.entities[static_cast<std::size_t>(m.entity)].type;
  if (type != EntityType::Person && type != EntityType::Organization && type != EntityType::Country) return -1;
  const std::int32_t who = m.entity;
  const bool speaks = std::any_of(a.quotes.begin(), a.quotes.end(), [&](const Quote& q) {
    return q.sentence == si && q.speaker == who && !q.cue.empty() && q.speaker_from.empty();
  });
  return speaks ? who : -1;
}

// The first token of q's sentence outside q's words that is the first word of its cue (an
// indirect quote keeps no cue span), or 0 when none.
std::size_t cue_token(const Resolver& r, const Quote& q) {
  const Annotation& a = r.a;
  if (!q.cue_span.empty()) return a.token_at(q.cue_span.begin);
  const std::string_view word = std::string_view(q.cue).substr(0, q.cue.find(' '));
  const Sentence& st = a.sentences[q.sentence];
  for (std::size_t k = st.first_token; k < st.end_token; ++k)
    if ((a.tokens[k].span.end <= q.span.begin || a.tokens[k].span.begin >= q.span.end) && a.tokens[k].lower == word) return k;
  return 0;
}

// Whether the subject right before the cue of q (auxiliaries of subject_gap_words between)
// ends on a lower-case noun that no name covers and no pronoun is: an unnamed description.
bool described_subject(const Resolver& r, const Quote& q) {
  const Annotation& a = r.a;
  const std::size_t cue = cue_token(r, q);
  std::size_t k = cue;
  while (k > 0 && r.lex.in(Words::SubjectGapWords, a.tokens[k - 1])) --k;
  if (k == 0) return false;
  const Token& t = a.tokens[k - 1];
  // Not a passive (`it has been claimed`), a coordinated verb (`and promised`), a noun cue
  // after its possessor (`the minister's statement`) or a participle (`analysts saying`).
  if (r.lex.in(Words::Copulas, t) || r.lex.in(Words::Coordinators, t) || t.has(kPossessive) ||
      r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[cue].lower))
    return false;
  return t.kind == TokenKind::Word && !t.has(kCapitalized) && r.mention_cover[k - 1] < 0 && !r.in_direct[k - 1] &&
         !r.lex.in(Words::NominativePronouns, t) && !r.lex.in(Words::BodyPronouns, t);
}

// Row A1153: the report's attribution follows its words (`CLAUSE, a report suggests.`) and
// its subject is a singular description (a lower-case noun not in -s: `UK media reports say`
// are unnamed sources) that agrees with `who`: a noun naming a person (person_role_nouns, a
// title of titles.json, or five letters or more ending in person_noun_endings: `a
// clergyman`, `the shadow chancellor`) for a person, any other (`a report`, `the
// watchdog`) for an organisation or country; a person is not named after a definite
// article (`The Elm Code claims ...` names a work, whatever its words).
bool description_agrees(const Resolver& r, const Quote& q, std::int32_t who, std::uint32_t naming) {
  const Annotation& a = r.a;
  const bool person = a.entities[static_cast<std::size_t>(who)].type == EntityType::Person;
  if (person && r.lex.in(Words::DefiniteArticles, a.tokens[a.sentences[naming].first_token])) return false;
  std::size_t k = cue_token(r, q);
  if (k == 0 || a.tokens[k].span.begin < q.span.end) return false;
  while (k > 0 && r.lex.in(Words::SubjectGapWords, a.tokens[k - 1])) --k;
  const Token& noun = a.tokens[k - 1];
  if (s_form(r.lex, noun.lower)) return false;
  std::uint32_t payload = 0;
  const bool person_noun = r.lex.in(Words::PersonRoleNouns, noun) || r.lex.title_index().match(a.tokens, k - 1, k, payload) > 0 ||
                           (noun.lower.size() >= 5 && r.lex.ends_in(Words::PersonNounEndings, noun.lower));
  return person_noun == person;
}

// Sentence si is a headline (row A1153): marked so when the copy lost its line break, or a
// paragraph of its own that ends on no sentence-final mark (`Elm Bank 'risks missing target'`).
bool title_sentence(const Annotation& a, std::uint32_t si) {
  const Sentence& st = a.sentences[si];
  if (st.headline) return true;
  if ((si > 0 && a.sentences[si - 1].paragraph == st.paragraph) ||
      (si + 1 < a.sentences.size() && a.sentences[si + 1].paragraph == st.paragraph) || st.end_token <= st.first_token)
    return false;
  std::size_t last = st.end_token - 1;
  while (last > st.first_token && a.tokens[last].kind == TokenKind::Quote) --last;
  const std::string_view mark = a.tokens[last].norm;
  return mark != "." && mark != "!" && mark != "?";
}

// Whether a quote of sentence si has a speaker (row A1153: someone speaks there).
bool speaker_in_sentence_of(const Annotation& a, std::uint32_t si) {
  return std::any_of(a.quotes.begin(), a.quotes.end(), [&](const Quote& q) { return q.sentence == si && q.speaker >= 0; });
}

}  // namespace

// Delayed identification in the lead (row A1131): a report in the document's first
// sentence whose subject is a description with no name (`A close ally of the mayor has
// denied that ...`, `..., the city's spending watchdog has said`) and no speaker is the
// speaker the next sentence names as it opens, when that name speaks there (`Tom Smith,
// an adviser to the mayor, said ...`, `The Ruritanian Audit Office said ...`): news leads
// describe first and name in the sentence after.
//
// Row A1153: the lead may follow headline sentences (the first sentence that is no
// headline), and one sentence in which no one speaks may stand between it and the naming
// one (`Taxes must rise, a report suggests. The target covers only borrowing. The Elm
// Institute (EI) claims that ...`): the report's author is named as the next speaker. In
// these two readings the description must agree with the name (description_agrees()).
void delayed_identification(Resolver& r) {
  Annotation& a = r.a;
  std::uint32_t lead = 0;
  while (lead + 1 < a.sentences.size() && title_sentence(a, lead)) ++lead;
  for (Quote& q : a.quotes) {
    if ((q.sentence != 0 && q.sentence != lead) || a.sentences.size() < q.sentence + 2 || q.speaker >= 0 || q.cue.empty() ||
        !described_subject(r, q))
      continue;
    if (const std::int32_t who = opening_speaker(r, q.sentence + 1); who >= 0) {
      if (q.sentence == 0 || description_agrees(r, q, who, q.sentence + 1)) q.speaker = who;
    } else if (q.sentence + 2 < a.sentences.size() && !speaker_in_sentence_of(a, q.sentence + 1)) {
      if (const std::int32_t next = opening_speaker(r, q.sentence + 2); next >= 0 && description_agrees(r, q, next, q.sentence + 2)) q.speaker = next;
    }
  }
}

}  // namespace gazette::quotes

namespace gazette::quotes {

void speaker_references(Resolver& r) {
  Annotation& a = r.a;
  const std::size_t named = a.mentions.size();
  for (const Quote& q : a.quotes) {
    if (q.speaker < 0 || q.speaker_span.empty() || q.speaker_from.empty()) continue;
    bool known = false;
    for (const auto& m : a.mentions) known |= m.span == q.speaker_span;
    if (known) continue;
    const auto first = static_cast<std::uint32_t>(a.token_at(q.speaker_span.begin));
    auto end = first;
    while (end < a.tokens.size() && a.tokens[end].span.end <= q.speaker_span.end) ++end;
    const std::uint32_t sentence = first < r.sentence_of.size() ? r.sentence_of[first] : 0;
    const std::int32_t antecedent =
        q.speaker_antecedent >= 0 && static_cast<std::size_t>(q.speaker_antecedent) < named ? q.speaker_antecedent : -1;
    append_reference(a, first, end, q.speaker_span, sentence, q.speaker, q.speaker_from, q.speaker_rule, antecedent);
  }
}

namespace {

// A word of the noun run after a place modifier (row A1148): a word that may be a noun of the
// subject phrase, not an auxiliary, adverb, preposition, determiner, coordinator, past form or
// speech verb, and not part of another name.
bool head_noun_word(const Resolver& r, std::size_t k, std::size_t end) {
  const Annotation& a = r.a;
  const Token& t = a.tokens[k];
  if (t.kind != TokenKind::Word || t.has(kPossessive) || r.mention_cover[k] >= 0 || r.in_direct[k]) return false;
  const SpeechCue* cue = nullptr;
  if (speech_verb_at(r, k, end, &cue) > 0) return false;
  if (t.has(kCapitalized)) return true;
  return !r.lex.in(Words::FiniteAuxiliaries, t) && !r.lex.in(Words::SubjectGapWords, t) &&
         !r.lex.in(Words::DiscourseMarkers, t) && !r.lex.in(Words::BeforeThat, t) &&
         !r.lex.in(Words::NotClauseOpeners, t) && !r.lex.in(Words::Coordinators, t) &&
         !r.lex.in(Words::Determiners, t) && !r.lex.in(Words::RelativeWords, t) && !r.lex.in(Words::Negators, t) &&
         !r.lex.in(Words::NominativePronouns, t) && !r.lex.in(Words::VersusWords, t) && !ly_adverb(r.lex, t) && !r.lex.ends_in(Words::PastSuffixes, t.lower);
}

// A head noun that speaks for the state (official_nouns, state_body_nouns, regime_nouns:
// `Ruritania officials`, `officials in Ohio`), which keeps a place modifier as the speaker
// (rows A1148, A1150).
bool state_voice_noun(const Resolver& r, const Token& t) {
  return r.lex.in(Words::OfficialNouns, t) || r.lex.in(Words::StateBodyNouns, t) || r.lex.in(Words::RegimeNouns, t);
}

// Mention mi when it is a place or country named in the text (not resolved from a
// reference), the speakers rows A1148-A1150 look at; nullptr otherwise.
const Mention* place_mention(const Resolver& r, std::int32_t mi) {
  const Annotation& a = r.a;
  if (mi < 0 || static_cast<std::size_t>(mi) >= a.mentions.size()) return nullptr;
  const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
  if ((m.type != EntityType::Location && m.type != EntityType::Country) || !m.resolved_from.empty()) return nullptr;
  return &m;
}

// What may follow the subject phrase's head noun: the quote's cue, a speech verb, an
// auxiliary (`a Kent man had been told`), the end of an inverted report (`said the Kent
// athlete.`), or a subject pronoun after a phrase of place (`at the Kent fair he said`).
// After a name in apposition (named: row A1149), only the cue, a verb or the end of the
// sentence (`US firm Acme Corp has said`), no comma or pronoun (`criticism from Ohio pundit
// Tom Smith, he said`).
bool after_head_noun(const Resolver& r, std::size_t k, std::size_t end, std::size_t cue, bool named = false) {
  const Annotation& a = r.a;
  if (k >= end || k == cue) return true;
  const Token& t = a.tokens[k];
  if (t.kind == TokenKind::Punct) return t.norm == "." || (!named && (t.norm == "," || t.norm == ";"));
  const SpeechCue* c = nullptr;
  return speech_verb_at(r, k, end, &c) > 0 || r.lex.in(Words::FiniteAuxiliaries, t) || r.lex.in(Words::SubjectGapWords, t) ||
         (!named && r.lex.in(Words::NominativePronouns, t));
}

}  // namespace

// Row A1148: the token after the head noun of a phrase in which mention mi, a place or
// country, modifies that noun (`a Kent man`, `the Ohio-based charity`, `A Ohio Embassy
// spokesman`): lower-case nouns, maybe after capitalised words of no name, up to the cue;
// 0 when mi is no such modifier, or when the head speaks for the state (official_nouns,
// state_body_nouns, regime_nouns: `Ruritania officials said`, as GUIDELINES' `a Home Office
// spokesman`) or the phrase ends in a capitalised word (`the Ruritania Times`: a name).
std::size_t place_modifier_head_end(const Resolver& r, std::int32_t mi, std::size_t cue) {
  const Annotation& a = r.a;
  const Mention* place = place_mention(r, mi);
  if (!place) return 0;
  const Mention& m = *place;
  const std::size_t end = a.sentences[m.sentence].end_token;
  std::size_t k = m.end_token;
  if (k == 0 || k >= end || a.tokens[k - 1].has(kPossessive)) return 0;
  if (k + 1 < end && compound_hyphen(a, k, end) && !a.tokens[k + 1].has(kCapitalized)) k += 2;  // `Ruritania-based`
  std::size_t nouns = 0;
  bool state_voice = false;
  for (; k < end && nouns < 4 && k != cue && head_noun_word(r, k, end); ++k, ++nouns)
    state_voice = state_voice || state_voice_noun(r, a.tokens[k]);
  if (nouns == 0 || state_voice || a.tokens[k - 1].has(kCapitalized)) return 0;
  return k;
}

// Row A1148: a place or country named as a modifier before the head noun of the speaker's
// phrase (`a Kent man had been told`, `The Ruritania-based think tank said`, `said the
// Borsetshire athlete`) is not the speaker: the head noun is, a description with no name.
bool place_modifier(const Resolver& r, std::int32_t mi, std::size_t cue) {
  const std::size_t k = place_modifier_head_end(r, mi, cue);
  return k > 0 && after_head_noun(r, k, r.a.sentences[r.a.mentions[static_cast<std::size_t>(mi)].sentence].end_token, cue);
}

// Row A1149: the name right after such a description, in apposition (`Ruritania-based firm
// Acme Corp said`, `according to the Ohio-based journal Film Weekly.`, `US rap star Tom
// Smith has said`), is who it is: its mention, or -1, when the cue, a verb or the sentence's
// end follows the name (after_head_noun). Not a possessive (`Ohio's Acme`), not inside a
// phrase of another head (`the head of Ruritania TV network Acme`, `an officer at Ohio firm
// Acme`: of_prepositions, location_prepositions).
std::int32_t named_after_place_modifier(const Resolver& r, std::int32_t mi, std::size_t cue) {
  const Annotation& a = r.a;
  const std::size_t k = place_modifier_head_end(r, mi, cue);
  if (k == 0 || k >= a.tokens.size() || r.mention_at[k] < 0) return -1;
  std::size_t b = a.mentions[static_cast<std::size_t>(mi)].first_token;
  if (b > 0 && r.lex.in(Words::Determiners, a.tokens[b - 1])) --b;
  if (b > 0 && (r.lex.in(Words::OfPrepositions, a.tokens[b - 1]) || r.lex.in(Words::LocationPrepositions, a.tokens[b - 1])))
    return -1;
  const std::int32_t named = r.mention_at[k];
  const Mention& n = a.mentions[static_cast<std::size_t>(named)];
  if (n.entity < 0 || n.end_token > cue || a.tokens[n.end_token - 1].has(kPossessive)) return -1;  // `Ohio's Acme`
  return after_head_noun(r, n.end_token, a.sentences[n.sentence].end_token, cue, true) ? named : -1;
}

// Row A1150: a place after a lower-case head noun and a preposition of place, the phrase
// right before the cue or a verb (`Jurors in Kent recommended`, `the court in Ohio found`,
// `councillors from Kent agreed`), is no speaker: the head noun is. Not when the head
// speaks for the state (`officials in Ohio said`: official_nouns, state_body_nouns) or is a
// text its author puts out (`the letter from Acme said`: authored_text_nouns, GUIDELINES'
// `a report by the National Audit Office says`).
bool place_after_head_noun(const Resolver& r, std::int32_t mi, std::size_t cue) {
  const Annotation& a = r.a;
  const Mention* place = place_mention(r, mi);
  if (!place) return false;
  const Mention& m = *place;
  const std::size_t b = m.first_token, end = a.sentences[m.sentence].end_token;
  if (b < 2 || b - 2 < a.sentences[m.sentence].first_token || !r.lex.in(Words::LocationPrepositions, a.tokens[b - 1]))
    return false;
  const Token& head = a.tokens[b - 2];
  const bool opens = b - 2 == a.sentences[m.sentence].first_token;  // `Jurors in Kent said`
  if ((head.has(kCapitalized) && !opens) || !head_noun_word(r, b - 2, end) || state_voice_noun(r, head) ||
      r.lex.in(Words::AuthoredTextNouns, head))
    return false;
  return m.end_token < end && !a.tokens[m.end_token - 1].has(kPossessive) && after_head_noun(r, m.end_token, end, cue, true);
}

// Rows A1148-A1150: the quotes whose speaker came from a place modifier take the name in
// apposition after it (named_after_place_modifier) or lose it (place_modifier), as do those
// whose speaker is a place after a head noun and its preposition (place_after_head_noun); delayed
// identification may still name who the description is.
void drop_place_modifier_speakers(Resolver& r) {
  Annotation& a = r.a;
  for (Quote& q : a.quotes) {
    if (q.speaker < 0 || q.speaker_mention < 0 || !q.speaker_from.empty()) continue;
    const std::size_t cue = q.cue_span.empty() ? a.tokens.size() : a.token_at(q.cue_span.begin);
    if (const std::int32_t named = named_after_place_modifier(r, q.speaker_mention, cue); named >= 0) {
      q.speaker = a.mentions[static_cast<std::size_t>(named)].entity;
      q.speaker_mention = named;
    } else if (place_modifier(r, q.speaker_mention, cue) || place_after_head_noun(r, q.speaker_mention, cue)) {
      q.speaker = -1;
      q.speaker_mention = -1;
    }
  }
}

// Row A1154: a statement noun in -s (statement_nouns: `claims`) right after the name of an
// organisation or country, the two the object of a verb in the past (`Tom Smith blasted
// Ruritania claims that it holds "proof"`, `rejected Acme claims that ...`): the name
// premodifies the noun and speaks the clause, not the verb's subject. Its mention, or -1.
static std::int32_t modifier_of_noun_cue(const Resolver& r, const Quote& q) {
  const Annotation& a = r.a;
  if (q.cue_span.empty() && q.kind == Quote::Kind::Direct) return -1;
  const std::size_t k = cue_token(r, q);
  if (k < 2 || !r.lex.in(Words::StatementNouns, a.tokens[k]) || !s_form(r.lex, a.tokens[k].lower)) return -1;
  const std::int32_t mi = r.mention_cover[k - 1];
  if (mi < 0) return -1;
  const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
  if (m.end_token != k || m.entity < 0 || a.tokens[k - 1].has(kPossessive) || m.first_token == 0) return -1;
  const EntityType type = a.entities[static_cast<std::size_t>(m.entity)].type;
  if (type != EntityType::Organization && type != EntityType::Country) return -1;
  const Token& verb = a.tokens[m.first_token - 1];
  if (verb.kind != TokenKind::Word || verb.has(kCapitalized) || r.in_direct[m.first_token - 1] ||
      !(ed_form(r.lex, verb) || r.lex.in(Words::IrregularPastForms, verb)))
    return -1;
  return mi;
}

// Row A1154: the quotes whose cue is such a noun take its modifier as speaker.
void noun_cue_modifier_speakers(Resolver& r) {
  Annotation& a = r.a;
  for (Quote& q : a.quotes) {
    const std::int32_t mi = modifier_of_noun_cue(r, q);
    if (mi < 0) continue;
    q.speaker = a.mentions[static_cast<std::size_t>(mi)].entity;
    q.speaker_mention = mi;
    q.speaker_from.clear();
  }
}

}  // namespace gazette::quotes

namespace gazette::quotes {

namespace {

// Row A1165: a noun that names a state's government itself (in both state_body_nouns and
// regime_nouns: `government`, `administration`, `military`), not a body of it.
bool government_noun(const Resolver& r, const Token& t) {
  return t.kind == TokenKind::Word && !t.has(kCapitalized) && r.lex.in(Words::StateBodyNouns, t) && r.lex.in(Words::RegimeNouns, t);
}

// Row A1165: an article at token k, then a government noun, then maybe one official noun
// (`the government`, `a government spokesman`), outside quotation marks and names. The token
// after the phrase, or 0 when none stands at k.
std::size_t government_phrase_end(const Resolver& r, std::size_t k, std::size_t end) {
  const Annotation& a = r.a;
  if (k + 1 >= end || r.in_direct[k] || !r.lex.in(Words::Articles, a.tokens[k].lower)) return 0;
  if (!government_noun(r, a.tokens[k + 1]) || r.mention_cover[k + 1] >= 0) return 0;
  std::size_t e = k + 2;
  if (e < end && r.lex.in(Words::OfficialNouns, a.tokens[e]) && r.mention_cover[e] < 0) ++e;
  return e;
}

// Row A1165: whether q's cue has such a phrase as its subject: right before it, auxiliaries
// of subject_gap_words between (`the government has said`, `a government spokesman said`),
// or right after it up to a comma or the sentence's end (`according to a government
// spokesman.`, `said a government spokesman.`).
bool government_speaks(const Resolver& r, const Quote& q) {
  const Annotation& a = r.a;
  const std::size_t cue = cue_token(r, q);
  if (cue == 0 && q.cue_span.empty()) return false;
  const Sentence& st = a.sentences[q.sentence];
  std::size_t k = cue;
  while (k > st.first_token && r.lex.in(Words::SubjectGapWords, a.tokens[k - 1])) --k;
  for (std::size_t b = k >= st.first_token + 3 ? k - 3 : st.first_token; b + 1 < k; ++b)
    if (government_phrase_end(r, b, k) == k) return true;
  std::size_t j = cue + 1 + static_cast<std::size_t>(std::count(q.cue.begin(), q.cue.end(), ' '));  // past the cue's words
  if (!q.cue_span.empty())
    for (j = cue; j < st.end_token && a.tokens[j].span.end <= q.cue_span.end;) ++j;
  const std::size_t e = government_phrase_end(r, j, st.end_token);
  if (e == 0 || (e < st.end_token && a.tokens[e].kind != TokenKind::Punct)) return false;
  return e >= st.end_token || a.tokens[e].norm == "." || a.tokens[e].norm == ",";
}

// Row A1165: the country whose government that is: the country of a place phrase opening
// the sentence (`In Ruritania the cost will rise, according to a government spokesman`: the
// scene it sets), else the only country the document names; -1 when neither.
std::int32_t government_country(const Resolver& r, const Quote& q) {
  const Annotation& a = r.a;
  const Sentence& st = a.sentences[q.sentence];
  std::size_t k = st.first_token;
  while (k < st.end_token && a.tokens[k].kind != TokenKind::Word) ++k;
  if (k + 1 < st.end_token && r.lex.in(Words::LocationPrepositions, a.tokens[k])) {
    std::size_t m = k + 1;
    if (r.lex.in(Words::DefiniteArticles, a.tokens[m]) && m + 1 < st.end_token) ++m;
    if (const std::int32_t mi = r.mention_at[m]; mi >= 0) {
      const std::int32_t e = a.mentions[static_cast<std::size_t>(mi)].entity;
      if (e >= 0 && a.entities[static_cast<std::size_t>(e)].type == EntityType::Country) return e;
    }
  }
  std::int32_t only = -1;
  for (const Mention& m : a.mentions) {
    if (m.entity < 0 || a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Country) continue;
    if (only >= 0 && only != m.entity) return -1;
    only = m.entity;
  }
  return only;
}

}  // namespace

// Row A1165 (GUIDELINES: `The government said` -> the country when the article names it; an
// unnamed spokesman speaks for the body): a quote with no speaker whose cue's subject is
// `the government` or `a government spokesman` is the country whose government it is
// (government_country()): `Ruritania will cut taxes. The government said it would ...`.
void government_speakers(Resolver& r) {
  Annotation& a = r.a;
  for (Quote& q : a.quotes) {
    if (q.speaker >= 0 || q.cue.empty() || !government_speaks(r, q)) continue;
    q.speaker = government_country(r, q);
  }
}

}  // namespace gazette::quotes

namespace gazette::quotes {

namespace {

// Row A1166: a lower-case noun of display_text_nouns at k (`poster`, `slogan`), outside
// quotation marks and names.
bool display_noun(const Resolver& r, std::size_t k) {
  const Token& t = r.a.tokens[k];
  return t.kind == TokenKind::Word && !t.has(kCapitalized) && !r.in_direct[k] && r.mention_cover[k] < 0 &&
         r.lex.in(Words::DisplayTextNouns, t);
}

// Row A1166: the organisation that owns the display noun at k: named right before it, or
// before at most two lower-case modifiers, with or without `'s` (`Harbor Party's new
// posters`, `a Harbor Party poster`, `Harbor Party pig poster`); -1 when none (`the Roe
// poster` names whom it shows, a person, not its owner).
std::int32_t display_owner_at(const Resolver& r, std::size_t k, std::size_t first) {
  const Annotation& a = r.a;
  std::size_t j = k;
  while (j > first && k - j < 2 && a.tokens[j - 1].kind == TokenKind::Word && !a.tokens[j - 1].has(kCapitalized) &&
         !a.tokens[j - 1].has(kPossessive) && r.mention_cover[j - 1] < 0 && !r.in_direct[j - 1])
    --j;
  if (j > first && a.tokens[j - 1].has(kPossessive)) --j;
  if (j <= first || r.mention_cover[j - 1] < 0) return -1;
  const std::int32_t e = a.mentions[static_cast<std::size_t>(r.mention_cover[j - 1])].entity;
  return e >= 0 && a.entities[static_cast<std::size_t>(e)].type == EntityType::Organization ? e : -1;
}

// Row A1166: the words before the display noun at k open the sentence's subject: an
// article or a determiner first, or a name, then only names, `'s` and lower-case modifiers.
bool subject_opening(const Resolver& r, std::size_t first, std::size_t k) {
  const Annotation& a = r.a;
  if (k == first) return false;  // a lone `Posters say` is no campaign's
  const Token& t = a.tokens[first];
  if (!r.lex.in(Words::Determiners, t) && !r.lex.in(Words::Articles, t.lower) && r.mention_cover[first] < 0) return false;
  for (std::size_t j = first + 1; j < k; ++j) {
    const Token& w = a.tokens[j];
    if (r.in_direct[j] || (w.kind != TokenKind::Word && !w.has(kPossessive)) ||
        (w.has(kCapitalized) && r.mention_cover[j] < 0))
      return false;
  }
  return true;
}

// Row A1166: the display noun whose words q's are, or 0: (i) the noun right before a word in
// -ing or -s that stands right before the opening mark, a colon or comma between (`a poster
// trumpeting "Q"`, `a placard reading: "Q"`); (ii) the noun that heads the sentence's
// subject (only an article, a determiner or its owner's phrase before it), a speech verb
// right after it (not a compound's head: `the poster vans would`), the quote later in the
// sentence (`The poster shows Tom Smith ..., saying: "Q"`).
std::size_t display_of_quote(const Resolver& r, const Quote& q) {
  const Annotation& a = r.a;
  const Sentence& st = a.sentences[q.sentence];
  const std::size_t b = a.token_at(q.span.begin);
  if (b < st.first_token + 3 || b > st.end_token || a.tokens[b - 1].kind != TokenKind::Quote) return 0;
  std::size_t v = b - 2;
  if (a.tokens[v].norm == ":" || a.tokens[v].norm == ",") --v;
  const Token& w = a.tokens[v];
  if (v > st.first_token && display_noun(r, v - 1) && w.kind == TokenKind::Word && !w.has(kCapitalized) &&
      (r.lex.ends_in(Words::ParticipleSuffixes, w.lower) || s_form(r.lex, w.lower)))
    return v - 1;
  for (std::size_t k = st.first_token; k < st.first_token + 5 && k + 1 < b; ++k) {
    if (!display_noun(r, k)) continue;
    const SpeechCue* vc = nullptr;
    const bool verb = speech_verb_at(r, k + 1, b, &vc) > 0 && vc->kind == SpeechCue::Kind::Verb;
    return verb && subject_opening(r, st.first_token, k) ? k : 0;
  }
  return 0;
}

// Row A1166: the owner of the display noun at k, else of the last display noun before its
// sentence in the document whose owner is named (`Harbor Party's poster campaign ... a
// poster trumpeting "Q"`), or else the organisation that opens the sentence of such a noun,
// its subject (`The Harbor Party has been criticised for its posters.`); -1 when none.
std::int32_t display_owner(const Resolver& r, std::size_t k, std::uint32_t sentence) {
  const Annotation& a = r.a;
  if (const std::int32_t e = display_owner_at(r, k, a.sentences[sentence].first_token); e >= 0) return e;
  for (std::uint32_t s = sentence; s-- > 0;) {
    const Sentence& st = a.sentences[s];
    bool shown = false;
    for (std::size_t j = st.end_token; j-- > st.first_token;) {
      if (!display_noun(r, j)) continue;
      if (const std::int32_t e = display_owner_at(r, j, st.first_token); e >= 0) return e;
      shown = true;
    }
    std::size_t opens = st.first_token;
    if (opens + 1 < st.end_token && r.lex.in(Words::DefiniteArticles, a.tokens[opens])) ++opens;  // `The Harbor Party`
    if (!shown || r.mention_at[opens] < 0) continue;
    const std::int32_t e = a.mentions[static_cast<std::size_t>(r.mention_at[opens])].entity;
    if (e >= 0 && a.entities[static_cast<std::size_t>(e)].type == EntityType::Organization) return e;
  }
  return -1;
}

}  // namespace

// Row A1166 (GUIDELINES: an organisation speaks when its words are put out; a party's poster
// and slogan are the party's): a quote with no speaker, one carried over from an earlier
// sentence (continuation), or a person named between the display noun and the quote (whom
// the poster shows) takes the organisation that owns the poster (display_of_quote(),
// display_owner()): `The Harbor Party unveiled its poster campaign. The poster shows Tom
// Smith holding a cheque, saying: "Q"` stays Smith's only when no owner is named.
void display_owner_speakers(Resolver& r) {
  Annotation& a = r.a;
  for (Quote& q : a.quotes) {
    if (q.sentence >= a.sentences.size()) continue;
    const std::size_t k = display_of_quote(r, q);
    if (k == 0) continue;
    const bool shown = q.speaker >= 0 && q.speaker_mention >= 0 && q.speaker_from.empty() &&
                       a.mentions[static_cast<std::size_t>(q.speaker_mention)].first_token > k &&
                       a.mentions[static_cast<std::size_t>(q.speaker_mention)].sentence == q.sentence;
    if (q.speaker >= 0 && !shown && q.rule != "continuation") continue;
    const std::int32_t owner = display_owner(r, k, q.sentence);
    if (owner < 0) continue;
    q.speaker = owner;
    q.speaker_mention = -1;
    q.speaker_from.clear();
    q.speaker_span = Span{};
    q.speaker_rule.clear();
    q.speaker_antecedent = -1;
  }
}

namespace {

// Row A1171: the last verb of publishing_verbs in [b, e), outside quotation marks, whose
// object opens right after it (or after a particle of publishing_particles) on a determiner
// and is headed, within four lower-case words, by a noun of authored_text_nouns (`issued a
// statement`, `sent out a fundraising email`, `released its annual letter`); e when none.
std::size_t published_text_verb(const Resolver& r, std::size_t b, std::size_t e) {
  const Annotation& a = r.a;
  for (std::size_t v = e; v-- > b;) {
    if (v + 2 >= e || r.in_direct[v] || !r.lex.in(Words::PublishingVerbs, a.tokens[v]) || a.tokens[v].has(kCapitalized)) continue;
    const std::size_t d = r.lex.in(Words::PublishingParticles, a.tokens[v + 1]) ? v + 2 : v + 1;
    if (d + 1 >= e || !r.lex.in(Words::Determiners, a.tokens[d])) continue;
    for (std::size_t k = d + 1; k < e && k < d + 5; ++k) {
      const Token& w = a.tokens[k];
      if (w.kind != TokenKind::Word || r.in_direct[k] || w.has(kCapitalized)) break;
      if (r.lex.in(Words::AuthoredTextNouns, w)) return v;
    }
  }
  return e;
}

// Row A1171: whether the publisher's mention stands free, not as a preposition's object
// (`The Harbury Museum in Kestby issued a report` names no publisher when the museum is no
// entity: Kestby is only where it stands). True for a resolved speaker (no mention).
bool stands_free(const Resolver& r, std::int32_t mention) {
  if (mention < 0) return true;
  const std::size_t k = r.a.mentions[static_cast<std::size_t>(mention)].first_token;
  return k == 0 || (!r.lex.in(Words::SpeakerPhrasePrepositions, r.a.tokens[k - 1]) && !r.lex.in(Words::OtherPrepositions, r.a.tokens[k - 1]) &&
                    !r.lex.in(Words::OfPrepositions, r.a.tokens[k - 1]));
}

// Row A1171: where the text a quote with no attribution comes from is put out: a publishing
// verb before the opening mark in the quote's sentence, or, when the quote opens its
// sentence, in the sentence before it (same paragraph or the one before). The verb, or 0.
std::size_t published_text_of(const Resolver& r, const Quote& q) {
  const Annotation& a = r.a;
  const Sentence& st = a.sentences[q.sentence];
  const std::size_t open = a.token_at(q.span.begin);
  if (open == 0 || open > st.end_token) return 0;
  if (const std::size_t v = published_text_verb(r, st.first_token, open - 1); v < open - 1) return v;
  if (open > st.first_token + 1 || q.sentence == 0) return 0;
  const Sentence& before = a.sentences[q.sentence - 1];
  if (before.paragraph + 1 < st.paragraph) return 0;
  const std::size_t v = published_text_verb(r, before.first_token, before.end_token);
  return v < before.end_token ? v : 0;
}

}  // namespace

// Row A1171 (GUIDELINES: an organisation or person speaks when its words are put out; tweets
// and letters are quotes): a direct quote that no cue attributed (unattributed) and that
// stands after the publishing of a text, in its sentence or opening the next one, is the
// publisher's, the publishing verb's subject: `The Harbor Party issued a statement on Monday,
// offering "a full apology" to Tom Smith.`, `Jane Roe sent an email to her backers. "We
// need your help now."` The verb becomes the cue.
void published_text_speakers(Resolver& r) {
  Annotation& a = r.a;
  for (Quote& q : a.quotes) {
    if (q.kind != Quote::Kind::Direct || q.speaker >= 0 || !q.cue.empty() || q.sentence >= a.sentences.size()) continue;
    const std::size_t v = published_text_of(r, q);
    if (v == 0) continue;
    std::string from;
    std::int32_t mention = -1;
    const std::int32_t who = r.subject_of(v, a.sentences[r.sentence_of[v]].first_token, from, mention);
    if (who < 0 || !stands_free(r, mention) || a.entities[static_cast<std::size_t>(who)].type == EntityType::Location) continue;
    q.speaker = who;
    q.speaker_mention = mention;
    q.speaker_from = from;
    if (!from.empty()) {
      q.speaker_span = r.last_from().span;
      q.speaker_rule = r.last_from().rule;
      q.speaker_antecedent = r.last_from().antecedent;
    }
    set_cue(a, v, 1, "published-text", q);
  }
}

}  // namespace gazette::quotes
