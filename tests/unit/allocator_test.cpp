// src/cli/allocator.hpp: run_tuned() runs the program's body and gives back its exit
// code and its exceptions, with or without mimalloc (the tests do not link it; the
// programs do, where the body runs on a thread of its own: checked end to end by
// e2e.golden, e2e.faults and e2e.kill through the gazette binary, and here through
// mimalloc's statistics of the gazette binary).
#include "allocator.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

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

namespace {

// The peak of mimalloc's committed memory in MiB, from the statistics the gazette binary
// prints on exit with MIMALLOC_SHOW_STATS=1 (its " committed:" line: peak, total, freed,
// current); -1 without that line (a binary without mimalloc).
double committed_peak_mib(const std::string& stats) {
  const auto at = stats.find(" committed:");
  if (at == std::string::npos) return -1;
  std::istringstream line(stats.substr(at + 11));
  double value = 0;
  std::string unit;
  line >> value >> unit;
  if (unit == "KiB") return value / 1024;
  if (unit == "GiB") return value * 1024;
  return unit == "MiB" ? value : -1;
}

std::string run_binary_stats(const std::string& input, const std::string& environment = "", int jobs = 2,
                             const std::string& command_name = "annotate", const std::string& options = "") {
  const std::string command = environment + " MIMALLOC_SHOW_STATS=1 '" + std::string(GAZETTE_BINARY) + "' " +
                              command_name + " --jobs " + std::to_string(jobs) + " -q " + options + " '" + input +
                              "' 2>&1 >/dev/null";
  std::string out;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    std::array<char, 4096> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe)) out += buffer.data();
    ::pclose(pipe);
  }
  return out;
}

}  // namespace

// Row 23.103: in `build`, only the program's own thread commits its first 32 MiB segment
// whole; the workers, the commit and the graph-file writers commit theirs as used, so
// mimalloc's committed peak stays well under what every thread's whole segment makes
// (192.0 MiB for this input, MIMALLOC_EAGER_COMMIT_DELAY=0; 75 to 106 MiB as used, by
// the threads' timing).
TEST(Allocator, BuildsThreadsCommitTheirFirstSegmentAsUsed) {
  if (std::getenv("MIMALLOC_LARGE_OS_PAGES") || std::getenv("MIMALLOC_EAGER_COMMIT_DELAY"))
    GTEST_SKIP() << "allocator set from the environment";
  const auto dir = std::filesystem::temp_directory_path() / "gazette-allocator-build-test";
  const auto input = std::filesystem::temp_directory_path() / "gazette-allocator-build-test.jsonl";
  std::filesystem::remove_all(dir);
  {
    std::ofstream out(input);
    out << R"({"id":"a","text":"Mara Lindqvist, the mayor of Osterby, said: \"The ferry will run again in May.\""})"
        << '\n'
        << R"({"id":"b","text":"Piet Harmsen said the new harbour wall was finished."})" << '\n';
  }
  const double peak =
      committed_peak_mib(run_binary_stats(input.string(), "", 2, "build", "-o '" + dir.string() + "'"));
  std::filesystem::remove(input);
  std::filesystem::remove_all(dir);
  if (peak < 0) GTEST_SKIP() << "the binary does not link mimalloc";
  EXPECT_GT(peak, 0.0);
  EXPECT_LT(peak, 160.0);
}

// Row 23.185: `annotate`'s only threads are its workers, which commit their first segment
// whole on huge pages as the program's thread does: no page given back and faulted in
// again between batches (news-x4 `--jobs 2`: 9,797-11,253 page faults -> 596-640). With two workers
// the committed peak is the program's two segments and at least one worker's whole
// segment (96 or 128 MiB; 68 MiB when the workers committed as used).
TEST(Allocator, AnnotatesWorkersCommitTheirFirstSegmentWhole) {
  if (std::getenv("MIMALLOC_LARGE_OS_PAGES") || std::getenv("MIMALLOC_EAGER_COMMIT_DELAY"))
    GTEST_SKIP() << "allocator set from the environment";
  const auto input = std::filesystem::temp_directory_path() / "gazette-allocator-test.jsonl";
  {
    std::ofstream out(input);
    out << R"({"id":"a","text":"Mara Lindqvist, the mayor of Osterby, said: \"The ferry will run again in May.\""})"
        << '\n'
        << R"({"id":"b","text":"Piet Harmsen said the new harbour wall was finished."})" << '\n';
  }
  const double one = committed_peak_mib(run_binary_stats(input.string(), "", 1));
  const double two = committed_peak_mib(run_binary_stats(input.string(), "", 2));
  std::filesystem::remove(input);
  if (one < 0 || two < 0) GTEST_SKIP() << "the binary does not link mimalloc";
  EXPECT_GE(two, 96.0);
  EXPECT_GE(two - one, 32.0);  // a worker's whole 32 MiB segment
}

