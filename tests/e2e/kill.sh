#!/usr/bin/env bash
# Short kill loop and concurrency test (issue #22), seconds rather than minutes:
#  1. SIGKILL at random moments of `build --sqlite` into an existing database and of
#     `merge --sqlite` of two shards into another: after each kill the database passes
#     PRAGMA integrity_check and holds the old or the new document count, never one in
#     between; a rerun finishes with the new count.
#  2. Two writers and one reader at once on one existing database: each writer either
#     adds its documents and says so, or fails clearly (exit 2) adding none; the reader
#     never sees a damaged database nor a partial run; the end count is the sum of the
#     additions reported.
# KILL_ROUNDS sets the number of kills of each kind (default 4).
set -euo pipefail
GAZETTE=$(readlink -f "$1"); WORK=$3
ROUNDS=${KILL_ROUNDS:-4}
rm -rf "$WORK"; mkdir -p "$WORK"; cd "$WORK"
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3
fail() { echo "FAIL: $*"; exit 1; }
count() { sqlite3 "$1" 'SELECT count(*) FROM documents'; }
check() {  # check DB OLD NEW WHAT
  local ok n
  ok=$(sqlite3 "$1" 'PRAGMA integrity_check')
  [ "$ok" = ok ] || fail "$4: integrity_check: $ok"
  n=$(count "$1")
  [ "$n" = "$2" ] || [ "$n" = "$3" ] || fail "$4: $n documents, expected $2 (old) or $3 (new)"
  echo "$4: integrity ok, $n documents"
}
"$PY" - <<'PY'
import json, random
random.seed(22)
first = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas"]
last = ["Berg", "Lind", "Moreau", "Novak", "Okafor", "Petrov", "Quint", "Rossi", "Sato", "Tamm"]
def doc(tag, i):
    a, b = random.choice(first) + " " + random.choice(last), random.choice(first) + " " + random.choice(last)
    text = " ".join(f'{a} met {b} in Geneva on day {i}. "The talks were useful," {a} said. {b} said the plan of part {k} would work.' for k in range(40))
    return json.dumps({"id": f"{tag}-{i}", "text": text})
for name, n in [("base", 20), ("more", 300), ("w1", 60), ("w2", 60), ("s1", 150), ("s2", 150)]:
    with open(f"{name}.jsonl", "w") as f:
        for i in range(n): f.write(doc(name, i) + "\n")
PY
"$GAZETTE" build --quiet --sqlite base.db base.jsonl > /dev/null
OLD=$(count base.db)
cp base.db full.db
"$GAZETTE" build --quiet --sqlite full.db more.jsonl > /dev/null
NEW=$(count full.db)
"$GAZETTE" build --quiet --sqlite s1.db s1.jsonl > /dev/null
"$GAZETTE" build --quiet --sqlite s2.db s2.jsonl > /dev/null
cp base.db merged-full.db
"$GAZETTE" merge --quiet --sqlite merged-full.db s1.db s2.db > /dev/null
MNEW=$(count merged-full.db)

# kill_random DELAY_MAX_MS ARGS...: runs gazette ARGS, SIGKILL after a random delay.
kill_random() {
  local max=$1; shift
  "$GAZETTE" "$@" > /dev/null 2>&1 & local pid=$!
  sleep "$(awk -v r="$RANDOM" -v m="$max" 'BEGIN { printf "%.3f", (r % m) / 1000 }')"
  kill -9 "$pid" 2>/dev/null && echo killed || echo finished
  wait "$pid" 2>/dev/null || true
}

echo "== 1. SIGKILL during build and merge"
# The kill window: about the time of one uninterrupted run.
start=$(date +%s%N); cp base.db t.db; "$GAZETTE" build --quiet --sqlite t.db more.jsonl > /dev/null
build_ms=$(( ($(date +%s%N) - start) / 1000000 + 1 ))
start=$(date +%s%N); cp base.db t.db; "$GAZETTE" merge --quiet --sqlite t.db s1.db s2.db > /dev/null
merge_ms=$(( ($(date +%s%N) - start) / 1000000 + 1 ))
for r in $(seq 1 "$ROUNDS"); do
  cp base.db b.db
  what=$(kill_random "$build_ms" build --quiet --sqlite b.db more.jsonl)
  check b.db "$OLD" "$NEW" "build, round $r ($what)"
  cp base.db m.db
  what=$(kill_random "$merge_ms" merge --quiet --sqlite m.db s1.db s2.db)
  check m.db "$OLD" "$MNEW" "merge, round $r ($what)"
done
"$GAZETTE" build --quiet --sqlite b.db more.jsonl > /dev/null || fail "rerun of build after the kills"
[ "$(count b.db)" = "$NEW" ] || fail "rerun of build: $(count b.db) documents, expected $NEW"
"$GAZETTE" merge --quiet --sqlite m.db s1.db s2.db > /dev/null || fail "rerun of merge after the kills"
[ "$(count m.db)" = "$MNEW" ] || fail "rerun of merge: $(count m.db) documents, expected $MNEW"
echo "reruns: $NEW and $MNEW documents"

echo "== 2. two writers and one reader"
cp base.db c.db
( rc=0; "$GAZETTE" build --sqlite c.db w1.jsonl > w1.out 2> w1.err || rc=$?; echo "$rc" > w1.rc ) &
( rc=0; "$GAZETTE" build --sqlite c.db w2.jsonl > w2.out 2> w2.err || rc=$?; echo "$rc" > w2.rc ) &
reads=0
while [ ! -e w1.rc ] || [ ! -e w2.rc ]; do
  n=$(sqlite3 -cmd '.timeout 10000' c.db 'SELECT count(*) FROM documents') || fail "reader: cannot read the database"
  case "$n" in $OLD|$((OLD + 60))|$((OLD + 120))) ;; *) fail "reader saw $n documents (a partial run)";; esac
  reads=$((reads + 1))
done
wait
claimed=0
for w in w1 w2; do
  case "$(cat $w.rc)" in
    0) n=$(sed -n 's/^SQLite: .*(\([0-9]*\) documents added.*/\1/p' $w.out); claimed=$((claimed + n)) ;;
    2) grep -qi 'locked\|busy' $w.err || { cat $w.err; fail "$w failed without saying why"; }; echo "$w: $(head -1 $w.err)" ;;
    *) cat $w.err; fail "$w: exit code $(cat $w.rc)" ;;
  esac
done
check c.db "$((OLD + claimed))" "$((OLD + claimed))" "after two writers ($reads reads during them)"
echo "ok: kill loop and concurrency test passed"
