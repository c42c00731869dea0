// Gephi Lite's parsers read gazette's exports: graphology-graphml and graphology-gexf
// (the packages Gephi Lite imports files with) parse the GraphML and GEXF into a
// graphology graph with every node and edge, positions, sizes and evidence lists.
// Usage: node check_gephi_lite.js GRAPH.graphml GRAPH.gexf GRAPH.json
"use strict";
const fs = require("fs");
const { MultiDirectedGraph } = require("graphology");
const graphml = require("graphology-graphml");
const gexf = require("graphology-gexf");

function fail(message) {
  console.error("FAIL: " + message);
  process.exit(1);
}

const [graphmlPath, gexfPath, jsonPath] = process.argv.slice(2);
const expected = JSON.parse(fs.readFileSync(jsonPath, "utf8"));
const checks = [
  ["GraphML", graphml.parse(MultiDirectedGraph, fs.readFileSync(graphmlPath, "utf8"))],
  ["GEXF", gexf.parse(MultiDirectedGraph, fs.readFileSync(gexfPath, "utf8"))],
];
for (const [name, g] of checks) {
  if (g.order !== expected.nodes.length) fail(`${name}: ${g.order} nodes, expected ${expected.nodes.length}`);
  if (g.size !== expected.links.length) fail(`${name}: ${g.size} edges, expected ${expected.links.length}`);
  for (const n of expected.nodes) {
    if (!g.hasNode(n.id)) fail(`${name}: node ${n.id} missing`);
    const a = g.getNodeAttributes(n.id);
    if (a.label !== n.label) fail(`${name}: node ${n.id} label ${a.label}, expected ${n.label}`);
    if (Number(a.x) !== n.x || Number(a.y) !== n.y || Number(a.size) !== n.size)
      fail(`${name}: node ${n.id} at ${a.x},${a.y} size ${a.size}, expected ${n.x},${n.y} size ${n.size}`);
  }
  let withSamples = 0;
  g.forEachEdge((edge, a) => {
    const documents = JSON.parse(a.documents);
    const samples = JSON.parse(a.samples);
    if (!Array.isArray(documents) || documents.length !== Number(a.weight))
      fail(`${name}: edge ${edge}: ${documents.length} documents, weight ${a.weight}`);
    for (const s of samples) if (!documents.includes(s.document)) fail(`${name}: edge ${edge}: sample of another document`);
    if (samples.length) withSamples++;
  });
  console.log(`${name}: ${g.order} nodes, ${g.size} edges (${withSamples} with evidence samples), positions and sizes read`);
}
