#include "gazette/coreference.hpp"

#include "gazette/entities.hpp"
#include "gazette/text.hpp"
#include "gazette/tokenizer.hpp"  // glued_hyphen()

#include "clause_openers.hpp"  // past_openers()
#include "last_named.hpp"       // last_named_before()
#include "quotes_internal.hpp"  // quotes::ed_form(), quotes::ing_form()
#include "token_walk.hpp"       // next_token_where()

#include <algorithm>
#include <iterator>
#include <limits>
#include <utility>

namespace gazette {

namespace {

// One level of a guarded recursion (Resolver::pronoun_depth_, body_chain_depth_): counted
// up while the guard lives, down when it goes, whichever way the function returns.
class RecursionDepth {
 public:
  explicit RecursionDepth(int& depth) : depth_(depth) { ++depth_; }
  ~RecursionDepth() { --depth_; }
  RecursionDepth(const RecursionDepth&) = delete;
  RecursionDepth& operator=(const RecursionDepth&) = delete;

 private:
  int& depth_;
};

// lex.in(list, t.lower) read from the token's word-list mask, which intern() made from its
// `lower` for every token but one of a single ASCII character (`A` keeps its norm's: it may
// be an initial); no look-up of the word in the vocabulary.
bool lower_in(const Lexicons& lex, Words list, const Token& t) {
  return t.norm.size() == 1 ? lex.in(list, t.lower) : lex.in(list, t);
}

bool is_person(const Annotation& a, std::int32_t e) {
  return e >= 0 && a.entities[static_cast<std::size_t>(e)].type == EntityType::Person;
}

// A person or an organisation, the entities that speak or take an object's place.
bool is_person_or_body(const Annotation& a, std::int32_t e) {
  if (e < 0) return false;
  const EntityType t = a.entities[static_cast<std::size_t>(e)].type;
  return t == EntityType::Person || t == EntityType::Organization;
}

// Which word list of same_office() a title phrase (lower case) is compared by.
enum class OfficeHead : std::uint8_t { Diplomat, Prefix, Anywhere, Leader, Suffix };
OfficeHead office_head(const Lexicons& lex, std::string_view p, const Token* word = nullptr);
// same_office() of the lower-case forms, the phrase's word list `head` (office_head()).
bool same_office_lower(const Lexicons& lex, std::string_view h, std::string_view p, OfficeHead head);

// same_office() of each role fact's title (by index in a.roles) with one title phrase:
// computed once per phrase for role_holder_of(), stated_office() and office_of_place().
// `held`: the role facts' titles in lower case, when the caller has them.
using SameOffices = std::vector<char>;
constexpr std::size_t kNoTitleAt = static_cast<std::size_t>(-1);

// A post of the opposition (rule A261): a word of opposition_premodifiers (`shadow`) right
// before the title at tokens [first, end) or inside it.
bool opposition_post(const Annotation& a, const Lexicons& lex, std::size_t first, std::size_t end) {
  for (std::size_t k = first > 0 ? first - 1 : first; k < end && k < a.tokens.size(); ++k)
    if (lex.in(Words::OppositionPremodifiers, a.tokens[k])) return true;
  return false;
}

// `title_at`: the phrase's title token in the text, when it has one: a post of the
// opposition (`shadow chancellor Jane Roe`) is then another office than the same title
// without it (`the chancellor`), and the other way round (rule A261).
SameOffices same_offices(const Annotation& a, const Lexicons& lex, std::string_view phrase,
                         const std::vector<std::string>* held = nullptr, std::size_t title_at = kNoTitleAt) {
  SameOffices same(a.roles.size());
  if (same.empty()) return same;
  const std::string p = to_lower(phrase);
  // Row 23.467: a phrase that is the title token's own lower-case form (one word: `minister`)
  // is asked of by the token's word-list mask, not looked up four times.
  const Token* word = title_at != kNoTitleAt && title_at < a.tokens.size() && a.tokens[title_at].lower == p
                          ? &a.tokens[title_at]
                          : nullptr;
  const OfficeHead head = office_head(lex, p, word);
  for (std::size_t i = 0; i < a.roles.size(); ++i)
    same[i] = held ? same_office_lower(lex, (*held)[i], p, head)
                   : same_office_lower(lex, to_lower(a.roles[i].title), p, head);
  if (title_at == kNoTitleAt) return same;
  const bool opposition = opposition_post(a, lex, title_at, title_at + 1);
  const bool past = past_post(a, lex, title_at);
  for (std::size_t i = 0; i < a.roles.size(); ++i) {
    const RoleFact& r = a.roles[i];
    if (same[i] && !r.from_gazetteer && opposition_post(a, lex, r.cue_first, r.cue_end) != opposition) same[i] = 0;
    // A1137: a past post stated in the text is held by nobody now (`ex-Conservative
    // chancellor Tom Smith` ... `the chancellor said` is not Smith); a post stated as held
    // may be named as past later (`the former chancellor`, after he quit). The gazetteer's
    // offices say nothing of time.
    if (same[i] && !past && !r.from_gazetteer && r.cue_end > r.cue_first && past_post(a, lex, r.cue_first)) same[i] = 0;
  }
  return same;
}

// The text states that `person` holds the title (a role fact not from the gazetteer;
// `same`: same_offices() of the title).
bool stated_office(const Annotation& a, std::int32_t person, const SameOffices& same) {
  for (std::size_t i = 0; i < a.roles.size(); ++i)
    if (a.roles[i].person == person && !a.roles[i].from_gazetteer && same[i]) return true;
  return false;
}
std::int32_t phrase_head(const Resolver& r, std::int32_t mi, std::size_t limit);

// `X tore up the norms, and Y said that ...` (rule A72): the sentence's first speech cue is
// a verb whose subject opens a clause coordinated after a comma (`, and`, `, but`; word
// list coordinators) and is a person named there: that person spoke last in the sentence
// and is its most salient person for a pronoun after it. The person, or -1.
std::int32_t coordinated_speaker(Resolver& r, const Sentence& s, std::int32_t& mention) {
  const Annotation& a = r.a;
  // Most sentences have no `, and` / `, but`: look for one before reading speech cues.
  bool coordinated = false;
  for (std::size_t k = s.first_token + 1; k + 1 < s.end_token && !coordinated; ++k)
    coordinated = a.tokens[k - 1].norm == "," && r.lex.in(Words::Coordinators, a.tokens[k]);
  if (!coordinated) return -1;
  for (std::size_t v = s.first_token + 1; v < s.end_token; ++v) {
    std::uint32_t p = 0;
    const std::size_t n = r.in_direct[v] ? 0 : r.lex.speech_index().match(a.tokens, v, s.end_token, p);
    if (n == 0) continue;
    if (r.lex.speech_cues()[p].kind != SpeechCue::Kind::Verb) return -1;
    const std::size_t npb = r.phrase_start_before(v, s.first_token);
    if (npb < s.first_token + 2 || npb >= v || !r.lex.in(Words::Coordinators, a.tokens[npb - 1]) ||
        a.tokens[npb - 2].norm != ",")
      return -1;
    std::string from;
    const std::int32_t who = r.noun_phrase(npb, v, from, mention);
    return is_person(a, who) && mention >= 0 && from.empty() ? who : -1;
  }
  return -1;
}

// A place's office at token k: a place (Location) named at k followed right away by a
// title (`Vermont senator`, `Massachusetts governor`); an article and title premodifiers
// may open the phrase (`The former Massachusetts governor`). The place's mention, or -1.
std::int32_t place_office_at(const Resolver& r, std::size_t k, std::size_t end) {
  const Annotation& a = r.a;
  while (k < end && (lower_in(r.lex, Words::Articles, a.tokens[k]) || lower_in(r.lex, Words::TitlePremodifiers, a.tokens[k]))) ++k;
  if (k >= end || r.mention_at[k] < 0) return -1;
  const Mention& m = a.mentions[static_cast<std::size_t>(r.mention_at[k])];
  if (m.entity < 0 || a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Location || m.end_token >= end) return -1;
  return r.lex.post_title(a.tokens, m.end_token, end) > 0 ? r.mention_at[k] : -1;
}

// A place qualifies an office only when `person` holds it there (a role fact whose `of` is
// that place: `the Massachusetts governor` is the Governor of Massachusetts, no governor
// the text names without a state), or holds it and is introduced with the place before a
// title (`Vermont Sen. Jane Roe` for `the Vermont senator`).
bool office_of_place(const Annotation& a, const Lexicons& lex, std::int32_t person, const SameOffices& same,
                     std::string_view place) {
  // A title the text puts after the place (`Vermont Sen. Jane Roe`, `former Ohio Gov. X`):
  // the place is named within the role's cue or right before it, over title premodifiers.
  auto named_before = [&](const RoleFact& r) {
    std::uint32_t k = r.cue_first;
    while (k > 0 && lower_in(lex, Words::TitlePremodifiers, a.tokens[k - 1])) --k;
    for (const auto& m : a.mentions)
      if (m.entity >= 0 && m.resolved_from.empty() && a.entities[static_cast<std::size_t>(m.entity)].canonical == place &&
          ((m.first_token >= r.cue_first && m.end_token <= r.cue_end) || m.end_token == k || m.end_token == r.cue_first))
        return true;
    return false;
  };
  // The office held there (`of` is the place), or held (the gazetteer's `Senator` for the
  // text's `Sen.`) by a person the text introduces with the place before a title.
  bool holds = false, introduced = false;
  for (std::size_t i = 0; i < a.roles.size(); ++i) {
    const RoleFact& r = a.roles[i];
    if (r.person != person) continue;
    if (same[i] && r.of_name == place) return true;
    holds |= same[i] != 0;
    introduced |= r.of_name.empty() && !r.from_gazetteer && named_before(r);
  }
  return holds && introduced;
}
std::int32_t namesake_of_sex(const Resolver& r, std::int32_t mi);

}  // namespace

// ---- Role phrases -------------------------------------------------------------------

bool same_office(const Lexicons& lex, std::string_view held, std::string_view phrase) {
  const std::string p = to_lower(phrase);
  return same_office_lower(lex, to_lower(held), p, office_head(lex, p));
}

// Row A1137: a post the text states as held in the past: a word of past_title_premodifiers
// before the title at token `first`, only title premodifiers, hyphens and capitalised words
// (a qualifier) between, at most four tokens back (`ex-Conservative chancellor Tom Smith`,
// `the former Borovian minister`).
bool past_post(const Annotation& a, const Lexicons& lex, std::size_t first) {
  for (std::size_t j = first, n = 0; j > 0 && n < 4; --j, ++n) {
    const Token& t = a.tokens[j - 1];
    if (lex.in(Words::PastTitlePremodifiers, t)) return true;
    if (t.norm != "-" && !t.has(kCapitalized) && !lex.in(Words::TitlePremodifiers, t)) return false;
  }
  return false;
}

namespace {

// `word`: a token whose lower-case form is p, when the caller has one: its lists are read
// from its mask (Token::lmask) by bit tests, the same answers as the look-ups of p (row
// 23.467: four look-ups of one phrase were 10,037 of Lexicons::in()'s 30,264 calls on x600).
OfficeHead office_head(const Lexicons& lex, std::string_view p, const Token* word) {
  const auto in = [&](Words list) { return word ? lex.in(list, *word) : lex.in(list, p); };
  if (in(Words::DiplomatNouns)) return OfficeHead::Diplomat;
  if (in(Words::OfficeHeadPrefix)) return OfficeHead::Prefix;
  if (in(Words::OfficeHeadAnywhere)) return OfficeHead::Anywhere;
  if (in(Words::LeaderNouns)) return OfficeHead::Leader;
  return OfficeHead::Suffix;
}

bool same_office_lower(const Lexicons& lex, std::string_view h, std::string_view p, OfficeHead head) {
  if (h == p) return true;
  switch (head) {
    case OfficeHead::Diplomat: return lex.in(Words::ForeignOffices, h);
    case OfficeHead::Prefix: return h.starts_with(p);
    case OfficeHead::Anywhere: return h.find(p) != std::string_view::npos;
    case OfficeHead::Leader: return lex.in(Words::LeaderOffices, h);
    case OfficeHead::Suffix: break;
  }
  // "foreign minister" ~ "deputy foreign minister" is not it: require >6
  if (p.size() <= 6 || !ends_with_word(h, p)) return false;
  // Row A1179: nor the post under it (`deputy prime minister`, `vice president`): a word of
  // subordinate_title_words before the phrase makes another office.
  for (std::string_view rest = h.substr(0, h.size() - p.size() - 1); !rest.empty();) {
    const std::size_t sp = rest.find(' ');
    if (lex.in(Words::SubordinateTitleWords, rest.substr(0, sp))) return false;
    rest = sp == std::string_view::npos ? std::string_view{} : rest.substr(sp + 1);
  }
  return true;
}

// role_holder() with `same`: same_offices() of the title.
std::int32_t role_holder_of(const Annotation& a, const SameOffices& same, std::string_view of_name, std::size_t pos) {
  std::int32_t best = -1;
  // An office known only from the gazetteer goes to the holder mentioned most in the
  // document (two presidents of one country may both be named; the story is about the
  // one it keeps naming); a role stated in the text wins over it.
  std::size_t best_mentions = 0;
  for (std::size_t i = 0; i < a.roles.size(); ++i) {
    const RoleFact& r = a.roles[i];
    if (!r.from_gazetteer || !same[i]) continue;
    if (!of_name.empty() && !r.of_name.empty() && r.of_name != of_name) continue;
    const auto& ms = a.entities[static_cast<std::size_t>(r.person)].mentions;
    const auto n = static_cast<std::size_t>(
        std::count_if(ms.begin(), ms.end(), [&](std::uint32_t mi) { return a.mentions[mi].resolved_from.empty(); }));
    if (n > best_mentions) { best_mentions = n; best = r.person; }
  }
  const std::int32_t known = best;
  best = -1;
  for (std::size_t i = 0; i < a.roles.size(); ++i) {
    const RoleFact& r = a.roles[i];
    if (r.from_gazetteer || !same[i]) continue;
    // "the US President" is not Russia's president; a role of unknown country may fit.
    if (!of_name.empty() && !r.of_name.empty() && r.of_name != of_name) continue;
    if (a.sentences[r.sentence].first_token > pos && best >= 0) break;
    best = r.person;
  }
  return best >= 0 ? best : known;
}

}  // namespace

std::int32_t role_holder(const Annotation& a, const Lexicons& lex, const std::string& title, const std::string& of_name,
                         std::size_t pos) {
  return role_holder_of(a, same_offices(a, lex, title), of_name, pos);
}

namespace {

struct TitleAt { std::uint32_t first_token, end_token; };

std::size_t next_title_start(const std::vector<Token>& tokens, std::size_t k, std::size_t e);

// Row 23.466: the tokens of [0, e) where a title may start (next_title_start()), appended
// to `out` in text order: one walk over the document's tokens.
void append_title_starts(const std::vector<Token>& tokens, std::vector<std::uint32_t>& out) {
  for (std::size_t k = 0, e = tokens.size(); (k = next_title_start(tokens, k, e)) < e; ++k)
    out.push_back(static_cast<std::uint32_t>(k));
}

// The title starts of `a`: Annotation::title_starts when a stage listed them, else listed
// here into `own` (an annotation no roles stage ran on: read back from JSONL, a test's).
const std::vector<std::uint32_t>& title_starts_of(const Annotation& a, std::vector<std::uint32_t>& own) {
  if (a.title_starts_listed) return a.title_starts;
  append_title_starts(a.tokens, own);
  return own;
}

// The first entry of `starts` at or after token `first`, from entry c (the cursor of a
// walk over the sentences in token order: it goes back only if a sentence began before
// the last one read).
std::size_t first_start_from(const std::vector<std::uint32_t>& starts, std::size_t c, std::uint32_t first) {
  if (c > 0 && starts[c - 1] >= first)
    return static_cast<std::size_t>(std::lower_bound(starts.begin(), starts.begin() + static_cast<std::ptrdiff_t>(c), first) -
                                    starts.begin());
  while (c < starts.size() && starts[c] < first) ++c;
  return c;
}

// Titles as the lexicon knows them, capitalised or not ("the Russian foreign minister").
// Row 23.324: the title index is asked only where a title may start; row 23.466: those
// tokens are read from the document's list of them (title_starts_of()), not found by a
// walk over every token: `said`, `the` and most words are never read.
// Made-up example: in `Tom Smith, the harbour minister, spoke`, only `minister` is asked.
std::vector<TitleAt> titles_in_text(const Annotation& a, const Lexicons& lex) {
  std::vector<TitleAt> titles;
  std::vector<std::uint32_t> own;
  const std::vector<std::uint32_t>& starts = title_starts_of(a, own);
  std::size_t c = 0;
  for (const auto& st : a.sentences) {
    if (st.furniture || st.duplicate) continue;
    c = first_start_from(starts, c, st.first_token);
    // `next`: the tokens of a title read are passed (a start inside it opens none).
    for (std::uint32_t next = st.first_token; c < starts.size() && starts[c] < st.end_token; ++c) {
      const std::uint32_t k = starts[c];
      if (k < next) continue;
      const auto n = lex.post_title(a.tokens, k, st.end_token);
      if (n == 0) continue;
      titles.push_back({k, static_cast<std::uint32_t>(k + n)});
      next = static_cast<std::uint32_t>(k + n);
    }
  }
  return titles;
}

// The qualifiers that may stand right before a title, by the token they end at: the last
// demonym cue (in a.cues order) and the last mention of a country, organisation or place
// (in a.mentions order); -1 none. Built once per call of find_role_phrases().
struct QualifiersAt {
  std::vector<std::int32_t> demonym, body;
  explicit QualifiersAt(const Annotation& a) : demonym(a.tokens.size() + 1, -1), body(a.tokens.size() + 1, -1) {
    for (std::size_t ci = 0; ci < a.cues.size(); ++ci)
      if (a.cues[ci].kind == Cue::Kind::Demonym && a.cues[ci].end_token < demonym.size())
        demonym[a.cues[ci].end_token] = static_cast<std::int32_t>(ci);
    for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
      const Mention& m = a.mentions[mi];
      if (m.entity < 0 || m.end_token >= body.size()) continue;
      const EntityType t = a.entities[static_cast<std::size_t>(m.entity)].type;
      if (t == EntityType::Country || t == EntityType::Organization || t == EntityType::Location)
        body[m.end_token] = static_cast<std::int32_t>(mi);
    }
  }
};

// The qualifier of a title starting at `first`: a demonym ("the Russian foreign
// minister") or a country or organisation, possessive or not ("America's top diplomat",
// "the US Secretary of State"). False when a possessive names no country or organisation.
bool title_qualifier(const Annotation& a, const QualifiersAt& at, std::uint32_t first, std::string& of_name,
                     std::uint32_t& qf, bool& possessive, bool& place) {
  if (const std::int32_t d = at.demonym[first]; d >= 0) {
    of_name = a.cues[static_cast<std::size_t>(d)].value;
    qf = a.cues[static_cast<std::size_t>(d)].first_token;
  }
  if (!of_name.empty()) return true;
  std::uint32_t pe = first;
  const bool poss = pe > 0 && a.tokens[pe - 1].has(kPossessive);
  if (poss) --pe;
  if (const std::int32_t mi = at.body[pe]; mi >= 0) {
    const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
    const Entity& q = a.entities[static_cast<std::size_t>(m.entity)];
    of_name = q.canonical;
    qf = m.first_token;
    possessive = poss;
    place = q.type == EntityType::Location;
  }
  return !(poss && of_name.empty());  // "Trump's top diplomat": not resolved here
}

}  // namespace

std::vector<RolePhrase> find_role_phrases(const Annotation& a, const Lexicons& lex) {
  std::vector<RolePhrase> out;
  const std::vector<TitleAt> titles = titles_in_text(a, lex);
  if (titles.empty()) return out;
  const std::size_t nt = a.tokens.size();
  std::vector<char> person_at(nt + 1, 0), person_end(nt + 1, 0);
  for (const auto& m : a.mentions)
    if (is_person(a, m.entity)) {
      person_at[m.first_token] = 1;
      person_end[m.end_token] = 1;
    }
  const QualifiersAt qualifiers(a);
  for (const auto& c : titles) {
    const std::uint32_t e = c.end_token;
    // "Secretary of State Rex Tillerson", "his counterpart, Sergei Lavrov": the name is there.
    if (person_at[e] || (e + 1 < nt && a.tokens[e].norm == "," && person_at[e + 1])) continue;
    std::string of_name;
    std::uint32_t qf = c.first_token;
    bool possessive = false, place = false;
    if (!title_qualifier(a, qualifiers, c.first_token, of_name, qf, possessive, place)) continue;
    // "the former Massachusetts governor": premodifiers of the title (word list
    // title_premodifiers) may stand between the determiner and a place (rule A71).
    if (place)
      while (qf > 1 && lower_in(lex, Words::TitlePremodifiers, a.tokens[qf - 1])) --qf;
    // Definite and qualified: "the US president", "America's top diplomat", "his Russian
    // counterpart"; not "a Russian diplomat", "former President", and not a bare "the
    // president", which may be any president of the story.
    const std::string_view det = qf > 0 ? a.tokens[qf - 1].lower : std::string_view();
    const bool definite = possessive || lex.in(Words::DefiniteArticles, det) || lex.in(Words::PersonPossessives, det);
    if (!definite || of_name.empty()) continue;
    // "Jim Mattis, the secretary of defense": an apposition names its own person.
    if (!possessive && qf >= 2 && a.tokens[qf - 2].norm == "," && person_end[qf - 2]) continue;
    const std::string phrase(a.text(Span{a.tokens[c.first_token].span.begin, a.tokens[e - 1].span.end}));
    // A place's office (rule A71) names only a holder of that office there.
    const SameOffices same = same_offices(a, lex, phrase, nullptr, c.first_token);
    const auto holds = [&](std::int32_t p) { return is_person(a, p) && (!place || office_of_place(a, lex, p, same, of_name)); };
    std::int32_t person = role_holder_of(a, same, of_name, qf);
    if (place && !holds(person)) {
      person = role_holder_of(a, same, "", qf);  // the gazetteer's office of another place name
      if (!holds(person)) continue;
    } else if (!is_person(a, person)) {
      continue;
    }
    out.push_back(RolePhrase{possessive ? qf : qf - 1, e, person});
  }
  std::sort(out.begin(), out.end(), [](const RolePhrase& x, const RolePhrase& y) { return x.first < y.first; });
  return out;
}

// ---- Resolver -----------------------------------------------------------------------

Resolver::Resolver(Annotation& ann, const Lexicons& lexicons, Mode mode)
    : a(ann), lex(lexicons), mention_at(ann.tokens.size(), -1), mention_cover(ann.tokens.size(), -1),
      reference_at(ann.tokens.size(), -1), in_direct(ann.tokens.size(), 0), sentence_of(ann.tokens.size(), 0), mode_(mode) {
  fill_mention_maps();
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
    const auto first = static_cast<std::ptrdiff_t>(a.sentences[si].first_token);
    const auto end = static_cast<std::ptrdiff_t>(a.sentences[si].end_token);
    if (first < end) std::fill(sentence_of.begin() + first, sentence_of.begin() + end, si);
  }
}

// std::fill over ranges read once: a store into these int32/uint32 vectors may alias a
// Mention's or Sentence's uint32 bounds, which a plain loop reloads at every token.
void Resolver::fill_mention_maps() {
  had_references_ = false;
  for (const std::uint32_t mi : a.mentions_in_text_order()) {
    const Mention& m = a.mentions[mi];
    const auto first = static_cast<std::ptrdiff_t>(m.first_token), end = static_cast<std::ptrdiff_t>(m.end_token);
    if (!m.resolved_from.empty()) {  // a reference the coreference stage resolved
      had_references_ = true;
      if (first < end) std::fill(reference_at.begin() + first, reference_at.begin() + end, static_cast<std::int32_t>(mi));
      continue;
    }
    mention_at[m.first_token] = static_cast<std::int32_t>(mi);
    if (first < end) std::fill(mention_cover.begin() + first, mention_cover.begin() + end, static_cast<std::int32_t>(mi));
  }
  mentions_built_ = a.mentions.size();
}

void Resolver::to_lookup() {
  mode_ = Mode::Lookup;
  sentence_answers_.clear();  // row 23.362: the stage's answers only
  answer_froms_.clear();
  from_ = From{};
  antecedent_ = -1;
  // The references appended since, in text order (ties: in the order added), as the
  // constructor enters them; a named mention among them, or references entered before,
  // and the maps are filled again from all mentions in text order.
  std::vector<std::uint32_t> added;
  bool named = false;
  for (std::size_t mi = mentions_built_; mi < a.mentions.size(); ++mi) {
    added.push_back(static_cast<std::uint32_t>(mi));
    named |= a.mentions[mi].resolved_from.empty();
  }
  if (named || (had_references_ && !added.empty())) {
    std::fill(mention_at.begin(), mention_at.end(), -1);
    std::fill(mention_cover.begin(), mention_cover.end(), -1);
    std::fill(reference_at.begin(), reference_at.end(), -1);
    fill_mention_maps();
    return;
  }
  std::stable_sort(added.begin(), added.end(),
                   [&](std::uint32_t x, std::uint32_t y) { return a.mentions[x].span.begin < a.mentions[y].span.begin; });
  for (const std::uint32_t mi : added) {
    const Mention& m = a.mentions[mi];
    const auto first = static_cast<std::ptrdiff_t>(m.first_token), end = static_cast<std::ptrdiff_t>(m.end_token);
    if (first < end) std::fill(reference_at.begin() + first, reference_at.begin() + end, static_cast<std::int32_t>(mi));
  }
  had_references_ = had_references_ || !added.empty();
  mentions_built_ = a.mentions.size();
}

// The subject of sentence `s` when it is a person, named ("Tillerson reiterated",
// "Russian President Vladimir Putin echoed") or described by a role ("The Russian
// foreign minister noted"); -1 otherwise, and -2 when the subject is he/she (the same
// chain: look further back).
std::int32_t Resolver::sentence_subject(const Sentence& s, std::size_t pos) {
  std::size_t t = s.first_token;
  while (t < s.end_token && (a.tokens[t].kind == TokenKind::Punct || lex.in(Words::DiscourseMarkers, a.tokens[t]) ||
                             lex.ends_in(Words::AdverbSuffixes, a.tokens[t].lower)))
    ++t;
  if (t >= s.end_token || t >= pos || in_direct[t]) return -1;
  if (lex.in(Words::SubjectPronouns, a.tokens[t])) return -2;
  std::size_t e = t;
  while (e < s.end_token && e < pos && e - t < 7 && a.tokens[e].kind == TokenKind::Word && !a.tokens[e].has(kPossessive)) ++e;
  std::string from;
  std::int32_t mention = -1;
  // The subject phrase must start the sentence: a mention at t, or a title/demonym phrase.
  // Read only without a mention at t (the phrase is then named, whatever opens it), each
  // test only when those before fail: none of them changes anything.
  const bool named = mention_cover[t] >= 0;
  std::uint32_t p = 0;
  const bool titled = !named && (lex.title_index().match(a.tokens, t, e, p) > 0 ||
                                 std::any_of(a.cues.begin(), a.cues.end(), [&](const auto& q) { return q.first_token == t; }) ||
                                 place_office_at(*this, t, e) >= 0);  // "The former Massachusetts governor" (rule A71)
  // Or pre-modifiers without a title in the lexicon: "Newspaper editor Jane Roe said";
  // not a predicate before an object (`The picture only showed Mr X`: a lower-case -ly
  // or -ed word, a copula, an acting or speech verb ends the subject).
  bool premodified = false;
  for (std::size_t k = t; k < e && !named && !titled; ++k) {
    const Token& w = a.tokens[k];
    std::uint32_t sp = 0;
    if (lex.in(Words::SpeakerPhrasePrepositions, w) || lex.in(Words::Determiners, w) || lex.in(Words::Copulas, w) ||
        lex.in(Words::ActingVerbs, w) || (!w.has(kCapitalized) && (lex.ends_in(Words::AdverbSuffixes, w.lower) || quotes::ed_form(lex, w))) ||
        lex.speech_index().match(a.tokens, k, e, sp) > 0)
      break;
    if (mention_cover[k] >= 0) {
      const Mention& m = a.mentions[static_cast<std::size_t>(mention_cover[k])];
      premodified = is_person(a, m.entity);
      // Row A1178: a body or party named right before the person's name premodifies it too
      // (`But fellow Tory Jane Roe said ...`): the person is the subject.
      if (!premodified && m.end_token < e && mention_cover[m.end_token] >= 0)
        premodified = is_person(a, a.mentions[static_cast<std::size_t>(mention_cover[m.end_token])].entity);
      break;
    }
  }
  if (!named && !titled && !premodified) return spokesman_subject(t, e);
  const std::int32_t who = noun_phrase(t, e, from, mention);
  if (!is_person(a, who)) return -1;
  antecedent_ = mention;
  return who;
}

namespace {

// The opening word of an adverbial phrase that opens the clause at `first` (after
// punctuation and discourse markers): a preposition of speaker_phrase_prepositions or a
// capitalised -ing participle (`Speaking ...`, not `But the drinking ...`), outside
// quotation marks and names. Its index, or `end` when the clause opens otherwise
// (fronted_subject(), A151; after_fronted_phrase(), A232). With `clauses`, a subordinator
// or `as` (word list attribution_as) opens a fronted clause too (rule A371: `As the race
// turned to X, Jane Roe decried Y and highlighted Z`: Roe highlights, not a name in it).
std::size_t fronted_phrase_opening(const Resolver& r, std::size_t first, std::size_t end, bool clauses = false) {
  const Annotation& a = r.a;
  std::size_t t = first;
  t = past_openers(a, r.lex, t, end);
  if (t >= end || r.in_direct[t] || r.mention_cover[t] >= 0) return end;
  const Token& w = a.tokens[t];
  const bool participle = w.has(kCapitalized) && r.lex.ends_in(Words::ParticipleSuffixes, w.lower);
  if (w.kind != TokenKind::Word ||
      (!r.lex.in(Words::SpeakerPhrasePrepositions, w) &&
       !(clauses && (r.lex.in(Words::Subordinators, w) || r.lex.in(Words::AttributionAs, w))) && !participle))
    return end;
  return t;
}

}  // namespace

// `In an interview, Jane Roe said he ...`, `Speaking in Ohio on Tuesday, Roe insisted that she
// ...` (rule A151): a sentence that opens with an adverbial phrase (a preposition or an -ing
// participle) set off by a comma has its subject after the phrase: read as sentence_subject()
// reads a sentence's first words, after one of the phrase's commas (the first that gives a
// subject; within 25 tokens, before `pos`, no quotation in the phrase). The participle is the
// sentence's first word (capitalised): `But the drinking continued, ...` opens with a subject.
// -1 none, -2 he/she.
std::int32_t Resolver::fronted_subject(const Sentence& s, std::size_t pos) {
  const std::size_t t = fronted_phrase_opening(*this, s.first_token, pos);
  if (t >= pos) return -1;
  for (std::size_t c = t + 1; c + 1 < pos && c - t < 25; ++c) {
    if (in_direct[c]) return -1;
    if (a.tokens[c].norm != ",") continue;
    Sentence tail = s;
    tail.first_token = static_cast<std::uint32_t>(c + 1);
    if (const std::int32_t who = sentence_subject(tail, pos); who != -1) return who;
  }
  return -1;
}

