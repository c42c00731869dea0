#!/usr/bin/env bash
# Sanitizers and fuzzing (part 2 of .ci/run): build with clang, AddressSanitizer +
# UndefinedBehaviorSanitizer (build-asan/, which also holds the libFuzzer target), run
# the fuzzer for 60 s, then the tests under the sanitizers: every unit test and the
# bad-input, faults, examples, quality, robust and kill end-to-end tests; e2e.dask is left out (it
# repeats the merge coverage of the unit tests and e2e.faults through Python workers,
# and is the slowest after faults). Prints the time of each step.
#   SANITIZER_SKIP_FUZZ=1   skips the fuzz step (scripts/fuzz.sh runs it alone)
# Any sanitizer report fails the script, even one from a gazette process whose exit
# code a test expects to be non-zero: reports are written to build-asan/sanitizer-logs/
# (log_path) and the script fails when that directory holds a log with a line in it at
# the end (an empty one is a process killed before it wrote a report: see below).
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS=$(nproc)
START=$SECONDS
step() { echo "== $1 [$((SECONDS - START)) s]"; }
bash scripts/install-deps.sh
step "build with ASan + UBSan (clang++, build-asan)"
# A build-asan/ configured with another compiler cannot be switched in place.
if [ -f build-asan/CMakeCache.txt ] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang' build-asan/CMakeCache.txt; then
  rm -rf build-asan
fi
# Line tables rather than full debug information (-g): every frame of a sanitizer report
# still has its file and line, for less build time. One ctest test per GoogleTest suite
# (GAZETTE_TEST_PER_SUITE, cmake/gtest_suites.cmake): every unit test runs, a suite per
# process, instead of 741 sanitized processes that take 0.15 s of CPU each to start and exit.
cmake -S . -B build-asan -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -gline-tables-only -DNDEBUG" -DGAZETTE_TEST_PER_SUITE=ON \
      -DGAZETTE_SANITIZE=ON -DGAZETTE_FUZZ=ON -DGAZETTE_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j"$JOBS"

# Every report stops the process (abort: exit code 134, never the 1 or 2 a test may
# expect) and goes to DIR/sanitizer.PID. Leak detection is on.
san_env() {  # san_env DIR: the environment for sanitized programs, reports to DIR
  echo "ASAN_OPTIONS=abort_on_error=1:halt_on_error=1:detect_leaks=1:log_path=$1/sanitizer"
  echo "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1:log_path=$1/sanitizer"
}

step "check that a sanitizer report fails this script"
# A program with one heap overflow, one signed overflow and one leak: each must abort
# and leave a report in the log directory, or the checks below would prove nothing.
PROBE_DIR=build-asan/sanitizer-probe
mkdir -p "$PROBE_DIR"
cat > "$PROBE_DIR/probe.cpp" <<'CPP'
#include <climits>
#include <cstdlib>
#include <cstring>
int main(int argc, char** argv) {
  const char* what = argc > 1 ? argv[1] : "";
  if (!std::strcmp(what, "address")) { int* p = new int[2]; int r = p[argc]; delete[] p; return r; }
  if (!std::strcmp(what, "undefined")) { int x = INT_MAX - 2 + argc; return x + 1 > 0 ? 0 : 3; }
  if (!std::strcmp(what, "leak")) { void* volatile p = std::malloc(64); p = nullptr; return 0; }
  return 0;
}
CPP
clang++ -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined "$PROBE_DIR/probe.cpp" -o "$PROBE_DIR/probe"
for kind in address undefined leak; do
  rm -rf "$PROBE_DIR/logs"; mkdir -p "$PROBE_DIR/logs"
  mapfile -t probe_env < <(san_env "$PWD/$PROBE_DIR/logs")
  rc=0
  { env "${probe_env[@]}" "$PROBE_DIR/probe" "$kind"; } 2> /dev/null || rc=$?
  if [ "$rc" -eq 0 ] || [ -z "$(find "$PROBE_DIR/logs" -type f ! -empty)" ]; then
    echo "test-sanitizers.sh: a $kind error in the probe gave exit code $rc and $(ls "$PROBE_DIR/logs" | wc -l) report(s)" >&2
    exit 1
  fi
  echo "$kind error: exit code $rc, report in the log directory"
done

if [ "${SANITIZER_SKIP_FUZZ:-0}" != 1 ]; then
  step "fuzz 60 s"
  FUZZ_BUILD_DIR=build-asan bash scripts/fuzz.sh 60
fi

step "tests under ASan + UBSan (all but e2e.dask)"
LOGS=$PWD/build-asan/sanitizer-logs
KILLED=$PWD/build-asan/sanitizer-logs-killed
rm -rf "$LOGS" "$KILLED"; mkdir -p "$LOGS"
# The one-line document of tests/e2e/bad_input.sh shrinks from 50 MB to 5 MB here, and
# tests/e2e/faults.sh's corpus from 1200 documents to 400: under the sanitizers a build
# of 400 still takes seconds, so each kill still lands in the middle of the run.
mapfile -t test_env < <(san_env "$LOGS")
set +e
(cd build-asan && env "${test_env[@]}" GAZETTE_TEST_HUGE_MB=5 FAULTS_DOCS=400 \
   ctest --output-on-failure -j"$JOBS" --timeout 900 -E '^e2e\.dask$')
rc=$?
set -e
# An empty log holds no report: the tests kill -9 gazette at arbitrary moments, and a
# process killed while LeakSanitizer checks it at exit leaves the file its tracer opened
# (named after the killed process) before the tracer, killed with it, wrote a line. A
# report has at least one line; those fail the script. The same race can let the tracer
# write one line first, `==T==Unable to get registers from thread P.`: it could not read
# the registers of the process it was stopping, because that process was being killed
# (LLVM calls the message spurious when it stands alone: llvm-project pull request
# 116555). A log holding that line and nothing else is set aside like an empty one; a log
# with anything more (a leak report, an ASan or UBSan error) still fails the script.
empty=$(find "$LOGS" -type f -empty -printf '%f ')
[ -z "$empty" ] || echo "test-sanitizers.sh: empty sanitizer logs (a process killed before it wrote a report): $empty"
for f in $(find "$LOGS" -type f ! -empty | sort); do
  if ! grep -qvE '^==[0-9]+==Unable to get registers from thread [0-9]+\.$' "$f"; then
    echo "test-sanitizers.sh: $(basename "$f") holds only LeakSanitizer's 'Unable to get registers' line (a process killed while it was checked at exit)"
    mkdir -p "$KILLED" && mv "$f" "$KILLED/"
  fi
done
if [ -n "$(find "$LOGS" -type f ! -empty)" ]; then
  echo "test-sanitizers.sh: sanitizer reports in $LOGS:" >&2
  for f in $(find "$LOGS" -type f ! -empty | sort); do echo "--- $f" >&2; head -n 60 "$f" >&2; done
  exit 1
fi
[ "$rc" -eq 0 ] || { echo "test-sanitizers.sh: ctest failed (exit $rc)" >&2; exit "$rc"; }
step "done: no sanitizer report"
