"""Reader for the schedule facts of the bundled GTC 2025 catalog (data/gtc2025/schedule.yaml).

The seed summaries carry titles and summaries but no times. This hand-checked YAML adds, per
session code, the time, room, delivery, speakers and catalog URL, each with the id of the
source that vouches for it. A day that no source gives is marked ``assumed`` and explained, so
that it can never be shown as a fact. Every bad input raises FormatError naming the file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from planner.core.model import Conference, TimeStatus
from planner.formats.errors import FormatError

FORMAT_NAME = "planner-gtc-schedule"
FORMAT_VERSION = 1
DELIVERIES = frozenset({"in-person", "simulive"})

_TOP_KEYS = ("format", "version", "conference", "sources", "sessions")
_CONFERENCE_KEYS = ("id", "title", "timezone", "first_day", "last_day", "url", "venue")
_SESSION_KEYS = (
    "code",
    "seed_title",
    "catalog_title",
    "start",
    "end",
    "time_status",
    "time_source",
    "time_note",
    "room",
    "room_source",
    "delivery",
    "recorded",
    "speakers",
    "speakers_source",
    "url",
    "url_source",
)
# Each fact that names its source: (label shown to the user, key of the source id).
_SOURCED_FIELDS = (
    ("time", "time_source"),
    ("room", "room_source"),
    ("speakers", "speakers_source"),
    ("url", "url_source"),
)


@dataclass(frozen=True, slots=True)
class ScheduleFact:
    """What is known about one session's time and place, and who vouches for it."""

    code: str
    seed_title: str
    catalog_title: str
    start: datetime | None
    end: datetime | None
    time_status: TimeStatus
    time_note: str
    room: str | None
    delivery: str
    recorded: bool
    speakers: tuple[str, ...]
    url: str | None
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ScheduleFacts:
    """The conference and the schedule facts of its sessions, in file order."""

    conference: Conference
    venue: str | None
    sessions: tuple[ScheduleFact, ...]

    def by_code(self) -> dict[str, ScheduleFact]:
        return {fact.code: fact for fact in self.sessions}


@dataclass(frozen=True, slots=True)
class _Where:
    """Where in the file a problem lies, so that every error names the file and the entry."""

    path: Path
    line: int | None = None
    label: str = ""

    def error(self, message: str) -> FormatError:
        text = f"{self.label}: {message}" if self.label else message
        return FormatError(self.path, text, self.line)


def read_schedule_facts(path: Path) -> ScheduleFacts:
    """Read and validate a schedule-facts YAML file; times come out in UTC."""
    text = _read_text(path)
    document, session_lines = _parse_yaml(path, text)
    # The format name first, so that some other YAML file is named as such, not as incomplete.
    _check_format(_mapping(document, ("format", "version"), _Where(path), "the file"), path)
    top = _mapping(document, _TOP_KEYS, _Where(path), "the file")
    conference, venue = _read_conference(top["conference"], path)
    sources = _read_sources(top["sources"], path)
    sessions = _read_sessions(top["sessions"], sources, session_lines, path)
    return ScheduleFacts(conference=conference, venue=venue, sessions=sessions)


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FormatError(path, f"cannot be read: {exc.strerror or exc}") from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise FormatError(path, "is not valid UTF-8 text", line) from exc


def _parse_yaml(path: Path, text: str) -> tuple[Any, list[int]]:
    """The document, plus the line of each session entry (for error messages)."""
    try:
        document = yaml.safe_load(text)
        # compose builds nodes only (no objects), so it is as safe as safe_load.
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise _yaml_error(path, exc) from exc
    except ValueError as exc:
        # A well-formed but impossible value, such as the date 2025-03-32, fails in the constructor.
        raise FormatError(path, f"a value cannot be read: {exc}") from exc
    except RecursionError as exc:
        raise FormatError(path, "is nested too deeply to be a schedule") from exc
    if root is not None:
        _reject_duplicate_keys(path, root, set())
    return document, _session_lines(root)


def _yaml_error(path: Path, exc: yaml.YAMLError) -> FormatError:
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        detail = " ".join(part for part in (exc.context, exc.problem) if part)
        return FormatError(path, f"not valid YAML: {detail}", mark.line + 1 if mark else None)
    return FormatError(path, f"not valid YAML: {' '.join(str(exc).split())}")


