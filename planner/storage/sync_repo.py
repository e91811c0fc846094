"""The calendar sync record: per server and calendar, what the last sync left on it.

Beside the export history (export_repo): there the record says what a file said, here what a
server confirmed, event by event, so that an interrupted sync is recorded as far as it got.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as Orm

from planner.storage.tables import SyncCalendarRow, SyncEventRow


@dataclass(frozen=True, slots=True)
class SyncTarget:
    server: str
    calendar: str
    conference_id: str
    user: str
    alarm_minutes: int | None = None
    synced_at: int = 0


@dataclass(frozen=True, slots=True)
class Synced:
    """One pick's event as the server holds it after the last sync."""

    session_key: str
    href: str
    etag: str  # "" when the event was deleted on the server and the user let it be
    content: str
    fingerprint: str
    sequence: int


def target(orm: Orm, server: str, calendar: str) -> SyncTarget | None:
    row = orm.get(SyncCalendarRow, (server, calendar))
    if row is None:
        return None
    return _target(row)


def targets(orm: Orm, conference_id: str | None = None) -> list[SyncTarget]:
    """Every calendar synced so far (of one conference), the latest first."""
    query = select(SyncCalendarRow).order_by(SyncCalendarRow.synced_at.desc())
    if conference_id is not None:
        query = query.where(SyncCalendarRow.conference_id == conference_id)
    return [_target(r) for r in orm.execute(query).scalars()]


def _target(r: SyncCalendarRow) -> SyncTarget:
    return SyncTarget(r.server, r.calendar, r.conference_id, r.user, r.alarm_minutes, r.synced_at)


def events(orm: Orm, server: str, calendar: str) -> dict[str, Synced]:
    query = select(SyncEventRow).where(
        SyncEventRow.server == server, SyncEventRow.calendar == calendar
    )
    return {
        r.session_key: Synced(r.session_key, r.href, r.etag, r.content, r.fingerprint, r.sequence)
        for r in orm.execute(query).scalars()
    }


def record(
    orm: Orm,
    found: SyncTarget,
    done: Iterable[Synced],
    gone: Iterable[str],
) -> None:
    """Keep what the server confirmed: ``done`` events as they are now, ``gone`` ones removed."""
    now = int(time.time())
    row = orm.get(SyncCalendarRow, (found.server, found.calendar))
    if row is None:
        row = SyncCalendarRow(server=found.server, calendar=found.calendar)
        orm.add(row)
    row.conference_id, row.user, row.synced_at = found.conference_id, found.user, now
    row.alarm_minutes = found.alarm_minutes
    gone = list(gone)
    if gone:
        orm.execute(
            delete(SyncEventRow).where(
                SyncEventRow.server == found.server,
                SyncEventRow.calendar == found.calendar,
                SyncEventRow.session_key.in_(gone),
            )
        )
    for event in done:
        orm.merge(
            SyncEventRow(
                server=found.server, calendar=found.calendar, session_key=event.session_key,
                href=event.href, etag=event.etag, content=event.content,
                fingerprint=event.fingerprint, sequence=event.sequence, synced_at=now,
            )
        )  # fmt: skip
