"""What is on for me now and next, and which reminders are due, across all my conferences.

The window asks this on every tick of its clock (the time is always passed in, so that tests
run it on a clock of their own). Only conferences the user has picks in are read; "also on
now" comes from the conferences running that day.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.core.model import Conference, SessionView, conference_of
from planner.core.now_next import (
    Attended,
    Happening,
    NowNext,
    ReminderKey,
    due_reminders,
    is_on,
    now_and_next,
)

if TYPE_CHECKING:
    from planner.services.planner import Planner

ALSO_ON = 6  # how many other sessions "also on now" names


def my_agenda(planner: Planner) -> list[SessionView]:
    """Every pick of every conference, as the agenda shows them."""
    wanted = {conference_of(key) for key in planner.picks()}
    return [
        view
        for info in planner.conferences()
        if info.conference.id in wanted
        for view in planner.agenda(info.conference.id)
    ]


def conferences_on(planner: Planner, at: datetime) -> list[Conference]:
    """The conferences one of whose days ``at`` is (in each one's own zone)."""
    return [
        info.conference
        for info in planner.conferences()
        if is_on(info.conference.first_day, info.conference.last_day,
                 _zone(info.conference.timezone), at)
    ]  # fmt: skip


def now_next(planner: Planner, at: datetime) -> NowNext:
    """My attending picks on at ``at``, my next one, and in a gap what else runs then."""
    found = now_and_next(my_agenda(planner), at)
    if found.now:
        return found
    also = [
        Happening(
            view.key, view.session.title, view.session.room, view.session.start, view.session.end
        )
        for conference in conferences_on(planner, at)
        for view in planner.running_between(conference.id, at, at + timedelta(seconds=1))
        if view.session.start is not None and view.session.end is not None
    ]
    return NowNext(found.now, found.next, tuple(also[:ALSO_ON]), found.attending)


def reminders_due(
    planner: Planner, at: datetime, lead: timedelta, sent: Collection[ReminderKey]
) -> list[Attended]:
    return due_reminders(my_agenda(planner), at, lead, sent)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")
