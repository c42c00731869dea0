// Quotes, indirect: reported clauses after speech verbs (quotes_internal.hpp).
//   X said (that) CLAUSE, X told Y (that) CLAUSE (verbs with "object" in
//   speech_verbs.json), according to X, CLAUSE / CLAUSE, according to X, CLAUSE, X said,
//   CLAUSE, said X (inverted), X repeated his view that CLAUSE (statement_nouns). Without "that" the verbs
//   marked "that_optional" introduce any clause (those also marked "np_object" one that
//   shows a finite verb: finite_clause), other reporting verbs one that shows
//   its subject and finite verb (thatless_clause). NAME: CLAUSE opening a headline or a
//   paragraph (colon_report). X's claim that CLAUSE (possessor_report).
//   X asked (Y) whether/why ... CLAUSE (question_clause: verbs whose complements take a question).
//   X was asked by Y whether CLAUSE (passive_question_clause: the named agent Y asks).
//   X asked Y to VP (request_clause: a request verb's object and infinitive, as after urged).
//   As X reported, CLAUSE and As reported by X, CLAUSE (as_report).
#include "quotes_internal.hpp"

#include "clause_openers.hpp"
#include "token_walk.hpp"  // next_token_where()

#include "gazette/dates.hpp"

#include <algorithm>
#include <optional>
#include <utility>

namespace gazette::quotes {

namespace {

// Where a reported clause stands: tokens [begin, end).
struct Clause {
  std::size_t begin = 0, end = 0;
  bool around = false;  // the sentence around a parenthetical attribution: not cut further
  bool thatless = false;  // opened without `that` after a verb not marked that_optional (thatless_clause)
  // around: the attribution's opening comma and the token after its closing comma (rule A1065)
  std::size_t attribution = 0, resume = 0;
};

// The text holds three spaces or more (four words or more): stops at the third
// (memchr through find()) instead of counting every byte of the quote.
bool three_spaces(std::string_view text) {
  std::size_t p = 0;
  for (int n = 0; n < 3; ++n, ++p)
    if ((p = text.find(' ', p)) == std::string_view::npos) return false;
  return true;
}

// Verbs that attributed a direct quote of four words or more introduce nothing else
// (partial quotes leave their verb to the reported clause).
std::vector<char> cues_used(const Annotation& a) {
  std::vector<char> used(a.tokens.size(), 0);
  for (const auto& q : a.quotes) {
    if (q.cue_span.empty() || !three_spaces(a.text(q.span))) continue;
    const std::size_t k = a.token_at(q.cue_span.begin);
    if (k < a.tokens.size() && a.tokens[k].span.begin == q.cue_span.begin) used[k] = 1;
  }
  return used;
}

// Where a clause before its attribution opens: after the last colon or semicolon outside
// quotation marks and brackets in [b, e) (rule A85: `the tax has not made the U.K. less
// attractive: London was the capital of finance in 2015, according to one index`; not
// `30bn baht (£398m; $768m) in earnings`), else b.
std::size_t after_last_colon(const Resolver& r, std::size_t b, std::size_t e) {
  int brackets = 0;
  for (std::size_t k = e; k > b + 1; --k) {
    const Token& t = r.a.tokens[k - 1];
    brackets += t.norm == ")" ? 1 : t.norm == "(" && brackets > 0 ? -1 : 0;
    if ((t.norm == ":" || t.norm == ";") && brackets == 0 && !r.in_direct[k - 1]) return k;
  }
  return b;
}

// Whether `according to` at v opens its sentence but for an opener (rule A284): after the
// last colon (after_last_colon), only punctuation, discourse markers and coordinators
// (`But, according to the poll,`, `(According to the police,`, `And it hasn't gone
// unnoticed: According to recent polls,`), or two words opening on a preposition or a
// time word and a comma (`In addition, according to the department,`, `For Trump,
// according to X,`; not a subject and its verb, `G4S receives, according to one report,`,
// nor one word, `This, according to the trader, was ...`).
bool opens_after_opener(const Resolver& r, const Sentence& st, std::size_t v) {
  const Annotation& a = r.a;
  std::size_t open = after_last_colon(r, st.first_token, v);
  while (open < v && (a.tokens[open].kind == TokenKind::Punct || a.tokens[open].kind == TokenKind::Quote ||
                      r.lex.in(Words::DiscourseMarkers, a.tokens[open]) || r.lex.in(Words::Coordinators, a.tokens[open])))
    ++open;
  if (open == v) return true;
  if (v - open != 3 || a.tokens[v - 1].norm != "," || r.in_direct[v - 1] ||
      !(r.lex.in(Words::BeforeThat, a.tokens[open]) || r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[open])))
    return false;
  for (std::size_t j = open; j + 1 < v; ++j)
    if (a.tokens[j].kind != TokenKind::Word || r.in_direct[j]) return false;
  return true;
}

bool dash_before(const Resolver& r, const Sentence& st, std::size_t b);

// Whether `according to` at v closes the clause before it: after a comma, or after a dash
// that closes an aside (rule A613: `CLAUSE -- including X and Y -- according to the FBI`).
bool clause_before_according(const Resolver& r, const Sentence& st, std::size_t v) {
  const Token& before = r.a.tokens[v - 1];
  return before.norm == "," || (before.norm == "--" && !r.in_direct[v - 1] && dash_before(r, st, v - 1));
}

// Whether the phrase after `according to` at b names what something conforms to, no source
// (rule A621): its head, the last of up to five lower-case words before a preposition or
// punctuation, is a word of conformity_nouns (`played -- as always -- according to the old
// rules`, `taxed according to the value of the house`, `according to his wishes`).
bool conformity_phrase(const Resolver& r, const Sentence& st, std::size_t b) {
  std::size_t j = b;
  while (j < st.end_token && j - b < 5 && !r.in_direct[j] && r.a.tokens[j].kind == TokenKind::Word && !r.a.tokens[j].has(kCapitalized) &&
         !r.lex.in(Words::NotClauseOpeners, r.a.tokens[j]))
    ++j;
  return j > b && r.lex.in(Words::ConformityNouns, r.a.tokens[j - 1]);
}

bool finite_ending(const Lexicons& lex, const Token& w);
bool holds_own_cue(const Resolver& r, std::size_t b, std::size_t e);
bool adverbial_only(const Resolver& r, std::size_t b, std::size_t e);
bool quote_mark_in(const Resolver& r, std::size_t b, std::size_t e);
void around_attribution(const Resolver& r, const Sentence& st, std::size_t k, std::size_t resume, Clause& c);

// Row A1145 (widens A85 as A32 reads `X said`): `according to X` set off by commas between
// a subject and its predicate, or after a fronted adverbial, reports the sentence around it
// in two pieces, not the words before it alone: `The problem, according to Tom Smith, is
// the cost.`, `Fares, according to the Lindon board, have risen.`, `Over the long term,
// according to the budget office, the debt will grow.` The phrase closes on a comma (at
// comma) with three tokens or more after it, outside quotation marks; the text before it
// (from its last colon) is only an adverbial (adverbial_only), or it shows no verb of its
// own (no lower-case finite auxiliary, copula or past form: a form in -s may be a plural,
// `The new fares`) and the text after the comma opens on a lower-case finite auxiliary,
// copula or finite verb: its predicate. Not `Sales fell, according to the board, and ...`
// (a clause before), nor `according to Jane Roe, a senior director, ...` after a subject
// with no predicate after it. Not after a relative word or complementizer (`a PC that,
// according to X, has ...`: the phrase is inside the relative clause), nor before a text
// that holds a verb of saying of its own (holds_own_cue: `Although sales rose, according
// to the figures, the board said ...`: the phrase goes with the clause before).
bool according_around(const Resolver& r, const Sentence& st, std::size_t v, std::size_t comma) {
  const Annotation& a = r.a;
  if (comma + 3 >= st.end_token || a.tokens[comma].norm != "," || r.in_direct[comma + 1] || a.tokens[v - 1].norm != ",") return false;
  const std::size_t open = after_last_colon(r, st.first_token, v - 1);
  if (open + 1 >= v || quote_mark_in(r, open, v - 1) || r.lex.in(Words::RelativeWords, a.tokens[v - 2]) ||
      r.lex.in(Words::Complementizers, a.tokens[v - 2]) || holds_own_cue(r, comma + 1, st.end_token))
    return false;
  if (adverbial_only(r, open, v - 1)) return true;
  auto verb = [&](const Token& t) {
    return t.kind == TokenKind::Word && !t.has(kCapitalized) &&
           (finite_auxiliary(r.lex, t) || r.lex.in(Words::Copulas, t) || r.lex.in(Words::NegativeAuxiliaries, t) || finite_past(r.lex, t));
  };
  for (std::size_t j = open; j + 1 < v; ++j)
    if (verb(a.tokens[j])) return false;
  const Token& t = a.tokens[comma + 1];
  return verb(t) || (t.kind == TokenKind::Word && !t.has(kCapitalized) && finite_ending(r.lex, t));
}

// according to X, CLAUSE  |  CLAUSE, according to X
bool according_to(Resolver& r, const Sentence& st, std::size_t v, std::size_t n, Attribution& at, Clause& c) {
  const Annotation& a = r.a;
  if (conformity_phrase(r, st, v + n)) return false;
  std::size_t comma = v + n;
  while (comma < st.end_token && a.tokens[comma].norm != "," && comma - v < 20) ++comma;
  at.speaker = r.noun_phrase(v + n, comma, at.from, at.mention);
  if (comma < st.end_token && a.tokens[comma].norm == "," && (v == st.first_token || opens_after_opener(r, st, v))) {
    c.begin = comma + 1;
  } else if (v > st.first_token && according_around(r, st, v, comma)) {
    around_attribution(r, st, v - 1, comma + 1, c);
  } else if (v > st.first_token + 3 && clause_before_according(r, st, v)) {
    c.begin = after_last_colon(r, st.first_token, v - 1);
    c.end = v - 1;
  } else {
    return false;
  }
  return true;
}

bool in_verb_slot(const Resolver& r, std::size_t v);
bool finite_ending(const Lexicons& lex, const Token& w);

bool currency_amount(const Resolver& r, const Sentence& st, std::size_t k);

// The number after a run of one to three words that modify it at k (word list
// number_modifiers: `about 20`, `at least six`, `more than 40`, `as many as 3,000`): a number
// or a numeral (quantifier_determiners), so the phrase opens a that-less clause's subject
// (rule A520: `said about 20 people have died`, `reported at least four boats were ...`);
// k when none (`said about the plan`, `said at the time`).
std::size_t after_number_modifier(const Resolver& r, const Sentence& st, std::size_t k) {
  std::size_t j = k;
  while (j < st.end_token && j - k < 3 && !r.in_direct[j] && r.lex.in(Words::NumberModifiers, r.a.tokens[j])) ++j;
  if (j == k || j >= st.end_token || r.in_direct[j]) return k;
  if (currency_amount(r, st, j)) return j + 1;  // row A1140: `about $20 million`, the amount after its sign
  const Token& t = r.a.tokens[j];
  return t.kind == TokenKind::Number || (t.kind == TokenKind::Word && !t.has(kCapitalized) && r.lex.in(Words::QuantifierDeterminers, t) &&
                                         !r.lex.in(Words::NumberModifiers, t))
             ? j
             : k;
}


// Whether token j may stand in the adjuncts and hearer between a reporting verb and its
// `that` (adjunct_run_that): a word or number that is no finite auxiliary or copula,
// complementizer, relative, interrogative or subordinating word, nominative pronoun or
// speech verb in a verb's slot (`in a statement`, `in his report` pass); a possessive mark, a hyphen, a dash or a comma (a parenthetical, a place's
// state); a quotation mark or a word inside marks, a title (`MSNBC's "Morning Joe"`).
bool adjunct_token(const Resolver& r, const Sentence& st, std::size_t j) {
  const Token& t = r.a.tokens[j];
  if (t.kind == TokenKind::Quote || t.has(kPossessive)) return true;
  if (t.kind == TokenKind::Punct) return t.norm == "," || t.norm == "-" || t.norm == "--";
  const bool lower = t.kind == TokenKind::Word && !t.has(kCapitalized);
  const SpeechCue* vc = nullptr;
  const bool speech_verb = speech_verb_at(r, j, st.end_token, &vc) && vc->kind == SpeechCue::Kind::Verb && in_verb_slot(r, j);
  return !(lower && (r.lex.in(Words::FiniteAuxiliaries, t) || r.lex.in(Words::Copulas, t) || r.lex.in(Words::NominativePronouns, t) ||
                     speech_verb)) &&
         !r.lex.in(Words::Complementizers, t) && !r.lex.in(Words::RelativeWords, t) && !r.lex.in(Words::InterrogativeWords, t) &&
         !r.lex.in(Words::Subordinators, t);
}

// A number right after a capitalised word, part of a name (`ABC 7`, `Channel 4`; rule A487).
bool name_number(const Annotation& a, std::size_t j) {
  return a.tokens[j].kind == TokenKind::Number && j > 0 && a.tokens[j - 1].kind == TokenKind::Word && a.tokens[j - 1].has(kCapitalized);
}

// A coordinator at j between two capitalised words of a hearer that opened at b joins
// names, or the words of one (rule A664: `told The Post and Courier newspaper of
// Charleston on Saturday that`, `told Smith and Jones that`): it does not end the hearer.
bool coordinator_in_name(const Annotation& a, std::size_t j, std::size_t b, std::size_t end) {
  auto capitalised = [&](std::size_t k) { return a.tokens[k].kind == TokenKind::Word && a.tokens[k].has(kCapitalized); };
  return j > b && j + 1 < end && capitalised(j - 1) && capitalised(j + 1);
}

// The end of a verb's hearer at k (adjunct_run_that; rule A283): a name and up to eight
// tokens of its phrase, or up to eight words, capitalised or not (`members of the AFL-CIO
// executive council`, `a Wall Street Journal lunch group`, `Sen. Jane Roe`, `The New York
// Times editorial board`), possessives and, after one, a quoted title (`MSNBC's "Morning
// Joe"`), a number after a capitalised word (`ABC 7`, A487: name_number), with no
// auxiliary or copula, coordinator (but between capitalised words, A664), complementizer or relative word, or preposition but
// `of`; k when none.
std::size_t hearer_end(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  std::size_t j = r.mention_at[k] >= 0 ? a.mentions[static_cast<std::size_t>(r.mention_at[k])].end_token : k;
  bool title = false;
  for (const std::size_t b = k; j < st.end_token && j - b < 8; ++j) {
    const Token& t = a.tokens[j];
    title = r.in_direct[j] && (title || (j > b && a.tokens[j - 1].has(kPossessive)));
    if (r.in_direct[j] && !title) break;
    if (title) continue;
    if ((t.kind != TokenKind::Word && !t.has(kPossessive) && !(j > b && name_number(a, j))) || r.lex.in(Words::FiniteAuxiliaries, t) || r.lex.in(Words::Copulas, t) ||
        (r.lex.in(Words::Coordinators, t) && !coordinator_in_name(a, j, b, st.end_token)) || r.lex.in(Words::Complementizers, t) || r.lex.in(Words::RelativeWords, t) ||
        (r.lex.in(Words::NotClauseOpeners, t) && !r.lex.in(Words::OfPrepositions, t)))
      break;
  }
  return j;
}

// The tokens of a place's state set off by commas, from the comma at j (`in Camden, New
// Jersey, that`): a capitalised word, the comma, a place's name and a comma after it. The
// run of adjunct_run_that does not count them against its limit (rule A524); 0 when none.
std::size_t state_after_place(const Resolver& r, const Sentence& st, std::size_t j) {
  const Annotation& a = r.a;
  if (a.tokens[j].norm != "," || j == 0 || j + 2 >= st.end_token || !a.tokens[j - 1].has(kCapitalized) || r.mention_at[j + 1] < 0) return 0;
  const Mention& m = a.mentions[static_cast<std::size_t>(r.mention_at[j + 1])];
  if (m.type != EntityType::Location || m.end_token >= st.end_token || a.tokens[m.end_token].norm != ",") return 0;
  return m.end_token + 1 - j;
}

// A word that opens an aside after a comma (rule A662): a relative, interrogative or
// subordinating word (`, where he works,`, `, which aired Sunday,`, `, when asked,`), not a
// declarative complementizer (`said on Sunday, that ...` opens the clause).
bool aside_opener(const Resolver& r, const Token& t) {
  return (r.lex.in(Words::RelativeWords, t) || r.lex.in(Words::InterrogativeWords, t) || r.lex.in(Words::Subordinators, t)) &&
         !r.lex.in(Words::DeclarativeComplementizers, t);
}

// A preposition at h that opens a phrase of place, means, company or time span between a
// reporting verb and its `that` (rule A701): a word of place_prepositions,
// comitative_prepositions or agent_prepositions (`explained through a spokesman that`,
// `announced via Twitter that`, `told him by phone that`, `agreed with Jane Roe that`), or
// of time_limit_prepositions with a word of time_measure_words or time_phrase_nouns within
// three tokens (`said for years that`, `has said for six months that`; not `demands for
// independence and ...`); no topic (topic_prepositions: `complained about the plan that
// ...` reads the plan's relative clause), no infinitive marker, no verb form of the place
// list (in -ed or -ing: `visited`, `visiting`), and an object before any `that` (`agreed
// with that ...`: a demonstrative).
bool manner_preposition(const Resolver& r, const Sentence& st, std::size_t h) {
  const Token& t = r.a.tokens[h];
  if (h + 1 >= st.end_token || t.kind != TokenKind::Word || t.has(kCapitalized) || r.lex.in(Words::TopicPrepositions, t) ||
      r.lex.in(Words::InfinitiveMarkers, t) || ed_form(r.lex, t) || r.lex.ends_in(Words::ParticipleSuffixes, t.lower) ||
      r.lex.in(Words::DeclarativeComplementizers, r.a.tokens[h + 1]))
    return false;
  if (r.lex.in(Words::PlacePrepositions, t) || r.lex.in(Words::ComitativePrepositions, t) || r.lex.in(Words::AgentPrepositions, t)) return true;
  if (!r.lex.in(Words::TimeLimitPrepositions, t)) return false;
  for (std::size_t j = h + 1; j < st.end_token && j - h <= 3; ++j)
    if (r.lex.in(Words::TimeMeasureWords, r.a.tokens[j]) || r.lex.in(Words::TimePhraseNouns, r.a.tokens[j])) return true;
  return false;
}

// Whether a phrase of manner_preposition may follow the reporting verb at v (rule A701): an
// active finite form, not one in -ing (`Despite denying for decades that X, the firms ...`,
// `Writing for a panel that ...`: an adverbial or a noun's phrase whose end is out of
// sight), nor a passive (a copula before it, over one adverb: `was also told by soldiers
// that`, the agent the speaker), nor one in -s right after a lower-case form in -ed or
// -ing, a noun there (`fundraising reports through Jan. 31 that`, `released notes from X
// that`).
bool finite_before_manner(const Resolver& r, const Sentence& st, std::size_t v) {
  const Annotation& a = r.a;
  const std::string_view form = a.tokens[v].lower;
  if (r.lex.ends_in(Words::ParticipleSuffixes, form)) return false;
  for (std::size_t b = v; b > st.first_token && v - b < 2; --b) {
    const Token& p = a.tokens[b - 1];
    if (r.lex.in(Words::Copulas, p)) return false;
    if (!(ly_adverb(r.lex, p) || r.lex.in(Words::BeforeThat, p))) break;
  }
  if (!r.lex.ends_in(Words::PresentSSuffixes, form) || v == st.first_token) return true;
  const Token& p = a.tokens[v - 1];
  return !(p.kind == TokenKind::Word && !p.has(kCapitalized) && (ed_form(r.lex, p) || r.lex.ends_in(Words::ParticipleSuffixes, p.lower)));
}

// The `that` of a reporting verb after its hearer and adjuncts at k (rule A281), 0 when
// there is none. The hearer (verbs with "object": hearer_end; a possessive may go on with
// the rest of its phrase: `told MSNBC's "Morning Joe"`), then a phrase of time or place
// (before_that), a manner adverb in -ly or a parenthetical (right after the verb only
// when `inflected`, a form other than the lemma), up to fourteen adjunct tokens in all (adjunct_token) with commas
// and dashes in pairs (a hyphen glued to both neighbours is none), an infinitive marker
// only before a name, a determiner or a number (`called on X to attack the oil that funds
// ...` is no report), no more than eight tokens inside quotation marks (a title, not a
// quote), any words between a pair of dashes (rule A523: `said -- on Twitter, as it
// happens -- that`) or between a comma before a relative, interrogative or subordinating
// word and the next comma (rule A662, aside_opener: `said on CNN, where he is now a paid
// contributor, that`), up to sixteen and not
// counted against the fourteen, a place's state set off by commas uncounted (state_after_place); after `that` and any adverbs no finite auxiliary, copula or verb in -ed or -s
// (`said in a statement that was released` is a relative clause): `told MSNBC's "Morning
// Joe" that`, `complained to CBS News' Charlie Rose that`, `told a crowded banquet hall at
// a hotel in downtown Baltimore that`, `telling Sen. X, chairman of the Y Committee,
// that`, `said, in a statement, that`.
std::size_t adjunct_run_that(const Resolver& r, const Sentence& st, std::size_t k, const SpeechCue& vc, bool inflected, bool manner_ok) {
  const Annotation& a = r.a;
  if (k >= st.end_token) return 0;
  const std::size_t h = vc.takes_object ? hearer_end(r, st, k) : k;
  const bool parenthetical = h < st.end_token && (a.tokens[h].norm == "," || a.tokens[h].norm == "--") && (h > k || inflected);
  // a manner adverb (rule A282): `said explicitly that`, `argued insistently that`
  const bool adverb = h < st.end_token && ly_adverb(r.lex, a.tokens[h]);
  const bool manner = manner_ok && h < st.end_token && manner_preposition(r, st, h);
  if (h >= st.end_token || (!r.lex.in(Words::BeforeThat, a.tokens[h]) && !manner && !parenthetical && !adverb && !(h > k && a.tokens[h].has(kPossessive)) &&
                            !(h > k && r.lex.in(Words::DeclarativeComplementizers, a.tokens[h]))))
    return 0;
  std::size_t quoted = 0, marks = 0;
  bool aside = false;  // between a pair of dashes any words may stand (rule A523)
  bool relative = false;  // so between a comma and a relative word and the next comma (rule A662)
  std::size_t state = 0;  // a place's state set off by commas is not counted (rule A524)
  std::size_t skipped = 0;  // nor the words of an aside (A662), up to sixteen
  for (std::size_t j = h; j + 1 < st.end_token && j - k <= 14 + state + skipped; ++j) {
    const Token& t = a.tokens[j];
    const Token& next = a.tokens[j + 1];
    if (!aside && !relative && !r.in_direct[j]) state += state_after_place(r, st, j);
    if (!relative && !r.in_direct[j] && t.norm == "--") {
      aside = !aside;
    } else if (!aside && !r.in_direct[j] && t.norm == "," && (relative || (j > h && aside_opener(r, next)))) {
      relative = !relative;
      ++marks;
      continue;
    } else if (aside || relative) {
      if (++skipped > 16) return 0;
      continue;
    }
    if (j > k && !r.in_direct[j] && r.lex.in(Words::DeclarativeComplementizers, t)) {
      std::size_t w = j + 1;  // over adverbs: `an economy that still ranks`
      while (w + 1 < st.end_token && (r.lex.in(Words::DiscourseMarkers, a.tokens[w]) || ly_adverb(r.lex, a.tokens[w]))) ++w;
      const Token& after = a.tokens[w];
      const bool verb = after.kind == TokenKind::Word && !after.has(kCapitalized) &&
                        (r.lex.in(Words::FiniteAuxiliaries, after) || r.lex.in(Words::Copulas, after) || finite_ending(r.lex, after));
      return verb || marks % 2 != 0 ? 0 : j;
    }
    if (r.lex.in(Words::InfinitiveMarkers, t) && !next.has(kCapitalized) && !r.lex.in(Words::Determiners, next) &&
        next.kind != TokenKind::Number)
      return 0;
    quoted += r.in_direct[j] ? 1 : 0;
    const bool hyphen = t.norm == "-" && a.tokens[j - 1].span.end == t.span.begin && t.span.end == next.span.begin;
    marks += !r.in_direct[j] && (t.norm == "," || t.norm == "--" || (t.norm == "-" && !hyphen)) ? 1 : 0;
    if (quoted > 8 || !adjunct_token(r, st, j)) return 0;
  }
  return 0;
}

bool nominative_clause(const Resolver& r, const Sentence& st, std::size_t k);
bool existential_clause(const Resolver& r, const Sentence& st, std::size_t k);
bool subject_and_auxiliary(const Resolver& r, const Sentence& st, std::size_t k, bool after_hearer = false, bool compounds = false);
bool name_and_past(const Resolver& r, const Sentence& st, std::size_t k);
bool finite_report_verb(const Resolver& r, const Sentence& st, std::size_t v);
bool named_subject_before(const Resolver& r, std::size_t v, const Attribution& at);
bool quantifier_and_auxiliary(const Resolver& r, const Sentence& st, std::size_t k);
bool subject_and_simple_verb(const Resolver& r, const Sentence& st, std::size_t k);
bool bare_plural_and_auxiliary(const Resolver& r, const Sentence& st, std::size_t v, std::size_t k);
bool preposition_word(const Lexicons& lex, const Token& t);
bool relative_in_subject(const Resolver& r, const Sentence& st, std::size_t k);
bool plural_noun(const Lexicons& lex, const Token& t);

// Whether token j may stand in the hearer of a verb before its that-less clause
// (hearer_clause_start): a word or a possessive mark outside quotation marks that is no
// finite auxiliary, copula, coordinator, complementizer, relative word, preposition
// (not_clause_openers) or pronoun that is only nominative, nor a lower-case form in -ed of
// any length (ed_form).
bool hearer_token(const Resolver& r, std::size_t j) {
  const Token& t = r.a.tokens[j];
  return !r.in_direct[j] && (t.kind == TokenKind::Word || t.has(kPossessive) || name_number(r.a, j)) && !r.lex.in(Words::FiniteAuxiliaries, t) &&
         !r.lex.in(Words::Copulas, t) && !r.lex.in(Words::Coordinators, t) && !r.lex.in(Words::Complementizers, t) &&
         !r.lex.in(Words::RelativeWords, t) && !r.lex.in(Words::InterrogativeWords, t) && !r.lex.in(Words::NotClauseOpeners, t) &&
         !(r.lex.in(Words::NominativePronouns, t) && !r.lex.in(Words::ObjectPronouns, t)) && !(!t.has(kCapitalized) && ed_form(r.lex, t));
}

// Whether a run of capitalised words opens at j and is followed right away by a determiner,
// a quantifier or predeterminer (quantifier_determiners, rule A506: `told news agency
// Reuters such a move ...`, `told Reuters several officials ...`) or a nominative pronoun
// (rule A496): two phrases side by side, the name ending the hearer (`told BBC News the
// plan ...`, `told BBC Radio Five Live his choice ...`), so no clause opens at j.
bool hearer_name_ends(const Resolver& r, const Sentence& st, std::size_t j) {
  const Annotation& a = r.a;
  std::size_t m = j;
  while (m < st.end_token && a.tokens[m].kind == TokenKind::Word && a.tokens[m].has(kCapitalized) && !r.in_direct[m]) ++m;
  const Token& t = a.tokens[m];
  return m > j && m < st.end_token &&
         (r.lex.in(Words::Determiners, t) || r.lex.in(Words::QuantifierDeterminers, t) || r.lex.in(Words::NominativePronouns, t));
}

// The first token of a that-less clause after the hearer at k of a verb that takes one
// (speech_verbs.json "object"; rule A485): the hearer is a name, an object pronoun or a
// noun phrase of up to six tokens (hearer_token; no interrogative word nor lower-case form
// in -ed: `told the visitor increased trade ...`), then, after any time words
// (after_time_words), a clause that opens where no name goes on (nor a name's number and
// a capitalised word after it: `BBC 6 Music`, A487; nor a name that ends the hearer:
// hearer_name_ends) and no determiner or possessive waits for its noun, on no time word.
// One pass over the hearer: a nominative pronoun and its verb up to eight tokens on
// (nominative_clause: `told host Jane Roe he would`) comes first, wherever it opens; else
// the first subject and finite auxiliary with no interrogative word between, within six
// tokens (subject_and_auxiliary after a hearer, which may open on a quantifier too): `told
// reporters the plan would fail`, `told the BBC the vote had`, `told him the banks are`,
// `told reporters on Monday the plan would` (before: the hearer opened the content, or a
// name as hearer hid the clause); k when none.
std::size_t hearer_clause_start(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  std::size_t subject_clause = k;
  for (std::size_t j = k + 1; j < st.end_token && j - k <= 8 && hearer_token(r, j - 1); ++j) {
    const Token& p = a.tokens[j - 1];
    if ((r.mention_cover[j] >= 0 && r.mention_at[j] != r.mention_cover[j]) || r.lex.in(Words::Determiners, p) || p.has(kPossessive) ||
        name_number(a, j) || (name_number(a, j - 1) && a.tokens[j].has(kCapitalized)) || hearer_name_ends(r, st, j))
      continue;
    for (const std::size_t c : {after_time_words(r, st, j), j}) {
      if (c >= st.end_token || r.lex.in(Words::DeclarativeComplementizers, a.tokens[c]) || r.lex.in(Words::BeforeThat, a.tokens[c])) continue;
      if (nominative_clause(r, st, c) || existential_clause(r, st, c)) return c;
      if (subject_clause == k && j - k <= 6 && subject_and_auxiliary(r, st, c, true)) subject_clause = c;
    }
  }
  return subject_clause;
}

// Whether the clause at j after the phrase of place or time that opens at k reads as a
// relative clause of the phrase's noun (rule A495): the phrase holds a determiner, and the
// clause is its pronoun, a finite auxiliary that is no copula, a past participle (a form
// in -ed or an irregular one, past_participle, rule A561: `she had written`) and then no
// object: the end of the sentence, punctuation or a preposition (not_clause_openers):
// `said in a statement she had released on Monday.`, `said at a rally they had organised
// in the park` (not `they had launched an inquiry`, `he was arrested on Monday`, `said in
// court they had worked for years`).
bool relative_after_adjunct(const Resolver& r, const Sentence& st, std::size_t k, std::size_t j) {
  const Annotation& a = r.a;
  bool determiner = false;
  for (std::size_t i = k + 1; i < j; ++i) determiner = determiner || r.lex.in(Words::Determiners, a.tokens[i]);
  if (!determiner || j + 3 > st.end_token || r.lex.in(Words::Copulas, a.tokens[j + 1]) || !r.lex.in(Words::FiniteAuxiliaries, a.tokens[j + 1]) ||
      !past_participle(r.lex, a.tokens[j + 2]))
    return false;
  if (j + 3 == st.end_token) return true;
  const Token& n = a.tokens[j + 3];
  return n.kind == TokenKind::Punct || r.lex.in(Words::NotClauseOpeners, n);
}

// The first token of a that-less clause after a phrase of place or time at k (rule A489):
// a preposition (speaker_phrase_prepositions, not the infinitive marker) and up to ten
// words or numbers that may stand between a verb and its `that` (adjunct_token), then a
// nominative pronoun (A612: `it`, `you` too) and a lower-case finite auxiliary,
// copula or negative auxiliary, or a nominative pronoun contracted with its auxiliary:
// `said after the convention he would not accept ...`, `says in both letters he was
// ...`, `said in a statement it is investigating` (verbs of saying, that_optional, in a
// form other than the lemma; A612: any reporting verb's past form, `announced on her
// blog she had been fired`); no coordinator in the phrase (A612: `agrees with this and
// quite frankly it is`); not a relative clause with no auxiliary (`said in a statement he released`), nor
// after a time phrase that A54 reads (`said on Tuesday the first thing he would do ...`
// opens on its subject); nor after a phrase that names the report's topic (rule A620,
// topic_prepositions: `complained about the noise it was making`, a relative clause); k when none.
std::size_t clause_after_adjunct(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  if (k + 2 >= st.end_token || r.in_direct[k] || !r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[k]) ||
      r.lex.in(Words::InfinitiveMarkers, a.tokens[k]) || r.lex.in(Words::TopicPrepositions, a.tokens[k]))
    return k;
  for (std::size_t j = k + 2; j + 1 < st.end_token && j - k <= 11; ++j) {
    const Token& t = a.tokens[j - 1];
    if (r.in_direct[j - 1] || (t.kind != TokenKind::Word && t.kind != TokenKind::Number) || !adjunct_token(r, st, j - 1) ||
        r.lex.in(Words::Coordinators, t))
      return k;
    const Token& p = a.tokens[j];
    const Token& w = a.tokens[j + 1];
    if (contracted_subject(r.lex, p) && !w.has(kCapitalized)) return j;
    if (r.lex.in(Words::NominativePronouns, p) && !w.has(kCapitalized) &&
        (r.lex.in(Words::FiniteAuxiliaries, w) || r.lex.in(Words::Copulas, w) || r.lex.in(Words::NegativeAuxiliaries, w)))
      return relative_after_adjunct(r, st, k, j) ? k : j;
  }
  return k;
}

// Row 23.250: whether an entry of the list longer than `first` is a prefix of `first`, a
// space and `second` (`played down` of `played` `down`; not `played` `dough`): what
// starts_in() of the two words joined says once starts_in() of `first` alone said no (an
// entry no longer than `first` is a prefix of the phrase only when it is one of `first`),
// without building the phrase, a string made for each word tested.
bool phrase_starts_in(const Lexicons& lex, Words list, std::string_view first, std::string_view second) {
  for (const std::string& entry : lex.words(list)) {
    const std::string_view e = entry;
    if (e.size() > first.size() && e[first.size()] == ' ' && e.starts_with(first) && second.starts_with(e.substr(first.size() + 1)))
      return true;
  }
  return false;
}

// A verb of rejection at v (word list rejection_verb_stems): a word with a listed stem
// (`denied`, `rubbished`, `downplays`) or, with the next word, a phrasal verb listed by its
// forms (row A1114: `played down reports that`, `has been playing down the idea that`).
bool rejection_verb_at(const Resolver& r, std::size_t v) {
  const Annotation& a = r.a;
  if (r.lex.starts_in(Words::RejectionVerbStems, a.tokens[v].lower)) return true;
  if (v + 1 >= a.tokens.size() || a.tokens[v + 1].kind != TokenKind::Word) return false;
  return phrase_starts_in(r.lex, Words::RejectionVerbStems, a.tokens[v].lower, a.tokens[v + 1].lower);
}

// The object of a verb of rejection at v (word list rejection_verb_stems: `denied`,
// `rejected`, `dismissed`) that names what was said or proposed, followed by the claim
// itself (rule A1110; SEEDS-NOTES keeps denials, as the dev gold does one with no `that`):
// up to three lower-case words (`the`, `fresh`, `any such`; no
// possessive: `rejected his claim that` is his report, possessor_report()) and a noun
// of statement_nouns, claim_nouns or plan_nouns (`the idea`, `reports`, `suggestions`),
// then `that` (returned: the clause follows it) or, after a noun of what was said, a clause
// with its own subject that opens in lower case (returned: the clause's first token; `denied
// reports she had quit`; not `rejected the plan he drew up`, a relative clause, nor a
// headline's run-on `rejects criticism Tom Smith has ...`). 0 when there is none.
// Rule A1110 (mended in s56-mendsF): whether the clause at k after a claim noun leaves
// its verb's object slot empty (its subject, at most one auxiliary, a lower-case past form,
// then only time words up to the clause's end: `the report he commissioned last year`):
// after a determiner, a relative clause on the noun, not the claim itself. An
// intransitive verb reads the same (`the report she had resigned`): no word list tells.
bool object_gap(const Resolver& r, const Sentence& st, std::size_t k) {
  const auto& t = r.a.tokens;
  std::size_t e = k;
  while (e < st.end_token && !r.in_direct[e] && t[e].kind == TokenKind::Word) ++e;
  std::size_t p = e;
  while (p > k + 1 && !t[p - 1].has(kCapitalized) && (r.lex.in(Words::BeforeThat, t[p - 1]) || r.lex.in(Words::TimePhraseNouns, t[p - 1]))) --p;
  if (p <= k + 1 || p - k > 3) return false;
  const Token& v = t[p - 1];
  return !v.has(kCapitalized) && (ed_form(r.lex, v) || irregular_past(r.lex, v));
}

