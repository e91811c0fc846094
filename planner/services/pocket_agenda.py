"""The printed pocket agenda's content: the picks (or a whole catalog) by day, with their marks.

Only what a page shows, worked out once here (no Qt), so that the PDF export of the command
line and the window's Print draw the same thing: each entry's time and whether it is
assumed, title, room, track, speakers, the user's note and priority, and whether it clashes
with another pick the user means to attend (and which), is kept to watch later or as an
alternative, or was cancelled.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby
from pathlib import Path
from zoneinfo import ZoneInfo

from planner.core.conflicts import ClashGroup, Slot, clashes
from planner.core.errors import OutputError
from planner.core.model import Conference, PickState, SessionView, TimeStatus
from planner.formats.atomic import write_atomically
from planner.formats.pdf_text import mend_cjk_text
from planner.services.lifecycle import refuse_export_target


@dataclass(frozen=True, slots=True)
class PocketEntry:
    key: str
    code: str | None
    title: str
    start: datetime | None
    end: datetime | None
    assumed: bool
    room: str | None
    track: str | None
    speakers: tuple[str, ...]
    picked: bool
    priority: int | None
    note: str
    state: PickState | None
    clash: bool
    cancelled: bool
    # The picks it clashes with, as a page names them: a code, else a short title.
    clashes_with: tuple[str, ...] = ()

    @property
    def watch_later(self) -> bool:
        return self.state is PickState.WATCH_LATER

    @property
    def alternative(self) -> bool:
        return self.state is PickState.ALTERNATIVE


@dataclass(frozen=True, slots=True)
class PocketDay:
    day: date | None  # None: the entries with no time yet
    entries: tuple[PocketEntry, ...]


@dataclass(frozen=True, slots=True)
class PocketAgenda:
    conference: Conference
    days: tuple[PocketDay, ...]
    all_sessions: bool

    @property
    def entries(self) -> list[PocketEntry]:
        return [entry for day in self.days for entry in day.entries]

    @property
    def assumed(self) -> bool:
        return any(entry.assumed for entry in self.entries)


def pocket_agenda(
    conference: Conference,
    views: Sequence[SessionView],
    clash_groups: Iterable[ClashGroup],
    *,
    all_sessions: bool = False,
) -> PocketAgenda:
    """Group ``views`` (in time order, unscheduled last) by the conference's days."""
    partners = _partners(views, clash_groups)
    zone = ZoneInfo(conference.timezone)
    entries = [_entry(view, partners.get(view.key)) for view in views]

    def day_of(entry: PocketEntry, view: SessionView) -> date | None:
        if entry.start is None:
            return None
        return view.session.day or entry.start.astimezone(zone).date()

    keyed = [(day_of(e, v), e) for e, v in zip(entries, views, strict=True)]
    keyed.sort(key=lambda pair: (pair[0] is None, pair[0] or date.min, _start(pair[1])))
    days = tuple(
        PocketDay(day, tuple(entry for _, entry in group))
        for day, group in groupby(keyed, key=lambda pair: pair[0])
    )
    return PocketAgenda(conference, days, all_sessions)


def _start(entry: PocketEntry) -> tuple[float, str]:
    return (entry.start.timestamp() if entry.start else 0.0, entry.title)


SHORT_TITLE = 24  # characters of a title that names a clashing pick with no code


def _partners(
    views: Sequence[SessionView], groups: Iterable[ClashGroup]
) -> dict[str, tuple[str, ...]]:
    """For each clashing pick, the picks of its group it clashes with itself (a group joins
    picks through others: A overlaps B, B overlaps C, but A and C need not clash)."""
    by_key = {view.key: view for view in views}
    found: dict[str, tuple[str, ...]] = {}
    for group in groups:
        slots = [_slot(by_key[key]) for key in group.keys if key in by_key]
        for slot in slots:
            others = [o.key for o in slots if o.key != slot.key and clashes(slot, o)]
            found[slot.key] = tuple(_short_name(by_key[key]) for key in others)
    return found


def _slot(view: SessionView) -> Slot:
    # As the clashes were found (Planner.conflicts): the time the user planned, if any.
    pick = view.pick
    start = (pick.planned_start if pick else None) or view.session.start
    end = (pick.planned_end if pick else None) or view.session.end
    return Slot(view.key, start, end, view.session.room)


def _short_name(view: SessionView) -> str:
    if view.session.code:
        return view.session.code
    title = " ".join(view.session.title.split())
    return title if len(title) <= SHORT_TITLE else title[: SHORT_TITLE - 1].rstrip() + "…"


def _entry(view: SessionView, clashing: tuple[str, ...] | None) -> PocketEntry:
    s, pick = view.session, view.pick
    return PocketEntry(
        key=s.key,
        code=s.code,
        title=s.title,
        start=s.start,
        end=s.end,
        assumed=s.time_status is TimeStatus.ASSUMED,
        room=s.room,
        track=s.track,
        speakers=s.speakers,
        picked=pick is not None,
        priority=pick.priority if pick else None,
        note=pick.note.strip() if pick else "",
        state=pick.state if pick else None,
        clash=clashing is not None,
        cancelled=view.cancelled,
        clashes_with=clashing or (),
    )


def refuse_pdf_target(out: Path) -> None:
    """UsageError unless ``out`` may take the PDF (a regular file or a new name, never the
    planner's own data files): asked before the agenda is drawn, and again on saving."""
    refuse_export_target(out, "a PDF to write")


def save_pdf(out: Path, data: bytes) -> None:
    """Write a rendered agenda; all or nothing (a failed write leaves no half file)."""
    refuse_pdf_target(out)
    try:
        write_atomically(out, mend_cjk_text(data))
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the PDF ({exc.strerror or exc})") from exc
