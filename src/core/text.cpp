#include "gazette/text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gazette {

char32_t decode_utf8(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) { ++i; return b0; }
  int len = 0;
  char32_t cp = 0, min = 0;
  if ((b0 & 0xE0) == 0xC0) { len = 2; cp = b0 & 0x1F; min = 0x80; }
  else if ((b0 & 0xF0) == 0xE0) { len = 3; cp = b0 & 0x0F; min = 0x800; }
  else if ((b0 & 0xF8) == 0xF0) { len = 4; cp = b0 & 0x07; min = 0x10000; }
  else { ++i; return 0xFFFD; }
  if (i + static_cast<std::size_t>(len) > s.size()) { ++i; return 0xFFFD; }
  for (int k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((b & 0xC0) != 0x80) { ++i; return 0xFFFD; }
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { ++i; return 0xFFFD; }
  i += static_cast<std::size_t>(len);
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

Utf8Report sanitize_utf8(std::string& text) {
  Utf8Report r;
  std::size_t start = 0;
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    r.had_bom = true;
    start = 3;
  }
  // Fast path: scan for the first invalid sequence; most documents have none. Runs of
  // ASCII are passed eight bytes at a time (no byte of the eight has its high bit set).
  std::size_t i = start;
  while (i < text.size()) {
    if (text.size() - i >= 8) {
      std::uint64_t x;
      std::memcpy(&x, text.data() + i, 8);
      if ((x & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) { ++i; continue; }
    std::size_t j = i;
    const char32_t cp = decode_utf8(text, j);
    if (cp == 0xFFFD && !(j - i == 3 && text.compare(i, 3, "\xEF\xBF\xBD") == 0)) break;
    i = j;
  }
  if (i >= text.size()) {
    if (start) text.erase(0, start);
    return r;
  }
  std::string out;
  out.reserve(text.size() + 16);
  out.append(text, start, i - start);
  while (i < text.size()) {
    std::size_t j = i;
    const char32_t cp = decode_utf8(text, j);
    if (cp == 0xFFFD && !(j - i == 3 && text.compare(i, 3, "\xEF\xBF\xBD") == 0)) {
      if (r.invalid_sequences++ == 0) r.first_invalid_offset = i;
      out += "\xEF\xBF\xBD";
    } else {
      out.append(text, i, j - i);
    }
    i = j;
  }
  text.swap(out);
  return r;
}

bool looks_binary(std::string_view bytes) {
  if (bytes.find('\0') != std::string_view::npos) return true;
  const std::size_t n = std::min<std::size_t>(bytes.size(), 4096);
  std::size_t controls = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
  }
  return n > 0 && controls * 10 > n;
}

namespace {
// The continuation bytes (10xxxxxx) of text[begin, end), counted eight at a time: bit 7
// set, bit 6 clear. The eight flags (one per byte, bit 7) are summed by a multiply into
// the top byte (at most 8): std::popcount is a call into libgcc in this build (no -mpopcnt).
std::uint32_t continuations(std::string_view text, std::size_t begin, std::size_t end) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;
  std::uint32_t n = 0;
  std::size_t i = begin;
  for (; i + 8 <= end; i += 8) {
    std::uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    n += static_cast<std::uint32_t>((((x & ~(x << 1) & kHigh) >> 7) * kOnes) >> 56);
  }
  for (; i < end; ++i) n += (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
  return n;
}
}  // namespace

namespace {
// Whether every byte of `text` is ASCII: 64 bytes at a time (eight fixed-size loads or'ed),
// then the last bytes one by one.
bool all_ascii(std::string_view text) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  std::size_t i = 0;
  for (; i + 64 <= text.size(); i += 64) {
    std::uint64_t any = 0;
    for (std::size_t k = 0; k < 64; k += 8) {
      std::uint64_t x;
      std::memcpy(&x, text.data() + i + k, 8);
      any |= x;
    }
    if ((any & kHigh) != 0) return false;
  }
  for (; i < text.size(); ++i)
    if (static_cast<unsigned char>(text[i]) >= 0x80) return false;
  return true;
}
}  // namespace

OffsetMap::OffsetMap(std::string_view text) : text_(text) {
  if (all_ascii(text)) {
    ascii_ = true;
    return;
  }
  checkpoints_.reserve(text.size() / 64 + 2);
  std::uint32_t cps = 0;
  for (std::size_t b = 0; b < text.size(); b += 64) {
    checkpoints_.push_back(cps);
    const std::size_t e = std::min(text.size(), b + 64);
    cps += static_cast<std::uint32_t>(e - b) - continuations(text, b, e);
  }
  checkpoints_.push_back(cps);
}

