// The compiled furniture rules (data/rules/furniture.json): the data layer (lexicon.hpp)
// loads and holds them, the sentences stage (sentences.hpp mark_furniture()) applies them.
// A header of its own so that the data layer does not include a stage's header.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 { class RE2; }

namespace gazette {

// The rules of one scope. Patterns are RE2 (linear time in the text, whatever the
// pattern: a user rule cannot hang a run), compiled once and shared read-only by all
// threads. Row 23.415: the rules are asked as one RE2, their alternation
// `(?:rule1)|(?:rule2)|...` (each rule's anchors and flags stay inside its group, so it
// matches where one of the rules does), built once by join() when the rules are loaded
// (Lexicons::finalize()) or restored (LexiconSnapshot), in place of the rules compiled one
// by one: one search a line, not one a rule.
struct FurnitureScope {
  std::vector<std::string> sources;                   // the rules, in load order
  std::shared_ptr<const re2::RE2> any;                // their alternation (null without rules)
  std::vector<std::shared_ptr<const re2::RE2>> each;  // the rules one by one, only when RE2 refuses the
                                                      // alternation or a rule has `\Q` (its literal
                                                      // text would run past its group); else empty

  // Compiles `any` (or `each`) from `sources`; a rule RE2 refuses is not asked.
  void join();
  // Whether one of the rules matches somewhere in `text` (its own anchors say where).
  bool matches(std::string_view text) const;
};

// One furniture rule compiled with the options every furniture RE2 has (errors not logged:
// the loader, lexicon.cpp furniture(), reports them with the rule's place). Row 23.457: the
// loader's check of each rule and FurnitureScope::join() compile through this one function.
std::shared_ptr<const re2::RE2> compile_furniture_rule(std::string_view pattern);

struct FurnitureRules {
  FurnitureScope line;     // a whole line matching is furniture
  FurnitureScope bracket;  // a (...) group matching is furniture (photo credits)
  std::size_t max_line_bytes = 600;  // longer lines are never whole-line furniture
};

}  // namespace gazette