// `A Labour spokesman said ...`: a subject that is an unnamed official of a body (an
// article, the body's name, a word of official_nouns) speaks for the body (GUIDELINES:
// `a Home Office spokesman` is the Home Office); he/she after it is the body too, not a
// person named earlier. The body, or -1.
std::int32_t Resolver::spokesman_subject(std::size_t t, std::size_t e) {
  if (t < e && lower_in(lex, Words::Articles, a.tokens[t])) ++t;  // by its lower case: a capital `A` may be an initial
  if (t >= e || mention_at[t] < 0) return -1;
  const Mention& m = a.mentions[static_cast<std::size_t>(mention_at[t])];
  if (m.entity < 0 || m.end_token >= e) return -1;
  const EntityType type = a.entities[static_cast<std::size_t>(m.entity)].type;
  if (type != EntityType::Organization && type != EntityType::Country) return -1;
  for (std::size_t k = m.end_token; k < e && k < m.end_token + 2; ++k) {
    if (!lex.in(Words::OfficialNouns, a.tokens[k])) continue;
    antecedent_ = mention_at[t];
    return m.entity;
  }
  return -1;
}

// `Jane Roe, who told CNN he ...`, `Roe said on Thursday that he ...` (rule A153): he/she
// in the clause reported by a speech verb of its own sentence (up to five words between,
// no punctuation, quotation or person named; no passive) is that verb's subject when it is
// a person who agrees; -1 otherwise (the sentences before decide).
std::int32_t Resolver::reporter_of(std::size_t pos) {
  const Sentence& s = a.sentences[sentence_of[pos]];
  for (std::size_t k = pos; k > s.first_token && pos - k < 6; --k) {
    const Token& t = a.tokens[k - 1];
    if (in_direct[k - 1] || t.kind != TokenKind::Word) return -1;
    // A person named between (`asked Trump how he`, `told Mr. Obama as he`) may be meant.
    if (const std::int32_t mi = mention_cover[k - 1]; mi >= 0 && is_person(a, a.mentions[static_cast<std::size_t>(mi)].entity))
      return -1;
    std::uint32_t p = 0;
    const std::size_t n = lex.speech_index().match(a.tokens, k - 1, pos, p);
    if (!n || lex.speech_cues()[p].kind != SpeechCue::Kind::Verb) continue;
    std::size_t b = k - 1;  // a passive (`X's support was first noted when he`) reports nobody
    while (b > s.first_token && lex.ends_in(Words::AdverbSuffixes, a.tokens[b - 1].lower)) --b;
    if (b > s.first_token && lex.in(Words::Copulas, a.tokens[b - 1])) return -1;
    std::string from;
    std::int32_t mention = -1;
    const std::int32_t who = subject_of(k - 1, s.first_token, from, mention);
    if (!is_person(a, who) || !agrees(pos, who)) return -1;
    if (mention >= 0) antecedent_ = mention;
    return who;
  }
  return -1;
}

// He/she right after a relative word (word list relative_words: `a system that he said has
// failed`, `the plan, which she said ...`) in a sentence whose subject is no person of its sex
// (rule A1035): the nearest agreeing person before it in the sentence (nearest_agreeing()).
// Not when the sentence holds an agreeing he/she before it (the chain goes on through that
// one) or opens on an agreeing his/her (`His choice of Tom Smith shows that he ...`), and
// never the person a `who`/`whom` stands for (relative_antecedent(): `Tom Smith, whom he
// ...`). `Opposition was at the heart of Tom Smith's critique of a system that he said has
// failed` is Smith's, not the subject of the sentence before. -1 when none holds.
std::int32_t Resolver::relative_clause_binder(std::size_t pos) {
  const Sentence& s = a.sentences[sentence_of[pos]];
  const std::size_t first = s.first_token;
  if (pos < first + 2 || !lex.in(Words::RelativeWords, a.tokens[pos - 1])) return -1;
  std::size_t t = first;
  t = past_openers(a, lex, t, pos);
  if (t < pos && lex.in(Words::PersonPossessives, a.tokens[t]) && agrees_in_form(pos, t)) return -1;
  // who/whom: a relative word that is no complementizer (`that`) and no body's (`which`)
  for (std::size_t k = pos - 1; k > first; --k)
    if (!in_direct[k - 1] && lex.in(Words::SubjectPronouns, a.tokens[k - 1]) && agrees_in_form(pos, k - 1)) return -1;
  const std::int32_t own = relative_antecedent(pos - 1);
  const std::int32_t saved = antecedent_;
  antecedent_ = -1;
  std::int32_t who = -1;
  for (std::size_t k = pos; k > first; --k) {  // nearest_agreeing(), past the who/whom's own
    const std::int32_t mi = mention_at[k - 1];
    if (mi < 0 || mi == own || in_direct[k - 1]) continue;
    const std::int32_t e = a.mentions[static_cast<std::size_t>(mi)].entity;
    if (is_person(a, e) && agrees(pos, e)) {
      if (coordinated_person(mi)) break;  // `A, B and C about rumours that he`: which one?
      antecedent_ = mi;
      who = e;
      break;
    }
  }
  if (who < 0) antecedent_ = saved;
  return who;
}

// Whether the person's mention mi is a later conjunct of a list of people: a coordinator
// (word list coordinators) at most four words before it, none of them a preposition (its
// title: `and party leader Jane Roe`; not `and sent to Jane Roe`), and a person's mention
// ending at most five words before that (`Tom Smith, Jane Doe and ...`, `Mr Roe and Mr Doe`).
bool Resolver::coordinated_person(std::int32_t mi) const {
  const std::size_t first = a.sentences[sentence_of[a.mentions[static_cast<std::size_t>(mi)].first_token]].first_token;
  std::size_t k = a.mentions[static_cast<std::size_t>(mi)].first_token;
  for (std::size_t n = 0; k > first && n < 5; --k, ++n) {
    const Token& t = a.tokens[k - 1];
    if (lex.in(Words::Coordinators, t)) break;
    if (t.kind != TokenKind::Word || mention_cover[k - 1] >= 0 || lex.in(Words::SpeakerPhrasePrepositions, t)) return false;
  }
  if (k <= first || !lex.in(Words::Coordinators, a.tokens[k - 1])) return false;
  for (std::size_t j = k - 1, n = 0; j > first && n < 6; --j, ++n) {
    const std::int32_t other = mention_cover[j - 1];
    if (other >= 0) return is_person(a, a.mentions[static_cast<std::size_t>(other)].entity);
    if (a.tokens[j - 1].kind != TokenKind::Word) return false;
  }
  return false;
}

// The named person a `who`/`whom` at token r stands for (a relative word that is no
// complementizer and no body's relative: word lists declarative_complementizers,
// body_relatives), or -1: after prepositions (`to whom`), the name set off right before it
// by a comma or a dash (`Tom Smith, whom ...`), or before an appositive of an article and
// lower-case words set off so (`Jane Roe, the nun to whom ...`). A common noun right
// before (`the clients for whom`, `people with whom`) names no one: -1.
std::int32_t Resolver::relative_antecedent(std::size_t r) const {
  if (lex.in(Words::DeclarativeComplementizers, a.tokens[r]) || lex.in(Words::BodyRelatives, a.tokens[r])) return -1;
  const std::size_t first = a.sentences[sentence_of[r]].first_token;
  std::size_t k = r;
  while (k > first && lex.in(Words::SpeakerPhrasePrepositions, a.tokens[k - 1])) --k;
  const auto set_off = [&](std::size_t j) { return a.tokens[j].kind == TokenKind::Punct && (a.tokens[j].norm == "," || dash_at(a, j, r + 1)); };
  if (k > first && a.tokens[k - 1].kind == TokenKind::Word && !a.tokens[k - 1].has(kCapitalized) && mention_cover[k - 1] < 0) {
    std::size_t j = k;  // an appositive: lower-case words after an article
    while (j > first && j + 4 > k && a.tokens[j - 1].kind == TokenKind::Word && !a.tokens[j - 1].has(kCapitalized) &&
           !lex.in(Words::Articles, a.tokens[j - 1]))
      --j;
    if (j <= first || !lex.in(Words::Articles, a.tokens[j - 1])) return -1;
    k = j - 1;
  }
  if (k <= first + 1 || !set_off(k - 1)) return -1;
  const std::int32_t mi = mention_cover[k - 2];
  return mi >= 0 && is_person(a, a.mentions[static_cast<std::size_t>(mi)].entity) ? mi : -1;
}

// Whether the pronoun or possessive at k has the sex of the he/she at pos (male_words and
// male_possessive_pronouns against female_words and female_object_pronouns).
bool Resolver::agrees_in_form(std::size_t pos, std::size_t k) const {
  const auto male = [&](const Token& t) { return lex.in(Words::MaleWords, t) || lex.in(Words::MalePossessivePronouns, t); };
  const auto female = [&](const Token& t) { return lex.in(Words::FemaleWords, t) || lex.in(Words::FemaleObjectPronouns, t); };
  return (male(a.tokens[pos]) && male(a.tokens[k])) || (female(a.tokens[pos]) && female(a.tokens[k]));
}

// Row 23.362: the answer of `ask` (a look-up of earlier sentence `sentence` by pronoun()'s
// walk back, which the pronouns after it ask again) computed once per look-up and sentence
// at the top of the recursion (pronoun() called from outside it, no body chain), with its
// effect on antecedent_ (a value written, or none: kUntouched while it runs) and on from_
// (set_from() counted) played back on each later call, so every call leaves the Resolver
// as asking afresh would; deeper calls ask afresh. Made-up
// example: `Tom Smith spoke. Jane Roe nodded. He left. He smiled.`: the second `He` reads
// the subjects of `Tom Smith spoke.` and `Jane Roe nodded.` from the first one's answers.
namespace {
constexpr std::int32_t kUntouched = std::numeric_limits<std::int32_t>::min();
}  // namespace

template <class Ask>
std::int32_t Resolver::remembered(std::uint32_t lookup, std::uint32_t sentence, Ask&& ask) {
  if (pronoun_depth_ != 1 || body_chain_depth_ != 0) return ask();  // deeper: asked afresh
  if (sentence_answers_.empty()) sentence_answers_.resize(2 * a.sentences.size());
  SentenceAnswer& slot = sentence_answers_[2 * std::size_t{sentence} + lookup];
  if (slot.asked) {
    if (slot.antecedent != kUntouched) antecedent_ = slot.antecedent;
    if (slot.from >= 0) {
      from_ = answer_froms_[static_cast<std::size_t>(slot.from)];
      ++from_sets_;
    }
    return slot.who;
  }
  const std::int32_t saved = antecedent_;
  const std::uint32_t sets = from_sets_;
  antecedent_ = kUntouched;
  const std::int32_t who = ask();
  SentenceAnswer& now = sentence_answers_[2 * std::size_t{sentence} + lookup];
  now.asked = true;
  now.who = who;
  now.antecedent = antecedent_;
  if (from_sets_ != sets) {
    now.from = static_cast<std::int32_t>(answer_froms_.size());
    answer_froms_.push_back(from_);
  }
  if (antecedent_ == kUntouched) antecedent_ = saved;
  return who;
}

std::int32_t Resolver::pronoun(std::size_t pos) {
  if (pos >= sentence_of.size() || pronoun_depth_ > 2) return -1;
  if (mode_ == Mode::Lookup) {  // what the coreference stage resolved here
    const Mention* ref = reference(pos, kPronounRule);
    antecedent_ = ref ? ref->antecedent : -1;
    return ref ? ref->entity : -1;
  }
  const RecursionDepth depth(pronoun_depth_);
  if (const std::int32_t reporter = reporter_of(pos); reporter >= 0) return reporter;
  const std::uint32_t here = sentence_of[pos];
  const std::uint32_t para = a.sentences[here].paragraph;
  for (std::uint32_t si = here + 1; si > 0; --si) {
    const Sentence& s = a.sentences[si - 1];
    if (s.paragraph + 2 < para) break;  // no further than two paragraphs back
    if (s.furniture || s.duplicate) continue;
    if (si - 1 < here)
      if (std::int32_t m = -1, later = coordinated_speaker(*this, s, m); later >= 0 && agrees(pos, later)) {
        antecedent_ = m;
        return later;
      }
    // An earlier sentence's subject does not depend on pos (it ends before it): row 23.362.
    std::int32_t who = si - 1 < here && mode_ == Mode::Stage
                           ? remembered(0, si - 1, [&] { return sentence_subject(s, pos); })
                           : sentence_subject(s, pos);
    if (who == -1) who = fronted_subject(s, pos);
    if (who >= 0 && agrees(pos, who)) return who;
    if (si - 1 == here && who != -2)
      if (const std::int32_t bound = relative_clause_binder(pos); bound >= 0) return bound;
    // Failing a subject, the person who spoke last in that sentence (`"Q," X said.`).
    if (who == -1 && si - 1 < here)
      if (const std::int32_t spoke = mode_ == Mode::Stage ? remembered(1, si - 1, [&] { return last_speaker_in(si - 1); })
                                                          : last_speaker_in(si - 1);
          spoke >= 0 && agrees(pos, spoke))
        return spoke;
  }
  // Failing all of these, the last agreeing person mentioned before, outside a direct
  // quote: scanned back only now, as the sentences above usually answer.
  antecedent_ = -1;
  for (std::size_t k = pos; k > 0; --k) {
    const std::int32_t mi = mention_at[k - 1];
    if (mi < 0 || in_direct[k - 1]) continue;
    const std::int32_t e = a.mentions[static_cast<std::size_t>(mi)].entity;
    if (is_person(a, e) && agrees(pos, e)) {
      antecedent_ = mi;
      return e;
    }
  }
  return -1;
}

std::int32_t Resolver::last_speaker_in(std::uint32_t sentence) {
  if (mode_ == Mode::Stage) return speech_verb_speaker_in(sentence, 0);
  std::int32_t who = -1;
  for (const auto& q : a.quotes)
    if (q.sentence == sentence && is_person(a, q.speaker)) {
      who = q.speaker;
      antecedent_ = q.speaker_mention;
    }
  return who;
}

Sex Resolver::sex_of(std::int32_t entity) {
  if (!is_person(a, entity)) return Sex::Unknown;
  const auto ei = static_cast<std::size_t>(entity);
  if (sex_.size() < a.entities.size()) sex_.resize(a.entities.size(), 0);
  if (sex_[ei] != 0) return static_cast<Sex>(sex_[ei] - 1);
  auto word_sex = [&](const Token& t) {
    if (lex.in(Words::MaleWords, t)) return Sex::Male;
    if (lex.in(Words::FemaleWords, t)) return Sex::Female;
    return Sex::Unknown;
  };
  // Two votes, honorifics first: a disagreement within one leaves it undecided.
  Sex by_title = Sex::Unknown, by_name = Sex::Unknown;
  bool title_clash = false, name_clash = false;
  auto vote = [](Sex& into, bool& clash, Sex s) {
    if (s == Sex::Unknown) return;
    if (into != Sex::Unknown && into != s) clash = true;
    into = s;
  };
  for (const std::uint32_t mi : a.entities[ei].mentions) {
    const Mention& m = a.mentions[mi];
    if (m.first_token >= a.tokens.size() || !m.resolved_from.empty()) continue;  // names vote, not `he`
    if (m.first_token > 0) vote(by_title, title_clash, word_sex(a.tokens[m.first_token - 1]));
    vote(by_title, title_clash, word_sex(a.tokens[m.first_token]));
    // The first word that is no honorific is the given name when a surname follows it
    // (a surname alone, `Clinton`, says nothing).
    for (auto k = m.first_token; k + 1 < m.end_token; ++k) {
      if (a.tokens[k].kind != TokenKind::Word || word_sex(a.tokens[k]) != Sex::Unknown) continue;
      vote(by_name, name_clash, lex.given_name_sex(a.tokens[k].norm));
      break;
    }
  }
  const std::string_view canonical = a.entities[ei].canonical;
  if (const auto sp = canonical.find(' '); sp != std::string_view::npos)
    vote(by_name, name_clash, lex.given_name_sex(canonical.substr(0, sp)));
  // A nickname the given-name data lacks (rule A152): the given names of the gazetteer
  // entry's aliases vote (`Bernie Sanders` is also `Bernard Sanders`).
  if (by_name == Sex::Unknown && !a.entities[ei].gazetteer_id.empty())
    if (const auto* g = lex.entry_by_id(a.entities[ei].gazetteer_id))
      for (const std::string& alias : g->aliases)
        if (const auto sp = alias.find(' '); sp != std::string::npos)
          vote(by_name, name_clash, lex.given_name_sex(std::string_view(alias).substr(0, sp)));
  Sex sex = Sex::Unknown;
  if (!title_clash && by_title != Sex::Unknown) sex = by_title;
  else if (!title_clash && !name_clash) sex = by_name;
  sex_[ei] = static_cast<std::int8_t>(static_cast<int>(sex) + 1);
  return sex;
}

bool Resolver::agrees(std::size_t pronoun_token, std::int32_t entity) {
  if (pronoun_token >= a.tokens.size()) return true;
  const Token& t = a.tokens[pronoun_token];
  // him/her (word lists male_object_pronouns, female_object_pronouns) agree as he/she do: the
  // stage resolves neither; relations resolve an object pronoun through pronoun().
  // His agrees as he does (word list male_possessive_pronouns, rule A670).
  const bool male = lex.in(Words::MaleWords, t) || lex.in(Words::MaleObjectPronouns, t) || lex.in(Words::MalePossessivePronouns, t);
  const bool female = lex.in(Words::FemaleWords, t) || lex.in(Words::FemaleObjectPronouns, t);
  const Sex want = male ? Sex::Male : female ? Sex::Female : Sex::Unknown;
  if (want == Sex::Unknown) return true;
  const Sex have = sex_of(entity);
  return have == Sex::Unknown || have == want;
}

namespace {

// The reading of the title at tokens [k, k + n) qualified by `qualifier` (a place when
// `place`; "" none) in a phrase from token `pos` (rules role-phrase, official-of-country):
// the holder of the office, unknown, or unnamed officials of the qualifier's country.
// `same`: same_offices() of the title's text.
OfficeReading read_office(const Annotation& a, const Lexicons& lex, std::size_t k, std::size_t n, std::string qualifier,
                          bool place, std::size_t pos, const SameOffices& same) {
  OfficeReading o;
  o.title_first = static_cast<std::uint32_t>(k);
  o.title_end = static_cast<std::uint32_t>(k + n);
  o.qualifier = std::move(qualifier);
  o.place = place;
  // Without a qualifier only an office the text states names its holder (rule A35): a
  // bare `the senator` is no senator the gazetteer knows from elsewhere.
  // A place names the holder of its office (office_of_place()); failing that, the office
  // the text states, as without a qualifier.
  std::int32_t person = role_holder_of(a, same, o.qualifier, pos);
  bool holds = person >= 0 && (place ? office_of_place(a, lex, person, same, o.qualifier)
                                     : !o.qualifier.empty() || stated_office(a, person, same));
  if (!holds && place) {
    person = role_holder_of(a, same, "", pos);
    holds = person >= 0 && (office_of_place(a, lex, person, same, o.qualifier) || stated_office(a, person, same));
  }
  // Unnamed officials speak for their state: "Russian officials", "A senior Russian official".
  // A person described by a place's office held by nobody named: unknown, not the place
  // (officials of a state still speak for it, step 3 of noun_phrase()).
  const bool official = lex.in(Words::OfficialNouns, a.tokens[k + n - 1]);
  if (holds) o.person = person;
  else if (place) o.unknown = !official;
  else o.officials = !o.qualifier.empty() && official;
  return o;
}

// The first official or state-body noun (word lists official_nouns, state_body_nouns) in
// tokens [k, e), or e.
std::size_t official_noun(const Annotation& a, const Lexicons& lex, std::size_t k, std::size_t e) {
  while (k < e && !lex.in(Words::OfficialNouns, a.tokens[k]) && !lex.in(Words::StateBodyNouns, a.tokens[k])) ++k;
  return k;
}

// The qualifiers a phrase in sentence `si` may give a title at token k (role_phrase()):
// none, a demonym before it, or a country or place named before it, each once.
// `demonyms`: the demonym cues of a.cues, in order.
std::vector<std::pair<std::string, bool>> qualifiers_before(const Resolver& r, const std::vector<const Cue*>& demonyms,
                                                            std::uint32_t si, std::size_t k) {
  const Annotation& a = r.a;
  const std::uint32_t first = a.sentences[si].first_token;
  std::vector<std::pair<std::string, bool>> out{{std::string(), false}};
  auto add = [&](const std::string& q, bool place) {
    if (std::find(out.begin(), out.end(), std::pair<std::string, bool>(q, place)) == out.end()) out.emplace_back(q, place);
  };
  for (const Cue* c : demonyms)
    if (c->first_token >= first && c->end_token <= k) add(c->value, false);
  for (std::size_t j = first; j < k; ++j) {
    const std::int32_t mi = r.mention_cover[j];
    if (mi < 0 || (j > first && r.mention_cover[j - 1] == mi)) continue;
    const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
    const Entity& q = a.entities[static_cast<std::size_t>(m.entity)];
    if (m.end_token <= k && (q.type == EntityType::Country || q.type == EntityType::Location))
      add(q.canonical, q.type == EntityType::Location);
  }
  return out;
}

// The text of the title at tokens [k, k + n).
std::string_view title_text(const Annotation& a, std::size_t k, std::size_t n) {
  return a.text(Span{a.tokens[k].span.begin, a.tokens[k + n - 1].span.end});
}

// The first token in [k, e) where the title index may match: one whose lower-case form is
// not interned (looked up by match()) or is the first word of a title (the word bit
// kTitleFirst, which the title PhraseIndex tests the same way: lexicon.cpp builds it
// with make_phrase_index(kTitleFirst, ...)); e when none. A walk over the tokens alone,
// four at a step (token_walk.hpp next_token_where(), row 23.444; few tokens are title
// starts). Row 23.466: append_title_starts() walks a document's tokens with it once, for
// the list that titles_in_text() and record_offices() read.
std::size_t next_title_start(const std::vector<Token>& tokens, std::size_t k, std::size_t e) {
  return next_token_where(tokens.data(), k, e,
                          [](const Token& t) { return t.lid == Vocab::kUnset || (t.lbits & Lexicons::kTitleFirst) != 0; });
}

}  // namespace

void list_title_starts(Annotation& a) {
  if (a.title_starts_listed) return;
  a.title_starts.clear();
  append_title_starts(a.tokens, a.title_starts);
  a.title_starts_listed = true;
}

void Resolver::record_offices() {
  list_title_starts(a);  // listed by the roles stage, unless it did not run
  std::vector<const Cue*> demonyms;
  for (const Cue& c : a.cues)
    if (c.kind == Cue::Kind::Demonym) demonyms.push_back(&c);
  std::vector<std::string> held;  // the role facts' titles in lower case (same_offices())
  held.reserve(a.roles.size());
  for (const RoleFact& r : a.roles) held.push_back(to_lower(r.title));
  // Locals for the scan of every token (no reloading through `a` and `lex` per token).
  const std::vector<Token>& tokens = a.tokens;
  const PhraseIndex& title_index = lex.title_index();
  const std::size_t n_tokens = tokens.size();
  // Row 23.466: the title starts the roles stage listed (list_title_starts()), sentence by sentence.
  const std::vector<std::uint32_t>& starts = a.title_starts;
  std::size_t at = 0;
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    for (at = first_start_from(starts, at, s.first_token); at < starts.size() && starts[at] < s.end_token; ++at) {
      const std::size_t k = starts[at];
      std::uint32_t p = 0;
      const std::size_t longest = title_index.match(tokens, k, n_tokens, p);
      if (longest == 0) continue;
      const auto qualifiers = qualifiers_before(*this, demonyms, si, k);
      // Every title a phrase ending within it may read at k: `Secretary` and `Secretary of State`.
      for (std::size_t n = 1; n <= longest; ++n) {
        if (lex.post_title(tokens, k, k + n, p) != n) continue;
        const SameOffices same = same_offices(a, lex, title_text(a, k, n), &held, k);
        for (const auto& [qualifier, place] : qualifiers) {
          OfficeReading o = read_office(a, lex, k, n, qualifier, place, s.first_token, same);
          if (o.person < 0 && !o.unknown && !o.officials) continue;
          o.sentence = si;
          a.office_readings.push_back(std::move(o));
        }
      }
    }
  }
  for (std::size_t ci = 0; ci < a.cues.size(); ++ci) {
    const Cue& c = a.cues[ci];
    if (c.kind != Cue::Kind::Demonym || c.end_token >= a.tokens.size()) continue;
    const std::size_t end = a.sentences.empty() ? a.tokens.size() : a.sentences[sentence_of[c.end_token]].end_token;
    if (const std::size_t k = official_noun(a, lex, c.end_token, end); k < end)
      a.officials.push_back(OfficialsPhrase{static_cast<std::uint32_t>(ci), static_cast<std::uint32_t>(k)});
  }
}

namespace {

// A country or organisation named in tokens [b, k) before a title (`A Labour spokesman`,
// `the Green Party's health spokesman`, `senior US economist`) is the
// body of the post: its holder must hold a post there, or one of no body, by a role fact
// (the holder of the same title in another party is somebody else). True when none is named.
bool post_in_named_body(const Annotation& a, const std::vector<std::int32_t>& mention_at, std::size_t b, std::size_t k,
                        std::int32_t person) {
  std::int32_t body = -1;
  for (std::size_t t = b; t < k; ++t)
    if (const std::int32_t mi = mention_at[t]; mi >= 0) {
      const std::int32_t e = a.mentions[static_cast<std::size_t>(mi)].entity;
      const EntityType type = e >= 0 ? a.entities[static_cast<std::size_t>(e)].type : EntityType::Unknown;
      if (type == EntityType::Country || type == EntityType::Organization) body = e;
    }
  if (body < 0) return true;
  const std::string& name = a.entities[static_cast<std::size_t>(body)].canonical;
  return std::any_of(a.roles.begin(), a.roles.end(), [&](const RoleFact& f) {
    return f.person == person && (f.of == body || f.of_name.empty() || f.of_name == name);
  });
}

}  // namespace

// The reading of the title at [k, k + n) in a phrase from token b (read_office()); in
// Lookup mode the coreference stage's (record_offices()), none when it recorded none.
OfficeReading Resolver::office(std::size_t k, std::size_t n, const std::string& qualifier, bool place, std::size_t b) {
  if (mode_ != Mode::Lookup)
    return read_office(a, lex, k, n, qualifier, place, b, same_offices(a, lex, title_text(a, k, n), nullptr, k));
  const auto& rs = a.office_readings;
  auto it = std::lower_bound(rs.begin(), rs.end(), k, [](const OfficeReading& o, std::size_t t) { return o.title_first < t; });
  for (; it != rs.end() && it->title_first == k; ++it)
    if (it->title_end == k + n && it->sentence == sentence_of[b] && it->place == place && it->qualifier == qualifier) return *it;
  return OfficeReading{};
}

std::int32_t Resolver::role_phrase(std::size_t b, std::size_t e, std::int32_t first_named, std::string& from) {
  if (mode_ == Mode::Lookup)  // the stage's reference over exactly these tokens, when it wrote one
    if (const Mention* ref = reference(b, kRolePhraseRule); ref && ref->end_token == e) {
      set_from(ref->span, kRolePhraseRule, ref->antecedent);
      from = ref->resolved_from;
      return ref->entity;
    }
  for (std::size_t k = b; k < e; ++k) {
    const std::size_t n = lex.post_title(a.tokens, k, e);
    if (n == 0) continue;
    std::string qualifier;
    for (const auto& cue : a.cues)
      if (cue.kind == Cue::Kind::Demonym && cue.first_token >= b && cue.end_token <= k) qualifier = cue.value;
    bool place = false;  // a state or region: `the Vermont senator` (rule A71)
    if (qualifier.empty() && first_named >= 0 && a.mentions[static_cast<std::size_t>(first_named)].end_token <= k) {
      const Entity& q = a.entities[static_cast<std::size_t>(a.mentions[static_cast<std::size_t>(first_named)].entity)];
      place = q.type == EntityType::Location;
      if (q.type == EntityType::Country || place) qualifier = q.canonical;
    }
    // A place's office in the possessive before a head that holds no post (rule A951: `the
    // Ohio senator's allies say`: the allies speak) is unknown, never the place; before a
    // word of official_nouns (`the Ohio senator's spokesman said`) or a title the holder
    // speaks through them, and the reading goes on; so it does before a campaign (word list
    // party_side_words: `the Ohio senator's campaign said` is the senator, GUIDELINES: a
    // campaign is its candidate; rule A1037). Other heads are unknown too, among them
    // `office` (s54-mendsA: left).
    if (place && k + n + 1 < e && a.tokens[k + n].has(kPossessive) && !lex.in(Words::OfficialNouns, a.tokens[k + n + 1]) &&
        !lex.in(Words::PartySideWords, a.tokens[k + n + 1])) {
      std::uint32_t q = 0;
      if (lex.title_index().match(a.tokens, k + n + 1, e, q) == 0) return -2;
    }
    const Span surface{a.tokens[b].span.begin, a.tokens[e - 1].span.end};
    const OfficeReading o = office(k, n, qualifier, place, b);
    if (o.person >= 0 && !o.officials && !post_in_named_body(a, mention_at, b, k, o.person)) return -1;
    if (o.person >= 0 || o.officials) {
      set_from(surface, o.officials ? kOfficialOfCountryRule : kRolePhraseRule, -1);
      from = std::string(a.text(surface));
      return o.officials ? implied_country(a, lex, qualifier) : o.person;
    }
    if (place) return o.unknown ? -2 : -1;
    // Row A1175: a bare title the stage resolved (A350: a holder only the gazetteer gives,
    // no office reading) inside a longer phrase, a word before it or auxiliaries and -ly
    // adverbs after it: `Tony Blair and Gordon Brown spoke. Later the chancellor said`,
    // `The chancellor has said` -> Brown. Not before another noun (`the chancellor's allies`).
    if (mode_ == Mode::Lookup) {
      std::size_t t = e;
      while (t > k + n && (lex.in(Words::SubjectGapWords, a.tokens[t - 1]) || lex.ends_in(Words::AdverbSuffixes, a.tokens[t - 1].lower))) --t;
      const Mention* ref = t == k + n && reference_at[k + n - 1] >= 0 ? &a.mentions[static_cast<std::size_t>(reference_at[k + n - 1])] : nullptr;
      if (ref && ref->coreference_rule == kRolePhraseRule && ref->end_token == k + n && ref->first_token >= b) {
        set_from(ref->span, kRolePhraseRule, ref->antecedent);
        from = ref->resolved_from;
        return ref->entity;
      }
    }
    break;
  }
  return -1;
}

