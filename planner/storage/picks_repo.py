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
    orm.execute(delete(PickRemovalRow).where(PickRemovalRow.session_key == pick.session_key))
    orm.flush()


def put_many(orm: Orm, picks: Sequence[tuple[str, Pick]]) -> None:
    """Insert or replace picks, given with their conference id, in one statement."""
    now = int(time.time())
    rows = [
        {
            "session_key": pick.session_key,
            "conference_id": conference_id,
            "priority": pick.priority,
            "note": pick.note,
            "state": pick.state.value,
            "planned_start_ts": to_ts(pick.planned_start),
            "planned_end_ts": to_ts(pick.planned_end),
            "created_at": now,
            "updated_at": now,
        }
        for conference_id, pick in picks
    ]
    upsert = insert(PickRow)
    kept = ("created_at", "session_key")  # a pick keeps the moment it was first made
    upsert = upsert.on_conflict_do_update(
        index_elements=[PickRow.session_key],
        set_={name: upsert.excluded[name] for name in rows[0] if name not in kept},
    )
    orm.execute(upsert, rows)


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
