// Shared fixture: one Pipeline with the built-in data for all stage tests.
#pragma once

#include "gazette/lexicon.hpp"
#include "gazette/pipeline.hpp"
#include "gazette/sentences.hpp"
#include "gazette/tokenizer.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace gazette::testing {

inline const Pipeline& pipeline() {
  static const std::unique_ptr<Pipeline> p = [] {
    Diagnostics diag;
    return std::make_unique<Pipeline>(PipelineOptions{}, diag);
  }();
  return *p;
}

// Owns the document so the annotation's spans stay valid.
struct Annotated {
  Document doc;
  Annotation a;
  explicit Annotated(std::string text) {
    doc.id = "test";
    doc.text = std::move(text);
    a = pipeline().annotate(doc);
  }
  Annotated(const Annotated&) = delete;
  std::string name(std::int32_t e) const { return e < 0 ? std::string("(none)") : a.entities[static_cast<std::size_t>(e)].canonical; }
  const Entity* entity(const std::string& canonical) const {
    for (const auto& e : a.entities)
      if (e.canonical == canonical) return &e;
    return nullptr;
  }
  std::vector<std::string> mention_texts() const {
    std::vector<std::string> out;
    for (const auto& m : a.mentions) out.emplace_back(a.text(m.span));
    return out;
  }
  bool has_relation(const std::string& head, std::string_view type, const std::string& tail) const {
    for (const auto& r : a.relations)
      if (name(r.head) == head && to_string(r.type) == type && name(r.tail) == tail) return true;
    return false;
  }
};

// Built-in data plus user data files given as (name, text), finalized.
inline std::unique_ptr<Lexicons> loaded_lexicons(const std::vector<std::pair<std::string, std::string>>& extra = {}) {
  Diagnostics diag;
  auto lex = std::make_unique<Lexicons>();
  EXPECT_TRUE(lex->load_builtin(diag));
  for (const auto& [name, text] : extra) EXPECT_TRUE(lex->load_text(name, text, diag)) << name;
  lex->finalize();
  return lex;
}

// A document run through the stages before recognition: tokenized, split into
// sentences and (unless `intern` is false) interned with `lex`'s vocabulary.
struct Prepared {
  Document doc;
  Annotation a;
  Prepared(const Lexicons& lex, std::string text, bool intern = true) {
    doc.text = std::move(text);
    a.doc = &doc;
    tokenize(a, lex.abbreviations());
    split_sentences(a, lex);
    if (intern) lex.intern(a);
  }
  Prepared(const Prepared&) = delete;
};

}  // namespace gazette::testing
