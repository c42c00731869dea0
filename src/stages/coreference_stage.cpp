// The coreference stage (coreference.hpp): runs after roles and before quotes, resolves
// every pronoun, bare surname and qualified role phrase it can and appends each as a
// reference (a resolved Mention with its antecedent and rule); records the collectives,
// office readings, unnamed officials and `it` before no speech verb that quote
// attribution looks up.
#include "gazette/coreference.hpp"
#include "gazette/roles.hpp"
#include "gazette/tokenizer.hpp"  // glued_hyphen()

#include "last_named.hpp"
#include "quotes_internal.hpp"

#include <algorithm>
#include <array>
#include <span>

namespace gazette {

namespace {

// Appends the references of one document: a resolved Mention per surface, added to its
// entity's mentions (earlier mentions keep their indices).
class References {
 public:
  explicit References(Annotation& a) : a_(a) {}

  // The reference whose span is `s`, or -1.
  std::int32_t at(Span s) const {
    for (std::size_t mi = named_; mi < a_.mentions.size(); ++mi)
      if (a_.mentions[mi].span == s) return static_cast<std::int32_t>(mi);
    return -1;
  }
  // The first reference that overlaps `s` (`The Russian foreign minister` and the subject
  // phrase read as `Russian foreign minister left early`), or -1.
  std::int32_t overlapping(Span s) const {
    for (std::size_t mi = named_; mi < a_.mentions.size(); ++mi)
      if (a_.mentions[mi].span.begin < s.end && s.begin < a_.mentions[mi].span.end) return static_cast<std::int32_t>(mi);
    return -1;
  }

  void add(std::size_t first, std::size_t end, std::int32_t entity, std::string from, std::string_view rule,
           std::int32_t antecedent, std::uint32_t sentence) {
    const Span span{a_.tokens[first].span.begin, a_.tokens[end - 1].span.end};
    if (at(span) >= 0) return;
    append_reference(a_, static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(end), span, sentence, entity,
                     std::move(from), rule, antecedent);
  }

 private:
  Annotation& a_;
  std::size_t named_ = a_.mentions.size();  // the references start here
};

bool opens_unwritten(const Lexicons& lex, const Token& t);

// Row 23.323: the tokens the stage's per-token passes (bare_titles(), single_tokens(),
// unwritten_references()) can open on, listed once a document, sentence by sentence (not
// in furniture or a duplicate sentence), each with the passes it opens: a capitalised
// word (a surname, a department's short name), a subject or body pronoun (he, it), a word
// of opens_unwritten()'s lists (his, the, a), a definite article (a bare title). Each
// pass reads its sentence's tokens from here in text order and asks of them what it asked
// before; the others (most: `said`, `of`, `bridge`) it would have passed at its first tests.
// Made-up example: in `Tom Smith said the union would act.`, `Tom`, `Smith` and `the` are
// listed, `said`, `union`, `would`, `act` and `.` are not.
class Openers {
 public:
  enum : std::uint8_t { kCapital = 1, kPronoun = 2, kUnwritten = 4, kDefinite = 8 };
  struct At {
    std::uint32_t token;
    std::uint8_t opens;
  };
  // Row 23.421: the walk reads the tokens and the answers through pointers held here (a
  // push_back may change any memory for the compiler, which would load them again at every
  // token) and asks a mask's answer by one look-up, the first asking of a mask (and a token
  // with none, kNoMask, whose answer is never kept) in ask().
  explicit Openers(const Resolver& r) : first_(r.a.sentences.size() + 1, 0) {
    const Token* const tokens = r.a.tokens.data();
    const Lexicons& lex = r.lex;
    at_.reserve(r.a.tokens.size() / 2);
    const Asked asked;  // the answers by mask (by_mask()), emptied again at the end
    std::uint8_t* const answers = asked.answers.data();
    for (std::size_t si = 0; si < r.a.sentences.size(); ++si) {
      first_[si] = static_cast<std::uint32_t>(at_.size());
      const Sentence& st = r.a.sentences[si];
      if (st.furniture || st.duplicate) continue;
      for (std::uint32_t k = st.first_token, e = st.end_token; k < e; ++k) {
        const Token& t = tokens[k];
        const std::uint16_t mask = t.lmask;
        if (mask == 0 && !t.has(kCapitalized)) continue;  // mask 0: in no word list
        std::uint8_t opens = 0;
        if (mask != 0) {
          std::uint8_t answer = answers[mask];  // 0: not asked yet (kNoMask: never kept)
          if (answer == 0) answer = ask(lex, t, answers);
          opens = static_cast<std::uint8_t>(answer - 1);
        }
        if (t.kind != TokenKind::Word) opens &= static_cast<std::uint8_t>(~kPronoun);  // single_tokens() reads words
        else if (t.has(kCapitalized)) opens |= kCapital;
        if (opens != 0) at_.push_back(At{k, opens});
      }
    }
    first_.back() = static_cast<std::uint32_t>(at_.size());
  }
  // The listed tokens of sentence si, in text order.
  std::span<const At> in(std::size_t si) const { return {at_.data() + first_[si], at_.data() + first_[si + 1]}; }

