#include "gazette/json_depth.hpp"

#include <cstring>

namespace gazette {

namespace {

// The offset just past the quotation mark that closes the string whose contents start at
// `i`, or json.size() when it is not closed. A mark closes it unless an odd run of
// backslashes comes before it (escapes honoured); the marks are found with memchr, so the
// text of a string (most of a document line) is not walked byte by byte.
std::size_t past_string(std::string_view json, std::size_t i) {
  const char* const base = json.data();
  while (i < json.size()) {
    const void* q = std::memchr(base + i, '"', json.size() - i);
    if (q == nullptr) return json.size();
    const auto at = static_cast<std::size_t>(static_cast<const char*>(q) - base);
    std::size_t backslashes = 0;
    while (at - backslashes > i && base[at - backslashes - 1] == '\\') ++backslashes;
    i = at + 1;
    if (backslashes % 2 == 0) return i;
  }
  return json.size();
}

}  // namespace

std::size_t json_depth_exceeded(std::string_view json, std::size_t limit) {
  std::size_t depth = 0;
  for (std::size_t i = 0; i < json.size();) {
    const char c = json[i++];
    switch (c) {
      case '"': i = past_string(json, i); break;
      case '[': case '{':
        if (++depth > limit) return i - 1;
        break;
      case ']': case '}':
        if (depth > 0) --depth;
        break;
      default: break;
    }
  }
  return std::string_view::npos;
}

}  // namespace gazette
