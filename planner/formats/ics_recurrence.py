"""Recurring iCalendar events (RRULE, RDATE, EXDATE, RECURRENCE-ID) as one event per occurrence.

The expansion itself is recurring-ical-events' (built on icalendar and dateutil): exceptions,
overrides that move or cancel one occurrence, time zones and DST are its business. What is
decided here is how far to expand, so that a feed can neither hang the import nor flood the
catalog: a rule with an end (COUNT, UNTIL, a list of RDATEs) is expanded to its end; an
open-ended one ("every Monday") up to the last day of the feed's one-off events, or a year
from its first occurrence in a feed that has none; and never more than ``MAX_OCCURRENCES``
occurrences of one event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import icalendar
import recurring_ical_events  # type: ignore[import-untyped]  # ships no type hints

__all__ = ["MAX_OCCURRENCES", "Expansion", "Occurrence", "expand"]

MAX_OCCURRENCES = 1_000
OPEN_ENDED_SPAN = timedelta(days=366)
FINITE_SPAN = timedelta(days=10 * 366)  # an UNTIL far in the future is as good as none


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One VEVENT to read: a one-off event, or one occurrence of a recurring one."""

    component: Any
    lines: dict[str, int]  # where its VEVENT (the master's, for an occurrence) is in the file
    recurrence_id: str | None = None  # "20240301T080000Z" (UTC) or "20240301": its own id


@dataclass(frozen=True, slots=True)
class Expansion:
    occurrences: list[Occurrence]
    truncated: tuple[str, ...]  # the UIDs whose occurrences were cut at MAX_OCCURRENCES


def expand(
    calendar: Any, vevents: list[tuple[Any, dict[str, int]]], uid_of: Callable[[Any], str]
) -> Expansion:
    """Every VEVENT of the feed, recurring ones replaced by their occurrences, in file order.

    ``uid_of(component)`` gives the UID an event is grouped by (a stand-in when it has none).
    """
    groups: dict[str, list[tuple[Any, dict[str, int]]]] = {}
    for component, lines in vevents:
        groups.setdefault(uid_of(component), []).append((component, lines))
    horizon = _one_off_end(vevents)
    done: set[str] = set()
    found: list[Occurrence] = []
    truncated: list[str] = []
    for component, lines in vevents:
        uid = uid_of(component)
        members = groups[uid]
        if not any(_is_master(c) for c, _ in members):
            found.append(Occurrence(component, lines))
        elif uid not in done:
            done.add(uid)
            occurrences, cut = _occurrences(calendar, members, horizon)
            found += occurrences
            if cut:
                truncated.append(uid)
    return Expansion(found, tuple(truncated))


def _is_master(component: Any) -> bool:
    has_rule = component.get("RRULE") is not None or component.get("RDATE") is not None
    return has_rule and component.get("RECURRENCE-ID") is None


def _occurrences(
    calendar: Any, members: list[tuple[Any, dict[str, int]]], horizon: datetime | None
) -> tuple[list[Occurrence], bool]:
    master, lines = next((c, lines) for c, lines in members if _is_master(c))
    first = _instant(master.decoded("DTSTART"))
    end = first + (FINITE_SPAN if _has_end(master) else OPEN_ENDED_SPAN)
    if horizon is not None and not _has_end(master):
        end = max(horizon, first)
    query = recurring_ical_events.of(_calendar_of(calendar, members))
    found: list[Occurrence] = []
    for occurrence in query.after(_naive(first) - timedelta(days=1)):
        start = _instant(occurrence.decoded("DTSTART"))
        if start > end:
            return found, False
        if len(found) == MAX_OCCURRENCES:
            return found, True
        found.append(Occurrence(occurrence, lines, _recurrence_id(occurrence)))
    return found, False


def _calendar_of(calendar: Any, members: list[tuple[Any, dict[str, int]]]) -> Any:
    """A calendar holding one recurring event, its overrides, and the feed's VTIMEZONEs."""
    mini = icalendar.Calendar()
    for timezone in calendar.walk("VTIMEZONE"):
        mini.add_component(timezone)
    for component, _ in members:
        mini.add_component(component)
    return mini


def _has_end(master: Any) -> bool:
    rules = master.get("RRULE")
    rules = rules if isinstance(rules, list) else [rules]
    return all(r is None or "COUNT" in r or "UNTIL" in r for r in rules)


def _one_off_end(vevents: list[tuple[Any, dict[str, int]]]) -> datetime | None:
    """When the feed's last one-off event ends (the conference's end), if it has any."""
    ends = []
    for component, _ in vevents:
        if _is_master(component) or component.get("RECURRENCE-ID") is not None:
            continue
        for name in ("DTEND", "DTSTART"):
            value = _decoded(component, name)
            if isinstance(value, date):
                ends.append(_instant(value))
                break
    return max(ends, default=None)


def _decoded(component: Any, name: str) -> object:
    try:
        return component.decoded(name) if name in component else None
    except (ValueError, KeyError, TypeError):
        return None  # a broken value: the reader names it when it reads the event


def _recurrence_id(occurrence: Any) -> str | None:
    value = _decoded(occurrence, "RECURRENCE-ID")
    if isinstance(value, datetime):
        return _instant(value).strftime("%Y%m%dT%H%M%SZ")
    if isinstance(value, date):
        return value.strftime("%Y%m%d")
    return None


def _instant(value: object) -> datetime:
    """A comparable UTC instant for a date, a floating or an aware date-time."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.utcoffset() is None else value.astimezone(UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    raise ValueError(f"not a date: {value!r}")


def _naive(value: datetime) -> datetime:
    return value.replace(tzinfo=None)
