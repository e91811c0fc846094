"""Reader for the NVIDIA GTC 2025 session catalog as CSV (a public scrape of the official catalog).

Two layouts are understood: the full scrape (one row per speaker, so several rows per session)
and the excerpt of relevant rows (record_no, code, title, date_time, location, url). Rows are
merged into one session per code, the code being the bracketed tail of the title ("[S72484]").

The catalog gives a time of day ("10:00 AM - 12:00 PM PDT") but no date. Without a date from the
caller every session is unscheduled, its catalog time kept in the note; with ``ReadOptions.date``
each one is placed on that day in America/Los_Angeles and marked ``assumed``, never confirmed. A
time field that holds other text (the scrape shifted some columns) leaves the session unscheduled.
Tracks are not in the catalog: the code's prefix gives the kind of session (talk, poster, lab...).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from planner.core.model import Catalog, Conference, Session, TimeStatus, session_key
from planner.formats.cleaning import clean_line, decode_text, html_to_text
from planner.formats.errors import FormatError
from planner.formats.registry import ReadOptions

CONFERENCE_ID = "gtc2025-catalog"
CONFERENCE_TITLE = "NVIDIA GTC 2025 (session catalog)"
ZONE_NAME = "America/Los_Angeles"
FIRST_DAY = date(2025, 3, 17)
LAST_DAY = date(2025, 3, 21)

FULL_HEADER = (
    "session_code",
    "title",
    "url",
    "abstract",
    "date_time",
    "location",
    "files",
    "replay_url",
    "speaker_name",
    "speaker_title_org",
)
EXCERPT_HEADER = ("record_no", "code", "title", "date_time", "location", "url")

# The kind of session each code prefix stands for (gtc/FACTS.md and the catalog's own titles).
# D and DD are left without a track: the catalog does not say what they stand for.
TRACK_BY_PREFIX = {
    "S": "Talks and panels",
    "P": "Posters",
    "CWE": "Connect with the Experts",
    "EXS": "Sponsor talks",
    "DLIT": "Training labs",
    "DLISP": "Training labs",
    "DLIW": "Full-day workshops",
    "WP": "Watch parties",
    "SE": "Special events",
    "N": "Receptions",
    "C": "Certification",
}

_ZONE = ZoneInfo(ZONE_NAME)
# "[S72484]" at the end of a title; one title in the scrape has a space inside ("[EXS74490 ]").
_TITLE_CODE = re.compile(r"\[\s*([A-Z]{1,5})(\d{4,5})([a-z]?)\s*\]\s*$")
_CODE = re.compile(r"([A-Z]{1,5})(\d{4,5})([a-z]?)")
_CLOCK = r"(\d{1,2}):(\d\d)\s*([AaPp][Mm])"
# "10:00 AM - 12:00 PM PDT". Anything else is scrape damage: C74436's field, "Monday, Mar 17 |
# 9:00 AM - ...", is the first of five exam days copied out of its abstract, not its date.
_TIME_FIELD = re.compile(rf"{_CLOCK}\s*-\s*{_CLOCK}\s*(P[DS]T)")


# ---- Rows --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Row:
    """One CSV record by column name, with the line it starts on."""

    line: int
    fields: dict[str, str]

    def get(self, name: str) -> str:
        return self.fields.get(name, "")


def _records(path: Path, text: str) -> Iterator[tuple[int, list[str]]]:
    """The CSV records, each with the line it starts on; csv errors name that line."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    try:
        for record in reader:
            yield start, record
            start = reader.line_num + 1
    except csv.Error as exc:
        raise FormatError(path, f"not readable as CSV ({exc})", start) from None


def _header(path: Path, record: Sequence[str]) -> tuple[str, ...]:
    names = tuple(name.strip().lower() for name in record)
    if names not in (FULL_HEADER, EXCERPT_HEADER):
        raise FormatError(path, "not the GTC 2025 catalog header", 1)
    return names


def _rows(path: Path, text: str) -> list[_Row]:
    records = _records(path, text)
    first = next(records, None)
    if first is None:
        raise FormatError(path, "the file is empty")
    names = _header(path, first[1])
    rows = []
    for line, record in records:
        if not any(cell.strip() for cell in record):
            continue  # a blank line between records
        if len(record) != len(names):
            message = f"{len(record)} fields where the header has {len(names)}: truncated?"
            raise FormatError(path, message, line)
        rows.append(_Row(line, dict(zip(names, record, strict=True))))
    return rows


def _code_and_title(path: Path, row: _Row) -> tuple[str, str]:
    """The session code (from its column, else the title's tail) and the title without it."""
    title = row.get("title")
    found = _TITLE_CODE.search(title)
    if found:
        title = title[: found.start()]
    column = (row.get("code") or row.get("session_code")).strip()
    if column and not _CODE.fullmatch(column):
        raise FormatError(path, f"{column[:20]!r} is not a session code", row.line)
    code = column or ("".join(found.groups()) if found else "")
    if not code:
        raise FormatError(
            path, "a row with no session code (none in brackets after the title)", row.line
        )
    return code, clean_line(title) or code


# ---- Times -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _CatalogTime:
    """A time of day as the catalog gives it, with no date."""

    start: time
    end: time
    zone_label: str

    def text(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M} {self.zone_label}"


def _clock(hour: str, minute: str, meridiem: str) -> time:
    hours, minutes = int(hour), int(minute)
    if not 1 <= hours <= 12 or minutes > 59:
        raise ValueError(f"not a time of day: {hour}:{minute} {meridiem}")
    return time((hours % 12) + (12 if meridiem.upper() == "PM" else 0), minutes)


