#include "gazette/relations.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace gazette {

namespace {

struct Collector {
  Annotation& a;
  std::map<std::tuple<std::int32_t, int, std::int32_t>, std::size_t> index;

  void add(std::int32_t head, RelationType type, std::int32_t tail, Span evidence, std::string cue, std::string rule,
           double confidence, std::string role = {}) {
    if (head < 0 || tail < 0 || head == tail) return;
    if (type == RelationType::MetWith &&
        a.entities[static_cast<std::size_t>(tail)].canonical < a.entities[static_cast<std::size_t>(head)].canonical)
      std::swap(head, tail);
    const auto key = std::make_tuple(head, static_cast<int>(type), tail);
    auto it = index.find(key);
    if (it != index.end()) {
      Relation& r = a.relations[it->second];
      if (std::find(r.evidence.begin(), r.evidence.end(), evidence) == r.evidence.end()) r.evidence.push_back(evidence);
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
    index.emplace(key, a.relations.size());
    a.relations.push_back(std::move(r));
  }
};

Span sentence_span(const Annotation& a, std::uint32_t s) {
  const Sentence& st = a.sentences[s];
  return Span{a.tokens[st.first_token].span.begin, a.tokens[st.end_token - 1].span.end};
}

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
  Collector col{a, {}};
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
    auto it = std::lower_bound(a.tokens.begin(), a.tokens.end(), q.span.begin,
                               [](const Token& t, std::uint32_t b) { return t.span.begin < b; });
    for (; it != a.tokens.end() && it->span.end <= q.span.end; ++it) in_quote[static_cast<std::size_t>(it - a.tokens.begin())] = 1;
  }
  // Mentions by first token, per sentence.
  std::vector<std::vector<std::uint32_t>> by_sentence(a.sentences.size());
  for (std::uint32_t mi = 0; mi < a.mentions.size(); ++mi)
    if (a.mentions[mi].entity >= 0) by_sentence[a.mentions[mi].sentence].push_back(mi);
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    if (s.furniture || s.duplicate || by_sentence[si].size() < 1) continue;
    const auto& ms = by_sentence[si];
    for (std::size_t i = s.first_token; i < s.end_token; ++i) {
      if (in_quote[i]) continue;
      std::uint32_t payload = 0;
      const std::size_t n = lex.relation_index().match(a.tokens, i, s.end_token, payload);
      if (!n) continue;
      // Clause bounds: ; and quotation marks.
      std::size_t cb = s.first_token, ce = s.end_token;
      for (std::size_t k = i; k > s.first_token; --k) {
        const Token& t = a.tokens[k - 1];
        if (t.norm == ";" || in_quote[k - 1] || (t.kind == TokenKind::Quote && !t.has(kPossessive))) { cb = k; break; }
      }
      for (std::size_t k = i + n; k < s.end_token; ++k) {
        const Token& t = a.tokens[k];
        if (t.norm == ";" || in_quote[k] || (t.kind == TokenKind::Quote && !t.has(kPossessive))) { ce = k; break; }
      }
      if (negated(a, i, cb)) continue;
      const RelationCue& cue = lex.relation_cues()[payload];
      const std::string cue_text(a.text(Span{a.tokens[i].span.begin, a.tokens[i + n - 1].span.end}));
      // Nearest mentions before and after the cue, inside the clause.
      std::int32_t before = -1, before2 = -1, after = -1, after2 = -1;
      std::uint32_t before_mi = 0;
      for (auto mi : ms) {
        const Mention& m = a.mentions[mi];
        if (m.end_token <= i && m.first_token >= cb) { before2 = before; before = static_cast<std::int32_t>(mi); before_mi = mi; }
        if (m.first_token >= i + n && m.end_token <= ce) {
          if (after < 0) after = static_cast<std::int32_t>(mi);
          else if (after2 < 0) after2 = static_cast<std::int32_t>(mi);
        }
      }
      (void)before_mi;
      auto ent = [&](std::int32_t mi) { return mi < 0 ? -1 : a.mentions[static_cast<std::size_t>(mi)].entity; };
      const Span ev = sentence_span(a, si);
      const std::string rule = "cue:" + cue.frame;
      if (cue.frame == "active") {
        // Coordinated subjects meet each other: "Tillerson and Lavrov met".
        if (cue.type == RelationType::MetWith && before2 >= 0 && after < 0) {
          const auto& m1 = a.mentions[static_cast<std::size_t>(before2)];
          if (m1.end_token + 1 == a.mentions[static_cast<std::size_t>(before)].first_token &&
              to_lower(a.tokens[m1.end_token].norm) == "and")
            col.add(ent(before2), cue.type, ent(before), ev, cue_text, rule + ":coordination", 0.7);
        }
        // Gap between subject and verb must be short (no other clause in between).
        if (before >= 0 && after >= 0 && i - a.mentions[static_cast<std::size_t>(before)].end_token <= 6)
          col.add(ent(before), cue.type, ent(after), ev, cue_text, rule, 0.6);
      } else if (cue.frame == "passive") {
        if (before >= 0 && after >= 0) col.add(ent(after), cue.type, ent(before), ev, cue_text, rule, 0.6);
      } else if (cue.frame == "nominal_with") {
        // "a meeting between X and Y"
        const std::string next = i + n < ce ? to_lower(a.tokens[i + n].norm) : "";
        if (next == "between" && after >= 0 && after2 >= 0) {
          col.add(ent(after), cue.type, ent(after2), ev, cue_text, rule + ":between", 0.6);
        } else if (before >= 0 && after >= 0) {
          col.add(ent(before), cue.type, ent(after), ev, cue_text, rule, 0.55);
        } else if (before2 >= 0 && before >= 0) {
          const auto& m1 = a.mentions[static_cast<std::size_t>(before2)];
          if (m1.end_token + 1 == a.mentions[static_cast<std::size_t>(before)].first_token &&
              to_lower(a.tokens[m1.end_token].norm) == "and")
            col.add(ent(before2), cue.type, ent(before), ev, cue_text, rule + ":coordination", 0.6);
        }
      } else if (cue.frame == "noun_of") {
        // TAIL's <cue> HEAD / TAIL <cue> HEAD / HEAD, ... <cue> of TAIL
        std::int32_t tail = -1, head = -1;
        if (before >= 0) {
          const auto& mb = a.mentions[static_cast<std::size_t>(before)];
          std::size_t gap = i - mb.end_token;
          if (gap <= 3) tail = before;
        }
        const std::string next = i + n < ce ? to_lower(a.tokens[i + n].norm) : "";
        if (next == "of" && after >= 0) {
          tail = after;
          head = before;
        } else if (tail >= 0) {
          if (after >= 0 && a.mentions[static_cast<std::size_t>(after)].first_token - (i + n) <= 3) head = after;
          else head = before2;
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
    if (t1 == EntityType::Country && t2 == EntityType::Location && n2.first_token == m.end_token + 1 &&
        a.tokens[m.end_token].has(kPossessive))
      col.add(n2.entity, RelationType::LocatedIn, m.entity, sentence_span(a, m.sentence), "'s", "country-possessive-place", 0.7);
  }
  // SAID_ABOUT from quotes: one per speaker/about pair, evidence = the quotes.
  for (const auto& q : a.quotes) {
    if (q.speaker < 0) continue;
    for (auto ab : q.about) col.add(q.speaker, RelationType::SaidAbout, ab, q.span, q.cue, "quote:" + q.rule, 0.7);
  }
}

}  // namespace gazette
