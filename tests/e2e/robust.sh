#!/usr/bin/env bash
# Nothing crashes, nothing is lost, nothing hangs (issue #22): one check per defect the
# battery run against dde978f found, each as the issue reproduced it, smaller where the
# size did not matter. Every run has a timeout; a crash shows as exit code >= 128.
set -euo pipefail
GAZETTE=$1; SRC=$2; WORK=$3
rm -rf "$WORK"; mkdir -p "$WORK"
cd "$WORK"
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3
fail() { echo "FAIL: $*"; exit 1; }
# run NAME EXPECTED_RC CMD...: runs with a timeout, stdout to NAME.out, stderr to NAME.err.
run() {
  local name=$1 want=$2; shift 2
  local rc=0
  timeout 60 "$@" > "$name.out" 2> "$name.err" || rc=$?
  [ "$rc" -lt 124 ] || { cat "$name.err"; fail "$name: exit code $rc (crash or timeout)"; }
  [ "$want" = any ] || [ "$rc" -eq "$want" ] || { cat "$name.err"; fail "$name: exit code $rc, expected $want"; }
}
printf 'Anna Berg said the talks were useful.\n' > good.txt

echo "== 1. JSON nested 200,000 deep: the line is reported, the good lines after it are kept"
"$PY" - <<'PY'
d = 200000
deep = '[' * d + ']' * d
open("deep.jsonl", "w").write(
    '{"id":"before","text":"Anna Berg said the talks were useful."}\n'
    '{"id":"deep","x":' + deep + ',"text":"t"}\n'
    '{"id":"after","text":"Boris Lind said nothing had changed."}\n')
open("deep-gazetteer.jsonl", "w").write(
    '{"format":"gazette/gazetteer","version":1}\n{"id":"x","name":"Xo Yo","type":"PERSON","x":' + deep + '}\n')
open("deep-rules.json", "w").write(
    '{"format":"gazette/rules","version":1,"kind":"furniture","x":' + deep + ',"entries":[]}\n')
PY
run annotate 1 "$GAZETTE" annotate deep.jsonl
grep -q 'deep.jsonl:2: error: JSON nested deeper than' annotate.err || fail "no line 2 error"
[ "$(grep -c '"id":"\(before\|after\)"' annotate.out)" -eq 2 ] || fail "good lines lost"
run stdin 1 "$GAZETTE" annotate - < deep.jsonl
[ "$(wc -l < stdin.out)" -eq 2 ] || fail "stdin: good lines lost"
run build 1 "$GAZETTE" build --sqlite deep.db deep.jsonl
[ "$(sqlite3 deep.db 'SELECT count(*) FROM documents')" -eq 2 ] || fail "build: good documents lost"
{ head -1 annotate.out; sed -n 2p deep.jsonl | sed 's/"text":"t"/"entities":[]/'; tail -1 annotate.out; } > shard.jsonl
run merge 1 "$GAZETTE" merge --json merged.json shard.jsonl
grep -q 'shard.jsonl:2: error: JSON nested deeper than' merge.err || fail "merge: no line 2 error"
run check_gazetteer 2 "$GAZETTE" check-data deep-gazetteer.jsonl
grep -q 'deep-gazetteer.jsonl:2:[0-9]*: error: invalid JSON: JSON nested deeper' check_gazetteer.err || fail "gazetteer: no error"
run check_rules 2 "$GAZETTE" check-data deep-rules.json
grep -q 'deep-rules.json:1:[0-9]*: error: invalid JSON: JSON nested deeper' check_rules.err || fail "rules: no error"

echo "== 2. HTML nested 100,000 deep: linear time, no crash, the cut is reported"
"$PY" -c "
d = 100000
open('deep.html', 'w').write('<html><head><title>Deep</title></head><body><p>Anna Berg said the talks were useful.</p>' + '<div>' * d + 'x' + '</div>' * d + '</body></html>')"
start=$SECONDS
run html 0 "$GAZETTE" annotate deep.html
[ $((SECONDS - start)) -le 10 ] || fail "deep HTML took $((SECONDS - start)) s"
grep -q 'deep.html: warning: HTML elements nested deeper than' html.err || fail "no cut warning"
grep -q '"Anna Berg"' html.out || fail "text before the deep part lost"

