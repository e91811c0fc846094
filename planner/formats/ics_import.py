"""Reader for iCalendar (.ics) feeds: a conference's published calendar becomes a catalog.

Real feeds bend the standard, so time zones are normalised here, at the boundary: a TZID that
names an IANA zone is used even when the file has no VTIMEZONE for it, a Windows zone name
("Eastern Standard Time", as Exchange writes) maps to its IANA zone, any other VTIMEZONE is used
as given, and floating times are read in X-WR-TIMEZONE, else UTC. Every session comes out in UTC.

Choices a user may notice: cancelled events (STATUS:CANCELLED) are left out; all-day events are
kept as unscheduled sessions on their day (a day-long block would clash with every talk);
recurring events are not expanded (only the first occurrence is read); events that share a UID
are kept as separate runs of one series, the later ones keyed "<uid>#2", "<uid>#3"...
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from icalendar.parser import Contentline

from planner.core.model import Catalog, Conference, Session, TimeStatus, session_key
from planner.formats.cleaning import (
    clean_line,
    decode_text,
    html_to_text,
    slugify,
    zone_from_name,
)
from planner.formats.errors import FormatError
from planner.formats.registry import ReadOptions

try:  # the CLDR table ships with icalendar >= 6.1; older ones get the common names below
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
except ImportError:  # pragma: no cover - depends on the installed icalendar
    WINDOWS_TO_OLSON = {
        "Eastern Standard Time": "America/New_York",
        "Central Standard Time": "America/Chicago",
        "Mountain Standard Time": "America/Denver",
        "Pacific Standard Time": "America/Los_Angeles",
        "GMT Standard Time": "Europe/London",
        "W. Europe Standard Time": "Europe/Berlin",
        "Romance Standard Time": "Europe/Paris",
        "Central Europe Standard Time": "Europe/Budapest",
        "China Standard Time": "Asia/Shanghai",
        "Tokyo Standard Time": "Asia/Tokyo",
        "India Standard Time": "Asia/Kolkata",
        "AUS Eastern Standard Time": "Australia/Sydney",
        "UTC": "UTC",
    }

_SPEAKER_LINE = re.compile(r"\A\s*Speakers?:[ \t]*([^\n]+)")
_UNTITLED = "(untitled)"
_BLANK_RUNS = re.compile(r"\n{3,}")
_BLOCK_MARKUP = re.compile(r"<(?:p|br|div|ul|ol|li|h[1-6]|table|pre|blockquote)\b", re.IGNORECASE)


# ---- Zones ----------------------------------------------------------------------------------


def _zone_for_tzid(tzid: object) -> ZoneInfo | None:
    """The IANA zone a TZID stands for: its own name, or the IANA zone of a Windows name."""
    name = tzid.strip().strip('"') if isinstance(tzid, str) else ""
    return zone_from_name(name) or zone_from_name(WINDOWS_TO_OLSON.get(name))


@dataclass(frozen=True, slots=True)
class _Instant:
    """One DTSTART/DTEND value: an aware UTC instant, or a date for an all-day event."""

    value: datetime | date
    zone_name: str | None = None  # the IANA zone the file gave it, for the conference's zone


def _to_instant(value: datetime | date, tzid: object, floating: tzinfo) -> _Instant:
    if not isinstance(value, datetime):
        return _Instant(value)
    zone = _zone_for_tzid(tzid) if tzid else None
    if zone is not None:
        # Same wall-clock time, read in the IANA zone (replacing a Windows-named VTIMEZONE).
        return _Instant(value.replace(tzinfo=zone).astimezone(UTC), zone.key)
    if value.tzinfo is None:
        value = value.replace(tzinfo=floating)
    return _Instant(value.astimezone(UTC))


# ---- Structure, with line numbers ---------------------------------------------------------------


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfolded content lines, each with the number of the physical line it starts on."""
    start, parts = 0, list[str]()
    for number, raw in enumerate(re.split(r"\r?\n", text), start=1):
        if raw[:1] in (" ", "\t") and parts:
            parts.append(raw[1:])
        elif raw:
            if parts:
                yield start, "".join(parts)
            start, parts = number, [raw]
    if parts:
        yield start, "".join(parts)


@dataclass
class _Structure:
    """What the line scan learns: per VEVENT, the line of BEGIN and of each of its properties."""

    events: list[dict[str, int]] = field(default_factory=list)
    stack: list[tuple[str, int]] = field(default_factory=list)
    calendars: int = 0


