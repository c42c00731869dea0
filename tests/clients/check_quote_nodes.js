// Gephi Lite's parsers read the quote nodes of `gazette build --quotes-as-nodes`:
// graphology-graphml and graphology-gexf find QUOTES nodes of type QUOTE, each with
// its text, position and size, one SAID edge in from an entity and ABOUT edges out.
// Usage: node check_quote_nodes.js GRAPH.graphml GRAPH.gexf QUOTES
"use strict";
const fs = require("fs");
const { MultiDirectedGraph } = require("graphology");
const graphml = require("graphology-graphml");
const gexf = require("graphology-gexf");

function fail(message) {
  console.error("FAIL: " + message);
  process.exit(1);
}

const [graphmlPath, gexfPath, expectedText] = process.argv.slice(2);
const expected = Number(expectedText);
for (const [name, g] of [
  ["GraphML", graphml.parse(MultiDirectedGraph, fs.readFileSync(graphmlPath, "utf8"))],
  ["GEXF", gexf.parse(MultiDirectedGraph, fs.readFileSync(gexfPath, "utf8"))],
]) {
  const quotes = g.filterNodes((n, a) => a.type === "QUOTE");
  if (quotes.length !== expected) fail(`${name}: ${quotes.length} quote nodes, expected ${expected}`);
  for (const q of quotes) {
    const a = g.getNodeAttributes(q);
    if (!a.text) fail(`${name}: quote ${q} has no text`);
    if (!Number.isFinite(Number(a.x)) || !Number.isFinite(Number(a.y)) || !(Number(a.size) > 0))
      fail(`${name}: quote ${q} has no position or size`);
    const said = g.inEdges(q);
    if (said.length !== 1 || g.getEdgeAttribute(said[0], "type") !== "SAID") fail(`${name}: quote ${q} lacks its SAID edge`);
    if (g.getNodeAttribute(g.source(said[0]), "type") === "QUOTE") fail(`${name}: quote ${q} said by a quote`);
    for (const e of g.outEdges(q))
      if (g.getEdgeAttribute(e, "type") !== "ABOUT") fail(`${name}: quote ${q} has an edge out that is not ABOUT`);
  }
  console.log(`${name}: ${quotes.length} quote nodes with text, position and SAID edge`);
}