 private:
  static constexpr std::uint16_t kNoMask = 0xFFFF;  // Token::lmask not set (Lexicons::in() looks the word up)
  // The thread's answers of listed() by Token::lmask while one Openers is built: the passes
  // a mask opens plus one, 0 when not asked yet. The masks asked are listed and their
  // answers emptied again when the Asked goes (at the constructor's end, or on an
  // exception): no answer outlives the document, which another Lexicons may follow.
  using ByMask = std::array<std::uint8_t, std::size_t{kNoMask} + 1>;
  struct Asked {
    ByMask& answers = by_mask();
    std::vector<std::uint16_t>& masks = asked_masks();
    Asked() = default;
    Asked(const Asked&) = delete;
    Asked& operator=(const Asked&) = delete;
    ~Asked() {
      for (const std::uint16_t m : masks) answers[m] = 0;
      masks.clear();
    }
    static ByMask& by_mask() {
      thread_local ByMask by{};
      return by;
    }
    static std::vector<std::uint16_t>& asked_masks() {
      thread_local std::vector<std::uint16_t> masks;
      return masks;
    }
  };
  // The passes a word of the token's lists opens (kPronoun whatever its kind) plus one,
  // asked once for each of the document's masks (Token::lmask: the tokens of a word share
  // one) and kept in `answers`; a token with no mask (kNoMask) is asked every time.
  static std::uint8_t ask(const Lexicons& lex, const Token& t, std::uint8_t* answers) {
    const auto answer = static_cast<std::uint8_t>(lists_open(lex, t) + 1);
    if (t.lmask == kNoMask) return answer;
    answers[t.lmask] = answer;
    Asked::asked_masks().push_back(t.lmask);
    return answer;
  }
  static std::uint8_t lists_open(const Lexicons& lex, const Token& t) {
    std::uint8_t opens = 0;
    if (lex.in(Words::SubjectPronouns, t) || lex.in(Words::BodyPronouns, t)) opens |= kPronoun;
    if (opens_unwritten(lex, t)) opens |= kUnwritten;
    if (lex.in(Words::DefiniteArticles, t)) opens |= kDefinite;
    return opens;
  }
  std::vector<At> at_;
  std::vector<std::uint32_t> first_;  // by sentence: its first entry in at_ (one more: the end)
};

// `it` is a (written) reference only as the subject of a speech verb (`It said`, `it has
// also said`): the word list subject_gap_words and -ly adverbs may stand between.
bool before_speech_verb(const Resolver& r, std::size_t k, std::size_t end) {
  const Annotation& a = r.a;
  std::size_t v = k + 1;
  while (v < end && (r.lex.in(Words::SubjectGapWords, a.tokens[v]) || r.lex.ends_in(Words::AdverbSuffixes, a.tokens[v].lower))) ++v;
  std::uint32_t p = 0;
  const std::size_t n = v < end ? r.lex.speech_index().match(a.tokens, v, end, p) : 0;
  return n && r.lex.speech_cues()[p].kind == SpeechCue::Kind::Verb;
}

// A reference as the stage records it: the span, the entity and its type, the surface it
// was resolved from, the rule and the antecedent. append_reference and add_unwritten keep it.
Mention reference_mention(const Annotation& a, std::uint32_t first, std::uint32_t end, Span span, std::uint32_t sentence,
                          std::int32_t entity, std::string from, std::string_view rule, std::int32_t antecedent) {
  Mention m;
  m.first_token = first;
  m.end_token = end;
  m.span = span;
  m.sentence = sentence;
  m.type = a.entities[static_cast<std::size_t>(entity)].type;
  m.entity = entity;
  m.resolved_from = std::move(from);
  m.source.rule = std::string(kReferenceSource);
  m.coreference_rule = std::string(rule);
  m.antecedent = antecedent;
  return m;
}

// An unwritten reference (Annotation::unwritten_references) over tokens [first, end).
void add_unwritten(Resolver& r, std::size_t first, std::size_t end, std::int32_t entity, std::string from) {
  Annotation& a = r.a;
  a.unwritten_references.push_back(reference_mention(
      a, static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(end),
      Span{a.tokens[first].span.begin, a.tokens[end - 1].span.end}, r.sentence_of[first], entity, std::move(from),
      r.last_from().rule, r.last_from().antecedent));
}

// Role phrases first (a pronoun may go through one: its antecedent is then that reference).
void role_phrases(Resolver& r, References& refs) {
  Annotation& a = r.a;
  for (const RolePhrase& rp : a.role_phrases) {  // found by the roles stage
    if (r.in_direct[rp.first] || r.in_direct[rp.end - 1]) continue;
    const Span s{a.tokens[rp.first].span.begin, a.tokens[rp.end - 1].span.end};
    refs.add(rp.first, rp.end, rp.person, std::string(a.text(s)), kRolePhraseRule, -1, r.sentence_of[rp.first]);
  }
}

// The office `held` that a bare title `phrase` names (roles.hpp bare_title_names()); one
// word names only the office it is or heads before `of` (`the president`: President,
// President of the United States; `the chancellor`: Chancellor of the Exchequer), never one
// it modifies, ends or is found in: `the chief` is no Chief Justice, `the general` (of `the
// general election`) no Attorney General, `the minister` no Foreign Minister.
bool names_office(const Lexicons& lex, std::string_view held, std::string_view phrase) {
  const std::string h = to_lower(held), p = to_lower(phrase);
  if (p.find(' ') == std::string::npos) return h == p || h.starts_with(p + " of ");
  return bare_title_names(lex, held, phrase);
}

// A title the text states inside a longer title of the same person's (`General` in
// `Attorney General Kamala Harris`, `Justice` in `Chief Justice X`): the longer one is the office.
bool nested_title(const Annotation& a, const RoleFact& f) {
  return !f.from_gazetteer && std::any_of(a.roles.begin(), a.roles.end(), [&](const RoleFact& g) {
           return !g.from_gazetteer && g.person == f.person && g.cue_first <= f.cue_first && g.cue_end >= f.cue_end &&
                  g.cue_end - g.cue_first > f.cue_end - f.cue_first;
         });
}

// The person's first office in the gazetteer (its principal one, the latest), or null.
const RoleFact* first_gazetteer_office(const Annotation& a, std::int32_t person) {
  for (const RoleFact& f : a.roles)
    if (f.from_gazetteer && f.person == person) return &f;
  return nullptr;
}

// Row A1136: the person's principal office (first_gazetteer_office()) is the principal
// office of another person of the document in the gazetteer too (same title, same country
// or body): the story is told while that other person holds it, so the person held one of
// his earlier offices then (`Tony Blair` and `Tom Smith`, both prime ministers of Borovia
// in the gazetteer, Smith also its chancellor: `the chancellor` is Smith).
bool principal_office_held_by_other(const Annotation& a, std::int32_t person) {
  const RoleFact* mine = first_gazetteer_office(a, person);
  if (!mine) return false;
  return std::any_of(a.roles.begin(), a.roles.end(), [&](const RoleFact& g) {
    return g.from_gazetteer && g.person != person && g.person >= 0 && &g == first_gazetteer_office(a, g.person) &&
           g.of_name == mine->of_name && to_lower(g.title) == to_lower(mine->title);
  });
}

// Row A1174: the person's principal office is also another person's of the document in the
// gazetteer (principal_office_held_by_other()) and the gazetteer lists him in another office
// too: by A1136's reading he held that other office when the story was told, so a bare
// title naming the shared office is the other person's (`Tony Blair` and `Tom Smith`, both
// prime ministers of Borovia, Smith also its chancellor: `the prime minister said` is Blair).
bool principal_office_given_up(const Annotation& a, const RoleFact& f) {
  if (!f.from_gazetteer || f.person < 0 || &f != first_gazetteer_office(a, f.person)) return false;
  return principal_office_held_by_other(a, f.person) &&
         std::any_of(a.roles.begin(), a.roles.end(),
                     [&](const RoleFact& g) { return g.from_gazetteer && g.person == f.person && &g != &f; });
}

// Row A1173: the country or body of a gazetteer office f is an entity of the document.
bool office_country_named(const Annotation& a, const RoleFact& f) {
  return !f.of_name.empty() && std::any_of(a.entities.begin(), a.entities.end(),
                                           [&](const Entity& e) { return e.canonical == f.of_name; });
}

// Row A1173: the person named last before token k outside quotation marks (a mention of
// its own, not a reference), or -1.
// (Of two ending at the same token, the later in the mention list.)
std::int32_t last_person_named(const Resolver& r, std::size_t k) {
  return last_named_before(r, k, EntityType::Person, true, 0, [](const Mention&) { return true; });
}

// The one person of the document who holds the office a bare title `phrase` at token k
// names (rule A350): every role fact naming it (names_office(); not a
// `shadow` post) is that person's, stated in the text before k (`Chancellor Gordon Brown`,
// `X, the senator`) or the gazetteer's; -1 when none or two people hold it. A holder only
// the gazetteer gives holds it as the first office it lists for him (his principal one:
// Barack Obama is no `the senator`), or as an earlier one with a premodifier that says so
// (`past`, word list past_title_premodifiers: `the former secretary of state`); the text
// must give him no other office (`Chancellor X` ... `the prime minister` is somebody else),
// and must name him outside quotation marks in the phrase's sentence or the two before it
// (`King said. The senator, who ...` is no senator named only in a quote).
std::int32_t sole_office_holder(const Resolver& r, std::string_view phrase, std::size_t k, bool past, bool national) {
  const Annotation& a = r.a;
  std::int32_t holder = -1;
  bool stated = false, principal = false, earlier_national = false;
  for (const RoleFact& f : a.roles) {
    const bool shadow = !f.from_gazetteer && f.cue_first > 0 &&
                        r.lex.in(Words::OppositionPremodifiers, a.tokens[f.cue_first - 1].lower);
    // A1137: a past post the text states (`ex-chancellor Tom Smith`) is held by nobody now
    // (`the chancellor`); a present one may be named as past later (`the former chancellor`).
    const bool other_time = !past && !f.from_gazetteer && f.cue_end > f.cue_first && past_post(a, r.lex, f.cue_first);
    if (shadow || other_time || f.person < 0 || a.entities[static_cast<std::size_t>(f.person)].type != EntityType::Person ||
        nested_title(a, f) || !names_office(r.lex, f.title, phrase) || principal_office_given_up(a, f))
      continue;
    if (holder >= 0 && f.person != holder) return -1;
    holder = f.person;
    stated = stated || (!f.from_gazetteer && f.cue_first < k);
    principal = principal || (f.from_gazetteer && (&f == first_gazetteer_office(a, f.person) ||
                                                   principal_office_held_by_other(a, f.person)));
    earlier_national = earlier_national || (national && f.from_gazetteer && office_country_named(a, f));
  }
  // A1173: an earlier national post the gazetteer lists for the holder (a title ending in
  // national_post_heads: `Chancellor of the Exchequer` after `Prime Minister`; one holder in
  // its country at a time, unlike a seat: Barack Obama is still no `the senator`), of a
  // country the document names, when he is the person named last before the title, as the
  // roles stage reads it (roles.hpp bare_role_phrase_roles()): `Tom Smith (Borovia's prime
  // minister in the gazetteer, its chancellor before) spoke in Borovia. "Q," the chancellor
  // said.` -> Smith. Held by him alone in the document (no one else's role names it).
  if (holder < 0 || (!stated && !principal && !past && !(earlier_national && last_person_named(r, k) == holder)))
    return -1;
  if (!stated)
    for (const RoleFact& f : a.roles)  // the text gives the holder another office
      if (f.person == holder && !f.from_gazetteer) return -1;
  const std::uint32_t si = r.sentence_of[k];
  for (const std::uint32_t mi : a.entities[static_cast<std::size_t>(holder)].mentions) {
    const Mention& m = a.mentions[mi];
    if (!m.resolved_from.empty() || m.end_token > k || r.in_direct[m.first_token]) continue;
    if (stated || si - r.sentence_of[m.first_token] <= 2) return holder;
  }
  return -1;
}

// Bare definite titles outside quotation marks (`the chancellor's record`, `The senator,
// who sits on ...`; roles.hpp bare_title_at(): no qualifier, name, of-phrase or relative
// clause, not a predicate or an apposition): a role-phrase reference to the one person who
// holds the office (sole_office_holder(), rule A350), before pronouns resolve through it.
// The first token at which a bare title can have a holder (sole_office_holder()): a
// person of a role fact named before it, outside quotation marks, by a mention of its own;
// the token count when no person of the document holds an office (most documents).
std::uint32_t first_office_holder_end(const Resolver& r) {
  const Annotation& a = r.a;
  auto first = static_cast<std::uint32_t>(a.tokens.size());
  for (const RoleFact& f : a.roles) {
    if (f.person < 0 || a.entities[static_cast<std::size_t>(f.person)].type != EntityType::Person) continue;
    for (const std::uint32_t mi : a.entities[static_cast<std::size_t>(f.person)].mentions) {
      const Mention& m = a.mentions[mi];
      if (m.resolved_from.empty() && !r.in_direct[m.first_token]) first = std::min(first, m.end_token);
    }
  }
  return first;
}

void bare_titles(Resolver& r, References& refs, const Openers& openers) {
  const Annotation& a = r.a;
  // No title before `first` has a holder; sentences that end by it hold none (a title
  // starting before `first` and running past it is read in its own sentence as before).
  const std::uint32_t first = first_office_holder_end(r);
  if (first >= a.tokens.size()) return;
  std::vector<char> person_at(a.tokens.size() + 1, 0), person_end(a.tokens.size() + 1, 0);
  for (const Mention& m : a.mentions)
    if (m.resolved_from.empty() && m.entity >= 0 &&
        a.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Person)
      person_at[m.first_token] = person_end[m.end_token] = 1;
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& st = a.sentences[si];
    if (st.furniture || st.duplicate || st.end_token <= first) continue;
    std::uint32_t next = st.first_token;  // the tokens of a title read are passed
    for (const Openers::At at : openers.in(si)) {
      const std::uint32_t k = at.token;
      // A bare title opens on a definite article (bare_title_at()'s first test, by the
      // token's word-list mask here, without the call; row 23.323: as Openers listed it).
      if (k < next || k + 1 >= st.end_token || !(at.opens & Openers::kDefinite) || r.in_direct[k] || r.mention_cover[k] >= 0)
        continue;
      const std::uint32_t e = bare_title_at(a, r.lex, k, st.end_token, person_at, person_end);
      if (e == 0 || r.in_direct[e - 1] || r.mention_cover[e - 1] >= 0) continue;
      std::uint32_t j = k + 1;
      while (j < e && r.lex.in(Words::TitlePremodifiers, a.tokens[j])) ++j;
      const std::string_view phrase = a.text(Span{a.tokens[j].span.begin, a.tokens[e - 1].span.end});
      const Span surface{a.tokens[k].span.begin, a.tokens[e - 1].span.end};
      bool past = false;
      for (std::uint32_t x = k + 1; x < j; ++x) past = past || r.lex.in(Words::PastTitlePremodifiers, a.tokens[x]);
      const bool national = r.lex.in(Words::NationalPostHeads, a.tokens[e - 1]);  // A1173
      if (const std::int32_t who = sole_office_holder(r, phrase, k, past, national); who >= 0)
        refs.add(k, e, who, std::string(a.text(surface)), kRolePhraseRule, -1, si);
      next = e;
    }
  }
}

// He/she, `it` and bare surnames, outside quotation marks. `it` before no speech verb is
// an unwritten reference (`It has two million members`): quote attribution looks it up
// for a speaker phrase that holds it (`It has been reported that`).
void single_tokens(Resolver& r, References& refs, const Openers& openers) {
  Annotation& a = r.a;
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& st = a.sentences[si];
    for (const Openers::At at : openers.in(si)) {  // row 23.323: a capitalised word or a pronoun
      const std::size_t k = at.token;
      if (!(at.opens & (Openers::kCapital | Openers::kPronoun)) || r.in_direct[k] || r.mention_cover[k] >= 0) continue;
      const Token& t = a.tokens[k];
      const bool body = r.lex.in(Words::BodyPronouns, t);
      std::string from;
      const std::int32_t who = r.token_reference(k, from);
      if (who < 0) continue;
      if (body && !before_speech_verb(r, k, st.end_token)) {
        add_unwritten(r, k, k + 1, who, std::move(from));
        continue;
      }
      Resolver::From via = r.last_from();
      // He/she resolved through a role phrase: the pronoun's antecedent is that reference;
      // so too through a bare surname (rule 19.421: `Welch added that he`, the surname
      // resolved to `Brian 'Head' Welch`): a pronoun's reference keeps the pronoun rule, by
      // which the quotes stage looks it up.
      const bool pronoun_token = !body && r.lex.in(Words::SubjectPronouns, t);
      if (via.rule != kPronounRule && (pronoun_token || via.rule != kSurnameRule)) {
        via.antecedent = refs.overlapping(via.span);
        via.rule = std::string(kPronounRule);
      }
      refs.add(k, k + 1, who, std::move(from), via.rule, via.antecedent, si);
    }
  }
}

