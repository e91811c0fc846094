"""Pentabarf/frab/pretalx/wafer ``schedule.xml``: the XML syntax of a frab schedule.

This module only translates the XML into the neutral ``FrabSchedule`` of ``frab_model``, whose
``build_catalog`` does the rest (time zones, days, repeated runs, keys, plain text). It also
holds the safe XML parsing that the xCal reader shares.

XML is parsed with defusedxml only: entity declarations (billion laughs, external entities)
and external DTDs are refused before anything is expanded or fetched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
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

from planner.core.model import Catalog
from planner.formats.cleaning import clean_line, decode_text
from planner.formats.errors import FormatError
from planner.formats.frab_model import FrabDay, FrabEvent, FrabSchedule, build_catalog
from planner.formats.registry import ReadOptions

__all__ = [
    "READER",
    "FrabDay",
    "FrabEvent",
    "FrabSchedule",
    "FrabXmlReader",
    "build_catalog",
    "parse_xml",
    "root_element_name",
]


# ---- XML syntax -------------------------------------------------------------------------------

_XML_DECLARATION = re.compile(rb"<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_DOCTYPE = re.compile(r"<!DOCTYPE(?:[^\[>]|\[.*?\])*>", re.DOTALL | re.IGNORECASE)


class FrabXmlReader:
    """Reads schedule.xml from Pentabarf, frab, pretalx and the FOSDEM and C3VOC tools."""

    name = "frab-xml"
    description = "Pentabarf/frab/pretalx schedule.xml"
    extensions = (".xml",)

    def sniff(self, head: bytes) -> bool:
        return root_element_name(head) == "schedule"

    def read(self, path: Path, data: bytes, options: ReadOptions) -> Catalog:
        root = parse_xml(path, data)
        schedule = _schedule_from_xml(path, root)
        return build_catalog(path, schedule, options, self.name, "any <day> of the <schedule>")


READER = FrabXmlReader()


def root_element_name(head: bytes) -> str | None:
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
        city=_text(conference, "city"),
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
        code=(element.get("code") or _text(element, "code")).strip() or None,
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
        persons=_persons(element),
        recorded=_recorded(element),
    )


def _persons(event: Element) -> tuple[str, ...]:
    # <persons><person> as frab writes; <person> straight under <event> as some generators do.
    found = [*event.iterfind("persons/person"), *event.iterfind("person")]
    return tuple(_person_name(p) for p in found)


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
