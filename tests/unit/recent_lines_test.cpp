// gazette annotate's memory of recent annotations for later copies of a document
// (src/cli/recent_lines.hpp): found by text key, id and text length; bounded in bytes,
// the least recently used given up first.
#include "recent_lines.hpp"

#include <gtest/gtest.h>

#include <string>

using gazette::cli::RecentLines;

TEST(RecentLines, FindsTheAnnotationOfTheSameText) {
  RecentLines r(1000);
  r.keep(7, "a", 40, ",\"entities\":[]}\n");
  ASSERT_NE(r.find(7, "a", 40), nullptr);
  EXPECT_EQ(*r.find(7, "a", 40), ",\"entities\":[]}\n");
  EXPECT_EQ(r.find(7, "b", 40), nullptr);  // another first document
  EXPECT_EQ(r.find(7, "a", 41), nullptr);  // another text
  EXPECT_EQ(r.find(8, "a", 40), nullptr);
}

TEST(RecentLines, GivesUpTheLeastRecentlyUsedBeyondItsBudget) {
  RecentLines r(30);
  const std::string ten(10, 'x');
  r.keep(1, "a", 5, ten);
  r.keep(2, "b", 5, ten);
  r.keep(3, "c", 5, ten);
  ASSERT_NE(r.find(1, "a", 5), nullptr);  // now the most recent
  r.keep(4, "d", 5, ten);                 // gives up b
  EXPECT_EQ(r.find(2, "b", 5), nullptr);
  EXPECT_NE(r.find(1, "a", 5), nullptr);
  EXPECT_NE(r.find(3, "c", 5), nullptr);
  EXPECT_NE(r.find(4, "d", 5), nullptr);
  EXPECT_EQ(r.bytes(), 30u);
  r.keep(5, "e", 5, std::string(31, 'y'));  // larger than the budget: not kept
  EXPECT_EQ(r.find(5, "e", 5), nullptr);
  EXPECT_EQ(r.bytes(), 30u);
}
