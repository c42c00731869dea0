#include "gazette/text.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

using namespace gazette;

TEST(Text, SanitizeReplacesInvalidSequencesAndDropsBom) {
  struct Case { std::string in, out; std::size_t bad, first; bool bom; };
  const Case cases[] = {
      {"plain", "plain", 0, 0, false},
      {"\xEF\xBB\xBFhi", "hi", 0, 0, true},
      {"a\xFF" "b", "a\xEF\xBF\xBD" "b", 1, 1, false},
      {"ab\xC3", "ab\xEF\xBF\xBD", 1, 2, false},                   // truncated sequence
      {"\xE2\x80\x9Cok\xE2\x80\x9D", "\xE2\x80\x9Cok\xE2\x80\x9D", 0, 0, false},
      {"x\xED\xA0\x80y", "x\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDy", 3, 1, false},  // surrogate
      {"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD", 2, 0, false},                  // overlong
  };
  for (const auto& c : cases) {
    std::string s = c.in;
    const auto r = sanitize_utf8(s);
    EXPECT_EQ(s, c.out);
    EXPECT_EQ(r.invalid_sequences, c.bad);
    if (c.bad) {
      EXPECT_EQ(r.first_invalid_offset, c.first);
    }
    EXPECT_EQ(r.had_bom, c.bom);
  }
}

// The scan for a first invalid sequence passes ASCII eight bytes at a time: an invalid
// byte, a truncated sequence at the end, or a valid one (left as it is) is found at every
// position, after a byte order mark or not, in texts longer and shorter than eight bytes.
TEST(Text, SanitizeFindsAnInvalidSequenceAtEveryPosition) {
  for (const bool bom : {false, true}) {
    for (std::size_t len = 1; len <= 40; ++len) {
      for (std::size_t at = 0; at < len; ++at) {
        const std::string prefix = bom ? "\xEF\xBB\xBF" : "";
        std::string ascii(len, 'q');
        std::string bad = prefix + ascii.substr(0, at) + "\xFF" + ascii.substr(at + 1);
        auto r = sanitize_utf8(bad);
        EXPECT_EQ(bad, ascii.substr(0, at) + "\xEF\xBF\xBD" + ascii.substr(at + 1)) << len << " " << at;
        EXPECT_EQ(r.invalid_sequences, 1u);
        EXPECT_EQ(r.first_invalid_offset, prefix.size() + at) << len << " " << at;
        EXPECT_EQ(r.had_bom, bom);
        std::string cut = prefix + ascii.substr(0, at) + "\xC3";  // a sequence cut by the end
        r = sanitize_utf8(cut);
        EXPECT_EQ(cut, ascii.substr(0, at) + "\xEF\xBF\xBD");
        EXPECT_EQ(r.first_invalid_offset, prefix.size() + at);
        std::string good = prefix + ascii.substr(0, at) + "\xC3\xA9" + ascii.substr(at);
        r = sanitize_utf8(good);
        EXPECT_EQ(good, ascii.substr(0, at) + "\xC3\xA9" + ascii.substr(at));
        EXPECT_EQ(r.invalid_sequences, 0u);
      }
    }
  }
}

TEST(Text, OffsetMapCountsCodePoints) {
  const std::string s = "a\xC2\xA0" "b\xE2\x80\x9C" "c";  // a NBSP b “ c
  OffsetMap m(s);
  EXPECT_EQ(m.to_codepoint(0), 0u);
  EXPECT_EQ(m.to_codepoint(1), 1u);
  EXPECT_EQ(m.to_codepoint(3), 2u);
  EXPECT_EQ(m.to_codepoint(4), 3u);
  EXPECT_EQ(m.to_codepoint(7), 4u);
  EXPECT_EQ(m.to_codepoint(8), 5u);
  std::string big(1000, 'x');
  big += "\xC3\xA9z";
  OffsetMap mb(big);
  EXPECT_EQ(mb.to_codepoint(1002), 1001u);
}

