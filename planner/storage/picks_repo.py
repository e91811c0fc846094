"""The user's picks: the one table nothing but the user changes.

Removing a pick also records the removal (``pick_removal``) in the same transaction, so that
the automatic backup can tell a pick the user removed from one the file lost.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, literal, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session as Orm

from planner.core.model import Pick, PickState
from planner.storage.convert import from_ts, to_ts
from planner.storage.tables import PickRemovalRow, PickRow


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
    orm.flush()  # migration 0013's triggers forget a removal of this pick


# A pick keeps the moment it was first made (created_at); everything else is the new one's.
_UPSERT = (
    "INSERT INTO pick (session_key, conference_id, priority, note, state, planned_start_ts, "
    "planned_end_ts, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (session_key) DO UPDATE SET conference_id = excluded.conference_id, "
    "priority = excluded.priority, note = excluded.note, state = excluded.state, "
    "planned_start_ts = excluded.planned_start_ts, planned_end_ts = excluded.planned_end_ts, "
    "updated_at = excluded.updated_at"
)


def put_many(orm: Orm, picks: Sequence[tuple[str, Pick]]) -> None:
    """Insert or replace picks, given with their conference id (a pick made again is no longer
    recorded as removed: migration 0013's triggers). Straight to the driver, one prepared
    statement for them all: the ORM's bulk insert cost more than the writing for 10,000."""
    now = int(time.time())
    rows = [
        (
            pick.session_key, conference_id, pick.priority, pick.note, pick.state.value,
            to_ts(pick.planned_start), to_ts(pick.planned_end), now, now,
        )
        for conference_id, pick in picks
    ]  # fmt: skip
    orm.connection().exec_driver_sql(_UPSERT, rows)


def remove(orm: Orm, keys: Iterable[str]) -> None:
    """Remove picks, recording each removal (see the module docstring)."""
    keys = list(keys)
    now = int(time.time())
    for start in range(0, len(keys), 900):
        chunk = keys[start : start + 900]
        # One statement records the removals of the picks there are, one removes them.
        present = select(PickRow.session_key, literal(now)).where(PickRow.session_key.in_(chunk))
        record = insert(PickRemovalRow).from_select(["session_key", "removed_at"], present)
        orm.execute(record.prefix_with("OR REPLACE"))
        orm.execute(delete(PickRow).where(PickRow.session_key.in_(chunk)))


def lost(orm: Orm, saved: Iterable[Pick]) -> list[Pick]:
    """The picks of ``saved`` (a backup) that the database neither holds nor records as removed."""
    have = set(orm.execute(select(PickRow.session_key)).scalars())
    removed = removed_keys(orm)
    return [p for p in saved if p.session_key not in have and p.session_key not in removed]


def removed_keys(orm: Orm) -> set[str]:
    """The picks the user removed since the backup was last written."""
    return set(orm.execute(select(PickRemovalRow.session_key)).scalars())


def forget_removals(orm: Orm) -> None:
    """The backup has been written without the removed picks: their records are done."""
    orm.execute(delete(PickRemovalRow))
