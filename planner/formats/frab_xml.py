"""Pentabarf/frab/pretalx/wafer ``schedule.xml``: the XML syntax of a frab schedule.

This module only translates the XML into the neutral ``FrabSchedule`` of ``frab_model``, whose
``build_catalog`` does the rest (time zones, days, repeated runs, keys, plain text). It also
holds the safe XML parsing that the xCal reader shares.

XML is parsed with defusedxml only (``xml_stream``): entity declarations (billion laughs,
external entities) and external DTDs are refused before anything is expanded or fetched. The
parser's handler reads each <event> into a FrabEvent as soon as it ends and drops its elements,
so no tree of the whole file is ever held; ``stream`` goes further and hands each event's
session to the import as the file is read (``frab_stream``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, TreeBuilder

from planner.core.model import Catalog, Conference, Session
from planner.formats.cleaning import clean_line
from planner.formats.errors import FormatError
from planner.formats.frab_model import FrabDay, FrabEvent, FrabSchedule, build_catalog
from planner.formats.frab_stream import FrabStreamBuilder, NotStreamable
from planner.formats.registry import ReadOptions
from planner.formats.xml_stream import XmlChunks, local_name, parse_chunks

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

_DOCTYPE = re.compile(r"<!DOCTYPE(?:[^\[>]|\[.*?\])*>", re.DOTALL | re.IGNORECASE)


class FrabXmlReader:
    """Reads schedule.xml from Pentabarf, frab, pretalx and the FOSDEM and C3VOC tools."""

    name = "frab-xml"
    description = "Pentabarf/frab/pretalx schedule.xml"
    extensions = (".xml",)

    def sniff(self, head: bytes) -> bool:
        return root_element_name(head) == "schedule"

    def read(self, path: Path, data: bytes, options: ReadOptions) -> Catalog:
        collector = _Collector(path)
        parse_chunks(path, [data], collector)
        schedule = collector.schedule()
        return build_catalog(path, schedule, options, self.name, "any <day> of the <schedule>")

    def stream(self, path: Path, chunks: Iterator[bytes], options: ReadOptions) -> FrabXmlStream:
        """The file's sessions as it is read (raises NotStreamable: read it whole instead)."""
        return FrabXmlStream(path, chunks, options, self.name)


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
    tree = _TreeHandler()
    parse_chunks(path, [data], tree)
    root: Element = tree.builder.close()
    return root


class _TreeHandler:
    """The whole tree, for the readers that need it (xCal); tags without namespaces."""

    def __init__(self) -> None:
        self.builder = TreeBuilder()
        self.data = self.builder.data

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        self.builder.start(local_name(tag), attrs)

    def end(self, tag: str) -> None:
        self.builder.end(local_name(tag))


class _Collector:
    """The parser's handler: the schedule's parts as they end, each <event> as a FrabEvent.

    Only what ``FrabSchedule`` needs is kept: the first <conference>, the <tracks>, the days and
    the events read so far (the stream takes them away as it goes). An event's elements, and a
    room's and a day's once they end, leave the tree at once. Problems of the schedule itself
    (a day without a date) wait for ``schedule``, so that a syntax error anywhere in the file is
    what the user hears first, as when the whole tree was parsed before anything was read.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._tree = TreeBuilder()
        self.data = self._tree.data
        self._open: list[Element] = []
        self.root_tag: str | None = None
        self.conference: Element | None = None
        self.tracks: list[str] = []
        self.days: list[FrabDay | FormatError] = []
        self.events: list[FrabEvent] = []
        self._day: FrabDay | None = None  # the day being read, if its date is readable
        self._room: str | None = None

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if "}" in tag:  # expat's "uri}local" for a namespaced name
            tag = tag.rpartition("}")[2]
        element = self._tree.start(tag, attrs)
        depth = len(self._open)
        self._open.append(element)
        if depth == 0:
            self.root_tag = tag
        elif depth == 1 and tag == "day":
            try:
                self._day = _day_from_xml(self._path, element)
            except FormatError as exc:
                self._day = None
                self.days.append(exc)
            else:
                self.days.append(self._day)
        elif depth == 2 and tag == "room" and self._open[1].tag == "day":
            self._room = element.get("name")

    def end(self, tag: str) -> None:
        if "}" in tag:
            tag = tag.rpartition("}")[2]
        element = self._tree.end(tag)
        self._open.pop()
        depth = len(self._open)
        if depth > 3 or (depth == 3 and tag != "event"):
            return  # inside an event (most elements are): it is read when the event ends
        parent = self._open[-1] if self._open else None
        if tag == "event" and parent is not None and self._in_day(depth, parent):
            if self._day is not None:
                room = self._room if parent.tag == "room" else None
                self.events.append(_event_from_xml(self._day, element, room))
            parent.remove(element)
        elif parent is None:
            return
        elif depth == 1 and tag == "conference" and self.conference is None:
            self.conference = element
        elif depth == 1 and tag == "day":
            parent.remove(element)
            self._day = None
        elif depth == 2 and tag == "room" and parent.tag == "day":
            parent.remove(element)
            self._room = None
        elif depth == 2 and tag == "track" and parent.tag == "tracks":
            self.tracks.append(clean_line("".join(element.itertext())))

    def _in_day(self, depth: int, parent: Element) -> bool:
        # Pentabarf's oldest exports put events straight under <day>; later ones group them
        # by room.
        if depth == 2:
            return parent.tag == "day"
        return depth == 3 and parent.tag == "room" and self._open[1].tag == "day"

    def header(self) -> FrabSchedule:
        """The schedule's own facts, without days and events."""
        path = self._path
        if self.root_tag != "schedule":
            raise FormatError(path, f"the root element is <{self.root_tag}>, not <schedule>")
        conference = self.conference
        if conference is None:
            raise FormatError(path, "the schedule has no <conference> element")
        for day in self.days:
            if isinstance(day, FormatError):
                raise day
        return FrabSchedule(
            acronym=_text(conference, "acronym"),
            title=_text(conference, "title"),
            url=_text(conference, "base_url") or _text(conference, "url") or None,
            time_zone_name=_text(conference, "time_zone_name"),
            city=_text(conference, "city"),
            day_change=_text(conference, "day_change") or None,
            start=_optional_date(path, _text(conference, "start"), "<conference><start>"),
            end=_optional_date(path, _text(conference, "end"), "<conference><end>"),
        )

    def schedule(self) -> FrabSchedule:
        """The whole schedule, once the parser has read the whole file."""
        days = tuple(day for day in self.days if isinstance(day, FrabDay))
        return replace(self.header(), days=days, tracks=tuple(self.tracks),
                       events=tuple(self.events))  # fmt: skip