def _reject_duplicate_keys(path: Path, node: yaml.Node, visited: set[int]) -> None:
    # PyYAML silently keeps the last of two equal keys; in a hand-written file that hides a typo.
    if id(node) in visited:  # an alias seen before, perhaps one that contains itself
        return
    visited.add(id(node))
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    line = key.start_mark.line + 1
                    raise FormatError(path, f"the key {key.value!r} appears twice", line)
                seen.add(key.value)
            _reject_duplicate_keys(path, value, visited)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _reject_duplicate_keys(path, item, visited)


def _session_lines(root: yaml.Node | None) -> list[int]:
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if key.value == "sessions" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _mapping(value: Any, keys: Sequence[str], where: _Where, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise where.error(f"{what} must be a mapping of keys to values")
    missing = [key for key in keys if key not in value]
    if missing:
        raise where.error(f"{what} lacks the key(s) {', '.join(missing)}")
    return value


def _check_format(top: Mapping[str, Any], path: Path) -> None:
    if top["format"] != FORMAT_NAME:
        raise FormatError(path, f"format is {top['format']!r}, expected {FORMAT_NAME!r}")
    version = top["version"]
    # bool is an int in Python, and `version: true` is not version 1.
    if type(version) is not int or version != FORMAT_VERSION:
        raise FormatError(path, f"version {version!r} is not supported (only {FORMAT_VERSION})")


def _read_conference(value: Any, path: Path) -> tuple[Conference, str | None]:
    where = _Where(path, label="conference")
    data = _mapping(value, _CONFERENCE_KEYS, where, "the section")
    first_day = _day(data["first_day"], "first_day", where)
    last_day = _day(data["last_day"], "last_day", where)
    if first_day > last_day:
        raise where.error(f"last_day {last_day} is before first_day {first_day}")
    conference = Conference(
        id=_text(data["id"], "id", where),
        title=_text(data["title"], "title", where),
        timezone=_zone_name(data["timezone"], where),
        first_day=first_day,
        last_day=last_day,
        url=_optional_text(data["url"], "url", where),
    )
    return conference, _optional_text(data["venue"], "venue", where)


def _zone_name(value: Any, where: _Where) -> str:
    name = _text(value, "timezone", where)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise where.error(f"timezone {name!r} is not a known IANA time zone") from exc
    return name


def _read_sources(value: Any, path: Path) -> dict[str, str]:
    where = _Where(path, label="sources")
    data = _mapping(value, (), where, "the section")
    sources = {str(key): _text(text, str(key), where) for key, text in data.items()}
    if not sources:
        raise where.error("no source is described")
    return sources


def _read_sessions(
    value: Any, sources: Mapping[str, str], lines: Sequence[int], path: Path
) -> tuple[ScheduleFact, ...]:
    if not isinstance(value, list) or not value:
        raise FormatError(path, "sessions must be a non-empty list")
    facts: list[ScheduleFact] = []
    for index, entry in enumerate(value):
        where = _session_where(path, entry, index, lines)
        facts.append(_read_session(entry, sources, where))
    _reject_duplicate_codes(facts, path)
    _reject_room_overlaps(facts, path)
    return tuple(facts)


def _session_where(path: Path, entry: Any, index: int, lines: Sequence[int]) -> _Where:
    code = entry.get("code") if isinstance(entry, Mapping) else None
    label = f"session {code}" if isinstance(code, str) and code else f"session #{index + 1}"
    return _Where(path, lines[index] if index < len(lines) else None, label)


def _read_session(entry: Any, sources: Mapping[str, str], where: _Where) -> ScheduleFact:
    data = _mapping(entry, _SESSION_KEYS, where, "the entry")
    start, end = _interval(data, where)
    status = _time_status(data["time_status"], start, where)
    return ScheduleFact(
        code=_text(data["code"], "code", where),
        seed_title=_text(data["seed_title"], "seed_title", where),
        catalog_title=_text(data["catalog_title"], "catalog_title", where),
        start=start,
        end=end,
        time_status=status,
        time_note=_note(data["time_note"], status, where),
        room=_optional_text(data["room"], "room", where),
        delivery=_delivery(data["delivery"], where),
        recorded=_flag(data["recorded"], "recorded", where),
        speakers=_speakers(data["speakers"], where),
        url=_optional_text(data["url"], "url", where),
        sources=_fact_sources(data, sources, where),
    )


def _interval(data: Mapping[str, Any], where: _Where) -> tuple[datetime | None, datetime | None]:
    start = _instant(data["start"], "start", where)
    end = _instant(data["end"], "end", where)
    if (start is None) != (end is None):
        raise where.error("start and end must both be given or both be null")
    if start is not None and end is not None and end < start:
        raise where.error(f"ends ({data['end']}) before it starts ({data['start']})")
    return start, end


def _instant(value: Any, field: str, where: _Where) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError as exc:
            raise where.error(f"{field} {value!r} is not an ISO 8601 date and time") from exc
    if not isinstance(value, datetime):
        raise where.error(f"{field} {value!r} must be a date and time")
    if value.utcoffset() is None:
        raise where.error(f"{field} {value.isoformat()} has no UTC offset (write e.g. -07:00)")
    return value.astimezone(UTC)


def _time_status(value: Any, start: datetime | None, where: _Where) -> TimeStatus:
    allowed = [status.value for status in TimeStatus]
    if value not in allowed:
        raise where.error(f"time_status {value!r} is not one of {', '.join(allowed)}")
    status = TimeStatus(value)
    if (start is None) != (status is TimeStatus.UNSCHEDULED):
        timing = "no time" if start is None else "a time"
        raise where.error(f"time_status {status.value} does not fit a session with {timing}")
    return status


def _note(value: Any, status: TimeStatus, where: _Where) -> str:
    note = "" if value is None else _text(value, "time_note", where, allow_empty=True)
    # A guessed or missing time must tell the user why, or it would read as a fact.
    if status is not TimeStatus.CONFIRMED and not note.strip():
        raise where.error(f"an {status.value} time needs a time_note saying why")
    return note


def _delivery(value: Any, where: _Where) -> str:
    if not isinstance(value, str) or value not in DELIVERIES:
        raise where.error(f"delivery {value!r} is not one of {', '.join(sorted(DELIVERIES))}")
    return str(value)


def _speakers(value: Any, where: _Where) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise where.error("speakers must be a list of names")
    return tuple(_text(name, "speaker", where) for name in value)


def _fact_sources(
    data: Mapping[str, Any], sources: Mapping[str, str], where: _Where
) -> tuple[str, ...]:
    described: list[str] = []
    for label, key in _SOURCED_FIELDS:
        source_id = data[key]
        if source_id is None:
            continue
        if not isinstance(source_id, str) or source_id not in sources:
            raise where.error(f"{key} {source_id!r} is not one of the listed sources")
        described.append(f"{label}: {sources[source_id]}")
    return tuple(described)


def _reject_duplicate_codes(facts: Sequence[ScheduleFact], path: Path) -> None:
    seen: set[str] = set()
    for fact in facts:
        if fact.code in seen:
            raise FormatError(path, f"session {fact.code} appears more than once")
        seen.add(fact.code)


def _reject_room_overlaps(facts: Sequence[ScheduleFact], path: Path) -> None:
    """One room holds one session at a time; a clash means a wrong day or time.

    Sorted by room and start, any overlap shows up between neighbours: if a session overlaps
    a later one, it also overlaps the one right after it.
    """
    booked = sorted(
        (f.room, f.start, f.end, f.code)
        for f in facts
        if f.room is not None and f.start is not None and f.end is not None
    )
    for (room, _, end, code), (next_room, next_start, _, next_code) in pairwise(booked):
        if room == next_room and next_start < end:
            raise FormatError(path, f"sessions {code} and {next_code} overlap in {room}")


def _day(value: Any, field: str, where: _Where) -> date:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError as exc:
            raise where.error(f"{field} {value!r} is not an ISO 8601 date") from exc
    # datetime is a date too, but a day field with a clock time is a mistake.
    if not isinstance(value, date) or isinstance(value, datetime):
        raise where.error(f"{field} {value!r} must be a date such as 2025-03-17")
    return value


def _text(value: Any, field: str, where: _Where, allow_empty: bool = False) -> str:
    if not isinstance(value, str) or (not allow_empty and not value.strip()):
        raise where.error(f"{field} must be non-empty text, not {value!r}")
    return value


def _optional_text(value: Any, field: str, where: _Where) -> str | None:
    return None if value is None else _text(value, field, where)


def _flag(value: Any, field: str, where: _Where) -> bool:
    if not isinstance(value, bool):
        raise where.error(f"{field} must be true or false, not {value!r}")
    return value
