"""Reader for the GTC 2025 session summaries, the project's own source data (data/gtc2025/*.txt).

The summaries are hand-written markdown in more than one layout::

    # Track
    ## Session title [S12345]                 (the code is optional)
    ### Key Takeaways + paragraph(s)          or  ### <the summary itself>
    ### 重點摘要： + bullets                  or  *   **重點摘要：** + nested bullets
    ### Topic: a、b    or  ### Topic: + the list on the next line(s)
                       or  ### Topic: + bullets  or  *   **Topic:** a、b
    ---

A first ``# `` heading that holds text but no ``## `` session is the document header
(conference name, dates, intro), not a track. ``read_summary`` reads one file into a
``SummaryDocument``; ``merge_summaries`` folds several files into one list in which a session
present in two files counts once. Anything outside the layout is a ``FormatError`` naming the
file and the line; nothing is partially returned.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import Enum, auto
from pathlib import Path

from planner.formats.errors import FormatError

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LINE_BREAK_BYTES = re.compile(rb"\r\n|\r|\n")
_HEADING = re.compile(r"^(#{1,6})(?:[ \t]+(.*))?$")
_BULLET = re.compile(r"^[ \t]*[*+-](?:[ \t]+(.*))?$")
_RULE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})$")
_CODE = re.compile(r"\[([A-Z]{1,5})(\d{4,5})([a-z]?)\]\s*$")
_KEY_TAKEAWAYS = re.compile(r"^key\s+takeaways?\s*(?:[:：]\s*(?P<rest>.*))?$", re.IGNORECASE)
_HIGHLIGHTS = re.compile(r"^(?:重點摘要|重点摘要)\s*(?:[:：]\s*(?P<rest>.*))?$")
_TOPICS = re.compile(r"^topics?\s*(?:[:：]\s*(?P<rest>.*))?$", re.IGNORECASE)
_TOPIC_SEPARATORS = re.compile(r"[、，,]")
_BOLD_LEAD = re.compile(r"^\*\*(?P<lead>[^*]+?)\*\*(?P<gap>[ \t]*)")
_BOLD = re.compile(r"\*\*(?P<inner>[^*]+?)\*\*")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class SummaryEntry:
    """One session as the summaries describe it."""

    title: str
    code: str | None
    track: str
    summary: str
    highlights: tuple[str, ...]
    topics: tuple[str, ...]
    source: str  # "<file name>:<line of the ## heading>", several joined by "; " after a merge


@dataclass(frozen=True, slots=True)
class SummaryDocument:
    """One summary file: its optional conference header, its tracks and its sessions."""

    path: Path
    header_title: str | None
    header_lines: tuple[str, ...]
    tracks: tuple[str, ...]
    entries: tuple[SummaryEntry, ...]


def read_summary(path: Path, data: bytes | None = None) -> SummaryDocument:
    """Read one summary file (or ``data``, its bytes, read already); raise FormatError (file
    and line) if it is not in the layout.

    An unreadable file (missing, a folder, no permission) raises the usual OSError.
    """
    path = Path(path)
    lines = _decode(path, path.read_bytes() if data is None else data)
    reader = _Reader(path)
    for number, line in enumerate(lines, start=1):
        reader.feed(number, line)
    return reader.finish(last_line=max(1, len(lines) - (lines[-1] == "")))


def merge_summaries(
    documents: Iterable[SummaryDocument],
) -> tuple[tuple[str, ...], tuple[SummaryEntry, ...]]:
    """All sessions of ``documents``, a session found in several files counted once.

    Two entries are the same session when they carry the same code, or when their titles match
    after NFKC, case folding and white-space collapse (and their codes do not contradict). The
    first one seen is kept, its empty fields filled from the later one, and the sources joined.
    Returns the tracks in first-seen order and the entries.
    """
    merger = _Merger()
    for document in documents:
        for entry in document.entries:
            merger.add(entry)
    entries = tuple(merger.entries)
    return tuple(dict.fromkeys(entry.track for entry in entries)), entries


def _title_key(title: str) -> str:
    """The form in which two titles of the same session compare equal."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", title).casefold()).strip()


def _decode(path: Path, data: bytes) -> list[str]:
    """The file's lines, without BOM, line ends or trailing white space."""
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = len(_LINE_BREAK_BYTES.split(data[: error.start]))
        raise FormatError(path, "not valid UTF-8 text", line) from None
    return [raw.rstrip() for raw in _LINE_BREAK.split(text)]


def _split_code(heading: str) -> tuple[str, str | None]:
    """A session heading's title and its trailing ``[S12345]`` code, if any."""
    match = _CODE.search(heading)
    if match is None:
        return heading.strip(), None
    return heading[: match.start()].strip(), "".join(match.groups())