std::uint32_t OffsetMap::to_codepoint(std::uint32_t byte) const {
  if (ascii_) return std::min<std::uint32_t>(byte, static_cast<std::uint32_t>(text_.size()));
  if (byte >= text_.size()) return checkpoints_.back();
  // The code points that start in the bytes of its 64-byte block before it, counted as the
  // checkpoints were (eight bytes at a time) instead of byte by byte.
  const std::uint32_t block = byte & ~63u;
  std::uint32_t cps = checkpoints_[byte >> 6] + (byte - block) - continuations(text_, block, byte);
  // A byte inside a multi-byte sequence belongs to the code point that started before it.
  if ((static_cast<unsigned char>(text_[byte]) & 0xC0) == 0x80 && cps > 0) --cps;
  return cps;
}

bool is_space_cp(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF ||
         c == 0x2028 || c == 0x2029;
}

bool is_upper_cp(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return true;
  if (c >= 0x100 && c <= 0x17F) return (c % 2) == (c >= 0x139 && c <= 0x148 ? 1u : c >= 0x179 ? 1u : 0u);
  if (c >= 0x391 && c <= 0x3A9) return true;
  if (c >= 0x400 && c <= 0x42F) return true;
  return false;
}

bool is_lower_cp(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0xDF && c <= 0xFF && c != 0xF7) return true;
  if (c >= 0x100 && c <= 0x17F) return !is_upper_cp(c);
  if (c >= 0x3B1 && c <= 0x3C9) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  return false;
}

bool is_letter_cp(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0xC0 && c <= 0x24F) return true;      // Latin-1 supplement and Latin Extended
  if (c >= 0x370 && c <= 0x52F) return true;     // Greek, Cyrillic
  if (c >= 0x590 && c <= 0x6FF) return true;     // Hebrew, Arabic
  if (c >= 0x1E00 && c <= 0x1EFF) return true;   // Latin Extended Additional
  if (c >= 0x3040 && c <= 0x9FFF) return true;   // CJK
  if (c >= 0xAC00 && c <= 0xD7AF) return true;   // Hangul
  return false;
}

char32_t to_lower_cp(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F && is_upper_cp(c)) return c + 1;
  if (c >= 0x391 && c <= 0x3A9) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

namespace {

// The ASCII capitals of the 8 bytes of `x` (all below 0x80) lower-cased at once: a byte's
// high bit after adding 0x80 - 'A' says it is 'A' or above, after adding 0x80 - '[' that
// it is above 'Z' (no sum carries into the next byte).
std::uint64_t lower_ascii8(std::uint64_t x) {
  constexpr std::uint64_t k01 = 0x0101010101010101ull;
  const std::uint64_t upper = (x + k01 * (0x80 - 'A')) & ~(x + k01 * (0x80 - '[')) & (k01 * 0x80);
  return x | (upper >> 2);
}

// Appends the lower-case form of the ASCII bytes that open `s` to `out`, 8 at a time, and
// returns how many it took (s.size() when all are ASCII).
std::size_t append_lower_ascii(std::string& out, std::string_view s) {
  const std::size_t at = out.size();
  out.append(s);
  char* const d = out.data() + at;
  std::size_t i = 0;
  for (std::uint64_t x; i + 8 <= s.size(); i += 8) {
    std::memcpy(&x, d + i, sizeof x);
    if (x & 0x8080808080808080ull) break;
    x = lower_ascii8(x);
    std::memcpy(d + i, &x, sizeof x);
  }
  for (; i < s.size() && static_cast<unsigned char>(d[i]) < 0x80; ++i)
    if (d[i] >= 'A' && d[i] <= 'Z') d[i] = static_cast<char>(d[i] + 32);
  if (i < s.size()) out.resize(at + i);
  return i;
}

}  // namespace

void append_lower(std::string& out, std::string_view s) {
  // Most strings are ASCII: taken whole, 8 bytes at a time (append_lower_ascii()). After
  // the first other byte, a run of ASCII bytes is appended whole and lower-cased in place
  // (not a push_back a byte, which tests the capacity and writes the terminator each
  // time); any other character through to_lower_cp.
  for (std::size_t i = append_lower_ascii(out, s); i < s.size();) {
    std::size_t j = i;
    while (j < s.size() && static_cast<unsigned char>(s[j]) < 0x80) ++j;
    if (j > i) {
      const std::size_t at = out.size();
      out.append(s.data() + i, j - i);
      for (char* p = out.data() + at, *const e = out.data() + out.size(); p != e; ++p)
        if (*p >= 'A' && *p <= 'Z') *p = static_cast<char>(*p + 32);
      i = j;
      if (i == s.size()) break;
    }
    append_utf8(out, to_lower_cp(decode_utf8(s, i)));
  }
}

std::string to_lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_lower(out, s);
  return out;
}

