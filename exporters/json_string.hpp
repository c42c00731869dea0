// Internal to the exporters (not installed): a JSON string written as rapidjson's
// Writer::String() writes it, its plain runs handed to the stream whole (row 23.172).
#pragma once

#include <cstddef>
#include <string_view>

#include <rapidjson/rapidjson.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gazette::json_detail {

// Where the first byte from `p` on that JSON escapes is, sixteen bytes at a time while
// sixteen are left (SSE2: none of them `"`, `\` or at most 0x1F), then byte by byte.
inline const char* next_escaped(const char* p, const char* end) {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
  while (end - p >= 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)),
                                         _mm_cmpeq_epi8(_mm_max_epu8(x, control), control));
    if (_mm_movemask_epi8(special) != 0) break;
    p += 16;
  }
#endif
  while (p < end && static_cast<unsigned char>(*p) >= 0x20 && *p != '"' && *p != '\\') ++p;
  return p;
}

// `s` (valid UTF-8) between quotation marks as rapidjson's WriteString() writes it with
// UTF-8 in and out and no flags: `"` and `\` after a backslash, the bytes below 0x20 as
// \b \t \n \f \r or \u00XX (upper-case hex digits), every other byte as it is. The
// stream takes a run of plain bytes by Write(pointer, count) and any other byte by
// Put(c), and must give the bytes Put() of each would.
template <class Stream>
void write_string_body(Stream& os, std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  os.Put('"');
  const char* p = s.data();
  const char* const end = p + s.size();
  while (p < end) {
    const char* plain = p;
    p = next_escaped(p, end);
    if (p > plain) os.Write(plain, static_cast<std::size_t>(p - plain));
    if (p == end) break;
    const auto c = static_cast<unsigned char>(*p++);
    os.Put('\\');
    switch (c) {
      case '"': os.Put('"'); break;
      case '\\': os.Put('\\'); break;
      case '\b': os.Put('b'); break;
      case '\t': os.Put('t'); break;
      case '\n': os.Put('n'); break;
      case '\f': os.Put('f'); break;
      case '\r': os.Put('r'); break;
      default:
        os.Put('u');
        os.Put('0');
        os.Put('0');
        os.Put(kHex[c >> 4]);
        os.Put(kHex[c & 0xF]);
    }
  }
  os.Put('"');
}

// A rapidjson writer (Writer or PrettyWriter of a stream), with its stream at hand for
// write_json_string().
template <class Base>
class StreamWriter : public Base {
 public:
  using Base::Base;
  auto& stream() { return *this->os_; }
};

// What the writer's String() writes: its indentation and separator by RawValue() of
// nothing, then the string, its plain runs copied whole (row 23.172).
template <class Writer>
void write_json_string(Writer& w, std::string_view s) {
  w.RawValue("", 0, rapidjson::kStringType);
  write_string_body(w.stream(), s);
}

}  // namespace gazette::json_detail