// Whether the clause at k has a subject of its own (rule A1110, mended in s56-mendsF): a
// nominative pronoun and its verb, the existential subject, or a subject and a finite
// auxiliary (`denied the claim that the report was late`).
bool own_subject_clause(const Resolver& r, const Sentence& st, std::size_t k) {
  return nominative_clause(r, st, k) || existential_clause(r, st, k) || subject_and_auxiliary(r, st, k);
}

// Row 23.327 (issue #23): the object's words are read before the verb is asked whether it
// is one of rejection (rejection_verb_at(), a walk over the list's entries, twice for its
// phrasal ones), which is asked only once a noun of what was said or proposed is found: the
// same answer, as both must hold (`said the fares would rise`: no such noun among `the
// fares would rise`, so `said` is never looked up; `denied reports that ...` still is).
std::size_t rejected_object_clause(const Resolver& r, const Sentence& st, std::size_t v, std::size_t k) {
  const Annotation& a = r.a;
  for (std::size_t j = k; j < st.end_token && j - k < 4; ++j) {
    const Token& t = a.tokens[j];
    if (r.in_direct[j] || t.kind != TokenKind::Word || t.has(kCapitalized) || t.has(kPossessive) || r.lex.in(Words::Possessives, t) ||
        r.lex.in(Words::DeclarativeComplementizers, t))
      return 0;
    const bool said = r.lex.in(Words::StatementNouns, t) || r.lex.in(Words::ClaimNouns, t);
    if (!said && !r.lex.in(Words::PlanNouns, t)) continue;
    if (j + 2 >= st.end_token || !rejection_verb_at(r, v)) return 0;
    if (r.lex.in(Words::DeclarativeComplementizers, a.tokens[j + 1])) return j + 1;
    // With a determiner before the noun a clause with an object gap is a relative one (`the
    // report he commissioned last year`); a bare plural keeps an intransitive claim (`denied
    // reports she had resigned`).
    const bool gap = r.lex.in(Words::Determiners, a.tokens[k]) && object_gap(r, st, j + 1);
    return said && !a.tokens[j + 1].has(kCapitalized) && own_subject_clause(r, st, j + 1) && !gap ? j + 1 : 0;
  }
  return 0;
}

// A verb of rejection at v under negation or refusal (row A1113): a negator, a form in
// n't or a refusal (word lists negators, refusals) among the three words before it in
// its clause (`did not deny that`, `has never denied reports that`, `refused to deny
// claims that`, `No one is denying that`). Refusing to deny a claim is no report of it,
// nor of its denial (GUIDELINES: a quote is speech attributed to a source).
// Row 23.327 (issue #23): the three words before the verb are read first, and the verb is
// asked whether it is one of rejection (rejection_verb_at()) only after a negator or a
// refusal: the same answer (`Tom Smith said` has none and never looks `said` up).
bool negated_rejection(const Resolver& r, const Sentence& st, std::size_t v) {
  const Annotation& a = r.a;
  for (std::size_t k = v; k > st.first_token && v - k < 3; --k) {
    const Token& t = a.tokens[k - 1];
    if (t.kind != TokenKind::Word || r.in_direct[k - 1]) return false;
    if (negation_or_refusal(r.lex, t)) return rejection_verb_at(r, v);
  }
  return false;
}

// A noun cue at v (`reports`, `claims`) that is the object of a negated verb of rejection
// up to three words before it (`never denied the reports that`, `refused to deny claims
// that`): the claim is its unnamed source's, not the subject's (row A1113).
bool negated_rejection_object(const Resolver& r, const Sentence& st, std::size_t v) {
  const Annotation& a = r.a;
  for (std::size_t k = v; k > st.first_token && v - k < 4; --k) {
    const Token& t = a.tokens[k - 1];
    if (t.kind != TokenKind::Word || t.has(kCapitalized) || r.in_direct[k - 1]) return false;
    if (rejection_verb_at(r, k - 1)) return negated_rejection(r, st, k - 1);
  }
  return false;
}

// Rule A1110 in reported_clause(): 2 when the clause at k0 follows `that` after a verb of
// rejection and its object naming what was said (`denied an earlier report that she
// had quit`: no relative clause), 1 when it is otherwise that object's claim
// (rejected_object_clause()), 0 else. A verb of rejection with no complement of its own
// (`rejected`; not `denied`, which takes a noun phrase and a bare clause) reports nothing
// else: not `rejected that view`, `the scheme rejected last week resembled a plan that
// ...`.
// Mended in s56-mendsF: 2 only when the clause after `that` has a subject of its own
// (own_subject_clause); -1 when `that` is followed by a lower-case finite form, a relative
// clause on the noun (`denied the claims that were made by two aides`, `rejected the
// claims that circulated online`): no report.
int rejected_claim(const Resolver& r, const Sentence& st, std::size_t v, std::size_t n, bool has_that, std::size_t k0) {
  const std::size_t rc = rejected_object_clause(r, st, v, v + n);
  if (rc == 0 || rc + (has_that ? 1 : 0) != k0) return 0;
  const Token& noun = r.a.tokens[rc - 1];
  if (!has_that || !(r.lex.in(Words::StatementNouns, noun) || r.lex.in(Words::ClaimNouns, noun))) return 1;
  if (own_subject_clause(r, st, k0)) return 2;
  const Token& w = r.a.tokens[k0];
  const bool finite = !w.has(kCapitalized) && (r.lex.in(Words::FiniteAuxiliaries, w) || r.lex.in(Words::NegativeAuxiliaries, w) ||
                                               ed_form(r.lex, w) || irregular_past(r.lex, w));
  return finite ? -1 : 1;
}

// After the verb: its object (told reporters that, told Tillerson), a statement noun
// (reiterated the U.S. position that) or time and place (said on Wednesday that).
// Returns the first token of the clause and whether "that" introduced it.
std::size_t clause_start(const Resolver& r, const Sentence& st, std::size_t v, std::size_t n, const SpeechCue& vc, bool& has_that) {
  const Annotation& a = r.a;
  std::size_t k = v + n;
  const Lexicons& lex = r.lex;
  if (vc.takes_object) {
    std::size_t obj = k;
    while (obj < st.end_token && obj - k < 5 && a.tokens[obj].kind == TokenKind::Word && !lex.in(Words::DeclarativeComplementizers, a.tokens[obj])) ++obj;
    if (obj < st.end_token && lex.in(Words::DeclarativeComplementizers, a.tokens[obj])) k = obj;
    else if (obj > k && r.mention_cover[k] >= 0) k = obj;
  }
  std::size_t obj = k;
  while (obj < st.end_token && obj - k < 5 && a.tokens[obj].kind == TokenKind::Word && !r.in_direct[obj] &&
         !lex.in(Words::DeclarativeComplementizers, a.tokens[obj]) && !lex.in(Words::StatementNouns, a.tokens[obj]))
    ++obj;
  // (the noun may follow the verb bare: `expressed concern that`, rule A81)
  if (obj + 1 < st.end_token && lex.in(Words::StatementNouns, a.tokens[obj]) && lex.in(Words::DeclarativeComplementizers, a.tokens[obj + 1]))
    k = obj + 1;
  else if (const std::size_t rc = rejected_object_clause(r, st, v, k); rc != 0) {
    if (!lex.in(Words::DeclarativeComplementizers, a.tokens[rc])) return rc;
    k = rc;
  }
  // A time or place phrase before `that` (rule A54: up to ten words or numbers, `said in an
  // interview with The Associated Press last week that`).
  std::size_t t2 = k;
  if (k < st.end_token && lex.in(Words::BeforeThat, a.tokens[k]))
    while (t2 < st.end_token && t2 - k < 10 && (a.tokens[t2].kind == TokenKind::Word || a.tokens[t2].kind == TokenKind::Number) &&
           !lex.in(Words::DeclarativeComplementizers, a.tokens[t2]) && !r.in_direct[t2])
      ++t2;
  has_that = t2 < st.end_token && lex.in(Words::DeclarativeComplementizers, a.tokens[t2]);
  if (has_that) return t2 + 1;
  if (k < st.end_token && lex.in(Words::DeclarativeComplementizers, a.tokens[k])) return k + 1;
  // A longer run of hearer and adjuncts (rule A281), after a verb in a verb's slot that
  // is inflected or follows an auxiliary or `to` (`the most populous state in the country,
  // California, with an economy that` is a noun's).
  const bool inflected = a.tokens[v].lower != vc.lemma;
  const bool verb = inflected || (v > st.first_token && (lex.in(Words::FiniteAuxiliaries, a.tokens[v - 1]) ||
                                                          lex.in(Words::InfinitiveMarkers, a.tokens[v - 1])));
  if (const std::size_t that = verb && in_verb_slot(r, v) ? adjunct_run_that(r, st, v + n, vc, inflected, finite_before_manner(r, st, v)) : 0;
      that != 0) {
    has_that = true;
    return that + 1;
  }
  // (rule A485; not a capitalised verb nor a form in -ing after a capitalised word, a
  // noun in a headline: `Warning over X`, `Roe warning Smith ...`)
  const bool noun_form = a.tokens[v].has(kCapitalized) || (r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[v].lower) &&
                                                            v > st.first_token && a.tokens[v - 1].has(kCapitalized));
  if (vc.takes_object && !noun_form)
    if (const std::size_t h = hearer_clause_start(r, st, v + n); h != v + n) return h;
  const bool past = ed_form(lex, a.tokens[v]) || irregular_past(lex, a.tokens[v]);
  if ((vc.that_optional || (vc.reporting && past)) && !noun_form && inflected && after_time_words(r, st, k) == k)
    if (const std::size_t p = clause_after_adjunct(r, st, v + n); p != v + n) return p;
  return after_time_words(r, st, k);
}

// A determiner or a possessive right before token v. Any form there is a noun or modifies
// one (rule A53: `the states that ...`, `the alleged plot`, `Russia's alleged meddling`,
// `the estimated 11 million`).
// Row A1144: the `'s` of `he's`, `she's` (word list subject_pronouns) is the contracted
// auxiliary, `has` or `is`, not a possessive: the form after it is a verb (`She's said she
// will run again.`, `He's suggesting that the vote was rigged.`).
bool after_noun_opener(const Resolver& r, std::size_t v) {
  if (v == 0) return false;
  const Token& t = r.a.tokens[v - 1];
  if (t.has(kPossessive) && t.kind == TokenKind::Word && v >= 2 && r.lex.in(Words::SubjectPronouns, r.a.tokens[v - 2])) return false;
  return r.lex.in(Words::Determiners, t) || t.has(kPossessive);
}

// A cue's base form right after a lower-case word with an adjective's ending (word list
// adjective_suffixes) is a noun that word modifies, not a verb (rule A460): an adjective
// is no subject, so `a congressional report that`, `a historic claim that` report
// nothing; a plural subject keeps its verb (`officials say`,
// `critics claim`: the -s ending), as do the -s and past forms. `base_form`: the token
// is the cue's lemma, also one that ends in -s (`emotional stress`). A lower-case word
// glued by a hyphen to the word before it (a compound modifier, not ending in -s:
// `post-traumatic stress disorder`, `a long-term promise that`; `two-thirds say` keeps
// its verb) is an adjective too (rule A486).
bool modifier_before(const Resolver& r, std::size_t v) {
  if (v == 0) return false;
  const Token& t = r.a.tokens[v - 1];
  if (t.kind != TokenKind::Word || t.has(kCapitalized)) return false;
  const bool compound = v >= 3 && r.a.tokens[v - 2].norm == "-" && r.a.tokens[v - 2].span.begin == r.a.tokens[v - 3].span.end &&
                        r.a.tokens[v - 2].span.end == t.span.begin && r.a.tokens[v - 3].kind == TokenKind::Word &&
                        !r.lex.ends_in(Words::PresentSSuffixes, t.lower);
  return compound || r.lex.ends_in(Words::AdjectiveSuffixes, t.lower);
}

bool base_form_after_adjective(const Resolver& r, std::size_t v, bool base_form) { return base_form && modifier_before(r, v); }

// An -s form of a cue after an adjective or a hyphenated compound modifier (modifier_before)
// whose clause would open on a lower-case finite auxiliary, copula, negative auxiliary or
// form in -ed, with no subject of its own, is a plural noun, the subject of that verb (rule
// A505): `The high-profile claims were rejected by the court`, `total claims are likely to
// ...`, `long-term claims slipped`; not when a relative or interrogative word stands before
// the phrase (`which the co-founder says is ...`: the subject moved out), nor before a
// subject (`The 27-year-old believes doping is ...`).
bool plural_noun_subject(const Resolver& r, const Sentence& st, std::size_t v, std::size_t npb, std::size_t k, const SpeechCue& vc) {
  const Annotation& a = r.a;
  const Token& w = a.tokens[v];
  if (k >= st.end_token || w.lower == vc.lemma || !r.lex.ends_in(Words::PresentSSuffixes, w.lower) || !modifier_before(r, v)) return false;
  if (npb > st.first_token && (r.lex.in(Words::RelativeWords, a.tokens[npb - 1]) || r.lex.in(Words::InterrogativeWords, a.tokens[npb - 1])))
    return false;
  return finite_or_past(r.lex, a.tokens[k]);
}

// A base or -s form right after a preposition (word lists speaker_phrase_prepositions and
// of_prepositions, not the infinitive marker) is a noun (rule A104: `the help of states that may not want to`,
// `focused on states in the Midwest that host contests`); -ing forms report (`by saying`).
bool after_preposition(const Resolver& r, std::size_t v) {
  const Annotation& a = r.a;
  if (v == 0 || r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[v].lower) || ed_form(r.lex, a.tokens[v])) return false;
  const Token& t = a.tokens[v - 1];
  return (r.lex.in(Words::SpeakerPhrasePrepositions, t) || r.lex.in(Words::OfPrepositions, t)) &&
         !r.lex.in(Words::InfinitiveMarkers, t);
}

// A form in -ed right after a preposition (word lists speaker_phrase_prepositions and
// of_prepositions: `with noted jazz players`, `of alleged fraud`, `for reported
// crimes`) modifies the noun after it: no finite verb follows a preposition (rule A715;
// `as reported by X` is no such preposition, as_report); a capitalised one may be a name
// (`Al From agreed that`).
bool participle_after_preposition(const Resolver& r, std::size_t v) {
  if (v == 0 || !ed_form(r.lex, r.a.tokens[v])) return false;
  const Token& t = r.a.tokens[v - 1];
  return !r.in_direct[v - 1] && !t.has(kCapitalized) && (r.lex.in(Words::SpeakerPhrasePrepositions, t) || r.lex.in(Words::OfPrepositions, t));
}

// A speech verb in a verb's slot, not a noun of the same form. A form that may be a noun
// (the base or -s form: "promise", "promises", "call for"; not "promised") is one after
// a determiner or a possessive, directly or with one lower-case word between: "his
// promise to repeal", "Trump's promises to", "his campaign promises to". A form in -ed is
// an adjective after a determiner, a possessive or a preposition (`the noted economist`,
// `with noted players`: participle_after_preposition).
bool in_verb_slot(const Resolver& r, std::size_t v) {
  const Annotation& a = r.a;
  if (ed_form(r.lex, a.tokens[v])) return !after_noun_opener(r, v) && !participle_after_preposition(r, v);
  if (after_noun_opener(r, v)) return false;
  const Token* before = v >= 1 ? &a.tokens[v - 1] : nullptr;
  return !(v >= 2 && before->kind == TokenKind::Word && !before->has(kCapitalized) && after_noun_opener(r, v - 1));
}

// The infinitive marker (or a negator and the marker: "warned them not to") at token k.
bool infinitive_at(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  if (k < st.end_token && r.lex.in(Words::Negators, a.tokens[k])) ++k;
  return k + 1 < st.end_token && r.lex.in(Words::InfinitiveMarkers, a.tokens[k]) && a.tokens[k + 1].kind == TokenKind::Word &&
         !r.in_direct[k];
}

// A phrase naming the medium of the speech act at j (rule A1045): a preposition (word list
// speaker_phrase_prepositions) and up to three words to a noun cue of speech_verbs.json
// ("noun": `in a TV interview`, `at a news conference`, `in a statement`). It tells how
// the words were given, not what they said. Row A1081 (widens A1045): a noun of an
// authored text (word list authored_text_nouns) right after a determiner or possessive is a
// medium too (`in a letter to the council`, `in his column`; not `in a poster about the
// ferry`, `on leaflets that went out`, where the text is what was spoken of). Row A1042
// (narrows A1081): a preposition right after a past participle is that participle's
// adjunct inside the object (`denied the claims made in the report on ...`, `the
// remarks given at a news conference`): no medium of the cue. Both callers look only
// after the cue, so the participle is never the cue itself.
bool medium_phrase_at(const Resolver& r, const Sentence& st, std::size_t j) {
  if (!r.lex.in(Words::SpeakerPhrasePrepositions, r.a.tokens[j])) return false;
  const Token& before = r.a.tokens[j > 0 ? j - 1 : j];
  if (j > st.first_token && !before.has(kCapitalized) && past_participle(r.lex, before)) return false;
  for (std::size_t k = j + 1; k < st.end_token && k - j <= 4; ++k) {
    if (r.a.tokens[k].kind != TokenKind::Word || r.in_direct[k]) return false;
    if (k == j + 2 && r.lex.in(Words::AuthoredTextNouns, r.a.tokens[k]) &&
        (r.lex.in(Words::Determiners, r.a.tokens[j + 1]) || r.lex.in(Words::Possessives, r.a.tokens[j + 1])))
      return true;
    const SpeechCue* vc = nullptr;
    if (speech_verb_at(r, k, st.end_token, &vc) > 0 && vc->kind == SpeechCue::Kind::Noun) return true;
  }
  return false;
}

// Row A1082: a noun-phrase complement ends before a medium phrase (medium_phrase_at: `warned
// of rising prices for food and fuel in a TV interview`): by GUIDELINES the medium belongs
// to the cue. Not after an infinitive marker, whose verb may take the phrase as its own
// (`urged the council to publish its findings in a report`).
void end_at_medium_phrase(const Resolver& r, const Sentence& st, Clause& c) {
  for (std::size_t j = c.begin + 1; j < c.end; ++j) {
    if (r.in_direct[j] || r.lex.in(Words::InfinitiveMarkers, r.a.tokens[j])) return;
    if (medium_phrase_at(r, st, j)) {
      c.end = j;
      return;
    }
  }
}

// The content of a verb without a clause (speech_verbs.json "complements"): an
// infinitive ("promised to act"), an object and an infinitive ("urged the government to
// act", object included), or a noun phrase ("denied the claims", "announced a review",
// "recalled knocking on doors"). Returns its first token, or `none` (st.end_token).
std::size_t complement_start(const Resolver& r, const Sentence& st, std::size_t k, const SpeechCue& vc) {
  const Annotation& a = r.a;
  const std::size_t none = st.end_token;
  if (k >= st.end_token || r.in_direct[k]) return none;
  if (vc.to_infinitive && infinitive_at(r, st, k)) return k;
  // The object is a short noun phrase: no preposition opens it ("warned of attempts to"),
  // no verb stands in it ("urged member states are failing to").
  if (vc.object_infinitive)
    for (std::size_t obj = k + 1; obj < st.end_token && obj - k <= 5; ++obj) {
      const Token& t = a.tokens[obj - 1];
      if (t.kind != TokenKind::Word || r.in_direct[obj - 1] || r.lex.in(Words::Complementizers, t) ||
          r.lex.in(Words::NotClauseOpeners, t) ||
          r.lex.in(Words::ActingVerbs, t) || r.lex.in(Words::Copulas, t))
        break;
      if (infinitive_at(r, st, obj)) return k;
    }
  if (!vc.noun_phrase) return none;
  const Token& t = a.tokens[k];
  // (not a preposition in -ing, which is no participle: `laws proposed during Nixon's
  // term`, rule A382)
  const bool opens_np = r.lex.in(Words::NounPhraseOpeners, t) || r.lex.in(Words::Determiners, t) ||
                        t.kind == TokenKind::Number || (t.kind == TokenKind::Word && !t.has(kCapitalized) && r.lex.ends_in(Words::ParticipleSuffixes, t.lower));
  if (!opens_np || r.lex.in(Words::SpeakerPhrasePrepositions, t)) return none;
  // A noun phrase carries content when it says something (five words or more: "announced
  // the formation of a working group"), not a bare "demanded a speedy investigation"; a
  // medium phrase after it is not counted (`warned of rising prices in a TV interview`).
  std::size_t words = 0;
  for (std::size_t j = k; j < st.end_token && a.tokens[j].norm != "," && !medium_phrase_at(r, st, j); ++j)
    words += a.tokens[j].kind == TokenKind::Word;
  return words >= 5 ? k : none;
}

// Inverted order after the clause it reports (rule A50; verbs marked that_optional, the
// verbs of saying, A61: `, shows X` is no inversion; any other reporting verb's past form
// or form in -s when a name closes the phrase and the clause shows a finite verb, A660:
// inverted_other_verb, named_to_end): `CLAUSE, said X`, `CLAUSE, say
// analysts`, `CLAUSE, said X, the editor of Y.`: a finite verb right after a comma, then a
// noun phrase (a capitalised word, a determiner or a number, or a lower-case title before
// a person's name, A432: described_person_at; not a time word or a
// preposition: `, said on Tuesday`) with no verb form in it that runs to the sentence end,
// a semicolon or a comma.
// The speaker is that noun phrase; the clause is all before the comma. Without this the
// noun phrase was read as the clause (`..., said six million people who lost ...`).
// A lower-case title or description before a person's name at k (rule A432): up to four
// words (names of places and bodies among them), none a relative word, complementizer,
// nominative pronoun, auxiliary, copula, determiner, preposition, adverb in -ly or form
// in -ed (a clause or an object: `said contractors eventually built a Trump cushion`,
// `noted congressional testimony by X`), then a person's mention: `said former
// Pennsylvania governor Ed Rendell`, `says political scientist Jane Roe`.
bool described_person_at(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  for (std::size_t j = k; j < st.end_token && j - k <= 4; ++j) {
    if (const std::int32_t mi = r.mention_at[j]; mi >= 0) {
      const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
      if (m.type == EntityType::Person) return j > k;
      j = m.end_token - 1;
      continue;
    }
    const Token& t = a.tokens[j];
    if (t.kind != TokenKind::Word || r.in_direct[j] || r.lex.in(Words::RelativeWords, t) || r.lex.in(Words::Complementizers, t) ||
        r.lex.in(Words::NominativePronouns, t) || r.lex.in(Words::FiniteAuxiliaries, t) || r.lex.in(Words::Copulas, t) ||
        r.lex.in(Words::Determiners, t) || r.lex.in(Words::NotClauseOpeners, t) || r.lex.in(Words::SpeakerPhrasePrepositions, t) ||
        ly_adverb(r.lex, t) || ed_form(r.lex, t))
      return false;
  }
  return false;
}

// The comma that opens an aside closed by the comma at c (`SUBJ, ASIDE, VERB`: rules A440,
// A456): the nearest earlier comma after the sentence's first token, at most eight tokens
// before c, with no quotation mark and no quoted token from it to c; c when there is none.
std::size_t aside_opening_comma(const Resolver& r, const Sentence& st, std::size_t c) {
  for (std::size_t o = c - 1; o > st.first_token && c - o <= 8; --o) {
    if (r.in_direct[o] || r.a.tokens[o].kind == TokenKind::Quote) return c;
    if (r.a.tokens[o].norm == ",") return o;
  }
  return c;
}

// Whether the sentence opens on a subject set off from the verb at v by a phrase between
// commas (rule A456): `Several lawmakers, in interviews, said ...`, `His sister, Anna,
// said ...`, `Jane Roe, of Acme, claims ...`. The phrase before the comma that opens the
// aside (aside_opening_comma) has one to six tokens outside quotation marks and opens on a
// determiner, a quantifier (word list quantifier_determiners) or a name; its lower-case
// words that are no determiner number at most one, or three before a name that closes it
// (`Club director of rugby Jane Roe`), none a finite auxiliary, copula, form in -ed,
// nominative pronoun, complementizer, relative or speech verb, nor a form in -s after a
// name (`The plan fails, however, said ...`, `Jane Roe fails, ...` are clauses).
bool subject_before_parenthetical(const Resolver& r, const Sentence& st, std::size_t v) {
  const Annotation& a = r.a;
  const std::size_t f = st.first_token;
  const std::size_t end = aside_opening_comma(r, st, v - 1);  // the comma that opens the parenthetical
  if (end + 1 >= v - 1 || end - f > 6) return false;
  if (r.mention_cover[f] < 0 && !r.lex.in(Words::Determiners, a.tokens[f]) && !r.lex.in(Words::QuantifierDeterminers, a.tokens[f])) return false;
  int words = 0;
  for (std::size_t j = f; j < end; ++j) {
    const Token& t = a.tokens[j];
    if (r.in_direct[j] || t.kind == TokenKind::Quote) return false;
    if (r.mention_cover[j] >= 0 || t.kind != TokenKind::Word || t.has(kCapitalized) || r.lex.in(Words::Determiners, t)) continue;
    const SpeechCue* inner = nullptr;
    if (r.lex.in(Words::FiniteAuxiliaries, t) || r.lex.in(Words::Copulas, t) || ed_form(r.lex, t) ||
        r.lex.in(Words::NominativePronouns, t) || r.lex.in(Words::Complementizers, t) || r.lex.in(Words::RelativeWords, t) ||
        speech_verb_at(r, j, st.end_token, &inner) || (j > f && r.mention_cover[j - 1] >= 0 && finite_ending(r.lex, t)))
      return false;
    ++words;
  }
  return words <= (r.mention_cover[end - 1] >= 0 ? 3 : 1);
}

// Whether the reporting verb at v, not marked that_optional, may stand in inverted order
// (rule A660: `CLAUSE, warned Jane Roe.`, `CLAUSE, wrote film director Tom Baker.`): a
// past form or a form in -s, not the bare lemma (`CLAUSE, say X` is left to the verbs of
// saying); its noun phrase must then name someone (inverted_report).
bool inverted_other_verb(const Resolver& r, std::size_t v, const SpeechCue& vc) {
  const std::string_view form = r.a.tokens[v].lower;
  return !vc.that_optional && vc.reporting && form != vc.lemma &&
         (r.lex.ends_in(Words::PastSuffixes, form) || r.lex.ends_in(Words::PresentSSuffixes, form) || irregular_past(r.lex, r.a.tokens[v]));
}

// Whether the named mention of the speaker found (at) ends the inverted phrase at e:
// `warned Jane Roe`, `wrote film director Tom Baker, his nephew` (the apposition after a
// comma is outside the phrase); not `showed Mrs. Clinton leading ...`, `laments Bill
// Clinton's legacy`, a pronoun or a description (rule A660).
bool named_to_end(const Resolver& r, const Sentence& st, std::size_t k, std::size_t e, const Attribution& at) {
  if (at.speaker < 0 || r.mention_cover[e - 1] < 0) return false;
  const Mention& m = r.a.mentions[static_cast<std::size_t>(r.mention_cover[e - 1])];
  const bool det = r.lex.in(Words::Determiners, r.a.tokens[k]);
  const bool opens = m.first_token == k || (m.first_token == k + 1 && det) || described_person_at(r, st, k) ||
                     (det && k + 1 < e && described_person_at(r, st, k + 1));
  return opens && m.entity == at.speaker && m.end_token == e && !r.a.tokens[e - 1].has(kPossessive);
}

// Whether the sentence goes on after the comma at e that closes an inverted phrase: a
// lower-case finite auxiliary or copula before the next comma or the sentence end (rule
// A660: `With X, the government, suggests Mr Davies, could act as ...`: the attribution
// stands inside its clause; not an apposition, `, editor of Stuff.`).
bool clause_goes_on(const Resolver& r, const Sentence& st, std::size_t e) {
  if (e >= st.end_token || r.a.tokens[e].norm != ",") return false;
  for (std::size_t j = e + 1; j < st.end_token && r.a.tokens[j].norm != ","; ++j) {
    const Token& t = r.a.tokens[j];
    if (!r.in_direct[j] && t.kind == TokenKind::Word && !t.has(kCapitalized) &&
        (r.lex.in(Words::FiniteAuxiliaries, t) || r.lex.in(Words::Copulas, t)))
      return true;
  }
  return false;
}

// A finite verb form in [b, e), outside quotation marks: a lower-case finite auxiliary or
// copula, or a form in -ed or -s (finite_ending) or an irregular past. With noun_guard
// (rule A622: `said prices rose but ...`) a form in -ed or -s or an irregular past counts
// only after a word of the span that is no determiner, quantifier or preposition (`the
// success of sites`: a noun); without it (rule A660: the words before the comma of an
// inverted report, not `Biden, echoing Erdogan, called on ...`, `Schilling's son, Grant,
// defended ...`: a subject and an aside) any such form counts.
bool finite_verb_in(const Resolver& r, std::size_t b, std::size_t e, bool noun_guard) {
  const Lexicons& lex = r.lex;
  for (std::size_t k = b; k < e; ++k) {
    const Token& t = r.a.tokens[k];
    if (r.in_direct[k] || t.kind != TokenKind::Word || t.has(kCapitalized)) continue;
    if (lex.in(Words::FiniteAuxiliaries, t) || lex.in(Words::Copulas, t)) return true;
    if (!finite_ending(lex, t) && !irregular_past(lex, t)) continue;
    if (!noun_guard) return true;
    const Token* before = k > b ? &r.a.tokens[k - 1] : nullptr;
    if (before && !lex.in(Words::Determiners, *before) && !lex.in(Words::QuantifierDeterminers, *before) && !lex.in(Words::NotClauseOpeners, *before))
      return true;
  }
  return false;
}

// Whether [b, e) shows a finite verb, the mark of a clause (rule A870): a lower-case finite
// auxiliary, copula or negative auxiliary, or a form in -ed or -s or an irregular past
// after a word that is no determiner, quantifier or preposition (finite_verb_in's noun
// guard), or a plural present: a lower-case word after a nominative pronoun or a word in -s
// (not -ss) that is no word of a closed class (determiner, preposition, coordinator,
// relative word, complementizer, subordinator) nor an -ly adverb or a form in -ing (`Voters
// want change`, `they need`; not `voters in Ohio`, `taxes and fees`, `voters living
// there`). Words in quotation marks count too, for a reported clause may quote its verb
// (`The plan "was a disaster," Roe said.`).
bool shows_finite_verb(const Resolver& r, std::size_t b, std::size_t e) {
  const Lexicons& lex = r.lex;
  for (std::size_t k = b; k < e; ++k) {
    const Token& t = r.a.tokens[k];
    if (t.kind == TokenKind::Word && contracted_subject(lex, t)) return true;
    if (t.kind != TokenKind::Word || t.has(kCapitalized)) continue;
    if (lex.in(Words::FiniteAuxiliaries, t) || lex.in(Words::Copulas, t) || lex.in(Words::NegativeAuxiliaries, t)) return true;
    if (k == b) continue;
    const Token& before = r.a.tokens[k - 1];
    if (finite_ending(lex, t) || irregular_past(lex, t)) {
      if ((!lex.in(Words::Determiners, before) && !lex.in(Words::QuantifierDeterminers, before) && !lex.in(Words::NotClauseOpeners, before)) ||
          lex.in(Words::DemonstrativePronouns, before))
        return true;
      continue;
    }
    const bool plural = before.kind == TokenKind::Word &&
                        (lex.in(Words::NominativePronouns, before) ||
                         (s_form(lex, before.lower)));
    if (plural && !lex.in(Words::Determiners, t) && !lex.in(Words::QuantifierDeterminers, t) && !lex.in(Words::NotClauseOpeners, t) &&
        !lex.in(Words::OtherPrepositions, t) && !lex.in(Words::SpeakerPhrasePrepositions, t) && !lex.in(Words::Coordinators, t) &&
        !lex.in(Words::RelativeWords, t) && !lex.in(Words::Complementizers, t) && !lex.in(Words::Subordinators, t) && !ly_adverb(lex, t) &&
        !ing_form(lex, t))
      return true;
  }
  return false;
}

// A headline's inverted report with no comma (rule A1010: `More reforms ahead says Milburn`,
// `House prices rebound says Halifax`): in a headline, a verb of saying that may report a
// clause without `that` (not `head chides FSA`: its object), in a present form, after a
// lower-case word of a clause of two words at least, with one to three capitalised words
// (the source's name) after it to the line's end.
bool headline_bare_inversion(const Resolver& r, const Sentence& st, std::size_t v, std::size_t n, const SpeechCue& vc) {
  const Annotation& a = r.a;
  if (!st.headline || !vc.that_optional || v < st.first_token + 2 || v + n >= st.end_token || v + n + 3 < st.end_token) return false;
  const Token& before = a.tokens[v - 1];
  const std::string_view form = a.tokens[v].lower;
  if (before.kind != TokenKind::Word || before.has(kCapitalized) ||
      (form != vc.lemma && (!s_form(r.lex, form))))
    return false;
  for (std::size_t k = v + n; k < st.end_token; ++k)
    if (a.tokens[k].kind != TokenKind::Word || !a.tokens[k].has(kCapitalized)) return false;
  return true;
}

bool inverted_report(Resolver& r, const Sentence& st, std::size_t v, std::size_t n, const SpeechCue& vc, Attribution& at,
                     Clause& c) {
  const Annotation& a = r.a;
  const std::size_t k = v + n;
  const bool other = inverted_other_verb(r, v, vc);
  const bool bare = headline_bare_inversion(r, st, v, n, vc);
  if (!(vc.that_optional || other) || (!bare && (v <= st.first_token + 3 || a.tokens[v - 1].norm != ",")) || r.in_direct[v - 1] ||
      r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[v].lower) || k >= st.end_token)
    return false;
  const Token& t = a.tokens[k];
  const bool opens = t.kind == TokenKind::Number || r.lex.in(Words::Determiners, t) || r.lex.in(Words::NounPhraseOpeners, t) ||
                     (t.kind == TokenKind::Word && t.has(kCapitalized)) || described_person_at(r, st, k);
  if (!opens || r.lex.in(Words::BeforeThat, t) || r.lex.in(Words::NotClauseOpeners, t) || r.in_direct[k]) return false;
  std::size_t e = k;
  while (e < st.end_token && e - k < 10 && !r.in_direct[e] && a.tokens[e].norm != "," && a.tokens[e].norm != ";" &&
         !(e + 1 == st.end_token && a.tokens[e].kind == TokenKind::Punct)) {
    // A verb in the phrase makes it a clause: `X, the chairman of Y, said the plan would work`.
    const Token& w = a.tokens[e];
    const SpeechCue* inner = nullptr;
    const bool lower = w.kind == TokenKind::Word && !w.has(kCapitalized);
    if (lower && (speech_verb_at(r, e, st.end_token, &inner) || r.lex.in(Words::FiniteAuxiliaries, w) || r.lex.in(Words::Copulas, w) ||
                  past_form(r.lex, w)))
      return false;
    ++e;
  }
  const bool phrase_ends = e == st.end_token || e + 1 == st.end_token || a.tokens[e].norm == "," || a.tokens[e].norm == ";";
  if (e == k || !phrase_ends || (e < st.end_token && r.in_direct[e])) return false;
  at.speaker = r.noun_phrase(k, e, at.from, at.mention);
  // No one named after the verb, and a subject set off before it (rule A456): the words
  // after the verb are its clause, not its speaker. Another reporting verb (A660) needs
  // a name that closes the phrase (named_to_end): `He went home, wrote a letter.`, `The
  // poll, released by X, showed Mrs. Clinton leading ...` have an object there.
  // Before another reporting verb, a text before the comma with no finite verb is the
  // verb's subject and its aside, no clause (rule A870: `Jane Roe, the former mayor of
  // Leeds, stressed her record`); a verb of saying may stand inside its clause (`The
  // contrast, said X, would be clear`).
  if ((other && !(named_to_end(r, st, k, e, at) && finite_verb_in(r, st.first_token, v - 1, false) && !clause_goes_on(r, st, e))) ||
      (at.speaker < 0 && subject_before_parenthetical(r, st, v)) || (other && !shows_finite_verb(r, st.first_token, v - 1))) {
    at = Attribution{};
    return false;
  }
  c.begin = st.first_token;
  c.end = bare ? v : v - 1;
  return true;
}

