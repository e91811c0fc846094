"""A child process for the fault tests: changes picks in a loop and says what it committed.

    python -m tests.faults.pick_writer DB SEED OPS KEY...

Before each change it prints ``? KEY``; after the change has committed it prints
``+ KEY PRIORITY NOTE`` (bookmarked) or ``- KEY`` (removed), each line flushed at once, so
that a parent that kills it at any moment knows every change that committed, and the one
key whose change may or may not have. OPS 0 means run until killed.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from planner.services.planner import Planner


def _change(planner: Planner, rng: random.Random, key: str, tag: str) -> str:
    if rng.random() < 0.6:
        priority, note = rng.randint(1, 5), f"note {tag}"
        planner.bookmark([key], priority=priority, note=note)
        return f"+ {key} {priority} {note}"
    planner.unbookmark([key])
    return f"- {key}"


def main(argv: list[str]) -> int:
    db, seed, ops, keys = Path(argv[0]), int(argv[1]), int(argv[2]), argv[3:]
    rng = random.Random(seed)
    with Planner(db) as planner:
        if planner.recovery:  # nothing was lost, so nothing may be "restored" (the parent fails)
            print(f"recovery: {planner.recovery}", flush=True)
        print("ready", flush=True)
        done = 0
        while ops == 0 or done < ops:
            key = rng.choice(keys)
            print(f"? {key}", flush=True)
            print(_change(planner, rng, key, f"{seed}-{done}"), flush=True)
            done += 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