// He/she inside quotation marks (`"He has let the country down," said X`), resolved as
// outside them (rule pronoun); unwritten, for relations to look up.
void quoted_pronouns(Resolver& r, std::size_t k) {
  const Token& t = r.a.tokens[k];
  if (!r.in_direct[k] || t.kind != TokenKind::Word || r.mention_cover[k] >= 0 || !r.lex.in(Words::SubjectPronouns, t))
    return;
  std::string from;
  if (const std::int32_t who = r.token_reference(k, from); who >= 0) add_unwritten(r, k, k + 1, who, std::move(from));
}

// His/her before a statement noun and `that` outside quotation marks (`his claim that
// ...`, rule A670), resolved as he/she (Resolver::possessive_pronoun()); unwritten, for
// the quotes stage's possessor-noun rule (quotes_indirect.cpp) to look up.
void statement_possessor(Resolver& r, std::size_t k, std::size_t end) {
  const Annotation& a = r.a;
  if (k + 2 >= end || r.in_direct[k] || !r.lex.in(Words::StatementNouns, a.tokens[k + 1]) ||
      !r.lex.in(Words::DeclarativeComplementizers, a.tokens[k + 2]))
    return;
  std::string from;
  if (const std::int32_t who = r.possessive_pronoun(k, from); who >= 0) add_unwritten(r, k, k + 1, who, std::move(from));
}