// A word ending as a finite verb form may: in -ed or in -s (not -ss: `announced it added`,
// `Barkley, who said ..., says`); a cheap test, no lexicon of verbs.
bool finite_ending(const Lexicons& lex, const Token& w) {
  return ed_form(lex, w) || (s_form(lex, w.lower));
}

// A nominative pronoun at k (word list nominative_pronouns) and its verb after it (rule
// A180): a lower-case word outside quotation marks that opens no phrase of time, place or
// object (not_clause_openers, before_that, determiners, coordinators: `announced it on
// Twitter`, `confirmed it yesterday`). A pronoun that is only nominative (I, we, he, she,
// they) is a subject wherever it stands (`admitted they made a mistake`); `it` and `you`
// may be objects (`found it cheaper to ...`), subjects only before a finite form: an
// auxiliary or copula, or a form in -ed or -s (`announced it was laying off`, `announced
// it added 255,000 jobs`). A pronoun contracted with its auxiliary (contracted_subject:
// `suggested she'll turn to ...`) opens a clause before any lower-case word.
bool nominative_clause(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  if (k + 1 < st.end_token && !r.in_direct[k] && contracted_subject(r.lex, a.tokens[k]))
    return a.tokens[k + 1].kind == TokenKind::Word && !a.tokens[k + 1].has(kCapitalized) && !r.in_direct[k + 1];
  if (k + 1 >= st.end_token || !r.lex.in(Words::NominativePronouns, a.tokens[k]) || r.in_direct[k + 1]) return false;
  const Token& w = a.tokens[k + 1];
  if (w.kind != TokenKind::Word || w.has(kCapitalized) || r.lex.in(Words::NotClauseOpeners, w) || r.lex.in(Words::BeforeThat, w) ||
      r.lex.in(Words::Determiners, w) || r.lex.in(Words::Coordinators, w))
    return false;
  const std::string_view p = a.tokens[k].lower;
  if (p != "it" && p != "you") return true;
  return r.lex.in(Words::FiniteAuxiliaries, w) || r.lex.in(Words::Copulas, w) || finite_ending(r.lex, w) || irregular_past(r.lex, w);
}

// The existential subject at k (word list existential_subjects) and its verb right after
// it, outside quotation marks: a lower-case finite auxiliary, copula or negative auxiliary
// (`warned there would be more cuts`, `admits there is a faction`, `acknowledged there
// weren't enough`), or the subject contracted with its auxiliary (`conceded there's no
// plan`) before a lower-case word (rule A700). Not a place adverb (`announced there on
// Monday`, `told reporters there the plan ...`: no finite verb after it). Read after a
// hearer (hearer_clause_start: `told Sky News there was`) and by thatless_clause.
bool existential_clause(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  if (k + 1 >= st.end_token || r.in_direct[k] || r.in_direct[k + 1] || a.tokens[k].kind != TokenKind::Word) return false;
  const Token& t = a.tokens[k];
  const Token& w = a.tokens[k + 1];
  const bool lower = w.kind == TokenKind::Word && !w.has(kCapitalized);
  if (const std::size_t ap = t.lower.find('\''); ap != std::string_view::npos && ap > 0)
    return lower && r.lex.in(Words::ExistentialSubjects, t.lower.substr(0, ap)) && r.lex.in(Words::ContractionTails, t.lower.substr(ap + 1));
  return lower && r.lex.in(Words::ExistentialSubjects, t) && finite_auxiliary(r.lex, w);
}

// Whether the verb at v opens a second predicate of its sentence's subject (rule A702): a
// form in -ed right after a comma and a coordinator (`X commented on Y, but acknowledged it
// had ...`, `X argued that ..., but suggested Trump went too far`): the report of a
// reporting verb before it ends at the coordinator.
bool coordinated_predicate(const Resolver& r, const Sentence& st, std::size_t v) {
  const Annotation& a = r.a;
  return v >= st.first_token + 2 && r.lex.in(Words::Coordinators, a.tokens[v - 1]) && a.tokens[v - 2].norm == "," && !r.in_direct[v - 2] &&
         ed_form(r.lex, a.tokens[v]);
}

// A that-less clause after a reporting verb not marked that_optional (rule A52: `suggested
// the plan would fail` against `suggested a new plan`): the verb in a verb's slot, not
// inside another report of the sentence (`said both sides agreed ...` is one report); the
// clause opens on a nominative pronoun and its verb (nominative_clause: `warned they could
// sell`, `admitted it made a mistake`), or on a subject (a subject pronoun, a determiner, a
// number or a capitalised word) and
// shows a finite auxiliary or copula, or a negative one (negative_auxiliaries: `suggested
// Trump hadn't meant it`, rule A430), within eight tokens, before any punctuation,
// relative word or complementizer (`revealed the names of those who had ...`). After the
// speaker's own name and a surely finite verb (named_subject_before, finite_report_verb)
// also on a name and a past form (rule A611, name_and_past: `confirmed Acme sold`) or on a
// quantifier and an auxiliary (rule A615, quantifier_and_auxiliary: `reported nine trains were`).
// On the existential subject and its verb (existential_clause, rule A700) after a form in
// -s, -ed, -ing or an irregular past, not the bare lemma (`likely to complain there was`,
// `to suggest there were`: no act of speech yet).
// After a verb in -s, -ed or an irregular past, also on a subject and its verb with no
// auxiliary: a past form before its object or after an -ly adverb, or a bare present after
// a plural (subject_and_simple_verb, rules A960 and A962: `reported at least four boats
// crossed the bay`, `suggested the Lyon floods show the risk`).
bool subject_and_auxiliary(const Resolver& r, const Sentence& st, std::size_t k, bool after_hearer, bool compounds);

// Whether the verb at j attributes the quotation right before it, in inverted order (`"Q,"
// X said`, `"Q," said X`): back from j, over at most six words or commas outside the
// quotation, a token inside it. Such a verb reports no clause after it (rule A913).
bool attributes_quote_before(const Resolver& r, const Sentence& st, std::size_t j) {
  for (std::size_t i = j; i > st.first_token && j - i < 7;) {
    --i;
    if (r.in_direct[i]) return true;
    const Token& t = r.a.tokens[i];
    if (t.kind != TokenKind::Word && t.norm != ",") return false;
  }
  return false;
}

bool thatless_clause(const Resolver& r, const Sentence& st, std::size_t v, std::size_t k, const Attribution& at) {
  const Annotation& a = r.a;
  if (!in_verb_slot(r, v) || (v != st.first_token && a.tokens[v].has(kCapitalized)) || k >= st.end_token) return false;
  // A participle set off by a comma (`"Q," X said, suggesting CLAUSE`) is an adjunct of its
  // own: a verb that attributes the quotation before it holds no report around it (A913).
  const bool adjunct = v > st.first_token && a.tokens[v - 1].norm == "," && r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[v].lower);
  for (std::size_t j = st.first_token; j < v && !coordinated_predicate(r, st, v); ++j) {
    const SpeechCue* vc = nullptr;
    if (speech_verb_at(r, j, v, &vc) && vc->kind == SpeechCue::Kind::Verb && vc->reporting && !(adjunct && attributes_quote_before(r, st, j)))
      return false;
  }
  const std::string_view form = a.tokens[v].lower;
  // A subject with a hyphenated compound only after a verb in -s or -ed or an irregular past
  // (rule A911: `reported the once-close friends had`), not a bare form or one in -ing that
  // may be a noun before a headline's run-on (`squad recall Wasps scrum-half X has been`).
  const bool finite = r.lex.ends_in(Words::PresentSSuffixes, form) || r.lex.ends_in(Words::PastSuffixes, form) || irregular_past(r.lex, a.tokens[v]);
  const bool reports = finite || r.lex.ends_in(Words::ParticipleSuffixes, form);
  return nominative_clause(r, st, k) || subject_and_auxiliary(r, st, k, false, finite) || (reports && existential_clause(r, st, k)) ||
         (named_subject_before(r, v, at) && finite_report_verb(r, st, v) && (name_and_past(r, st, k) || quantifier_and_auxiliary(r, st, k))) ||
         (finite && (subject_and_simple_verb(r, st, k) || bare_plural_and_auxiliary(r, st, v, k)));
}

// A bare plural subject and its auxiliary (rule A965, s54-missed8's A964 taken up again:
// `have predicted fares will rise`, `admitted mistakes were made`; its clause ends before a
// concessive clause, A966): a lower-case word in -s (not -ss, no possessive) that is
// no pronoun, determiner, quantifier, preposition, time word or auxiliary, right before a
// lower-case finite or negative auxiliary, both outside quotation marks. The verb at v
// stands after no number, preposition, coordinator or determiner, where a form in -ed
// modifies the plural (`300 pledged votes will be`, `lost and found parcels was`),
// nor after a relative word on the sentence's subject (relative_in_subject: `The engineer
// who reported problems was fired`).
bool bare_plural_and_auxiliary(const Resolver& r, const Sentence& st, std::size_t v, std::size_t k) {
  const Annotation& a = r.a;
  if (k + 2 >= st.end_token || r.in_direct[k] || r.in_direct[k + 1] || v <= st.first_token) return false;
  const Token& b = a.tokens[v - 1];
  if (b.kind == TokenKind::Number || preposition_word(r.lex, b) || r.lex.in(Words::Coordinators, b) || r.lex.in(Words::Determiners, b) ||
      relative_in_subject(r, st, v - 1))
    return false;
  const Token& t = a.tokens[k];
  const Token& w = a.tokens[k + 1];
  const Lexicons& lex = r.lex;
  if (!plural_noun(lex, t) || lex.in(Words::ObjectPronouns, t) || lex.in(Words::NominativePronouns, t) ||
      lex.in(Words::Determiners, t) || lex.in(Words::QuantifierDeterminers, t) || preposition_word(lex, t) || lex.in(Words::BeforeThat, t) ||
      finite_auxiliary(lex, t))
    return false;
  return w.kind == TokenKind::Word && !w.has(kCapitalized) && (lex.in(Words::FiniteAuxiliaries, w) || lex.in(Words::NegativeAuxiliaries, w));
}

// Whether the relative word at k (relative_words) opens a relative clause on the sentence's
// subject (s54-mendsA): at most four words after the sentence's start, none a lower-case
// finite form (auxiliary, copula, past form) nor punctuation: a verb and an auxiliary after
// it belong to the main clause (`The firm that announced results has cut jobs`), no report;
// a relative after the main verb still reports (`data from X which suggested owners must`).
bool relative_in_subject(const Resolver& r, const Sentence& st, std::size_t k) {
  if (!r.lex.in(Words::RelativeWords, r.a.tokens[k]) || k - st.first_token > 4) return false;
  for (std::size_t j = st.first_token; j < k; ++j) {
    const Token& t = r.a.tokens[j];
    if (t.kind != TokenKind::Word || r.in_direct[j] ||
        (!t.has(kCapitalized) && (finite_auxiliary(r.lex, t) || r.lex.in(Words::Copulas, t) || finite_past(r.lex, t))))
      return false;
  }
  return true;
}

// A preposition of any of the preposition lists (not_clause_openers, other_prepositions,
// speaker_phrase_prepositions, place_prepositions).
bool preposition_word(const Lexicons& lex, const Token& t) {
  return lex.in(Words::NotClauseOpeners, t) || lex.in(Words::OtherPrepositions, t) || lex.in(Words::SpeakerPhrasePrepositions, t) ||
         lex.in(Words::PlacePrepositions, t);
}

// Whether the token at j opens a past verb's object or complement (subject_and_simple_verb):
// a determiner, possessive, object pronoun, number or its modifier, quantifier, capitalised
// word, an adverb in -ly or the infinitive's `to` before a lower-case word; not a lower-case
// noun after a participle that modifies it (`a small pledged donor base`).
bool object_opener(const Resolver& r, const Sentence& st, std::size_t j) {
  if (j >= st.end_token || r.in_direct[j]) return false;
  const Token& w = r.a.tokens[j];
  if (w.kind == TokenKind::Number) return true;
  if (w.kind != TokenKind::Word) return false;
  if (r.lex.in(Words::InfinitiveMarkers, w))
    return j + 1 < st.end_token && r.a.tokens[j + 1].kind == TokenKind::Word && !r.a.tokens[j + 1].has(kCapitalized) &&
           !r.lex.in(Words::Determiners, r.a.tokens[j + 1]);
  // A preposition opens no object unless it modifies a number (`won more than twice`, A520).
  if (preposition_word(r.lex, w)) return after_number_modifier(r, st, j) != j;
  if (w.has(kCapitalized) || r.lex.in(Words::Determiners, w) || r.lex.in(Words::Possessives, w) || r.lex.in(Words::ObjectPronouns, w) ||
      r.lex.in(Words::NumberModifiers, w) || r.lex.in(Words::QuantifierDeterminers, w) || (w.lower.size() > 4 && r.lex.ends_in(Words::AdverbSuffixes, w.lower)))
    return true;
  // A bare noun object of one word closed by punctuation, a preposition, a determiner or a
  // coordinator (`raised concern across the region`, `feared flooding.`), no
  // participle (`wrote the facts most left unsaid.`: a reduced relative).
  if (r.lex.in(Words::Coordinators, w) || r.lex.in(Words::Complementizers, w) || finite_auxiliary(r.lex, w) || past_participle(r.lex, w) ||
      ing_form(r.lex, w) || j + 1 >= st.end_token || r.in_direct[j + 1])
    return false;
  const Token& u = r.a.tokens[j + 1];
  return u.kind != TokenKind::Word || preposition_word(r.lex, u) || r.lex.in(Words::Determiners, u) || r.lex.in(Words::Coordinators, u);
}

// A lower-case word of more than three letters in -s (not -ss, no possessive): a plural
// noun's form.
bool plural_noun(const Lexicons& lex, const Token& t) {
  return t.kind == TokenKind::Word && !t.has(kCapitalized) && !t.has(kPossessive) && t.lower.size() > 3 &&
         s_form(lex, t.lower);
}

// Whether a lower-case time word (before_that) at k stands before a time noun in the
// possessive (s54-mendsA: `said last quarter's profits rose`): the phrase is the clause
// subject's determiner, as `this year's` is.
bool time_possessive_at(const Resolver& r, const Sentence& st, std::size_t k) {
  if (k + 2 >= st.end_token || r.in_direct[k] || r.in_direct[k + 1]) return false;
  const Token& t = r.a.tokens[k];
  return !t.has(kCapitalized) && r.lex.in(Words::BeforeThat, t) && r.lex.in(Words::TimePhraseNouns, r.a.tokens[k + 1]) &&
         r.a.tokens[k + 2].has(kPossessive);
}

// Whether a time phrase opens at j (s54-mendsA): a word of before_that (`this`, `last`) or
// a determiner, then within two words a time noun (time_phrase_nouns, time_measure_words):
// `sold the previous day`, `built this year`: after a participle, it closes a reduced
// relative (`the shares sold the previous day`), no object of a finite verb.
bool time_phrase_at(const Resolver& r, const Sentence& st, std::size_t j) {
  if (j >= st.end_token || r.in_direct[j]) return false;
  const Token& w = r.a.tokens[j];
  if (w.has(kCapitalized) || !(r.lex.in(Words::BeforeThat, w) || r.lex.in(Words::Determiners, w))) return false;
  for (std::size_t i = j + 1; i < st.end_token && i <= j + 2 && !r.in_direct[i]; ++i) {
    const Token& t = r.a.tokens[i];
    if (t.kind != TokenKind::Word || t.has(kCapitalized)) return false;
    if (r.lex.in(Words::TimePhraseNouns, t) || r.lex.in(Words::TimeMeasureWords, t)) return true;
  }
  return false;
}

// Whether the lower-case word at j, after a subject that opened at n, is a bare present
// verb (rule A962: `suggested the Lyon floods show the risk`, `observed Liberals
// now hold both seats`): a word with no ending (-s, -ed, -ing, -ly) that is no
// determiner, preposition, coordinator, complementizer, pronoun, auxiliary, negator,
// quantifier or time word, after a plural in -s (not -ss, no possessive) or such a plural
// and one acting adverb (acting_adverbs: `now`, `still`), and before a determiner,
// possessive or quantifier that opens its object, not a time phrase (`the firm's results
// this week`).
bool bare_present_after_plural(const Resolver& r, const Sentence& st, std::size_t j, std::size_t n) {
  const Annotation& a = r.a;
  const Token& t = a.tokens[j];
  const Lexicons& lex = r.lex;
  if (j + 2 >= st.end_token || t.has(kCapitalized) || t.lower.size() < 3 || lex.ends_in(Words::PresentSSuffixes, t.lower) || ed_form(lex, t) ||
      lex.ends_in(Words::ParticipleSuffixes, t.lower) || lex.ends_in(Words::AdverbSuffixes, t.lower) || lex.in(Words::Determiners, t) ||
      preposition_word(lex, t) || lex.in(Words::Coordinators, t) || lex.in(Words::Complementizers, t) || lex.in(Words::ObjectPronouns, t) ||
      lex.in(Words::NominativePronouns, t) || finite_auxiliary(lex, t) || lex.in(Words::Negators, t) || lex.in(Words::QuantifierDeterminers, t) ||
      lex.in(Words::NumberModifiers, t) || lex.in(Words::BeforeThat, t) || lex.in(Words::ActingAdverbs, t) || irregular_past(lex, t))
    return false;
  std::size_t s = j - 1;
  if (s > n && lex.in(Words::ActingAdverbs, a.tokens[s]) && !a.tokens[s].has(kCapitalized)) --s;
  const Token& p = a.tokens[s];
  if (s < n || (s == n && !p.has(kCapitalized)) || p.kind != TokenKind::Word || p.has(kPossessive) || !s_form(lex, p.lower) || r.in_direct[s])
    return false;
  // A lower-case plural right before the plural is a noun with an object relative clause
  // (s54-mendsA: `reported the fees banks charge their clients`), no subject and its verb.
  if (s > n && plural_noun(lex, a.tokens[s - 1]) && !r.in_direct[s - 1]) return false;
  const Token& o = a.tokens[j + 1];
  if (r.in_direct[j + 1] || o.has(kCapitalized) ||
      !(lex.in(Words::Determiners, o) || lex.in(Words::Possessives, o) || lex.in(Words::QuantifierDeterminers, o)))
    return false;
  return !lex.in(Words::TimePhraseNouns, a.tokens[j + 2]) && !lex.in(Words::BeforeThat, o);
}

// A subject that opens on a determiner, a number (after its modifier, A520) or a name, and
// its verb with no auxiliary (rule A960, after a reporting verb in -s, -ed or an irregular
// past: thatless_clause): one to five words between, all outside quotation marks, none a
// preposition, coordinator, relative word, complementizer, determiner, finite auxiliary or
// punctuation, and no capitalised word after a lower-case one (a noun and a reduced
// relative, `cited the remarks Roe made`); a name's run needs a lower-case word before
// the verb (`German car exports`; a bare name and its past form is name_and_past's,
// A611). The verb is a lower-case past form (in -ed or irregular_past) with its object
// after it (object_opener: `reported at least four boats crossed the bay`, `wrote the
// guards knew to wait`; not a participle, `showed the crops damaged in the storm`) or right
// after an adverb in -ly (`sales unexpectedly fell in June`), or a bare present after
// a plural (bare_present_after_plural, rule A962).
bool subject_and_simple_verb(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  if (k + 2 >= st.end_token || r.in_direct[k]) return false;
  const Token& first = a.tokens[k];
  const std::size_t n = after_number_modifier(r, st, k);
  const bool name = n == k && first.kind == TokenKind::Word && first.has(kCapitalized);
  if (n == k && !name && !(r.lex.in(Words::Determiners, first) && !first.has(kCapitalized)) && first.kind != TokenKind::Number) return false;
  bool lower = false;
  for (std::size_t j = n + 1; j < st.end_token && j - n <= 6; ++j) {
    const Token& t = a.tokens[j];
    if (t.kind != TokenKind::Word || r.in_direct[j] || preposition_word(r.lex, t) || r.lex.in(Words::Coordinators, t) ||
        r.lex.in(Words::RelativeWords, t) || r.lex.in(Words::Complementizers, t) || r.lex.in(Words::Determiners, t) || finite_auxiliary(r.lex, t))
      return false;
    if (t.has(kCapitalized)) {
      if (lower) return false;
      continue;
    }
    if (j > n + 1 && bare_present_after_plural(r, st, j, n)) return true;
    if (j > n + 1 && finite_past(r.lex, t)) {
      // A name's run takes a lower-case noun before the verb (a bare name and its verb is
      // name_and_past's, after a named subject only); an adverb in -ly right before the
      // verb marks it finite whatever follows (`sales unexpectedly fell in June`).
      if (name && !lower) return false;
      const Token& p = a.tokens[j - 1];
      if (lower && p.lower.size() > 4 && r.lex.ends_in(Words::AdverbSuffixes, p.lower)) return true;
      // a time phrase after it is no object: a participle's reduced relative (s54-mendsA:
      // `reported the shares sold the previous day`)
      return object_opener(r, st, j + 1) && !time_phrase_at(r, st, j + 1);
    }
    lower = true;
  }
  return false;
}

// A name and its verb at k (rule A611): a run of capitalised words outside quotation marks
// and right after it a lower-case past form, in -ed or irregular_past (`suggested Trump
// went too far`, `reported Acme sold 40 stores`).
bool name_and_past(const Resolver& r, const Sentence& st, std::size_t k) {
  std::size_t j = k;
  while (j < st.end_token && j - k < 4 && !r.in_direct[j] && r.a.tokens[j].kind == TokenKind::Word && r.a.tokens[j].has(kCapitalized)) ++j;
  if (j == k || j >= st.end_token || r.in_direct[j]) return false;
  const Token& t = r.a.tokens[j];
  return t.kind == TokenKind::Word && !t.has(kCapitalized) && (past_form(r.lex, t) || irregular_past(r.lex, t));
}

// A subject that opens on a quantifier or numeral (quantifier_determiners, not before a
// preposition: not_clause_openers) and a lower-case finite auxiliary or negative one within
// eight words, before any coordinator, relative word, complementizer or preposition (rule
// A615: `reported nine trains were delayed`, `said most were added`; not `showed some good
// touches but was beaten`, `cited several examples of help his charity had received`).
// Only after a named subject's verb (thatless_clause), so no passive (`it was first
// announced some ...`) nor inverted attribution (`..., reported the BBC`).
bool quantifier_and_auxiliary(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  if (k + 1 >= st.end_token || r.in_direct[k] || a.tokens[k].has(kCapitalized) || !r.lex.in(Words::QuantifierDeterminers, a.tokens[k]) ||
      r.lex.in(Words::NotClauseOpeners, a.tokens[k + 1]))
    return false;
  for (std::size_t j = k + 1; j < st.end_token && j - k <= 8; ++j) {
    const Token& t = a.tokens[j];
    if (t.kind != TokenKind::Word || r.in_direct[j] || r.lex.in(Words::Coordinators, t) || r.lex.in(Words::RelativeWords, t) ||
        r.lex.in(Words::Complementizers, t) || r.lex.in(Words::NotClauseOpeners, t) || r.lex.in(Words::OfPrepositions, t))
      return false;
    if (!t.has(kCapitalized) && (r.lex.in(Words::FiniteAuxiliaries, t) || r.lex.in(Words::NegativeAuxiliaries, t))) return true;
  }
  return false;
}

// Whether the speaker's name ends right before the verb at v, or before a finite
// auxiliary there (`Yukos has claimed`): the verb's own subject (rule A611; not `An All
// England club spokesperson denied`, where the name is inside the phrase).
bool named_subject_before(const Resolver& r, std::size_t v, const Attribution& at) {
  if (at.mention < 0) return false;
  const std::size_t end = r.a.mentions[static_cast<std::size_t>(at.mention)].end_token;
  return end == v || (end + 1 == v && r.lex.in(Words::FiniteAuxiliaries, r.a.tokens[end]));
}

// Whether the verb at v is surely a finite verb, not a plural noun nor a participle that
// opens its sentence (rule A611: `Finding Nemo won`, `police reports Jane Roe filed`): a past
// form (in -ed or irregular_past), or a form in -s right after a capitalised word, its
// subject's name (`Deutsche Bank contends`).
bool finite_report_verb(const Resolver& r, const Sentence& st, std::size_t v) {
  const Token& t = r.a.tokens[v];
  if (ed_form(r.lex, t) || irregular_past(r.lex, t)) return true;
  return v > st.first_token && r.lex.ends_in(Words::PresentSSuffixes, t.lower) && r.a.tokens[v - 1].kind == TokenKind::Word &&
         r.a.tokens[v - 1].has(kCapitalized);
}

// Whether the token at j is a hyphen glued to a word on both sides (`once-popular`), a
// compound's inside, no punctuation of the clause.
bool glued_hyphen(const Annotation& a, std::size_t j, const Sentence& st) {
  const Token& t = a.tokens[j];
  return t.norm == "-" && j > st.first_token && j + 1 < st.end_token && a.tokens[j - 1].kind == TokenKind::Word &&
         a.tokens[j + 1].kind == TokenKind::Word && a.tokens[j - 1].span.end == t.span.begin && t.span.end == a.tokens[j + 1].span.begin;
}

// A clause at k that opens on a subject (a subject pronoun, a determiner, a number, one
// after its modifier (after_number_modifier, rule A520: `suggested at least four boats
// were ...`), or a capitalised word) and shows a lower-case finite auxiliary or a negative
// one within eight tokens, with only words outside quotation marks between (and, when
// compounds, hyphens inside a compound word, glued_hyphen, rule A911: `reported the
// once-close friends had`) and no relative word or complementizer (thatless_clause). After a hearer (hearer_clause_start), no
// interrogative word either (`told X on Thursday how surprised he is`), and the subject may
// open on a quantifier or predeterminer (quantifier_determiners, rule A506: `told Reuters
// several officials had ...`, `told news agency Reuters such a move would ...`), not before
// a preposition (`such as`: not_clause_openers).
bool subject_and_auxiliary(const Resolver& r, const Sentence& st, std::size_t k, bool after_hearer, bool compounds) {
  const Annotation& a = r.a;
  if (k >= st.end_token) return false;
  // Row A1140: an amount after its sign (`$5 million was`, `£12m for schools will`); its
  // phrase holds no capitalised word, which may be the next subject in a headline's run-on
  // into the first sentence (`Town pledges £1m to park Tom Smith has offered ...`), nor a
  // coordinator (`promised £4bn in tax cuts but have yet to`: the subject's predicate)
  const bool amount = currency_amount(r, st, k);
  if (amount) ++k;
  const std::size_t n = after_number_modifier(r, st, k);
  if (n == k) {
    const Token& first = a.tokens[k];
    const bool subject = amount || r.lex.in(Words::SubjectPronouns, first) || r.lex.in(Words::Determiners, first) ||
                         first.kind == TokenKind::Number || (first.kind == TokenKind::Word && first.has(kCapitalized));
    const bool quantifier = after_hearer && k + 1 < st.end_token && r.lex.in(Words::QuantifierDeterminers, first) &&
                            !r.lex.in(Words::NotClauseOpeners, a.tokens[k + 1]);
    if (!subject && !quantifier) return false;
  }
  k = n;
  for (std::size_t j = k + 1; j < st.end_token && j - k <= 8; ++j) {
    const Token& t = a.tokens[j];
    if (compounds && glued_hyphen(a, j, st)) continue;  // a compound word (`the once-popular friends had`, rule A911)
    if (t.kind != TokenKind::Word || r.in_direct[j] || r.lex.in(Words::RelativeWords, t) || r.lex.in(Words::Complementizers, t) ||
        (after_hearer && r.lex.in(Words::InterrogativeWords, t)) ||
        (amount && (t.has(kCapitalized) || r.lex.in(Words::Coordinators, t))))
      return false;
    if (!t.has(kCapitalized) && (r.lex.in(Words::FiniteAuxiliaries, t) || r.lex.in(Words::NegativeAuxiliaries, t))) return true;
  }
  return false;
}

// Whether the that-less clause at k after a verb marked np_object shows a finite verb
// (rule A380): a nominative pronoun and its verb (nominative_clause: `added he would`), or
// a lower-case finite auxiliary, negative auxiliary (A430) or copula, or a lower-case form in -ed not after a
// determiner or possessive, or a form in -s or -ed after a capitalised word, within 25
// tokens (quoted words read as the others) and before any punctuation but a comma or a
// colon, a relative word but `that`, an interrogative complementizer or a subordinator (`added the targets intended to ensure`, `claimed revenues were likely`;
// the content of a noun, `adding a new theory that the attack may have been faked`,
// `added a bombshell prediction of his own: Unnamed forces were going to`; not the
// noun-phrase object of `added 292,000 jobs in December`, `claimed the prize for exceeding
// expectations`, `added a note of caution, should Clinton ...`).
// Whether the auxiliary at j, after k, stands right after a comma or a coordinator, with
// no subject of its own (rule A651): the verb's own next predicate (`might claim momentum
// but would be unable to ...`) or a condition in inverted order (`added a note of caution,
// should the mayor return too soon`), no finite verb of a clause after the object.
// A comma that may close an aside opened by an earlier comma of the sentence (`experts
// like Tom Baker, a geologist, claim is ...`, `The answer, says Tom Baker, is ...`) leaves
// the subject before the aside.
bool subjectless_at(const Resolver& r, const Sentence& st, std::size_t j, std::size_t k) {
  const Token& p = r.a.tokens[j - 1];
  if (j <= k || r.in_direct[j - 1]) return false;
  if (r.lex.in(Words::Coordinators, p)) return true;
  if (p.norm != ",") return false;
  for (std::size_t i = st.first_token; i + 1 < j; ++i)
    if (r.a.tokens[i].norm == ",") return false;
  return true;
}

// Whether the that-less words after a verb marked np_object, from k, are its transfer frame
// `add X to Y` (rule A931): the preposition `to` before a determiner, possessive or number,
// right after the verb (`adds to the tension`) or after a noun phrase (`could add another
// job title to her resume`, `adds a critical voice to the public record`), with no finite
// auxiliary, copula, negative auxiliary, lower-case form in -ed, complementizer, relative
// word or punctuation before it, nor one after the `to` phrase before the clause ends (a
// punctuation mark, complementizer, relative word or subordinator): the object is a thing
// added, no clause reports speech.
// A that-clause is not read (`added that the new tax would go to the council`), nor an
// infinitive (`claimed to be the victim`); a clause whose verb comes before `to` or after
// its noun phrase keeps it (`added the trip was cut to two days`, `added the visit to the
// plant would go ahead`).
bool transfer_object(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  const auto finite = [&](const Token& t) { return finite_or_past(r.lex, t); };
  const auto clause_edge = [&](std::size_t j) {
    const Token& t = a.tokens[j];
    return r.in_direct[j] || (t.kind != TokenKind::Word && t.kind != TokenKind::Number) || r.lex.in(Words::Complementizers, t) ||
           r.lex.in(Words::RelativeWords, t) || r.lex.in(Words::Subordinators, t);
  };
  // First the `to` and what follows it (one look-up a word: most objects have none), then
  // the words before and after it.
  std::size_t j = k;
  for (; j + 1 < st.end_token && j - k < 10; ++j) {
    const Token& t = a.tokens[j];
    if (t.kind != TokenKind::Word && t.kind != TokenKind::Number) return false;
    if (r.lex.in(Words::InfinitiveMarkers, t)) break;
  }
  if (j + 1 >= st.end_token || j - k >= 10) return false;
  const Token& u = a.tokens[j + 1];
  if (!r.lex.in(Words::Determiners, u) && !r.lex.in(Words::Possessives, u) && !u.has(kPossessive) && u.kind != TokenKind::Number)
    return false;
  for (std::size_t m = k; m < j; ++m)
    if (clause_edge(m) || finite(a.tokens[m])) return false;
  // `to` and its noun phrase end a subject when the clause's verb follows them
  // (`added the visit to the plant would go ahead`).
  for (std::size_t m = j + 2; m < st.end_token && m - j < 12 && !clause_edge(m); ++m)
    if (finite(a.tokens[m])) return false;
  return !r.in_direct[j];
}

bool finite_clause(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  if (nominative_clause(r, st, k)) return true;
  for (std::size_t j = k; j < st.end_token && j - k < 25; ++j) {
    const Token& t = a.tokens[j];
    if (r.lex.in(Words::DeclarativeComplementizers, t) || t.kind == TokenKind::Quote) continue;
    if ((t.kind != TokenKind::Word && t.kind != TokenKind::Number && t.norm != "," && t.norm != ":") ||
        r.lex.in(Words::RelativeWords, t) || r.lex.in(Words::Complementizers, t) || r.lex.in(Words::Subordinators, t))
      return false;
    // A possessive's `'s` after a name is no verb in -s (rule A1121: `add momentum to
    // Acme's recent revival`, `add the record at May's Grand Prix`).
    if (t.kind != TokenKind::Word || t.has(kCapitalized) || t.has(kPossessive)) continue;
    if (r.lex.in(Words::FiniteAuxiliaries, t) || r.lex.in(Words::Copulas, t) || r.lex.in(Words::NegativeAuxiliaries, t))
      return !subjectless_at(r, st, j, k);
    if (past_form(r.lex, t) && !after_noun_opener(r, j)) return true;
    // a form in -s after a name, its subject (`claims Gulen runs a network`)
    if (j > k && a.tokens[j - 1].has(kCapitalized) && finite_ending(r.lex, t)) return true;
  }
  return false;
}

// Whether the comma at token c closes a parenthetical set off by an earlier comma
// (aside_opening_comma), after a subject outside quotation marks: a phrase that opens on a
// preposition (word list speaker_phrase_prepositions) or a form in -ing (`The union, in a
// statement, said workers deserve more`, `The mayor, speaking at a rally, said ...`). The
// verb after it has its subject before the parenthetical (rule A421 does not apply).
static bool closes_parenthetical(const Resolver& r, const Sentence& st, std::size_t c) {
  const Annotation& a = r.a;
  const std::size_t o = aside_opening_comma(r, st, c);
  if (o + 1 >= c) return false;
  const Token& t = a.tokens[o + 1];
  if (t.kind != TokenKind::Word || t.has(kCapitalized)) return false;
  if (!r.lex.in(Words::SpeakerPhrasePrepositions, t) && !ing_form(r.lex, t)) return false;
  for (std::size_t i = st.first_token; i < o; ++i)
    if (r.in_direct[i] || a.tokens[i].kind == TokenKind::Quote) return false;
  return true;
}

// Whether the words at k after a verb that follows a comma and has no subject before it
// are the verb's subject in inverted order that inverted_report did not take (rule A421:
// `..., said one GOP source in the room.`, `..., said an official who was briefed on
// ...`, `..., says political scientist X in Almaty`), not a reported clause: they open on
// no nominative pronoun (`, said it made no difference`), show no finite verb
// (finite_clause) and, before a relative word, no lower-case form in -s or -ed after a
// word that is no determiner, possessive or preposition, or after a quotation mark
// (`, say taxing consumption encourages savings`, `, say the "sharing economy" reflects`).
bool subject_after_verb(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  if (r.lex.in(Words::NominativePronouns, a.tokens[k]) || finite_clause(r, st, k)) return false;
  for (std::size_t j = k + 1; j < st.end_token && j - k < 25 && !r.lex.in(Words::RelativeWords, a.tokens[j]); ++j) {
    const Token& t = a.tokens[j];
    const Token& p = a.tokens[j - 1];
    if (t.kind != TokenKind::Word || t.has(kCapitalized) || !finite_ending(r.lex, t)) continue;
    if (p.kind == TokenKind::Quote ||
        (p.kind == TokenKind::Word && !p.has(kCapitalized) && !after_noun_opener(r, j) &&
         !r.lex.in(Words::SpeakerPhrasePrepositions, p) && !r.lex.in(Words::OfPrepositions, p)))
      return false;
  }
  return true;
}

