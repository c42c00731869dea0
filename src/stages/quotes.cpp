// The quotes stage (quotes.hpp): runs the parts, merges direct and indirect quotes, and
// finds whom each quote is about.
#include "quotes_internal.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <unordered_set>

namespace gazette {

namespace {

// Entity e joins the quote's about list: a known entity, not the speaker, once.
void add_about(Quote& q, std::int32_t e) {
  if (e >= 0 && e != q.speaker && std::find(q.about.begin(), q.about.end(), e) == q.about.end()) q.about.push_back(e);
}

// A verb in [b, e) that judges what it reports: a judging verb (`called`, `described`,
// `branded`, relation_cues.json frame judging) or an active cue of criticism or support
// (`accused X of`, `criticised`, `hailed`).
bool judging_report(const Resolver& r, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k) {
    std::uint32_t p = 0;
    if (r.lex.relation_index().match(r.a.tokens, k, r.a.tokens.size(), p) == 0) continue;
    const RelationCue& c = r.lex.relation_cues()[p];
    if (c.frame == Frame::Judging ||
        (c.frame == Frame::Active && (c.type == RelationType::Criticized || c.type == RelationType::Supports)))
      return true;
  }
  return false;
}

// A mark that ends a clause inside a sentence (row 18.283): a semicolon, a colon, a bracket
// or a dash, as the tokenizer normalises them (`--` for the em and the en dash, `-`): the
// marks of phrase_end_words and participle_openers but the comma and the full stop.
bool clause_break_mark(const Lexicons& lex, const Token& t) {
  return t.kind == TokenKind::Punct && t.norm != "," && t.norm != "." &&
         (lex.in_as_written(Words::PhraseEndWords, t) || lex.in_as_written(Words::ParticipleOpeners, t));
}

// The name at token t stands in an agent's phrase: `by` at most three words before it, no
// punctuation between (`the timetable, drawn up by the Harbour Board,`): no topic.
bool after_agent(const Resolver& r, std::size_t from, std::size_t t) {
  for (std::size_t j = t; j > from && j + 3 > t; --j) {
    const Token& w = r.a.tokens[j - 1];
    if (w.kind != TokenKind::Word) return false;
    if (r.lex.in(Words::AgentPrepositions, w)) return true;
  }
  return false;
}

// The name at token t stands aside from the judged phrase in [from, open): after a relative
// word (`scolding ferry crews who back X as "far too slow"`), or in an apposition set
// off by commas (`accused Roe, the mayor of the town, of being "plainly lazy"`).
bool aside(const Resolver& r, std::size_t from, std::size_t t, std::size_t open) {
  bool comma_before = false, comma_after = false;
  for (std::size_t j = from; j < t; ++j) {
    if (r.lex.in(Words::RelativeWords, r.a.tokens[j])) return true;
    comma_before = comma_before || r.a.text(r.a.tokens[j].span) == ",";
  }
  for (std::size_t j = t; j < open; ++j) comma_after = comma_after || r.a.text(r.a.tokens[j].span) == ",";
  return comma_before && comma_after;
}

// Row 18.424: where the clause a verb of speech reports opens, given the first token `from`
// the names may stand at: after a `that` (word list declarative_complementizers) right after
// the cue (`said that Acme was "..."`), after the hearer's phrase of a cue that takes one
// (`told the staff at Kestby Hall that pay was "too low"`: not Kestby Hall), or after time and
// place words opening right after the cue (word list before_that: `said on Kestby Radio that`,
// `said Sunday in Kestby that`); a gerund after `of` or `for` (gerund_prepositions) ends the
// search, as does one after a word of before_that (`accused Acme of using methods that "..."`:
// that `that` is a relative word; `said after meeting Tom Smith he had the impression that`). A
// place phrase (location_prepositions), a weekday before it at most, with no `that` after it
// leaves no name (`promised Sunday at a Kestby rally to end "..."`; not `described Friday as
// Acme's "..."`): `open`.
std::size_t reported_clause_start(const Resolver& r, std::size_t from, std::size_t cue_end, std::size_t open, bool hearer) {
  const auto& t = r.a.tokens;
  if (from > cue_end || cue_end >= open) return from;
  if (r.lex.in(Words::DeclarativeComplementizers, t[cue_end])) return cue_end + 1;
  const bool adjunct = r.lex.in(Words::BeforeThat, t[cue_end]);
  for (std::size_t k = cue_end; (hearer || adjunct) && k + 1 < open; ++k) {
    if (k > cue_end && quotes::ing_form(r.lex, t[k]) &&
        (r.lex.in(Words::GerundPrepositions, t[k - 1]) || r.lex.in(Words::BeforeThat, t[k - 1])))
      break;
    if (r.lex.in(Words::DeclarativeComplementizers, t[k])) return k + 1;
  }
  const std::size_t p = cue_end + (t[cue_end].has(kCapitalized) ? 1 : 0);  // after a weekday
  const bool place = p + 1 < open && r.lex.in(Words::LocationPrepositions, t[p]);
  return adjunct && place ? open : from;
}

// A quoted fragment of three words or fewer set inside a report that judges it is about
// what its own phrase names (row 18.280; GUIDELINES "About whom": what the quoted words
// clearly refer to): the names between its judging cue (judging_report()) and its opening
// mark, in its sentence (`calling her win in the county "remarkable"`, `called Roe a
// "hero"`, `described Acme's sales as "rather flat"`, `accused Mr Doe of "dithering"`).
// Not past a clause break (clause_break_mark(): ; : a dash of any kind, a bracket, another
// quotation mark; row 18.283 adds the en dash); not a passive's
// agent (`was described by Roe as`) nor a name in an agent's phrase (after_agent()); not a
// name after a relative word or in an apposition (aside()); not the hearer right after a cue
// that takes one; never the speaker; and nothing when another verb of speech or judgement
// stands between (`Doe - whom Mr. Roe characterized as a "menace"`).
// Row 18.424: a partial quote of any length set inside the clause its verb of speech reports
// completes that clause, whose words before the opening mark are the speaker's too (rule A583
// reads them as the quote's predicate): `Tom Smith said Acme "has let the town down"`, `Jane
// Roe said Kestby Council was "in no state to pay"` -> Acme, Kestby Council. The same guards.
void fragment_about(const Resolver& r, Quote& q) {
  const Annotation& a = r.a;
  if (q.kind != Quote::Kind::Direct || q.speaker < 0 || q.cue_span.empty() || q.cue_span.end > q.span.begin ||
      q.sentence >= a.sentences.size())
    return;
  const std::size_t open = a.token_at(q.span.begin);
  const Sentence& s = a.sentences[q.sentence];
  if (open < 2 || open <= s.first_token || a.tokens[open - 1].kind != TokenKind::Quote) return;
  const TokenKind before = a.tokens[open - 2].kind;
  if (before != TokenKind::Word && before != TokenKind::Number) return;  // set inside a phrase, no colon or comma
  std::size_t words = 0;
  for (std::size_t k = open; k < a.tokens.size() && a.tokens[k].span.end <= q.span.end && words <= 3; ++k)
    words += a.tokens[k].kind == TokenKind::Word;
  std::size_t from = a.token_at(q.cue_span.begin);
  if (from < s.first_token || from >= open) return;
  std::size_t cue_end = from;
  while (cue_end < open && a.tokens[cue_end].span.end <= q.cue_span.end) ++cue_end;
  const SpeechCue* vc = nullptr;
  // Row 18.424; not after a word with a full stop, an abbreviation that ends the sentence
  // before a quote of its own (`told reporters in Kestby, N.Y. "We ..."`).
  const bool spoken = quotes::speech_verb_at(r, from, open, &vc) > 0 && !a.text(a.tokens[open - 2].span).ends_with('.');
  if (!(spoken || (words <= 3 && judging_report(r, from, cue_end))) ||
      (cue_end < open && r.lex.in(Words::AgentPrepositions, a.tokens[cue_end])))
    return;  // a verb that reports no judgement; a passive (`described by Roe as`): its agent speaks
  for (std::size_t k = open - 1; k > cue_end; --k) {
    const Token& t = a.tokens[k - 1];
    if (t.kind == TokenKind::Quote || clause_break_mark(r.lex, t)) {
      from = k;
      break;
    }
    from = k - 1;
  }
  // Another verb of speech or judgement there reports the fragment itself: its subject is no
  // topic of this speaker's. Row 18.348: a form after a determiner or a quantifier is a
  // noun, no verb (`decried any calls to drop X as "absurd"`, `the claims`).
  for (std::size_t k = from; k + 1 < open; ++k) {
    if (k > from && (r.lex.in(Words::Determiners, a.tokens[k - 1]) || r.lex.in(Words::QuantifierDeterminers, a.tokens[k - 1])))
      continue;
    const SpeechCue* other = nullptr;
    std::uint32_t p = 0;
    if (quotes::speech_verb_at(r, k, open, &other) > 0 ||
        (r.lex.relation_index().match(a.tokens, k, open, p) > 0 && r.lex.relation_cues()[p].frame == Frame::Judging))
      return;
  }
  const bool hearer = spoken && vc != nullptr && vc->takes_object;
  if (spoken) from = reported_clause_start(r, from, cue_end, open, hearer);
  if (from >= open) return;
  const std::uint32_t b = std::max(a.tokens[from].span.begin, q.cue_span.end), e = a.tokens[open - 1].span.begin;
  for (const Mention& m : a.mentions) {
    // Row 18.348: a description the coreference stage resolved names its holder as a name
    // does (`decried calls to drop the Ruritanian leader as "absurd"`); a pronoun does not.
    if (m.span.begin < b || m.span.end > e || m.entity < 0 || (!m.resolved_from.empty() && m.end_token < m.first_token + 2))
      continue;
    const std::size_t t = a.token_at(m.span.begin);
    if (hearer && t <= cue_end + 1) continue;  // `told (the) BBC`
    if (after_agent(r, from, t) || aside(r, from, t, open)) continue;
    // Row 18.424: a name that qualifies a person noun (word list person_role_nouns: `the
    // Kestby Party nominee "..."`) names no topic; the person does.
    if (spoken && m.end_token < a.tokens.size() && r.lex.in(Words::PersonRoleNouns, a.tokens[m.end_token])) continue;
    add_about(q, m.entity);
  }
}

// The first reference in Annotation::mentions, where the names end: they are in text order,
// before the references the coreference stage appended (a resolved_from each). Row 23.449:
// found once a document, not once a quote (set_about() adds no mention, and nothing after
// the stage adds one before speaker_references()). Made-up example: in `Tom Smith said:
// "Acme Corp will pay." He left.`, the names are Tom Smith and Acme Corp, `He` is not.
std::vector<Mention>::const_iterator first_reference(const Annotation& a) {
  return std::find_if(a.mentions.begin(), a.mentions.end(), [](const Mention& m) { return !m.resolved_from.empty(); });
}

// About: the entities named inside the quote, and we/our/us speaking for the speaker's
// country (GUIDELINES "About whom"), never the speaker. The names are the mentions before
// `names_end` (first_reference()).
void set_about(Resolver& r, Quote& q, std::vector<Mention>::const_iterator names_end) {
  const Annotation& a = r.a;
  q.about.clear();
  auto it = std::lower_bound(a.mentions.begin(), names_end, q.span.begin,
                             [](const Mention& m, std::uint32_t b) { return m.span.begin < b; });
  for (; it != names_end && it->span.begin < q.span.end; ++it) {
    const Mention& m = *it;
    if (m.span.end <= q.span.end) add_about(q, m.entity);
  }
  fragment_about(r, q);
  if (q.kind != Quote::Kind::Direct || q.speaker < 0) return;
  bool we = false;
  for (auto [k, e] = a.tokens_in(q.span); k < e; ++k)
    if (r.lex.in(Words::WePronouns, a.tokens[k])) { we = true; break; }
  if (!we) return;
  add_about(q, r.country_of(q.speaker));
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
    for (auto [k, e] = a.tokens_in(i.span); k < e; ++k)
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

// Row 23.329 (issue #23): the hash of a quote's text for merge()'s set of texts seen reads
// its length and its first and last eight bytes, not every byte as std::hash does (0.9M of
// x600's instructions went to hashing whole quotes); the set still holds a text as seen
// only when one equal to it was (the bucket's texts are compared whole), so the same
// quotes are kept. Made-up example: `The fares will rise in the town in May` and `The fares
// will fall in the town in May` have one length and the same edges, share a bucket, are
// compared whole and stay two quotes; the first said twice word for word is one.
struct QuoteTextHash {
  std::size_t operator()(std::string_view s) const noexcept {
    std::uint64_t head = 0, tail = 0;
    const std::size_t n = std::min<std::size_t>(s.size(), 8);
    if (n > 0) {
      std::memcpy(&head, s.data(), n);
      std::memcpy(&tail, s.data() + s.size() - n, n);
    }
    return static_cast<std::size_t>((head * 0x9E3779B97F4A7C15ULL) ^ (tail * 0xC2B2AE3D27D4EB4FULL) ^ s.size());
  }
};

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
  std::unordered_set<std::string_view, QuoteTextHash> seen;
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
  quotes::drop_place_modifier_speakers(r);  // row A1148
  quotes::noun_cue_modifier_speakers(r);    // row A1154
  quotes::continue_last_speaker(r);
  quotes::delayed_identification(r);
  quotes::government_speakers(r);           // row A1165
  quotes::display_owner_speakers(r);        // row A1166
  quotes::published_text_speakers(r);       // row A1171
  const auto names_end = first_reference(a);  // row 23.449: found once for every quote's set_about()
  for (auto& q : a.quotes) set_about(r, q, names_end);
  quotes::speaker_references(r);
}

}  // namespace gazette
