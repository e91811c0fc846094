"""Pentabarf/frab/pretalx ``schedule.xml``, and the frab schedule model both frab readers share.

The XML and the JSON flavours of a frab schedule carry the same facts in two syntaxes, so each
reader only translates its syntax into the neutral ``FrabSchedule`` below, and ``build_catalog``
turns that into the planner's ``Catalog`` (time zones, repeated runs, keys, plain text) once.

XML is parsed with defusedxml only: entity declarations (billion laughs, external entities)
and external DTDs are refused before anything is expanded or fetched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, TreeBuilder
from xml.parsers.expat import ErrorString

from defusedxml.common import (
    DefusedXmlException,
    DTDForbidden,
    EntitiesForbidden,
    ExternalReferenceForbidden,
)
from defusedxml.ElementTree import DefusedXMLParser

from planner.core.model import Catalog, Conference, Session, TimeStatus, session_key
from planner.formats.cleaning import (
    clean_line,
    decode_text,
    html_to_text,
    parse_datetime,
    parse_duration,
    slugify,
    to_utc,
    zone_from_name,
    zone_name_for_offsets,
)
from planner.formats.errors import FormatError
from planner.formats.registry import ReadOptions

__all__ = [
    "READER",
    "FrabDay",
    "FrabEvent",
    "FrabSchedule",
    "FrabXmlReader",
    "build_catalog",
    "parse_xml",
]


# ---- The neutral frab schedule ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FrabEvent:
    """One scheduled event as a frab file states it: raw text, not yet interpreted."""

    day: date  # the conference day the file lists it under
    title: str
    id: str | None = None
    guid: str | None = None
    subtitle: str = ""
    date_time: str | None = None  # the event's own <date>: "2019-10-10T10:00:00+01:00"
    start: str | None = None  # "HH:MM" local time on ``day`` (after midnight: the next date)
    duration: str | None = None
    end: str | None = None  # an ISO end date-time, which a few exports add
    room: str | None = None
    track: str | None = None
    slug: str | None = None
    url: str | None = None
    language: str | None = None
    abstract: str = ""  # frab's short text (may be HTML)
    description: str = ""  # frab's long text (may be HTML)
    persons: tuple[str, ...] = ()
    recorded: bool = False


@dataclass(frozen=True, slots=True)
class FrabDay:
    """A conference day and its bounds as the file gives them (ISO, sometimes naive)."""

    day: date
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True, slots=True)
class FrabSchedule:
    """A whole frab schedule, either syntax."""

    acronym: str = ""
    title: str = ""
    url: str | None = None
    time_zone_name: str = ""
    day_change: str | None = None  # "09:00:00": earlier start times belong to the next date
    start: date | None = None
    end: date | None = None
    days: tuple[FrabDay, ...] = ()
    tracks: tuple[str, ...] = ()
    events: tuple[FrabEvent, ...] = field(default=())


# ---- From the neutral schedule to a Catalog ---------------------------------------------------

_NEVER = datetime.max.replace(tzinfo=UTC)
_NO_ZONE_NOTE = "the schedule names no time zone and gives no UTC offsets; times are read as UTC"
_NO_DURATION_NOTE = "the schedule gives no duration; shown as a zero-length event"
_TALK_CODE_URL = re.compile(r"/talk/([A-Za-z0-9]{4,12})/?(?:[?#].*)?$")
# pretalx talk codes use an alphabet without look-alikes (no I, O, 0-2, 4-6): "MJA8QY" as the
# whole slug (rC3) or as its prefix (FOSDEM 2026: "SFKNTZ-welcome_to_fosdem_2026").
_CODE_SLUG = re.compile(r"(?=[3789]*[A-Z])([A-HJ-NP-Z3789]{5,8})(?:-.*)?")


@dataclass(frozen=True, slots=True)
class _Timed:
    """An event with its instants worked out, and its position in the file for stable order."""

    event: FrabEvent
    index: int
    start: datetime
    end: datetime
    note: str


def build_catalog(
    path: Path, schedule: FrabSchedule, options: ReadOptions, reader_name: str
) -> Catalog:
    """The planner's catalog for a frab schedule read from ``path``."""
    conference_id = _conference_id(path, schedule, options)
    for event in schedule.events:
        if not clean_line(event.title):
            raise FormatError(path, f"{_describe(event)} has no title")
    local_starts = [_local_start(path, schedule, event) for event in schedule.events]
    zone_name, zone_known = _conference_zone(schedule, local_starts)
    timed = [
        _timed(path, event, index, moment, zone_name, zone_known)
        for index, (event, moment) in enumerate(zip(schedule.events, local_starts, strict=True))
    ]
    source = f"{path.name} ({reader_name})"
    sessions = [
        _session(conference_id, item, local_id, series, source)
        for item, (local_id, series) in zip(timed, _local_ids(timed), strict=True)
    ]
    sessions.sort(key=lambda s: (s.start or _NEVER, s.room or "", s.title, s.key))
    conference = _conference(conference_id, path, schedule, zone_name)
    return Catalog(conference, tuple(sessions), _tracks(schedule))


