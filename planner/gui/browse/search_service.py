"""Search as you type without blocking typing: ``Planner.matching_positions`` on a worker.

On a 100,000-session catalog a one- or two-letter search takes SQLite a tenth of a second or
more, longer than a frame. The window therefore asks this service, which runs the query on
its own thread through the window's own Planner (one engine per process, whose pool gives the
thread its own connection; a second Planner opening the file would break SQLite's locks,
see services/lifecycle.py) and hands the answer back as a signal: the matching rows'
positions in the list, sorted, computed inside SQLite
so that the worker hardly holds the interpreter lock the window's thread paints with. Only
the newest text is searched: while one query runs, later keystrokes replace each other in
the queue, and a stale answer is never shown. Answers are cached until the rows change.

An answer about another revision of the catalog than the list holds (the conference was
imported again by another program) is not shown: it comes back marked ``stale``.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal

from planner.core.errors import PlannerError
from planner.services.planner import Planner

CACHE_SIZE = 64


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The rows matching ``text``, as sorted positions in the list the request named."""

    text: str
    positions: list[int] | None  # None: no search (every row)
    error: str = ""
    stale: bool = False  # the catalog changed since the list was read: reload it


@dataclass(frozen=True, slots=True)
class _Rows:
    """Which list the positions are about: a conference's listing at a revision."""

    conference_id: str | None = None
    revision: int = 0


class _Searcher(QObject):
    """Lives on the worker thread; asks the window's Planner."""

    done = Signal(int, object)  # request number, SearchResult

    def __init__(self, planner: Planner) -> None:
        super().__init__()
        self._planner = planner

    def search(self, number: int, text: str, rows: _Rows) -> None:
        self.done.emit(number, self._answer(text, rows))

    def _answer(self, text: str, rows: _Rows) -> SearchResult:
        if rows.conference_id is None:
            return SearchResult(text, [])  # no conference loaded: nothing matches
        try:
            matches = self._planner.matching_positions(rows.conference_id, text)
        except PlannerError as exc:
            return SearchResult(text, None, str(exc))
        if matches.revision != rows.revision:
            return SearchResult(text, None, stale=True)
        return SearchResult(text, matches.positions)


class SearchService(QObject):
    """Runs searches off the UI thread; ``answered`` carries the newest one's result."""

    answered = Signal(object)  # SearchResult
    _ask = Signal(int, str, object)

    def __init__(self, planner: Planner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("planner-search")
        self._searcher = _Searcher(planner)
        self._searcher.moveToThread(self._thread)
        self._ask.connect(self._searcher.search)
        self._searcher.done.connect(self._done)
        self._rows = _Rows()
        self._cache: OrderedDict[str, SearchResult] = OrderedDict()
        self._latest = 0
        self._generation_start = 0  # requests up to this number were about older rows
        self._running = False
        self._waiting: tuple[int, str] | None = None
        self._thread.start()

    def set_rows(self, conference_id: str | None, revision: int) -> None:
        """The list now holds this conference's rows of ``revision``: forget older answers."""
        self._rows = _Rows(conference_id, revision)
        self._cache.clear()
        self._latest += 1  # an answer in flight is about the old rows
        self._generation_start = self._latest

    def request(self, text: str) -> None:
        """Search for ``text``; the answer comes through ``answered`` (at once when cached)."""
        self._latest += 1
        key = " ".join(text.split())
        if not key:
            self._waiting = None
            self.answered.emit(SearchResult(text, None))
        elif key in self._cache:
            self._waiting = None
            self._cache.move_to_end(key)
            self.answered.emit(SearchResult(text, self._cache[key].positions))
        elif self._running:
            self._waiting = (self._latest, text)
        else:
            self._send(self._latest, text)

    @property
    def busy(self) -> bool:
        """Whether an answer is still to come."""
        return self._running or self._waiting is not None

    def _send(self, number: int, text: str) -> None:
        self._running = True
        self._ask.emit(number, text, self._rows)

    def _done(self, number: int, result: SearchResult) -> None:
        self._running = False
        current = number > self._generation_start
        if current and not result.error and not result.stale:
            self._remember(result)
        if self._waiting is not None:
            self._send(*self._waiting)
            self._waiting = None
        if number == self._latest or (current and result.stale):
            self.answered.emit(result)

    def _remember(self, result: SearchResult) -> None:
        self._cache[" ".join(result.text.split())] = result
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    def stop(self) -> None:
        """End the worker thread; call before the window goes (and its Planner is closed)."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
