"""The calendar export history: what the last export of each calendar said of each session."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session as Orm


@dataclass(frozen=True, slots=True)
class Exported:
    session_key: str
    fingerprint: str
    sequence: int
    live: bool


def history(orm: Orm, scope: str) -> dict[str, Exported]:
    query = (
        "SELECT session_key, fingerprint, sequence, live FROM export_history WHERE scope = ?"
    )
    rows = orm.connection().exec_driver_sql(query, (scope,)).cursor.fetchall()
    return {key: Exported(key, mark, sequence, bool(live)) for key, mark, sequence, live in rows}


def replace_history(orm: Orm, scope: str, entries: Iterable[Exported]) -> None:
    """The scope's history, replaced whole (a thousand rows a statement, straight to SQLite)."""
    run = orm.connection().exec_driver_sql
    run("DELETE FROM export_history WHERE scope = ?", (scope,))
    now = int(time.time())
    rows = [(scope, e.session_key, e.fingerprint, e.sequence, e.live, now) for e in entries]
    for start in range(0, len(rows), 1_000):
        chunk = rows[start : start + 1_000]
        marks = ", ".join(["(?, ?, ?, ?, ?, ?)"] * len(chunk))
        run(
            "INSERT INTO export_history (scope, session_key, fingerprint, sequence, live, "
            f"exported_at) VALUES {marks}",
            tuple(value for row in chunk for value in row),
        )
