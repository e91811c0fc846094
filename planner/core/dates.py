"""Which dates the planner can hold: years 1900 to 2200, placeable in any time zone.

A schedule dated in year 1 or 9999 is a mistake or an attack, and Python's datetime cannot
move such an instant across a time zone or add an hour to it without overflowing. The import
path refuses a catalog with such a date (naming the event) before anything is stored, and the
agenda and backup readers refuse such a time, so that nothing downstream ever meets one.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from planner.core.model import Catalog, Conference, Session

YEAR_MIN = 1900
YEAR_MAX = 2200
# The widest UTC offsets in use (UTC-12, UTC+14): an instant must survive either.
_WIDEST_OFFSET = timedelta(hours=14)


def check_day(day: date) -> str:
    """Why ``day`` is no day the planner can hold (to follow the field's name), or ""."""
    if not YEAR_MIN <= day.year <= YEAR_MAX:
        return f"is in year {day.year}, outside the years {YEAR_MIN}-{YEAR_MAX} a schedule can use"
    return ""


def check_instant(instant: datetime, zone: ZoneInfo | None = None) -> str:
    """Why an aware instant cannot be held (or shown in ``zone``) by the planner, or ""."""
    problem = check_day(instant.date())
    if problem:
        return problem
    try:
        (instant - _WIDEST_OFFSET).astimezone(zone)
        (instant + _WIDEST_OFFSET).astimezone(zone)
    except (OverflowError, ValueError, OSError) as exc:
        return f"cannot be placed in the time zone {zone} ({exc})"
    return ""


def implausible_date(catalog: Catalog) -> str:
    """One line naming the first event with a date the planner cannot hold, or ""."""
    zone, problem = conference_zone(catalog.conference)
    if zone is None:
        return problem
    for session in catalog.sessions:
        problem = implausible_session(session, zone)
        if problem:
            return problem
    return implausible_days(catalog.conference)


def implausible_days(conference: Conference) -> str:
    """One line naming the conference's first or last day if the planner cannot hold it."""
    for name, day in (("first day", conference.first_day), ("last day", conference.last_day)):
        if day is not None and check_day(day):
            return f"the conference's {name} {day.isoformat()} {check_day(day)}"
    return ""


def conference_zone(conference: Conference) -> tuple[ZoneInfo | None, str]:
    """The conference's zone, or None and the line that says it is unknown."""
    try:
        return ZoneInfo(conference.timezone), ""
    except (ValueError, KeyError, OSError):
        return None, f"the conference's time zone {conference.timezone!r} is unknown"


def implausible_session(session: Session, zone: ZoneInfo) -> str:
    """One line naming ``session`` if it has a date the planner cannot hold, or ""."""
    problems = [
        (name, check_instant(value, zone))
        for name, value in (("start", session.start), ("end", session.end))
        if value is not None
    ]
    if session.day is not None:
        problems.append(("day", check_day(session.day)))
    for name, problem in problems:
        if problem:
            title = session.title if len(session.title) <= 80 else session.title[:79] + "…"
            return f"event {title!r} ({session.key}): its {name} {problem}"
    return ""
