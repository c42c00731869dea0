// Relations, clause reading (relations_internal.hpp): direct quotes split clauses and hide
// their content; a quoted fragment of three words or fewer is part of its clause.
#include "relations_internal.hpp"
#include "token_walk.hpp"  // next_token_where()
#include "word_forms.hpp"

#include <algorithm>

namespace gazette::relations {

namespace {

// Row 23.369: the first token in [k, end) that is a quotation mark (not the possessive's
// apostrophe), `end` when none: the tight walk read_clauses() makes over each sentence for
// the marks of quoted fragments, kept out of line (most tokens are no mark), four tokens a
// step (token_walk.hpp next_token_where(), row 23.447). `Tom Smith called the plan "a
// disaster" on Monday`: the two marks around `a disaster` are read.
[[gnu::noinline]] std::uint32_t next_quote_mark(const std::vector<Token>& tokens, std::uint32_t k, std::uint32_t end) {
  if (k >= end) return end;
  return static_cast<std::uint32_t>(next_token_where(
      tokens.data(), k, end, [](const Token& t) { return t.kind == TokenKind::Quote && !t.has(kPossessive); }));
}

}  // namespace

void read_clauses(Reading& r) {
  const Annotation& a = r.a;
  r.in_quote.assign(a.tokens.size(), 0);
  for (const auto& q : a.quotes) {
    if (q.kind != Quote::Kind::Direct) continue;
    // A reported clause that quotes words (`said the plan was "a disaster" for them`) is
    // read like the rest of the text: the fragment rule below covers its quoted words.
    const auto [b, e] = a.tokens_in(q.span);
    if (b > 0 && b < a.tokens.size() && a.tokens[b].kind != TokenKind::Quote && a.tokens[b - 1].kind != TokenKind::Quote &&
        q.rule != "pull-quote")
      continue;
    // Row 23.369: the quote's tokens [b, e) found by binary searches (Annotation::tokens_in,
    // row 23.373) and marked at once, not walked one by one.
    std::fill(r.in_quote.begin() + static_cast<std::ptrdiff_t>(b), r.in_quote.begin() + static_cast<std::ptrdiff_t>(e),
              char{1});
  }
  // "criticized the "primitiveness and loutishness" of U.S. rhetoric": the fragment does
  // not bound the clause and counts as one word (GUIDELINES: partial quotes).
  r.fragment.assign(a.tokens.size(), 0);
  for (const auto& st : a.sentences) {
    std::int64_t open = -1;
    for (std::uint32_t k = next_quote_mark(a.tokens, st.first_token, st.end_token); k < st.end_token;
         k = next_quote_mark(a.tokens, k + 1, st.end_token)) {  // row 23.369: the marks only
      if (open < 0) { open = k; continue; }
      std::size_t words = 0;
      for (auto x = static_cast<std::uint32_t>(open) + 1; x < k; ++x) words += a.tokens[x].kind == TokenKind::Word;
      if (words >= 1 && words <= 3)
        for (auto x = static_cast<std::uint32_t>(open); x <= k; ++x) r.fragment[x] = 1;
      open = -1;
    }
  }
}

bool Reading::boundary(std::size_t k) const {
  const Token& t = a.tokens[k];
  return t.norm == ";" || (!fragment[k] && (in_quote[k] || (t.kind == TokenKind::Quote && !t.has(kPossessive))));
}

std::size_t Reading::gap(std::size_t from, std::size_t to) const {
  std::size_t g = 0;
  for (std::size_t k = from; k < to; ++k) g += !fragment[k] || (k == from || !fragment[k - 1]);
  return g;
}

bool Reading::only_links_between(std::uint32_t from, std::uint32_t to) const {
  bool saw_and = false;
  for (std::uint32_t k = from; k < to; ++k) {
    if (lex.in(Words::AdditiveConjunctions, a.tokens[k])) { saw_and = true; continue; }
    if (lex.in(Words::CoordinationFillers, a.tokens[k])) continue;
    bool cue = false;
    for (const auto& c : a.cues) cue |= c.first_token <= k && k < c.end_token;
    if (!cue) return false;
  }
  return saw_and;
}

bool Reading::negated(std::size_t cue, std::size_t clause_begin) const {
  for (std::size_t k = cue; k > clause_begin && cue - k < 4; --k) {
    const Token& t = a.tokens[k - 1];
    if (negation_or_refusal(lex, t)) return true;
  }
  return false;
}

bool Reading::hedged(std::size_t cue, std::size_t clause_begin) const {
  for (std::size_t k = cue; k > clause_begin && cue - k < 3; --k) {
    const Token& t = a.tokens[k - 1];
    if (t.norm == ",") return false;
    if (lex.in(Words::HedgingWords, t)) return true;
  }
  return false;
}

bool Reading::questioned(std::size_t cue, std::size_t clause_begin) const {
  for (std::size_t k = cue; k > clause_begin && cue - k < 10; --k) {
    const Token& t = a.tokens[k - 1];
    if (t.norm == ",") return false;
    if (lex.in(Words::Complementizers, t) && !lex.in(Words::DeclarativeComplementizers, t)) return true;
  }
  return false;
}

// A cue inside a direct quote (only a membership noun is read there, row 18.313) has its
// clause inside the quote: the quote's own words do not bound it, its marks and the words
// outside it do.
Site cue_site(const Reading& r, std::uint32_t si, std::size_t i, std::size_t n, const RelationCue& cue) {
  Site site;
  site.si = si;
  site.i = i;
  site.n = n;
  site.cue = &cue;
  site.ms = &r.by_sentence[si];
  clause_bounds(r, r.a.sentences[si], site);
  return site;
}

void clause_bounds(const Reading& r, const Sentence& s, Site& site) {
  const bool quoted = r.in_quote[site.i] != 0;
  const auto stop = [&](std::size_t k) {
    if (!quoted) return r.boundary(k);
    const Token& t = r.a.tokens[k];
    return !r.in_quote[k] || t.norm == ";" || (t.kind == TokenKind::Quote && !t.has(kPossessive));
  };
  site.cb = s.first_token;
  site.ce = s.end_token;
  for (std::size_t k = site.i; k > s.first_token; --k)
    if (stop(k - 1)) { site.cb = k; break; }
  for (std::size_t k = site.i + site.n; k < s.end_token; ++k)
    if (stop(k)) { site.ce = k; break; }
}

}  // namespace gazette::relations
