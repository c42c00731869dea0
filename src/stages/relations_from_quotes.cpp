// Relations from what is said (relations_internal.hpp): SAID_ABOUT between a speaker and
// each entity a quote is about; CRITICIZED from a quote that holds someone responsible
// ("said the Assad regime was responsible", "X is to blame"), unless the quote is a
// denial or negated before the predicate.
#include "relations_internal.hpp"

namespace gazette::relations {

namespace {

// A copula at k followed by a blame predicate: "was responsible", "is to blame".
bool blames_at(const Reading& r, std::size_t k, std::size_t te) {
  const Annotation& a = r.a;
  if (!r.lex.in(Words::Copulas, a.tokens[k])) return false;
  const std::string_view p1 = a.tokens[k + 1].lower;
  const std::string_view p2 = k + 2 < te ? a.tokens[k + 2].lower : std::string_view();
  return r.lex.in(Words::BlamePredicates, p1) || r.lex.in(Words::BlamePredicates, std::string(p1) + " " + std::string(p2));
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

void holds_responsible(Reading& r, const Quote& q, const std::vector<std::uint32_t>& order) {
  const Annotation& a = r.a;
  if (r.lex.starts_in(Words::DenialCueStems, to_lower(q.cue))) return;
  const std::size_t t0 = a.token_at(q.span.begin);
  std::size_t te = t0;
  while (te < a.tokens.size() && a.tokens[te].span.end <= q.span.end) ++te;
  for (std::size_t k = t0; k + 1 < te; ++k) {
    if (r.lex.in(Words::Negators, a.tokens[k]) || a.tokens[k].lower.ends_with("n't")) break;
    if (blames_at(r, k, te)) held_responsible(r, q, t0, k, order);
  }
}

}  // namespace

void from_quotes(Reading& r) {
  const Annotation& a = r.a;
  for (const auto& q : a.quotes) {
    if (q.speaker < 0) continue;
    for (auto ab : q.about) r.col.add(q.speaker, RelationType::SaidAbout, ab, q.span, q.cue, "quote:" + q.rule, 0.7);
  }
  const std::vector<std::uint32_t> order = a.mentions_in_text_order();
  for (const auto& q : a.quotes)
    if (q.speaker >= 0) holds_responsible(r, q, order);
}

}  // namespace gazette::relations
