#!/usr/bin/env bash
# Scale-out end to end: the examples plus a few hundred synthetic articles are built
# once on one machine (gazette build) and once through the Dask recipe
# (tools/dask/run_shards.py: 4 shards on a LocalCluster of two worker processes,
# then gazette merge), and the two databases must agree: the same entities (key,
# name, type), the same edges (head key, type, tail key, weight), the same numbers
# of documents and quotes; in fact the same rows, ids included, except
# documents.source, which names the shard file. The graph files must be byte for
# byte the same, and so must the graph merged from the shards' annotate JSONL.
# Skipped (77) when /usr/bin/python3 has no distributed (python3-distributed).
set -euo pipefail
GAZETTE=$1; SRC=$2; WORK=$3
PY=/usr/bin/python3
if ! $PY -c 'import distributed' 2>/dev/null; then
  echo "skip: /usr/bin/python3 has no distributed (apt-get install python3-distributed)"
  exit 77
fi
rm -rf "$WORK"; mkdir -p "$WORK"; cd "$WORK"
start=$(date +%s%N)

# The corpus: examples/articles.jsonl, then 320 invented articles: invented people,
# real countries and cities. Some are repeated verbatim far apart (so in different
# shards), one under another id, a few have no id (the recipe gives them the id a
# single build gives: corpus.jsonl:LINE), and one person is spelled two ways (one
# merge key, the name first seen).
$PY - "$SRC/examples/articles.jsonl" > corpus.jsonl <<'PY'
import json, random, sys
rng = random.Random(20260302)
for line in open(sys.argv[1], encoding="utf-8"):
    sys.stdout.write(line)
given = ["Anna", "Bo", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Lars",
         "Mira", "Nadia", "Omar", "Paula", "Rafael", "Sofia", "Tomas", "Vera"]
surnames = ["Example", "Sample", "Testa", "Mockley", "Placeholt", "Fictor", "Dummett", "Modelle", "Protova",
            "Exemplar", "Specimen", "Draftley", "Pretendo", "Madeup", "Fakhri", "Inventa"]
countries = ["France", "Germany", "Japan", "Brazil", "Kenya", "Canada", "India", "Mexico", "Norway", "Chile",
             "Egypt", "Turkey", "Poland", "Australia", "Indonesia", "Nigeria"]
cities = ["Geneva", "Vienna", "Nairobi", "Oslo", "Lima", "Brussels", "Jakarta", "Istanbul", "Warsaw", "Cairo"]
titles = ["Foreign Minister", "President", "Prime Minister", "Defence Minister", "Trade Minister"]
topics = ["trade", "climate", "border", "energy", "fisheries", "migration"]
quotes = ["We agreed on the next steps", "We will not accept new tariffs", "This is a good day for both countries",
          "The talks were difficult but honest", "Our position has not changed", "We need more time"]
people = [(rng.choice(given), s, rng.choice(countries), rng.choice(titles)) for s in surnames]
docs = []
for i in range(320):
    (g1, s1, c1, t1), (g2, s2, c2, t2) = rng.sample(people, 2)
    if s1 == "Protova" and i % 2:
        g1 = "Sergey"
    elif s1 == "Protova":
        g1 = "Sergei"
    city, topic, q1, q2 = rng.choice(cities), rng.choice(topics), rng.choice(quotes), rng.choice(quotes)
    c3 = rng.choice([c for c in countries if c not in (c1, c2)])
    day = 1 + i % 28
    sentences = [
        f"{t1} {g1} {s1} of {c1} met {t2} {g2} {s2} of {c2} in {city} on Tuesday.",
        f"\"{q1},\" {s1} said after the meeting.",
        f"{s2} criticized {c3} over its {topic} policy.",
        f"{c1} supports the {topic} plan, {s2} told reporters.",
        f"\"{q2},\" said {g2} {s2}.",
    ]
    rng.shuffle(sentences[2:])
    text = f"{s1} and {s2} meet in {city}\n\n" + " ".join(sentences)
    doc = {"id": f"synthetic/{i:03d}", "title": f"{s1} and {s2} meet in {city}", "date": f"2026-04-{day:02d}",
           "source": "Synthetic Wire", "text": text}
    if i % 97 == 5:
        del doc["id"]
    docs.append(doc)
out = list(docs)
for k in range(0, 300, 29):  # verbatim repeats, about 150 documents later
    out.insert(min(len(out), k + 150), docs[k])
twin = dict(docs[7]); twin["id"] = "mirror/007"
out.append(twin)
for d in out:
    print(json.dumps(d, ensure_ascii=False))
PY
echo "corpus: $(wc -l < corpus.jsonl) lines"

