#!/usr/bin/env bash
# Command 2 of the README: install, build (warnings are errors), run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# Release: the flags the program ships with (-O2 -fno-plt), without RelWithDebInfo's -g,
# which made the build half as long again (no test reads debug information).
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=Release -DGAZETTE_WERROR=ON >/dev/null
cmake --build build-test -j"$(nproc)"
cd build-test
ctest --output-on-failure -j"$(nproc)"