echo "== 3. documents are told apart by SHA-256 of the text"
printf '{"id":"a","text":"Anna Berg said the talks were useful."}\n{"id":"b","text":"Anna Berg said the talks were useless."}\n{"id":"c","text":"Anna Berg said the talks were useful."}\n' > near.jsonl
run hash 0 "$GAZETTE" build --sqlite hash.db near.jsonl
[ "$(sqlite3 hash.db 'SELECT count(*) FROM documents')" -eq 2 ] || fail "expected 2 distinct documents"
want=$(printf 'Anna Berg said the talks were useful.' | sha256sum | cut -d' ' -f1)
[ "$(sqlite3 hash.db "SELECT content_hash FROM documents WHERE doc_id = 'a'")" = "$want" ] || fail "content_hash is not the SHA-256 of the text"

echo "== 4. two builds creating one new database: none reports documents it did not keep"
for i in $(seq 1 6); do printf 'Person%s Lind said the plan would work.\n' "$i" > "p$i.txt"; done
for round in 1 2 3; do
  rm -f race.db
  ( rc=0; "$GAZETTE" build --sqlite race.db p1.txt p2.txt p3.txt > race1.out 2> race1.err || rc=$?; echo "$rc" > race1.rc ) &
  ( rc=0; "$GAZETTE" build --sqlite race.db p4.txt p5.txt p6.txt > race2.out 2> race2.err || rc=$?; echo "$rc" > race2.rc ) &
  wait
  kept=$(sqlite3 race.db 'SELECT count(*) FROM documents')
  claimed=0
  for r in 1 2; do
    case "$(cat race$r.rc)" in
      0) n=$(sed -n 's/^SQLite: .*(\([0-9]*\) documents added.*/\1/p' race$r.out); claimed=$((claimed + n)) ;;
      2) grep -q 'created by another process' race$r.err || { cat race$r.err; fail "run $r failed without saying why"; } ;;
      *) fail "run $r: exit code $(cat race$r.rc)" ;;
    esac
  done
  [ "$claimed" -eq "$kept" ] || fail "round $round: runs reported $claimed documents added, the database has $kept"
done

echo "== 5. outputs: symbolic links, FIFOs and devices are not replaced; no input, no output"
mkdir -p real
ln -s real/g.graphml link.graphml
run symlink 0 "$GAZETTE" build --graphml link.graphml good.txt
[ -L link.graphml ] && [ -s real/g.graphml ] || fail "symbolic link replaced or its target not written"
mkfifo pipe.graphml
( cat pipe.graphml > from-pipe.graphml ) &
run fifo 0 "$GAZETTE" build --graphml pipe.graphml good.txt
wait
[ -p pipe.graphml ] || fail "FIFO replaced"
xmllint --noout from-pipe.graphml || fail "GraphML through the FIFO is not well-formed"
run devnull 0 "$GAZETTE" build --graphml /dev/null --gexf /dev/null good.txt
[ -c /dev/null ] || fail "/dev/null replaced"
run stdout_dev 0 "$GAZETTE" build --json /dev/stdout good.txt
grep -q '"nodes"' stdout_dev.out || fail "--json /dev/stdout did not reach standard output"
echo keep > keep.graphml
run noinput 1 "$GAZETTE" build --graphml keep.graphml no-such-file.txt
[ "$(cat keep.graphml)" = keep ] || fail "a run that read nothing replaced its output"
run fifo_db 2 "$GAZETTE" build --sqlite pipe.graphml good.txt
grep -q 'not a regular file' fifo_db.err || fail "FIFO as database not refused clearly"

echo "== 6. write errors are errors (exit 2)"
if [ -w /dev/full ]; then
  for cmd in "explain good.txt" "check-data" "build --graphml full.graphml good.txt" "annotate good.txt"; do
    rc=0; timeout 60 "$GAZETTE" $cmd > /dev/full 2> full.err || rc=$?
    [ "$rc" -eq 2 ] || fail "$cmd > /dev/full: exit code $rc"
  done
  run graphml_full 2 "$GAZETTE" build --graphml /dev/full good.txt
  [ -c /dev/full ] || fail "/dev/full replaced"
fi

