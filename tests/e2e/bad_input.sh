#!/usr/bin/env bash
# Bad input: every problem is reported with file and line/offset, the exit code is 1,
# and every good document is still processed.
# GAZETTE_TEST_HUGE_MB sets the size of the one-line document (default 50; the
# sanitizer build in scripts/test.sh uses 5).
set -euo pipefail
GAZETTE=$1; SRC=$2; WORK=$3
rm -rf "$WORK"; mkdir -p "$WORK/in"
cd "$WORK"
printf 'Caf\xe9 talks: Vladimir Putin met Rex Tillerson in Moscow.\n' > in/01-invalid-utf8.txt
printf '\x7fELF\x00\x00\x01binary' > in/02-binary.txt
: > in/03-empty.txt
{ printf '{"id":"good-1","text":"Sergei Lavrov said the talks were useful."}\n'
  printf '{"id":"broken", "text": \n'
  printf 'not json at all\n'
  printf '{"id":"good-2","text":"Angela Merkel met Emmanuel Macron in Berlin."}\n'; } > in/04-lines.jsonl
# No sentence punctuation at all, and ten thousand quotation marks.
python3 - <<'PY'
import os, random
random.seed(7)
open("in/05-no-punct.txt","w").write(" ".join(["word"]*20000))
open("in/06-quotes.txt","w").write(" ".join(random.choice(['"', "'", "\u201c", "\u201d", "said Putin", "Lavrov"]) for _ in range(10000)))
# A 50 MB single-line document (GAZETTE_TEST_HUGE_MB).
with open("in/07-huge.txt","w") as f:
    chunk = "Vladimir Putin met Rex Tillerson in Moscow and said relations were at a low point. "
    mb = int(os.environ.get("GAZETTE_TEST_HUGE_MB", "50"))
    f.write(chunk * (mb * 1024 * 1024 // len(chunk)))
PY
set +e
timeout 300 "$GAZETTE" annotate --jobs 2 in > out.jsonl 2> err.txt
rc=$?
set -e
cat err.txt
[ "$rc" -eq 1 ] || { echo "expected exit code 1, got $rc"; exit 1; }
grep -q "01-invalid-utf8.txt: warning: invalid UTF-8.*byte offset 3" err.txt || { echo "no invalid UTF-8 warning"; exit 1; }
grep -q "02-binary.txt: error: looks binary" err.txt || { echo "no binary message"; exit 1; }
grep -q "04-lines.jsonl:2: error: malformed JSON" err.txt || { echo "no JSONL line 2 message"; exit 1; }
grep -q "04-lines.jsonl:3: error: malformed JSON" err.txt || { echo "no JSONL line 3 message"; exit 1; }
python3 - <<'PY'
import json
docs = [json.loads(l) for l in open("out.jsonl")]
ids = [d["id"] for d in docs]
need = ["in/01-invalid-utf8.txt", "in/03-empty.txt", "good-1", "good-2", "in/05-no-punct.txt", "in/06-quotes.txt", "in/07-huge.txt"]
missing = [n for n in need if n not in ids]
assert not missing, f"documents not processed: {missing} (got {ids})"
assert "in/02-binary.txt" not in ids
g2 = next(d for d in docs if d["id"] == "good-2")
names = {e["name"] for e in g2["entities"]}
assert {"Angela Merkel", "Emmanuel Macron"} <= names, names
print(f"ok: {len(docs)} documents processed")
PY