def _plain(text: str) -> str:
    """Drop markdown bold markers but keep the words: "**Lead:** text" becomes "Lead: text"."""
    text = text.strip()
    lead = _BOLD_LEAD.match(text)
    if lead is not None:
        words = lead["lead"].strip()
        # A full-width colon carries its own spacing; the blank after it is markdown only.
        gap = "" if words.endswith("：") else lead["gap"]
        text = words + gap + text[lead.end() :]
    return _BOLD.sub(r"\g<inner>", text).strip()


def _split_topics(text: str) -> list[str]:
    return [topic for topic in (part.strip() for part in _TOPIC_SEPARATORS.split(text)) if topic]


class _Part(Enum):
    """Which field of a session the lines being read belong to."""

    START = auto()
    SUMMARY = auto()
    HIGHLIGHTS = auto()
    TOPICS = auto()


_LABEL_PARTS = {_KEY_TAKEAWAYS: _Part.SUMMARY, _HIGHLIGHTS: _Part.HIGHLIGHTS, _TOPICS: _Part.TOPICS}


@dataclass(slots=True)
class _Draft:
    """A session being read, line by line, under its ``## `` heading."""

    path: Path
    title: str
    code: str | None
    track: str
    line: int
    part: _Part = _Part.START
    previous: str = "heading"  # the kind of the previous line: continuations depend on it
    paragraphs: list[str] = field(default_factory=list)
    highlights: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)

    def feed(self, number: int, line: str) -> None:
        if not line.strip():
            self.previous = "blank"
        elif heading := _HEADING.match(line):
            self._heading(number, _plain(heading[2] or ""))
            self.previous = "heading"
        elif bullet := _BULLET.match(line):
            self._bullet(number, _plain(bullet[1] or ""))
            self.previous = "bullet"
        else:
            self._text(_plain(line))
            self.previous = "text"

    def _heading(self, number: int, text: str) -> None:
        if self._label(text, (_KEY_TAKEAWAYS, _HIGHLIGHTS, _TOPICS)):
            return
        if self.part is not _Part.START:
            raise FormatError(self.path, f"unexpected heading {text!r} in {self.title!r}", number)
        # The layout without "Key Takeaways" gives the summary as the heading after the title.
        self.part = _Part.SUMMARY
        self._add(text)

    def _bullet(self, number: int, text: str) -> None:
        if self._label(text, (_HIGHLIGHTS, _TOPICS)):
            return
        if self.part not in (_Part.HIGHLIGHTS, _Part.TOPICS):
            message = f"a list item outside 重點摘要 or Topic in {self.title!r}"
            raise FormatError(self.path, message, number)
        self._add(text)

    def _text(self, text: str) -> None:
        continues = self.previous == "text" or (
            self.part is _Part.HIGHLIGHTS and self.previous == "bullet"
        )
        if self.part is _Part.START:
            self.part = _Part.SUMMARY
        if continues and self.part is _Part.SUMMARY and self.paragraphs:
            self.paragraphs[-1] += " " + text
        elif continues and self.part is _Part.HIGHLIGHTS and self.highlights:
            self.highlights[-1] += " " + text
        else:
            self._add(text)

    def _label(self, text: str, labels: tuple[re.Pattern[str], ...]) -> bool:
        """Switch to the field ``text`` announces, if it is one of ``labels``."""
        for pattern in labels:
            if match := pattern.match(text):
                self.part = _LABEL_PARTS[pattern]
                self._add(match["rest"] or "")
                return True
        return False

    def _add(self, text: str) -> None:
        if not text:
            return
        if self.part is _Part.SUMMARY:
            self.paragraphs.append(text)
        elif self.part is _Part.HIGHLIGHTS:
            self.highlights.append(text)
        else:
            self.topics.extend(_split_topics(text))

    def finish(self) -> SummaryEntry:
        summary = "\n\n".join(self.paragraphs)
        for value, name in ((summary, "summary"), (self.highlights, "highlights (重點摘要)")):
            if not value:
                raise FormatError(self.path, f"session {self.title!r} has no {name}", self.line)
        if not self.topics:
            raise FormatError(self.path, f"session {self.title!r} has no topics", self.line)
        return SummaryEntry(
            title=self.title,
            code=self.code,
            track=self.track,
            summary=summary,
            highlights=tuple(self.highlights),
            topics=tuple(dict.fromkeys(self.topics)),
            source=f"{self.path.name}:{self.line}",
        )


