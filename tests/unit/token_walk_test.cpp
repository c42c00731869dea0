// The walk to the next token a stage asks about (src/stages/token_walk.hpp
// next_token_where(), issue #23 rows 23.444-23.446) and the three scans that use it: title
// starts (coreference.cpp next_title_start()), quotation marks (quote_marks.cpp
// pair_paragraph()) and the tokens that may start a report (quotes_indirect.cpp
// indirect_quotes()). Each scan's test puts the token it stops at after every count of
// words before it in its sentence or paragraph (the walk tests four tokens a step).
#include "token_walk.hpp"

#include "gazette/entities.hpp"

#include "pipeline_fixture.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace gazette;
using gazette::testing::Annotated;

namespace {

// Made-up words to put before the token a scan stops at: the first n of them.
std::string first_words(std::size_t n) {
  static const char* const words[] = {"Reporters", "in", "Kestby", "waited", "all", "day", "and", "then", "at", "last", "met"};
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += std::string(words[i]) + " ";
  return out;
}

}  // namespace

// Every stop pattern of ten tokens (a Punct token stops, a Word does not), from every k to
// every e, k past e too: the first stop in [k, e) or e, as a walk of one token at a time.
TEST(TokenWalk, TheNextStopIsTheOneAWalkOfOneTokenAtATimeFinds) {
  constexpr std::size_t n = 10;
  std::vector<Token> tokens(n);
  const auto stop = [](const Token& t) { return t.kind == TokenKind::Punct; };
  for (unsigned pattern = 0; pattern < (1u << n); ++pattern) {
    for (std::size_t i = 0; i < n; ++i) tokens[i].kind = (pattern >> i) & 1u ? TokenKind::Punct : TokenKind::Word;
    for (std::size_t e = 0; e <= n; ++e)
      for (std::size_t k = 0; k <= e + 1 && k <= n; ++k) {
        std::size_t one = k;
        while (one < e && !stop(tokens[one])) ++one;
        if (k > e) one = k;
        ASSERT_EQ(next_token_where(tokens.data(), k, e, stop), one) << "pattern " << pattern << " k " << k << " e " << e;
      }
  }
}

// Row 23.444: the coreference stage reads the title `foreign minister` after every count of
// words before it in its sentence (record_offices(), next_title_start()).
TEST(TokenWalk, AnOfficeIsReadAfterEveryCountOfWordsBeforeItsTitle) {
  for (std::size_t n = 0; n <= 9; ++n) {
    const Annotated t("Russian Foreign Minister Sergei Lavrov arrived on Monday. " + first_words(n) +
                      "the Russian foreign minister.");
    const auto foreign = static_cast<std::uint32_t>(9 + n + 2);  // sentence 2 opens at token 9
    ASSERT_EQ(t.a.tokens[foreign].norm, "foreign") << n;
    const bool read = std::any_of(t.a.office_readings.begin(), t.a.office_readings.end(), [&](const OfficeReading& o) {
      return o.title_first == foreign && o.title_end == foreign + 2 && t.name(o.person) == "Sergei Lavrov";
    });
    EXPECT_TRUE(read) << n;
  }
}

// Row 23.445: a quotation mark after every count of words in its paragraph opens the pair
// its closing mark ends (pair_quote_marks()).
TEST(TokenWalk, QuotationMarksArePairedAfterEveryCountOfWordsBeforeThem) {
  for (std::size_t n = 0; n <= 9; ++n) {
    const Annotated t(first_words(n) + "\"We will win the vote,\" Tom Smith said.");
    ASSERT_EQ(t.a.quote_marks.size(), 1u) << n;
    EXPECT_EQ(t.a.quote_marks[0].open, n) << n;
    EXPECT_EQ(t.a.quote_marks[0].close, n + 7) << n;  // `We will win the vote ,` between
    EXPECT_TRUE(std::any_of(t.a.quotes.begin(), t.a.quotes.end(), [&](const Quote& q) {
      return t.a.text(q.span) == "We will win the vote" && t.name(q.speaker) == "Tom Smith";
    })) << n;
  }
}

// Row 23.446: a speech verb after every count of tokens before it in its sentence opens
// its reported clause (indirect_quotes()).
TEST(TokenWalk, AReportedClauseIsFoundAfterEveryCountOfTokensBeforeItsVerb) {
  const char* const openings[] = {"",           "Today ",           "Today, ",          "In Kestby, ",
                                  "In Kestby today, ", "In Kestby on Monday, ", "Late in Kestby on Monday, ",
                                  "Late at night in Kestby on Monday, "};
  for (const char* opening : openings) {
    const Annotated t(std::string(opening) + "Tom Smith said the harbour plan would fail.");
    EXPECT_TRUE(std::any_of(t.a.quotes.begin(), t.a.quotes.end(), [&](const Quote& q) {
      return q.kind == Quote::Kind::Indirect && t.a.text(q.span) == "the harbour plan would fail" &&
             t.name(q.speaker) == "Tom Smith";
    })) << opening;
  }
}

// Row 23.447: a quoted fragment after every count of tokens before its opening mark in its
// sentence stays part of its clause (relation_clauses.cpp read_clauses(), next_quote_mark()):
// the criticism reads across it.
TEST(TokenWalk, AQuotedFragmentIsReadAfterEveryCountOfTokensBeforeIt) {
  const char* const openings[] = {"",           "Today ",           "Today, ",          "In Kestby, ",
                                  "In Kestby today, ", "In Kestby on Monday, ", "Late in Kestby on Monday, ",
                                  "Late at night in Kestby on Monday, "};
  for (const char* opening : openings) {
    const Annotated t("\"We will keep working,\" said Tom Smith. " + std::string(opening) +
                      "Jane Roe criticized the \"reckless\" tone of Norway's statements.");
    EXPECT_TRUE(t.has_relation("Jane Roe", "CRITICIZED", "Norway")) << opening;
  }
}

// Row 23.448: the lower-case sports words are counted after every count of words before
// them (entities.cpp sports_report(), read by is_sports_report()): three, two of them
// different, make a sports report; capitalised ones, or one word three times, do not.
TEST(TokenWalk, SportsWordsAreCountedAfterEveryCountOfWordsBeforeThem) {
  const Lexicons& lex = gazette::testing::pipeline().lexicons();
  for (std::size_t n = 0; n <= 9; ++n) {
    const Annotated report(first_words(n) + "the striker scored twice in the league match.");
    EXPECT_TRUE(is_sports_report(report.a, lex)) << n;
    const Annotated capitals(first_words(n) + "the Striker scored twice in the League Match.");
    EXPECT_FALSE(is_sports_report(capitals.a, lex)) << n;
    const Annotated one_word(first_words(n) + "the striker passed to a striker and another striker.");
    EXPECT_FALSE(is_sports_report(one_word.a, lex)) << n;
  }
}
