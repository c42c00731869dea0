// Shared fixture: one Pipeline with the built-in data for all stage tests.
#pragma once

#include "gazette/pipeline.hpp"

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

}  // namespace gazette::testing
