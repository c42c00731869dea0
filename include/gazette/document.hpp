// Document: one news article, owning its text; every Span points into `text`.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
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
  // Set by ingest only when IngestOptions::copy_duplicate_documents (gazette annotate):
  // the id of the earlier document whose text is byte-identical ("" when none), and the
  // first 8 bytes of the SHA-256 of `text` (0 for an empty text or when not set), by
  // which the annotation of the earlier one is found again.
  std::string duplicate_of;
  std::uint64_t text_key = 0;
  // Set by ingest when the digest it took to find duplicates is the SHA-256 of `text`
  // itself (a text whose whitespace needs no folding, or the exact digest of
  // copy_duplicate_documents; row 23.266): the database's content hash
  // (sqlite.hpp document_content_hash()) is then written from it, not hashed again.
  // Unset otherwise; code that changes `text` after ingest must reset it.
  std::optional<std::array<std::uint8_t, 32>> text_sha256;
};

}  // namespace gazette
