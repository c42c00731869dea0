// FurnitureScope (include/gazette/furniture_rules.hpp): the furniture rules of a scope
// compiled as one RE2, their alternation (row 23.415).
#include "gazette/furniture_rules.hpp"

#include <re2/re2.h>

namespace gazette {

std::shared_ptr<const re2::RE2> compile_furniture_rule(std::string_view pattern) {
  RE2::Options options;
  options.set_log_errors(false);
  return std::make_shared<const RE2>(re2::StringPiece(pattern.data(), pattern.size()), options);
}

void FurnitureScope::join() {
  any.reset();
  each.clear();
  if (sources.empty()) return;
  std::string joined;
  bool literal = false;
  for (const auto& s : sources) {
    literal = literal || s.find("\\Q") != std::string::npos;
    joined += joined.empty() ? "(?:" : "|(?:";
    joined += s;
    joined += ')';
  }
  if (!literal) {
    auto re = compile_furniture_rule(joined);
    if (re->ok()) {
      any = std::move(re);
      return;
    }
  }
  for (const auto& s : sources)
    if (auto re = compile_furniture_rule(s); re->ok()) each.push_back(std::move(re));
}

bool FurnitureScope::matches(std::string_view text) const {
  const re2::StringPiece piece(text.data(), text.size());
  if (any) return any->Match(piece, 0, text.size(), RE2::UNANCHORED, nullptr, 0);
  for (const auto& re : each)
    if (re->Match(piece, 0, text.size(), RE2::UNANCHORED, nullptr, 0)) return true;
  return false;
}

}  // namespace gazette
