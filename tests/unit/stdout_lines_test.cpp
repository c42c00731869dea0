// gazette annotate's output buffer (src/cli/stdout_lines.hpp): lines held and written in
// blocks; an exception that ends the run while a line is being written leaves only the
// complete lines (review s41, item 11: the unwind printed a cut JSON line).
#include "stdout_lines.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <new>
#include <string>

namespace {

std::string read_back(std::FILE* f) {
  std::fflush(f);
  std::rewind(f);
  std::string got;
  char buf[256];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) got.append(buf, n);
  return got;
}

}  // namespace

TEST(StdoutLines, AnExceptionWhileALineIsWrittenLeavesOnlyTheCompleteLines) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  try {
    gazette::cli::StdoutLines lines(f);
    lines.text() += "{\"id\":\"a\"}\n";
    lines.added();
    lines.text() += "{\"id\":\"b\",\"entities\":[";  // cut by the exception
    throw std::bad_alloc();
  } catch (const std::bad_alloc&) {
  }
  EXPECT_EQ(read_back(f), "{\"id\":\"a\"}\n");
  std::fclose(f);
}

TEST(StdoutLines, EveryAddedLineIsWrittenWhenTheRunEnds) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  {
    gazette::cli::StdoutLines lines(f);
    for (const char* id : {"a", "b", "c"}) {
      lines.text() += std::string("{\"id\":\"") + id + "\"}\n";
      lines.added();
    }
  }
  EXPECT_EQ(read_back(f), "{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"c\"}\n");
  std::fclose(f);
}
