// The compiled furniture rules (data/rules/furniture.json): the data layer (lexicon.hpp)
// loads and holds them, the sentences stage (sentences.hpp mark_furniture()) applies them.
// A header of its own so that the data layer does not include a stage's header.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace re2 { class RE2; }

namespace gazette {

// Patterns are RE2 (linear time in the text, whatever the pattern: a user rule cannot
// hang a run), compiled once and shared read-only by all threads.
struct FurnitureRules {
  std::vector<std::shared_ptr<const re2::RE2>> line_patterns;     // a whole line matching is furniture
  std::vector<std::shared_ptr<const re2::RE2>> bracket_patterns;  // a (...) group matching is furniture (photo credits)
  std::size_t max_line_bytes = 600;          // longer lines are never whole-line furniture
};

}  // namespace gazette
