#include "gazette/quotes.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

namespace gazette {

namespace {

constexpr std::array<std::string_view, 14> kOfficialWords = {
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "sources", "diplomats", "diplomat",
    "authorities", "government", "ministry", "military", "leaders", "administration"};

constexpr std::array<std::string_view, 17> kContentStops = {
    "to", "in", "on", "at", "for", "with", "by", "of", "about", "during", "after", "before", "as", "so", "nothing",
    "goodbye", "hello"};

// Nouns naming what is said, as the object of a reporting verb ("repeated his view that").
constexpr std::array<std::string_view, 14> kStatementNouns = {
    "position", "view", "views", "belief", "assessment", "argument", "stance", "claim", "claims",
    "conviction", "assertion", "contention", "opinion", "insistence"};

// Words that may stand between a speech verb and its "that": time and place of the
// statement ("said on Wednesday that", "told reporters in Moscow that").
constexpr std::array<std::string_view, 24> kBeforeThat = {
    "on", "in", "at", "during", "after", "before", "to", "last", "this", "earlier", "later", "today", "yesterday",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "again", "also", "repeatedly"};

bool is_in(std::string_view w, auto const& arr) { return std::find(arr.begin(), arr.end(), w) != arr.end(); }

struct Ctx {
  Annotation& a;
  const Lexicons& lex;
  const std::vector<RoleFact>& roles;
  std::vector<std::int32_t> mention_at;   // token -> mention index starting there (or -1)
  std::vector<std::int32_t> mention_cover;  // token -> mention covering it (or -1)
  std::vector<char> in_direct;            // token inside a direct quote (marks included)
  std::vector<std::uint32_t> sentence_of; // token -> sentence
  int pronoun_depth = 0;                  // guards resolve_pronoun <-> resolve_np recursion
  Span from_span;                         // where the last `from` surface stands
};

// The context of one document: token -> mention and token -> sentence maps.
Ctx make_ctx(Annotation& a, const Lexicons& lex, const std::vector<RoleFact>& roles) {
  const std::size_t nt = a.tokens.size();
  Ctx c{a, lex, roles, std::vector<std::int32_t>(nt, -1), std::vector<std::int32_t>(nt, -1), std::vector<char>(nt, 0),
        std::vector<std::uint32_t>(nt, 0), 0, Span{}};
  for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
    const Mention& m = a.mentions[mi];
    c.mention_at[m.first_token] = static_cast<std::int32_t>(mi);
    for (auto k = m.first_token; k < m.end_token; ++k) c.mention_cover[k] = static_cast<std::int32_t>(mi);
  }
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si)
    for (auto k = a.sentences[si].first_token; k < a.sentences[si].end_token; ++k) c.sentence_of[k] = si;
  return c;
}

std::string_view low(const Token& t) { return t.lower; }


// Speech verb (reporting or not) at token i: returns number of tokens and the cue.
std::size_t speech_verb_at(const Ctx& c, std::size_t i, std::size_t end, const SpeechCue** cue) {
  std::uint32_t p = 0;
  const auto n = c.lex.speech_index().match(c.a.tokens, i, end, p);
  if (!n) return 0;
  *cue = &c.lex.speech_cues()[p];
  return n;
}

std::int32_t resolve_np(Ctx& c, std::size_t b, std::size_t e, std::string& from, std::int32_t& mention);

bool discourse_marker(std::string_view w) {
  return w == "still" || w == "however" || w == "meanwhile" || w == "also" || w == "later" || w == "earlier" ||
         w == "yet" || w == "but" || w == "and" || w == "so" || w == "then" || w == "now" || w == "instead" ||
         w == "separately" || w == "finally" || w == "indeed" || w == "the";
}

// He/she: the subject of the nearest sentence before token `pos` whose subject is a
// person, named ("Tillerson reiterated", "Russian President Vladimir Putin echoed")
// or described by a role ("The Russian foreign minister noted"); failing that, the
// most recent person mentioned. Subjects are what pronouns usually continue.
std::int32_t resolve_pronoun(Ctx& c, std::size_t pos) {
  if (pos >= c.sentence_of.size() || c.pronoun_depth > 2) return -1;
  struct Depth {
    int& d;
    explicit Depth(int& x) : d(x) { ++d; }
    ~Depth() { --d; }
  } depth(c.pronoun_depth);
  std::int32_t any = -1;
  for (std::size_t k = pos; k > 0 && any < 0; --k) {
    const std::int32_t mi = c.mention_at[k - 1];
    if (mi < 0 || c.in_direct[k - 1]) continue;
    const std::int32_t e = c.a.mentions[static_cast<std::size_t>(mi)].entity;
    if (e >= 0 && c.a.entities[static_cast<std::size_t>(e)].type == EntityType::Person) any = e;
  }
  const std::uint32_t here = c.sentence_of[pos];
  const std::uint32_t para = c.a.sentences[here].paragraph;
  for (std::uint32_t si = here + 1; si > 0; --si) {
    const Sentence& s = c.a.sentences[si - 1];
    if (s.paragraph + 2 < para) break;  // no further than two paragraphs back
    if (s.furniture || s.duplicate) continue;
    std::size_t t = s.first_token;
    while (t < s.end_token && (c.a.tokens[t].kind == TokenKind::Punct || discourse_marker(c.a.tokens[t].lower) ||
                               c.a.tokens[t].lower.ends_with("ly")))
      ++t;
    if (t >= s.end_token || t >= pos || c.in_direct[t]) continue;
    const std::string_view w = c.a.tokens[t].lower;
    if (w == "he" || w == "she") continue;  // the same chain: look further back
    std::size_t e = t;
    while (e < s.end_token && e < pos && e - t < 7 && c.a.tokens[e].kind == TokenKind::Word && !c.a.tokens[e].has(kPossessive)) ++e;
    std::string from;
    std::int32_t mention = -1;
    // The subject phrase must start the sentence: a mention at t, or a title/demonym phrase.
    const bool named = c.mention_cover[t] >= 0;
    std::uint32_t p = 0;
    bool titled = c.lex.title_index().match(c.a.tokens, t, e, p) > 0;
    for (const auto& q : c.a.cues) titled |= q.first_token == t;
    if (!named && !titled) continue;
    const std::int32_t who = resolve_np(c, t, e, from, mention);
    if (who >= 0 && c.a.entities[static_cast<std::size_t>(who)].type == EntityType::Person) return who;
  }
  return any;
}