// to_codepoint() counts the code points of a 64-byte block before the byte eight bytes at a
// time: the same count as a byte-by-byte count from the text's start, at every byte of
// texts mixing ASCII, two-, three- and four-byte characters (sequences across 8- and
// 64-byte boundaries), and at the end.
TEST(Text, OffsetMapAgreesWithAByteByByteCountAtEveryByte) {
  const std::vector<std::string> pieces = {"a", "Z", " ", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\xD0\x96"};
  std::uint32_t seed = 7;
  for (int round = 0; round < 200; ++round) {
    std::string s;
    const int n = 1 + round * 3;
    for (int k = 0; k < n; ++k) {
      seed = seed * 1103515245u + 12345u;
      s += pieces[(seed >> 16) % pieces.size()];
    }
    const OffsetMap m(s);
    std::uint32_t starts = 0;  // code points starting before byte b
    for (std::uint32_t b = 0; b <= s.size(); ++b) {
      const bool inside = b < s.size() && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80;
      const std::uint32_t expected = b == s.size() ? starts : (inside && starts > 0 ? starts - 1 : starts);
      ASSERT_EQ(m.to_codepoint(b), expected) << "round " << round << " byte " << b;
      if (b < s.size() && (static_cast<unsigned char>(s[b]) & 0xC0) != 0x80) ++starts;
    }
  }
}

// An ASCII text with one character of two, three or four bytes (or none) at each
// position, of every length across the 64-byte blocks OffsetMap tests at once: every
// byte maps to the code points before it (a byte inside a sequence to its own), and a run
// of eight continuation bytes in one word is counted as eight.
TEST(Text, OffsetMapCountsFromAsciiTextsAndDenseContinuations) {
  const std::string wide[] = {"\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80"};
  const auto check = [](const std::string& s) {
    const OffsetMap m(s);
    std::uint32_t starts = 0;
    for (std::uint32_t b = 0; b <= s.size(); ++b) {
      const bool inside = b < s.size() && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80;
      ASSERT_EQ(m.to_codepoint(b), inside && starts > 0 ? starts - 1 : starts) << s.size() << " byte " << b;
      if (b < s.size() && !inside) ++starts;
    }
  };
  for (std::size_t n = 0; n < 140; n += (n < 70 ? 1 : 7)) {
    check(std::string(n, 'a'));
    for (std::size_t at = 0; at <= n; at += (n < 20 ? 1 : 5)) {
      std::string s(n, 'a');
      s.insert(at, wide[(n + at) % 3]);
      check(s);
    }
  }
  std::string dense;
  for (int k = 0; k < 40; ++k) dense += "\xF0\x9F\x98\x80\xE2\x80\x9C";  // 5 continuations in 7 bytes
  check(dense);
  std::string runs = "x";  // eight continuation bytes in a row (not valid UTF-8; counted all the same)
  for (int k = 0; k < 30; ++k) runs += std::string(8, '\x80') + "y";
  check(runs);
}

TEST(Text, BinaryDetection) {
  EXPECT_TRUE(looks_binary(std::string("abc\0def", 7)));
  EXPECT_TRUE(looks_binary(std::string(100, '\x01')));
  EXPECT_FALSE(looks_binary("Plain news text.\n\nSecond paragraph."));
}

TEST(Text, FoldAndLower) {
  EXPECT_EQ(to_lower("ÉMILE Zoë"), "émile zoë");
  EXPECT_EQ(fold("Erdoğan"), "erdogan");
  EXPECT_EQ(fold("São Paulo"), "sao paulo");
}

// fold() takes runs of ASCII bytes at once: fold() and to_lower() give the same strings as the mapping
// applied one code point at a time (decode_utf8, to_lower_cp / strip the diacritic, then
// append_utf8), on strings of ASCII letters, Latin-1, Greek and Cyrillic capitals,
// three-byte characters and invalid bytes (a lone lead byte before an ASCII letter, a
// stray continuation byte, a sequence cut off at the end) in every order.
TEST(Text, FoldAndLowerAgreeWithACodePointAtATimeMapping) {
  const std::vector<std::string> pieces = {"A", "z", "Q", " ", "-", "7", "\xC3\x89", "\xC3\xA9", "\xC4\x9F", "\xC5\x81",
                                           "\xCE\x91", "\xD0\x96", "\xE2\x80\x99", "\xC3", "\x80", "\xE2\x80", "\xFF"};
  // The mapping as it was written before the ASCII runs: per code point. A non-ASCII code
  // point alone (no ASCII run) is folded by fold() itself, the reference for the internal
  // strip of diacritics.
  const auto by_code_point = [](std::string_view s, bool strip) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
      const char32_t c = decode_utf8(s, i);
      if (strip && c >= 0x80) {
        std::string one;
        append_utf8(one, c);
        out += fold(one);
      } else {
        append_utf8(out, to_lower_cp(c));
      }
    }
    return out;
  };
  std::uint32_t seed = 12345;
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const int n = round % 12;
    for (int k = 0; k < n; ++k) {
      seed = seed * 1103515245u + 12345u;
      s += pieces[(seed >> 16) % pieces.size()];
    }
    ASSERT_EQ(to_lower(s), by_code_point(s, false)) << s;
    ASSERT_EQ(fold(s), by_code_point(s, true)) << s;
    std::string appended = "Prefix";
    append_lower(appended, s);
    ASSERT_EQ(appended, "Prefix" + to_lower(s)) << s;
  }
  EXPECT_EQ(fold("ABC Def\xC3\x89g"), "abc defeg");
  EXPECT_EQ(to_lower("ABC \xC3\x89G\xC3"), "abc \xC3\xA9g\xEF\xBF\xBD");
}

