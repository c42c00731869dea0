// Document: one news article, owning its text; every Span points into `text`.
#pragma once

#include <string>

namespace gazette {

struct Document {
  std::string id;       // file path as given, or the JSONL "id"
  std::string source;   // where it was read from: "path" or "path:line"
  std::string text;     // valid UTF-8 (invalid bytes replaced by U+FFFD)
  std::string title;
  std::string date;     // as given (ISO 8601 preferred)
  std::string url;
  std::string outlet;   // JSONL "source"
};

}  // namespace gazette
