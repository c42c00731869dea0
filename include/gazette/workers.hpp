// The worker count of a run: one rule for the runner (run_annotator(), RunOptions::jobs) and
// for the allocator settings the program picks before it parses its command line
// (src/cli/allocator.hpp), so that both count the same workers.
#pragma once

#include <algorithm>
#include <thread>

namespace gazette {

// The workers `jobs` asks for: 0 is every core (`cores`, by default the machine's), and at
// least 1 (hardware_concurrency() is 0 when it is not known).
inline unsigned worker_count(unsigned jobs, unsigned cores = std::thread::hardware_concurrency()) {
  return jobs ? jobs : std::max(1u, cores);
}

}  // namespace gazette
