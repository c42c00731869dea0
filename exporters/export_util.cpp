// Helpers shared by the XML and JSON writers (exporter.hpp).
#include "gazette/exporter.hpp"

#include "gazette/json_scan.hpp"
#include "gazette/text.hpp"

#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <system_error>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gazette {

namespace {

// The bytes append_xml_escaped() copies as they are: printable ASCII but & < > " '.
constexpr std::array<bool, 256> kPlainXml = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x80; ++c) plain[static_cast<std::size_t>(c)] = true;
  for (const char c : std::string_view("&<>\"'")) plain[static_cast<unsigned char>(c)] = false;
  return plain;
}();

// The offset of the first of the 16 bytes at p that kPlainXml does not copy as they
// are, or 16 when it copies all (row 23.132): one SSE2 compare of the 16 on x86-64
// (a signed byte below 0x20 is a control byte or one of a multi-byte UTF-8
// sequence), else the table.
// With `backslash`, a backslash stops the run too (append_xml_json_plain(): JSON
// escapes it).
template <bool backslash = false>
unsigned first_xml_special16(const char* p) {
#if defined(__SSE2__)
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i marks =
      _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('&')), _mm_cmpeq_epi8(x, _mm_set1_epi8('<'))),
                   _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('>')), _mm_cmpeq_epi8(x, _mm_set1_epi8('"'))),
                                _mm_cmpeq_epi8(x, _mm_set1_epi8('\''))));
  if constexpr (backslash) marks = _mm_or_si128(marks, _mm_cmpeq_epi8(x, _mm_set1_epi8('\\')));
  const __m128i other = _mm_cmplt_epi8(x, _mm_set1_epi8(0x20));
  const auto m = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(marks, other)));
  return m != 0 ? static_cast<unsigned>(std::countr_zero(m)) : 16u;
#else
  for (unsigned k = 0; k < 16; ++k)
    if (!kPlainXml[static_cast<unsigned char>(p[k])] || (backslash && p[k] == '\\')) return k;
  return 16u;
#endif
}

// The escape of a byte JSON escapes (json_escape_byte()), as RapidJSON's Writer writes
// it, a quotation mark as `quote` (`\"`, or `\&quot;` XML-escaped).
[[gnu::always_inline]] inline void append_json_escape(std::string& out, unsigned char c, std::string_view quote) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  switch (c) {
    case '"': out += quote; break;
    case '\\': out += "\\\\"; break;
    case '\b': out += "\\b"; break;
    case '\t': out += "\\t"; break;
    case '\n': out += "\\n"; break;
    case '\f': out += "\\f"; break;
    case '\r': out += "\\r"; break;
    default: {
      const char u[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      out.append(u, sizeof u);
    }
  }
}

// append_xml_escaped()'s loop; with `json` (row 23.473, append_xml_json_plain()) each
// byte JSON escapes written as its JSON escape, XML-escaped, and false returned at the
// first malformed sequence (the caller takes back what was written).
template <bool json>
bool escape_xml(std::string& out, std::string_view s, bool attribute) {
  std::size_t i = 0;
  while (i < s.size()) {
    // A run of bytes that need no escaping, appended at once: sixteen at a time while
    // sixteen are left, then byte by byte.
    const std::size_t run = i;
    while (i + 16 <= s.size()) {
      const unsigned plain = first_xml_special16<json>(s.data() + i);
      i += plain;
      if (plain < 16) break;
    }
    while (i < s.size() && kPlainXml[static_cast<unsigned char>(s[i])] && !(json && s[i] == '\\')) ++i;
    if (i > run) out.append(s.data() + run, i - run);
    if (i == s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '\'': out += "&apos;"; break;
        default:
          if constexpr (json)
            append_json_escape(out, c, "\\&quot;");  // `"`, `\` or a control byte: the others left
          else
            switch (c) {
              case '"': out += "&quot;"; break;
              case '\r': out += "&#13;"; break;
              case '\t': out += attribute ? "&#9;" : "\t"; break;
              case '\n': out += attribute ? "&#10;" : "\n"; break;
              default:
                if (c >= 0x20) out += static_cast<char>(c);  // other C0 controls are not XML 1.0 characters
            }
      }
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = decode_utf8(s, i);
    if (cp == 0xFFFE || cp == 0xFFFF) continue;
    // decode_utf8 rejects surrogates and overlong forms; what it rejects becomes U+FFFD.
    if (cp == 0xFFFD && s.substr(start, i - start) != "\xEF\xBF\xBD") {
      if constexpr (json) return false;
      out += "\xEF\xBF\xBD";
      continue;
    }
    out.append(s.substr(start, i - start));
  }
  return true;
}

}  // namespace