// Demonym + officials without a title: "Russian officials", "Russian authorities"; in
// Lookup mode the official noun is the stage's (Annotation::officials).
std::int32_t Resolver::demonym_officials(std::size_t b, std::size_t e, std::string& from) {
  for (std::uint32_t ci = 0; ci < a.cues.size(); ++ci) {
    const Cue& cue = a.cues[ci];
    if (cue.kind != Cue::Kind::Demonym || cue.first_token < b || cue.end_token > e) continue;
    std::size_t noun = e;
    if (mode_ != Mode::Lookup) {
      noun = official_noun(a, lex, cue.end_token, e);
    } else if (const auto it = std::lower_bound(a.officials.begin(), a.officials.end(), ci,
                                                [](const OfficialsPhrase& o, std::uint32_t c) { return o.cue < c; });
               it != a.officials.end() && it->cue == ci) {
      noun = it->noun;
    }
    if (noun >= e) continue;
    const Span surface{a.tokens[b].span.begin, a.tokens[e - 1].span.end};
    set_from(surface, kOfficialOfCountryRule, -1);
    from = std::string(a.text(surface));
    return implied_country(a, lex, cue.value);
  }
  return -1;
}

// Whether the country `name` is named (a mention of its entity) before token k.
bool Resolver::country_named_before(const std::string& name, std::size_t k) const {
  for (const Entity& e : a.entities) {
    if (e.type != EntityType::Country || e.canonical != name) continue;
    for (const std::uint32_t mi : e.mentions)
      if (a.mentions[mi].end_token <= k) return true;
  }
  return false;
}

// `The Saudis have warned`, `when the Germans announce` (rule A680): the phrase ends on
// the definite article and a plural demonym (its last word ends in -s) of a country, only
// auxiliaries and adverbs after it (subject_gap_words, -ly), the article opening the phrase
// or right after a subordinator or `that`: the people named as a whole stand for their
// state, as its officials do (GUIDELINES: a country speaks), when the country is named
// before it in the document (`Seven Iraqis seized a plane ... The Iraqis claimed`: a group
// of people, no state). Not without the article (`Russians now say`: a poll of the
// people), not a singular or a region's demonym. The country, or -1.
std::int32_t Resolver::plural_demonym(std::size_t b, std::size_t e, std::string& from) {
  while (e > b && (lex.in(Words::SubjectGapWords, a.tokens[e - 1]) || lex.ends_in(Words::AdverbSuffixes, a.tokens[e - 1].lower))) --e;
  if (e < b + 2 || in_direct[e - 1]) return -1;
  const std::string_view last = a.tokens[e - 1].lower;
  if (last.size() < 2 || last.back() != 's') return -1;
  for (const Cue& cue : a.cues) {
    if (cue.kind != Cue::Kind::Demonym || cue.end_token != e || cue.first_token < b + 1) continue;
    const std::size_t art = cue.first_token - 1;
    if (!lex.in(Words::DefiniteArticles, a.tokens[art])) return -1;
    if (art > b && !lex.in(Words::Subordinators, a.tokens[art - 1]) && !lex.in(Words::DeclarativeComplementizers, a.tokens[art - 1]))
      return -1;
    if (!country_named_before(cue.value, art)) return -1;
    const Span surface{a.tokens[art].span.begin, a.tokens[e - 1].span.end};
    set_from(surface, kOfficialOfCountryRule, -1);
    from = std::string(a.text(surface));
    return implied_country(a, lex, cue.value);
  }
  return -1;
}

// He/she in [b, e): the surface is the pronoun (an antecedent resolved through a role
// phrase may move it there, as the speaker's surface has always done).
std::int32_t Resolver::pronoun_in(std::size_t b, std::size_t e, std::string& from) {
  for (std::size_t k = b; k < e; ++k) {
    if (!lex.in(Words::SubjectPronouns, a.tokens[k])) continue;
    from = std::string(a.tokens[k].norm);
    set_from(a.tokens[k].span, kPronounRule, -1);
    antecedent_ = -1;
    const std::int32_t who = pronoun(k);
    if (from_.rule == kPronounRule) from_.antecedent = antecedent_;
    return who;
  }
  return -1;
}

// His/her at token k (word lists male_possessive_pronouns, female_object_pronouns), the
// possessor of a statement noun (rule A670): resolved as he/she is (pronoun()); Lookup:
// the stage's unwritten reference there (none: unknown). The surface is the pronoun.
std::int32_t Resolver::possessive_pronoun(std::size_t k, std::string& from) {
  const Token& t = a.tokens[k];
  if (!lex.in(Words::MalePossessivePronouns, t) && !lex.in(Words::FemaleObjectPronouns, t)) return -1;
  if (mode_ == Mode::Lookup) {
    for (const Mention& u : a.unwritten_references)
      if (u.first_token == k && u.end_token == k + 1 && u.coreference_rule == kPronounRule) {
        from = std::string(t.norm);
        set_from(u.span, kPronounRule, u.antecedent);
        return u.entity;
      }
    return -1;
  }
  from = std::string(t.norm);
  set_from(t.span, kPronounRule, -1);
  antecedent_ = -1;
  std::int32_t who = nearest_agreeing(k);
  if (who == -1) who = pronoun(k);
  from_.antecedent = antecedent_;
  return who < 0 ? -1 : who;
}

// His/her at token k, up to two lower-case premodifiers, then a noun of official_nouns or
// party_side_words (`his campaign`, `her spokesman`, `his presidential campaign`, `his
// camp`; rule A1036): the body or the person speaking for the possessor, whom GUIDELINES
// name (`the Sanders campaign said` is the candidate), as a name's `'s` already gives
// (`Roe's campaign said`). The token after the noun, or 0 when the phrase at k is none.
std::size_t Resolver::owner_body_end(std::size_t k, std::size_t end) const {
  if (k >= end || (!lex.in(Words::MalePossessivePronouns, a.tokens[k]) && !lex.in(Words::FemaleObjectPronouns, a.tokens[k]))) return 0;
  for (std::size_t j = k + 1; j < end && j < k + 4; ++j) {
    const Token& t = a.tokens[j];
    if (t.kind != TokenKind::Word || t.has(kCapitalized) || in_direct[j] || mention_cover[j] >= 0 || t.has(kPossessive)) return 0;
    if (lex.in(Words::OfficialNouns, t) || lex.in(Words::PartySideWords, t)) return j + 1;
  }
  return 0;
}

// Whether a clause's subject may open at token k: the sentence's first word (after
// punctuation and discourse markers), or a word after punctuation, a coordinator, a
// subordinator or `that` (word lists coordinators, subordinators,
// declarative_complementizers); not after a preposition or a noun (`sources close to his
// campaign say`: the sources speak).
bool Resolver::clause_opens_at(std::size_t k) const {
  std::size_t t = a.sentences[sentence_of[k]].first_token;
  t = past_openers(a, lex, t, k);
  if (t == k) return true;
  const Token& before = a.tokens[k - 1];
  return before.kind == TokenKind::Punct || lex.in(Words::Coordinators, before) || lex.in(Words::Subordinators, before) ||
         lex.in(Words::DeclarativeComplementizers, before);
}

// A possessive is bound in its clause first (`coach Jane Roe had to reassess her belief
// that`, `Roe is not alone in her contention that`): the nearest agreeing person before
// token k in its sentence, outside quotation marks, a name (its mention the antecedent) or
// a he/she of the same sex (what that pronoun stands for); -1 when none, -2 when that
// he/she is unresolved (unknown, never a person further back).
std::int32_t Resolver::nearest_agreeing(std::size_t k) {
  const std::size_t first = a.sentences[sentence_of[k]].first_token;
  const bool male = lex.in(Words::MalePossessivePronouns, a.tokens[k]);
  for (std::size_t j = k; j > first; --j) {
    const Token& t = a.tokens[j - 1];
    if (in_direct[j - 1]) continue;
    if (lex.in(Words::SubjectPronouns, t)) {
      if (lex.in(Words::MaleWords, t) != male) continue;
      const std::int32_t who = pronoun(j - 1);
      return who >= 0 ? who : -2;
    }
    const std::int32_t mi = mention_at[j - 1];
    if (mi < 0) continue;
    const std::int32_t e = a.mentions[static_cast<std::size_t>(mi)].entity;
    if (is_person(a, e) && agrees(k, e)) {
      antecedent_ = mi;
      return e;
    }
  }
  return -1;
}

namespace {

// Row A1130 (narrows the unknown of A200): a description of a body's title that opens its
// sentence continues the topic of the sentence before when that sentence names one person
// and no other (not in the possessive, not inside a quotation), and the text states no post
// of that person with the same title in another body (`Tom Smith has left the bank. The
// Scottish Liberal leader had insisted that ...` is Smith; after `Tom Smith, the Green
// leader,` it is unknown). The person, or -2 (unknown). `same`: same_offices() of the title.
std::int32_t previous_subject_holder(const Resolver& r, std::size_t b, const std::string& body, const SameOffices& same) {
  const Annotation& a = r.a;
  const std::uint32_t si = r.sentence_of[b];
  if (si == 0 || a.sentences[si].first_token != b) return -2;
  std::int32_t person = -2;
  for (std::size_t k = a.sentences[si - 1].first_token; k < a.sentences[si - 1].end_token; ++k) {
    const std::int32_t mi = r.mention_at[k];
    if (mi < 0 || !is_person(a, a.mentions[static_cast<std::size_t>(mi)].entity)) continue;
    const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
    if (r.in_direct[k] || a.tokens[m.end_token - 1].has(kPossessive) || (person >= 0 && person != m.entity)) return -2;
    person = m.entity;
  }
  for (std::size_t i = 0; person >= 0 && i < a.roles.size(); ++i)
    if (a.roles[i].person == person && same[i] && a.roles[i].of_name != body) return -2;
  return person;
}

// Row A1167: a phrase [b, e) read back from the verb may hold words before the description
// that closes it: a fronted prepositional phrase (`In his New Year message the Harbor Party
// leader said`, read from `his`) or a clause whose verb the description is the subject
// after (`That suggests the Harbor Party leader believes`). The last organisation's name
// in the phrase with a definite article right before it then opens the description, which
// is the leader, not the party; not after `of` or a possessive (`the son of the Harbor
// Party leader`), and only across words (no comma, no quotation mark). Moves b to that
// article and returns the name's mention; `named` and b unchanged when none.
std::int32_t past_fronted_phrase(const Resolver& r, std::size_t& b, std::size_t e, std::int32_t named) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  const auto organisation_at = [&](std::size_t k) {
    const std::int32_t mi = r.mention_cover[k];
    const std::int32_t ent = mi < 0 ? -1 : a.mentions[static_cast<std::size_t>(mi)].entity;
    return ent >= 0 && a.entities[static_cast<std::size_t>(ent)].type == EntityType::Organization;
  };
  std::size_t k = e;
  while (k > b + 2 && !organisation_at(k - 1)) --k;
  if (k <= b + 2) return named;
  const std::int32_t mi = r.mention_cover[k - 1];
  const std::size_t first = a.mentions[static_cast<std::size_t>(mi)].first_token;
  if (first < b + 2) return named;  // the article, and a word before it, inside the phrase
  const std::size_t art = first - 1;
  if (!lex.in(Words::DefiniteArticles, a.tokens[art])) return named;
  if (lex.in(Words::OfPrepositions, a.tokens[art - 1]) || a.tokens[art - 1].has(kPossessive)) return named;
  for (std::size_t j = b; j < art; ++j)
    if (a.tokens[j].kind != TokenKind::Word || r.in_direct[j]) return named;
  b = art;
  return mi;
}

// `The Scottish Conservative leader`, `the Labour chairman` (rule A200): a definite article,
// a named organisation (mention `named`) and a title right after it (title premodifiers may
// stand between) that ends the phrase [b, e) (auxiliaries and -ly adverbs may follow). Not
// an official noun (word list official_nouns: `the Labour spokesman` speaks for the body).
// The person the text states (a role fact, not the gazetteer's) holds that title in that
// organisation, the most recent stated up to the title; failing that the person of
// previous_subject_holder() (row A1130); -2 (unknown) when nobody; -1 when the
// phrase is no such description.
std::int32_t body_role_holder(const Resolver& r, std::size_t b, std::size_t e, std::int32_t named) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  named = past_fronted_phrase(r, b, e, named);  // row A1167
  const Mention& m = a.mentions[static_cast<std::size_t>(named)];
  if (!lex.in(Words::DefiniteArticles, a.tokens[b]) || m.first_token != b + 1 || m.entity < 0 ||
      a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Organization || a.tokens[m.end_token - 1].has(kPossessive))
    return -1;
  std::size_t k = m.end_token;
  while (k < e && lower_in(lex, Words::TitlePremodifiers, a.tokens[k])) ++k;
  const std::size_t n = k < e ? lex.post_title(a.tokens, k, e) : 0;
  if (n == 0 || lex.in(Words::OfficialNouns, a.tokens[k + n - 1]))
    return -1;
  for (std::size_t j = k + n; j < e; ++j)
    if (!lex.in(Words::SubjectGapWords, a.tokens[j]) && !lex.ends_in(Words::AdverbSuffixes, a.tokens[j].lower)) return -1;
  const SameOffices same = same_offices(a, lex, a.text(Span{a.tokens[k].span.begin, a.tokens[k + n - 1].span.end}), nullptr, k);
  const std::string& body = a.entities[static_cast<std::size_t>(m.entity)].canonical;
  std::int32_t holder = -2;
  std::uint32_t at = 0;
  for (std::size_t i = 0; i < a.roles.size(); ++i) {
    const RoleFact& f = a.roles[i];
    if (f.from_gazetteer || !same[i] || f.of_name != body || f.cue_first > k || !is_person(a, f.person)) continue;
    if (holder < 0 || f.cue_first >= at) { holder = f.person; at = f.cue_first; }
  }
  return holder == -2 ? previous_subject_holder(r, b, body, same) : holder;
}

// A person role noun at token k (word list person_role_nouns), not an official noun (`the
// Labour spokesman` speaks for the body): a word, or its last part after a hyphen written
// with no space (`front-runner`). The hyphenated form when it is one, else the word.
std::string role_noun_at(const Resolver& r, std::size_t k) {
  const Annotation& a = r.a;
  const Token& t = a.tokens[k];
  if (k >= 2 && a.tokens[k - 1].norm == "-" && a.tokens[k - 2].span.end == a.tokens[k - 1].span.begin &&
      a.tokens[k - 1].span.end == t.span.begin) {
    std::string compound = std::string(a.tokens[k - 2].lower) + "-" + std::string(t.lower);
    if (r.lex.in(Words::PersonRoleNouns, compound)) return compound;
  }
  if (!r.lex.in(Words::PersonRoleNouns, t) || r.lex.in(Words::OfficialNouns, t)) return {};
  return std::string(t.lower);
}

// `the Republican presidential nominee`, `the presumptive Republican presidential nominee`,
// `the GOP front-runner` (rules A260, A262): a definite article at b, up to three lower-case
// premodifiers, a named organisation or country, lower-case words (a hyphen glued between
// them: `vice-presidential`) and a person role noun (role_noun_at()), before `limit`. The end
// of the role noun, or 0; `named` is the body's mention, `noun` the role noun.
std::size_t body_person_end(const Resolver& r, std::size_t b, std::size_t limit, std::int32_t& named, std::string& noun) {
  const Annotation& a = r.a;
  if (b >= limit || r.in_direct[b] || !r.lex.in(Words::DefiniteArticles, a.tokens[b])) return 0;
  std::size_t k = b + 1;
  while (k < limit && k <= b + 3 && r.mention_cover[k] < 0 && a.tokens[k].kind == TokenKind::Word &&
         !a.tokens[k].has(kCapitalized) && !a.tokens[k].has(kPossessive))
    ++k;
  if (k >= limit || r.mention_at[k] < 0) return 0;
  named = r.mention_at[k];
  const Mention& m = a.mentions[static_cast<std::size_t>(named)];
  if (m.entity < 0) return 0;
  const EntityType type = a.entities[static_cast<std::size_t>(m.entity)].type;
  // A place too: `The New York businessman` (rule A263).
  if (type != EntityType::Organization && type != EntityType::Country && type != EntityType::Location) return 0;
  for (std::size_t h = m.end_token; h < limit && h < m.end_token + 5; ++h) {
    const Token& t = a.tokens[h];
    const bool glued = t.norm == "-" && h > m.end_token && a.tokens[h - 1].span.end == t.span.begin;
    if (r.in_direct[h] || r.mention_cover[h] >= 0 || t.has(kCapitalized) || (t.kind != TokenKind::Word && !glued)) return 0;
    if (noun = role_noun_at(r, h); !noun.empty()) return h + 1;
  }
  return 0;
}

// The description of body_person_end() as the phrase [b, e) (auxiliaries and -ly adverbs may
// follow it), the body its mention `named`. A person, never the body named inside it: the one
// person the text names right after that body and noun (`Republican nominee Jane Roe`), else
// -2 (unknown); -1 when the phrase is no such description.
std::int32_t body_person_description(const Resolver& r, std::size_t b, std::size_t e, std::int32_t named) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  std::int32_t body = -1;
  std::string noun;
  const std::size_t end = body_person_end(r, b, e, body, noun);
  if (end == 0 || body != named) return -1;
  std::size_t j = end;
  const bool possessed = j < e && a.tokens[j].has(kPossessive);
  // The description in the possessive (row A1100): before a campaign or an official (word
  // lists party_side_words, official_nouns: `the Democratic nominee's campaign said`) the
  // holder speaks through them (GUIDELINES: a campaign is its candidate; as rule A1037 reads
  // a place's office); before any other head (`the Republican nominee's wife said`) the head
  // speaks, unnamed. Never the body named inside it.
  if (possessed) {
    if (j + 1 >= e || (!lex.in(Words::PartySideWords, a.tokens[j + 1]) && !lex.in(Words::OfficialNouns, a.tokens[j + 1]))) return -2;
    j += 2;
  }
  for (; j < e; ++j)
    if (!lex.in(Words::SubjectGapWords, a.tokens[j]) && !lex.ends_in(Words::AdverbSuffixes, a.tokens[j].lower))
      return possessed ? -2 : -1;
  const Mention& m = a.mentions[static_cast<std::size_t>(named)];
  // The person named right after the same body and noun earlier (`Republican nominee Jane Roe`).
  std::int32_t holder = -2;
  for (const Mention& p : a.mentions) {
    if (p.first_token >= b || !is_person(a, p.entity) || p.first_token < 2 || role_noun_at(r, p.first_token - 1) != noun)
      continue;
    std::size_t k = p.first_token - 1;
    while (k > 0 && r.mention_cover[k - 1] < 0 && !a.tokens[k - 1].has(kCapitalized) &&
           (a.tokens[k - 1].kind == TokenKind::Word || a.tokens[k - 1].norm == "-"))
      --k;
    const std::int32_t q = k > 0 ? r.mention_cover[k - 1] : -1;
    if (q < 0 || a.mentions[static_cast<std::size_t>(q)].entity != m.entity) continue;
    if (holder >= 0 && holder != p.entity) return -2;  // two holders: not the one person
    holder = p.entity;
  }
  return holder;
}

// A place (LOCATION) whose mention mi stands after a preposition of speaker_phrase_prepositions
// inside the phrase from b, as its object (`a teacher from Leeds`; rule A534); not after a
// noun naming what was said (claim_nouns: `a report Tuesday from WKOW` names its source).
bool place_in_phrase(const Resolver& r, std::int32_t mi, std::size_t b) {
  const Mention& m = r.a.mentions[static_cast<std::size_t>(mi)];
  if (m.entity < 0 || r.a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Location || m.first_token <= b ||
      !r.lex.in(Words::SpeakerPhrasePrepositions, r.a.tokens[m.first_token - 1]))
    return false;
  for (std::size_t k = b; k < m.first_token; ++k)
    if (r.lex.in(Words::ClaimNouns, r.a.tokens[k])) return false;
  return true;
}

// A person role noun (role_noun_at()) at token k, or its plural (`aides`, `allies`).
bool role_noun_or_plural(const Resolver& r, std::size_t k) {
  if (!role_noun_at(r, k).empty()) return true;
  const std::string_view w = r.a.tokens[k].lower;
  if (w.size() < 4 || w.back() != 's') return false;
  // the singular: less the `s` (`aides`), or `y` for the last three letters (`allies`)
  const auto role = [&](const std::string& one) { return r.lex.in(Words::PersonRoleNouns, one) && !r.lex.in(Words::OfficialNouns, one); };
  return role(std::string(w.substr(0, w.size() - 1))) || role(std::string(w.substr(0, w.size() - 3)) + 'y');
}

// Whether the person's mention p is tied to the role noun `noun` (row A1132): the noun right
// before the name (`billionaire Tom Smith`, `the Leeds billionaire Tom Smith`) or ending an
// apposition right after it (`Tom Smith, a billionaire,`, `Tom Smith, the Leeds
// billionaire.`: a comma, at most six words of its sentence, the noun, then punctuation).
bool tied_to_role_noun(const Resolver& r, const Mention& p, const std::string& noun) {
  const Annotation& a = r.a;
  if (p.first_token >= 1 && role_noun_at(r, p.first_token - 1) == noun) return true;
  const std::size_t end = a.sentences[r.sentence_of[p.first_token]].end_token;
  if (p.end_token + 2 >= end || a.tokens[p.end_token].norm != ",") return false;
  for (std::size_t j = p.end_token + 1; j + 1 < end && j <= p.end_token + 7; ++j) {
    const Token& t = a.tokens[j];
    if (t.kind != TokenKind::Word || r.in_direct[j] || t.has(kPossessive)) return false;
    if (role_noun_at(r, j) == noun) return a.tokens[j + 1].kind == TokenKind::Punct;
  }
  return false;
}

// The end of the phrase [b, e) before the auxiliaries and -ly adverbs that close it (word
// lists subject_gap_words, adverb_suffixes: `The company also said`, `the firm had told`),
// never before b + 1; `passive` when a copula is among them and the token at e is no form
// in -ing (`the court was told`; `the firm is predicting` is active): a passive's subject
// is no speaker (rows A1132, A1133).
std::size_t before_trailing_auxiliaries(const Resolver& r, std::size_t b, std::size_t e, bool& passive) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  std::size_t end = e;
  bool copula = false;
  while (end > b + 1 && (lex.in(Words::SubjectGapWords, a.tokens[end - 1]) || lex.ends_in(Words::AdverbSuffixes, a.tokens[end - 1].lower)))
    copula |= lex.in(Words::Copulas, a.tokens[--end]);
  passive = copula && (e >= a.tokens.size() || !quotes::ing_form(lex, a.tokens[e]));
  return end;
}

// The role noun heading a bare definite description [b, e) (row A1132): a definite article,
// at most three lower-case premodifiers (no name, mark or possessive) and a person role noun
// (role_noun_at()), only auxiliaries and -ly adverbs after it (`The billionaire told`, `the
// former actress has said`), no copula among them before a verb that is no form in -ing.
// Empty when the phrase is none.
std::string bare_description_noun(const Resolver& r, std::size_t b, std::size_t e) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  if (e <= b + 1 || r.in_direct[b] || !lex.in(Words::DefiniteArticles, a.tokens[b])) return {};
  bool passive = false;  // a passive's subject is no speaker (`The billionaire was told`), as in A1133
  const std::size_t h = before_trailing_auxiliaries(r, b, e, passive);
  if (h <= b + 1 || h - b > 5 || passive) return {};
  std::string noun = role_noun_at(r, h - 1);
  for (std::size_t k = b + 1; !noun.empty() && k + 1 < h; ++k) {
    const Token& t = a.tokens[k];
    const bool glued = t.norm == "-" && a.tokens[k - 1].span.end == t.span.begin;
    if ((t.kind != TokenKind::Word && !glued) || t.has(kCapitalized) || t.has(kPossessive) || r.in_direct[k] || r.mention_cover[k] >= 0 ||
        lex.in(Words::Determiners, t) || lex.in(Words::SpeakerPhrasePrepositions, t) || lex.in(Words::Coordinators, t))
      noun.clear();
  }
  return noun;
}

// Row A1132 (GUIDELINES: role phrases are resolved): a bare definite description headed by
// a person role noun (bare_description_noun(): `The billionaire told reporters ...`) is the
// person the text ties to that noun (tied_to_role_noun(): `Tom Smith, a billionaire,`) in
// its paragraph or the two before; else, when it opens its sentence, the one person the
// sentence before names (A1130's previous_subject_holder(): `Tom Smith won two more states.
// The billionaire told ...` is Smith), unless that sentence has the noun itself (`Tom Smith
// met a voter. The voter said`: the voter); else the person tied to the noun further back.
// Two people tied alike: unknown. -2 (unknown) when nobody; -1 when the phrase is no such
// description.
std::int32_t bare_description_person(const Resolver& r, std::size_t b, std::size_t e) {
  const Annotation& a = r.a;
  const std::string noun = bare_description_noun(r, b, e);
  if (noun.empty()) return -1;
  const std::uint32_t si = r.sentence_of[b];
  std::int32_t near = -2, far = -2;
  for (const Mention& p : a.mentions) {
    if (p.first_token >= b || !is_person(a, p.entity) || r.in_direct[p.first_token] || !tied_to_role_noun(r, p, noun)) continue;
    std::int32_t& holder = a.sentences[r.sentence_of[p.first_token]].paragraph + 2 >= a.sentences[si].paragraph ? near : far;
    holder = holder == -2 || holder == p.entity ? p.entity : -3;  // -3: two people
  }
  if (near != -2) return std::max(near, std::int32_t{-2});
  if (si > 0 && a.sentences[si].first_token == b) {
    bool noun_before = false;
    for (std::size_t k = a.sentences[si - 1].first_token; k < a.sentences[si - 1].end_token && !noun_before; ++k)
      noun_before = role_noun_at(r, k) == noun;
    if (noun_before) return -2;
    if (const std::int32_t who = previous_subject_holder(r, b, std::string{}, SameOffices(a.roles.size(), 0)); who >= 0) return who;
  }
  return std::max(far, std::int32_t{-2});
}

// The person's mention mi is the possessor in a phrase, up to `e`, headed by a person role
// noun (rule A580: `Clinton's aides`, `Mr Roe's closest advisers have long`, `Roe's
// lawyer`): those people speak, not the possessor; only lower-case words after the `'s`,
// the head the last before an auxiliary or -ly adverb. A spokesman (official_nouns) speaks
// for the possessor, as a campaign does: not here. With no `'s`, a plural head (a form in
// -s, not -ss) names a group by its tie to the person as well (rule A957: `Clinton aides
// said`, `Trump supporters believe`, `Former Carson advisers told`; GUIDELINES: unnamed
// sources are null), after premodifiers only (no coordinator, determiner or preposition:
// `Roe and his top aides have` is Roe's); a singular one before a name is that name's role
// (`Cruz constituent Jane Roe`, phrase_head()).
bool possessor_of_role(const Resolver& r, std::int32_t mi, std::size_t e) {
  const Annotation& a = r.a;
  std::size_t k = a.mentions[static_cast<std::size_t>(mi)].end_token;
  if (k >= e) return false;
  const bool possessive = a.tokens[k].has(kPossessive);
  if (possessive && ++k >= e) return false;
  // With no `'s`, a plural head in -s must stand among the words (a cheap test first).
  if (!possessive && std::none_of(a.tokens.begin() + static_cast<std::ptrdiff_t>(k), a.tokens.begin() + static_cast<std::ptrdiff_t>(e),
                                  [](const Token& t) { return t.lower.size() > 3 && t.lower.back() == 's'; }))
    return false;
  std::size_t head = 0;
  for (; k < e; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::Word || t.has(kCapitalized) || r.mention_cover[k] >= 0 || r.in_direct[k]) return false;
    // A role noun in -ly is no adverb (row A1112: `Roe's closest ally has said`).
    if (head > 0 && (r.lex.in(Words::SubjectGapWords, t) || (r.lex.ends_in(Words::AdverbSuffixes, t.lower) && role_noun_at(r, k).empty())))
      break;
    // With no `'s`, only premodifiers of the head (not `Roe and his aides`, `Roe or her allies`).
    if (!possessive && (r.lex.in(Words::Coordinators, t) || r.lex.in(Words::Determiners, t) || r.lex.in(Words::SpeakerPhrasePrepositions, t)))
      return false;
    head = k;
  }
  if (head == 0 || !role_noun_or_plural(r, head)) return false;
  const std::string_view w = a.tokens[head].lower;
  return possessive || (quotes::s_form(r.lex, w));
}

// The person's mention mi is the object of `of` (of_prepositions) after a plural person role
// noun (role_noun_or_plural(), a form in -s: `supporters`, `critics`, `allies`, `backers`) in
// the speaker's phrase from b, past up to two capitalised words (a title or a party word:
// `supporters of Democrat Jane Roe`, `critics of Mr. Roe`): a group named by its tie to that
// person speaks, unnamed, not the person (row A882: `Supporters of Jane Roe said`, `Critics
// of Roe say`; GUIDELINES: unnamed sources are null). Not a post's preposition (`aides to
// Roe`, `advisers to Roe`, `a spokesman for Roe`): whom the post serves, for whom its holders
// speak, as a spokesman speaks for the body. A singular names one person by that tie, as
// unnamed (row A1112: `a close ally of Roe said`, `a critic of Roe says`).
bool group_tied_to(const Resolver& r, std::int32_t mi, std::size_t b) {
  const Annotation& a = r.a;
  const std::size_t first = a.mentions[static_cast<std::size_t>(mi)].first_token;
  std::size_t k = first;
  while (k > b && k + 3 > first && a.tokens[k - 1].kind == TokenKind::Word && a.tokens[k - 1].has(kCapitalized)) --k;
  if (k < b + 2 || r.in_direct[k - 1] || !r.lex.in(Words::OfPrepositions, a.tokens[k - 1])) return false;
  const std::size_t head = k - 2;
  const Token& h = a.tokens[head];
  // A singular in lower case only (row A1112: `a close ally of Roe`, `a critic of Roe`; not
  // a title before the person's name: `Director of Government Affairs Jane Roe`).
  return h.kind == TokenKind::Word && !r.in_direct[head] && r.mention_cover[head] < 0 &&
         (quotes::s_form(r.lex, h.lower) || !h.has(kCapitalized)) && role_noun_or_plural(r, head);
}

// A country's name (mention mi) in the possessive, then only lower-case words to `e`, the
// last of them no state body, regime, official or person role noun (rule A955: `Spain's
// food safety agency`, `Italy's largest car maker`, `Chile's wine trade`):
// the phrase names a body of the country's that the text has not named, not the country,
// whose `government`, `military` or `officials` do speak for it (state_body_nouns,
// regime_nouns, official_nouns; titles are read before as role phrases).
bool country_possession(const Resolver& r, std::int32_t mi, std::size_t e) {
  const Annotation& a = r.a;
  const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
  if (m.entity < 0 || a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Country) return false;
  std::size_t k = m.end_token;
  if (k + 1 >= e || !a.tokens[k].has(kPossessive)) return false;
  std::size_t h = 0;  // the head: the last word before an auxiliary or -ly adverb (`has`, `also`)
  for (++k; k < e; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::Word || t.has(kCapitalized) || r.mention_cover[k] >= 0 || r.in_direct[k]) return false;
    if (h > 0 && (r.lex.in(Words::SubjectGapWords, t) || r.lex.ends_in(Words::AdverbSuffixes, t.lower))) break;
    h = k;
  }
  if (h == 0) return false;
  const Token& head = a.tokens[h];
  std::uint32_t p = 0;
  for (std::size_t j = a.mentions[static_cast<std::size_t>(mi)].end_token + 1; j <= h; ++j)
    if (r.lex.title_index().match(a.tokens, j, h + 1, p) == h + 1 - j) return false;  // `Britain's ambassador also said`
  return !r.lex.in(Words::StateBodyNouns, head) && !r.lex.in(Words::RegimeNouns, head) &&
         !r.lex.in(Words::OfficialNouns, head) && !role_noun_or_plural(r, h);
}