// The person holding `title` (optionally for the country `of_name`) in this document
// (roles.hpp, role_holder()).
std::int32_t resolve_role(const Ctx& c, const std::string& title, const std::string& of_name, std::size_t pos) {
  return role_holder(c.a, c.roles, title, of_name, pos);
}

// Resolves a speaker noun phrase in tokens [b, e). Sets `from` to the surface when
// resolved through a pronoun or role phrase. Returns the entity or -1.
std::int32_t resolve_np(Ctx& c, std::size_t b, std::size_t e, std::string& from, std::int32_t& mention) {
  mention = -1;
  if (b >= e) return -1;
  auto surface = [&] {
    c.from_span = Span{c.a.tokens[b].span.begin, c.a.tokens[e - 1].span.end};
    return std::string(c.a.text(c.from_span));
  };
  // 1. A named person: "said U.S. President Donald Trump".
  std::int32_t first_named = -1;
  for (std::size_t k = b; k < e; ++k) {
    const std::int32_t mi = c.mention_cover[k];
    if (mi < 0) continue;
    const std::int32_t ent = c.a.mentions[static_cast<std::size_t>(mi)].entity;
    if (ent >= 0 && c.a.entities[static_cast<std::size_t>(ent)].type == EntityType::Person) {
      mention = mi;
      return ent;
    }
    if (first_named < 0) first_named = mi;
  }
  // 2. A role phrase, with its qualifier: "the US President", "America's top diplomat",
  //    "the Russian foreign minister", "the president".
  for (std::size_t k = b; k < e; ++k) {
    std::uint32_t p = 0;
    const std::size_t n = c.lex.title_index().match(c.a.tokens, k, e, p);
    if (n == 0 || c.lex.titles()[p].kind == TitleEntry::Kind::Honorific) continue;
    std::string qualifier;
    for (const auto& cue : c.a.cues)
      if (cue.kind == Cue::Kind::Demonym && cue.first_token >= b && cue.end_token <= k) qualifier = cue.value;
    if (qualifier.empty() && first_named >= 0 && c.a.mentions[static_cast<std::size_t>(first_named)].end_token <= k) {
      const Entity& q = c.a.entities[static_cast<std::size_t>(c.a.mentions[static_cast<std::size_t>(first_named)].entity)];
      if (q.type == EntityType::Country) qualifier = q.canonical;
    }
    const std::string phrase(c.a.text(Span{c.a.tokens[k].span.begin, c.a.tokens[k + n - 1].span.end}));
    std::int32_t person = resolve_role(c, phrase, qualifier, b);
    if (person >= 0) {
      from = surface();
      return person;
    }
    // Unnamed officials speak for their state: "Russian officials", "A senior Russian official".
    const std::string_view head = c.a.tokens[k + n - 1].lower;
    if (!qualifier.empty() && (head == "official" || head == "officials" || head == "spokesman" || head == "spokeswoman" ||
                               head == "spokesperson" || head == "diplomat" || head == "diplomats")) {
      from = surface();
      return country_entity(c.a, c.lex, qualifier);
    }
    break;
  }
  // 3. "U.S. officials" -> the country; an organisation or country speaking.
  if (first_named >= 0) {
    mention = first_named;
    return c.a.mentions[static_cast<std::size_t>(first_named)].entity;
  }
  // 4. Demonym + officials without a title: "Russian officials".
  for (const auto& cue : c.a.cues) {
    if (cue.kind != Cue::Kind::Demonym || cue.first_token < b || cue.end_token > e) continue;
    for (std::size_t k = cue.end_token; k < e; ++k)
      if (is_in(low(c.a.tokens[k]), kOfficialWords)) {
        from = surface();
        return country_entity(c.a, c.lex, cue.value);
      }
  }
  // 5. Pronouns.
  for (std::size_t k = b; k < e; ++k) {
    const std::string_view w = low(c.a.tokens[k]);
    if (w == "he" || w == "she") {
      from = std::string(c.a.tokens[k].norm);
      c.from_span = c.a.tokens[k].span;
      return resolve_pronoun(c, k);
    }
  }
  return -1;
}