// The command is argv[1] (run.cpp): `annotate` there, and only there, has its threads
// commit whole.
TEST(Allocator, OnlyAnnotateHasItsThreadsCommitWhole) {
  using gazette::cli::Threads;
  auto of = [](std::vector<std::string> args) {
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    return gazette::cli::threads_of_command(static_cast<int>(argv.size()), argv.data());
  };
  EXPECT_EQ(of({"gazette", "annotate", "--jobs", "2", "news.jsonl"}), Threads::Whole);
  EXPECT_EQ(of({"gazette", "annotate", "--jobs", "1", "news.jsonl"}), Threads::Whole);
  EXPECT_EQ(of({"gazette", "build", "--jobs", "2", "-o", "out", "news.jsonl"}), Threads::FirstSegmentAsUsed);
  EXPECT_EQ(of({"gazette", "explain", "annotate"}), Threads::FirstSegmentAsUsed);
  EXPECT_EQ(of({"gazette", "annotated"}), Threads::FirstSegmentAsUsed);
  EXPECT_EQ(of({"gazette"}), Threads::FirstSegmentAsUsed);
  // Without mimalloc the setting changes nothing: the body runs and its code comes back.
  EXPECT_EQ(gazette::cli::run_tuned([] { return 4; }, Threads::Whole), 4);
}

// Row 23.111: a MIMALLOC_EAGER_COMMIT_DELAY in the environment is the user's: run_tuned()
// no longer sets the delay to 0 over it (which committed the body thread's first 32 MiB
// segment whole whatever the user asked), so with a long delay mimalloc commits less.
TEST(Allocator, TheUsersEagerCommitDelayIsKept) {
  if (std::getenv("MIMALLOC_LARGE_OS_PAGES") || std::getenv("MIMALLOC_EAGER_COMMIT_DELAY"))
    GTEST_SKIP() << "allocator set from the environment";
  const auto input = std::filesystem::temp_directory_path() / "gazette-allocator-delay-test.jsonl";
  {
    std::ofstream out(input);
    out << R"({"id":"a","text":"Ona Brisk said: \"The bridge opens in June.\""})" << '\n';
  }
  const double tuned = committed_peak_mib(run_binary_stats(input.string(), "", 1));
  const double delayed = committed_peak_mib(run_binary_stats(input.string(), "MIMALLOC_EAGER_COMMIT_DELAY=100", 1));
  std::filesystem::remove(input);
  if (tuned < 0 || delayed < 0) GTEST_SKIP() << "the binary does not link mimalloc";
  EXPECT_LT(delayed, tuned);
}

// Row 23.189: each worker's whole first segment adds about 4-6 MB of peak RSS, and
// `--jobs` defaults to every core, so `annotate`'s workers commit whole only when there are
// at most two of them (kMaxWholeWorkers; `--jobs 2` keeps row 23.185's page-fault gain),
// counted as the runner counts them: `--jobs N`, `--jobs=N`, `-j N`, `-jN`, 0 or none
// every core.
TEST(Allocator, AnnotatesWorkersCommitWholeOnlyWhenThereAreAtMostTwo) {
  using gazette::cli::Threads;
  auto of = [](std::vector<std::string> args, unsigned cores) {
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    return gazette::cli::threads_of_command(static_cast<int>(argv.size()), argv.data(), cores);
  };
  EXPECT_EQ(of({"gazette", "annotate", "--jobs", "2", "news.jsonl"}, 64), Threads::Whole);
  EXPECT_EQ(of({"gazette", "annotate", "-j2", "news.jsonl"}, 64), Threads::Whole);
  EXPECT_EQ(of({"gazette", "annotate", "--jobs=1", "news.jsonl"}, 64), Threads::Whole);
  EXPECT_EQ(of({"gazette", "annotate", "--jobs", "3", "news.jsonl"}, 2), Threads::FirstSegmentAsUsed);
  EXPECT_EQ(of({"gazette", "annotate", "-j", "8", "news.jsonl"}, 2), Threads::FirstSegmentAsUsed);
  EXPECT_EQ(of({"gazette", "annotate", "--jobs=16", "news.jsonl"}, 2), Threads::FirstSegmentAsUsed);
  // None or 0: every core.
  EXPECT_EQ(of({"gazette", "annotate", "news.jsonl"}, 2), Threads::Whole);
  EXPECT_EQ(of({"gazette", "annotate", "news.jsonl"}, 1), Threads::Whole);
  EXPECT_EQ(of({"gazette", "annotate", "news.jsonl"}, 32), Threads::FirstSegmentAsUsed);
  EXPECT_EQ(of({"gazette", "annotate", "--jobs", "0", "news.jsonl"}, 8), Threads::FirstSegmentAsUsed);
  EXPECT_EQ(of({"gazette", "annotate", "--jobs", "0", "news.jsonl"}, 2), Threads::Whole);
  // Nothing after `--` is an option. Short flags combined (`-qj2`) are read as CLI11 reads
  // them (rows 23.190-23.191).
  EXPECT_EQ(of({"gazette", "annotate", "-qj2", "news.jsonl"}, 64), Threads::Whole);
  EXPECT_EQ(of({"gazette", "annotate", "--jobs", "2", "--", "-j8"}, 64), Threads::Whole);
  // No core count known (hardware_concurrency() 0): one, as the runner counts.
  char program[] = "gazette";
  char* alone[] = {program};
  EXPECT_EQ(gazette::cli::jobs_of_command(1, alone, 0), 1u);
}