void append_xml_escaped(std::string& out, std::string_view s, bool attribute) { escape_xml<false>(out, s, attribute); }

bool utf8_is_valid(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (i + 8 <= s.size()) {  // eight ASCII bytes at once
      std::uint64_t x;
      std::memcpy(&x, s.data() + i, 8);
      if ((x & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    if (decode_utf8(s, i) == 0xFFFD && s.substr(start, i - start) != "\xEF\xBF\xBD") return false;
  }
  return true;
}

namespace {
// A byte RapidJSON's Writer escapes: a control byte, a quotation mark, a backslash.
bool json_escape_byte(char c) { return static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\'; }
}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  std::size_t i = 0;
  while (i < s.size()) {
    // A run of bytes written as they are: eight at a time while eight are left.
    const std::size_t run = i;
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t x;
      std::memcpy(&x, s.data() + i, 8);
      if (const std::uint64_t m = json_escapes(x); m != 0) {
        i += static_cast<std::size_t>(std::countr_zero(m) / 8);
        break;
      }
    }
    while (i < s.size() && !json_escape_byte(s[i])) ++i;
    out.append(s.data() + run, i - run);
    if (i == s.size()) break;
    append_json_escape(out, static_cast<unsigned char>(s[i++]), "\\\"");
  }
  out += '"';
}

std::string xml_escape(std::string_view s, bool attribute) {
  std::string out;
  out.reserve(s.size());
  append_xml_escaped(out, s, attribute);
  return out;
}

namespace {

// Gephi's colour of each entity type (the d3 "category10" palette); others are grey.
struct TypeColour {
  std::string_view type;
  Rgb rgb;
};
constexpr TypeColour kPalette[] = {
    {"PERSON", {31, 119, 180}}, {"COUNTRY", {214, 39, 40}},  {"ORGANIZATION", {44, 160, 44}},
    {"LOCATION", {255, 127, 14}}, {"QUOTE", {148, 103, 189}},
};
constexpr Rgb kOtherColour{127, 127, 127};

}  // namespace

Rgb type_colour(std::string_view type) {
  for (const auto& c : kPalette)
    if (c.type == type) return c.rgb;
  return kOtherColour;
}

std::string hex_colour(std::string_view type) {
  const Rgb c = type_colour(type);
  // printf's "#%02x%02x%02x" of the low bytes, digit by digit.
  static constexpr char kHex[] = "0123456789abcdef";
  std::string colour(7, '#');
  const int parts[] = {c.r & 0xFF, c.g & 0xFF, c.b & 0xFF};
  for (std::size_t i = 0; i < 3; ++i) {
    colour[1 + 2 * i] = kHex[parts[i] >> 4];
    colour[2 + 2 * i] = kHex[parts[i] & 0xF];
  }
  return colour;
}

namespace {

// Row 23.244: a value of at most two decimals between 0.01 and 100,000 (the layout's
// positions and sizes, rounded to hundredths, and most weights) written from its
// hundredths k, as std::to_chars writes its shortest form, without to_chars' search
// (about 450 instructions a value). k / 100.0 is the double nearest the decimal k/100
// (k and 100 are exact and IEEE division rounds correctly), so when it equals the value,
// that decimal, trailing zeros dropped, reads back as the value; it has at most seven
// significant digits, and two decimals of at most 15 never read as the same double, so
// no shorter one does: it is the shortest. In that range the fixed form is never longer
// than the exponent form (10000 ties, and to_chars then writes the fixed one). Example
// (made up): 1234.5 -> "1234.5", -0.07 -> "-0.07", 12.0 -> "12"; 1/3 or 1e-05 -> false
// (to_chars writes them). Returns false, writing nothing, for any other value.
bool append_hundredths(std::string& out, double value) {
  const double a = value < 0 ? -value : value;
  if (!(a >= 0.01 && a < 1e5)) return false;
  const auto k = static_cast<std::int64_t>(a * 100 + 0.5);
  if (static_cast<double>(k) / 100.0 != a) return false;
  char buf[16];
  char* const end = buf + sizeof buf;
  char* p = end;
  if (const auto cents = static_cast<int>(k % 100); cents != 0) {
    if (cents % 10 != 0) *--p = static_cast<char>('0' + cents % 10);
    *--p = static_cast<char>('0' + cents / 10);
    *--p = '.';
  }
  std::int64_t whole = k / 100;
  do {
    *--p = static_cast<char>('0' + whole % 10);
    whole /= 10;
  } while (whole != 0);
  if (value < 0) *--p = '-';
  out.append(p, static_cast<std::size_t>(end - p));
  return true;
}

}  // namespace

void append_double(std::string& out, double value) {
  if (append_hundredths(out, value)) return;
  if (std::isnan(value)) {
    out += "NaN";
  } else if (std::isinf(value)) {
    out += value > 0 ? "INF" : "-INF";
  } else if (value == 0) {
    out += '0';  // also -0
  } else {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, r.ptr);
  }
}

