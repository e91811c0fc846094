"""The domain: conferences, their sessions, and the user's picks.

Plain frozen dataclasses with no I/O. Every instant is a timezone-aware datetime in UTC;
the conference's IANA zone travels beside it so that the interface can show local times.
A time the source does not confirm is carried as such (``TimeStatus.ASSUMED``), never as fact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

PRIORITY_MIN = 1
PRIORITY_MAX = 5
DEFAULT_PRIORITY = 3


class TimeStatus(StrEnum):
    """How much the schedule's own source vouches for a session's time."""

    CONFIRMED = "confirmed"
    ASSUMED = "assumed"
    UNSCHEDULED = "unscheduled"


class ZoneSource(StrEnum):
    """What settled a conference's time zone, and so whether its local times are facts.

    FILE: the file names the zone. OFFSETS: the file fixes every instant (UTC offsets, "Z"),
    but the zone's name only stands in for them (``Etc/GMT-1``, ``UTC``). CITY: the file names
    no zone, its city does. GIVEN: the user chose it (``--timezone``, the import dialog, or an
    earlier import of the same conference). GUESSED: nothing settles it; times read as UTC are
    a guess, every one of them marked ``TimeStatus.ASSUMED``.
    """

    FILE = "file"
    OFFSETS = "offsets"
    CITY = "city"
    GIVEN = "given"
    GUESSED = "guessed"

    @property
    def named(self) -> bool:
        """Whether the zone's name is the conference's own (not a stand-in or a guess)."""
        return self in (ZoneSource.FILE, ZoneSource.CITY, ZoneSource.GIVEN)


class PickState(StrEnum):
    """What the user means to do with a bookmarked session."""

    ATTENDING = "attending"
    ALTERNATIVE = "alternative"
    WATCH_LATER = "watch-later"


def session_key(conference_id: str, local_id: str) -> str:
    """The stable key of a session: its conference plus the schedule's own code or id.

    Picks are stored against this key, never against a database row id, so that reloading
    or updating a catalog cannot orphan them.
    """
    return f"{conference_id}/{local_id}"


def conference_of(key: str) -> str:
    """The conference id part of a session key."""
    return key.split("/", 1)[0]


@dataclass(frozen=True, slots=True)
class Conference:
    """One conference catalog's identity."""

    id: str
    title: str
    timezone: str
    first_day: date | None = None
    last_day: date | None = None
    url: str | None = None
    zone_source: ZoneSource = ZoneSource.FILE

    @property
    def zone_confirmed(self) -> bool:
        return self.zone_source is not ZoneSource.GUESSED


@dataclass(frozen=True, slots=True)
class Session:
    """One scheduled (or not yet scheduled) session of a conference."""

    key: str
    conference_id: str
    title: str
    code: str | None = None
    track: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    day: date | None = None
    time_status: TimeStatus = TimeStatus.UNSCHEDULED
    time_note: str = ""
    room: str | None = None
    speakers: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    highlights: tuple[str, ...] = ()
    summary: str = ""
    abstract: str = ""
    url: str | None = None
    language: str | None = None
    recorded: bool = False
    delivery: str = "in-person"
    series: str | None = None
    sources: tuple[str, ...] = ()
    # `day` is the conference day the session belongs to, as the schedule counts days: a talk at
    # 01:00 after a long evening belongs to the day before. None means "the local date of start".
    # `series` groups the runs of one session (the schedule's guid); `sources` says where the facts
    # came from, one human-readable line each. `abstract` is the long description, `summary`
    # the short one.

    def __post_init__(self) -> None:
        if (self.start is None) != (self.end is None):
            raise ValueError(f"{self.key}: start and end must both be known or both be unknown")
        for instant in (self.start, self.end):
            if instant is not None and instant.utcoffset() != timedelta(0):
                raise ValueError(f"{self.key}: instants must be timezone-aware UTC")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"{self.key}: ends before it starts")
        if self.start is None and self.time_status is not TimeStatus.UNSCHEDULED:
            raise ValueError(f"{self.key}: a session with no time must be unscheduled")
        if self.start is not None and self.time_status is TimeStatus.UNSCHEDULED:
            raise ValueError(f"{self.key}: a session with a time cannot be unscheduled")

    @property
    def scheduled(self) -> bool:
        return self.start is not None


@dataclass(frozen=True, slots=True)
class Catalog:
    """A conference and all of its sessions, as read from one or more source files."""

    conference: Conference
    sessions: tuple[Session, ...]
    tracks: tuple[str, ...] = field(default=())
    # What the reader wants the user told about the file as a whole, one line each ("the file
    # names no time zone...", "2 all-day events..."): the command line prints them.
    notes: tuple[str, ...] = field(default=())

    def track_names(self) -> tuple[str, ...]:
        """The tracks in the order the source gives them, then any the sessions add."""
        names = list(self.tracks)
        for s in self.sessions:
            if s.track and s.track not in names:
                names.append(s.track)
        return tuple(names)


@dataclass(frozen=True, slots=True)
class Pick:
    """A bookmark: the user's own data, keyed by the session's stable key."""

    session_key: str
    priority: int = DEFAULT_PRIORITY
    note: str = ""
    state: PickState = PickState.ATTENDING
    planned_start: datetime | None = None
    planned_end: datetime | None = None

    def __post_init__(self) -> None:
        if not PRIORITY_MIN <= self.priority <= PRIORITY_MAX:
            raise ValueError(f"priority must be {PRIORITY_MIN}-{PRIORITY_MAX}, not {self.priority}")


@dataclass(frozen=True, slots=True)
class SessionView:
    """What a list or detail pane shows: a session with the user's pick and catalog state."""

    session: Session
    pick: Pick | None = None
    cancelled: bool = False
    other_runs: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return self.session.key

    @property
    def bookmarked(self) -> bool:
        return self.pick is not None


@dataclass(frozen=True, slots=True)
class SessionFilter:
    """A query over one conference's sessions; every criterion is optional and they combine.

    ``track`` is a track's name in any case; ``room`` and ``speaker`` match the names that
    hold them. ``running_at`` keeps the sessions on at that instant; ``next_after`` the first
    to start after it in each room. With ``search``, the best matches come first (else time).
    """

    conference_id: str | None = None
    track: str | None = None
    day: date | None = None
    search: str | None = None
    bookmarked: bool = False
    room: str | None = None
    speaker: str | None = None
    running_at: datetime | None = None
    next_after: datetime | None = None


@dataclass(frozen=True, slots=True)
class SessionPage:
    """The first sessions a query lists, in its order, and how many it lists in all."""

    views: list[SessionView]
    total: int


class ListingRow(NamedTuple):
    """One line of a session list: just what a list shows, cheap to hold 100,000 of.

    ``row_id`` is the storage's id, valid until the conference's catalog is next imported.
    """

    row_id: int
    key: str
    code: str | None
    title: str
    track: str | None
    room: str | None
    start: datetime | None
    end: datetime | None
    day: date | None
    time_status: TimeStatus
    cancelled: bool
    speakers: str = ""  # the names as the list shows them, comma-separated


@dataclass(frozen=True, slots=True)
class ListingMatches:
    """A search's answer as places in a conference's session list (``Planner.listing``).

    ``positions`` are indexes into the listing of that ``revision``, ascending; None when
    there was nothing to search for (every row). A list read at another revision is stale.
    """

    revision: int
    positions: list[int] | None
