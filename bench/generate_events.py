#!/usr/bin/env python3
"""A synthetic but realistic event file for the whole-path benchmarks (docs/performance.md).

Participants drawn from 250 people and organisations, 40 places, fuzzy times (whole days, day
parts, minutes, months), three zones, about two `before` relations per event, all pointing
forward in time so the file is consistent. Deterministic for a given size and seed.

    bench/generate_events.py 10000 > /tmp/events-10k.yaml
    bench/generate_events.py 10000 --json > /tmp/events-10k.json

With --json it writes the same events as event JSON with only the keys a data producer writes
(docs/json.md: id, title, when, place, participants; from, to, type), not the export's bounds.
"""
import json
import random
import sys
from datetime import datetime, timedelta

ZONES = ["Asia/Seoul", "America/New_York", "Z"]
PARTS = ["morning", "afternoon", "evening", "late", "오전", "늦은 오후"]


def generate(count, rng):
    """(entities, events, relations) as plain tuples, in file order."""
    entities = []
    for i in range(250):
        entities.append((f"actor-{i}", f"Actor {i}", "person" if i % 3 else "organization"))
    for i in range(40):
        entities.append((f"place-{i}", f"Place {i}", "place"))
    actors = [e[0] for e in entities[:250]]
    start = datetime(2020, 1, 1)
    # Events spread over about 3 years whatever the count: the density grows with the size.
    step = timedelta(days=3 * 365) / max(count, 1)
    events = []
    for i in range(count):
        at = start + step * i + timedelta(minutes=rng.randrange(0, 600))
        shape = rng.random()
        if shape < 0.3:
            when = at.strftime("%Y-%m-%d")
        elif shape < 0.6:
            when = f"{at:%Y-%m-%d} {rng.choice(PARTS)}"
        elif shape < 0.95:
            zone = rng.choice(ZONES)
            when = f"{at:%Y-%m-%dT%H:%M}" + ("Z" if zone == "Z" else f" {zone}")
        else:
            when = at.strftime("%Y-%m")
        people = rng.sample(actors, rng.choice([1, 1, 2, 2, 3]))
        events.append((f"e{i}", f"Event number {i}", when, f"place-{rng.randrange(40)}", people))
    relations = []
    for i in range(count):
        for _ in range(2):
            # Forward, by at least a month's worth of events: never contradicts the fuzzy times.
            gap = max(1, int(timedelta(days=40) / step))
            j = i + gap + rng.randrange(0, max(1, gap))
            if j < count and rng.random() < 0.95:
                relations.append((f"e{i}", f"e{j}"))
    return entities, events, relations


def write_yaml(out, entities, events, relations):
    out.write("chronograph: 1\ntitle: Synthetic events\nzone: Asia/Seoul\nentities:\n")
    for id_, name, kind in entities:
        out.write(f"  {id_}: {{name: {name}, kind: {kind}}}\n")
    out.write("events:\n")
    for id_, title, when, place, people in events:
        out.write(f"  {id_}:\n    title: {title}\n    when: {when}\n"
                  f"    place: {place}\n    participants: [{', '.join(people)}]\n")
    out.write("relations:\n")
    for a, b in relations:
        out.write(f"  - {a} before {b}\n")


def write_json(out, entities, events, relations):
    # One record per line: what a data pipeline writes, and what diff and grep can read.
    out.write('{"chronograph": 1, "title": "Synthetic events", "zone": "Asia/Seoul",\n"entities": [\n')
    out.write(",\n".join(json.dumps({"id": i, "name": n, "kind": k}, ensure_ascii=False)
                          for i, n, k in entities))
    out.write('],\n"events": [\n')
    out.write(",\n".join(json.dumps({"id": i, "title": t, "when": w, "place": p,
                                      "participants": ps}, ensure_ascii=False)
                          for i, t, w, p, ps in events))
    out.write('],\n"relations": [\n')
    out.write(",\n".join(f'{{"from": "{a}", "to": "{b}", "type": "before"}}' for a, b in relations))
    out.write("]}\n")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    count = int(args[0]) if args else 1000
    rng = random.Random(int(args[1]) if len(args) > 1 else 1)
    data = generate(count, rng)
    (write_json if "--json" in sys.argv else write_yaml)(sys.stdout, *data)


if __name__ == "__main__":
    main()
