// small_blocks.hpp: the program's operator new and delete (issue #23), a per-thread cache
// of small blocks in front of malloc.
//
// Annotating a document makes and frees a few hundred small blocks (strings, vectors,
// map nodes: ~420 a news article), and freeing a whole annotation at once overflows
// glibc's per-thread cache (7 blocks a size) into its slower paths: malloc and free took
// about 8 % of annotate's instructions. small_blocks.cpp replaces the global operator new
// and delete (every program linking gazette_core: the linker takes them from the library
// before libstdc++'s). A block of up to kMaxSmallBlock bytes is rounded up to a multiple
// of 16 and, when freed, kept on its thread's list of that size (up to about 16 KB of
// blocks a size, the rest go back to free()), so the next block of the size is taken from
// the list. Every block is malloc'd with a 16-byte header holding its size class, so a
// block may be freed on any thread (the pipeline's workers make annotations the calling
// thread frees). A thread's lists go back to free() when it ends. Builds with
// AddressSanitizer keep the library's operator new, so its checks see every block.
#pragma once

#include <cstddef>

namespace gazette::small_blocks {

inline constexpr std::size_t kMaxSmallBlock = 4096;

// Whether this program's operator new is the cache's (false under AddressSanitizer).
bool enabled();
// The blocks of up to kMaxSmallBlock bytes this thread keeps for reuse.
std::size_t cached_on_this_thread();

}  // namespace gazette::small_blocks