class FrabXmlStream:
    """A schedule.xml read as it streams in (``catalog_import.CatalogSource``).

    Reads as far as the first <day> at once, to know the conference; raises NotStreamable
    when the file must be read whole (its header comes late or names no zone, or anything
    the whole reading would refuse or settle otherwise).
    """

    def __init__(
        self, path: Path, chunks: Iterator[bytes], options: ReadOptions, reader_name: str
    ) -> None:
        self._chunks = chunks
        self._collector = _Collector(path)
        self._parser = XmlChunks(path, self._collector)
        while not self._collector.days:
            chunk = next(chunks, None)
            if chunk is None:
                raise NotStreamable("no <day> in the file")
            self._parser.feed(chunk)
        try:
            header = self._collector.header()
        except FormatError as exc:
            raise NotStreamable(str(exc)) from None
        self._builder = FrabStreamBuilder(path, header, options, reader_name)
        self.conference: Conference = self._builder.conference
        self.expected = 0  # set by the caller, who may count the events beforehand

    def sessions(self) -> Iterator[tuple[Session, Any]]:
        collector, builder = self._collector, self._builder
        added = 0
        while True:
            if any(isinstance(day, FormatError) for day in collector.days[added:]):
                raise NotStreamable("a day has no readable date")
            builder.add_days([d for d in collector.days[added:] if isinstance(d, FrabDay)])
            added = len(collector.days)
            events, collector.events = collector.events, []
            for event in events:
                yield builder.add(event)
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            self._parser.feed(chunk)
        self._parser.close()
        for event in collector.events:
            yield builder.add(event)
        collector.events = []

    def finish(self) -> tuple[Conference, tuple[str, ...], tuple[str, ...]]:
        return self._builder.finish(tuple(self._collector.tracks))


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


def _event_from_xml(day: FrabDay, element: Element, room: str | None) -> FrabEvent:
    # The first child of each name, as findtext() finds it, looked up once for all fields.
    first: dict[str, Element] = {}
    for child in element:
        first.setdefault(child.tag, child)

    def text(name: str) -> str:
        found = first.get(name)
        return (found.text or "").strip() if found is not None else ""

    def raw(name: str) -> str:
        found = first.get(name)
        return (found.text or "") if found is not None else ""

    return FrabEvent(
        day=day.day,
        title=text("title"),
        id=(element.get("id") or "").strip() or None,
        guid=(element.get("guid") or text("guid")).strip() or None,
        code=(element.get("code") or text("code")).strip() or None,
        subtitle=text("subtitle"),
        date_time=text("date") or None,
        start=text("start") or None,
        duration=text("duration") or None,
        end=text("end") or None,
        room=(room or "").strip() or text("room") or None,
        track=text("track") or None,
        slug=text("slug") or None,
        url=text("url") or None,
        language=text("language") or None,
        abstract=raw("abstract"),
        description=raw("description"),
        persons=_persons(element),
        recorded=_recorded(first.get("recording")),
    )


def _persons(event: Element) -> tuple[str, ...]:
    # <persons><person> as frab writes; <person> straight under <event> as some generators do.
    # (What iterfind("persons/person") then iterfind("person") give, without ElementPath.)
    found = [p for group in event if group.tag == "persons" for p in group if p.tag == "person"]
    found += [child for child in event if child.tag == "person"]
    return tuple(_person_name(p) for p in found)


def _person_name(element: Element) -> str:
    return _text(element, "name") or clean_line("".join(element.itertext()))


def _recorded(recording: Element | None) -> bool:
    """frab says <recording><optout>false</optout>: recorded unless the speakers opted out."""
    if recording is None:
        return False
    return _text(recording, "optout").lower() == "false"


def _text(element: Element, child: str) -> str:
    return (element.findtext(child) or "").strip()
