"""xCal: iCalendar written as XML, as frab and Pentabarf export it (``schedule.xcal``).

Two shapes are read. frab's and Pentabarf's (the one Giggity reads): ``<iCalendar><vcalendar>``
with each property a plain element, ``<dtstart>20191227T110000</dtstart>`` in the conference's
local time with no zone at all, the speakers as ``<attendee>`` text, and ``pentabarf:title``
beside the summary. And RFC 6321's: ``<icalendar><vcalendar><properties>...<components>``
with typed values (``<date-time>``) and parameters (``<tzid>``).

Both are turned into an iCalendar calendar and read by the iCalendar reader, so that zones,
recurrence, runs and speakers follow the same rules in both syntaxes. The XML is parsed with
defusedxml (``frab_xml.parse_xml``). frab's xCal names no zone: its times stay unconfirmed
until the zone is known (``--timezone``, or an earlier import of the same conference).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from xml.etree.ElementTree import Element

from planner.core.model import Catalog
from planner.formats.cleaning import clean_line
from planner.formats.errors import FormatError
from planner.formats.frab_xml import parse_xml, root_element_name
from planner.formats.ics_import import READER as ICS_READER
from planner.formats.registry import ReadOptions

__all__ = ["READER", "XcalReader"]

_VALUE_TYPES = ("date-time", "date", "text", "uri", "cal-address", "duration", "integer")
_COPIED = (
    *("uid", "dtstart", "dtend", "duration", "location", "url", "description", "status"),
    *("rrule", "rdate", "exdate", "recurrence-id", "categories"),
)
_TEXT = frozenset({"location", "description", "categories"})
_ISO_STAMP = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d))?)?(Z?)$")
_CLOCK = re.compile(r"^(\d{2})(\d{2})(\d{2})?$")


class XcalReader:
    """Reads frab/Pentabarf ``.xcal`` exports and RFC 6321 xCal files."""

    name = "xcal"
    description = "frab/Pentabarf xCal (.xcal)"
    extensions = (".xcal", ".xml")

    def sniff(self, head: bytes) -> bool:
        return (root_element_name(head) or "").lower() == "icalendar"

    def read(self, path: Path, data: bytes, options: ReadOptions) -> Catalog:
        root = parse_xml(path, data)
        ics = "".join(f"{line}\r\n" for line in _calendar_lines(path, root)).encode("utf-8")
        try:
            catalog = ICS_READER.read(path, ics, options)
        except FormatError as exc:
            # The iCalendar lines are ours, not the file's: name the file, not a line.
            raise FormatError(path, exc.reason) from None
        source = (f"xCal file {path.name}",)
        sessions = tuple(replace(s, sources=source) for s in catalog.sessions)
        return replace(catalog, sessions=sessions)


READER = XcalReader()


def _calendar_lines(path: Path, root: Element) -> Iterator[str]:
    vcalendar = next(root.iter("vcalendar"), None)
    if vcalendar is None:
        raise FormatError(path, "no <vcalendar> element in the xCal file")
    yield "BEGIN:VCALENDAR"
    yield "VERSION:2.0"
    yield f"PRODID:{_line(_value(_child(vcalendar, 'prodid')) or '-//xCal//EN')}"
    for name in ("x-wr-calname", "x-wr-caldesc", "x-wr-timezone"):
        if text := _value(_child(vcalendar, name)):
            yield f"{name.upper()}:{_escaped(text)}"
    events = list(vcalendar.iter("vevent"))
    if not events:
        raise FormatError(path, "no sessions found: no <vevent> in the xCal file")
    for vevent in events:
        yield from _event_lines(vevent)
    yield "END:VCALENDAR"


def _child(parent: Element, name: str) -> Element | None:
    for element in _properties(parent):
        if element.tag == name:
            return element
    return None


def _properties(component: Element) -> Iterator[Element]:
    """A component's property elements: its own children, or those of RFC 6321's <properties>."""
    for child in component:
        if child.tag == "properties":
            yield from child
        elif child.tag not in ("components", "vevent", "vtimezone", "valarm"):
            yield child


def _value(element: Element | None) -> str:
    """A property's text: its own (frab), or its typed value element's (RFC 6321)."""
    if element is None:
        return ""
    for typed in element:
        if typed.tag in _VALUE_TYPES:
            return (typed.text or "").strip()
    return "".join(element.itertext()).strip()


def _tzid(element: Element) -> str:
    for parameters in element.iterfind("parameters"):
        for tzid in parameters.iterfind("tzid"):
            return _line("".join(tzid.itertext())).replace('"', "")
    return ""


def _event_lines(vevent: Element) -> Iterator[str]:
    props = {element.tag: element for element in reversed(list(_properties(vevent)))}
    yield "BEGIN:VEVENT"
    yield f"SUMMARY:{_escaped(_title(props))}"
    for name in _COPIED:
        if name in props and (text := _value(props[name])):
            tzid = _tzid(props[name])
            parameter = f';TZID="{tzid}"' if tzid else ""
            value = _escaped(text) if name in _TEXT else _line(_ical_value(name, text))
            yield f"{name.upper()}{parameter}:{value}"
    for element in _properties(vevent):
        if element.tag == "attendee" and (name := clean_line(_value(element)).replace('"', "")):
            # frab writes the speaker's public name as the attendee itself; the iCalendar
            # reader takes speakers from CN.
            yield f'ATTENDEE;CN="{name}":invalid:nomail'
    yield "END:VEVENT"


def _title(props: dict[str, Element]) -> str:
    title = _value(props.get("title")) or _value(props.get("summary"))
    subtitle = _value(props.get("subtitle"))
    if props.get("title") is not None and subtitle:
        return f"{title}: {subtitle}" if ":" not in title else f"{title} — {subtitle}"
    return title


def _ical_value(name: str, text: str) -> str:
    if name in ("dtstart", "dtend", "recurrence-id", "rdate", "exdate"):
        match = _ISO_STAMP.match(text)
        if match:
            year, month, day, hour, minute, second, zulu = match.groups()
            if hour is None:
                return f"{year}{month}{day}"
            return f"{year}{month}{day}T{hour}{minute}{second or '00'}{zulu}"
    if name == "duration" and (clock := _CLOCK.match(text)):
        # Pentabarf writes a duration as its time slots, "003000" (HHMMSS) or "0030".
        hours, minutes, seconds = clock.groups()
        return f"PT{int(hours)}H{int(minutes)}M{int(seconds or 0)}S"
    return text


def _line(text: str) -> str:
    return " ".join(text.split())


def _escaped(text: str) -> str:
    """A TEXT value in iCalendar syntax (RFC 5545 3.3.11)."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
