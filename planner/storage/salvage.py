"""Reading what picks a damaged database file still holds, after it has been set aside.

The automatic backup is the first source of the picks after damage; the damaged file itself
is the second, for picks the backup lacks (it was missing or unreadable, or behind the file
because a process was killed between a change and its backup). The file is opened read-only
through SQLite (it is kept byte for byte for whoever wants to look), every row is checked as
a pick, and whatever cannot be read is simply not salvaged: this never fails.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine
from sqlalchemy.exc import SQLAlchemyError

from planner.core.model import Pick, PickState

MAX_ROWS = 100_000  # a damaged page can make a table look endless


def salvage_picks(path: Path) -> tuple[list[Pick], set[str]]:
    """The readable picks in the damaged file at ``path``, and the removals it recorded."""
    # mode=ro: the set-aside -wal travels with the file and is read; nothing is ever written.
    engine = create_engine(
        f"sqlite+pysqlite:///file:{quote(str(path.absolute()))}?mode=ro&uri=true"
    )
    picks: list[Pick] = []
    removed: set[str] = set()
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT session_key, priority, note, state, planned_start_ts, planned_end_ts "
                f"FROM pick LIMIT {MAX_ROWS}"
            ).all()
            picks = [pick for row in rows if (pick := _pick(tuple(row))) is not None]
            found = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'pick_removal'"
            ).first()
            if found:
                removed = {
                    str(row[0])
                    for row in conn.exec_driver_sql("SELECT session_key FROM pick_removal")
                }
    except (SQLAlchemyError, ValueError, OverflowError):
        pass  # as much as could be read before the damage, or nothing
    finally:
        engine.dispose()
    return picks, removed


def _pick(row: tuple[object, ...]) -> Pick | None:
    key, priority, note, state, start, end = row
    try:
        if not isinstance(key, str) or "/" not in key or not isinstance(priority, int):
            return None
        return Pick(
            session_key=key,
            priority=priority,
            note=note if isinstance(note, str) else "",
            state=PickState(str(state)),
            planned_start=_instant(start),
            planned_end=_instant(end),
        )
    except (ValueError, OverflowError, OSError):
        return None


def _instant(seconds: object) -> datetime | None:
    if not isinstance(seconds, int):
        return None
    return datetime.fromtimestamp(seconds, UTC)