// Whether the `that` before token k is a relative pronoun, not a complementizer (rule
// A381): k is a form of `be` or `have` that cannot agree with a demonstrative `that` (a
// finite copula or perfect auxiliary without the -s of the third person singular: `are`,
// `were`, `have`, `had`), so `that` has an antecedent, and the `that` does not stand right
// after a verb form that is no noun (`said that were the council to vote` stays; `states
// that have voted`, `remarks that were featured`, `companies that have outsourced jobs`
// are nouns and their relative clauses, no report).
bool relative_that(const Resolver& r, const Sentence& st, std::size_t v, std::size_t n, const SpeechCue& vc, std::size_t k) {
  const Annotation& a = r.a;
  if (k >= st.end_token || r.in_direct[k]) return false;
  const Token& t = a.tokens[k];
  if (t.kind != TokenKind::Word || t.has(kCapitalized) || !r.lex.in(Words::FiniteAuxiliaries, t) ||
      !(r.lex.in(Words::Copulas, t) || r.lex.in(Words::PerfectAuxiliaries, t)) || r.lex.ends_in(Words::PresentSSuffixes, t.lower))
    return false;
  const std::string_view form = a.tokens[v].lower;
  const bool noun_form = form == vc.lemma || (s_form(r.lex, form));
  return k != v + n + 1 || noun_form;
}

// A parenthetical set off by a comma or a dash at k, closed by a second one within
// twelve tokens outside quotation marks, a word or number after it: the token after the
// closing mark, else 0.
std::size_t after_parenthetical(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  auto mark = [&](std::size_t j) {
    return !r.in_direct[j] && (a.tokens[j].norm == "," || a.tokens[j].norm == "--" || a.tokens[j].norm == "-");
  };
  if (k >= st.end_token || !mark(k)) return 0;
  for (std::size_t j = k + 2; j + 1 < st.end_token && j <= k + 12; ++j) {
    if (a.tokens[j].norm == ";" || a.tokens[j].norm == ":" || r.in_direct[j]) return 0;
    if (!mark(j)) continue;
    const TokenKind next = a.tokens[j + 1].kind;
    return next == TokenKind::Word || next == TokenKind::Number ? j + 1 : 0;
  }
  return 0;
}

// A that-less clause after a parenthetical set off by commas right after a verb of saying
// (rule A860): `said, if elected, she would ask ...`, `says, win or lose in Tuesday's
// primary, he's staying in the race`, `said, however, the plan would fail`. The comma at k
// opens a parenthetical that a second comma closes within twelve tokens outside quotation
// marks (after_parenthetical; no dash: `said -- ...` is an afterthought) whose first word
// is no participle (`, adding ...`, `, citing a report, ...`: the speaker's next act) nor
// opens a cue other than one after its source (`, according to X, ...`; `, in a statement,`
// is the verb's own); after it a clause opens on a subject
// (a nominative pronoun and its verb, or a subject pronoun, determiner, number or
// capitalised word and a finite verb: subject_and_auxiliary, finite_clause). Returns the
// subject's first token, k when none; the clause opens on the parenthetical, as after
// `that` (clause_opening), and the tests of a that-less opening read its subject.
bool verb_adjunct_parenthetical(const Resolver& r, std::size_t k, std::size_t p);
[[gnu::noinline]] std::size_t clause_after_comma_parenthetical(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  if (k + 2 >= st.end_token || a.tokens[k].norm != "," || r.in_direct[k]) return k;
  const std::size_t p = after_parenthetical(r, st, k);
  if (p == 0 || a.tokens[p - 1].norm != ",") return k;
  const Token& first = a.tokens[k + 1];
  const SpeechCue* vc = nullptr;
  if (first.kind != TokenKind::Word || ing_form(r.lex, first) ||
      (speech_verb_at(r, k + 1, st.end_token, &vc) && vc->kind != SpeechCue::Kind::PhraseAfterSource))
    return k;
  for (std::size_t j = k + 1; j + 1 < p; ++j)
    if (a.tokens[j].kind == TokenKind::Quote || a.tokens[j].norm == "--" || a.tokens[j].norm == "-") return k;
  const Token& s = a.tokens[p];
  const bool subject = r.lex.in(Words::SubjectPronouns, s) || r.lex.in(Words::Determiners, s) || s.kind == TokenKind::Number ||
                       (s.kind == TokenKind::Word && s.has(kCapitalized));
  return nominative_clause(r, st, p) || subject_and_auxiliary(r, st, p) || (subject && finite_clause(r, st, p)) ? p : k;
}

// Row A1140: a currency sign (word list currency_signs) at k before a number or an amount
// written in digits (`$5 million`, `£12m`, `€3bn`): the amount opens a clause's subject as
// a number does (clause_opening(), subject_and_auxiliary(): `Tom Smith said that $5
// million was spent on the bridge`, `Jane Roe announced £20m for schools will be spent on
// ...`; before, the sign, a punctuation token, opened no clause). Not inside quotation marks.
bool currency_amount(const Resolver& r, const Sentence& st, std::size_t k) {
  if (k + 1 >= st.end_token || r.in_direct[k] || !r.lex.in(Words::CurrencySigns, r.a.tokens[k])) return false;
  const Token& n = r.a.tokens[k + 1];
  return n.kind == TokenKind::Number ||
         (n.kind == TokenKind::Word && !n.norm.empty() && n.norm.front() >= '0' && n.norm.front() <= '9');
}

// The first token of a reported clause at k (rule A280), st.end_token when none: a word;
// a number that opens the clause's subject, after `that` (`found that 28 percent of
// voters back X`) or before a finite auxiliary or copula within eight words and numbers
// with no relative word, complementizer or subordinator between (`says 31,000 of them
// could be lost`; not `told Europe 1 radio when asked whether he had`), or before a past
// form after the number's next word (finite_past, rule A560: `said 30 boats sank`, `says 24
// firms reported`; not `said 30 minutes later`); after `that`, a
// parenthetical set off by commas or dashes, which opens the clause (`reiterated that, in
// retrospect, what she did was a mistake`, `says that -- in his professional life -- he
// is`: after_parenthetical).
std::size_t clause_opening(const Resolver& r, const Sentence& st, std::size_t k, bool has_that) {
  const Annotation& a = r.a;
  if (k >= st.end_token) return st.end_token;
  if (a.tokens[k].kind == TokenKind::Word) return k;
  if (has_that && after_parenthetical(r, st, k) != 0) return k + 1;
  // Row A1140: the sign opens the clause as its amount would (currency_amount)
  const std::size_t h = currency_amount(r, st, k) ? k + 1 : k;
  if (h > k && a.tokens[h].kind == TokenKind::Word) return k;
  if (a.tokens[h].kind != TokenKind::Number || r.in_direct[h]) return st.end_token;
  if (has_that) return k;
  for (std::size_t j = h + 1; j < st.end_token && j - h <= 8; ++j) {
    const Token& t = a.tokens[j];
    if ((t.kind != TokenKind::Word && t.kind != TokenKind::Number) || r.in_direct[j] || r.lex.in(Words::RelativeWords, t) ||
        r.lex.in(Words::Complementizers, t) || r.lex.in(Words::Subordinators, t))
      break;
    if (!t.has(kCapitalized) && (r.lex.in(Words::FiniteAuxiliaries, t) || (j > k + 1 && finite_past(r.lex, t)))) return k;
  }
  return st.end_token;
}

// The token after the hearer at k of a verb that takes one (rule A57: `told his audience`,
// `told reporters`, `told CNN`): a name, or up to three words that open with a determiner
// or are lower-case, with no auxiliary, complementizer or preposition; k when none.
std::size_t after_hearer(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  if (k >= st.end_token || r.in_direct[k]) return k;
  if (r.mention_at[k] >= 0) return a.mentions[static_cast<std::size_t>(r.mention_at[k])].end_token;
  std::size_t j = k;
  while (j < st.end_token && j - k < 3 && a.tokens[j].kind == TokenKind::Word && !a.tokens[j].has(kCapitalized) &&
         !r.lex.in(Words::FiniteAuxiliaries, a.tokens[j]) && !r.lex.in(Words::Complementizers, a.tokens[j]) &&
         !r.lex.in(Words::NotClauseOpeners, a.tokens[j]))
    ++j;
  return j;
}

// A comma at k and a participle speech verb after it (`, adding that ...`, `, saying`):
// a report of the speaker's own that follows the attribution.
bool participle_report_after(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  if (k + 1 >= st.end_token || a.tokens[k].norm != "," || r.in_direct[k + 1] || !r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[k + 1].lower))
    return false;
  const SpeechCue* vc = nullptr;
  return speech_verb_at(r, k + 1, st.end_token, &vc) && vc->kind == SpeechCue::Kind::Verb;
}

// The comma that ends an attribution before its report (as_report): after up to ten
// words and numbers from k, none of them a finite auxiliary, subject pronoun,
// complementizer or coordinator (`As X said he would, ...`, `As Soviet states and
// neighbors, ...` are no attribution); 0 when there is none.
std::size_t attribution_comma(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  for (std::size_t j = k; j < st.end_token && j - k <= 10 && !r.in_direct[j]; ++j) {
    const Token& t = a.tokens[j];
    if (t.norm == ",") return j;
    if ((t.kind != TokenKind::Word && t.kind != TokenKind::Number) || r.lex.in(Words::FiniteAuxiliaries, t) ||
        r.lex.in(Words::SubjectPronouns, t) || r.lex.in(Words::DeclarativeComplementizers, t) || r.lex.in(Words::Coordinators, t))
      return 0;
  }
  return 0;
}

// The speaker phrase of `As X reported,` at [b, e): no punctuation or quote, no
// preposition but `of` after its first word (`As the race has turned to contests in
// states,` `As of the last report,` are clauses of time or topic).
bool attribution_phrase(const Resolver& r, std::size_t b, std::size_t e) {
  const Annotation& a = r.a;
  if (b >= e || r.lex.in(Words::OfPrepositions, a.tokens[b])) return false;
  for (std::size_t j = b; j < e; ++j)
    if (a.tokens[j].kind == TokenKind::Punct || r.in_direct[j] || r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[j])) return false;
  return true;
}

// Whether a clause's subject opens at k, outside quotation marks: a subject pronoun, a
// determiner, a quantifier, a number or a capitalised word (rule A614: not the verb
// phrase of a subject set off before the aside, `Hawaii, as X pointed out, normally does
// not ...`, nor a coordinator).
bool subject_opens(const Resolver& r, const Sentence& st, std::size_t k) {
  if (k >= st.end_token || r.in_direct[k]) return false;
  const Token& t = r.a.tokens[k];
  return r.lex.in(Words::SubjectPronouns, t) || r.lex.in(Words::NominativePronouns, t) || r.lex.in(Words::Determiners, t) ||
         r.lex.in(Words::QuantifierDeterminers, t) || t.kind == TokenKind::Number ||
         (t.kind == TokenKind::Word && t.has(kCapitalized) && !r.lex.in(Words::Coordinators, t));
}

// A word of attribution_as within nine tokens before the verb at v, right after a comma
// or a comma and a coordinator inside the sentence (rule A614: `CLAUSE, and as X noted,
// CLAUSE`, `given that, as The Times reported on Saturday, CLAUSE`): its index, or 0.
std::size_t as_after_comma(const Resolver& r, const Sentence& st, std::size_t v) {
  const Annotation& a = r.a;
  for (std::size_t j = v; j > st.first_token + 1 && v - j < 9;) {
    --j;
    if (r.in_direct[j] || a.tokens[j].norm == ",") return 0;
    if (!r.lex.in(Words::AttributionAs, a.tokens[j])) continue;
    std::size_t b = j - 1;
    if (r.lex.in(Words::Coordinators, a.tokens[b]) && b > st.first_token) --b;
    return a.tokens[b].norm == "," && !r.in_direct[b] ? j : 0;
  }
  return 0;
}

// `As X reported, CLAUSE`, `As reported by X, CLAUSE` (rule A123, as-report): a word of
// attribution_as opening the sentence (after punctuation, discourse markers and
// coordinators), then the speaker phrase (attribution_phrase, at most eight tokens) and a
// finite form of the verb, or the verb, `by` and the speaker phrase; a comma after the
// verb's time, place or hearer words (attribution_comma; no infinitive, and no object
// but a hearer: `as he ponders his next moves,`): the rest of the sentence is the report.
bool as_report(Resolver& r, const Sentence& st, std::size_t v, std::size_t n, const SpeechCue& vc, Attribution& at,
               Clause& c) {
  const Annotation& a = r.a;
  std::size_t open = st.first_token;
  while (open < v && (a.tokens[open].kind == TokenKind::Punct || r.lex.in(Words::DiscourseMarkers, a.tokens[open]) ||
                      r.lex.in(Words::Coordinators, a.tokens[open])))
    ++open;
  const std::size_t mid = open < v && !r.lex.in(Words::AttributionAs, a.tokens[open]) ? as_after_comma(r, st, v) : 0;
  if (mid != 0) open = mid;
  if (open >= v || v - open > 9 || !r.lex.in(Words::AttributionAs, a.tokens[open]) || v + n >= st.end_token ||
      r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[v].lower) || after_noun_opener(r, v))
    return false;
  const Token& next = a.tokens[v + n];
  std::size_t comma = 0;
  if (v == open + 1) {
    if (!r.lex.in(Words::AgentPrepositions, next)) return false;
    comma = attribution_comma(r, st, v + n + 1);
    if (comma <= v + n + 1 || !attribution_phrase(r, v + n + 1, comma)) return false;
    at.speaker = r.noun_phrase(v + n + 1, comma, at.from, at.mention);
  } else {
    if (!attribution_phrase(r, open + 1, v) || r.lex.in(Words::InfinitiveMarkers, next) ||
        (!vc.takes_object && (r.lex.in(Words::Determiners, next) || next.has(kPossessive))))
      return false;
    comma = attribution_comma(r, st, v + n);
    if (comma == 0) return false;
    at.speaker = r.noun_phrase(open + 1, v, at.from, at.mention);
  }
  if (mid != 0 && !subject_opens(r, st, comma + 1)) return false;
  c.begin = comma + 1;
  c.end = st.end_token;
  return true;
}

// A phrase of place, time or manner after an attribution that closes its sentence (rule
// A431), from k: a preposition (speaker_phrase_prepositions; not the infinitive marker,
// nor before a form in -ing: `has vowed to boycott`, `by pointing`) and up to twelve words,
// numbers and possessives that could stand between a verb and its `that` (adjunct_token:
// no finite auxiliary, copula, nominative pronoun, complementizer, relative, subordinator
// or speech verb), outside quotation marks: `CLAUSE, X said in an interview.`, `CLAUSE, X
// said during a campaign stop in Iowa.` Returns the token after it, k when none.
std::size_t trailing_adjunct_end(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  if (k + 1 >= st.end_token || r.in_direct[k] || !r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[k]) ||
      r.lex.in(Words::InfinitiveMarkers, a.tokens[k]) || r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[k + 1].lower))
    return k;
  std::size_t j = k + 1;
  while (j < st.end_token && j - k <= 12 && !r.in_direct[j] &&
         (a.tokens[j].kind == TokenKind::Word || a.tokens[j].kind == TokenKind::Number || a.tokens[j].has(kPossessive)) &&
         adjunct_token(r, st, j))
    ++j;
  return j > k + 1 ? j : k;
}

// A subordinate clause that closes an attribution at the end of its sentence (rule A1048),
// from k: a lower-case subordinator (word lists subordinators, fronting_subordinators) and
// the rest of the sentence, with no quotation mark, quoted token or `that` (`said before the
// meeting that ...` reports what follows): `CLAUSE, X said as the
// conference began.`, `CLAUSE, X said after meeting the aides.`, `CLAUSE, X said when
// asked.` It tells when or why the words were said, not what. Returns the sentence's last
// token (which attribution_closes() reads as its end), k when none.
// The text [b, e) before such an attribution's comma must show a verb of its own for the
// clause to close it: a lower-case finite auxiliary, copula or negative auxiliary, or a past
// or -s form (five letters or more; no time word of before_that: `this`) after a word that
// is no determiner or quantifier. `Earlier this month, X said as many as ...` shows none:
// the words after the verb are the report.
bool text_shows_verb(const Resolver& r, std::size_t b, std::size_t e) {
  const Lexicons& lex = r.lex;
  for (std::size_t k = b; k < e; ++k) {
    const Token& t = r.a.tokens[k];
    if (t.kind != TokenKind::Word || t.has(kCapitalized)) continue;
    if (lex.in(Words::FiniteAuxiliaries, t) || lex.in(Words::Copulas, t) || lex.in(Words::NegativeAuxiliaries, t)) return true;
    if (k == b || t.lower.size() < 5 || lex.in(Words::BeforeThat, t) || (!finite_ending(lex, t) && !irregular_past(lex, t))) continue;
    const Token& before = r.a.tokens[k - 1];
    if (!lex.in(Words::Determiners, before) && !lex.in(Words::QuantifierDeterminers, before) && !lex.in(Words::NotClauseOpeners, before))
      return true;
  }
  return false;
}

// Whether a quotation mark or a quoted token stands in [b, e).
bool quote_mark_in(const Resolver& r, std::size_t b, std::size_t e) {
  for (std::size_t j = b; j < e; ++j)
    if (r.in_direct[j] || r.a.tokens[j].kind == TokenKind::Quote) return true;
  return false;
}

std::size_t trailing_clause_end(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  if (k + 2 >= st.end_token || r.in_direct[k] || a.tokens[k].kind != TokenKind::Word || a.tokens[k].has(kCapitalized) ||
      (!r.lex.in(Words::Subordinators, a.tokens[k]) && !r.lex.in(Words::FrontingSubordinators, a.tokens[k])))
    return k;
  for (std::size_t j = k + 1; j + 1 < st.end_token; ++j)
    if (r.in_direct[j] || a.tokens[j].kind == TokenKind::Quote || r.lex.in(Words::DeclarativeComplementizers, a.tokens[j])) return k;
  return st.end_token - 1;
}

// A time phrase that closes an attribution at the end of its sentence (rule A610): up to
// three time words (before_that) and the word of time_phrase_nouns that ends the run
// (`CLAUSE, X said last week.`, `CLAUSE, X told reporters Tuesday night.`), which
// after_time_words() leaves in place before punctuation (no clause opens inside it).
// Returns the token after the phrase, k when none (`said last year's budget`).
std::size_t closing_time_end(const Resolver& r, const Sentence& st, std::size_t k) {
  std::size_t j = k;
  while (j < st.end_token && j - k < 3 && !r.in_direct[j] && r.lex.in(Words::BeforeThat, r.a.tokens[j])) ++j;
  const bool time_noun = j > k && j < st.end_token && !r.in_direct[j] && r.lex.in(Words::TimePhraseNouns, r.a.tokens[j]) &&
                         !r.a.tokens[j].has(kPossessive);
  return time_noun ? j + 1 : k;
}

// Whether the parenthetical between the commas at k and p - 1 after a verb of saying is
// the verb's own adjunct, not part of the clause it reports (rule A860): one word (`said,
// however, the plan ...`) or a cue phrase that follows its source (`said, in a statement,
// ...`). The clause then opens after it; a condition or other phrase (`said, if elected,
// she would ...`, `says, win or lose, he's staying`) opens it.
// Row A888 (with A881's mend; narrows A860): a time aside is the verb's own adjunct too
// (`said, on Monday, the plan ...`, `said, last week, ...`, `said, after the meeting, ...`):
// two to four words or numbers that open on a word of before_that, outside quotation marks,
// with no finite verb (shows_finite_verb); a condition opens on no such word (`said, if
// elected, ...`).
bool verb_adjunct_parenthetical(const Resolver& r, std::size_t k, std::size_t p) {
  const SpeechCue* vc = nullptr;
  if (p == k + 3 || (speech_verb_at(r, k + 1, p, &vc) && vc->kind == SpeechCue::Kind::PhraseAfterSource)) return true;
  if (p < k + 4 || p > k + 6 || !r.lex.in(Words::BeforeThat, r.a.tokens[k + 1])) return false;
  for (std::size_t j = k + 1; j + 1 < p; ++j)
    if (r.in_direct[j] || (r.a.tokens[j].kind != TokenKind::Word && r.a.tokens[j].kind != TokenKind::Number && r.a.tokens[j].norm != "."))
      return false;
  return !shows_finite_verb(r, k + 1, p - 1);
}

// Whether the verb at v is a passive or a reduced relative's participle, which a closing
// time phrase does not make an attribution (rule A610): after a copula (`According to the
// figures, 157,000 jobs were added last month.`) or, in -ed, right after a noun of
// plan_nouns (`CLAUSE, a plan announced last week.`).
bool passive_or_reduced(const Resolver& r, const Sentence& st, std::size_t v) {
  if (v <= st.first_token) return false;
  const Token& before = r.a.tokens[v - 1];
  return r.lex.in(Words::Copulas, before) || (r.lex.in(Words::PlanNouns, before) && ed_form(r.lex, r.a.tokens[v]));
}

// The hearer of a verb that takes one before the end of an attribution that closes its
// sentence (rule A431), from k: hearer_end()'s phrase opening on a name, a capitalised
// word (A487: `told POLITICO earlier this week`, `told MPs`, no name the recogniser knew)
// or a determiner (`told a Senate panel`; not `tells one joke`) with no lower-case form in -ed, nor one in -s after a capitalised word (the
// verb of a that-less clause: `told reporters Trump lied`); k when none.
std::size_t closing_hearer_end(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  if (k >= st.end_token || r.in_direct[k] ||
      (r.mention_at[k] < 0 && !r.lex.in(Words::Determiners, a.tokens[k]) && !(a.tokens[k].kind == TokenKind::Word && a.tokens[k].has(kCapitalized))))
    return k;
  const std::size_t h = hearer_end(r, st, k);
  for (std::size_t j = k; j < h; ++j) {
    const Token& t = a.tokens[j];
    if (t.kind != TokenKind::Word || t.has(kCapitalized)) continue;
    if (ed_form(r.lex, t) || (j > k && a.tokens[j - 1].has(kCapitalized) && finite_ending(r.lex, t))) return k;
  }
  return h;
}

// Whether a dash outside quotation marks stands in the sentence before token b, one that
// opens an aside a later dash closes (`the rules -- specifically Rule 40, as it is written
// -- add ...`); a dateline's dash after the capitalised words that open the sentence
// (`WASHINGTON -- CLAUSE, X said -- ...`) is none.
bool dash_before(const Resolver& r, const Sentence& st, std::size_t b) {
  const Annotation& a = r.a;
  std::size_t j = st.first_token;
  while (j < b && a.tokens[j].kind == TokenKind::Word && a.tokens[j].has(kCapitalized)) ++j;
  if (j > st.first_token && j < b && a.tokens[j].norm == "--") ++j;
  for (; j < b; ++j)
    if (a.tokens[j].norm == "--" && !r.in_direct[j]) return true;
  return false;
}

// Whether the attribution's verb phrase ends at ve: the sentence's end or a semicolon, a
// comma before a participle speech verb (rule A99: `, adding ...`), or a dash that opens an
// afterthought on the whole sentence when no dash before the attribution's comma at b opened
// an aside (dash_before; rule A521: `CLAUSE, the board said on Friday -- a move driven by ...`).
bool attribution_closes(const Resolver& r, const Sentence& st, std::size_t ve, std::size_t b) {
  return ve + 1 >= st.end_token || r.a.tokens[ve].norm == ";" ||
         (r.a.tokens[ve].norm == "--" && !r.in_direct[ve] && !dash_before(r, st, b)) || participle_report_after(r, st, ve);
}

// Whether the speaker phrase [b, v) before a reporting verb holds a subject: a word that is
// no finite auxiliary, negator or -ly adverb (rule A442). `CLAUSE, had argued in favour of
// ...` has none: the words before the comma are the verb's own subject (`Several firms,
// including X and Y, had argued ...`), not a reported clause. An empty phrase is an
// apposition closed right before the verb (`CLAUSE, X's Jane Roe, reported.`): it holds one.
bool holds_subject(const Resolver& r, std::size_t b, std::size_t v) {
  if (b >= v) return true;
  for (std::size_t j = b; j < v; ++j) {
    const Token& t = r.a.tokens[j];
    if (!r.lex.in(Words::FiniteAuxiliaries, t) && !r.lex.in(Words::Negators, t) && !ly_adverb(r.lex, t)) return true;
  }
  return false;
}

// Whether the words from b to e before an attribution (`CLAUSE, X said`) are only an
// adverbial, not a reported clause (rule A450): they open on a subordinator or a
// preposition (word lists subordinators, speaker_phrase_prepositions) and hold no comma
// or semicolon before which a main clause could follow: `When the vote ended, X said in
// an interview.`, `During the debate, X told reporters.` (not `If taxes rise, the economy
// will slow, X said.`). After a preposition, a lower-case finite auxiliary, copula or
// form in -ed before any relative word shows a clause (`At least 30 people were killed`,
// `On Thursday the government endorsed ...`).
bool adverbial_only(const Resolver& r, std::size_t b, std::size_t e) {
  const Annotation& a = r.a;
  // A coordinator may stand first (rule A870: `But in July 2012, X failed as predicted.`).
  if (b + 1 < e && !r.in_direct[b] && r.lex.in(Words::Coordinators, a.tokens[b])) ++b;
  if (b >= e || r.in_direct[b]) return false;
  const bool sub = r.lex.in(Words::Subordinators, a.tokens[b]);
  if (!sub && !r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[b])) return false;
  bool relative = false;
  for (std::size_t j = b + 1; j < e; ++j) {
    const Token& t = a.tokens[j];
    if (t.norm == "," || t.norm == ";" || t.kind == TokenKind::Quote) return false;
    relative = relative || r.lex.in(Words::RelativeWords, t);
    if (sub || relative || t.kind != TokenKind::Word || t.has(kCapitalized)) continue;
    if (finite_or_past(r.lex, t)) return false;
  }
  return true;
}

// Whether the words from b to e before an attribution are a free participle adjunct of
// the attribution's own verb (rule A870): they open on a form in -ing (ing_form), outside
// quotation marks, and hold no comma, semicolon or quotation mark and no finite verb
// (shows_finite_verb): `Weighing in on the debate, Jane Roe agreed.`, `Speaking to
// reporters on Monday, X said.`; not a gerund subject with its verb (`Rising prices worry
// voters, X said.`, `Raising taxes is a mistake, X said.`). Row A885 (narrows A870): the
// word right after the -ing word is read as a verb too (`Beijing denied the charge, X
// said.`), and an -ing word a mention covers (a name: `Reading`, `Sterling`) or one of
// not_clause_openers (`Nothing`) opens no adjunct (`Nothing changed after the vote, X said.`).
bool participle_adjunct(const Resolver& r, std::size_t b, std::size_t e) {
  const Annotation& a = r.a;
  if (b >= e || r.in_direct[b] || a.tokens[b].kind != TokenKind::Word || !ing_form(r.lex, a.tokens[b]) || r.mention_cover[b] >= 0 ||
      r.lex.in(Words::NotClauseOpeners, a.tokens[b]))
    return false;
  for (std::size_t j = b + 1; j < e; ++j) {
    const Token& t = a.tokens[j];
    if (t.norm == "," || t.norm == ";" || t.kind == TokenKind::Quote || r.in_direct[j]) return false;
  }
  return !shows_finite_verb(r, b, e);
}

// How the text before the comma that closes it reads to the attribution [b, v) of the
// reporting verb at v in `TEXT, X said` (indirect-before), the one test of rules A442 and
// A450: Clause, a reported clause (from after its last colon); Adverbial, an adverbial
// only (adverbial_only: `When the vote ended, X said in an interview.`), so the
// attribution reports nothing; Subject, the verb's own subject, set off by an aside, when
// the attribution holds no subject (holds_subject: `Several firms, including X and Y, had
// argued ...`), so the text is no reported clause and other readings are tried.
// A free participle adjunct is an adverbial too (rule A870, participle_adjunct: `Weighing
// in on the debate, Jane Roe agreed.`).
enum class TextBefore { Clause, Adverbial, Subject };
TextBefore text_before_comma(const Resolver& r, const Sentence& st, std::size_t b, std::size_t v) {
  if (!holds_subject(r, b, v)) return TextBefore::Subject;
  const std::size_t cb = after_last_colon(r, st.first_token, b - 1);
  return adverbial_only(r, cb, b - 1) || participle_adjunct(r, cb, b - 1) ? TextBefore::Adverbial : TextBefore::Clause;
}

// Whether the quotation right before the verb at v closes an aside on its subject (rule
// A522: a title in an apposition, a cited phrase, a relative clause's quote), not a quote
// the verb attributes (A61): the subject's name (at.mention) ends before the opening mark, a
// comma stands between them, and the quotation holds no more than eight tokens: `Jane Roe,
// host of ABC's "Evening Hour," suggested the plan ...`, `Jane Roe, citing "the spirit of
// the town," said ...`, `Jane Roe, who called it "a disgrace," said ...`.
bool quote_in_aside(const Resolver& r, const Sentence& st, std::size_t v, const Attribution& at) {
  const Annotation& a = r.a;
  if (at.mention < 0 || v <= st.first_token || !r.in_direct[v - 1]) return false;
  std::size_t open = v - 1;
  while (open > st.first_token && (r.in_direct[open - 1] || a.tokens[open - 1].kind == TokenKind::Quote)) --open;
  const std::size_t name_end = a.mentions[static_cast<std::size_t>(at.mention)].end_token;
  if (v - open > 10 || name_end >= open || name_end < st.first_token) return false;
  for (std::size_t j = name_end; j < open; ++j)
    if (a.tokens[j].norm == ",") return true;
  return false;
}

// Whether the word after a time phrase's noun makes the phrase the clause's subject or its
// first words (rules A511, A910): a finite auxiliary, a copula or a possessive (`said this
// year will be hard`, `said this year's budget`); after_time_words() passes the phrase else.
bool subject_after_time_noun(const Lexicons& lex, const Token& t) {
  return lex.in(Words::FiniteAuxiliaries, t) || lex.in(Words::Copulas, t) || t.has(kPossessive);
}

// Whether a time word at k that is a determiner (`this`) opens the clause as its subject or
// its first word (rule A910): before a word that is no time noun nor a word that opens no
// clause after its subject (a subordinator, complementizer, preposition, coordinator or
// relative word: `I write this because I am` reports nothing) (`said this was a mistake`,
// `suggested this plan would fail`), or before a time noun and a finite verb,
// copula or possessive (`said this year will be hard`); not `said this week the plan`, `said
// this week -- ...`, where after_time_words passes the phrase. Before a word that is no time
// noun a clause opens only when a finite form follows within ten words (row A942: a finite
// auxiliary, copula or negative auxiliary, a past form, or a form in -s: `said this was`,
// `this plan would`, `this means`, `this plan works`); not before an -ly adverb or an object
// pronoun, nor with an -ly adverb, a coordinator or a sign before the form (`said this
// repeatedly during the campaign, and ...`, `said this herself`, `stressed this point
// repeatedly`: `this` is the verb's object). Any time word opens the clause before a time
// noun in the possessive (`said last week's sales fell`).
bool determiner_opens(const Resolver& r, const Sentence& st, std::size_t k) {
  const auto& toks = r.a.tokens;
  if (k + 1 >= st.end_token || r.in_direct[k + 1]) return false;
  const Token& n = toks[k + 1];
  // any time word before a time noun in the possessive (s54-mendsA: `said last quarter's
  // profits rose`, as `said this year's budget`)
  if (time_possessive_at(r, st, k)) return true;
  if (!r.lex.in(Words::Determiners, toks[k])) return false;
  if (!r.lex.in(Words::TimePhraseNouns, n)) {
    if (n.kind != TokenKind::Word || r.lex.in(Words::Subordinators, n) || r.lex.in(Words::Complementizers, n) ||
        r.lex.in(Words::NotClauseOpeners, n) || r.lex.in(Words::Coordinators, n) || r.lex.in(Words::RelativeWords, n) ||
        ly_adverb(r.lex, n) || r.lex.in(Words::ObjectPronouns, n))
      return false;
    const auto finite = [&](const Token& t) {
      return finite_auxiliary(r.lex, t) ||
             (t.kind == TokenKind::Word && !t.has(kCapitalized) && (finite_past(r.lex, t) || finite_ending(r.lex, t)));
    };
    // over the subject's words (`this new phenomenon has`, `this acreage earning well
    // brought`, `this tactic of creating thousands of mini servers was`), not past an -ly
    // adverb (`this point repeatedly`), a coordinator or a sign
    for (std::size_t j = k + 1; j < st.end_token && j - k <= 10 && !r.in_direct[j]; ++j) {
      const Token& w = toks[j];
      if (finite(w)) return true;
      if (w.kind != TokenKind::Word || ly_adverb(r.lex, w) || r.lex.in(Words::Coordinators, w)) return false;
    }
    return false;
  }
  if (n.has(kPossessive)) return true;
  if (k + 2 >= st.end_token) return false;
  return subject_after_time_noun(r.lex, toks[k + 2]);
}

// Whether the that-less clause at k after the verb at v opens where no clause does: on a
// time word that A54 did not pass (`insisted Thursday during a tour`), a word that opens no
// clause or an adverb, unless a number's modifier opens a clause with a finite verb (rule
// A520: `said about 20 people have died`; not `said about 20 minutes later`); or after a
// finite verb that follows a quote it attributes (`"strategic," said X, a professor`: A61; a
// participle opens its own clause: `"unlawful," claiming the U.S. ...`; a quotation closing
// an aside on the subject is no such quote: quote_in_aside, A522).
bool thatless_opening_blocked(const Resolver& r, const Sentence& st, std::size_t v, std::size_t k, const Attribution& at) {
  const Annotation& a = r.a;
  const bool number_subject = after_number_modifier(r, st, k) != k && finite_clause(r, st, k);
  const bool no_opener = r.lex.in(Words::NotClauseOpeners, a.tokens[k]) || (r.lex.in(Words::BeforeThat, a.tokens[k]) && !determiner_opens(r, st, k)) ||
                         r.lex.ends_in(Words::AdverbSuffixes, a.tokens[k].lower);
  return (!number_subject && no_opener) || (v > st.first_token && r.in_direct[v - 1] &&
                                            !r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[v].lower) && !quote_in_aside(r, st, v, at));
}

// A lower-case pronoun that is only accusative (object_pronouns, not nominative_pronouns:
// `him`, `them`, `me`, `us`; not `US`) at k: no clause opens on it, for a clause's subject
// is nominative (rule A590). After a verb that takes no hearer it is the verb's object (`if
// you believe them and not him`, `a day after he said them, but`): the verb reports no
// clause there. After a verb that takes one (speech_verbs.json "object") it is the hearer:
// a preposition, time word, complementizer, relative word, coordinator or negator after it
// opens no clause (`told him about changes`, `can the evidence tell us about`, `told me on
// Friday`: none); a clause that shows a finite verb (finite_clause) opens after it (`told
// them there was no more room`, `telling them they will not be`); else the hearer stays in
// the content as before (`told him to find a new club`, `tells them why`, `told us - from
// the Baltic ...`, `the partner told them, was simple`). Returns the clause's first token,
// or st.end_token for none; k when the word at k is no such pronoun.
std::size_t after_accusative(const Resolver& r, const Sentence& st, std::size_t k, const SpeechCue& vc) {
  const Annotation& a = r.a;
  const Token& t = a.tokens[k];
  if (t.kind != TokenKind::Word || t.has(kCapitalized) || !r.lex.in(Words::ObjectPronouns, t) || r.lex.in(Words::NominativePronouns, t))
    return k;
  const std::size_t c = k + 1;
  if (!vc.takes_object || c >= st.end_token) return st.end_token;
  const Token& w = a.tokens[c];
  if (w.kind != TokenKind::Word || r.in_direct[c] || r.lex.in(Words::InterrogativeWords, w) || r.lex.in(Words::InfinitiveMarkers, w))
    return k;
  const bool blocked = r.lex.in(Words::NotClauseOpeners, w) || r.lex.in(Words::BeforeThat, w) || r.lex.in(Words::Complementizers, w) ||
                       r.lex.in(Words::RelativeWords, w) || r.lex.in(Words::Coordinators, w) || r.lex.in(Words::Negators, w);
  if (blocked) return st.end_token;
  return finite_clause(r, st, c) ? c : k;
}