void append_int(std::string& out, long long value) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, r.ptr);
}

std::string format_double(double value) {
  std::string s;
  append_double(s, value);
  return s;
}

namespace {

// Row 23.245: printf's "%.10g" read back, computed: a value a between 1e-12 and 1e9
// times 10^(9-e), e its decimal exponent, is m in [1e9, 1e10) to within 1.1e-6 (one
// rounding of a product below 1e10), so unless m's fraction is within 1e-4 of a half,
// rounding m gives the ten digits M printf writes (it rounds a's exact value); M and
// 10^(9-e) (at most 1e21) are exact doubles, so M / 10^(9-e), rounded once to nearest,
// is the double nearest the decimal M * 10^(e-9): what from_chars reads back. Returns
// false near a half, out of that range or when M has eleven digits: the text is then
// written and read. Example (made up): a PageRank of 0.0001234567891234 -> 0.0001234567891.
bool ten_digits(double value, double& out) {
  static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21};
  const double a = value < 0 ? -value : value;
  if (!(a >= 1e-12 && a < 1e9)) return false;
  int e = 8;  // 10^e <= a, from above
  while (e >= 0 ? a < kPow10[e] : a * kPow10[-e] < 1) --e;
  const double scale = kPow10[9 - e];
  const double m = a * scale;
  if (!(m >= 1e9 && m < 1e10)) return false;
  const double whole = std::floor(m), fraction = m - whole;
  if (std::fabs(fraction - 0.5) < 1e-4) return false;
  const double digits = fraction > 0.5 ? whole + 1 : whole;
  if (digits >= 1e10) return false;
  out = value < 0 ? -(digits / scale) : digits / scale;
  return true;
}

}  // namespace

// printf's "%.10g" read back: std::to_chars with a precision writes what printf
// writes in the C locale, and std::from_chars rounds to the nearest double as strtod
// does, without the locale and format-string work of both (3,500 instructions a
// measure, three writers). Out of range (the largest doubles round up past the
// largest one), strtod's infinity or zero.
double round_measure(double value) {
  if (!std::isfinite(value) || value == 0) return value == 0 ? 0 : value;
  if (double rounded = 0; ten_digits(value, rounded)) return rounded;
  char buf[32];
  const auto written = std::to_chars(buf, buf + sizeof buf - 1, value, std::chars_format::general, 10);
  double back = 0;
  if (std::from_chars(buf, written.ptr, back).ec == std::errc()) return back;
  *written.ptr = '\0';
  return std::strtod(buf, nullptr);
}

namespace {

// `s` as a JSON string, as sanitize_utf8() leaves it: no copy when it would leave it
// as it is (valid UTF-8 without a byte order mark, the usual case).
void json_string(std::string& out, std::string_view s) {
  if (!s.starts_with("\xEF\xBB\xBF") && utf8_is_valid(s)) return append_json_string(out, s);
  std::string copy(s);
  sanitize_utf8(copy);
  append_json_string(out, copy);
}

// The text RapidJSON's Writer<StringBuffer> writes for an array of strings.
template <typename Strings>
std::string json_array(const Strings& items) {
  std::string out = "[";
  for (const auto& item : items) {
    if (out.size() > 1) out += ',';
    json_string(out, item);
  }
  out += ']';
  return out;
}

}  // namespace