// `UK broadcaster Virgin Radio says`, `US oil giant Exxon said`, `Korea's Hyundai Motor has
// said` (rule A641): a country or place's name (mention mi), its `'s`, then up to three
// lower-case words, none a verb form (-s, -ed, irregular past), preposition, determiner or
// coordinator, then an organisation's name that ends the phrase at e: the organisation heads
// the phrase, the place only describes it. The organisation's mention, or -1.
std::int32_t organisation_after_place(const Resolver& r, std::int32_t mi, std::size_t e) {
  const Annotation& a = r.a;
  const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
  if (m.entity < 0 || (a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Country &&
                       a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Location))
    return -1;
  std::size_t k = m.end_token;
  const bool possessive = k < e && a.tokens[k].has(kPossessive);
  if (possessive) ++k;
  const std::size_t first = k;
  for (; k < e && k - first < 3 && r.mention_cover[k] < 0; ++k) {
    const Token& t = a.tokens[k];
    const std::string_view w = t.lower;
    if (t.kind != TokenKind::Word || t.has(kCapitalized) || r.in_direct[k] || single_s_ending(w) ||
        quotes::ed_form(r.lex, t) || r.lex.in(Words::IrregularPastForms, t) || r.lex.in(Words::SpeakerPhrasePrepositions, t) ||
        r.lex.in(Words::Determiners, t) || r.lex.in(Words::Coordinators, t))
      return -1;
  }
  if ((k == first && !possessive) || k >= e || r.mention_at[k] < 0) return -1;
  const std::int32_t org = r.mention_at[k];
  const Mention& o = a.mentions[static_cast<std::size_t>(org)];
  if (o.entity < 0 || a.entities[static_cast<std::size_t>(o.entity)].type != EntityType::Organization || o.end_token != e) return -1;
  return org;
}

// `exit polls conducted for The Associated Press and television networks by Edison Research`,
// `a report for Oxfam on energy policies by the nonprofit E3G` (rule A840): a name that is
// the object of `for` (representation_prepositions, at most a determiner between: mention
// mi) is the client of a text or survey whose author the agent of a later `by`
// (agent_prepositions) in the same phrase names: the author is the source, not the client.
// The agent: after `by`, at most a determiner and three lower-case words, then a named
// organisation, before e; nothing but words between the client and `by` (no punctuation or
// quotation). Its mention, or -1. (A person named anywhere in the phrase is its head
// already: noun_phrase() step 1.)
std::int32_t author_after_client(const Resolver& r, std::int32_t mi, std::size_t b, std::size_t e) {
  const Annotation& a = r.a;
  const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
  std::size_t p = m.first_token;
  if (p > b && r.lex.in(Words::Determiners, a.tokens[p - 1])) --p;
  if (p <= b || !r.lex.in(Words::RepresentationPrepositions, a.tokens[p - 1])) return -1;
  for (std::size_t k = m.end_token; k < e; ++k) {
    const Token& t = a.tokens[k];
    if (r.in_direct[k] || t.kind != TokenKind::Word) return -1;
    if (!r.lex.in(Words::AgentPrepositions, t)) continue;
    std::size_t j = k + 1;
    if (j < e && r.lex.in(Words::Determiners, a.tokens[j])) ++j;
    for (std::size_t w = 0; w < 3 && j < e && r.mention_at[j] < 0 && a.tokens[j].kind == TokenKind::Word && !a.tokens[j].has(kCapitalized);
         ++w)
      ++j;
    if (j >= e || r.mention_at[j] < 0) return -1;
    const std::int32_t agent = r.mention_at[j];
    const std::int32_t ent = a.mentions[static_cast<std::size_t>(agent)].entity;
    return ent >= 0 && a.entities[static_cast<std::size_t>(ent)].type == EntityType::Organization ? agent : -1;
  }
  return -1;
}


// Row A1172: the head of an epithet at token k: a word of epithet_nouns (or the compound it
// ends after a glued hyphen: `24-year-old`), a singular word of player_nouns (`striker`, not
// `strikers`), a word of demonym_nouns (`Scot`), or a capitalised demonym alone (`the
// Borovian`: a demonym cue over that one token).
bool epithet_head(const Resolver& r, std::size_t k) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  const Token& t = a.tokens[k];
  if (lex.in(Words::EpithetNouns, t) || lex.in(Words::DemonymNouns, t)) return true;
  if (lex.in(Words::PlayerNouns, t)) return !t.lower.ends_with('s') || t.lower.ends_with("ss");
  if (k >= 2 && a.tokens[k - 1].norm == "-" && a.tokens[k - 2].span.end == a.tokens[k - 1].span.begin &&
      a.tokens[k - 1].span.end == t.span.begin)
    return lex.in(Words::EpithetNouns, std::string(a.tokens[k - 2].lower) + "-" + std::string(t.lower));
  if (!t.has(kCapitalized)) return false;
  return std::any_of(a.cues.begin(), a.cues.end(),
                     [&](const Cue& c) { return c.kind == Cue::Kind::Demonym && c.first_token == k && c.end_token == k + 1; });
}

// Row A1172: the phrase at b stands right after a direct quote and its inverted verb or
// before its verb (`"Q," said the ...`, `"Q," the ... said`): back from b at most two words
// and commas, then a quotation mark closing the quote.
bool postposed_after_quote(const Resolver& r, std::size_t b) {
  std::size_t k = b, words = 0;
  while (k > 0 && !r.in_direct[k - 1] && b - k < 4) {
    const Token& t = r.a.tokens[k - 1];
    if (t.kind == TokenKind::Word) ++words;
    else if (t.norm != ",") return false;
    --k;
  }
  return k > 0 && r.in_direct[k - 1] && words <= 2 && r.a.tokens[k - 1].kind == TokenKind::Quote;
}

// Row A1172 (GUIDELINES: role phrases are resolved): sports and arts reports re-name the
// person they are about after a quote by an epithet, not a name: `"Q," said the 24-year-old`,
// `"Q," said the Kestby striker`, `"Q," the Borovian said`. The phrase [b, e) is one when it
// stands after a quote (postposed_after_quote()), opens on a definite article and ends on an
// epithet head (epithet_head(); auxiliaries and -ly adverbs may follow, no passive) with at
// most four modifiers between: words, numbers or glued hyphens, outside quotation marks, no
// determiner, preposition, coordinator or possessive (`the wife of the striker` is no epithet).
bool epithet_phrase(const Resolver& r, std::size_t b, std::size_t e) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  if (e <= b + 1 || e - b > 8 || !lex.in(Words::DefiniteArticles, a.tokens[b]) || !postposed_after_quote(r, b)) return false;
  bool passive = false;
  const std::size_t h = before_trailing_auxiliaries(r, b, e, passive);
  if (passive || h <= b + 1 || h - b > 6 || !epithet_head(r, h - 1)) return false;
  for (std::size_t k = b + 1; k + 1 < h; ++k) {
    const Token& t = a.tokens[k];
    const bool glued = t.norm == "-" && a.tokens[k - 1].span.end == t.span.begin;
    if ((t.kind != TokenKind::Word && t.kind != TokenKind::Number && !glued) || t.has(kPossessive) || r.in_direct[k] ||
        lex.in(Words::Determiners, t) || lex.in(Words::SpeakerPhrasePrepositions, t) || lex.in(Words::Coordinators, t))
      return false;
  }
  return true;
}

}  // namespace

// Row A1172: the person an epithet after a quote re-names (epithet_phrase() at b): the
// person the text is about, read back as he/she is (pronoun()) over the three sentences
// before the quote's (same paragraph or the two before): a sentence's person subject
// (`Tom Smith won the race easily.`, a fronted phrase passed), he/she going on to the
// sentence before, failing a subject the person who spoke last in it. -1 when none.
// Made-up example: `Tom Smith won the 400m in Kestby. "I felt strong," said the 24-year-old.`
// -> Tom Smith (was none).
std::int32_t Resolver::epithet_antecedent(std::size_t b) {
  if (pronoun_depth_ > 2) return -1;
  const RecursionDepth depth(pronoun_depth_);
  const std::uint32_t here = sentence_of[b];
  const std::uint32_t para = a.sentences[here].paragraph;
  for (std::uint32_t si = here, seen = 0; si > 0 && seen < 3; --si) {
    const Sentence& s = a.sentences[si - 1];
    if (s.paragraph + 2 < para) break;
    if (s.furniture || s.duplicate) continue;
    ++seen;
    std::int32_t who = sentence_subject(s, b);
    if (who == -1) who = fronted_subject(s, b);
    if (who >= 0) return who;
    if (who == -1)
      if (const std::int32_t spoke = last_speaker_in(si - 1); spoke >= 0) return spoke;
  }
  return -1;
}


namespace {

// Row A1176: the text names organisation `ent` as a paper: a word of press_nouns right
// after or before one of its mentions or ending its name (`Kestby Courier newspaper`,
// `daily Kestby Courier`, `the Kestby Daily`). Row A1177: or its canonical name ends in a
// newspaper title's last word (press_title_heads: `the Kestby Herald`, `the Sunday Kestby
// Times`), with no press noun beside it.
bool named_as_press(const Resolver& r, std::int32_t ent) {
  const Annotation& a = r.a;
  const std::string_view name = a.entities[static_cast<std::size_t>(ent)].canonical;
  if (r.lex.in(Words::PressTitleHeads, to_lower(name.substr(name.rfind(' ') + 1)))) return true;  // npos + 1: the whole name
  for (const std::uint32_t mi : a.entities[static_cast<std::size_t>(ent)].mentions) {
    const Mention& m = a.mentions[mi];
    if (!m.resolved_from.empty()) continue;
    if (r.lex.in(Words::PressNouns, a.tokens[m.end_token - 1]) ||
        (m.end_token < a.tokens.size() && r.lex.in(Words::PressNouns, a.tokens[m.end_token])) ||
        (m.first_token > 0 && r.lex.in(Words::PressNouns, a.tokens[m.first_token - 1])))
      return true;
  }
  return false;
}

// Row A1176: `the paper`, `the newspaper`, `the magazine` (the definite article, at most
// two lower-case words, a head of press_nouns) is the organisation the text names as a
// paper (named_as_press()) named last before it, outside quotation marks, in its sentence
// or the three before; else -1: never another organisation (the one named last is most
// often the story's topic: `Acme cut 300 jobs, the paper said` is no Acme).
std::int32_t press_antecedent(const Resolver& r, std::size_t b, std::size_t e) {
  const Annotation& a = r.a;
  if (!r.lex.in(Words::PressNouns, a.tokens[e - 1]) || !r.lex.in(Words::DefiniteArticles, a.tokens[b]) || e - b > 4)
    return -1;
  for (std::size_t k = b + 1; k + 1 < e; ++k)
    if (a.tokens[k].kind != TokenKind::Word || a.tokens[k].has(kCapitalized) || r.mention_cover[k] >= 0) return -1;
  const std::uint32_t window = r.sentence_of[b] >= 3 ? r.sentence_of[b] - 3 : 0;  // its sentence or the three before
  return last_named_before(r, b, EntityType::Organization, false, window,
                           [&](const Mention& m) { return named_as_press(r, m.entity); });
}

}  // namespace

std::int32_t Resolver::noun_phrase(std::size_t b, std::size_t e, std::string& from, std::int32_t& mention) {
  mention = -1;
  if (b >= e) return -1;
  // 1. A named person: "said U.S. President Donald Trump".
  std::int32_t first_named = -1;
  for (std::size_t k = b; k < e; ++k) {
    const std::int32_t mi = mention_cover[k];
    if (mi < 0) continue;
    const std::int32_t ent = a.mentions[static_cast<std::size_t>(mi)].entity;
    if (is_person(a, ent)) {
      if (possessor_of_role(*this, mi, e) || (a.mentions[static_cast<std::size_t>(mi)].first_token > b + 1 && group_tied_to(*this, mi, b)))
        return mention = -1;
      // The person the phrase is headed by: `Clinton campaign spokesman Brian Fallon`.
      mention = phrase_head(*this, mi, e);
      return namesake_of_sex(*this, mention);
    }
    if (first_named < 0) first_named = mi;
  }
  // 1b. The surname of a person named in full elsewhere in the document, left unrecognised
  // here: "Cuban said", "Day said" after "Mark Cuban", "Kristen Day".
  if (first_named < 0)
    if (const std::int32_t who = surname(b, e, from); who >= 0) return who;
  // 2a. A definite description headed by a title after an organisation's name is the
  // person holding that title there, or unknown; never the organisation, and never the
  // holder of that title elsewhere (rule A200: `The Scottish Conservative leader`).
  // The description's words are where the person came from (a role phrase).
  const auto described = [&](std::int32_t who) {
    if (who < 0) return -1;
    const Span surface{a.tokens[b].span.begin, a.tokens[e - 1].span.end};
    from = std::string(a.text(surface));
    set_from(surface, kRolePhraseRule, -1);
    return who;
  };
  // 1c. An epithet after a quote (`"Q," said the 24-year-old`): the person the text is
  // about (row A1172), before any place or club named inside it (`the Kestby striker`).
  if (epithet_phrase(*this, b, e))
    if (const std::int32_t who = epithet_antecedent(b); who >= 0) return described(who);
  if (const std::int32_t who = first_named >= 0 ? body_role_holder(*this, b, e, first_named) : -1; who != -1)
    return described(who);
  // 2. A role phrase, with its qualifier: "the US President", "America's top diplomat";
  // a place's office held by nobody named (`the Ohio senator`, -2) is unknown, not the place.
  if (const std::int32_t who = role_phrase(b, e, first_named, from); who >= 0 || who == -2) return who < 0 ? -1 : who;
  // 2b. A person role noun after the body: the person it fits, or unknown (rule A260).
  if (const std::int32_t who = first_named >= 0 ? body_person_description(*this, b, e, first_named) : -1; who != -1)
    return described(who);
  // 2c. A bare definite description headed by a person role noun: the person the text ties
  // to that noun, or the one person of the sentence before (row A1132: `The billionaire told`).
  if (first_named < 0)
    if (const std::int32_t who = bare_description_person(*this, b, e); who >= 0) return described(who);
  // 3. "U.S. officials" -> the country; an organisation or country speaking. Not a place
  // named only as a preposition's object inside the phrase (rule A534: `said a teacher from
  // Leeds`, `one voter in Ohio`): the phrase's head speaks, unnamed. A client after `for`
  // gives way to the author after `by` (author_after_client(), rule A840).
  if (first_named >= 0 && !place_in_phrase(*this, first_named, b)) {
    if (country_possession(*this, first_named, e)) return -1;  // rule A955: unknown, not the country
    if (const std::int32_t org = organisation_after_place(*this, first_named, e); org >= 0) first_named = org;
    if (const std::int32_t author = author_after_client(*this, first_named, b, e); author >= 0) first_named = author;
    mention = first_named;
    return a.mentions[static_cast<std::size_t>(first_named)].entity;
  }
  // 4. Demonym + officials without a title.
  if (const std::int32_t who = demonym_officials(b, e, from); who >= 0) return who;
  if (const std::int32_t who = plural_demonym(b, e, from); who >= 0) return who;
  // 5. Pronouns; his/her campaign or spokesman (rule A1036).
  if (const std::int32_t who = pronoun_in(b, e, from); who >= 0) return who;
  if (const std::size_t h = owner_body_end(b, e); h > 0 && clause_opens_at(b)) {
    std::size_t t = e;  // auxiliaries and -ly adverbs may follow the noun (`his campaign has also said`)
    while (t > h && (lex.in(Words::SubjectGapWords, a.tokens[t - 1]) || lex.ends_in(Words::AdverbSuffixes, a.tokens[t - 1].lower))) --t;
    if (t == h)
      if (const std::int32_t who = possessive_pronoun(b, from); who >= 0) return who;
  }
  if (const std::int32_t who = body_pronoun_in(b, e, from); who >= 0) return who;
  // 5b. `the paper said` after `Kestby Courier newspaper reported` (row A1176).
  if (const std::int32_t paper = press_antecedent(*this, b, e); paper >= 0) {
    set_from(Span{a.tokens[b].span.begin, a.tokens[e - 1].span.end}, kCollectiveRule, -1);
    from = std::string(a.text(last_from().span));
    return paper;
  }
  // 6. A collective: "the committee" after "the Standards Committee".
  return collective(b, e, from);
}

// "The committee said", "the party insisted": a definite phrase of lower-case words whose
// head noun is a word of the name of an organisation named earlier in the document (the
// most recent one): `the committee` -> Standards Committee, `the union` -> Trades Union
// Congress. Unknown when no such organisation was named.
// The named organisations (mention_at) in text order, once per document, for collective():
// read from the mentions (a token's mention_at is a mention starting there), each
// entity's canonical name lower-cased once.
void Resolver::build_organisations() {
  organisations_built_ = true;
  std::vector<std::int32_t> name_of(a.entities.size(), -1);
  organisation_names_.reserve(a.entities.size());  // row 23.430: at most one name an entity, never moved
  for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
    const Mention& m = a.mentions[mi];
    if (m.first_token >= mention_at.size() || mention_at[m.first_token] != static_cast<std::int32_t>(mi)) continue;
    if (m.entity < 0 || a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Organization) continue;
    std::int32_t& name = name_of[static_cast<std::size_t>(m.entity)];
    if (name < 0) {
      name = static_cast<std::int32_t>(organisation_names_.size());
      organisation_names_.push_back(to_lower(a.entities[static_cast<std::size_t>(m.entity)].canonical));
      const std::string_view words = organisation_names_.back();
      for (std::size_t at = 0; at <= words.size();) {
        const std::size_t sp = std::min(words.find(' ', at), words.size());
        organisation_words_.add(words.substr(at, sp - at));
        at = sp + 1;
      }
    }
    organisations_.push_back({m.first_token, static_cast<std::int32_t>(mi), static_cast<std::uint32_t>(name)});
  }
  std::sort(organisations_.begin(), organisations_.end(),
            [](const Organisation& x, const Organisation& y) { return x.token < y.token; });
}

namespace {

// Whether the organisation's name (lower case) is a department's whose field is w (rule
// A631): w and a department noun (`state department`), or a department noun, `of` and w
// (`department of energy`; word lists department_nouns, of_prepositions).
bool department_named(const Lexicons& lex, std::string_view name, std::string_view w) {
  if (name.size() > w.size() + 1 && name.starts_with(w) && name[w.size()] == ' ')
    return lex.in(Words::DepartmentNouns, name.substr(w.size() + 1));
  if (name.size() <= w.size() + 1 || !name.ends_with(w) || name[name.size() - w.size() - 1] != ' ') return false;
  const std::string_view head = name.substr(0, name.size() - w.size() - 1);
  const std::size_t sp = head.find(' ');
  return sp != std::string_view::npos && lex.in(Words::DepartmentNouns, head.substr(0, sp)) && lex.in(Words::OfPrepositions, head.substr(sp + 1));
}

}  // namespace

// `State said`, `Justice has argued` (rule A631): a capitalised word alone that no mention
// covers, the subject right before a lower-case word, is the most recent organisation named
// before it whose name is that word and `Department` (`the State Department`) or `Department
// of` and that word (`the Department of Energy`; department_named()): the short name of a
// government department. (The stage tests the word's shape before calling:
// coreference_stage.cpp, same name.)
std::int32_t Resolver::department_short_name(std::size_t b, std::string& from) {
  const Token& t = a.tokens[b];
  if (t.kind != TokenKind::Word || !t.has(kCapitalized) || t.has(kPossessive) || mention_cover[b] >= 0 || t.lower.size() < 4 ||
      b + 1 >= a.tokens.size() || a.tokens[b + 1].kind != TokenKind::Word || a.tokens[b + 1].has(kCapitalized))
    return -1;
  if (b > 0 && (a.tokens[b - 1].has(kCapitalized) || lex.in(Words::Determiners, a.tokens[b - 1]))) return -1;
  if (!organisations_built_) build_organisations();
  if (!organisation_words_.may_hold(t.lower)) return -1;
  const auto before = std::lower_bound(organisations_.begin(), organisations_.end(), b,
                                       [](const Organisation& o, std::size_t k) { return o.token < k; });
  for (auto it = std::make_reverse_iterator(before); it != organisations_.rend(); ++it) {
    if (!department_named(lex, organisation_names_[it->name], t.lower)) continue;
    from = std::string(t.norm);
    set_from(t.span, kCollectiveRule, it->mention);
    return a.mentions[static_cast<std::size_t>(it->mention)].entity;
  }
  return -1;
}

namespace {

// A noun naming an organisation by its kind (word list kind_nouns: `the company`, `the
// firm`, `the online retailer`; rule A850) heading the definite phrase [b, e), which opens
// its phrase: not a preposition's object (`president of the division at the firm says`
// speaks for the president), unless the preposition ends a cue (`according to the firm`).
// Such a phrase that no organisation named before holds in its name is the organisation
// that opens, or is the subject of a speech verb in, one of the two sentences before
// (organisation_subject_before(); not its own sentence, whose opener is the reported
// clause's subject in `Acme's new player is out, the company said`).
bool subordinate_clause_subject(const Resolver& r, std::size_t b, std::size_t e);

bool kind_noun_phrase(const Resolver& r, std::size_t b, std::size_t e) {
  const Lexicons& lex = r.lex;
  if (!lex.in(Words::KindNouns, r.a.tokens[e - 1])) return false;
  if (b == 0) return true;
  const Token& t = r.a.tokens[b - 1];
  if (!lex.in(Words::SpeakerPhrasePrepositions, t) && !lex.in(Words::OfPrepositions, t) && !lex.in(Words::OtherPrepositions, t))
    return true;
  if (subordinate_clause_subject(r, b, e)) return true;  // row A1169: `after the firm said`
  std::uint32_t p = 0;
  return b >= 2 && lex.speech_index().match(r.a.tokens, b - 2, b, p) == 2;
}

// Row A1169: the definite phrase [b, e) right after a word that opens a subordinate clause
// (word lists subordinators, fronting_subordinators: `after`, `as`, `since`, `when`) and
// right before a speech verb (subject_gap_words and -ly adverbs may stand between) is that
// clause's subject, not the object of `after` read as a preposition: `Shares in Acme Corp
// fell after the firm warned that sales had slowed.`
bool subordinate_clause_subject(const Resolver& r, std::size_t b, std::size_t e) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  if (b == 0 || (!lex.in(Words::Subordinators, a.tokens[b - 1]) && !lex.in(Words::FrontingSubordinators, a.tokens[b - 1]))) return false;
  const std::size_t end = a.sentences[r.sentence_of[b]].end_token;
  std::size_t v = e;
  while (v < end && v - e < 2 && (lex.in(Words::SubjectGapWords, a.tokens[v]) || lex.ends_in(Words::AdverbSuffixes, a.tokens[v].lower))) ++v;
  std::uint32_t p = 0;
  return v < end && !r.in_direct[v] && lex.speech_index().match(a.tokens, v, end, p) > 0 && lex.speech_cues()[p].kind == SpeechCue::Kind::Verb;
}

// Row A1169: the clause a kind-noun subject's clause hangs on, in its own sentence: the
// main clause before a subordinate clause that the phrase at b opens (`Shares in Acme Corp
// fell after the firm said ...`), or a fronted subordinate clause that opens the sentence
// and ends on a comma right before b (`After police raided Acme's offices, the company
// said ...`, `While Acme's new vans are slow, the firm says ...`). The one organisation that
// clause names outside quotation marks (also as a possessor), its last mention; -1 when it
// names none or two, or b stands in no such place.
std::int32_t organisation_of_governing_clause(const Resolver& r, std::size_t b, std::size_t e) {
  const Annotation& a = r.a;
  const Sentence& s = a.sentences[r.sentence_of[b]];
  std::size_t from = s.first_token, to = b;
  while (from < b && a.tokens[from].kind == TokenKind::Punct) ++from;
  if (subordinate_clause_subject(r, b, e)) {
    to = b - 1;  // the main clause before the subordinator
  } else if (b > from + 2 && a.tokens[b - 1].norm == "," &&
             (r.lex.in(Words::Subordinators, a.tokens[from]) || r.lex.in(Words::FrontingSubordinators, a.tokens[from]))) {
    to = b - 1;  // the fronted clause
  } else {
    return -1;
  }
  std::int32_t found = -1;
  for (std::size_t k = from; k < to; ++k) {
    const std::int32_t mi = r.mention_at[k];
    if (mi < 0 || r.in_direct[k]) continue;
    const std::int32_t ent = a.mentions[static_cast<std::size_t>(mi)].entity;
    if (ent < 0 || a.entities[static_cast<std::size_t>(ent)].type != EntityType::Organization) continue;
    if (found >= 0 && a.mentions[static_cast<std::size_t>(found)].entity != ent) return -1;
    found = mi;
  }
  return found;
}

// Row A1134: the one organisation the sentence before token b names outside quotation marks
// (its last mention there), whatever its place in that sentence (`Up to 200 jobs are to go at
// broker Acme Corp. The insurer said ...`, `... sold by the Acme group was a Mini. The
// company admits ...`); -1 when it names none or two (`If Acme backs out, Bolt may return.
// The company has said ...`: unknown), opens on a pronoun (`It has offered to pay, in a
// deal under review by the Bolt Board.`: the pronoun's body is the topic, not the one
// named), or is page furniture or a repeat. A name right after a speech verb, the subject of
// what is reported, is not counted.
std::int32_t one_organisation_before(const Resolver& r, std::size_t b) {
  const Annotation& a = r.a;
  const std::uint32_t si = r.sentence_of[b];
  if (si == 0 || a.sentences[si - 1].furniture || a.sentences[si - 1].duplicate) return -1;
  std::size_t open = a.sentences[si - 1].first_token;
  while (open < a.sentences[si - 1].end_token && a.tokens[open].kind == TokenKind::Punct) ++open;
  if (open < a.sentences[si - 1].end_token && r.lex.in(Words::NominativePronouns, a.tokens[open])) return -1;
  std::int32_t found = -1;
  for (std::size_t k = a.sentences[si - 1].first_token; k < a.sentences[si - 1].end_token; ++k) {
    const std::int32_t mi = r.mention_at[k];
    if (mi < 0 || r.in_direct[k]) continue;
    const std::int32_t ent = a.mentions[static_cast<std::size_t>(mi)].entity;
    if (ent < 0 || a.entities[static_cast<std::size_t>(ent)].type != EntityType::Organization) continue;
    // A name opening a reported clause is talked about (`Jane Roe said Bolt would ...`).
    if (std::uint32_t p = 0; k > a.sentences[si - 1].first_token && r.lex.speech_index().match(a.tokens, k - 1, k, p) == 1) continue;
    if (found >= 0 && a.mentions[static_cast<std::size_t>(found)].entity != ent) return -1;
    found = mi;
  }
  return found;
}

}  // namespace

// The mention of a person named before token k right before a campaign noun (word list
// party_side_words), alone or in the possessive (`the Sanders campaign`, `Cruz's campaign`;
// row A1101), the latest of them, when all such mentions before k are of one person; else
// -1 (none, or two people's campaigns: unknown).
std::int32_t Resolver::campaign_owner_before(std::size_t k) const {
  std::int32_t owner = -1;
  for (std::size_t t = 1; t < k; ++t) {
    if (!lex.in(Words::PartySideWords, a.tokens[t])) continue;
    std::size_t end = t;  // the owner's name ends here
    if (a.tokens[end - 1].has(kPossessive)) --end;  // the possessive is its own token
    if (end == 0) continue;
    const std::int32_t mi = mention_cover[end - 1];
    if (mi < 0 || a.mentions[static_cast<std::size_t>(mi)].end_token != end) continue;
    const std::int32_t ent = a.mentions[static_cast<std::size_t>(mi)].entity;
    if (!is_person(a, ent)) continue;
    if (owner >= 0 && a.mentions[static_cast<std::size_t>(owner)].entity != ent) return -1;
    owner = mi;
  }
  return owner;
}

std::int32_t Resolver::named_holding(std::size_t b, std::string_view phrase) {
  // The organisations named before b, the most recent first.
  const auto before = std::lower_bound(organisations_.begin(), organisations_.end(), b,
                                       [](const Organisation& o, std::size_t t) { return o.token < t; });
  for (auto it = std::make_reverse_iterator(before); it != organisations_.rend(); ++it) {
    const std::string& name = organisation_names_[it->name];
    for (std::size_t at = name.find(phrase); at != std::string::npos; at = name.find(phrase, at + 1)) {
      const bool starts = at == 0 || name[at - 1] == ' ';
      const bool ends = at + phrase.size() == name.size() || name[at + phrase.size()] == ' ';
      if (starts && ends) return it->mention;
    }
  }
  return -1;
}