namespace {
char32_t strip_diacritic(char32_t c) {
  static const char* const latin1 =  // U+00C0..U+00FF
      "AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
  if (c >= 0xC0 && c <= 0xFF) {
    const char r = latin1[c - 0xC0];
    return (r == '*' || r == '/') ? c : static_cast<char32_t>(r);
  }
  switch (c) {
    case 0x107: case 0x106: case 0x10D: case 0x10C: return 'c';
    case 0x11F: case 0x11E: return 'g';
    case 0x130: case 0x131: return 'i';
    case 0x142: case 0x141: return 'l';
    case 0x144: case 0x143: case 0x148: return 'n';
    case 0x151: case 0x150: return 'o';
    case 0x15B: case 0x15A: case 0x15F: case 0x15E: case 0x161: case 0x160: return 's';
    case 0x163: case 0x162: case 0x165: return 't';
    case 0x171: case 0x170: case 0x16B: return 'u';
    case 0x17A: case 0x179: case 0x17C: case 0x17B: case 0x17E: case 0x17D: return 'z';
    case 0x103: case 0x102: case 0x101: case 0x105: return 'a';
    case 0x113: case 0x119: case 0x11B: case 0x117: return 'e';
    case 0x159: case 0x158: return 'r';
    default: return c;
  }
}

// Appends the run of ASCII bytes of `s` from `i` (each its own code point, which
// strip_diacritic and to_lower_cp map to itself but for A-Z) at once, lower-cased in place,
// instead of a decode, a mapping and an append per byte; `i` moves past the run.
void append_ascii_run_lowered(std::string& out, std::string_view s, std::size_t& i) {
  std::size_t j = i;
  while (j < s.size() && static_cast<unsigned char>(s[j]) < 0x80) ++j;
  if (j == i) return;
  const std::size_t at = out.size();
  out.append(s.data() + i, j - i);
  for (char* p = out.data() + at; p != out.data() + out.size(); ++p)
    if (*p >= 'A' && *p <= 'Z') *p = static_cast<char>(*p + 32);
  i = j;
}
}  // namespace

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    append_ascii_run_lowered(out, s, i);
    if (i < s.size()) append_utf8(out, to_lower_cp(strip_diacritic(decode_utf8(s, i))));
  }
  return out;
}

char* detail::fold_whitespace(const char* p, const char* const end, char* w, const char* const first) {
  // Most runs of eight bytes are their own fold and are copied whole: no control byte
  // (tab, CR, LF are below 0x20), no two spaces in a row, and no space first where it
  // would not be written (bytes tested eight at a time: SWAR). Written through a pointer
  // (a push_back per byte was slower than a SHA-256 of the text).
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  for (;;) {
    for (; end - p >= 8; p += 8, w += 8) {
      std::uint64_t x;
      std::memcpy(&x, p, 8);
      const std::uint64_t controls = (x - 0x20 * kOnes) & ~x & kHigh;  // some byte below 0x20
      const std::uint64_t y = x ^ (0x20 * kOnes);
      const std::uint64_t spaces = ~(((y & kLow7) + kLow7) | y | kLow7);  // the high bit of each space
      const bool space_first = (x & 0xFF) == ' ';
      if ((controls | (spaces & (spaces >> 8))) != 0 || (space_first && (w == first || w[-1] == ' '))) break;
      std::memcpy(w, p, 8);
    }
    if (p == end) return w;
    const char c = *p++;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      if (w != first && w[-1] != ' ') *w++ = ' ';
    } else {
      *w++ = c;
    }
  }
}

bool is_whitespace_folded(std::string_view text) {
  if (text.empty()) return true;
  if (text.front() == ' ' || text.back() == ' ') return false;
  bool after_space = false;
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time: no tab, CR or LF among them, and no space after a space
  // (the bit of each space against the bit of the byte before, the last byte of the
  // previous sixteen carried in).
  for (; text.size() - i >= 16; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i breaks = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\n')),
                                        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\t')),
                                                     _mm_cmpeq_epi8(x, _mm_set1_epi8('\r'))));
    const auto spaces = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(' '))));
    if (_mm_movemask_epi8(breaks) != 0 || (spaces & ((spaces << 1) | (after_space ? 1u : 0u))) != 0) return false;
    after_space = (spaces >> 15) != 0;
  }
#endif
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || c == '\t' || c == '\r' || (c == ' ' && after_space)) return false;
    after_space = c == ' ';
  }
  return true;
}

void append_whitespace_folded(std::string_view text, std::string& out) {
  // Folded into room made for the whole text, then cut to size; a space written last is
  // dropped (trailing whitespace).
  const std::size_t start = out.size();
  out.resize(start + text.size());
  char* const first = out.data() + start;
  char* w = detail::fold_whitespace(text.data(), text.data() + text.size(), first, first);
  if (w != first && w[-1] == ' ') --w;
  out.resize(start + static_cast<std::size_t>(w - first));
}

}  // namespace gazette
