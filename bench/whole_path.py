#!/usr/bin/env python3
"""The user's whole path, timed: file → check → each view, for YAML, JSON and CSV input.

For each size it writes the synthetic YAML (bench/generate_events.py), converts it with chronograph
itself to event JSON (`render --format json`) and CSV (`render --format csv`), then runs every
command once as a separate process and records wall time and peak memory (wait4's rusage). Beside
them, the two reference points docs/performance.md compares against: `neato -n2 -Tsvg` on our own
pinned timeline DOT (Graphviz drawing the same positions) and Python's `json.load` of the same
JSON file. Ratios are from the same run, so this machine's noise cancels out of them.

    bench/whole_path.py --cli build/chronograph 1000 10000 100000 [--timeout 600] [--out DIR]

Prints one Markdown table per size. Not a test: it asserts nothing and takes minutes.
"""
import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(argv, timeout, stdout=subprocess.DEVNULL):
    """(seconds, peak MB, exit code) of one process; code None when it timed out."""
    start = time.monotonic()
    process = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.DEVNULL)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            seconds = time.monotonic() - start
            return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)
        if time.monotonic() > deadline:
            process.kill()
            os.wait4(process.pid, 0)
            return timeout, 0.0, None
        time.sleep(0.01)


def size_of(path):
    return f"{path.stat().st_size / 1e6:.1f} MB" if path.exists() else "—"


def prepare(cli, count, out, timeout):
    yaml = out / f"events-{count}.yaml"
    with yaml.open("w") as file:
        subprocess.run([sys.executable, str(HERE / "generate_events.py"), str(count)], stdout=file,
                       check=True)
    for fmt in ("json", "csv"):
        run([cli, "render", str(yaml), "--format", fmt, "-o", str(out / f"events-{count}.{fmt}")],
            timeout)
    run([cli, "render", str(yaml), "--format", "dot", "-o", str(out / f"timeline-{count}.dot")],
        timeout)
    return yaml


def commands(cli, count, out):
    """(label, argv, output file or None) in the order they run."""
    rows = []
    for fmt in ("yaml", "json", "csv"):
        source = str(out / f"events-{count}.{fmt}")
        rows.append((f"{fmt}: check", [cli, "check", source], None))
        for view, ext in (("timeline", "svg"), ("timeline", "html"), ("storyline", "svg"),
                          ("storyline", "html"), ("graph", "svg")):
            target = out / f"{fmt}-{view}-{count}.{ext}"
            rows.append((f"{fmt}: {view} {ext}",
                         [cli, "render", source, "--view", view, "-o", str(target)], target))
    rows.append(("neato -n2 -Tsvg (our timeline DOT)",
                 ["neato", "-n2", "-Tsvg", str(out / f"timeline-{count}.dot"), "-o",
                  str(out / f"neato-{count}.svg")], out / f"neato-{count}.svg"))
    rows.append(("python json.load (the JSON file)",
                 [sys.executable, "-c",
                  "import json,sys; json.load(open(sys.argv[1], encoding='utf-8'))",
                  str(out / f"events-{count}.json")], None))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--cli", default="build/chronograph")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--out", default="/tmp/chronograph-bench")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    cli = str(Path(args.cli).resolve())
    for count in args.sizes:
        yaml = prepare(cli, count, out, args.timeout)
        print(f"\n### {count:,} events ({size_of(yaml)} YAML, "
              f"{size_of(out / f'events-{count}.json')} JSON, "
              f"{size_of(out / f'events-{count}.csv')} CSV)\n")
        print("| step | time | peak memory | output | exit |")
        print("|---|---|---|---|---|")
        times = {}
        for label, argv, target in commands(cli, count, out):
            seconds, megabytes, code = run(argv, args.timeout)
            times[label] = seconds
            shown = "timeout" if code is None else str(code)
            output = size_of(target) if target else ""
            print(f"| {label} | {seconds:.2f} s | {megabytes:.0f} MB | {output} | {shown} |",
                  flush=True)
        load = times.get("python json.load (the JSON file)")
        neato = times.get("neato -n2 -Tsvg (our timeline DOT)")
        if load:
            print(f"\njson check / python json.load: {times['json: check'] / load:.2f}")
        if neato:
            print(f"json timeline svg / neato -n2: {times['json: timeline svg'] / neato:.2f}")


if __name__ == "__main__":
    main()