std::int32_t Resolver::collective(std::size_t b, std::size_t e, std::string& from) {
  // Auxiliaries and adverbs after a capitalised word alone (`State has also said`, rule A631),
  // or after a definite phrase (row A1133: `The company also said`, `the firm had told`, as
  // `The company said`; before, the phrase ran over them and named no organisation). Not a
  // copula before a verb that is no form in -ing: a passive's subject is no speaker (`the
  // court was told`, `the regulator is said to believe`); `the firm is predicting` is.
  if (const bool definite = b < e && lex.in(Words::DefiniteArticles, a.tokens[b]); b < e && (definite || a.tokens[b].has(kCapitalized))) {
    bool passive = false;
    const std::size_t end = before_trailing_auxiliaries(*this, b, e, passive);
    if (end == b + 1 || (definite && !passive)) e = end;
  }
  if (mode_ == Mode::Lookup) {  // the stage resolved every collective (coreference_stage.cpp)
    for (const Mention& m : a.unwritten_references)
      if (m.first_token == b && m.end_token == e && m.coreference_rule == kCollectiveRule) {
        set_from(m.span, kCollectiveRule, m.antecedent);
        from = m.resolved_from;
        return m.entity;
      }
    return -1;
  }
  if (e == b + 1) return department_short_name(b, from);
  if (e <= b + 1 || e - b > 7 || !lex.in(Words::DefiniteArticles, a.tokens[b])) return -1;
  // Row 18.395: one or two lower-case words, a word joined to the next by a glued hyphen
  // one with it (`the anti-fraud office`, `the state-owned firm`).
  std::size_t words = 0;
  for (std::size_t k = b + 1; k < e; ++k) {
    if (k > b + 1 && glued_hyphen(a, k, e) && a.tokens[k - 1].kind == TokenKind::Word && a.tokens[k + 1].kind == TokenKind::Word) {
      --words;  // the word after it joins the word before
      continue;
    }
    if (a.tokens[k].kind != TokenKind::Word || a.tokens[k].has(kCapitalized) || mention_cover[k] >= 0) return -1;
    ++words;
  }
  if (words > 2) return -1;
  const std::string_view head = a.tokens[e - 1].lower;
  if (head.size() < 4) return -1;
  // "The report said", "the statement said": a noun naming what was said (word list
  // claim_nouns) speaks for the organisation that is the subject nearby, as `it` does; so
  // does a noun of kind_nouns that no organisation's name holds (rule A850), the subject
  // nearby before the phrase's sentence.
  std::int32_t nearby = -1;
  if (lex.in(Words::ClaimNouns, a.tokens[e - 1])) {
    nearby = organisation_subject_before(b);
  } else {
    if (!organisations_built_) build_organisations();
    // Row 18.395: modifiers the name holds too pick that name first (`the anti-fraud office`
    // is the European Anti-Fraud Office, not the National Audit Office named since).
    // The head a word of no name: neither is found (the words filter, asked once).
    if (organisation_words_.may_hold(head)) {
      if (e > b + 2) nearby = named_holding(b, to_lower(a.text(Span{a.tokens[b + 1].span.begin, a.tokens[e - 1].span.end})));
      if (nearby < 0) nearby = named_holding(b, head);
    }
    // `The campaign says` (row A1101): the article and a campaign noun alone (word list
    // party_side_words) is the campaign of the one person whose campaign the document names
    // before it (campaign_owner_before()); GUIDELINES: a campaign is its candidate.
    if (nearby < 0 && e == b + 2 && lex.in(Words::PartySideWords, a.tokens[b + 1])) {
      nearby = campaign_owner_before(b);
      if (nearby < 0) return -1;
    }
    if (nearby < 0) {
      if (!kind_noun_phrase(*this, b, e)) return -1;
      nearby = organisation_of_governing_clause(*this, b, e);  // row A1169
      if (nearby < 0) nearby = organisation_subject_before(a.sentences[sentence_of[b]].first_token);
      if (nearby < 0) nearby = one_organisation_before(*this, b);  // row A1134
    }
  }
  if (nearby < 0) return -1;
  const Span surface{a.tokens[b].span.begin, a.tokens[e - 1].span.end};
  from = std::string(a.text(surface));
  set_from(surface, kCollectiveRule, nearby);
  return a.mentions[static_cast<std::size_t>(nearby)].entity;
}

std::int32_t Resolver::person_by_surname(std::string_view lower) {
  if (!surnames_built_) {
    surnames_built_ = true;
    surnames_.reserve(a.entities.size());  // row 23.430: no rehash while the table fills
    for (std::size_t ei = 0; ei < a.entities.size(); ++ei) {
      const Entity& en = a.entities[ei];
      const auto sp = en.canonical.rfind(' ');
      if (en.type != EntityType::Person || sp == std::string::npos || en.mentions.empty()) continue;
      std::string last = to_lower(std::string_view(en.canonical).substr(sp + 1));
      surname_filter_.add(last);
      const auto [it, fresh] = surnames_.emplace(std::move(last), static_cast<std::int32_t>(ei));  // row 23.430: moved
      if (!fresh && it->second != static_cast<std::int32_t>(ei)) it->second = -1;  // two people: unknown
    }
  }
  if (!surname_filter_.may_hold(lower)) return -1;
  const auto it = surnames_.find(std::string(lower));
  return it == surnames_.end() ? -1 : it->second;
}

std::int32_t Resolver::surname(std::size_t b, std::size_t e, std::string& from) {
  for (std::size_t k = b; k < e; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::Word || !t.has(kCapitalized) || mention_cover[k] >= 0 || in_direct[k]) continue;
    if (const Mention* ref = mode_ == Mode::Lookup ? reference(k, kSurnameRule) : nullptr) {
      from = std::string(t.norm);
      set_from(ref->span, kSurnameRule, ref->antecedent);
      return ref->entity;
    }
    // Row 23.365: the surnames' filter asked here first once the table is built (the
    // call's own first test; `Harbour` after `Tom Smith` is passed without the call).
    if (surnames_built_ && !surname_filter_.may_hold(t.lower)) continue;
    const std::int32_t person = person_by_surname(t.lower);
    if (person < 0) continue;
    const Entity& en = a.entities[static_cast<std::size_t>(person)];
    from = std::string(t.norm);
    set_from(t.span, kSurnameRule, static_cast<std::int32_t>(en.mentions.front()));
    return person;
  }
  return -1;
}

namespace {

// A named organisation (mention `m` of sentence `s`) that opens the sentence (after
// punctuation, discourse markers and articles) or is the subject of a speech verb (word
// list subject_gap_words and -ly adverbs may stand between): what `it` and `the report`
// may stand for (organisation_subject_before()).
bool organisation_subject(const Resolver& r, const Sentence& s, const Mention& m) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  if (m.entity < 0 || a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Organization) return false;
  std::size_t opener = s.first_token;
  while (opener < s.end_token && (a.tokens[opener].kind == TokenKind::Punct || lex.in(Words::DiscourseMarkers, a.tokens[opener]) ||
                                  lex.in(Words::Articles, a.tokens[opener])))
    ++opener;
  if (m.first_token == opener) return true;
  std::size_t v = m.end_token;
  // `Manufacturers' organisation, the EEF, said` (rule A162): a body set off by commas
  // after a description is the subject of the verb right after the closing comma.
  std::int32_t set_off = -1;
  if (v + 1 < s.end_token && a.tokens[v].norm == "," && r.named_body_apposition(v, s.first_token, set_off) == m.entity) ++v;
  while (v < s.end_token && (lex.in(Words::SubjectGapWords, a.tokens[v]) || lex.ends_in(Words::AdverbSuffixes, a.tokens[v].lower))) ++v;
  std::uint32_t p = 0;
  const std::size_t n = v < s.end_token ? lex.speech_index().match(a.tokens, v, s.end_token, p) : 0;
  return n && lex.speech_cues()[p].kind == SpeechCue::Kind::Verb;
}

}  // namespace

// The organisation that opens, or is the subject of a speech verb in, the sentence of
// token k or one of the two before, the nearest first: the mention, or -1. The candidates
// (organisation_subject()) are indexed by first token once per document; whether one
// stands inside quotation marks is read at each call.
// Every word of sentence s stands inside quotation marks.
bool Resolver::quoted_sentence(const Sentence& s) const {
  bool words = false;
  for (std::size_t k = s.first_token; k < s.end_token; ++k) {
    if (a.tokens[k].kind != TokenKind::Word && a.tokens[k].kind != TokenKind::Number) continue;
    if (!in_direct[k]) return false;
    words = true;
  }
  return words;
}

std::int32_t Resolver::organisation_subject_before(std::size_t k) {
  if (a.sentences.empty()) return -1;
  if (!org_subjects_built_) {
    org_subjects_built_ = true;
    for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
      const Mention& m = a.mentions[mi];
      if (m.first_token >= mention_at.size() || mention_at[m.first_token] != static_cast<std::int32_t>(mi)) continue;
      const Sentence& s = a.sentences[sentence_of[m.first_token]];
      if (!s.furniture && !s.duplicate && organisation_subject(*this, s, m))
        org_subjects_.emplace_back(m.first_token, static_cast<std::int32_t>(mi));
    }
    std::sort(org_subjects_.begin(), org_subjects_.end());
  }
  const std::uint32_t here = sentence_of[k];
  // Up to two sentences back; a sentence wholly inside quotation marks (the quoted words of
  // an attribution before it) does not count (rule A275: `The report said: "Q1. "Q2." It
  // said ...` reaches the organisation before the quotes).
  std::uint32_t counted = 0;
  for (std::uint32_t si = here + 1; si > 0; --si) {
    const Sentence& s = a.sentences[si - 1];
    if (si - 1 < here && !quoted_sentence(s) && ++counted > 2) break;
    if (s.furniture || s.duplicate) continue;
    const std::size_t end = std::min<std::size_t>(s.end_token, k);  // mentions opening before it, the last first
    auto it = std::lower_bound(org_subjects_.begin(), org_subjects_.end(), end,
                               [](const std::pair<std::uint32_t, std::int32_t>& o, std::size_t t) { return o.first < t; });
    while (it != org_subjects_.begin() && (it - 1)->first >= s.first_token)
      if (--it; !in_direct[it->first]) return it->second;
  }
  return -1;
}

namespace {

// An honorific at token j, alone before a name that starts at `name` (`Sir`, `Lord`).
bool honorific_at(const Resolver& r, std::size_t j, std::size_t name) {
  std::uint32_t p = 0;
  return r.lex.title_index().match(r.a.tokens, j, name, p) == 1 && r.lex.titles()[p].kind == TitleEntry::Kind::Honorific;
}

// A lower-case word of five letters or more with an ending of person_noun_endings
// (`backbencher`, `campaigner`, `activist`, `politician`): a noun naming a person (rule A640).
bool person_noun(const Resolver& r, std::size_t j) {
  const Token& t = r.a.tokens[j];
  return t.kind == TokenKind::Word && !t.has(kCapitalized) && t.lower.size() >= 5 && !r.in_direct[j] &&
         r.lex.ends_in(Words::PersonNounEndings, t.lower);
}

// A lower-case word at j that may be a noun before an honorific (rule A731: `Tory peer
// Lord Roe`): no verb form (-ed, -s, an irregular past, an auxiliary or copula), adverb nor
// function word; `X met Lord Roe` and `X says Sir Roe` are a verb and its object.
bool honorific_noun(const Resolver& r, std::size_t j) {
  const Token& t = r.a.tokens[j];
  const Lexicons& lex = r.lex;
  return t.kind == TokenKind::Word && !t.has(kCapitalized) && !r.in_direct[j] && !quotes::ed_form(lex, t) &&
         !quotes::irregular_past(lex, t) && !lex.ends_in(Words::PresentSSuffixes, t.lower) &&
         !lex.ends_in(Words::AdverbSuffixes, t.lower) && !lex.in(Words::SubjectGapWords, t) && !lex.in(Words::Copulas, t);
}

// A name that pre-modifies a person's name is not the head of its phrase: `Clinton
// campaign spokesman Brian Fallon`, `Democratic presidential nominee Hillary Clinton`,
// `Trump's senior adviser Jason Miller` are the person named last. From mention `mi`,
// over at most five words that are no preposition, determiner, coordinator, verb form
// (auxiliary, copula, speech verb, `-ed`) or punctuation other than a possessive, to a
// person's mention before `limit`, when the words end with a title or a role noun (word
// list person_role_nouns): that mention; else `mi`.
std::int32_t phrase_head(const Resolver& r, std::int32_t mi, std::size_t limit) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  for (int hops = 0; mi >= 0 && hops < 3; ++hops) {
    std::size_t k = a.mentions[static_cast<std::size_t>(mi)].end_token;
    if (k < limit && a.tokens[k].has(kPossessive)) ++k;  // Trump 's
    const std::size_t first = k;
    bool names_only = true;  // only names of no person passed (`House Republican`)
    for (; k < limit && k - first <= 5; ++k) {
      // A name of no person among the words modifies the next one (rule A255: `Trump's GOP
      // primary rival Sen. Jane Roe`, `X's Senate colleague Jane Roe`): passed as a word.
      if (const std::int32_t ni = r.mention_cover[k]; ni >= 0) {
        const Mention& n = a.mentions[static_cast<std::size_t>(ni)];
        if (n.first_token != k || is_person(a, n.entity) || n.end_token >= limit) break;
        k = n.end_token - 1;
        continue;
      }
      names_only = false;
      const Token& t = a.tokens[k];
      std::uint32_t p = 0;
      if (t.kind != TokenKind::Word || r.in_direct[k] || lex.in(Words::SpeakerPhrasePrepositions, t) ||
          lex.in(Words::Determiners, t) || lex.in(Words::Coordinators, t) || lex.in(Words::SpeakerPhraseEnds, t) ||
          lex.in(Words::ActingVerbs, t) || lex.in(Words::Copulas, t) || lex.in(Words::NotClauseOpeners, t) ||
          (!t.has(kCapitalized) && quotes::ed_form(lex, t)) || lex.speech_index().match(a.tokens, k, limit, p) > 0)
        return mi;
    }
    // A party or place name right before a person's name modifies it (rule A128:
    // `Democrat Hillary Clinton`, `Republican Jane Roe ..., saying`): the person heads.
    if (k == first && k < limit && r.mention_at[k] >= 0 && !is_person(a, a.mentions[static_cast<std::size_t>(mi)].entity) &&
        is_person(a, a.mentions[static_cast<std::size_t>(r.mention_at[k])].entity))
      return r.mention_at[k];
    if (k == first || k >= limit || r.mention_cover[k] < 0 || a.mentions[static_cast<std::size_t>(r.mention_cover[k])].first_token != k)
      return mi;
    // The words before the name end with a title or a role noun (`spokesman`, `nominee`):
    // `met Rex Tillerson` is a verb and its object. An honorific is part of the name, no
    // role: `Kemp met Mr Howard` is a verb and its object too.
    // Names of no person alone before a person's name modify it as A128's one name does
    // (rule A571: `House Republican Jane Roe ... but now said` is Roe's).
    // Honorifics before the name are part of it (rule A640: `Leeds manager Sir Jane Roe`);
    // after a body's name, a noun naming a person by what they do describes the person too
    // (`Labour backbencher Jane Roe ... but said`; person_noun()).
    const bool body = !is_person(a, a.mentions[static_cast<std::size_t>(mi)].entity);
    std::size_t w = k;
    while (w > first && honorific_at(r, w - 1, k)) --w;
    // Between a body's name and an honorific, one lower-case noun describes the titled
    // person too (rule A731: `Tory peer Lord Roe ..., and said`; honorific_noun()).
    bool role = (w > first && (lex.in(Words::PersonRoleNouns, a.tokens[w - 1]) || (body && person_noun(r, w - 1)))) ||
                (names_only && body) || (body && w < k && w == first + 1 && honorific_noun(r, first));
    for (std::size_t j = first; j < k && !role; ++j) role = lex.post_title(a.tokens, j, k) == k - j;
    // After a possessive, a person's name that closes the phrase heads it whatever the noun
    // between (rule A954: `In Ms Roe's diary Mr Smith told`, `Roe's friend Tom Smith said`):
    // the possessor only qualifies that noun.
    const std::int32_t next = r.mention_cover[k];
    role |= first > 0 && a.tokens[first - 1].has(kPossessive) && is_person(a, a.mentions[static_cast<std::size_t>(next)].entity) &&
            a.mentions[static_cast<std::size_t>(next)].end_token == limit;
    if (!role) return mi;
    if (!is_person(a, a.mentions[static_cast<std::size_t>(next)].entity)) {
      if (hops == 2) return mi;
      const std::int32_t head = phrase_head(r, next, limit);
      if (head == next) return mi;
      return head;
    }
    mi = next;
  }
  return mi;
}

// `Ms. Clinton` linked to Bill Clinton: an honorific whose sex (word lists male_words /
// female_words) contradicts the given name of the mention's entity (given_name_sex) names
// the one other person of that surname whose given name agrees with it (Hillary
// Clinton); none or two: the entity stays.
std::int32_t namesake_of_sex(const Resolver& r, std::int32_t mi) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
  auto honorific_sex = [&](const Token& t) {
    return lex.in(Words::MaleWords, t) ? Sex::Male : lex.in(Words::FemaleWords, t) ? Sex::Female : Sex::Unknown;
  };
  Sex said = honorific_sex(a.tokens[m.first_token]);
  if (said == Sex::Unknown && m.first_token > 0) said = honorific_sex(a.tokens[m.first_token - 1]);
  auto given_sex = [&](const Entity& e) {
    const auto sp = e.canonical.find(' ');
    return sp == std::string::npos ? Sex::Unknown : lex.given_name_sex(std::string_view(e.canonical).substr(0, sp));
  };
  const Entity& linked = a.entities[static_cast<std::size_t>(m.entity)];
  const Sex have = given_sex(linked);
  if (said == Sex::Unknown || have == Sex::Unknown || have == said || m.end_token == 0) return m.entity;
  const std::string_view surname = a.tokens[m.end_token - 1].lower;
  std::int32_t found = -1;
  for (std::size_t ei = 0; ei < a.entities.size(); ++ei) {
    const Entity& e = a.entities[ei];
    const auto sp = e.canonical.rfind(' ');
    if (static_cast<std::int32_t>(ei) == m.entity || e.type != EntityType::Person || sp == std::string::npos ||
        to_lower(std::string_view(e.canonical).substr(sp + 1)) != surname || given_sex(e) != said)
      continue;
    if (found >= 0) return m.entity;  // two namesakes: unknown which
    found = static_cast<std::int32_t>(ei);
  }
  return found >= 0 ? found : m.entity;
}

}  // namespace

namespace {

// A sentence that opens on a capitalised word starting no mention, no determiner, pronoun
// or relative word, right before a possessive, an auxiliary or a copula (`Delta has been
// hit by ...`, `Thursday's report was drawn up ...`): a subject the recogniser missed, which
// a later `it` may stand for, so no organisation further back is (row A1138).
bool unrecognised_subject(const Annotation& a, const Lexicons& lex, const Sentence& s, const std::vector<std::int32_t>& mention_at) {
  const std::size_t f = s.first_token;
  if (f + 1 >= s.end_token || mention_at[f] >= 0) return false;
  const Token& t = a.tokens[f];
  if (t.kind != TokenKind::Word || !t.has(kCapitalized) || lex.in(Words::Determiners, t) || lex.in(Words::SubjectPronouns, t) ||
      lex.in(Words::BodyPronouns, t) || lex.in(Words::RelativeWords, t))
    return false;
  const Token& next = a.tokens[f + 1];
  return t.has(kPossessive) || next.has(kPossessive) || lex.in(Words::SubjectGapWords, next) || lex.in(Words::Copulas, next);
}

// A copula after the pronoun at k, only auxiliaries and -ly adverbs between (word list
// subject_gap_words), before no -ing form: a passive or a predicate (`It was denied`, `It
// has been suggested`), whose `it` is no speaker (row A1138); `it is predicting` speaks.
bool copula_after(const Annotation& a, const Lexicons& lex, std::size_t k) {
  for (std::size_t j = k + 1; j < a.tokens.size(); ++j) {
    const Token& t = a.tokens[j];
    if (lex.in(Words::Copulas, t)) {
      std::size_t v = j + 1;
      while (v < a.tokens.size() && (lex.in(Words::Copulas, a.tokens[v]) || lex.ends_in(Words::AdverbSuffixes, a.tokens[v].lower))) ++v;
      return v >= a.tokens.size() || !lex.ends_in(Words::ParticipleSuffixes, a.tokens[v].lower);
    }
    if (!lex.in(Words::SubjectGapWords, t) && !lex.ends_in(Words::AdverbSuffixes, t.lower)) return false;
  }
  return false;
}

}  // namespace

// "It said ..." after "the TUC has said ...": `it` is the organisation that was the
// subject of the same or one of the two sentences before (a name opening the sentence, or
// a name right before a speech verb), the nearest first; unknown otherwise.
std::int32_t Resolver::body_pronoun_in(std::size_t b, std::size_t e, std::string& from) {
  for (std::size_t k = b; k < e; ++k) {
    if (!lex.in(Words::BodyPronouns, a.tokens[k])) continue;
    if (mode_ == Mode::Lookup) {  // the stage's reference there, written or not; none: unknown
      const Mention* ref = reference(k, kPronounRule);
      for (auto u = a.unwritten_references.begin(); !ref && u != a.unwritten_references.end(); ++u)
        if (u->first_token == k && u->end_token == k + 1 && u->coreference_rule == kPronounRule) ref = &*u;
      if (!ref) return -1;
      from = std::string(a.tokens[k].norm);
      set_from(ref->span, kPronounRule, ref->antecedent);
      return ref->entity;
    }
    const std::int32_t mi = organisation_subject_before(k);
    if (mi < 0) {
      std::int32_t mention = -1;
      const std::int32_t body = copula_after(a, lex, k) ? -1 : body_speaker_before(k, mention);
      if (body < 0) return -1;
      from = std::string(a.tokens[k].norm);
      set_from(a.tokens[k].span, kPronounRule, mention);
      return body;
    }
    from = std::string(a.tokens[k].norm);
    set_from(a.tokens[k].span, kPronounRule, mi);
    return a.mentions[static_cast<std::size_t>(mi)].entity;
  }
  return -1;
}

// Row A1138 (after organisation_subject_before() found no named subject): `it` before a
// speech verb is the organisation or country that spoke last, the subject of a speech verb
// outside quotation marks in its sentence before it or in the two sentences before (in its
// paragraph or the one before; a sentence wholly inside quotation marks not counted), the
// nearest first, whatever that subject's words: a kind noun (`The airline said ... it
// added`), a name after the verb (`said Acme Corp.`), an `it` read so in turn (once). The
// subject's mention (-1 when none) in `mention`; -1 when no organisation spoke. Made-up
// example: `Acme Corp opened two stores. The firm said sales rose. It added that ...` ->
// Acme Corp.
std::int32_t Resolver::body_speaker_before(std::size_t k, std::int32_t& mention) {
  if (body_chain_depth_ > 1) return -1;
  const RecursionDepth depth(body_chain_depth_);
  const std::uint32_t here = sentence_of[k];
  const std::uint32_t para = a.sentences[here].paragraph;
  std::uint32_t counted = 0;
  for (std::uint32_t si = here + 1; si > 0; --si) {
    const Sentence& s = a.sentences[si - 1];
    if (s.paragraph + 1 < para) break;
    const bool quoted = quoted_sentence(s);
    if (si - 1 < here && !quoted && ++counted > 2) break;
    if (s.furniture || s.duplicate || quoted) continue;
    const std::size_t end = std::min<std::size_t>(s.end_token, k);
    for (std::size_t v = s.first_token; v < end; ++v) {
      if (in_direct[v] || (mention_cover[v] >= 0 && a.tokens[v].has(kCapitalized))) continue;
      std::uint32_t p = 0;
      const std::size_t n = lex.speech_index().match(a.tokens, v, s.end_token, p);
      if (n == 0 || lex.speech_cues()[p].kind != SpeechCue::Kind::Verb) {
        v += n > 0 ? n - 1 : 0;
        continue;
      }
      // The sentence's first speech verb reports; a later one may stand inside its report
      // (`The paper said that Borovian officials believe ...`): the first subject answers, a
      // person's ends the search, an unknown one (`The report said: "Q"`) passes it by.
      const std::int32_t subject = speech_subject(v, n, s, mention);
      const EntityType type = subject >= 0 ? a.entities[static_cast<std::size_t>(subject)].type : EntityType::Unknown;
      if (type == EntityType::Organization || type == EntityType::Country) return subject;
      if (subject >= 0) return -1;
      break;
    }
    if (si - 1 < here && unrecognised_subject(a, lex, s, mention_at)) return -1;
  }
  return -1;
}

namespace {

// The mark at token k that may set off an apposition or a parenthetical: "," or "--" (a
// dash; a hyphen spaced on both sides is one too, rule A372: `Jane Roe - who flew home to
// Ohio - has vowed`), else "".
std::string_view setting_off_mark(const Annotation& a, std::size_t k) {
  if (a.tokens[k].norm == ",") return ",";
  return dash_at(a, k, a.tokens.size()) ? std::string_view("--") : std::string_view();
}

// A year (`1997`, `2016`): four digits, the first two 19 or 20; a time word as those of
// before_that are (rule A252: `Jane Roe had in 1997 complained`).
bool year_number(const Token& t) {
  const std::string_view w = t.norm;
  return t.kind == TokenKind::Number && w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
         (w.starts_with("19") || w.starts_with("20"));
}

}  // namespace

std::size_t Resolver::phrase_start_before(std::size_t verb, std::size_t limit) const {
  std::size_t b = verb;
  std::size_t inside = 0;  // tokens of parentheticals passed: they do not count towards the 8
  while (b > limit && verb - b - inside < 8) {
    const Token& t = a.tokens[b - 1];
    // A parenthetical is part of the phrase: "Jane Roe (R-Ohio) last week said", "Sen.
    // Jane Roe (R-Ohio) issued a statement saying" (rule A125: counted, the phrase stopped
    // at the bracket and the state inside it spoke).
    if (t.norm == ")")
      if (const std::size_t open = skip_parenthetical(b, limit); open < b) {
        inside += b - open;
        b = open;
        continue;
      }
    if (t.norm == "," || t.norm == ";" || t.norm == ":" || t.norm == "." || setting_off_mark(a, b - 1) == "--" ||
        (t.kind == TokenKind::Quote && !t.has(kPossessive)) || in_direct[b - 1])
      break;
    if (lex.in(Words::SpeakerPhraseEnds, t)) break;
    // A speaker phrase holds no prepositional phrase ("... to Mr Trump with a warning"),
    // except inside a title ("Secretary of State"), which "of" allows.
    if (lex.in(Words::SpeakerPhrasePrepositions, t)) {
      // A time phrase between the subject and its verb is no boundary: "Sanders on
      // Tuesday said" (word list before_that: the preposition and the time words), "Roe
      // had in 1997 complained" (a year after the preposition, rule A252).
      bool time_phrase = b < verb;
      for (std::size_t k = b - 1; k < verb && time_phrase; ++k)
        time_phrase = lex.in(Words::BeforeThat, a.tokens[k]) || (k > b - 1 && year_number(a.tokens[k]));
      if (!time_phrase) break;
    }
    --b;
  }
  return b;
}

namespace {

// A sentence that is only a participle speech verb and its quotation (rule A920: `Roe
// stated that the report was weak. Adding, "Q"`): the participle opens the sentence, a
// comma or colon and the opening mark follow it, and no main clause can give it a
// subject; it goes on with the sentence before it in the paragraph: the subject of that
// sentence's last speech verb (outside quotation marks, the speech-verb lexicon, not a noun
// after a determiner or possessive; subject_of()) when it is a person. -1 when that
// sentence has no such verb or the last one's subject is no person or not read: unknown,
// not guessed.
std::int32_t fragment_participle_subject(Resolver& r, std::size_t verb, std::size_t sentence_first, std::string& from,
                                         std::int32_t& mention) {
  const Annotation& a = r.a;
  const std::uint32_t s = r.sentence_of[verb];
  if (verb != sentence_first || s == 0 || verb + 2 >= a.sentences[s].end_token || !a.tokens[verb].has(kCapitalized) ||
      !quotes::ing_form(r.lex, a.tokens[verb]))
    return -1;
  const Token& punct = a.tokens[verb + 1];
  if ((punct.norm != "," && punct.norm != ":") || a.tokens[verb + 2].kind != TokenKind::Quote || !r.in_direct[verb + 2]) return -1;
  const Sentence& prev = a.sentences[s - 1];
  if (prev.paragraph != a.sentences[s].paragraph || prev.furniture || prev.duplicate) return -1;
  std::int32_t who = -1;
  for (std::size_t v = prev.first_token; v < prev.end_token; ++v) {
    if (r.in_direct[v] || r.mention_cover[v] >= 0) continue;
    std::uint32_t p = 0;
    const std::size_t n = r.lex.speech_index().match(a.tokens, v, prev.end_token, p);
    if (!n || r.lex.speech_cues()[p].kind != SpeechCue::Kind::Verb) continue;
    std::string f;
    std::int32_t m = -1;
    // The last speech verb decides (row A944): a body or a subject not read there gives
    // unknown (`Roe said the plan was weak and the ministry said it was fine. Adding, "Q"`);
    // a word of the lexicon after a determiner or a possessive is a noun, passed (`that the
    // report was`, `that the IG's report "wasn't good."`).
    const bool noun = v > prev.first_token && (r.lex.in(Words::Determiners, a.tokens[v - 1]) ||
                                               r.lex.in(Words::Possessives, a.tokens[v - 1]) ||
                                               a.tokens[v - 1].has(kPossessive));
    if (!noun) {
      const std::int32_t subject = r.subject_of(v, prev.first_token, f, m);
      who = is_person(a, subject) ? subject : -1;
      if (who >= 0) {
        from = f;
        mention = m;
      }
    }
    v += n - 1;
  }
  return who;
}

// A participle opening the sentence, at most after a preposition (`Promising that CLAUSE,
// Roe said ...`, `In addition to stating that CLAUSE, Roe has vowed ...`; rule A91): its
// subject is the main clause's, the person named or he/she right after the first comma
// (outside quotation marks, within 40 tokens) that such a subject follows.
std::int32_t main_clause_subject(Resolver& r, std::size_t verb, std::size_t sentence_first, std::string& from,
                                 std::int32_t& mention) {
  const Annotation& a = r.a;
  for (std::size_t k = sentence_first; k < verb; ++k)
    if (a.tokens[k].kind != TokenKind::Word || r.mention_cover[k] >= 0) return -1;
  const std::size_t end = a.sentences[r.sentence_of[verb]].end_token;
  for (std::size_t c = verb + 1; c + 1 < end && c - verb < 40; ++c) {
    if (r.in_direct[c] || a.tokens[c].norm != ",") continue;
    const Token& t = a.tokens[c + 1];
    if (r.mention_at[c + 1] < 0 && !r.lex.in(Words::SubjectPronouns, t) && !t.has(kCapitalized)) continue;
    // A title before the name (rule A341: `Since announcing that ..., Mr. Biden has been`):
    // up to four capitalised words or abbreviation points, as after_fronted_phrase() reads them.
    std::size_t k = c + 1;
    while (k + 1 < end && k - c <= 4 && r.mention_at[k] < 0 && !r.in_direct[k] && (a.tokens[k].has(kCapitalized) || a.tokens[k].norm == "."))
      ++k;
    if (r.mention_at[k] < 0 || r.in_direct[k]) k = c + 1;
    const std::size_t e = r.mention_at[k] >= 0 ? a.mentions[static_cast<std::size_t>(r.mention_at[k])].end_token : c + 2;
    if (k > c + 1 && e < end && a.tokens[e].has(kPossessive)) continue;  // `Gov. Tom Smith's aide`: no subject
    const std::int32_t who = r.noun_phrase(c + 1, e, from, mention);
    if (is_person(a, who)) return who;
  }
  return fragment_participle_subject(r, verb, sentence_first, from, mention);
}

}  // namespace

