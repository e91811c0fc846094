"""The shareable agenda file: a user's picks as a small YAML file a colleague can open.

The file names each pick by session key, code, title and start, so that it still finds its
sessions in a catalog loaded on another machine, or in an updated one (see `match_entries`).
It is written for people to read and is read as untrusted input, since it comes from someone
else: only a regular file is opened (a FIFO would block for ever), its size is checked before
reading, YAML is read with the safe loader and no aliases at all (an alias bomb of a few
hundred bytes expands to gigabytes), numbers longer than any agenda needs and dates the planner
cannot show are refused, the nodes are counted, and control characters are stripped from
every text before it reaches a terminal or the database. Every refusal is a FormatError naming
the file and, where there is one, the line.
"""

from __future__ import annotations

import codecs
import os
import re
import reprlib
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Literal, NoReturn
from zoneinfo import ZoneInfo

import yaml

from planner.core.dates import check_instant
from planner.core.model import PRIORITY_MAX, PRIORITY_MIN, PickState, Session
from planner.formats.errors import FormatError

FORMAT_NAME = "conference-planner-agenda"
FORMAT_VERSION = 1
MAX_AGENDA_BYTES = 10 * 1024 * 1024
# About 16 nodes a pick: room for 25,000 picks, far below what would take memory or minutes.
MAX_AGENDA_NODES = 400_000
MAX_DIGITS = 20  # no number in an agenda is longer; int() of a 5,000-digit one even fails
# C0 and C1 control characters and DEL (a terminal obeys them: ESC starts a command), and the
# bidirectional overrides that make text read differently from what it holds.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SHORT = reprlib.Repr()
_SHORT.maxstring = _SHORT.maxother = 60
_SHORT.maxlist = _SHORT.maxdict = 4

_HEADER = (
    "# A Conference Planner agenda: the sessions someone picked, with priority (1-5) and notes.\n"
    "# Open it in Conference Planner, or run: planner import agenda THIS-FILE --preview\n"
)
_EXAMPLE_TIME = "2025-03-18T10:00:00-07:00"
_STATES = ", ".join(state.value for state in PickState)


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    """One pick as the file carries it: enough to find the session again anywhere."""

    key: str
    code: str | None
    title: str
    start: datetime | None  # aware; written as ISO 8601 with offset
    priority: int
    note: str
    state: PickState

    def __post_init__(self) -> None:
        if not PRIORITY_MIN <= self.priority <= PRIORITY_MAX:
            raise ValueError(f"{self.key}: priority must be {PRIORITY_MIN}-{PRIORITY_MAX}")
        if self.start is not None and self.start.utcoffset() is None:
            raise ValueError(f"{self.key}: start must be timezone-aware")


@dataclass(frozen=True, slots=True)
class AgendaFile:
    """A whole agenda file: whose picks, for which conference, saved when."""

    conference_id: str
    conference_title: str
    timezone: str
    saved_at: datetime
    owner: str | None
    entries: tuple[AgendaEntry, ...]


MatchHow = Literal["key", "code", "title", "none"]


@dataclass(frozen=True, slots=True)
class Match:
    """Which session of the catalog an agenda entry stands for, and how that was decided."""

    entry: AgendaEntry
    session_key: str | None
    how: MatchHow


# --- writing -------------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """safe_dump, but with notes of several lines written as readable blocks, and no aliases
    (the reader refuses them)."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_text)


