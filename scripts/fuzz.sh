#!/usr/bin/env bash
# Builds the libFuzzer target tests/fuzz/fuzz_annotate (clang, ASan+UBSan) and runs it
# for SECONDS (default 60) on one core, starting from the seeds in tests/fuzz/corpus/.
#   bash scripts/fuzz.sh 600            (FUZZ_SEED=0 bash scripts/fuzz.sh 600: a random seed)
# The build goes to build-fuzz/ (FUZZ_BUILD_DIR=DIR to use another tree configured
# with -DGAZETTE_FUZZ=ON: scripts/test-sanitizers.sh uses its build-asan/). Inputs that
# reach new code are kept in DIR/corpus/ (not committed); a crashing, leaking or slow
# input is saved as tests/fuzz/crashes/<kind>-<sha1> and the script exits 1.
# Reproduce one with: DIR/fuzz_annotate tests/fuzz/crashes/FILE
set -euo pipefail
SECONDS_TO_RUN=${1:-60}
# A fixed seed (FUZZ_SEED, default 1) makes CI's run follow the same mutations every
# time; FUZZ_SEED=0 lets libFuzzer pick one (longer local runs).
SEED=${FUZZ_SEED:-1}
cd "$(dirname "$0")/.."
BUILD=${FUZZ_BUILD_DIR:-build-fuzz}
if ! command -v clang++ > /dev/null; then
  echo "fuzz.sh: clang++ not found: run scripts/install-deps.sh (packages clang, libclang-rt-14-dev)" >&2
  exit 2
fi
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DGAZETTE_FUZZ=ON -DGAZETTE_BUILD_TESTS=OFF -DGAZETTE_BUILD_BENCH=OFF > /dev/null
fi
grep -q '^GAZETTE_FUZZ:BOOL=ON' "$BUILD/CMakeCache.txt" \
  || { echo "fuzz.sh: $BUILD is not configured with -DGAZETTE_FUZZ=ON" >&2; exit 2; }
cmake --build "$BUILD" --target fuzz_annotate -j"$(nproc)"
mkdir -p "$BUILD/corpus" tests/fuzz/crashes
# Leak detection stays on: the Pipeline the target builds once stays reachable.
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
echo "fuzz.sh: running $BUILD/fuzz_annotate for $SECONDS_TO_RUN s (log: $BUILD/fuzz.log)"
set +e
"$BUILD/fuzz_annotate" "$BUILD/corpus" tests/fuzz/corpus \
  -max_total_time="$SECONDS_TO_RUN" -seed="$SEED" -max_len=65536 -timeout=30 -rss_limit_mb=4096 \
  -print_final_stats=1 -artifact_prefix=tests/fuzz/crashes/ > "$BUILD/fuzz.log" 2>&1
rc=$?
set -e
grep -E '^(Done [0-9]+ runs|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)' "$BUILD/fuzz.log" || true
if [ "$rc" -ne 0 ]; then
  echo "fuzz.sh: the fuzzer found a problem (exit $rc); the end of $BUILD/fuzz.log:" >&2
  tail -n 60 "$BUILD/fuzz.log" >&2
  ls -l tests/fuzz/crashes/ >&2
  exit 1
fi
rmdir tests/fuzz/crashes 2> /dev/null || true
echo "fuzz.sh: no finding in $SECONDS_TO_RUN s"
