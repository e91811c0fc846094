"""Cleaning foreign schedule data at the boundary, shared by every reader.

Published schedules carry HTML (sometimes escaped twice), durations in several spellings,
free-form names and loose time zones. These helpers turn them into the plain text, timedeltas,
slugs and aware UTC datetimes that the core expects. They never guess silently: what cannot be
understood raises ``ValueError`` (or ``FormatError`` where a file and line are known).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, tzinfo
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.formats.errors import FormatError

__all__ = [
    "clean_line",
    "decode_text",
    "html_to_text",
    "parse_datetime",
    "parse_duration",
    "slugify",
    "to_utc",
    "zone_from_name",
    "zone_name_for_offsets",
]

_BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "header", "footer", "main", "aside", "blockquote", "pre"}
    | {"ul", "ol", "dl", "table", "tr", "hr", "figure", "figcaption", "address", "details"}
    | {"summary", "h1", "h2", "h3", "h4", "h5", "h6"}
)
_LINE_TAGS = frozenset({"br", "li", "dt", "dd", "td", "th"})
_SKIPPED_TAGS = frozenset({"script", "style", "head", "title", "template"})
# Only tags HTML really has count as markup: "<3", "a < b" or "List<T>" in plain text must not.
_HTML_TAGS = (
    r"(?:a|abbr|b|blockquote|br|code|dd|del|div|dl|dt|em|h[1-6]|hr|i|img|ins|kbd|li|ol|p|pre|"
    r"q|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|tt|u|ul)"
)
_MARKUP = re.compile(rf"</?{_HTML_TAGS}(?:\s[^<>]*)?/?>", re.IGNORECASE)
_ESCAPED_MARKUP = re.compile(rf"&lt;/?{_HTML_TAGS}(?:\s[^<>]*?)?/?&gt;", re.IGNORECASE)
_WHITESPACE = re.compile(r"\s+")
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLANK_RUNS = re.compile(r"\n{3,}")


class _TextCollector(HTMLParser):
    """Collects the visible text of an HTML fragment, keeping paragraphs as blank lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._pre = 0
        self._links: list[tuple[str | None, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip += 1
        elif tag == "pre":
            self._pre += 1
        if tag == "a":
            self._links.append((dict(attrs).get("href"), len(self.parts)))
        self._break_for(tag, opening=True)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag == "pre":
            self._pre = max(0, self._pre - 1)
        elif tag == "a" and self._links:
            self._add_link_target(*self._links.pop())
        self._break_for(tag, opening=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._break_for(tag, opening=True)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._pre:
            self.parts.append(data)
        else:
            self.parts.append(_WHITESPACE.sub(" ", data))

    def _break_for(self, tag: str, *, opening: bool) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
        elif tag == "br" or (tag in _LINE_TAGS and opening):
            self.parts.append("\n")
        if tag == "li" and opening:
            self.parts.append("• ")

    def _add_link_target(self, href: str | None, first_part: int) -> None:
        # Keep the address of a link whose text hides it: a reader of plain text cannot click.
        if not href or not href.startswith(("http://", "https://")):
            return
        shown = "".join(self.parts[first_part:])
        if href.rstrip("/") not in shown:
            self.parts.append(f" ({href})")


def html_to_text(text: str | None) -> str:
    """Plain text from an HTML or plain-text field: tags gone, entities decoded, paragraphs
    kept as blank lines. Escaped markup (``&lt;p&gt;``, as some exports double-escape) is
    unescaped first; text without markup keeps its own line breaks."""
    if not text:
        return ""
    if "<" not in text and "&" not in text:  # plain text, as most schedules' texts are
        return text.strip() if _tidy(text) else _tidy_paragraphs(text)
    if _ESCAPED_MARKUP.search(text) and not _MARKUP.search(text):
        text = html.unescape(text)
    if _MARKUP.search(text):
        collector = _TextCollector()
        collector.feed(text)
        collector.close()
        text = "".join(collector.parts)
    else:
        text = html.unescape(text)
    return _tidy_paragraphs(text)


def _tidy(text: str) -> bool:
    """Whether _tidy_paragraphs would only trim the text's ends: no control characters, no
    space but " " and line feeds, no run of spaces, none beside a line feed, no 3 line feeds."""
    if "  " in text or "\n " in text or " \n" in text or "\n\n\n" in text:
        return False
    return text.replace("\n", "").isprintable()


def _tidy_paragraphs(text: str) -> str:
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def clean_line(text: str | None) -> str:
    """A one-line field (title, room, name): whitespace collapsed, control characters gone."""
    if not text:
        return ""
    if text.isprintable():  # no control character (nor any space but " ") to take out
        return " ".join(text.split())
    return " ".join(_CONTROL.sub("", text).split())


_ISO_DURATION = re.compile(
    r"P(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
    r"(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?"
)


def parse_duration(text: str | None) -> timedelta | None:
    """A duration as schedules write it, or None when the field is empty.

    Accepts "H:MM" and "HH:MM" (frab), "HH:MM:SS" (pentabarf's timeslot), "D:HH:MM:SS",
    ISO 8601 ("PT1H30M", "P1D") and a bare number of minutes. Anything else is a ValueError.
    """
    value = (text or "").strip()
    if not value:
        return None
    if value.isdigit():
        return timedelta(minutes=int(value))
    if value[:1] in "Pp":
        return _iso_duration(value.upper())
    return _clock_duration(value)


def _clock_duration(value: str) -> timedelta:
    parts = value.split(":")
    if not 2 <= len(parts) <= 4 or not all(p.isdigit() for p in parts):
        raise ValueError(f"not a duration: {value!r}")
    numbers = [int(p) for p in parts]
    if len(numbers) == 2:
        numbers.append(0)  # "H:MM" has no seconds
    if len(numbers) == 3:
        numbers.insert(0, 0)
    days, hours, minutes, seconds = numbers
    if minutes >= 60 or seconds >= 60:
        raise ValueError(f"not a duration: {value!r}")
    return timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)


def _iso_duration(value: str) -> timedelta:
    match = _ISO_DURATION.fullmatch(value)
    if not match or value in ("P", "PT") or value.endswith("T"):
        raise ValueError(f"not a duration: {value!r}")
    fields = {name: float(amount) for name, amount in match.groupdict().items() if amount}
    return timedelta(**fields)


def slugify(text: str | None) -> str:
    """Lowercase ASCII letters, digits and single dashes: "rC3 Channels" -> "rc3-channels".

    Accents are folded ("Université" -> "universite"); text with no Latin letters or digits
    at all (a CJK title) gives "", so callers must have a fallback.
    """
    folded = unicodedata.normalize("NFKD", text or "")
    ascii_only = folded.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")


def decode_text(path: str | Path, data: bytes) -> str:
    """UTF-8 bytes as text (a leading byte-order mark dropped); invalid UTF-8 is a FormatError
    naming the line of the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise FormatError(path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x})", line) from None


def parse_datetime(text: str) -> datetime:
    """An ISO 8601 date-time, aware ("+01:00", "Z") or naive; ValueError when it is not one."""
    value = text.strip()
    if not value:
        raise ValueError("empty date-time")
    return datetime.fromisoformat(value)


def zone_from_name(name: str | None) -> ZoneInfo | None:
    """The IANA zone of that name, or None when the name is empty or not a known zone."""
    candidate = (name or "").strip()
    if not candidate or candidate.startswith(("/", ".")) or ".." in candidate:
        return None
    try:
        return ZoneInfo(candidate)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def zone_name_for_offsets(offsets: Iterable[timedelta | None]) -> str:
    """An IANA zone name standing for the UTC offsets a file shows when it names no zone.

    One offset in whole hours gives an "Etc/GMT" zone, whose sign is inverted by POSIX
    convention (+01:00 is "Etc/GMT-1"). Mixed offsets (a schedule across a DST change) use
    the most frequent one. No offsets at all, or one Etc/GMT cannot express, gives "UTC".
    """
    counts = Counter(o for o in offsets if o is not None)
    if not counts:
        return "UTC"
    offset = counts.most_common(1)[0][0]
    hours, remainder = divmod(offset.total_seconds(), 3600)
    if remainder or not -12 <= hours <= 14:
        return "UTC"
    if hours == 0:
        return "UTC"
    return f"Etc/GMT{-int(hours):+d}"


def to_utc(moment: datetime, zone: tzinfo) -> datetime:
    """An aware UTC datetime: an aware one is converted, a naive one is read in ``zone``."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC)
