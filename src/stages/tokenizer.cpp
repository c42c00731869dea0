#include "gazette/tokenizer.hpp"

#include <array>
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace gazette {
namespace {

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
// The same classes over all byte values: 0 for the bytes of UTF-8 sequences.
constexpr std::array<unsigned char, 256> kByteClass = [] {
  std::array<unsigned char, 256> t{};
  for (std::size_t c = 0; c < kAsciiClass.size(); ++c) t[c] = kAsciiClass[c];
  return t;
}();

// Row 23.331: ASCII bytes that make a one-byte punctuation token by themselves, read by the
// main loop before the whitespace and quote tests (`,` `;` `(` `?`): 1 always; 2 for `.` and
// `-` unless the next byte is the same (`...` an ellipsis, `--` a dash: punctuation()). Not
// whitespace, apostrophes or double quotes (their own steps), nor letters and digits.
constexpr std::array<unsigned char, 256> kPunctByte = [] {
  std::array<unsigned char, 256> t{};
  for (std::size_t c = 0; c < 0x80; ++c) {
    const bool space = c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\n';
    if (kAsciiClass[c] == 0 && !space && c != '\'' && c != '"') t[c] = c == '.' || c == '-' ? 2 : 1;
  }
  return t;
}();

// Row 23.441: the byte after a plain word's run that makes it no plain word (plain_word()
// leaves it to acronym() and word()): 1 for a byte that goes on as part of a longer word or
// an abbreviation (0x80 and above, an apostrophe, a full stop), 2 for a number's separator
// (`,` `:`), which stops a run of digits only (`3,000`, `10:30`). 0 for the NUL that ends
// the text, so the byte at the text's end needs no test of the size.
constexpr std::array<unsigned char, 256> kPlainEnd = [] {
  std::array<unsigned char, 256> t{};
  for (std::size_t c = 0x80; c < 256; ++c) t[c] = 1;
  t['\''] = t['.'] = 1;
  t[','] = t[':'] = 2;
  return t;
}();

// ASCII capitals of the bytes of `x` (all below 0x80) lower-cased, eight or four at a time:
// a byte's high bit after adding 0x80 - 'A' says it is 'A' or above, after adding
// 0x80 - '[' that it is above 'Z' (no sum carries into the next byte). `changed` is set
// when a capital was lowered.
template <class U>
U lower_ascii_word(U x, bool& changed) {
  constexpr U k01 = static_cast<U>(~U{0}) / 0xFF;
  const U upper = (x + k01 * (0x80 - 'A')) & ~(x + k01 * (0x80 - '[')) & (k01 * 0x80);
  changed |= upper != 0;
  return x | (upper >> 2);
}

// Writes the lower-case form of the word `w` (at least sizeof(U) bytes) to `d` word by word,
// the last word overlapping the one before. Returns false when a byte is not ASCII (what
// was written is then to be written again).
template <class U>
bool lower_ascii_words(std::string_view w, char* d, bool& changed) {
  constexpr U k80 = static_cast<U>(~U{0}) / 0xFF * 0x80;
  const std::size_t n = w.size();
  U any = 0, x;
  for (std::size_t k = 0; k + sizeof(U) <= n; k += sizeof(U)) {
    std::memcpy(&x, w.data() + k, sizeof x);
    any |= x;
    x = lower_ascii_word(x, changed);
    std::memcpy(d + k, &x, sizeof x);
  }
  std::memcpy(&x, w.data() + n - sizeof x, sizeof x);
  any |= x;
  x = lower_ascii_word(x, changed);
  std::memcpy(d + n - sizeof x, &x, sizeof x);
  return (any & k80) == 0;
}

// Writes the lower-case form of `w` to `d`, which has room for twice its bytes (lower-casing
// at most doubles a UTF-8 length here): an ASCII word by lower_ascii_words(), any other by
// append_lower() through `scratch`. Returns the bytes written; `changed` says whether they
// differ from `w`.
std::size_t write_lower(std::string_view w, char* d, std::string& scratch, bool& changed) {
  const std::size_t n = w.size();
  bool ascii = true;
  if (n >= 8) {
    ascii = lower_ascii_words<std::uint64_t>(w, d, changed);
  } else if (n >= 4) {
    ascii = lower_ascii_words<std::uint32_t>(w, d, changed);
  } else {
    for (std::size_t k = 0; k < n; ++k) {
      const char c = w[k];
      ascii &= static_cast<unsigned char>(c) < 0x80;
      changed |= c >= 'A' && c <= 'Z';
      d[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
  }
  if (ascii) return n;
  scratch.clear();
  append_lower(scratch, w);
  changed = scratch != w;
  std::memcpy(d, scratch.data(), scratch.size());
  return scratch.size();
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

// Row 23.393: the lower-case form of a plain word (ASCII letters and digits only: plain_word())
// written to `d`: each byte or-ed with 0x20, which lowers a capital and leaves a small letter
// and a digit (0x30-0x39 have the bit) as they are, eight bytes at a time (`McDonald2` ->
// `mcdonald2`). The last eight (or four) bytes overlap the ones before; a word of 1-3 bytes
// byte by byte.
void lower_plain_word(const char* w, std::size_t n, char* d) {
  constexpr std::uint64_t k20 = 0x2020202020202020ull;
  if (n >= 8) {
    std::uint64_t x;
    for (std::size_t k = 0; k + 8 < n; k += 8) {
      std::memcpy(&x, w + k, 8);
      x |= k20;
      std::memcpy(d + k, &x, 8);
    }
    std::memcpy(&x, w + n - 8, 8);
    x |= k20;
    std::memcpy(d + n - 8, &x, 8);
  } else if (n >= 4) {
    std::uint32_t lo, hi;
    std::memcpy(&lo, w, 4);
    std::memcpy(&hi, w + n - 4, 4);
    lo |= static_cast<std::uint32_t>(k20);
    hi |= static_cast<std::uint32_t>(k20);
    std::memcpy(d, &lo, 4);
    std::memcpy(d + n - 4, &hi, 4);
  } else {
    for (std::size_t k = 0; k < n; ++k) d[k] = static_cast<char>(w[k] | 0x20);
  }
}

}  // namespace

namespace {

// The words whose lower-case form differs from the norm or may (an ASCII capital, a byte
// outside ASCII), set aside by the tokenizer's pass, and the room their forms may take:
// twice their norms' bytes.
struct LowerForms {
  std::vector<std::uint32_t> tokens;
  std::size_t room = 0;
};

// The lower-case forms of the words set aside, written into the arena's first chunk, whose
// room is made once (chunks are never reallocated, so views into them stay valid); a
// word whose form is its norm keeps the norm as its lower form. Apart from the pass
// (tokenize()): inlined there, it crowded the registers of the per-byte loops.
void write_lower_forms(Annotation& a, const LowerForms& lower) {
  if (lower.tokens.empty()) return;
  // The first chunk: the one an annotation reused for another document keeps
  // (Annotation::reuse_for()); the words' straightened apostrophes come after it.
  if (a.arena.empty() || a.arena.front().capacity() - a.arena.front().size() < lower.room) {
    a.arena.emplace_front();
    a.arena.front().reserve(std::max<std::size_t>(16384, lower.room));
  }
  std::string& chunk = a.arena.front();
  std::size_t used = chunk.size();
  chunk.resize(used + lower.room);
  std::string scratch;
  for (const std::uint32_t k : lower.tokens) {
    Token& t = a.tokens[k];
    char* const d = chunk.data() + used;
    bool changed = false;
    const std::size_t n = write_lower(t.norm, d, scratch, changed);
    if (!changed) continue;
    t.lower = std::string_view(d, n);
    used += n;
  }
  chunk.resize(used);
}

// One pass over a document's text (tokenize()): each step below takes the token at
// i_, pushes it and moves past it, or returns false when the text there is not its kind.
class Tokenizer {
 public:
  Tokenizer(Annotation& a, const Abbreviations& abbreviations, LowerForms& lower)
      : a_(a), abbreviations_(abbreviations), s_(a.doc->text), text_(a.doc->text.c_str()), cur_{s_}, lower_(lower) {}

  void run() {
    a_.tokens.reserve(a_.tokens.size() + s_.size() / 4 + 16);  // news averages a token per 5 bytes: no reallocation
    open_plain_lower();
    while (i_ < s_.size()) {
      const auto b = static_cast<unsigned char>(s_[i_]);
      std::size_t clen = 1;
      if (kByteClass[b] != 0) {  // row 23.286: an ASCII word's first byte, tested first (no whitespace is)
        if (!plain_word() && !acronym(b)) word(b);
        continue;
      }
      if (const unsigned char p = kPunctByte[b]; p == 1 || (p == 2 && static_cast<unsigned char>(text_[i_ + 1]) != b)) {
        one_byte_punctuation();
        continue;
      }
      const char32_t c = b < 0x80 ? b : cur_.peek(i_, &clen);
      if (whitespace(b, c, clen)) continue;
      if (b >= 0x80 && word_char(c)) {  // an ASCII word was taken above; this is no plain word nor acronym
        word(c);
        continue;
      }
      if (possessive(c, clen) || quote_mark(c, clen)) continue;
      punctuation(c, clen);
    }
    plain_chunk_->resize(static_cast<std::size_t>(plain_next_ - plain_chunk_->data()));
  }

 private:
  // `upper`: whether norm may hold upper-case letters (1/0), or -1 to look.
  void push(std::size_t b, std::size_t e, TokenKind kind, std::uint16_t flags, std::string_view norm, int upper = -1) {
    std::string_view lower = norm;
    if (kind == TokenKind::Word) {
      bool has_upper = upper > 0;
      if (upper < 0)
        for (const char ch : norm) has_upper |= (ch >= 'A' && ch <= 'Z') || (static_cast<unsigned char>(ch) >= 0x80);
      if (has_upper) {  // the lower-case form is made with the others at the end (write_lower_forms())
        lower_.tokens.push_back(static_cast<std::uint32_t>(a_.tokens.size()));
        lower_.room += 2 * norm.size();
      }
    }
    place(b, e, kind, flags, norm, lower);
  }

  // The token pushed with its lower-case form given (push(), plain_word()).
  void place(std::size_t b, std::size_t e, TokenKind kind, std::uint16_t flags, std::string_view norm,
             std::string_view lower) {
    flags |= before_;  // row 23.291: the whitespace's flags, gathered as it was read
    // Row 23.333: built in place, its other members at their defaults (lmask unset, ids not
    // interned, no bits), not as a temporary on the stack copied into the array.
    Token& t = a_.tokens.emplace_back();
    t.span = Span{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
    t.flags = static_cast<std::uint16_t>(flags & kTokenFlagBits);
    t.kind = kind;
    t.norm = norm;
    t.lower = lower;
    before_ = 0;
  }

  // Row 23.393: room in the arena's first chunk for the lower-case forms of the plain words
  // with a capital (plain_word()), written as they are read: at most the text's bytes (the
  // words are parts of it, and or-ing 0x20 keeps their lengths). The chunk's capacity is made
  // large enough once (it is never reallocated while views point into it); its size is
  // grown within that capacity as forms are written (grow_plain_lower(), a few hundred bytes
  // at a time, so the text's bytes are not zero-filled first), then cut to what was written
  // at the end of run(); write_lower_forms() appends the other words' forms after them.
  void open_plain_lower() {
    if (a_.arena.empty() || a_.arena.front().capacity() - a_.arena.front().size() < s_.size()) {
      a_.arena.emplace_front();
      a_.arena.front().reserve(std::max<std::size_t>(16384, s_.size()));
    }
    plain_chunk_ = &a_.arena.front();
    plain_next_ = plain_end_ = plain_chunk_->data() + plain_chunk_->size();
  }
  // Room for `n` more bytes at plain_next_: the chunk's size grown by at least 256 bytes,
  // never past its capacity (the forms' bytes never pass it: open_plain_lower()).
  void grow_plain_lower(std::size_t n) {
    const std::size_t used = static_cast<std::size_t>(plain_next_ - plain_chunk_->data());
    const std::size_t step = std::min(plain_chunk_->capacity() - used, std::max<std::size_t>(n, 256));
    plain_chunk_->resize(used + step);
    plain_end_ = plain_chunk_->data() + plain_chunk_->size();
  }

  // Whitespace (ASCII fast path, then Unicode spaces): counted for the next token's flags.
  bool whitespace(unsigned char b, char32_t c, std::size_t clen) {
    if (b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v') { before_ |= kSpaceBefore; ++i_; return true; }
    if (b == '\n') { newline(); ++i_; return true; }
    // Bidirectional format marks (U+200E, U+200F, U+202A..U+202E, U+2066..U+2069) carry no
    // text: read as space, so a quotation mark after one is judged by the word it touches
    // (rule A912: `\u202A\u201DIsis declares ...\u201D wrote X` opens a quote).
    if (b >= 0x80 && (is_space_cp(c) || c == 0xFEFF || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))) {
      if (c == 0x2028 || c == 0x2029) newline();
      before_ |= kSpaceBefore;
      i_ += clen;
      return true;
    }
    return false;
  }

  // The common word, pushed without the general scan (scan_word(), word()): a run of ASCII
  // letters and digits that ends the text or ends at a byte where none of the longer
  // readings can start: not UTF-8 (a letter may go on), not an apostrophe (O'Brien, the
  // possessive), not a period (U.S., Mr., 3.5), not a comma or colon after digits only
  // (1,000 14:32). Its token is the one word() makes of it; anything else returns false.
  bool plain_word() {
    // Row 23.287: the run is read up to the first byte of class 0 with no test of the text's
    // size: the text is a std::string, whose terminating NUL (class 0) ends every run at the
    // latest (`said` at the end of the text: the run stops at the NUL, j = size()).
    std::size_t j = i_;
    unsigned char seen = 0;
    for (unsigned char cls; (cls = kByteClass[static_cast<unsigned char>(text_[j])]) != 0; ++j) seen |= cls;
    const bool digits_only = (seen & kLetterC) == 0;
    if (kPlainEnd[static_cast<unsigned char>(text_[j])] & (digits_only ? 3 : 1)) return false;  // row 23.441
    const auto first = static_cast<unsigned char>(s_[i_]);
    const bool upper = (seen & kUpperC) != 0;
    std::uint16_t f = first >= 'A' && first <= 'Z' ? kCapitalized : 0;
    if (upper && !(seen & kLowerC)) f |= kAllCaps;
    const std::string_view norm = s_.substr(i_, j - i_);
    std::string_view lower = norm;
    if (upper) {  // row 23.393: its lower-case form written now, not set aside for write_lower_forms()
      if (static_cast<std::size_t>(plain_end_ - plain_next_) < norm.size()) grow_plain_lower(norm.size());
      lower_plain_word(norm.data(), norm.size(), plain_next_);
      lower = std::string_view(plain_next_, norm.size());
      plain_next_ += norm.size();
    }
    place(i_, j, digits_only ? TokenKind::Number : TokenKind::Word, f, norm, lower);
    i_ = j;
    // Row 23.286: the one space that most often follows, read here as whitespace() would
    // read it (`Tom said`: the space before `said`), saving a turn of the main loop.
    // Row 23.442: text_[i_] read with no test of the size: at the text's end it is the NUL.
    if (text_[i_] == ' ') {
      before_ |= kSpaceBefore;
      ++i_;
    }
    return true;
  }

  // Row 23.331: a one-byte ASCII punctuation token (kPunctByte), pushed as punctuation()
  // would push it, and the one space that most often follows, read as whitespace() would
  // (`Tom Smith, a farmer`: `,` then the space before `a`). text_[i_] is the NUL at the end.
  void one_byte_punctuation() {
    push(i_, i_ + 1, TokenKind::Punct, 0, s_.substr(i_, 1));
    ++i_;
    if (text_[i_] == ' ') {
      before_ |= kSpaceBefore;
      ++i_;
    }
  }

  // Acronym with periods: (letter '.'){2,} -> U.S., U.N., p.m., R.C.
  bool acronym(unsigned char b) {
    if (!(b < 0x80 && ascii_alpha(b) && i_ + 1 < s_.size() && s_[i_ + 1] == '.')) return false;
    std::size_t j = i_;
    int letters = 0;
    while (j + 1 < s_.size() && ascii_alpha(static_cast<unsigned char>(s_[j])) && s_[j + 1] == '.') {
      // The letter must start the token or follow a period.
      j += 2;
      ++letters;
      if (j < s_.size() && ascii_alpha(static_cast<unsigned char>(s_[j])) && !(j + 1 < s_.size() && s_[j + 1] == '.'))
        break;  // "U.Sa" is not an acronym continuation
    }
    const bool next_is_word = j < s_.size() && ascii_alpha(static_cast<unsigned char>(s_[j]));
    if (!((letters >= 2 || (letters == 1 && b >= 'A' && b <= 'Z')) && !next_is_word)) return false;
    std::uint16_t f = kAbbrev;
    if (b >= 'A' && b <= 'Z') f |= kCapitalized | kAllCaps;
    push(i_, j, TokenKind::Word, f, s_.substr(i_, j - i_));
    i_ = j;
    return true;
  }

  // What scan_word() saw of a word's characters.
  struct WordScan {
    std::size_t end = 0;
    bool digits_only = true, any_lower = false, any_upper = false, needs_norm = false, non_ascii = false;
  };

  // The end of the word (or number) starting at i_: letters and digits, number
  // separators between digits (1,000 3.5 14:32), internal apostrophes (O'Brien, we're)
  // but not a possessive 's.
  WordScan scan_word() const {
    WordScan w;
    std::size_t j = i_;
    while (j < s_.size()) {
      unsigned char seen = 0;  // ASCII letters and digits, the common case: a tight run
      for (; j < s_.size(); ++j) {
        const unsigned char cls = kByteClass[static_cast<unsigned char>(s_[j])];
        if (cls == 0) break;
        seen |= cls;
      }
      if (seen & kLetterC) w.digits_only = false;
      if (seen & kLowerC) w.any_lower = true;
      if (seen & kUpperC) w.any_upper = true;
      if (j >= s_.size()) break;
      std::size_t l = 1;
      const auto bj = static_cast<unsigned char>(s_[j]);
      w.non_ascii |= bj >= 0x80;
      const char32_t cj = bj < 0x80 ? bj : cur_.peek(j, &l);
      if (bj >= 0x80 && word_char(cj)) {  // (ASCII letters and digits were taken above)
        if (!(cj >= '0' && cj <= '9')) w.digits_only = false;
        if (is_lower_cp(cj)) w.any_lower = true;
        if (is_upper_cp(cj)) w.any_upper = true;
        j += l;
        continue;
      }
      if (w.digits_only && (cj == ',' || cj == '.' || cj == ':') && j + 1 < s_.size() &&
          ascii_digit(static_cast<unsigned char>(s_[j + 1]))) {
        j += 1;
        continue;
      }
      if (is_apostrophe(cj)) {
        std::size_t l2 = 0;
        const char32_t next = cur_.peek(j + l, &l2);
        if (is_letter_cp(next)) {
          const char32_t after = cur_.peek(j + l + l2);
          const bool possessive = (next == 's' || next == 'S') && !word_char(after);
          if (!possessive) {
            if (cj != '\'') w.needs_norm = true;
            j += l;
            continue;
          }
        }
      }
      break;
    }
    w.end = j;
    return w;
  }

  // Curly apostrophes become straight ones: rebuilt in the arena.
  std::string_view straight_apostrophes(std::string_view norm) {
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
    a_.arena.push_back(std::move(n));
    return a_.arena.back();
  }

  void word(char32_t c) {
    const std::size_t start = i_;
    const WordScan w = scan_word();
    const std::size_t j = w.end;
    std::uint16_t f = 0;
    if (c < 0x80 ? (c >= 'A' && c <= 'Z') : is_upper_cp(c)) f |= kCapitalized;
    if (w.any_upper && !w.any_lower) f |= kAllCaps;
    // Known abbreviation followed by a period: Mr., Jan., Inc.
    if (!w.digits_only && j < s_.size() && s_[j] == '.') {
      const std::string_view letters = s_.substr(i_, j - i_);
      if (abbreviations_.takes_period(letters)) {
        push(start, j + 1, TokenKind::Word, static_cast<std::uint16_t>(f | kAbbrev), s_.substr(start, j + 1 - start));
        i_ = j + 1;
        return;
      }
    }
    std::string_view norm = s_.substr(start, j - start);
    if (w.needs_norm) norm = straight_apostrophes(norm);
    push(start, j, w.digits_only ? TokenKind::Number : TokenKind::Word, f, norm, w.any_upper || w.non_ascii ? 1 : 0);
    i_ = j;
  }

  // Possessive 's / ’s directly after a word.
  bool possessive(char32_t c, std::size_t clen) {
    if (!(is_apostrophe(c) && !space() && !a_.tokens.empty() && a_.tokens.back().kind == TokenKind::Word)) return false;
    std::size_t l2 = 0;
    const char32_t next = cur_.peek(i_ + clen, &l2);
    if (!((next == 's' || next == 'S') && !word_char(cur_.peek(i_ + clen + l2)))) return false;
    push(i_, i_ + clen + l2, TokenKind::Word, kPossessive, "'s");
    i_ += clen + l2;
    return true;
  }

  bool quote_mark(char32_t c, std::size_t clen) {
    if (!(c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB || c == '\'' ||
          c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x2039 || c == 0x203A || c == 0x2032 || c == 0x2033))
      return false;
    std::uint16_t f = 0;
    // Two apostrophes in a row are one straight double mark (typewriter copy: `''Q,'' he
    // said`; rule A137); of three glued to the word before, the first closes a nested
    // single quote (`... align.'''`).
    const bool twice = c == '\'' && cur_.peek(i_ + clen) == '\'' && (space() || cur_.peek(i_ + clen + 1) != '\'');
    const bool dbl = c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB || c == 0x2033 || twice;
    if (dbl) f |= kDoubleQuote;
    if (c == 0x201C || c == 0x201E || c == 0xAB || c == 0x2018 || c == 0x201A || c == 0x2039) f |= kOpenQuote;
    if (c == 0x201D || c == 0xBB || c == 0x2019 || c == 0x203A) f |= kCloseQuote;
    // Plural possessive: Assad's enemies' -> the apostrophe after an s-word, followed by a space.
    if (!dbl && !space() && !a_.tokens.empty() && a_.tokens.back().kind == TokenKind::Word) {
      const std::string_view prev = a_.tokens.back().norm;
      if (!prev.empty() && (prev.back() == 's' || prev.back() == 'S')) f |= kPossessive;
    }
    if (twice) ++clen;
    push(i_, i_ + clen, TokenKind::Quote, f, dbl ? std::string_view("\"") : std::string_view("'"));
    i_ += clen;
    return true;
  }

  // Ellipses, dashes (normalised to "..." "--" "-") and any other character.
  void punctuation(char32_t c, std::size_t clen) {
    std::size_t e = i_ + clen;
    std::string_view norm = s_.substr(i_, clen);
    if (c == 0x2026 || (c == '.' && s_.substr(i_, 3) == "...")) {
      e = c == 0x2026 ? i_ + clen : i_ + 3;
      norm = "...";
    } else if (c == '-' && s_.substr(i_, 2) == "--") {
      e = i_ + 2;
      norm = "--";
    } else if (c == 0x2014 || c == 0x2013 || c == 0x2012 || c == 0x2015) {
      norm = "--";
    } else if (c == 0x2010 || c == 0x2011) {
      norm = "-";
    }
    push(i_, e, TokenKind::Punct, 0, norm);
    i_ = e;
  }

  Annotation& a_;
  const Abbreviations& abbreviations_;
  const std::string_view s_;
  const char* const text_;  // s_'s bytes and the std::string's NUL after them (row 23.287)
  Cursor cur_;
  // Row 23.291: the flags of the whitespace read since the last token (kSpaceBefore; kLineBefore
  // after a newline, kParaBefore after a second), or-ed into the next token's flags by push()
  // instead of counting newlines and testing the count there (`Tom said.\n\nJane`: `Jane`
  // gets all three).
  std::uint16_t before_ = 0;
  bool space() const { return (before_ & kSpaceBefore) != 0; }
  void newline() {
    static_assert(kParaBefore == kLineBefore << 1);
    before_ |= static_cast<std::uint16_t>(kSpaceBefore | kLineBefore | ((before_ & kLineBefore) << 1));
  }
  std::size_t i_ = 0;
  LowerForms& lower_;
  std::string* plain_chunk_ = nullptr;  // row 23.393: where the plain words' lower forms go
  char* plain_next_ = nullptr;
  char* plain_end_ = nullptr;  // the end of the chunk's size: room up to here
};

}  // namespace

void tokenize(Annotation& a, const Abbreviations& abbreviations) {
  thread_local LowerForms lower;  // its list's room is kept from call to call
  lower.tokens.clear();
  lower.room = 0;
  Tokenizer(a, abbreviations, lower).run();
  write_lower_forms(a, lower);
}

}  // namespace gazette
