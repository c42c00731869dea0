// gazette annotate's memory of recent annotations for later copies of a document
// (src/cli/recent_lines.hpp): found by text key, id and text length; a ring of a fixed
// number of bytes, the oldest lines given up first.
#include "recent_lines.hpp"

#include <gtest/gtest.h>

#include <string>

using gazette::cli::RecentLines;

TEST(RecentLines, FindsTheAnnotationOfTheSameText) {
  RecentLines r(1000);
  r.keep(7, "a", 40, ",\"entities\":[]}\n");
  EXPECT_EQ(r.find(7, "a", 40), ",\"entities\":[]}\n");
  EXPECT_EQ(r.find(7, "b", 40), "");  // another first document
  EXPECT_EQ(r.find(7, "a", 41), "");  // another text
  EXPECT_EQ(r.find(8, "a", 40), "");
}

TEST(RecentLines, GivesUpTheOldestLinesBeyondItsBudget) {
  RecentLines r(30);
  r.keep(1, "a", 5, std::string(10, 'a'));
  r.keep(2, "b", 5, std::string(10, 'b'));
  r.keep(3, "c", 5, std::string(10, 'c'));
  r.keep(4, "d", 5, std::string(10, 'd'));  // takes a's place
  EXPECT_EQ(r.find(1, "a", 5), "");
  EXPECT_EQ(r.find(2, "b", 5), std::string(10, 'b'));
  EXPECT_EQ(r.find(4, "d", 5), std::string(10, 'd'));
  r.keep(5, "e", 5, std::string(15, 'e'));  // b and c go
  EXPECT_EQ(r.find(2, "b", 5), "");
  EXPECT_EQ(r.find(3, "c", 5), "");
  EXPECT_EQ(r.find(4, "d", 5), std::string(10, 'd'));
  EXPECT_EQ(r.find(5, "e", 5), std::string(15, 'e'));
  r.keep(6, "f", 5, std::string(8, 'f'));  // no room after e: the ring's start, d goes
  EXPECT_EQ(r.find(4, "d", 5), "");
  EXPECT_EQ(r.find(5, "e", 5), std::string(15, 'e'));
  EXPECT_EQ(r.find(6, "f", 5), std::string(8, 'f'));
  EXPECT_EQ(r.lines(), 2u);
  r.keep(7, "g", 5, std::string(31, 'g'));  // larger than the budget: not kept
  EXPECT_EQ(r.find(7, "g", 5), "");
  EXPECT_EQ(r.lines(), 2u);
}

// A line written after the ring wrapped may run past the bytes written so far: its first
// part goes over older lines' bytes, the rest is appended (the ring grows only by what is
// written, never zero-filled first); every line kept reads back whole.
TEST(RecentLines, ALineRunningPastTheRingsEndReadsBackWhole) {
  RecentLines r(30);
  r.keep(1, "a", 5, std::string(10, 'a'));  // [0, 10)
  r.keep(2, "b", 5, std::string(10, 'b'));  // [10, 20)
  r.keep(3, "c", 5, std::string(12, 'c'));  // no room after b: [0, 12), a goes
  const std::string d = "dddddddddddd" "DDD";  // [12, 27): 8 bytes over b's, 7 appended
  r.keep(4, "d", 5, d);
  EXPECT_EQ(r.find(1, "a", 5), "");
  EXPECT_EQ(r.find(2, "b", 5), "");
  EXPECT_EQ(r.find(3, "c", 5), std::string(12, 'c'));
  EXPECT_EQ(r.find(4, "d", 5), d);
  r.keep(5, "e", 5, "eee");  // [27, 30): appended at the end
  EXPECT_EQ(r.find(4, "d", 5), d);
  EXPECT_EQ(r.find(5, "e", 5), "eee");
  EXPECT_EQ(r.lines(), 3u);
}
