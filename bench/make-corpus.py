#!/usr/bin/python3
"""The input of issue #23's end-to-end figures: a JSONL corpus de-duplicated (by
exact text), then repeated COPIES times, each copy's documents prefixed with a line
"Copy k." (k = 1..COPIES) and given ids "<id>#k", so that no document repeats and
duplicate detection keeps every one.

    bench/make-corpus.py [CORPUS] [OUT] [COPIES]

Defaults: ../shared/bench/news-2213.jsonl, build-bench/news-x4.jsonl, 4 (about 19.7 MB).
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "bench", "news-2213.jsonl")
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join("build-bench", "news-x4.jsonl")
copies = int(sys.argv[3]) if len(sys.argv) > 3 else 4

docs, seen = [], set()
with open(corpus, encoding="utf-8") as f:
    for line in f:
        if not line.strip():
            continue
        d = json.loads(line)
        if d.get("text") in seen:
            continue
        seen.add(d.get("text"))
        docs.append(d)

os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
tmp = out + ".tmp"
with open(tmp, "w", encoding="utf-8") as f:
    for k in range(1, copies + 1):
        for d in docs:
            e = dict(d)
            e["id"] = f"{d.get('id', '')}#{k}"
            e["text"] = f"Copy {k}.\n" + d["text"]
            f.write(json.dumps(e) + "\n")
os.replace(tmp, out)
print(f"{out}: {len(docs)} documents x {copies} = {os.path.getsize(out) / 1e6:.1f} MB")
