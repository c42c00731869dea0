#!/usr/bin/env bash
# Scores a gazette binary on every evaluation set in ../shared (when it is there):
# the seeds and the 24 dev articles (score.py graph), PolNeAR (attrib), CoNLL-2003 dev
# and train (ner; full annotate, and dev also --until entities as logged before). One summary block; the predictions and the misses files are kept
# in OUT (default build-score/) for reading by category:
#   cut -f2 OUT/dev.misses | sort | uniq -c
# Usage: scripts/score.sh [GAZETTE [OUT]]     (GAZETTE defaults to build/gazette)
set -euo pipefail
cd "$(dirname "$0")/.."
G=$(realpath "${1:-build/gazette}")
OUT=${2:-build-score}
S=../shared
[ -f "$S/eval/score.py" ] || { echo "no ../shared/eval/score.py: nothing to score"; exit 0; }
mkdir -p "$OUT"
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3
"$G" annotate --quiet "$S/seeds/seeds.jsonl" > "$OUT/seeds.jsonl"
"$G" annotate --quiet "$S/dev/articles/docs.jsonl" > "$OUT/dev.jsonl"
"$G" annotate --quiet "$S/dev/polnear/docs.jsonl" > "$OUT/polnear.jsonl" 2>/dev/null
"$G" annotate --quiet "$S/eval/conll2003-dev.jsonl" > "$OUT/conll-dev.jsonl"
"$G" annotate --quiet --until entities "$S/eval/conll2003-dev.jsonl" > "$OUT/conll-dev-entities.jsonl"
"$G" annotate --quiet "$S/eval/conll2003-train.jsonl" > "$OUT/conll-train.jsonl"
echo "== seeds (graph)"
$PY "$S/eval/score.py" graph "$S/gold/seeds.jsonl" "$OUT/seeds.jsonl" --text "$S/seeds/seeds.jsonl" --misses "$OUT/seeds.misses"
echo "== dev articles (graph)"
$PY "$S/eval/score.py" graph "$S/dev/articles/gold.jsonl" "$OUT/dev.jsonl" --text "$S/dev/articles/docs.jsonl" --misses "$OUT/dev.misses"
echo "== PolNeAR (attrib)"
$PY "$S/eval/score.py" attrib "$S/dev/polnear/gold.jsonl" "$OUT/polnear.jsonl" | sed -n '1,3p'
echo "== CoNLL-2003 dev (ner)"
$PY "$S/eval/score.py" ner "$S/eval/conll2003-dev.jsonl" "$OUT/conll-dev.jsonl" | sed -n '1,4p'
echo "== CoNLL-2003 dev (ner), --until entities (the figure of docs/quality-log.md rows 1-42)"
$PY "$S/eval/score.py" ner "$S/eval/conll2003-dev.jsonl" "$OUT/conll-dev-entities.jsonl" | sed -n '4p'
echo "== CoNLL-2003 train (ner)"
$PY "$S/eval/score.py" ner "$S/eval/conll2003-train.jsonl" "$OUT/conll-train.jsonl" | sed -n '4p'
