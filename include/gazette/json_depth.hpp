// json_depth.hpp: the nesting bound of every JSON gazette reads.
//
// RapidJSON's parser (and any code walking the value it builds) recurses once per
// level of arrays and objects, so a line nested 200,000 deep overflows the stack
// (issue #22). Every reader checks the text with json_depth_exceeded() first and
// reports a deeper text as bad input, with its line and column, and goes on. No
// gazette format comes near the bound: annotate output nests 5 levels, rules 4.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gazette {

inline constexpr std::size_t kMaxJsonDepth = 64;

// The byte offset of the bracket that opens level `limit` + 1 in `json`, or npos when
// no array or object nests deeper than `limit`. Brackets inside strings (escapes
// honoured) do not count; the text need not be valid JSON. Linear time, no allocation.
std::size_t json_depth_exceeded(std::string_view json, std::size_t limit = kMaxJsonDepth);

// The message readers report for it.
inline std::string json_too_deep_message() {
  return "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
}

}  // namespace gazette
