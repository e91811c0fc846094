"""The floor of a bookmark of many sessions: one sqlite3 transaction, the standard library alone.

    python3 bench/floor_bookmark.py --db catalog.sqlite3 CODE...

Resolves the codes with one query and writes one pick each (insert or replace) in one
transaction, then prints one line per pick, as ``planner bookmark`` does. No checks, no backup.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser(description="A bookmark of many, standard library only.")
    parser.add_argument("--db", required=True)
    parser.add_argument("codes", nargs="+")
    args = parser.parse_args()
    db = sqlite3.connect(args.db, isolation_level=None)
    now = int(time.time())
    db.execute("BEGIN IMMEDIATE")
    rows = db.execute(
        "SELECT key, conference_id, code, title FROM session WHERE code IN "
        "(SELECT value FROM json_each(?))",
        (json.dumps(args.codes),),
    ).fetchall()
    db.executemany(
        "INSERT OR REPLACE INTO pick (session_key, conference_id, priority, note, state, "
        "created_at, updated_at) VALUES (?, ?, 3, '', 'attending', ?, ?)",
        [(key, conference, now, now) for key, conference, _, _ in rows],
    )
    db.execute("COMMIT")
    sys.stdout.write("".join(f"bookmarked {code:<8} {title}\n" for _, _, code, title in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
