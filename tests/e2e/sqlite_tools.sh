#!/usr/bin/env bash
# The database as other tools see it: sqlite-utils finds the quotes' FTS5 index
# (`sqlite-utils search graph.db quotes WORD`), the views relations_named,
# entity_lookup (any alias, any case) and repeated_quotes answer, and every canned
# query of the Datasette metadata.json written by `build -o` runs.
set -euo pipefail
GAZETTE=$1; SRC=$2; WORK=$3
rm -rf "$WORK"; mkdir -p "$WORK"; cd "$WORK"
"$GAZETTE" build --quiet "$SRC/examples/articles" -o out > build.txt
grep -q "^Datasette: out/metadata.json" build.txt || { echo "FAIL: no metadata.json named"; exit 1; }
if command -v sqlite-utils > /dev/null; then
  sqlite-utils search out/graph.db quotes guarantees > search.json
  /usr/bin/python3 -c "
import json, sys
rows = json.load(open('search.json'))
assert rows and all('guarantees' in r['text'].lower() for r in rows), rows
print('sqlite-utils search: %d quotes' % len(rows))"
else
  echo "sqlite-utils not installed: search check not run"
fi
/usr/bin/python3 - <<'PY'
import json, sqlite3
db = sqlite3.connect("out/graph.db")
one = lambda sql, *a: db.execute(sql, a).fetchall()
fts = one("SELECT sql FROM sqlite_master WHERE name = 'quotes_fts'")[0][0]
assert 'content="quotes"' in fts, fts          # how sqlite-utils and Datasette detect it
assert one("SELECT COUNT(*) FROM relations_named") == one("SELECT COUNT(*) FROM relations")
head, tail, evidence, document = one("SELECT head, tail, evidence, document FROM relations_named LIMIT 1")[0]
assert head and tail and evidence and document
# A surname alone, in any case, finds the person; their quotes follow.
found = one("SELECT DISTINCT entity FROM entity_lookup WHERE name = 'volkov'")
assert found == [("Sergei Volkov",)], found
said = one("SELECT COUNT(*) FROM entity_lookup l JOIN quotes q ON q.speaker = l.entity_id WHERE l.name = 'VOLKOV'")[0][0]
assert said > 0
# Quotes carried verbatim by two articles of the examples are grouped.
repeated = one("SELECT quote, copies FROM repeated_quotes")
assert repeated and all(c >= 2 for _, c in repeated), repeated
meta = json.load(open("out/metadata.json"))
queries = meta["databases"]["graph"]["queries"]
params = {"about": "Russia", "name": "Sergei Volkov", "word": "guarantees", "a": "Russia", "b": "Ukraine"}
for name, q in queries.items():
    rows = db.execute(q["sql"], params).fetchall()
    print("canned query %-22s %3d rows" % (name, len(rows)))
assert db.execute(queries["quotes_by_speaker"]["sql"], {"name": "volkov"}).fetchall()
print("views and canned queries ok (%d repeated quotes)" % len(repeated))
PY