// For a coordinated verb with no subject of its own ("Lavrov warned of ... and said ...")
// or a participle ("..., saying ..."): the subject that opens the clause or sentence.
namespace {

// A verb form in [b, e) (verbless_apposition): a lower-case finite auxiliary, copula,
// `-ed` form or speech verb outside quotation marks.
bool holds_verb_form(const Resolver& r, std::size_t b, std::size_t e) {
  const Annotation& a = r.a;
  for (std::size_t k = b; k < e; ++k) {
    const Token& t = a.tokens[k];
    if (r.in_direct[k] || t.kind != TokenKind::Word || t.has(kCapitalized)) continue;
    std::uint32_t p = 0;
    if (r.lex.in(Words::FiniteAuxiliaries, t) || r.lex.in(Words::Copulas, t) || quotes::ed_form(r.lex, t) ||
        r.lex.speech_index().match(a.tokens, k, e, p) > 0)
      return true;
    // a lower-case word right after a name that opens the stretch is its verb (`Trump went
    // after Bush`), unless it goes on with the phrase (`Bush of Florida`, `X and Y`)
    if (k > b && r.mention_cover[k - 1] >= 0 && a.mentions[static_cast<std::size_t>(r.mention_cover[k - 1])].first_token == b &&
        r.mention_cover[k] < 0 && !r.lex.in(Words::PersonRoleNouns, t) &&
        !r.lex.in(Words::SpeakerPhrasePrepositions, t) && !r.lex.in(Words::OfPrepositions, t) && !r.lex.in(Words::Coordinators, t) &&
        !r.lex.in(Words::Determiners, t) && !t.has(kPossessive) && !a.tokens[k - 1].has(kPossessive))
      return true;
  }
  return false;
}

// The clause from `clause` opens on an unnamed noun phrase, a determiner and up to four
// words with no preposition, name or quotation mark, then its finite verb: a lower-case
// auxiliary other than a copula, a copula before an -ing form, a past form in -ed or a
// speech verb (`His campaign sued X ..., claiming`, `A rival group is accusing X of ...`;
// `the` is skipped as a discourse marker, so a clause opening on `The` is not read,
// `His aides say ... but noted`), and no subordinator or relative word up to token k (rule
// A751): a name at k is that verb's object or in its complement, and the subject none of
// the names. `This was the Trump who ...` (a copula's complement), `An opponent of the
// armed occupation, X, says` (an -ed form after a preposition) and `A complaint has been
// made by X, demanding` (a passive's agent, agent_prepositions) keep their name.
bool object_after_unnamed_subject(const Resolver& r, std::size_t clause, std::size_t k) {
  const Annotation& a = r.a;
  std::size_t t = clause;
  t = past_openers(a, r.lex, t, k);
  if (t >= k || r.mention_cover[t] >= 0 || !r.lex.in(Words::Determiners, a.tokens[t])) return false;
  const std::size_t before = k - 1 > t && r.lex.in(Words::Determiners, a.tokens[k - 1]) ? k - 2 : k - 1;
  if (r.lex.in(Words::AgentPrepositions, a.tokens[before])) return false;
  for (std::size_t j = t; j < k; ++j)
    if (r.lex.in(Words::Subordinators, a.tokens[j]) || r.lex.in(Words::RelativeWords, a.tokens[j])) return false;
  for (std::size_t j = t + 1; j < k && j - t <= 5; ++j) {
    const Token& w = a.tokens[j];
    if (w.kind != TokenKind::Word || r.mention_cover[j] >= 0 || r.in_direct[j] || w.has(kCapitalized) ||
        r.lex.in(Words::SpeakerPhrasePrepositions, w) || r.lex.in(Words::OfPrepositions, w))
      return false;
    std::uint32_t p = 0;
    if (r.lex.in(Words::Copulas, w)) return j + 1 < k && quotes::ing_form(r.lex, a.tokens[j + 1]);
    if ((r.lex.in(Words::FiniteAuxiliaries, w) || quotes::ed_form(r.lex, w) || r.lex.speech_index().match(a.tokens, j, k, p) > 0))
      return true;
  }
  return false;
}

// A dateline (rule A127): the place that opens the sentence is followed by a dash, at most
// after a bracketed agency (`WASHINGTON — Sen. X defended ..., saying`, `Washington (AFP)
// – X has ...`): no subject.
bool dateline_dash(const Resolver& r, std::size_t k, std::size_t limit) {
  const auto& t = r.a.tokens;
  std::size_t j = k;
  if (j < limit && t[j].norm == "(")
    while (j < limit && j - k < 6 && t[j].norm != ")") ++j;
  if (j > k && j < limit && t[j].norm == ")") ++j;
  return j < limit && t[j].norm == "--";
}

// The first token after a dateline that opens the sentence at `first` (rule A277): a place
// (a location's or country's mention, or words in capitals: `MYRTLE BEACH`), at most a
// comma and a state's abbreviation (`, S.C.`, `, Nev.`), at most a bracketed agency
// (`(AP)`), then a dash (`--`, or a hyphen with a space on each side: `WASHINGTON - Sen.
// X ...`). `first` when the sentence opens otherwise.
std::size_t dateline_end(const Resolver& r, std::size_t first, std::size_t limit) {
  const Annotation& a = r.a;
  const auto& t = a.tokens;
  auto place = [&](std::size_t k) {
    const std::int32_t mi = r.mention_cover[k];
    if (mi < 0) return t[k].kind == TokenKind::Word && t[k].has(kAllCaps);
    const std::int32_t e = a.mentions[static_cast<std::size_t>(mi)].entity;
    return e >= 0 && (a.entities[static_cast<std::size_t>(e)].type == EntityType::Location ||
                      a.entities[static_cast<std::size_t>(e)].type == EntityType::Country);
  };
  std::size_t j = first;
  while (j < limit && j - first < 4 && !r.in_direct[j] && place(j)) ++j;
  if (j == first) return first;
  if (j + 1 < limit && t[j].norm == ",") {
    const std::size_t s = ++j;
    while (j < limit && j - s < 4 && (t[j].has(kCapitalized) || t[j].norm == ".")) ++j;
    if (j == s) return first;
  }
  if (j < limit && t[j].norm == "(") {
    const std::size_t open = j;
    while (j < limit && j - open < 6 && t[j].norm != ")") ++j;
    if (j >= limit || t[j].norm != ")") return first;
    ++j;
  }
  const bool dash = j + 1 < limit && dash_at(a, j, limit);
  return dash ? j + 1 : first;
}

// A definite description headed by a title at token k (rule A200): a definite article, then
// at most four capitalised words, named words or title premodifiers (`The Vermont`, `The
// former`), then a title that is not possessive, before `verb`, no `of` phrase after it
// (`The prime minister`, `The Scottish Conservative leader`). The title's end, or 0.
std::size_t opening_description_end(const Resolver& r, std::size_t k, std::size_t verb) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  if (r.in_direct[k] || r.mention_cover[k] >= 0 || !lex.in(Words::DefiniteArticles, a.tokens[k])) return 0;
  for (std::size_t j = k + 1; j < verb && j <= k + 5; ++j) {
    const Token& t = a.tokens[j];
    if (t.kind != TokenKind::Word || r.in_direct[j]) return 0;
    if (const std::size_t n = lex.post_title(a.tokens, j, verb); n > 0) {
      const std::size_t te = j + n;
      if (a.tokens[te - 1].has(kPossessive) || (te < verb && lex.in(Words::OfPrepositions, a.tokens[te]))) return 0;
      return te;
    }
    if (!t.has(kCapitalized) && r.mention_cover[j] < 0 && !lower_in(lex, Words::TitlePremodifiers, t)) return 0;
  }
  return 0;
}

// The end of a compound adjective that a number opens, hyphenated and written without
// spaces (`62-year-old`, `17-year-old`), at `t`: the premodifier of a name after it (rule
// A406); `t` when none stands there.
std::size_t number_compound_end(const Annotation& a, std::size_t t, std::size_t end) {
  if (t >= end || a.tokens[t].kind != TokenKind::Number) return t;
  std::size_t k = t + 1;
  while (k + 1 < end && a.tokens[k].norm == "-" && !a.tokens[k].has(kSpaceBefore) && a.tokens[k + 1].kind == TokenKind::Word &&
         !a.tokens[k + 1].has(kSpaceBefore))
    k += 2;
  return k == t + 1 ? t : k;
}

// The first token of the clause after an adverbial phrase that opens the sentence at
// `first`, set off by a comma (rule A232, as fronted_subject() reads it for he/she, A151): a
// preposition or a capitalised -ing participle opens the phrase (`Speaking to supporters in
// Ohio, Jane Roe said ..., adding`, `Facing criticism from X and Y, Jane Roe released ...,
// insisting`), and a person's name (titles before it allowed) or he/she follows one of its
// commas, within 25 tokens, before `verb`, no quotation in the phrase. `first` otherwise.
std::size_t after_fronted_phrase(const Resolver& r, std::size_t first, std::size_t verb) {
  const Annotation& a = r.a;
  const std::size_t t = fronted_phrase_opening(r, first, verb, true);
  if (t >= verb) return first;
  for (std::size_t c = t + 1; c + 1 < verb && c - t < 25; ++c) {
    if (r.in_direct[c]) return first;
    if (a.tokens[c].norm != ",") continue;
    if (r.mention_at[c + 1] < 0 && r.lex.in(Words::SubjectPronouns, a.tokens[c + 1])) return c + 1;
    const std::size_t name = number_compound_end(a, c + 1, verb);  // over `62-year-old` (A406)
    std::size_t k = name;  // over a title: `Sen.`, `Mr.`, `President`
    while (k < verb && k - name < 4 && r.mention_at[k] < 0 && (a.tokens[k].has(kCapitalized) || a.tokens[k].norm == ".")) ++k;
    if (k >= verb || r.mention_at[k] < 0) continue;
    const Mention& m = a.mentions[static_cast<std::size_t>(r.mention_at[k])];
    // A possessive name opens no subject (`When Jane Roe, Tom Smith's campaign manager, was
    // asked ..., she said`: the comma after Roe is inside the clause).
    if (is_person(a, m.entity) && !(m.end_token < verb && a.tokens[m.end_token].has(kPossessive))) return c + 1;
  }
  return first;
}

// The first token after the quotation that opens a sentence and the comma after it
// (rule A921: `"Q," Roe says in the ad, warning ..., pledging to "Q2"`: the participle's
// subject is the one that follows the opening quotation, as it is the one that opens any
// other sentence); sentence_first when the sentence opens with no quotation, or the
// quotation runs to `verb`.
std::size_t after_opening_quotation(const Resolver& r, std::size_t sentence_first, std::size_t verb) {
  const Annotation& a = r.a;
  if (a.tokens[sentence_first].kind != TokenKind::Quote || !r.in_direct[sentence_first]) return sentence_first;
  std::size_t k = sentence_first;
  while (k < verb && r.in_direct[k]) ++k;
  if (k < verb && a.tokens[k].norm == ",") ++k;
  return k < verb ? k : sentence_first;
}

}  // namespace

// Row A1168: a participle hangs on the nearest clause before it: a subordinate clause
// opened by a word of subordinators or fronting_subordinators, a person named right after
// it (a title may stand between; not a possessor), and no comma, semicolon or quotation mark between it and the
// participle is that clause (`Tom Smith was greeted coldly as Jane Roe opened the talks by
// demanding "Q"` is Roe's); not after a word of gerund_prepositions, whose gerund's subject
// is the object before it (`blamed the network for reporting that`). The clause's first
// token, or `clause` when none.
std::size_t subordinate_clause_start(const Resolver& r, std::size_t clause, std::size_t verb) {
  const Annotation& a = r.a;
  if (verb > 0 && r.lex.in(Words::GerundPrepositions, a.tokens[verb - 1])) return clause;  // `blamed X for reporting`
  for (std::size_t k = verb; k-- > clause + 1;) {
    const Token& t = a.tokens[k];
    if (r.in_direct[k] || t.kind == TokenKind::Quote || t.norm == "," || t.norm == ";") return clause;
    if (t.has(kCapitalized) || !(r.lex.in(Words::Subordinators, t) || r.lex.in(Words::FrontingSubordinators, t))) continue;
    std::size_t n = k + 1;  // past a title left out of the name (`as Mr. Roe opened`)
    while (n < verb && n < k + 4 && r.mention_at[n] < 0 && (a.tokens[n].has(kCapitalized) || a.tokens[n].norm == ".")) ++n;
    const std::int32_t mi = n < verb ? r.mention_at[n] : -1;
    if (mi < 0 || !is_person(a, a.mentions[static_cast<std::size_t>(mi)].entity)) return clause;
    const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
    return m.end_token < verb && !a.tokens[m.end_token].has(kPossessive) ? n : clause;
  }
  return clause;
}

std::int32_t Resolver::clause_subject(std::size_t verb, std::size_t npb, std::size_t sentence_first, std::string& from,
                                      std::int32_t& mention) {
  // The clause the verb hangs on: from the comma before the previous comma (or the
  // sentence start): "..., Secretary of State Rex Tillerson struck a tone after ..., saying".
  const bool participle = lex.ends_in(Words::ParticipleSuffixes, a.tokens[verb].lower);
  std::size_t clause = sentence_first;
  if (participle && npb == verb && verb > sentence_first && a.tokens[verb - 1].norm == ",") {
    for (std::size_t k = verb - 1; k > sentence_first; --k)
      if (a.tokens[k - 1].norm == ",") { clause = k; break; }
    // An apposition set off by commas holds no verb form: the clause is before it (rule
    // A126: `X was upfront about Y, the current GOP front-runner, saying` is X's).
    while (clause > sentence_first + 1 && !holds_verb_form(*this, clause, verb - 1)) {
      std::size_t k = clause - 1;
      while (k > sentence_first && a.tokens[k - 1].norm != ",") --k;
      clause = k;
    }
  }
  if (clause == sentence_first) clause = after_fronted_phrase(*this, dateline_end(*this, sentence_first, verb), verb);
  if (participle) clause = subordinate_clause_start(*this, clause, verb);  // row A1168
  // A coordinated verb hangs on the clause after `, while` (word list subordinators, rule
  // A75): "X barred refugees, while Y, the former governor, proposed Z and said ...".
  for (std::size_t k = npb; !participle && k > sentence_first + 1; --k)
    if (a.tokens[k - 2].norm == "," && lex.in(Words::Subordinators, a.tokens[k - 1]) && !in_direct[k - 1]) {
      clause = k;
      break;
    }
  bool opening = true;  // only punctuation and discourse markers so far
  for (std::size_t k = clause; k < verb; ++k) {
    if (in_direct[k]) continue;
    if (lex.in(Words::SubjectPronouns, a.tokens[k]) && mention_at[k] < 0)
      return pronoun_in(k, k + 1, from);  // "He doubled down ... and adding ..."
    // `It said ..., saying ...` (rule A222): an `it` that opens a participle's clause is its
    // subject, the organisation it stands for (body_pronoun_in()), not a name after it.
    if (participle && opening && lex.in(Words::BodyPronouns, a.tokens[k]) && mention_at[k] < 0)
      return body_pronoun_in(k, k + 1, from);
    std::int32_t mi = mention_at[k];
    // A bare surname opening the clause (rule A89): `Fiorina was upfront about X, saying`.
    if (mi < 0 && opening && a.tokens[k].has(kCapitalized) && mention_cover[k] < 0)
      if (const std::int32_t who = surname(k, k + 1, from); is_person(a, who)) return who;
    // `The prime minister announced X and said` (rule A200): a definite description opening
    // the clause is the subject, read as one (noun_phrase()); nobody else named after it.
    if (const std::size_t te = opening && mi < 0 ? opening_description_end(*this, k, verb) : 0; te > k)
      return noun_phrase(k, te, from, mention);
    // `The Republican nominee also outlined X, saying` (rule A262): a person described by a
    // role noun after a body, never the body (body_person_description()).
    std::int32_t body = -1;
    std::string noun;
    if (const std::size_t te = opening && mi < 0 ? body_person_end(*this, k, verb, body, noun) : 0; te > k)
      return noun_phrase(k, te, from, mention);
    opening &= a.tokens[k].kind == TokenKind::Punct || lex.in(Words::DiscourseMarkers, a.tokens[k]);
    if (mi < 0) continue;
    // `In Brussels, Jane Roe ... backed X and praised Y` (rule A96): a preposition's object is no subject.
    if (k > clause && lex.in(Words::SpeakerPhrasePrepositions, a.tokens[k - 1])) continue;
    if (object_after_unnamed_subject(*this, clause, k)) return -1;
    mi = phrase_head(*this, mi, verb);  // "Democratic nominee Hillary Clinton ..., saying"
    // "The Vermont senator ..., but says": the holder of the place's office, not the place.
    if (place_office_at(*this, k, verb) == mi) {
      const std::int32_t who = role_phrase(k, std::min(verb, std::size_t{a.mentions[static_cast<std::size_t>(mi)].end_token} + 4), mi, from);
      return who == -2 ? -1 : who;
    }
    const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
    if (m.end_token < verb && a.tokens[m.end_token].has(kPossessive)) continue;
    if (k == sentence_first && dateline_dash(*this, m.end_token, verb)) continue;
    mention = mi;
    return is_person(a, m.entity) ? namesake_of_sex(*this, mi) : m.entity;
  }
  const std::size_t first = participle ? after_opening_quotation(*this, sentence_first, verb) : sentence_first;
  for (std::size_t k = first; k < verb && k < first + 4; ++k) {
    if (in_direct[k]) break;
    if (mention_at[k] >= 0) {
      mention = mention_at[k];
      return a.mentions[static_cast<std::size_t>(mention)].entity;
    }
    if (lex.in(Words::SubjectPronouns, a.tokens[k])) return pronoun_in(k, k + 1, from);
  }
  if (participle && verb - sentence_first <= 3) return main_clause_subject(*this, verb, sentence_first, from, mention);
  return -1;
}

namespace {

// The words before the name that opens a clause (rule A220): titles, title premodifiers,
// role nouns and capitalised words from token t (`Mr Roe`, `Christian Rev. Jane Roe`,
// `The Washington Post columnist Jane Roe`), up to four, none inside quotation marks, a
// possessive, an `of` or another preposition (`The wife of Jane Roe`, `Experts like Jane
// Roe`). The first token after them (t when none), or `end` when another word stands there.
std::size_t after_title_words(const Resolver& r, std::size_t t, std::size_t end) {
  const Annotation& a = r.a;
  std::size_t k = t;
  while (k < end && r.mention_at[k] < 0) {
    const Token& w = a.tokens[k];
    if (k - t >= 4 || r.in_direct[k] || (w.kind != TokenKind::Word && w.norm != ".") || w.has(kPossessive) ||
        r.lex.in(Words::OfPrepositions, w) || r.lex.in(Words::SpeakerPhrasePrepositions, w))
      return end;
    std::uint32_t p = 0;
    if (const std::size_t n = r.lex.title_index().match(a.tokens, k, end, p); n > 0) {
      k += n;
      continue;
    }
    if (!w.has(kCapitalized) && w.norm != "." && !lower_in(r.lex, Words::TitlePremodifiers, w) &&
        !r.lex.in(Words::PersonRoleNouns, w))
      return end;
    ++k;
  }
  return k;
}

}  // namespace

// "X, the chairman of Y, said", "X, who ..., said", "X, editor of Y, which ..., said": the
// phrase before the verb follows a comma and names no person, and the clause opens with a
// named person or organisation followed by a comma: that name is the subject (an
// apposition or relative clause stands between it and its verb; a body named inside
// the apposition is not the speaker). Rule A220, when the verb follows the closing mark
// right away (no phrase of its own before it: `..., Interfax said` keeps Interfax): titles
// may stand before a person's name (`Mr Roe, who said the "Q", called for`;
// after_title_words()), the closing comma may stand inside a closing quotation mark (`Jane
// Roe, author of "The Title," said`), and a country speaks as an organisation does
// (`China, the North's only ally, said`).
std::int32_t Resolver::opening_name(std::size_t npb, std::size_t verb, std::size_t sentence_first, std::int32_t& mention) {
  if (npb <= sentence_first + 1 || verb - sentence_first > 40) return -1;
  const bool bare = npb == verb;  // the verb right after the mark
  std::size_t close = npb - 1;    // the mark that closes the apposition
  if (const Token& c = a.tokens[close];
      bare && c.kind == TokenKind::Quote && !c.has(kPossessive) && close > sentence_first + 1 && a.tokens[close - 1].norm == ",")
    --close;
  const std::string_view mark = setting_off_mark(a, close);
  if (mark.empty()) return -1;
  std::size_t t = sentence_first;
  t = past_openers(a, lex, t, close);
  const std::size_t k = bare ? after_title_words(*this, t, close) : t;
  if (k >= close || in_direct[k] || mention_at[k] < 0) return -1;
  const Mention& m = a.mentions[static_cast<std::size_t>(mention_at[k])];
  // The punctuation after the name opens the apposition and the same mark closes it; a
  // parenthetical may stand between the name and the mark, as it may before a verb (rule
  // A251: `Rep. Jane Roe (Mich.), a superdelegate supporting X, said`; A125).
  std::size_t after = m.end_token;
  if (after < close && a.tokens[after].norm == "(")
    for (std::size_t j = after + 1; j < close && j - after < 12 && !in_direct[j]; ++j)
      if (a.tokens[j].norm == ")") {
        after = j + 1;
        break;
      }
  if (m.entity < 0 || after + 1 >= close || setting_off_mark(a, after) != mark) return -1;
  const EntityType type = a.entities[static_cast<std::size_t>(m.entity)].type;
  const bool country = bare && type == EntityType::Country;
  if (type != EntityType::Person && (k > t || (type != EntityType::Organization && !country))) return -1;
  mention = mention_at[k];
  return m.entity;
}

// A bracketed aside that closes at `end` (rule A125), up to 23 tokens inside (rule A343:
// `Sen. Jane Roe (a Vermont Democrat so tireless she has been mistaken for one of her own
// aides) says`; 11 before): its opening bracket, or `end`.
std::size_t Resolver::skip_parenthetical(std::size_t end, std::size_t limit) const {
  if (end <= limit + 1 || a.tokens[end - 1].norm != ")") return end;
  for (std::size_t k = end - 1; k > limit && end - k < 24; --k) {
    if (in_direct[k - 1]) break;
    if (a.tokens[k - 1].norm == "(") return k - 1;
  }
  return end;
}

// The comma that opens an apposition running unclosed to token `npb` (rule A87): an
// article right after it, or a person's name right before it and a role after it (rule
// A841: `Jane Roe, spokeswoman for the Acme Trust said`, `Jane Roe, president of the networks
// division at the firm says`, `Jane Roe, from the Acme union said`: the role's body is no
// speaker; not `Jane Roe, to argue that` nor `Jane Roe, after being warned by X that`), then up to fourteen words,
// numbers, possessives and names with no clause in them (no relative or complementizer,
// coordinator, copula, auxiliary, pronoun or other punctuation; a coordinator inside a name
// is none: `the Public and Commercial Services Union`). The comma, or npb.
std::size_t Resolver::unclosed_apposition(std::size_t npb, std::size_t sentence_first) const {
  // A person's name right before the comma, and a role after it: an origin preposition
  // opening the apposition or a role noun or title in it before npb.
  const auto person_role = [&](std::size_t comma) {
    const std::int32_t mi = comma > sentence_first ? mention_cover[comma - 1] : -1;
    if (mi < 0 || a.mentions[static_cast<std::size_t>(mi)].end_token != comma ||
        !is_person(a, a.mentions[static_cast<std::size_t>(mi)].entity))
      return false;
    if (lex.in(Words::OriginPrepositions, a.tokens[comma + 1])) return true;
    for (std::size_t j = comma + 1; j < npb; ++j) {
      if (lex.in(Words::PersonRoleNouns, a.tokens[j]) || lex.in(Words::OfficialNouns, a.tokens[j]) ||
          lex.post_title(a.tokens, j, npb) > 0)
        return true;
    }
    return false;
  };
  for (std::size_t k = npb; k > sentence_first + 1 && npb - k < 15; --k) {
    const Token& t = a.tokens[k - 1];
    if (t.norm == ",") return k < npb && (lower_in(lex, Words::Articles, a.tokens[k]) || person_role(k - 1)) ? k - 1 : npb;
    if (in_direct[k - 1] || (t.kind != TokenKind::Word && t.kind != TokenKind::Number && !t.has(kPossessive)) ||
        ((lex.in(Words::SpeakerPhraseEnds, t) || lex.in(Words::Coordinators, t)) && mention_cover[k - 1] < 0) ||
        lex.in(Words::Copulas, t) || lex.in(Words::SubjectGapWords, t) || lex.in(Words::SubjectPronouns, t))
      return npb;
  }
  return npb;
}

// `Manufacturers' organisation, the EEF, said`, `The employers' group, the CBI, said` (rule
// A161): the phrase set off right before the verb (its closing mark at `end`) is only a
// named organisation, a definite article allowed before it, and the same mark opens it
// after a description in the same sentence: the name is the description's apposition, the
// subject. Tried when the mark is right before the verb and apposition_subject() finds no
// person in the phrases before (`producer, Hindustan Copper Ltd, traders said` is no body's).
// The organisation, or -1.
std::int32_t Resolver::named_body_apposition(std::size_t end, std::size_t sentence_first, std::int32_t& mention) const {
  if (end < sentence_first + 3 || in_direct[end - 1]) return -1;
  const std::int32_t mi = mention_cover[end - 1];
  if (mi < 0) return -1;
  const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
  if (m.end_token != end || m.entity < 0 || a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Organization)
    return -1;
  std::size_t b = m.first_token;
  // `Brian Sandoval, a Republican, said`: after an indefinite article the name is a member's.
  if (b > sentence_first && lower_in(lex, Words::IndefiniteArticles, a.tokens[b - 1])) return -1;
  if (b > sentence_first && lower_in(lex, Words::DefiniteArticles, a.tokens[b - 1])) --b;
  if (b < sentence_first + 2 || a.tokens[b - 1].norm != a.tokens[end].norm || in_direct[b - 2]) return -1;
  mention = mi;
  return m.entity;
}

// "Rep. Jane Roe of Ohio, an ally of the leadership, said", "Jane Roe (R-Ohio), one of the
// bill's authors, said", "Jane Roe, editor of X, which ran the survey, said": the phrase
// before the verb is set off by commas (or dashes); going back over such phrases, the
// first one that opens a clause (the sentence start or a punctuation mark before it) and
// names a person is the subject. Rule A790: a relative clause closed right before the
// verb's phrase, no mark inside it (`Jane Roe, who since ... has thrown restraint to the
// winds in denouncing the nominee, on Friday declared`), may run to 48 tokens; other asides
// to 30 (not `Jane Roe, who was 24, was Miss Ohio in 1991 and ..., the newspaper said`: the
// paper's). Rule A791: an aside between dashes, which may hold commas of its own, after an
// apposition set off by a comma (`Jane Roe, the head of Acme -- the firm that owns X, which
// ... -- told me`, `Jane Roe, director of X, or XYZ - which ... - said`): the subject is
// read before the phrase that opens the dash, as if the verb followed it.
std::int32_t Resolver::apposition_subject(std::size_t npb, std::size_t sentence_first, std::int32_t& mention) {
  if (npb <= sentence_first + 1) return -1;
  const std::string_view mark = setting_off_mark(a, npb - 1);
  if (mark.empty()) {
    // `Sen. Jane Roe (D-NY), a supporter of X's bid for the presidency told ...` (rule A87):
    // an apposition left unclosed before the verb, opened by an article after the comma.
    const std::size_t comma = unclosed_apposition(npb, sentence_first);
    return comma < npb ? apposition_subject(comma + 1, sentence_first, mention) : -1;
  }
  // The phrase [b, end) names the subject when it opens a clause (the sentence start, a
  // punctuation or quotation mark, a coordinator, a discourse marker or a complementizer
  // before it: "But Mr X, a Y, said"; `on "New Day," Sen. X, a Y, said`) and ends with the
  // person's name, or the name and an "of" phrase ("Rep. X of Ohio"). A complementizer
  // opens it too (`after_that`) when the name opens it and one apposition, closed right
  // before the verb, follows it (rule A445: the cleft `It was a year ago that Jane Roe, a Y,
  // said`, `charges that Jane Roe, for one, called`; not `lights that formed the name Roe,
  // said` nor `that Mr Roe, if not countered, could`).
  auto person_phrase = [&](std::size_t end, bool after_that) -> std::int32_t {
    end = skip_parenthetical(end, sentence_first);
    const std::size_t b = phrase_start_before(end, sentence_first);
    if (b >= end) return -1;
    // A participle's aside (`Jane Roe, contradicting Tom Smith, said`): its name is the
    // participle's object, the subject stands before it (rule A693); not `including`
    // (inclusion_words: `Several candidates, including Tom Smith, said` names a speaker).
    if (const Token& open = a.tokens[b]; !open.has(kCapitalized) && open.lower.size() > 5 &&
                                         lex.ends_in(Words::ParticipleSuffixes, open.lower) &&
                                         !lex.in(Words::InclusionWords, open) && b + 1 < end)
      return -1;
    if (b > sentence_first) {
      const Token& before = a.tokens[b - 1];
      const bool opens = before.kind == TokenKind::Punct || (before.kind == TokenKind::Quote && !before.has(kPossessive));
      // A subordinator opens the clause too when the name opens the phrase (rule A760: `a
      // day after Jane Roe, the new police chief, said`, `because Jane Roe, a Y, said`).
      const bool subordinate = (lex.in(Words::Subordinators, before) || lex.in(Words::FrontingSubordinators, before)) &&
                               a.tokens[b].has(kCapitalized);
      if (!opens && !subordinate && !lex.in(Words::Coordinators, before) && !lex.in(Words::DiscourseMarkers, before) &&
          !(after_that && lex.in(Words::DeclarativeComplementizers, before) && a.tokens[b].has(kCapitalized)))
        return -1;
    }
    for (std::size_t j = b; j < end; ++j) {
      const std::int32_t mi = mention_cover[j];
      if (mi < 0 || !is_person(a, a.mentions[static_cast<std::size_t>(mi)].entity)) continue;
      // A person's name that pre-modifies the role of the person named last (rule A682:
      // `his wife, longtime Hillary Clinton aide Jane Roe, announced`): that person
      // (phrase_head()); not after a participle (`Interfax, quoting Yeltsin press secretary
      // Jane Roe, said` is Interfax's).
      bool participle = false;
      for (std::size_t k = b; k < j; ++k)
        participle |= !a.tokens[k].has(kCapitalized) && lex.ends_in(Words::ParticipleSuffixes, a.tokens[k].lower);
      const std::int32_t hi = participle ? mi : phrase_head(*this, mi, end);
      const Mention& m = a.mentions[static_cast<std::size_t>(hi)];
      if (m.end_token < end && !lex.in(Words::OfPrepositions, a.tokens[m.end_token])) return -1;
      mention = hi;
      return m.entity;
    }
    // `Mr Roe, who stepped down ..., had suggested` (rule A90): the phrase ends with a bare
    // surname of a person named in the document.
    std::string from;
    if (const Token& last = a.tokens[end - 1]; last.has(kCapitalized) && mention_cover[end - 1] < 0)
      if (const std::int32_t who = surname(end - 1, end, from); is_person(a, who)) return who;
    return -1;
  };
  // "X, executive partner of Y said": the apposition opened by the mark is not closed.
  if (const std::int32_t who = person_phrase(npb - 1, false); who >= 0) return who;
  bool earlier_mark = false;  // a mark passed on the way back: more than one apposition
  for (std::size_t k = npb - 1; k > sentence_first && npb - k < 48; --k) {
    if (npb - k >= 30 && earlier_mark) break;
    const Token& t = a.tokens[k - 1];
    if (in_direct[k - 1] || t.norm == "." || t.norm == ";" || t.norm == ":") break;
    if (setting_off_mark(a, k - 1) != mark) continue;
    if (npb - k >= 30 && !lex.in(Words::PersonRelatives, a.tokens[k]) && !lex.in(Words::BodyRelatives, a.tokens[k])) break;
    if (const std::int32_t who = person_phrase(k - 1, !earlier_mark); who >= 0) return who;
    if (mark == "--" && !earlier_mark) {
      const std::size_t b = phrase_start_before(k - 1, sentence_first);
      if (b < k - 1 && b > sentence_first + 1 && a.tokens[b - 1].norm == "," && !in_direct[b - 1])
        if (const std::int32_t who = apposition_subject(b, sentence_first, mention); who >= 0) return who;
    }
    earlier_mark = true;
  }
  return -1;
}