echo "== 7. invalid UTF-8 and control characters outside the text"
printf '{"id":"id\xff\xfe\\u001b[2J","title":"T\xc3","source":"S\xe9","text":"Anna Berg said the talks were useful."}\n{"id":"dup","text":"Anna Berg said the talks were useful."}\n' > meta.jsonl
printf 'Anna Berg said hi.\n' > "$(printf 'name\xff.txt')"
printf '{"format":"gazette/gazetteer","version":1}\n{"id":"zq","name":"Zq\xff Lind","type":"PERSON","aliases":["Z\xfeq"]}\n' > badutf8-gazetteer.jsonl
run utf8 0 "$GAZETTE" build --sqlite meta.db --gazetteer badutf8-gazetteer.jsonl meta.jsonl "$(printf 'name\xff.txt')"
grep -q 'warning: invalid UTF-8 in "id"' utf8.err || fail "no warning for the id"
grep -q 'badutf8-gazetteer.jsonl:2:[0-9]*: warning: invalid UTF-8' utf8.err || fail "no warning for the gazetteer"
grep -q $'\x1b' utf8.err && fail "a terminal escape reached stderr"
grep -q 'x1b\[2J' utf8.err || fail "the escape in the id not shown as \\x1b"
"$PY" - <<'PY' || fail "invalid UTF-8 reached the database"
import sqlite3
db = sqlite3.connect("meta.db")
rows = db.execute("SELECT doc_id, source, title, outlet FROM documents").fetchall()
assert len(rows) == 2, rows
assert any("\ufffd" in r[0] for r in rows), rows
db.execute("SELECT name FROM entities").fetchall()
PY
run utf8_annotate 0 "$GAZETTE" annotate meta.jsonl
"$PY" -c "import json; [json.loads(l.decode('utf-8')) for l in open('utf8_annotate.out','rb')]" || fail "annotate JSONL is not UTF-8"

echo "== 8. user patterns run in linear time; patterns RE2 cannot compile are refused"
printf '{"format":"gazette/rules","version":1,"kind":"furniture","entries":[\n {"scope":"line","pattern":"^(a+)+$"}\n]}\n' > hang.json
run check_hang 0 "$GAZETTE" check-data hang.json
"$PY" -c "open('aaa.txt','w').write('Anna Berg said the talks were useful.\n' + 'a' * 5000 + '!\n')"
start=$SECONDS
run annotate_hang 0 "$GAZETTE" annotate --rules hang.json aaa.txt
[ $((SECONDS - start)) -le 10 ] || fail "the pattern took $((SECONDS - start)) s"
printf '{"format":"gazette/rules","version":1,"kind":"furniture","entries":[\n {"scope":"line","pattern":"^ok$"},\n {"scope":"line","pattern":"(a)\\\\1"}\n]}\n' > backref.json
run check_backref 2 "$GAZETTE" check-data backref.json
grep -q 'backref.json:3:[0-9]*: error: entry 2: bad regular expression .*\\1' check_backref.err || { cat check_backref.err; fail "backreference not refused with line and fragment"; }

echo "== also: --max-document-mb bounds reading, names itself, refuses 0; foreign databases are refused"
run mb0 2 "$GAZETTE" annotate --max-document-mb 0 good.txt
head -c 3000000 /dev/zero | tr '\0' 'a' > big.txt
run mb1 0 "$GAZETTE" annotate --max-document-mb 1 big.txt
grep -q 'the rest not read (--max-document-mb)' mb1.err || fail "no --max-document-mb warning"
"$PY" -c "
import json
open('bigline.jsonl','w').write(json.dumps({'id':'big','text':'a ' * 1500000}) + '\n' + json.dumps({'id':'small','text':'Anna Berg said hi.'}) + '\n')"
run mb_line 1 "$GAZETTE" annotate --max-document-mb 1 bigline.jsonl
grep -q 'bigline.jsonl:1: error: line longer than' mb_line.err || fail "long line not reported"
grep -q '"id":"small"' mb_line.out || fail "line after the long one lost"
sqlite3 foreign.db 'CREATE TABLE t(x); INSERT INTO t VALUES (1);'
before=$(sqlite3 foreign.db .schema)
run foreign 2 "$GAZETTE" build --sqlite foreign.db good.txt
grep -q 'not a gazette database' foreign.err || fail "foreign database not refused"
[ "$(sqlite3 foreign.db .schema)" = "$before" ] || fail "foreign database changed"
echo "ok: robustness checks passed"