def _conference_id(path: Path, schedule: FrabSchedule, options: ReadOptions) -> str:
    if options.conference_id and options.conference_id.strip():
        return options.conference_id.strip()
    for candidate in (schedule.acronym, schedule.title, path.stem):
        if slug := slugify(candidate):
            return slug
    return "conference"


def _conference(
    conference_id: str, path: Path, schedule: FrabSchedule, zone_name: str
) -> Conference:
    day_dates = sorted(day.day for day in schedule.days)
    first_day = day_dates[0] if day_dates else schedule.start
    last_day = day_dates[-1] if day_dates else schedule.end
    title = clean_line(schedule.title) or clean_line(schedule.acronym) or path.stem
    return Conference(conference_id, title, zone_name, first_day, last_day, schedule.url or None)


def _tracks(schedule: FrabSchedule) -> tuple[str, ...]:
    named = schedule.tracks or tuple(event.track or "" for event in schedule.events)
    return tuple(dict.fromkeys(clean_line(name) for name in named if clean_line(name)))


# ---- Time ----


def _local_start(path: Path, schedule: FrabSchedule, event: FrabEvent) -> datetime:
    """When the event starts: its own date-time (aware or naive), else its day plus <start>."""
    try:
        if event.date_time:
            return parse_datetime(event.date_time)
        if event.start:
            return _start_on_day(schedule, event)
    except ValueError as exc:
        raise FormatError(path, f"{_describe(event)} has an unreadable start time: {exc}") from None
    raise FormatError(path, f"{_describe(event)} has no start time")


def _start_on_day(schedule: FrabSchedule, event: FrabEvent) -> datetime:
    clock = parse_duration(event.start) or timedelta(0)
    moment = datetime.combine(event.day, time()) + clock
    # A day runs past midnight: 01:00 on the night of day 1 is listed under day 1.
    if clock < _day_cutoff(schedule, event.day):
        moment += timedelta(days=1)
    return moment


def _day_cutoff(schedule: FrabSchedule, day: date) -> timedelta:
    if schedule.day_change:
        return parse_duration(schedule.day_change) or timedelta(0)
    bounds = next((d for d in schedule.days if d.day == day), None)
    if bounds is None or not bounds.end:
        return timedelta(0)
    end = parse_datetime(bounds.end)
    if end.date() <= day:
        return timedelta(0)
    return timedelta(hours=end.hour, minutes=end.minute, seconds=end.second)


def _conference_zone(schedule: FrabSchedule, starts: Iterable[datetime]) -> tuple[str, bool]:
    """The conference's IANA zone name, and whether the file vouches for it at all."""
    if zone_from_name(schedule.time_zone_name) is not None:
        return schedule.time_zone_name.strip(), True
    offsets = [moment.utcoffset() for moment in starts if moment.tzinfo is not None]
    offsets += list(_day_bound_offsets(schedule))
    return zone_name_for_offsets(offsets), bool(offsets)


def _day_bound_offsets(schedule: FrabSchedule) -> Iterator[timedelta]:
    for day in schedule.days:
        for bound in (day.start, day.end):
            try:
                moment = parse_datetime(bound) if bound else None
            except ValueError:
                continue  # the bounds only hint at the zone; the events carry the times
            offset = moment.utcoffset() if moment is not None else None
            if offset is not None:
                yield offset


