"""frab/pretalx ``schedule.json``: ``schedule.conference.days[].rooms{name: [events]}``.

The JSON flavour carries the same facts as schedule.xml, so this module only translates the
JSON syntax into the shared ``FrabSchedule`` and lets ``frab_model.build_catalog`` do the rest.
The C3VOC hub's newer "schema2" (a flat ``schedule.events`` list) shares the sniffing and the
loading; its syntax is translated by ``voc_schedule2``.
Values are checked for type as they are read: real exports put null, numbers or objects where
the schema says string, and a wrong shape is reported by its path in the document.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from planner.core.model import Catalog
from planner.formats.cleaning import clean_line, decode_text
from planner.formats.errors import FormatError
from planner.formats.frab_model import FrabDay, FrabEvent, FrabSchedule, build_catalog
from planner.formats.registry import ReadOptions

__all__ = ["READER", "FrabJsonReader", "JsonReader", "json_text", "load_json"]

_JSON_OBJECT_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*\{")
_SCHEDULE_KEY = re.compile(rb'"schedule"\s*:\s*\{')


class FrabJsonReader:
    """Reads schedule.json from frab, pretalx and the C3VOC tools."""

    name = "frab-json"
    description = "frab/pretalx/C3VOC schedule.json"
    extensions = (".json",)

    def sniff(self, head: bytes) -> bool:
        return bool(_JSON_OBJECT_START.match(head) and _SCHEDULE_KEY.search(head))

    def read(self, path: Path, data: bytes, options: ReadOptions) -> Catalog:
        from planner.formats import voc_schedule2

        document = load_json(path, data)
        if voc_schedule2.is_schedule2(document):
            schedule = voc_schedule2.schedule_from_json(path, document)
            looked_for = "schedule.events"
            return build_catalog(path, schedule, options, "c3voc-schedule2", looked_for)
        looked_for = "schedule.conference.days[].rooms"
        schedule = _schedule_from_json(path, document)
        return build_catalog(path, schedule, options, self.name, looked_for)


READER = FrabJsonReader()


def load_json(path: Path, data: bytes) -> Any:
    text = decode_text(path, data)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        message = f"not valid JSON: {exc.msg} (column {exc.colno})"
        raise FormatError(path, message, exc.lineno) from None
    except RecursionError:
        raise FormatError(path, "not a schedule: JSON nested too deeply") from None
    except ValueError as exc:  # e.g. an integer with more digits than Python will convert
        raise FormatError(path, f"not valid JSON: {exc}") from None


class JsonReader:
    """Typed access to a JSON document that names the path of whatever is missing or wrong."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def object(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise FormatError(self.path, f"{where} is missing or not an object")
        return value

    def array(self, value: Any, where: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise FormatError(self.path, f"{where} is not a list")
        return value

    def date(self, value: Any, where: str) -> date:
        try:
            return date.fromisoformat(json_text(value)[:10])
        except ValueError:
            raise FormatError(self.path, f"{where} is not a date: {value!r}") from None


def json_text(value: Any) -> str:
    """A JSON value as text: null is "", numbers written out, a {"en": ...} map gives English."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        return json_text(value.get("en") or value.get("name") or next(iter(value.values()), None))
    return ""


def _schedule_from_json(path: Path, document: Any) -> FrabSchedule:
    reader = JsonReader(path)
    root = reader.object(document, "the document")
    schedule = reader.object(root.get("schedule"), '"schedule"')
    conference = reader.object(schedule.get("conference"), '"schedule.conference"')
    where = "schedule.conference.days"
    days = [
        (_day(reader, day, f"{where}[{n}]"), day)
        for n, day in enumerate(reader.array(conference.get("days"), where))
    ]
    return FrabSchedule(
        acronym=json_text(conference.get("acronym")),
        title=json_text(conference.get("title")),
        url=json_text(schedule.get("base_url")) or json_text(conference.get("url")) or None,
        time_zone_name=json_text(conference.get("time_zone_name")),
        city=json_text(conference.get("city")),
        day_change=json_text(conference.get("day_change")) or None,
        start=_optional_date(reader, conference.get("start"), "schedule.conference.start"),
        end=_optional_date(reader, conference.get("end"), "schedule.conference.end"),
        days=tuple(day for day, _ in days),
        tracks=_tracks(reader, conference.get("tracks")),
        events=tuple(
            event
            for n, (day, raw) in enumerate(days)
            for event in _events_of_day(reader, day, raw, f"{where}[{n}]")
        ),
    )


def _day(reader: JsonReader, value: Any, where: str) -> FrabDay:
    day = reader.object(value, where)
    return FrabDay(
        reader.date(day.get("date"), f"{where}.date"),
        json_text(day.get("day_start")) or None,
        json_text(day.get("day_end")) or None,
    )


def _optional_date(reader: JsonReader, value: Any, where: str) -> date | None:
    return reader.date(value, where) if json_text(value) else None


def _tracks(reader: JsonReader, value: Any) -> tuple[str, ...]:
    items = reader.array(value, "schedule.conference.tracks")
    return tuple(name for name in (clean_line(json_text(item)) for item in items) if name)


def _events_of_day(
    reader: JsonReader, day: FrabDay, raw: dict[str, Any], where: str
) -> list[FrabEvent]:
    rooms = reader.object(raw.get("rooms", {}), f"{where}.rooms")
    return [
        _event(reader, day, room, event, f"{where}.rooms[{room!r}][{n}]")
        for room, events in rooms.items()
        for n, event in enumerate(reader.array(events, f"{where}.rooms[{room!r}]"))
    ]


def _event(reader: JsonReader, day: FrabDay, room: str, value: Any, where: str) -> FrabEvent:
    event = reader.object(value, where)
    return FrabEvent(
        day=day.day,
        title=json_text(event.get("title")),
        id=json_text(event.get("id")) or None,
        guid=json_text(event.get("guid")) or None,
        code=json_text(event.get("code")) or None,
        subtitle=json_text(event.get("subtitle")),
        date_time=json_text(event.get("date")) or None,
        start=json_text(event.get("start")) or None,
        duration=json_text(event.get("duration")) or None,
        end=json_text(event.get("end")) or None,
        room=clean_line(room) or json_text(event.get("room")) or None,
        track=json_text(event.get("track")) or None,
        slug=json_text(event.get("slug")) or None,
        url=json_text(event.get("url")) or None,
        language=json_text(event.get("language")) or None,
        abstract=json_text(event.get("abstract")),
        description=json_text(event.get("description")),
        persons=tuple(_person(p) for p in reader.array(event.get("persons"), f"{where}.persons")),
        recorded=event.get("do_not_record") is False,
    )


def _person(value: Any) -> str:
    if isinstance(value, dict):
        for name_key in ("public_name", "name", "full_public_name", "full_name"):
            if name := json_text(value.get(name_key)):
                return name
        return ""
    return json_text(value)
