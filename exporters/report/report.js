// gazette report: the graph (sigma.js + graphology), an entity's quotes and
// relations with their evidence, filters, search and the speakers view.
// Data layout: see report_json() in exporters/report_exporter.cpp.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("gazette-data").textContent);
  var RELATION_COLOURS = {
    SAID_ABOUT: "#b0b0b0", MET_WITH: "#17becf", CRITICIZED: "#d62728", SUPPORTS: "#2ca02c",
    ATTACKED: "#8c564b", ROLE_IN: "#9467bd", MEMBER_OF: "#bcbd22", LOCATED_IN: "#ff7f0e"
  };
  var MAX_ITEMS = 200;  // items listed per section of the details panel

  // ---- the model -------------------------------------------------------------------
  var nodes = data.nodes.map(function (n, i) {
    return { id: String(i), label: n[0], type: n[1], colour: n[2], x: n[3], y: n[4], size: n[5],
             documents: n[6], mentions: n[7], first: n[8], last: n[9], aliases: n[10] };
  });
  var edges = data.edges.map(function (e, i) {
    return { id: "e" + i, source: String(e[0]), target: String(e[1]), type: e[2], weight: e[3],
             first: e[4], last: e[5], role: e[6], documents: e[7], samples: e[8] };
  });
  var quotes = data.quotes.map(function (q) {
    return { speaker: q[0], speakerName: q[1], text: q[2], cue: q[3], kind: q[4], document: q[5],
             date: q[6], url: q[7], about: q[8], aboutNames: q[9] };
  });
  var said = nodes.map(function () { return []; });
  var quotedAbout = nodes.map(function () { return []; });
  quotes.forEach(function (q, i) {
    if (q.speaker >= 0) said[q.speaker].push(i);
    q.about.forEach(function (a) { if (a >= 0) quotedAbout[a].push(i); });
  });
  var incident = nodes.map(function () { return []; });
  edges.forEach(function (e, i) { incident[+e.source].push(i); incident[+e.target].push(i); });

  var graph = new graphology.MultiDirectedGraph();
  nodes.forEach(function (n) {
    graph.addNode(n.id, { label: n.label, x: n.x, y: -n.y, size: 2 + n.size * 0.6, color: n.colour });
  });
  edges.forEach(function (e) {
    graph.addEdgeWithKey(e.id, e.source, e.target, {
      size: 0.5 + Math.log2(1 + e.weight), color: RELATION_COLOURS[e.type] || "#999", type: "arrow"
    });
  });

  // ---- filters -----------------------------------------------------------------------
  var state = { relations: {}, entities: {}, from: "", to: "", minDocs: 1, hideIsolates: false, selected: null };
  var nodeShown = nodes.map(function () { return true; });
  var edgeShown = edges.map(function () { return true; });

  function overlaps(first, last) {
    if (!state.from && !state.to) return true;
    if (!first && !last) return false;  // a date range leaves out what has no date
    if (state.from && (last || first) < state.from) return false;
    if (state.to && (first || last) > state.to) return false;
    return true;
  }

  function applyFilters() {
    nodes.forEach(function (n, i) {
      nodeShown[i] = state.entities[n.type] !== false && n.documents >= state.minDocs && overlaps(n.first, n.last);
    });
    var degree = nodes.map(function () { return 0; });
    edges.forEach(function (e, i) {
      edgeShown[i] = state.relations[e.type] !== false && nodeShown[+e.source] && nodeShown[+e.target] &&
                     overlaps(e.first, e.last);
      if (edgeShown[i]) { degree[+e.source]++; degree[+e.target]++; }
    });
    if (state.hideIsolates) nodes.forEach(function (n, i) { if (!degree[i]) nodeShown[i] = false; });
    var shownNodes = nodeShown.filter(Boolean).length, shownEdges = edgeShown.filter(Boolean).length;
    document.getElementById("counts").textContent =
      shownNodes + " of " + nodes.length + " entities, " + shownEdges + " of " + edges.length + " relations, " +
      quotes.length + " quotes";
    if (renderer) renderer.refresh();
  }

  function checkboxes(containerId, counts, colours, target) {
    var box = document.getElementById(containerId);
    Object.keys(counts).sort().forEach(function (key) {
      var label = document.createElement("label");
      var input = document.createElement("input");
      input.type = "checkbox";
      input.checked = true;
      input.addEventListener("change", function () { target[key] = input.checked; applyFilters(); });
      var swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = colours[key] || "#999";
      label.appendChild(input);
      label.appendChild(swatch);
      label.appendChild(document.createTextNode(key + " (" + counts[key] + ")"));
      box.appendChild(label);
    });
  }
  var relationCounts = {}, entityCounts = {}, entityColours = {};
  edges.forEach(function (e) { relationCounts[e.type] = (relationCounts[e.type] || 0) + 1; });
  nodes.forEach(function (n) { entityCounts[n.type] = (entityCounts[n.type] || 0) + 1; entityColours[n.type] = n.colour; });
  checkboxes("filter-relations", relationCounts, RELATION_COLOURS, state.relations);
  checkboxes("filter-entities", entityCounts, entityColours, state.entities);
  document.getElementById("date-from").addEventListener("change", function (ev) { state.from = ev.target.value; applyFilters(); });
  document.getElementById("date-to").addEventListener("change", function (ev) { state.to = ev.target.value; applyFilters(); });
  document.getElementById("min-docs").addEventListener("change", function (ev) {
    state.minDocs = Math.max(1, parseInt(ev.target.value, 10) || 1); applyFilters();
  });
  document.getElementById("hide-isolates").addEventListener("change", function (ev) {
    state.hideIsolates = ev.target.checked; applyFilters();
  });

  // ---- the renderer -------------------------------------------------------------------
  var neighbours = null;  // of the selected node
  var renderer = new Sigma(graph, document.getElementById("graph"), {
    labelRenderedSizeThreshold: 8,
    zIndex: true,
    nodeReducer: function (node, attrs) {
      var i = +node, out = Object.assign({}, attrs);
      if (!nodeShown[i]) { out.hidden = true; return out; }
      // Larger entities are drawn over smaller ones, so that a hub stays clickable
      // under the leaves the layout put next to it (on news-2213, a leaf 1.8 units
      // from Tony Blair took his clicks).
      out.zIndex = attrs.size;
      if (neighbours && !neighbours[node]) { out.color = "#e2e2e2"; out.label = ""; out.zIndex = 0; }
      else if (neighbours) { out.zIndex = 1000 + attrs.size; out.forceLabel = true; }
      if (state.selected === node) out.highlighted = true;
      return out;
    },
    edgeReducer: function (edge, attrs) {
      var i = +edge.slice(1), e = edges[i], out = Object.assign({}, attrs);
      if (!edgeShown[i]) { out.hidden = true; return out; }
      if (state.selected !== null && e.source !== state.selected && e.target !== state.selected) out.hidden = true;
      return out;
    }
  });

  // ---- the details panel -----------------------------------------------------------------
  function el(tag, className, text) {
    var x = document.createElement(tag);
    if (className) x.className = className;
    if (text !== undefined) x.textContent = text;
    return x;
  }
  function entityLink(index, name) {
    if (index < 0) return el("span", null, name);
    var a = el("a", "entity", name);
    a.addEventListener("click", function () { select(String(index), true); });
    return a;
  }
  function documentLine(document_, date, url) {
    var line = el("div", "meta");
    if (url) {
      var a = el("a", null, document_);
      a.href = url;
      a.target = "_blank";
      a.rel = "noopener";
      line.appendChild(a);
    } else {
      line.appendChild(document.createTextNode(document_));
    }
    if (date) line.appendChild(document.createTextNode(" · " + date));
    return line;
  }
  function quoteItem(q, showSpeaker) {
    var li = el("li", "quote");
    if (showSpeaker) {
      var who = el("div");
      who.appendChild(q.speaker >= 0 ? entityLink(q.speaker, q.speakerName) : el("span", null, q.speakerName || "(unknown speaker)"));
      li.appendChild(who);
    }
    li.appendChild(el("div", "quote-text", (q.kind === "direct" ? "\u201c" + q.text + "\u201d" : q.text)));
    var how = el("div", "meta");
    how.appendChild(document.createTextNode((q.cue ? "cue: " + q.cue : q.kind)));
    if (q.about.length) {
      how.appendChild(document.createTextNode(" · about: "));
      q.about.forEach(function (a, k) {
        if (k) how.appendChild(document.createTextNode(", "));
        how.appendChild(entityLink(a, q.aboutNames[k]));
      });
    }
    li.appendChild(how);
    li.appendChild(documentLine(q.document, q.date, q.url));
    return li;
  }
  function section(panel, title, items, render) {
    panel.appendChild(el("h3", null, title + " (" + items.length + ")"));
    var ul = el("ul", "items");
    items.slice(0, MAX_ITEMS).forEach(function (item) { ul.appendChild(render(item)); });
    if (items.length > MAX_ITEMS) ul.appendChild(el("li", "meta", (items.length - MAX_ITEMS) + " more not listed"));
    panel.appendChild(ul);
    return ul;
  }
  function showDetails(i) {
    var n = nodes[i], panel = document.getElementById("details");
    panel.textContent = "";
    panel.appendChild(el("h2", null, n.label)).dataset.node = i;
    var dates = n.first ? (n.first === n.last ? n.first : n.first + " to " + n.last) : "no dates";
    panel.appendChild(el("div", "meta", n.type + " · " + n.documents + " documents · " + n.mentions + " mentions · " + dates));
    if (n.aliases.length > 1) panel.appendChild(el("div", "meta", "also written: " + n.aliases.join(", ")));
    var list = section(panel, "Said", said[i].map(function (k) { return quotes[k]; }), function (q) { return quoteItem(q, false); });
    list.id = "said";
    var rels = incident[i].map(function (k) { return edges[k]; });
    rels.sort(function (a, b) { return b.weight - a.weight; });
    section(panel, "Relations", rels, function (e) {
      var li = el("li");
      var head = el("div");
      var outgoing = e.source === n.id;
      head.appendChild(el("span", "rel", (outgoing ? "\u2192 " : "\u2190 ") + e.type + (e.role ? " (" + e.role + ")" : "") + " "));
      head.appendChild(entityLink(+(outgoing ? e.target : e.source), nodes[+(outgoing ? e.target : e.source)].label));
      head.appendChild(el("span", "meta", " · " + e.documents + " documents" + (e.first ? " · " + e.first + (e.last !== e.first ? " to " + e.last : "") : "")));
      li.appendChild(head);
      e.samples.forEach(function (s) {
        li.appendChild(el("div", "quote-text", s[2]));
        li.appendChild(documentLine(s[0], s[1], ""));
      });
      return li;
    });
    section(panel, "Quoted about it", quotedAbout[i].map(function (k) { return quotes[k]; }), function (q) { return quoteItem(q, true); });
  }

  function select(node, moveCamera) {
    state.selected = node;
    if (node === null) {
      neighbours = null;
    } else {
      neighbours = {};
      neighbours[node] = true;
      graph.forEachNeighbor(node, function (m) { neighbours[m] = true; });
      showDetails(+node);
      if (moveCamera) {
        var d = renderer.getNodeDisplayData(node);
        if (d) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: 0.3 }, { duration: 400 });
      }
    }
    renderer.refresh();
  }
  renderer.on("clickNode", function (ev) { select(ev.node, false); });
  renderer.on("clickStage", function () { select(null, false); });

  // ---- search -------------------------------------------------------------------------------
  var byName = {};
  var names = document.getElementById("names");
  var order = nodes.map(function (n, i) { return i; });
  order.sort(function (a, b) { return nodes[b].documents - nodes[a].documents || (nodes[a].label < nodes[b].label ? -1 : 1); });
  order.forEach(function (i) {
    var n = nodes[i];
    [n.label].concat(n.aliases).forEach(function (name) {
      var key = name.toLowerCase();
      if (!(key in byName)) byName[key] = i;
    });
    var option = document.createElement("option");
    option.value = n.label;
    names.appendChild(option);
  });
  function search(text) {
    var key = text.trim().toLowerCase();
    if (!key) return;
    var i = byName[key];
    if (i === undefined) {
      for (var k = 0; k < order.length && i === undefined; ++k)
        if (nodes[order[k]].label.toLowerCase().indexOf(key) >= 0) i = order[k];
    }
    if (i !== undefined) { showView("graph"); select(String(i), true); }
  }
  var searchBox = document.getElementById("search");
  searchBox.addEventListener("change", function () { search(searchBox.value); });
  searchBox.addEventListener("keydown", function (ev) { if (ev.key === "Enter") search(searchBox.value); });

  // ---- the speakers view -----------------------------------------------------------------------
  function showView(name) {
    document.getElementById("view-graph").hidden = name !== "graph";
    document.getElementById("view-speakers").hidden = name !== "speakers";
    document.getElementById("tab-graph").classList.toggle("active", name === "graph");
    document.getElementById("tab-speakers").classList.toggle("active", name === "speakers");
    if (name === "graph") renderer.refresh();
  }
  document.getElementById("tab-graph").addEventListener("click", function () { showView("graph"); });
  document.getElementById("tab-speakers").addEventListener("click", function () { showView("speakers"); });
  (function buildSpeakers() {
    var bySpeaker = {};
    quotes.forEach(function (q, i) {
      if (!q.speakerName) return;
      var key = q.speaker >= 0 ? "n" + q.speaker : "s" + q.speakerName;  // two speakers may share a name
      var s = bySpeaker[key] || (bySpeaker[key] = { name: q.speakerName, node: q.speaker, quotes: [], documents: {} });
      s.quotes.push(i);
      s.documents[q.document] = true;
    });
    var list = Object.keys(bySpeaker).map(function (k) { return bySpeaker[k]; });
    list.sort(function (a, b) { return b.quotes.length - a.quotes.length || (a.name < b.name ? -1 : 1); });
    var table = el("table");
    var head = el("tr");
    ["Speaker", "Quotes", "Documents"].forEach(function (h) { head.appendChild(el("th", null, h)); });
    table.appendChild(head);
    var target = document.getElementById("speaker-quotes");
    target.appendChild(el("p", "hint", list.length + " speakers. Click one to read their quotes."));
    list.forEach(function (s) {
      var row = el("tr", "speaker");
      row.appendChild(el("td", null, s.name));
      row.appendChild(el("td", "n", String(s.quotes.length)));
      row.appendChild(el("td", "n", String(Object.keys(s.documents).length)));
      row.addEventListener("click", function () {
        Array.prototype.forEach.call(table.querySelectorAll("tr.active"), function (r) { r.classList.remove("active"); });
        row.classList.add("active");
        target.textContent = "";
        var title = el("h2");
        title.dataset.node = s.node;
        title.appendChild(s.node >= 0 ? entityLink(s.node, s.name) : el("span", null, s.name));
        target.appendChild(title);
        section(target, "Quotes", s.quotes.map(function (k) { return quotes[k]; }), function (q) { return quoteItem(q, false); });
      });
      table.appendChild(row);
    });
    document.getElementById("speakers").appendChild(table);
  })();

  applyFilters();
  var loadedMs = performance.now();  // since navigation started: parsing, data, graph, first drawing

  // ---- self-test (URL ends in #selftest): what the headless browser test reads -------------
  if (location.hash === "#selftest") {
    var out = document.getElementById("selftest");
    var report = function (ok, text) {
      out.textContent = "selftest: " + (ok ? "PASS" : "FAIL") + " " + text;
      out.hidden = false;
    };
    setTimeout(function () {
      var drawn = 0;
      graph.forEachNode(function (node) {
        var d = renderer.getNodeDisplayData(node);
        if (d && !d.hidden) drawn++;
      });
      var best = -1;
      said.forEach(function (list, i) { if (best < 0 || list.length > said[best].length) best = i; });
      var facts = "nodes=" + nodes.length + " graph=" + graph.order + " drawn=" + drawn + " edges=" + edges.length;
      // Interaction costs: one filter change (an entity type off and on again: two
      // passes over nodes and edges and two redraws) and one selection.
      var t0 = performance.now();
      var firstType = nodes.length ? nodes[0].type : "";
      state.entities[firstType] = false; applyFilters();
      state.entities[firstType] = true; applyFilters();
      var t1 = performance.now();
      facts += " load_ms=" + Math.round(loadedMs) + " filter_ms=" + Math.round((t1 - t0) / 2);
      if (best >= 0) {  // selecting an entity: its panel and the redraw that greys the rest
        var t2 = performance.now();
        select(String(best), false);
        select(null, false);
        facts += " select_ms=" + Math.round((performance.now() - t2) / 2);
        document.getElementById("details").textContent = "";
      }
      if (drawn !== nodes.length || graph.order !== nodes.length) return report(false, facts);
      if (best < 0 || !said[best].length) return report(false, facts + " no entity said anything");
      // A real click: mouse events on sigma's mouse layer at the entity's position,
      // zoomed in on it first so that no other entity lies on top of it.
      var node = String(best), attrs = graph.getNodeAttributes(node);
      var shown = renderer.getNodeDisplayData(node);
      renderer.getCamera().setState({ x: shown.x, y: shown.y, ratio: 0.05, angle: 0 });
      renderer.refresh();
      var p = renderer.graphToViewport({ x: attrs.x, y: attrs.y });
      var layer = renderer.getCanvases().mouse, box = layer.getBoundingClientRect();
      var at = { clientX: box.left + p.x, clientY: box.top + p.y, bubbles: true, cancelable: true, button: 0 };
      ["mousemove", "mousedown", "mouseup", "click"].forEach(function (type) {
        layer.dispatchEvent(new MouseEvent(type, at));
      });
      setTimeout(function () {
        var listed = document.querySelectorAll("#said > li.quote").length;
        var expected = Math.min(said[best].length, MAX_ITEMS);
        facts += " clicked=" + JSON.stringify(nodes[best].label) + " selected=" + JSON.stringify(state.selected) +
                 " quotes_listed=" + listed + " quotes_expected=" + expected;
        report(state.selected === node && listed === expected, facts);
      }, 800);
    }, 500);
  }
})();
