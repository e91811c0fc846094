"""Checks every reader's tests share: one set of facts, and one conference in every format."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from planner.core.model import Catalog, Session, TimeStatus


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def only(catalog: Catalog, title: str) -> Session:
    found = [s for s in catalog.sessions if s.title == title]
    assert len(found) == 1, f"{len(found)} sessions titled {title!r}"
    return found[0]


def check_conference_facts(
    catalog: Catalog, count: int, conference_id: str, zone: str, first_day: date, last_day: date
) -> None:
    """Every event read, each with its own key under the conference, confirmed and in order."""
    assert len(catalog.sessions) == count
    assert len({s.key for s in catalog.sessions}) == count, "every event keeps its own key"
    conference = catalog.conference
    assert (conference.id, conference.timezone) == (conference_id, zone)
    assert (conference.first_day, conference.last_day) == (first_day, last_day)
    assert all(s.key.startswith(f"{conference_id}/") for s in catalog.sessions)
    assert all(s.time_status is TimeStatus.CONFIRMED for s in catalog.sessions)
    assert all(s.start is not None and s.start <= s.end for s in catalog.sessions)


# ---- One conference in every format (tests/formats/cases/) ----------------------------------

CASES = Path(__file__).resolve().parent / "cases"


@dataclass(frozen=True)
class Fact:
    """What a person checks of a session: when (UTC), which day, where, what, who."""

    title: str
    start: datetime
    end: datetime
    day: date
    room: str
    track: str
    speakers: tuple[str, ...]


# Tiny Con 2024, Berlin (UTC+1 in March): the facts every file of it must give.
TINY = (
    Fact("Opening", utc(2024, 3, 9, 8, 0), utc(2024, 3, 9, 8, 30), date(2024, 3, 9),
         "Hall A", "Main", ("Ada Lovelace",)),
    Fact("Rust for Pythonistas", utc(2024, 3, 9, 9, 0), utc(2024, 3, 9, 9, 45),
         date(2024, 3, 9), "Hall B", "Languages", ("Grace Hopper", "Alan Turing")),
    Fact("Night owls", utc(2024, 3, 9, 19, 0), utc(2024, 3, 9, 20, 0), date(2024, 3, 9),
         "Hall A", "Main", ("Linus Torvalds",)),
    Fact("Closing", utc(2024, 3, 10, 15, 0), utc(2024, 3, 10, 15, 30), date(2024, 3, 10),
         "Hall A", "Main", ("Ada Lovelace",)),
)  # fmt: skip


def facts(catalog: Catalog) -> set[Fact]:
    return {
        Fact(s.title, s.start, s.end, s.day, s.room or "", s.track or "", s.speakers)  # type: ignore[arg-type]
        for s in catalog.sessions
    }


def check_round_trip(
    catalog: Catalog, expected: tuple[Fact, ...], conference_id: str, zone: str
) -> None:
    """The catalog holds exactly the expected sessions, in UTC, confirmed, on their days."""
    assert all(s.start is not None and s.start.tzinfo is UTC for s in catalog.sessions)
    assert facts(catalog) == set(expected)
    days = sorted(f.day for f in expected)
    check_conference_facts(catalog, len(expected), conference_id, zone, days[0], days[-1])
