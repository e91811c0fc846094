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
from contextlib import closing, suppress
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from planner.core.dates import conference_zone, implausible_days, implausible_session
from planner.core.errors import PlannerError
from planner.core.model import Catalog, Conference, Session
from planner.formats.cleaning import zone_from_name
from planner.formats.errors import FormatError
from planner.formats.frab_stream import NotStreamable
from planner.formats.registry import MAX_SCHEDULE_BYTES, SNIFF_BYTES, ReadOptions, find_reader
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
    source = _Checked(source, label)
    with db.transaction() as orm:
        writer = CatalogWriter(orm, source.conference, label, chosen_timezone, source.expected)
        try:
            result = _store(orm, writer, source, progress, also, make_current)
        finally:
            with suppress(Exception):  # never in the way of the error that ends the import
                writer.close()
    if progress is not None and writer.sessions != source.expected:
        progress(writer.sessions, writer.sessions)
    return result


class _Checked:
    """A source that refuses the whole import at the first date the planner cannot hold
    (years before 1900 or after 2200): every import comes through here, whatever its reader."""

    def __init__(self, source: CatalogSource, label: str) -> None:
        zone, problem = conference_zone(source.conference)
        if zone is None:
            raise FormatError(label, f"{problem}; nothing was imported")
        self._source, self._label, self._zone = source, label, zone
        self.conference, self.expected = source.conference, source.expected

    def sessions(self) -> Iterator[tuple[Session, Any]]:
        for session, order in self._source.sessions():
            if problem := implausible_session(session, self._zone):
                raise FormatError(self._label, f"{problem}; nothing was imported")
            yield session, order

    def finish(self) -> tuple[Conference, tuple[str, ...], tuple[str, ...]]:
        conference, tracks, notes = self._source.finish()
        if problem := implausible_days(conference):
            raise FormatError(self._label, f"{problem}; nothing was imported")
        return conference, tracks, notes


def _store(
    orm: Any,
    writer: CatalogWriter,
    source: CatalogSource,
    progress: Progress | None,
    also: Callable[[Any], None] | None,
    make_current: bool,
) -> ImportResult:
    if progress is not None:
        progress(0, source.expected)  # the first chance to cancel, before anything is written
    with closing(_prepared(writer, source)) as batches:  # closed on any error
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


# --- a file read as it streams in ------------------------------------------------------------

CHUNK = 1 << 20


def import_streamed(
    db: Database, path: Path, options: ReadOptions, progress: Progress | None
) -> ImportResult | None:
    """Import a schedule file as it is read, if its reader can (frab XML whose header names its
    zone); None when the file must be read whole (``Planner.import_file`` then does).

    Whatever the stream cannot vouch for (an error in the file, a key a later run settles
    otherwise) rolls its transaction back and answers None: the whole reading then gives
    the same catalog, or the same error, as it always has.
    """
    if options.timezone is not None and zone_from_name(options.timezone) is None:
        return None  # the whole reading refuses it, with its message
    try:
        size = path.stat().st_size
        if not path.is_file() or size > MAX_SCHEDULE_BYTES:
            return None
        with path.open("rb") as stream:
            head = stream.read(SNIFF_BYTES)
            reader = find_reader(path, head)
            if not hasattr(reader, "stream"):
                return None
            expected = _events_in(path)
            stream.seek(0)
            source = reader.stream(path, _chunks(stream), options)
            source.expected = expected
            return store(db, source, str(path), progress)
    except (OSError, FormatError, NotStreamable):
        return None
    except PlannerError:
        raise  # the database's trouble, or a cancel: the whole reading would meet it too
    except Exception:  # a reader's surprise: the whole reading reports it, naming the file
        return None


def _chunks(stream: BinaryIO) -> Iterator[bytes]:
    read = 0
    while chunk := stream.read(CHUNK):
        read += len(chunk)
        if read > MAX_SCHEDULE_BYTES:  # grown since stat(): the whole reading says so
            raise NotStreamable("the file grew while it was read")
        yield chunk


def _events_in(path: Path) -> int:
    """About how many <event>s the file holds, for progress (read ahead: from the page cache)."""
    count = 0
    with path.open("rb") as stream:
        carry = b""
        while chunk := stream.read(CHUNK):
            data = carry + chunk
            count += data.count(b"<event>") + data.count(b"<event ")
            carry = data[-6:]
    return count