def _check_structure(path: Path, text: str) -> list[dict[str, int]]:
    """Fail with a line number where the parser would fail (or silently lose data) later."""
    found = _Structure()
    last = 0
    for number, line in _logical_lines(text):
        last = number
        try:
            name, _params, value = Contentline(line).parts()
        except ValueError:
            raise FormatError(path, f"not an iCalendar line: {line[:60]!r}", number) from None
        _check_nesting(path, found, number, name.upper(), value.strip().upper())
    if found.stack:
        component, opened = found.stack[-1]
        message = f"the file ends inside {component} (opened on line {opened}): truncated?"
        raise FormatError(path, message, last)
    if not found.calendars:
        raise FormatError(path, "no BEGIN:VCALENDAR", last or None)
    return found.events


def _check_nesting(path: Path, found: _Structure, number: int, name: str, value: str) -> None:
    if not found.stack and not (name == "BEGIN" and value == "VCALENDAR"):
        where = "after END:VCALENDAR" if found.calendars else "before BEGIN:VCALENDAR"
        raise FormatError(path, f"{name}:{value[:30]} stands {where}", number)
    if name == "BEGIN":
        found.calendars += value == "VCALENDAR"
        if found.calendars > 1 and value == "VCALENDAR":
            raise FormatError(path, "a second VCALENDAR: one calendar per file", number)
        found.stack.append((value, number))
        if value == "VEVENT":
            found.events.append({"BEGIN": number})
    elif name == "END":
        component, opened = found.stack.pop()
        if component != value:
            message = f"END:{value[:30]} closes BEGIN:{component[:30]} of line {opened}"
            raise FormatError(path, message, number)
    elif found.stack[-1][0] == "VEVENT":
        found.events[-1].setdefault(name, number)


def _parse(path: Path, text: str) -> icalendar.Calendar:
    try:
        # Bytes, never str: icalendar reads a one-line str as the path of a file to open.
        return icalendar.Calendar.from_ical(text.encode("utf-8"))
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise FormatError(path, f"not a readable iCalendar file ({exc})") from None


# ---- Events -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Event:
    """One VEVENT, cleaned, before the conference (and so its zone) is known."""

    uid: str
    line: int
    start: _Instant | None
    end: _Instant | None
    title: str
    room: str | None
    summary: str
    url: str | None
    track: str | None
    speakers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Source:
    """One VEVENT as parsed, with what an error about it must name: file, UID and line."""

    path: Path
    component: Any
    uid: str
    lines: dict[str, int]
    floating: tzinfo  # the zone of floating times: X-WR-TIMEZONE, else UTC

    def error(self, message: str, prop: str = "BEGIN") -> FormatError:
        line = self.lines.get(prop, self.lines["BEGIN"])
        return FormatError(self.path, f"event {self.uid}: {message}", line)

    def get(self, name: str) -> Any:
        value = self.component.get(name)
        if isinstance(value, list):  # a property given twice: the first one counts
            value = value[0] if value else None
        return value

    def text(self, name: str) -> str:
        return _text(self.component, name)


def _text(component: Any, name: str) -> str:
    value = component.get(name)
    if isinstance(value, list):  # a property given twice: the first one counts
        value = value[0] if value else None
    return "" if value is None else str(value)


def _read_event(source: _Source) -> _Event:
    start, end = _times(source)
    summary = _description_text(source.text("DESCRIPTION"))
    return _Event(
        uid=source.uid,
        line=source.lines["BEGIN"],
        start=start,
        end=end,
        title=clean_line(source.text("SUMMARY")) or _UNTITLED,
        room=clean_line(source.text("LOCATION")) or None,
        summary=summary,
        url=clean_line(source.text("URL")) or None,
        track=_first_category(source.component.get("CATEGORIES")),
        speakers=_speakers(source, summary),
    )


def _uid(component: Any) -> str:
    uid = clean_line(_text(component, "UID"))
    if uid:
        return uid
    # A UID is required, but a feed without one still deserves a key that survives a reload.
    seed = f"{component.get('SUMMARY', '')}|{component.get('DTSTART', '')}"
    return "nouid-" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:12]


