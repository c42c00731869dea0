// Quotes, marks: quotation marks paired within each paragraph (quotes_internal.hpp).
#include "quotes_internal.hpp"
#include "token_walk.hpp"  // next_token_where()

#include <algorithm>

namespace gazette::quotes {

namespace {

// A single mark that opens a quote: `'word`, or after a colon even `' word`
// (`Lavrov: ' We both seek ...'`); not a possessive glued to a word.
bool single_opens(const Annotation& a, std::size_t k, std::size_t pb, bool space_before, bool space_after) {
  const Token& t = a.tokens[k];
  const bool after_colon = k > pb && a.tokens[k - 1].norm == ":";
  const bool opener = (t.has(kOpenQuote) || t.norm == "'") && !t.has(kCloseQuote) && space_before &&
                      (!space_after || after_colon) && !(t.has(kPossessive) && !t.has(kSpaceBefore));
  return opener || (t.has(kOpenQuote) && !space_after);
}

// A straight double mark opening a paragraph, still open when a curly opening mark comes,
// opens an excerpt set off in the copy's own marks (`"Pastor X defended Trump's “Look at
// ...” line by saying ...`): the curly marks are a quotation nested in it, and the
// excerpt runs on to its straight closing mark or the paragraph's end (rule A483;
// before, the curly mark ended it: `Pastor X defended Trump's`).
bool excerpt_nests(const Annotation& a, std::size_t dbl, std::size_t pb, std::size_t k) {
  const Token& open = a.tokens[dbl];
  const Token& t = a.tokens[k];
  return dbl == pb && a.text(open.span) == "\"" && a.text(t.span) == "\u201C" && t.has(kSpaceBefore);
}

// Whether the double mark at k (inside the paragraph, past its first token) is shaped to
// close and to open: a straight mark by its neighbours; a curly mark of the wrong shape
// closes glued to the word before it and free after it, opens free before and glued after.
struct MarkShape {
  bool closes, opens;
};
MarkShape double_mark_shape(const Annotation& a, std::size_t k, std::size_t pb, std::size_t pe) {
  const Token& t = a.tokens[k];
  const bool space_before = t.has(kSpaceBefore) || k == pb;
  const bool space_after = k + 1 >= pe || a.tokens[k + 1].has(kSpaceBefore) || a.tokens[k + 1].kind == TokenKind::Punct;
  return {!t.has(kOpenQuote) || (!space_before && space_after), !t.has(kCloseQuote) || (space_before && !space_after)};
}

// An opening double mark while a double quote is open nests a quotation in it when the
// next two double marks of the paragraph both close and neither opens (rule A980): the
// writer set the inner words in double marks too (`“Fans wearing “Vote For Roe” hats
// at his rally. Awkward.”`, `wrote, "Witnesses say the man shouted "Stop the bus!" as
// he ran."`): the first closes the inner pair, the second the outer quote. Before, the
// outer quote ended at the inner opening mark and the inner one ran on to the outer's end.
// A quote that lost its closing mark is followed by a mark that opens again (`“A ... “B
// ...” X said. “C ...”`) and still ends at the next opening mark. Not right after the
// outer mark: a paragraph wrapped once more in the copy's straight marks (`"“Q,” X said
// before adding that ..."`) is the copy's doubled mark, no quotation of a quotation.
[[gnu::noinline]] bool quotation_nests(const Annotation& a, std::size_t k, std::size_t pb, std::size_t pe) {
  int closing = 0;
  for (std::size_t j = k + 1; j < pe && closing < 2; ++j) {
    const Token& t = a.tokens[j];
    if (t.kind != TokenKind::Quote || t.has(kFurniture)) continue;
    if (!t.has(kDoubleQuote)) continue;
    if (a.tokens[j - 1].norm == "=") return false;  // markup's value (A136)
    const MarkShape m = double_mark_shape(a, j, pb, pe);
    if (!m.closes || m.opens) return false;
    ++closing;
  }
  return closing == 2;
}

// The pairs of one paragraph [pb, pe): double marks pair with each other; single marks
// pair outside double quotes (inside they are nested quotes). A double quote left open
// runs to the next opening double mark or to the paragraph end.
void pair_paragraph(const Annotation& a, std::size_t pb, std::size_t pe, std::vector<Pair>& pairs) {
  std::int64_t dbl = -1, sgl = -1, value = -1;
  std::int64_t nested = -1;  // a curly mark opened inside an excerpt's straight mark (excerpt_nests)
  const std::size_t first = pairs.size();
  // Row 23.445: the walk steps from one quotation mark to the next (next_token_where(),
  // four tokens a step): the other tokens of the paragraph, nearly all, are passed alike.
  const Token* const tokens = a.tokens.data();
  const auto mark = [](const Token& t) { return t.kind == TokenKind::Quote; };
  for (std::size_t k = next_token_where(tokens, pb, pe, mark); k < pe; k = next_token_where(tokens, k + 1, pe, mark)) {
    const Token& t = tokens[k];
    if (t.has(kFurniture)) continue;
    // A mark glued to `=` opens a value in markup (`<tweet author="@x" datetime="2016-06-29">`),
    // no quotation: it and the next mark of its kind are skipped (rule A136).
    if (value >= 0) {
      if (t.has(kDoubleQuote) == a.tokens[static_cast<std::size_t>(value)].has(kDoubleQuote)) value = -1;
      continue;
    }
    if (k > pb && a.tokens[k - 1].norm == "=" && !t.has(kSpaceBefore)) {
      value = static_cast<std::int64_t>(k);
      continue;
    }
    const bool space_before = t.has(kSpaceBefore) || k == pb;
    const bool space_after = k + 1 >= pe || a.tokens[k + 1].has(kSpaceBefore) || a.tokens[k + 1].kind == TokenKind::Punct;
    if (t.has(kDoubleQuote)) {
      // A curly mark of the wrong shape is judged by its neighbours (double_mark_shape:
      // `"abhorrent“ in a tweet` closes, `”Isis declares ...` opens).
      const MarkShape shape = double_mark_shape(a, k, pb, pe);
      const bool closes = shape.closes;
      // A closing-shaped mark that opens its paragraph, no quote open, before an ellipsis
      // opens too (rule A912: `” … he delivered a mix ...,” X wrote`).
      const bool opens = shape.opens || (k == pb && dbl < 0 && k + 1 < pe && (a.tokens[k + 1].norm == "…" || a.tokens[k + 1].norm == "..."));
      // The curly pair inside the excerpt: its opening mark, then its closing one, a quote
      // of its own (the excerpt's speaker quoting someone).
      if (nested >= 0) {
        pairs.push_back({static_cast<std::size_t>(nested), k, true});
        nested = -1;
        continue;
      }
      if (dbl >= 0 && (excerpt_nests(a, static_cast<std::size_t>(dbl), pb, k) ||
                       (opens && !closes && k > static_cast<std::size_t>(dbl) + 1 && quotation_nests(a, k, pb, pe)))) {
        nested = static_cast<std::int64_t>(k);
        continue;
      }
      if (dbl >= 0 && closes) {
        pairs.push_back({static_cast<std::size_t>(dbl), k, true});
        dbl = -1;
        sgl = -1;
      } else if (opens) {
        // An opening mark while a quote is open: the earlier quote lost its closing mark
        // and runs to here, rather than pairing inside out with this one.
        if (dbl >= 0 && k - static_cast<std::size_t>(dbl) > 4) pairs.push_back({static_cast<std::size_t>(dbl), k, false});
        dbl = static_cast<std::int64_t>(k);
      }
      continue;
    }
    if (dbl >= 0) continue;
    if (sgl < 0) {
      if (single_opens(a, k, pb, space_before, space_after)) sgl = static_cast<std::int64_t>(k);
    } else if (!t.has(kSpaceBefore) && space_after && !t.has(kOpenQuote)) {
      pairs.push_back({static_cast<std::size_t>(sgl), k, true});
      sgl = -1;
    }
  }
  if (dbl >= 0 && pe - static_cast<std::size_t>(dbl) > 4) pairs.push_back({static_cast<std::size_t>(dbl), pe, false});
  // An excerpt's pair comes after the pairs nested in it: in text order by the opening mark.
  std::sort(pairs.begin() + static_cast<std::ptrdiff_t>(first), pairs.end(), [](const Pair& x, const Pair& y) { return x.open < y.open; });
}

// A speech verb's base or -s form (`report`, `state`, `claims`, `tweets`) right after an
// article or `of` is a noun (rule A231: `a report`, `the secretary of state`, `a storm of
// tweets`): an article or `of` opens a noun phrase, and no finite verb follows it.
bool noun_reading(const Resolver& r, std::size_t i, const SpeechCue& cue) {
  const auto& toks = r.a.tokens;
  const Token& w = toks[i];
  if (i == 0 || r.in_direct[i - 1] || r.sentence_of[i - 1] != r.sentence_of[i]) return false;
  const bool base = w.lower == cue.lemma;
  const bool s_form = !base && w.lower.starts_with(cue.lemma.substr(0, cue.lemma.size() - 1)) && quotes::s_form(r.lex, w.lower);
  if (!base && !s_form) return false;
  return r.lex.in(Words::Articles, toks[i - 1]) || r.lex.in(Words::OfPrepositions, toks[i - 1]);
}

// Whether a lower-case subject opens at k: its first word is no finite verb (a finite
// auxiliary, copula or form in -ed: `that vote`, `that will hold`, `that backed`, the verb of
// a relative clause whose subject is `that`) and a lower-case finite auxiliary, copula or
// form in -ed follows within eleven tokens (`that same-sex couples would`, `that foreign
// investment of up to 100% will be`).
bool subject_then_finite(const Resolver& r, const Sentence& st, std::size_t k) {
  const auto finite = [&](const Token& t) { return finite_or_past(r.lex, t); };
  if (r.in_direct[k] || finite(r.a.tokens[k])) return false;
  for (std::size_t j = k + 1; j < st.end_token && j - k < 12; ++j)
    if (finite(r.a.tokens[j])) return true;
  return false;
}

// A form of noun_first_cue_forms (`state`, `states`: in news mostly the noun) is the verb
// only in a verb's slot (rule A780): right after a nominative pronoun, a relative word, a
// finite auxiliary or modal, `to`, a negator, an adverb in -ly or a named mention (`it
// states that`, `declined to state`, `Byrne states that`); right before a colon, or before
// `that` and a subject's first word (a determiner, possessive, nominative pronoun,
// capitalised word or number: `the law states that the ...`, or a lower-case subject with
// its finite verb: subject_then_finite); or after a quotation that closes up to five
// tokens before it (`"...," the document states`). Else it is the noun:
// `swing states that vote`, `Battleground state Florida`, `state House Speaker X`.
bool cue_in_verb_slot(const Resolver& r, std::size_t i) {
  const auto& toks = r.a.tokens;
  const Lexicons& lex = r.lex;
  const Sentence& st = r.a.sentences[r.sentence_of[i]];
  if (i > st.first_token) {
    const Token& p = toks[i - 1];
    if (lex.in(Words::NominativePronouns, p) || lex.in(Words::RelativeWords, p) || lex.in(Words::FiniteAuxiliaries, p) ||
        lex.in(Words::InfinitiveMarkers, p) || lex.in(Words::Negators, p) || ly_adverb(lex, p) || (i - 1 < r.mention_cover.size() && r.mention_cover[i - 1] >= 0))
      return true;
  }
  for (std::size_t j = i; j > st.first_token && i - j < 5; --j)
    if (r.in_direct[j - 1]) return true;
  if (i + 1 >= st.end_token) return false;
  if (toks[i + 1].norm == ":") return true;
  if (!lex.in(Words::DeclarativeComplementizers, toks[i + 1]) || i + 2 >= st.end_token) return false;
  const Token& s = toks[i + 2];
  return lex.in(Words::Determiners, s) || lex.in(Words::Possessives, s) || lex.in(Words::NominativePronouns, s) ||
         s.has(kCapitalized) || s.kind == TokenKind::Number || subject_then_finite(r, st, i + 2);
}

// A cue's base form in a use that reports nothing (rule A930). (a) A verb that names its
// hearer (speech_verbs.json "object") but takes no indirect question, in its base form right
// before `if` or `whether` (a complementizer that is also an interrogative word) with no hearer
// between: the `know, make out` sense, no act of telling (`Only time will tell if the plan
// works.`, `It is hard to tell whether ...`); `told reporters whether` keeps its hearer, `ask
// whether` its question. (b) The base form alone between two commas, with neither subject nor
// object: the interjection `say` (`for example`) inside the writer's sentence (`narrows the
// gap to, say, single digits`); an inverted attribution has no comma after its verb (`...,
// say analysts.`).
// Out of line: the caller tests first that the form is as long as the lemma and ends in
// its letter, which most cues (`said`, `says`, `told`) do not, and that a comma follows or
// the verb takes a hearer and no question.
[[gnu::noinline]] bool non_report_use(const Resolver& r, std::size_t i, std::size_t n, const SpeechCue& cue) {
  const auto& toks = r.a.tokens;
  if (n != 1 || i + 1 >= toks.size() || toks[i].lower != cue.lemma || r.sentence_of[i + 1] != r.sentence_of[i]) return false;
  const Token& next = toks[i + 1];
  if (next.norm == ",")
    return i > 0 && toks[i - 1].norm == "," && !r.in_direct[i] && r.sentence_of[i - 1] == r.sentence_of[i];
  return cue.takes_object && !cue.question && r.lex.in(Words::Complementizers, next) && r.lex.in(Words::InterrogativeWords, next);
}

}  // namespace

std::size_t speech_verb_tested(const Resolver& r, std::size_t i, std::size_t end, const SpeechCue** cue) {
  // A capitalised word inside a name is no cue: `United States`, `The Washington Post` (A38).
  if (i < r.mention_cover.size() && r.mention_cover[i] >= 0 && r.a.tokens[i].has(kCapitalized)) return 0;
  // Capitalised inside a sentence, it is a cue only in title case, after a capitalised
  // word (`Christie Says He Would ...`), not a name after a comma (`the suspects, Said and
  // Cherif Kouachi`: A60).
  if (i < r.a.tokens.size() && i > 0 && r.a.tokens[i].has(kCapitalized) &&
      r.a.sentences[r.sentence_of[i]].first_token < i && !r.a.tokens[i - 1].has(kCapitalized))
    return 0;
  std::uint32_t p = 0;
  const auto n = r.lex.speech_index().match(r.a.tokens, i, end, p);
  if (!n) return 0;
  // A word joined by a hyphen to the word after it is a compound's modifier, no cue
  // (rule A100: `state-run`, `report-card`); joined to the word before it, the compound's
  // head is a noun or an adjective (`in-state`, `head-of-state`, `so-called`,
  // `self-described`) unless a participle in -ing (`half-joking to friends that`).
  const auto& toks = r.a.tokens;
  const auto hyphen = [&](std::size_t k) { return k < toks.size() && toks[k].norm == "-" && !toks[k].has(kSpaceBefore); };
  if ((i > 0 && hyphen(i - 1) && !toks[i].has(kSpaceBefore) && !r.lex.ends_in(Words::ParticipleSuffixes, toks[i].lower)) ||
      (hyphen(i + n) && i + n + 1 < toks.size() && !toks[i + n + 1].has(kSpaceBefore)))
    return 0;
  const SpeechCue& sc = r.lex.speech_cues()[p];
  if (sc.kind == SpeechCue::Kind::Verb &&
      (noun_reading(r, i, sc) || (r.lex.in(Words::NounFirstCueForms, toks[i]) && !cue_in_verb_slot(r, i)) ||
       (toks[i].lower.size() == sc.lemma.size() && toks[i].lower.back() == sc.lemma.back() &&
        ((sc.takes_object && !sc.question) || (i + 1 < toks.size() && toks[i + 1].norm == ",")) && non_report_use(r, i, n, sc))))
    return 0;
  *cue = &sc;
  return n;
}

Marks pair_quote_marks(Resolver& r) {
  if (!r.a.quote_marks_paired) {
    for_each_paragraph(r.a, [&](std::size_t pb, std::size_t pe, bool skip) {
      if (!skip) pair_paragraph(r.a, pb, pe, r.a.quote_marks);
    });
    r.a.quote_marks_paired = true;
  }
  Marks marks;
  marks.pairs = r.a.quote_marks;
  const std::size_t nt = r.a.tokens.size();
  for (std::size_t pi = 0; pi < marks.pairs.size(); ++pi) {
    const auto& p = marks.pairs[pi];
    marks.pair_at_open.emplace(p.open, pi);
    // Row 23.328 (issue #23): one std::fill per pair (a memset), not a store per token.
    const std::size_t end = std::min(p.close + 1, nt);
    if (p.open < end) std::fill(r.in_direct.begin() + static_cast<std::ptrdiff_t>(p.open), r.in_direct.begin() + static_cast<std::ptrdiff_t>(end), 1);
  }
  return marks;
}

}  // namespace gazette::quotes