// append_lower() takes the ASCII bytes that open a string 8 at a time: every length from 0
// to 24, capitals at every position, with a two-byte capital (U+00C9) at each position or
// none, gives the string lower-cased character by character after what `out` held.
TEST(Text, AppendLowerTakesAsciiEightBytesAtATimeAtEveryLength) {
  const std::string letters = "AbCdEfGhIjKlMnOpQrStUvWxYz0[@`{ Z";
  for (std::size_t n = 0; n <= 24; ++n) {
    for (std::size_t at = 0; at <= n + 1; ++at) {  // at == n + 1: no non-ASCII character
      std::string s, want;
      for (std::size_t k = 0; k < n; ++k) {
        if (k == at) {
          s += "\xC3\x89";
          want += "\xC3\xA9";
        }
        const char c = letters[(k * 7 + n) % letters.size()];
        s += c;
        want += c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      }
      if (at == n) {
        s += "\xC3\x89";
        want += "\xC3\xA9";
      }
      std::string out = "Held";
      append_lower(out, s);
      ASSERT_EQ(out, "Held" + want) << s;
      ASSERT_EQ(to_lower(s), want) << s;
    }
  }
}

// append_lower() appends a run of ASCII bytes whole and lower-cases it in place: runs of
// 0 to 70 bytes holding every ASCII byte, between two-byte capitals, an invalid byte and
// a cut sequence, appended after prefixes of 0 to 31 bytes (inside and past the short
// string's room, so the string grows within a run), give the byte-at-a-time mapping.
TEST(Text, AppendLowerTakesLongAsciiRunsAsTheByteAtATimeMapping) {
  const auto byte_at_a_time = [](std::string out, std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
      const auto b = static_cast<unsigned char>(s[i]);
      if (b < 0x80) {
        out += static_cast<char>((b >= 'A' && b <= 'Z') ? b + 32 : b);
        ++i;
      } else {
        append_utf8(out, to_lower_cp(decode_utf8(s, i)));
      }
    }
    return out;
  };
  const std::vector<std::string> others = {"", "\xC3\x89", "\xD0\x96", "\xFF", "\xE2\x80"};
  std::size_t checked = 0;
  for (std::size_t n = 0; n <= 70; ++n)
    for (std::size_t shift = 0; shift < 128; shift += 37)
      for (const auto& before : others)
        for (const auto& after : others) {
          std::string run;
          for (std::size_t k = 0; k < n; ++k) run += static_cast<char>((k * 29 + shift) % 128);
          const std::string s = before + run + after + run;
          for (std::size_t p = 0; p < 32; p += 5) {
            std::string out(p, 'Q');
            append_lower(out, s);
            ASSERT_EQ(out, byte_at_a_time(std::string(p, 'Q'), s)) << n << " " << shift << " " << p;
            ++checked;
          }
        }
  EXPECT_GT(checked, 30000u);
  EXPECT_EQ(to_lower("THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG \xC3\x89T\xC3\x89 AGAIN"),
            "the quick brown fox jumps over the lazy dog \xC3\xA9t\xC3\xA9 again");
}

TEST(Text, WhitespaceFoldingAgreesWithARunByRunFold) {
  // The branch-free fold against the rule written plainly: runs of space, tab, CR, LF become
  // one space; none at the start or the end; other bytes (NBSP, form feed) are kept.
  const std::string pieces[] = {"a", " ", "\n", "\t", "\r", "\xC2\xA0", "\f", "Zz", "  \n "};
  unsigned seed = 7;
  for (int round = 0; round < 200; ++round) {
    std::string s;
    const int n = round % 25;
    for (int k = 0; k < n; ++k) {
      seed = seed * 1103515245u + 12345u;
      s += pieces[(seed >> 16) % 9];
    }
    std::string expected;
    bool space = false;
    for (const char c : s) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        space = !expected.empty();
        continue;
      }
      if (space) expected += ' ';
      space = false;
      expected += c;
    }
    std::string out = "kept|";
    append_whitespace_folded(s, out);
    EXPECT_EQ(out, "kept|" + expected) << "round " << round;
  }
}

