#!/usr/bin/env bash
# Command 1 of the README: install, build, and build the graph of examples/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DGAZETTE_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" --target gazette
./build/gazette build examples/articles -o out
echo
echo "Open the report in a browser: $(pwd)/out/index.html"
