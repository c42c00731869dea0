// Enums named in data files and on the command line (Words, Frame, Stage): one table of
// names per enum, in the order of its values, read both ways.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace gazette {

template <class E, std::size_t N>
std::string_view enum_name(const std::string_view (&names)[N], E value) {
  return names[static_cast<std::size_t>(value)];
}

template <class E, std::size_t N>
std::optional<E> enum_by_name(const std::string_view (&names)[N], std::string_view s) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == s) return static_cast<E>(i);
  return std::nullopt;
}

}  // namespace gazette
