"""The frab schedule model every frab-like reader shares, and how it becomes a ``Catalog``.

schedule.xml, schedule.json and the C3VOC hub's schema2 JSON carry the same facts in three
syntaxes, so each reader only translates its syntax into the neutral ``FrabSchedule`` below,
and ``build_catalog`` turns that into the planner's catalog once: the time zone (named, from the
UTC offsets, the city, or the user), each session's day, repeated runs, keys and plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path

from planner.core.model import Catalog, Conference, Session, TimeStatus, ZoneSource, session_key
from planner.formats.cleaning import (
    clean_line,
    html_to_text,
    parse_datetime,
    parse_duration,
    slugify,
    to_utc,
)
from planner.formats.errors import FormatError
from planner.formats.registry import ReadOptions
from planner.formats.runs import Identity, local_ids
from planner.formats.zones import ZoneChoice, settle_zone

__all__ = ["FrabDay", "FrabEvent", "FrabSchedule", "build_catalog", "conference_slug"]


@dataclass(frozen=True, slots=True)
class FrabEvent:
    """One scheduled event as a frab file states it: raw text, not yet interpreted."""

    day: date  # the conference day the file lists it under (wafer: the UTC date, wrongly)
    title: str
    id: str | None = None
    guid: str | None = None
    code: str | None = None  # pretalx's own short code (<code>, event@code, "code")
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
    """A whole frab schedule, any syntax."""

    acronym: str = ""
    title: str = ""
    url: str | None = None
    time_zone_name: str = ""
    city: str = ""  # Pentabarf's <city>: what says the zone when the file names none
    day_change: str | None = None  # "09:00:00": earlier start times belong to the next date
    start: date | None = None
    end: date | None = None
    days: tuple[FrabDay, ...] = ()
    tracks: tuple[str, ...] = ()
    events: tuple[FrabEvent, ...] = field(default=())


_NEVER = datetime.max.replace(tzinfo=UTC)
_NO_DURATION_NOTE = "the schedule gives no duration; shown as a zero-length event"
# Without a day_change or day bounds, a talk before 06:00 listed under the day before is part
# of that day's night (a party at 01:00); a later one is on the date it happens.
_NIGHT_ENDS = timedelta(hours=6)
_TALK_CODE_URL = re.compile(r"/talk/([A-Za-z0-9]{4,12})/?(?:[?#].*)?$")
# pretalx talk codes use an alphabet without look-alikes (no I, O, 0-2, 4-6): "MJA8QY" as the
# whole slug (rC3) or as its prefix (FOSDEM 2026: "SFKNTZ-welcome_to_fosdem_2026").
_CODE_SLUG = re.compile(r"(?=[3789]*[A-Z])([A-HJ-NP-Z3789]{5,8})(?:-.*)?")


@dataclass(frozen=True, slots=True)
class _Timed:
    """An event with its instants and day worked out, and its position in the file."""

    event: FrabEvent
    index: int
    start: datetime
    end: datetime
    day: date
    status: TimeStatus
    note: str


def build_catalog(
    path: Path, schedule: FrabSchedule, options: ReadOptions, reader_name: str, looked_for: str
) -> Catalog:
    """The planner's catalog for a frab schedule read from ``path``.

    ``looked_for`` says where the reader looked for events, for the error when it found none.
    """
    if not schedule.events:
        raise FormatError(path, f"no sessions found: no events in {looked_for}")
    conference_id = _conference_id(path, schedule, options)
    for event in schedule.events:
        if not clean_line(event.title):
            raise FormatError(path, f"{_describe(event)} has no title")
    local_starts = [_local_start(path, schedule, event) for event in schedule.events]
    choice = _conference_zone(schedule, local_starts, options)
    timed = [
        _timed(path, schedule, event, index, moment, choice)
        for index, (event, moment) in enumerate(zip(schedule.events, local_starts, strict=True))
    ]
    identities = [Identity(_base_id(t.event), t.event.title, (t.start, t.index)) for t in timed]
    source = f"{path.name} ({reader_name})"
    sessions = [
        _session(conference_id, item, local_id, series, source)
        for item, (local_id, series) in zip(timed, local_ids(identities), strict=True)
    ]
    sessions.sort(key=lambda s: (s.start or _NEVER, s.room or "", s.title, s.key))
    session_days = [t.day for t in timed]
    days = (min(session_days), max(session_days))
    conference = _conference(conference_id, path, schedule, choice, days)
    notes = (choice.notice,) if choice.notice else ()
    return Catalog(conference, tuple(sessions), _tracks(schedule), notes)


def conference_slug(*candidates: str | None) -> str:
    """The first candidate that makes a slug: the acronym before the title before the file."""
    for candidate in candidates:
        if slug := slugify(candidate):
            return slug
    return "conference"


def _conference_id(path: Path, schedule: FrabSchedule, options: ReadOptions) -> str:
    if options.conference_id and options.conference_id.strip():
        return options.conference_id.strip()
    return conference_slug(schedule.acronym, schedule.title, path.stem)


def _conference(
    conference_id: str,
    path: Path,
    schedule: FrabSchedule,
    choice: ZoneChoice,
    days: tuple[date, date],
) -> Conference:
    """``days``: the first and last day the sessions fall on (their local dates), not the
    <day date>s: wafer gives UTC dates there. A schedule whose sessions all agree with its
    days gives the same."""
    title = clean_line(schedule.title) or clean_line(schedule.acronym) or path.stem
    return Conference(
        conference_id, title, choice.name, *days, schedule.url or None, choice.source
    )


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
    try:
        end = parse_datetime(bounds.end)
    except ValueError:
        return timedelta(0)
    if end.date() <= day:
        return timedelta(0)
    return timedelta(hours=end.hour, minutes=end.minute, seconds=end.second)


def _conference_zone(
    schedule: FrabSchedule, starts: list[datetime], options: ReadOptions
) -> ZoneChoice:
    aware = [moment for moment in starts if moment.tzinfo is not None]
    return settle_zone(
        named=schedule.time_zone_name,
        given=options.timezone,
        city=schedule.city,
        moments=[*aware, *_day_bounds(schedule)],
        floating=len(aware) < len(starts),
    )


def _day_bounds(schedule: FrabSchedule) -> Iterator[datetime]:
    for day in schedule.days:
        for bound in (day.start, day.end):
            try:
                moment = parse_datetime(bound) if bound else None
            except ValueError:
                continue  # the bounds only hint at the zone; the events carry the times
            if moment is not None and moment.utcoffset() is not None:
                yield moment


def _timed(
    path: Path,
    schedule: FrabSchedule,
    event: FrabEvent,
    index: int,
    moment: datetime,
    choice: ZoneChoice,
) -> _Timed:
    zone = choice.zone
    start = to_utc(moment, zone)
    placed_by_zone = moment.tzinfo is None  # only a time without offset depends on the zone
    notes = [choice.note] if placed_by_zone and choice.note else []
    guessed = placed_by_zone and choice.source is ZoneSource.GUESSED
    end = _end(path, event, start, zone)
    if end is None:
        notes.append(_NO_DURATION_NOTE)
        end = start
    day = _session_day(schedule, event, start, zone)
    status = TimeStatus.ASSUMED if guessed else TimeStatus.CONFIRMED
    return _Timed(event, index, start, end, day, status, "; ".join(notes))


def _session_day(schedule: FrabSchedule, event: FrabEvent, start: datetime, zone: tzinfo) -> date:
    """The conference day of a session: the local date it starts on, unless it is the night
    after the day the file lists it under (the after-midnight rule)."""
    if not event.date_time:
        return event.day  # placed by its clock on the day it is listed under
    local = start.astimezone(zone)
    # A difference, not day + 1: the day after 9999-12-31 cannot be made, and such a date
    # must reach the import's own check of absurd years, which names the event.
    if (local.date() - event.day).days == 1:
        cutoff = _day_cutoff(schedule, event.day) or _NIGHT_ENDS
        clock = timedelta(hours=local.hour, minutes=local.minute, seconds=local.second)
        if clock < cutoff:
            return event.day
    return local.date()


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


# ---- Keys ----


def _base_id(event: FrabEvent) -> str:
    if event.guid:
        return event.guid.strip().lower()
    if event.id:
        return event.id.strip()
    # Neither guid nor id: the day and the title are all that identify it.
    return f"{event.day.isoformat()}-{slugify(event.title) or 'event'}"


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
        day=item.day,
        time_status=item.status,
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
    """The code a person would see: pretalx's own code where the file gives it, else the one
    in its talk URL or slug, else the schedule's id."""
    if event.code and clean_line(event.code):
        return clean_line(event.code)
    if event.url and (match := _TALK_CODE_URL.search(event.url.strip())):
        return match.group(1)
    if event.slug and (match := _CODE_SLUG.fullmatch(event.slug.strip())):
        return match.group(1)
    return event.id or None


def _describe(event: FrabEvent) -> str:
    ident = f" {event.id}" if event.id else (f" {event.guid}" if event.guid else "")
    return f"event{ident} ({clean_line(event.title)[:60]!r}, {event.day.isoformat()})"
