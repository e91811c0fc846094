"""iCalendar content lines: unfolded at the byte level, decoded, and checked for structure.

RFC 5545 (3.1) folds long lines after 75 *octets*, so a fold may fall inside a multi-byte UTF-8
character (real conference feeds do this). The folds are undone on the bytes first, and only
then is each logical line decoded; icalendar's parser decodes before it unfolds, which would
refuse such a feed as "not valid UTF-8". The line scan also finds, with a line number, what the
parser would fail on (or silently lose) later: truncation, nesting, a second calendar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from icalendar.parser import Contentline

from planner.formats.errors import FormatError

__all__ = ["Unfolded", "check_structure", "unfold"]

_PHYSICAL = re.compile(rb"\r?\n")


@dataclass(frozen=True, slots=True)
class Unfolded:
    """The logical lines of a feed, decoded, each with the physical line it starts on."""

    lines: tuple[tuple[int, str], ...]

    def text(self) -> str:
        """The feed again, one logical line per line (no folds left), for the parser."""
        return "".join(f"{line}\r\n" for _, line in self.lines)


def unfold(path: Path, data: bytes) -> Unfolded:
    """Join folded lines as bytes, then decode; bad UTF-8 names its physical line."""
    data = data.removeprefix(b"\xef\xbb\xbf")
    # Per logical line: its bytes, and (physical line, where its bytes begin) for each part.
    logical: list[tuple[bytes, list[tuple[int, int]]]] = []
    for number, raw in enumerate(_PHYSICAL.split(data), start=1):
        if raw[:1] in (b" ", b"\t") and logical:
            joined, parts = logical[-1]
            logical[-1] = (joined + raw[1:], [*parts, (number, len(joined))])
        elif raw:
            logical.append((raw, [(number, 0)]))
    return Unfolded(tuple((parts[0][0], _decode(path, joined, parts)) for joined, parts in logical))


def _decode(path: Path, line: bytes, parts: list[tuple[int, int]]) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A fold inside a character was mended by the joining above: what is still bad is bad
        # in the file itself, on the physical line that holds the byte.
        number = max((n for n, begins in parts if begins <= exc.start), default=parts[0][0])
        message = f"not valid UTF-8 (byte 0x{line[exc.start]:02x})"
        raise FormatError(path, message, number) from None


@dataclass
class _Structure:
    """What the line scan learns: per VEVENT, the line of BEGIN and of each of its properties."""

    events: list[dict[str, int]] = field(default_factory=list)
    stack: list[tuple[str, int]] = field(default_factory=list)
    calendars: int = 0


def check_structure(path: Path, unfolded: Unfolded) -> list[dict[str, int]]:
    """Fail with a line number where the parser would fail (or silently lose data) later.

    Returns, per VEVENT in file order, the line of its BEGIN and of each of its properties.
    """
    found = _Structure()
    last = 0
    for number, line in unfolded.lines:
        last = number
        try:
            name, _params, value = Contentline(line).parts()
        except ValueError:
            raise FormatError(path, f"not an iCalendar line: {line[:60]!r}", number) from None
        _check_nesting(path, found, number, name.upper(), value.strip().upper())
    if found.stack:
        component, opened = found.stack[-1]
        message = f"the file ends inside {component} (opened on line {opened}): truncated?"
        raise FormatError(path, message, last)
    if not found.calendars:
        raise FormatError(path, "no BEGIN:VCALENDAR", last or None)
    return found.events


def _check_nesting(path: Path, found: _Structure, number: int, name: str, value: str) -> None:
    if not found.stack and not (name == "BEGIN" and value == "VCALENDAR"):
        where = "after END:VCALENDAR" if found.calendars else "before BEGIN:VCALENDAR"
        raise FormatError(path, f"{name}:{value[:30]} stands {where}", number)
    if name == "BEGIN":
        found.calendars += value == "VCALENDAR"
        if found.calendars > 1 and value == "VCALENDAR":
            raise FormatError(path, "a second VCALENDAR: one calendar per file", number)
        found.stack.append((value, number))
        if value == "VEVENT":
            found.events.append({"BEGIN": number})
    elif name == "END":
        component, opened = found.stack.pop()
        if component != value:
            message = f"END:{value[:30]} closes BEGIN:{component[:30]} of line {opened}"
            raise FormatError(path, message, number)
    elif found.stack[-1][0] == "VEVENT":
        found.events[-1].setdefault(name, number)
