#!/usr/bin/env bash
# Gephi Lite's parsers read the exports: npm graphology-graphml and graphology-gexf
# (what Gephi Lite opens files with) parse the examples' GraphML and GEXF with every
# node, edge, position, size and evidence list (tests/clients/check_gephi_lite.js).
# The packages come from the npm registry by tests/clients/package-lock.json (npm ci).
# Skips (77) when node/npm are missing or the registry cannot be reached.
set -uo pipefail
GAZETTE=$1; SRC=$2; WORK=$3
rm -rf "$WORK"; mkdir -p "$WORK"; cd "$WORK" || exit 1
command -v node > /dev/null && command -v npm > /dev/null || { echo "SKIP: node/npm not installed"; exit 77; }
cp "$SRC/tests/clients/package.json" "$SRC/tests/clients/package-lock.json" "$SRC/tests/clients/check_gephi_lite.js" \
  "$SRC/tests/clients/check_quote_nodes.js" .
npm ci --no-audit --no-fund --loglevel=error > npm.log 2>&1 || { cat npm.log; echo "SKIP: npm ci failed (registry?)"; exit 77; }
"$GAZETTE" build --quiet "$SRC/examples/articles" -o out > /dev/null || { echo "FAIL: build"; exit 1; }
node check_gephi_lite.js out/graph.graphml out/graph.gexf out/graph.json || exit 1
# With --drop-isolates and the layout of a bigger graph too.
"$GAZETTE" build --quiet --drop-isolates "$SRC/examples/articles" --graphml di.graphml --gexf di.gexf --json di.json > /dev/null ||
  { echo "FAIL: build --drop-isolates"; exit 1; }
node check_gephi_lite.js di.graphml di.gexf di.json || exit 1
# --quotes-as-nodes: every quote of a known speaker is a node with its words.
"$GAZETTE" export --quiet --from out/graph.db --quotes-as-nodes --graphml q.graphml --gexf q.gexf > /dev/null ||
  { echo "FAIL: export --quotes-as-nodes"; exit 1; }
quotes=$(/usr/bin/python3 -c "import sqlite3; print(sqlite3.connect('out/graph.db').execute('SELECT COUNT(*) FROM quotes WHERE speaker IS NOT NULL').fetchone()[0])")
[ "$quotes" -gt 0 ] || { echo "FAIL: the examples have no quote of a known speaker"; exit 1; }
node check_quote_nodes.js q.graphml q.gexf "$quotes" || exit 1
echo "Gephi Lite parsers ok"