// for_each_whitespace_folded() hands over the fold in 4 KB slices of the text: its pieces
// joined are append_whitespace_folded()'s output where whitespace runs straddle a slice
// boundary, fill whole slices, lead the text or end it exactly at a boundary.
TEST(Text, WhitespaceFoldedPiecesJoinToTheFold) {
  const std::string runs[] = {" ", "  ", "\n\n", " \t\r\n ", std::string(4096, ' '), std::string(5000, '\n')};
  for (const std::size_t k : {0u, 1u, 4090u, 4095u, 4096u, 4097u, 8191u, 8192u}) {
    for (const auto& run : runs) {
      for (const std::string& tail : {std::string("b"), std::string(), run, "b" + run}) {
        const std::string texts[] = {std::string(k, 'a') + run + tail, run + std::string(k, 'a') + run + tail};
        for (const auto& text : texts) {
          std::string expected;
          append_whitespace_folded(text, expected);
          std::string joined;
          for_each_whitespace_folded(text, [&](std::string_view piece) {
            EXPECT_FALSE(piece.empty());
            joined += piece;
          });
          EXPECT_EQ(joined, expected) << "k " << k << " run " << run.size() << " tail " << tail.size();
        }
      }
    }
  }
}

// One helper for "the phrase ends with this word" (coreference same_office(), entities
// short forms and surnames): a whole last word after a space, never the phrase itself.
TEST(Text, EndsWithWord) {
  EXPECT_TRUE(ends_with_word("standards committee", "committee"));
  EXPECT_TRUE(ends_with_word("deputy foreign minister", "foreign minister"));
  EXPECT_FALSE(ends_with_word("subcommittee", "committee"));
  EXPECT_FALSE(ends_with_word("committee", "committee"));
  EXPECT_FALSE(ends_with_word("the washington post office", "post"));
  EXPECT_FALSE(ends_with_word("", "post"));
  // Row 23.232: the space before the word and the last byte are tested first; the
  // result is the comparison's in every case (one letter, the empty word, a last byte
  // that agrees with no space before, a space with another word).
  EXPECT_TRUE(ends_with_word("jane roe", "roe"));
  EXPECT_TRUE(ends_with_word("a b", "b"));
  EXPECT_FALSE(ends_with_word("ab", "b"));
  EXPECT_FALSE(ends_with_word("jane rye", "roe"));
  EXPECT_FALSE(ends_with_word("jane ro", "roe"));
  EXPECT_FALSE(ends_with_word("jane doe", "roe"));
  EXPECT_TRUE(ends_with_word("roe ", ""));
  EXPECT_FALSE(ends_with_word("roe", ""));
  EXPECT_FALSE(ends_with_word("", ""));
}

// One helper for the shape of a plural or an -s form (entities plural_shape(), coreference
// organisation_after_place()): three letters or more ending in one `s`.
TEST(Text, SingleSEnding) {
  EXPECT_TRUE(single_s_ending("braves"));
  EXPECT_TRUE(single_s_ending("says"));
  EXPECT_FALSE(single_s_ending("boss"));
  EXPECT_FALSE(single_s_ending("us"));
  EXPECT_FALSE(single_s_ending("giant"));
  EXPECT_FALSE(single_s_ending(""));
}

// Row 23.266: is_whitespace_folded() says whether append_whitespace_folded() leaves a text
// as it is: checked against the fold itself on made-up texts of words, single and double
// spaces, line breaks, tabs and control bytes, at every offset of its sixteen-byte
// runs (a double space across two runs, a space ending a run, one at either end).
TEST(Text, WhitespaceFoldedTextsAreThoseTheFoldLeavesAsTheyAre) {
  EXPECT_TRUE(is_whitespace_folded(""));
  EXPECT_TRUE(is_whitespace_folded("Tom Smith said so."));
  EXPECT_FALSE(is_whitespace_folded("Tom Smith\nsaid so."));
  EXPECT_FALSE(is_whitespace_folded("Tom  Smith said so."));
  EXPECT_FALSE(is_whitespace_folded(" Tom Smith"));
  EXPECT_FALSE(is_whitespace_folded("Tom Smith "));
  EXPECT_TRUE(is_whitespace_folded("Jane\x01Roe"));  // other control bytes are kept by the fold
  const char* pieces[] = {"Jane", " ", "  ", "\n", "\t", "\r", "Roe,", "x", "\x02", "\xC3\xA9"};
  std::uint32_t state = 2026;
  int folded = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    for (int k = 0, parts = round % 23; k < parts; ++k) {
      state = state * 1103515245u + 12345u;
      const auto pick = (state >> 16) % 10;
      text += pieces[pick < 3 || pick > 5 || (state >> 8) % 4 == 0 ? pick : 0];
    }
    std::string fold;
    append_whitespace_folded(text, fold);
    EXPECT_EQ(is_whitespace_folded(text), fold == text) << "round " << round << ": [" << text << "]";
    folded += fold == text;
  }
  EXPECT_GT(folded, 500);  // both answers are tested often
  EXPECT_LT(folded, 3500);
  for (std::size_t at = 0; at < 38; ++at) {
    std::string text(40, 'a');
    text[at] = text[at + 1] = ' ';
    EXPECT_FALSE(is_whitespace_folded(text)) << at;
    text[at + 1] = 'b';
    EXPECT_EQ(is_whitespace_folded(text), at != 0) << at;
  }
}
