#!/usr/bin/env bash
# The HTML report in a real browser: headless Chromium (Debian `chromium`) opens the
# report of examples/ with "#selftest"; the page checks that sigma drew as many
# entities as the graph has and that a real click (mouse events on sigma's canvas)
# on the entity with most quotes lists its quotes, and writes the result into the
# DOM, which --dump-dom prints. Then the same with the quotes capped (the page says
# how many are not shown). A screenshot is kept in the build tree
# (WORK/report.png, a CI artifact). Skips (77) only when chromium is missing and
# cannot be installed.
set -uo pipefail
GAZETTE=$1; SRC=$2; WORK=$3
rm -rf "$WORK"; mkdir -p "$WORK"; cd "$WORK" || exit 1

if ! command -v chromium > /dev/null; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium > apt.log 2>&1 ||
      { apt-get update -qq > /dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >> apt.log 2>&1; }
  fi
  command -v chromium > /dev/null || { echo "SKIP: chromium is not installed and cannot be installed"; exit 77; }
fi

fail() { echo "FAIL: $*"; exit 1; }
"$GAZETTE" build --no-progress "$SRC/examples/articles" -o out > build.txt 2>&1 || { cat build.txt; fail "build"; }
grep -q "^Report:   out/index.html" build.txt || fail "build did not name the report"
[ -s out/index.html ] || fail "no out/index.html"
# Self-contained: no script, style or image is loaded from anywhere.
if grep -Eiq '<(script|link|img)[^>]+(src|href)=' out/index.html; then fail "the report loads an outside resource"; fi
# The report command writes the same page from the database.
"$GAZETTE" report --from out/graph.db -o report.html > report.txt || fail "gazette report"
cmp -s report.html out/index.html || fail "gazette report and build -o wrote different pages"

chrome() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --enable-unsafe-swiftshader \
    --user-data-dir="$(mktemp -d)" --window-size=1400,900 --virtual-time-budget=10000 "$@"
}
url="file://$WORK/out/index.html#selftest"
chrome --dump-dom "$url" > dom.html 2> chromium.err || { tail -n 20 chromium.err; fail "chromium --dump-dom"; }
result=$(grep -o 'selftest: [A-Z]* [^<]*' dom.html | head -n 1)
[ -n "$result" ] || { tail -n 20 chromium.err; fail "the page wrote no self-test result"; }
echo "$result"
case "$result" in "selftest: PASS "*) ;; *) fail "self-test failed";; esac
nodes=$(/usr/bin/python3 -c "import json; print(len(json.load(open('out/graph.json'))['nodes']))")
echo "$result" | grep -q " drawn=$nodes " || fail "drawn entities differ from graph.json's $nodes"

# Capped quotes (rows 23.106-23.112): at most 15 per speaker (examples/' top speaker says
# 20, the next 14, so the self-test clicks the one whose quotes were cut); the page embeds
# exactly what `gazette report` counted, says how many are not shown (under the header
# and under the clicked speaker's quotes) and still passes its self-test.
"$GAZETTE" report --from out/graph.db --report-quotes-per-speaker 15 -o capped.html > capped.txt ||
  fail "gazette report with caps"
shown=$(sed -n 's/.* relations, \([0-9]*\) quotes of \([0-9]*\):.*/\1 \2/p' capped.txt)
[ -n "$shown" ] || { cat capped.txt; fail "gazette report did not say the quotes were capped"; }
set -- $shown
[ "$1" -lt "$2" ] || fail "capped: $1 of $2 quotes shown"
embedded=$(/usr/bin/python3 -c "
import json, re, sys
page = open('capped.html', encoding='utf-8').read()
data = re.search(r'id=\"gazette-data\">(.*?)</script>', page, re.S).group(1)
print(len(json.loads(data)['quotes']))")
[ "$embedded" = "$1" ] || fail "capped: the page embeds $embedded quotes, gazette report said $1"
chrome --dump-dom "file://$WORK/capped.html#selftest" > capped-dom.html 2> chromium-capped.err ||
  { tail -n 20 chromium-capped.err; fail "chromium --dump-dom (capped)"; }
capped_result=$(grep -o 'selftest: [A-Z]* [^<]*' capped-dom.html | head -n 1)
echo "capped: $capped_result"
case "$capped_result" in "selftest: PASS "*) ;; *) fail "self-test of the capped page failed";; esac
grep -q "This page shows $1 of $2 quotes" capped-dom.html || fail "the capped page does not say how many quotes it shows"
grep -q 'class="meta caps-note"[^>]*>[0-9]* more of ' capped-dom.html || fail "the clicked speaker's cut quotes are not counted"

