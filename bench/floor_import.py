"""The floor of a schedule import: the standard library's XML parser, raw sqlite3 and an FTS5
trigram index, in one transaction, and nothing else.

    python3 bench/floor_import.py --xml schedule.xml --db new.sqlite3 [--tree]

What any importer of a frab ``schedule.xml`` must at least do: read every event, write one row
per session (the columns the planner keeps: key, code, title, track, room, times, texts,
speakers) and one row of search text per session into an FTS5 trigram index, commit once. No
cleaning, no folding, no time zones, no ORM. It streams the file (``iterparse``, each event
dropped once read) unless ``--tree`` asks for the whole tree first (the way ``ElementTree.parse``
reads). Standard library only, so that it runs on any Python the planner runs on.
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

SCHEMA = """
CREATE TABLE session (id INTEGER PRIMARY KEY, key TEXT UNIQUE, code TEXT, title TEXT,
    track TEXT, room TEXT, day TEXT, start TEXT, duration TEXT, summary TEXT, abstract TEXT,
    speakers TEXT);
CREATE VIRTUAL TABLE session_fts USING fts5(title, meta, body, tokenize='trigram');
"""
BATCH = 2_000


def _row(event: ET.Element, room: str, acronym: str) -> tuple[str | None, ...]:
    code = event.get("id") or ""
    people = [p.text or "" for p in event.iterfind("persons/person")]
    text = event.findtext
    return (f"{acronym}/{code}", code, text("title"), text("track"), room, text("date"),
            text("start"), text("duration"), text("abstract"), text("description"),
            "\n".join(people))  # fmt: skip


def streamed(path: Path) -> Iterator[tuple[str | None, ...]]:
    """Each event's row as the parser reaches its end; the element is dropped after."""
    acronym, room, root = "", "", None
    for kind, element in ET.iterparse(path, events=("start", "end")):
        if root is None:
            root = element
        if kind == "start":
            if element.tag == "room":
                room = element.get("name") or ""
            continue
        if element.tag == "acronym":
            acronym = element.text or ""
        elif element.tag == "event":
            yield _row(element, room, acronym)
        elif element.tag == "room":
            element.clear()
            root.clear()  # drop the finished rooms the root still holds


def whole_tree(path: Path) -> Iterator[tuple[str | None, ...]]:
    root = ET.parse(path).getroot()
    acronym = root.findtext("conference/acronym") or ""
    for room in root.iterfind("day/room"):
        for event in room.iterfind("event"):
            yield _row(event, room.get("name") or "", acronym)


def store(db: Path, rows: Iterator[tuple[str | None, ...]]) -> int:
    connection = sqlite3.connect(db, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.executescript(SCHEMA)
    connection.execute("BEGIN IMMEDIATE")
    count, batch = 0, []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            count += _write(connection, batch)
            batch = []
    count += _write(connection, batch)
    connection.execute("INSERT INTO session_fts(session_fts) VALUES ('optimize')")
    connection.execute("COMMIT")
    connection.close()
    return count


def _write(connection: sqlite3.Connection, rows: list[tuple[str | None, ...]]) -> int:
    first = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM session").fetchone()[0]
    connection.executemany(
        "INSERT INTO session (id, key, code, title, track, room, day, start, duration, "
        "summary, abstract, speakers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(first + n, *row) for n, row in enumerate(rows)],
    )
    connection.executemany(
        "INSERT INTO session_fts (rowid, title, meta, body) VALUES (?, ?, ?, ?)",
        [(first + n, (r[2] or "").casefold(), " ".join(filter(None, (r[1], r[3], r[4], r[10])))
          .casefold(), f"{r[8] or ''} {r[9] or ''}".casefold()) for n, r in enumerate(rows)],
    )  # fmt: skip
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description="The floor of a schedule import.")
    parser.add_argument("--xml", type=Path, required=True)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--tree", action="store_true", help="parse the whole tree first")
    args = parser.parse_args()
    began = time.perf_counter()
    count = store(args.db, whole_tree(args.xml) if args.tree else streamed(args.xml))
    seconds = time.perf_counter() - began
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(f"floor: {count:,} sessions stored in {seconds:.2f} s")
    figures = {"sessions": count, "seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime,
               "peak_rss_mb": usage.ru_maxrss / 1024}  # fmt: skip
    print("RESULT " + json.dumps(figures), flush=True)


if __name__ == "__main__":
    sys.exit(main())