def dump_agenda(agenda: AgendaFile) -> bytes:
    """The agenda as UTF-8 YAML, times in the conference's zone so that people can read them.

    Raises ValueError for an unknown time zone or a naive time (the file could not be read back).
    """
    zone = ZoneInfo(agenda.timezone)
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "conference": {
            "id": agenda.conference_id,
            "title": agenda.conference_title,
            "timezone": agenda.timezone,
        },
        "saved_at": _time_text(agenda.saved_at, zone),
        "owner": agenda.owner,
        "picks": [_entry_document(entry, zone) for entry in agenda.entries],
    }
    text = yaml.dump(document, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return (_HEADER + text).encode("utf-8")


def _entry_document(entry: AgendaEntry, zone: tzinfo) -> dict[str, object]:
    return {
        "key": entry.key,
        "code": entry.code,
        "title": entry.title,
        "start": _time_text(entry.start, zone) if entry.start is not None else None,
        "priority": entry.priority,
        "note": entry.note,
        "state": entry.state.value,
    }


def _time_text(instant: datetime, zone: tzinfo) -> str:
    if instant.utcoffset() is None:
        raise ValueError(f"{instant} has no UTC offset")
    return instant.astimezone(zone).isoformat()


# --- reading: bytes, text, YAML ------------------------------------------------------------------


def load_agenda(path: Path) -> AgendaFile:
    """Read an agenda file, refusing anything but a well-formed one with FormatError.

    A missing file, a folder, a FIFO or a device, and a file that cannot be read are
    FormatErrors too, each one line naming the file.
    """
    path = Path(path)
    text = _read_text(path)
    document, node = _parse(path, text)
    return _agenda(_Fields.of(path, "", document, node))


def _read_text(path: Path) -> str:
    data = _read_bytes(path)
    # Windows editors may start the file with a byte order mark; it is no part of the text.
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        message = f"is not UTF-8 text (byte 0x{data[error.start]:02x}); save it as UTF-8"
        raise FormatError(path, message, line) from None


def _read_bytes(path: Path) -> bytes:
    try:
        _check_regular(path, path.stat().st_mode)  # before opening: a FIFO's open blocks
        # O_NONBLOCK: should a FIFO be put in its place since, opening it does not wait.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise FormatError(path, "no such file") from None
    except OSError as exc:
        raise FormatError(path, f"cannot read it ({exc.strerror or exc})") from None
    with os.fdopen(descriptor, "rb") as stream:
        status = os.fstat(stream.fileno())
        _check_regular(path, status.st_mode)
        _check_size(path, status.st_size)
        try:
            # Bounded even if the file grew since stat.
            data = stream.read(MAX_AGENDA_BYTES + 1)
        except OSError as exc:
            raise FormatError(path, f"cannot read it ({exc.strerror or exc})") from None
    _check_size(path, len(data))
    return data


def _check_regular(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise FormatError(path, "is a folder, not an agenda file")
    if not stat.S_ISREG(mode):
        kind = "a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "not a regular file"
        raise FormatError(path, f"is {kind}, not an agenda file")


def _check_size(path: Path, size: int) -> None:
    if size > MAX_AGENDA_BYTES:
        megabytes = size / (1024 * 1024)
        limit = MAX_AGENDA_BYTES // (1024 * 1024)
        message = f"is {megabytes:.1f} MB; an agenda file is at most {limit} MB"
        raise FormatError(path, message)


def _parse(path: Path, text: str) -> tuple[object, yaml.Node]:
    try:
        return _construct(path, text)
    except yaml.YAMLError as error:
        raise _yaml_error(path, text, error) from None
    except RecursionError:
        raise FormatError(path, "is nested too deeply to be an agenda") from None
    except (ValueError, OverflowError) as error:  # a constructor's own refusal of a value
        why = _one_line(str(error))
        raise FormatError(path, f"holds a value that cannot be read ({why})") from None


class _AgendaLoader(yaml.SafeLoader):
    """The safe loader, refusing aliases and overlong numbers, and counting nodes.

    Refusing aliases outright, at composition, is simpler and safer than bounding their
    expansion: an agenda file never needs one (``dump_agenda`` writes none).
    """

    def __init__(self, path: Path, text: str) -> None:
        super().__init__(text)
        self.path = path
        self.nodes = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            name = _one_line(str(getattr(event, "anchor", "")))[:40]
            raise FormatError(
                self.path,
                f"uses a YAML alias (*{name}); agenda files may not (an alias can expand a "
                "small file into gigabytes)",
                event.start_mark.line + 1,
            )
        self.nodes += 1
        if self.nodes > MAX_AGENDA_NODES:
            line = self.peek_event().start_mark.line + 1
            raise FormatError(self.path, f"holds more than {MAX_AGENDA_NODES:,} values", line)
        return super().compose_node(parent, index)  # type: ignore[arg-type]

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        length = len(str(node.value))
        if length > MAX_DIGITS:
            message = f"holds a number {length:,} characters long; an agenda's numbers are small"
            raise FormatError(self.path, message, node.start_mark.line + 1)
        return super().construct_yaml_int(node)

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> date:
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            message = f"holds a date that does not exist ({_SHORT.repr(node.value)})"
            raise FormatError(self.path, message, node.start_mark.line + 1) from None


_AgendaLoader.add_constructor("tag:yaml.org,2002:int", _AgendaLoader.construct_yaml_int)
_AgendaLoader.add_constructor("tag:yaml.org,2002:timestamp", _AgendaLoader.construct_yaml_timestamp)


def _construct(path: Path, text: str) -> tuple[object, yaml.Node]:
    # Composed first and constructed after, so that the nodes can give each field its line.
    loader = _AgendaLoader(path, text)
    try:
        node = _single_node(path, loader)
        return loader.construct_document(node), node
    finally:
        loader.dispose()


def _single_node(path: Path, loader: yaml.SafeLoader) -> yaml.Node:
    first = loader.get_node() if loader.check_node() else None
    if first is None:
        raise FormatError(path, "is empty; an agenda file lists picks")
    if loader.check_node():
        # The second document's start ("---"), found without reading the rest of it.
        line = loader.peek_event().start_mark.line + 1
        raise FormatError(path, "holds more than one YAML document; an agenda has one", line)
    return first


def _yaml_error(path: Path, text: str, error: yaml.YAMLError) -> FormatError:
    if isinstance(error, yaml.reader.ReaderError):
        line = text[: error.position].count("\n") + 1
        return FormatError(
            path, f"contains a character YAML forbids (#x{error.character:04x})", line
        )
    if not isinstance(error, yaml.MarkedYAMLError):
        return FormatError(path, f"is not valid YAML: {_one_line(str(error))}")
    mark = error.problem_mark or error.context_mark
    at_line: int | None = mark.line + 1 if mark is not None else None
    tag = _tag_of(error)
    if tag is not None:
        return FormatError(path, _tag_message(tag), at_line)
    problem = _one_line(" ".join(part for part in (error.context, error.problem) if part))
    return FormatError(path, f"is not valid YAML: {problem}", at_line)


def _tag_of(error: yaml.MarkedYAMLError) -> str | None:
    if not isinstance(error, yaml.constructor.ConstructorError):
        return None
    found = re.search(r"tag '([^']*)'", error.problem or "")
    return found.group(1).replace("tag:yaml.org,2002:", "!!") if found else None


def _tag_message(tag: str) -> str:
    if tag.startswith("!!python/"):
        # The tag names code to run; safe_load never runs it, and the user should know that.
        return f"contains a Python object tag ({tag}): agenda files hold plain data only (not run)"
    return f"uses the YAML tag {tag}, which an agenda file does not allow"


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- reading: the document's fields --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Fields:
    """One YAML mapping being read, with its nodes, so that every complaint can give a line."""

    path: Path
    where: str  # "" at the top, "conference." or "picks[3]." below
    values: Mapping[object, object]
    nodes: Mapping[object, yaml.Node]
    line: int

    @classmethod
    def of(cls, path: Path, where: str, value: object, node: yaml.Node) -> _Fields:
        line = node.start_mark.line + 1
        if not isinstance(value, dict) or not isinstance(node, yaml.MappingNode):
            name = where.rstrip(".") or "the document"
            message = f"{name} must be a mapping of names to values, not {_kind(value)}"
            raise FormatError(path, message, line)
        nodes = {key.value: item for key, item in node.value if isinstance(key, yaml.ScalarNode)}
        return cls(path, where, value, nodes, line)

    def fail(self, name: str, message: str) -> NoReturn:
        raise FormatError(self.path, f"{self.where}{name}: {message}", self.line_of(name))

    def line_of(self, name: str) -> int:
        node = self.nodes.get(name)
        return node.start_mark.line + 1 if node is not None else self.line

    def value(self, name: str, *, required: bool = True) -> object:
        if name not in self.values and required:
            self.fail(name, "missing")
        return self.values.get(name)

    def text(
        self, name: str, *, required: bool = True, empty: bool = True, lines: bool = False
    ) -> str:
        """A text field, its control characters stripped (``lines``: keeps line breaks)."""
        value = self.value(name, required=required)
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            self.fail(name, f"must be text, not {_kind(value)}{_quote_hint(value)}")
        value = plain_text(value, lines=lines)
        if not empty and not value.strip():
            self.fail(name, "must not be empty")
        return value

    def optional_text(self, name: str) -> str | None:
        value = self.value(name, required=False)
        return None if value is None else self.text(name)

    def integer(self, name: str) -> int:
        value = self.value(name)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(name, f"must be a whole number, not {_kind(value)}")
        return value

    def instant(self, name: str, *, required: bool) -> datetime | None:
        value = self.value(name, required=required)
        if value is None and not required:
            return None
        return _aware(self, name, value)

    def mapping(self, name: str) -> _Fields:
        value = self.value(name)
        return _Fields.of(self.path, f"{self.where}{name}.", value, self.nodes[name])

    def items(self, name: str) -> list[_Fields]:
        value, node = self.value(name), self.nodes.get(name)
        if not isinstance(value, list) or not isinstance(node, yaml.SequenceNode):
            self.fail(name, f"must be a list, not {_kind(value)}")
        return [
            _Fields.of(self.path, f"{self.where}{name}[{index}].", item, item_node)
            for index, (item, item_node) in enumerate(zip(value, node.value, strict=True))
        ]


def _aware(fields: _Fields, name: str, value: object) -> datetime:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            fields.fail(name, f"is not a date and time like {_EXAMPLE_TIME}")
    if not isinstance(value, datetime):
        fields.fail(name, f"must be a date and time like {_EXAMPLE_TIME}, not {_kind(value)}")
    if value.utcoffset() is None:
        fields.fail(name, f"has no UTC offset (write it like {_EXAMPLE_TIME})")
    problem = check_instant(value)
    if problem:
        fields.fail(name, problem)
    return value.astimezone(UTC)


def plain_text(text: str, *, lines: bool = False) -> str:
    """``text`` without control characters; one line unless ``lines`` (then tabs stay too)."""
    if not lines:
        return " ".join(_CONTROLS.sub("", text).split())
    # _CONTROLS spares tab and line feed; a carriage return becomes a line break.
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _kind(value: object) -> str:
    kinds: tuple[tuple[type | tuple[type, ...], str], ...] = (
        (type(None), "nothing (null)"),
        (bool, "yes/no (true/false)"),
        ((int, float), "a number"),
        (str, "text"),
        ((datetime, date), "a date"),
        (list, "a list"),
        (dict, "a mapping"),
    )
    return next((name for kind, name in kinds if isinstance(value, kind)), type(value).__name__)


def _quote_hint(value: object) -> str:
    return " (put it in quotes)" if isinstance(value, bool | int | float | date) else ""


def _agenda(root: _Fields) -> AgendaFile:
    _check_format(root)
    conference = root.mapping("conference")
    saved_at = root.instant("saved_at", required=True)
    assert saved_at is not None  # required=True never gives None
    return AgendaFile(
        conference_id=conference.text("id", empty=False),
        conference_title=conference.text("title"),
        timezone=_zone_name(conference),
        saved_at=saved_at,
        owner=root.optional_text("owner"),
        entries=_entries(root),
    )


def _check_format(root: _Fields) -> None:
    name = root.value("format", required=False)
    if name != FORMAT_NAME:
        found = "no format name" if name is None else f"its format is {_SHORT.repr(name)}"
        message = f"is not a Conference Planner agenda ({found})"
        raise FormatError(root.path, message, root.line_of("format"))
    version = root.integer("version")
    if version > FORMAT_VERSION:
        message = (
            f"was written by a newer Conference Planner (agenda version {version}; this one "
            f"reads version {FORMAT_VERSION}): update Conference Planner to open it"
        )
        raise FormatError(root.path, message, root.line_of("version"))
    if version < 1:
        root.fail("version", f"unknown agenda version {version}")


def _zone_name(conference: _Fields) -> str:
    name = conference.text("timezone", empty=False)
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        conference.fail(
            "timezone", f"unknown time zone {_SHORT.repr(name)} (expected a name like Asia/Taipei)"
        )
    return name


def _entries(root: _Fields) -> tuple[AgendaEntry, ...]:
    entries: list[AgendaEntry] = []
    seen: set[str] = set()
    for fields in root.items("picks"):
        entry = _entry(fields)
        if entry.key in seen:
            fields.fail("key", f"{entry.key[:80]} is listed twice")
        seen.add(entry.key)
        entries.append(entry)
    return tuple(entries)


def _entry(fields: _Fields) -> AgendaEntry:
    return AgendaEntry(
        key=fields.text("key", empty=False),
        code=fields.optional_text("code"),
        title=fields.text("title"),
        start=fields.instant("start", required=False),
        priority=_priority(fields),
        note=fields.text("note", required=False, lines=True),
        state=_state(fields),
    )


def _priority(fields: _Fields) -> int:
    priority = fields.integer("priority")
    if not PRIORITY_MIN <= priority <= PRIORITY_MAX:
        fields.fail("priority", f"must be {PRIORITY_MIN} to {PRIORITY_MAX}, not {priority}")
    return priority


def _state(fields: _Fields) -> PickState:
    name = fields.text("state")
    try:
        return PickState(name)
    except ValueError:
        fields.fail("state", f"unknown state {_SHORT.repr(name)} (expected one of {_STATES})")


# --- matching entries to a catalog ---------------------------------------------------------------

_PASSES: tuple[tuple[MatchHow, str], ...] = (("key", "key"), ("code", "code"), ("title", "title"))


def match_entries(entries: Iterable[AgendaEntry], sessions: Iterable[Session]) -> list[Match]:
    """Find each entry's session: by key, else by code, else by exact title.

    Each pass runs over all entries before the next, and a session taken by one entry is not
    given to another, so an entry found by key always wins over a guess by title. Where a code
    or title names several sessions (the runs of a repeated talk), the entry's start time
    decides; if it cannot, the entry is left unmatched rather than guessed.
    """
    listed, pool = list(entries), list(sessions)
    found: dict[int, tuple[str, MatchHow]] = {}
    taken: set[str] = set()
    for how, attribute in _PASSES:
        index = _index(pool, attribute)
        for position, entry in enumerate(listed):
            session = None if position in found else _pick(entry, attribute, index, taken)
            if session is not None:
                found[position] = (session.key, how)
                taken.add(session.key)
    return [Match(entry, *found.get(i, (None, "none"))) for i, entry in enumerate(listed)]


def _index(sessions: list[Session], attribute: str) -> dict[str, list[Session]]:
    index: dict[str, list[Session]] = {}
    for session in sessions:
        value = getattr(session, attribute)
        if value:
            index.setdefault(value, []).append(session)
    return index


def _pick(
    entry: AgendaEntry, attribute: str, index: dict[str, list[Session]], taken: set[str]
) -> Session | None:
    wanted = getattr(entry, attribute)
    candidates = [s for s in index.get(wanted, []) if s.key not in taken] if wanted else []
    if len(candidates) > 1:
        candidates = [s for s in candidates if entry.start is not None and s.start == entry.start]
    return candidates[0] if len(candidates) == 1 else None