// A cue form right after a determiner or possessive (after_noun_opener) or a preposition
// (after_preposition) is a noun, whatever the order (rule A591): it reports no clause
// after it (rules A53, A104) nor the clause before it or around it (`..., claiming Labour
// has met all of its promises.`, `..., applauded Clinton's remarks.`, `..., satisfying 12.5
// percent of this demand.`), unless the noun phrase is the subject of a speech verb in
// inverted order (inverted_subject: `CLAUSE, says a new MPs' report.`: a speech verb right
// after a comma, then up to four words or possessive marks to the cue; not `X tweeted a
// warning.`). Only a verb of saying (speech_verbs.json "that_optional") stands so before a
// subject that is no name (rule A873): after another verb the comma closes the subject's
// own aside and the noun is its object (`Jane Roe, the mayor of Leeds, denounced Mr.
// Smith's remarks.`, `X, a candidate for president, tweeted a warning.`).
bool inverted_subject(const Resolver& r, const Sentence& st, std::size_t v) {
  for (std::size_t j = v; j > st.first_token + 1 && v - j < 5; --j) {
    const Token& t = r.a.tokens[j - 1];
    if (t.kind != TokenKind::Word && !t.has(kPossessive)) break;
    const SpeechCue* vc = nullptr;
    if (r.a.tokens[j - 2].norm == "," && speech_verb_at(r, j - 1, v, &vc) && vc->kind == SpeechCue::Kind::Verb && vc->that_optional) return true;
  }
  return false;
}

bool noun_cue(const Resolver& r, const Sentence& st, std::size_t v) {
  return (after_noun_opener(r, v) || after_preposition(r, v)) && !inverted_subject(r, st, v);
}

// A cue form other than one in -ed that ends a noun phrase after a copula is a noun, the
// copula's predicate (rule A770): a lower-case copula, then a determiner or possessive and
// up to three lower-case words or possessives right before the cue (`..., is an unsettled
// question.`, `..., were the voters' favourite television shows.`): it reports nothing; a
// subject before its verb has no copula before its determiner (`..., his spokesman says.`).
// No relative word, complementizer or nominative pronoun in the run (`there are those who
// believe`, `is the case it suggests`: a clause with its own verb), nor a demonstrative
// pronoun right before the cue (`is this says`).
bool predicate_noun_cue(const Resolver& r, const Sentence& st, std::size_t v) {
  const Annotation& a = r.a;
  if (ed_form(r.lex, a.tokens[v])) return false;
  // The noun ends its phrase: punctuation, a preposition or `that` after it; a word that
  // opens a clause makes it a verb (`The problem is the company says it cannot pay`).
  if (const std::size_t n = v + 1; n < st.end_token && a.tokens[n].kind == TokenKind::Word &&
                                   !r.lex.in(Words::OfPrepositions, a.tokens[n]) &&
                                   !r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[n]) &&
                                   !r.lex.in(Words::OtherPrepositions, a.tokens[n]) && !r.lex.in(Words::Complementizers, a.tokens[n]))
    return false;
  for (std::size_t j = v; j > st.first_token + 1 && v - j < 5; --j) {
    const Token& t = a.tokens[j - 1];
    if (r.in_direct[j - 1] || r.lex.in(Words::RelativeWords, t) || r.lex.in(Words::Complementizers, t) ||
        r.lex.in(Words::NominativePronouns, t) || (j == v && r.lex.in(Words::DemonstrativePronouns, t)))
      return false;
    if (r.lex.in(Words::Determiners, t) || (t.has(kPossessive) && t.kind == TokenKind::Word)) {
      const Token& c = a.tokens[j - 2];
      if (!c.has(kCapitalized) && r.lex.in(Words::Copulas, c)) return true;
    }
    const bool word = t.kind == TokenKind::Word && !t.has(kCapitalized);
    if (!word && !t.has(kPossessive)) return false;
  }
  return false;
}

// A cue's form in -s right after a quantifier or numeral word that counts only a plural
// noun (word list plural_quantifiers) is a plural noun, not a verb: a plural subject takes
// the base form (rule A592: `in the four states that cast votes`, `the two states that lead
// off`; not `each says`, nor after a number in digits, which may be a name: `3 says it is
// planning`), and it reports no clause unless it heads the subject of a speech verb in
// inverted order (`CLAUSE, say two reports.`: inverted_subject).
bool plural_noun_cue(const Resolver& r, const Sentence& st, std::size_t v, const SpeechCue& vc) {
  const std::string_view form = r.a.tokens[v].lower;
  if (v == st.first_token || form == vc.lemma || !s_form(r.lex, form) || !r.lex.in(Words::PluralQuantifiers, r.a.tokens[v - 1]))
    return false;
  return !inverted_subject(r, st, v);
}

// The first token of a reported clause from k0 and the first token of its subject, which
// the tests of a that-less opening read: clause_opening's token for both, or after a verb
// of saying right before k0 (`after_saying`: a form other than the lemma, no `that`) and a
// parenthetical set off by commas (rule A860, clause_after_comma_parenthetical: `said, if
// elected, she would ...`) the parenthetical's first token, or the subject's when the
// parenthetical is the verb's own adjunct (verb_adjunct_parenthetical: `said, however, ...`).
std::pair<std::size_t, std::size_t> opening_and_subject(const Resolver& r, const Sentence& st, std::size_t k0, bool has_that,
                                                        bool after_saying) {
  const std::size_t subj = after_saying ? clause_after_comma_parenthetical(r, st, k0) : k0;
  if (subj == k0) {
    const std::size_t k = clause_opening(r, st, k0, has_that);
    return {k, k};
  }
  return {verb_adjunct_parenthetical(r, k0, subj) ? subj : k0 + 1, subj};
}

// Whether the that-less words after a verb marked np_object are its object alone, no reported
// clause: no finite verb shows from ks (finite_clause, rule A380; not asked when the verb's
// object moved before it), or they are the transfer frame `add X to Y` from k0 (rule A931).
bool np_object_only(const Resolver& r, const Sentence& st, bool object_moved, std::size_t ks, std::size_t k0) {
  return (!object_moved && !finite_clause(r, st, ks)) || transfer_object(r, st, k0);
}

// A coordinator right after a verb of saying with no `that`, at k, joins a second verb to it
// (rule A932: `what the mayor says and promises is ...`, `who said and did the same things`,
// `what to say or not say`): the verbs share what comes after, no clause opens there.
bool coordinated_verb(const Resolver& r, const Sentence& st, std::size_t k) {
  return k < st.end_token && r.lex.in(Words::Coordinators, r.a.tokens[k]);
}

// Whether a parenthetical attribution after the comma at k stands inside a phrase or a
// subordinate clause of the sentence st rather than between two pieces of it (rule A1065):
// the word before it, not the sentence's first, leaves something open (a relative or
// complement word, a subordinator, coordinator, determiner or preposition:
// `declarations, which, critics say, will add ...`, `including, he claims, Tory leader X`,
// `had to go since, he said, the average ...`); a demonstrative pronoun closes a subject
// (`And that, she said, was ...`). Such a sentence keeps A32's one quote around the
// attribution. Rule A1072 (phrase_word_before): the word that really precedes the
// attribution is read through a lower-case word set off by commas (`and, therefore, it
// says, to ...`) or an adverb in -ly, after which a finite auxiliary or copula leaves its
// complement open too (`there is rarely, the centre says, any sort of ...`); `that` after a
// verb of saying is its complementizer, no demonstrative (`claiming that, as X said, if
// ...`); a past participle that the agent's `by` after the attribution goes on is inside
// its phrase (`as proved, he claimed, by the defection ...`, `the hole left, they claim, by
// X`: `left` in irregular_past_forms).
std::size_t phrase_word_before(const Resolver& r, const Sentence& st, std::size_t k) {
  const auto& t = r.a.tokens;
  const std::size_t p = k - 1;
  const bool lower = t[p].kind == TokenKind::Word && !t[p].has(kCapitalized);
  if (lower && p >= st.first_token + 3 && t[p - 1].norm == ",") return p - 2;
  if (lower && p > st.first_token + 1 && t[p].lower.size() > 4 && r.lex.ends_in(Words::AdverbSuffixes, t[p].lower)) return p - 1;
  return p;
}

bool leaves_phrase_open(const Lexicons& lex, const Token& last) {
  return lex.in(Words::RelativeWords, last) || lex.in(Words::Complementizers, last) || lex.in(Words::Subordinators, last) ||
         lex.in(Words::Coordinators, last) || lex.in(Words::Determiners, last) || lex.in(Words::NotClauseOpeners, last) ||
         lex.in(Words::OtherPrepositions, last);
}

bool attribution_inside_phrase(const Resolver& r, const Sentence& st, std::size_t k, std::size_t resume) {
  const Lexicons& lex = r.lex;
  const Token& before = r.a.tokens[k - 1];
  if (k - 1 <= st.first_token) return false;
  if (resume < st.end_token && lex.in(Words::AgentPrepositions, r.a.tokens[resume]) && !before.has(kCapitalized) &&
      past_participle(lex, before))
    return true;
  const SpeechCue* vc = nullptr;
  if (lex.in(Words::DemonstrativePronouns, before)) return speech_verb_at(r, k - 2, st.end_token, &vc) != 0;
  if (leaves_phrase_open(lex, before)) return true;
  const std::size_t p = phrase_word_before(r, st, k);
  if (p + 1 == k || p <= st.first_token) return false;
  return leaves_phrase_open(lex, r.a.tokens[p]) || finite_auxiliary(lex, r.a.tokens[p]);
}

// A32's clause: the whole sentence st around the attribution from the comma at k to the
// token `resume` after its closing comma, which A1065 reports in two pieces (finish_around)
// unless the attribution stands inside a phrase (attribution_inside_phrase).
void around_attribution(const Resolver& r, const Sentence& st, std::size_t k, std::size_t resume, Clause& c) {
  c.begin = st.first_token;
  c.around = true;
  if (attribution_inside_phrase(r, st, k, resume)) return;
  c.attribution = k;
  c.resume = resume;
}

// The end of a verb of saying's attribution that closes its sentence from k, the token
// after the verb, with npb its speaker phrase's first token: A431's hearer and phrase of
// place, time or manner, then a subordinate clause (A1048, trailing_clause_end: `CLAUSE, X
// said as the talks began.`), which closes the attribution only after a text with no
// quotation mark that shows a verb of its own (the clause after the verb may be the report:
// `Earlier this month, X said as many as ...`).
std::size_t saying_attribution_end(const Resolver& r, const Sentence& st, std::size_t k, const SpeechCue& vc, std::size_t npb) {
  const std::size_t ve_adjunct = trailing_adjunct_end(r, st, after_time_words(r, st, vc.takes_object ? closing_hearer_end(r, st, k) : k));
  const std::size_t ve_clause = trailing_clause_end(r, st, ve_adjunct);
  if (ve_clause == ve_adjunct || npb <= st.first_token || quote_mark_in(r, st.first_token, npb - 1) ||
      !text_shows_verb(r, after_last_colon(r, st.first_token, npb - 1), npb - 1))
    return ve_adjunct;
  return ve_clause;
}

// Whether the words after a verb that takes a hearer (speech_verbs.json "object"), from k,
// are only that hearer and the phrases that may close an attribution (rule A1120): A431's
// hearer (closing_hearer_end: a name, a capitalised word or a determiner's phrase, `of`
// included), time words (after_time_words, closing_time_end), a phrase of place, time or
// manner (trailing_adjunct_end) and a subordinate clause of time (trailing_clause_end), up
// to the sentence's end. The verb then reports nothing: `Tom Smith told the Daily Bugle on
// Monday.`, `Jane Roe told a news conference in Northville.`, `Jane Roe told a caller before
// the police arrived.`. Not `told the Northville Herald on Monday the plan would fail` (a
// finite auxiliary ends the phrase), `told the workers to leave` (the infinitive marker),
// `told reporters ...` (a lower-case hearer: no phrase), a hearer phrase that holds a
// subject (a nominative pronoun or a contracted subject: `told the paper he'd support ...`)
// or runs on past a name other than by `of` or a possessive (`told Radio Four's Today
// programme` and `told Jane Roe of his plan` are hearers), nor a phrase that holds a thing
// told (told_thing_nouns: `told the story of her father`, `tells a different tale`, which
// PolNeAR marks as content, test A485).
bool hearer_and_adjuncts_only(const Resolver& r, const Sentence& st, std::size_t k, const SpeechCue& vc) {
  if (!vc.takes_object) return false;
  const std::size_t h = closing_hearer_end(r, st, k);
  if (h == k) return false;
  const std::int32_t m = r.mention_at[k];
  const std::size_t name_end = m >= 0 ? r.a.mentions[static_cast<std::size_t>(m)].end_token : k;
  for (std::size_t j = k; j < h; ++j) {
    const Token& w = r.a.tokens[j];
    if (r.lex.in(Words::NominativePronouns, w) || contracted_subject(r.lex, w) || r.lex.in(Words::ToldThingNouns, w)) return false;
  }
  if (name_end > k && name_end < h && !r.lex.in(Words::OfPrepositions, r.a.tokens[name_end]) && !r.a.tokens[name_end].has(kPossessive))
    return false;
  const std::size_t t = after_time_words(r, st, h);
  const std::size_t e = trailing_clause_end(r, st, trailing_adjunct_end(r, st, closing_time_end(r, st, t)));
  return e + 1 >= st.end_token;
}

// The two readings reported_clause() tries first, each naming its rule: the inverted
// report (inverted_report(), `said Tom Smith`) and the report after `as` (as_report()).
bool inverted_or_as_report(Resolver& r, const Sentence& st, std::size_t v, std::size_t n, const SpeechCue& vc, Quote& q,
                           Attribution& at, Clause& c) {
  if (inverted_report(r, st, v, n, vc, at, c))
    q.rule = "indirect-inverted";
  else if (as_report(r, st, v, n, vc, at, c))
    q.rule = "as-report";
  else
    return false;
  return true;
}

// Whether the speaker phrase [b, v) before a verb of saying opens on a name, a nominative
// pronoun or a determiner (row A1143): `Tom Smith`, `she`, `the board`, `her aides`.
bool speaker_opens_phrase(const Resolver& r, std::size_t b, std::size_t v) {
  if (b >= v) return false;
  const Token& t = r.a.tokens[b];
  return r.mention_at[b] >= 0 || r.lex.in(Words::NominativePronouns, t) || r.lex.in(Words::Determiners, t);
}

// CLAUSE, X said, CLAUSE (rule A32): an attribution set off by commas inside the sentence
// reports the whole sentence around it; a short opener is enough (`Now, she said, CLAUSE`:
// A51). Returns the token after the attribution's closing comma, 0 when there is none.
// Row A1143 (widens A32): the verb's own closing phrases may stand before that comma, as
// they close an attribution at the sentence's end (A431, A610): a hearer, time words, a
// phrase of place, time or manner: `The dam is full, Tom Smith said on Monday, and the
// river will rise.`, `Fares rose, Jane Roe said in her annual report, and ...`. Not
// after a form in -ing or the base form (`would not speculate about ...`), and only after
// a text that shows a verb of its own (text_shows_verb): `Tom Smith, the mayor, said on
// Monday, after the vote, ...` sets off an apposition, no clause. The speaker phrase opens on a name, a nominative pronoun or a
// determiner (speaker_opens_phrase: not `when Tom Smith testified`, `taking questions`, nor
// an empty phrase after an apposition), and the phrase after the verb opens on no agent's
// `by` (`Roe's remarks, first reported by the Lindon Post, suggested ...` is a passive).
std::size_t parenthetical_resume(const Resolver& r, const Sentence& st, std::size_t v, std::size_t n, const SpeechCue& vc,
                                 std::size_t npb) {
  const Annotation& a = r.a;
  if (npb <= st.first_token || a.tokens[npb - 1].norm != ",") return 0;
  std::size_t ve = v + n;
  if (ve < st.end_token && a.tokens[ve].norm != ",") {
    if (r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[v].lower) || a.tokens[v].lower == vc.lemma || !speaker_opens_phrase(r, npb, v) ||
        r.lex.in(Words::AgentPrepositions, a.tokens[ve]) || !text_shows_verb(r, after_last_colon(r, st.first_token, npb - 1), npb - 1))
      return 0;
    const std::size_t h = vc.takes_object ? closing_hearer_end(r, st, ve) : ve;
    ve = trailing_adjunct_end(r, st, closing_time_end(r, st, after_time_words(r, st, h)));
    if (ve == v + n || ve >= st.end_token || a.tokens[ve].norm != ",") return 0;
  }
  return ve + 3 < st.end_token && !r.in_direct[ve + 1] ? ve + 1 : 0;
}

// Where the speaker phrase of a verb of saying (that_optional, not in -ing) closing its
// sentence opens (rule A1184): phrase_start_before()
// stops at a coordinator or a preposition inside the phrase; past up to two of them (not
// `but`), the phrase runs on to a comma: `CLAUSE, Tom Smith and Jane Roe said.`, `CLAUSE,
// current and former officials said.`, `CLAUSE, people familiar with the plan said.`,
// `CLAUSE, aides to the mayor said.` A coordinator right after the comma opens a clause
// of its own (`..., and Jane Roe said ...`): npb is kept.
std::size_t closing_phrase_start(const Resolver& r, const Sentence& st, std::size_t npb, std::size_t v) {
  const Annotation& a = r.a;
  std::size_t b = npb;
  for (int hops = 0; hops < 2 && b > st.first_token + 1 && a.tokens[b - 1].norm != ","; ++hops) {
    const Token& t = a.tokens[b - 1];
    const bool joins = (r.lex.in(Words::Coordinators, t) && !r.lex.in(Words::ContrastConjunctions, t)) ||
                       r.lex.in(Words::SpeakerPhrasePrepositions, t);
    if (!joins || r.in_direct[b - 1]) return npb;
    const std::size_t before = r.phrase_start_before(b - 1, st.first_token);
    if (before >= b - 1) return npb;
    b = before;
  }
  if (b == npb || b <= st.first_token || a.tokens[b - 1].norm != ",") return npb;
  // a noun phrase, no clause: no verb form, relative or complementizer in the words passed
  // (`the story ... is bleak and seldom told`, `X expressed concern about the letter and
  // said`, `rebuttals and counter claims`), and an active verb: between the phrase and
  // the verb only a perfect auxiliary (`has said`; not `were told`, `can be added`, `seems
  // to have told`)
  for (std::size_t j = b; j < v; ++j) {
    const Token& t = a.tokens[j];
    const SpeechCue* cue = nullptr;
    if (r.lex.in(Words::Copulas, t) || (r.lex.in(Words::FiniteAuxiliaries, t) && !r.lex.in(Words::PerfectAuxiliaries, t)) ||
        speech_verb_at(r, j, v, &cue) > 0)
      return npb;
    // a preposition passed opens a noun phrase (`aides to the mayor`, `close to him`), not
    // an infinitive (`Others to be added`)
    if (r.lex.in(Words::InfinitiveMarkers, t) && j + 1 < v) {
      const Token& next = a.tokens[j + 1];
      if (r.mention_cover[j + 1] < 0 && !next.has(kCapitalized) && !r.lex.in(Words::Determiners, next) &&
          !r.lex.in(Words::ObjectPronouns, next))
        return npb;
    }
    if (j >= npb) continue;
    if ((t.kind != TokenKind::Word && t.kind != TokenKind::Number) || r.lex.in(Words::RelativeWords, t) ||
        r.lex.in(Words::InterrogativeWords, t) || r.lex.in(Words::Complementizers, t) ||
        (r.mention_cover[j] < 0 && !t.has(kCapitalized) && ed_form(r.lex, t)))
      return npb;
  }
  return b;
}

// The comma that ends a clause reported before its attribution at the comma e (rule
// A1185): when the phrase after e is an apposition (`CLAUSE, Tom Smith, the mayor,
// said.`, `CLAUSE, a spokeswoman, Jane Roe, said.`), the name or description it follows,
// set off by the comma before it (aside_opening_comma), belongs to the speaker: one to six
// tokens that open on a determiner or a quantifier (a description), or on a mention when
// `name` (after an empty phrase before the verb; not `from Rubio to, now, Cruz, Wilkin
// said`, `based in Johannesburg, South Africa, Jane Roe reports`), with no verb form,
// relative, coordinator or complementizer, nor a quoted token. e when there is none.
std::size_t clause_end_before_apposition(const Resolver& r, const Sentence& st, std::size_t e, bool name) {
  const Annotation& a = r.a;
  const std::size_t o = aside_opening_comma(r, st, e);
  if (o >= e || o <= st.first_token + 3 || e - o > 7) return e;
  const Token& first = a.tokens[o + 1];
  if ((!name || r.mention_at[o + 1] < 0) && !r.lex.in(Words::Determiners, first) && !r.lex.in(Words::QuantifierDeterminers, first))
    return e;
  for (std::size_t j = o + 1; j < e; ++j) {
    const Token& t = a.tokens[j];
    if (r.in_direct[j] || (t.kind != TokenKind::Word && t.kind != TokenKind::Number) || r.lex.in(Words::Copulas, t) ||
        r.lex.in(Words::FiniteAuxiliaries, t) || r.lex.in(Words::RelativeWords, t) || r.lex.in(Words::Complementizers, t) ||
        r.lex.in(Words::Coordinators, t) || (r.mention_cover[j] < 0 && (ed_form(r.lex, t) || finite_ending(r.lex, t))))
      return e;
  }
  return o;
}

// X said (that) CLAUSE, or CLAUSE, X said (indirect-before).
bool reported_clause(Resolver& r, const Sentence& st, std::size_t v, std::size_t n, const SpeechCue& vc, Quote& q,
                     Attribution& at, Clause& c) {
  const Annotation& a = r.a;
  if (inverted_or_as_report(r, st, v, n, vc, q, at, c)) return true;
  if (noun_cue(r, st, v) || plural_noun_cue(r, st, v, vc) || predicate_noun_cue(r, st, v) || negated_rejection(r, st, v)) return false;
  const std::size_t npb = r.phrase_start_before(v, st.first_token);
  at.speaker = r.subject_of(v, st.first_token, at.from, at.mention);
  if (at.speaker >= 0 && negated_rejection_object(r, st, v)) at = Attribution{};
  // CLAUSE, X said (on Monday, last week: A610). | CLAUSE, X said; ... | CLAUSE, X told his audience. |
  // CLAUSE, X said, adding ... (rule A99: a comma and a participle speech verb, the
  // speaker's next report).
  // A431: after a verb of saying (that_optional) in -ed or -s, a longer hearer and a phrase
  // of place, time or manner may close it (`CLAUSE, X said in an interview.`, `CLAUSE, X
  // told a Senate panel Wednesday.`; not `..., has vowed to ...`, `..., did not respond to ...`).
  const std::size_t ve0 = after_time_words(r, st, vc.takes_object ? after_hearer(r, st, v + n) : v + n);
  const std::size_t ve = passive_or_reduced(r, st, v) ? ve0 : closing_time_end(r, st, ve0);
  const std::string_view vform = a.tokens[v].lower;
  const bool saying = vc.that_optional && (r.lex.ends_in(Words::PastSuffixes, vform) || vform != vc.lemma) &&
                      !r.lex.ends_in(Words::ParticipleSuffixes, vform);
  const std::size_t cpb = saying ? closing_phrase_start(r, st, npb, v) : npb;  // the phrase closing the sentence (A1184)
  // The text before the comma (3 words; 2 in a headline: A1075): a clause, an adverbial or a subject (text_before_comma).
  if (cpb > st.first_token + (st.headline ? 2 : 3) && a.tokens[cpb - 1].norm == "," &&
      (attribution_closes(r, st, ve, cpb - 1) || (saying && attribution_closes(r, st, saying_attribution_end(r, st, v + n, vc, cpb), cpb - 1)))) {
    const TextBefore before = text_before_comma(r, st, cpb, v);
    if (before == TextBefore::Adverbial) return false;
    if (before == TextBefore::Clause) {
      c.begin = after_last_colon(r, st.first_token, cpb - 1);
      // a description before a person's name (`a spokeswoman, Jane Roe, said`), not a list's
      // last item before a pronoun (`the charm of X, the warmth of Y, they say`)
      const std::int32_t mi = cpb < v ? r.mention_at[cpb] : -1;
      const bool person = mi >= 0 && a.mentions[static_cast<std::size_t>(mi)].type == EntityType::Person;
      c.end = cpb == v || person ? clause_end_before_apposition(r, st, cpb - 1, cpb == v) : cpb - 1;
      // an empty phrase before the verb: the apposition and the name it follows (`CLAUSE,
      // Tom Smith, the mayor, said.`)
      if (cpb == v && c.end < cpb - 1) c.end = clause_end_before_apposition(r, st, c.end, true);
      q.rule = "indirect-before";
      return true;
    }
  }
  if (const std::size_t resume = parenthetical_resume(r, st, v, n, vc, npb)) {
    around_attribution(r, st, npb - 1, resume, c);
    q.rule = "indirect-parenthetical";
    return true;
  }
  bool has_that = false;
  const std::size_t k0 = clause_start(r, st, v, n, vc, has_that);
  const int claim = rejected_claim(r, st, v, n, has_that, k0);
  if (claim < 0) return false;
  if (has_that ? claim < 2 && relative_that(r, st, v, n, vc, k0) : coordinated_verb(r, st, v + n)) return false;
  if (!has_that && hearer_and_adjuncts_only(r, st, v + n, vc)) return false;  // A1120
  // The base form reports no act through a complement: "plans to announce a review",
  // "will promise to" are intentions (the -s, -ed and -ing forms report).
  const std::string_view form = a.tokens[v].lower;
  const bool base_form = !r.lex.ends_in(Words::PresentSSuffixes, form) && !r.lex.ends_in(Words::PastSuffixes, form) && !r.lex.ends_in(Words::ParticipleSuffixes, form);
  if (after_noun_opener(r, v) || after_preposition(r, v) || participle_after_preposition(r, v) || base_form_after_adjective(r, v, form == vc.lemma)) return false;
  if (!has_that && !base_form && in_verb_slot(r, v))
    if (const std::size_t kc = complement_start(r, st, v + n, vc); kc < st.end_token) {
      c.begin = kc;
      q.rule = "indirect-complement";
      return true;
    }
  if (!has_that && !vc.that_optional && !thatless_clause(r, st, v, k0, at)) return false;
  if (claim == 0 && !vc.noun_phrase && r.lex.starts_in(Words::RejectionVerbStems, vc.lemma)) return false;
  const auto [k, ks] = opening_and_subject(r, st, k0, has_that, !has_that && saying && k0 == v + n);
  // A verb whose subject follows a relative word has its object moved out (`posters which
  // critics claim depict X`): the clause after it is the rest, with no subject of its own;
  // not one opening the sentence, a demonstrative subject (A651: `That adds its own pressure.`).
  const bool object_moved = npb > st.first_token + 1 && r.lex.in(Words::RelativeWords, a.tokens[npb - 1]);
  if (k >= st.end_token || (!has_that && vc.np_object && np_object_only(r, st, object_moved, ks, k0))) return false;
  if (!has_that && plural_noun_subject(r, st, v, npb, ks, vc)) return false;
  if (!has_that && v > st.first_token && a.tokens[v - 1].norm == "," && at.speaker < 0 && !closes_parenthetical(r, st, v - 1) &&
      subject_after_verb(r, st, ks))
    return false;
  if (!has_that && thatless_opening_blocked(r, st, v, ks, at)) return false;
  const std::size_t kc = after_accusative(r, st, k, vc);
  if (kc >= st.end_token) return false;
  c = Clause{kc, c.end, c.around, !has_that && !vc.that_optional};  // thatless: read by end_at_concessive_clause (A966)
  q.rule = "indirect";
  return true;
}

// The interrogative word that opens the indirect question after the verb ending at k, or
// the sentence end: after its hearer (a name, or up to three lower-case words that open
// no prepositional phrase: `asked the students if`) and a time or place phrase of up to
// eight words (`asked during a debate why`); not after another preposition (`asked about
// the poster when ...`) nor an infinitive (`asked him to condemn violence no matter who`).
// A longer hearer that holds a name (rule A391): from h, up to eight words or numbers,
// lower-case or capitalised, none a preposition, time word, complementizer, auxiliary,
// copula or coordinator, past the capitalised word at k where the short hearer stopped,
// then `whether` or `if` (interrogative words that are complementizers, never relative
// pronouns: `asked former Attorney General Eric Holder whether`, `asked the 2016
// Democratic White House contender if`); else k.
std::size_t named_hearer_end(const Resolver& r, const Sentence& st, std::size_t h, std::size_t k) {
  const Annotation& a = r.a;
  std::size_t j = h;
  for (; j < st.end_token && j - h < 8 && !r.in_direct[j]; ++j) {
    const Token& t = a.tokens[j];
    if ((t.kind != TokenKind::Word && t.kind != TokenKind::Number) || r.lex.in(Words::InterrogativeWords, t) ||
        r.lex.in(Words::NotClauseOpeners, t) || r.lex.in(Words::BeforeThat, t) || r.lex.in(Words::Complementizers, t) ||
        r.lex.in(Words::FiniteAuxiliaries, t) || r.lex.in(Words::Copulas, t) || r.lex.in(Words::Coordinators, t))
      break;
  }
  const bool past_name = j > k && j + 1 < st.end_token && !r.in_direct[j];
  return past_name && r.lex.in(Words::InterrogativeWords, a.tokens[j]) && r.lex.in(Words::Complementizers, a.tokens[j]) ? j : k;
}

std::size_t question_word(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  const std::size_t none = st.end_token;
  auto free_word = [&](std::size_t j) {
    return j < st.end_token && !r.in_direct[j] && (a.tokens[j].kind == TokenKind::Word || a.tokens[j].kind == TokenKind::Number) &&
           !r.lex.in(Words::InterrogativeWords, a.tokens[j]);
  };
  const std::size_t h = k;
  if (k < st.end_token && r.mention_at[k] >= 0) {
    k = a.mentions[static_cast<std::size_t>(r.mention_at[k])].end_token;
  } else {
    while (free_word(k) && k - h < 3 && !a.tokens[k].has(kCapitalized) && !r.lex.in(Words::NotClauseOpeners, a.tokens[k]) &&
           !r.lex.in(Words::BeforeThat, a.tokens[k]) && !r.lex.in(Words::Complementizers, a.tokens[k]))
      ++k;
    if (k < st.end_token && a.tokens[k].has(kCapitalized)) k = named_hearer_end(r, st, h, k);
  }
  // `to` opens the hearer's phrase only before a name or a determiner (`explained to CBS
  // why`, `to her who`), not an infinitive.
  const bool infinitive = k + 1 < st.end_token && r.lex.in(Words::InfinitiveMarkers, a.tokens[k]) &&
                          !a.tokens[k + 1].has(kCapitalized) && !r.lex.in(Words::Determiners, a.tokens[k + 1]);
  if (k < st.end_token && r.lex.in(Words::BeforeThat, a.tokens[k]) && !infinitive)
    for (const std::size_t t = k; free_word(k) && k - t < 8;) ++k;
  if (k + 1 >= st.end_token || r.in_direct[k] || !r.lex.in(Words::InterrogativeWords, a.tokens[k]) ||
      a.tokens[k + 1].kind != TokenKind::Word)
    return none;
  return k;
}

// An indirect question after a verb whose complements take one (speech_verbs.json
// "question", rule A94): `X asked (Y) whether CLAUSE`, `X explained why CLAUSE`, from the
// interrogative word (question_word). The verb is active, in a verb's slot: not `was
// asked`, `when asked`, nor a sentence-opening `Asked whether ...`, whose asker goes
// unnamed.
// A passive question verb and a named agent, `(was / when) asked by X whether CLAUSE`,
// `Asked by X if CLAUSE, Y said ...` (rule A241): the agent asks, the clause from the
// interrogative word is the question. The agent is a phrase of up to six tokens that
// names a person or a body (`host John Dickerson`); an unnamed one (`by a host`) gives none.
bool passive_question_clause(Resolver& r, const Sentence& st, std::size_t v, std::size_t n, Quote& q, Attribution& at,
                             Clause& c) {
  const Annotation& a = r.a;
  const std::size_t by = v + n;
  if (!ed_form(r.lex, a.tokens[v + n - 1]) || by + 2 >= st.end_token || r.in_direct[by] ||
      !r.lex.in(Words::AgentPrepositions, a.tokens[by]))
    return false;
  for (std::size_t k = by + 2; k + 1 < st.end_token && k <= by + 7; ++k) {
    const Token& t = a.tokens[k];
    if (r.in_direct[k] || (t.kind != TokenKind::Word && t.kind != TokenKind::Number)) return false;
    if (!r.lex.in(Words::InterrogativeWords, t) || a.tokens[k + 1].kind != TokenKind::Word) continue;
    Attribution agent;
    agent.speaker = r.noun_phrase(by + 1, k, agent.from, agent.mention);
    if (agent.speaker < 0) return false;
    const EntityType type = a.entities[static_cast<std::size_t>(agent.speaker)].type;
    if (type != EntityType::Person && type != EntityType::Organization) return false;
    at = agent;
    c.begin = k;
    c.end = st.end_token;
    q.rule = "passive-question";
    return true;
  }
  return false;
}

bool question_clause(Resolver& r, const Sentence& st, std::size_t v, std::size_t n, const SpeechCue& vc, Quote& q,
                     Attribution& at, Clause& c) {
  const Annotation& a = r.a;
  if (vc.question && passive_question_clause(r, st, v, n, q, at, c)) return true;
  if (!vc.question || v == st.first_token || !in_verb_slot(r, v) || r.lex.in(Words::Copulas, a.tokens[v - 1]) ||
      r.lex.in(Words::Subordinators, a.tokens[v - 1]))
    return false;
  const std::size_t k = question_word(r, st, v + n);
  if (k == st.end_token) return false;
  at = Attribution{};
  at.speaker = r.subject_of(v, st.first_token, at.from, at.mention);
  c.begin = k;
  c.end = st.end_token;
  q.rule = "indirect-question";
  return true;
}

// Where a request's content (request_clause) from k ends: at the first comma or dash
// outside quotation marks, after which comes the main clause (`After X asked workers to
// ..., 80,000 volunteered`) or a comment (`..., a request not always honored`, `- most
// pointedly for the past two weeks`), or at a coordinator before a finite auxiliary or
// copula, the asker's next predicate (`asked them to leave and has since said ...`).
std::size_t request_end(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  for (; k < st.end_token; ++k) {
    if (r.in_direct[k]) continue;
    const Token& t = a.tokens[k];
    if (t.norm == "," || dash_at(a, k, st.end_token)) return k;
    if (k + 1 < st.end_token && r.lex.in(Words::Coordinators, t) &&
        (r.lex.in(Words::FiniteAuxiliaries, a.tokens[k + 1]) || r.lex.in(Words::Copulas, a.tokens[k + 1])))
      return k;
  }
  return k;
}

