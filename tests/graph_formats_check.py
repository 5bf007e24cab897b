#!/usr/bin/env python3
"""The recipes of docs/graph.md ("Attributes", "Recipes") run on bundled examples, and the check
that gvpr, networkx through pygraphviz and pydot, read_graphml and read_gexf all see the same
graph: the file's events and entities and no other node, the same edges by (source, target,
type), the same attributes.

Usage: graph_formats_check.py --cli build/chronograph --docs docs/graph.md EXAMPLE.yaml...
Exit 0: all hold; 1: a check failed; 77: skipped (a module or gvpr is missing).
"""

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77

try:
    import networkx  # noqa: F401
    import pydot  # noqa: F401
    import pygraphviz  # noqa: F401
except ImportError as missing:
    print(f"SKIP: {missing} (Debian: python3-networkx python3-pygraphviz python3-pydot)")
    sys.exit(SKIP)

# What the formats carry (src/render/common/graph_data.cpp).
NODE_ATTRIBUTES = ("id", "kind", "status", "start", "end", "start_earliest", "start_latest",
                   "end_earliest", "end_latest", "title", "title_ko", "title_en")

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def recipes(docs):
    """Name → (language, code) for every fenced block after a `<!-- recipe NAME -->` line."""
    text = open(docs, encoding="utf-8").read()
    found = {}
    pattern = r"<!-- recipe (\S+) -->\n```(\w+)\n(.*?)\n```"
    for name, language, code in re.findall(pattern, text, re.S):
        found[name] = (language, code)
    return found


def render(cli, source, out, *args):
    subprocess.run([cli, "render", source, "-o", out, *args], check=True,
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def shell_lines(code):
    result = subprocess.run(code, shell=True, check=True, capture_output=True, text=True)
    check(result.stderr == "", f"{code!r} wrote to stderr: {result.stderr}")
    return sorted(line for line in result.stdout.splitlines() if line)


def python_graph(code):
    namespace = {}
    exec(compile(code, "<recipe>", "exec"), namespace)  # the docs' own code, as a reader runs it
    graph = next(value for value in namespace.values() if isinstance(value, networkx.Graph))
    return graph, namespace["people"]


def node_data(graph, node):
    data = graph.nodes[node]
    return {key: data[key] for key in NODE_ATTRIBUTES if key in data}


def edges(graph):
    return collections.Counter((u, v, data.get("type")) for u, v, data in graph.edges(data=True))


def check_example(cli, source, book, work):
    name = os.path.basename(source)
    for out, extra in (("article.graph.dot", ["--view", "graph"]), ("article.graphml", []),
                       ("article.gexf", []), ("article.json", [])):
        render(cli, source, os.path.join(work, out), *extra)
    os.chdir(work)
    model = json.load(open("article.json", encoding="utf-8"))
    ids = {event["id"] for event in model["events"]} | {e["id"] for e in model["entities"]}
    people = sorted(e["id"] for e in model["entities"] if e["kind"] == "person")
    from_26th = sorted(
        event["id"] for event in model["events"]
        if event["start"]["latest"] is not None and event["start"]["latest"] >= "2024-01-26")

    check(shell_lines(book["gvpr-people"][1]) == people, f"{name}: gvpr people")
    participations = sorted(f"{event['id']} {who}" for event in model["events"]
                            for who in event["participants"])
    check(shell_lines(book["gvpr-participants"][1]) == participations,
          f"{name}: gvpr participants")
    if "altman" in name:  # the recipe's date is the article's
        check(shell_lines(book["gvpr-from"][1]) == from_26th, f"{name}: gvpr start_latest")

    readings = {}
    for recipe in ("nx-agraph", "nx-pydot", "nx-graphml", "nx-gexf"):
        graph, found_people = python_graph(book[recipe][1])
        readings[recipe] = graph
        check(found_people == people, f"{name}: {recipe} people {found_people} != {people}")
        check(set(graph.nodes) == ids,
              f"{name}: {recipe} nodes differ from the file's: {set(graph.nodes) ^ ids}")

    reference = readings["nx-agraph"]
    check(len(reference.edges) > 0, f"{name}: no edges")
    for recipe, graph in readings.items():
        ours, theirs = edges(reference), edges(graph)
        check(theirs == ours, f"{name}: {recipe} edges differ: only there "
              f"{dict(theirs - ours)}, only in nx-agraph {dict(ours - theirs)}")
        for node in ids & set(graph.nodes):
            theirs = node_data(graph, node)
            if recipe == "nx-gexf":
                theirs["id"] = node  # GEXF's node id is the chronograph id
            check(theirs == node_data(reference, node),
                  f"{name}: {recipe} attributes of {node}: {theirs} != "
                  f"{node_data(reference, node)}")
    for node, data in readings["nx-gexf"].nodes(data=True):
        if data.get("kind") == "event":
            check(data.get("start") == data.get("start_earliest") and
                  data.get("end") == data.get("end_latest"), f"{name}: GEXF span of {node}")
    print(f"{name}: {len(reference)} nodes, {len(reference.edges)} edges, "
          f"{len(people)} people; all four readings agree")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--docs", required=True)
    parser.add_argument("examples", nargs="+")
    args = parser.parse_args()
    if shutil.which("gvpr") is None:
        print("SKIP: gvpr is not installed (Debian: graphviz)")
        return SKIP
    book = recipes(args.docs)
    wanted = ("gvpr-people", "gvpr-participants", "gvpr-from", "nx-agraph", "nx-pydot",
              "nx-graphml", "nx-gexf")
    missing = [name for name in wanted if name not in book]
    if missing:
        print(f"FAIL: {args.docs} has no recipe {missing}")
        return 1
    cli = os.path.abspath(args.cli)
    for source in args.examples:
        with tempfile.TemporaryDirectory() as work:
            here = os.getcwd()
            try:
                check_example(cli, os.path.abspath(source), book, work)
            finally:
                os.chdir(here)
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
