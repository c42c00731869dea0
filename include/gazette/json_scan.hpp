// Eight bytes of a JSON string at a time: which must be escaped (the JSONL writer,
// annotation_io.cpp) and where an in-place parse must stop (the JSONL reader, ingest.cpp).
#pragma once

#include <cstdint>

namespace gazette {

// The high bit of each byte of x that a JSON string must escape: a quotation mark, a
// backslash or a control byte (below 0x20). Bytes from 0x80 (UTF-8) are not flagged.
inline std::uint64_t json_escapes(std::uint64_t x) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  const auto zero_bytes = [&](std::uint64_t y) { return ~(((y & kLow7) + kLow7) | y) & kHigh; };
  const std::uint64_t controls = ~(((x & kLow7) + 0x60 * kOnes) | x) & kHigh;
  return controls | zero_bytes(x ^ ('"' * kOnes)) | zero_bytes(x ^ ('\\' * kOnes));
}

}  // namespace gazette
