// Allocator settings of the programs (gazette, gazette_bench): run_tuned() runs a
// program's body with mimalloc's memory on transparent huge pages. Built only when
// the program links mimalloc (CMake defines GAZETTE_MIMALLOC_OPTIONS); otherwise it
// just calls the body. Reads: the environment; writes: mimalloc's options. Never
// changes any output.
#pragma once

#ifdef GAZETTE_MIMALLOC_OPTIONS
#include <mimalloc.h>
#include <pthread.h>
#include <sys/resource.h>

#include <cstdlib>
#include <exception>
#include <functional>
#endif
#include "gazette/workers.hpp"

#include <charconv>
#include <cstddef>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>

namespace gazette::cli {

// How the threads the body starts get their memory, with mimalloc on huge pages (run_tuned()).
// FirstSegmentAsUsed: each commits its first 32 MiB segment as used, on 4 KiB pages given
// back after use and faulted in again (row 23.103: less memory for `build`, whose commit and
// graph-file writers are threads too). Whole: each commits it whole on huge pages, as the
// body's thread does (row 23.185: `annotate`, whose only threads are its workers; news-x4
// `--jobs 2` 9,797-11,253 page faults -> 596-640, the range of the runs measured).
enum class Threads { FirstSegmentAsUsed, Whole };

// The most workers whose first segments are committed whole (row 23.189): each one's whole
// segment adds about 4-6 MB of peak RSS over committing as used (news-2213, as used at
// 36ed04d -> whole at fb90815: `--jobs 2` 59 -> 68 MB, `--jobs 4` 63 -> 86, `--jobs 8`
// 72 -> 119: +9, +23 and +47 MB, 4.5-5.9 MB a worker), and `--jobs` defaults to every core, so on a many-core machine the default
// would grow by that much per core.
// Two keeps `--jobs 2`'s page-fault gain (row 23.185).
inline constexpr unsigned kMaxWholeWorkers = 2;

// The short options that take a value (common.cpp's `-j,--jobs`, cmd_build.cpp's
// `-o,--output-dir`, cmd_report.cpp's `-o,--output`; `-q` is a flag): in a group of short
// flags (`-qj2`) CLI11 reads such a letter's value from the rest of the group, else from the
// next argument.
inline constexpr std::string_view kShortOptionsWithValue = "jo";

// The value of `-j` in `argv[i]`, an argument of a single dash: a group of short flags
// read as CLI11 reads it (`-j2`, `-qj2`, `-qj 2`, `-j 2`; CLI11 rejects `-j=2`), the rest of
// the group after another option's letter being that option's value (`-oj2` writes to
// `j2`). `i` moves past a value taken from the next argument. Empty when `-j` is not in it.
inline std::string_view short_jobs_value(int argc, char** argv, int& i) {
  const std::string_view arg(argv[i]);
  for (std::size_t c = 1; c < arg.size(); ++c) {
    if (kShortOptionsWithValue.find(arg[c]) == std::string_view::npos) continue;
    std::string_view rest = arg.substr(c + 1);
    if (rest.empty() && i + 1 < argc) rest = argv[++i];
    return arg[c] == 'j' ? rest : std::string_view();
  }
  return {};
}

// The worker count `--jobs` asks for in `argv` (`--jobs N`, `--jobs=N`, `-j N`, `-jN`, and
// `-j` in a group of short flags, `-qj2`; none after a `--`; CLI11 rejects a repeated
// `--jobs`), counted by worker_count() as the runner counts it (0 or none is every core,
// `cores`, at least 1); an unreadable value is 0 (the command will fail on it anyway).
inline unsigned jobs_of_command(int argc, char** argv, unsigned cores) {
  unsigned jobs = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg(argv[i]);
    if (arg == "--") break;
    std::string_view value;
    if (arg == "--jobs" && i + 1 < argc) value = argv[++i];
    else if (arg.substr(0, 7) == "--jobs=") value = arg.substr(7);
    else if (arg.size() > 1 && arg[0] == '-' && arg[1] != '-') value = short_jobs_value(argc, argv, i);
    if (value.empty()) continue;
    unsigned n = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), n);
    jobs = error == std::errc() && end == value.data() + value.size() ? n : 0;
  }
  return worker_count(jobs, cores);
}

