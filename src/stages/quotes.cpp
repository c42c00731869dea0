// The quotes stage (quotes.hpp): runs the parts, merges direct and indirect quotes, and
// finds whom each quote is about.
#include "quotes_internal.hpp"

#include <algorithm>
#include <unordered_set>

namespace gazette {

namespace {

// About: the entities named inside the quote, and we/our/us speaking for the speaker's
// country (GUIDELINES "About whom"), never the speaker.
void set_about(Resolver& r, Quote& q) {
  const Annotation& a = r.a;
  q.about.clear();
  // Names are in text order, before the references the coreference stage appended.
  const auto names_end = std::find_if(a.mentions.begin(), a.mentions.end(), [](const Mention& m) { return !m.resolved_from.empty(); });
  auto it = std::lower_bound(a.mentions.begin(), names_end, q.span.begin,
                             [](const Mention& m, std::uint32_t b) { return m.span.begin < b; });
  for (; it != names_end && it->span.begin < q.span.end; ++it) {
    const Mention& m = *it;
    if (m.span.end <= q.span.end && m.entity >= 0 && m.entity != q.speaker &&
        std::find(q.about.begin(), q.about.end(), m.entity) == q.about.end())
      q.about.push_back(m.entity);
  }
  if (q.kind != Quote::Kind::Direct || q.speaker < 0) return;
  bool we = false;
  for (std::size_t k = a.token_at(q.span.begin); k < a.tokens.size() && a.tokens[k].span.end <= q.span.end; ++k)
    if (r.lex.in(Words::WePronouns, a.tokens[k])) { we = true; break; }
  if (!we) return;
  const std::int32_t country = r.country_of(q.speaker);
  if (country >= 0 && country != q.speaker && std::find(q.about.begin(), q.about.end(), country) == q.about.end())
    q.about.push_back(country);
}

bool inside(Span in, Span out) { return out.begin <= in.begin && in.end <= out.end && !(in == out); }

void take_speaker(Quote& to, const Quote& from) {
  if (to.speaker >= 0 || from.speaker < 0) return;
  to.speaker = from.speaker;
  to.speaker_mention = from.speaker_mention;
  to.speaker_from = from.speaker_from;
  to.speaker_span = from.speaker_span;
  to.speaker_rule = from.speaker_rule;
  to.speaker_antecedent = from.speaker_antecedent;
}

// A nested report (A890): the inner quote's own cue stands inside the clause that holds
// it, before the inner words, with a speaker named there (`Several donors said they are
// waiting for what one Bush appointee described as "a hall pass"`). That speaker said the
// inner words, not the clause (GUIDELINES: the speaker is who said it), so the clause
// keeps its own, unknown speaker. A pronoun there (`to tell X that he won't agree to a
// "perfunctory" sit-down`) may be the clause's own subject: the inner speaker still passes.
bool nested_report(const Annotation& a, const Quote& clause, const Quote& inner) {
  if (inner.cue_span.empty() || !inner.speaker_from.empty() || inner.cue_span.begin <= clause.span.begin ||
      inner.span.begin < inner.cue_span.end || clause.span.end < inner.span.end || clause.sentence >= a.sentences.size())
    return false;
  // The clause's cue right before it (or before `that`) with a comma or a mark before the
  // cue is an inverted report whose subject follows the cue (`'Q', says PM Tony Blair
  // has promised that "Q"`: a headline run into the first sentence): no nested report.
  const std::string_view cue_word = std::string_view(clause.cue).substr(0, clause.cue.find(' '));
  const std::size_t k = a.token_at(clause.span.begin);
  const std::size_t first = a.sentences[clause.sentence].first_token;
  for (std::size_t j = k; j > first && j + 3 > k; --j) {
    if (a.text(a.tokens[j - 1].span) != cue_word) continue;
    return !(j - 1 > first && (a.tokens[j - 2].kind == TokenKind::Punct || a.tokens[j - 2].kind == TokenKind::Quote));
  }
  return true;
}

// A partial quote of more than three words between its marks: the speaker's own words,
// a quote of its own even inside the reported clause that carries it (quotes_direct.cpp);
// not a title line `X: "Q" words`, the whole line already (A240).
bool own_words(const Annotation& a, const Quote& q) {
  if (q.rule == "headline-colon" && !q.cue_span.empty()) return false;  // a title line (A97, A240)
  const std::size_t b = a.token_at(q.span.begin);
  if (b == 0 || b >= a.tokens.size() || a.tokens[b - 1].kind != TokenKind::Quote) return false;
  std::size_t words = 0;
  for (std::size_t k = b; k < a.tokens.size() && a.tokens[k].span.end <= q.span.end && words <= 3; ++k)
    words += a.tokens[k].kind == TokenKind::Word;
  return words > 3;
}

// A quote and a reported clause that hold one another are one quote, the larger: quoted
// words inside a reported clause make it a direct quote (`said the figures were
// "excellent"`; PolNeAR's "mixed"), and a reported clause inside a partial quote's clause
// adds nothing. The quote kept takes the other's speaker when it has none, unless the
// other is a nested report inside it (nested_report). A partial
// quote of more than three words stays beside the clause that holds it (own_words).
void merge_nested(const Resolver& r, std::vector<Quote>& direct, std::vector<Quote>& indirect) {
  const Annotation& a = r.a;
  for (auto& i : indirect) {
    for (std::size_t k = a.token_at(i.span.begin); k < a.tokens.size() && a.tokens[k].span.end <= i.span.end; ++k)
      if (r.in_direct[k]) { i.kind = Quote::Kind::Direct; break; }
  }
  std::vector<char> drop_d(direct.size(), 0), drop_i(indirect.size(), 0);
  for (std::size_t di = 0; di < direct.size(); ++di) {
    for (std::size_t ii = 0; ii < indirect.size(); ++ii) {
      if (inside(direct[di].span, indirect[ii].span) || direct[di].span == indirect[ii].span) {
        if (!nested_report(a, indirect[ii], direct[di])) take_speaker(indirect[ii], direct[di]);
        drop_d[di] = 1;
      } else if (inside(indirect[ii].span, direct[di].span)) {
        take_speaker(direct[di], indirect[ii]);
        drop_i[ii] = 1;
      }
    }
    if (own_words(a, direct[di])) continue;
    for (std::size_t d2 = 0; d2 < direct.size(); ++d2)
      if (d2 != di && !drop_d[d2] && inside(direct[di].span, direct[d2].span)) drop_d[di] = 1;
  }
  std::size_t n = 0;
  std::erase_if(direct, [&](const Quote&) { return drop_d[n++] != 0; });
  n = 0;
  std::erase_if(indirect, [&](const Quote&) { return drop_i[n++] != 0; });
}

// Direct and indirect quotes in text order, nested ones merged; a quote repeated
// verbatim is one quote (GUIDELINES).
void merge(const Resolver& r, Annotation& a, std::vector<Quote>& indirect) {
  merge_nested(r, a.quotes, indirect);
  a.quotes.reserve(a.quotes.size() + indirect.size());
  for (auto& q : indirect) a.quotes.push_back(std::move(q));
  // Sorted by where they begin (stable): their indices, not the quotes, are moved.
  std::vector<std::uint32_t> order(a.quotes.size());
  for (std::uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t x, std::uint32_t y) { return a.quotes[x].span.begin < a.quotes[y].span.begin; });
  std::vector<Quote> unique;
  unique.reserve(a.quotes.size());
  std::unordered_set<std::string_view> seen;
  for (const std::uint32_t k : order) {
    Quote& q = a.quotes[k];
    if (!seen.insert(a.text(q.span)).second) continue;
    unique.push_back(std::move(q));
  }
  a.quotes.swap(unique);
}

}  // namespace

void extract_quotes(Annotation& a, const Lexicons& lex) {
  Resolver r(a, lex, Resolver::Mode::Lookup);
  extract_quotes(r);
}

void extract_quotes(Resolver& r) {
  Annotation& a = r.a;
  const quotes::Marks marks = quotes::pair_quote_marks(r);
  quotes::direct_quotes(r, marks);
  std::vector<Quote> indirect = quotes::indirect_quotes(r, marks);
  merge(r, a, indirect);
  quotes::continue_last_speaker(r);
  for (auto& q : a.quotes) set_about(r, q);
  quotes::speaker_references(r);
}

}  // namespace gazette