def _parse_time_field(text: str) -> _CatalogTime | None:
    """The time field read, or None when it holds something else (or an impossible clock)."""
    match = _TIME_FIELD.fullmatch(text.strip())
    if not match:
        return None
    try:
        return _CatalogTime(_clock(*match.groups()[:3]), _clock(*match.groups()[3:6]), match[7])
    except ValueError:
        return None


def _placed(on: date, catalog: _CatalogTime) -> tuple[datetime, datetime]:
    """Start and end in UTC, read on that day in the conference zone; an end before the start
    runs past midnight (23:30-00:10)."""
    start = datetime.combine(on, catalog.start, _ZONE)
    end = datetime.combine(on, catalog.end, _ZONE)
    if end < start:
        end = datetime.combine(on + timedelta(days=1), catalog.end, _ZONE)
    return start.astimezone(UTC), end.astimezone(UTC)


def _timing(raw: str, options: ReadOptions) -> dict[str, Any]:
    """The Session fields that say when: start, end, day, time_status and time_note."""
    if not raw.strip():
        return {"time_note": "The catalog gives no time."}
    catalog = _parse_time_field(raw)
    if catalog is None:
        return {"time_note": "The catalog's time field holds other text: the time is unknown."}
    if options.date is None:
        return {"time_note": f"Catalog time {catalog.text()}; the date is not published."}
    start, end = _placed(options.date, catalog)
    note = f"Catalog time {catalog.text()}; the date {options.date:%a %d %b %Y} is assumed."
    return {
        "start": start,
        "end": end,
        "day": options.date,
        "time_status": TimeStatus.ASSUMED,
        "time_note": note,
    }


# ---- Sessions ----------------------------------------------------------------------------------


def _group(path: Path, rows: list[_Row]) -> dict[str, tuple[str, list[_Row]]]:
    """Rows by session code, in the order codes first appear, with each session's title."""
    groups: dict[str, tuple[str, list[_Row]]] = {}
    for row in rows:
        code, title = _code_and_title(path, row)
        groups.setdefault(code, (title, []))[1].append(row)
    return groups


def _first(rows: list[_Row], name: str) -> str:
    return next((row.get(name) for row in rows if row.get(name).strip()), "")


def _room(rows: list[_Row]) -> str | None:
    room = clean_line(_first(rows, "location"))
    # The scrape shifted a few titles into the location column ("... [P73599]"): not a room.
    if not room or _TITLE_CODE.search(room):
        return None
    return room


def _speakers(rows: list[_Row]) -> tuple[str, ...]:
    names = (clean_line(row.get("speaker_name")) for row in rows)
    return tuple(dict.fromkeys(name for name in names if name))


def _link(text: str) -> str | None:
    link = text.strip()
    return link if link.startswith(("https://", "http://")) else None


def _track(code: str) -> str | None:
    prefix = _CODE.fullmatch(code)
    return TRACK_BY_PREFIX.get(prefix[1]) if prefix else None


def _session(
    path: Path, conference_id: str, code: str, title: str, rows: list[_Row], options: ReadOptions
) -> Session:
    room = _room(rows)
    simulive = room is not None and "simulive" in room.lower()
    try:
        return Session(
            key=session_key(conference_id, code),
            conference_id=conference_id,
            title=title,
            code=code,
            track=_track(code),
            room=room,
            speakers=_speakers(rows),
            summary=html_to_text(_first(rows, "abstract")),
            url=_link(_first(rows, "url")),
            recorded=simulive or _link(_first(rows, "replay_url")) is not None,
            delivery="simulive" if simulive else "in-person",
            sources=(f"GTC 2025 session catalog ({path.name}, line {rows[0].line})",),
            **_timing(_first(rows, "date_time"), options),
        )
    except ValueError as exc:
        raise FormatError(path, f"session {code}: {exc}", rows[0].line) from None


def _conference(options: ReadOptions) -> Conference:
    return Conference(
        id=options.conference_id or CONFERENCE_ID,
        title=CONFERENCE_TITLE,
        timezone=ZONE_NAME,
        first_day=FIRST_DAY,
        last_day=LAST_DAY,
    )


def _header_line(head: bytes) -> tuple[str, ...]:
    first = head.removeprefix(b"\xef\xbb\xbf").split(b"\n", 1)[0]
    try:
        cells = next(csv.reader([first.decode("utf-8", "replace").rstrip("\r")]), [])
    except csv.Error:
        return ()
    return tuple(cell.strip().lower() for cell in cells)


@dataclass(frozen=True, slots=True)
class GtcCsvReader:
    """The GTC 2025 catalog CSV reader; it claims a file by its header line."""

    name: str = "gtc-csv"
    description: str = "NVIDIA GTC 2025 session catalog (CSV)"
    extensions: tuple[str, ...] = (".csv",)

    def sniff(self, head: bytes) -> bool:
        return _header_line(head) in (FULL_HEADER, EXCERPT_HEADER)

    def read(self, path: Path, data: bytes, options: ReadOptions) -> Catalog:
        rows = _rows(path, decode_text(path, data))
        if not rows:
            raise FormatError(path, "the catalog has a header but no sessions")
        conference = _conference(options)
        sessions = tuple(
            _session(path, conference.id, code, title, group, options)
            for code, (title, group) in _group(path, rows).items()
        )
        return Catalog(conference=conference, sessions=sessions, notes=_notes(sessions, options))


def _notes(sessions: tuple[Session, ...], options: ReadOptions) -> tuple[str, ...]:
    waiting = sum(1 for s in sessions if s.time_note.endswith("the date is not published."))
    if options.date is not None or not waiting:
        return ()
    return (
        f"{waiting} session(s) have a time of day but no date in the catalog: give "
        "--date YYYY-MM-DD to place them on that day (marked assumed)",
    )


READER = GtcCsvReader()
