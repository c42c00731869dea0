#!/usr/bin/env bash
# Sanitizers and fuzzing: build with clang, AddressSanitizer + UndefinedBehaviorSanitizer
# (build-asan/, which also holds the libFuzzer target), run the fuzzer for 60 s and every
# test under the sanitizers. Prints the time of each step. Not yet part of .ci/run.
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
cmake -S . -B build-asan -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DGAZETTE_SANITIZE=ON -DGAZETTE_FUZZ=ON -DGAZETTE_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j"$JOBS"
step "fuzz 60 s"
FUZZ_BUILD_DIR=build-asan bash scripts/fuzz.sh 60
step "tests under ASan + UBSan"
# The one-line document of tests/e2e/bad_input.sh shrinks from 50 MB to 5 MB here.
(cd build-asan && GAZETTE_TEST_HUGE_MB=5 UBSAN_OPTIONS=print_stacktrace=1 \
   ctest --output-on-failure -j"$JOBS" --timeout 900)
step "done"
