// hash.hpp: the one content hash of gazette, SHA-256 (OpenSSL's EVP interface).
//
// Duplicate documents (ingest), the database's documents.content_hash, merge's
// repeated JSONL lines and the data fingerprint all use it (duplicate paragraphs within
// one document, mark_duplicates, compare their normalised texts exactly, no digest). A 64-bit hash is not enough where a match drops a
// document: colliding pairs of different articles can be made in minutes of CPU
// (issue #22). SHA-256 collisions are not known, so a digest match is taken as
// equality of the texts.
//
// Thread safety: the free functions are safe from many threads; a Sha256 object is
// used by one thread at a time.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace gazette {

using Digest = std::array<std::uint8_t, 32>;

// Incremental SHA-256: update() any number of times, then finish() once. Neither
// copied nor moved: it owns one OpenSSL digest context (ctx_).
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  void update(std::string_view bytes);
  // ensures: the object is reset and can hash a new message.
  Digest finish();

 private:
  struct Ctx;
  std::unique_ptr<Ctx> ctx_;
};

Digest sha256(std::string_view bytes);
// 64 lower-case hex digits.
std::string to_hex(const Digest& d);
inline std::string sha256_hex(std::string_view bytes) { return to_hex(sha256(bytes)); }

// SHA-256 of `text` with whitespace runs (space, tab, CR, LF) folded to one space
// and leading/trailing whitespace dropped (text.hpp append_whitespace_folded): the
// digest by which ingest finds duplicate documents. Cost: one pass; the folded text is
// hashed in pieces as it is made, never held whole.
Digest normalized_digest(std::string_view text);

// For unordered containers keyed by Digest: the first 8 bytes (uniform already).
struct DigestHasher {
  std::size_t operator()(const Digest& d) const noexcept {
    std::size_t h;
    std::memcpy(&h, d.data(), sizeof h);
    return h;
  }
};

}  // namespace gazette
