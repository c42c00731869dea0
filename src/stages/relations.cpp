#include "gazette/relations.hpp"

#include "gazette/quotes.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace gazette {

namespace {

struct Collector {
  Annotation& a;
  std::map<std::tuple<std::int32_t, int, std::int32_t>, std::size_t> index;
  std::set<std::tuple<std::size_t, std::uint32_t, std::uint32_t>> evidence_seen;  // (relation, span): no scan of long lists

  void add(std::int32_t head, RelationType type, std::int32_t tail, Span evidence, std::string cue, std::string rule,
           double confidence, std::string role = {}) {
    if (head < 0 || tail < 0 || head == tail) return;
    // GUIDELINES "Typed relations": who can hold which end of an edge.
    const EntityType ht = a.entities[static_cast<std::size_t>(head)].type, tt = a.entities[static_cast<std::size_t>(tail)].type;
    const bool actor_h = ht != EntityType::Location, actor_t = tt != EntityType::Location;
    switch (type) {
      case RelationType::MetWith: case RelationType::Criticized: case RelationType::Supports:
        if (!actor_h || !actor_t) return;
        break;
      case RelationType::Attacked: case RelationType::SaidAbout:
        if (!actor_h) return;
        break;
      case RelationType::RoleIn:
        if (ht != EntityType::Person || !(tt == EntityType::Country || tt == EntityType::Organization)) return;
        break;
      case RelationType::MemberOf:
        if (!actor_h || !actor_t) return;
        break;
      case RelationType::LocatedIn:
        if (!(ht == EntityType::Organization || ht == EntityType::Location) || tt != EntityType::Country) return;
        break;
    }
    if (type == RelationType::MetWith &&
        a.entities[static_cast<std::size_t>(tail)].canonical < a.entities[static_cast<std::size_t>(head)].canonical)
      std::swap(head, tail);
    const auto key = std::make_tuple(head, static_cast<int>(type), tail);
    auto it = index.find(key);
    if (it != index.end()) {
      Relation& r = a.relations[it->second];
      if (evidence_seen.emplace(it->second, evidence.begin, evidence.end).second) r.evidence.push_back(evidence);
      r.confidence = std::max(r.confidence, confidence);
      if (r.role.empty()) r.role = role;
      return;
    }
    Relation r;
    r.head = head;
    r.tail = tail;
    r.type = type;
    r.cue = std::move(cue);
    r.rule = std::move(rule);
    r.confidence = confidence;
    r.role = std::move(role);
    r.evidence.push_back(evidence);
    evidence_seen.emplace(a.relations.size(), evidence.begin, evidence.end);
    index.emplace(key, a.relations.size());
    a.relations.push_back(std::move(r));
  }
};

Span sentence_span(const Annotation& a, std::uint32_t s) {
  const Sentence& st = a.sentences[s];
  return Span{a.tokens[st.first_token].span.begin, a.tokens[st.end_token - 1].span.end};
}

// Verbs of rejection criticise the source of what they reject ("dismissed U.S. evidence",
// "rejected Moscow's claims"), not a person or country as such ("denied Russia access").
bool is_rejection_verb(std::string_view w) {
  return w.starts_with("dismiss") || w.starts_with("reject") || w.starts_with("deny") || w.starts_with("denie") ||
         w.starts_with("disput") || w.starts_with("refut") || w.starts_with("rebuff");
}
bool is_claim_noun(std::string_view w) {
  return w == "claim" || w == "claims" || w == "accusation" || w == "accusations" || w == "allegation" || w == "allegations" ||
         w == "evidence" || w == "charge" || w == "charges" || w == "assertion" || w == "assertions" || w == "report" ||
         w == "reports" || w == "version" || w == "account" || w == "explanation" || w == "statement" || w == "statements" ||
         w == "rhetoric" || w == "criticism" || w == "findings" || w == "conclusions" || w == "demands" || w == "proposal" ||
         w == "proposals" || w == "narrative" || w == "argument" || w == "arguments";
}

// Nouns naming a party another one stands by: "Moscow's ally", "an ally of Russia".
bool is_ally_noun(std::string_view w) { return w == "ally" || w == "allies" || w == "proxy" || w == "proxies"; }

bool negated(const Annotation& a, std::size_t cue, std::size_t clause_begin) {
  for (std::size_t k = cue; k > clause_begin && cue - k < 4; --k) {
    const std::string low = to_lower(a.tokens[k - 1].norm);
    if (low == "not" || low == "never" || low == "no" || low.ends_with("n't") || low == "refused" || low == "declined" ||
        low == "without" || low == "cannot")
      return true;
  }
  return false;
}

}  // namespace