// The speaker phrase just before token `verb`: back to a clause boundary, at most 8 tokens.
std::size_t np_start_before(const Ctx& c, std::size_t verb, std::size_t limit) {
  std::size_t b = verb;
  while (b > limit && verb - b < 8) {
    const Token& t = c.a.tokens[b - 1];
    if (t.norm == "," || t.norm == ";" || t.norm == ":" || t.norm == "." || t.norm == "--" ||
        (t.kind == TokenKind::Quote && !t.has(kPossessive)) || c.in_direct[b - 1])
      break;
    const std::string_view w = low(t);
    if (w == "that" || w == "and" || w == "but" || w == "who" || w == "which") break;
    // A speaker phrase holds no prepositional phrase ("... to Mr Trump with a warning"),
    // except inside a title ("Secretary of State"), which "of" allows.
    if (w == "with" || w == "to" || w == "in" || w == "on" || w == "at" || w == "from" || w == "by" || w == "for" ||
        w == "after" || w == "before" || w == "during" || w == "about" || w == "against" || w == "into")
      break;
    --b;
  }
  return b;
}

// The speaker of a verb at token `verb`: the phrase right before it; for a
// coordinated verb with no subject of its own ("Lavrov warned of ... and said ...") or
// a participle ("..., saying ..."), the subject that opens the sentence.
std::int32_t subject_of(Ctx& c, std::size_t verb, std::size_t sentence_first, std::string& from, std::int32_t& mention) {
  const std::size_t npb = np_start_before(c, verb, sentence_first);
  std::int32_t who = resolve_np(c, npb, verb, from, mention);
  if (who >= 0) return who;
  // "Mr. Lavrov, had claimed ...": only auxiliaries and adverbs between a comma and the
  // verb; the subject stands before the comma.
  bool aux_only = npb < verb;
  for (std::size_t k = npb; k < verb; ++k) {
    const std::string_view w = low(c.a.tokens[k]);
    aux_only &= w == "had" || w == "has" || w == "have" || w == "was" || w == "is" || w == "also" || w == "later" ||
                w == "then" || w == "would" || w == "will" || w.ends_with("ly");
  }
  if (aux_only && npb > sentence_first + 1 && c.a.tokens[npb - 1].norm == ",") {
    const std::size_t b2 = np_start_before(c, npb - 1, sentence_first);
    who = resolve_np(c, b2, npb - 1, from, mention);
    if (who >= 0) return who;
  }
  const std::string_view form = low(c.a.tokens[verb]);
  const bool coordinated = npb == verb && npb > sentence_first && low(c.a.tokens[npb - 1]) == "and";
  const bool participle = form.ends_with("ing");
  if (!coordinated && !participle) return -1;
  // The clause the verb hangs on: from the comma before the previous comma (or the
  // sentence start) — "..., Secretary of State Rex Tillerson struck a tone after ..., saying".
  std::size_t clause = sentence_first;
  if (participle && npb == verb && verb > sentence_first && c.a.tokens[verb - 1].norm == ",") {
    for (std::size_t k = verb - 1; k > sentence_first; --k)
      if (c.a.tokens[k - 1].norm == ",") { clause = k; break; }
  }
  for (std::size_t k = clause; k < verb; ++k) {
    if (c.in_direct[k]) continue;
    if (const std::string_view w = low(c.a.tokens[k]); (w == "he" || w == "she") && c.mention_at[k] < 0) {
      from = std::string(c.a.tokens[k].norm);  // "He doubled down ... and adding ..."
      c.from_span = c.a.tokens[k].span;
      return resolve_pronoun(c, k);
    }
    const std::int32_t mi = c.mention_at[k];
    if (mi < 0) continue;
    const Mention& m = c.a.mentions[static_cast<std::size_t>(mi)];
    if (m.end_token < verb && c.a.tokens[m.end_token].has(kPossessive)) continue;
    mention = mi;
    return m.entity;
  }
  for (std::size_t k = sentence_first; k < verb && k < sentence_first + 4; ++k) {
    if (c.in_direct[k]) break;
    if (c.mention_at[k] >= 0) {
      mention = c.mention_at[k];
      return c.a.mentions[static_cast<std::size_t>(mention)].entity;
    }
    const std::string_view w = low(c.a.tokens[k]);
    if (w == "he" || w == "she") {
      from = std::string(c.a.tokens[k].norm);
      c.from_span = c.a.tokens[k].span;
      return resolve_pronoun(c, k);
    }
  }
  return -1;
}

std::int32_t country_of_person(Ctx& c, std::int32_t person) {
  if (person < 0) return -1;
  const Entity& e = c.a.entities[static_cast<std::size_t>(person)];
  if (e.type == EntityType::Country) return person;
  if (e.type != EntityType::Person) return -1;
  for (const auto& r : c.roles)
    if (r.person == person && r.of >= 0 && c.a.entities[static_cast<std::size_t>(r.of)].type == EntityType::Country) return r.of;
  if (!e.gazetteer_id.empty())
    if (const auto* g = c.lex.entry_by_id(e.gazetteer_id))
      for (const auto& role : g->roles)
        if (const auto* ce = c.lex.entry_by_name(role.of); ce && ce->type == EntityType::Country)
          return country_entity(c.a, c.lex, role.of);
  return -1;
}

struct Pair { std::size_t open, close; bool closed; };

// Calls f(first_token, end_token, skip) for each paragraph, a run of sentences with one
// paragraph number; `skip`: the paragraph is a duplicate or page furniture.
template <class F>
void for_each_paragraph(const Annotation& a, F&& f) {
  for (std::size_t s = 0; s < a.sentences.size();) {
    std::size_t e = s;
    while (e < a.sentences.size() && a.sentences[e].paragraph == a.sentences[s].paragraph) ++e;
    f(std::size_t{a.sentences[s].first_token}, std::size_t{a.sentences[e - 1].end_token},
      a.sentences[s].duplicate || a.sentences[s].furniture);
    s = e;
  }
}

