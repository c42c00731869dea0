#!/usr/bin/env bash
# Faults: nothing crashes, nothing is lost.
#  1. kill -9 in the middle of a build into existing outputs (several delays): the
#     database passes PRAGMA integrity_check and holds either the old or the new
#     documents, never part of them; GraphML, GEXF and JSON still parse; gazette
#     itself still opens the database. Temporary files: a killed process can leave
#     its "<file>.tmp.<pid>" (the atomic writer had no chance to remove it); the real
#     outputs are intact, and the next successful run removes such stale files
#     (AtomicFile::commit). The same for a new database killed before its rename.
#  2. kill -9 during the incremental update of an existing database (--sqlite only):
#     the previous database is intact and openable, by gazette too (hot journal);
#     2b. gazette merge of such a shard rolls its hot journal back and merges it.
#  3. read-only output directory, full disk: a clear error, exit code 2, the old
#     files untouched, no temporary file left.
#  4. unreadable input file and directory, a directory with a symbolic-link loop:
#     exit code 1, a message naming the path, everything else processed.
# Cases this machine cannot set up (no mount namespace, no user to drop to) are
# skipped with a message, listed at the end.
# FAULTS_DOCS sets the size of the synthetic corpus (default 1200 documents).
set -euo pipefail
GAZETTE=$(readlink -f "$1"); SRC=$(readlink -f "$2"); WORK=$3
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3
DOCS=${FAULTS_DOCS:-1200}
rm -rf "$WORK"; mkdir -p "$WORK"; cd "$WORK"
WORK=$(pwd)

fail() { echo "FAIL: $*"; exit 1; }
SKIPPED=()
skip() { echo "SKIP: $*"; SKIPPED+=("$*"); }
expect_rc() {  # expect_rc WANT GOT WHAT
  [ "$2" -eq "$1" ] || { cat err.txt 2>/dev/null || true; fail "$3: expected exit code $1, got $2"; }
}
tmp_files() { find "$@" -name '*.tmp.*' 2>/dev/null | sort; }
doc_count() { sqlite3 "$1" 'SELECT count(*) FROM documents'; }
now() { date +%s.%N; }
# hot_journal FILE: FILE is a rollback journal SQLite will play back. A writer killed
# before its first journal sync leaves a journal whose header (magic d9d505f920a163d7)
# is still zero: SQLite ignores that one and leaves it (the database was not touched).
hot_journal() {
  [ -s "$1" ] && [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = d9d505f920a163d7 ]
}
journal_state() {  # journal_state FILE: hot, stale (zero header, ignored) or none
  if hot_journal "$1"; then echo hot; elif [ -e "$1" ]; then echo "stale (zero header)"; else echo none; fi
}