# Two speakers with one name (rows 23.135-23.139): the second speaker of examples/ given
# the top speaker's name, both cut (at most 12 each). The Speakers view lists them apart
# and the note under each one's quotes gives its own count (keyed by vertex; keyed by
# name they were one row, and both notes were the last one's): a script added to a copy
# of the page clicks each row of that name and writes what the note says.
cp out/graph.db same.db
sqlite3 same.db "UPDATE entities SET name = (SELECT e.name FROM quotes q JOIN entities e ON e.id = q.speaker
  GROUP BY q.speaker ORDER BY count(*) DESC LIMIT 1) WHERE id = (SELECT speaker FROM quotes WHERE speaker IS NOT NULL
  GROUP BY speaker ORDER BY count(*) DESC LIMIT 1 OFFSET 1)" || fail "sqlite3: renaming a speaker"
"$GAZETTE" report --from same.db --report-quotes-per-speaker 12 -o same.html > same.txt || fail "gazette report (same name)"
/usr/bin/python3 - << 'PY' || fail "writing the same-name test page"
import json, re
page = open('same.html', encoding='utf-8').read()
caps = json.loads(re.search(r'id="gazette-caps">(.*?)</script>', page, re.S).group(1))
name = caps['speakers'][0][1]
probe = """<script>
setTimeout(function () {
  var rows = Array.prototype.filter.call(document.querySelectorAll("#speakers tr.speaker"),
                                         function (r) { return r.firstChild.textContent === NAME; });
  var out = [], i = 0;
  (function next() {
    if (i >= rows.length) {
      var pre = document.createElement("pre"); pre.id = "same-result"; pre.textContent = out.join("\\n");
      document.body.appendChild(pre); return;
    }
    rows[i++].click();
    setTimeout(function () {
      var h = document.querySelector("#speaker-quotes h2"), n = document.querySelector("#speaker-quotes .caps-note");
      out.push((h ? h.dataset.node : "?") + " " + (n ? n.firstChild.textContent : "none")); next();
    }, 100);
  })();
}, 2000);
</script>""".replace("NAME", json.dumps(name))
open('same-probe.html', 'w', encoding='utf-8').write(page.replace('</body>', probe + '</body>'))
PY
chrome --dump-dom "file://$WORK/same-probe.html" > same-dom.html 2> chromium-same.err ||
  { tail -n 20 chromium-same.err; fail "chromium --dump-dom (same name)"; }
/usr/bin/python3 - << 'PY' || fail "the note under a speaker's quotes is not that speaker's"
import html, json, re
page = open('same.html', encoding='utf-8').read()
caps = json.loads(re.search(r'id="gazette-caps">(.*?)</script>', page, re.S).group(1))
named = [s for s in caps['speakers'] if s[0] >= 0 and s[1] == caps['speakers'][0][1]]
assert len(named) == 2, named  # two cut speakers, one name
result = re.search(r'<pre id="same-result">(.*?)</pre>', open('same-dom.html', encoding='utf-8').read(), re.S)
assert result, "the probe wrote nothing"
lines = html.unescape(result.group(1)).splitlines()
print("same name: " + " / ".join(lines))
assert len(lines) == 2, lines  # one row each
for s in named:
    want = "%d more of %s's %d quotes" % (s[2] - s[3], s[1], s[2])
    assert any(l.startswith("%d " % s[0]) and want in l for l in lines), (want, lines)
PY

chrome --screenshot="$WORK/report.png" "$url" > /dev/null 2> chromium-shot.err || fail "chromium --screenshot"
[ "$(stat -c %s report.png)" -gt 20000 ] || fail "screenshot missing or blank"
echo "screenshot: $WORK/report.png"
echo "report browser test ok"