// His/her before a speech noun (possessed_speech_noun()), resolved as he/she
// (Resolver::possessive_pronoun()); unwritten, for the quotes stage's before-cue rule.
void speech_noun_possessor(Resolver& r, std::size_t k, std::size_t end) {
  // Row 23.260: possessed_speech_noun()'s own first test, his/her/their (word list
  // person_possessives), asked here, inline, before the call: most listed tokens (`the`,
  // `said` in `Tom Smith said`) are no possessive, and the call's entry and exit cost more
  // than the one mask test that answers them.
  if (!r.lex.in(Words::PersonPossessives, r.a.tokens[k]) || quotes::possessed_speech_noun(r, k, end) == 0) return;
  std::string from;
  const std::int32_t who = r.possessive_pronoun(k, from);
  if (who < 0) return;
  // A pronoun's reference keeps the pronoun rule, whatever its antecedent went through (a
  // role phrase), as single_tokens() writes it: the quotes stage looks it up by that rule.
  Annotation& a = r.a;
  a.unwritten_references.push_back(reference_mention(a, static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(k + 1),
                                                     a.tokens[k].span, r.sentence_of[k], who, std::move(from), kPronounRule,
                                                     r.last_from().antecedent));
}

// His/her before a campaign or spokesman noun outside quotation marks (`his campaign
// said`, rule A1036: Resolver::owner_body_end()), resolved as he/she
// (Resolver::possessive_pronoun()); unwritten, for the quotes stage's speaker phrase to look up.
void owner_body_possessor(Resolver& r, std::size_t k, std::size_t end) {
  // his/her/their first (word list person_possessives: one mask test per token, inline)
  if (!r.lex.in(Words::PersonPossessives, r.a.tokens[k]) || r.in_direct[k] || r.owner_body_end(k, end) == 0 || !r.clause_opens_at(k))
    return;
  std::string from;
  if (const std::int32_t who = r.possessive_pronoun(k, from); who >= 0) add_unwritten(r, k, k + 1, who, std::move(from));
}

