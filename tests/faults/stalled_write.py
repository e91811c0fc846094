"""A child for the fault tests: a write of TARGET that stalls halfway, until it is killed.

    python -m tests.faults.stalled_write TARGET

It writes through ``write_atomically`` as every export does, but waits before syncing the
temporary file (``os.fsync`` made to wait), says ``writing`` and waits to be killed, so that
the parent can kill it at exactly the moment that leaves a temporary file behind.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from planner.formats.atomic import write_atomically


def _stall(_fd: int) -> None:
    print("writing", flush=True)
    time.sleep(600)


def main(argv: list[str]) -> int:
    os.fsync = _stall  # only in this child, which exists to be killed here
    write_atomically(Path(argv[0]), b"BEGIN:VCALENDAR\r\n" + b"half of it " * 10_000)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
