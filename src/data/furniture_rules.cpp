// FurnitureScope (include/gazette/furniture_rules.hpp): the furniture rules of a scope
// compiled as one RE2, their alternation (row 23.415); a rule with a bounded tail asked in
// two parts (FurnitureTail, row 23.456).
#include "gazette/furniture_rules.hpp"

#include <re2/re2.h>

#include <cstdint>
#include <mutex>
#include <optional>

namespace gazette {

// The rules of a scope without a bounded tail, as one alternation compiled the first time a
// text needs it (row 23.456; std::call_once: the workers share the scope).
struct FurnitureRest {
  explicit FurnitureRest(std::string s) : source(std::move(s)) {}
  const RE2& get() {
    std::call_once(once, [this] { re = compile_furniture_rule(source); });
    return *re;
  }
  std::string source;
  std::once_flag once;
  std::shared_ptr<const RE2> re;
};

std::shared_ptr<const re2::RE2> compile_furniture_rule(std::string_view pattern, bool longest) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_longest_match(longest);
  return std::make_shared<const RE2>(re2::StringPiece(pattern.data(), pattern.size()), options);
}

namespace {

// Whether the character at `at` is escaped: an odd number of backslashes before it.
bool escaped(std::string_view s, std::size_t at) {
  std::size_t n = 0;
  while (at > n && s[at - n - 1] == '\\') ++n;
  return n % 2 == 1;
}

// Whether `head` can be followed by a tail of its own: no `|` outside its groups and
// classes (the tail would close one branch only), no flag groups (`(?i)`, `(?s)` would
// change the tail's class too), no `\Q` or `\C`.
bool plain_head(std::string_view head) {
  int depth = 0;
  for (std::size_t i = 0; i < head.size(); ++i) {
    const char c = head[i];
    if (c == '\\') {
      if (i + 1 < head.size() && (head[i + 1] == 'Q' || head[i + 1] == 'C')) return false;
      ++i;
    } else if (c == '[') {  // a class: `]` right after `[` or `[^` is a member
      std::size_t j = i + 1;
      if (j < head.size() && head[j] == '^') ++j;
      if (j < head.size() && head[j] == ']') ++j;
      while (j < head.size() && head[j] != ']') j += head[j] == '\\' ? 2 : 1;
      i = j;
    } else if (c == '(') {
      if (head.substr(i + 1, 1) == "?" && head.substr(i + 1, 2) != "?:" && head.substr(i + 1, 3) != "?P<") return false;
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      return false;
    }
  }
  return depth == 0;
}

// A rule `^HEAD C{0,N}$` (C `.` or a bracket class with no `[`, `]` or backslash inside):
// its two parts, and in `relaxed` the rule with its tail unbounded, `^HEAD C*$`.
std::optional<FurnitureTail> bounded_tail(std::string_view s, std::string& relaxed) {
  if (s.size() < 6 || s.front() != '^' || !s.ends_with("}$")) return std::nullopt;
  const std::size_t open = s.rfind('{');
  // `{0,N}$` with N's digits (`{0,}` is unbounded: not this shape).
  if (open == std::string_view::npos || open == 0 || open + 6 > s.size() || s.substr(open, 3) != "{0,") return std::nullopt;
  std::size_t max = 0;
  for (std::size_t i = open + 3; i + 2 < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9' || max > 1000) return std::nullopt;
    max = max * 10 + static_cast<std::size_t>(s[i] - '0');
  }
  std::size_t unit_at = open - 1;
  if (s[unit_at] == ']') {
    const std::size_t left = s.rfind('[', unit_at);
    if (left == std::string_view::npos || s.substr(left + 1, unit_at - left - 1).find_first_of("[]\\") != std::string_view::npos)
      return std::nullopt;
    unit_at = left;
  } else if (s[unit_at] != '.') {
    return std::nullopt;
  }
  if (unit_at == 0 || escaped(s, unit_at)) return std::nullopt;
  const std::string_view head = s.substr(0, unit_at), unit = s.substr(unit_at, open - unit_at);
  if (!plain_head(head)) return std::nullopt;
  FurnitureTail t;
  t.head = compile_furniture_rule(head, true);
  t.unit = compile_furniture_rule("(?:" + std::string(unit) + ")*");
  t.max = max;
  if (!t.head->ok() || !t.unit->ok()) return std::nullopt;
  relaxed = std::string(head) + std::string(unit) + "*$";
  return t;
}

void append_group(std::string& joined, std::string_view rule) {
  joined += joined.empty() ? "(?:" : "|(?:";
  joined += rule;
  joined += ')';
}

}  // namespace

bool FurnitureTail::matches(std::string_view text) const {
  const re2::StringPiece piece(text.data(), text.size());
  re2::StringPiece found;
  if (!head->Match(piece, 0, text.size(), RE2::ANCHOR_START, &found, 1)) return false;
  const auto end = static_cast<std::size_t>(found.data() + found.size() - text.data());
  if (!unit->Match(piece, end, text.size(), RE2::ANCHOR_BOTH, nullptr, 0)) return false;
  std::size_t chars = 0;  // the rest is whole characters of the class: count their first bytes
  for (std::size_t i = end; i < text.size(); ++i) chars += (static_cast<std::uint8_t>(text[i]) & 0xC0) != 0x80;
  return chars <= max;
}

void FurnitureScope::join() {
  any.reset();
  tails.clear();
  rest.reset();
  each.clear();
  if (sources.empty()) return;
  std::string joined, others;
  std::vector<FurnitureTail> bounded;
  bool literal = false;
  for (const auto& s : sources) {
    literal = literal || s.find("\\Q") != std::string::npos;
    std::string relaxed;
    if (auto t = bounded_tail(s, relaxed)) {
      bounded.push_back(std::move(*t));
      append_group(joined, relaxed);
    } else {
      append_group(joined, s);
      append_group(others, s);
    }
  }
  if (!literal) {
    auto re = compile_furniture_rule(joined);
    if (re->ok()) {
      any = std::move(re);
      tails = std::move(bounded);
      if (!tails.empty() && !others.empty()) rest = std::make_shared<FurnitureRest>(std::move(others));
      return;
    }
  }
  for (const auto& s : sources)
    if (auto re = compile_furniture_rule(s); re->ok()) each.push_back(std::move(re));
}

bool FurnitureScope::matches(std::string_view text) const {
  const re2::StringPiece piece(text.data(), text.size());
  if (any) {
    if (!any->Match(piece, 0, text.size(), RE2::UNANCHORED, nullptr, 0)) return false;
    if (tails.empty()) return true;  // `any` is the rules themselves
    for (const auto& t : tails)
      if (t.matches(text)) return true;
    // The other rules: a subset of an alternation RE2 compiled compiles (no new group names).
    return rest && rest->get().Match(piece, 0, text.size(), RE2::UNANCHORED, nullptr, 0);
  }
  for (const auto& re : each)
    if (re->Match(piece, 0, text.size(), RE2::UNANCHORED, nullptr, 0)) return true;
  return false;
}

}  // namespace gazette
