"""Reader for iCalendar (.ics) feeds: a conference's published calendar becomes a catalog.

Real feeds bend the standard, so they are normalised here, at the boundary. Lines are unfolded
as bytes before they are decoded (``ics_lines``). A TZID that names an IANA zone is used even
when the file has no VTIMEZONE for it, a Windows zone name ("Eastern Standard Time", as Exchange
writes) maps to its IANA zone, any other VTIMEZONE is used as given. Floating times are read in
X-WR-TIMEZONE, else the zone the events' TZIDs name, else the user's ``--timezone``; with none
of these they are read as UTC and marked as a guess. Every session comes out in UTC.

Choices a user may notice: cancelled events (STATUS:CANCELLED) are left out; all-day events are
kept as unscheduled sessions on their day (a day-long block would clash with every talk);
recurring events are expanded into one session per occurrence (``ics_recurrence``), keyed
"<uid>/<recurrence id>"; events that share a UID are runs of one session only when they share
the title too (``runs``). Speakers are the ORGANIZER's and ATTENDEEs' names (CN), else a first
description line "Speaker: A, B".
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

import icalendar

from planner.core.model import Catalog, Conference, Session, TimeStatus, ZoneSource, session_key
from planner.formats.cleaning import clean_line, slugify
from planner.formats.errors import FormatError
from planner.formats.ics_fields import description_text, first_category, speakers, zone_for_tzid
from planner.formats.ics_lines import check_structure, unfold
from planner.formats.ics_recurrence import MAX_OCCURRENCES, expand
from planner.formats.registry import ReadOptions
from planner.formats.runs import Identity, local_ids
from planner.formats.zones import ZoneChoice, settle_zone

# The conference an event belongs to, as the schedule tools write it into URLs and UIDs: pretalx
# ("/glt26/talk/7AC7RK/"), frab ("/en/36c3/public/events/10524"), Pentabarf ("17@fosdem@...").
_ACRONYM_URL = re.compile(r"/([A-Za-z0-9][\w-]*)/(?:talk|public/events)/[^/]+/?(?:[?#].*)?$")
_ACRONYM_UID = re.compile(r"^[^@]+@([A-Za-z0-9][\w-]*)@pentabarf\.org$", re.IGNORECASE)
_UNTITLED = "(untitled)"
_ALL_DAY_NOTE = "All-day event in the feed: no time of day."


# ---- Zones ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Instant:
    """One DTSTART/DTEND value: a UTC instant, a floating date-time, or an all-day date."""

    value: datetime | date  # aware UTC; naive when floating (the zone places it later); a date
    zone_name: str | None = None  # the IANA zone the file gave it, for the conference's zone

    @property
    def floating(self) -> bool:
        return isinstance(self.value, datetime) and self.value.tzinfo is None

    def placed(self, zone: tzinfo) -> _Instant:
        if not self.floating:
            return self
        assert isinstance(self.value, datetime)
        return replace(self, value=self.value.replace(tzinfo=zone).astimezone(UTC))


def _to_instant(value: datetime | date, tzid: object) -> _Instant:
    if not isinstance(value, datetime):
        return _Instant(value)
    zone = zone_for_tzid(tzid) if tzid else None
    if zone is not None:
        # Same wall-clock time, read in the IANA zone (replacing a Windows-named VTIMEZONE).
        return _Instant(value.replace(tzinfo=zone).astimezone(UTC), zone.key)
    if value.tzinfo is None:
        return _Instant(value)
    return _Instant(value.astimezone(UTC))


def _parse(path: Path, text: str) -> icalendar.Calendar:
    try:
        # Bytes, never str: icalendar reads a one-line str as the path of a file to open.
        return icalendar.Calendar.from_ical(text.encode("utf-8"))
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise FormatError(path, f"not a readable iCalendar file ({exc})") from None


# ---- Events -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Event:
    """One VEVENT (or one occurrence of one), cleaned, before the zone is settled."""

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
    recurrence_id: str | None = None


@dataclass(frozen=True, slots=True)
class _Source:
    """One VEVENT as parsed, with what an error about it must name: file, UID and line."""

    path: Path
    component: Any
    uid: str
    lines: dict[str, int]
    calendar_name: str

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


def _read_event(source: _Source, recurrence_id: str | None) -> _Event:
    start, end = _times(source)
    summary = description_text(source.text("DESCRIPTION"))
    return _Event(
        uid=source.uid,
        line=source.lines["BEGIN"],
        start=start,
        end=end,
        title=clean_line(source.text("SUMMARY")) or _UNTITLED,
        room=clean_line(source.text("LOCATION")) or None,
        summary=summary,
        url=clean_line(source.text("URL")) or None,
        track=first_category(source.component.get("CATEGORIES")),
        speakers=speakers(source, summary),
        recurrence_id=recurrence_id,
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
    if start.floating == end.floating and _comparable(end) < _comparable(start):
        raise source.error("it ends before it starts", "DTEND")  # else checked once placed
    return start, end


def _comparable(instant: _Instant) -> datetime | date:
    value = instant.value
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _date_property(source: _Source, name: str) -> _Instant | None:
    prop = source.get(name)
    if prop is None:
        return None
    value = _value_of(prop)
    if not isinstance(value, date):
        raise source.error(f"{name} is not a date or a date-time", name)
    try:
        return _to_instant(value, prop.params.get("TZID"))
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


def _cancelled(component: Any) -> bool:
    return _text(component, "STATUS").strip().upper() == "CANCELLED"


# ---- Calendar -> catalog -----------------------------------------------------------------------


def _calendar_title(calendar: Any) -> str:
    # X-WR-CALDESC stands in for a missing name when it is one short line (linux.conf.au's is).
    name = clean_line(_text(calendar, "X-WR-CALNAME"))
    description = _text(calendar, "X-WR-CALDESC").strip()
    if not name and description and "\n" not in description and len(description) <= 80:
        name = clean_line(description)
    return name


def _zone_choice(calendar: Any, events: list[_Event], options: ReadOptions) -> ZoneChoice:
    declared = _text(calendar, "X-WR-TIMEZONE")
    zone = zone_for_tzid(declared) if declared.strip() else None
    instants = [i for e in events for i in (e.start, e.end) if i is not None]
    fixed = [i.value for i in instants if isinstance(i.value, datetime) and not i.floating]
    return settle_zone(
        named=zone.key if zone else _most_common_zone(events),
        given=options.timezone,
        moments=fixed,  # UTC instants ("Z", TZIDs): they fix the times, not the zone
        floating=any(i.floating for i in instants),
    )


def _most_common_zone(events: Iterable[_Event]) -> str | None:
    names = Counter(e.start.zone_name for e in events if e.start and e.start.zone_name)
    return names.most_common(1)[0][0] if names else None


def conference_id_of(path: Path, title: str, events: list[_Event], options: ReadOptions) -> str:
    """The options' id; else the acronym the events' URLs or UIDs share (the id the same
    conference's frab or pretalx schedule gets); else the calendar's name; else the file's."""
    if options.conference_id and options.conference_id.strip():
        return options.conference_id.strip()
    acronyms = Counter(a for a in (_acronym(e) for e in events) if a)
    if acronyms:
        acronym, count = acronyms.most_common(1)[0]
        if count * 2 > len(events) and (slug := slugify(acronym)):
            return slug
    return slugify(title) or slugify(path.stem) or "calendar"


def _acronym(event: _Event) -> str | None:
    if event.url and (match := _ACRONYM_URL.search(event.url)):
        return match.group(1)
    if match := _ACRONYM_UID.match(event.uid):
        return match.group(1)
    return None


def _local_ids(events: list[_Event]) -> list[tuple[str, str]]:
    """(local id, series) of each event: occurrences of a recurring event are "<uid>/<id>" in
    the series <uid>; other events go through the shared rule for runs (``runs.local_ids``)."""
    result: list[tuple[str, str]] = [("", "")] * len(events)
    plain = [i for i, e in enumerate(events) if e.recurrence_id is None]
    identities = [
        Identity(events[i].uid, events[i].title, (_sort_instant(events[i]), i)) for i in plain
    ]
    for i, ids in zip(plain, local_ids(identities), strict=True):
        result[i] = ids
    for i, event in enumerate(events):
        if event.recurrence_id is not None:
            result[i] = (f"{event.uid}/{event.recurrence_id}", event.uid)
    return result


def _sort_instant(event: _Event) -> datetime:
    if event.start is None:
        return datetime.max.replace(tzinfo=UTC)
    value = _comparable(event.start)
    if not isinstance(value, datetime):
        value = datetime.combine(value, datetime.min.time(), UTC)
    return value


def _session(
    path: Path, conference: Conference, event: _Event, ids: tuple[str, str], choice: ZoneChoice
) -> Session:
    local_id, series = ids
    try:
        timing = _timing(event, choice)
        return Session(
            key=session_key(conference.id, local_id),
            conference_id=conference.id,
            title=event.title,
            track=event.track,
            room=event.room,
            speakers=event.speakers,
            summary=event.summary,
            url=event.url,
            series=series,
            sources=(f"iCalendar feed {path.name}",),
            **timing,
        )
    except ValueError as exc:
        raise FormatError(path, f"event {event.uid}: {exc}", event.line) from None


def _timing(event: _Event, choice: ZoneChoice) -> dict[str, Any]:
    if event.start is None or event.end is None:
        return {"time_note": "The feed gives no start time."}
    zone = choice.zone
    floating = event.start.floating
    start, end = event.start.placed(zone).value, event.end.placed(zone).value
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        return {"day": start, "time_note": _ALL_DAY_NOTE}
    if end < start:
        raise ValueError("it ends before it starts")
    guessed = floating and choice.source is ZoneSource.GUESSED
    return {
        "start": start,
        "end": end,
        "day": start.astimezone(zone).date(),
        "time_status": TimeStatus.ASSUMED if guessed else TimeStatus.CONFIRMED,
        "time_note": choice.note if floating else "",
    }


def _read_events(
    path: Path, calendar: Any, lines: list[dict[str, int]]
) -> tuple[list[_Event], str]:
    components = list(calendar.walk("VEVENT"))
    if len(components) != len(lines):  # the scan and the parser disagree: trust neither
        raise FormatError(path, "the events cannot be told apart (nested VEVENTs?)")
    try:
        expansion = expand(calendar, list(zip(components, lines, strict=True)), _uid)
    except (ValueError, TypeError, KeyError, OverflowError) as exc:
        raise FormatError(path, f"a recurring event cannot be expanded ({exc})") from None
    name = _calendar_title(calendar)
    events = [
        _read_event(_Source(path, o.component, _uid(o.component), o.lines, name), o.recurrence_id)
        for o in expansion.occurrences
        if not _cancelled(o.component)
    ]
    if not events:
        cancelled = f" ({len(components)} cancelled)" if components else ""
        raise FormatError(path, f"no sessions found: the calendar holds no events{cancelled}")
    note = ""
    if expansion.truncated:
        note = (
            f"recurring event(s) {', '.join(expansion.truncated)} repeat without end: only "
            f"the first {MAX_OCCURRENCES:,} occurrences were imported"
        )
    return events, note


def _notes(sessions: Iterable[Session], choice: ZoneChoice, expansion_note: str) -> tuple[str, ...]:
    all_day = sum(1 for s in sessions if s.time_note == _ALL_DAY_NOTE)
    notes = [choice.notice, expansion_note]
    if all_day:
        notes.append(
            f"{all_day} all-day event(s) kept on their day with no time of day: an all-day "
            "event has none, so they stay out of the timeline and calendar exports"
        )
    return tuple(note for note in notes if note)


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
        unfolded = unfold(path, data)
        lines = check_structure(path, unfolded)
        calendar = _parse(path, unfolded.text())
        events, expansion_note = _read_events(path, calendar, lines)
        choice = _zone_choice(calendar, events, options)
        title = _calendar_title(calendar) or path.stem
        stub = Conference(conference_id_of(path, title, events, options), title, "UTC")
        sessions = [
            _session(path, stub, e, ids, choice)
            for e, ids in zip(events, _local_ids(events), strict=True)
        ]
        conference = _conference(stub, sessions, choice)
        notes = _notes(sessions, choice, expansion_note)
        return Catalog(conference=conference, sessions=tuple(sessions), notes=notes)


def _conference(stub: Conference, sessions: list[Session], choice: ZoneChoice) -> Conference:
    days = [s.day for s in sessions if s.day is not None]
    return replace(
        stub,
        timezone=choice.name,
        first_day=min(days, default=None),
        last_day=max(days, default=None),
        zone_source=choice.source,
    )


READER = IcsReader()