// An article, one lower-case word and a possessive (`the party's election chief`) that
// stands for an organisation named before (rule collective), inside quotation marks or
// not; unwritten, for relations (affiliations.hpp) to look up.
void possessive_collective(Resolver& r, std::size_t k, std::size_t end) {
  const Annotation& a = r.a;
  if (k + 3 >= end || !r.lex.in(Words::Articles, a.tokens[k]) || a.tokens[k + 1].kind != TokenKind::Word ||
      a.tokens[k + 1].has(kCapitalized) || !a.tokens[k + 2].has(kPossessive))
    return;
  std::string from;
  std::int32_t mention = -1;
  const std::int32_t e = r.noun_phrase(k, k + 2, from, mention);
  if (e >= 0 && !from.empty() && a.entities[static_cast<std::size_t>(e)].type == EntityType::Organization)
    add_unwritten(r, k, k + 2, e, std::move(from));
}

// Row 23.263: token j, after a definite article, is no word of a collective phrase
// (Resolver::collective(): only lower-case words that no mention covers) and the trim of
// trailing auxiliaries and -ly adverbs (before_trailing_auxiliaries(): word lists
// subject_gap_words, adverb_suffixes) does not take it off the phrase's end: every phrase
// from the article over it is none. Made-up example: `the Kestby union`, `the union ,`.
bool ends_collectives(const Resolver& r, std::size_t j) {
  const Token& t = r.a.tokens[j];
  return (t.kind != TokenKind::Word || t.has(kCapitalized) || r.mention_cover[j] >= 0) &&
         !r.lex.in(Words::SubjectGapWords, t) && !r.lex.ends_in(Words::AdverbSuffixes, t.lower);
}