# Synthetic articles (invented people, places and sentences), as JSONL.
"$PY" - "$DOCS" <<'PY'
import json, random, sys
n = int(sys.argv[1])
given = ["Anna", "Bo", "Carla", "Dan", "Eve", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Lev", "Mina", "Nils"]
family = ["Example", "Sample", "Placeholder", "Testa", "Muster", "Modelo", "Proto", "Specimen", "Fixture", "Stubbs"]
titles = ["Minister", "President", "Senator", "Ambassador", "General", "Governor", "Chancellor"]
places = ["Geneva", "Oslo", "Vienna", "Lisbon", "Nairobi", "Lima", "Hanoi", "Ottawa", "Canberra", "Dakar"]
def corpus(path, seed, prefix):
    rnd = random.Random(seed)
    name = lambda: f"{rnd.choice(given)} {rnd.choice(family)}"
    def sentence():
        k = rnd.randrange(4)
        if k == 0:
            return f"{rnd.choice(titles)} {name()} met {rnd.choice(titles)} {name()} in {rnd.choice(places)}."
        if k == 1:
            return f"\"The talks were {rnd.choice(['useful', 'difficult', 'long', 'frank'])},\" {name()} said on {rnd.choice(['Monday', 'Friday'])}."
        if k == 2:
            return f"{name()}, a spokeswoman for the Ministry of {rnd.choice(['Finance', 'Defence', 'Trade'])}, criticised {name()}."
        return f"{name()} told reporters in {rnd.choice(places)} that {name()} would visit {rnd.choice(places)} next week."
    with open(path, "w") as f:
        for i in range(n):
            text = " ".join(sentence() for _ in range(8)) + f" Report {prefix}-{i}."
            f.write(json.dumps({"id": f"{prefix}-{i}", "text": text, "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"}) + "\n")
corpus("big.jsonl", 1, "big")
corpus("more.jsonl", 2, "more")
PY

# check_db DB OLD NEW: DB is sound, gazette opens it, and it holds OLD or NEW
# documents (never part of them). Sets COUNT.
check_db() {
  local db=$1 old=$2 new=$3
  # gazette first: its read-only open must cope with the hot journal a killed writer
  # leaves (the sqlite3 shell below would roll it back and hide the problem).
  "$GAZETTE" export --from "$db" --json "$WORK/reopened.json" > /dev/null 2> err.txt \
    || { cat err.txt; fail "$db: gazette cannot open the database after the kill"; }
  [ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "$db: integrity_check failed"
  COUNT=$(doc_count "$db")
  [ "$COUNT" = "$old" ] || [ "$COUNT" = "$new" ] || fail "$db: $COUNT documents, expected $old (old) or $new (new)"
}
# check_exports DIR: the GraphML, GEXF and JSON in DIR are complete and load in real
# clients (each file alone: a kill between two renames leaves some files of the old
# graph and some of the new one, each complete).
check_exports() {
  local dir=$1 f
  xmllint --noout "$dir/graph.graphml" || fail "$dir/graph.graphml: not well-formed"
  xmllint --noout "$dir/graph.gexf" || fail "$dir/graph.gexf: not well-formed"
  for f in "--graphml $dir/graph.graphml" "--gexf $dir/graph.gexf" "--json $dir/graph.json"; do
    "$PY" "$SRC/tests/clients/check_graph.py" $f > client.log 2>&1 || { cat client.log; fail "$f does not load"; }
  done
}

# kill_after SECONDS ARGS...: runs gazette ARGS in the background, kill -9 after SECONDS.
# Prints "killed" or "finished" (the run ended before the kill).
kill_after() {
  local delay=$1; shift
  "$GAZETTE" "$@" > run.log 2>&1 &
  local pid=$!
  sleep "$delay"
  if kill -9 "$pid" 2>/dev/null; then
    wait "$pid" 2>/dev/null || true
    echo killed
  else
    wait "$pid" 2>/dev/null || true
    echo finished
  fi
}

# kill_on_temp DIR ARGS...: runs gazette ARGS, kill -9 as soon as a temporary file
# appears in DIR (the exports are being written). Prints "killed" or "finished".
kill_on_temp() {
  local dir=$1; shift
  "$GAZETTE" "$@" > run.log 2>&1 &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null && ! compgen -G "$dir/*.tmp.*" > /dev/null; do sleep 0.002; done
  if kill -9 "$pid" 2>/dev/null; then
    wait "$pid" 2>/dev/null || true
    echo killed
  else
    wait "$pid" 2>/dev/null || true
    echo finished
  fi
}

# A pid that belongs to no running process: a child that has exited.
sh -c 'exit 0' & DEAD_PID=$!; wait "$DEAD_PID"

echo "== 1. kill -9 during a build into existing outputs"
"$GAZETTE" build --quiet "$SRC/examples/articles.jsonl" -o base > /dev/null
OLD=$(doc_count base/graph.db)
cp -a base ref
t0=$(now)
"$GAZETTE" build --quiet big.jsonl -o ref > /dev/null
T=$("$PY" -c "print(round($(now) - $t0, 2))")
NEW=$(doc_count ref/graph.db)
[ "$NEW" -eq $((OLD + DOCS)) ] || fail "uninterrupted build: $NEW documents, expected $((OLD + DOCS))"
echo "uninterrupted build of $DOCS documents into existing outputs: $T s ($OLD -> $NEW documents)"
saw_old=0; saw_new=0; left=()
for delay in 0.2 0.5 1.0 $("$PY" -c "print(round($T * 0.6, 2))") exports exports; do
  rm -rf out; cp -a base out
  if [ "$delay" = exports ]; then
    what=$(kill_on_temp out build --quiet big.jsonl -o out)
  else
    what=$(kill_after "$delay" build --quiet big.jsonl -o out)
  fi
  check_db out/graph.db "$OLD" "$NEW"; check_exports out; n=$COUNT
  [ "$n" = "$OLD" ] && saw_old=$((saw_old + 1)) || saw_new=$((saw_new + 1))
  stale=$(tmp_files out | xargs -r -n1 basename | tr '\n' ' ')
  [ -z "$stale" ] || left+=("$stale")
  when=$([ "$delay" = exports ] && echo "when the exports were being written" || echo "after ${delay} s")
  echo "kill $when: $what; database has $n documents; journal: $(journal_state out/graph.db-journal); temporary files left: ${stale:-none}"
done
echo "old state seen $saw_old times, new state $saw_new times"
# The next successful run completes and removes stale temporary files of its outputs
# (one left by the kills above, or a planted one when the kills left none).
touch -d '1 hour ago' "out/graph.graphml.tmp.$DEAD_PID" "out/graph.json.tmp.$DEAD_PID"
sleep 600 > /dev/null 2>&1 & LIVE_PID=$!   # killed below
touch -d '1 hour ago' "out/graph.gexf.tmp.$LIVE_PID"   # a "running writer": must be kept
"$GAZETTE" build --quiet big.jsonl -o out > /dev/null
[ "$(doc_count out/graph.db)" = "$NEW" ] || fail "the run after the kills: $(doc_count out/graph.db) documents, expected $NEW"
[ "$(tmp_files out)" = "out/graph.gexf.tmp.$LIVE_PID" ] \
  || fail "after a successful run, temporary files: $(tmp_files out | tr '\n' ' ') (expected only the running writer's)"
kill "$LIVE_PID" 2>/dev/null || true; wait "$LIVE_PID" 2>/dev/null || true
rm -f "out/graph.gexf.tmp.$LIVE_PID"
check_db out/graph.db "$NEW" "$NEW"; check_exports out
echo "next successful run: $NEW documents, stale temporary files removed, a live writer's kept"

echo "== 1b. kill -9 while creating a new database"
rm -rf fresh
what=$(kill_after 0.5 build --quiet big.jsonl -o fresh)
[ ! -e fresh/graph.db ] || check_db fresh/graph.db "$DOCS" "$DOCS"
echo "kill after 0.5 s: $what; graph.db $([ -e fresh/graph.db ] && echo complete || echo absent); temporary files left: $(tmp_files fresh | xargs -r -n1 basename | tr '\n' ' ')"
"$GAZETTE" build --quiet big.jsonl -o fresh > /dev/null
[ "$(doc_count fresh/graph.db)" = "$DOCS" ] || fail "fresh rebuild: wrong document count"
[ -z "$(tmp_files fresh)" ] || fail "fresh rebuild left temporary files: $(tmp_files fresh)"
echo "next successful run: complete, no temporary file left"

echo "== 2. kill -9 during the incremental update of an existing database"
cp ref/graph.db update.db
BEFORE=$NEW; AFTER=$((NEW + DOCS))
t0=$(now)
cp update.db timing.db
"$GAZETTE" build --quiet more.jsonl --sqlite timing.db > /dev/null
T2=$("$PY" -c "print(round($(now) - $t0, 2))")
[ "$(doc_count timing.db)" = "$AFTER" ] || fail "uninterrupted update: $(doc_count timing.db) documents, expected $AFTER"
hot=0
for delay in 0.5 $("$PY" -c "print(round($T2 * 0.5, 2), round($T2 * 0.9, 2))"); do
  what=$(kill_after "$delay" build --quiet more.jsonl --sqlite update.db)
  if hot_journal update.db-journal; then hot=$((hot + 1)); fi
  check_db update.db "$BEFORE" "$AFTER"; n=$COUNT
  echo "kill after ${delay} s (update takes $T2 s): $what; database has $n documents"
  [ "$n" = "$BEFORE" ] || break   # the update committed: nothing left to interrupt
done
echo "hot journal left by $hot of the kills, rolled back on the next open"
"$GAZETTE" build --quiet more.jsonl --sqlite update.db > /dev/null
[ "$(doc_count update.db)" = "$AFTER" ] || fail "the update after the kills: $(doc_count update.db) documents, expected $AFTER"
echo "update after the kills: $AFTER documents"

echo "== 2b. gazette merge of a shard whose build was killed (hot journal)"
# merge reads shards read-only, which cannot roll a hot journal back: it must do so first.
shard_hot=""
for frac in 0.5 0.3 0.8; do
  cp ref/graph.db shard.db; rm -f shard.db-journal
  what=$(kill_after "$("$PY" -c "print(round($T2 * $frac, 2))")" build --quiet more.jsonl --sqlite shard.db)
  if [ "$what" = killed ] && hot_journal shard.db-journal; then shard_hot="a build killed during its update"; break; fi
done
# A build keeps its pages in memory until the commit and writes the journal's header
# then: a kill earlier leaves a zero-header journal, which SQLite ignores. When no kill
# above hit the commit, a writer whose page cache spills (the journal synced, pages of
# the database already overwritten) is killed in the middle of its transaction.
if [ -z "$shard_hot" ]; then
  cp ref/graph.db shard.db; rm -f shard.db-journal
  # (in a subshell whose stderr is dropped: bash reports the killed job there)
  ( "$PY" - shard.db > /dev/null <<'PY' || true
import os, signal, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA cache_size = 2")
con.execute("BEGIN")
for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchall():
    con.execute(f'DELETE FROM "{table}"')
os.kill(os.getpid(), signal.SIGKILL)
PY
  true ) 2> /dev/null
  if hot_journal shard.db-journal; then shard_hot="a writer killed in the middle of its transaction"; fi
fi
if [ -n "$shard_hot" ]; then
  rm -f merged.db merged.json
  "$GAZETTE" merge --quiet shard.db --sqlite merged.db --json merged.json > /dev/null 2> err.txt \
    || { cat err.txt; fail "gazette merge of a killed shard (hot journal) failed"; }
  [ ! -e shard.db-journal ] || fail "gazette merge: the shard's hot journal is still there"
  [ "$(sqlite3 shard.db 'PRAGMA integrity_check')" = ok ] || fail "killed shard: integrity_check failed"
  [ "$(doc_count shard.db)" = "$BEFORE" ] || fail "killed shard: $(doc_count shard.db) documents, expected $BEFORE"
  [ "$(doc_count merged.db)" = "$BEFORE" ] || fail "merge of the killed shard: $(doc_count merged.db) documents, expected $BEFORE"
  "$PY" "$SRC/tests/clients/check_graph.py" --json merged.json > client.log 2>&1 || { cat client.log; fail "merged.json does not load"; }
  echo "merge of a shard with a hot journal ($shard_hot): journal rolled back, the shard's $BEFORE documents merged"
else
  skip "gazette merge of a killed shard: neither the kills nor a killed writer left a hot journal"
fi

echo "== 3. read-only output directory, full disk"
NS=""
if [ "$(id -u)" -eq 0 ] && unshare -m --propagation private true 2>/dev/null; then NS=yes; fi
# As root, permissions do not stop writes: drop to nobody with setpriv when possible.
AS_USER=()
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv > /dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups "$GAZETTE" --version > /dev/null 2>&1; then
    AS_USER=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  fi
fi
can_drop() { [ "$(id -u)" -ne 0 ] || [ ${#AS_USER[@]} -gt 0 ]; }
snapshot() { (cd "$1" && find . -type f ! -name '*.tmp.*' -exec md5sum {} + | sort); }

# The one script run in a private mount namespace: bind mounts and tmpfs vanish with it.
cat > ns.sh <<'NS'
set -uo pipefail
GAZETTE=$1; SRC=$2; OLD=$3
fail() { echo "FAIL: $*"; exit 1; }
snapshot() { (cd "$1" && find . -type f ! -name '*.tmp.*' -exec md5sum {} + | sort); }
# Read-only bind mount of a directory holding the previous outputs.
mkdir -p ro && cp -a base/. ro/
before=$(snapshot ro)
mount --bind ro ro && mount -o remount,bind,ro ro || { echo "NOMOUNT read-only bind mount"; exit 0; }
for args in "-o ro" "-o ro/sub" "--graphml ro/new.graphml" "--sqlite ro/new.db"; do
  "$GAZETTE" build --quiet "$SRC/examples/articles.jsonl" $args > /dev/null 2> err.txt; rc=$?
  [ "$rc" -eq 2 ] || { cat err.txt; fail "read-only directory, build $args: exit code $rc, expected 2"; }
  grep -Eqi "read-only|readonly" err.txt || { cat err.txt; fail "read-only directory, build $args: unclear message"; }
  echo "read-only directory, build $args: exit 2: $(tail -n 1 err.txt)"
done
[ "$(snapshot ro)" = "$before" ] || fail "read-only directory: files changed"
umount ro
[ -z "$(find ro -name '*.tmp.*')" ] || fail "read-only directory: temporary files"
# Full disk: a 64 KiB file system, empty.
mkdir -p full
mount -t tmpfs -o size=64k tmpfs full || { echo "NOMOUNT tmpfs"; exit 0; }
"$GAZETTE" build --quiet "$SRC/examples/articles.jsonl" -o full/out > /dev/null 2> err.txt; rc=$?
[ "$rc" -eq 2 ] || { cat err.txt; fail "full disk, new outputs: exit code $rc, expected 2"; }
grep -Eqi "full|no space" err.txt || { cat err.txt; fail "full disk: unclear message"; }
[ ! -e full/out/graph.db ] || fail "full disk: a graph.db was left"
[ -z "$(find full -name '*.tmp.*')" ] || fail "full disk: temporary files left: $(find full -name '*.tmp.*')"
echo "full disk, new outputs: exit 2, nothing left: $(tail -n 1 err.txt)"
umount full
# Full disk while updating previous outputs: the disk has room for them and 200 KiB
# more. SQLite may be unable to roll back in place (its pager stops after a failed
# write) and leaves a hot journal: the database is then restored on the next open.
size=$(( $(du -sk base | cut -f1) + 200 ))
mount -t tmpfs -o size=${size}k tmpfs full || { echo "NOMOUNT tmpfs"; exit 0; }
cp -a base/. full/
before=$(snapshot full | grep -v graph.db)
"$GAZETTE" build --quiet big.jsonl -o full > /dev/null 2> err.txt; rc=$?
[ "$rc" -eq 2 ] || { cat err.txt; fail "full disk, update: exit code $rc, expected 2"; }
grep -Eqi "full|no space" err.txt || { cat err.txt; fail "full disk, update: unclear message"; }
[ "$(snapshot full | grep -v graph.db)" = "$before" ] || fail "full disk, update: the previous exports changed"
journal=$([ -e full/graph.db-journal ] && echo "a hot journal, rolled back on the next open" || echo "no journal")
"$GAZETTE" export --from full/graph.db --json reopened.json > /dev/null 2> err2.txt \
  || { cat err2.txt; fail "full disk, update: gazette cannot open the database afterwards"; }
[ "$(sqlite3 full/graph.db 'PRAGMA integrity_check')" = ok ] || fail "full disk, update: integrity_check"
[ "$(sqlite3 full/graph.db 'SELECT count(*) FROM documents')" = "$OLD" ] || fail "full disk, update: documents changed"
[ -z "$(find full -name '*.tmp.*' -o -name '*-journal')" ] || fail "full disk, update: files left: $(ls full)"
echo "full disk, database update: exit 2, previous outputs intact ($journal): $(tail -n 1 err.txt)"
umount full
# Full disk when writing the GraphML only (the database is elsewhere): the old GraphML stays.
mount -t tmpfs -o size=$(( $(du -sk base/graph.graphml | cut -f1) + 64 ))k tmpfs full || { echo "NOMOUNT tmpfs"; exit 0; }
cp base/graph.graphml full/
before=$(snapshot full)
"$GAZETTE" build --quiet big.jsonl --sqlite side.db --graphml full/graph.graphml > /dev/null 2> err.txt; rc=$?
[ "$rc" -eq 2 ] || { cat err.txt; fail "full disk, GraphML: exit code $rc, expected 2"; }
grep -Eqi "no space" err.txt || { cat err.txt; fail "full disk, GraphML: unclear message"; }
[ "$(snapshot full)" = "$before" ] || fail "full disk, GraphML: the previous file changed"
[ -z "$(find full -name '*.tmp.*')" ] || fail "full disk, GraphML: temporary file left"
xmllint --noout full/graph.graphml || fail "full disk, GraphML: old file not well-formed"
echo "full disk, GraphML: exit 2, previous file unchanged: $(tail -n 1 err.txt)"
umount full
echo "NSDONE"
NS
if [ -n "$NS" ]; then
  unshare -m --propagation private bash ns.sh "$GAZETTE" "$SRC" "$OLD" > ns.log 2>&1 || { cat ns.log; fail "read-only/full-disk cases"; }
  cat ns.log
  grep -q NOMOUNT ns.log && skip "$(grep NOMOUNT ns.log | head -n 1 | cut -d' ' -f2-): mount refused in this sandbox (later cases of the namespace not run)"
  grep -q NSDONE ns.log || grep -q NOMOUNT ns.log || fail "namespace script stopped early"
else
  skip "read-only bind mount and full disk (tmpfs): need root and a private mount namespace (unshare -m)"
fi
# chmod 555, as an ordinary user (nobody, when running as root).
if can_drop; then
  mkdir -p ro555 && cp -a base/. ro555/
  [ "$(id -u)" -ne 0 ] || chown -R 65534:65534 ro555
  chmod 555 ro555
  before=$(snapshot ro555)
  set +e
  ${AS_USER[@]+"${AS_USER[@]}"} "$GAZETTE" build --quiet "$SRC/examples/articles.jsonl" -o ro555 > /dev/null 2> err.txt; rc=$?
  set -e
  chmod 755 ro555
  expect_rc 2 "$rc" "chmod 555 output directory"
  grep -q "ro555/graph" err.txt || { cat err.txt; fail "chmod 555: the message does not name the file"; }
  [ "$(snapshot ro555)" = "$before" ] || fail "chmod 555: files changed"
  [ -z "$(tmp_files ro555)" ] || fail "chmod 555: temporary files left"
  echo "chmod 555 output directory: exit 2: $(tail -n 1 err.txt)"
else
  skip "chmod 555 output directory: running as root without setpriv to drop privileges"
fi

echo "== 4. unreadable inputs, symbolic-link loop"
mkdir -p in/sub loop/a
printf 'Minister Anna Example met President Bo Sample in Geneva.\n' > in/ok.txt
printf 'Senator Dan Sample criticised Eve Example.\n' > in/secret.txt
printf '{"id":"j","text":"Greta Muster said it was useful."}\n' > in/secret.jsonl
printf 'Hugo Testa met Ines Proto in Oslo.\n' > in/sub/hidden.txt
if can_drop; then
  chmod 000 in/secret.txt in/secret.jsonl in/sub
  set +e
  ${AS_USER[@]+"${AS_USER[@]}"} "$GAZETTE" annotate --quiet in > ann.jsonl 2> err.txt; rc=$?
  set -e
  chmod 755 in/sub; chmod 644 in/secret.txt in/secret.jsonl
  cat err.txt
  expect_rc 1 "$rc" "unreadable inputs"
  grep -q "in/secret.txt: error: cannot read file" err.txt || fail "unreadable file: no message"
  grep -q "in/secret.jsonl: error: cannot read file" err.txt || fail "unreadable JSONL file: no message"
  grep -q "in/sub: error: cannot list directory" err.txt || fail "unreadable directory: no message"
  grep -q '"id": *"in/ok.txt"' ann.jsonl || fail "the readable file was not processed"
  echo "unreadable file, JSONL file and directory: exit 1, each named"
else
  skip "unreadable input (chmod 000): running as root without setpriv to drop privileges"
fi
printf 'Chancellor Kira Stubbs met Governor Lev Fixture in Lima.\n' > loop/a/doc.txt
ln -s .. loop/a/back
set +e
"$GAZETTE" annotate --quiet loop > ann.jsonl 2> err.txt; rc=$?
set -e
cat err.txt
expect_rc 1 "$rc" "symbolic-link loop"
grep -q "loop/a/back: error: directory loop (symbolic link back to" err.txt || fail "symbolic-link loop: no message"
[ "$(wc -l < ann.jsonl)" -eq 1 ] || fail "symbolic-link loop: expected the document once, got $(wc -l < ann.jsonl) lines"
echo "symbolic-link loop: exit 1, reported, the document read once"

if [ ${#SKIPPED[@]} -gt 0 ]; then
  echo "skipped: ${#SKIPPED[@]} case(s):"; printf '  %s\n' "${SKIPPED[@]}"
fi
echo "faults ok"
