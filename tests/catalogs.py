"""Small conference catalogs built in code for the tests (no corpus needed).

``busy_day`` is a FOSDEM-like Saturday: rooms with talks back to back, so that picks across
rooms clash in chains; ``chain`` is three talks that overlap one after another.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from planner.core.model import Catalog, Conference, Session, TimeStatus

DAY = date(2025, 2, 1)
ZONE = "Europe/Brussels"
TRACKS = ("Go", "Rust", "Python", "Kernel", "Lightning Talks")


def at(hour: int, minute: int = 0) -> datetime:
    """Brussels wall-clock time on DAY (UTC+1 in February), as aware UTC."""
    return datetime(DAY.year, DAY.month, DAY.day, hour - 1, minute, tzinfo=UTC)


def talk(key: str, title: str, start: datetime, minutes: int, room: str, track: str,
         **more: object) -> Session:  # fmt: skip
    return Session(
        key=f"busy/{key}", conference_id="busy", title=title, code=key, track=track,
        start=start, end=start + timedelta(minutes=minutes), time_status=TimeStatus.CONFIRMED,
        room=room, **more,  # type: ignore[arg-type]
    )  # fmt: skip


def busy_day(rooms: int = 6, talks: int = 16, minutes: int = 30) -> Catalog:
    """``rooms`` rooms of ``talks`` talks each from 09:00, the rooms a quarter hour apart,
    so that any two rooms' talks overlap; the last track is declared but has no talk."""
    sessions = []
    for r in range(rooms):
        room = f"Room {chr(65 + r)}.{100 + r}"
        track = TRACKS[r % (len(TRACKS) - 1)]
        for n in range(talks):
            start = at(9) + timedelta(minutes=15 * (r % 2) + minutes * n)
            title = f"{track} talk {n + 1} in {room}: a title long enough to need room"
            url = f"https://example.org/2025/schedule/event/{r}-{n}/"
            sessions.append(talk(f"r{r}n{n}", title, start, minutes, room, track,
                                 speakers=(f"Speaker {r}{n}",), url=url,
                                 topics=(track.lower(),)))  # fmt: skip
    conference = Conference("busy", "Busy Conference", ZONE, DAY, DAY + timedelta(days=1))
    return Catalog(conference, tuple(sessions), TRACKS)


def chain() -> Catalog:
    """A 10:00-11:00, B 10:30-11:30, C 11:00-12:00: one chained group, two decisions."""
    sessions = (
        talk("a", "Alpha", at(10), 60, "A", "Go", topics=("Go",)),
        talk("b", "Beta", at(10, 30), 60, "B", "Rust"),
        talk("c", "Gamma", at(11), 60, "C", "Go"),
        talk("d", "Delta, also at eleven", at(11), 30, "D", "Go", topics=("go",)),
        talk("e", "Epsilon, a Rust talk at eleven", at(11), 30, "E", "Rust"),
    )
    return Catalog(Conference("busy", "Busy Conference", ZONE, DAY, DAY), sessions, TRACKS)