# One machine.
"$GAZETTE" build --quiet corpus.jsonl -o single > single.txt
# The Dask recipe: 4 shards, LocalCluster(n_workers=2, threads_per_worker=1, processes=True).
$PY "$SRC/tools/dask/run_shards.py" --gazette "$GAZETTE" --shards 4 --workdir shards -o merged corpus.jsonl \
    > dask.txt 2> dask.err || { cat dask.txt dask.err; exit 1; }
cat dask.err
[ "$(ls shards/shard_*.db | wc -l)" -eq 4 ] || { echo "expected 4 shard databases"; exit 1; }

$PY - <<'PY'
import sqlite3
single, merged = sqlite3.connect("single/graph.db"), sqlite3.connect("merged/graph.db")
def q(db, sql):
    return db.execute(sql).fetchall()
def same(what, sql, ordered=False):
    a, b = q(single, sql), q(merged, sql)
    if not ordered:
        a, b = sorted(a, key=repr), sorted(b, key=repr)
    if a != b:
        sa, sb = set(a), set(b)
        raise SystemExit(f"{what} differ: {len(a)} vs {len(b)} rows; single only {sorted(sa - sb)[:5]}, "
                         f"merged only {sorted(sb - sa)[:5]}")
    print(f"{what}: {len(a)} rows equal")
    return a
same("entities (key, name, type)", "SELECT key, name, type FROM entities")
edges = same("edges (head key, type, tail key, weight)",
             "SELECT h.key, r.type, t.key, COUNT(DISTINCT d.doc_id) FROM relations r "
             "JOIN entities h ON h.id = r.head JOIN entities t ON t.id = r.tail JOIN documents d ON d.id = r.document "
             "WHERE r.head <> r.tail GROUP BY r.head, r.type, r.tail")
same("edges view", "SELECT head, type, tail, weight FROM edges")
docs = same("document count", "SELECT COUNT(*) FROM documents")[0][0]
quotes = same("quote count", "SELECT COUNT(*) FROM quotes")[0][0]
assert docs == 8 + 320, docs  # the repeats, and the twin under another id, count once
assert quotes > 500 and max(w for *_, w in edges) > 10, (quotes, edges[:3])
# The same rows, ids included: the shards were merged in slice order.
for table, cols in [("documents", "id, doc_id, title, date, url, outlet, content_hash, length"),
                    ("entities", "*"), ("aliases", "*"), ("document_entities", "*"), ("sentences", "*"),
                    ("mentions", "*"), ("quotes", "*"), ("quote_about", "*"), ("relations", "*"),
                    ("relation_evidence", "*")]:
    same(table, f"SELECT {cols} FROM {table} ORDER BY 1, 2", ordered=True)
# Documents without an id got the one a single build gives them.
ids = [r[0] for r in q(merged, "SELECT doc_id FROM documents WHERE doc_id LIKE 'corpus.jsonl:%'")]
assert len(ids) == 4, ids
# Repeats across shards were skipped by the merge.
shard_docs = sum(sqlite3.connect(f"shards/shard_{i:03d}.db").execute("SELECT COUNT(*) FROM documents").fetchone()[0]
                 for i in range(4))
assert shard_docs > docs, (shard_docs, docs)
print(f"{docs} documents ({shard_docs - docs} repeated across shards), {quotes} quotes, {len(edges)} edges")
PY
for f in graph.graphml graph.gexf graph.json; do
  cmp "single/$f" "merged/$f" || { echo "$f differs between the single build and the merge"; exit 1; }
done
echo "graph files identical"

# The same shards through annotate JSONL, merged into the graph files only. Without
# the texts a repeat is known only when its line repeats, so the twin under another
# id (the corpus' last line) is left out of both sides here.
twin='"id": "mirror/007"'
grep -v "$twin" corpus.jsonl > corpus-1.jsonl
"$GAZETTE" build --quiet corpus-1.jsonl --graphml single-1.graphml > /dev/null
for s in shards/shard_*.jsonl; do grep -v "$twin" "$s" | "$GAZETTE" annotate --quiet --jobs 1 - > "${s%.jsonl}.ann.jsonl"; done
"$GAZETTE" merge --quiet shards/shard_*.ann.jsonl --graphml jsonl.graphml > merge-jsonl.txt
# Edges name their documents: the ids given from the line number name corpus-1.jsonl there.
sed 's/corpus-1\.jsonl:/corpus.jsonl:/g' single-1.graphml > single-1.renamed.graphml
cmp single-1.renamed.graphml jsonl.graphml || { echo "graph merged from annotate JSONL differs"; exit 1; }
# A database cannot be made from annotate JSONL: a usage error naming the file.
if "$GAZETTE" merge shards/shard_000.ann.jsonl --sqlite no.db 2> err.txt; then echo "expected exit 2"; exit 1; fi
grep -q "shard_000.ann.jsonl" err.txt && [ ! -e no.db ]
echo "annotate JSONL merge ok"

echo "dask e2e: $(( ($(date +%s%N) - start) / 1000000 )) ms"