// A request (speech_verbs.json "object_to" on a verb not marked reporting, rule A390):
// `X asked the network to donate ...`, `X is asking voters to ...`; the object and its
// infinitive are the content, as after `urged` (complement_start). The verb is active, in
// a verb's slot, in -ed, -s or -ing (`will ask X to` is an intention); not a passive
// (`was asked to`, `when asked by X to`: the asked one is no speaker), nor with no object
// (`asked not to be named`), nor after a subordinator (`when asked ...`), a determiner or
// a preposition. The content ends at request_end().
bool request_clause(Resolver& r, const Sentence& st, std::size_t v, std::size_t n, const SpeechCue& vc, Quote& q,
                    Attribution& at, Clause& c) {
  const Annotation& a = r.a;
  if (vc.reporting || !vc.object_infinitive || v == st.first_token || !in_verb_slot(r, v) ||
      r.lex.in(Words::Copulas, a.tokens[v - 1]) || r.lex.in(Words::Subordinators, a.tokens[v - 1]) ||
      after_noun_opener(r, v) || after_preposition(r, v))
    return false;
  const std::string_view form = a.tokens[v].lower;
  if (!r.lex.ends_in(Words::PresentSSuffixes, form) && !r.lex.ends_in(Words::PastSuffixes, form) &&
      !r.lex.ends_in(Words::ParticipleSuffixes, form))
    return false;
  const std::size_t k = complement_start(r, st, v + n, vc);
  if (k >= st.end_token || r.lex.in(Words::AgentPrepositions, a.tokens[k]) || r.lex.in(Words::Negators, a.tokens[k])) return false;
  at = Attribution{};
  at.speaker = r.subject_of(v, st.first_token, at.from, at.mention);
  c.begin = k;
  c.end = request_end(r, st, k);
  q.rule = "indirect-complement";
  return true;
}

// A comma at k, a coordinator and a report with a subject of its own: up to six words or
// numbers, then a finite reporting verb in a verb's slot (rule A187: `said they were worried
// about the economy, and more than 4 in 10 said ...`, `..., and three-quarters said the
// same of Sanders`), whether or not the subject names an entity. A connective that sets a
// second report against the first (contrast_connectives) joins it as a coordinator does
// (rule A210: `said they prefer an outsider, while about 4 in 10 said ...`, `, compared
// with 30 percent who say ...`); so it does a participle speech verb, the speaker's next
// report (`said they would support Trump, while emphasizing it is not an endorsement`).
bool coordinated_report(const Resolver& r, std::size_t k, std::size_t end) {
  const Annotation& a = r.a;
  if (k + 3 >= end) return false;
  const bool contrast = r.lex.in(Words::ContrastConnectives, a.tokens[k + 1]);
  if (!contrast && !r.lex.in(Words::Coordinators, a.tokens[k + 1])) return false;
  const SpeechCue* pc = nullptr;
  if (contrast && !r.in_direct[k + 2] && r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[k + 2].lower) && speech_verb_at(r, k + 2, end, &pc) &&
      pc->kind == SpeechCue::Kind::Verb)
    return true;
  for (std::size_t v = k + 3; v < end && v <= k + 8; ++v) {
    const Token& t = a.tokens[v - 1];
    if ((t.kind != TokenKind::Word && t.kind != TokenKind::Number) || r.in_direct[v - 1]) return false;
    const SpeechCue* vc = nullptr;
    if (speech_verb_at(r, v, end, &vc) && vc->kind == SpeechCue::Kind::Verb && vc->reporting &&
        !r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[v].lower) && in_verb_slot(r, v))
      return true;
  }
  return false;
}

// A concessive subordinate clause after a comma ends a that-less clause reported after a
// verb not marked that_optional (rule A966, Clause::thatless: `have predicted fares will
// rise next spring, although others expect ...`): a lower-case subordinator that
// sets what follows against the report (subordinators and contrast_connectives:
// `although`, `whereas`, `though`), not `while`, which also opens a clause of time
// (participle_openers) whose parallel fact the report holds (`found Democrats favored
// Clinton, ..., while Republicans favored Trump`), then a clause with a subject of its
// own: a word that is no negator, infinitive marker, preposition, form in -ing or -ly
// adverb, and a word or number after it (an elliptical tail is the speaker's: `...,
// although not to carry them`, `a crucial, although brief, opportunity`, `, although
// reluctantly.`). After `said`, `says` and
// the other verbs marked that_optional PolNeAR's gold keeps such a tail as often as it
// cuts it (s54-missed9): there the clause keeps it.
void end_at_concessive_clause(const Resolver& r, Clause& c) {
  if (!c.thatless || c.around) return;
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  for (std::size_t k = c.begin + 2; k + 3 < c.end; ++k) {
    if (a.tokens[k].norm != "," || r.in_direct[k] || r.in_direct[k + 1] || r.in_direct[k + 2]) continue;
    const Token& t = a.tokens[k + 1];
    const Token& n = a.tokens[k + 2];
    if (t.kind != TokenKind::Word || t.has(kCapitalized) || !lex.in(Words::Subordinators, t) || !lex.in(Words::ContrastConnectives, t) ||
        lex.in(Words::ParticipleOpeners, t))
      continue;
    const Token& after = a.tokens[k + 3];
    if (n.kind != TokenKind::Word || ing_form(lex, n) || ly_adverb(lex, n) || lex.in(Words::Negators, n) || lex.in(Words::InfinitiveMarkers, n) ||
        preposition_word(lex, n) || (after.kind != TokenKind::Word && after.kind != TokenKind::Number))
      continue;
    c.end = k;
    return;
  }
}

bool plural_subject_base(const Resolver& r, std::size_t v, std::string_view lemma);

// A report closing the sentence after the comma at k (rule A1000): up to eight words of a
// source outside quotation marks (opening on a determiner, a nominative pronoun, a
// quantifier, a capitalised word or a plural in -s, as a subject does: not on a
// preposition, a form in -ing or `be`; no
// comma, subordinator, relative or complement word, coordinator, infinitive marker or
// copula: `as the report said`, `which he said`, `sorry to say`, `can, in terms of
// perception, be called`), then a reporting verb in an inflected form (`said`, `added`, `says`, not
// in -ing) or in a verb's slot (not the base form `demand` in `satisfying 3.4 percent of
// such demand`) and nothing but punctuation to the
// clause's end: `..., Spain's food safety agency has said`, `..., it said`, `...,
// people familiar with the session said`. The source need not name an entity (compare
// end_at_second_attribution's noun phrase, which must): its words end the report either way.
bool final_inverted_report(const Resolver& r, std::size_t k, std::size_t end) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  const Token& first = a.tokens[k + 1];
  const bool opener = lex.in(Words::Determiners, first) || lex.in(Words::NominativePronouns, first) ||
                      lex.in(Words::QuantifierDeterminers, first) || first.has(kCapitalized) ||
                      (s_form(lex, first.lower));
  if (!opener || lex.in(Words::NotClauseOpeners, first) || lex.ends_in(Words::ParticipleSuffixes, first.lower)) return false;
  for (std::size_t v = k + 2; v < end && v <= k + 9; ++v) {
    const Token& w = a.tokens[v - 1];
    if (r.in_direct[v - 1] || (w.kind != TokenKind::Word && w.kind != TokenKind::Number) || lex.in(Words::Subordinators, w) ||
        lex.in(Words::RelativeWords, w) || lex.in(Words::Complementizers, w) || lex.in(Words::Coordinators, w) ||
        lex.in(Words::InfinitiveMarkers, w) || lex.in(Words::Copulas, w))
      return false;
    const SpeechCue* vc = nullptr;
    const std::size_t n = speech_verb_at(r, v, end, &vc);
    if (!n || r.in_direct[v] || vc->kind != SpeechCue::Kind::Verb || !vc->reporting || lex.ends_in(Words::ParticipleSuffixes, a.tokens[v].lower) ||
        !(a.tokens[v].lower != vc->lemma || in_verb_slot(r, v) || plural_subject_base(r, v, vc->lemma)))
      continue;
    std::size_t j = v + n;
    while (j < end && a.tokens[j].kind == TokenKind::Punct && a.tokens[j].norm != ",") ++j;
    return j == end;
  }
  return false;
}

// A second attribution ends the clause: "While the U.S. maintains that ..., Putin insists
// ...", a coordinated report with its own subject (coordinated_report), and a report that
// closes the sentence (final_inverted_report).
void end_at_second_attribution(Resolver& r, Clause& c) {
  const Annotation& a = r.a;
  for (std::size_t k = c.begin + 1; k + 1 < c.end; ++k) {
    if (a.tokens[k].norm != "," || r.in_direct[k]) continue;
    if (coordinated_report(r, k, c.end) || final_inverted_report(r, k, c.end)) { c.end = k; return; }
    bool second = false;
    for (std::size_t v2 = k + 2; v2 < c.end && v2 <= k + 6 && !second; ++v2) {
      const SpeechCue* vc2 = nullptr;
      if (speech_verb_at(r, v2, c.end, &vc2) && vc2->kind == SpeechCue::Kind::Verb) {
        std::string f2;
        std::int32_t m2 = -1;
        second = r.noun_phrase(k + 1, v2, f2, m2) >= 0;
      }
    }
    if (second) { c.end = k; return; }
  }
}

// A word that may stand in the subject of a coordinated report (bare_coordinated_report):
// a word or number outside quotation marks that is no preposition, auxiliary, copula,
// negator, form in -ed, or word that opens or joins clauses.
bool subject_word(const Resolver& r, std::size_t j) {
  const Token& t = r.a.tokens[j];
  const Lexicons& lex = r.lex;
  return !r.in_direct[j] && (t.kind == TokenKind::Word || t.kind == TokenKind::Number) && !lex.in(Words::NotClauseOpeners, t) &&
         !lex.in(Words::FiniteAuxiliaries, t) && !lex.in(Words::Copulas, t) && !lex.in(Words::Negators, t) &&
         !lex.in(Words::Coordinators, t) && !lex.in(Words::Subordinators, t) && !lex.in(Words::ContrastConnectives, t) &&
         !lex.in(Words::Complementizers, t) && !lex.in(Words::RelativeWords, t) && (t.has(kCapitalized) || !ed_form(lex, t));
}

// A verb's base form (lemma) at v right after a lower-case plural (a form in -s), itself
// after the phrase's opener: it agrees with that plural subject, so it is the verb (rule
// A622: `but the unions say`, `and the police reports claim`), which in_verb_slot() reads
// as a noun after a determiner and one word (`his campaign promises`, a form in -s).
bool plural_subject_base(const Resolver& r, std::size_t v, std::string_view lemma) {
  const Token& t = r.a.tokens[v];
  const Token& before = r.a.tokens[v - 1];
  return v >= 2 && t.lower == lemma && !after_noun_opener(r, v) && before.kind == TokenKind::Word && !before.has(kCapitalized) &&
         s_form(r.lex, before.lower);
}

// A coordinator or contrast connective at k with no comma before it, then a report with a
// subject of its own: a determiner, a nominative pronoun, a quantifier or a capitalised
// word opens up to six subject words (subject_word()), then a finite
// reporting verb in a verb's slot before a word that is no preposition (`and Jane Roe said
// it`, `while the Lib Dems say the`, `but analysts said`; not `and were unaware of the
// Virginia state law`, `and strong demand`, `about Labour and Conservative promises on`).
// Not a number: `79 percent said X and 60 percent said Y` are two findings of one poll,
// read as one report (PolNeAR's survey attributions).
bool bare_coordinated_report(const Resolver& r, std::size_t k, std::size_t end) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  if (k + 2 >= end || r.in_direct[k] || (!lex.in(Words::Coordinators, a.tokens[k]) && !lex.in(Words::ContrastConnectives, a.tokens[k])))
    return false;
  const Token& first = a.tokens[k + 1];
  if (!lex.in(Words::Determiners, first) && !lex.in(Words::NominativePronouns, first) && !lex.in(Words::QuantifierDeterminers, first) &&
      !first.has(kCapitalized))
    return false;
  for (std::size_t v = k + 2; v < end && v <= k + 7; ++v) {
    // after the opener no number modifier either (`and Saxony over state aid`: `over`)
    if (!subject_word(r, v - 1) || (v - 1 > k + 1 && lex.in(Words::NumberModifiers, a.tokens[v - 1]))) return false;
    const SpeechCue* vc = nullptr;
    const std::size_t n = speech_verb_at(r, v, end, &vc);
    if (n && vc->kind == SpeechCue::Kind::Verb && vc->reporting && !lex.ends_in(Words::ParticipleSuffixes, a.tokens[v].lower) &&
        (in_verb_slot(r, v) || plural_subject_base(r, v, vc->lemma)))
      return v + n < end && a.tokens[v + n].kind != TokenKind::Punct && !lex.in(Words::NotClauseOpeners, a.tokens[v + n]);
  }
  return false;
}

// The start of the innermost clause before token k in [b, k): the token after the last
// comma, subordinator, complementizer or relative word outside quotation marks, else b.
std::size_t inner_clause_start(const Resolver& r, std::size_t b, std::size_t k) {
  for (std::size_t j = k; j > b; --j) {
    const Token& t = r.a.tokens[j - 1];
    if (!r.in_direct[j - 1] && (t.norm == "," || r.lex.in(Words::Subordinators, t) || r.lex.in(Words::Complementizers, t) ||
                                r.lex.in(Words::RelativeWords, t)))
      return j;
  }
  return b;
}

}  // namespace

bool coordinated_report_ends(const Resolver& r, std::size_t b, std::size_t k, std::size_t end, bool predicate_before) {
  if (!bare_coordinated_report(r, k, end)) return false;
  const std::size_t inner = inner_clause_start(r, b, k);
  return (predicate_before && inner == b) || finite_verb_in(r, inner, k, true);
}

namespace {

// A second speaker's report coordinated with no comma ends a clause after its cue (rule
// A582: `said the plan was "a mess" and Jane Roe said it would fail`, `said Labour is acting
// too late while the Lib Dems say ...`: bare_coordinated_report()), after a clause that
// already holds a finite verb in its innermost clause (not a coordinated subject: `said he
// and his wife believe`, `because Congress and President Obama agreed`). After the other
// ends, which read a comma before the coordinator.
// Row 23.326 (issue #23): a token that is neither a coordinator nor a contrast connective
// (bare_coordinated_report()'s first test) is passed here, before the call.
void end_at_bare_coordinated_report(const Resolver& r, Clause& c) {
  for (std::size_t k = c.begin + 1; k + 1 < c.end; ++k) {
    const Token& t = r.a.tokens[k];
    if (!r.lex.in(Words::Coordinators, t) && !r.lex.in(Words::ContrastConnectives, t)) continue;
    if (coordinated_report_ends(r, c.begin, k, c.end, false)) {
      c.end = k;
      return;
    }
  }
}

// A past-tense reporting verb right after the comma at k, its own report with no subject
// of its own: the speaker's next predicate (rule A80: `said the "problem is worse", called
// for a law that ...`). Not a passive participle set off by commas (`the plan, announced
// by X, would ...`, `the figures, released on Monday, show`): no agent preposition, no
// comma within three tokens after it.
bool asyndetic_report(const Resolver& r, std::size_t k, std::size_t end) {
  const Annotation& a = r.a;
  const Token& w = a.tokens[k + 1];
  const SpeechCue* vc = nullptr;
  if (w.kind != TokenKind::Word || w.has(kCapitalized) || !ed_form(r.lex, w) || r.in_direct[k + 1]) return false;
  const std::size_t n = speech_verb_at(r, k + 1, end, &vc);
  if (!n || vc->kind != SpeechCue::Kind::Verb || !vc->reporting) return false;
  for (std::size_t j = k + 1 + n; j < end && j <= k + 4; ++j)
    if (a.tokens[j].norm == "," || r.lex.in(Words::AgentPrepositions, a.tokens[j])) return false;
  return true;
}

// A perfect auxiliary at k (has, have, had) before a past participle in -ed: a verb
// phrase (`has championed`), not `has no plans`.
bool perfect_predicate(const Resolver& r, std::size_t k, std::size_t end) {
  const Annotation& a = r.a;
  return k + 1 < end && r.lex.in(Words::PerfectAuxiliaries, a.tokens[k]) && !r.in_direct[k + 1] &&
         ed_form(r.lex, a.tokens[k + 1]);
}

// The speaker's next predicate ends the clause: "X reiterated that ..., but appeared
// to ...", "..., and added ...": a comma, a conjunction, then a verb with no subject;
// or a comma and a past-tense reporting verb (asyndetic_report). In a clause after its
// cue the verb may be a perfect (perfect_predicate, rule A519: `insists the party must
// be one of ideas, and has championed ...`); before its cue the whole clause is the
// report (`She had been due to fly ..., but had cancelled her booking, the paper said`).
void end_at_next_predicate(const Resolver& r, Clause& c, bool after_cue) {
  const Annotation& a = r.a;
  for (std::size_t k = c.begin + 1; k + 2 < c.end; ++k) {
    if (a.tokens[k].norm != "," || r.in_direct[k]) continue;
    if (asyndetic_report(r, k, c.end)) { c.end = k; return; }
    if (!r.lex.in(Words::Coordinators, a.tokens[k + 1])) continue;
    const Token& w = a.tokens[k + 2];
    const SpeechCue* vc2 = nullptr;
    const bool verb_form = w.kind == TokenKind::Word && !w.has(kCapitalized) &&
                           (ed_form(r.lex, w) || (after_cue && perfect_predicate(r, k + 2, c.end)) ||
                            (speech_verb_at(r, k + 2, c.end, &vc2) && vc2->kind == SpeechCue::Kind::Verb));
    if (verb_form) { c.end = k; return; }
  }
}

// Row A1115: the speech verb at k, after a coordinator (and an adverb), in its base form (its
// lemma's first word) continues an infinitive `to` of the clause opened at b, with no comma
// between (`said the firm had tweaked its books to spread its earnings and play down the
// risk`): one more verb of that infinitive, no new report.
bool continues_infinitive(const Resolver& r, std::size_t b, std::size_t k, const SpeechCue& vc) {
  const Annotation& a = r.a;
  const std::string_view lemma = vc.lemma;
  if (a.tokens[k].lower != lemma.substr(0, lemma.find(' '))) return false;
  for (std::size_t j = k - 1; j > b; --j) {
    const Token& t = a.tokens[j - 1];
    if (r.in_direct[j - 1] || t.kind == TokenKind::Punct) return false;
    if (r.lex.in(Words::InfinitiveMarkers, t)) return true;
  }
  return false;
}

// A new report ends the clause (rule A30): a semicolon; a comma before `according to`
// or before a participle speech verb (`..., saying ...`, `..., arguing ...`); a
// coordinator right before a finite speech verb (`... and said ...`, `... but added`).
// A dash stands for the comma (`...—pointing to ...`), and so does a closing quotation
// mark with a comma inside it (rule A712: `said it was a "distortion," describing ...`,
// `should "look for a psychiatrist," according to Reuters`); a semicolon inside brackets
// ends nothing (`30bn baht (£398m; $768m)`: rule A55).
void end_at_new_cue(const Resolver& r, Clause& c) {
  const Annotation& a = r.a;
  int brackets = 0;
  for (std::size_t k = c.begin + 1; k + 1 < c.end; ++k) {
    const bool comma_in_mark = r.in_direct[k] && !r.in_direct[k + 1] && a.tokens[k - 1].norm == ",";
    if (r.in_direct[k] && !comma_in_mark) continue;
    const Token& t = a.tokens[k];
    brackets += t.norm == "(" ? 1 : t.norm == ")" && brackets > 0 ? -1 : 0;
    if (t.norm == ";" && brackets == 0) { c.end = k; return; }
    const bool comma = t.norm == "," || t.norm == "--" || comma_in_mark;
    if (!comma && !r.lex.in(Words::Coordinators, t)) continue;
    // Row A1116: one -ly adverb may stand between the coordinator and a finite verb
    // (`said the plan would fail and reportedly argued that ...`, `but quickly added`).
    const bool adverb = !comma && k + 2 < c.end && !r.in_direct[k + 1] && ly_adverb(r.lex, a.tokens[k + 1]);
    const std::size_t v = adverb ? k + 2 : k + 1;
    const SpeechCue* vc = nullptr;
    if (!speech_verb_at(r, v, c.end, &vc) || (adverb && !finite_ending(r.lex, a.tokens[v]))) continue;
    const bool participle = r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[v].lower);
    const bool ends = comma ? vc->kind == SpeechCue::Kind::PhraseBeforeSource || (vc->kind == SpeechCue::Kind::Verb && participle)
                            : vc->kind == SpeechCue::Kind::Verb && !participle && in_verb_slot(r, v) && !continues_infinitive(r, c.begin, v, *vc);
    if (ends) { c.end = comma_in_mark ? k + 1 : k; return; }
  }
}

// A lower-case verb form at k: a form in -ed or -s (not -ss) or a speech verb.
bool main_predicate(const Resolver& r, std::size_t k, std::size_t end) {
  const Token& w = r.a.tokens[k];
  if (w.kind != TokenKind::Word || w.has(kCapitalized) || r.in_direct[k]) return false;
  const SpeechCue* vc = nullptr;
  return finite_ending(r.lex, w) || (speech_verb_at(r, k, end, &vc) && vc->kind == SpeechCue::Kind::Verb);
}

// A report inside a subordinate clause ends with that clause (rule A34): `While X says
// CLAUSE, MAIN`, `X, though she said CLAUSE, MAIN`: when the clause holding the verb at
// `v` (from the last comma before it, or the sentence start, over discourse markers)
// opens with a word of the subordinators list, the first comma of the reported clause
// ends it. So does a non-restrictive relative clause on a person (rule A188: `Barkley, who
// said he typically votes democratic, said ...`: person_relatives after a comma), at the
// first comma followed by the main clause's predicate (a lower-case verb form: a form in
// -ed or -s or a speech verb; not `, in emergency scenarios`, `, Nebraska`, `, and ...`).
void end_with_subordinate_clause(const Resolver& r, const Sentence& st, std::size_t v, Clause& c) {
  const Annotation& a = r.a;
  std::size_t open = v;
  while (open > st.first_token && !(a.tokens[open - 1].norm == "," && !r.in_direct[open - 1])) --open;
  const bool after_comma = open > st.first_token;
  open = past_openers(a, r.lex, open, v);
  if (open >= v) return;
  const bool relative = after_comma && r.lex.in(Words::PersonRelatives, a.tokens[open]);
  if (!relative && !r.lex.in(Words::Subordinators, a.tokens[open])) return;
  for (std::size_t k = c.begin + 1; k < c.end; ++k)
    if (a.tokens[k].norm == "," && !r.in_direct[k] && (!relative || (k + 1 < c.end && main_predicate(r, k + 1, c.end)))) {
      c.end = k;
      return;
    }
}

std::int32_t mention_of(const Resolver& r, std::size_t k);
bool auxiliary_at(const Resolver& r, std::size_t k);

// Whether the clause opening the sentence at `open` is an adverbial fronted before the main
// clause that holds the cue at v, with no punctuation before it (rule A600):
// - a participle phrase before `that` and a reported clause (`clause`: rule indirect; the
//   gerund subject of `Adding extras such as X, Y and Z will ...` has none): the cue in
//   -ing opens it, or a form in -ing and the cue's past (`Noting that CLAUSE, MAIN`,
//   `Having announced that CLAUSE, MAIN`; a word of six letters or more that names no one:
//   not `King said`);
// - the cue in -ing after a preposition that opens the phrase (speaker_phrase_prepositions,
//   participle_openers), no finite auxiliary or verb form between (`After saying CLAUSE,
//   MAIN`, `In addition to stating that CLAUSE, MAIN`);
// - a clause of time opened by a word of fronting_subordinators, not a comparative `as ...
//   as` (`As soon as`, `as many as`), right at `open` or after a measure that ends on a word
//   of time_measure_words and names no one (`After X said CLAUSE, MAIN`, `Years after X
//   claimed that CLAUSE, MAIN`, `A few weeks after ...`, `As X announces that ...`; not
//   `His comments come after ...`).
bool fronted_adverbial(const Resolver& r, std::size_t open, std::size_t v, bool clause, bool that) {
  const Annotation& a = r.a;
  for (std::size_t k = open; k < v; ++k)
    if (a.tokens[k].kind == TokenKind::Punct) return false;
  auto ing = [&](std::size_t k) {
    return a.tokens[k].lower.size() > 5 && mention_of(r, k) < 0 && r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[k].lower);
  };
  auto verb_form = [&](std::size_t k) {
    const Token& t = a.tokens[k];
    return r.lex.in(Words::FiniteAuxiliaries, t) || (!t.has(kCapitalized) && finite_ending(r.lex, t)) || irregular_past(r.lex, t);
  };
  if (clause && that && ing(open) && (v == open || (v == open + 1 && finite_past(r.lex, a.tokens[v])))) return true;
  const bool preposition = r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[open]) || r.lex.in(Words::ParticipleOpeners, a.tokens[open]);
  if (clause && preposition && ing(v) && v <= open + 5) {
    bool finite = false;
    for (std::size_t k = open + 1; k < v && !finite; ++k) finite = verb_form(k);
    if (!finite) return true;
  }
  for (std::size_t k = open; k < v && k <= open + 3; ++k) {
    if (r.lex.in(Words::FrontingSubordinators, a.tokens[k]))
      return k + 1 < v && a.tokens[k + 2].lower != a.tokens[k].lower && (k == open || r.lex.in(Words::TimeMeasureWords, a.tokens[k - 1]));
    if (a.tokens[k].kind != TokenKind::Word || mention_of(r, k) >= 0 || (k > open && a.tokens[k].has(kCapitalized)) ||
        r.lex.in(Words::FiniteAuxiliaries, a.tokens[k]) || ed_form(r.lex, a.tokens[k]) || r.lex.in(Words::NominativePronouns, a.tokens[k]))
      return false;
  }
  return false;
}

// A report inside an adverbial fronted before the main clause (fronted_adverbial, rule
// A600) ends at its first comma, as one inside a subordinate clause does (rule A34): the
// adverbial opens the sentence (over discourse markers and punctuation) and the reported
// clause follows its cue (rules indirect and indirect-complement: not `As X reported,
// CLAUSE`, as_report, nor `According to X, CLAUSE`, whose rest is the report). A comma
// right after a complementizer stops the rule (`their fears it emerged that, while ...`:
// no clause to cut); a comma that opens an aside closed before a lower-case verb form or
// finite auxiliary is passed (`that Cruz, after suspending his campaign, has laid off`).
void end_with_fronted_adverbial(const Resolver& r, const Sentence& st, std::size_t v, bool clause, Clause& c) {
  const Annotation& a = r.a;
  if (c.begin <= v) return;
  for (std::size_t k = st.first_token; k < v; ++k)
    if (a.tokens[k].norm == "," && !r.in_direct[k]) return;
  std::size_t open = st.first_token;
  open = past_openers(a, r.lex, open, v);
  const bool that = r.lex.in(Words::Complementizers, a.tokens[c.begin - 1]);
  if (open > v || !fronted_adverbial(r, open, v, clause, that)) return;
  for (std::size_t k = c.begin + 1; k < c.end; ++k) {
    if (a.tokens[k].norm != "," || r.in_direct[k]) continue;
    if (r.lex.in(Words::Complementizers, a.tokens[k - 1])) return;
    const std::size_t after = after_parenthetical(r, st, k);
    if (after == 0 || after >= c.end || !(auxiliary_at(r, after) || main_predicate(r, after, c.end))) {
      c.end = k;
      return;
    }
    k = after - 1;
  }
}

// A complement without a clause ends before a non-restrictive relative clause, the
// reporter's comment on it (rule A59: `mentioned his plan to spy on neighborhoods, which
// has also been dismissed by ...`).
void end_at_relative(const Resolver& r, Clause& c) {
  const Annotation& a = r.a;
  for (std::size_t k = c.begin + 1; k + 1 < c.end; ++k)
    if (a.tokens[k].norm == "," && !r.in_direct[k] && r.lex.in(Words::RelativeWords, a.tokens[k + 1])) { c.end = k; return; }
}

// Whether the tokens from b to e are a time phrase (row A881): a preposition or time word of
// before_that or a preposition of time_limit_prepositions (`in`, `on`, `from`, `this`,
// `last` ...), then one to three tokens, each a number, a full stop of an abbreviation, a
// time word (before_that, time_phrase_nouns) or a capitalised day or month name (row A888,
// narrows A881: month_name() of the dates grammar reads it as a month; not a place, `,
// speaking in Leeds`): `in January`, `on Jan. 1`, `this year`, `from April 2020`; outside
// quotation marks.
[[gnu::noinline]] static bool time_adjunct_to_end(const Resolver& r, std::size_t b, std::size_t e) {
  const Annotation& a = r.a;
  if (b + 1 >= e || e - b > 4 || r.in_direct[b] ||
      !(r.lex.in(Words::BeforeThat, a.tokens[b]) || r.lex.in(Words::TimeLimitPrepositions, a.tokens[b])))
    return false;
  for (std::size_t k = b + 1; k < e; ++k) {
    const Token& t = a.tokens[k];
    if (r.in_direct[k]) return false;
    const bool word = t.kind == TokenKind::Word && (r.lex.in(Words::BeforeThat, t) || r.lex.in(Words::TimePhraseNouns, t) ||
                                                    (t.has(kCapitalized) && month_name(t.norm)));
    if (!word && t.kind != TokenKind::Number && !(t.norm == "." && k > b + 1 && a.tokens[k - 1].kind == TokenKind::Word)) return false;
  }
  return true;
}

// An infinitive complement (rule indirect-complement opening on `to`: infinitive_markers)
// ends before a comma and a free adjunct, a participle clause in -ing (ing_form) with or
// without a subordinator before it (rule A830: `vowed to bolster its army, reversing its
// pacifism`, `pledged to cut taxes, while blaming the council`, `vowed to block the
// nominee, meaning that the seat stays empty`): the infinitive has no subject or tense of
// its own to which the adjunct could attach, so the adjunct tells what the speaker did by
// vowing, the reporter's words. The form in -ing is a verb with its object or complement:
// a determiner, an object pronoun, a complementizer, a preposition (not_clause_openers)
// or an adverb in -ly follows it (not a noun in a list: `promised to hail the record on
// the economy, waiting lists and crime`). Not a preposition in -ing (other_prepositions,
// topic_prepositions: `, including X`, `, following the vote`, `, regarding X`), nor a
// word in quotation marks; not before the second word of the complement, nor after a
// form in -ing in it, whose list the adjunct may go on (`to focus on restoring order,
// trying to lower taxes and ...`). Nor a participle whose only complement is a time phrase
// that ends the complement (time_adjunct_to_end(), row A881: `promised to cut taxes, starting in
// January`, `vowed to hire nurses, beginning this year`): it dates the promised act, part of
// the infinitive's clause, not what the speaker did.
void end_at_free_adjunct(const Resolver& r, Clause& c) {
  const Annotation& a = r.a;
  if (c.begin >= c.end || !r.lex.in(Words::InfinitiveMarkers, a.tokens[c.begin])) return;
  for (std::size_t k = c.begin + 2; k + 2 < c.end; ++k) {
    if (a.tokens[k].kind != TokenKind::Punct || a.tokens[k].norm != "," || r.in_direct[k]) continue;
    std::size_t j = k + 1;
    if (r.lex.in(Words::Subordinators, a.tokens[j]) && j + 2 < c.end) ++j;
    const Token& w = a.tokens[j];
    if (r.in_direct[j] || w.kind != TokenKind::Word || w.has(kCapitalized) || !ing_form(r.lex, w) ||
        r.lex.in(Words::OtherPrepositions, w) || r.lex.in(Words::TopicPrepositions, w))
      continue;
    const Token& o = a.tokens[j + 1];
    if (r.in_direct[j + 1] || o.has(kCapitalized) ||
        !(r.lex.in(Words::Determiners, o) || r.lex.in(Words::ObjectPronouns, o) || r.lex.in(Words::Complementizers, o) ||
          r.lex.in(Words::NotClauseOpeners, o) || r.lex.ends_in(Words::AdverbSuffixes, o.lower)))
      continue;
    for (std::size_t i = c.begin + 1; i < k; ++i)
      if (ing_form(r.lex, a.tokens[i])) return;
    if (time_adjunct_to_end(r, j + 1, c.end)) return;
    c.end = k;
    return;
  }
}

// A reported clause ends before a non-restrictive relative clause that runs to its end,
// the reporter's note on the last noun (rule A121: `said he would repeal the Dodd-Frank
// Act, which was passed in 2010 ...`); not one closed by a comma or dash, set inside the
// clause's subject (`said Mr. X, who ..., would run`), and not before the third word.
void end_at_final_relative(const Resolver& r, Clause& c) {
  const Annotation& a = r.a;
  for (std::size_t k = c.begin + 3; k + 1 < c.end; ++k) {
    if (a.tokens[k].norm != "," || r.in_direct[k] || !r.lex.in(Words::RelativeWords, a.tokens[k + 1])) continue;
    bool closed = false;
    for (std::size_t j = k + 2; j < c.end && !closed; ++j)
      closed = !r.in_direct[j] && (a.tokens[j].norm == "," || a.tokens[j].norm == "--" || a.tokens[j].norm == "-");
    if (!closed) c.end = k;
    return;
  }
}

// A word that may stand inside a noun phrase between its article and its head (rule
// A650): a lower-case word or a number, no function word (determiner, relative,
// pronoun, preposition, subordinator, coordinator, auxiliary, copula) and no verb form in
// -ed or -ing.
bool noun_phrase_word(const Resolver& r, std::size_t k) {
  const Token& t = r.a.tokens[k];
  if (r.in_direct[k]) return false;
  if (t.kind == TokenKind::Number) return true;
  return t.kind == TokenKind::Word && !t.has(kCapitalized) && !r.lex.in(Words::Determiners, t) && !r.lex.in(Words::RelativeWords, t) &&
         !r.lex.in(Words::NominativePronouns, t) && !r.lex.in(Words::NotClauseOpeners, t) &&
         !r.lex.in(Words::SpeakerPhrasePrepositions, t) && !r.lex.in(Words::TimeLimitPrepositions, t) &&
         !r.lex.in(Words::Subordinators, t) && !r.lex.in(Words::Coordinators, t) &&
         !r.lex.in(Words::FiniteAuxiliaries, t) && !r.lex.in(Words::Copulas, t) && !ed_form(r.lex, t) && !ing_form(r.lex, t);
}

// Whether an object relative clause opens at s, after an appositive's noun (rule A650):
// its own subject, then its verb, with or without a relative word: a pronoun or a
// determiner other than a/an (`a proposal he has raised`, `a plan the board adopted`,
// `a move that the court upheld`), after a relative word also a capitalised word (`a
// claim that Smith's office disputes`) or one or two lower-case nouns before a finite
// auxiliary or a past form (`a point that intelligence officials have disputed`). Not a
// subject relative (`a move that survived ...`, `a misconception which pervades ...`):
// what it says of the appositive may be the speaker's own.
bool object_relative_at(const Resolver& r, std::size_t s, std::size_t end) {
  const Annotation& a = r.a;
  const bool relative = s < end && !r.in_direct[s] && r.lex.in(Words::RelativeWords, a.tokens[s]);
  const std::size_t j = relative ? s + 1 : s;
  if (j + 1 >= end || r.in_direct[j] || a.tokens[j].kind != TokenKind::Word) return false;
  const Token& t = a.tokens[j];
  if (r.lex.in(Words::NominativePronouns, t) || (r.lex.in(Words::Determiners, t) && !r.lex.in(Words::IndefiniteArticles, t)))
    return !t.has(kCapitalized);
  // Row A901: a quantifier opens the relative's subject too when its verb follows within
  // five words (`an approach several Republican candidates have also embraced`).
  if (r.lex.in(Words::QuantifierDeterminers, t) && !t.has(kCapitalized)) {
    for (std::size_t k = j + 1; k < end && k <= j + 5; ++k) {
      const Token& v = a.tokens[k];
      if (r.in_direct[k] || v.kind == TokenKind::Punct) return false;
      if (!v.has(kCapitalized) && (r.lex.in(Words::FiniteAuxiliaries, v) || ed_form(r.lex, v) || r.lex.in(Words::IrregularPastForms, v)))
        return true;
    }
    return false;
  }
  if (!relative) return false;
  if (t.has(kCapitalized)) return true;
  std::size_t k = j;
  while (k < end && k - j < 2 && noun_phrase_word(r, k) && !r.lex.in(Words::IrregularPastForms, a.tokens[k])) ++k;
  if (k == j || k >= end) return false;
  const Token& v = a.tokens[k];
  return !r.in_direct[k] && !v.has(kCapitalized) &&
         (r.lex.in(Words::FiniteAuxiliaries, v) || ed_form(r.lex, v) || r.lex.in(Words::IrregularPastForms, v));
}