std::size_t words_in(const Annotation& a, Span s) {
  std::size_t n = 0;
  for (std::size_t k = a.token_at(s.begin); k < a.tokens.size() && a.tokens[k].span.end <= s.end; ++k)
    n += a.tokens[k].kind == TokenKind::Word;
  return n;
}


void set_about(Ctx& c, Quote& q) {
  q.about.clear();
  // Mentions are in text order: start at the first one inside the quote.
  auto it = std::lower_bound(c.a.mentions.begin(), c.a.mentions.end(), q.span.begin,
                             [](const Mention& m, std::uint32_t b) { return m.span.begin < b; });
  for (; it != c.a.mentions.end() && it->span.begin < q.span.end; ++it) {
    const Mention& m = *it;
    if (m.span.end <= q.span.end && m.entity >= 0 && m.entity != q.speaker &&
        std::find(q.about.begin(), q.about.end(), m.entity) == q.about.end())
      q.about.push_back(m.entity);
  }
  if (q.kind == Quote::Kind::Direct && q.speaker >= 0) {
    // we/our/us speaking for the speaker's country (GUIDELINES "About whom").
    bool we = false;
    for (std::size_t k = c.a.token_at(q.span.begin); k < c.a.tokens.size() && c.a.tokens[k].span.end <= q.span.end; ++k) {
      const std::string_view w = c.a.tokens[k].lower;
      if (w == "we" || w == "our" || w == "us" || w == "we're" || w == "ours") { we = true; break; }
    }
    if (we) {
      const std::int32_t country = country_of_person(c, q.speaker);
      if (country >= 0 && country != q.speaker && std::find(q.about.begin(), q.about.end(), country) == q.about.end())
        q.about.push_back(country);
    }
  }
}

// Speakers found through a pronoun or a role phrase become mentions of their entity,
// recording what they were resolved from (the resolution issue: "each resolved mention
// records what it was resolved from"). Mentions stay in text order; indices that
// point at them are remapped.
void add_coreference_mentions(Annotation& a) {
  std::vector<Mention> added;
  for (std::size_t qi = 0; qi < a.quotes.size(); ++qi) {
    Quote& q = a.quotes[qi];
    if (q.speaker < 0 || q.speaker_span.empty() || q.speaker_from.empty()) continue;
    bool known = false;
    for (const auto& m : a.mentions) known |= m.span == q.speaker_span;
    for (const auto& m : added) known |= m.span == q.speaker_span;
    if (known) continue;
    Mention m;
    m.span = q.speaker_span;
    m.first_token = static_cast<std::uint32_t>(a.token_at(q.speaker_span.begin));
    m.end_token = m.first_token;
    while (m.end_token < a.tokens.size() && a.tokens[m.end_token].span.end <= q.speaker_span.end) ++m.end_token;
    m.sentence = m.first_token < a.tokens.size() ? 0 : 0;
    for (std::uint32_t si = 0; si < a.sentences.size(); ++si)
      if (a.sentences[si].first_token <= m.first_token && m.first_token < a.sentences[si].end_token) m.sentence = si;
    m.type = a.entities[static_cast<std::size_t>(q.speaker)].type;
    m.entity = q.speaker;
    m.resolved_from = q.speaker_from;
    m.source.rule = "coreference";
    added.push_back(std::move(m));
  }
  if (added.empty()) return;
  const std::size_t old_n = a.mentions.size();
  for (auto& m : added) a.mentions.push_back(std::move(m));
  std::vector<std::uint32_t> order(a.mentions.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
    return a.mentions[x].span.begin < a.mentions[y].span.begin;
  });
  std::vector<std::int32_t> remap(a.mentions.size());
  std::vector<Mention> sorted;
  sorted.reserve(a.mentions.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) {
    remap[order[i]] = static_cast<std::int32_t>(i);
    sorted.push_back(std::move(a.mentions[order[i]]));
  }
  a.mentions.swap(sorted);
  for (auto& e : a.entities) {
    for (auto& mi : e.mentions) mi = static_cast<std::uint32_t>(remap[mi]);
    e.mentions.clear();
  }
  for (std::uint32_t i = 0; i < a.mentions.size(); ++i)
    if (a.mentions[i].entity >= 0) a.entities[static_cast<std::size_t>(a.mentions[i].entity)].mentions.push_back(i);
  for (auto& q : a.quotes)
    if (q.speaker_mention >= 0) q.speaker_mention = remap[static_cast<std::size_t>(q.speaker_mention)];
  (void)old_n;
}

}  // namespace

std::vector<std::int32_t> resolve_subject_pronouns(Annotation& a, const Lexicons& lex, const std::vector<RoleFact>& roles,
                                                   const std::vector<std::size_t>& tokens) {
  std::vector<std::int32_t> out;
  if (tokens.empty()) return out;
  const std::size_t nt = a.tokens.size();
  Ctx c = make_ctx(a, lex, roles);
  // Direct quotes with their marks.
  for (const auto& q : a.quotes) {
    if (q.kind != Quote::Kind::Direct) continue;
    std::size_t k = a.token_at(q.span.begin);
    if (k > 0 && a.tokens[k - 1].kind == TokenKind::Quote) c.in_direct[k - 1] = 1;
    for (; k < nt && a.tokens[k].span.end <= q.span.end; ++k) c.in_direct[k] = 1;
    if (k < nt && a.tokens[k].kind == TokenKind::Quote) c.in_direct[k] = 1;
  }
  for (const std::size_t t : tokens) {
    const std::int32_t e = t < nt ? resolve_pronoun(c, t) : -1;
    out.push_back(e >= 0 && a.entities[static_cast<std::size_t>(e)].type == EntityType::Person ? e : -1);
  }
  return out;
}

