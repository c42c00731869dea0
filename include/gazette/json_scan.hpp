// Sixteen or eight bytes of a JSON string at a time: which must be escaped (the JSONL
// writer, annotation_io.cpp) and where an in-place parse must stop (the JSONL reader,
// ingest.cpp).
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// The offset of the first of the 16 bytes at p that a JSON string must escape (as
// json_escapes()), or 16 when none must: one SSE2 compare of the 16 (x86-64), else two of 8.
inline unsigned first_json_escape16(const char* p) {
#if defined(__SSE2__)
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(x, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F));  // x <= 0x1F
  const __m128i marks = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\\')));
  const auto m = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(control, marks)));
  return m != 0 ? static_cast<unsigned>(std::countr_zero(m)) : 16u;
#else
  std::uint64_t lo, hi;
  std::memcpy(&lo, p, 8);
  std::memcpy(&hi, p + 8, 8);
  if (const std::uint64_t m = json_escapes(lo); m != 0) return static_cast<unsigned>(std::countr_zero(m) / 8);
  if (const std::uint64_t m = json_escapes(hi); m != 0) return 8u + static_cast<unsigned>(std::countr_zero(m) / 8);
  return 16u;
#endif
}

}  // namespace gazette