// Whether the comma at k opens a comparative clause in inverted order that likens someone
// else to the report (rule A872: `said they will not back X, as has the mayor of Y`, `said
// she wants an inquiry, as have other Democrats`, `said he does not do them in public, as
// was the case with ...`): `as` (word list attribution_as: the `as` of a comparison, which
// also opens `As X reported, CLAUSE`) and a lower-case finite auxiliary or copula right
// after the comma, outside quotation marks: the writer's comparison. Row A889 (narrows A872):
// only a perfect auxiliary (perfect_auxiliaries), a copula, a finite auxiliary in -s
// (`does`) or a modal before a perfect auxiliary or copula (`, as may have been the case`)
// opens the comparison: `said inflation would rise, as would interest rates` is the
// speaker's own forecast, and `, as did X` stays in the clause too.
bool comparative_as_at(const Resolver& r, std::size_t k) {
  const Annotation& a = r.a;
  if (r.in_direct[k + 1] || r.in_direct[k + 2] || !r.lex.in(Words::AttributionAs, a.tokens[k + 1])) return false;
  const Token& aux = a.tokens[k + 2];
  if (aux.kind != TokenKind::Word || aux.has(kCapitalized)) return false;
  if (r.lex.in(Words::PerfectAuxiliaries, aux) || r.lex.in(Words::Copulas, aux)) return true;
  const Token* next = k + 3 < a.tokens.size() ? &a.tokens[k + 3] : nullptr;
  return r.lex.in(Words::FiniteAuxiliaries, aux) &&
         (finite_ending(r.lex, aux) || (next && (r.lex.in(Words::PerfectAuxiliaries, *next) || r.lex.in(Words::Copulas, *next))));
}

// Row A901 (extends A650): the noun at h heads a summative appositive with no article by
// itself when it names a statement or a plan (claim_nouns, plan_nouns: `remarks`,
// `comments`, `claims`) and a relative word follows it at s (`, remarks that were featured
// on state television`, `, comments that were echoed by aides`): a bare plural set after
// the clause names the report itself and says what came of it, whatever the relative
// clause's shape (with an article A650's object relative is still needed: `, a plan that
// would cost the ward dearly` may be the speaker's own words).
bool statement_head(const Resolver& r, std::size_t h, std::size_t s, std::size_t end) {
  const Annotation& a = r.a;
  return s == h + 1 && s + 1 < end && !r.in_direct[s] && r.lex.in(Words::RelativeWords, a.tokens[s]) &&
         !r.lex.in(Words::PersonRelatives, a.tokens[s]) &&
         (r.lex.in(Words::ClaimNouns, a.tokens[h]) || r.lex.in(Words::PlanNouns, a.tokens[h]));
}

// A reported clause after its cue ends before a summative appositive that runs to its
// end and tells what someone else did with the report, the reporter's note (rule A650:
// `said she should face no charges, a recommendation the board adopted`, `said he had
// not left -- a move he announced later`): a comma or dash after a lower-case word or a
// number (not a name: `met Ms X, a lawyer` describes the name, inside the report), a/an,
// up to six words of a noun phrase (noun_phrase_word), then an object relative clause
// (object_relative_at), with no comma or dash after it (`, a bit adrift, in the weeks`;
// a list `a car, a house and a boat` stops at its coordinator). Row A901: also an appositive
// with no article after a comma (also after a name: a statement describes no person) whose
// head, within three words, names a statement or a plan before a relative word
// (statement_head: `, remarks that were featured ...`), and an object relative on a
// quantifier (`an idea several councillors have backed`: the noun phrase stops before the
// quantifier). Not before the third word;
// only the first such appositive is read. The same scan ends the clause before the
// writer's inverted comparison (comparative_as_at, rule A872; from the second word on),
// whichever comes first.
void end_at_summative_appositive(const Resolver& r, Clause& c) {
  const Annotation& a = r.a;
  bool summative = true;
  for (std::size_t k = c.begin + 1; k + 2 < c.end; ++k) {
    const std::string_view p = a.tokens[k].norm;
    if ((p != "," && p != "--" && p != "-") || r.in_direct[k]) continue;
    if (p == "," && comparative_as_at(r, k)) {
      c.end = k;
      return;
    }
    if (!summative || k < c.begin + 3) continue;
    const bool article = r.lex.in(Words::IndefiniteArticles, a.tokens[k + 1]);
    if (!article && (p != "," || !(r.lex.in(Words::RelativeWords, a.tokens[k + 2]) ||
                                   (k + 3 < c.end && r.lex.in(Words::RelativeWords, a.tokens[k + 3])) ||
                                   (k + 4 < c.end && r.lex.in(Words::RelativeWords, a.tokens[k + 4])))))
      continue;
    const Token& before = a.tokens[k - 1];
    if (r.in_direct[k - 1] || (before.kind != TokenKind::Word && before.kind != TokenKind::Number)) continue;
    const bool named = before.kind == TokenKind::Word && before.has(kCapitalized);
    const std::size_t np = article ? k + 2 : k + 1;
    std::size_t s = np;
    while (s < c.end && s - k < (article ? 8u : 4u) && noun_phrase_word(r, s) && !r.lex.in(Words::QuantifierDeterminers, a.tokens[s])) ++s;
    if (s == np || !((!article && statement_head(r, s - 1, s, c.end)) || (article && !named && object_relative_at(r, s, c.end))))
      continue;
    bool closed = false;
    for (std::size_t j = s; j < c.end && !closed; ++j)
      closed = !r.in_direct[j] && (a.tokens[j].norm == "," || a.tokens[j].norm == "--" || a.tokens[j].norm == "-");
    if (!closed) {
      c.end = k;
      return;
    }
    summative = false;
  }
}

// A comma, a coordinator and he/she open the reporter's next clause about the speaker
// (rule A122: `said the real extremist is X, and he railed against ...`, `said she will
// not call on X to withdraw, but she has bristled at ...`); `, and that ...` goes on.
// Only a clause after its cue: one before it (`CLAUSE, according to X`) is whole. Without
// the comma, he/she must be followed by a past form in -ed (rule A129: `and she accused`).
void end_at_coordinated_clause(const Resolver& r, Clause& c) {
  const Annotation& a = r.a;
  for (std::size_t k = c.begin + 3; k + 2 < c.end; ++k) {
    if (r.in_direct[k] || r.in_direct[k + 2]) continue;
    if (a.tokens[k].norm == "," && r.lex.in(Words::Coordinators, a.tokens[k + 1]) && r.lex.in(Words::SubjectPronouns, a.tokens[k + 2])) { c.end = k; return; }
    // without the comma, he/she then a past form in -ed: `and she accused ...`
    const Token& w = a.tokens[k + 2];
    if (k + 3 < c.end && r.lex.in(Words::Coordinators, a.tokens[k + 1]) && r.lex.in(Words::SubjectPronouns, w) &&
        a.tokens[k + 3].kind == TokenKind::Word && !a.tokens[k + 3].has(kCapitalized) && ed_form(r.lex, a.tokens[k + 3])) { c.end = k + 1; return; }
  }
}

// A form in -ed at k that is a verb, not an adjective (`biodiesel and advanced fuels`): it
// comes before an object or a phrase (a determiner, an object pronoun, a preposition, `to`,
// a number or a name).
bool past_predicate(const Resolver& r, std::size_t k, std::size_t end) {
  if (k + 1 >= end || !ed_form(r.lex, r.a.tokens[k])) return false;
  const Token& n = r.a.tokens[k + 1];
  return r.lex.in(Words::Determiners, n) || r.lex.in(Words::ObjectPronouns, n) || r.lex.in(Words::NotClauseOpeners, n) ||
         n.kind == TokenKind::Number || (n.kind == TokenKind::Word && n.has(kCapitalized));
}

// A complement with no finite verb of its own (an object or an infinitive: rule
// indirect-complement) ends before a coordinator, with or without a comma, and a finite
// form, an auxiliary or a past in -ed (past_predicate) (rule A515: `vowed to keep the
// clinic open and celebrated the ruling`, `denied the charges and has since sued`):
// neither an object nor an infinitive takes a finite verb, so it is the speaker's next
// predicate. Not after a relative or complement word or a finite auxiliary in the
// complement (`called for a law that bans X and requires Y`, `estimated 35 million were
// killed or wounded`: a clause's own verbs).
void end_at_matrix_predicate(const Resolver& r, Clause& c) {
  const Annotation& a = r.a;
  for (std::size_t k = c.begin + 1; k + 1 < c.end; ++k) {
    if (r.in_direct[k]) continue;
    const Token& t = a.tokens[k];
    if (r.lex.in(Words::RelativeWords, t) || r.lex.in(Words::Complementizers, t) || r.lex.in(Words::FiniteAuxiliaries, t)) return;
    const Token& w = a.tokens[k + 1];
    if (!r.lex.in(Words::Coordinators, a.tokens[k]) || r.in_direct[k + 1] || w.kind != TokenKind::Word || w.has(kCapitalized)) continue;
    if (r.lex.in(Words::FiniteAuxiliaries, w) || past_predicate(r, k + 1, c.end)) {
      c.end = a.tokens[k - 1].norm == "," ? k - 1 : k;
      return;
    }
  }
}

// A complement with no finite verb of its own (rule indirect-complement) ends before a
// comma, a coordinator and a new subject with its finite verb (rule A771: `called for a
// boycott of the talks, and the league's chairman denounced ...`, `urged the board to block
// the sale, but its members were ...`): an object or an infinitive coordinates with no
// clause, so the clause is the reporter's next one. The subject opens on a determiner, a
// possessive, a capitalised word or a nominative pronoun (finite_clause then finds its verb);
// a name with no verb after it goes on (`mentioned X, Y, and Jane Roe`). Not after a
// relative or complement word or a finite auxiliary in the complement, as
// end_at_matrix_predicate.
void end_at_coordinated_subject(const Resolver& r, const Sentence& st, Clause& c) {
  const Annotation& a = r.a;
  for (std::size_t k = c.begin + 1; k + 3 < c.end; ++k) {
    if (r.in_direct[k]) continue;
    const Token& t = a.tokens[k];
    if (r.lex.in(Words::RelativeWords, t) || r.lex.in(Words::Complementizers, t) || r.lex.in(Words::FiniteAuxiliaries, t)) return;
    if (t.norm != "," || r.in_direct[k + 1] || r.in_direct[k + 2] || !r.lex.in(Words::Coordinators, a.tokens[k + 1])) continue;
    const Token& w = a.tokens[k + 2];
    const bool opener = r.lex.in(Words::Determiners, w) || w.has(kPossessive) || r.lex.in(Words::NominativePronouns, w) ||
                        (w.kind == TokenKind::Word && w.has(kCapitalized));
    if (opener && w.kind == TokenKind::Word && !r.lex.in(Words::FiniteAuxiliaries, w) && finite_clause(r, st, k + 2)) {
      c.end = k;
      return;
    }
  }
}

// Whether the tokens from b to e hold a clause or a verb phrase: `to`, a relative,
// complement, interrogative or subordinating word, a finite auxiliary or a comma.
bool holds_clause(const Resolver& r, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k) {
    const Token& t = r.a.tokens[k];
    if (r.in_direct[k]) continue;
    if (t.norm == "," || r.lex.in(Words::InfinitiveMarkers, t) || r.lex.in(Words::RelativeWords, t) || r.lex.in(Words::Complementizers, t) ||
        r.lex.in(Words::InterrogativeWords, t) || r.lex.in(Words::Subordinators, t) || r.lex.in(Words::FiniteAuxiliaries, t))
      return true;
  }
  return false;
}

// A noun-phrase complement (rule indirect-complement, no clause in it: holds_clause)
// ends before a time word of before_that that no noun phrase holds (not a preposition or
// determiner, not after a determiner, not possessive: `the Sunday paper`, `his last
// speech`, `Monday's vote` stay; not before a verb form, `the era also carries`), with
// the preposition before it (rule A517: `defended his record on Sunday night`, `unveiled
// a plan Monday`): the time of the speaker's act, not of its object. The time word ends
// the clause but for two words: the object may go on after it (`proposed a steep levy
// last year on the dirtiest plants`, `voiced disquiet on Thursday at the death of ...`).
// A measure before it goes with it (`won her title 12 months later`). Not after a
// preposition of time_limit_prepositions, which makes the time the object's deadline, span
// or date (rule A555: `promised a report by Friday`, `a ceasefire until Monday`).
void end_at_verb_time(const Resolver& r, Clause& c) {
  const Annotation& a = r.a;
  if (holds_clause(r, c.begin, c.end)) return;
  for (std::size_t k = c.begin + 2; k < c.end; ++k) {
    const Token& t = a.tokens[k];
    if (r.in_direct[k] || !r.lex.in(Words::BeforeThat, t) || r.lex.in(Words::NotClauseOpeners, t) || r.lex.in(Words::Determiners, t) ||
        t.has(kPossessive) || r.lex.in(Words::Determiners, a.tokens[k - 1]) ||
        (k + 1 < c.end && !a.tokens[k + 1].has(kCapitalized) && finite_ending(r.lex, a.tokens[k + 1])) ||
        k + 3 < c.end)
      continue;
    if (r.lex.in(Words::TimeLimitPrepositions, a.tokens[k - 1])) return;  // `a report by Friday` (A555)
    const bool measure = a.tokens[k - 2].kind == TokenKind::Number;
    c.end = measure ? k - 2 : r.lex.in(Words::NotClauseOpeners, a.tokens[k - 1]) ? k - 1 : k;
    return;
  }
}

// A finite auxiliary or copula at k, lower case, outside quotation marks.
bool auxiliary_at(const Resolver& r, std::size_t k) {
  const Token& t = r.a.tokens[k];
  return !r.in_direct[k] && t.kind == TokenKind::Word && !t.has(kCapitalized) &&
         (r.lex.in(Words::FiniteAuxiliaries, t) || r.lex.in(Words::Copulas, t));
}

// A reported clause after a cue with a finite auxiliary before it (`has said`, `will
// argue`) ends before a coordinator, with or without a comma, and the same auxiliary
// with no subject of its own, then a past in -ed or a word of subject_gap_words (`and has
// also`, `and has since`: an auxiliary, not `and has no plans`), when the clause up to
// there does not use that auxiliary (rule A518: `has said she wants a safe zone and has
// expressed support for ...`, `have said X, but have also said Y`): the
// second predicate agrees with the reporting verb, not with the report, so it is the
// speaker's. `has said the firm has cut jobs and has closed plants` keeps the report whole.
void end_at_agreeing_predicate(const Resolver& r, std::size_t v, Clause& c) {
  const Annotation& a = r.a;
  if (v == 0 || c.begin <= v || !auxiliary_at(r, v - 1)) return;
  const std::string_view aux = a.tokens[v - 1].lower;
  for (std::size_t k = c.begin; k + 1 < c.end; ++k) {
    if (r.in_direct[k]) continue;
    if (a.tokens[k].lower == aux) return;
    if (k > c.begin && k + 2 < c.end && r.lex.in(Words::Coordinators, a.tokens[k]) && auxiliary_at(r, k + 1) && a.tokens[k + 1].lower == aux &&
        (ed_form(r.lex, a.tokens[k + 2]) || r.lex.in(Words::SubjectGapWords, a.tokens[k + 2]))) {
      c.end = a.tokens[k - 1].norm == "," ? k - 1 : k;
      return;
    }
  }
}

// Whether the words of the pair of marks p stand in a quote already made (the direct
// stage's): a pair it kept as no quote is a title or a name (`the book titled "The
// Tragedy of Lyndon Johnson"`), and does not stop a report around it (rule A663).
bool pair_quoted(const Annotation& a, const Pair& p) {
  if (p.close >= a.tokens.size()) return true;
  const Span marks{a.tokens[p.open].span.begin, a.tokens[p.close].span.end};
  return std::any_of(a.quotes.begin(), a.quotes.end(),
                     [&](const Quote& q) { return q.span.begin < marks.end && marks.begin < q.span.end; });
}

// `min_words` words at least (three; two for a headline's clause before its attribution,
// rule A1075), and no direct quote of four words or more inside.
bool clause_holds(const Resolver& r, const Marks& marks, const Clause& c, std::size_t min_words) {
  const Annotation& a = r.a;
  std::size_t words = 0;
  for (std::size_t k = c.begin; k < c.end; ++k) {
    words += a.tokens[k].kind == TokenKind::Word;
    if (!r.in_direct[k] || a.tokens[k].kind != TokenKind::Quote) continue;
    const auto pit = marks.pair_at_open.find(k);
    if (pit == marks.pair_at_open.end()) continue;
    const auto& p = marks.pairs[pit->second];
    std::size_t w2 = 0;
    for (std::size_t m = p.open; m < p.close && m < a.tokens.size() && w2 <= 3; ++m) w2 += a.tokens[m].kind == TokenKind::Word;
    if (w2 > 3 && pair_quoted(a, p)) return false;
  }
  return words >= min_words;
}

// Whether the two words of a headline's clause before its attribution read as a clause
// (rule A1075: a verb and its object, a subject and its verb: `Protect volunteers, union
// says`, `Prices rise, bank says`): no name (a mention) and no adverbial word (a time noun,
// a word of before_that or discourse_markers, an -ly adverb, a word that opens no clause:
// `Yesterday evening, X said`, `Not now, X says`), the second in lower case.
bool headline_pair_clause(const Resolver& r, const Clause& c) {
  const Annotation& a = r.a;
  std::size_t words = 0;
  for (std::size_t k = c.begin; k < c.end; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::Word) return false;
    if (r.mention_cover[k] >= 0 || r.lex.in(Words::TimePhraseNouns, t) || r.lex.in(Words::BeforeThat, t) ||
        r.lex.in(Words::DiscourseMarkers, t) || r.lex.in(Words::NotClauseOpeners, t) || ly_adverb(r.lex, t))
      return false;
    if (words++ > 0 && t.has(kCapitalized)) return false;
  }
  return words == 2;
}

// The quote's speaker from what an attribution pattern found.
void set_speaker(const Resolver& r, const Attribution& at, Quote& q) {
  q.speaker = at.speaker;
  q.speaker_mention = at.mention;
  q.speaker_from = at.from;
  if (!at.from.empty()) {
    q.speaker_span = r.last_from().span;
    q.speaker_rule = r.last_from().rule;
    q.speaker_antecedent = r.last_from().antecedent;
  }
}

// The clause, its closing punctuation cut, as the quote's span, with the attribution's
// speaker; false (q's span and speaker left alone) when what is left holds no report.
bool finish_quote(const Resolver& r, const Marks& marks, Clause& c, const Attribution& at, Quote& q) {
  const Annotation& a = r.a;
  while (c.end > c.begin && a.tokens[c.end - 1].kind == TokenKind::Punct) --c.end;
  const bool headline_pair = q.rule == "indirect-before" && a.sentences[q.sentence].headline && headline_pair_clause(r, c);
  if (!clause_holds(r, marks, c, headline_pair ? 2 : 3)) return false;
  q.span = Span{a.tokens[c.begin].span.begin, a.tokens[c.end - 1].span.end};
  set_speaker(r, at, q);
  return true;
}

// The mention covering token k, named or resolved, or -1.
std::int32_t mention_of(const Resolver& r, std::size_t k) {
  return r.mention_cover[k] >= 0 ? r.mention_cover[k] : r.reference_at[k];
}

// A speaker named only as the modifier of a role noun on a title-case line (rule A290):
// `Trump's Adviser Says ...`, `Former Roe Pollster Says ...`, `CLAUSE, Former Roe
// Pollster Says.`: the verb is capitalised inside its sentence, so the words before it
// are in title case, and the capitalised noun between the name and the verb (a word of
// person_role_nouns, after at most one more capitalised word or a possessive) heads the
// subject: that person speaks, not the name before, as in `Roe campaign manager John Doe`.
// Not an official noun (`Acme Spokesman Says`: the body speaks, A200), not when the noun
// is part of a name. The token right after the name (the name ends before it), or 0.
std::size_t role_noun_after_name(const Resolver& r, const Sentence& st, std::size_t v) {
  const Annotation& a = r.a;
  if (v <= st.first_token + 1 || !a.tokens[v].has(kCapitalized)) return 0;
  const Token& noun = a.tokens[v - 1];
  if (mention_of(r, v - 1) >= 0 || !noun.has(kCapitalized) || !r.lex.in(Words::PersonRoleNouns, noun) ||
      r.lex.in(Words::OfficialNouns, noun))
    return 0;
  std::size_t k = v - 1;
  if (k > st.first_token && mention_of(r, k - 1) < 0 && a.tokens[k - 1].kind == TokenKind::Word &&
      (a.tokens[k - 1].has(kCapitalized) || a.tokens[k - 1].has(kPossessive)))
    --k;
  return k > st.first_token && mention_of(r, k - 1) >= 0 ? k : 0;
}

// The speaker of A290's subject: the one person the text names right after the same
// name and role noun (`Former Roe Pollster Says` and `former Jane Roe pollster Tom
// Smith`), else unknown (GUIDELINES: unknown stays null, never guess).
void role_noun_holder(const Resolver& r, std::size_t name, std::size_t noun, Attribution& at) {
  const Annotation& a = r.a;
  const std::int32_t body = a.mentions[mention_of(r, name)].entity;
  at = Attribution{};
  for (std::size_t i = 0; i < a.mentions.size(); ++i) {
    const Mention& m = a.mentions[i];
    if (m.type != EntityType::Person || m.entity < 0 || !m.resolved_from.empty() || m.first_token < 2 ||
        a.tokens[m.first_token - 1].lower != a.tokens[noun].lower)
      continue;
    const std::int32_t before = mention_of(r, m.first_token - 2);
    if (before < 0 || a.mentions[before].entity != body || m.entity == body) continue;
    if (at.speaker >= 0 && at.speaker != m.entity) {
      at = Attribution{};
      return;
    }
    at.speaker = m.entity;
    at.mention = static_cast<std::int32_t>(i);
  }
}

// The tail of a contraction token after its apostrophe (`'s` of `it's`), when it is one of
// contraction_tails, else empty. The tokenizer makes every apostrophe straight (a curly
// one opens no token's norm: Tokenizer.CurlyApostrophesAreStraightInEveryToken).
std::string_view contraction_tail(const Resolver& r, const Token& t) {
  std::string_view w = t.lower;
  if (!w.starts_with("'")) return {};
  w.remove_prefix(1);
  return !w.empty() && r.lex.in(Words::ContractionTails, w) ? w : std::string_view{};
}

// A word of an adjective phrase between a copula and an infinitive (rule A652: `safe`,
// `too soon`, `worth`): lower case, outside quotation marks, no function word nor verb form.
bool comment_adjective(const Resolver& r, std::size_t j) {
  const Token& t = r.a.tokens[j];
  return noun_phrase_word(r, j) && !r.lex.in(Words::InfinitiveMarkers, t) && !r.lex.in(Words::Negators, t) && !contracted_subject(r.lex, t) &&
         contraction_tail(r, t).empty();
}

// Whether the subject of the verb cue at v is a generic or negative pronoun (word list
// generic_subjects, row A1192) and the verb one of asking or wondering, no report
// (speech_verbs.json reporting false): `One wonders whether ...`, `one might wonder why
// ...`, `Nobody asks whether ...`: the writer's musing, no source is named, no quote. Up to
// three auxiliaries, `to`, negators or adverbs in -ly may stand between (`One only
// wonders`, `one has to ask`). After a determiner or a quantifier other than a negator the
// word is a numeral or a noun's stand-in (`the one who asked`, `each one asks`), and it is
// generic only with a present or a modal: `One wondered ...` (after `Two aides spoke.`) is
// one of them. A verb of saying keeps its quote (`One could say that ...` is the seeds
// gold's quote, the speaker's own words).
bool generic_subject(const Resolver& r, const Sentence& st, std::size_t v, const SpeechCue& vc) {
  const Annotation& a = r.a;
  if (vc.reporting) return false;
  std::size_t k = v;
  bool modal = false;
  for (; k > st.first_token && v - k < 3; --k) {
    const Token& t = a.tokens[k - 1];
    if (t.kind != TokenKind::Word || t.has(kCapitalized) || r.in_direct[k - 1]) break;
    if (r.lex.in(Words::FiniteAuxiliaries, t))
      modal = modal || !(r.lex.in(Words::PerfectAuxiliaries, t) || r.lex.in(Words::Copulas, t));
    else if (!r.lex.in(Words::InfinitiveMarkers, t) && !r.lex.in(Words::Negators, t) && !r.lex.ends_in(Words::AdverbSuffixes, t.lower))
      break;
  }
  if (k <= st.first_token || r.in_direct[k - 1] || !r.lex.in(Words::GenericSubjects, a.tokens[k - 1])) return false;
  if (k - 1 > st.first_token) {
    const Token& d = a.tokens[k - 2];
    if (r.lex.in(Words::Determiners, d) || (r.lex.in(Words::QuantifierDeterminers, d) && !r.lex.in(Words::Negators, d))) return false;
  }
  const std::string_view form = a.tokens[v].lower;
  return modal || form == vc.lemma || s_form(r.lex, form);
}

// Whether the cue at v is the writer's comment through an extraposed `it` (rule A652):
// `it` (expletive_pronouns) and a copula (`it is`, `it's`, `it has been`), an adjective phrase of
// up to three words, then the cue as an infinitive or a form in -ing (`it's safe to say`,
// `It is too soon to say whether`, `It's worth noting that`, `it is fair to say`): no one
// is reported, the writer states the clause. Not a verb that takes a hearer (`the data
// ... it is unlikely to tell the full story`: `it` refers, the subject of `tell`).
bool extraposed_comment(const Resolver& r, std::size_t v) {
  const Annotation& a = r.a;
  if (v < 2) return false;
  std::size_t j = r.lex.in(Words::InfinitiveMarkers, a.tokens[v - 1]) ? v - 1 : ing_form(r.lex, a.tokens[v]) ? v : 0;
  if (j < 2 || r.in_direct[j - 1]) return false;
  const std::size_t adj_end = j;
  while (j > 0 && adj_end - j < 3 && comment_adjective(r, j - 1)) --j;
  if (j == adj_end || j == 0) return false;
  if (adj_end == v)  // before a form in -ing, an adjective (`worth`), no adverb of a progressive (`is currently arguing`)
    for (std::size_t k = j; k < adj_end; ++k)
      if (r.lex.ends_in(Words::AdverbSuffixes, a.tokens[k].lower) || r.lex.in(Words::ActingAdverbs, a.tokens[k]) ||
          r.lex.in(Words::DiscourseMarkers, a.tokens[k]))
        return false;
  const Token& cop = a.tokens[j - 1];
  if (contracted_subject(r.lex, cop)) return r.lex.in(Words::ExpletivePronouns, cop.lower.substr(0, cop.lower.find('\'')));
  if (!r.lex.in(Words::Copulas, cop) && contraction_tail(r, cop).empty()) return false;
  std::size_t i = j - 1;
  while (i > 0 && j - 1 - i < 2 && (r.lex.in(Words::FiniteAuxiliaries, a.tokens[i - 1]) || r.lex.in(Words::Negators, a.tokens[i - 1]))) --i;
  return i > 0 && r.lex.in(Words::ExpletivePronouns, a.tokens[i - 1]);
}

// Whether the cue at v is the writer's comment through an extraposed `it` and a modal
// passive (rule A1055, beside A652's `it's safe to say`): `it` (expletive_pronouns), a
// modal (a finite auxiliary that is no copula nor perfect auxiliary: `should`, `could`,
// `must`, `can`, or one fused with its negation, `cannot`) or a perfect auxiliary and `to`
// (`has to`, infinitive_markers), up to two adverbs (`also`, `never`, discourse_markers,
// negators, a form in -ly), then one word, the passive's auxiliary, and the cue in no form
// in -ing (`It should be noted that`, `it could be argued that`, `It has to be said`, `it
// must also be stressed that`): the writer states the clause, no one is reported. A
// copula's passive reports what others said (`It was said that`, `it is claimed`: kept),
// and an adverb or a negator is no auxiliary (`it would then say`, `it did not say`: `it`
// refers).
//
// Row A1076 (narrows A1055): the cue is a past participle (past_participle, or a form of
// the verb that is neither its base, a form in -s nor one in -ing: `said`), so a modal and
// a base form are an active clause whose `it` refers (`it will soon announce that`, `it
// will first argue that`: kept). Row A1083 (widens A1055): a perfect auxiliary's `have
// been` after the modal is the passive's auxiliary too (`It should have been noted that`).
// Row A1084 (mends A1076): a phrasal cue's base form is its lemma's first word (`it will
// soon point out that`, `it would first make clear that`: kept). Row A1099 (widens A1083):
// an adverb between `have` and `been` (`It should have also been noted that`).
bool modal_passive_comment(const Resolver& r, std::size_t v, const SpeechCue& vc) {
  const Annotation& a = r.a;
  if (v < 3 || ing_form(r.lex, a.tokens[v]) || r.in_direct[v - 1]) return false;
  const auto adverb = [&](const Token& t) {
    return r.lex.in(Words::DiscourseMarkers, t) || r.lex.in(Words::Negators, t) || ly_adverb(r.lex, t);
  };
  std::size_t k = v - 1;
  const Token& aux = a.tokens[k];
  std::size_t have = k - 1;  // `have (also) been`: up to two adverbs between (row A1099)
  while (have > 1 && k - have <= 2 && adverb(a.tokens[have])) --have;
  const Token& perfect = a.tokens[have];
  if (r.lex.in(Words::Copulas, aux) && r.lex.in(Words::PerfectAuxiliaries, perfect) && !perfect.has(kCapitalized)) {
    k = have;  // `have been`: the modal must come before it (`it has been noted` reports)
  } else if (aux.kind != TokenKind::Word || aux.has(kCapitalized) || adverb(aux) || r.lex.in(Words::PerfectAuxiliaries, aux) ||
             r.lex.in(Words::FiniteAuxiliaries, aux) || r.lex.in(Words::Copulas, aux)) {
    return false;
  }
  const std::size_t aux_at = k;
  while (k > 1 && aux_at - k < 2 && adverb(a.tokens[k - 1])) --k;
  const Token& modal = a.tokens[k - 1];
  std::size_t i = k - 1;
  if (r.lex.in(Words::InfinitiveMarkers, modal)) {
    if (i == 0 || !r.lex.in(Words::PerfectAuxiliaries, a.tokens[i - 1])) return false;
    --i;
  } else if (r.lex.in(Words::Copulas, modal) || r.lex.in(Words::PerfectAuxiliaries, modal) ||
             !(r.lex.in(Words::FiniteAuxiliaries, modal) || r.lex.in(Words::NegativeAuxiliaries, modal))) {
    return false;
  }
  if (i == 0 || !r.lex.in(Words::ExpletivePronouns, a.tokens[i - 1])) return false;
  // Row 23.327 (issue #23): the cue's form is read last, once `it`, the modal and the
  // auxiliary stand before it (most cues leave at their first test: `Tom Smith says`), and
  // past_participle(), which builds `have FORM` and looks it up, only of a base or -s form
  // (`it could be said`: `said` is neither, so no look-up). The same conjunction.
  const Token& cue = a.tokens[v];
  const std::string_view lemma = vc.lemma;
  const std::string_view head = lemma.substr(0, lemma.find(' '));  // a phrasal cue's verb (`point out`: `point`)
  return !(cue.lower == head || s_form(r.lex, cue.lower)) || past_participle(r.lex, cue);
}

// After a verb that takes a hearer or an object (speech_verbs.json "object": `tell`, `warn`,
// `remind`), a clause that opens on that object closed by a colon (row A883: `told reporters:
// the plan is dead`, `telling the story of the deal: in 2009 ...`): one to six words before
// the colon, outside quotation marks, none a finite auxiliary, copula or negator (`the
// message was: ...`, `she must: ...` are clauses of their own), and a word or number after
// it; the report opens after the colon, the object is the verb's. Not after other verbs,
// whose clause may hold a colon of its own (`have said it falls flat for one reason: ...`).
// Row A887 (narrows A883): a lexical finite verb (finite_ending, irregular_past) stops the
// scan too (`told reporters Britain needed one thing: a leader`), and a clause that `that`
// opened keeps its colon (`told reporters that Britain needed one thing: a leader`).
[[gnu::noinline]] void start_after_object_colon(const Resolver& r, Clause& c, bool has_that) {
  const Annotation& a = r.a;
  if (has_that) return;
  for (std::size_t k = c.begin; k < c.end && k < c.begin + 7; ++k) {
    const Token& t = a.tokens[k];
    if (r.in_direct[k]) return;
    if (t.kind == TokenKind::Punct && t.norm == ":") {
      if (k == c.begin || k + 2 >= c.end || r.in_direct[k + 1] ||
          (a.tokens[k + 1].kind != TokenKind::Word && a.tokens[k + 1].kind != TokenKind::Number))
        return;
      c.begin = k + 1;
      return;
    }
    if ((t.kind != TokenKind::Word && !t.has(kPossessive) && !(t.norm == "." && t.has(kAbbrev))) || r.lex.in(Words::FiniteAuxiliaries, t) ||
        r.lex.in(Words::Copulas, t) || r.lex.in(Words::Negators, t) ||
        (k > c.begin && !t.has(kCapitalized) && (finite_ending(r.lex, t) || irregular_past(r.lex, t))))
      return;
  }
}

// A report made inside a non-restrictive relative clause on the sentence's subject ends
// where the main clause's predicate resumes (rule A862: `Jones, who says she is innocent,
// could lose her medals`, `Sanders, who endorsed X and said he would campaign with him,
// ultimately did not show up`): the cue follows a comma and a relative word that is no
// complementizer (`who`, `which`) with no comma between; the clause ends at its first comma
// outside quotation marks when a lower-case finite or negative auxiliary follows it, after
// up to two adverbs in -ly or words of subject_gap_words (`, also will ...`). A later comma
// (`says the coach, 55, is innocent`) may close an apposition inside the report: not read.
[[gnu::noinline]] void end_at_main_predicate(const Resolver& r, const Sentence& st, std::size_t v, Clause& c) {
  const Annotation& a = r.a;
  std::size_t w = v;
  while (w > st.first_token + 1 && a.tokens[w - 1].norm != "," && !r.in_direct[w - 1]) --w;
  if (w <= st.first_token + 1 || w >= v || a.tokens[w - 1].norm != "," || !r.lex.in(Words::RelativeWords, a.tokens[w]) ||
      r.lex.in(Words::Complementizers, a.tokens[w]))
    return;
  std::size_t k = c.begin + 1;
  while (k < c.end && a.tokens[k].norm != "," && !r.in_direct[k]) ++k;
  if (k + 2 >= c.end || a.tokens[k].norm != ",") return;
  std::size_t j = k + 1;
  while (j < k + 3 && j + 1 < c.end && !r.in_direct[j] &&
         (ly_adverb(r.lex, a.tokens[j]) || (r.lex.in(Words::SubjectGapWords, a.tokens[j]) && !r.lex.in(Words::FiniteAuxiliaries, a.tokens[j]))))
    ++j;
  const Token& t = a.tokens[j];
  if (!r.in_direct[j] && t.kind == TokenKind::Word && !t.has(kCapitalized) &&
      (r.lex.in(Words::FiniteAuxiliaries, t) || r.lex.in(Words::NegativeAuxiliaries, t)))
    c.end = k;
}

