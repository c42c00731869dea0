// The quotes stage (quotes.hpp): runs the parts, merges direct and indirect quotes, and
// finds whom each quote is about.
#include "quotes_internal.hpp"

#include <algorithm>
#include <unordered_set>

namespace gazette {

namespace {

std::size_t words_in(const Annotation& a, Span s) {
  std::size_t n = 0;
  for (std::size_t k = a.token_at(s.begin); k < a.tokens.size() && a.tokens[k].span.end <= s.end; ++k)
    n += a.tokens[k].kind == TokenKind::Word;
  return n;
}

// About: the entities named inside the quote, and we/our/us speaking for the speaker's
// country (GUIDELINES "About whom"), never the speaker.
void set_about(Resolver& r, Quote& q) {
  const Annotation& a = r.a;
  q.about.clear();
  // Mentions are in text order (the coreference stage has not run yet).
  auto it = std::lower_bound(a.mentions.begin(), a.mentions.end(), q.span.begin,
                             [](const Mention& m, std::uint32_t b) { return m.span.begin < b; });
  for (; it != a.mentions.end() && it->span.begin < q.span.end; ++it) {
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

// Direct and indirect quotes in text order: partial quotes of three words or fewer
// inside a reported clause belong to it; a quote repeated verbatim is one quote (GUIDELINES).
void merge(Annotation& a, std::vector<Quote>& indirect) {
  std::erase_if(a.quotes, [&](const Quote& d) {
    if (words_in(a, d.span) > 3) return false;
    return std::any_of(indirect.begin(), indirect.end(),
                       [&](const Quote& q) { return q.span.begin <= d.span.begin && d.span.end <= q.span.end; });
  });
  for (auto& q : indirect) a.quotes.push_back(std::move(q));
  std::stable_sort(a.quotes.begin(), a.quotes.end(), [](const Quote& x, const Quote& y) { return x.span.begin < y.span.begin; });
  std::vector<Quote> unique;
  std::unordered_set<std::string_view> seen;
  for (auto& q : a.quotes) {
    if (!seen.insert(a.text(q.span)).second) continue;
    unique.push_back(std::move(q));
  }
  a.quotes.swap(unique);
}

}  // namespace

void extract_quotes(Annotation& a, const Lexicons& lex) {
  Resolver r(a, lex);
  const quotes::Marks marks = quotes::pair_quote_marks(r);
  quotes::direct_quotes(r, marks);
  std::vector<Quote> indirect = quotes::indirect_quotes(r, marks);
  merge(a, indirect);
  for (auto& q : a.quotes) set_about(r, q);
}

}  // namespace gazette
