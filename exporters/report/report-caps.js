// gazette report, written only when the report's quotes were capped (report.hpp,
// BOUNDED QUOTES): under the header, how many quotes the page shows of how many and
// the SQL that lists the rest from graph.db; under the quotes of an entity (details
// panel) or a speaker (speakers view) whose quotes were cut, how many of theirs are
// not shown and the SQL that lists them. Data: write_caps_json() in
// exporters/report_exporter.cpp.
(function () {
  "use strict";
  var caps = JSON.parse(document.getElementById("gazette-caps").textContent);
  // Keyed by the speaker's vertex (two speakers may share a label); the unknown speaker (-1) has no panel.
  var byNode = {};
  caps.speakers.forEach(function (s) { if (s[0] >= 0) byNode[s[0]] = s; });

  function sqlLine(text, sql) {
    var p = document.createElement("p");
    p.className = "meta caps-note";
    p.style.cssText = "background:#fff8e1;padding:4px 8px;margin:4px 0;font-size:12px;";
    p.appendChild(document.createTextNode(text + " List them from graph.db: "));
    var code = document.createElement("code");
    code.style.cssText = "user-select:all;word-break:break-all;";
    code.textContent = "sqlite3 graph.db \"" + sql + "\"";
    p.appendChild(code);
    return p;
  }

  var limits = [];
  if (caps.per_speaker) limits.push("at most " + caps.per_speaker + " per speaker");
  if (caps.max_quotes) limits.push("at most " + caps.max_quotes + " in all");
  var overall = sqlLine("This page shows " + caps.shown + " of " + caps.total + " quotes, each speaker's latest (" +
                        limits.join(", ") + (caps.level ? "; " + caps.level + " per speaker to stay within that" : "") +
                        "): " + (caps.total - caps.shown) + " are not shown (" + caps.speakers.length +
                        (caps.speakers.length === 1 ? " speaker" : " speakers") + " cut).", caps.sql);
  overall.id = "caps-overall";
  document.body.insertBefore(overall, document.querySelector("main"));

  // A panel that lists someone's quotes: its <h2> names them (data-node: their vertex), its first <h3> heads
  // their quotes.
  function annotate(panel) {
    var title = panel.querySelector("h2"), heading = panel.querySelector("h3");
    if (!title || !heading || panel.querySelector(".caps-note")) return;
    var s = title.dataset.node !== undefined ? byNode[title.dataset.node] : undefined;
    if (!s) return;
    var note = sqlLine((s[2] - s[3]) + " more of " + s[1] + "'s " + s[2] + " quotes are not shown (the latest " + s[3] +
                       " are).", s[4]);
    heading.parentNode.insertBefore(note, heading.nextSibling);
  }
  ["details", "speaker-quotes"].forEach(function (id) {
    var panel = document.getElementById(id);
    new MutationObserver(function () { annotate(panel); }).observe(panel, { childList: true });
  });
})();