class _Reader:
    """Walks one file's lines: the header, the ``# `` tracks and the ``## `` sessions."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.track: str | None = None
        self.sections = 0  # "# " headings seen so far
        self.section_has_sessions = False
        self.session: _Draft | None = None
        self.loose: list[tuple[int, str]] = []  # text under the current "# " outside any session
        self.drafts: list[_Draft] = []
        self.header_title: str | None = None
        self.header_lines: tuple[str, ...] = ()

    def feed(self, number: int, line: str) -> None:
        heading = _HEADING.match(line)
        level, text = (len(heading[1]), heading[2] or "") if heading else (0, "")
        if level == 1:
            self._start_track(number, text.strip())
        elif level == 2:
            self._start_session(number, text)
        elif _RULE.match(line):
            self.session = None
        elif self.session is not None:
            self.session.feed(number, line)
        elif line.strip():
            self._loose_line(number, line, level)

    def _start_track(self, number: int, name: str) -> None:
        self._settle_loose()
        if not name:
            raise FormatError(self.path, "a track heading (# ) with no name", number)
        self.track = name
        self.sections += 1
        self.section_has_sessions = False
        self.session = None

    def _start_session(self, number: int, heading: str) -> None:
        if self.track is None:
            raise FormatError(self.path, "a session (## ) before any track (# )", number)
        if self.loose:
            line, _ = self.loose[0]
            raise FormatError(self.path, f"text before the first session of {self.track!r}", line)
        title, code = _split_code(heading)
        if not title:
            raise FormatError(self.path, "a session heading (## ) with no title", number)
        self.session = _Draft(self.path, title, code, self.track, number)
        self.drafts.append(self.session)
        self.section_has_sessions = True

    def _loose_line(self, number: int, line: str, level: int) -> None:
        if self.track is None:
            raise FormatError(self.path, "text before the first heading", number)
        if level or self.section_has_sessions:
            raise FormatError(self.path, "text outside a session", number)
        self.loose.append((number, line.strip()))

    def _settle_loose(self) -> None:
        """Text under a "# " heading with no sessions is the header, if it comes first."""
        if not self.loose:
            return
        if self.sections != 1:
            raise FormatError(self.path, "text outside a session", self.loose[0][0])
        self.header_title = self.track
        self.header_lines = tuple(text for _, text in self.loose)
        self.loose = []

    def finish(self, last_line: int) -> SummaryDocument:
        self._settle_loose()
        if not self.drafts:
            raise FormatError(self.path, "no session (## heading) in the file", last_line)
        entries = tuple(draft.finish() for draft in self.drafts)
        _check_codes(self.path, self.drafts)
        return SummaryDocument(
            path=self.path,
            header_title=self.header_title,
            header_lines=self.header_lines,
            tracks=tuple(dict.fromkeys(entry.track for entry in entries)),
            entries=entries,
        )


def _check_codes(path: Path, drafts: list[_Draft]) -> None:
    """One code names one session: the same code on two different titles is an error."""
    seen: dict[str, _Draft] = {}
    for draft in drafts:
        if draft.code is None:
            continue
        first = seen.setdefault(draft.code, draft)
        if _title_key(first.title) != _title_key(draft.title):
            message = f"code {draft.code} already names {first.title!r} (line {first.line})"
            raise FormatError(path, message, draft.line)


class _Merger:
    """Collects entries, folding each into an earlier one for the same session."""

    def __init__(self) -> None:
        self.entries: list[SummaryEntry] = []
        self.by_code: dict[str, int] = {}
        self.by_title: dict[str, int] = {}

    def add(self, entry: SummaryEntry) -> None:
        index = self._match(entry)
        if index is None:
            index = len(self.entries)
            self.entries.append(entry)
        else:
            self.entries[index] = _combine(self.entries[index], entry)
        for known in (self.entries[index], entry):
            self._remember(known, index)

    def _match(self, entry: SummaryEntry) -> int | None:
        if entry.code is not None and entry.code in self.by_code:
            return self.by_code[entry.code]
        index = self.by_title.get(_title_key(entry.title))
        if index is None:
            return None
        known = self.entries[index].code
        # The same title under two different codes is two sessions (a repeated talk).
        return index if known is None or entry.code is None or known == entry.code else None

    def _remember(self, entry: SummaryEntry, index: int) -> None:
        if entry.code is not None:
            self.by_code.setdefault(entry.code, index)
        self.by_title.setdefault(_title_key(entry.title), index)


def _combine(first: SummaryEntry, later: SummaryEntry) -> SummaryEntry:
    return replace(
        first,
        code=first.code or later.code,
        summary=first.summary or later.summary,
        highlights=first.highlights or later.highlights,
        topics=first.topics or later.topics,
        source=f"{first.source}; {later.source}",
    )
