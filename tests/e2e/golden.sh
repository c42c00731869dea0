#!/usr/bin/env bash
# annotate output on examples/articles.jsonl (articles the project wrote itself) equals
# tests/golden/annotate.jsonl byte for byte. A change of extraction that is meant must
# update it:  gazette annotate --quiet examples/articles.jsonl > tests/golden/annotate.jsonl
set -euo pipefail
GAZETTE=$1; SRC=$2; WORK=$3
rm -rf "$WORK"; mkdir -p "$WORK"; cd "$WORK"
"$GAZETTE" annotate --quiet "$SRC/examples/articles.jsonl" > annotate.jsonl
if ! cmp -s annotate.jsonl "$SRC/tests/golden/annotate.jsonl"; then
  diff <(tr ',' '\n' < "$SRC/tests/golden/annotate.jsonl") <(tr ',' '\n' < annotate.jsonl) | head -40
  echo "annotate output differs from tests/golden/annotate.jsonl (see the header of this test to update it)"
  exit 1
fi
echo "golden: identical"
