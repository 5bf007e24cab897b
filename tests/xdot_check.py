#!/usr/bin/env python3
"""Opens the pinned timeline and storyline DOT in xdot itself, as `xdot FILE.dot` does: xdot's
DotWindow runs its filter (`dot -Txdot`) and parses the result into the graph it draws. Every node
must stand where chronograph's DOT pins it (`pos`), up to the one translation and y flip xdot
applies to the whole picture, so xdot shows our picture and not a re-layout by `dot`
(docs/graph.md, "Pinned DOT"). Needs a display: run under `xvfb-run`.

Usage: xdot_check.py --cli build/chronograph EXAMPLE.yaml...
Exit 0: all hold; 1: a check failed; 77: skipped (xdot, pygraphviz or a display is missing).
"""

import argparse
import os
import subprocess
import sys
import tempfile

SKIP = 77

try:
    import gi

    gi.require_version("Gtk", "3.0")
    from gi.repository import Gtk

    if not Gtk.init_check(sys.argv)[0]:
        raise ImportError("no display (run under xvfb-run)")
    import pygraphviz
    from xdot.ui.window import DotWindow
except (ImportError, ValueError) as missing:
    print(f"SKIP: {missing} (Debian: xdot xvfb xauth python3-pygraphviz)")
    sys.exit(SKIP)

# Points. `dot -Txdot` writes positions with 5 significant digits (1231.5 for 1231.48), so a pinned
# node comes back within half a point; a re-layout moves nodes by tens of points.
TOLERANCE = 0.5


def pinned_positions(path):
    """Node name -> (x, y) as the DOT pins it, for the nodes that draw something."""
    graph = pygraphviz.AGraph(path)
    positions = {}
    for node in graph.nodes():
        pos = node.attr.get("pos")
        if pos and "invis" not in (node.attr.get("style") or ""):
            x, y = pos.rstrip("!").split(",")
            positions[str(node)] = (float(x), float(y))
    return positions


def shown_positions(path):
    """Node name -> (x, y) of what xdot draws, in its own coordinates."""
    window = DotWindow()
    window.open_file(path)
    graph = window.dotwidget.graph
    window.destroy()
    return {node.id.decode(): (node.x, node.y) for node in graph.nodes if node.id is not None}


def check(path):
    pinned = pinned_positions(path)
    shown = shown_positions(path)
    if not shown:
        return [f"{path}: xdot drew nothing"]
    failures = []
    missing = sorted(set(pinned) - set(shown))
    if missing:
        failures.append(f"{path}: xdot does not draw {len(missing)} pinned nodes, e.g. {missing[0]}")
    common = sorted(set(pinned) & set(shown))
    if len(common) < 2:
        return failures + [f"{path}: fewer than two nodes to compare"]
    # One translation and a y flip for the whole picture: x' = x + dx, y' = dy - y.
    first = common[0]
    dx = shown[first][0] - pinned[first][0]
    dy = shown[first][1] + pinned[first][1]
    moved = [
        name
        for name in common
        if abs(shown[name][0] - pinned[name][0] - dx) > TOLERANCE
        or abs(shown[name][1] + pinned[name][1] - dy) > TOLERANCE
    ]
    if moved:
        name = moved[0]
        failures.append(
            f"{path}: {len(moved)} of {len(common)} nodes moved, e.g. {name}: pinned "
            f"{pinned[name]}, xdot {shown[name]} (offset {dx:.2f}, {dy:.2f})"
        )
    if not failures:
        print(f"{path}: {len(common)} nodes where the DOT pins them")
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("examples", nargs="+")
    args = parser.parse_args()
    failures = []
    with tempfile.TemporaryDirectory() as out:
        for example in args.examples:
            name = os.path.splitext(os.path.basename(example))[0]
            for view in ("timeline", "storyline"):
                path = os.path.join(out, f"{name}.{view}.dot")
                subprocess.run(
                    [args.cli, "render", example, "--view", view, "--measure", "estimate", "-o", path],
                    check=True,
                    stderr=subprocess.DEVNULL,
                )
                failures += check(path)
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
