// Hand-built annotations for the graph, exporter and SQLite tests: Documents and
// Annotations made directly (no pipeline), so these tests do not move when the
// recognizer or the relation rules change.
#pragma once

#include "gazette/annotation.hpp"
#include "gazette/sqlite.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace gazette::test {

class Corpus {
 public:
  Annotation& add(std::string id, std::string date, std::string text, std::string title = "") {
    auto doc = std::make_unique<Document>();
    doc->id = id;
    doc->source = id;
    doc->date = std::move(date);
    doc->text = std::move(text);
    doc->title = std::move(title);
    Annotation a;
    a.doc = doc.get();
    docs_.push_back(std::move(doc));
    annotations_.push_back(std::make_unique<Annotation>(std::move(a)));
    return *annotations_.back();
  }
  std::vector<const Annotation*> annotations() const {
    std::vector<const Annotation*> out;
    for (const auto& a : annotations_) out.push_back(a.get());
    return out;
  }

 private:
  std::vector<std::unique_ptr<Document>> docs_;
  std::vector<std::unique_ptr<Annotation>> annotations_;
};

// Byte span of the nth occurrence of `needle` in the document text.
inline Span span_of(const Annotation& a, std::string_view needle, int nth = 0) {
  std::size_t pos = 0;
  for (int i = 0;; ++i) {
    pos = a.doc->text.find(needle, pos);
    if (pos == std::string::npos) throw std::logic_error("fixture: no '" + std::string(needle) + "' in " + a.doc->id);
    if (i == nth) break;
    pos += needle.size();
  }
  return {static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + needle.size())};
}

inline int entity(Annotation& a, std::string canonical, EntityType type, std::string gazetteer_id = "") {
  Entity e;
  e.canonical = std::move(canonical);
  e.type = type;
  e.gazetteer_id = std::move(gazetteer_id);
  a.entities.push_back(std::move(e));
  return static_cast<int>(a.entities.size() - 1);
}

inline void mention(Annotation& a, int ent, std::string_view surface, int nth = 0, std::string resolved_from = "") {
  Mention m;
  m.span = span_of(a, surface, nth);
  m.type = a.entities[static_cast<std::size_t>(ent)].type;
  m.entity = ent;
  m.source.rule = resolved_from.empty() ? "gazetteer" : "coref";
  m.resolved_from = std::move(resolved_from);
  for (std::size_t s = 0; s < a.sentences.size(); ++s) {
    const auto& sp = a.tokens[a.sentences[s].first_token].span;
    if (sp.begin <= m.span.begin && m.span.end <= sp.end) m.sentence = static_cast<std::uint32_t>(s);
  }
  a.entities[static_cast<std::size_t>(ent)].mentions.push_back(static_cast<std::uint32_t>(a.mentions.size()));
  a.mentions.push_back(std::move(m));
}

// One token spanning the whole sentence is enough for the writers.
inline void sentence(Annotation& a, std::string_view text) {
  Token t;
  t.span = span_of(a, text);
  a.tokens.push_back(t);
  Sentence s;
  s.first_token = static_cast<std::uint32_t>(a.tokens.size() - 1);
  s.end_token = s.first_token + 1;
  s.paragraph = 0;
  a.sentences.push_back(s);
}

inline void quote(Annotation& a, std::string_view text, int speaker, std::vector<std::int32_t> about,
                  Quote::Kind kind = Quote::Kind::Direct) {
  Quote q;
  q.span = span_of(a, text);
  q.kind = kind;
  q.cue = "said";
  q.speaker = speaker;
  q.about = std::move(about);
  q.rule = "fixture";
  a.quotes.push_back(std::move(q));
}

inline void relation(Annotation& a, int head, RelationType type, int tail, std::vector<std::string_view> evidence,
                     std::string role = "") {
  Relation r;
  r.head = head;
  r.tail = tail;
  r.type = type;
  r.role = std::move(role);
  r.cue = "cue";
  r.rule = "fixture";
  r.confidence = 0.75;
  for (auto e : evidence) r.evidence.push_back(span_of(a, e));
  a.relations.push_back(std::move(r));
}

