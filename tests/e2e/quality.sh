#!/usr/bin/env bash
# Quality thresholds as a test (regression guard): the seeds' graph scores and the
# CoNLL-2003 development set F1, when ../shared is beside the checkout; skipped (77)
# otherwise. Thresholds sit a little under the figures in docs/quality-log.md.
set -euo pipefail
GAZETTE=$1; SRC=$2; WORK=$3
SHARED="$SRC/../shared"
[ -f "$SHARED/eval/score.py" ] && [ -f "$SHARED/gold/seeds.jsonl" ] || { echo "no ../shared: skipped"; exit 77; }
rm -rf "$WORK"; mkdir -p "$WORK"; cd "$WORK"
"$GAZETTE" annotate --quiet "$SHARED/seeds/seeds.jsonl" > seeds.jsonl
python3 "$SHARED/eval/score.py" graph "$SHARED/gold/seeds.jsonl" seeds.jsonl --text "$SHARED/seeds/seeds.jsonl" --json > seeds.score.json
"$GAZETTE" annotate --quiet --until entities "$SHARED/eval/conll2003-dev.jsonl" > conll.jsonl
python3 "$SHARED/eval/score.py" ner "$SHARED/eval/conll2003-dev.jsonl" conll.jsonl --json > conll.score.json
python3 - <<'PY'
import json
s = json.load(open("seeds.score.json"))
c = json.load(open("conll.score.json"))
got = {
    "seeds entities": s["entities"]["f1"],
    "seeds quotes": s["quotes"]["f1"],
    "seeds quotes_with_speaker": s["quotes_with_speaker"]["f1"],
    "seeds relations": s["relations"]["f1"],
    "seeds ROLE_IN": s["relations_by_type"]["ROLE_IN"]["f1"],
    "seeds MET_WITH": s["relations_by_type"]["MET_WITH"]["f1"],
    "seeds canonical_consistency": s["canonical_consistency"],
    "conll all": c["all"]["f1"],
}
floor = {
    "seeds entities": 0.91, "seeds quotes": 0.88, "seeds quotes_with_speaker": 0.79,
    "seeds relations": 0.75, "seeds ROLE_IN": 0.80, "seeds MET_WITH": 0.80, "seeds canonical_consistency": 0.93,
    "conll all": 0.79,
}
bad = []
for k, v in got.items():
    print(f"{k:30} {v:.3f}  (floor {floor[k]:.2f})")
    if v < floor[k]:
        bad.append(k)
assert not bad, f"below the floor: {bad}"
PY
