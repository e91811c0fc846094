"""iCalendar export of the user's picks through ``Planner.export_calendar``.

    .venv/bin/python bench/bench_export.py --db catalog.sqlite3 [--picks 1000]

Bookmarks ``--picks`` sessions spread over the first conference (that time is shown, not
judged), then exports them twice: the first export, and the update that follows a change
(SEQUENCE raised where a session changed), each written atomically to a file.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from common import emit

from planner.services.planner import Planner


def main() -> None:
    parser = argparse.ArgumentParser(description="Time the calendar export of picks.")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--picks", type=int, default=1000)
    args = parser.parse_args()
    with Planner(args.db) as planner, tempfile.TemporaryDirectory() as scratch:
        rows = [row for row in planner.listing() if row.start is not None]
        keys = [row.key for row in rows[:: max(1, len(rows) // args.picks)]][: args.picks]
        began = time.perf_counter()
        planner.bookmark(keys, note="bench")
        bookmark = time.perf_counter() - began
        out = Path(scratch) / "agenda.ics"
        began = time.perf_counter()
        planner.export_calendar(out)
        first = time.perf_counter() - began
        planner.bookmark(keys[:10], note="changed")
        began = time.perf_counter()
        planner.export_calendar(out)
        update = time.perf_counter() - began
        size = out.stat().st_size
        planner.unbookmark(keys)
    print(f"bookmarked {len(keys)} sessions in one call: {bookmark * 1000:.0f} ms")
    print(f"exported {len(keys)} picks in {first * 1000:.0f} ms ({size:,} bytes); "
          f"the update after a change in {update * 1000:.0f} ms")  # fmt: skip
    emit(picks=len(keys), seconds=first, update_seconds=update, bookmark_seconds=bookmark)


if __name__ == "__main__":
    main()