def _timed(
    path: Path, event: FrabEvent, index: int, moment: datetime, zone_name: str, zone_known: bool
) -> _Timed:
    zone = zone_from_name(zone_name) or UTC
    start = to_utc(moment, zone)
    notes = [] if zone_known or moment.tzinfo is not None else [_NO_ZONE_NOTE]
    end = _end(path, event, start, zone)
    if end is None:
        notes.append(_NO_DURATION_NOTE)
        end = start
    return _Timed(event, index, start, end, "; ".join(notes))


def _end(path: Path, event: FrabEvent, start: datetime, zone: tzinfo) -> datetime | None:
    try:
        duration = parse_duration(event.duration)
    except ValueError as exc:
        raise FormatError(path, f"{_describe(event)} has an unreadable duration: {exc}") from None
    if duration is not None:
        return start + duration
    return _explicit_end(event, start, zone)


def _explicit_end(event: FrabEvent, start: datetime, zone: tzinfo) -> datetime | None:
    if not event.end:
        return None
    try:
        end = parse_datetime(event.end)
    except ValueError:
        return None  # Pentabarf's <end> is sometimes a bare clock; the duration said nothing
    return max(start, to_utc(end, zone))


# ---- Keys and runs ----


def _local_ids(timed: list[_Timed]) -> list[tuple[str, str]]:
    """(local id, series) for each event, in input order.

    Runs of one session (same guid, or same id and title when there is no guid) keep one series;
    the earliest run gets the plain id and later ones "#2", "#3"... Different sessions that
    share a numeric id (merged schedules reuse ids) are told apart by their title.
    """
    result: list[tuple[str, str]] = [("", "")] * len(timed)
    taken: set[str] = set()
    for base, variants in _group_by_identity(timed).items():
        ordered = sorted(variants.items(), key=lambda kv: min(_order(timed[i]) for i in kv[1]))
        for rank, (variant, members) in enumerate(ordered):
            series = _unique(base if rank == 0 else f"{base}-{slugify(variant) or rank + 1}", taken)
            for run, i in enumerate(sorted(members, key=lambda i: _order(timed[i])), start=1):
                result[i] = (series if run == 1 else f"{series}#{run}", series)
    return result


def _group_by_identity(timed: list[_Timed]) -> dict[str, dict[str, list[int]]]:
    groups: dict[str, dict[str, list[int]]] = {}
    for i, item in enumerate(timed):
        base, variant = _identity(item)
        groups.setdefault(base, {}).setdefault(variant, []).append(i)
    return groups


def _identity(item: _Timed) -> tuple[str, str]:
    event = item.event
    if event.guid:
        return event.guid.strip().lower(), ""
    if event.id:
        return event.id.strip(), clean_line(event.title).casefold()
    # Neither guid nor id: the day and the title are all that identify it.
    return f"{event.day.isoformat()}-{slugify(event.title) or 'event'}", ""


def _order(item: _Timed) -> tuple[datetime, int]:
    return item.start, item.index


def _unique(candidate: str, taken: set[str]) -> str:
    unique, n = candidate, 1
    while unique in taken:
        n += 1
        unique = f"{candidate}~{n}"
    taken.add(unique)
    return unique


# ---- Fields ----


def _session(conference_id: str, item: _Timed, local_id: str, series: str, source: str) -> Session:
    event = item.event
    return Session(
        key=session_key(conference_id, local_id),
        conference_id=conference_id,
        title=_title(event),
        code=_code(event),
        track=clean_line(event.track) or None,
        start=item.start,
        end=item.end,
        day=event.day,
        time_status=TimeStatus.CONFIRMED,
        time_note=item.note,
        room=clean_line(event.room) or None,
        speakers=tuple(dict.fromkeys(n for n in map(clean_line, event.persons) if n)),
        summary=html_to_text(event.abstract),
        abstract=html_to_text(event.description),
        url=clean_line(event.url) or None,
        language=clean_line(event.language) or None,
        recorded=event.recorded,
        series=series,
        sources=(f"{source}, event {event.id or event.guid or local_id}",),
    )


