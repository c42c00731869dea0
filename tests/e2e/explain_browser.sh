#!/usr/bin/env bash
# `gazette explain --format html` in a real browser: headless Chromium opens the page
# of an article written here (with a byline, a photo credit, a share bar and a repeated
# paragraph, which the pipeline skips) and of the examples, with "#selftest"; the page
# checks its own drawing (every mark has its bars and one label, bars of overlapping
# marks never intersect, skipped text is struck through) and writes the result into
# the DOM. The counts of marks are compared with `gazette annotate`'s. A screenshot is
# kept (WORK/explain.png). Skips (77) only when chromium is missing.
set -uo pipefail
GAZETTE=$1; SRC=$2; WORK=$3
rm -rf "$WORK"; mkdir -p "$WORK"; cd "$WORK" || exit 1
command -v chromium > /dev/null || { echo "SKIP: chromium is not installed"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }

cat > talks.txt <<'TXT'
By Jane Ordway

Foreign Minister Anna Keller met Sergei Volkov in Geneva on Monday. "We will not sign a deal that leaves our ports exposed," Keller said after the talks.

(Photo: Marta Lind/Reuters)

Volkov said that Nordvega would keep its shares in the harbour company.

Foreign Minister Anna Keller met Sergei Volkov in Geneva on Monday. "We will not sign a deal that leaves our ports exposed," Keller said after the talks.

Facebook Twitter Email
TXT
inputs=(talks.txt "$SRC"/examples/articles/*.txt)
"$GAZETTE" explain --format html "${inputs[@]}" > explain.html 2> explain.err || { cat explain.err; fail "explain --format html"; }
grep -q '^<!DOCTYPE html>' explain.html || fail "not an HTML page"
if grep -Eiq '<(script|link|img)[^>]+(src|href)=' explain.html; then fail "the page loads an outside resource"; fi
"$GAZETTE" explain "${inputs[@]}" > explain.txt || fail "explain (text)"
"$GAZETTE" annotate "${inputs[@]}" > annotate.jsonl || fail "annotate"

url="file://$WORK/explain.html#selftest"
chrome() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --enable-unsafe-swiftshader \
    --user-data-dir="$(mktemp -d)" --window-size=1200,900 --virtual-time-budget=5000 "$@"
}
chrome --dump-dom "$url" > dom.html 2> chromium.err || { tail -n 20 chromium.err; fail "chromium --dump-dom"; }
result=$(grep -o 'selftest: [A-Z]* [^<]*' dom.html | head -n 1)
[ -n "$result" ] || { tail -n 20 chromium.err; fail "the page wrote no self-test result"; }
echo "$result"
case "$result" in "selftest: PASS "*) ;; *) fail "self-test failed";; esac
# What annotate found is what the page drew: mentions per type, quotes, skipped runs.
/usr/bin/python3 - "$result" <<'PY' || exit 1
import json, re, sys
drawn = dict(re.findall(r"(\w+)=(\d+)", sys.argv[1]))
count = {}
for line in open("annotate.jsonl"):
    d = json.loads(line)
    for e in d["entities"]:
        n = sum(1 for m in e.get("mentions", []) if m["end"] > m["start"])
        count[e["type"]] = count.get(e["type"], 0) + n
    # The coreference stage's references are drawn as mentions of their entity.
    type_of = {}
    for e in d["entities"]: type_of.setdefault(e["name"], e["type"])
    for r in d.get("references", []):
        if r["end"] > r["start"] and r["entity"] in type_of:
            count[type_of[r["entity"]]] = count.get(type_of[r["entity"]], 0) + 1
    count["quote"] = count.get("quote", 0) + sum(1 for q in d.get("quotes", []) if q["end"] > q["start"])
bad = [f"{k}: annotate {v}, drawn {drawn.get(k, '0')}" for k, v in count.items() if int(drawn.get(k, 0)) != v]
if int(drawn.get("shared", 0)) == 0: bad.append("no segment carries two marks: overlaps not exercised")
if int(drawn.get("skip", 0)) < 3: bad.append("the byline, photo credit, share bar and repeated paragraph were not all shown as skipped")
if bad:
    print("FAIL: " + "; ".join(bad)); sys.exit(1)
print("marks match annotate: " + ", ".join(f"{k} {v}" for k, v in sorted(count.items())))
PY
grep -q 'skipped: duplicate paragraph' explain.html || fail "the repeated paragraph is not shown as skipped"
grep -q 'skipped: page furniture' explain.html || fail "page furniture is not shown as skipped"
chrome --screenshot="$WORK/explain.png" "file://$WORK/explain.html" > /dev/null 2> chromium-shot.err || fail "chromium --screenshot"
[ "$(stat -c %s explain.png)" -gt 20000 ] || fail "screenshot missing or blank"
echo "screenshot: $WORK/explain.png"
echo "explain browser test ok"
