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

// A rule `^HEAD C{0,N}$` (row 23.456): HEAD, then at most N characters of class C (`.` or
// a plain bracket class) to the end of the text. RE2 writes C{0,N} out as N nested copies
// of C at compile time (`[^.]{0,80}$`: some 800 instructions, half the start-up's compile
// of the built-in rules), so the rule is asked in two cheap parts: where the longest match
// of `^HEAD` ends, then whether the rest of the text is at most N characters of C. The
// same answer: a later end of HEAD leaves a shorter rest of the same characters, so if
// any end of HEAD is followed by at most N of C, its longest end is.
struct FurnitureTail {
  std::shared_ptr<const re2::RE2> head;  // `^HEAD`, leftmost-longest
  std::shared_ptr<const re2::RE2> unit;  // `(?:C)*`, asked of the rest of the text
  std::size_t max = 0;                   // N
  bool matches(std::string_view text) const;
};

struct FurnitureRest;  // furniture_rules.cpp: the rules without a bounded tail, compiled when first asked

// The rules of one scope. Patterns are RE2 (linear time in the text, whatever the
// pattern: a user rule cannot hang a run), compiled once and shared read-only by all
// threads. Row 23.415: the rules are asked as one RE2, their alternation
// `(?:rule1)|(?:rule2)|...` (each rule's anchors and flags stay inside its group, so it
// matches where one of the rules does), built once by join() when the rules are loaded
// (Lexicons::finalize()) or restored (LexiconSnapshot), in place of the rules compiled one
// by one: one search a line, not one a rule. Row 23.456: a rule with a bounded tail
// (FurnitureTail) stands in the alternation with its tail unbounded (`^HEAD C*$`, which
// matches wherever the rule does); only a text the alternation matches asks the rule's two
// parts, then, when none of them matches, the alternation of the other rules (`rest`,
// compiled the first time a text needs it: a run without such a text never compiles it).
struct FurnitureScope {
  std::vector<std::string> sources;                   // the rules, in load order
  std::shared_ptr<const re2::RE2> any;                // their alternation (null without rules)
  std::vector<FurnitureTail> tails;                   // with `any`: the rules with a bounded tail
  std::shared_ptr<FurnitureRest> rest;                // with `tails`: the other rules (null: none)
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
// loader's check of each rule and FurnitureScope::join() compile through this one function;
// `longest`: leftmost-longest matching (a FurnitureTail's head, row 23.456).
std::shared_ptr<const re2::RE2> compile_furniture_rule(std::string_view pattern, bool longest = false);

struct FurnitureRules {
  FurnitureScope line;     // a whole line matching is furniture
  FurnitureScope bracket;  // a (...) group matching is furniture (photo credits)
  std::size_t max_line_bytes = 600;  // longer lines are never whole-line furniture
};

}  // namespace gazette