void extract_relations(Annotation& a, const Lexicons& lex, const std::vector<RoleFact>& roles) {
  Collector col{a, {}, {}};
  // ROLE_IN (GUIDELINES: head PERSON, tail COUNTRY/ORGANIZATION, role = title).
  for (const auto& r : roles) {
    if (r.of < 0 || r.from_gazetteer) continue;
    const auto t = a.entities[static_cast<std::size_t>(r.of)].type;
    if (t != EntityType::Country && t != EntityType::Organization) continue;
    col.add(r.person, RelationType::RoleIn, r.of, sentence_span(a, r.sentence), r.title, r.rule, 0.8, r.title);
  }
  // Quote spans split clauses and hide their content from relation patterns.
  std::vector<char> in_quote(a.tokens.size(), 0);
  for (const auto& q : a.quotes) {
    if (q.kind != Quote::Kind::Direct) continue;
    for (std::size_t k = a.token_at(q.span.begin); k < a.tokens.size() && a.tokens[k].span.end <= q.span.end; ++k)
      in_quote[k] = 1;
  }
  // A quoted fragment of three words or fewer inside a sentence ("criticized the
  // "primitiveness and loutishness" of U.S. rhetoric") is part of its clause: it does
  // not bound the clause and counts as one word (GUIDELINES: partial quotes).
  std::vector<char> fragment(a.tokens.size(), 0);
  for (const auto& st : a.sentences) {
    std::int64_t open = -1;
    for (std::uint32_t k = st.first_token; k < st.end_token; ++k) {
      const Token& t = a.tokens[k];
      if (t.kind != TokenKind::Quote || t.has(kPossessive)) continue;
      if (open < 0) { open = k; continue; }
      std::size_t words = 0;
      for (auto x = static_cast<std::uint32_t>(open) + 1; x < k; ++x) words += a.tokens[x].kind == TokenKind::Word;
      if (words >= 1 && words <= 3)
        for (auto x = static_cast<std::uint32_t>(open); x <= k; ++x) fragment[x] = 1;
      open = -1;
    }
  }
  auto boundary = [&](std::size_t k) {
    const Token& t = a.tokens[k];
    return t.norm == ";" || (!fragment[k] && (in_quote[k] || (t.kind == TokenKind::Quote && !t.has(kPossessive))));
  };
  // Words between two tokens, a quoted fragment counting as one.
  auto gap = [&](std::size_t from, std::size_t to) {
    std::size_t g = 0;
    for (std::size_t k = from; k < to; ++k) g += !fragment[k] || (k == from || !fragment[k - 1]);
    return g;
  };
  // Arguments per sentence: entity mentions, and demonyms that stand alone for their
  // country ("a Syrian air base", "Russian forces"; not "Syrian President Bashar
  // al-Assad", where the demonym qualifies a title).
  struct Arg { std::uint32_t first, end; std::int32_t entity; };
  std::vector<std::vector<Arg>> by_sentence(a.sentences.size());
  for (const auto& m : a.mentions)
    if (m.entity >= 0) by_sentence[m.sentence].push_back({m.first_token, m.end_token, m.entity});
  {
    std::size_t si = 0;
    for (const auto& cue : a.cues) {
      if (cue.kind != Cue::Kind::Demonym) continue;
      while (si < a.sentences.size() && a.sentences[si].end_token <= cue.first_token) ++si;
      if (si >= a.sentences.size()) break;
      const std::size_t nx = cue.end_token;
      bool qualifies = false;
      // An unnamed official speaks for the state ("A senior Russian official criticized"):
      // the demonym stays an argument.
      for (const auto& c2 : a.cues)
        if (c2.first_token == nx && c2.kind == Cue::Kind::Title) {
          const std::string v = to_lower(c2.value);
          qualifies |= v != "official" && v != "spokesman" && v != "spokeswoman" && v != "spokesperson" && v != "diplomat";
        }
      for (const auto& m : a.mentions)
        if (m.first_token == nx) qualifies = true;
      if (qualifies) continue;
      by_sentence[si].push_back({cue.first_token, cue.end_token, country_entity(a, lex, cue.value)});
    }
    // Role phrases stand for their holder ("talks between the US Secretary of State and
    // his counterpart Sergey Lavrov", "Putin meets America's top diplomat"); the
    // qualifier inside them is no argument of its own.
    si = 0;
    for (const auto& rp : find_role_phrases(a, lex, roles)) {
      while (si < a.sentences.size() && a.sentences[si].end_token <= rp.first) ++si;
      if (si >= a.sentences.size()) break;
      if (rp.end > a.sentences[si].end_token) continue;
      auto& v = by_sentence[si];
      std::erase_if(v, [&](const Arg& x) { return x.first >= rp.first && x.end <= rp.end; });
      v.push_back({rp.first, rp.end, rp.person});
    }
    // He/she opening a sentence is its subject: "He once again blamed the Obama
    // administration" (resolved as for speakers).
    std::vector<std::size_t> pronouns;
    std::vector<std::uint32_t> pronoun_sentence;
    for (std::uint32_t s2 = 0; s2 < a.sentences.size(); ++s2) {
      const Sentence& st = a.sentences[s2];
      if (st.furniture || st.duplicate) continue;
      std::size_t t = st.first_token;
      while (t < st.end_token && (a.tokens[t].kind != TokenKind::Word || a.tokens[t].lower == "but" ||
                                  a.tokens[t].lower == "and" || a.tokens[t].lower == "still" || a.tokens[t].lower == "however" ||
                                  a.tokens[t].lower == "yet" || a.tokens[t].lower == "then" || a.tokens[t].lower == "later" ||
                                  a.tokens[t].lower == "meanwhile" || a.tokens[t].lower == "now"))
        ++t;
      if (t >= st.end_token || in_quote[t] || (a.tokens[t].lower != "he" && a.tokens[t].lower != "she")) continue;
      pronouns.push_back(t);
      pronoun_sentence.push_back(s2);
    }
    const auto who = resolve_subject_pronouns(a, lex, roles, pronouns);
    for (std::size_t k = 0; k < pronouns.size(); ++k)
      if (who[k] >= 0)
        by_sentence[pronoun_sentence[k]].push_back(
            {static_cast<std::uint32_t>(pronouns[k]), static_cast<std::uint32_t>(pronouns[k] + 1), who[k]});
    for (auto& v : by_sentence)
      std::sort(v.begin(), v.end(), [](const Arg& x, const Arg& y) { return x.first < y.first; });
  }
  auto only_links_between = [&](std::uint32_t from, std::uint32_t to) {
    // "X and Y", "X and his Russian counterpart Y", "X and Russian counterpart Y"
    bool saw_and = false;
    for (std::uint32_t k = from; k < to; ++k) {
      const std::string_view w = a.tokens[k].lower;
      if (w == "and") { saw_and = true; continue; }
      if (w == "his" || w == "her" || w == "their" || w == "counterpart" || w == "," || w == "the") continue;
      bool cue = false;
      for (const auto& c : a.cues) cue |= c.first_token <= k && k < c.end_token;
      if (!cue) return false;
    }
    return saw_and;
  };
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    if (s.furniture || s.duplicate || by_sentence[si].empty()) continue;
    const auto& ms = by_sentence[si];
    for (std::size_t i = s.first_token; i < s.end_token; ++i) {
      if (in_quote[i]) continue;
      std::uint32_t payload = 0;
      const std::size_t n = lex.relation_index().match(a.tokens, i, s.end_token, payload);
      if (!n) continue;
      // Clause bounds: ; and quotation marks.
      std::size_t cb = s.first_token, ce = s.end_token;
      for (std::size_t k = i; k > s.first_token; --k)
        if (boundary(k - 1)) { cb = k; break; }
      for (std::size_t k = i + n; k < s.end_token; ++k)
        if (boundary(k)) { ce = k; break; }
      if (negated(a, i, cb)) continue;
      const RelationCue& cue = lex.relation_cues()[payload];
      // Nouns that look like verbs: "condemn the gas attack", "a Syrian strike on".
      const std::string_view w0 = a.tokens[i].lower;
      const bool noun_like = w0 == "attack" || w0 == "attacks" || w0 == "strike" || w0 == "strikes" || w0 == "airstrike" ||
                             w0 == "airstrikes" || w0 == "air" || w0 == "missile" || w0 == "missiles" || w0 == "rockets" ||
                             w0 == "bombing" || w0 == "offensive" || w0 == "invasion" || w0 == "cruise" || w0 == "raid" ||
                             w0 == "raids" || w0 == "hack" || w0 == "support" || w0 == "backing" || w0 == "praise" || w0 == "blame";
      if (cue.frame == "active" && !noun_like) {
        // A capitalised cue inside a sentence belongs to a name ("Grand Slam", "Champions
        // League"); after a determiner a verb cue is a noun ("one of the hosts"); "back"
        // after a verb of motion is a particle ("step back from", "hit back at").
        if (a.tokens[i].has(kCapitalized) && i > s.first_token && !s.headline && !a.tokens[i - 1].has(kPossessive) &&
            a.tokens[i - 1].kind == TokenKind::Word)
          continue;
        if (i > cb) {
          const std::string_view p = a.tokens[i - 1].lower;
          if (p == "the" || p == "a" || p == "an" || p == "this" || p == "these" || p == "those" || p == "its" ||
              p == "their" || p == "his" || p == "her" || p == "our" || p == "my" || p == "your")
            continue;
          if ((w0 == "back" || w0 == "backs") &&
              (p == "step" || p == "stepped" || p == "hit" || p == "fight" || p == "fought" || p == "come" || p == "came" ||
               p == "go" || p == "went" || p == "pull" || p == "pulled" || p == "fall" || p == "fell" || p == "bounce" ||
               p == "bounced" || p == "bring" || p == "brought" || p == "get" || p == "got" || p == "turn" || p == "turned" ||
               p == "look" || p == "looked" || p == "hold" || p == "held" || p == "scale" || p == "scaled" || p == "cut" ||
               p == "roll" || p == "rolled" || p == "win" || p == "won" || p == "call" || p == "called" || p == "write" ||
               p == "wrote" || p == "sit" || p == "sat" || p == "stand" || p == "stood" || p == "on" || p == "at" || p == "its"))
            continue;
        }
      }
      bool launched = false;  // "launched nearly 60 missiles into", "ordered airstrikes on"
      for (std::size_t k = i; k > cb && i - k < 5; --k) {
        const std::string_view v = a.tokens[k - 1].lower;
        launched |= v == "launched" || v == "fired" || v == "ordered" || v == "carried" || v == "conducted" ||
                    v == "launching" || v == "firing" || v == "ordering" || v == "launch" || v == "fire" || v == "order";
      }
      const std::string cue_text(a.text(Span{a.tokens[i].span.begin, a.tokens[i + n - 1].span.end}));
      // Arguments before and after the cue, inside the clause.
      std::int32_t before = -1, before2 = -1, after = -1, after2 = -1, first = -1;
      for (std::size_t k = 0; k < ms.size(); ++k) {
        const Arg& m = ms[k];
        if (m.end <= i && m.first >= cb) {
          if (first < 0) first = static_cast<std::int32_t>(k);
          before2 = before;
          before = static_cast<std::int32_t>(k);
        }
        if (m.first >= i + n && m.end <= ce) {
          if (after < 0) after = static_cast<std::int32_t>(k);
          else if (after2 < 0) after2 = static_cast<std::int32_t>(k);
        }
      }
      auto ent = [&](std::int32_t k) { return k < 0 ? -1 : ms[static_cast<std::size_t>(k)].entity; };
      auto arg = [&](std::int32_t k) -> const Arg& { return ms[static_cast<std::size_t>(k)]; };
      // "with U.S. Secretary of State Rex Tillerson": the country qualifies a title; the
      // person it introduces is the argument.
      auto person_behind_title = [&](std::int32_t k) {
        if (k < 0 || static_cast<std::size_t>(k) + 1 >= ms.size()) return k;
        const Arg& q = arg(k);
        const Arg& nx = arg(k + 1);
        if (a.entities[static_cast<std::size_t>(nx.entity)].type != EntityType::Person) return k;
        for (std::uint32_t t = q.end; t < nx.first; ++t) {
          bool title = a.tokens[t].has(kPossessive);
          for (const auto& c : a.cues) title |= c.kind == Cue::Kind::Title && c.first_token <= t && t < c.end_token;
          if (!title) return k;
        }
        return q.end < nx.first ? k + 1 : k;
      };
      // An -ing cue is a participle at the start of its clause or after a comma, a
      // conjunction or a preposition ("..., accusing Washington of", "after meeting
      // with"); after a determiner, a modifier or an auxiliary it is a noun or a
      // progressive ("an almost two-hour meeting with", "Putin is meeting with").
      const std::string_view prev = i > cb ? a.tokens[i - 1].lower : std::string_view();
      const bool participle = a.tokens[i].lower.ends_with("ing") &&
          (i == cb || prev == "," || prev == "and" || prev == "or" || prev == "but" || prev == "after" || prev == "before" ||
           prev == "while" || prev == "when" || prev == "since" || prev == "by" || prev == "without" || prev == "upon" ||
           prev == "-" || prev == "--");
      // The subject: the nearest argument before the cue, unless the verb is
      // coordinated ("rejected the accusations against Damascus and slammed ..."), a
      // participle ("..., accusing Washington of"), or the cue is a noun after a
      // possessive ("following his meeting with"): then the argument that opens the
      // clause, or the one a relative clause hangs on ("Lavrov, who greeted him ...,
      // denouncing ... and accusing Washington": Lavrov).
      std::int32_t subject = before;
      if (before >= 0 && first >= 0 && first != before) {
        bool coordinated = false;
        for (std::size_t k = arg(before).end; k < i; ++k) coordinated |= a.tokens[k].lower == "and" || a.tokens[k].norm == ",";
        if (coordinated || participle ||
            (cue.frame == "nominal_with" && (prev == "his" || prev == "her" || prev == "their"))) {
          subject = first;
          for (std::size_t k = i; k > cb + 1 && subject == first; --k) {
            if (a.tokens[k - 1].lower != "who") continue;
            const std::size_t at = a.tokens[k - 2].norm == "," ? k - 2 : k - 1;
            for (std::size_t x = 0; x < ms.size(); ++x)
              if (ms[x].end == at && ms[x].first >= cb) subject = static_cast<std::int32_t>(x);
            break;
          }
        }
      }
      // A participle that opens the sentence takes the subject after its phrase: "After
      // meeting with Lavrov, U.S. Secretary of State Rex Tillerson said".
      if (participle && before < 0) {
        for (std::size_t k = i + n; k < ce; ++k) {
          if (a.tokens[k].norm != ",") continue;
          for (std::size_t x = 0; x < ms.size(); ++x)
            if (ms[x].first > k) {
              if (ms[x].first <= k + 4 && ms[x].end <= ce) subject = person_behind_title(static_cast<std::int32_t>(x));
              break;
            }
          break;
        }
      }
      const Span ev = sentence_span(a, si);
      const std::string rule = "cue:" + cue.frame;
      // The object follows the cue closely: "accused Washington of", "struck Syria".
      if (after >= 0 && gap(i + n, arg(after).first) > 5) after = -1;
      // ... within the verb's own phrase: not past a clause boundary ("decried any calls
      // to drop the Syrian leader", "to condemn the gas attack and push Assad").
      if (after >= 0 && cue.frame == "active") {
        for (std::size_t k = i + n; after >= 0 && k < arg(after).first; ++k) {
          if (fragment[k]) continue;
          const std::string_view w = a.tokens[k].lower;
          const std::string_view nx = k + 1 < arg(after).first ? a.tokens[k + 1].lower : std::string_view();
          const bool infinitive = w == "to" && !nx.empty() && !a.tokens[k + 1].has(kCapitalized) && nx != "the" && nx != "a" &&
                                  nx != "an" && nx != "his" && nx != "her" && nx != "its" && nx != "their" && nx != "this";
          bool after_arg = false;  // "condemned Russia and Iran": coordinated objects
          for (const auto& m : ms) after_arg |= m.end == k;
          if (w == "that" || w == "which" || w == "who" || w == "whom" || infinitive ||
              ((w == "and" || w == "or" || w == "but") && !after_arg))
            after = -1;
        }
      }
      // "dismissed U.S. evidence", "rejected Moscow's claims": the object of a rejection
      // is the source of a claim.
      if (after >= 0 && cue.frame == "active" && n == 1 && is_rejection_verb(w0)) {
        std::uint32_t t = arg(after).end;
        if (t < ce && a.tokens[t].has(kPossessive)) ++t;
        if (t >= ce || !is_claim_noun(a.tokens[t].lower)) after = -1;
      }
      // "blamed Moscow's ally, Syrian President Bashar al-Assad": the object is the ally,
      // not its possessor; an ally left unnamed is no object.
      if (after >= 0) {
        std::uint32_t t = arg(after).end;
        if (t + 1 < ce && a.tokens[t].has(kPossessive) && is_ally_noun(a.tokens[t + 1].lower)) {
          const std::int32_t possessor = after;
          after = -1;
          for (std::size_t x = static_cast<std::size_t>(possessor) + 1; x < ms.size(); ++x) {
            if (ms[x].first <= t + 1) continue;
            if (ms[x].first <= t + 5 && ms[x].end <= ce) after = static_cast<std::int32_t>(x);
            break;
          }
        }
      }
      if (after >= 0) {
        const std::int32_t p = person_behind_title(after);
        if (p != after) { after = p; after2 = static_cast<std::size_t>(p) + 1 < ms.size() ? p + 1 : -1; }
      }
      // "met with Russian officials, including Foreign Minister Sergey Lavrov": the
      // person named out of the group is the one met.
      if (after >= 0) {
        std::uint32_t t = arg(after).end;
        for (int w = 0; w < 2 && t < ce && a.tokens[t].kind == TokenKind::Word && !a.tokens[t].has(kCapitalized) &&
                        a.tokens[t].lower != "including";
             ++w)
          ++t;
        if (t < ce && a.tokens[t].norm == ",") ++t;
        if (t < ce && (a.tokens[t].lower == "including" || a.tokens[t].lower == "among")) {
          for (std::size_t x = static_cast<std::size_t>(after) + 1; x < ms.size(); ++x) {
            if (ms[x].first <= t) continue;
            if (ms[x].first <= t + 4 && ms[x].end <= ce &&
                a.entities[static_cast<std::size_t>(ms[x].entity)].type == EntityType::Person) {
              after = static_cast<std::int32_t>(x);
              after2 = x + 1 < ms.size() ? after + 1 : -1;
            }
            break;
          }
        }
      }
      if (cue.frame == "active" && noun_like) {
        // As a noun the cue needs its agent as a modifier ("U.S. missile strike against",
        // "Assad's forces") or a launching verb whose subject is the agent.
        if (before >= 0 && arg(before).end + 2 >= i) subject = before;
        else if (launched) {
          // The launching verb's subject, inside a complement clause when there is one:
          // "the U.S. maintains that the Syrian government launched ...", "asked if Syria
          // could have launched ...".
          subject = first >= 0 ? first : before;
          std::size_t comp = 0;
          for (std::size_t k = cb; k < i; ++k)
            if (a.tokens[k].lower == "that" || a.tokens[k].lower == "if" || a.tokens[k].lower == "whether") comp = k + 1;
          if (comp)
            for (std::size_t x = 0; x < ms.size(); ++x)
              if (ms[x].first >= comp && ms[x].end <= i) { subject = static_cast<std::int32_t>(x); break; }
        } else {
          subject = -1;
        }
        // A single attack noun reaches its target through a preposition ("attack on a
        // Syrian air base", "strikes against"), not "attack without Russia's knowledge";
        // a place after "in" is where it happened, not whom it hit.
        const bool noun_position = launched || prev == "the" || prev == "a" || prev == "an" || prev == "its" ||
                                   prev == "his" || prev == "her" || prev == "their" || prev == "this" ||
                                   (before >= 0 && arg(before).end + 1 == i && a.tokens[arg(before).end].has(kPossessive));
        if (n == 1 && after >= 0 && noun_position) {
          const std::string_view pp = i + 1 < ce ? a.tokens[i + 1].lower : std::string_view();
          const bool target_pp = pp == "on" || pp == "against" || pp == "at" || pp == "in" || pp == "into" || pp == "of" ||
                                 pp == "upon";
          if (!target_pp || arg(after).first > i + 4 ||
              (pp == "in" && a.entities[static_cast<std::size_t>(ent(after))].type == EntityType::Location))
            after = -1;
        }
        if (i > cb) {
          if ((prev == "the" || prev == "a" || prev == "an" || prev == "gas" || prev == "chemical" || prev == "terror") && !launched)
            subject = -1;
        }
      }
      if (cue.frame == "active") {
        // Coordinated subjects meet each other: "Tillerson and Lavrov met".
        if (cue.type == RelationType::MetWith && before2 >= 0 && after < 0 && only_links_between(arg(before2).end, arg(before).first))
          col.add(ent(before2), cue.type, ent(before), ev, cue_text, rule + ":coordination", 0.7);
        if (subject >= 0 && after >= 0 && before >= 0 && i - arg(before).end <= 8) {
          col.add(ent(subject), cue.type, ent(after), ev, cue_text, noun_like ? rule + ":noun" : rule, noun_like ? 0.5 : 0.6);
          // Coordinated objects, alike in type: "condemned Britain and France", not
          // "supporting Franz Ferdinand and UK garage MC Kano" or "X and India's Y".
          const auto nx = static_cast<std::size_t>(after) + 1;
          if (!noun_like && nx < ms.size() && ms[nx].end < ce && only_links_between(arg(after).end, ms[nx].first) &&
              a.entities[static_cast<std::size_t>(ms[nx].entity)].type == a.entities[static_cast<std::size_t>(ent(after))].type &&
              !a.tokens[ms[nx].end].has(kPossessive))
            col.add(ent(subject), cue.type, ms[nx].entity, ev, cue_text, rule + ":coordinated-object", 0.55);
        }
      } else if (cue.frame == "passive") {
        if (before >= 0 && after >= 0) {
          col.add(ent(after), cue.type, ent(subject), ev, cue_text, rule, 0.6);
          // Coordinated subjects: "Germany and France were condemned by Russia".
          if (subject == before && before2 >= 0 && only_links_between(arg(before2).end, arg(before).first))
            col.add(ent(after), cue.type, ent(before2), ev, cue_text, rule + ":coordination", 0.55);
        }
      } else if (cue.frame == "nominal_with" && cue.type != RelationType::MetWith) {
        // Directed action nouns: "Moscow's criticism of Washington", "his condemnation of
        // X" (the clause's subject), "accusations against X by Y".
        const std::string_view next = i + n < ce ? a.tokens[i + n].lower : std::string_view();
        if (after >= 0 && (next == "of" || next == "against") && arg(after).first <= i + n + 3) {
          std::int32_t head = -1;
          if (before >= 0 && arg(before).end + 1 == i && a.tokens[arg(before).end].has(kPossessive))
            head = before;
          else if (prev == "his" || prev == "her" || prev == "their" || prev == "its")
            head = first;
          const std::uint32_t t = arg(after).end;
          if (head < 0 && t + 1 < ce && a.tokens[t].lower == "by" && static_cast<std::size_t>(after) + 1 < ms.size() &&
              ms[static_cast<std::size_t>(after) + 1].first == t + 1)
            head = after + 1;
          if (head >= 0) col.add(ent(head), cue.type, ent(after), ev, cue_text, rule + ":noun", 0.5);
        }
      } else if (cue.frame == "nominal_with") {
        // "a meeting between X and Y", "talks on Syria in the Russian capital between X
        // and Y": "between" may follow the cue's prepositional phrases, not a new clause.
        const std::string_view next = i + n < ce ? a.tokens[i + n].lower : std::string_view();
        std::size_t between = 0;
        for (std::size_t k = i + n; k < ce && k < i + n + 9; ++k) {
          const std::string_view w = a.tokens[k].lower;
          if (w == "between") { between = k; break; }
          if (w == "," || w == "and" || w == "that" || w == "who" || w == "which" || w == "with" || w == "--" || w == "to" ||
              w == "whether" || w == "if" || w == "because" || w == "while") break;
        }
        std::int32_t b1 = -1;
        if (between)
          for (std::size_t x = 0; x < ms.size(); ++x)
            if (ms[x].first > between) {
              if (ms[x].first <= between + 3 && x + 1 < ms.size() && ms[x + 1].end <= ce) b1 = static_cast<std::int32_t>(x);
              break;
            }
        if (b1 >= 0 && only_links_between(arg(b1).end, arg(b1 + 1).first)) {
          // "between Fiat boss Sergio Marchionne and GM's Rick Wagoner": the persons.
          col.add(ent(person_behind_title(b1)), cue.type, ent(person_behind_title(b1 + 1)), ev, cue_text, rule + ":between", 0.6);
        } else if (subject >= 0 && after >= 0 && next == "with") {
          col.add(ent(subject), cue.type, ent(after), ev, cue_text, rule, 0.55);  // "talks with Lavrov"
        } else if (before2 >= 0 && before >= 0 && only_links_between(arg(before2).end, arg(before).first)) {
          col.add(ent(before2), cue.type, ent(before), ev, cue_text, rule + ":coordination", 0.6);
        }
      } else if (cue.frame == "noun_of") {
        // TAIL's <cue> HEAD / TAIL <cue> HEAD / HEAD, ... <cue> of TAIL
        std::int32_t tail = -1, head = -1;
        if (before >= 0 && i - arg(before).end <= 3) tail = before;
        const std::string_view next = i + n < ce ? a.tokens[i + n].lower : std::string_view();
        if ((next == "of" || next == "to") && after >= 0) {  // "deputy of X", "an aide to X"
          tail = after;
          head = before;
        } else if (tail >= 0) {
          if (after >= 0 && arg(after).first - (i + n) <= 3) head = after;
          else head = before2;
        }
        // An ally is stood by: "Moscow's ally Assad", "Assad, an ally of Moscow" -> Russia
        // SUPPORTS Assad. Only with the possessive or "of" (not "Cabinet allies", the
        // name "Ally Hogg", the verb "to ally with").
        if (is_ally_noun(w0)) {
          const bool poss = tail >= 0 && arg(tail).end + 1 == i && a.tokens[arg(tail).end].has(kPossessive);
          if (a.tokens[i].has(kCapitalized) || !(poss || next == "of")) head = -1;
          std::swap(head, tail);
        }
        if (head >= 0 && tail >= 0) col.add(ent(head), cue.type, ent(tail), ev, cue_text, rule, 0.55);
      }
    }
  }
  // LOCATED_IN from the gazetteer, when the country takes part in the document.
  for (std::size_t ei = 0; ei < a.entities.size(); ++ei) {
    const Entity& e = a.entities[ei];
    if ((e.type != EntityType::Organization && e.type != EntityType::Location) || e.gazetteer_id.empty() || e.mentions.empty()) continue;
    const auto* g = lex.entry_by_id(e.gazetteer_id);
    if (!g || g->country.empty() || g->country == e.canonical) continue;
    // An agency, company or outlet is not "located" by world knowledge alone; a seat of
    // government (the Kremlin) and a place are (GUIDELINES "LOCATED_IN").
    if (e.type == EntityType::Organization && !g->seat) continue;
    for (std::size_t ci = 0; ci < a.entities.size(); ++ci) {
      if (a.entities[ci].canonical == g->country && !a.entities[ci].mentions.empty()) {
        const Mention& m = a.mentions[e.mentions.front()];
        col.add(static_cast<std::int32_t>(ei), RelationType::LocatedIn, static_cast<std::int32_t>(ci),
                sentence_span(a, m.sentence), "", "gazetteer", 0.9);
      }
    }
  }
  // LOCATED_IN from text: "Idlib province in Syria", "Ukraine's Crimea".
  for (std::size_t mi = 0; mi + 1 < a.mentions.size(); ++mi) {
    const Mention& m = a.mentions[mi];
    const Mention& n2 = a.mentions[mi + 1];
    if (m.entity < 0 || n2.entity < 0 || m.sentence != n2.sentence) continue;
    const auto t1 = a.entities[static_cast<std::size_t>(m.entity)].type, t2 = a.entities[static_cast<std::size_t>(n2.entity)].type;
    if (t1 == EntityType::Location && t2 == EntityType::Country && n2.first_token == m.end_token + 1 &&
        to_lower(a.tokens[m.end_token].norm) == "in")
      col.add(m.entity, RelationType::LocatedIn, n2.entity, sentence_span(a, m.sentence), "in", "place-in-country", 0.7);
    // "Russia's state-owned RIA": a country's organisation lies in it.
    if (t1 == EntityType::Country && t2 == EntityType::Organization && n2.first_token > m.end_token &&
        n2.first_token <= m.end_token + 5 && a.tokens[m.end_token].has(kPossessive)) {
      bool adjectives = true;  // lower-case modifiers only: "state-owned", "main"
      for (auto k = m.end_token + 1; k < n2.first_token; ++k)
        adjectives &= !a.tokens[k].has(kCapitalized) && (a.tokens[k].kind == TokenKind::Word || a.tokens[k].norm == "-");
      if (adjectives)
        col.add(n2.entity, RelationType::LocatedIn, m.entity, sentence_span(a, m.sentence), "'s", "country-possessive-organisation", 0.6);
    }
    if (t1 == EntityType::Country && t2 == EntityType::Location && n2.first_token == m.end_token + 1 &&
        a.tokens[m.end_token].has(kPossessive))
      col.add(n2.entity, RelationType::LocatedIn, m.entity, sentence_span(a, m.sentence), "'s", "country-possessive-place", 0.7);
  }
  // SAID_ABOUT from quotes: one per speaker/about pair, evidence = the quotes.
  for (const auto& q : a.quotes) {
    if (q.speaker < 0) continue;
    for (auto ab : q.about) col.add(q.speaker, RelationType::SaidAbout, ab, q.span, q.cue, "quote:" + q.rule, 0.7);
  }
  // CRITICIZED from what is said: a quote that holds someone responsible ("said the Assad
  // regime was responsible", "X is to blame", "X is guilty") blames them, unless the quote
  // is a denial or negated before the predicate.
  for (const auto& q : a.quotes) {
    if (q.speaker < 0) continue;
    const std::string cue = to_lower(q.cue);
    if (cue.starts_with("den") || cue.starts_with("reject") || cue.starts_with("dismiss")) continue;
    const std::size_t t0 = a.token_at(q.span.begin);
    std::size_t te = t0;
    while (te < a.tokens.size() && a.tokens[te].span.end <= q.span.end) ++te;
    bool negation = false;
    for (std::size_t k = t0; k + 1 < te; ++k) {
      const std::string_view w = a.tokens[k].lower;
      negation |= w == "not" || w == "never" || w == "no" || w.ends_with("n't") || w == "without";
      if (negation) break;
      if (w != "is" && w != "was" && w != "are" && w != "were" && w != "been") continue;
      const std::string_view p1 = a.tokens[k + 1].lower;
      const std::string_view p2 = k + 2 < te ? a.tokens[k + 2].lower : std::string_view();
      const bool blame = p1 == "responsible" || p1 == "guilty" || p1 == "culpable" || (p1 == "to" && p2 == "blame") ||
                         (p1 == "at" && p2 == "fault");
      if (!blame) continue;
      // The one held responsible: the mention before the copula, or before its head noun
      // ("the Assad regime", "Syria's government").
      for (const auto& m : a.mentions) {
        if (m.entity < 0 || m.first_token < t0 || m.end_token > k) continue;
        std::size_t e = m.end_token;
        if (e < k && a.tokens[e].has(kPossessive)) ++e;
        if (e < k && (a.tokens[e].lower == "regime" || a.tokens[e].lower == "government" || a.tokens[e].lower == "forces" ||
                      a.tokens[e].lower == "military" || a.tokens[e].lower == "administration"))
          ++e;
        if (e == k && m.entity != q.speaker)
          col.add(q.speaker, RelationType::Criticized, m.entity, q.span, q.cue, "quote:holds-responsible", 0.5);
      }
    }
  }
}

}  // namespace gazette