// Three documents (see graph_test.cpp for the graph they make):
//   a: Tillerson met Lavrov in Moscow; a quote about Syria; Lavrov criticized the US.
//   b: the same meeting again (two evidence sentences), Lavrov's role in Russia, an
//      indirect quote full of XML specials about the Kremlin and Washington (= US),
//      a pronoun mention, a rule-found person (John Smith).
//   c: no date; John Smith supports Syria (a control character in the evidence) and
//      holds a role in the United States, which has no mention in this document.
inline void small_corpus(Corpus& c) {
  {
    auto& a = c.add("news/a.txt", "2017-04-12",
                    "Rex Tillerson met Sergei Lavrov in Moscow on Wednesday. \"We discussed Syria,\" Tillerson "
                    "said. Lavrov criticized the United States.",
                    "Tillerson meets Lavrov");
    sentence(a, "Rex Tillerson met Sergei Lavrov in Moscow on Wednesday.");
    sentence(a, "\"We discussed Syria,\" Tillerson said.");
    sentence(a, "Lavrov criticized the United States.");
    const int tillerson = entity(a, "Rex Tillerson", EntityType::Person, "person:rex-tillerson");
    const int lavrov = entity(a, "Sergei Lavrov", EntityType::Person, "person:sergey-lavrov");
    const int moscow = entity(a, "Moscow", EntityType::Location, "location:moscow");
    const int syria = entity(a, "Syria", EntityType::Country, "country:syria");
    const int us = entity(a, "United States", EntityType::Country, "country:united-states");
    mention(a, tillerson, "Rex Tillerson");
    mention(a, lavrov, "Sergei Lavrov");
    mention(a, moscow, "Moscow");
    mention(a, syria, "Syria");
    mention(a, tillerson, "Tillerson", 1);
    mention(a, lavrov, "Lavrov", 1);
    mention(a, us, "United States");
    quote(a, "We discussed Syria,", tillerson, {syria});
    relation(a, tillerson, RelationType::MetWith, lavrov, {"Rex Tillerson met Sergei Lavrov in Moscow on Wednesday."});
    relation(a, tillerson, RelationType::SaidAbout, syria, {"We discussed Syria,"});
    relation(a, lavrov, RelationType::Criticized, us, {"Lavrov criticized the United States."});
  }
  {
    auto& a = c.add("news/b.txt", "2017-04-13T08:00:00Z",
                    "Lavrov and Tillerson held talks again. Russia's foreign minister Lavrov said the <Kremlin> & "
                    "Washington's \"friends\" aren't 'partners'. He also met John Smith.");
    sentence(a, "Lavrov and Tillerson held talks again.");
    sentence(a, "Russia's foreign minister Lavrov said the <Kremlin> & Washington's \"friends\" aren't 'partners'.");
    sentence(a, "He also met John Smith.");
    const int lavrov = entity(a, "Sergei Lavrov", EntityType::Person, "person:sergey-lavrov");
    const int tillerson = entity(a, "Rex Tillerson", EntityType::Person, "person:rex-tillerson");
    const int russia = entity(a, "Russia", EntityType::Country, "country:russia");
    const int kremlin = entity(a, "Kremlin", EntityType::Organization);
    const int smith = entity(a, "John Smith", EntityType::Person);
    const int us = entity(a, "United States", EntityType::Country, "country:united-states");
    mention(a, lavrov, "Lavrov");
    mention(a, tillerson, "Tillerson");
    mention(a, russia, "Russia");
    mention(a, lavrov, "Lavrov", 1);
    mention(a, kremlin, "Kremlin");
    mention(a, us, "Washington");
    mention(a, lavrov, "He", 0, "he");
    mention(a, smith, "John Smith");
    quote(a, "the <Kremlin> & Washington's \"friends\" aren't 'partners'", lavrov, {kremlin, us},
          Quote::Kind::Indirect);
    relation(a, tillerson, RelationType::MetWith, lavrov,
             {"Lavrov and Tillerson held talks again.", "He also met John Smith."});
    relation(a, lavrov, RelationType::RoleIn, russia, {"Russia's foreign minister Lavrov"}, "foreign minister");
    relation(a, lavrov, RelationType::SaidAbout, kremlin, {"the <Kremlin> & Washington's \"friends\" aren't 'partners'"});
    relation(a, lavrov, RelationType::SaidAbout, us, {"the <Kremlin> & Washington's \"friends\" aren't 'partners'"});
    relation(a, smith, RelationType::MetWith, lavrov, {"He also met John Smith."});
  }
  {
    auto& a = c.add("news/c.txt", "", "John Smith praised Syria.\x01 Secretary of State Smith was there.");
    sentence(a, "John Smith praised Syria.\x01");
    sentence(a, "Secretary of State Smith was there.");
    const int smith = entity(a, "John Smith", EntityType::Person);
    const int syria = entity(a, "Syria", EntityType::Country, "country:syria");
    mention(a, smith, "John Smith");
    mention(a, syria, "Syria");
    mention(a, smith, "Smith", 1);
    const int us = entity(a, "United States", EntityType::Country, "country:united-states");
    relation(a, smith, RelationType::Supports, syria, {"John Smith praised Syria.\x01"});
    relation(a, smith, RelationType::RoleIn, us, {"Secretary of State Smith"}, "Secretary of State");
  }
}

// A gazette database at `path` holding every annotation of `corpus`.
inline void write_db(const std::string& path, const Corpus& corpus) {
  SqliteWriter w;
  w.open(path);
  for (const auto* a : corpus.annotations()) w.add(*a);
  w.commit();
}

}  // namespace gazette::test