// Rows 23.190-23.191: the allocator reads the worker count of every form CLI11 accepts for
// `-j,--jobs` (a short `-j` also inside a group of short flags, as `-qj2`), and counts it by
// the runner's rule (worker_count(): 0 is every core, at least 1).
TEST(Allocator, ReadsTheWorkerCountOfEveryFormOfJobs) {
  auto jobs = [](std::vector<std::string> args, unsigned cores) {
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    return gazette::cli::jobs_of_command(static_cast<int>(argv.size()), argv.data(), cores);
  };
  for (const auto& form : std::vector<std::vector<std::string>>{{"-qj2"},
                                                                 {"-j", "2"},
                                                                 {"--jobs=2"},
                                                                 {"--jobs", "2"},
                                                                 {"-j2"},
                                                                 {"-qj", "2"},
                                                                 {"-q", "-j2"},
                                                                 {"-o", "out", "-j", "2"}}) {
    std::vector<std::string> args{"gazette", "build"};
    args.insert(args.end(), form.begin(), form.end());
    args.push_back("news.jsonl");
    std::string joined;
    for (const auto& f : form) joined += f + ' ';
    EXPECT_EQ(jobs(args, 64), 2u) << joined;
  }
  // Another short option's value is not a worker count: `-oj2` writes to `j2`, and the
  // value after `-o` is the directory, even when it reads like a flag.
  EXPECT_EQ(jobs({"gazette", "build", "-oj2", "news.jsonl"}, 64), 64u);
  EXPECT_EQ(jobs({"gazette", "build", "-o", "-j2", "news.jsonl"}, 64), 64u);
  EXPECT_EQ(jobs({"gazette", "build", "-q", "news.jsonl"}, 8), 8u);
  EXPECT_EQ(jobs({"gazette", "build", "-qj0", "news.jsonl"}, 8), 8u);
  EXPECT_EQ(jobs({"gazette", "build", "-qj0", "news.jsonl"}, 0), 1u);
  // The runner's own rule, the same function.
  EXPECT_EQ(gazette::worker_count(3, 64), 3u);
  EXPECT_EQ(gazette::worker_count(0, 6), 6u);
  EXPECT_EQ(gazette::worker_count(0, 0), 1u);
}

// The same bound in the binary: with four workers mimalloc commits no worker's segment
// whole, so the committed peak stays under the 96 MiB of one whole worker segment over the
// program's two (68 MiB as used; 96 or 128 with the base's whole segments).
TEST(Allocator, AnnotatesFourWorkersCommitTheirFirstSegmentAsUsed) {
  if (std::getenv("MIMALLOC_LARGE_OS_PAGES") || std::getenv("MIMALLOC_EAGER_COMMIT_DELAY"))
    GTEST_SKIP() << "allocator set from the environment";
  const auto input = std::filesystem::temp_directory_path() / "gazette-allocator-four-test.jsonl";
  {
    std::ofstream out(input);
    for (int i = 0; i < 4; ++i)
      out << R"({"id":"d)" << i << R"(","text":"Mara Lindqvist, the mayor of Osterby, said the ferry )" << i
          << R"( would run again in May."})" << '\n';
  }
  const double four = committed_peak_mib(run_binary_stats(input.string(), "", 4));
  std::filesystem::remove(input);
  if (four < 0) GTEST_SKIP() << "the binary does not link mimalloc";
  EXPECT_GT(four, 0.0);
  EXPECT_LT(four, 96.0);
}
