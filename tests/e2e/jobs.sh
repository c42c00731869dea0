#!/usr/bin/env bash
# `--jobs 1` and `--jobs 2` give byte-identical annotate output (examples/, and the bench
# corpus of ../shared when it is there), and every stage of `--until` gives valid JSONL
# whose keys show how far the run went.
set -euo pipefail
GAZETTE=$1; SRC=$2; WORK=$3
PY=/usr/bin/python3
rm -rf "$WORK"; mkdir -p "$WORK"; cd "$WORK"

inputs=("$SRC/examples/articles.jsonl")
BENCH="$SRC/../shared/bench/news-2213.jsonl"
[ -f "$BENCH" ] && inputs+=("$BENCH")
for f in "${inputs[@]}"; do
  "$GAZETTE" annotate --quiet --jobs 1 "$f" > one.jsonl
  "$GAZETTE" annotate --quiet --jobs 2 "$f" > two.jsonl
  [ -s one.jsonl ] || { echo "no output for $f"; exit 1; }
  cmp one.jsonl two.jsonl || { echo "--jobs 1 and --jobs 2 differ on $f"; exit 1; }
done

for stage in tokens sentences mentions entities roles quotes coreference relations; do
  "$GAZETTE" annotate --quiet --until "$stage" "$SRC/examples/articles.jsonl" > "$stage.jsonl"
done
$PY - <<'PY'
import json
keys = {
    "tokens": {"tokens"}, "sentences": {"tokens", "sentences"}, "mentions": {"entities"},
    "entities": {"entities"}, "roles": {"entities", "roles"}, "quotes": {"entities", "roles", "quotes"},
    "coreference": {"entities", "roles", "quotes"}, "relations": {"entities", "quotes", "relations"},
}
resolved = {}
for stage, want in keys.items():
    docs = [json.loads(l) for l in open(stage + ".jsonl")]
    assert len(docs) == 8, (stage, len(docs))
    for d in docs:
        got = set(d) - {"id", "title", "date", "url", "source"}
        assert got == want, (stage, got)
    resolved[stage] = sum(1 for d in docs for e in d.get("entities", []) for m in e.get("mentions", [])
                          if isinstance(m, dict) and "resolved_from" in m)
# Resolved mentions are the coreference stage's additions.
assert resolved["quotes"] == 0, resolved
assert resolved["coreference"] == resolved["relations"] > 0, resolved
assert sum(len(d["roles"]) for d in map(json.loads, open("roles.jsonl"))) > 0
PY
echo "jobs and --until: ok"
