"""What is on for me now and next, and which reminders are due: pure functions of the time.

Only the picks the user means to attend count (not watch-later, not alternatives, not a
cancelled session); a pick's planned start, where the user set one, stands for the session's.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import NamedTuple

from planner.core.model import PickState, SessionView


class Happening(NamedTuple):
    """A session of the catalog running at some moment: what "also on now" lists."""

    key: str
    title: str
    room: str | None
    start: datetime
    end: datetime


class Attended(NamedTuple):
    """A pick the user means to attend, with the times they will be there."""

    view: SessionView
    start: datetime
    end: datetime

    @property
    def key(self) -> str:
        return self.view.key


@dataclass(frozen=True, slots=True)
class NowNext:
    """My picks on now, my next one, and (in a gap) what else runs now."""

    now: tuple[Attended, ...] = ()
    next: Attended | None = None
    also_on: tuple[Happening, ...] = ()
    attending: int = 0  # how many picks with a time the user means to attend, past ones too


ReminderKey = tuple[str, datetime]  # a pick and the start it was reminded of


def attending(views: Iterable[SessionView]) -> list[Attended]:
    """The picks the user means to attend that have a time, in start order."""
    found = []
    for view in views:
        pick = view.pick
        if pick is None or pick.state is not PickState.ATTENDING or view.cancelled:
            continue
        start = pick.planned_start or view.session.start
        end = pick.planned_end or view.session.end
        if start is not None and end is not None:
            found.append(Attended(view, start, end))
    return sorted(found, key=lambda a: (a.start, a.view.session.title))


def now_and_next(agenda: Sequence[SessionView], at: datetime) -> NowNext:
    """The attending picks running at ``at`` and the first one starting after it."""
    mine = attending(agenda)
    running = tuple(a for a in mine if a.start <= at < a.end)
    later = [a for a in mine if a.start > at]
    return NowNext(running, later[0] if later else None, attending=len(mine))


def due_reminders(
    agenda: Sequence[SessionView], at: datetime, lead: timedelta, sent: Collection[ReminderKey]
) -> list[Attended]:
    """The attending picks starting within ``lead`` of ``at`` (not started yet, not reminded).

    A pick is reminded once for each start it has: moved to another time, it is due again.
    """
    return [
        a
        for a in attending(agenda)
        if a.start - lead <= at < a.start and reminder_key(a) not in sent
    ]


def reminder_key(attended: Attended) -> ReminderKey:
    return (attended.key, attended.start)


def is_on(first_day: date | None, last_day: date | None, zone: tzinfo, at: datetime) -> bool:
    """Whether ``at`` falls on one of a conference's days, counted in its own zone."""
    if first_day is None or last_day is None:
        return False
    return first_day <= at.astimezone(zone).date() <= last_day
