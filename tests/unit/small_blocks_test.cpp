#include "gazette/small_blocks.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <new>
#include <string>
#include <thread>
#include <vector>

namespace gazette {
namespace {

// Calls through volatile pointers: the compiler may not pair up and drop them.
void* allocate(std::size_t n) {
  void* volatile p = ::operator new(n);
  return p;
}

// A freed small block is the next block of its size class on the same thread (a multiple
// of 16 bytes: 33 and 48 bytes share one), freed with its size or without.
TEST(SmallBlocks, AFreedBlockIsReusedForTheNextOfItsSize) {
  if (!small_blocks::enabled()) GTEST_SKIP() << "the library's operator new (AddressSanitizer build)";
  void* const a = allocate(33);
  std::memset(a, 'x', 33);
  ::operator delete(a, 33);
  EXPECT_EQ(allocate(48), a);
  ::operator delete(a, 48);
  void* const b = allocate(100);
  ::operator delete(b);  // no size: its class from malloc's usable size
  EXPECT_EQ(allocate(100), b);
  ::operator delete(b, 100);
  void* const c = allocate(20);  // another class: not a's block
  EXPECT_NE(c, a);
  ::operator delete(c, 20);
}

// A thread keeps a bounded number of blocks of a size: 8 KB of 4 KB blocks is two; the
// rest go back to malloc. Blocks larger than kMaxSmallBlock are never kept.
TEST(SmallBlocks, AThreadKeepsABoundedNumberOfBlocksOfASize) {
  if (!small_blocks::enabled()) GTEST_SKIP() << "the library's operator new (AddressSanitizer build)";
  std::vector<void*> blocks;
  blocks.reserve(100);  // no buffer of its own freed below
  const std::size_t before = small_blocks::cached_on_this_thread();
  for (int k = 0; k < 100; ++k) blocks.push_back(allocate(small_blocks::kMaxSmallBlock));
  const std::size_t taken = before - small_blocks::cached_on_this_thread();  // any kept ones were reused
  for (void* p : blocks) ::operator delete(p, small_blocks::kMaxSmallBlock);
  EXPECT_EQ(small_blocks::cached_on_this_thread(), before - taken + 2);
  const std::size_t kept = small_blocks::cached_on_this_thread();
  void* const big = allocate(small_blocks::kMaxSmallBlock * 4);
  std::memset(big, 'y', small_blocks::kMaxSmallBlock * 4);
  ::operator delete(big, small_blocks::kMaxSmallBlock * 4);
  EXPECT_EQ(small_blocks::cached_on_this_thread(), kept);
}

// Blocks made on one thread may be freed on another (the pipeline's workers make the
// annotations the calling thread frees), and strings and vectors work across threads.
TEST(SmallBlocks, BlocksMayBeFreedOnAnotherThread) {
  std::vector<std::string> made;
  std::thread worker([&] {
    for (int k = 0; k < 1000; ++k) made.push_back(std::string(static_cast<std::size_t>(20 + k % 200), 'a'));
  });
  worker.join();
  std::size_t bytes = 0;
  for (const auto& s : made) bytes += s.size();
  EXPECT_EQ(bytes, 1000u * 20u + 5u * (199u * 200u / 2u));
  made.clear();
  made.shrink_to_fit();
  std::thread other([] {
    std::vector<std::string> v(500, std::string(64, 'b'));
    EXPECT_EQ(v.back(), std::string(64, 'b'));
  });
  other.join();
}

}  // namespace
}  // namespace gazette
