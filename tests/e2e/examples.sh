#!/usr/bin/env bash
# End to end on examples/: annotate and build, then real clients read the outputs:
# xmllint (well-formed GraphML/GEXF), networkx and igraph (GraphML), networkx (GEXF,
# node-link JSON), and the sqlite3 shell (schema, views, FTS5, every README query).
set -euo pipefail
GAZETTE=$1; SRC=$2; WORK=$3
PY=/usr/bin/python3
rm -rf "$WORK"; mkdir -p "$WORK"; cd "$WORK"

# annotate: one valid JSON line per article, in the schema of the scorer.
"$GAZETTE" annotate --quiet "$SRC/examples/articles" > ann.jsonl
[ "$(wc -l < ann.jsonl)" -eq 8 ] || { echo "expected 8 annotated documents"; exit 1; }
$PY - <<'PY'
import json
for line in open("ann.jsonl"):
    d = json.loads(line)
    assert set(d) >= {"id", "entities", "quotes", "relations"}, d.keys()
    names = {e["name"] for e in d["entities"]}
    for e in d["entities"]:
        assert e["type"] in {"PERSON", "COUNTRY", "ORGANIZATION", "LOCATION"}
    for q in d["quotes"]:
        assert q["kind"] in {"direct", "indirect"} and q["start"] < q["end"]
        assert q["speaker"] is None or q["speaker"] in names
    for r in d["relations"]:
        assert r["head"] in names and r["tail"] in names, r
print("annotate ok")
PY
# The JSONL input gives the same annotations as the .txt files (ids aside).
"$GAZETTE" annotate --quiet "$SRC/examples/articles.jsonl" > ann2.jsonl
[ "$(wc -l < ann2.jsonl)" -eq 8 ] || { echo "JSONL input: expected 8 documents"; exit 1; }

# build: every output, then read each with its real client.
"$GAZETTE" build --no-progress "$SRC/examples/articles.jsonl" -o out > build.txt
cat build.txt
grep -q "documents" build.txt
xmllint --noout out/graph.graphml
xmllint --noout out/graph.gexf
$PY - <<'PY'
import json, networkx as nx, igraph as ig
g = nx.read_graphml("out/graph.graphml")
assert g.number_of_nodes() > 10, g.number_of_nodes()
assert g.number_of_edges() > 5, g.number_of_edges()
for n, a in g.nodes(data=True):
    assert a.get("label") and a.get("type") in {"PERSON", "COUNTRY", "ORGANIZATION", "LOCATION"}, a
    assert all(k in a for k in ("r", "g", "b"))
for u, v, a in g.edges(data=True):
    assert a.get("weight", 0) > 0 and a.get("label"), a
h = ig.Graph.Read_GraphML("out/graph.graphml")
assert h.vcount() == g.number_of_nodes() and h.ecount() == g.number_of_edges()
j = nx.node_link_graph(json.load(open("out/graph.json")))
assert j.number_of_nodes() == g.number_of_nodes()
labels = {a["label"] for _, a in g.nodes(data=True)}
for want in ("United States", "Russia"):
    assert want in labels, (want, sorted(labels))
print(f"clients ok: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
open("counts.txt", "w").write(f"{g.number_of_nodes()} {g.number_of_edges()}\n")
PY
read -r NODES EDGES < counts.txt
# GEXF (1.3, read with the namespace registered), GraphML and JSON agree with each other.
$PY "$SRC/tests/clients/check_graph.py" --graphml out/graph.graphml --gexf out/graph.gexf --json out/graph.json \
    --nodes "$NODES" --edges "$EDGES"
# --quotes-as-nodes: networkx and igraph see every quote of a known speaker as a node.
"$GAZETTE" export --quiet --from out/graph.db --quotes-as-nodes --graphml q.graphml --gexf q.gexf > /dev/null
QUOTES=$(sqlite3 out/graph.db "SELECT count(*) FROM quotes WHERE speaker IS NOT NULL;")
$PY "$SRC/tests/clients/check_quote_nodes.py" q.graphml q.gexf "$QUOTES"

# SQLite: integrity, tables, views, FTS5, and the README's queries.
[ "$(sqlite3 out/graph.db 'PRAGMA integrity_check;')" = "ok" ]
for t in documents sentences entities aliases mentions quotes quote_about relations; do
  n=$(sqlite3 out/graph.db "SELECT count(*) FROM $t;")
  echo "$t: $n"
done
[ "$(sqlite3 out/graph.db 'SELECT count(*) FROM documents;')" -eq 8 ]
[ "$(sqlite3 out/graph.db 'SELECT count(*) FROM quotes;')" -gt 10 ]
sqlite3 out/graph.db "SELECT count(*) FROM who_said_what_about_whom;" > /dev/null
sqlite3 -bail out/graph.db < "$SRC/examples/queries.sql" > queries.out
echo "README queries ok ($(wc -l < queries.out) result lines)"
# Each query answers: the story's facts are there.
grep -q "^speaker|quote|document" queries.out
grep -q "Sergei Volkov|" queries.out || grep -q "Sergey Volkov|" queries.out
grep -q "guarantees" queries.out
grep -q "|Secretary of State|United States|" queries.out
grep -q "Helen Marsh|MET_WITH|" queries.out || grep -q "|MET_WITH|Helen Marsh|" queries.out

# Incremental: adding the same articles again adds nothing.
"$GAZETTE" build --no-progress "$SRC/examples/articles.jsonl" --sqlite out/graph.db > again.txt
grep -q "0 documents added" again.txt || { cat again.txt; echo "incremental build re-added documents"; exit 1; }
# export from the database alone
"$GAZETTE" export --from out/graph.db --graphml re.graphml > /dev/null
xmllint --noout re.graphml
# explain shows rules
"$GAZETTE" explain --quiet "$SRC/examples/articles/01-meridian-wire-geneva-talks-open.txt" > explain.txt
grep -q "~gazetteer" explain.txt
grep -q -- "-- quotes" explain.txt
echo "examples end-to-end ok"
