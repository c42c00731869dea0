// Built-in data: the files under data/ (and src/store/*.sql), compiled into the
// binary by cmake/embed_data.cmake so gazette runs from any directory.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace gazette {

struct BuiltinFile {
  std::string_view name;  // path relative to the source root, e.g. "data/lexicon/titles.json"
  std::string_view text;
};

std::span<const BuiltinFile> builtin_files();

// The built-in data loaded and finalized, as Lexicons::snapshot() wrote it at build time
// (gazette_make_snapshot; cmake/snapshot.cmake), or empty in a binary built without it.
std::string_view builtin_snapshot();
// The built-in word lists alone (data/lexicon/word_lists.json loaded and finalized, what
// builtin_word_lists() returns, lexicon.hpp) as Lexicons::snapshot() wrote them at build
// time, or empty in a binary built without them (it then parses the JSON).
std::string_view builtin_word_lists_snapshot();

// The text of one built-in file, or nullopt.
inline std::optional<std::string_view> builtin_file(std::string_view name) {
  for (const auto& f : builtin_files())
    if (f.name == name) return f.text;
  return std::nullopt;
}

// Display name of a built-in file in diagnostics: "<builtin>/data/lexicon/titles.json".
inline constexpr std::string_view kBuiltinPrefix = "<builtin>/";

}  // namespace gazette
