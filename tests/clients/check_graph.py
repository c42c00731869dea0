#!/usr/bin/python3
"""Reads gazette's graph exports with real clients and checks them.

Run with Debian's Python (/usr/bin/python3), which has networkx and igraph:

    /usr/bin/python3 tests/clients/check_graph.py --graphml out/graph.graphml \
        --gexf out/graph.gexf --json out/graph.json --nodes 12 --edges 20

Checks, for every file given:
  GraphML  networkx.read_graphml and igraph.Graph.Read_GraphML
  GEXF     networkx.read_gexf (networkx 2.8 knows GEXF up to 1.2draft: the 1.3
           namespaces are registered here)
  JSON     networkx.node_link_graph
that the node and edge counts equal --nodes / --edges (when given), that every node
has a non-empty label and type, that every edge has a weight > 0, and that all the
files describe the same nodes (id, label) and edges (source, target, type).
Prints one line per check; exits 1 with the reasons when any check fails.
"""

import argparse
import json
import sys

import igraph
import networkx as nx
from networkx.readwrite import gexf as nx_gexf

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def register_gexf_13():
    nx_gexf.GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    }


def check_networkx(name, g, nodes, edges):
    """Checks a networkx graph; returns its (nodes, edges) signature."""
    check(g.is_directed(), f"{name}: the graph is not directed")
    if nodes is not None:
        check(g.number_of_nodes() == nodes, f"{name}: {g.number_of_nodes()} nodes, expected {nodes}")
    if edges is not None:
        check(g.number_of_edges() == edges, f"{name}: {g.number_of_edges()} edges, expected {edges}")
    for n, data in g.nodes(data=True):
        check(bool(data.get("label")), f"{name}: node {n} has no label")
        check(bool(data.get("type")), f"{name}: node {n} has no type")
    edge_iter = g.edges(data=True)
    for s, t, data in edge_iter:
        w = data.get("weight")
        check(isinstance(w, (int, float)) and w > 0, f"{name}: edge {s}->{t} has weight {w!r}")
        check(bool(data.get("type")), f"{name}: edge {s}->{t} has no type")
    node_sig = sorted((str(n), d.get("label")) for n, d in g.nodes(data=True))
    edge_sig = sorted((str(s), str(t), d.get("type")) for s, t, d in g.edges(data=True))
    print(f"{name}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
    return node_sig, edge_sig


def check_igraph(name, path, nodes, edges):
    g = igraph.Graph.Read_GraphML(path)
    check(g.is_directed(), f"{name}: the graph is not directed")
    if nodes is not None:
        check(g.vcount() == nodes, f"{name}: {g.vcount()} nodes, expected {nodes}")
    if edges is not None:
        check(g.ecount() == edges, f"{name}: {g.ecount()} edges, expected {edges}")
    if g.vcount():
        check(all(g.vs["label"]), f"{name}: a node has no label")
        check(all(g.vs["type"]), f"{name}: a node has no type")
    if g.ecount():
        check(all(w > 0 for w in g.es["weight"]), f"{name}: an edge has weight <= 0")
    print(f"{name}: {g.vcount()} nodes, {g.ecount()} edges")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--graphml")
    ap.add_argument("--gexf")
    ap.add_argument("--json")
    ap.add_argument("--nodes", type=int, help="expected number of nodes")
    ap.add_argument("--edges", type=int, help="expected number of edges")
    args = ap.parse_args()
    if not (args.graphml or args.gexf or args.json):
        ap.error("give at least one of --graphml, --gexf, --json")

    signatures = {}
    try:
        if args.graphml:
            g = nx.read_graphml(args.graphml)
            signatures["graphml"] = check_networkx("graphml (networkx)", g, args.nodes, args.edges)
            check_igraph("graphml (igraph)", args.graphml, args.nodes, args.edges)
        if args.gexf:
            register_gexf_13()
            g = nx.read_gexf(args.gexf, version="1.3")
            signatures["gexf"] = check_networkx("gexf (networkx)", g, args.nodes, args.edges)
        if args.json:
            with open(args.json, encoding="utf-8") as f:
                data = json.load(f)
            g = nx.node_link_graph(data)
            check(g.is_multigraph(), "json: not read as a multigraph")
            signatures["json"] = check_networkx("json (networkx)", g, args.nodes, args.edges)
    except Exception as e:  # a reader failing is a check failing
        failures.append(f"{type(e).__name__}: {e}")

    names = sorted(signatures)
    for other in names[1:]:
        check(signatures[other][0] == signatures[names[0]][0], f"{names[0]} and {other} have different nodes")
        check(signatures[other][1] == signatures[names[0]][1], f"{names[0]} and {other} have different edges")

    if failures:
        for f in failures:
            print("FAIL: " + f, file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
