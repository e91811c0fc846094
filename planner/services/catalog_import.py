"""Storing a schedule as it is read: the reading on one core, the writing on the other.

A ``CatalogSource`` hands over its sessions one by one (a streaming reader, as it parses the
file; or a catalog already read). A thread of its own reads them and prepares each batch
(comparing with the stored version, folding the search text), while this thread writes the
previous batch inside the import's one transaction; SQLite releases the interpreter lock
while it writes, so the two overlap. The queue between them holds a few batches, so memory
stays bounded whatever the size of the schedule. Anything that fails on either side (a bad
file, a cancel from the progress callback, a full disk) rolls the whole import back.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Generator, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Protocol

from planner.core.model import Catalog, Conference, Session
from planner.services.planner import Changes, ImportResult
from planner.storage import catalog_repo, picks_repo, preferences_repo
from planner.storage.catalog_store import Batch, CatalogWriter
from planner.storage.engine import Database

BATCH = 2_000
QUEUED = 3  # batches prepared ahead of the writer
Progress = Callable[[int, int], None]


class CatalogSource(Protocol):
    """A schedule being read: its conference as far as known, then its sessions.

    ``conference`` may still lack what only the whole file tells (its first and last day);
    ``finish`` gives the final conference, the tracks in the schedule's order and the notes
    for the user, once ``sessions`` is exhausted.
    """

    conference: Conference
    expected: int  # about how many sessions (progress, and whether to build the index in bulk)

    def sessions(self) -> Iterator[tuple[Session, Any]]:
        """(session, order) pairs; ``order`` sorts them as the schedule lists them."""
        ...

    def finish(self) -> tuple[Conference, tuple[str, ...], tuple[str, ...]]: ...


@dataclass
class CatalogAsSource:
    """A catalog already read, as a source."""

    catalog: Catalog
    conference: Conference = field(init=False)
    expected: int = field(init=False)

    def __post_init__(self) -> None:
        self.conference = self.catalog.conference
        self.expected = len(self.catalog.sessions)

    def sessions(self) -> Iterator[tuple[Session, Any]]:
        return ((s, n) for n, s in enumerate(self.catalog.sessions))

    def finish(self) -> tuple[Conference, tuple[str, ...], tuple[str, ...]]:
        c = self.catalog
        return c.conference, c.track_names(), c.notes


def store(
    db: Database,
    source: CatalogSource,
    label: str,
    progress: Progress | None = None,
    chosen_timezone: str | None = None,
    also: Callable[[Any], None] | None = None,
    make_current: bool = True,
) -> ImportResult:
    """Store what ``source`` reads in place of its conference's catalog, in one transaction.

    ``label`` says where it came from (a path or URL); see ``Planner.store_catalog``.
    """
    with db.transaction() as orm:
        writer = CatalogWriter(orm, source.conference, label, chosen_timezone, source.expected)
        if progress is not None:
            progress(0, source.expected)  # the first chance to cancel, before anything is written
        with closing(_prepared(writer, source)) as batches:  # closed at once on any error
            for batch in batches:
                writer.write(batch)
                if progress is not None:
                    progress(writer.sessions, max(writer.sessions, source.expected))
        conference, tracks, notes = source.finish()
        picked = set(picks_repo.picks(orm, conference.id))
        kept_keys, changes = writer.finish(conference, tracks, picked)
        kept = catalog_repo.sessions_by_keys(orm, kept_keys)
        if also is not None:
            also(orm)
        if make_current:  # the conference just imported is the one the user means next
            preferences_repo.put(orm, preferences_repo.CURRENT_CONFERENCE, conference.id)
    if progress is not None and writer.sessions != source.expected:
        progress(writer.sessions, writer.sessions)
    return ImportResult(
        conference,
        writer.sessions,
        tuple(kept[k] for k in kept_keys if k in kept),
        tuple(changes),
        Changes(catalogs=frozenset({conference.id})),
        writer.unscheduled,
        notes,
    )


def _prepared(writer: CatalogWriter, source: CatalogSource) -> Generator[Batch, None, None]:
    """The source's sessions as prepared batches, read and prepared on a thread of their own
    when there are enough to be worth it."""
    pairs = source.sessions()
    if source.expected < BATCH:
        while chunk := list(islice(pairs, BATCH)):
            yield writer.prepare_batch(chunk)
        return
    reader = _Reader(writer, pairs)
    try:
        yield from reader.batches()
    finally:
        reader.stop()


class _Reader:
    """Runs the source and the preparation on its own thread, a few batches ahead."""

    _DONE = object()

    def __init__(self, writer: CatalogWriter, pairs: Iterator[tuple[Session, Any]]) -> None:
        self._writer, self._pairs = writer, pairs
        self._queue: queue.Queue[Any] = queue.Queue(QUEUED)
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="planner-import-reader", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while chunk := list(islice(self._pairs, BATCH)):
                if not self._put(self._writer.prepare_batch(chunk)):
                    return
            self._put(self._DONE)
        except BaseException as exc:  # handed to the writing thread, which raises it
            self._put(_Failed(exc))

    def _put(self, item: object) -> bool:
        while not self._stopped.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def batches(self) -> Iterator[Batch]:
        while True:
            item = self._queue.get()
            if item is self._DONE:
                return
            if isinstance(item, _Failed):
                raise item.error
            yield item

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join()


@dataclass(frozen=True, slots=True)
class _Failed:
    error: BaseException
