"""Import time: a frab XML schedule file into a new database through ``Planner.import_file``.

    .venv/bin/python bench/bench_import.py --xml schedule.xml --db new.sqlite3 [--again]

The file goes through the real reader (content sniffing, defusedxml, cleaning) and the real
storage (one transaction, search index). ``--again`` imports it a second time, the path of a
schedule update (comparing with the previous version, keeping picks).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from common import emit  # also puts the repository on sys.path

from planner.services.planner import Planner


def main() -> None:
    parser = argparse.ArgumentParser(description="Time one schedule import.")
    parser.add_argument("--xml", type=Path, required=True)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--again", action="store_true", help="also time a second import")
    args = parser.parse_args()
    with Planner(args.db) as planner:
        began = time.perf_counter()
        result = planner.import_file(args.xml)
        seconds = time.perf_counter() - began
        print(f"{args.xml.name}: {result.sessions:,} sessions imported in {seconds:.2f} s")
        again = None
        if args.again:
            began = time.perf_counter()
            planner.import_file(args.xml)
            again = time.perf_counter() - began
            print(f"imported again (a schedule update) in {again:.2f} s")
    emit(sessions=result.sessions, seconds=seconds, again_seconds=again)


if __name__ == "__main__":
    main()
