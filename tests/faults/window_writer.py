"""A child process for the fault tests: changes picks the way the window does, and says so.

    python -m tests.faults.window_writer DB KEY...

The window's Planner writes its backup on a thread of its own (``defer_backups``), so a kill
can land after a change has committed and before its backup is written. Like pick_writer,
this prints ``? KEY`` before each change and ``+ KEY PRIORITY NOTE`` or ``- KEY`` once it has
committed (the backup may still be on its way), until killed.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from planner.services import pick_edits
from planner.services.planner import Planner


def main(argv: list[str]) -> int:
    db, keys = Path(argv[0]), argv[1:]
    rng = random.Random(len(keys))
    with Planner(db) as planner:
        planner.defer_backups()
        print("ready", flush=True)
        done = 0
        while True:
            key = rng.choice(keys)
            print(f"? {key}", flush=True)
            if rng.random() < 0.6:
                edit = pick_edits.bookmarking(priority=rng.randint(1, 5), note=f"n{done}")
                after = planner.edit_picks([key], edit).after[key]
                assert after is not None
                print(f"+ {key} {after.priority} {after.note}", flush=True)
            else:
                planner.edit_picks([key], pick_edits.removing)
                print(f"- {key}", flush=True)
            done += 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
