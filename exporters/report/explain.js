// gazette explain --format html: the page's self-test, run when the URL ends with
// "#selftest" (tests/e2e/explain_browser.sh). Checks the drawing as the browser laid
// it out: every mark drew a bar in every segment it covers and one label; labels do
// not cover each other; the bars
// of marks covering the same segment do not intersect and lie inside the segment;
// skipped text is struck through. Writes "selftest: PASS ..." or "selftest: FAIL
// ..." into <pre id="selftest">.
"use strict";
(function () {
  if (location.hash !== "#selftest") return;
  const problems = [];
  const kinds = {};
  let marks = 0, shared = 0, skipped = 0;
  const intersect = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  document.querySelectorAll("section.doc").forEach((doc) => {
    const seen = new Map();  // mark -> kind
    doc.querySelectorAll(".t").forEach((t) => {
      const box = t.getBoundingClientRect();
      const bars = [...t.querySelectorAll(":scope > .b")];
      const rects = bars.map((b) => b.getBoundingClientRect());
      rects.forEach((r, i) => {
        const id = bars[i].dataset.mark;
        seen.set(id, bars[i].className.replace(/^b k-/, ""));
        if (r.width <= 0 || r.height <= 0) problems.push(`mark ${id}: empty bar`);
        if (r.top < box.top || r.bottom > box.bottom + 0.5 || r.left < box.left - 0.5 || r.right > box.right + 0.5)
          problems.push(`mark ${id}: bar outside its text`);
      });
      if (rects.length > 1) shared++;
      for (let i = 0; i < rects.length; i++)
        for (let j = i + 1; j < rects.length; j++)
          if (intersect(rects[i], rects[j])) problems.push(`marks ${bars[i].dataset.mark} and ${bars[j].dataset.mark} overlap`);
      if (t.classList.contains("skipped")) {
        skipped++;
        if (!getComputedStyle(t).textDecorationLine.includes("line-through")) problems.push("skipped text not struck through");
      }
    });
    const labels = new Map();
    const labelRects = [];
    doc.querySelectorAll(".l").forEach((l) => {
      labels.set(l.dataset.mark, (labels.get(l.dataset.mark) || 0) + 1);
      labelRects.push([l.dataset.mark, l.getBoundingClientRect()]);
    });
    // Labels never cover each other (a label running past the end of a line aside).
    labelRects.sort((a, b) => a[1].top - b[1].top || a[1].left - b[1].left);
    for (let i = 0; i < labelRects.length; i++)
      for (let j = i + 1; j < labelRects.length && labelRects[j][1].top < labelRects[i][1].bottom; j++)
        if (intersect(labelRects[i][1], labelRects[j][1]))
          problems.push(`labels of marks ${labelRects[i][0]} and ${labelRects[j][0]} overlap`);
    for (const [id, kind] of seen) {
      if (labels.get(id) !== 1) problems.push(`mark ${id}: ${labels.get(id) || 0} labels`);
      kinds[kind] = (kinds[kind] || 0) + 1;
      marks++;
    }
  });
  const counts = Object.keys(kinds).sort().map((k) => `${k}=${kinds[k]}`).join(" ");
  document.getElementById("selftest").textContent =
    `selftest: ${problems.length ? "FAIL" : "PASS"} marks=${marks} ${counts} shared=${shared} skipped=${skipped} ` +
    problems.slice(0, 5).join("; ");
})();
