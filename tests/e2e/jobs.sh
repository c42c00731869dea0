#!/usr/bin/env bash
# `--jobs 1` and `--jobs 2` give byte-identical annotate output (examples/, and the bench
# corpus of ../shared when it is there) and build output (examples/), and every stage of `--until` gives valid JSONL
# whose keys show how far the run went and whose parts are those of the stage before
# plus the stage's own additions.
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

# build writes each graph file on a thread of its own with --jobs 2 (write_exports): the
# same files, database and lines as --jobs 1, a new graph and one added to.
for j in 1 2; do
  "$GAZETTE" build --jobs $j -o "build$j" --csv "build$j/csv" "$SRC/examples/articles.jsonl" > "build$j.out"
  "$GAZETTE" build --jobs $j -o "build$j" --csv "build$j/csv" "$SRC/examples/articles.jsonl" >> "build$j.out"
  sed -i "s/build$j/buildN/g" "build$j.out"
done
cmp build1.out build2.out || { echo "build --jobs 1 and --jobs 2 print different lines"; exit 1; }
grep -q "^GraphML: " build2.out && grep -q "^Report: " build2.out
for f in graph.graphml graph.gexf graph.json index.html metadata.json csv/nodes.csv csv/edges.csv csv/quotations.csv; do
  cmp "build1/$f" "build2/$f" || { echo "build --jobs 1 and --jobs 2 write different $f"; exit 1; }
done
if command -v sqlite3 > /dev/null; then
  cmp <(sqlite3 build1/graph.db .dump) <(sqlite3 build2/graph.db .dump) || { echo "build databases differ"; exit 1; }
fi
# With --jobs 2 each named graph file is written on a thread of its own: only some of
# them named (no GraphML), and the lines printed in the order of --jobs 1.
for j in 1 2; do
  mkdir -p "some$j"
  "$GAZETTE" build --jobs $j --json "some$j/g.json" --gexf "some$j/g.gexf" --report "some$j/r.html" \
    "$SRC/examples/articles.jsonl" > "some$j.out"
  sed -i "s/some$j/someN/g" "some$j.out"
done
[ ! -e some2/graph.graphml ] && grep -q "^GEXF: " some2.out && ! grep -q "^GraphML: " some2.out
cmp some1.out some2.out || { echo "build --jobs 1 and --jobs 2 print different lines (some files)"; exit 1; }
for f in g.json g.gexf r.html; do
  cmp "some1/$f" "some2/$f" || { echo "build --jobs 1 and --jobs 2 write different $f (some files)"; exit 1; }
done
# When several writers fail, --jobs 2 throws the error --jobs 1 meets first (row A946: the
# graph file's, written before the report), with the same exit code.
touch blocker
for j in 1 2; do
  set +e
  "$GAZETTE" build --jobs $j --gexf blocker/g.gexf --report blocker/r.html "$SRC/examples/articles.jsonl" > /dev/null 2> "fail$j.err"
  echo "rc=$?" >> "fail$j.err"
  set -e
  sed -i 's/\.tmp\.[0-9]*/.tmp.N/g' "fail$j.err"
done
grep -q "blocker/g.gexf" fail1.err
cmp fail1.err fail2.err || { echo "build --jobs 1 and --jobs 2 report different errors"; cat fail1.err fail2.err; exit 1; }

for stage in tokens sentences mentions entities roles coreference quotes relations; do
  "$GAZETTE" annotate --quiet --until "$stage" "$SRC/examples/articles.jsonl" > "$stage.jsonl"
done
$PY - <<'PY'
import json
stages = ["tokens", "sentences", "mentions", "entities", "roles", "coreference", "quotes", "relations"]
keys = {
    "tokens": {"tokens"}, "sentences": {"tokens", "sentences"}, "mentions": {"entities"},
    "entities": {"entities"}, "roles": {"entities", "roles"}, "coreference": {"entities", "roles", "references"},
    "quotes": {"entities", "roles", "references", "quotes"},
    "relations": {"entities", "quotes", "references", "relations"},
}
docs = {s: [json.loads(l) for l in open(s + ".jsonl")] for s in stages}
for stage in stages:
    assert len(docs[stage]) == 8, (stage, len(docs[stage]))
    for d in docs[stage]:
        got = set(d) - {"id", "title", "date", "url", "source"}
        assert got == keys[stage], (stage, got)
# Each stage shows exactly its additions: what the stage before wrote is there unchanged,
# except where a stage says otherwise (mentions become entities; quotes add the references of
# speaker phrases read in context; from relations on, roles are ROLE_IN relations; roles and
# relations may add countries named only by a demonym as entities without mentions, roles.hpp
# and entities.hpp implied_country()).
for before, after in zip(stages, stages[1:]):
    for b, a in zip(docs[before], docs[after]):
        for k in set(b) & set(a):
            if k == "entities" and (before, after) == ("mentions", "entities"):
                continue
            if k == "references" and after == "quotes":
                assert all(r in a[k] for r in b[k]), (before, after, b["id"])
                continue
            if k == "entities" and after in ("roles", "relations"):
                assert a[k][:len(b[k])] == b[k], (before, after, b["id"])
                assert all(not e["mentions"] for e in a[k][len(b[k]):]), (before, after, b["id"])
                continue
            assert a[k] == b[k], (before, after, k, b["id"])
# Resolved references are the coreference stage's additions; entity mentions are names.
refs = sum(len(d["references"]) for d in docs["coreference"])
assert refs > 0, refs
assert all(r["entity"] and r["rule"] and r["resolved_from"] for d in docs["coreference"] for r in d["references"])
assert not any("resolved_from" in m for d in docs["relations"] for e in d["entities"] for m in e["mentions"])
assert sum(len(d["roles"]) for d in docs["roles"]) > 0
PY
echo "jobs and --until: ok"