// The threads of the command `argv[1]` (run.cpp: the command is always the first
// argument): Whole for `annotate` with at most kMaxWholeWorkers workers (`--jobs`, by
// default `cores`), FirstSegmentAsUsed for every other, and for `annotate` with more
// workers (row 23.189).
inline Threads threads_of_command(int argc, char** argv, unsigned cores = std::thread::hardware_concurrency()) {
  return argc > 1 && std::string_view(argv[1]) == "annotate" && jobs_of_command(argc, argv, cores) <= kMaxWholeWorkers
             ? Threads::Whole
             : Threads::FirstSegmentAsUsed;
}

#ifdef GAZETTE_MIMALLOC_OPTIONS
namespace allocator_detail {

struct Body {
  std::function<int()> run;
  int code = 2;
  std::exception_ptr error;
  Threads threads = Threads::FirstSegmentAsUsed;
};

// The body's thread: its first allocation makes its first segment, committed whole on
// huge pages (eager_commit_delay 0); then, unless the program's threads are to commit
// whole too (Threads::Whole), the delay goes back to mimalloc's default 1, so every
// later thread (workers, the commit, the graph-file writers) commits its first segment
// as used, on 4 KiB pages that are given back, and only its further segments whole
// (row 23.103).
// A user's MIMALLOC_EAGER_COMMIT_DELAY is left as it is (mimalloc read it at start).
inline void* run_body(void* arg) {
  auto* body = static_cast<Body*>(arg);
  mi_free(mi_malloc(16));
  if (body->threads == Threads::FirstSegmentAsUsed && !std::getenv("MIMALLOC_EAGER_COMMIT_DELAY"))
    mi_option_set(mi_option_eager_commit_delay, 1);
  try {
    body->code = body->run();
  } catch (...) {
    body->error = std::current_exception();
  }
  return nullptr;
}

// The main thread's stack limit (RLIMIT_STACK), at least 8 MiB: the body's thread
// gets the stack the main thread would have had.
inline std::size_t main_stack_size() {
  constexpr std::size_t kMin = std::size_t{8} << 20;
  rlimit limit{};
  if (::getrlimit(RLIMIT_STACK, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return kMin;
  return limit.rlim_cur > kMin ? static_cast<std::size_t>(limit.rlim_cur) : kMin;
}

}  // namespace allocator_detail
#endif

// Runs `body` (int(), the program) and returns its exit code. With mimalloc, unless
// MIMALLOC_LARGE_OS_PAGES is in the environment (0 or 1: mimalloc then does as told),
// mimalloc is set to back its 32 MiB segments with transparent huge pages (madvise
// MADV_HUGEPAGE, honoured by the kernel's default `madvise` mode, ignored under
// `never`) committed whole (eager_commit_delay 0), and `body` runs on a new thread,
// whose segments are all made after that (the main thread's first segment was made
// before main() and stays on 4 KiB pages); once that thread has its first segment,
// the delay is 1 again unless `threads` is Threads::Whole: the threads it starts commit
// their first segment as used (a `--jobs 2` build of 1 GB peaked over 300 MB with every
// thread's committed whole). One page fault per 2 MiB instead of one
// per 4 KiB, and no decommit and fault again between documents: a fault costs about
// 10 microseconds on this project's virtual machines, and a build of news-2213 took
// 27,000 (docs/quality-log.md row 23.100). A MIMALLOC_EAGER_COMMIT_DELAY in the
// environment is respected: the delay is then never set here (row 23.111). An
// exception from `body` is rethrown here.
template <class Body>
int run_tuned(Body&& body, Threads threads = Threads::FirstSegmentAsUsed) {
#ifdef GAZETTE_MIMALLOC_OPTIONS
  if (!std::getenv("MIMALLOC_LARGE_OS_PAGES")) {
    mi_option_enable(mi_option_large_os_pages);
    if (!std::getenv("MIMALLOC_EAGER_COMMIT_DELAY")) mi_option_set(mi_option_eager_commit_delay, 0);
    allocator_detail::Body state{std::function<int()>(std::forward<Body>(body)), 2, nullptr, threads};
    pthread_attr_t attr;
    pthread_t thread;
    bool started = pthread_attr_init(&attr) == 0;
    if (started) {
      pthread_attr_setstacksize(&attr, allocator_detail::main_stack_size());
      started = pthread_create(&thread, &attr, allocator_detail::run_body, &state) == 0;
      pthread_attr_destroy(&attr);
    }
    if (!started) return state.run();  // no thread to be had: the main thread, as before
    pthread_join(thread, nullptr);
    if (state.error) std::rethrow_exception(state.error);
    return state.code;
  }
#else
  (void)threads;
#endif
  return std::forward<Body>(body)();
}

}  // namespace gazette::cli
