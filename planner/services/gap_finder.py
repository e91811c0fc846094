"""The gap finder: the free stretches of the user's days, and what is on in one of them.

No conference app answers "I have nothing from 14:00 to 15:30: what could I see?". Here a
free stretch is a time, within the hours the conference runs that day, when none of the picks
the user means to attend runs; "What's on then?" lists the catalog's sessions running in it,
those that match the user's picked tracks and topics first (the reasons said, so that the
order is no mystery), then those that fit the stretch whole, then by start.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from planner.core.model import ListingRow, PickState, SessionView
from planner.services.agenda_state import AgendaState

SHORTEST_GAP = timedelta(minutes=30)
TRACK_WEIGHT = 3  # a session in a track the user picks from counts as much as three topics


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A session on during a free stretch, and why it comes where it does."""

    view: SessionView
    tracks: tuple[str, ...]  # the user's picked tracks it is in (none or one)
    topics: tuple[str, ...]  # the topics it shares with the user's picks
    fits: bool  # it runs within the stretch, start to end

    @property
    def score(self) -> int:
        return TRACK_WEIGHT * len(self.tracks) + len(self.topics)


def conference_hours(
    rows: Iterable[ListingRow], zone: tzinfo
) -> dict[date, tuple[datetime, datetime]]:
    """Each local day's first start and last end among the conference's sessions."""
    hours: dict[date, tuple[datetime, datetime]] = {}
    for row in rows:
        if row.start is None or row.end is None or row.cancelled:
            continue
        day = row.start.astimezone(zone).date()
        first, last = hours.get(day, (row.start, row.end))
        hours[day] = (min(first, row.start), max(last, row.end))
    return hours


def _busy(state: AgendaState) -> list[tuple[datetime, datetime]]:
    spans = []
    for view in state.views:
        pick = view.pick
        if pick is None or view.cancelled or pick.state is not PickState.ATTENDING:
            continue
        start = pick.planned_start or view.session.start
        end = pick.planned_end or view.session.end
        if start is not None and end is not None:
            spans.append((start, end))
    return sorted(spans)


def free_slots(
    state: AgendaState,
    hours: Mapping[date, tuple[datetime, datetime]],
    shortest: timedelta = SHORTEST_GAP,
) -> list[tuple[datetime, datetime]]:
    """The stretches of at least ``shortest``, within each day's conference hours, when no
    pick the user means to attend runs. Only the days with a pick of theirs count: a day
    they have not planned at all is one big gap, and the list shows it better."""
    busy = _busy(state)
    slots = []
    for _day, (opens, closes) in sorted(hours.items()):
        mine = [(a, b) for a, b in busy if a < closes and b > opens]
        if not mine:
            continue
        cursor = opens
        for start, end in mine:
            if start - cursor >= shortest:
                slots.append((cursor, start))
            cursor = max(cursor, end)
        if closes - cursor >= shortest:
            slots.append((cursor, closes))
    return slots


def whats_on(
    running: Sequence[SessionView], state: AgendaState, start: datetime, end: datetime
) -> list[Suggestion]:
    """The sessions of ``running`` the user has not picked, best matches first."""
    tracks = {v.session.track for v in state.views if v.session.track}
    topics = Counter(t.casefold() for v in state.views for t in v.session.topics)
    found = []
    for view in running:
        if view.key in state.picks:
            continue
        session = view.session
        shared = tuple(t for t in session.topics if t.casefold() in topics)
        in_track = (session.track,) if session.track in tracks and session.track else ()
        fits = bool(session.start and session.end and session.start >= start and session.end <= end)
        found.append(Suggestion(view, in_track, shared, fits))
    return sorted(
        found,
        key=lambda s: (-s.score, not s.fits, s.view.session.start, s.view.session.title),
    )
