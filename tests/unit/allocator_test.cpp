// src/cli/allocator.hpp: run_tuned() runs the program's body and gives back its exit
// code and its exceptions, with or without mimalloc (the tests do not link it; the
// programs do, where the body runs on a thread of its own: checked end to end by
// e2e.golden, e2e.faults and e2e.kill through the gazette binary).
#include "allocator.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

TEST(Allocator, RunTunedReturnsTheBodysExitCode) {
  int calls = 0;
  EXPECT_EQ(gazette::cli::run_tuned([&calls] { ++calls; return 3; }), 3);
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(gazette::cli::run_tuned([] { return 0; }), 0);
}

TEST(Allocator, RunTunedPassesTheBodysExceptionOn) {
  try {
    (void)gazette::cli::run_tuned([]() -> int { throw std::runtime_error("no such file"); });
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), "no such file");
  }
}
