"""The floor of a command that answers with a page of rows: the standard library alone.

    python3 bench/floor_cli.py --db catalog.sqlite3 search TEXT [--limit 50]
    python3 bench/floor_cli.py --db catalog.sqlite3 track NAME DAY [--limit 50]
    python3 bench/floor_cli.py --db catalog.sqlite3 show CODE

Opens the planner's database with ``sqlite3``, asks one query for the rows the command shows
(sessions matching a search through the FTS5 index, a track's day, or one session in full),
formats them with ``zoneinfo`` times and prints them. No argparse of the planner's commands, no
ORM, no checks of the file, no picks: the least any program answering the same question does.
Standard library only; it runs as its own process, so its start-up counts, as a command's does.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

_COLUMNS = (
    "SELECT s.code, s.title, s.start_ts, s.end_ts, r.name FROM session s "
    "LEFT JOIN room r ON r.id = s.room_id "
)


def _line(zone: ZoneInfo, code: str, title: str, start: int, end: int, room: str) -> str:
    begin = datetime.fromtimestamp(start, zone)
    until = datetime.fromtimestamp(end, zone)
    return f"   {code:<8} {begin:%a %d %b %H:%M}-{until:%H:%M}  {title} @ {room}"


def main() -> int:
    parser = argparse.ArgumentParser(description="A page of sessions, standard library only.")
    parser.add_argument("--db", required=True)
    parser.add_argument("what", choices=("search", "track", "show"))
    parser.add_argument("args", nargs="+")
    parser.add_argument("--limit", type=int, default=50)
    args = parser.parse_args()
    db = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    conference, zone_name = db.execute("SELECT id, timezone FROM conference").fetchone()
    zone = ZoneInfo(zone_name)
    if args.what == "search":
        term = '"' + args.args[0].casefold().replace('"', '""') + '"'
        rows = db.execute(
            _COLUMNS + "WHERE s.id IN (SELECT rowid FROM session_fts WHERE session_fts MATCH ?) "
            "AND s.conference_id = ? ORDER BY s.start_ts, s.title LIMIT ?",
            (term, conference, args.limit),
        ).fetchall()
    elif args.what == "track":
        rows = db.execute(
            _COLUMNS + "JOIN track t ON t.id = s.track_id WHERE s.conference_id = ? "
            "AND t.name = ? AND s.day = ? ORDER BY s.start_ts, s.title LIMIT ?",
            (conference, args.args[0], args.args[1], args.limit),
        ).fetchall()
    else:
        row = db.execute(
            "SELECT s.title, s.code, s.key, s.start_ts, s.end_ts, r.name, t.name, s.summary, "
            "s.abstract, s.id FROM session s LEFT JOIN room r ON r.id = s.room_id "
            "LEFT JOIN track t ON t.id = s.track_id WHERE s.conference_id = ? AND s.code = ?",
            (conference, args.args[0]),
        ).fetchone()
        speakers = db.execute(
            "SELECT p.name FROM session_speaker ss JOIN speaker p ON p.id = ss.speaker_id "
            "WHERE ss.session_id = ? ORDER BY ss.position",
            (row[9],),
        ).fetchall()
        print(row[0], f"  code: {row[1]}   key: {row[2]}", sep="\n")
        print(_line(zone, row[1], "", row[3], row[4], row[5]))
        print(f"  track: {row[6]}", f"  speakers: {', '.join(s for (s,) in speakers)}", sep="\n")
        print("", row[7], f"  {row[8]}", sep="\n")
        return 0
    print(f"{len(rows)} sessions")
    for row in rows:
        print(_line(zone, *row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
