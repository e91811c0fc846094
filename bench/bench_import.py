"""Import time: a frab XML schedule file into a new database through ``Planner.import_file``.

    .venv/bin/python bench/bench_import.py --xml schedule.xml --db new.sqlite3
        [--again] [--changed] [--picks 50]

The file goes through the real reader (content sniffing, defusedxml, cleaning) and the real
storage (one transaction, search index). ``--again`` imports the same file a second time (a
schedule update that changed nothing); ``--changed`` then imports a copy with one session in a
hundred moved, renamed or given a new room (a schedule update that changed a little). With
``--picks`` that many sessions are bookmarked after the first import, and must survive.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

from common import emit  # also puts the repository on sys.path

from planner.services.planner import Planner


def changed_copy(xml: Path, out: Path, every: int = 100) -> int:
    """``xml`` with every ``every``-th event changed (start, room text or title)."""
    count = 0

    def change(match: re.Match[bytes]) -> bytes:
        nonlocal count
        count += 1
        if count % every:
            return match[0]
        kind = (count // every) % 3
        event = match[0]
        if kind == 0:  # an hour later (the <date> holds the time the reader takes)
            later = rb"(<date>\d{4}-\d\d-\d\dT)(\d\d)"
            return re.sub(later, lambda m: m[1] + b"%02d" % ((int(m[2]) + 1) % 24), event, count=1)
        if kind == 1:
            return event.replace(b"<title>", b"<title>Updated: ", 1)
        return event.replace(b"<track>", b"<track>Moved ", 1)

    out.write_bytes(re.sub(rb"<event .*?</event>", change, xml.read_bytes(), flags=re.DOTALL))
    return count // every


def _timed(planner: Planner, path: Path) -> float:
    began = time.perf_counter()
    planner.import_file(path)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description="Time one schedule import.")
    parser.add_argument("--xml", type=Path, required=True)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--again", action="store_true", help="also import it again unchanged")
    parser.add_argument("--changed", action="store_true", help="and a slightly changed copy")
    parser.add_argument("--picks", type=int, default=0)
    args = parser.parse_args()
    figures: dict[str, object] = {}
    with Planner(args.db) as planner, tempfile.TemporaryDirectory() as scratch:
        began = time.perf_counter()
        result = planner.import_file(args.xml)
        figures["seconds"] = time.perf_counter() - began
        seconds = figures["seconds"]
        print(f"{args.xml.name}: {result.sessions:,} sessions imported in {seconds:.2f} s")
        step = max(1, result.sessions // max(1, args.picks))
        keys = [row.key for row in planner.listing()][::step]
        if args.picks:
            planner.bookmark(keys[: args.picks], note="bench")
        if args.again:
            figures["again_seconds"] = _timed(planner, args.xml)
            print(f"imported again unchanged in {figures['again_seconds']:.2f} s")
        if args.changed:
            copy = Path(scratch) / args.xml.name
            changed = changed_copy(args.xml, copy)
            figures["changed_seconds"] = _timed(planner, copy)
            seconds = figures["changed_seconds"]
            print(f"imported with {changed:,} sessions changed in {seconds:.2f} s")
        if args.picks:
            kept = len(planner.picks())
            print(f"picks kept: {kept} of {args.picks}")
            figures["picks_kept"] = kept
    emit(sessions=result.sessions, **figures)


if __name__ == "__main__":
    main()
