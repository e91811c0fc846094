"""Keeping a CalDAV calendar in step with the user's agenda: one event per scheduled pick.

Each pick goes out as the .ics export writes it (``ics_export.write_event``: the same UID,
VTIMEZONE, VALARM, text and SEQUENCE), one calendar object per event, at
``<calendar>/<uid>.ics``. A sync is incremental against the record of the last one
(``sync_repo``, per server and calendar):

- a new pick is created (``If-None-Match: *``, so nothing already there is overwritten);
- a changed one is replaced in place (``If-Match`` on the ETag the server last gave; SEQUENCE
  raised when its time, room or status changed, as the export does);
- a pick removed since is DELETEd (``If-Match`` too). Deleted rather than sent once as
  CANCELLED: a CalDAV server tells every device of a deletion, while a CANCELLED event stays
  on their screens, struck through or not at all, depending on the app;
- an unchanged one is not sent at all.

An event changed or deleted on the server by someone else (its ETag differs from the record,
it is missing, or a PUT/DELETE answers 412) is left as it is and reported; the caller may
then sync again choosing to overwrite it with the pick or to keep the server's copy.

The record is written only for what the server confirmed, in one transaction when the sync
ends, also when it ends early (a server that goes away midway): so the record matches the
server, and the next sync carries on from there. The user's picks are only ever read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Literal
from urllib.parse import unquote

from planner.core.errors import UsageError
from planner.core.model import Conference, SessionView
from planner.formats.ics_export import ExportEvent, event_fingerprint, event_uid, write_event
from planner.services.caldav_server import NO_ETAG, CalendarAddress, CalendarServer, Conflict
from planner.storage import sync_repo
from planner.storage.engine import Database
from planner.storage.sync_repo import Synced, SyncTarget

REMEMBERED: Literal["remembered"] = "remembered"  # the last sync's reminder, to this calendar
Alarm = int | Literal["remembered"] | None

# DTSTAMP changes on every write; hashing with a fixed one tells a changed event from a re-sent one.
_HASH_STAMP = datetime(2000, 1, 1, tzinfo=UTC)


class OnConflict(StrEnum):
    """What to do with events changed or deleted on the server since the last sync."""

    REPORT = "report"  # leave them, and say so
    OVERWRITE = "overwrite"  # put the pick back as the planner has it
    KEEP = "keep"  # keep the server's copy (or its deletion) and stop reporting it


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What one sync did; session keys in each tuple."""

    url: str
    calendar_name: str
    created_calendar: bool = False
    alarm_minutes: int | None = None
    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()
    unchanged: int = 0
    unscheduled: tuple[str, ...] = ()
    edited_on_server: tuple[str, ...] = ()
    deleted_on_server: tuple[str, ...] = ()
    kept_server_copies: tuple[str, ...] = ()

    @property
    def sent(self) -> int:
        return len(self.created) + len(self.updated) + len(self.deleted)

    @property
    def conflicts(self) -> tuple[str, ...]:
        return self.edited_on_server + self.deleted_on_server


@dataclass(slots=True)
class _Step:
    """One request to make: PUT ``body`` (``body`` None: DELETE) at ``href``."""

    key: str
    href: str
    etag: str | None  # the If-Match ETag; None for a create
    body: bytes | None
    record: Synced | None = None
    kind: str = "updated"


@dataclass(slots=True)
class _Plan:
    steps: list[_Step] = field(default_factory=list)
    keep: list[Synced] = field(default_factory=list)  # recorded without a request
    forget: list[str] = field(default_factory=list)
    unchanged: int = 0
    edited: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def sync_calendar(
    db: Database,
    conference: Conference,
    picks: Sequence[SessionView],
    server: CalendarServer,
    *,
    alarm_minutes: Alarm = REMEMBERED,
    on_conflict: OnConflict = OnConflict.REPORT,
    now: datetime | None = None,
) -> SyncReport:
    """Make the calendar at ``server`` hold exactly ``picks`` (the scheduled ones)."""
    address = server.address
    with db.reading() as orm:
        found = sync_repo.target(orm, address.server, address.path)
        record = sync_repo.events(orm, address.server, address.path)
    if found is not None and found.conference_id != conference.id:
        raise UsageError(
            f"{address.url}: this calendar holds your agenda of {found.conference_id}; give "
            f"{conference.id} a calendar of its own"
        )
    if alarm_minutes == REMEMBERED:
        alarm_minutes = found.alarm_minutes if found else None
    assert not isinstance(alarm_minutes, str)
    name, created_calendar = _open_calendar(server, conference)
    if created_calendar:
        record = {}  # a calendar made just now holds none of what the record says
    remote = server.etags()
    scheduled = [v for v in picks if v.session.scheduled]
    unscheduled = tuple(v.key for v in picks if not v.session.scheduled)
    plan = _plan(address, conference, scheduled, unscheduled, record, remote, on_conflict,
                 alarm_minutes, now or datetime.now(UTC))  # fmt: skip
    target = SyncTarget(address.server, address.path, conference.id, server.user, alarm_minutes)
    done = _carry_out(db, server, target, plan)
    return SyncReport(
        url=address.url,
        calendar_name=name,
        created_calendar=created_calendar,
        alarm_minutes=alarm_minutes,
        created=tuple(s.key for s in done if s.kind == "created"),
        updated=tuple(s.key for s in done if s.kind == "updated"),
        deleted=tuple(s.key for s in done if s.kind == "deleted"),
        unchanged=plan.unchanged,
        unscheduled=unscheduled,
        edited_on_server=tuple(plan.edited),
        deleted_on_server=tuple(plan.deleted),
        kept_server_copies=tuple(plan.kept),
    )


