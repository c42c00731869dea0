#!/usr/bin/python3
"""Reads the quote nodes of `gazette build --quotes-as-nodes` with real clients.

    /usr/bin/python3 tests/clients/check_quote_nodes.py GRAPH.graphml GRAPH.gexf QUOTES

networkx (GraphML and GEXF) and igraph (GraphML) must find QUOTES nodes of type QUOTE,
each with its text (the label a prefix of it), a position, one SAID edge from an
entity and only ABOUT edges out to entities; every other node is an entity.
Prints one line per reader; exits 1 with the reasons when a check fails.
"""

import sys

import os

import igraph
import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_graph import register_gexf_13  # noqa: E402  (networkx 2.8 knows GEXF up to 1.2draft)

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def check_networkx(name, g, expected):
    quotes = [n for n, d in g.nodes(data=True) if d.get("type") == "QUOTE"]
    check(len(quotes) == expected, f"{name}: {len(quotes)} quote nodes, expected {expected}")
    about = 0
    for q in quotes:
        d = g.nodes[q]
        text, label = d.get("text", ""), d.get("label", "")
        check(bool(text), f"{name}: quote {q} has no text")
        check(text == label or (label.endswith("...") and text.startswith(label[:-3])),
              f"{name}: quote {q}: label {label!r} is not the start of its text")
        check("x" in d and "y" in d or "viz" in d, f"{name}: quote {q} has no position")
        ins = list(g.in_edges(q, data=True))
        check(len(ins) == 1 and ins[0][2].get("type", ins[0][2].get("label")) == "SAID"
              and g.nodes[ins[0][0]].get("type") != "QUOTE", f"{name}: quote {q} lacks its one SAID edge from an entity")
        for _, t, e in g.out_edges(q, data=True):
            about += 1
            check(e.get("type", e.get("label")) == "ABOUT" and g.nodes[t].get("type") != "QUOTE",
                  f"{name}: quote {q} has an out-edge that is not ABOUT an entity")
    print(f"{name}: {len(quotes)} quote nodes, {about} ABOUT edges")


register_gexf_13()
graphml_path, gexf_path, expected = sys.argv[1], sys.argv[2], int(sys.argv[3])
check_networkx("networkx GraphML", nx.read_graphml(graphml_path), expected)
check_networkx("networkx GEXF", nx.read_gexf(gexf_path), expected)
ig = igraph.Graph.Read_GraphML(graphml_path)
n = sum(1 for v in ig.vs if v["type"] == "QUOTE")
check(n == expected, f"igraph GraphML: {n} quote nodes, expected {expected}")
print(f"igraph GraphML: {n} quote nodes")
if failures:
    print("\n".join("FAIL: " + f for f in failures))
    sys.exit(1)