std::string json_list(const std::vector<std::string>& items) { return json_array(items); }
std::string json_list(const DocumentList& items) { return json_array(items); }

// The text RapidJSON's Writer<StringBuffer> writes for the array of sample objects.
std::string json_samples(const std::vector<EdgeSample>& samples) {
  std::string out = "[";
  for (const auto& s : samples) {
    if (out.size() > 1) out += ',';
    out += "{\"document\":";
    json_string(out, s.document);
    out += ",\"date\":";
    if (s.date.empty())
      out += "null";
    else
      json_string(out, s.date);
    out += ",\"text\":";
    json_string(out, s.text);
    out += '}';
  }
  out += ']';
  return out;
}

namespace {

// One JSON string of an edge's list, XML-escaped (row 23.336): its JSON text made in a
// scratch string kept by the thread, then its quotation marks written as `&quot;` and
// what is between them escaped as append_xml_escaped() escapes it. The JSON text is
// valid UTF-8 (json_string() replaces what is not) and has no control byte (JSON
// writes them as \u00XX), so escaping it piece by piece, split at its ASCII quotation
// marks, gives the bytes escaping the whole list at once gives.
// Row 23.473: the usual case in one pass. When `s` is valid UTF-8 and does not start
// with a byte order mark (json_string() then writes it without sanitize_utf8()), its JSON
// text differs from it only in ASCII bytes, each written as ASCII (`"` as `\"`, `\` as
// `\\`, a control byte as `\n` or `\u00XX`), and the characters after a multi-byte one
// are the same bytes in both: so escaping `s` byte by byte for JSON and each byte of
// that for XML, a character of two bytes or more decoded as append_xml_escaped() decodes
// it (U+FFFE and U+FFFF dropped), gives the bytes of the two passes (the JSON text has
// no tab or line feed left, so `attribute` changes nothing). Returns false, `out` as it
// was, at the first malformed sequence (utf8_is_valid()'s test) or a leading byte order
// mark: the two passes then write it. Example (made up): `Tom "Tommy" Smith` ->
// `Tom \&quot;Tommy\&quot; Smith`, `Café & Bar` -> `Café &amp; Bar`.
bool append_xml_json_plain(std::string& out, std::string_view s) {
  if (s.starts_with("\xEF\xBB\xBF")) return false;
  const std::size_t mark = out.size();
  if (escape_xml<true>(out, s, false)) return true;
  out.resize(mark);
  return false;
}

void append_xml_json_string(std::string& out, std::string_view s, bool attribute) {
  out += "&quot;";
  if (append_xml_json_plain(out, s)) {
    out += "&quot;";
    return;
  }
  out.resize(out.size() - 6);
  thread_local std::string json;
  json.clear();
  json_string(json, s);
  out += "&quot;";
  append_xml_escaped(out, std::string_view(json).substr(1, json.size() - 2), attribute);
  out += "&quot;";
}

}  // namespace

void append_xml_json_list(std::string& out, const DocumentList& items, bool attribute) {
  out += '[';
  bool first = true;
  for (const auto& item : items) {
    if (!first) out += ',';
    first = false;
    append_xml_json_string(out, item, attribute);
  }
  out += ']';
}

// json_samples()'s text, escaped: `{"document":` is `{&quot;document&quot;:`.
void append_xml_json_samples(std::string& out, const std::vector<EdgeSample>& samples, bool attribute) {
  out += '[';
  for (std::size_t i = 0; i < samples.size(); ++i) {
    const EdgeSample& s = samples[i];
    out += i ? ",{&quot;document&quot;:" : "{&quot;document&quot;:";
    append_xml_json_string(out, s.document, attribute);
    out += ",&quot;date&quot;:";
    if (s.date.empty())
      out += "null";
    else
      append_xml_json_string(out, s.date, attribute);
    out += ",&quot;text&quot;:";
    append_xml_json_string(out, s.text, attribute);
    out += '}';
  }
  out += ']';
}

}  // namespace gazette