def _times(source: _Source) -> tuple[_Instant | None, _Instant | None]:
    start = _date_property(source, "DTSTART")
    if start is None:
        return None, None
    end = _date_property(source, "DTEND") or _end_from_duration(source, start)
    if isinstance(start.value, datetime) != isinstance(end.value, datetime):
        raise source.error("DTSTART and DTEND mix a date and a date-time", "DTEND")
    if end.value < start.value:  # both dates or both datetimes (checked above)
        raise source.error("it ends before it starts", "DTEND")
    return start, end


def _date_property(source: _Source, name: str) -> _Instant | None:
    prop = source.get(name)
    if prop is None:
        return None
    value = _value_of(prop)
    if not isinstance(value, date):
        raise source.error(f"{name} is not a date or a date-time", name)
    try:
        return _to_instant(value, prop.params.get("TZID"), source.floating)
    except (OverflowError, ValueError):
        raise source.error(f"{name} is out of range", name) from None


def _value_of(prop: Any) -> object:
    """A property's parsed value, or None for one that icalendar could not parse."""
    try:
        return getattr(prop, "dt", None)
    except ValueError:  # icalendar's BrokenCalendarProperty, raised by a vBroken value
        return None


def _end_from_duration(source: _Source, start: _Instant) -> _Instant:
    prop = source.get("DURATION")
    if prop is None:  # RFC 5545: a date lasts one day, a date-time no time at all
        length = timedelta(0) if isinstance(start.value, datetime) else timedelta(days=1)
    elif isinstance(_value_of(prop), timedelta):
        length = prop.dt
    else:
        raise source.error("DURATION is not a duration", "DURATION")
    try:
        return _Instant(start.value + length, start.zone_name)
    except OverflowError:
        raise source.error("DURATION is out of range", "DURATION") from None


def _description_text(raw: str) -> str:
    """Plain text of a DESCRIPTION: HTML converted, Markdown and plain text left as they are.

    Without block tags, the newlines are a description's only paragraph marks, so each line is
    cleaned on its own: Kielux's "<i>die</i>" goes while its paragraphs stay, and a line with
    no markup at all ("git newbranch <branch-name>") is kept as written.
    """
    if "\n" not in raw or _BLOCK_MARKUP.search(raw):
        return html_to_text(raw)
    lines = (html_to_text(line) for line in raw.replace("\r\n", "\n").split("\n"))
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def _first_category(value: Any) -> str | None:
    for item in value if isinstance(value, list) else [value]:
        for category in getattr(item, "cats", ()):
            name = clean_line(str(category))
            if name:
                return name
    return None


def _speakers(source: _Source, summary: str) -> tuple[str, ...]:
    """Speakers, where the feed clearly names them.

    ATTENDEE names count only in an event without an ORGANIZER: a meeting invitation always has
    one and lists its guests, while a conference feed (giggity/Kielux) lists its speakers. Else
    a first description line "Speaker: A" or "Speakers: A, B" (pretalx, linux.conf.au).
    """
    if source.component.get("ORGANIZER") is None:
        attendees = source.component.get("ATTENDEE")
        items = attendees if isinstance(attendees, list) else [attendees]
        names = [clean_line(str(getattr(a, "params", {}).get("CN", ""))) for a in items if a]
        if any(names):
            return tuple(dict.fromkeys(n for n in names if n))
    match = _SPEAKER_LINE.match(summary)
    if not match:
        return ()
    return tuple(dict.fromkeys(n for n in (clean_line(p) for p in match[1].split(",")) if n))


def _cancelled(component: Any) -> bool:
    return _text(component, "STATUS").strip().upper() == "CANCELLED"


# ---- Calendar -> catalog -----------------------------------------------------------------------


def _calendar_zone(calendar: Any) -> ZoneInfo | None:
    declared = _text(calendar, "X-WR-TIMEZONE")
    return _zone_for_tzid(declared) if declared.strip() else None


def _conference(
    path: Path, calendar: Any, events: list[_Event], zone: ZoneInfo | None, options: ReadOptions
) -> Conference:
    title = _calendar_title(calendar) or path.stem
    zone_name = zone.key if zone else _most_common_zone(events)
    days = [_local_day(e.start, ZoneInfo(zone_name)) for e in events if e.start is not None]
    conference_id = options.conference_id or slugify(title) or slugify(path.stem) or "calendar"
    return Conference(
        id=conference_id,
        title=title,
        timezone=zone_name,
        first_day=min(days, default=None),
        last_day=max(days, default=None),
    )


