"""The user's picks: the one table nothing but the user changes."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session as Orm

from planner.core.model import Pick, PickState
from planner.storage.convert import from_ts, to_ts
from planner.storage.tables import PickRow


def _pick(row: PickRow) -> Pick:
    return Pick(
        session_key=row.session_key,
        priority=row.priority,
        note=row.note,
        state=PickState(row.state),
        planned_start=from_ts(row.planned_start_ts),
        planned_end=from_ts(row.planned_end_ts),
    )


_COLUMNS = "session_key, priority, note, state, planned_start_ts, planned_end_ts"


def _from_row(row: tuple[Any, ...]) -> Pick:
    key, priority, note, state, start, end = row
    return Pick(key, priority, note, PickState(state), from_ts(start), from_ts(end))


def picks(orm: Orm, conference_id: str | None = None) -> dict[str, Pick]:
    query, params = f"SELECT {_COLUMNS} FROM pick", tuple[str, ...]()
    if conference_id is not None:
        query, params = query + " WHERE conference_id = ?", (conference_id,)
    rows = orm.connection().exec_driver_sql(query, params)
    return {row[0]: _from_row(row) for row in rows}


def picks_for(orm: Orm, keys: Iterable[str]) -> dict[str, Pick]:
    """The picks of ``keys`` (those picked), in one query."""
    query = f"SELECT {_COLUMNS} FROM pick WHERE session_key IN (SELECT value FROM json_each(?))"
    rows = orm.connection().exec_driver_sql(query, (json.dumps(list(keys)),))
    return {row[0]: _from_row(row) for row in rows}


def put(orm: Orm, conference_id: str, pick: Pick) -> None:
    """Insert or replace one pick."""
    now = int(time.time())
    row = orm.get(PickRow, pick.session_key)
    if row is None:
        row = PickRow(session_key=pick.session_key, conference_id=conference_id, created_at=now)
        orm.add(row)
    row.priority = pick.priority
    row.note = pick.note
    row.state = pick.state.value
    row.planned_start_ts = to_ts(pick.planned_start)
    row.planned_end_ts = to_ts(pick.planned_end)
    row.updated_at = now
    orm.flush()


def remove(orm: Orm, keys: Iterable[str]) -> None:
    orm.execute(delete(PickRow).where(PickRow.session_key.in_(list(keys))))


def put_many(orm: Orm, picks: Sequence[tuple[str, Pick]]) -> None:
    """Insert or replace many (conference id, pick) at once: one statement per thousand."""
    now = int(time.time())
    rows = [
        (p.session_key, conference_id, p.priority, p.note, p.state.value,
         to_ts(p.planned_start), to_ts(p.planned_end), now, now)
        for conference_id, p in picks
    ]  # fmt: skip
    orm.flush()  # the rows the session holds, written before these statements
    for start in range(0, len(rows), 1_000):
        chunk = rows[start : start + 1_000]
        marks = ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?, ?)"] * len(chunk))
        orm.connection().exec_driver_sql(
            "INSERT INTO pick (session_key, conference_id, priority, note, state, "
            f"planned_start_ts, planned_end_ts, created_at, updated_at) VALUES {marks} "
            "ON CONFLICT (session_key) DO UPDATE SET priority = excluded.priority, "
            "note = excluded.note, state = excluded.state, "
            "planned_start_ts = excluded.planned_start_ts, "
            "planned_end_ts = excluded.planned_end_ts, updated_at = excluded.updated_at",
            tuple(value for row in chunk for value in row),
        )
    orm.expire_all()  # what the session had loaded of these rows is stale now