def calendar_title(conference: Conference) -> str:
    return f"{conference.title}: my agenda"


def _open_calendar(server: CalendarServer, conference: Conference) -> tuple[str, bool]:
    """The calendar's name, and whether it was created now (it did not exist)."""
    name = server.calendar_name()
    if name is not None:
        return name, False
    if not server.can_create():
        raise server.no_calendar()
    server.create(calendar_title(conference))
    return calendar_title(conference), True


# --- planning ------------------------------------------------------------------------------


def content_hash(body_at_fixed_stamp: bytes) -> str:
    return hashlib.sha256(body_at_fixed_stamp).hexdigest()


def _plan(
    address: CalendarAddress,
    conference: Conference,
    scheduled: Sequence[SessionView],
    unscheduled: Sequence[str],
    record: dict[str, Synced],
    remote: dict[str, str],
    on_conflict: OnConflict,
    alarm_minutes: int | None,
    now: datetime,
) -> _Plan:
    plan = _Plan()
    for view in scheduled:
        _plan_pick(plan, address, conference, view, record.get(view.key), remote, on_conflict,
                   alarm_minutes, now)  # fmt: skip
    current = {v.key for v in scheduled} | set(unscheduled)
    for key, before in record.items():
        if key not in current:
            _plan_removal(plan, before, remote, on_conflict)
    return plan


def _plan_pick(
    plan: _Plan,
    address: CalendarAddress,
    conference: Conference,
    view: SessionView,
    before: Synced | None,
    remote: dict[str, str],
    on_conflict: OnConflict,
    alarm_minutes: int | None,
    now: datetime,
) -> None:
    key = view.key
    href = before.href if before else address.href(event_uid(key).split("@")[0] + ".ics")
    there = remote.get(unquote(href))
    if before is not None and not before.etag:
        plan.unchanged += 1  # deleted on the server earlier, and the user let it be
        return
    fingerprint = event_fingerprint(view.session) + (":cancelled" if view.cancelled else "")
    sequence = _sequence(before, fingerprint, gone=before is not None and there is None)

    def event(stamp: datetime) -> bytes:
        note = view.pick.note if view.pick else ""
        export = ExportEvent(view.session, note, sequence, cancelled=view.cancelled)
        return write_event(export, conference, alarm_minutes=alarm_minutes, now=stamp)

    content = content_hash(event(_HASH_STAMP))
    synced = Synced(key, href, "", content, fingerprint, sequence)
    if before is None and there is None:
        plan.steps.append(_Step(key, href, None, event(now), synced, "created"))
    elif before is not None and _same(there, before.etag):
        if before.content == content:
            plan.unchanged += 1
        else:
            plan.steps.append(_Step(key, href, before.etag, event(now), synced))
    elif on_conflict is OnConflict.OVERWRITE:
        kind = "created" if there is None else "updated"
        etag = None if there is None else there or NO_ETAG
        plan.steps.append(_Step(key, href, etag, event(now), synced, kind))
    elif on_conflict is OnConflict.KEEP:
        plan.keep.append(Synced(key, href, there or "", content, fingerprint, sequence))
        plan.kept.append(key)
    else:
        (plan.deleted if there is None else plan.edited).append(key)


def _same(there: str | None, recorded: str) -> bool:
    """Whether the server still holds the copy the record names (by its ETag)."""
    return there == recorded or (there == "" and recorded == NO_ETAG)


def _sequence(before: Synced | None, fingerprint: str, *, gone: bool) -> int:
    if before is None:
        return 0
    return before.sequence + (1 if gone or before.fingerprint != fingerprint else 0)


def _plan_removal(
    plan: _Plan, before: Synced, remote: dict[str, str], on_conflict: OnConflict
) -> None:
    there = remote.get(unquote(before.href))
    if there is None or not before.etag:
        plan.forget.append(before.session_key)  # gone already, as it should be
    elif _same(there, before.etag) or on_conflict is OnConflict.OVERWRITE:
        plan.steps.append(_Step(before.session_key, before.href, there or NO_ETAG, None,
                                kind="deleted"))
    elif on_conflict is OnConflict.KEEP:
        plan.forget.append(before.session_key)  # theirs now: no longer ours to remove
        plan.kept.append(before.session_key)
    else:
        plan.edited.append(before.session_key)


# --- carrying it out -----------------------------------------------------------------------


def _carry_out(
    db: Database, server: CalendarServer, target: SyncTarget, plan: _Plan
) -> list[_Step]:
    """Make the plan's requests; record what the server confirmed, whatever happens."""
    done: list[_Step] = []
    finished = False
    try:
        for step in plan.steps:
            try:
                _request(server, step)
            except Conflict:
                plan.edited.append(step.key)
                continue
            done.append(step)
        finished = True
    finally:
        confirmed = [s.record for s in done if s.record is not None] + plan.keep
        gone = [s.key for s in done if s.body is None] + plan.forget
        if finished or confirmed or gone:  # a sync that got nowhere leaves no trace
            with db.transaction() as orm:
                sync_repo.record(orm, target, confirmed, gone)
    return done


def _request(server: CalendarServer, step: _Step) -> None:
    if step.body is None:
        assert step.etag is not None
        server.delete(step.href, step.etag)
        return
    etag = server.put(step.href, step.body, step.etag)
    assert step.record is not None
    step.record = Synced(
        step.record.session_key, step.href, etag or NO_ETAG, step.record.content,
        step.record.fingerprint, step.record.sequence,
    )  # fmt: skip
