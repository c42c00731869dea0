// The global operator new and delete over a per-thread cache of small blocks
// (small_blocks.hpp).
#include "gazette/small_blocks.hpp"

#include <array>
#include <cstdint>
#include <cstdlib>
#include <new>

#if defined(__SANITIZE_ADDRESS__) || !defined(__GLIBC__)
#define GAZETTE_SMALL_BLOCKS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GAZETTE_SMALL_BLOCKS 0
#endif
#endif
#ifndef GAZETTE_SMALL_BLOCKS
#define GAZETTE_SMALL_BLOCKS 1
#endif

#if GAZETTE_SMALL_BLOCKS
#include <malloc.h>  // malloc_usable_size (glibc)
#endif

namespace gazette::small_blocks {

#if GAZETTE_SMALL_BLOCKS

namespace {

constexpr std::size_t kGrain = 16;                         // block sizes are multiples of 16
constexpr std::size_t kClasses = kMaxSmallBlock / kGrain;  // class c: blocks of c * 16 bytes
constexpr std::size_t kKeptBytes = 8192;                  // a thread keeps about this many bytes of blocks a class

struct FreeBlock {
  FreeBlock* next;
};

// A thread's lists. Trivially destructible (no TLS guard on the hot path); the Flusher
// below hands the blocks back to free() when the thread ends and turns the lists off.
struct Lists {
  FreeBlock* head[kClasses + 1];
  std::uint32_t count[kClasses + 1];
  bool armed;  // the thread's Flusher is made
  bool off;    // the thread is ending: blocks go straight to free()
};
constinit thread_local Lists lists{};

// The blocks a thread keeps of class c: about kKeptBytes of them.
constexpr auto kKeep = [] {
  std::array<std::uint32_t, kClasses + 1> keep{};
  for (std::size_t c = 1; c <= kClasses; ++c) keep[c] = static_cast<std::uint32_t>(kKeptBytes / (c * kGrain));
  return keep;
}();

struct Flusher {
  Flusher() = default;
  Flusher(const Flusher&) = delete;
  Flusher& operator=(const Flusher&) = delete;
  ~Flusher() {
    lists.off = true;
    for (std::size_t c = 1; c <= kClasses; ++c)
      while (FreeBlock* f = lists.head[c]) {
        lists.head[c] = f->next;
        std::free(f);
      }
  }
};

// The class of a block of `n` bytes (1 for 0), or 0 past kMaxSmallBlock.
inline std::size_t class_of(std::size_t n) {
  const std::size_t c = (n + kGrain - 1) / kGrain;
  return c - 1 < kClasses ? c : n == 0 ? 1 : 0;
}

// operator new past the lists: malloc (c * 16 bytes for a small block, so any block of
// its class fits), the new-handler loop, std::bad_alloc.
[[gnu::noinline]] void* new_block(std::size_t n) {
  const std::size_t c = class_of(n);
  for (;;) {
    if (void* p = std::malloc(c != 0 ? c * kGrain : n)) return p;
    const std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) throw std::bad_alloc();
    handler();
  }
}

// The hot path of operator new: the head of the list of n bytes' class, or malloc.
inline void* take(std::size_t n) {
  const std::size_t c = (n + kGrain - 1) / kGrain;
  if (c - 1 < kClasses)
    if (FreeBlock* f = lists.head[c]) {
      lists.head[c] = f->next;
      --lists.count[c];
      return f;
    }
  return new_block(n);
}

inline void push(void* p, std::size_t c) {
  auto* const f = static_cast<FreeBlock*>(p);
  f->next = lists.head[c];
  lists.head[c] = f;
  ++lists.count[c];
}

// operator delete past the hot path: the thread's first block kept (its Flusher made
// first), or free().
[[gnu::noinline]] void keep_or_free(void* p, std::size_t c) noexcept {
  if (c != 0 && !lists.off && !lists.armed) {
    lists.armed = true;
    thread_local Flusher flusher;  // destroyed when the thread ends
    (void)flusher;
    push(p, c);
    return;
  }
  std::free(p);
}

// The hot path of operator delete for a block of class c: onto this thread's list while
// the list has room.
inline void give(void* p, std::size_t c) noexcept {
  if (c != 0 && lists.armed && !lists.off && lists.count[c] < kKeep[c]) {
    push(p, c);
    return;
  }
  keep_or_free(p, c);
}

// A block freed without its size: its class from the bytes malloc says it holds (at least
// what it was asked for; a small block's class fits in them).
inline void give_unsized(void* p) noexcept {
  if (p == nullptr) return;
  const std::size_t usable = malloc_usable_size(p) / kGrain;
  give(p, usable <= kClasses ? usable : 0);
}

inline void give_sized(void* p, std::size_t n) noexcept {
  if (p == nullptr) return;
  give(p, class_of(n));
}

}  // namespace

bool enabled() { return true; }

std::size_t cached_on_this_thread() {
  std::size_t n = 0;
  for (std::size_t c = 1; c <= kClasses; ++c) n += lists.count[c];
  return n;
}

#else

bool enabled() { return false; }
std::size_t cached_on_this_thread() { return 0; }

#endif

}  // namespace gazette::small_blocks

#if GAZETTE_SMALL_BLOCKS

void* operator new(std::size_t n) { return gazette::small_blocks::take(n); }
void* operator new[](std::size_t n) { return gazette::small_blocks::take(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  try {
    return gazette::small_blocks::take(n);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t n, const std::nothrow_t& t) noexcept { return ::operator new(n, t); }
void operator delete(void* p) noexcept { gazette::small_blocks::give_unsized(p); }
void operator delete[](void* p) noexcept { gazette::small_blocks::give_unsized(p); }
void operator delete(void* p, std::size_t n) noexcept { gazette::small_blocks::give_sized(p, n); }
void operator delete[](void* p, std::size_t n) noexcept { gazette::small_blocks::give_sized(p, n); }
void operator delete(void* p, const std::nothrow_t&) noexcept { gazette::small_blocks::give_unsized(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { gazette::small_blocks::give_unsized(p); }

#endif
