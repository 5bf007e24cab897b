#!/usr/bin/env python3
"""A synthetic but realistic event file for the whole-path benchmarks (docs/performance.md).

Participants drawn from 250 people and organisations, 40 places, fuzzy times (whole days, day
parts, minutes, months), three zones, about two `before` relations per event, all pointing
forward in time so the file is consistent. Deterministic for a given size and seed.

    bench/generate_events.py 10000 > /tmp/events-10k.yaml
"""
import random
import sys
from datetime import datetime, timedelta

ZONES = ["Asia/Seoul", "America/New_York", "Z"]
PARTS = ["morning", "afternoon", "evening", "late", "오전", "늦은 오후"]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    out = sys.stdout
    out.write("chronograph: 1\ntitle: Synthetic events\nzone: Asia/Seoul\nentities:\n")
    actors = []
    for i in range(250):
        kind = "person" if i % 3 else "organization"
        actors.append(f"actor-{i}")
        out.write(f"  actor-{i}: {{name: Actor {i}, kind: {kind}}}\n")
    for i in range(40):
        out.write(f"  place-{i}: {{name: Place {i}, kind: place}}\n")
    out.write("events:\n")
    start = datetime(2020, 1, 1)
    # Events spread over about 3 years whatever the count: the density grows with the size.
    step = timedelta(days=3 * 365) / max(count, 1)
    moments = []
    for i in range(count):
        at = start + step * i + timedelta(minutes=rng.randrange(0, 600))
        moments.append(at)
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
        place = f"place-{rng.randrange(40)}"
        out.write(f"  e{i}:\n    title: Event number {i}\n    when: {when}\n"
                  f"    place: {place}\n    participants: [{', '.join(people)}]\n")
    out.write("relations:\n")
    for i in range(count):
        for _ in range(2):
            # Forward, by at least a month's worth of events: never contradicts the fuzzy times.
            gap = max(1, int(timedelta(days=40) / step))
            j = i + gap + rng.randrange(0, max(1, gap))
            if j < count and rng.random() < 0.95:
                out.write(f"  - e{i} before e{j}\n")


if __name__ == "__main__":
    main()
