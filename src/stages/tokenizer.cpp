#include "gazette/tokenizer.hpp"

#include <array>
#include <algorithm>

namespace gazette {
namespace {

// Abbreviations that take a period (compared case-sensitively, without the period).
constexpr std::array<std::string_view, 56> kAbbrevs = {
    "Mr",  "Mrs", "Ms",   "Dr",   "Gen", "Sen", "Rep",  "Gov", "Lt",  "Col",  "Capt", "Sgt", "Adm", "Maj",
    "Prof", "Rev", "St",  "Jr",   "Sr",  "Inc", "Corp", "Co",  "Ltd", "Jan",  "Feb",  "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep",  "Sept", "Oct", "Nov", "Dec",  "No",  "vs",  "etc",  "Mt",   "Ft",  "Pres", "Dept",
    "Univ", "approx", "Gens", "Cmdr", "Brig", "Supt", "Insp", "Det", "Rt", "Hon", "Messrs", "Mme"};

constexpr std::array<std::string_view, 26> kTitleAbbrevs = {
    "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Capt.", "Sgt.", "Adm.",
    "Maj.", "Prof.", "Rev.", "St.", "Gens.", "Cmdr.", "Brig.", "Supt.", "Insp.", "Det.", "Rt.", "Hon.", "Mme."};

bool ascii_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

struct Cursor {
  std::string_view s;
  std::size_t i = 0;
  char32_t peek(std::size_t at, std::size_t* len = nullptr) const {
    if (at >= s.size()) { if (len) *len = 0; return 0; }
    std::size_t j = at;
    const char32_t c = decode_utf8(s, j);
    if (len) *len = j - at;
    return c;
  }
};

bool word_char(char32_t c) { return is_letter_cp(c) || (c >= '0' && c <= '9'); }

// ASCII character classes for the tokenizer's inner loop.
enum : unsigned char { kLetterC = 1, kDigitC = 2, kUpperC = 4, kLowerC = 8 };
constexpr std::array<unsigned char, 128> kAsciiClass = [] {
  std::array<unsigned char, 128> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLetterC | kLowerC;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kLetterC | kUpperC;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigitC;
  return t;
}();

// The lower-case form of `norm` when it differs, stored in the annotation's arena:
// chunks that are never reallocated, so views into them stay valid.
std::string_view lower_in_arena(Annotation& a, std::string_view norm) {
  const std::size_t need = norm.size() * 2;  // lower-casing at most doubles a UTF-8 length here
  if (a.arena.empty() || a.arena.back().capacity() - a.arena.back().size() < need) {
    a.arena.emplace_back();
    a.arena.back().reserve(std::max<std::size_t>(16384, need));
  }
  std::string& chunk = a.arena.back();
  const std::size_t begin = chunk.size();
  if (std::all_of(norm.begin(), norm.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    chunk.append(norm);  // ASCII: copy, then lower-case in place
    for (std::size_t k = begin; k < chunk.size(); ++k)
      if (chunk[k] >= 'A' && chunk[k] <= 'Z') chunk[k] = static_cast<char>(chunk[k] + 32);
  } else {
    append_lower(chunk, norm);
  }
  const std::string_view lower(chunk.data() + begin, chunk.size() - begin);
  if (lower == norm) {
    chunk.resize(begin);
    return norm;
  }
  return lower;
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

}  // namespace

bool is_title_abbreviation(std::string_view norm) {
  if (norm.size() == 2 && norm[1] == '.' && norm[0] >= 'A' && norm[0] <= 'Z') return true;  // initial
  return std::find(kTitleAbbrevs.begin(), kTitleAbbrevs.end(), norm) != kTitleAbbrevs.end();
}

void tokenize(Annotation& a) {
  const std::string_view s = a.doc->text;
  a.tokens.reserve(a.tokens.size() + s.size() / 4 + 16);  // news averages a token per 5 bytes: no reallocation
  Cursor cur{s};
  int newlines = 0;
  bool space = false;
  std::size_t i = 0;
  // `upper`: whether norm may hold upper-case letters (1/0), or -1 to look.
  auto push = [&](std::size_t b, std::size_t e, TokenKind kind, std::uint16_t flags, std::string_view norm,
                  int upper = -1) {
    if (space) flags |= kSpaceBefore;
    if (newlines >= 1) flags |= kLineBefore;
    if (newlines >= 2) flags |= kParaBefore;
    std::string_view lower = norm;
    if (kind == TokenKind::Word) {
      bool has_upper = upper > 0;
      if (upper < 0)
        for (const char ch : norm) has_upper |= (ch >= 'A' && ch <= 'Z') || (static_cast<unsigned char>(ch) >= 0x80);
      if (has_upper) lower = lower_in_arena(a, norm);
    }
    a.tokens.push_back(Token{Span{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)}, kind, flags,
                             Vocab::kUnset, Vocab::kUnset, 0, 0, norm, lower});
    newlines = 0;
    space = false;
  };
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    // Whitespace (ASCII fast path, then Unicode spaces).
    if (b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v') { space = true; ++i; continue; }
    if (b == '\n') { ++newlines; space = true; ++i; continue; }
    std::size_t clen = 1;
    const char32_t c = b < 0x80 ? b : cur.peek(i, &clen);
    if (b >= 0x80 && (is_space_cp(c) || c == 0xFEFF)) {
      if (c == 0x2028 || c == 0x2029) ++newlines;
      space = true;
      i += clen;
      continue;
    }
    const std::size_t start = i;
    if (b < 0x80 ? kAsciiClass[b] != 0 : word_char(c)) {
      // Acronym with periods: (letter '.'){2,} -> U.S., U.N., p.m., R.C.
      if (b < 0x80 && ascii_alpha(b) && i + 1 < s.size() && s[i + 1] == '.') {
        std::size_t j = i;
        int letters = 0;
        while (j + 1 < s.size() && ascii_alpha(static_cast<unsigned char>(s[j])) && s[j + 1] == '.') {
          // The letter must start the token or follow a period.
          j += 2;
          ++letters;
          if (j < s.size() && ascii_alpha(static_cast<unsigned char>(s[j])) &&
              !(j + 1 < s.size() && s[j + 1] == '.'))
            break;  // "U.Sa" is not an acronym continuation
        }
        const bool next_is_word = j < s.size() && ascii_alpha(static_cast<unsigned char>(s[j]));
        if ((letters >= 2 || (letters == 1 && b >= 'A' && b <= 'Z')) && !next_is_word) {
          std::uint16_t f = kAbbrev;
          if (b >= 'A' && b <= 'Z') f |= kCapitalized | kAllCaps;
          push(start, j, TokenKind::Word, f, s.substr(start, j - start));
          i = j;
          continue;
        }
      }
      bool digits_only = true, any_lower = false, any_upper = false, first_upper = is_upper_cp(c);
      bool needs_norm = false, non_ascii = false;
      std::size_t j = i;
      while (j < s.size()) {
        std::size_t l = 1;
        const auto bj = static_cast<unsigned char>(s[j]);
        if (bj < 0x80 && kAsciiClass[bj]) {  // ASCII letters and digits: the common case
          const unsigned char cls = kAsciiClass[bj];
          if (!(cls & kDigitC)) digits_only = false;
          if (cls & kLowerC) any_lower = true;
          if (cls & kUpperC) any_upper = true;
          ++j;
          continue;
        }
        non_ascii |= bj >= 0x80;
        const char32_t cj = bj < 0x80 ? bj : cur.peek(j, &l);
        if (bj >= 0x80 && word_char(cj)) {  // (ASCII letters and digits were taken above)
          if (!(cj >= '0' && cj <= '9')) digits_only = false;
          if (is_lower_cp(cj)) any_lower = true;
          if (is_upper_cp(cj)) any_upper = true;
          j += l;
          continue;
        }
        // Number separators: 1,000  3.5  14:32
        if (digits_only && (cj == ',' || cj == '.' || cj == ':') && j + 1 < s.size() &&
            ascii_digit(static_cast<unsigned char>(s[j + 1]))) {
          j += 1;
          continue;
        }
        // Internal apostrophe (O'Brien, we're), but not a possessive 's.
        if (is_apostrophe(cj)) {
          std::size_t l2 = 0;
          const char32_t next = cur.peek(j + l, &l2);
          if (is_letter_cp(next)) {
            const char32_t after = cur.peek(j + l + l2);
            const bool possessive = (next == 's' || next == 'S') && !word_char(after);
            if (!possessive) {
              if (cj != '\'') needs_norm = true;
              j += l;
              continue;
            }
          }
        }
        break;
      }
      std::uint16_t f = 0;
      if (first_upper) f |= kCapitalized;
      if (any_upper && !any_lower) f |= kAllCaps;
      // Known abbreviation followed by a period: Mr., Jan., Inc.
      if (!digits_only && j < s.size() && s[j] == '.') {
        const std::string_view w = s.substr(i, j - i);
        if (w.size() <= 6 && std::find(kAbbrevs.begin(), kAbbrevs.end(), w) != kAbbrevs.end()) {  // none is longer than 6
          push(start, j + 1, TokenKind::Word, static_cast<std::uint16_t>(f | kAbbrev), s.substr(start, j + 1 - start));
          i = j + 1;
          continue;
        }
      }
      std::string_view norm = s.substr(start, j - start);
      if (needs_norm) {
        // Curly apostrophes become straight ones: rebuild rather than replace in place.
        std::string n;
        n.reserve(norm.size());
        for (std::size_t p = 0; p < norm.size();) {
          if (norm.compare(p, 3, "\xE2\x80\x99") == 0) {
            n += '\'';
            p += 3;
          } else {
            n += norm[p++];
          }
        }
        a.arena.push_back(std::move(n));
        norm = a.arena.back();
      }
      push(start, j, digits_only ? TokenKind::Number : TokenKind::Word, f, norm, any_upper || non_ascii ? 1 : 0);
      i = j;
      continue;
    }
    // Possessive 's / ’s directly after a word.
    if (is_apostrophe(c) && !space && !a.tokens.empty() && a.tokens.back().kind == TokenKind::Word) {
      std::size_t l2 = 0;
      const char32_t next = cur.peek(i + clen, &l2);
      if ((next == 's' || next == 'S') && !word_char(cur.peek(i + clen + l2))) {
        push(start, i + clen + l2, TokenKind::Word, kPossessive, "'s");
        i += clen + l2;
        continue;
      }
    }
    // Quote marks.
    if (c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB || c == '\'' ||
        c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x2039 || c == 0x203A || c == 0x2032 || c == 0x2033) {
      std::uint16_t f = 0;
      const bool dbl = c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB || c == 0x2033;
      if (dbl) f |= kDoubleQuote;
      if (c == 0x201C || c == 0x201E || c == 0xAB || c == 0x2018 || c == 0x201A || c == 0x2039) f |= kOpenQuote;
      if (c == 0x201D || c == 0xBB || c == 0x2019 || c == 0x203A) f |= kCloseQuote;
      // Plural possessive: Assad's enemies' -> the apostrophe after an s-word, followed by a space.
      if (!dbl && !space && !a.tokens.empty() && a.tokens.back().kind == TokenKind::Word) {
        const std::string_view prev = a.tokens.back().norm;
        if (!prev.empty() && (prev.back() == 's' || prev.back() == 'S')) f |= kPossessive;
      }
      push(start, i + clen, TokenKind::Quote, f, dbl ? std::string_view("\"") : std::string_view("'"));
      i += clen;
      continue;
    }
    // Ellipsis.
    if (c == 0x2026 || (c == '.' && s.substr(i, 3) == "...")) {
      const std::size_t e = c == 0x2026 ? i + clen : i + 3;
      push(start, e, TokenKind::Punct, 0, "...");
      i = e;
      continue;
    }
    // Dashes.
    if (c == '-' && s.substr(i, 2) == "--") {
      push(start, i + 2, TokenKind::Punct, 0, "--");
      i += 2;
      continue;
    }
    if (c == 0x2014 || c == 0x2013 || c == 0x2012 || c == 0x2015) {
      push(start, i + clen, TokenKind::Punct, 0, "--");
      i += clen;
      continue;
    }
    if (c == 0x2010 || c == 0x2011) {
      push(start, i + clen, TokenKind::Punct, 0, "-");
      i += clen;
      continue;
    }
    push(start, i + clen, TokenKind::Punct, 0, s.substr(start, clen));
    i += clen;
  }
}

}  // namespace gazette
