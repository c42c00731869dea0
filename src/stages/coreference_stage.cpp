// The coreference stage (coreference.hpp): runs after roles and before quotes, resolves
// every pronoun, bare surname and qualified role phrase it can and appends each as a
// reference (a resolved Mention with its antecedent and rule); records the collectives,
// office readings, unnamed officials and `it` before no speech verb that quote
// attribution looks up.
#include "gazette/coreference.hpp"

#include "quotes_internal.hpp"

#include <algorithm>

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

// He/she, `it` and bare surnames, outside quotation marks. `it` before no speech verb is
// an unwritten reference (`It has two million members`): quote attribution looks it up
// for a speaker phrase that holds it (`It has been reported that`).
void single_tokens(Resolver& r, References& refs) {
  Annotation& a = r.a;
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& st = a.sentences[si];
    if (st.furniture || st.duplicate) continue;
    for (std::size_t k = st.first_token; k < st.end_token; ++k) {
      const Token& t = a.tokens[k];
      if (t.lmask == 0 && !t.has(kCapitalized)) continue;  // in no word list (the empty mask), lower case
      if (r.in_direct[k] || t.kind != TokenKind::Word || r.mention_cover[k] >= 0) continue;
      const bool body = r.lex.in(Words::BodyPronouns, t);
      if (!body && !r.lex.in(Words::SubjectPronouns, t) && !t.has(kCapitalized)) continue;
      std::string from;
      const std::int32_t who = r.token_reference(k, from);
      if (who < 0) continue;
      if (body && !before_speech_verb(r, k, st.end_token)) {
        add_unwritten(r, k, k + 1, who, std::move(from));
        continue;
      }
      Resolver::From via = r.last_from();
      // He/she resolved through a role phrase: the pronoun's antecedent is that reference.
      if (via.rule != kPronounRule && via.rule != kSurnameRule) {
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

// An article and one or two lower-case words outside quotation marks that stand for an
// organisation (rule collective: `the union`, `the drafting committee`, `the report`);
// unwritten: the quotes stage looks up the one its attribution reads as the speaker.
void speaker_collectives(Resolver& r, std::size_t k, std::size_t end) {
  const Annotation& a = r.a;
  if (r.in_direct[k] || !r.lex.in(Words::DefiniteArticles, a.tokens[k])) return;
  for (std::size_t e = k + 2; e <= std::min(k + 3, end) && !r.in_direct[e - 1]; ++e) {
    // This pass records in token order (after the `it`s of single_tokens()), so those
    // starting at k are the last ones.
    bool known = false;
    for (auto it = a.unwritten_references.rbegin(); it != a.unwritten_references.rend() && it->first_token == k; ++it)
      known = known || it->end_token == e;
    std::string from;
    if (const std::int32_t who = known ? -1 : r.collective(k, e, from); who >= 0) add_unwritten(r, k, e, who, std::move(from));
  }
}

// The unwritten references, sentence by sentence.
void unwritten_references(Resolver& r) {
  for (const Sentence& st : r.a.sentences) {
    if (st.furniture || st.duplicate) continue;
    for (std::size_t k = st.first_token; k < st.end_token; ++k) {
      // Each of the three opens on a word of a list (a subject pronoun, an article): a token
      // interned in no list (Token::lmask 0, the empty mask) opens none.
      if (r.a.tokens[k].lmask == 0) continue;
      quoted_pronouns(r, k);
      possessive_collective(r, k, st.end_token);
      speaker_collectives(r, k, st.end_token);
    }
  }
}

}  // namespace

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
  single_tokens(r, refs);
  unwritten_references(r);
  r.record_offices();  // office readings and unnamed officials, for speaker phrases
}

}  // namespace gazette
