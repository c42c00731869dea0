#!/usr/bin/env bash
# End to end: a CLI that never misleads (issue #21). Summaries of re-runs and
# incremental builds, -o on an existing graph and --fresh, -q, help and unknown
# commands, rejected option values, "-" as output, plain text on stdin, progress,
# every date form, HTML metadata. Articles are invented here or come from examples/.
set -euo pipefail
GAZETTE=$1; SRC=$2; WORK=$3
rm -rf "$WORK"; mkdir -p "$WORK"; cd "$WORK"
fail() { echo "FAIL: $*"; exit 1; }
ARTS=("$SRC"/examples/articles/*.txt)
count() { sqlite3 "$1" "SELECT COUNT(*) FROM $2"; }

# --- Summaries: a fresh build, a re-run, an incremental build.
"$GAZETTE" build --no-progress "${ARTS[@]}" -o all > all.txt
QUOTES=$(count all/graph.db quotes)
[ "$QUOTES" -gt 0 ] || fail "examples give no quotes"
grep -q "^this run:  8 documents read, 8 added; $QUOTES quotes" all.txt || { cat all.txt; fail "first build summary"; }
grep -q "^graph:     8 documents, .*, $QUOTES quotes" all.txt || { cat all.txt; fail "graph totals"; }
grep -q "added .* to an existing graph" all.txt && fail "a new graph called existing"

"$GAZETTE" build --no-progress "${ARTS[@]}" -o all > rerun.txt
grep -q "^added 0 documents to an existing graph of 8 documents" rerun.txt || { cat rerun.txt; fail "re-run: no 'existing graph' line"; }
grep -q "^this run:  8 documents read, 0 added, 8 already in the graph; 0 quotes" rerun.txt || { cat rerun.txt; fail "re-run: this run's counts"; }
grep -q "^graph:     8 documents, .*, $QUOTES quotes" rerun.txt || { cat rerun.txt; fail "re-run: the database's totals"; }
grep -A1 "^top speakers" rerun.txt | tail -1 | grep -q "^  [0-9]" || { cat rerun.txt; fail "re-run: top speakers empty"; }
# The re-run's summary names the same graph as the first build's (entities, edges, speakers).
diff <(grep -E "^(entities|edges|  [0-9])" all.txt) <(grep -E "^(entities|edges|  [0-9])" rerun.txt) || fail "re-run summary differs"

"$GAZETTE" build --no-progress "${ARTS[@]:0:5}" -o inc > inc1.txt
"$GAZETTE" build --no-progress "${ARTS[@]}" -o inc > inc2.txt
grep -q "^added 3 documents to an existing graph of 5 documents (inc/graph.db); 5 already there" inc2.txt || { cat inc2.txt; fail "incremental: existing graph line"; }
grep -q "^this run:  8 documents read, 3 added, 5 already in the graph" inc2.txt || { cat inc2.txt; fail "incremental: this run"; }
grep -q "^graph:     8 documents, .*, $QUOTES quotes" inc2.txt || { cat inc2.txt; fail "incremental: totals are not the database's"; }
diff <(grep -E "^(entities|edges)" all.txt) <(grep -E "^(entities|edges)" inc2.txt) || fail "incremental graph differs from one build"

# Repeated and rejected inputs are counted in the summary, not hidden.
set +e
"$GAZETTE" build --no-progress "${ARTS[0]}" "${ARTS[0]}" missing.txt --graphml rep.graphml > rep.txt 2> rep.err; rc=$?
set -e
[ $rc -eq 1 ] || fail "a missing input: exit $rc"
grep -q "^this run:  1 document read, 1 added, 1 repeated in the input (counted once), 1 input rejected (named above)" rep.txt \
  || { cat rep.txt rep.err; fail "repeated/rejected not in the summary"; }

# annotate: one line per input document, in input order, with its own id; a repeated
# text gets the earlier document's annotation and "duplicate_of" (--jobs 1 and 2; JSONL
# on stdin; a .txt copied; --until), and the note says so.
{ printf '{"id":"a","text":"Nora Vik said the bridge would reopen in May. \\"It is safe,\\" she said."}\n'
  printf '{"id":"b","title":"Other","text":"Nora Vik said the bridge would reopen in May. \\"It is safe,\\" she said."}\n'
  printf '{"id":"c","text":"Per Lund said nothing."}\n'
  printf '{"id":"d","text":"Nora Vik said the bridge would reopen in May. \\"It is safe,\\" she said."}\n'; } > dups.jsonl
printf 'Nora Vik said the bridge would reopen in May. "It is safe," she said.' > dup1.txt
cp dup1.txt dup2.txt
for j in 1 2; do
  "$GAZETTE" annotate --no-progress --jobs $j dups.jsonl > dups$j.jsonl 2> dups$j.err
  "$GAZETTE" annotate --no-progress --jobs $j - < dups.jsonl > dups-stdin$j.jsonl 2> /dev/null
  "$GAZETTE" annotate --no-progress --jobs $j dup1.txt dup2.txt > dupt$j.jsonl 2> /dev/null
  "$GAZETTE" annotate --no-progress --jobs $j --until entities dups.jsonl > dupu$j.jsonl 2> /dev/null
done
cmp dups1.jsonl dups2.jsonl && cmp dups1.jsonl dups-stdin1.jsonl && cmp dups1.jsonl dups-stdin2.jsonl \
  && cmp dupt1.jsonl dupt2.jsonl && cmp dupu1.jsonl dupu2.jsonl || fail "annotate of repeated texts differs by --jobs or input"
grep -q "identical to document a: its annotation written again as a copy$" dups1.err || { cat dups1.err; fail "annotate: no note for a copy"; }
/usr/bin/python3 - <<'PY' || fail "annotate: a repeated document's line"
import json
lines = [json.loads(l) for l in open("dups1.jsonl")]
assert [l["id"] for l in lines] == ["a", "b", "c", "d"], lines
assert [l.get("duplicate_of") for l in lines] == [None, "a", None, "a"], lines
assert lines[1]["title"] == "Other" and "title" not in lines[3]
assert lines[0]["quotes"] and lines[0]["entities"]
for k in ("entities", "quotes", "references", "relations"):
    assert lines[1][k] == lines[0][k] and lines[3][k] == lines[0][k], k
t = [json.loads(l) for l in open("dupt1.jsonl")]
assert [l["id"] for l in t] == ["dup1.txt", "dup2.txt"] and t[1]["duplicate_of"] == "dup1.txt", t
assert t[1]["quotes"] == t[0]["quotes"] and t[0]["quotes"], t
u = [json.loads(l) for l in open("dupu1.jsonl")]
assert [l.get("duplicate_of") for l in u] == [None, "a", None, "a"] and "quotes" not in u[0], u
assert u[3]["entities"] == u[0]["entities"] and u[0]["entities"], u
PY
# merge of that annotate JSONL counts the repeated text once, as build does.
"$GAZETTE" merge --quiet dups1.jsonl --graphml dups-merged.graphml > /dev/null
"$GAZETTE" build --quiet dups.jsonl --graphml dups-built.graphml > /dev/null
cmp dups-merged.graphml dups-built.graphml || fail "merge of annotate copies differs from build"

# --- --fresh: a new graph replaces the old one, which stays whole when the build fails.
cp -r all fresh
"$GAZETTE" build --no-progress "${ARTS[0]}" -o fresh --fresh > fresh.txt
[ "$(count fresh/graph.db documents)" -eq 1 ] || fail "--fresh kept the old documents"
grep -q "^graph:     1 document," fresh.txt || { cat fresh.txt; fail "--fresh summary"; }
grep -q "existing graph" fresh.txt && fail "--fresh summary speaks of an existing graph"
echo '{"format":"gazette/lexicon","version":1,"kind":"titles","entries":[' > bad.json
if "$GAZETTE" build --no-progress --rules bad.json "${ARTS[0]}" -o all --fresh > /dev/null 2>&1; then fail "bad rules accepted"; fi
[ "$(count all/graph.db documents)" -eq 8 ] || fail "a failed --fresh build touched the old graph"
ls all | grep -q tmp && fail "temporary file left"

# kill -9 during a --fresh build, once its new database is being written: the old
# graph is still there, whole.
/usr/bin/python3 - "$SRC/examples/articles.jsonl" > big.jsonl <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1])]
for i in range(1500):
    d = dict(docs[i % len(docs)]); d["id"] = f"copy-{i}"; d["text"] = f"Copy {i}. " + d["text"]
    print(json.dumps(d))
PY
cp -r all killed
"$GAZETTE" build -q --jobs 1 big.jsonl -o killed --fresh & PID=$!
while kill -0 $PID 2>/dev/null && ! compgen -G "killed/graph.db.tmp.*" > /dev/null; do sleep 0.005; done
sleep 0.2
if kill -9 $PID 2>/dev/null; then KILLED=yes; else KILLED=no; fi
wait $PID 2>/dev/null || true
if [ $KILLED = yes ]; then
  [ "$(count killed/graph.db documents)" -eq 8 ] || fail "a killed --fresh build changed the old graph"
  [ "$(sqlite3 killed/graph.db 'PRAGMA integrity_check')" = ok ] || fail "old graph damaged"
else
  [ "$(count killed/graph.db documents)" -eq 1500 ] || fail "--fresh build finished with the wrong graph"
fi
echo "--fresh killed: $KILLED; graph.db has $(count killed/graph.db documents) documents"

# --- -q prints nothing but errors.
"$GAZETTE" build -q "${ARTS[@]}" -o quiet > q.out 2> q.err
[ ! -s q.out ] && [ ! -s q.err ] || { cat q.out q.err; fail "-q printed"; }
"$GAZETTE" merge -q quiet/graph.db --graphml q.graphml > q.out 2> q.err
[ ! -s q.out ] && [ ! -s q.err ] || { cat q.out q.err; fail "merge -q printed"; }

# merge --progress: the shard being merged, on its own line; the per-shard notes too.
"$GAZETTE" merge --progress all/graph.db inc/graph.db --sqlite merged.db --fresh > /dev/null 2> merge.err
tr '\r' '\n' < merge.err > merge.lines
grep -q "^merging all/graph.db (1 of 2)" merge.lines || { cat -A merge.err; fail "merge progress"; }
grep -q "^gazette merge: inc/graph.db: 0 documents added, 8 already there" merge.lines || { cat -A merge.err; fail "merge note"; }
[ "$(count merged.db documents)" -eq 8 ] || fail "merge --fresh"

# --- Commands: none, help, help CMD, unknown; --version; usage says "gazette".
set +e
"$GAZETTE" > none.out 2> none.err; [ $? -eq 2 ] || fail "no command: exit code"
"$GAZETTE" frobnicate > unk.out 2> unk.err; [ $? -eq 2 ] || fail "unknown command: exit code"
"$GAZETTE" help frobnicate > /dev/null 2> unk2.err; [ $? -eq 2 ] || fail "help unknown: exit code"
set -e
grep -q "name a command: annotate, build" none.err || { cat none.err; fail "no command"; }
grep -q "unknown command 'frobnicate'" unk.err || { cat unk.err; fail "unknown command not named"; }
grep -q "unknown command 'frobnicate'" unk2.err || fail "help unknown"
"$GAZETTE" help > help.txt; grep -q "^Usage: gazette \[OPTIONS\] SUBCOMMAND" help.txt || { cat help.txt; fail "help"; }
"$GAZETTE" help build > hb.txt; grep -q "^Usage: gazette build" hb.txt || { cat hb.txt; fail "help build"; }
"$GAZETTE" export --help > he.txt; grep -q "^Usage: gazette export" he.txt || fail "export usage"
grep -q "not graph.db" he.txt || { cat he.txt; fail "export --help: -o"; }
grep -q "$(dirname "$GAZETTE")" help.txt hb.txt he.txt && fail "usage shows the binary's path"
"$GAZETTE" --version > v.txt; grep -q "^gazette [0-9]" v.txt && grep -q "^data: built-in [0-9a-f]\{16\}, formats" v.txt || { cat v.txt; fail "--version"; }

# --- Rejected option values and outputs: exit 2, nothing written.
rejects() {  # expected message, then the command
  local want=$1; shift
  set +e; "$GAZETTE" "$@" > rej.out 2> rej.err; local rc=$?; set -e
  [ $rc -eq 2 ] || { cat rej.out rej.err; fail "$* : exit $rc, not 2"; }
  grep -q -- "$want" rej.err || { cat rej.err; fail "$* : no '$want'"; }
}
rejects "unknown relation type 'FOO'" build "${ARTS[0]}" --graphml x.graphml --exclude-type FOO
rejects "min-docs" build "${ARTS[0]}" --graphml x.graphml --min-docs 0
rejects "name an output" export --from all/graph.db
rejects "only one of" build "${ARTS[0]}" --graphml - --json -
rejects "cannot be written to standard output" build "${ARTS[0]}" --sqlite -
rejects "unknown relation type" export --from all/graph.db --graphml x.graphml --exclude-type said_about
[ ! -e x.graphml ] || fail "a rejected command wrote its output"
"$GAZETTE" build "${ARTS[0]}" --graphml x.graphml --exclude-type SAID_ABOUT > /dev/null
grep -q "SAID_ABOUT" x.graphml && fail "--exclude-type SAID_ABOUT kept SAID_ABOUT"

# --- "-" as output: the graph on stdout, the summary on stderr, no file named "-".
"$GAZETTE" build --no-progress "${ARTS[@]}" --graphml - > stdout.graphml 2> summary.txt
xmllint --noout stdout.graphml
grep -q "^graph:" summary.txt || fail "summary not on stderr"
"$GAZETTE" export --from all/graph.db --json - > stdout.json 2> export.err
grep -q "^JSON:     (standard output)" export.err || fail "export: path line not on stderr"
/usr/bin/python3 -c "import json,sys; d=json.load(open('stdout.json')); assert d['nodes']" || fail "--json - is not JSON"
[ ! -e ./- ] || fail "a file named - was written"

# --- Plain text on stdin: one error that says stdin is JSONL.
set +e
printf 'Helen Marsh said the talks would go on.\nA second line.\n' | "$GAZETTE" annotate > /dev/null 2> stdin.err; rc=$?
set -e
[ $rc -eq 1 ] || fail "plain text on stdin: exit $rc"
[ "$(wc -l < stdin.err)" -eq 1 ] && grep -q "standard input is read as JSONL" stdin.err || { cat stdin.err; fail "stdin hint"; }

# --- Standard input that fails to read (a directory): an error and a non-zero exit, not an
# empty run that looks like success.
set +e
"$GAZETTE" annotate - < . > stdin_dir.out 2> stdin_dir.err; rc=$?
set -e
[ $rc -ne 0 ] || fail "a directory on stdin: exit 0"
grep -q "cannot read standard input" stdin_dir.err || { cat stdin_dir.err; fail "a directory on stdin: no error message"; }
[ ! -s stdin_dir.out ] || fail "a directory on stdin: output written"

# --- Progress: stage, percentage; a warning on its own line, not inside the progress line.
printf '{"id":"p%d","text":"Helen Marsh said talks %d would go on in Geneva.","date":"%s"}\n' 1 1 "2017-04-12" 2 2 "someday" 3 3 "2017-04-13" > prog.jsonl
"$GAZETTE" build --progress prog.jsonl --graphml prog.graphml > /dev/null 2> prog.err
tr '\r' '\n' < prog.err > prog.lines
grep -q "^annotating: 3 documents, .* (100%)" prog.lines || { cat -A prog.err; fail "progress line"; }
grep -q "^gazette: prog.jsonl:2: warning: date \"someday\" not read" prog.lines || { cat -A prog.err; fail "warning line"; }
grep "warning" prog.lines | grep -q "annotating" && fail "warning printed into the progress line"
grep -q "^writing prog.graphml" prog.lines || fail "writing stage not shown"
"$GAZETTE" annotate --progress prog.jsonl > /dev/null 2> aprog.err
tr '\r' '\n' < aprog.err | grep -q "^annotating: 3 documents, .* (100%)" || { cat -A aprog.err; fail "annotate progress"; }
"$GAZETTE" export --progress --from all/graph.db --gexf prog.gexf > /dev/null 2> eprog.err
tr '\r' '\n' < eprog.err | grep -q "^reading and measuring the graph of all/graph.db" || { cat -A eprog.err; fail "export progress"; }
tr '\r' '\n' < eprog.err | grep -q "^writing prog.gexf" || { cat -A eprog.err; fail "export writing progress"; }
"$GAZETTE" build prog.jsonl --graphml prog.graphml > /dev/null 2> noprog.err   # stderr is a file: no progress
grep -q "annotating" noprog.err && fail "progress shown on a non-terminal without --progress"

# --- Dates: each form read into ISO 8601, the time kept; unreadable ones warned with file:line.
: > dates.jsonl; : > want.txt
while IFS='|' read -r given want; do
  printf '{"id":"d","text":"Helen Marsh spoke. %s","date":"%s"}\n' "$given" "$given" >> dates.jsonl
  echo "$want" >> want.txt
done <<'DATES'
2017-04-12|2017-04-12
2017-04-12T18:37:05Z|2017-04-12T18:37:05Z
2017-04-12T18:37:05.250+0100|2017-04-12T18:37:05+01:00
2017-04-12 18:37|2017-04-12T18:37
Wed, 12 Apr 2017 18:37:05 +0100|2017-04-12T18:37:05+01:00
Wed, 12 Apr 2017 18:37 BST|2017-04-12T18:37+01:00
Wed, 12 Apr 2017 18:37:05 GMT|2017-04-12T18:37:05Z
April 12, 2017|2017-04-12
Apr. 12, 2017 6:37 p.m. ET|2017-04-12T18:37
Sept. 3, 2017|2017-09-03
12 April 2017|2017-04-12
12th April 2017 at 18:37|2017-04-12T18:37
Wednesday 12 April 2017 18.37 BST|2017-04-12T18:37+01:00
6:37 PM ET, Wed April 12, 2017|2017-04-12T18:37
2017/04/12|2017-04-12
24/12/2017|2017-12-24
12/24/2017|2017-12-24
1491936000|2017-04-11T18:40:00Z
DATES
"$GAZETTE" annotate --until tokens --no-progress dates.jsonl 2> dates.err \
  | /usr/bin/python3 -c "import json,sys; [print(json.loads(l).get('date')) for l in sys.stdin]" > got.txt
diff want.txt got.txt || fail "dates"
[ ! -s dates.err ] || { cat dates.err; fail "readable dates warned"; }
printf '{"id":"s","text":"Helen Marsh spoke.","date":"Published: 12:37 BST, 12 April 2017 | Updated: 13:01 BST, 12 April 2017"}\n' \
  | "$GAZETTE" annotate --until tokens - | grep -q '"date":"2017-04-12T12:37+01:00"' || fail "a labelled, stamped date"
printf '{"id":"a","text":"x.","date":"04/12/2017"}\n{"id":"b","text":"y.","date":"31 April 2017"}\n{"id":"c","text":"z.","date":"last Tuesday"}\n' > baddates.jsonl
"$GAZETTE" annotate --until tokens baddates.jsonl > bad.out 2> bad.err
for l in 1 2 3; do grep -q "^gazette: baddates.jsonl:$l: warning: date " bad.err || { cat bad.err; fail "no warning for line $l"; }; done
grep -q '"date":"04/12/2017"' bad.out || fail "an unreadable date was dropped"
# The date reaches the database with its time, the graph with its day.
"$GAZETTE" build --no-progress dates.jsonl --sqlite dates.db --gexf dates.gexf > /dev/null
sqlite3 dates.db "SELECT date FROM documents" | grep -q "^2017-04-12T18:37:05+01:00$" || fail "database date"

# --- HTML metadata: og:title / h1 without the site suffix, published time, url, site;
# the headline once; annotate echoes them all.
mkdir -p html
cat > html/a.html <<'HTML'
<!doctype html><html><head><title>Minister resigns over leak | Daily Example</title>
<meta property="og:site_name" content="Daily Example">
<meta property="article:published_time" content="2017-04-12T18:37:00+01:00">
<link rel="canonical" href="https://news.example/minister-resigns">
</head><body><header>Daily Example</header><article><h1>Minister resigns over leak</h1>
<p>Helen Marsh said on Tuesday that she would step down.</p></article></body></html>
HTML
cat > html/b.html <<'HTML'
<html><head><title>Talks stall in Geneva - Northgate Times</title>
<meta property="og:title" content="Talks stall in Geneva">
<meta property="og:url" content="https://northgate.example/talks">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"Wed, 12 Apr 2017 18:37 BST"}]}</script>
</head><body><p>Sergei Volkov told reporters the talks had stalled.</p></body></html>
HTML
cat > html/c.html <<'HTML'
<html><head><title>Harbour Post | Ministers meet in Oslo</title></head><body>
<time itemprop="datePublished" datetime="April 13, 2017">13 April</time><p>The ministers met in Oslo.</p></body></html>
HTML
"$GAZETTE" annotate html > html.jsonl
/usr/bin/python3 - <<'PY'
import json
d = {json.loads(l)["id"].split("/")[-1]: json.loads(l) for l in open("html.jsonl")}
a, b, c = d["a.html"], d["b.html"], d["c.html"]
assert a["title"] == "Minister resigns over leak", a["title"]
assert a["date"] == "2017-04-12T18:37:00+01:00" and a["url"] == "https://news.example/minister-resigns" and a["source"] == "Daily Example", a
names = {e["name"] for e in a["entities"]}
assert "Daily Example" not in names, names
assert [m["start"] for e in a["entities"] if e["name"] == "Helen Marsh" for m in e["mentions"]] == [28], a["entities"]
assert b["title"] == "Talks stall in Geneva" and b["date"] == "2017-04-12T18:37+01:00" and b["url"] == "https://northgate.example/talks", b
assert c["title"] == "Ministers meet in Oslo" and c["date"] == "2017-04-13", c
assert "Harbour Post" not in {e["name"] for e in c["entities"]}
print("html ok")
PY
# --- The library never prints (STYLE.md E): no reference to the standard streams or
# to printing functions in libgazette_core (progress reaches the CLI by a callback).
LIB=$(dirname "$GAZETTE")/libgazette_core.a
if [ -f "$LIB" ] && command -v nm > /dev/null; then
  if nm -u "$LIB" | grep -E ' (_ZSt4cout|_ZSt4cerr|_ZSt4clog|stdout|stderr|printf|fprintf|vfprintf|puts|fputs|putchar|perror)$'; then
    fail "the library prints (symbols above)"
  fi
fi
# --- annotate's standard output, written 64 KB at a time to a file or a pipe
# (cmd_annotate.cpp StdoutLines): the same lines to a file and through a pipe, with one
# job and two, and every good document's line written when the run ends in an error (a
# malformed line: exit 1).
{ cat "$SRC"/examples/articles.jsonl; echo '{"id":"broken","text":'; cat prog.jsonl; } > mixed.jsonl
set +e
"$GAZETTE" annotate --quiet --jobs 1 mixed.jsonl > mixed1.jsonl 2> mixed1.err; rc1=$?
"$GAZETTE" annotate --quiet --jobs 2 mixed.jsonl 2> mixed2.err | cat > mixed2.jsonl; rc2=${PIPESTATUS[0]}
set -e
[ $rc1 -eq 1 ] && [ $rc2 -eq 1 ] || fail "annotate with a malformed line: exit $rc1 / $rc2"
cmp mixed1.jsonl mixed2.jsonl || fail "annotate to a file and through a pipe differ"
[ "$(wc -l < mixed1.jsonl)" -eq $(( $(wc -l < "$SRC"/examples/articles.jsonl) + 3 )) ] || fail "annotate lost lines"
grep -q "mixed.jsonl:9: error: malformed JSON" mixed1.err || { cat mixed1.err; fail "malformed line not reported"; }

echo "cli ok"