def _calendar_title(calendar: Any) -> str:
    # X-WR-CALDESC stands in for a missing name when it is one short line (linux.conf.au's is).
    name = clean_line(_text(calendar, "X-WR-CALNAME"))
    description = _text(calendar, "X-WR-CALDESC").strip()
    if not name and description and "\n" not in description and len(description) <= 80:
        name = clean_line(description)
    return name


def _most_common_zone(events: Iterable[_Event]) -> str:
    names = Counter(e.start.zone_name for e in events if e.start and e.start.zone_name)
    return names.most_common(1)[0][0] if names else "UTC"


def _local_day(instant: _Instant, zone: ZoneInfo) -> date:
    value = instant.value
    return value.astimezone(zone).date() if isinstance(value, datetime) else value


def _run_ids(events: list[_Event]) -> list[str]:
    """Each event's own id: its UID, or "<uid>#2"... for the later runs of a repeated UID."""
    groups: dict[str, list[int]] = {}
    for index, event in enumerate(events):
        groups.setdefault(event.uid, []).append(index)
    ids = [""] * len(events)
    for uid, indexes in groups.items():
        ordered = sorted(indexes, key=lambda i: _sort_instant(events[i]))
        for run, index in enumerate(ordered, start=1):
            ids[index] = uid if run == 1 else f"{uid}#{run}"
    return ids


def _sort_instant(event: _Event) -> tuple[bool, datetime]:
    if event.start is None:
        return True, datetime.max.replace(tzinfo=UTC)
    value = event.start.value
    if not isinstance(value, datetime):
        value = datetime.combine(value, datetime.min.time(), UTC)
    return False, value


def _session(
    path: Path, conference: Conference, event: _Event, local_id: str, zone: ZoneInfo
) -> Session:
    timing = _timing(event, zone)
    try:
        return Session(
            key=session_key(conference.id, local_id),
            conference_id=conference.id,
            title=event.title,
            track=event.track,
            room=event.room,
            speakers=event.speakers,
            summary=event.summary,
            url=event.url,
            series=event.uid,
            sources=(f"iCalendar feed {path.name}",),
            **timing,
        )
    except ValueError as exc:
        raise FormatError(path, f"event {event.uid}: {exc}", event.line) from None


def _timing(event: _Event, zone: ZoneInfo) -> dict[str, Any]:
    if event.start is None or event.end is None:
        return {"time_note": "The feed gives no start time."}
    start, end = event.start.value, event.end.value
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        return {"day": start, "time_note": "All-day event in the feed: no time of day."}
    return {
        "start": start,
        "end": end,
        "day": start.astimezone(zone).date(),
        "time_status": TimeStatus.CONFIRMED,
    }


def _read_events(path: Path, calendar: Any, lines: list[dict[str, int]]) -> list[_Event]:
    components = list(calendar.walk("VEVENT"))
    if len(components) != len(lines):  # the scan and the parser disagree: trust neither
        raise FormatError(path, "the events cannot be told apart (nested VEVENTs?)")
    floating = _calendar_zone(calendar) or UTC
    events = [
        _read_event(_Source(path, component, _uid(component), event_lines, floating))
        for component, event_lines in zip(components, lines, strict=True)
        if not _cancelled(component)
    ]
    if not events:
        cancelled = f" ({len(components)} cancelled)" if components else ""
        raise FormatError(path, f"the calendar holds no events{cancelled}")
    return events


@dataclass(frozen=True, slots=True)
class IcsReader:
    """The iCalendar reader the registry picks for files that start with BEGIN:VCALENDAR."""

    name: str = "ics"
    description: str = "iCalendar feed (.ics)"
    extensions: tuple[str, ...] = (".ics", ".ical", ".icalendar")

    def sniff(self, head: bytes) -> bool:
        start = head.removeprefix(b"\xef\xbb\xbf").lstrip()
        return start[:15].upper() == b"BEGIN:VCALENDAR"

    def read(self, path: Path, data: bytes, options: ReadOptions) -> Catalog:
        text = decode_text(path, data)
        lines = _check_structure(path, text)
        calendar = _parse(path, text)
        events = _read_events(path, calendar, lines)
        conference = _conference(path, calendar, events, _calendar_zone(calendar), options)
        conference_zone = ZoneInfo(conference.timezone)
        sessions = tuple(
            _session(path, conference, event, local_id, conference_zone)
            for event, local_id in zip(events, _run_ids(events), strict=True)
        )
        return Catalog(conference=conference, sessions=sessions)


READER = IcsReader()
