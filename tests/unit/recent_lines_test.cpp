// gazette annotate's memory of recent annotations for later copies of a document
// (src/cli/recent_lines.hpp): found by text key, id and text length, in the output's
// blocks where the lines were written (row 23.414: never copied); the oldest blocks,
// with their lines, given up beyond a budget and their buffers used again.
#include "recent_lines.hpp"
#include "stdout_lines.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

using gazette::cli::RecentLines;

namespace {

// Appends `body` after a made-up head to `block` and keeps it; returns its offset.
std::size_t write_line(RecentLines& r, std::string& block, std::uint64_t key, const char* id, const std::string& body) {
  block += "{\"id\":\"";
  block += id;
  block += "\"";
  const std::size_t offset = block.size();
  block += body;
  r.keep(key, id, 5, offset, body.size());
  return offset;
}

}  // namespace

TEST(RecentLines, FindsTheAnnotationOfTheSameText) {
  std::string block;
  RecentLines r(1000, block);
  block += "{\"id\":\"a\"";
  r.keep(7, "a", 40, block.size(), 16);
  block += ",\"entities\":[]}\n";
  EXPECT_EQ(r.find(7, "a", 40), ",\"entities\":[]}\n");
  EXPECT_EQ(r.find(7, "b", 40), "");  // another first document
  EXPECT_EQ(r.find(7, "a", 41), "");  // another text
  EXPECT_EQ(r.find(8, "a", 40), "");
}

// A line is read where it was written: in the current block, then, once the block is
// retired, in the same bytes (the block's buffer moved in, not copied).
TEST(RecentLines, ALineIsReadWhereItWasWrittenBeforeAndAfterItsBlockIsRetired) {
  std::string block;
  RecentLines r(1000, block);
  const std::size_t at = write_line(r, block, 1, "a", std::string(40, 'a') + "\n");
  const char* const bytes = block.data();
  EXPECT_EQ(r.find(1, "a", 5).data(), bytes + at);
  r.retire(block);
  EXPECT_TRUE(block.empty());
  EXPECT_GE(block.capacity(), 40u);  // room for the next block
  EXPECT_EQ(r.find(1, "a", 5).data(), bytes + at);
  EXPECT_EQ(r.find(1, "a", 5), std::string(40, 'a') + "\n");
  write_line(r, block, 2, "b", "bbb\n");  // in the new current block
  EXPECT_EQ(r.find(2, "b", 5), "bbb\n");
  EXPECT_EQ(r.find(1, "a", 5), std::string(40, 'a') + "\n");
  EXPECT_EQ(r.lines(), 2u);
}

TEST(RecentLines, GivesUpTheOldestBlocksBeyondItsBudgetAndUsesTheirBuffersAgain) {
  std::string block;
  RecentLines r(60, block);
  write_line(r, block, 1, "a", std::string(10, 'a'));
  write_line(r, block, 2, "b", std::string(10, 'b'));
  const char* const first = block.data();
  r.retire(block);  // 38 bytes kept
  write_line(r, block, 3, "c", std::string(10, 'c'));
  r.retire(block);  // 57 bytes kept
  EXPECT_EQ(r.blocks(), 2u);
  EXPECT_EQ(r.find(1, "a", 5), std::string(10, 'a'));
  write_line(r, block, 4, "d", std::string(10, 'd'));
  r.retire(block);  // 76 bytes: the first block goes, a and b with it
  EXPECT_EQ(r.blocks(), 2u);
  EXPECT_EQ(block.data(), first);  // its buffer is the next block
  EXPECT_TRUE(block.empty());
  EXPECT_EQ(r.find(1, "a", 5), "");
  EXPECT_EQ(r.find(2, "b", 5), "");
  EXPECT_EQ(r.find(3, "c", 5), std::string(10, 'c'));
  EXPECT_EQ(r.find(4, "d", 5), std::string(10, 'd'));
  EXPECT_EQ(r.lines(), 2u);
  write_line(r, block, 5, "e", std::string(70, 'e'));  // a block larger than the budget
  EXPECT_EQ(r.find(5, "e", 5), std::string(70, 'e'));  // found while it is being written
  r.retire(block);  // every block goes
  EXPECT_EQ(r.blocks(), 0u);
  EXPECT_EQ(r.find(4, "d", 5), "");
  EXPECT_EQ(r.find(5, "e", 5), "");
  EXPECT_EQ(r.lines(), 0u);
}

// The latest line of a text key is the one found; an older line of the key given up
// does not take the newer one with it.
TEST(RecentLines, TheLatestLineOfAKeyIsFound) {
  std::string block;
  RecentLines r(45, block);
  write_line(r, block, 9, "a", "first");
  r.retire(block);
  write_line(r, block, 9, "a", "second");
  EXPECT_EQ(r.find(9, "a", 5), "second");
  r.retire(block);
  write_line(r, block, 9, "a", "third one, longer");
  r.retire(block);  // the first block goes
  EXPECT_EQ(r.find(9, "a", 5), "third one, longer");
}

// StdoutLines hands each block it writes out to RecentLines: the lines kept are read
// back from it, and the file gets every line once.
TEST(RecentLines, StdoutLinesHandsItsWrittenBlocksOver) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  {
    gazette::cli::StdoutLines lines(f);
    RecentLines r(1 << 20, lines.text());
    lines.hand_over([&r](std::string& b) { r.retire(b); });
    write_line(r, lines.text(), 1, "a", ",\"x\":1}\n");
    lines.added();
    lines.flush();
    EXPECT_TRUE(lines.text().empty());
    EXPECT_EQ(r.blocks(), 1u);
    write_line(r, lines.text(), 2, "b", ",\"x\":2}\n");
    lines.added();
    EXPECT_EQ(r.find(1, "a", 5), ",\"x\":1}\n");
    EXPECT_EQ(r.find(2, "b", 5), ",\"x\":2}\n");
    lines.flush();
    EXPECT_EQ(r.blocks(), 2u);
    EXPECT_EQ(r.find(2, "b", 5), ",\"x\":2}\n");
  }
  std::fflush(f);
  std::rewind(f);
  char buf[128] = {};
  const std::size_t n = std::fread(buf, 1, sizeof buf - 1, f);
  EXPECT_EQ(std::string(buf, n), "{\"id\":\"a\",\"x\":1}\n{\"id\":\"b\",\"x\":2}\n");
  std::fclose(f);
}

// The destructor (also when an exception ends the run) writes the complete lines and
// hands nothing over: the RecentLines may be gone by then.
TEST(RecentLines, StdoutLinesDestructorHandsNothingOver) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  int handed = 0;
  {
    gazette::cli::StdoutLines lines(f);
    lines.hand_over([&handed](std::string& b) { ++handed; b.clear(); });
    lines.text() += "{\"id\":\"a\"}\n";
    lines.added();
  }
  EXPECT_EQ(handed, 0);
  std::fflush(f);
  EXPECT_EQ(std::ftell(f), 11);
  std::fclose(f);
}
