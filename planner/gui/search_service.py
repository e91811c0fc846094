"""Search as you type without blocking typing: ``Planner.matching_ids`` on a worker thread.

On a 100,000-session catalog a one- or two-letter search takes SQLite a tenth of a second or
more, longer than a frame. The window therefore asks this service, which runs the query on
its own thread with its own Planner (SQLite in WAL mode serves both), turns the matching row
ids into sorted list positions there as well, and hands the result back as a signal. Only the
newest text is searched: while one query runs, later keystrokes replace each other in the
queue, and a stale answer is never shown. Answers are cached until the catalog changes.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from planner.core.errors import PlannerError
from planner.gui.row_filter import matched_positions
from planner.services.planner import Planner

CACHE_SIZE = 64


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The rows matching ``text``, as sorted positions in the list the request named."""

    text: str
    positions: list[int] | None  # None: no search (every row)
    error: str = ""


class _Searcher(QObject):
    """Lives on the worker thread; owns the worker's Planner."""

    done = Signal(int, object)  # request number, SearchResult

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self._db_path = db_path
        self._planner: Planner | None = None

    def search(self, number: int, text: str, position_of_id: dict[int, int]) -> None:
        try:
            if self._planner is None:
                self._planner = Planner(self._db_path)
            ids = self._planner.matching_ids(text)
        except PlannerError as exc:
            self.done.emit(number, SearchResult(text, None, str(exc)))
            return
        self.done.emit(number, SearchResult(text, matched_positions(ids, position_of_id)))

    def close(self) -> None:
        if self._planner is not None:
            self._planner.close()
            self._planner = None


class SearchService(QObject):
    """Runs searches off the UI thread; ``answered`` carries the newest one's result."""

    answered = Signal(object)  # SearchResult
    _ask = Signal(int, str, object)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("planner-search")
        self._searcher = _Searcher(db_path)
        self._searcher.moveToThread(self._thread)
        self._ask.connect(self._searcher.search)
        self._searcher.done.connect(self._done)
        self._thread.finished.connect(self._searcher.close)
        self._position_of_id: dict[int, int] = {}
        self._cache: OrderedDict[str, SearchResult] = OrderedDict()
        self._latest = 0
        self._generation_start = 0  # requests up to this number were about older rows
        self._running = False
        self._waiting: tuple[int, str] | None = None
        self._thread.start()

    def set_rows(self, position_of_id: dict[int, int]) -> None:
        """The list's rows changed (an import): forget every answer about the old ones."""
        self._position_of_id = position_of_id
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
        self._ask.emit(number, text, self._position_of_id)

    def _done(self, number: int, result: SearchResult) -> None:
        self._running = False
        if not result.error and number > self._generation_start:
            self._remember(result)
        if self._waiting is not None:
            self._send(*self._waiting)
            self._waiting = None
        if number == self._latest:
            self.answered.emit(result)

    def _remember(self, result: SearchResult) -> None:
        self._cache[" ".join(result.text.split())] = result
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    def stop(self) -> None:
        """End the worker thread (closing its Planner); call before the window goes."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