// Row 18.395: the collectives after an article at k whose first word is a compound joined
// by a glued hyphen (`the anti-fraud office`: [the][anti][-][fraud][office]), read as one word
// with the word after it; speaker_collectives() asks when the hyphen ends its phrase.
// collective() tests each word of the phrase itself.
[[gnu::noinline]] void compound_collectives(Resolver& r, std::size_t k, std::size_t end) {
  for (std::size_t e = k + 4; e <= std::min(k + 5, end) && !r.in_direct[e - 1]; ++e) {
    std::string from;
    if (const std::int32_t who = r.collective(k, e, from); who >= 0) add_unwritten(r, k, e, who, std::move(from));
  }
}

// An article and one or two lower-case words outside quotation marks that stand for an
// organisation (rule collective: `the union`, `the drafting committee`, `the report`);
// unwritten: the quotes stage looks up the one its attribution reads as the speaker.
void speaker_collectives(Resolver& r, std::size_t k, std::size_t end) {
  const Annotation& a = r.a;
  if (r.in_direct[k] || !r.lex.in(Words::DefiniteArticles, a.tokens[k])) return;
  for (std::size_t e = k + 2; e <= std::min(k + 3, end) && !r.in_direct[e - 1]; ++e) {
    if (ends_collectives(r, e - 1)) {  // row 23.263: collective() would answer -1 here and for any longer phrase
      // Row 18.395: a hyphen glued between the first word and the next joins them.
      if (e == k + 3 && k + 3 < end && a.tokens[k + 2].norm == "-" && glued_hyphen(a, k + 2, end) &&
          a.tokens[k + 3].kind == TokenKind::Word)
        compound_collectives(r, k, end);
      return;
    }
    // This pass records in token order (after the `it`s of single_tokens()), so those
    // starting at k are the last ones.
    bool known = false;
    for (auto it = a.unwritten_references.rbegin(); it != a.unwritten_references.rend() && it->first_token == k; ++it)
      known = known || it->end_token == e;
    std::string from;
    if (const std::int32_t who = known ? -1 : r.collective(k, e, from); who >= 0) add_unwritten(r, k, e, who, std::move(from));
  }
}

