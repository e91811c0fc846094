"""Storing a conference's catalog: sessions written in batches as a reader hands them over.

``CatalogWriter`` works inside the caller's one transaction. It is opened with the conference,
then takes prepared batches (``prepare_batch``, pure Python, run on the reader's thread) and
finishes with what only the whole schedule tells (its days, its track order). A new version of
a schedule is compared by digest with the stored one (``convert.row_content``): an unchanged
session is not written again, a changed one is rewritten under its row id, a new one is added,
and one gone is deleted, or kept and marked cancelled while a pick refers to it. Picks are
never touched here; what changed is returned and recorded.

Every statement takes a whole batch as one JSON parameter and runs inside SQLite in one step
(``json_each``): the interpreter lock is released for the whole batch, so a reader on another
thread keeps parsing meanwhile, where ``executemany`` would hand the lock back and forth per row.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session as Orm

from planner.core.changes import ChangeKind, SessionChange
from planner.core.errors import StorageError
from planner.core.model import Conference, Session
from planner.storage.convert import CONTENT_INDEX, content_json, row_content, search_fields_of

FTS_BULK = 5_000  # sessions from which an import builds the search index in one go
FTS_AUTOMERGE, FTS_CRISISMERGE = 4, 16  # FTS5's defaults, restored after a bulk build
BULK_CACHE_KB = 65_536  # SQLite's page cache while a large catalog is written
VOCAB_BY_HAND = 300  # sessions written up to which their trigrams are listed here, one by one
# The session list's order; ``ix_session_listing`` holds it, so no query sorts to follow it.
LISTING_ORDER = "s.start_ts IS NULL, s.start_ts, s.title, s.key"

_C = CONTENT_INDEX
# The session columns a row's content fills, in content order; then track, room and speakers.
_COPIED = ("key", "conference_id", "code", "title", "start_ts", "end_ts", "day", "time_status",
           "time_note", "summary", "abstract", "highlights", "topics", "sources", "url",
           "language", "recorded", "delivery", "series")  # fmt: skip
_SESSION_INSERT = (
    f"INSERT INTO session (id, {', '.join(_COPIED)}, track_id, room_id, digest, cancelled) "
    "VALUES ",
    len(_COPIED) + 4,
    lambda p: f"({', '.join(p)}, 0)",
)
_LINK_INSERT = (
    "INSERT INTO session_speaker (session_id, speaker_id, position) VALUES ",
    3,
    lambda p: f"({', '.join(p)})",
)
_FTS_INSERT = ("INSERT INTO session_fts (rowid, title, meta, body) VALUES ", 4,
               lambda p: f"({', '.join(p)})")  # fmt: skip
_NAME_INSERTS = {
    "track": ("INSERT INTO track (id, conference_id, name, position) VALUES ", 3,
              lambda p: f"({', '.join(p)}, 0)"),
    "room": ("INSERT INTO room (id, conference_id, name) VALUES ", 3,
             lambda p: f"({', '.join(p)})"),
    "speaker": ("INSERT INTO speaker (id, conference_id, name) VALUES ", 3,
                lambda p: f"({', '.join(p)})"),
}  # fmt: skip
_PARAMETERS = 32_766  # SQLite's limit on a statement's parameters (since 3.32; 999 before)


@dataclass(frozen=True, slots=True)
class Stored:
    """What the database holds of one session of the conference, to compare a new one with."""

    row_id: int
    digest: str | None
    cancelled: bool
    title: str
    start_ts: int | None
    end_ts: int | None
    room: str | None


@dataclass(slots=True)
class Batch:
    """Sessions ready to write: rows for the session table, its speaker links and the search
    index, the names first seen, and what the comparison with the stored version found."""

    rows: list[tuple[Any, ...]] = field(default_factory=list)  # id, content, track, room, digest
    links: list[tuple[Any, ...]] = field(default_factory=list)  # session id, speaker, position
    texts: list[tuple[Any, ...]] = field(default_factory=list)  # id, title, meta, body
    names: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)  # new names
    rewritten: list[int] = field(default_factory=list)  # row ids whose old version goes first
    changes: list[tuple[Any, SessionChange]] = field(default_factory=list)  # (order, change)
    seen: int = 0  # sessions in the batch, written or not
    unscheduled: int = 0


class CatalogWriter:
    """Writes one conference's catalog in the caller's transaction (see the module's text).

    ``expected``: about how many sessions the schedule holds (decides a bulk index build).
    """

    def __init__(
        self, orm: Orm, conference: Conference, source: str, chosen_timezone: str | None,
        expected: int,
    ) -> None:  # fmt: skip
        self._orm = orm
        self._sql = orm.connection().exec_driver_sql
        self.conference_id = conference.id
        self.zone = ZoneInfo(conference.timezone)
        self.existed = self._upsert_conference(conference, source, chosen_timezone)
        self.stored = self._stored() if self.existed else {}
        self._next_id: int = self._sql("SELECT coalesce(max(id), 0) + 1 FROM session").scalar_one()
        self._keys: set[str] = set()
        self._names = {table: self._name_ids(table) for table in _NAME_INSERTS}
        self._next_name = {
            table: self._sql(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").scalar_one()
            for table in _NAME_INSERTS
        }
        self._first_place: dict[str, Any] = {}  # track -> the earliest session's order
        self._track_seen: list[str] = []
        self.sessions = self.unscheduled = self.written = 0
        self._rewritten = 0
        self._trigrams: set[str] = set()
        self._changes: list[tuple[Any, SessionChange]] = []
        self._bulk = expected >= FTS_BULK
        self._deferred: list[str] = []
        if self._bulk:
            # The indexes of a large catalog take random inserts: with SQLite's 2 MB page cache
            # every other one would read a page back from the file.
            self._sql(f"PRAGMA cache_size = -{BULK_CACHE_KB}")
            self._defer_indexes(expected)
            self._fts_command("automerge", 0)
            self._fts_command("crisismerge", 100_000)

    # --- opening ---------------------------------------------------------------------------

    def _upsert_conference(
        self, conference: Conference, source: str, chosen_timezone: str | None
    ) -> bool:
        values = (conference.title, conference.timezone, _iso(conference.first_day),
                  _iso(conference.last_day), conference.url, conference.zone_source.value, source,
                  int(time.time()))  # fmt: skip
        existed = self._sql("SELECT 1 FROM conference WHERE id = ?", (conference.id,)).first()
        if existed is None:
            self._sql(
                "INSERT INTO conference (id, title, timezone, first_day, last_day, url, "
                "zone_source, source, imported_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                (conference.id, *values),
            )
        else:
            self._sql(
                "UPDATE conference SET title = ?, timezone = ?, first_day = ?, last_day = ?, "
                "url = ?, zone_source = ?, source = ?, imported_at = ?, revision = revision + 1 "
                "WHERE id = ?",
                (*values, conference.id),
            )
        if chosen_timezone is not None:
            self._sql(
                "UPDATE conference SET chosen_timezone = ? WHERE id = ?",
                (chosen_timezone, conference.id),
            )
        return existed is not None

    def _name_ids(self, table: str) -> dict[str, int]:
        query = f"SELECT name, id FROM {table} WHERE conference_id = ?"  # our own table names
        return dict(self._sql(query, (self.conference_id,)).all())

    def _stored(self) -> dict[str, Stored]:
        rows = self._sql(
            "SELECT s.key, s.id, s.digest, s.cancelled, s.title, s.start_ts, s.end_ts, r.name "
            "FROM session s LEFT JOIN room r ON r.id = s.room_id WHERE s.conference_id = ?",
            (self.conference_id,),
        )
        return {
            key: Stored(row_id, digest, bool(cancelled), title, start, end, room)
            for key, row_id, digest, cancelled, title, start, end, room in rows
        }

    def _defer_indexes(self, expected: int) -> None:
        """Into a database that holds few sessions yet, a large catalog goes in faster with the
        session table's own indexes made afterwards, in one sort each, than kept up row by
        row. Inside the transaction, as everything else: a failed import keeps them."""
        held = self._sql("SELECT count(*) FROM session").scalar_one()
        if self.stored or held > expected // 4:
            return
        indexes = self._sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'session' "
            "AND sql IS NOT NULL"
        ).all()
        for name, sql in indexes:
            self._sql(f'DROP INDEX "{name}"')
            self._deferred.append(sql)

    # --- on the reader's thread ----------------------------------------------------------------

    def prepare_batch(self, sessions: Iterable[tuple[Session, Any]]) -> Batch:
        """Compare (session, order) pairs with what is stored, and make the rows to write.

        Pure Python, no database: the reader's thread runs it while the previous batch is
        written. ``order`` sorts the sessions as the schedule lists them (changes follow it).
        """
        batch = Batch()
        written = [s for s, order in sessions if self._prepare_one(s, order, batch)]
        # One folding call for the batch: OpenCC's cost is mostly per call.
        texts = search_fields_of(written)
        batch.texts = [(row[0], *text) for row, text in zip(batch.rows, texts, strict=True)]
        return batch

    def _prepare_one(self, session: Session, order: Any, batch: Batch) -> bool:
        """Add the session's rows to the batch, unless unchanged (then False)."""
        key = session.key
        if key in self._keys:
            raise StorageError(f"{key}: the schedule holds this session twice")
        self._keys.add(key)
        batch.seen += 1
        batch.unscheduled += session.start is None
        if session.track and session.track not in self._first_place:
            self._track_seen.append(session.track)
            self._first_place[session.track] = order
        elif session.track and order < self._first_place[session.track]:
            self._first_place[session.track] = order
        content = row_content(session, self.zone)
        _, digest = content_json(content)
        before = self.stored.get(key)
        if before is not None and before.digest == digest and not before.cancelled:
            return False  # unchanged: its row, links and search text stay as they are
        if before is None:
            row_id = self._next_id
            self._next_id += 1
        else:
            row_id = before.row_id
            batch.rewritten.append(row_id)
        if self.existed:
            batch.changes += [(order, c) for c in _compared(before, session, content)]
        track, room = self._name_id("track", content[_C["track"]], batch), self._name_id(
            "room", content[_C["room"]], batch
        )
        batch.rows.append((row_id, *(content[_C[name]] for name in _COPIED), track, room, digest))
        batch.links += [
            (row_id, self._name_id("speaker", name, batch), n)
            for n, name in enumerate(content[_C["speakers"]])
        ]
        return True

    def _name_id(self, table: str, name: str | None, batch: Batch) -> int | None:
        """The id of a track, room or speaker name; a new one is given the next id."""
        if name is None:
            return None
        found = self._names[table].get(name)
        if found is None:
            found = self._names[table][name] = self._next_name[table]
            self._next_name[table] += 1
            batch.names.setdefault(table, []).append((found, self.conference_id, name))
        return found

    # --- on the writing thread -----------------------------------------------------------------

    def write(self, batch: Batch) -> None:
        """Write a prepared batch."""
        self.sessions += batch.seen
        self.unscheduled += batch.unscheduled
        self._changes += batch.changes
        if batch.rewritten:
            self._rewritten += len(batch.rewritten)
            ids = json.dumps(batch.rewritten)
            # Their links and list places go with them (ON DELETE CASCADE).
            self._sql("DELETE FROM session_fts WHERE rowid IN (SELECT value FROM json_each(?))",
                      (ids,))  # fmt: skip
            self._sql("DELETE FROM session WHERE id IN (SELECT value FROM json_each(?))", (ids,))
        if not batch.rows:
            return
        self.written += len(batch.rows)
        for table, names in batch.names.items():
            self._insert(*_NAME_INSERTS[table], names)
        self._insert(*_SESSION_INSERT, batch.rows)
        self._insert(*_LINK_INSERT, batch.links)
        self._insert(*_FTS_INSERT, batch.texts)
        if self.written <= VOCAB_BY_HAND:
            self._trigrams.update(
                field[i : i + 3] for text in batch.texts for field in text[1:]
                for i in range(len(field) - 2)
            )  # fmt: skip

    def _insert(
        self, head: str, width: int, row: Callable[[list[str]], str], rows: Sequence[Any]
    ) -> None:
        """Insert many rows with one statement per few thousand: SQLite runs each in one step
        (the interpreter lock released throughout). Plain "?" marks: SQLite looks numbered
        ones up one by one, which costs the square of their number."""
        per = _PARAMETERS // width
        for start in range(0, len(rows), per):
            chunk = rows[start : start + per]
            values = ", ".join([row(["?"] * width)] * len(chunk))
            self._sql(head + values, tuple(value for item in chunk for value in item))

    def finish(
        self, conference: Conference, tracks: Sequence[str], picked: set[str]
    ) -> tuple[list[str], list[SessionChange]]:
        """Settle what only the whole schedule tells; returns the keys kept only because a pick
        refers to them (now cancelled) and what changed since the previous version."""
        self._sql(
            "UPDATE conference SET title = ?, first_day = ?, last_day = ? WHERE id = ?",
            (conference.title, _iso(conference.first_day), _iso(conference.last_day),
             conference.id),
        )  # fmt: skip
        gone = [key for key in self.stored if key not in self._keys]
        kept = [key for key in gone if key in picked]
        dropped = [self.stored[key].row_id for key in gone if key not in picked]
        if dropped:
            ids = json.dumps(dropped)
            self._sql("DELETE FROM session_fts WHERE rowid IN (SELECT value FROM json_each(?))",
                      (ids,))  # fmt: skip
            self._sql("DELETE FROM session WHERE id IN (SELECT value FROM json_each(?))", (ids,))
        newly_cancelled = [self.stored[k].row_id for k in kept if not self.stored[k].cancelled]
        if newly_cancelled:
            self._sql(
                "UPDATE session SET cancelled = 1 WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(newly_cancelled),),
            )
        for sql in self._deferred:
            self._sql(sql)
        self._deferred = []
        self._order_tracks(tracks)
        if self.written or dropped:
            self._prune_names()
            self._number_listing()
        self._end_bulk_index()
        self._list_trigrams()
        changes = [c for _, c in sorted(self._changes, key=lambda pair: pair[0])]
        if self.existed:
            changes += [
                SessionChange(key, ChangeKind.CANCELLED, self.stored[key].title, "", "")
                for key in sorted(gone, key=lambda k: _listed(self.stored[k], k))
                if not self.stored[key].cancelled
            ]
        self._record_changes(changes)
        return kept, changes

    def _order_tracks(self, tracks: Sequence[str]) -> None:
        """Tracks in the schedule's order, then the ones only sessions name, in session order."""
        named = list(dict.fromkeys(tracks))
        listed = set(named)
        named += sorted((t for t in self._track_seen if t not in listed),
                        key=lambda t: self._first_place[t])  # fmt: skip
        self._sql(
            "INSERT OR IGNORE INTO track (conference_id, name, position) "
            "SELECT ?, value, 0 FROM json_each(?)",
            (self.conference_id, json.dumps(named, ensure_ascii=False)),
        )
        self._sql(
            "UPDATE track SET position = (SELECT p.key FROM json_each(?2) p WHERE p.value = "
            "track.name) WHERE conference_id = ?1 AND name IN (SELECT value FROM json_each(?2))",
            (self.conference_id, json.dumps(named, ensure_ascii=False)),
        )

    def _prune_names(self) -> None:
        """Forget rooms and speakers no session refers to any more."""
        # NOT IN a subquery is evaluated once into a temporary index; a correlated NOT EXISTS
        # would scan session_speaker (no index by speaker) once per speaker.
        self._sql(
            "DELETE FROM room WHERE conference_id = ? AND id NOT IN "
            "(SELECT room_id FROM session WHERE room_id IS NOT NULL)",
            (self.conference_id,),
        )
        self._sql(
            "DELETE FROM speaker WHERE conference_id = ? AND id NOT IN "
            "(SELECT speaker_id FROM session_speaker)",
            (self.conference_id,),
        )

    def _number_listing(self) -> None:
        """Write down each session's position in the conference's list (``listing`` order)."""
        self._sql("DELETE FROM listing_position WHERE conference_id = ?", (self.conference_id,))
        self._sql(
            "INSERT INTO listing_position (session_id, conference_id, position) "
            f"SELECT s.id, s.conference_id, row_number() OVER (ORDER BY {LISTING_ORDER}) - 1 "
            "FROM session s WHERE s.conference_id = ?",
            (self.conference_id,),
        )

    def close(self) -> None:
        """Give the connection its usual page cache back (after a bulk import, or its failure)."""
        if self._bulk:
            self._sql("PRAGMA cache_size = -2000")

    def _end_bulk_index(self) -> None:
        if not self._bulk:
            return
        if self.written >= FTS_BULK:
            self._sql("INSERT INTO session_fts(session_fts) VALUES ('optimize')")
        self._fts_command("automerge", FTS_AUTOMERGE)
        self._fts_command("crisismerge", FTS_CRISISMERGE)

    def _list_trigrams(self) -> None:
        """Keep ``search_vocab`` a list of every trigram the search index holds."""
        if self.written > VOCAB_BY_HAND:  # FTS5 lists them (reading the whole index once)
            self._sql("DELETE FROM search_vocab")
            self._sql("INSERT INTO search_vocab SELECT term FROM session_terms")
        elif self._trigrams:
            self._sql(
                "INSERT OR IGNORE INTO search_vocab SELECT value FROM json_each(?)",
                (json.dumps(sorted(self._trigrams), ensure_ascii=False),),
            )

    def _fts_command(self, name: str, value: int) -> None:
        self._sql("INSERT INTO session_fts(session_fts, rank) VALUES (?, ?)", (name, value))

    def _record_changes(self, changes: Sequence[SessionChange]) -> None:
        """Keep what this import changed, in place of what the previous one did."""
        self._sql("DELETE FROM catalog_change WHERE conference_id = ?", (self.conference_id,))
        if not changes:
            return
        rows = [[c.key, c.kind.value, c.title, c.before, c.after] for c in changes]
        fields = ", ".join(f"json_extract(value, '$[{n}]')" for n in range(5))
        self._sql(
            "INSERT INTO catalog_change (conference_id, session_key, kind, title, before, "
            f"after, imported_at) SELECT ?, {fields}, ? FROM json_each(?)",
            (self.conference_id, int(time.time()), json.dumps(rows, ensure_ascii=False)),
        )


def _iso(day: Any) -> str | None:
    return None if day is None else day.isoformat()


def _listed(stored: Stored, key: str) -> tuple[bool, int, str, str]:
    return (stored.start_ts is None, stored.start_ts or 0, stored.title, key)


def _when(start: int | None, end: int | None) -> str:
    if start is None or end is None:
        return "unscheduled"
    return (
        f"{datetime.fromtimestamp(start, UTC).isoformat()}/"
        f"{datetime.fromtimestamp(end, UTC).isoformat()}"
    )


def _compared(before: Stored | None, session: Session, content: list[Any]) -> list[SessionChange]:
    """What changed in a session since the stored version (``core.changes``' kinds)."""
    key, title = session.key, session.title
    if before is None or before.cancelled:  # a cancelled one was not in the previous schedule
        return [SessionChange(key, ChangeKind.ADDED, title, "", "")]
    found = []
    start, end = content[_C["start_ts"]], content[_C["end_ts"]]
    if (before.start_ts, before.end_ts) != (start, end):
        was, now = _when(before.start_ts, before.end_ts), _when(start, end)
        found.append(SessionChange(key, ChangeKind.MOVED, title, was, now))
    room = content[_C["room"]]
    if before.room != room:
        found.append(SessionChange(key, ChangeKind.ROOM, title, before.room or "", room or ""))
    if before.title != title:
        found.append(SessionChange(key, ChangeKind.RENAMED, title, before.title, title))
    return found