def _title(event: FrabEvent) -> str:
    """The title, with a non-empty subtitle appended as "Title: Subtitle".

    A title that has a colon or ends in punctuation of its own gets " — " instead, so that
    "spispy: SPI flash device emulation" does not grow a second colon.
    """
    title, subtitle = clean_line(event.title), clean_line(event.subtitle)
    if not subtitle or subtitle.casefold() == title.casefold():
        return title
    plain = ":" not in title and not title.endswith((".", "?", "!", "–", "—", "-"))
    return f"{title}{': ' if plain else ' — '}{subtitle}"


def _code(event: FrabEvent) -> str | None:
    """The code a person would see: pretalx's short talk code when there is one, else the id."""
    if event.url and (match := _TALK_CODE_URL.search(event.url.strip())):
        return match.group(1)
    if event.slug and (match := _CODE_SLUG.fullmatch(event.slug.strip())):
        return match.group(1)
    return event.id or None


def _describe(event: FrabEvent) -> str:
    ident = f" {event.id}" if event.id else (f" {event.guid}" if event.guid else "")
    return f"event{ident} ({clean_line(event.title)[:60]!r}, {event.day.isoformat()})"


# ---- XML syntax -------------------------------------------------------------------------------

_XML_DECLARATION = re.compile(rb"<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_DOCTYPE = re.compile(r"<!DOCTYPE(?:[^\[>]|\[.*?\])*>", re.DOTALL | re.IGNORECASE)


class FrabXmlReader:
    """Reads schedule.xml from Pentabarf, frab, pretalx and the FOSDEM and C3VOC tools."""

    name = "frab-xml"
    description = "Pentabarf/frab/pretalx schedule.xml"
    extensions = (".xml",)

    def sniff(self, head: bytes) -> bool:
        return _root_element_name(head) == "schedule"

    def read(self, path: Path, data: bytes, options: ReadOptions) -> Catalog:
        root = parse_xml(path, data)
        return build_catalog(path, _schedule_from_xml(path, root), options, self.name)


READER = FrabXmlReader()


def _root_element_name(head: bytes) -> str | None:
    """The name of the first element in an XML head, past the prolog; None if there is none."""
    rest = _head_text(head).lstrip()
    while rest.startswith(("<?", "<!--")) or rest[:9].upper() == "<!DOCTYPE":
        end = _prolog_item_end(rest)
        if end < 0:
            return None
        rest = rest[end:].lstrip()
    match = re.match(r"<([A-Za-z_][\w.:-]*)", rest)
    return match.group(1).rpartition(":")[2] if match else None


def _prolog_item_end(rest: str) -> int:
    if rest.startswith("<?"):
        end = rest.find("?>")
        return end + 2 if end >= 0 else -1
    if rest.startswith("<!--"):
        end = rest.find("-->")
        return end + 3 if end >= 0 else -1
    match = _DOCTYPE.match(rest)
    return match.end() if match else -1


def _head_text(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    return head.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="ignore")


def parse_xml(path: Path, data: bytes) -> Element:
    """The element tree of an XML file, parsed safely; every problem is a FormatError."""
    _check_utf8(path, data)
    parser = DefusedXMLParser(target=TreeBuilder(), forbid_dtd=False)
    parser.parser.StartDoctypeDeclHandler = _refuse_external_dtd
    try:
        parser.feed(data)
        root: Element = parser.close()
    except DefusedXmlException as exc:
        raise FormatError(path, f"unsafe XML: {_unsafe_reason(exc)}") from None
    except ParseError as exc:
        line, column = exc.position
        reason = ErrorString(exc.code) if exc.code else str(exc)
        message = f"not well-formed XML: {reason} (column {column + 1})"
        raise FormatError(path, message, line) from None
    _strip_namespaces(root)
    return root


def _check_utf8(path: Path, data: bytes) -> None:
    """Invalid UTF-8 gets a clear message; a file declaring another encoding is left to expat."""
    declared = _XML_DECLARATION.match(data.removeprefix(b"\xef\xbb\xbf")[:200])
    encoding = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    if encoding.replace("_", "-") in ("utf-8", "utf8") and not data.startswith(b"\xff\xfe"):
        decode_text(path, data)


def _refuse_external_dtd(name: str, sysid: str | None, pubid: str | None, internal: int) -> None:
    # An inline DOCTYPE is harmless (entity declarations are refused separately); an external
    # one would make the parser a fetcher of arbitrary URLs and files.
    if sysid or pubid:
        raise DTDForbidden(name, sysid, pubid)


def _unsafe_reason(exc: DefusedXmlException) -> str:
    if isinstance(exc, EntitiesForbidden):
        return f"entity declarations are refused (entity {exc.name!r})"
    if isinstance(exc, ExternalReferenceForbidden):
        return f"external references are refused ({exc.sysid or exc.pubid})"
    if isinstance(exc, DTDForbidden):
        return f"external DTDs are refused ({exc.sysid or exc.pubid})"
    return type(exc).__name__


def _strip_namespaces(root: Element) -> None:
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith("{"):
            element.tag = element.tag.rpartition("}")[2]


def _schedule_from_xml(path: Path, root: Element) -> FrabSchedule:
    if root.tag != "schedule":
        raise FormatError(path, f"the root element is <{root.tag}>, not <schedule>")
    conference = root.find("conference")
    if conference is None:
        raise FormatError(path, "the schedule has no <conference> element")
    days = [(_day_from_xml(path, day), day) for day in root.findall("day")]
    return FrabSchedule(
        acronym=_text(conference, "acronym"),
        title=_text(conference, "title"),
        url=_text(conference, "base_url") or _text(conference, "url") or None,
        time_zone_name=_text(conference, "time_zone_name"),
        day_change=_text(conference, "day_change") or None,
        start=_optional_date(path, _text(conference, "start"), "<conference><start>"),
        end=_optional_date(path, _text(conference, "end"), "<conference><end>"),
        days=tuple(day for day, _ in days),
        tracks=tuple(clean_line("".join(t.itertext())) for t in root.iterfind("tracks/track")),
        events=tuple(event for day, element in days for event in _events_of_day(day, element)),
    )


def _day_from_xml(path: Path, element: Element) -> FrabDay:
    label = f"<day index={element.get('index', '?')}>"
    value = (element.get("date") or "").strip()
    if not value:
        raise FormatError(path, f"{label} has no date attribute")
    day = _optional_date(path, value, label)
    assert day is not None  # a non-empty value either parses or raised
    return FrabDay(day, element.get("start"), element.get("end"))


def _optional_date(path: Path, value: str, label: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise FormatError(path, f"{label} has an unreadable date {value!r}") from None


def _events_of_day(day: FrabDay, element: Element) -> Iterator[FrabEvent]:
    # Pentabarf's oldest exports put events straight under <day>; later ones group them by room.
    for child in element:
        if child.tag == "room":
            room = child.get("name")
            for event in child.iterfind("event"):
                yield _event_from_xml(day, event, room)
        elif child.tag == "event":
            yield _event_from_xml(day, child, None)


def _event_from_xml(day: FrabDay, element: Element, room: str | None) -> FrabEvent:
    return FrabEvent(
        day=day.day,
        title=_text(element, "title"),
        id=(element.get("id") or "").strip() or None,
        guid=(element.get("guid") or _text(element, "guid")).strip() or None,
        subtitle=_text(element, "subtitle"),
        date_time=_text(element, "date") or None,
        start=_text(element, "start") or None,
        duration=_text(element, "duration") or None,
        end=_text(element, "end") or None,
        room=(room or "").strip() or _text(element, "room") or None,
        track=_text(element, "track") or None,
        slug=_text(element, "slug") or None,
        url=_text(element, "url") or None,
        language=_text(element, "language") or None,
        abstract=element.findtext("abstract") or "",
        description=element.findtext("description") or "",
        persons=tuple(_person_name(p) for p in element.iterfind("persons/person")),
        recorded=_recorded(element),
    )


def _person_name(element: Element) -> str:
    return _text(element, "name") or clean_line("".join(element.itertext()))


def _recorded(element: Element) -> bool:
    """frab says <recording><optout>false</optout>: recorded unless the speakers opted out."""
    recording = element.find("recording")
    if recording is None:
        return False
    return _text(recording, "optout").lower() == "false"


def _text(element: Element, child: str) -> str:
    return (element.findtext(child) or "").strip()