void extract_quotes(Annotation& a, const Lexicons& lex, const std::vector<RoleFact>& roles) {
  const std::size_t nt = a.tokens.size();
  Ctx c = make_ctx(a, lex, roles);

  // 1. Pair quotation marks within each paragraph.
  std::vector<Pair> pairs;
  for_each_paragraph(a, [&](std::size_t pb, std::size_t pe, bool skip) {
    std::int64_t dbl = -1, sgl = -1;
    for (std::size_t k = pb; k < pe && !skip; ++k) {
      const Token& t = a.tokens[k];
      if (t.kind != TokenKind::Quote || t.has(kFurniture)) continue;
      const bool space_before = t.has(kSpaceBefore) || k == pb;
      const bool space_after = k + 1 >= pe || a.tokens[k + 1].has(kSpaceBefore) || a.tokens[k + 1].kind == TokenKind::Punct;
      if (t.has(kDoubleQuote)) {
        if (dbl >= 0 && !t.has(kOpenQuote)) {
          pairs.push_back({static_cast<std::size_t>(dbl), k, true});
          dbl = -1;
          sgl = -1;
        } else if (!t.has(kCloseQuote)) {
          dbl = static_cast<std::int64_t>(k);
        }
        continue;
      }
      if (dbl >= 0) continue;  // single marks inside a double quote are nested quotes
      if (sgl < 0) {
        // After a colon a mark opens even with a space after it: `Lavrov: ' We both seek ...'`.
        const bool after_colon = k > pb && a.tokens[k - 1].norm == ":";
        const bool opener = (t.has(kOpenQuote) || t.norm == "'") && !t.has(kCloseQuote) && space_before &&
                            (!space_after || after_colon) && !(t.has(kPossessive) && !t.has(kSpaceBefore));
        if (opener || (t.has(kOpenQuote) && !space_after)) sgl = static_cast<std::int64_t>(k);
      } else if (!t.has(kSpaceBefore) && space_after && !t.has(kOpenQuote)) {
        pairs.push_back({static_cast<std::size_t>(sgl), k, true});
        sgl = -1;
      }
    }
    if (dbl >= 0 && pe - static_cast<std::size_t>(dbl) > 4) pairs.push_back({static_cast<std::size_t>(dbl), pe, false});
  });
  std::unordered_map<std::size_t, std::size_t> pair_at_open;
  for (std::size_t pi = 0; pi < pairs.size(); ++pi) {
    const auto& p = pairs[pi];
    pair_at_open.emplace(p.open, pi);
    for (std::size_t k = p.open; k < std::min(p.close + 1, nt); ++k) c.in_direct[k] = 1;
  }

  // 2. Attribute each direct quote.
  std::int32_t last_speaker = -1, last_speaker_mention = -1;
  std::uint32_t last_paragraph = static_cast<std::uint32_t>(-1);
  std::string last_from;
  for (const auto& p : pairs) {
    std::size_t cb = p.open + 1, ce = p.close;
    while (ce > cb && (a.tokens[ce - 1].norm == "," || a.tokens[ce - 1].norm == "--")) --ce;
    if (ce <= cb) continue;
    Quote q;
    q.kind = Quote::Kind::Direct;
    q.span = Span{a.tokens[cb].span.begin, a.tokens[ce - 1].span.end};
    q.sentence = c.sentence_of[p.open];
    const std::uint32_t para = a.sentences[q.sentence].paragraph;
    std::size_t words = 0;
    for (std::size_t k = cb; k < ce; ++k) words += a.tokens[k].kind == TokenKind::Word;
    const std::size_t close_sent = p.close < nt ? c.sentence_of[p.close] : a.sentences.size() - 1;
    const std::size_t sent_end = a.sentences[close_sent].end_token;
    // Paragraph end (token index) for looking after the quote.
    std::size_t para_end = sent_end;
    while (para_end < nt && c.sentence_of[para_end] < a.sentences.size() && a.sentences[c.sentence_of[para_end]].paragraph == para &&
           !c.in_direct[para_end])
      ++para_end;
    const std::size_t open_sent_begin = a.sentences[q.sentence].first_token;
    std::int32_t speaker = -1, smention = -1;
    std::string from;
    const SpeechCue* cue = nullptr;
    // after: "Q," said X / "Q," X said
    if (p.closed) {
      std::size_t j = p.close + 1;
      if (j < para_end && a.tokens[j].norm == ",") ++j;
      // The attribution after a quote belongs to the same sentence: `"...," X said`, not
      // `"... low." Russian President Vladimir Putin echoed ...`.
      if (j < para_end && c.sentence_of[j] == c.sentence_of[p.close]) {
        if (const std::size_t n = speech_verb_at(c, j, para_end, &cue);
            n && cue->kind == SpeechCue::Kind::Verb && !a.tokens[j].lower.ends_with("ing")) {  // "said X", not "claiming X ..."
          std::size_t np_end = j + n;
          while (np_end < para_end && np_end - (j + n) < 7 && a.tokens[np_end].kind == TokenKind::Word) ++np_end;
          speaker = resolve_np(c, j + n, np_end, from, smention);
          q.cue_span = Span{a.tokens[j].span.begin, a.tokens[j + n - 1].span.end};
          q.cue = std::string(a.text(q.cue_span));
          q.rule = "after-verb-np";
        } else {
          for (std::size_t v = j; v < para_end && v - j < 8 && !c.in_direct[v]; ++v) {
            const Token& t = a.tokens[v];
            if (t.norm == "." || t.norm == ";" || (t.kind == TokenKind::Quote && !t.has(kPossessive))) break;
            const SpeechCue* vc = nullptr;
            if (const std::size_t n2 = speech_verb_at(c, v, para_end, &vc); n2 && vc->kind == SpeechCue::Kind::Verb && v > j) {
              speaker = resolve_np(c, j, v, from, smention);
              cue = vc;
              q.cue_span = Span{a.tokens[v].span.begin, a.tokens[v + n2 - 1].span.end};
              q.cue = std::string(a.text(q.cue_span));
              q.rule = "after-np-verb";
              break;
            }
          }
        }
        // Pull quote: "Q — Vladimir Putin, Russia's president"
        if (q.rule.empty() && a.tokens[p.close + 1 < nt ? p.close + 1 : p.close].norm == "--") {
          std::string f2;
          speaker = resolve_np(c, p.close + 2, std::min(p.close + 5, para_end), f2, smention);
          if (speaker >= 0) { q.rule = "pull-quote"; q.cue = "--"; }
        }
      }
    }
    // A cue after the quote whose speaker we cannot resolve ("... ," state media
    // reported) leaves the other patterns a chance; it is kept if they find nothing.
    Quote unresolved;
    if (speaker < 0 && !q.rule.empty()) {
      unresolved = q;
      q.rule.clear();
      q.cue.clear();
      q.cue_span = Span{};
    }
    // before: X said: "Q" / X said, "Q" / X: 'Q' / according to X, "Q"
    if (q.rule.empty() && p.open > open_sent_begin) {
      std::size_t b = p.open;
      const std::string punct = std::string(a.tokens[b - 1].norm);
      if (punct == ":" || punct == ",") --b;
      if (punct == ":" && b > open_sent_begin && c.mention_cover[b - 1] >= 0) {
        const std::int32_t mi = c.mention_cover[b - 1];
        const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
        if (m.first_token <= open_sent_begin + 3) {
          speaker = m.entity;
          smention = mi;
          q.cue = ":";
          q.rule = "headline-colon";
        }
      }
      for (std::size_t v = b; q.rule.empty() && v > open_sent_begin && b - v < 10; --v) {
        const SpeechCue* vc = nullptr;
        const std::size_t n2 = speech_verb_at(c, v - 1, b, &vc);
        if (!n2) continue;
        if (vc->kind == SpeechCue::Kind::PhraseBeforeSource) {
          speaker = resolve_np(c, v - 1 + n2, b, from, smention);
        } else if (vc->kind == SpeechCue::Kind::Verb) {
          speaker = subject_of(c, v - 1, open_sent_begin, from, smention);
        } else {
          continue;
        }
        q.cue_span = Span{a.tokens[v - 1].span.begin, a.tokens[v - 1 + n2 - 1].span.end};
        q.cue = std::string(a.text(q.cue_span));
        q.rule = "before-cue";
      }
    }
    // A speech verb elsewhere in the sentence(s) around the quote.
    if (q.rule.empty()) {
      for (std::size_t v = open_sent_begin; v < sent_end; ++v) {
        if (c.in_direct[v]) continue;
        const SpeechCue* vc = nullptr;
        const std::size_t n2 = speech_verb_at(c, v, sent_end, &vc);
        if (!n2 || vc->kind != SpeechCue::Kind::Verb) continue;
        speaker = subject_of(c, v, open_sent_begin, from, smention);
        if (speaker < 0) continue;
        q.cue_span = Span{a.tokens[v].span.begin, a.tokens[v + n2 - 1].span.end};
        q.cue = std::string(a.text(q.cue_span));
        q.rule = "sentence-cue";
        break;
      }
    }
    if (speaker < 0 && !unresolved.rule.empty()) {
      q.rule = unresolved.rule;
      q.cue = unresolved.cue;
      q.cue_span = unresolved.cue_span;
    }
    // Scare quotes of one or two words count only with a named source (GUIDELINES).
    if (words <= 2 && speaker < 0) continue;
    if (q.rule.empty()) {
      const bool opens_para = p.open == a.sentences[q.sentence].first_token;
      if (last_speaker >= 0 && (last_paragraph == para || (opens_para && last_paragraph + 1 == para))) {
        speaker = last_speaker;
        smention = last_speaker_mention;
        from = last_from;
        q.rule = "continuation";
      } else {
        q.rule = "unattributed";
      }
    }
    q.speaker = speaker;
    q.speaker_mention = smention;
    q.speaker_from = from;
    if (!from.empty() && q.rule != "continuation") q.speaker_span = c.from_span;
    if (speaker >= 0) {
      last_speaker = speaker;
      last_speaker_mention = smention;
      last_from = from;
    }
    last_paragraph = para;
    a.quotes.push_back(std::move(q));
  }

  // 2b. Pull quotes without marks: a paragraph `<words> — <person>[, <role>]`, the
  // layout of a quote set off from the text ("The level of trust ... has rather
  // deteriorated. — Vladimir Putin, Russia's president").
  for_each_paragraph(a, [&](std::size_t pb, std::size_t pe, bool skip) {
    if (skip || pe <= pb) return;
    std::size_t dash = pe;
    for (std::size_t k = pb; k < pe; ++k)
      if (a.tokens[k].norm == "--") dash = k;
    if (dash == pe || dash + 1 >= pe || c.mention_at[dash + 1] < 0) return;
    const std::int32_t mi = c.mention_at[dash + 1];
    const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
    if (m.entity < 0 || a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Person) return;
    // After the name: nothing, or a comma and a short role ("Russia's president").
    if (m.end_token < pe && (a.tokens[m.end_token].norm != "," || pe - m.end_token > 8)) return;
    std::size_t words = 0;
    bool quoted = false, verb = false;
    for (std::size_t k = pb; k < dash; ++k) {
      words += a.tokens[k].kind == TokenKind::Word;
      quoted |= c.in_direct[k] != 0;
      const SpeechCue* vc = nullptr;
      verb |= speech_verb_at(c, k, dash, &vc) && vc->kind == SpeechCue::Kind::Verb;
    }
    // Four words at least, not a quote already, and no speech verb (then the sentence
    // attributes itself: "Putin said so -- Tass").
    if (words < 4 || quoted || verb) return;
    Quote q;
    q.kind = Quote::Kind::Direct;
    q.span = Span{a.tokens[pb].span.begin, a.tokens[dash - 1].span.end};
    q.sentence = c.sentence_of[pb];
    q.speaker = m.entity;
    q.speaker_mention = mi;
    q.cue = "--";
    q.cue_span = a.tokens[dash].span;
    q.rule = "pull-quote";
    for (std::size_t k = pb; k < dash; ++k) c.in_direct[k] = 1;
    a.quotes.push_back(std::move(q));
  });

  // 3. Indirect speech. A verb that attributed a direct quote introduces nothing else.
  std::vector<char> cue_used(nt, 0);
  for (const auto& q : a.quotes) {
    // Partial quotes (three words or fewer) leave their verb to the reported clause.
    const auto qt = a.text(q.span);
    if (q.cue_span.empty() || std::count(qt.begin(), qt.end(), ' ') < 3) continue;
    const std::size_t k = a.token_at(q.cue_span.begin);
    if (k < nt && a.tokens[k].span.begin == q.cue_span.begin) cue_used[k] = 1;
  }
  std::vector<Quote> indirect;
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& st = a.sentences[si];
    if (st.furniture || st.duplicate) continue;
    for (std::size_t v = st.first_token; v < st.end_token; ++v) {
      if (c.in_direct[v] || cue_used[v]) continue;
      const SpeechCue* vc = nullptr;
      const std::size_t n = speech_verb_at(c, v, st.end_token, &vc);
      if (!n) continue;
      Quote q;
      q.kind = Quote::Kind::Indirect;
      q.sentence = si;
      q.cue = std::string(a.text(Span{a.tokens[v].span.begin, a.tokens[v + n - 1].span.end}));
      std::int32_t speaker = -1, sm = -1;
      std::string from;
      std::size_t content = 0, content_end = st.end_token;
      if (vc->kind == SpeechCue::Kind::PhraseBeforeSource) {
        // according to X, CLAUSE  |  CLAUSE, according to X
        std::size_t comma = v + n;
        while (comma < st.end_token && a.tokens[comma].norm != "," && comma - v < 8) ++comma;
        speaker = resolve_np(c, v + n, comma, from, sm);
        if (comma < st.end_token && a.tokens[comma].norm == "," && v == st.first_token) {
          content = comma + 1;
        } else if (v > st.first_token + 3 && a.tokens[v - 1].norm == ",") {
          content = st.first_token;
          content_end = v - 1;
        } else {
          continue;
        }
        q.rule = "according-to";
      } else if (vc->kind == SpeechCue::Kind::Verb && vc->reporting) {
        std::size_t npb = np_start_before(c, v, st.first_token);
        speaker = subject_of(c, v, st.first_token, from, sm);
        // CLAUSE, X said.  (reported clause before the attribution)
        if (npb > st.first_token + 3 && a.tokens[npb - 1].norm == "," && v + n + 1 >= st.end_token) {
          content = st.first_token;
          content_end = npb - 1;
          q.rule = "indirect-before";
        } else {
          std::size_t k = v + n;
          // Object of tell/assure/warn/inform: "told reporters", "told Tillerson".
          const std::string lemma = vc->lemma;
          if (lemma == "tell" || lemma == "assure" || lemma == "inform" || lemma == "warn" || lemma == "remind" || lemma == "brief") {
            std::size_t obj = k;
            while (obj < st.end_token && obj - k < 5 && a.tokens[obj].kind == TokenKind::Word && low(a.tokens[obj]) != "that") ++obj;
            if (obj < st.end_token && low(a.tokens[obj]) == "that") k = obj;
            else if (obj > k && c.mention_cover[k] >= 0) k = obj;
          }
          // A statement noun as object: "reiterated the U.S. position that", "repeated his
          // view that": the clause after "that" is what was said.
          {
            std::size_t obj = k;
            while (obj < st.end_token && obj - k < 5 && a.tokens[obj].kind == TokenKind::Word && !c.in_direct[obj] &&
                   low(a.tokens[obj]) != "that" && !is_in(low(a.tokens[obj]), kStatementNouns))
              ++obj;
            if (obj > k && obj + 1 < st.end_token && is_in(low(a.tokens[obj]), kStatementNouns) &&
                low(a.tokens[obj + 1]) == "that")
              k = obj + 1;
          }
          // Time and place before "that": "said on Wednesday that".
          std::size_t t2 = k;
          if (k < st.end_token && is_in(low(a.tokens[k]), kBeforeThat))
            while (t2 < st.end_token && t2 - k < 5 && a.tokens[t2].kind == TokenKind::Word && low(a.tokens[t2]) != "that" && !c.in_direct[t2]) ++t2;
          const bool has_that = t2 < st.end_token && low(a.tokens[t2]) == "that";
          if (has_that) k = t2 + 1;
          else if (k < st.end_token && low(a.tokens[k]) == "that") ++k;
          const bool say_like = lemma == "say" || lemma == "tell" || lemma == "add" || lemma == "insist" || lemma == "argue" ||
                                lemma == "claim" || lemma == "believe" || lemma == "stress" || lemma == "note";
          if (!has_that && !say_like) continue;
          if (k >= st.end_token || a.tokens[k].kind != TokenKind::Word) continue;
          if (!has_that && (is_in(low(a.tokens[k]), kContentStops) || low(a.tokens[k]).ends_with("ly"))) continue;
          content = k;
          q.rule = "indirect";
        }
      } else {
        continue;
      }
      // A second attribution ends the clause: "While the U.S. maintains that ..., Putin insists ...".
      for (std::size_t k = content + 1; k + 1 < content_end; ++k) {
        if (a.tokens[k].norm != "," || c.in_direct[k]) continue;
        bool second = false;
        for (std::size_t v2 = k + 2; v2 < content_end && v2 <= k + 6 && !second; ++v2) {
          const SpeechCue* vc2 = nullptr;
          if (speech_verb_at(c, v2, content_end, &vc2) && vc2->kind == SpeechCue::Kind::Verb) {
            std::string f2;
            std::int32_t m2 = -1;
            second = resolve_np(c, k + 1, v2, f2, m2) >= 0;
          }
        }
        if (second) { content_end = k; break; }
      }
      // The speaker's next predicate ends the clause: "X reiterated that ..., but appeared
      // to ...", "..., and added ...": a comma, a conjunction, then a verb with no subject.
      for (std::size_t k = content + 1; k + 2 < content_end; ++k) {
        if (a.tokens[k].norm != "," || c.in_direct[k]) continue;
        const std::string_view conj = low(a.tokens[k + 1]);
        if (conj != "but" && conj != "and") continue;
        const Token& w = a.tokens[k + 2];
        const SpeechCue* vc2 = nullptr;
        const bool verb_form = w.kind == TokenKind::Word && !w.has(kCapitalized) &&
                               (w.lower.ends_with("ed") || (speech_verb_at(c, k + 2, content_end, &vc2) &&
                                                            vc2->kind == SpeechCue::Kind::Verb));
        if (verb_form) { content_end = k; break; }
      }
      // Trim the final punctuation; stop before a direct quote of four words or more.
      while (content_end > content && a.tokens[content_end - 1].kind == TokenKind::Punct) --content_end;
      std::size_t words = 0;
      bool long_direct = false;
      for (std::size_t k = content; k < content_end; ++k) {
        words += a.tokens[k].kind == TokenKind::Word;
        if (c.in_direct[k] && a.tokens[k].kind == TokenKind::Quote) {
          if (auto pit = pair_at_open.find(k); pit != pair_at_open.end()) {
            const auto& p = pairs[pit->second];
            std::size_t w2 = 0;
            for (std::size_t m = p.open; m < p.close && m < nt && w2 <= 3; ++m) w2 += a.tokens[m].kind == TokenKind::Word;
            if (w2 > 3) long_direct = true;
          }
        }
      }
      if (words < 3 || long_direct) continue;
      q.span = Span{a.tokens[content].span.begin, a.tokens[content_end - 1].span.end};
      q.speaker = speaker;
      q.speaker_mention = sm;
      q.speaker_from = from;
      if (!from.empty()) q.speaker_span = c.from_span;
      indirect.push_back(std::move(q));
      v = v + n - 1;  // later verbs in the sentence may attribute their own clause
    }
  }
  // Partial quotes of three words or fewer inside a reported clause belong to it.
  std::erase_if(a.quotes, [&](const Quote& d) {
    if (words_in(a, d.span) > 3) return false;
    return std::any_of(indirect.begin(), indirect.end(),
                       [&](const Quote& q) { return q.span.begin <= d.span.begin && d.span.end <= q.span.end; });
  });
  for (auto& q : indirect) a.quotes.push_back(std::move(q));
  std::stable_sort(a.quotes.begin(), a.quotes.end(), [](const Quote& x, const Quote& y) { return x.span.begin < y.span.begin; });
  // A quote repeated verbatim is one quote (GUIDELINES).
  std::vector<Quote> unique;
  std::unordered_set<std::string_view> seen;
  for (auto& q : a.quotes) {
    if (!seen.insert(a.text(q.span)).second) continue;
    unique.push_back(std::move(q));
  }
  a.quotes.swap(unique);
  for (auto& q : a.quotes) set_about(c, q);
  add_coreference_mentions(a);
}

}  // namespace gazette
