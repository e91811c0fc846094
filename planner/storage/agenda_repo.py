"""Picks together with the sessions they point at, each read in one statement.

The window changes picks one click at a time and must then show the picked session on the
timeline and in the clash panel. ``picked_sessions`` answers, for any keys, the pick (if any),
the session (if the catalog has one), whether it is kept only as cancelled, and its other runs,
with the speakers and runs gathered by SQLite as JSON arrays: one statement for a star click
where reading a SessionView the general way (``Planner.sessions``) takes five. ``agenda``
answers the same for every pick of a conference, ``running_between`` for every session that
runs during a stretch of time (what the gap finder offers).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session as Orm

from planner.core.model import Pick, PickState, Session
from planner.storage.convert import from_ts, session_from_values

CHUNK = 900  # keys per statement: under SQLite's oldest limit on bound parameters

# A session's other runs, in time order. INDEXED BY: for the ORDER BY, SQLite would rather walk
# the whole conference in time order (ix_session_conference_start) for every row: 5 ms a key,
# 20 minutes for 10,000 keys.
_RUN_KEYS = (
    "(SELECT json_group_array(key) FROM (SELECT o.key FROM session o INDEXED BY ix_session_series "
    " WHERE s.series IS NOT NULL AND o.conference_id = s.conference_id AND o.series = s.series"
    " AND o.key != s.key ORDER BY o.start_ts, o.key))"
)
_COLUMNS = (
    "s.id, s.key, s.conference_id, s.code, s.title, s.start_ts, s.end_ts, s.day, "
    "s.time_status, s.time_note, s.summary, s.abstract, s.highlights, s.topics, s.sources, "
    "s.url, s.language, s.recorded, s.delivery, s.series, s.cancelled, "
    "t.name AS track_name, r.name AS room_name, "
    # json_group_array keeps the order its rows come in; the inner queries give that order.
    "(SELECT json_group_array(name) FROM (SELECT sp.name FROM session_speaker ss "
    " JOIN speaker sp ON sp.id = ss.speaker_id WHERE ss.session_id = s.id "
    " ORDER BY ss.position)) AS speaker_names, "
    f"{_RUN_KEYS} AS run_keys, "
    "p.session_key AS pick_key, p.conference_id AS pick_conference, p.priority, p.note, "
    "p.state, p.planned_start_ts, p.planned_end_ts"
)
_JOINS = (
    "LEFT JOIN track t ON t.id = s.track_id LEFT JOIN room r ON r.id = s.room_id "
    "LEFT JOIN pick p ON p.session_key = w.key"
)
# What a line naming a session needs (its code, title and whether it runs more than once), for
# changes of thousands of picks at once from the command line: the texts, times, speakers,
# track and room of 10,000 sessions cost more to read and build than the change itself.
_BRIEF_COLUMNS = (
    "s.id, s.key, s.conference_id, s.code, s.title, s.cancelled, "
    f"{_RUN_KEYS} AS run_keys, "
    "p.session_key AS pick_key, p.conference_id AS pick_conference, p.priority, p.note, "
    "p.state, p.planned_start_ts, p.planned_end_ts"
)
_BRIEF_JOINS = "LEFT JOIN pick p ON p.session_key = w.key"


@dataclass(frozen=True, slots=True)
class PickedSession:
    """One key as the agenda needs it."""

    key: str
    pick: Pick | None
    session: Session | None  # None: the catalog has no such session (not loaded, or gone)
    cancelled: bool = False
    other_runs: tuple[str, ...] = ()
    conference_id: str | None = None  # the session's, else the pick's


def _pick(row: Any) -> Pick | None:
    if row.pick_key is None:
        return None
    return Pick(
        session_key=row.pick_key,
        priority=row.priority,
        note=row.note,
        state=PickState(row.state),
        planned_start=from_ts(row.planned_start_ts),
        planned_end=from_ts(row.planned_end_ts),
    )


def _brief(row: Any) -> PickedSession:
    # By position, in _BRIEF_COLUMNS' order: a Row's attributes cost a lookup each, and a
    # bookmark of 10,000 codes builds 10,000 of these.
    wanted, row_id, key, conference_id, code, title, cancelled, run_keys, *picked, _ = row
    pick_key, pick_conference, priority, note, state, start_ts, end_ts = picked
    pick = None
    if pick_key is not None:
        pick = Pick(pick_key, priority, note, PickState(state), from_ts(start_ts), from_ts(end_ts))
    if row_id is None:
        return PickedSession(wanted, pick, None, conference_id=pick_conference)
    session = Session(key=key, conference_id=conference_id, title=title, code=code)
    runs = () if run_keys == "[]" else tuple(json.loads(run_keys))
    return PickedSession(wanted, pick, session, bool(cancelled), runs, conference_id)


def _picked(row: Any) -> PickedSession:
    pick = _pick(row)
    if row.id is None:
        return PickedSession(row.wanted, pick, None, conference_id=row.pick_conference)
    speakers = json.loads(row.speaker_names)
    # A text() query hands the Date column back as its ISO text.
    values = SimpleNamespace(**row._mapping)
    values.day = date.fromisoformat(row.day) if row.day else None
    session = session_from_values(values, row.track_name, row.room_name, speakers)
    runs = tuple(json.loads(row.run_keys))
    return PickedSession(row.wanted, pick, session, bool(row.cancelled), runs, row.conference_id)


def picked_sessions(
    orm: Orm, keys: Iterable[str], *, brief: bool = False
) -> tuple[dict[str, PickedSession], int]:
    """Every key given, with its pick and session (either may be None), and the picks'
    revision (``pick_revision``) as the same statement saw it.

    ``brief``: each session holds only its key, conference, code and title (it reads as
    unscheduled), with its other runs: enough to name it in a line, never to show it.
    """
    columns, joins, build = (
        (_BRIEF_COLUMNS, _BRIEF_JOINS, _brief) if brief else (_COLUMNS, _JOINS, _picked)
    )
    wanted = list(dict.fromkeys(keys))
    found: dict[str, PickedSession] = {}
    revision = 0
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        values = ", ".join("(?)" for _ in chunk)
        query = (
            f"WITH w(key) AS (VALUES {values}) SELECT w.key AS wanted, {columns}, "
            f"(SELECT revision FROM pick_revision WHERE id = 1) AS picks_revision "
            f"FROM w LEFT JOIN session s ON s.key = w.key {joins}"
        )
        # Straight to the driver: compiling 900 named parameters per statement cost more
        # than running it.
        for row in orm.connection().exec_driver_sql(query, tuple(chunk)):
            found[row[0]] = build(row)
            revision = row[-1]  # picks_revision, last
    return found, revision


def picks_revision(orm: Orm) -> int:
    """The number triggers raise with every pick row written (see migration 0011)."""
    found = orm.execute(text("SELECT revision FROM pick_revision WHERE id = 1")).scalar()
    return int(found or 0)


def agenda(orm: Orm, conference_id: str) -> list[PickedSession]:
    """Every pick of a conference with its session, in list order (start, unscheduled last).

    Read ``picks_revision`` in the same read transaction to know which revision this is.
    """
    query = text(
        f"WITH w(key) AS (SELECT session_key FROM pick WHERE conference_id = :c) "
        f"SELECT w.key AS wanted, {_COLUMNS} FROM w LEFT JOIN session s ON s.key = w.key "
        f"{_JOINS} ORDER BY s.start_ts IS NULL, s.start_ts, s.title, w.key"
    )
    return [_picked(row) for row in orm.execute(query, {"c": conference_id})]


def running_between(orm: Orm, conference_id: str, start: int, end: int) -> list[PickedSession]:
    """The conference's sessions (not cancelled) that overlap ``start``-``end`` (epoch
    seconds), with their picks, by start."""
    query = text(
        "WITH w(key) AS (SELECT key FROM session WHERE conference_id = :c AND start_ts < :e "
        "AND end_ts > :s AND NOT cancelled) "
        f"SELECT w.key AS wanted, {_COLUMNS} FROM w JOIN session s ON s.key = w.key "
        f"{_JOINS} ORDER BY s.start_ts, s.title, w.key"
    )
    rows = orm.execute(query, {"c": conference_id, "s": start, "e": end})
    return [_picked(row) for row in rows]


def by_key(found: Sequence[PickedSession]) -> dict[str, PickedSession]:
    return {item.key: item for item in found}