// A reported clause that holds a direct quote in a second complement coordinated with
// `that` (rule A861: `said authorities had made arrests and that the risk "is our main
// concern"`, `but that ...`) ends before the coordinator, when no quotation mark stands
// before it: the first complement is a report of its own, in no marks, and the quoted
// words of the second are the quote (GUIDELINES). Tried only when the whole clause holds
// no report (indirect_quote: after finish_quote failed, a direct quote of four words or
// more inside) or for a cue that attributed a quote (`used`), so no clause that is kept
// whole now changes. Whether the first complement was made the quote. quoted_conjunct(): the
// coordinator of such a second complement in [b, e), no mark before it, 0 when none (a
// cheap scan, tried first, also before a cue that attributed a quote is read at all).
std::size_t quoted_conjunct(const Resolver& r, std::size_t b, std::size_t e) {
  const Annotation& a = r.a;
  for (std::size_t k = b + 1; k + 2 < e; ++k) {
    if (r.in_direct[k] || a.tokens[k].kind == TokenKind::Quote) return 0;
    if (!r.lex.in(Words::Coordinators, a.tokens[k]) || !r.lex.in(Words::DeclarativeComplementizers, a.tokens[k + 1])) continue;
    for (std::size_t j = k + 2; j < e; ++j)
      if (r.in_direct[j]) return k;
    return 0;
  }
  return 0;
}

[[gnu::noinline]] bool quoted_conjunct_report(const Resolver& r, const Marks& marks, std::size_t v, Clause& c, const Attribution& at,
                                               Quote& q) {
  if (c.around || c.begin <= v || q.rule != "indirect") return false;
  const std::size_t k = quoted_conjunct(r, c.begin, c.end);
  if (k == 0) return false;
  c.end = k;
  return finish_quote(r, marks, c, at, q);
}

// The opening comma of a parenthetical attribution set off by commas in [b, e) (`, he claims,`:
// a speech verb, a comma after it, and a comma before its phrase, as reported_clause reads
// A32's), the last one when last, else the first; e when there is none (rule A1074).
std::size_t other_attribution(const Resolver& r, std::size_t sentence_first, std::size_t b, std::size_t e, bool last) {
  std::size_t found = e;
  for (std::size_t u = b + 1; u + 1 < e; ++u) {
    const SpeechCue* vc = nullptr;
    if (r.in_direct[u]) continue;
    const std::size_t n = speech_verb_at(r, u, e, &vc);
    if (!n || vc->kind != SpeechCue::Kind::Verb || u + n >= e || r.a.tokens[u + n].norm != ",") continue;
    const std::size_t npb = r.phrase_start_before(u, sentence_first);
    if (npb <= b || r.a.tokens[npb - 1].norm != ",") continue;
    found = npb - 1;
    if (!last) return found;
  }
  return found;
}

// Whether the words [b, e) name or point to someone or something (a mention, a resolved
// reference, a demonstrative, nominative pronoun or quantifier: `The Tories`, `Iraq`,
// `This`, `That might`), so that they are the subject of the words after them rather than a
// sentence adverbial (`However`, `By contrast`, `In fact`).
bool names_something(const Resolver& r, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k) {
    const Token& t = r.a.tokens[k];
    if (r.mention_cover[k] >= 0 || r.reference_at[k] >= 0 || r.lex.in(Words::DemonstrativePronouns, t) ||
        r.lex.in(Words::NominativePronouns, t) || r.lex.in(Words::QuantifierDeterminers, t))
      return true;
  }
  return false;
}

// Where the pieces before the next attribution's opening comma at next end (row A1077):
// at the last comma after resume that a coordinator follows, else at next; at resume when
// the piece opens on the coordinator (`X is sound, he said, and the road, Y said, is ...`).
std::size_t before_next_attribution(const Resolver& r, std::size_t resume, std::size_t next) {
  if (r.lex.in(Words::Coordinators, r.a.tokens[resume])) return resume;
  for (std::size_t j = next; j > resume + 1; --j)
    if (r.a.tokens[j - 1].norm == "," && !r.in_direct[j - 1] && r.lex.in(Words::Coordinators, r.a.tokens[j])) return j - 1;
  return next;
}

// Row A1040 (narrows A1078): a cue whose subject follows the noun phrase that opens the piece
// (a determiner or possessive, then one to three lower-case words, none a verb, auxiliary or
// clause opener) is a relative clause with no `that` on that noun (`The rules he announced
// last week, X said, will ...`, `The plan Tom Smith proposed, ...`): the piece is the
// subject of what X said, no report of its own.
bool object_relative(const Resolver& r, std::size_t b, std::size_t subject) {
  const auto& t = r.a.tokens;
  if (subject < b + 2 || subject - b > 4 || !(r.lex.in(Words::Determiners, t[b]) || r.lex.in(Words::Possessives, t[b])))
    return false;
  for (std::size_t j = b + 1; j < subject; ++j) {
    const Token& w = t[j];
    if (w.kind != TokenKind::Word || w.has(kCapitalized) || r.mention_cover[j] >= 0 || finite_or_past(r.lex, w) ||
        irregular_past(r.lex, w) || r.lex.in(Words::Complementizers, w) || r.lex.in(Words::RelativeWords, w) ||
        r.lex.in(Words::Coordinators, w) || r.lex.in(Words::Determiners, w))
      return false;
  }
  return true;
}

// Row A1102 (widens A1040): a past form of the cue right after the noun phrase that opens
// the piece (read as object_relative reads it), with a `by` agent after it
// (agent_prepositions), or with its head a noun of what is said, planned or put out (word
// lists plan_nouns, claim_nouns, statement_nouns, authored_text_nouns) and nothing after it
// in the piece but time words (before_that, time_phrase_nouns), is a reduced passive on that
// noun (`The measures announced last week, X said, will ...`, `The plan proposed by the board,
// ...`): the piece is the subject of what X said, no report of its own. Mended in
// s56-mendsF: a positive list of heads, not a list of nouns that speak, which missed bodies
// (`The union warned last week, Tom Smith said, that ...` is the union's report).
bool reduced_passive(const Resolver& r, std::size_t b, std::size_t u, std::size_t e) {
  const auto& t = r.a.tokens;
  const Token& head = t[u - 1];
  if (!object_relative(r, b, u)) return false;
  if (u + 1 < e && r.lex.in(Words::AgentPrepositions, t[u + 1])) return true;
  if (!(r.lex.in(Words::PlanNouns, head) || r.lex.in(Words::ClaimNouns, head) || r.lex.in(Words::StatementNouns, head) ||
        r.lex.in(Words::AuthoredTextNouns, head)))
    return false;
  for (std::size_t j = u + 1; j < e; ++j)
    if (r.in_direct[j] || t[j].kind != TokenKind::Word ||
        !(r.lex.in(Words::BeforeThat, t[j]) || r.lex.in(Words::TimePhraseNouns, t[j])))
      return false;
  return true;
}

// Whether [b, e) holds a verb of saying outside quotation marks in a finite verb's slot
// (row A1078): no form in -ing, none after `to`, a determiner, a possessive or a form in
// -ing (`the announced expansion`, `difficult to predict`, `being informed`) or a relative
// word (`an email which said ...` is in the piece's content); a base form or one in -s only
// after a nominative pronoun or a person's or body's mention (`we propose`, not `his public
// remarks`, `Gulf states`); not in an object relative clause (object_relative, row A1040) nor
// a reduced passive (reduced_passive, row A1102).
bool holds_own_cue(const Resolver& r, std::size_t b, std::size_t e) {
  for (std::size_t u = b + 1; u < e; ++u) {
    const SpeechCue* vc = nullptr;
    if (r.in_direct[u] || !speech_verb_at(r, u, e, &vc) || vc->kind != SpeechCue::Kind::Verb || !vc->reporting) continue;
    const Token& p = r.a.tokens[u - 1];
    const Token& cue = r.a.tokens[u];
    if (ing_form(r.lex, cue) || r.lex.in(Words::InfinitiveMarkers, p) || r.lex.in(Words::Determiners, p) ||
        r.lex.in(Words::Possessives, p) || r.lex.in(Words::RelativeWords, p) || ing_form(r.lex, p))
      continue;
    const std::int32_t mi = r.mention_cover[u - 1];
    const bool source = mi >= 0 && (r.a.mentions[static_cast<std::size_t>(mi)].type == EntityType::Person ||
                                    r.a.mentions[static_cast<std::size_t>(mi)].type == EntityType::Organization);
    const bool pronoun = r.lex.in(Words::NominativePronouns, p);
    const std::size_t subject = source ? r.a.mentions[static_cast<std::size_t>(mi)].first_token : u - 1;
    if ((pronoun || source) && object_relative(r, b, subject)) continue;
    const bool past = cue.lower != vc->lemma && !s_form(r.lex, cue.lower);
    if (past && !pronoun && !source && reduced_passive(r, b, u, e)) continue;
    if (past || pronoun || source) return true;
  }
  return false;
}

// A sentence around a parenthetical attribution (rule A32: `CLAUSE, X said, CLAUSE`) is
// reported in two pieces, the words before the attribution's opening comma and the words
// after its closing comma, each a quote when it holds a report (finish_quote: three words
// or more), never the attribution itself (rule A1065; GUIDELINES: the content is what was
// said; the dev gold splits `The main cloud on the horizon, NIESR said, was the UK's ...`
// in two, as a direct quote broken by its attribution is two). A first piece too short to
// hold is dropped when it is a sentence adverbial (`However, he said, ...`), and keeps the
// one quote around the attribution when it names the subject (`The Tories, he said, can
// cut ...`: names_something), so the subject stays in what was said. The first piece that
// holds goes to q, the second, when both hold, to rest.
//
// Rule A1073: a first piece too short to hold is the subject too when the second opens on a
// finite auxiliary or a past verb, a predicate with no subject of its own (`Nobody, he
// claimed, could picture ...`, `Last year, he said, was ...`): the one quote stays. Rule
// A1074: another parenthetical attribution in the sentence bounds the pieces
// (other_attribution): the second piece ends at its opening comma, and a first piece after
// one is that one's second piece, not reported again (`X, he says, is Y - a by-product, he
// claims, of Z`: `X`, `is Y - a by-product`, `of Z`).
//
// Row A1077 (mends A1067/A1073): the one quote kept around the attribution ends where the
// second piece does, before the next attribution, so that attribution is in neither quote;
// both end before the last `, and`/`, but` ahead of the next attribution, whose subject
// follows it (`The budget, X said, was sound, but the new tax, Y said, was ...`:
// before_next_attribution). Row A1078: a first piece that holds a verb of saying of its
// own (`X said the town wanted that, as Y said, if ...`: holds_own_cue) is another
// report's, as after an earlier attribution: not reported again. Row A1043 (mends
// A1077): when the second piece opens on the coordinator it is empty, and so is the one
// quote's part after the attribution: no quote around it (`Rents, X said, and fares, Y
// said, will rise`: the next report's subject `and fares` is in none of X's).
bool finish_around(const Resolver& r, const Marks& marks, Clause c, const Attribution& at, Quote& q, std::optional<Quote>& rest) {
  Clause before = c;
  Clause after = c;
  before.end = c.attribution;
  after.begin = c.resume;
  const std::size_t sentence_first = c.begin;
  const std::size_t next = other_attribution(r, sentence_first, c.resume, c.end, false);
  const std::size_t second_end = next < c.end ? before_next_attribution(r, c.resume, next) : c.end;
  c.end = second_end;
  after.end = second_end;
  const bool earlier = other_attribution(r, sentence_first, c.begin, c.attribution, true) < c.attribution ||
                       holds_own_cue(r, c.begin, c.attribution);
  Quote second = q;
  const bool later = finish_quote(r, marks, after, at, second);
  if (!earlier && finish_quote(r, marks, before, at, q)) {
    if (later) rest = std::move(second);
    return true;
  }
  const Token& opens = r.a.tokens[c.resume];
  const bool subjectless = finite_auxiliary(r.lex, opens) || (!opens.has(kCapitalized) && finite_past(r.lex, opens));
  if (!earlier && c.end > c.resume && (!later || subjectless || names_something(r, c.begin, c.attribution)))
    return finish_quote(r, marks, c, at, q);
  if (!later) return false;
  q = std::move(second);
  return true;
}

// Row A1146: a colon or a dash, outside quotation marks, right before a direct quote of
// four words or more ends the reported clause [b, e) after the verb at v: the quote after
// it is the speaker's own words, set out as its proof, no part of the clause (`Tom Smith
// said the plan was flawed: "It will never work, and we all know it."`, `Jane Roe suggested
// that the tax was unfair - "Nobody can pay it," she said.`). With `clause`, the words
// before the mark must read as a clause of their own: three tokens or more, no quotation
// mark (a mixed clause stays whole), opened by `that` or on a subject and its verb
// (nominative_clause, existential_clause, subject_and_auxiliary: not a noun phrase, `recalled
// the pay freeze: "..."`), its last word no finite auxiliary, copula or form in -ing
// (`said the plan was: "..."`, `said it was close to achieving: "..."`, `a statement
// reading: "..."`, which the quote completes), and no verb of saying of its own (holds_own_cue:
// `adding that Roe said of the town: "..."` is Roe's report). Returns the colon or dash, 0
// when none.
std::size_t colon_before_quote(const Resolver& r, std::size_t v, std::size_t b, std::size_t e, bool clause) {
  const Annotation& a = r.a;
  for (std::size_t j = b + 3; j + 2 < e && j > v; ++j) {
    if (r.in_direct[j] || (a.tokens[j].norm != ":" && !dash_at(a, j, e)) || a.tokens[j + 1].kind != TokenKind::Quote) continue;
    if (clause) {
      const Sentence& st = a.sentences[r.sentence_of[v]];
      const Token& last = a.tokens[j - 1];
      const bool opens = (b > v + 1 && r.lex.in(Words::DeclarativeComplementizers, a.tokens[b - 1])) || nominative_clause(r, st, b) ||
                         existential_clause(r, st, b) || subject_and_auxiliary(r, st, b);
      if (!opens || quote_mark_in(r, b, j) || finite_auxiliary(r.lex, last) || r.lex.in(Words::Copulas, last) || ing_form(r.lex, last) ||
          holds_own_cue(r, b, j))
        return 0;
    }
    const std::uint32_t open = a.tokens[j + 1].span.end;
    for (const Quote& q : a.quotes)
      if (q.kind == Quote::Kind::Direct && q.span.begin >= open && q.span.begin <= open + 1 && three_spaces(a.text(q.span))) return j;
    return 0;
  }
  return 0;
}

// The reported clause of the speech cue at token v (n tokens), or false. A cue that
// attributed a direct quote of four words or more (`used`, cues_used) reports only the
// first of two coordinated complements, the quote in the second (rule A861). A parenthetical
// attribution may report a second piece of its sentence (rest: finish_around).
bool indirect_quote(Resolver& r, const Marks& marks, std::uint32_t si, std::size_t v, std::size_t n, const SpeechCue& vc,
                    bool used, Quote& q, std::optional<Quote>& rest) {
  const Annotation& a = r.a;
  const Sentence& st = a.sentences[si];
  q.kind = Quote::Kind::Indirect;
  q.sentence = si;
  q.cue = std::string(a.text(Span{a.tokens[v].span.begin, a.tokens[v + n - 1].span.end}));
  Attribution at;
  Clause c{0, st.end_token, false};
  if (vc.kind == SpeechCue::Kind::Verb && !vc.takes_object && (extraposed_comment(r, v) || modal_passive_comment(r, v, vc)))
    return false;
  if (vc.kind == SpeechCue::Kind::Verb && generic_subject(r, st, v, vc)) return false;  // `One wonders whether` (A1192)
  if (vc.kind == SpeechCue::Kind::PhraseBeforeSource) {
    if (!according_to(r, st, v, n, at, c)) return false;
    q.rule = "according-to";
  } else if (vc.kind != SpeechCue::Kind::Verb) {
    return false;
  } else if (!((vc.reporting || rejected_object_clause(r, st, v, v + n) != 0) && reported_clause(r, st, v, n, vc, q, at, c)) &&
             !question_clause(r, st, v, n, vc, q, at, c) &&
             !request_clause(r, st, v, n, vc, q, at, c)) {
    return false;
  }
  if (q.rule == "indirect" || q.rule == "indirect-before")
    if (const std::size_t after = role_noun_after_name(r, st, v)) role_noun_holder(r, after - 1, v - 1, at);
  if (vc.takes_object && (q.rule == "indirect" || q.rule == "indirect-complement") && c.begin > v)
    start_after_object_colon(r, c, r.lex.in(Words::Complementizers, a.tokens[c.begin - 1]));
  if (q.rule == "indirect-complement") end_at_relative(r, c);
  if (q.rule == "indirect-complement" && c.begin > v) end_at_free_adjunct(r, c);
  if (q.rule == "indirect-complement" && c.begin > v && vc.noun_phrase && !c.around) end_at_medium_phrase(r, st, c);
  if (q.rule == "indirect-complement" && !c.around) {
    end_at_matrix_predicate(r, c);
    end_at_coordinated_subject(r, st, c);
    end_at_verb_time(r, c);
  }
  if (!c.around) {
    end_at_final_relative(r, c);
    if (c.begin > v) end_at_coordinated_clause(r, c);
    if (c.begin > v) end_at_summative_appositive(r, c);
    end_at_agreeing_predicate(r, v, c);
    end_at_second_attribution(r, c);
    end_at_concessive_clause(r, c);
    end_at_next_predicate(r, c, c.begin > v);
    end_at_new_cue(r, c);
    if (c.begin > v) end_at_bare_coordinated_report(r, c);
    if (c.begin > v) end_at_main_predicate(r, st, v, c);
    end_with_subordinate_clause(r, st, v, c);
    if (q.rule == "indirect" || q.rule == "indirect-complement") end_with_fronted_adverbial(r, st, v, q.rule == "indirect", c);
  }
  if (c.around && c.resume > c.attribution) return !used && finish_around(r, marks, c, at, q, rest);
  const std::size_t colon = c.around || c.begin <= v ? 0 : colon_before_quote(r, v, c.begin, c.end, true);  // A1146
  if (colon) c.end = colon;
  if ((!used || colon) && finish_quote(r, marks, c, at, q)) return true;
  return quoted_conjunct_report(r, marks, v, c, at, q);
}

// `X's claim that CLAUSE`, `his suggestion that CLAUSE` (rule A84): a noun of
// statement_nouns after a possessive, then `that` and a clause that opens on a subject
// (a capitalised word, a subject pronoun, a determiner or a number: `the claim that was
// made` is a relative clause). The possessor speaks: the name before `'s`, or his/her
// resolved like a pronoun subject (the stage's unwritten reference, rule A670; `their`
// stays unknown). The clause runs to the sentence end, cut by the
// usual ends (indirect_quote). statement_noun_at(): the statement noun, `that` and the
// clause's first word at k (tried at every token: no Attribution is made before it holds).
bool statement_noun_at(const Resolver& r, const Sentence& st, std::size_t k) {
  const Annotation& a = r.a;
  if (k < st.first_token + 1 || k + 3 >= st.end_token || r.in_direct[k] || !r.lex.in(Words::StatementNouns, a.tokens[k]) ||
      !r.lex.in(Words::DeclarativeComplementizers, a.tokens[k + 1]))
    return false;
  const Token& first = a.tokens[k + 2];
  return r.lex.in(Words::SubjectPronouns, first) || r.lex.in(Words::Determiners, first) || first.kind == TokenKind::Number ||
         (first.kind == TokenKind::Word && first.has(kCapitalized));
}

// The possessor of the statement noun at k (statement_noun_at() holds there): returns the
// first token of the clause, 0 when none.
std::size_t possessor_report(Resolver& r, const Sentence& st, std::size_t k, Attribution& at) {
  const Annotation& a = r.a;
  const Token& before = a.tokens[k - 1];
  if (r.lex.in(Words::PersonPossessives, before)) {  // his/her: the stage's reading (rule A670)
    at.speaker = r.possessive_pronoun(k - 1, at.from);
    if (at.speaker < 0) at.speaker = r.noun_phrase(k - 1, k, at.from, at.mention);
  } else if (before.has(kPossessive) && k >= st.first_token + 2 && r.mention_cover[k - 2] >= 0) {
    const auto& m = a.mentions[static_cast<std::size_t>(r.mention_cover[k - 2])];
    at.speaker = r.noun_phrase(m.first_token, k - 1, at.from, at.mention);
  } else {
    return 0;
  }
  return k + 2;
}

// The report of a statement noun at token k after its possessor (possessor_report); the
// Quote is made only there (this is tried at every token).
std::optional<Quote> noun_report(Resolver& r, const Marks& marks, std::uint32_t si, std::size_t k) {
  const Annotation& a = r.a;
  const Sentence& st = a.sentences[si];
  if (!statement_noun_at(r, st, k)) return std::nullopt;
  Attribution at;
  const std::size_t b = possessor_report(r, st, k, at);
  if (b == 0) return std::nullopt;
  Clause c{b, st.end_token, false};
  end_at_second_attribution(r, c);
  end_at_next_predicate(r, c, true);
  end_at_new_cue(r, c);
  end_with_fronted_adverbial(r, st, k, false, c);  // rule A601: `Despite X's claims that CLAUSE, MAIN`
  Quote q;
  q.kind = Quote::Kind::Indirect;
  q.sentence = si;
  q.cue = std::string(a.tokens[k].norm);
  q.rule = "possessor-noun";
  if (!finish_quote(r, marks, c, at, q)) return std::nullopt;
  return q;
}

// A headline (or a line of its own) `X to Y: CLAUSE`, `X at Y: CLAUSE` (rule A242): the
// speaker's phrase (up to four words) ends on a preposition of speaker_phrase_prepositions
// whose phrase (up to seven words, no punctuation) runs to the colon, every word but the
// preposition capitalised (a title: not `Democrats are more likely to be scared by his
// nomination: ...`): X speaks, Y is whom or where. The colon's index, and the speaker
// phrase's end in `speaker_end`; 0 if none.
std::size_t headline_colon_after_phrase(const Resolver& r, std::uint32_t si, std::size_t& speaker_end) {
  const Annotation& a = r.a;
  const Sentence& st = a.sentences[si];
  const bool own_line = (si == 0 || a.sentences[si - 1].paragraph != st.paragraph) &&
                        (si + 1 == a.sentences.size() || a.sentences[si + 1].paragraph != st.paragraph);
  if (!(st.headline || own_line) || !a.tokens[st.first_token].has(kCapitalized)) return 0;
  auto capitalised = [&](std::size_t k) { return a.tokens[k].kind == TokenKind::Word && a.tokens[k].has(kCapitalized); };
  for (std::size_t p = st.first_token + 1; p < st.end_token && p <= st.first_token + 4; ++p) {
    if (!r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[p])) {
      if (!capitalised(p)) return 0;
      continue;
    }
    for (std::size_t k = p + 1; k < st.end_token && k <= p + 8; ++k) {
      if (a.tokens[k].norm == ":" && k > p + 1) {
        speaker_end = p;
        return k;
      }
      if (!capitalised(k) && a.tokens[k].norm != ".") return 0;
    }
    return 0;
  }
  return 0;
}

// Whether the paragraph `NAME: WORDS` of the one sentence si is a section heading (rule
// A871): inside the article (not its first sentence nor a headline line), and the next
// paragraph opens on no label of its own (a colon in its first six tokens: a transcript's
// next turn, `CLINTON: ...`), holds no quotation marks in its first sentence and names the
// same speaker there again: the heading introduces what the writer says about them
// (`Kasich: Now or never.` / `Kasich, who brags he has ..., needs a win.`), it reports
// no words of theirs. Row A886 (narrows A871): not when the words after the colon hold a
// lower-case finite auxiliary, copula or past or -s form (finite_verb_in with its noun
// guard: `Hillary Clinton: We will win Ohio.`), a clause of the speaker's own, not a
// heading's phrase (`Roe: See you later?` stays a heading).
bool section_heading(const Resolver& r, std::uint32_t si, std::uint32_t last, std::int32_t speaker, std::size_t colon) {
  const Annotation& a = r.a;
  const Sentence& st = a.sentences[si];
  if (st.headline || si == 0 || last != si || last + 1 >= a.sentences.size() || finite_verb_in(r, colon + 1, st.end_token, true))
    return false;
  const Sentence& next = a.sentences[last + 1];
  if (next.paragraph == st.paragraph || holds_quotation_marks(r, next)) return false;
  for (std::size_t k = next.first_token; k < next.end_token && k < next.first_token + 6; ++k)
    if (a.tokens[k].norm == ":") return false;
  for (std::size_t k = next.first_token; k < next.end_token; ++k)
    if (const std::int32_t m = r.mention_cover[k]; m >= 0 && a.mentions[static_cast<std::size_t>(m)].entity == speaker) return true;
  return false;
}

// A name and a colon open a headline or a paragraph, the rest of the sentence without
// quotation marks is that speaker's words (rule A83; GUIDELINES: a colon after a name in a
// headline is a cue: `King: Fill the court vacancy`, `Lynch: No outside influence on
// probe`, transcript turns `FALLIN: I think he is ...`): up to four capitalised words
// before the colon that resolve to a person or an organisation (not a place: `Iowa:`),
// a hyphenated word counting as one (`JEAN-PAUL SMITH:`, row A884),
// then three words at least outside quotation marks (in a turn of one sentence, more outside than inside: rule A811). The Quote
// is made only when the report is found (this is tried at every sentence).
std::optional<Quote> colon_report(Resolver& r, std::uint32_t& si) {
  const Annotation& a = r.a;
  const Sentence& st = a.sentences[si];
  const bool opens_paragraph = si == 0 || a.sentences[si - 1].paragraph != st.paragraph;
  if (!st.headline && !opens_paragraph) return std::nullopt;
  // Up to four capitalised words; a hyphen with no space around it joins two of them into one
  // when the label is a person's name and nothing else (row A884: `JEAN-PAUL SMITH:`, `Mary-Kate
  // Roe:`; not a venue before a results line, `In Rishon-Lezion : Hapoel 3 ...`).
  std::size_t colon = st.first_token;
  bool hyphen = false;
  const auto capitalised = [&](std::size_t k) { return a.tokens[k].kind == TokenKind::Word && a.tokens[k].has(kCapitalized); };
  for (std::size_t words = 0; colon < st.end_token && words < 4 && capitalised(colon); ++words) {
    ++colon;
    while (colon + 1 < st.end_token && a.tokens[colon].norm == "-" && !a.tokens[colon].has(kSpaceBefore) &&
           !a.tokens[colon + 1].has(kSpaceBefore) && capitalised(colon + 1)) {
      colon += 2;
      hyphen = true;
    }
  }
  std::size_t speaker_end = colon;
  if (colon < st.end_token && a.tokens[colon].norm != ":") colon = headline_colon_after_phrase(r, si, speaker_end);
  if (colon == st.first_token || colon + 3 >= st.end_token || a.tokens[colon].norm != ":") return std::nullopt;
  // A turn that opens a paragraph runs to its end (`TAPPER: Well, ... . I think ...`).
  std::uint32_t last = si;
  while (!st.headline && last + 1 < a.sentences.size() && a.sentences[last + 1].paragraph == st.paragraph) ++last;
  // Rule A811: words in quotation marks inside the turn are a partial quote of the report
  // (`Pence: Trump Was 'Mocking' Clinton Camp`), not the report itself, when more of its
  // words stand outside the marks (three at least) in a turn of one sentence; a turn mostly
  // in marks, or one that opens on a mark (`X: 'Q' words`, rule A240's), is a direct quote,
  // and a paragraph of several sentences with marks in it may be an article run on after
  // its headline (`Title: Novelist X, who ... "Q," he said. ...`), not one speaker's turn.
  if (r.in_direct[colon + 1]) return std::nullopt;
  std::size_t words = 0, quoted = 0;
  for (std::size_t k = colon + 1; k < a.sentences[last].end_token; ++k) {
    if (a.tokens[k].kind != TokenKind::Word) continue;
    if (r.in_direct[k]) ++quoted;
    else ++words;
  }
  if (words < 3 || (quoted > 0 && (quoted >= words || last != si))) return std::nullopt;
  Attribution at;
  at.speaker = r.noun_phrase(st.first_token, speaker_end, at.from, at.mention);
  if (at.speaker < 0) return std::nullopt;
  const EntityType type = a.entities[static_cast<std::size_t>(at.speaker)].type;
  if (type != EntityType::Person && type != EntityType::Organization) return std::nullopt;
  if (section_heading(r, si, last, at.speaker, colon)) return std::nullopt;
  if (hyphen && (type != EntityType::Person || at.mention < 0 || a.mentions[static_cast<std::size_t>(at.mention)].first_token != st.first_token ||
                 a.mentions[static_cast<std::size_t>(at.mention)].end_token != speaker_end))
    return std::nullopt;
  std::size_t end = a.sentences[last].end_token;
  while (end > colon + 1 && a.tokens[end - 1].kind == TokenKind::Punct) --end;
  Quote q;
  q.kind = Quote::Kind::Indirect;
  q.sentence = si;
  si = last;
  q.cue = ":";
  q.rule = "colon-report";
  q.span = Span{a.tokens[colon + 1].span.begin, a.tokens[end - 1].span.end};
  set_speaker(r, at, q);
  return q;
}

}  // namespace

bool verb_slot(const Resolver& r, std::size_t v) { return in_verb_slot(r, v); }

bool opens_reported_clause(const Resolver& r, std::size_t k) {
  const Annotation& a = r.a;
  if (k + 1 >= a.tokens.size() || r.in_direct[k]) return false;
  const Sentence& st = a.sentences[r.sentence_of[k]];
  if (r.lex.in(Words::DeclarativeComplementizers, a.tokens[k])) ++k;
  const Token& t = a.tokens[k];
  return k < st.end_token && !r.in_direct[k] &&
         (nominative_clause(r, st, k) ||
          ((r.lex.in(Words::Determiners, t) || r.lex.in(Words::SubjectPronouns, t)) && subject_and_auxiliary(r, st, k, true)));
}

namespace {
// A finite verb (an auxiliary, a copula, a past form) one to three words after the number
// at k, with a word between (its noun: `300 homes could flood`, `300 skilled workers were`),
// no punctuation before it.
bool finite_after_number(const Resolver& r, std::size_t k, std::size_t end) {
  for (std::size_t j = k + 1; j < end && j <= k + 4; ++j) {
    const Token& t = r.a.tokens[j];
    if (t.kind != TokenKind::Word) return false;
    if (j > k + 1 && (finite_or_past(r.lex, t) || irregular_past(r.lex, t))) return true;
  }
  return false;
}

// Neither a statement noun (noun_report: a word list) nor the first word of a speech verb
// (speech_verb_at) can stand at an interned token whose lower-case form lacks the word bit
// kSpeechFirst and is no statement noun: the per-token loop below skips it before both
// tests, which answer the same there. Row 23.326 (issue #23; was: a token in no word list
// at all, the empty mask 0): the two tests the loop makes are asked of the token itself, so
// the listed words that start neither (`the`, `he`, `would`: 110k of x600's 121k tokens
// in some list) are passed with one bit test and one list bit, not the loop's tests. Made-up
// example: in `The mayor of Tarnby would say little`, only `say` reaches speech_verb_at()
// (a `claim` of `his claim that ...` reaches noun_report()); a direct quote's cue (`used`)
// that is neither ends in the same `continue` either way.
bool no_report_starts(const Lexicons& lex, const Token& t) {
  return t.lid != Vocab::kUnset && !(t.lbits & Lexicons::kSpeechFirst) && !lex.in(Words::StatementNouns, t);
}
}  // namespace

std::vector<Quote> indirect_quotes(Resolver& r, const Marks& marks) {
  const Annotation& a = r.a;
  const std::vector<char> used = cues_used(a);
  std::vector<Quote> out;
  out.reserve(a.sentences.size() / 4 + 8);  // news: about one reported clause in ten sentences
  const Token* const tokens = a.tokens.data();
  const Lexicons& lex = r.lex;
  const auto may_start = [&lex](const Token& t) { return !no_report_starts(lex, t); };
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& st = a.sentences[si];
    if (st.furniture || st.duplicate) continue;
    if (std::optional<Quote> q = colon_report(r, si)) {
      out.push_back(std::move(*q));
      continue;
    }
    // Row 23.446: the walk steps from one token that may start a report to the next
    // (next_token_where(), four tokens a step): the others, nearly all, are passed alike.
    const std::size_t end = st.end_token;
    for (std::size_t v = next_token_where(tokens, st.first_token, end, may_start); v < end;
         v = next_token_where(tokens, v + 1, end, may_start)) {
      if (r.in_direct[v]) continue;
      // rule A861 only, and A1146's colon before the quote the verb attributed
      if (used[v] && quoted_conjunct(r, v, st.end_token) == 0 && colon_before_quote(r, v, v, st.end_token, false) == 0) continue;
      if (!used[v])
        if (std::optional<Quote> q = noun_report(r, marks, si, v)) {
          out.push_back(std::move(*q));
          continue;
        }
      const SpeechCue* vc = nullptr;
      std::size_t n = speech_verb_at(r, v, st.end_token, &vc);
      // Row A1080 (narrows A1045): a phrasal cue's last word that modifies a number after
      // it (number_modifiers: `warned about 300 homes could flood`) is no preposition: the
      // verb alone is the cue and the number opens its clause. Row A1041 (narrows A1080):
      // only when a finite verb follows the number's noun (finite_after_number), else the
      // number phrase is the preposition's object (`warned about 300 job losses`).
      if (n > 1 && v + n < st.end_token && a.tokens[v + n].kind == TokenKind::Number &&
          r.lex.in(Words::NumberModifiers, a.tokens[v + n - 1]) && finite_after_number(r, v + n, st.end_token))
        n = speech_verb_at(r, v, v + n - 1, &vc);
      if (!n) continue;
      Quote q;
      std::optional<Quote> rest;
      if (!indirect_quote(r, marks, si, v, n, *vc, used[v] != 0, q, rest)) continue;
      out.push_back(std::move(q));
      if (rest) out.push_back(std::move(*rest));
      v = v + n - 1;  // later verbs in the sentence may attribute their own clause
    }
  }
  return out;
}

// The token after a run of up to three time words at k (word list before_that) that ends
// on no preposition, and a word of time_phrase_nouns that closes the run (rule A511:
// `said Tuesday night he met`, `said last week the plan`; not a possessive, `said this
// year's budget`, nor before punctuation, `said this week -- ...`): `said on Friday he met`, `said Monday the plan` (rule A54); k when
// there is none (`said in Iowa the ...`). A run that ends on a determiner (`this`) with no
// time noun after it is no time phrase but the clause's subject or its first word, and a
// phrase closed by its time noun before a finite verb, a copula or a possessive is the
// clause's subject or its first words:
// both open the clause at k (rule A910: `said this was a mistake`, `suggested this plan
// would fail`, `said this year will be hard`; before, the clause lost `this` or the
// determiner and a verb not marked that_optional lost the whole report).
std::size_t after_time_words(const Resolver& r, const Sentence& st, std::size_t k) {
  std::size_t j = k;
  while (j < st.end_token && j - k < 3 && !r.in_direct[j] && r.lex.in(Words::BeforeThat, r.a.tokens[j])) ++j;
  if (j > k && j + 1 < st.end_token && !r.in_direct[j] && r.lex.in(Words::TimePhraseNouns, r.a.tokens[j]) &&
      !r.a.tokens[j].has(kPossessive)) {
    const Token& next = r.a.tokens[j + 1];
    if (next.kind == TokenKind::Punct && !next.has(kPossessive)) return k;  // no clause opens inside the phrase
    // the phrase is the clause's subject before a finite verb (`said this year will be`)
    if (subject_after_time_noun(r.lex, next)) return k;
    ++j;
  } else if (j > k && r.lex.in(Words::Determiners, r.a.tokens[j - 1])) {
    return k;
  }
  return j > k && j < st.end_token && !r.lex.in(Words::NotClauseOpeners, r.a.tokens[j - 1]) ? j : k;
}

}  // namespace gazette::quotes
