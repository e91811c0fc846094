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


def utc_offset(moment: datetime) -> str:
    """'UTC+01:00' for the offset in force at an aware ``moment`` ('UTC' for none)."""
    offset = moment.utcoffset()
    if not offset:
        return "UTC"
    minutes = round(offset.total_seconds() / 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def short_zone(moment: datetime) -> str:
    """The zone's abbreviation at ``moment`` ('PDT'), or its offset where it has no letters
    ('+01' and 'GMT-1' style names read the wrong way round to most people)."""
    short = moment.tzname() or ""
    if short.isalpha() and short not in ("GMT", "UTC"):
        return short
    return utc_offset(moment)


def zone_name(zone: tzinfo, at: datetime | None = None) -> str:
    """'America/Los_Angeles (PDT)': the IANA name and, where it differs, the abbreviation.

    A fixed-offset zone says its offset the ISO way: ``Etc/GMT-1`` (POSIX signs are reversed)
    is 'UTC+01:00', never 'GMT-1'.
    """
    moment = (at or datetime.now(zone)).astimezone(zone)
    short = short_zone(moment)
    key = getattr(zone, "key", None)
    if not key or key.startswith("Etc/") or key in ("UTC", "GMT"):
        return short
    return f"{key} ({short})" if short != key else key


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


def compact_span(start: datetime, end: datetime, zone: tzinfo, *, with_date: bool) -> str:
    """'Sat 10:30–11:00' in ``zone`` (the date too ``with_date``); '(+1)' past midnight."""
    first, last = start.astimezone(zone), end.astimezone(zone)
    pattern = _tr("ddd d MMM") if with_date else _tr("ddd")
    day = QLocale().toString(QDate(first.year, first.month, first.day), pattern)
    text = f"{day} {first:%H:%M}{DASH}{last:%H:%M}"
    days_later = (last.date() - first.date()).days
    return f"{text} (+{days_later})" if days_later > 0 else text


def time_explanation(status: TimeStatus) -> str:
    """What a time's status means, for a tooltip."""
    texts = {
        TimeStatus.CONFIRMED: _tr("Time confirmed by the schedule"),
        TimeStatus.ASSUMED: _tr("Assumed: the schedule does not confirm this day or time"),
        TimeStatus.UNSCHEDULED: _tr("Unscheduled: the schedule gives no time"),
    }
    return texts[status]


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