// A capitalised word alone outside quotation marks that is a government department's
// short name (rule A631: `State said` after `the State Department`); unwritten: the quotes
// stage looks up the one its attribution reads as the speaker.
// The shape tests that open Resolver::department_short_name() (coreference.cpp) come first
// here, before the calls (most capitalised words fail them): four letters or more, no
// possessive, no named mention over it, a lower-case word after it, neither a capitalised
// word nor a determiner before it.
void department_short_name(Resolver& r, std::size_t k) {
  const std::vector<Token>& tokens = r.a.tokens;
  const Token& t = tokens[k];
  // Row 23.278: the token's own flag first (most tokens are lower case), then quotation marks.
  if (!t.has(kCapitalized) || t.kind != TokenKind::Word || r.in_direct[k]) return;
  if (t.has(kPossessive) || r.mention_cover[k] >= 0 || t.lower.size() < 4 || k + 1 >= tokens.size() ||
      tokens[k + 1].kind != TokenKind::Word || tokens[k + 1].has(kCapitalized) ||
      (k > 0 && (tokens[k - 1].has(kCapitalized) || r.lex.in(Words::Determiners, tokens[k - 1]))))
    return;
  std::string from;
  if (const std::int32_t who = r.collective(k, k + 1, from); who >= 0) add_unwritten(r, k, k + 1, who, std::move(from));
}

