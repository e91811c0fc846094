"""What a VEVENT says about a session beyond its times: text, speakers, track, zone names.

Split from ``ics_import`` so that the reader keeps to the structure of a feed (events,
occurrences, keys, the conference) and the cleaning of each field lives here.
"""

from __future__ import annotations

import re
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from planner.formats.cleaning import clean_line, html_to_text, zone_from_name

__all__ = ["description_text", "first_category", "speakers", "zone_for_tzid"]

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
_BLANK_RUNS = re.compile(r"\n{3,}")
_BLOCK_MARKUP = re.compile(r"<(?:p|br|div|ul|ol|li|h[1-6]|table|pre|blockquote)\b", re.IGNORECASE)
_NOT_PEOPLE = frozenset({"ROOM", "RESOURCE", "UNKNOWN"})


class _Event(Protocol):
    """A VEVENT being read (``ics_import._Source``)."""

    @property
    def component(self) -> Any: ...

    @property
    def calendar_name(self) -> str: ...

    def get(self, name: str) -> Any: ...


def zone_for_tzid(tzid: object) -> ZoneInfo | None:
    """The IANA zone a TZID stands for: its own name, or the IANA zone of a Windows name."""
    name = tzid.strip().strip('"') if isinstance(tzid, str) else ""
    return zone_from_name(name) or zone_from_name(WINDOWS_TO_OLSON.get(name))


def description_text(raw: str) -> str:
    """Plain text of a DESCRIPTION: HTML converted, Markdown and plain text left as they are.

    Without block tags, the newlines are a description's only paragraph marks, so each line is
    cleaned on its own: Kielux's "<i>die</i>" goes while its paragraphs stay, and a line with
    no markup at all ("git newbranch <branch-name>") is kept as written.
    """
    if "\n" not in raw or _BLOCK_MARKUP.search(raw):
        return html_to_text(raw)
    lines = (html_to_text(line) for line in raw.replace("\r\n", "\n").split("\n"))
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def first_category(value: Any) -> str | None:
    for item in value if isinstance(value, list) else [value]:
        for category in getattr(item, "cats", ()):
            name = clean_line(str(category))
            if name:
                return name
    return None


def speakers(source: _Event, summary: str) -> tuple[str, ...]:
    """Speakers, where the feed names them.

    The names (CN) of the ORGANIZER (unless it is the calendar itself) and of the ATTENDEEs
    that are people taking part (not rooms or resources, not NON-PARTICIPANT); else a first
    description line "Speaker: A" or "Speakers: A, B" (pretalx, linux.conf.au).
    """
    people = [source.get("ORGANIZER"), *_all(source.component.get("ATTENDEE"))]
    names = [_person_name(p, source.calendar_name) for p in people if p is not None]
    if any(names):
        return tuple(dict.fromkeys(n for n in names if n))
    match = _SPEAKER_LINE.match(summary)
    if not match:
        return ()
    return tuple(dict.fromkeys(n for n in (clean_line(p) for p in match[1].split(",")) if n))


def _all(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _person_name(prop: Any, calendar_name: str) -> str:
    params = getattr(prop, "params", {})
    if str(params.get("CUTYPE", "")).upper() in _NOT_PEOPLE:
        return ""
    if str(params.get("ROLE", "")).upper() == "NON-PARTICIPANT":
        return ""
    name = clean_line(str(params.get("CN", "")))
    return "" if name.casefold() == calendar_name.casefold() else name
