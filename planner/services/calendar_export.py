"""Exporting picks (or a whole catalog) as an iCalendar file that calendars can update.

The export history in the database makes every export after the first an update rather than
a copy: the same UIDs, SEQUENCE raised where a session's time, room or status changed, and a
pick removed since the last export sent once more as cancelled so subscribed calendars drop it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from planner.core.errors import OutputError
from planner.core.model import Conference, PickState, SessionView
from planner.formats.atomic import write_atomically
from planner.formats.ics_export import ExportEvent, event_fingerprint, write_calendar
from planner.storage import catalog_repo, export_repo
from planner.storage.engine import Database
from planner.storage.export_repo import Exported


@dataclass(frozen=True, slots=True)
class CalendarExport:
    path: Path
    events: int
    cancelled: int
    updated: int
    unscheduled: tuple[str, ...]


def _fingerprint(view: SessionView) -> str:
    # A pick turned into an alternative frees its time: calendars must be told (SEQUENCE).
    state = view.pick.state if view.pick else PickState.ATTENDING
    marks = (":cancelled" if view.cancelled else "") + (
        f":{state.value}" if state is not PickState.ATTENDING else ""
    )
    return event_fingerprint(view.session) + marks


def _next(previous: Exported | None, fingerprint: str) -> int:
    if previous is None:
        return 0
    changed = previous.fingerprint != fingerprint or not previous.live
    return previous.sequence + (1 if changed else 0)


def _plan_events(
    db: Database, scope: str, views: Sequence[SessionView]
) -> tuple[list[ExportEvent], list[Exported], int]:
    """The events to write and the history to keep, from the views and the last export."""
    with db.reading() as orm:
        previous = export_repo.history(orm, scope)
        current = {v.key for v in views}
        gone = [k for k, e in previous.items() if e.live and k not in current]
        # A session that has lost its time cannot be sent as an event; the calendar keeps the
        # last one it was told until the session gets a time again.
        gone_sessions = {
            k: s for k, s in catalog_repo.sessions_by_keys(orm, gone).items() if s.scheduled
        }
    events, kept, raised = [], [], 0
    for view in views:
        fingerprint = _fingerprint(view)
        before = previous.get(view.key)
        sequence = _next(before, fingerprint)
        raised += before is not None and sequence > before.sequence
        note = view.pick.note if view.pick else ""
        state = view.pick.state if view.pick else PickState.ATTENDING
        events.append(ExportEvent(view.session, note, sequence, view.cancelled, state))
        kept.append(Exported(view.key, fingerprint, sequence, live=True))
    for key, entry in previous.items():
        if key in gone_sessions:
            sequence = entry.sequence + 1
            events.append(ExportEvent(gone_sessions[key], sequence=sequence, cancelled=True))
            kept.append(Exported(key, entry.fingerprint, sequence, live=False))
        elif key not in current:
            kept.append(entry)  # remembered, so that a later re-add raises SEQUENCE again
    return events, kept, raised


def export_calendar(
    db: Database,
    conference: Conference,
    views: Sequence[SessionView],
    out: Path,
    *,
    scope: str,
    alarm_minutes: int | None = None,
    now: datetime | None = None,
) -> CalendarExport:
    """Write ``views`` (scheduled ones; the rest are reported) to ``out`` and record the export."""
    scheduled = [v for v in views if v.session.scheduled]
    unscheduled = tuple(v.key for v in views if not v.session.scheduled)
    events, history, raised = _plan_events(db, scope, scheduled)
    name = f"{conference.title}: " + ("all sessions" if scope.endswith(":all") else "my agenda")
    data = write_calendar(events, conference, calendar_name=name, alarm_minutes=alarm_minutes,
                          now=now or datetime.now(UTC))  # fmt: skip
    try:
        write_atomically(out, data)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the calendar ({exc.strerror or exc})") from exc
    with db.transaction() as orm:
        export_repo.replace_history(orm, scope, history)
    cancelled = sum(1 for e in events if e.cancelled)
    return CalendarExport(out, len(events) - cancelled, cancelled, raised, unscheduled)