namespace {

// A time phrase right before `to` at k (rule A342: `X tweeted on Friday to say`, `X replied
// later Saturday to suggest`): up to three words of before_that (prepositions and time
// words), one of them no preposition, the last no determiner, after a lower-case word; the
// catenative verb stands before it. Returns the phrase's first token, or k.
std::size_t time_phrase_before_to(const Resolver& r, std::size_t k, std::size_t sentence_first) {
  const Annotation& a = r.a;
  std::size_t tp = k;
  while (tp > sentence_first + 1 && k - tp < 3 && !r.in_direct[tp - 1] && a.tokens[tp - 1].kind == TokenKind::Word &&
         r.lex.in(Words::BeforeThat, a.tokens[tp - 1]))
    --tp;
  bool time_word = false;
  for (std::size_t j = tp; j < k; ++j) time_word |= !r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[j]);
  time_word &= tp < k && !r.lex.in(Words::Determiners, a.tokens[k - 1]);  // `had this to say`: an object
  return time_word && tp < k && !a.tokens[tp - 1].has(kCapitalized) && a.tokens[tp - 1].kind == TokenKind::Word ? tp : k;
}

// Whether an object stands between the catenative verb at k and `to` at to_at (rule A572):
// a word that is no preposition (a particle, `went on to say`), outside the degree phrase
// closed by `as` right before `to` (`went so far as to say`): `told reporters to say`,
// `told them what to say` (they say it).
bool object_before_to(const Resolver& r, std::size_t k, std::size_t to_at, bool degree) {
  for (std::size_t j = k + 1; j < to_at; ++j)
    if (!r.lex.in(Words::SpeakerPhrasePrepositions, r.a.tokens[j]) && !(degree && j + 3 >= to_at)) return true;
  return false;
}

// A speech verb after a verb, its object and `to` (rule A730: `Jane Roe used a speech to say`,
// `X took this chance to demand`): the object is a lower-case noun phrase of up to four
// words opened by a determiner, naming no entity, person noun or title (`urged the mayor to
// say`, `led Jane Roe to say`: the object speaks), right after a past form (-ed or an
// irregular past) that is no copula, auxiliary, acting verb (`had a chance to say`, `wants
// the board to say`) nor a speech verb (a report of its own). Returns that verb, or `verb`.
std::size_t object_chain_head(const Resolver& r, std::size_t verb, std::size_t sentence_first) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  const std::size_t to_at = verb - 1;
  std::size_t d = to_at;
  while (d > sentence_first + 1 && to_at - d < 4 && !lex.in(Words::Determiners, a.tokens[d - 1])) {
    const Token& t = a.tokens[d - 1];
    if (t.kind != TokenKind::Word || t.has(kCapitalized) || t.has(kPossessive) || r.in_direct[d - 1] || r.mention_cover[d - 1] >= 0 ||
        lex.in(Words::PersonRoleNouns, t) || lex.in(Words::ObjectPronouns, t) || lex.in(Words::SpeakerPhrasePrepositions, t) || lex.in(Words::OfPrepositions, t))
      return verb;
    --d;
  }
  if (d == to_at || d <= sentence_first + 1 || !lex.in(Words::Determiners, a.tokens[d - 1])) return verb;
  std::uint32_t p = 0;
  for (std::size_t j = d; j < to_at; ++j)
    if (lex.title_index().match(a.tokens, j, to_at, p) > 0) return verb;
  const std::size_t v = d - 2;
  const Token& head = a.tokens[v];
  std::uint32_t sp = 0;
  if (head.kind != TokenKind::Word || head.has(kCapitalized) || r.in_direct[v] || lex.in(Words::Copulas, head) ||
      lex.in(Words::ActingVerbs, head) || lex.in(Words::SubjectGapWords, head) || lex.speech_index().match(a.tokens, v, v + 1, sp) > 0)
    return verb;
  return quotes::ed_form(lex, head) || quotes::irregular_past(lex, head) ? v : verb;
}

// A speech verb after a catenative verb and `to` (rule A31): `X continued to say`, `X is
// likely to stress`, `X has refused to say`: up to three lower-case words before `to` (five
// when `as` closes a degree phrase there, rule A572: `X went so far as to say`), the first a
// verb form (-ed, an irregular past, -s, a copula or auxiliary); returns that first word, or `verb`.
std::size_t catenative_head(const Resolver& r, std::size_t verb, std::size_t sentence_first) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  if (verb < sentence_first + 3 || !lex.in(Words::InfinitiveMarkers, a.tokens[verb - 1])) return verb;
  std::size_t k = time_phrase_before_to(r, verb - 1, sentence_first);
  const std::size_t to_at = k;  // `to`, or the time phrase's first word
  // A preposition right before `to`, after a lower-case word, is the verb's particle (`went on to`).
  auto particle = [&](std::size_t j) {
    return j == verb - 1 && j >= 2 && a.tokens[j - 2].kind == TokenKind::Word && !a.tokens[j - 2].has(kCapitalized);
  };
  // `as` right before `to` closes a degree phrase (rule A572: `X went so far as to say`, `so
  // bold as to suggest`): its two words stand between the verb and `to` as well.
  const std::size_t span = k == verb - 1 && lex.in(Words::AttributionAs, a.tokens[k - 1]) ? 5 : 3;
  while (k > sentence_first + 1 && to_at - k < span) {
    const Token& t = a.tokens[k - 1];
    if (t.kind != TokenKind::Word || t.has(kCapitalized) || t.has(kPossessive) || r.in_direct[k - 1] ||
        lex.in(Words::Determiners, t) || (lex.in(Words::SpeakerPhrasePrepositions, t) && !particle(k)) ||
        lex.in(Words::Coordinators, t) || lex.in(Words::SpeakerPhraseEnds, t) || lex.in(Words::SubjectPronouns, t))
      break;
    --k;
  }
  if (k == to_at) return object_chain_head(r, verb, sentence_first);
  const Token& head = a.tokens[k];
  // Right after a name the first word is the name's verb or an adverb before it, an
  // irregular past included (rule A118: `Jane Roe went on to explain`, `Roe then went on to say`).
  const std::int32_t before = r.mention_cover[k - 1];
  // A title or role noun there heads the name's phrase, no verb (rule A264: `The Vermont
  // senator declined to say`, `the Republican nominee went on to say`).
  std::uint32_t p = 0;
  const bool noun = lex.in(Words::PersonRoleNouns, head) || lex.title_index().match(a.tokens, k, verb, p) > 0;
  const bool after_name = before >= 0 && a.mentions[static_cast<std::size_t>(before)].end_token == k &&
                          !a.tokens[k - 1].has(kPossessive) && !r.in_direct[k - 1] && !noun;
  // A participle right after a comma and right before `to` opens a participle clause (rule
  // A345: `X was making a pitch to voters, refusing to concede that`): its subject is read
  // as a participle's; not with an object before `to` (`..., leaving some to question`).
  const bool participle_clause =
      lex.ends_in(Words::ParticipleSuffixes, head.lower) && a.tokens[k - 1].norm == "," && k + 1 == to_at;
  // A speech verb's form after a comma and right before `to` (or the time phrase) is the
  // verb too, an irregular past included (rule A347: `Jane Roe, who chairs the panel, wrote
  // on Sunday to say`); not with an object between (`..., told reporters to say`).
  std::uint32_t sp = 0;
  const bool speech_form = a.tokens[k - 1].norm == "," && k + 1 == to_at && !noun &&
                           lex.speech_index().match(a.tokens, k, k + 1, sp) > 0;
  // An irregular past is a verb form as `-ed` is (rule A572: `Jane Roe, the mayor, went on to
  // say`), with no object before `to` (object_before_to()).
  const bool verbal = quotes::ed_form(lex, head) || (lex.in(Words::IrregularPastForms, head) && !object_before_to(r, k, to_at, span == 5)) ||
                      lex.ends_in(Words::PresentSSuffixes, head.lower) || lex.in(Words::Copulas, head) ||
                      lex.in(Words::ActingVerbs, head) || lex.in(Words::SubjectGapWords, head) || after_name || participle_clause ||
                      speech_form;
  return verbal ? k : object_chain_head(r, verb, sentence_first);
}

// Row A1152: a prepositional phrase set off by commas between a person's name and the
// relative pronoun on her (`a reply from the envoy, Jane Roe, in front of the Elm Council,
// who said ...`; the phrase may end on a body's or a place's name):
// the comma that opens the phrase, when a preposition (speaker_phrase_prepositions or
// other_prepositions) follows it and the phrase, up to eight tokens before `comma`, holds no
// person's name, no quotation mark, no other punctuation and no verb in -ed; `comma` when
// there is none.
std::size_t before_prepositional_aside(const Resolver& r, std::size_t comma, std::size_t sentence_first) {
  const Annotation& a = r.a;
  for (std::size_t k = comma - 1; k > sentence_first + 1 && comma - k <= 8; --k) {
    const Token& t = a.tokens[k];
    if (r.in_direct[k] || t.kind == TokenKind::Quote || (r.mention_cover[k] >= 0 &&
        is_person(a, a.mentions[static_cast<std::size_t>(r.mention_cover[k])].entity)))
      return comma;
    if (t.kind == TokenKind::Punct && t.norm != ",") return comma;
    if (t.norm != ",") {
      if (!t.has(kCapitalized) && quotes::ed_form(r.lex, t)) return comma;
      continue;
    }
    const Token& prep = a.tokens[k + 1];
    if (k + 1 < comma && (r.lex.in(Words::SpeakerPhrasePrepositions, prep) || r.lex.in(Words::OtherPrepositions, prep))) return k;
    return comma;
  }
  return comma;
}

// `Jane Roe, who said ...`, `Sen. Jane Roe (R-Ohio), who also told CNN ...` (rule A70): the
// phrase before the verb is a relative pronoun on a person (word list person_relatives),
// or on an organisation (body_relatives, rule A477: `The Daily Star, which said ...`; not
// a passive participle's agent), right after a comma, with only auxiliaries and adverbs before the verb: the subject is
// the person whose name ends before that comma (a parenthetical may stand between), not
// the object of an `of` phrase (`the wife of Jane Roe, who said`). The mention, or -1.
std::int32_t relative_subject(const Resolver& r, std::size_t npb, std::size_t verb, std::size_t sentence_first) {
  const Annotation& a = r.a;
  if (npb < sentence_first + 3 || a.tokens[npb - 2].norm != ",") return -1;
  const bool on_person = r.lex.in(Words::PersonRelatives, a.tokens[npb - 1]);
  if (!on_person && !r.lex.in(Words::BodyRelatives, a.tokens[npb - 1])) return -1;
  for (std::size_t k = npb; k < verb; ++k)
    if (!r.lex.in(Words::SubjectGapWords, a.tokens[k]) && !r.lex.ends_in(Words::AdverbSuffixes, a.tokens[k].lower)) return -1;
  std::size_t end = npb - 2;  // the comma
  if (a.tokens[end - 1].norm == ")")
    for (std::size_t k = end - 1; k > sentence_first && end - k < 12 && !r.in_direct[k - 1]; --k)
      if (a.tokens[k - 1].norm == "(") { end = k - 1; break; }
  if (end > sentence_first && on_person &&
      (r.mention_cover[end - 1] < 0 || !is_person(a, a.mentions[static_cast<std::size_t>(r.mention_cover[end - 1])].entity)))
    end = before_prepositional_aside(r, end, sentence_first);
  if (end <= sentence_first || r.in_direct[end - 1] || r.mention_cover[end - 1] < 0) return -1;
  const std::int32_t mi = r.mention_cover[end - 1];
  const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
  if (m.end_token != end || m.entity < 0) return -1;
  const EntityType type = a.entities[static_cast<std::size_t>(m.entity)].type;
  if (on_person ? !is_person(a, m.entity) : type != EntityType::Organization) return -1;
  // A passive participle's agent (`an analysis, first reported by the Globe, which concluded`):
  // the relative clause may be on the participle's noun.
  if (!on_person) {
    std::size_t by = m.first_token;
    if (by > sentence_first && r.lex.in(Words::DefiniteArticles, a.tokens[by - 1])) --by;
    if (by > sentence_first + 1 && r.lex.in(Words::AgentPrepositions, a.tokens[by - 1]) &&
        quotes::ed_form(r.lex, a.tokens[by - 2]))
      return -1;
  }
  // A title may stand between (rule A276: `a former backer of Sen. Jane Roe, who has since
  // called ...` is no relative on Roe): capitalised words and abbreviation points.
  std::size_t f = m.first_token;
  while (f > sentence_first && m.first_token - f < 3 && (a.tokens[f - 1].has(kCapitalized) || a.tokens[f - 1].norm == "."))
    --f;
  for (std::size_t k = f; k <= m.first_token; ++k)
    if (k > 0 && r.lex.in(Words::OfPrepositions, a.tokens[k - 1])) return -1;
  return mi;
}

// The first preposition of a chain of prepositional phrases that ends with the one at
// `prep`, before `vend` (name_before_phrase(), rule A532): walking back over up to four
// lower-case unnamed words (no auxiliary of subject_gap_words, no participle: `Democrats on
// the ticket will be targets for`, `Democrats in five states going to` hold a verb; a form
// in -ing right after a determiner is a noun, rule A556: `at a meeting in Leeds`) to a
// preposition of speaker_phrase_prepositions right after a name. `prep` itself when there is
// none.
std::size_t first_chained_preposition(const Resolver& r, std::size_t prep, std::size_t vend, std::size_t sentence_first) {
  const Annotation& a = r.a;
  if (r.mention_cover[prep - 1] >= 0) return prep;
  for (std::size_t k = prep - 1; k > sentence_first + 1 && prep - k <= 5 && vend - k <= 10; --k) {
    const Token& t = a.tokens[k];
    if (r.in_direct[k] || r.mention_cover[k] >= 0 || t.kind != TokenKind::Word || t.has(kCapitalized) ||
        r.lex.in(Words::SubjectGapWords, t) || (r.lex.ends_in(Words::ParticipleSuffixes, t.lower) && !r.lex.in(Words::Determiners, a.tokens[k - 1])))
      return prep;
    if (r.lex.in(Words::SpeakerPhrasePrepositions, t) && r.mention_cover[k - 1] >= 0) return k;
  }
  return prep;
}

// `Jane Roe on Thursday said`, `Roe at the time said`, `The Herald in an editorial said`
// (rule A119): a short prepositional phrase (not an `of` phrase; up to five words, no
// comma) between a named person or organisation that opens the clause and the verb; the
// name is the subject. Two or more phrases in a chain count as one (rule A532, `Jane Roe in
// an interview with the BBC said`: first_chained_preposition()). The mention, or -1.
std::int32_t name_before_phrase(const Resolver& r, std::size_t npb, std::size_t vend, std::size_t sentence_first) {
  const Annotation& a = r.a;
  if (npb < sentence_first + 2 || vend <= npb || vend - npb > 4) return -1;
  std::size_t prep = npb - 1;
  if (!r.lex.in(Words::SpeakerPhrasePrepositions, a.tokens[prep]) || r.in_direct[prep - 1]) return -1;
  for (std::size_t k = npb; k < vend; ++k)
    if (a.tokens[k].kind != TokenKind::Word && a.tokens[k].kind != TokenKind::Number) return -1;
  prep = first_chained_preposition(r, prep, vend, sentence_first);
  const std::int32_t mi = r.mention_cover[prep - 1];
  if (mi < 0) return -1;
  const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
  if (m.end_token != prep || m.entity < 0 || a.tokens[prep - 1].has(kPossessive)) return -1;
  // The name opens the clause (`..., to Mr Roe with a warning that` is no subject).
  const std::size_t b = std::min<std::size_t>(m.first_token, r.phrase_start_before(prep, sentence_first));
  if (b > sentence_first && a.tokens[b - 1].norm != "," && !r.lex.in(Words::Coordinators, a.tokens[b - 1]) &&
      !r.lex.in(Words::DiscourseMarkers, a.tokens[b - 1]))
    return -1;
  return is_person_or_body(a, m.entity) ? mi : -1;
}

// `Jane Roe on CNN said`, `Roe in a Medium post said` (rule A478): a person or organisation
// the short prepositional phrase [npb, vend) before the verb names is the preposition's
// object; the name before the phrase is the subject (A119, name_before_phrase()), read
// before the phrase's own names. Not a place (it may qualify the name: `X in Ohio`), nor a
// person's name right before the verb, auxiliaries and -ly adverbs aside, itself the verb's
// subject in a headline run into the text (`Roe backs Smith for Ohio Jane Roe believes`).
// The mention, or -1.
std::int32_t name_before_object_phrase(const Resolver& r, std::size_t npb, std::size_t vend, std::size_t sentence_first) {
  const Annotation& a = r.a;
  bool names_inside = false, places_inside = false, person_at_verb = false;
  for (std::size_t k = npb; k < vend; ++k) {
    const std::int32_t mi = r.mention_cover[k];
    const std::int32_t e = mi >= 0 ? a.mentions[static_cast<std::size_t>(mi)].entity : -1;
    if (e < 0) continue;
    bool before_verb = true;
    for (std::size_t j = a.mentions[static_cast<std::size_t>(mi)].end_token; j < vend; ++j)
      before_verb &= r.lex.in(Words::SubjectGapWords, a.tokens[j]) || r.lex.ends_in(Words::AdverbSuffixes, a.tokens[j].lower);
    names_inside |= a.entities[static_cast<std::size_t>(e)].type == EntityType::Organization || (is_person(a, e) && !before_verb);
    places_inside |= a.entities[static_cast<std::size_t>(e)].type == EntityType::Location;
    person_at_verb |= is_person(a, e) && before_verb;
  }
  if (names_inside) return name_before_phrase(r, npb, vend, sentence_first);
  if (!places_inside || person_at_verb) return -1;
  // A place after a person (`Jane Roe in London said`, row A500): the person speaks.
  const std::int32_t mi = name_before_phrase(r, npb, vend, sentence_first);
  return mi >= 0 && is_person(a, a.mentions[static_cast<std::size_t>(mi)].entity) ? mi : -1;
}

// A person's name ends the phrase [npb, vend) right before the verb, after a role noun of
// person_role_nouns (`consultant Jane Roe`; rule A536).
bool titled_person_before_verb(const Resolver& r, std::size_t npb, std::size_t vend) {
  const std::int32_t mi = r.mention_cover[vend - 1];
  if (mi < 0) return false;
  const Mention& m = r.a.mentions[static_cast<std::size_t>(mi)];
  return m.end_token == vend && m.first_token > npb && is_person(r.a, m.entity) &&
         r.lex.in(Words::PersonRoleNouns, r.a.tokens[m.first_token - 1]);
}

// A subordinator opens the phrase [npb, vend) and a name follows it (rule A581: `...,
// including Jane Roe, though Smith notes`): the subordinate clause's subject, no apposition.
bool subordinate_subject(const Resolver& r, std::size_t npb, std::size_t vend) {
  return npb + 1 < vend && r.lex.in(Words::Subordinators, r.a.tokens[npb]) && r.mention_at[npb + 1] >= 0;
}

// A subordinate clause's subject inside the phrase [npb, vend) before a verb (rule A691): a
// lower-case subordinator, up to three capitalised words of a title (`Mrs.`, `Sen.`), then a
// person's name with only auxiliaries or adverbs after it up to the verb (`Roe looked tired
// when Tom Smith asked whether`, `..., though Mrs. Smith said`): the person (its mention in
// `mention`, `from` cleared), else -1.
std::int32_t subordinate_clause_name(const Resolver& r, std::size_t npb, std::size_t vend, std::string& from,
                                     std::int32_t& mention) {
  const Annotation& a = r.a;
  for (std::size_t k = vend; k > npb; --k) {
    const Token& t = a.tokens[k - 1];
    if (t.has(kCapitalized) || !r.lex.in(Words::Subordinators, t)) continue;
    std::size_t j = k;
    while (j < vend && j - k < 3 && r.mention_cover[j] < 0 && (a.tokens[j].has(kCapitalized) || a.tokens[j].norm == "."))
      ++j;
    const std::int32_t mi = j < vend ? r.mention_at[j] : -1;
    if (mi < 0) return -1;
    const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
    if (!is_person(a, m.entity)) return -1;
    for (std::size_t g = m.end_token; g < vend; ++g)
      if (!r.lex.in(Words::SubjectGapWords, a.tokens[g]) && !r.lex.ends_in(Words::AdverbSuffixes, a.tokens[g].lower)) return -1;
    from.clear();
    mention = mi;
    return m.entity;
  }
  return -1;
}

// An apposition [npb, vend) before the verb that opens with a lower-case word ("a former
// aide", "one of the authors"), no pronoun: a person named in it is not the speaker. Not a
// role noun and a person's name right before the verb (rule A536: `CLAUSE, Jeb Bush,
// digital consultant Phil Musser says`): that person is the subject. Nor a subordinate
// clause's subject (subordinate_subject()).
bool lower_case_apposition(const Resolver& r, std::size_t npb, std::size_t vend, std::size_t sentence_first) {
  const Token& t = r.a.tokens[npb];
  return npb < vend && npb > sentence_first + 1 && !t.has(kCapitalized) && !r.lex.in(Words::SubjectPronouns, t) &&
         !r.lex.in(Words::BodyPronouns, t) && !subordinate_subject(r, npb, vend) && !titled_person_before_verb(r, npb, vend);
}

// The subject phrase [npb, vend) before a verb: the name before a prepositional phrase
// (name_before_object_phrase(), rule A478), else the phrase itself (Resolver::noun_phrase()).
std::int32_t subject_before_phrase(Resolver& r, std::size_t npb, std::size_t vend, std::size_t sentence_first, std::string& from,
                                   std::int32_t& mention) {
  if (const std::int32_t mi = name_before_object_phrase(r, npb, vend, sentence_first); mi >= 0) {
    from.clear();
    mention = mi;
    return r.a.mentions[static_cast<std::size_t>(mi)].entity;
  }
  return r.noun_phrase(npb, vend, from, mention);
}

// A name that ends right at the comma before a participle (mention mi, the phrase [npb,
// vend) empty) is the object of the clause the participle hangs on, no apposition's
// subject (rule A272: `Jane Roe appeared on television and endorsed Tom Smith, saying` is
// Roe's, read by clause_subject()).
bool participle_object(const Lexicons& lex, const Annotation& a, std::int32_t mi, std::size_t npb, std::size_t vend, std::size_t verb) {
  return mi >= 0 && npb == vend && lex.ends_in(Words::ParticipleSuffixes, a.tokens[verb].lower) &&
         a.mentions[static_cast<std::size_t>(mi)].end_token + 1 == npb;
}

// The start of an official's phrase whose preposition's object opens at b (rule A742: `A
// spokesman for`, `Senior officials at`): a word of official_nouns, up to two lower-case
// words before it (an article, an adjective), then a preposition of
// speaker_phrase_prepositions or of_prepositions right before b; the official speaks for
// the body (GUIDELINES: `a Home Office spokesman said` -> Home Office). b when none.
std::size_t official_before_body(const Resolver& r, std::size_t b, std::size_t sentence_first) {
  const Annotation& a = r.a;
  if (b < sentence_first + 2) return b;
  const Token& prep = a.tokens[b - 1];
  if (r.in_direct[b - 1] || (!r.lex.in(Words::SpeakerPhrasePrepositions, prep) && !r.lex.in(Words::OfPrepositions, prep)) ||
      !r.lex.in(Words::OfficialNouns, a.tokens[b - 2]))
    return b;
  std::size_t k = b - 2;
  for (std::size_t n = 0; n < 2 && k > sentence_first; ++n) {
    const Token& t = a.tokens[k - 1];
    if (t.kind != TokenKind::Word || r.in_direct[k - 1] || r.mention_cover[k - 1] >= 0 || r.lex.in(Words::Coordinators, t) ||
        r.lex.in(Words::DiscourseMarkers, t) || r.lex.in(Words::Subordinators, t) || r.lex.in(Words::FrontingSubordinators, t) ||
        r.lex.in(Words::SpeakerPhrasePrepositions, t) || (t.has(kCapitalized) && k - 1 != sentence_first))
      break;
    --k;
  }
  return k;
}

// A description of up to five tokens before a body's name at `name` (rule A761: `marketing
// company Acme, one of ..., warned`, `Harbour operator Acme, which runs the port, said`,
// `the councils' umbrella body Acme, which ...`): its first token, where the phrase opens
// (phrase_start_before()), when a lower-case word stands right before the name and no word
// of it is a verb form (-ed, -ing, an irregular past, a finite auxiliary or copula), `of` or
// stands in quotation marks; else `name`.
std::size_t description_start(const Resolver& r, std::size_t name, std::size_t sentence_first) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  if (name <= sentence_first + 1) return name;
  const Token& head = a.tokens[name - 1];
  if (head.kind != TokenKind::Word || head.has(kCapitalized) || head.has(kPossessive)) return name;
  const std::size_t b = r.phrase_start_before(name, sentence_first);
  if (b >= name || name - b > 5) return name;
  for (std::size_t k = b; k < name; ++k) {
    const Token& t = a.tokens[k];
    if (r.in_direct[k]) return name;
    if (t.kind != TokenKind::Word) {
      if (t.has(kPossessive)) continue;  // `the councils' umbrella body`
      return name;
    }
    if (!t.has(kCapitalized) && (quotes::ed_form(lex, t) || quotes::ing_form(lex, t) || quotes::irregular_past(lex, t) ||
                                 lex.in(Words::FiniteAuxiliaries, t) || lex.in(Words::Copulas, t)))
      return name;
    // `Customers of Acme Corp, which ...`, `Rivals such as Acme, which ...`: the body is a
    // preposition's object, not described
    // (the official's phrase before it is official_before_body()'s, rule A742).
    if (lex.in(Words::OfPrepositions, t) || lex.in(Words::OtherPrepositions, t) || lex.in(Words::SpeakerPhrasePrepositions, t))
      return name;
  }
  return b;
}

// `The Independent, a British newspaper, revealed`, `Acme Corp, which makes X, said`
// (rule A340): a named organisation that opens the clause (the sentence start, a comma or
// dash, a coordinator, a discourse marker or a subordinator before it (A681), a definite
// article allowed, or an official's phrase whose object it is, A742: `A spokesman for
// Acme Corp, which makes X, said`) and is
// followed by an apposition or a relative clause (an article or `which`/`that` right after
// its comma, no quotation marks, up to 30 tokens) closed by the comma right before the
// verb (`npb`) is the subject. Tried when no person is named in the phrases before; not
// for a participle (`the body, FIFA, which is under investigation, saying` hangs on the
// clause before) nor after `who`, a person's relative. The mention, or -1.
std::int32_t body_before_apposition(const Resolver& r, std::size_t npb, std::size_t verb, std::size_t sentence_first) {
  const Annotation& a = r.a;
  if (npb < sentence_first + 4 || a.tokens[npb - 1].norm != "," || r.lex.ends_in(Words::ParticipleSuffixes, a.tokens[verb].lower))
    return -1;
  std::size_t c = npb - 1;  // the comma that closes the name's phrase
  while (c > sentence_first && npb - c < 30) {
    --c;
    const Token& t = a.tokens[c];
    if (r.in_direct[c] || (t.kind == TokenKind::Quote && !t.has(kPossessive)) || t.norm == "." || t.norm == ";" || t.norm == ":") return -1;
    if (t.norm == ",") break;
  }
  if (a.tokens[c].norm != "," || c < sentence_first + 1 || c + 2 >= npb) return -1;
  const Token& first = a.tokens[c + 1];
  if (first.has(kCapitalized) || r.lex.in(Words::PersonRelatives, first) ||
      !(lower_in(r.lex, Words::Articles, first) || (r.lex.in(Words::SpeakerPhraseEnds, first) && !r.lex.in(Words::Coordinators, first))))
    return -1;
  const std::int32_t mi = r.mention_cover[c - 1];
  if (mi < 0 || a.tokens[c - 1].has(kPossessive)) return -1;
  const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
  if (m.end_token != c || m.entity < 0 || a.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Organization)
    return -1;
  std::size_t b = m.first_token;
  if (b > sentence_first && lower_in(r.lex, Words::DefiniteArticles, a.tokens[b - 1])) --b;
  else b = description_start(r, b, sentence_first);
  b = official_before_body(r, b, sentence_first);
  if (b == sentence_first) return mi;
  const Token& before = a.tokens[b - 1];
  // A subordinator opens the clause too (rule A681: `two days after the Huffington Post,
  // which first said X, said`, `when Acme, which makes toys, said`).
  const bool opens = before.norm == "," || before.norm == "--" || r.lex.in(Words::Coordinators, before) ||
                     r.lex.in(Words::DiscourseMarkers, before) || r.lex.in(Words::Subordinators, before) ||
                     r.lex.in(Words::FrontingSubordinators, before);
  return opens && !r.in_direct[b - 1] ? mi : -1;
}

// Modifiers of an authored text's noun at [b, noun) (publishing_verb()): words, numbers
// and hyphens (`a new 30-second ad`, `a marketing video`), up to five tokens, outside
// quotation marks.
bool text_modifiers(const Resolver& r, std::size_t b, std::size_t noun) {
  if (noun - b > 5) return false;
  for (std::size_t k = b; k < noun; ++k) {
    const Token& t = r.a.tokens[k];
    if (r.in_direct[k] || !(t.kind == TokenKind::Word || t.kind == TokenKind::Number || t.norm == "-")) return false;
  }
  return true;
}

