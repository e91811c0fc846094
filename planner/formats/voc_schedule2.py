"""The C3VOC hub's "schema2" schedule JSON (validator/json/schema2.json, version alpha-3).

Unlike frab's ``days[].rooms{name: [events]}``, schema2 is a flat ``schedule.events`` list:
each event has ISO ``start`` and ``end`` with their UTC offsets, a ``room`` object (name, guid),
a ``track`` reference by slug (the names are in ``conference.tracks``), ``participants`` with
roles, and texts that may be maps by language. This module translates it into the shared
``FrabSchedule``; ``frab_model.build_catalog`` does the rest.

Left out, as a person planning their days would expect: the ``BREAK``/``META`` items (lunch,
"doors open"), and events whose ``state`` says they will not take place (cancelled, withdrawn,
rejected, deleted). Participants who are only ``GUEST`` are not listed as speakers.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from planner.formats.cleaning import clean_line, parse_datetime
from planner.formats.frab_json import JsonReader, json_text
from planner.formats.frab_model import FrabDay, FrabEvent, FrabSchedule

__all__ = ["is_schedule2", "schedule_from_json"]

_META_TYPES = frozenset({"BREAK", "META"})
_NOT_TAKING_PLACE = frozenset({"CANCELED", "CANCELLED", "WITHDRAWN", "REJECTED", "DELETED"})
_NOT_SPEAKING = frozenset({"GUEST"})


def is_schedule2(document: Any) -> bool:
    """A flat ``schedule.events`` list and no frab ``rooms`` map inside the days."""
    if not isinstance(document, dict) or not isinstance(document.get("schedule"), dict):
        return False
    schedule = document["schedule"]
    if not isinstance(schedule.get("events"), list):
        return False
    conference = schedule.get("conference")
    days = conference.get("days") if isinstance(conference, dict) else None
    return not any(isinstance(d, dict) and "rooms" in d for d in days or [])


def schedule_from_json(path: Path, document: Any) -> FrabSchedule:
    reader = JsonReader(path)
    schedule = reader.object(document.get("schedule"), '"schedule"')
    conference = reader.object(schedule.get("conference"), '"schedule.conference"')
    days = tuple(
        _day(reader, day, f"schedule.conference.days[{n}]")
        for n, day in enumerate(reader.array(conference.get("days"), "schedule.conference.days"))
    )
    track_names = _track_names(reader, conference.get("tracks"))
    events = [
        _event(reader, raw, f"schedule.events[{n}]", days, track_names)
        for n, raw in enumerate(reader.array(schedule.get("events"), "schedule.events"))
    ]
    return FrabSchedule(
        acronym=json_text(conference.get("acronym")),
        title=json_text(conference.get("title")),
        url=json_text(conference.get("url")) or None,
        time_zone_name=json_text(conference.get("time_zone_name")),
        start=_date_of(json_text(conference.get("start"))),
        end=_date_of(json_text(conference.get("end"))),
        days=days,
        tracks=tuple(dict.fromkeys(track_names.values())),
        events=tuple(event for event in events if event is not None),
    )


def _date_of(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _day(reader: JsonReader, value: Any, where: str) -> FrabDay:
    day = reader.object(value, where)
    start, end = json_text(day.get("start")) or None, json_text(day.get("end")) or None
    return FrabDay(reader.date(day.get("date"), f"{where}.date"), start, end)


def _track_names(reader: JsonReader, value: Any) -> dict[str, str]:
    """Track slug -> its name, in the conference's order."""
    names: dict[str, str] = {}
    for item in reader.array(value, "schedule.conference.tracks"):
        if isinstance(item, dict):
            name = clean_line(json_text(item.get("name")))
            slug = json_text(item.get("slug")) or name
            if name:
                names[slug] = name
        elif name := clean_line(json_text(item)):
            names[name] = name
    return names


def _event(
    reader: JsonReader, value: Any, where: str, days: tuple[FrabDay, ...], tracks: dict[str, str]
) -> FrabEvent | None:
    event = reader.object(value, where)
    kind = json_text(event.get("type")).upper()
    state = json_text(event.get("state")).upper()
    if kind in _META_TYPES or state in _NOT_TAKING_PLACE:
        return None
    start = json_text(event.get("start"))
    return FrabEvent(
        day=_listed_day(start, days),
        title=json_text(event.get("title")),
        guid=json_text(event.get("guid")) or None,
        code=json_text(event.get("code")) or None,
        subtitle=json_text(event.get("subtitle")),
        date_time=start or None,
        duration=json_text(event.get("duration")) or None if not event.get("end") else None,
        end=json_text(event.get("end")) or None,
        room=_name(event.get("room")),
        track=_track(event.get("track"), tracks),
        slug=json_text(event.get("slug")) or None,
        url=json_text(event.get("url")) or None,
        language=json_text(event.get("language")) or None,
        abstract=json_text(event.get("abstract")),
        description=json_text(event.get("description")),
        persons=_speakers(reader, event.get("participants"), f"{where}.participants"),
    )


def _listed_day(start: str, days: tuple[FrabDay, ...]) -> date:
    """The conference day whose bounds hold the start, else the date the start is written on."""
    try:
        moment = parse_datetime(start)
    except ValueError:
        return date.min  # build_catalog names the event and its unreadable start
    for day in days:
        if _within(moment, day):
            return day.day
    return moment.date()


def _within(moment: datetime, day: FrabDay) -> bool:
    try:
        first = parse_datetime(day.start or "")
        last = parse_datetime(day.end or "")
    except ValueError:
        return False
    if None in (moment.utcoffset(), first.utcoffset(), last.utcoffset()):
        return False  # naive and aware times cannot be compared; the dates decide
    return first <= moment <= last


def _name(value: Any) -> str | None:
    if isinstance(value, dict):
        return clean_line(json_text(value.get("name")) or json_text(value.get("slug"))) or None
    return clean_line(json_text(value)) or None


def _track(value: Any, tracks: dict[str, str]) -> str | None:
    if isinstance(value, dict):
        slug = json_text(value.get("slug"))
        return tracks.get(slug) or clean_line(json_text(value.get("name")) or slug) or None
    text = json_text(value)
    return tracks.get(text, text) or None


def _speakers(reader: JsonReader, value: Any, where: str) -> tuple[str, ...]:
    names = []
    for person in reader.array(value, where):
        if isinstance(person, dict):
            if json_text(person.get("role")).upper() in _NOT_SPEAKING:
                continue
            names.append(json_text(person.get("name")) or json_text(person.get("public_name")))
        else:
            names.append(json_text(person))
    return tuple(name for name in names if name)
