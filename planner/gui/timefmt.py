"""Times as the window shows them: in the conference's zone or the computer's, never guessed.

Instants are UTC in the core; these helpers turn them into short local strings and say which
zone they are in. Day and weekday names follow the interface locale (QLocale).
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTimeZone

from planner.core.model import TimeStatus
from planner.gui.settings import ZoneChoice

DASH = "–"


def _tr(text: str) -> str:
    return QCoreApplication.translate("timefmt", text)


def local_zone() -> tzinfo:
    """The computer's zone: its IANA name where Qt knows it, else the current fixed offset."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        fallback = datetime.now().astimezone().tzinfo
        return fallback if fallback is not None else ZoneInfo("UTC")


def conference_zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def zone_for(choice: ZoneChoice, conference_timezone: str) -> tzinfo:
    if choice is ZoneChoice.LOCAL:
        return local_zone()
    return conference_zone(conference_timezone)


def zone_name(zone: tzinfo, at: datetime | None = None) -> str:
    """'America/Los_Angeles (PDT)': the IANA name and, where it differs, the abbreviation."""
    moment = (at or datetime.now(zone)).astimezone(zone)
    short = moment.tzname() or ""
    key = getattr(zone, "key", None)
    if key and short and short != key:
        return f"{key} ({short})"
    return key or short


def format_day(day: date) -> str:
    """'Mon 17 Mar' in the interface's language."""
    # The pattern is translated too: Chinese writes the month first ("3月17日 周一").
    pattern = _tr("ddd d MMM")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def format_span(start: datetime, end: datetime, zone: tzinfo) -> str:
    """'Mon 17 Mar 19:30–20:10' in ``zone``; an end on a later local day says so."""
    first, last = start.astimezone(zone), end.astimezone(zone)
    text = f"{format_day(first.date())} {first:%H:%M}{DASH}{last:%H:%M}"
    days_later = (last.date() - first.date()).days
    return f"{text} (+{days_later})" if days_later > 0 else text


def status_mark(status: TimeStatus) -> str:
    """The short mark a list shows beside a time the source does not confirm."""
    if status is TimeStatus.ASSUMED:
        return _tr("assumed")
    if status is TimeStatus.UNSCHEDULED:
        return _tr("unscheduled")
    return ""


def time_cell(
    start: datetime | None, end: datetime | None, status: TimeStatus, zone: tzinfo
) -> str:
    """The list's time column: the span with an 'assumed' mark, or 'unscheduled'."""
    if start is None or end is None:
        return status_mark(TimeStatus.UNSCHEDULED)
    span = format_span(start, end, zone)
    mark = status_mark(status)
    return f"{span} · {mark}" if mark else span