// `Jane Roe released a video that said`, `The Times ran a piece that noted`, `Roe is
// releasing an ad that urges` (rule A630): the speech verb's subject is a relative `that` or
// `which` (auxiliaries and adverbs may follow it) on a noun of authored_text_nouns, which
// a prepositional phrase of up to three words may follow (`issued a statement on Friday
// that said`; not `from`, `by` or `of`, which name another author: `a letter from her doctor
// that says` is the doctor's); the noun phrase, opened by a determiner right after a verb
// of publishing_verbs, is that verb's object: the text says what its publisher says.
// `Roe read a letter that said` is no publisher's. The publishing verb, or `verb` when
// there is none.
std::size_t publishing_verb(const Resolver& r, std::size_t verb, std::size_t sentence_first) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  std::size_t rel = verb;
  while (rel > sentence_first && verb - rel < 3 &&
         (lex.in(Words::SubjectGapWords, a.tokens[rel - 1]) || lex.ends_in(Words::AdverbSuffixes, a.tokens[rel - 1].lower)))
    --rel;
  if (rel < sentence_first + 4 || r.in_direct[rel - 1]) return verb;
  --rel;  // the relative word
  if (!lex.in(Words::RelativeWords, a.tokens[rel]) || lex.in(Words::PersonRelatives, a.tokens[rel])) return verb;
  std::size_t noun = rel - 1;
  if (!lex.in(Words::AuthoredTextNouns, a.tokens[noun])) {  // a prepositional phrase between
    std::size_t p = rel;
    while (p > sentence_first + 2 && rel - p < 2 && !lex.in(Words::SpeakerPhrasePrepositions, a.tokens[p - 1])) --p;
    const Token& prep = a.tokens[p - 1];
    if (p <= sentence_first + 2 || !lex.in(Words::SpeakerPhrasePrepositions, prep) || lex.in(Words::OriginPrepositions, prep) ||
        lex.in(Words::AgentPrepositions, prep) || lex.in(Words::OfPrepositions, prep))
      return verb;
    for (std::size_t k = p; k < rel; ++k)
      if (a.tokens[k].kind != TokenKind::Word || r.in_direct[k]) return verb;
    noun = p - 2;
    if (!lex.in(Words::AuthoredTextNouns, a.tokens[noun])) return verb;
  }
  for (std::size_t d = noun; d > sentence_first + 1 && noun - d < 6; --d) {
    if (!lex.in(Words::Determiners, a.tokens[d - 1]) || !text_modifiers(r, d, noun)) continue;
    const std::size_t v = d - 2;
    return lex.in(Words::PublishingVerbs, a.tokens[v]) && !r.in_direct[v] ? v : verb;
  }
  return verb;
}

// `Roe released a video that said` (rule A630): the publisher speaks; -1 when the speech
// verb's subject is no relative on a text it publishes (publishing_verb()).
std::int32_t publisher_subject(Resolver& r, std::size_t verb, std::size_t sentence_first, std::string& from, std::int32_t& mention) {
  const std::size_t published = publishing_verb(r, verb, sentence_first);
  return published < verb ? r.subject_of(published, sentence_first, from, mention) : -1;
}
}  // namespace

namespace {

// A relative clause on a person or body set off by commas right before `to` at to_at (rule A922:
// `forced Jane Roe, who was under questioning, to admit`): the comma that opens it, before
// `who` (person_relatives) or `which` (body_relatives: `prompted the Atlas, which tracks
// bellwether counties, to state`), within 30 tokens and with no quotation or other comma
// inside; the object's phrase ends there. to_at when there is none.
std::size_t relative_clause_start(const Resolver& r, std::size_t to_at, std::size_t sentence_first) {
  const Annotation& a = r.a;
  if (to_at < sentence_first + 4 || a.tokens[to_at - 1].norm != "," || r.in_direct[to_at - 1]) return to_at;
  for (std::size_t j = to_at - 2; j > sentence_first + 1 && to_at - j < 30; --j) {
    const Token& t = a.tokens[j];
    if (r.in_direct[j] || t.kind == TokenKind::Quote) return to_at;
    if (t.norm != ",") continue;
    return r.lex.in(Words::PersonRelatives, a.tokens[j + 1]) || r.lex.in(Words::BodyRelatives, a.tokens[j + 1]) ? j : to_at;
  }
  return to_at;
}

}  // namespace

// `The report led Jane Roe to say`, `X prompted the board to warn` (rule A732): a speech
// verb after `to`, a noun phrase of up to six words (no punctuation but a hyphen or a
// possessive, nothing quoted) and a form of causative_verbs in a verb's place (no
// determiner or preposition before it): the object is the infinitive's subject. Its
// entity, or -1 when the phrase names none or a name only modifies its head; -2 when there
// is no such chain.
std::int32_t causative_object(Resolver& r, std::size_t verb, std::size_t sentence_first, std::string& from, std::int32_t& mention) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  if (verb < sentence_first + 3 || !lex.in(Words::InfinitiveMarkers, a.tokens[verb - 1])) return -2;
  const std::size_t to_at = relative_clause_start(r, verb - 1, sentence_first);
  for (std::size_t k = to_at - 1; k > sentence_first && to_at - k <= 6; --k) {
    const Token& t = a.tokens[k];
    if (r.in_direct[k] || (t.kind == TokenKind::Punct && t.norm != "-" && !t.has(kPossessive))) return -2;
    if (!lex.in(Words::CausativeVerbs, t) || t.has(kCapitalized) || r.mention_cover[k] >= 0) continue;
    const Token& before = a.tokens[k - 1];
    // `X was prompted to say` (a passive: its subject speaks) has no object before `to`.
    if (k + 1 == to_at || lex.in(Words::Determiners, before) || lex.in(Words::SpeakerPhrasePrepositions, before) ||
        lex.in(Words::OfPrepositions, before))
      return -2;
    from.clear();
    mention = -1;
    const std::int32_t who = r.noun_phrase(k + 1, to_at, from, mention);
    // A name that only modifies the object's head (`led a Labour donor to say`) is no speaker.
    const bool head = mention < 0 || !from.empty() || a.mentions[static_cast<std::size_t>(mention)].end_token == to_at;
    return head ? who : -1;
  }
  return -2;
}

namespace {

// An infinitive speech verb right after a comma (rule A923: `Jane Roe chimed in, breaking
// with the chair, to argue that`, `He refused, generally, to concede that`): no verb's
// object stands before it (a causative's object is read first, causative_object()), so it
// is an adjunct of purpose whose subject is the main clause's, the one that opens the
// sentence (after a dateline, a fronted phrase, punctuation and discourse markers, over a
// title): a person or organisation named there, not as a possessive, or he/she/it/they.
// Not when a verb before it takes an object and an infinitive (`asked Tom Smith, the mayor,
// to explain`: a speech cue with object_to, causative_verbs), nor over a relative clause
// (relative_words: `the leaders who ..., to tell`) or a quotation, nor when a person or body
// is named after the subject before the first comma (row A941: `The BBC invited Jane Roe, a
// historian, to explain`: an object before its apposition, of a verb no list can hold all
// of; the name may be the one who explains). -2 when this does not hold.
std::int32_t purpose_infinitive_subject(Resolver& r, std::size_t verb, std::size_t sentence_first, std::string& from,
                                        std::int32_t& mention) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  if (verb < sentence_first + 4 || !lex.in(Words::InfinitiveMarkers, a.tokens[verb - 1])) return -2;
  const std::size_t comma = verb - 2;
  if (a.tokens[comma].norm != "," || r.in_direct[comma]) return -2;
  std::size_t open = after_fronted_phrase(r, dateline_end(r, sentence_first, comma), comma);
  open = past_openers(a, lex, open, comma);
  for (std::size_t k = open; k < comma; ++k) {
    std::uint32_t p = 0;
    if (r.in_direct[k] || a.tokens[k].kind == TokenKind::Quote || lex.in(Words::RelativeWords, a.tokens[k]) ||
        lex.in(Words::CausativeVerbs, a.tokens[k]) ||
        (lex.speech_index().match(a.tokens, k, comma, p) > 0 && lex.speech_cues()[p].object_infinitive))
      return -2;
  }
  std::size_t k = open;  // over a title: `Ms.`, `Sen.`, `President`
  while (k < comma && k - open < 4 && r.mention_at[k] < 0 && (a.tokens[k].has(kCapitalized) || a.tokens[k].norm == ".")) ++k;
  // A person or body named after the subject in its own clause (before the first comma
  // after it): the verb's object (`invited Jane Roe, a historian,`), not a name inside a
  // phrase set off by commas (`chimed in, breaking with the chairwoman, Mary Jones,`) or a
  // place (`flew to Ohio`).
  const auto named_before_comma = [&](std::size_t from_token) {
    for (std::size_t j = from_token; j < comma && a.tokens[j].norm != ","; ++j) {
      if (r.mention_at[j] >= 0 && is_person_or_body(a, a.mentions[static_cast<std::size_t>(r.mention_at[j])].entity)) return true;
    }
    return false;
  };
  if (k >= comma || r.mention_at[k] < 0) {
    if (open >= comma || !lex.in(Words::SubjectPronouns, a.tokens[open]) || r.mention_at[open] >= 0) return -2;
    if (named_before_comma(open + 1)) return -2;
    from.clear();
    mention = -1;
    const std::int32_t who = r.token_reference(open, from);
    return who >= 0 ? who : -2;
  }
  const Mention& m = a.mentions[static_cast<std::size_t>(r.mention_at[k])];
  if (!is_person_or_body(a, m.entity) || m.end_token >= comma || a.tokens[m.end_token].has(kPossessive)) return -2;
  if (named_before_comma(m.end_token)) return -2;
  from.clear();
  mention = r.mention_at[k];
  return m.entity;
}

// Whether the `with` (or `without`: absolute_prepositions) at token w opens an absolute
// clause (`..., with Jane Roe saying`, `hit back with Tom Smith accusing`, `despite an
// injury with Tom Smith claiming`, `The talks ended with Jane Roe saying`): not right after
// a verb that takes `with` as its complement, whose object is no subject (rule A73 reads
// it): a meeting verb (a MET_WITH cue of relation_cues.json: `She met with Tom Smith`) or
// a lower-case past participle after a copula, a passive (rule A950: `She was seen with
// Tom Smith praising the plan`). An intransitive verb's `with` opens the clause (s54-mendsA:
// `ended`, `closed`, `opened` before it lost the speaker).
bool absolute_with(const Resolver& r, std::size_t w, std::size_t sentence_first) {
  const Annotation& a = r.a;
  if (!r.lex.in(Words::AbsolutePrepositions, a.tokens[w])) return false;
  if (w == sentence_first) return true;
  const Token& before = a.tokens[w - 1];
  if (before.kind != TokenKind::Word || before.has(kCapitalized) || r.in_direct[w - 1]) return true;
  std::uint32_t cue = 0;
  if (r.lex.relation_index().match(a.tokens, w - 1, w, cue) == 1 && r.lex.relation_cues()[cue].type == RelationType::MetWith) return false;
  return !(quotes::past_participle(r.lex, before) && w - 1 > sentence_first && r.lex.in(Words::Copulas, a.tokens[w - 2]));
}

// A speech verb in -ing right after `and` (additive_conjunctions), coordinated with a speech
// verb in -ing before it in the same stretch that follows a name right away (rule A924:
// `..., with Jane Roe tweeting that it was a "disaster" and asking, "Q"`): the two share a
// subject, the first's (the name after an absolute `with`), whatever opens the sentence.
// The first participle, read back over at most 30 tokens outside quotation marks to a
// comma, semicolon or colon; `verb` when there is none or it follows no name (`She is
// noting the problems Smith had answering questions and saying`: `answering` is Smith's,
// `saying` hers). subject_of() falls back to the clause rules when the first has no subject.
std::size_t coordinated_participle(const Resolver& r, std::size_t verb, std::size_t sentence_first) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  if (verb < sentence_first + 3 || !lex.in(Words::AdditiveConjunctions, a.tokens[verb - 1]) || r.in_direct[verb - 1] ||
      !quotes::ing_form(lex, a.tokens[verb]))
    return verb;
  for (std::size_t k = verb - 2; k > sentence_first && verb - k <= 30; --k) {
    if (r.in_direct[k]) continue;
    const Token& t = a.tokens[k];
    if (t.norm == "," || t.norm == ";" || t.norm == ":") return verb;
    std::uint32_t p = 0;
    if (!quotes::ing_form(lex, t) || t.has(kCapitalized) || lex.speech_index().match(a.tokens, k, k + 1, p) == 0 ||
        lex.speech_cues()[p].kind != SpeechCue::Kind::Verb)
      continue;
    const std::int32_t named = r.mention_cover[k - 1];
    return named >= 0 && a.mentions[static_cast<std::size_t>(named)].end_token == k ? k : verb;
  }
  return verb;
}

}  // namespace

// The subject of an infinitive speech verb (a perfect one at its `have`): a causative verb's object (causative_object()),
// else the subject of the verb heading its chain (catenative_head()), else after a comma the
// subject that opens the sentence (purpose_infinitive_subject()); -2 when none holds.
std::int32_t infinitive_subject(Resolver& r, std::size_t verb, std::size_t sentence_first, std::string& from, std::int32_t& mention) {
  // A perfect infinitive is read at its `have` (rule A953: `Mr Roe is alleged to have said`,
  // `Roe appears to have told`, `Roe is understood to have written`): `to` stands before it.
  if (const Token& h = r.a.tokens[verb > 0 ? verb - 1 : 0];
      verb >= sentence_first + 4 && !r.in_direct[verb - 1] && h.kind == TokenKind::Word && !h.has(kCapitalized) &&
      r.lex.in(Words::PerfectAuxiliaries, h) && r.lex.in(Words::InfinitiveMarkers, r.a.tokens[verb - 2]))
    --verb;
  if (verb < sentence_first + 3 || !r.lex.in(Words::InfinitiveMarkers, r.a.tokens[verb - 1])) return -2;  // no `to`: none of them
  if (const std::int32_t who = causative_object(r, verb, sentence_first, from, mention); who != -2) return who;
  if (const std::size_t head = catenative_head(r, verb, sentence_first); head < verb)
    return r.subject_of(head, sentence_first, from, mention);
  return purpose_infinitive_subject(r, verb, sentence_first, from, mention);
}

// `The club fined Tom Smith for saying`, `X sued the minister for claiming`, `the party
// suspended a candidate for allegedly suggesting` (rule A800): a speech verb in -ing after a
// preposition of gerund_prepositions (an adverb in -ly may stand between) whose noun phrase
// before it is the object of a lower-case verb form (-ed, an irregular past, -s, -ing; no
// copula or auxiliary): the object is the gerund's subject, not the clause's. Not after a
// verb of verbal judgement (`Jane Roe praised Tom Smith for saying`, `scolded X for
// suggesting`, `accused X of claiming`): that verb reports, and its subject is the source
// (PolNeAR's reading: 4 of 4 such quotes its gold holds). The phrase is
// a name with its determiner and capitalised titles, an object pronoun, or a determiner, up
// to three lower-case words and a person noun (person_role_nouns). Its entity; -1 when it
// names nobody (`a candidate`) or a name only modifies its head; -2 when there is no such
// object (`drew criticism for saying`, `was criticised by X for saying`, `apologised to X
// for saying`: the clause's subject speaks).
std::int32_t gerund_object(Resolver& r, std::size_t verb, std::size_t sentence_first, std::string& from, std::int32_t& mention) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  if (verb < sentence_first + 3 || !quotes::ing_form(lex, a.tokens[verb])) return -2;
  std::size_t p = verb - 1;
  if (quotes::ly_adverb(lex, a.tokens[p]) && p > sentence_first + 2) --p;
  if (r.in_direct[p] || !lex.in(Words::GerundPrepositions, a.tokens[p])) return -2;
  // A verb of verbal judgement (a CRITICIZED or SUPPORTS cue of relation_cues: `praised`,
  // `scolded`, `accused`) is itself the report: its subject frames what the object said.
  const auto evaluation_verb = [&](std::size_t k) {
    std::uint32_t cue = 0;
    if (!lex.relation_index().match(a.tokens, k, k + 1, cue)) return false;
    const RelationType type = lex.relation_cues()[cue].type;
    return type == RelationType::Criticized || type == RelationType::Supports;
  };
  // the verb whose object ends before the preposition
  const auto object_verb = [&](std::size_t k) {
    const Token& v = a.tokens[k];
    return !r.in_direct[k] && v.kind == TokenKind::Word && !v.has(kCapitalized) && r.mention_cover[k] < 0 &&
           !lex.in(Words::Copulas, v) && !lex.in(Words::FiniteAuxiliaries, v) && !lex.in(Words::SpeakerPhrasePrepositions, v) &&
           !lex.in(Words::OfPrepositions, v) && !lex.in(Words::Determiners, v) &&
           (quotes::finite_past(lex, v) || quotes::ing_form(lex, v) || lex.ends_in(Words::PresentSSuffixes, v.lower)) &&
           !evaluation_verb(k);
  };
  const Token& last = a.tokens[p - 1];
  if (r.in_direct[p - 1] || last.kind != TokenKind::Word) return -2;
  if (lex.in(Words::ObjectPronouns, last)) {  // `criticised him for saying`: its antecedent, or none
    if (!object_verb(p - 2)) return -2;
    from.clear();
    mention = -1;
    return std::max(r.token_reference(p - 1, from), std::int32_t{-1});
  }
  std::size_t start = p - 1;
  const std::int32_t mc = r.mention_cover[p - 1];
  if (mc >= 0 && last.has(kCapitalized)) {
    const Mention& m = a.mentions[static_cast<std::size_t>(mc)];
    if (m.end_token != p) return -2;
    start = m.first_token;
    // capitalised titles and a determiner before the name (`the Labour leader Jane Roe`)
    while (start > sentence_first + 1 && p - start < 8 && !r.in_direct[start - 1] && a.tokens[start - 1].kind == TokenKind::Word &&
           (a.tokens[start - 1].has(kCapitalized) || lex.in(Words::Determiners, a.tokens[start - 1])) && r.mention_cover[start - 1] < 0)
      --start;
  } else if (mc < 0 && lex.in(Words::PersonRoleNouns, last)) {
    while (start > sentence_first + 1 && p - start < 4 && a.tokens[start - 1].kind == TokenKind::Word && !r.in_direct[start - 1] &&
           !a.tokens[start - 1].has(kCapitalized) && !lex.in(Words::Determiners, a.tokens[start - 1]))
      --start;
    if (start <= sentence_first + 1 || !lex.in(Words::Determiners, a.tokens[start - 1])) return -2;
    --start;
  } else {
    return -2;
  }
  if (start <= sentence_first || !object_verb(start - 1)) return -2;
  from.clear();
  mention = -1;
  const std::int32_t who = r.noun_phrase(start, p, from, mention);
  if (who < 0) return -1;
  const bool head = mention < 0 || !from.empty() || a.mentions[static_cast<std::size_t>(mention)].end_token == p;
  return head ? who : -1;
}

namespace {

// Rule A793: a verb in -s right after a comma, with no subject of its own and no name right
// after it (not the inverted `..., says Jane Roe`), coordinated without a conjunction with
// the verb in -s of a named subject that opens the sentence, the comma the only one between
// (a title line's present: `Jane Roe wins Ohio, vows to press on`, `Tom Smith slams Roe,
// praises Jones as "Q"`): the verb is the opening subject's. Row A1135: so is a past form
// after a past form (`The Tarn Council hid the figures, admitted it had withheld them, and
// ...`: a series of the subject's acts); an article may open the sentence before the name
// and -ly adverbs stand before its verb (`repeatedly hid`).
bool asyndetic_present(const Resolver& r, std::size_t npb, std::size_t verb, std::size_t sentence_first) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  if (npb != verb || verb < sentence_first + 4 || verb + 1 >= a.tokens.size() || a.tokens[verb - 1].norm != "," ||
      a.tokens[verb + 1].has(kCapitalized))
    return false;
  const bool present = lex.ends_in(Words::PresentSSuffixes, a.tokens[verb].lower);
  const auto past = [&](const Token& t) { return t.kind == TokenKind::Word && !t.has(kCapitalized) && quotes::finite_past(lex, t); };
  if (!present && !past(a.tokens[verb])) return false;
  std::size_t open = sentence_first;
  while (open < verb && a.tokens[open].kind != TokenKind::Word) ++open;
  if (!present && open + 1 < verb && lex.in(Words::DefiniteArticles, a.tokens[open])) ++open;  // row A1135
  const std::int32_t mi = r.mention_cover[open];
  if (mi < 0 || r.in_direct[open]) return false;
  const Mention& m = a.mentions[static_cast<std::size_t>(mi)];
  if (m.first_token != open || m.end_token + 1 >= verb || m.entity < 0) return false;
  std::size_t fv = m.end_token;
  while (!present && fv + 1 < verb && lex.ends_in(Words::AdverbSuffixes, a.tokens[fv].lower)) ++fv;
  const Token& first_verb = a.tokens[fv];
  if (first_verb.kind != TokenKind::Word || first_verb.has(kCapitalized) ||
      !(present ? lex.ends_in(Words::PresentSSuffixes, first_verb.lower) : past(first_verb)))
    return false;
  for (std::size_t k = m.end_token; k + 1 < verb; ++k)
    if (a.tokens[k].norm == "," || r.in_direct[k]) return false;
  return true;
}

// "X has disputed the claims, but says that ...", "X ... but has said": a verb coordinated
// with no subject (auxiliaries and adverbs may stand before it, and a time phrase or a
// linking adverb: rule A570, `X ... but on Tuesday wrote`, `..., but now says`); `..., then
// says`: a comma and a sentence linker stand for the coordinator (rule A31).
bool coordinated_verb(const Resolver& r, std::size_t npb, std::size_t verb, std::size_t sentence_first) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  bool gap_only = true, linked = false;
  for (std::size_t k = npb; k < verb; ++k) {
    gap_only &= lex.in(Words::SubjectGapWords, a.tokens[k]) || lex.ends_in(Words::AdverbSuffixes, a.tokens[k].lower) ||
                lex.in(Words::SentenceLinkers, a.tokens[k]) || lex.in(Words::BeforeThat, a.tokens[k]) || year_number(a.tokens[k]);
    linked |= lex.in(Words::SentenceLinkers, a.tokens[k]);
  }
  return gap_only && npb > sentence_first &&
         (lex.in(Words::Coordinators, a.tokens[npb - 1]) || (linked && a.tokens[npb - 1].norm == ","));
}

}  // namespace

std::int32_t Resolver::subject_of(std::size_t verb, std::size_t sentence_first, std::string& from, std::int32_t& mention) {
  if (const std::int32_t who = infinitive_subject(*this, verb, sentence_first, from, mention); who != -2) return who;
  if (const std::int32_t who = gerund_object(*this, verb, sentence_first, from, mention); who != -2) return who;
  if (const std::size_t first = coordinated_participle(*this, verb, sentence_first); first < verb) {
    if (const std::int32_t who = subject_of(first, sentence_first, from, mention); who >= 0) return who;
    from.clear();
    mention = -1;
  }
  // "Jane Roe (R-Ohio) said": a parenthetical right before the verb is no subject.
  const std::size_t vend = skip_parenthetical(verb, sentence_first);
  std::size_t npb = phrase_start_before(vend, sentence_first);
  // A relative word with a capitalised subject of its own after it (rule A1087: `Tom Smith
  // — whom Mr. Roe characterized as "Q"`): the relative is the verb's object, no part of
  // the subject phrase, which would read as an apposition on the name before the dash.
  if (npb + 1 < vend && lex.in(Words::RelativeWords, a.tokens[npb]) && a.tokens[npb + 1].has(kCapitalized)) ++npb;
  if (const std::int32_t mi = relative_subject(*this, npb, vend, sentence_first); mi >= 0) {
    mention = mi;
    return namesake_of_sex(*this, mi);
  }
  if (const std::int32_t who = subordinate_clause_name(*this, npb, vend, from, mention); who >= 0) return who;
  // An apposition before the verb that opens with a lower-case word holds no subject.
  if (lower_case_apposition(*this, npb, vend, sentence_first)) {
    std::int32_t m2 = -1;
    if (const std::int32_t who = apposition_subject(npb, sentence_first, m2); who >= 0) {
      mention = m2;
      return who;
    }
  }
  // `X was quoted in the Herald saying`, `X appeared on Fox News saying` (rule A73): the
  // phrase before a participle is the object of a preposition, not its subject; after an
  // absolute `with` it is the subject (`..., with Jane Roe saying`; absolute_prepositions).
  if (lex.ends_in(Words::ParticipleSuffixes, a.tokens[verb].lower) && npb > sentence_first && npb < vend &&
      lex.in(Words::SpeakerPhrasePrepositions, a.tokens[npb - 1]) && !absolute_with(*this, npb - 1, sentence_first))
    return clause_subject(verb, npb, sentence_first, from, mention);
  std::int32_t who = subject_before_phrase(*this, npb, vend, sentence_first, from, mention);
  if (!is_person(a, who)) {
    std::int32_t m2 = -1;
    std::int32_t opener = opening_name(npb, vend, sentence_first, m2);
    if (opener < 0 || !is_person(a, opener)) {
      std::int32_t m3 = -1;
      const std::int32_t person = apposition_subject(npb, sentence_first, m3);
      if (person >= 0 && !participle_object(lex, a, m3, npb, vend, verb)) {
        opener = person;
        m2 = m3;
      }
      // Nobody named: a body set off right before the verb (rule A161).
      else if (person < 0 && opener < 0 && npb == vend && npb > sentence_first) {
        opener = named_body_apposition(npb - 1, sentence_first, m2);
        if (opener < 0 && (m2 = body_before_apposition(*this, npb, verb, sentence_first)) >= 0)
          opener = a.mentions[static_cast<std::size_t>(m2)].entity;
      }
    }
    if (opener >= 0) {
      from.clear();
      mention = m2;
      return opener;
    }
  }
  if (who >= 0) return who;
  if (const std::int32_t mi = name_before_phrase(*this, npb, vend, sentence_first); mi >= 0) {
    from.clear();
    mention = mi;
    return a.mentions[static_cast<std::size_t>(mi)].entity;
  }
  // "Mr. Lavrov, had claimed ...": only auxiliaries and adverbs between a comma and the
  // verb; the subject stands before the comma.
  bool aux_only = npb < vend;
  for (std::size_t k = npb; k < vend; ++k)
    aux_only &= lex.in(Words::SubjectGapWords, a.tokens[k]) || lex.ends_in(Words::AdverbSuffixes, a.tokens[k].lower);
  if (aux_only && npb > sentence_first + 1 && a.tokens[npb - 1].norm == ",") {
    const std::size_t b2 = phrase_start_before(skip_parenthetical(npb - 1, sentence_first), sentence_first);
    who = noun_phrase(b2, npb - 1, from, mention);
    if (who >= 0) return who;
  }
  const bool coordinated = coordinated_verb(*this, npb, verb, sentence_first);
  const bool participle = lex.ends_in(Words::ParticipleSuffixes, a.tokens[verb].lower);
  if (!coordinated && !participle && !asyndetic_present(*this, npb, verb, sentence_first))
    return publisher_subject(*this, verb, sentence_first, from, mention);
  return clause_subject(verb, npb, sentence_first, from, mention);
}

std::int32_t Resolver::country_of(std::int32_t person) {
  if (person < 0) return -1;
  const Entity& e = a.entities[static_cast<std::size_t>(person)];
  if (e.type == EntityType::Country) return person;
  if (e.type != EntityType::Person) return -1;
  for (const auto& r : a.roles)
    if (r.person == person && r.of >= 0 && a.entities[static_cast<std::size_t>(r.of)].type == EntityType::Country) return r.of;
  if (!e.gazetteer_id.empty())
    if (const auto* g = lex.entry_by_id(e.gazetteer_id))
      for (const auto& role : g->roles)
        if (const auto* ce = lex.entry_by_name(role.of); ce && ce->type == EntityType::Country)
          return implied_country(a, lex, role.of);
  return -1;
}

// ---- Lookups and the stage's single-token resolutions -------------------------------

const Mention* Resolver::reference(std::size_t k, std::string_view rule) const {
  if (k >= reference_at.size() || reference_at[k] < 0) return nullptr;
  const Mention& m = a.mentions[static_cast<std::size_t>(reference_at[k])];
  return m.first_token == k && m.coreference_rule == rule ? &m : nullptr;
}

// The subject of the speech verb at v (n tokens) in sentence s, read as the attribution
// of a quotation reads it: after the closing mark `"Q," Jane Roe, an aide, said` (the
// phrase between), `"Q," said Roe` (the phrase after the verb), else the verb's subject
// (`Roe said: "Q"`, `Roe told reporters`).
std::int32_t Resolver::speech_subject(std::size_t v, std::size_t n, const Sentence& s, std::int32_t& mention) {
  std::string from;
  std::size_t j = v;
  while (j > s.first_token && v - j < 16 && !in_direct[j - 1] && a.tokens[j - 1].norm != "." && a.tokens[j - 1].norm != ";") --j;
  if (j > s.first_token && in_direct[j - 1]) {
    if (j < v && a.tokens[j].norm == ",") ++j;
    if (j < v) return noun_phrase(j, v, from, mention);
    std::size_t e = v + n;  // inverted order
    while (e < s.end_token && e - (v + n) < 7 && a.tokens[e].kind == TokenKind::Word && !in_direct[e]) ++e;
    return noun_phrase(v + n, e, from, mention);
  }
  return subject_of(v, s.first_token, from, mention);
}

// `"Q," Roe said. He added ...`: a sentence that holds a quotation offers the subject of
// its last speech verb whose subject is a person (speech_subject()), read from the text
// with the speech-verb lexicon; a sentence that opens with a quotation and has none
// continues the one before it (in its paragraph, or the paragraph before when it opens
// one), up to three sentences back.
std::int32_t Resolver::speech_verb_speaker_in(std::uint32_t sentence, int depth) {
  const Sentence& s = a.sentences[sentence];
  bool quoted = false;
  for (auto k = s.first_token; k < s.end_token && !quoted; ++k) quoted = in_direct[k] != 0;
  if (!quoted || s.furniture || s.duplicate) return -1;
  std::int32_t who = -1, mention = -1;
  for (std::size_t v = s.first_token; v < s.end_token; ++v) {
    if (in_direct[v] || (mention_cover[v] >= 0 && a.tokens[v].has(kCapitalized))) continue;
    std::uint32_t p = 0;
    const std::size_t n = lex.speech_index().match(a.tokens, v, s.end_token, p);
    if (!n || lex.speech_cues()[p].kind != SpeechCue::Kind::Verb) continue;
    std::int32_t m = -1;
    if (const std::int32_t subject = speech_subject(v, n, s, m); is_person(a, subject)) { who = subject; mention = m; }
    v += n - 1;
  }
  if (who >= 0) {
    antecedent_ = mention;
    return who;
  }
  const bool opens_quoted = s.end_token > s.first_token && a.tokens[s.first_token].kind == TokenKind::Quote && in_direct[s.first_token];
  if (!opens_quoted || sentence == 0 || depth >= 3) return -1;
  const Sentence& prev = a.sentences[sentence - 1];
  if (prev.paragraph != s.paragraph && prev.paragraph + 1 != s.paragraph) return -1;
  return speech_verb_speaker_in(sentence - 1, depth + 1);
}

// Row 23.364: each of the three readings is asked only of a token its own first test
// passes (surname(): a capitalised word; pronoun_in(): a word of subject_pronouns;
// body_pronoun_in(): a word of body_pronouns); a token another test fails gives -1 there
// and changes nothing, so the answers are the same without the calls. Made-up example:
// `Harbour` is read as a surname only, `he` as a pronoun only, `it` as a body's pronoun.
std::int32_t Resolver::token_reference(std::size_t k, std::string& from) {
  const Token& t = a.tokens[k];
  if (t.has(kCapitalized))
    if (std::int32_t who = surname(k, k + 1, from); who >= 0) return who;
  if (lex.in(Words::SubjectPronouns, t))
    if (std::int32_t who = pronoun_in(k, k + 1, from); who >= 0) return who;
  return lex.in(Words::BodyPronouns, t) ? body_pronoun_in(k, k + 1, from) : -1;
}

}  // namespace gazette
