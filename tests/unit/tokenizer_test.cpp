#include "gazette/tokenizer.hpp"

#include <gtest/gtest.h>

using namespace gazette;

namespace {

std::vector<std::string> norms(const std::string& text) {
  Document d;
  d.text = text;
  Annotation a;
  a.doc = &d;
  tokenize(a);
  std::vector<std::string> out;
  for (const auto& t : a.tokens) out.emplace_back(t.norm);
  return out;
}

using V = std::vector<std::string>;

struct Case {
  const char* text;
  V tokens;
};

TEST(Tokenizer, Table) {
  const Case cases[] = {
      {"U.S. relations", {"U.S.", "relations"}},
      {"the U.N. said", {"the", "U.N.", "said"}},
      {"Mr. Trump", {"Mr.", "Trump"}},
      {"R.C. Hammond", {"R.C.", "Hammond"}},
      {"at 3 p.m. today", {"at", "3", "p.m.", "today"}},
      {"Jan. 5", {"Jan.", "5"}},
      {"al-Assad", {"al", "-", "Assad"}},
      {"Al-Qaeda", {"Al", "-", "Qaeda"}},
      {"U.S.-Russia ties", {"U.S.", "-", "Russia", "ties"}},
      {"Russia-US talks", {"Russia", "-", "US", "talks"}},
      {"Tillerson's visit", {"Tillerson", "'s", "visit"}},
      {"Putin\xE2\x80\x99s view", {"Putin", "'s", "view"}},
      {"the diplomats' talks", {"the", "diplomats", "'", "talks"}},
      {"we're here", {"we're", "here"}},
      {"O'Brien said", {"O'Brien", "said"}},
      {"\xE2\x80\x9CHello,\xE2\x80\x9D he said", {"\"", "Hello", ",", "\"", "he", "said"}},
      {"wait\xE2\x80\xA6 now", {"wait", "...", "now"}},
      {"low.\xE2\x80\x94 Vladimir", {"low", ".", "--", "Vladimir"}},
      {"1,000 troops and 3.5 percent at 14:32", {"1,000", "troops", "and", "3.5", "percent", "at", "14:32"}},
      {"Vladimir\xC2\xA0Putin", {"Vladimir", "Putin"}},
  };
  for (const auto& c : cases) EXPECT_EQ(norms(c.text), c.tokens) << c.text;
}

TEST(Tokenizer, OffsetsPointAtOriginalBytes) {
  Document d;
  d.text = "\xE2\x80\x9CHi\xE2\x80\x9D";
  Annotation a;
  a.doc = &d;
  tokenize(a);
  ASSERT_EQ(a.tokens.size(), 3u);
  EXPECT_EQ(a.tokens[0].span, (Span{0, 3}));
  EXPECT_EQ(a.tokens[1].span, (Span{3, 5}));
  EXPECT_TRUE(a.tokens[0].has(kOpenQuote));
  EXPECT_TRUE(a.tokens[2].has(kCloseQuote));
}

TEST(Tokenizer, LineAndParagraphFlags) {
  Document d;
  d.text = "Headline\n\nFirst line\nsecond";
  Annotation a;
  a.doc = &d;
  tokenize(a);
  ASSERT_EQ(a.tokens.size(), 4u);
  EXPECT_TRUE(a.tokens[1].has(kParaBefore));
  EXPECT_TRUE(a.tokens[3].has(kLineBefore));
  EXPECT_FALSE(a.tokens[3].has(kParaBefore));
}

}  // namespace