// Row 23.276: the token opens one of the unwritten references after
// department_short_name(): each of the six asks first for a word of one list at k (a subject
// pronoun for quoted_pronouns(); his/her, Resolver::possessive_pronoun()'s own first test,
// for statement_possessor(); person_possessives; articles; definite_articles). One pass of
// these pure mask tests over the token's row decides most listed tokens (`said`, `of`, `in`
// in `Tom Smith said in Kestby`: none opens), without the six calls and their tests of the
// tokens after k. Made-up example: `his claim that` and `the union said` still open.
bool opens_unwritten(const Lexicons& lex, const Token& t) {
  return lex.in(Words::SubjectPronouns, t) || lex.in(Words::MalePossessivePronouns, t) ||
         lex.in(Words::FemaleObjectPronouns, t) || lex.in(Words::PersonPossessives, t) || lex.in(Words::Articles, t) ||
         lex.in(Words::DefiniteArticles, t);
}

// The unwritten references, sentence by sentence.
void unwritten_references(Resolver& r, const Openers& openers) {
  for (std::size_t si = 0; si < r.a.sentences.size(); ++si) {
    const Sentence& st = r.a.sentences[si];
    for (const Openers::At at : openers.in(si)) {  // row 23.323: a capitalised word or a word of the six lists
      const std::size_t k = at.token;
      if (at.opens & Openers::kCapital) department_short_name(r, k);
      // Each of the five opens on a word of a list (a subject pronoun, a possessive, an article): a token
      // interned in no list (Token::lmask 0, the empty mask) opens none.
      if (!(at.opens & Openers::kUnwritten)) continue;  // row 23.276 (opens_unwritten(), asked by Openers)
      quoted_pronouns(r, k);
      statement_possessor(r, k, st.end_token);
      speech_noun_possessor(r, k, st.end_token);
      owner_body_possessor(r, k, st.end_token);
      possessive_collective(r, k, st.end_token);
      speaker_collectives(r, k, st.end_token);
    }
  }
}

}  // namespace

// The token of a speech noun after his/her at k (`his infamous remarks about X: "Q"`; row
// A1139): a plural -s form of a speech cue, only up to two lower-case words that are no
// determiner between, and a colon later in the sentence; 0 when none.
std::size_t quotes::possessed_speech_noun(const Resolver& r, std::size_t k, std::size_t end) {
  const Annotation& a = r.a;
  if (!r.lex.in(Words::PersonPossessives, a.tokens[k]) || r.in_direct[k]) return 0;
  for (std::size_t j = k + 1; j < end && j <= k + 3; ++j) {
    const Token& t = a.tokens[j];
    if (t.kind != TokenKind::Word || t.has(kCapitalized) || r.in_direct[j] || r.lex.in(Words::Determiners, t)) return 0;
    const SpeechCue* cue = nullptr;
    if (speech_verb_at(r, j, end, &cue) > 0 && r.lex.ends_in(Words::PresentSSuffixes, t.lower)) {
      for (std::size_t c = j + 1; c < end; ++c)
        if (a.tokens[c].norm == ":") return j;
      return 0;
    }
  }
  return 0;
}

void append_reference(Annotation& a, std::uint32_t first, std::uint32_t end, Span span, std::uint32_t sentence,
                      std::int32_t entity, std::string from, std::string_view rule, std::int32_t antecedent) {
  a.entities[static_cast<std::size_t>(entity)].mentions.push_back(static_cast<std::uint32_t>(a.mentions.size()));
  a.mentions.push_back(reference_mention(a, first, end, span, sentence, entity, std::move(from), rule, antecedent));
}

void resolve_coreference(Annotation& a, const Lexicons& lex) {
  Resolver r(a, lex, Resolver::Mode::Stage);
  resolve_coreference(r);
}

void resolve_coreference(Resolver& r) {
  Annotation& a = r.a;
  quotes::pair_quote_marks(r);  // tokens inside quotation marks hide antecedents
  References refs(a);
  role_phrases(r, refs);
  const Openers openers(r);  // row 23.323
  bare_titles(r, refs, openers);
  single_tokens(r, refs, openers);
  unwritten_references(r, openers);
  r.record_offices();  // office readings and unnamed officials, for speaker phrases
}

}  // namespace gazette
