// Text basics: spans, UTF-8 decoding and validation, byte <-> code-point offsets.
//
// Offset rule (one for the whole program): inside the program every offset is a
// byte offset into the document text, half-open [begin, end). The JSONL writer
// converts to Unicode code points (what score.py and Python's str slicing use)
// with an OffsetMap built once per document.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

struct Span {
  std::uint32_t begin = 0, end = 0;  // half-open byte range
  std::uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

// Decodes one code point at s[i]; returns it and advances i. Invalid sequences
// yield U+FFFD and advance by one byte.
char32_t decode_utf8(std::string_view s, std::size_t& i);
void append_utf8(std::string& out, char32_t cp);

struct Utf8Report {
  std::size_t invalid_sequences = 0;
  std::size_t first_invalid_offset = 0;  // byte offset of the first bad sequence
  bool had_bom = false;
};

// Replaces each invalid UTF-8 sequence by U+FFFD and drops a leading BOM, in place.
Utf8Report sanitize_utf8(std::string& text);

// True when the bytes look like a binary file: a NUL byte, or more than 10% of the
// first 4 KiB being control characters other than whitespace.
bool looks_binary(std::string_view bytes);

// Maps byte offsets to code-point offsets for one text.
class OffsetMap {
 public:
  explicit OffsetMap(std::string_view text);
  // requires: byte <= text.size(). Byte offsets inside a multi-byte sequence map
  // to the code point that contains them.
  std::uint32_t to_codepoint(std::uint32_t byte) const;

 private:
  std::vector<std::uint32_t> checkpoints_;  // code-point count at every 64th byte (empty when ASCII)
  std::string_view text_;
  bool ascii_ = false;                      // every byte is ASCII: code points are bytes
};

// Unicode helpers on code points (enough for Latin, Cyrillic, Greek scripts).
bool is_space_cp(char32_t c);        // ASCII space, NBSP, U+2000..U+200A, U+202F, U+205F, U+3000
bool is_upper_cp(char32_t c);
bool is_lower_cp(char32_t c);
bool is_letter_cp(char32_t c);
char32_t to_lower_cp(char32_t c);

// Lower-cases ASCII and common Latin/Cyrillic/Greek letters.
std::string to_lower(std::string_view s);
// Appends the lower-case form of `s` to `out` (the same mapping as to_lower).
void append_lower(std::string& out, std::string_view s);
// True when `phrase` ends with the word `word` after a space ("standards committee" ends
// with "committee"; "subcommittee" and "committee" itself do not). The space before the
// word and the last bytes are tested before the comparison, which most phrases fail.
inline bool ends_with_word(std::string_view phrase, std::string_view word) {
  return phrase.size() > word.size() && phrase[phrase.size() - word.size() - 1] == ' ' &&
         (word.empty() || phrase.back() == word.back()) && phrase.ends_with(word);
}
// True when the lower-case word `w` has three letters or more and ends in a single `s`
// (`braves`, `says`; not `boss`): the shape of a plural noun or a verb's -s form.
inline bool single_s_ending(std::string_view w) { return w.size() > 2 && w.back() == 's' && w[w.size() - 2] != 's'; }
// Strips diacritics from Latin letters (é -> e) and lower-cases: for fuzzy name keys.
std::string fold(std::string_view s);
// Appends `text` to `out` with each whitespace run (space, tab, CR, LF) folded to one
// space and leading and trailing whitespace dropped: the normalised text in which
// duplicate paragraphs (sentences.hpp mark_duplicates) and duplicate documents
// (hash.hpp normalized_digest) are compared.
void append_whitespace_folded(std::string_view text, std::string& out);
// True when append_whitespace_folded() would append `text` unchanged: no tab, CR or LF,
// no two spaces in a row, no space first or last (row 23.266). Example (made up):
// "Tom Smith said so." is; "Tom Smith\nsaid so." and "Tom  Smith" are not.
bool is_whitespace_folded(std::string_view text);

namespace detail {
// The whitespace fold of the bytes [p, end) written from `w`, which has room for end - p
// bytes: a whitespace run writes one space unless w == first (nothing written yet) or
// w[-1] is a space; a space written last is kept. Returns the end of what was written.
char* fold_whitespace(const char* p, const char* end, char* w, const char* first);
}  // namespace detail

// Calls piece(std::string_view) with the text append_whitespace_folded would append, in
// consecutive pieces (at most 4 KB each, views valid during the call), without building
// it whole: for hashing it (hash.hpp normalized_digest). A space is held back until a
// byte follows it, so the trailing one is never passed.
template <class Piece>
void for_each_whitespace_folded(std::string_view text, Piece&& piece) {
  constexpr std::size_t kSlice = 4096;
  char buf[kSlice + 1];
  char* const out = buf + 1;  // buf[0]: a space held back, or a non-space written before
  bool started = false, held = false;
  for (std::size_t at = 0; at < text.size(); at += kSlice) {
    const std::string_view slice = text.substr(at, kSlice);
    buf[0] = held ? ' ' : 'x';
    char* w = detail::fold_whitespace(slice.data(), slice.data() + slice.size(), out, started ? nullptr : out);
    if (w == out) continue;  // only whitespace: nothing changes
    const char* from = held ? buf : out;
    held = w[-1] == ' ';
    if (held) --w;
    started = true;
    if (w != from) piece(std::string_view(from, static_cast<std::size_t>(w - from)));
  }
}

}  // namespace gazette
