"""Checks shared by the frab XML and JSON reader tests: one schedule model, one set of facts."""

from __future__ import annotations

from datetime import UTC, date, datetime

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
