"""The catalog repository: reading a conference's sessions back, searching, removing one.

Storing a catalog is ``catalog_store``'s (in batches, comparing with the stored version). A
picked session that a new version of the schedule no longer has is kept, marked cancelled, so
the pick still shows what it was. Picks are never touched here.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session as Orm

from planner.core.changes import ChangeKind, SessionChange
from planner.core.errors import NotFoundError
from planner.core.model import (
    Conference,
    ListingMatches,
    ListingRow,
    Session,
    TimeStatus,
    ZoneSource,
)
from planner.storage.catalog_store import LISTING_ORDER
from planner.storage.convert import (
    SEARCH_COLUMNS,
    from_ts,
    session_from_values,
)
from planner.storage.tables import (
    ChangeRow,
    ConferenceRow,
    RoomRow,
    SessionRow,
    TrackRow,
)

BATCH = 2_000
MAX_SHORT_TRIGRAMS = 2_000  # trigrams one short search term may expand to before it scans


def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


# --- writing (the catalog itself: catalog_store.py) ---------------------------------------


def _delete_sessions(orm: Orm, conference_id: str, keep_keys: set[str]) -> None:
    """Drop the conference's session rows except ``keep_keys`` (and their search text)."""
    ids = [
        row_id
        for row_id, key in orm.execute(
            select(SessionRow.id, SessionRow.key).where(SessionRow.conference_id == conference_id)
        )
        if key not in keep_keys
    ]
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        orm.execute(
            text("DELETE FROM session_fts WHERE rowid IN ({})".format(",".join(map(str, chunk))))
        )
        orm.execute(delete(SessionRow).where(SessionRow.id.in_(chunk)))


def recorded_changes(orm: Orm, conference_id: str) -> list[SessionChange]:
    query = select(ChangeRow).where(ChangeRow.conference_id == conference_id).order_by(ChangeRow.id)
    return [
        SessionChange(r.session_key, ChangeKind(r.kind), r.title, r.before, r.after)
        for r in orm.execute(query).scalars()
    ]


# --- reading -------------------------------------------------------------------------------


def _conference(row: ConferenceRow) -> Conference:
    return Conference(
        id=row.id,
        title=row.title,
        timezone=row.timezone,
        first_day=row.first_day,  # type: ignore[arg-type]
        last_day=row.last_day,  # type: ignore[arg-type]
        url=row.url,
        zone_source=_zone_source(row.zone_source),
    )


def _zone_source(value: str | None) -> ZoneSource:
    try:
        return ZoneSource(value or ZoneSource.FILE)
    except ValueError:  # written by a newer planner: say nothing it cannot vouch for
        return ZoneSource.GUESSED


def remembered_zone(orm: Orm, conference_id: str) -> str | None:
    """The zone to read a new version of the conference's schedule in, when it names none:
    the one the user chose, else the one an earlier import found named (by a file or city)."""
    row = orm.get(ConferenceRow, conference_id)
    if row is None:
        return None
    if row.chosen_timezone:
        return row.chosen_timezone
    return row.timezone if _zone_source(row.zone_source).named else None


def conferences(orm: Orm) -> list[Conference]:
    rows = orm.execute(select(ConferenceRow).order_by(ConferenceRow.imported_at)).scalars()
    return [_conference(row) for row in rows]


def conference(orm: Orm, conference_id: str) -> Conference | None:
    row = orm.get(ConferenceRow, conference_id)
    return None if row is None else _conference(row)


def event_count(orm: Orm, conference_id: str) -> int:
    query = text(
        "SELECT count(*) FROM session WHERE conference_id = :c AND start_ts IS NOT NULL "
        "AND NOT cancelled"
    )
    return int(orm.execute(query, {"c": conference_id}).scalar_one())


def tracks(orm: Orm, conference_id: str) -> list[tuple[str, int]]:
    """Track names in the catalog's order, each with its number of sessions."""
    # The counts from the list's covering index (session.track_id has none of its own).
    query = (
        "SELECT t.name, coalesce(n.sessions, 0) FROM track t LEFT JOIN (SELECT track_id, "
        "count(*) AS sessions FROM session WHERE conference_id = ?1 AND NOT cancelled "
        "GROUP BY track_id) n ON n.track_id = t.id WHERE t.conference_id = ?1 "
        "ORDER BY t.position, t.name"
    )
    rows = orm.connection().exec_driver_sql(query, (conference_id,))
    return [(name, int(n)) for name, n in rows]


def days(orm: Orm, conference_id: str) -> list[tuple[date, int]]:
    query = (
        select(SessionRow.day, text("count(*)"))
        .where(SessionRow.conference_id == conference_id, SessionRow.day.is_not(None))
        .group_by(SessionRow.day)
        .order_by(SessionRow.day)
    )
    return [(day, int(n)) for day, n in orm.execute(query)]


def _speakers_of(orm: Orm, ids: Sequence[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    query = (
        "SELECT ss.session_id, sp.name FROM session_speaker ss JOIN speaker sp "
        "ON sp.id = ss.speaker_id WHERE ss.session_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY ss.session_id, ss.position"
    )
    for session_id, name in orm.connection().exec_driver_sql(query, (json.dumps(list(ids)),)):
        found[session_id].append(name)
    return found


def _select_sessions() -> Any:
    return (
        select(
            SessionRow.__table__, TrackRow.name.label("track_name"), RoomRow.name.label("room_name")
        )
        .outerjoin(TrackRow, TrackRow.id == SessionRow.track_id)
        .outerjoin(RoomRow, RoomRow.id == SessionRow.room_id)
    )


def _build(orm: Orm, rows: Sequence[Any]) -> list[tuple[Session, bool]]:
    speakers = _speakers_of(orm, [row.id for row in rows])
    return [
        (
            session_from_values(row, row.track_name, row.room_name, speakers.get(row.id, ())),
            bool(row.cancelled),
        )
        for row in rows
    ]


def sessions_by_keys(orm: Orm, keys: Iterable[str]) -> dict[str, Session]:
    keys = list(keys)
    if not keys:
        return {}
    wanted = text("key IN (SELECT value FROM json_each(:keys))").bindparams(keys=json.dumps(keys))
    rows = orm.execute(_select_sessions().where(wanted)).all()
    return {s.key: s for s, _ in _build(orm, rows)}


def cancelled_keys(orm: Orm, keys: Iterable[str]) -> set[str]:
    query = "SELECT key FROM session WHERE key IN (SELECT value FROM json_each(?)) AND cancelled"
    rows = orm.connection().exec_driver_sql(query, (json.dumps(list(keys)),))
    return {key for (key,) in rows}


# Codes are found in any case by the index of lower(code) (migration 0013), named: given a
# conference too, SQLite would rather walk every session of it in the list's index.
_BY_CODE = "INDEXED BY ix_session_code_folded"


def find_by_code(orm: Orm, code: str, conference_id: str | None = None) -> list[str]:
    """Keys of the sessions whose code is ``code`` (case-insensitive)."""
    query = f"SELECT key FROM session {_BY_CODE} WHERE lower(code) = lower(?)"
    params: tuple[str, ...] = (code,)
    if conference_id is not None:
        query, params = query + " AND conference_id = ?", (*params, conference_id)
    return [key for (key,) in orm.connection().exec_driver_sql(query, params)]


def fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def trigrams_starting(orm: Orm, prefix: str) -> list[str] | None:
    """The index's trigrams that start with ``prefix``; None if too many to ask for them all.

    A session contains a term of one or two characters exactly when one of its trigrams
    starts with it (every text ends with SEARCH_END, so its last characters start trigrams
    too). The list comes from ``search_vocab`` (every trigram of the index, sorted), read for
    that range only; a trigram it lists that no text holds any more matches nothing.
    """
    last = ord(prefix[-1])
    if last >= sys.maxunicode:
        return None
    query = "SELECT term FROM search_vocab WHERE term >= ? AND term < ? LIMIT ?"
    bounds = (prefix, prefix[:-1] + chr(last + 1), MAX_SHORT_TRIGRAMS + 1)
    terms = [row[0] for row in orm.connection().exec_driver_sql(query, bounds)]
    return terms if len(terms) <= MAX_SHORT_TRIGRAMS else None


def _scanned_before(term: str) -> bool:
    # Before search_vocab, FTS5's vocabulary counted the trigrams of a single Latin letter or
    # digit by reading most of the index, so those were found by scanning the text instead.
    return len(term) == 1 and term.isascii()


def search_where(
    orm: Orm, terms: Sequence[str], *, scan_letters: bool = False
) -> tuple[str, list[str]] | None:
    """The WHERE clause (over ``session_fts``) matching every term; None if nothing can match.

    Terms of three characters or more are phrases of the trigram index; shorter ones (two
    Chinese characters are a whole word, "x" a letter) become the trigrams that start with
    them; a LIKE scan of the same normalised text is left for a term with more trigrams than
    that. ``scan_letters``: a single Latin letter or digit is scanned for, as before the list
    of trigrams existed; the same sessions match, but only the terms in MATCH count for
    bm25, so a ranking keeps its order (``ranking``).
    """
    phrases = [fts_phrase(t) for t in terms if len(t) >= 3]
    scans = []
    for term in (t for t in terms if len(t) < 3):
        scan = scan_letters and _scanned_before(term)
        trigrams = None if scan else trigrams_starting(orm, term)
        if trigrams is None:
            scans.append(term)
        elif not trigrams:
            return None  # no session holds the term
        else:
            phrases.append("(" + " OR ".join(map(fts_phrase, trigrams)) + ")")
    clauses, params = [], []
    if phrases:
        clauses.append("session_fts MATCH ?")
        params.append(" AND ".join(phrases))
    for term in scans:
        likes = [f"session_fts.{column} LIKE ? ESCAPE '\\'" for column in SEARCH_COLUMNS]
        clauses.append("(" + " OR ".join(likes) + ")")
        params += [_like(term)] * len(likes)
    return " AND ".join(clauses), params


def search_ids(orm: Orm, terms: Sequence[str]) -> set[int] | None:
    """Row ids matching every term (None when there are no terms)."""
    if not terms:
        return None
    where = search_where(orm, terms)
    if where is None:
        return set()
    # One JSON array rather than a row per match: SQLite builds it in C, json.loads reads it
    # in C, and 100,000 ids cost a third of the time that 100,000 result rows would.
    query = f"SELECT json_group_array(rowid) FROM session_fts WHERE {where[0]}"
    found = orm.connection().exec_driver_sql(query, tuple(where[1])).scalar_one()
    return set(json.loads(found))


def search_positions(orm: Orm, conference_id: str, terms: Sequence[str]) -> ListingMatches:
    """Where the sessions matching every term stand in the conference's ``listing``, sorted.

    The revision is read in the same statement, so the answer says which list it is about.
    Everything happens in SQLite; Python only reads one JSON array. That keeps a search off
    the interpreter lock, which the window's thread needs for painting while it runs.
    """
    where = search_where(orm, terms) if terms else None
    if where is None:
        return ListingMatches(listing_revision(orm, conference_id), [] if terms else None)
    query = (
        "SELECT c.revision, (SELECT json_group_array(position) FROM ("
        "SELECT p.position FROM session_fts JOIN listing_position p "
        f"ON p.session_id = session_fts.rowid WHERE {where[0]} AND p.conference_id = ? "
        "ORDER BY p.position)) FROM conference c WHERE c.id = ?"
    )
    params = (*where[1], conference_id, conference_id)
    row = orm.connection().exec_driver_sql(query, params).one_or_none()
    if row is None:
        raise NotFoundError(f"{conference_id}: no such conference")
    return ListingMatches(row[0], json.loads(row[1]))


def listing_revision(orm: Orm, conference_id: str) -> int:
    """The conference's revision, raised by every import (see ``ConferenceRow.revision``)."""
    found = orm.execute(select(ConferenceRow.revision).where(ConferenceRow.id == conference_id))
    revision = found.scalar_one_or_none()
    if revision is None:
        raise NotFoundError(f"{conference_id}: no such conference")
    return revision


def catalog_revisions(orm: Orm) -> dict[str, int]:
    """Every conference's catalog revision, by id (what a window compares to notice imports)."""
    rows = orm.execute(select(ConferenceRow.id, ConferenceRow.revision))
    return {conference_id: revision for conference_id, revision in rows}


def query_sessions(
    orm: Orm,
    conference_id: str,
    *,
    track: str | None = None,
    day: date | None = None,
    ids: set[int] | None = None,
    keys: set[str] | None = None,
) -> list[tuple[Session, bool]]:
    """Sessions of a conference, ordered by start (unscheduled last), then title."""
    if (keys is not None and not keys) or (ids is not None and not ids):
        return []  # an empty agenda or search: no need to read the whole catalog to say so
    if keys is None and ids is None:
        query = _select_sessions().where(SessionRow.conference_id == conference_id)
    else:  # "+": look the few sessions up by key or id, not walk the conference's in order
        query = _select_sessions().where(text("+session.conference_id = :conference"))
        query = query.params(conference=conference_id)
    if track is not None:
        query = query.where(TrackRow.name == track)
    if day is not None:
        query = query.where(SessionRow.day == day)
    if keys is not None:  # one JSON parameter, however many (SQLite limits their number)
        wanted = json.dumps(sorted(keys))
        query = query.where(text("session.key IN (SELECT value FROM json_each(:keys))"))
        query = query.params(keys=wanted)
    if ids is not None:
        query = query.where(text("session.id IN (SELECT value FROM json_each(:ids))"))
        query = query.params(ids=json.dumps(sorted(ids)))
    query = query.order_by(SessionRow.start_ts.is_(None), SessionRow.start_ts, SessionRow.title)
    return _build(orm, orm.execute(query).all())


def series_runs(orm: Orm, conference_id: str, series: Iterable[str]) -> dict[str, list[str]]:
    """Keys of every run of each named series, in start order (one query for them all)."""
    names = [s for s in set(series) if s]
    runs: dict[str, list[str]] = defaultdict(list)
    if not names:
        return runs
    # Sorted here: an ORDER BY start_ts would have SQLite walk the conference's sessions in
    # time order rather than look the series up in ix_session_series.
    query = (
        "SELECT series, key, start_ts FROM session WHERE conference_id = ? AND series IN "
        "(SELECT value FROM json_each(?))"
    )
    params = (conference_id, json.dumps(names, ensure_ascii=False))
    rows = orm.connection().exec_driver_sql(query, params).all()
    for name, key, _ in sorted(rows, key=lambda r: (r[2] is not None, r[2] or 0)):
        runs[name].append(key)
    return runs


def listing(orm: Orm, conference_id: str) -> list[ListingRow]:
    """Every session of a conference as light list rows, ordered like ``query_sessions``.

    The ``ix_session_listing`` index covers this query, so it never reads the long texts (the
    speakers come from their own table, by key); rows come straight from the driver, and
    sessions that share a start share its datetime.
    """
    run = orm.connection().exec_driver_sql
    query = (
        "SELECT s.id, s.key, s.code, s.title, s.track_id, s.room_id, s.start_ts, s.end_ts, "
        f"s.day, s.time_status, s.cancelled FROM session s WHERE s.conference_id = ? "
        f"ORDER BY {LISTING_ORDER}"
    )
    # Names by id from their own small tables: a join would look two up for every row.
    by_id = "SELECT id, name FROM {} WHERE conference_id = ?"
    names: dict[str, dict[int, str]] = {
        t: dict(run(by_id.format(t), (conference_id,)).all()) for t in ("track", "room")
    }
    tracks, rooms = names["track"].get, names["room"].get
    # Every session's speakers in one pass, in each session's order.
    speakers: dict[int, str] = dict(
        run(
            "SELECT session_id, group_concat(name, ', ') FROM (SELECT ss.session_id, sp.name "
            "FROM session_speaker ss JOIN session s ON s.id = ss.session_id "
            "JOIN speaker sp ON sp.id = ss.speaker_id WHERE s.conference_id = ? "
            "ORDER BY ss.session_id, ss.position) GROUP BY session_id",
            (conference_id,),
        ).all()
    )
    status = {s.value: s for s in TimeStatus}
    instant = _shared(from_ts)
    day_of = _shared(lambda text: date.fromisoformat(text) if text else None)
    # The driver's own cursor, fetched whole: SQLAlchemy would fetch and wrap row by row.
    rows = run(query, (conference_id,)).cursor.fetchall()
    return [
        ListingRow(row_id, key, code, title, tracks(track), rooms(room), instant(start),
                   instant(end), day_of(day), status[time_status], bool(cancelled),
                   speakers.get(row_id, ""))
        for (row_id, key, code, title, track, room, start, end, day, time_status, cancelled) in rows
    ]  # fmt: skip


def _shared(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``convert`` that makes one object per distinct value (a conference has few slots)."""
    made: dict[Any, Any] = {}

    def shared(value: Any) -> Any:
        if value not in made:
            made[value] = convert(value)
        return made[value]

    return shared


def counts(orm: Orm, conference_id: str) -> tuple[int, int, int]:
    """``event_count`` and ``session_counts`` in one pass over the conference's list index."""
    query = (
        "SELECT count(start_ts), count(*), count(*) - count(start_ts) FROM session "
        "WHERE conference_id = ? AND NOT cancelled"
    )
    events, total, unscheduled = orm.connection().exec_driver_sql(query, (conference_id,)).one()
    return int(events), int(total), int(unscheduled)


def session_counts(orm: Orm, conference_id: str) -> tuple[int, int]:
    """How many sessions the conference's schedule holds, and how many of them have no time.

    Sessions kept only because a pick refers to them (cancelled) are not the schedule's.
    """
    query = text(
        "SELECT count(*), count(*) - count(start_ts) FROM session "
        "WHERE conference_id = :c AND NOT cancelled"
    )
    total, unscheduled = orm.execute(query, {"c": conference_id}).one()
    return int(total), int(unscheduled)


def delete_conference(orm: Orm, conference_id: str) -> None:
    """Drop a conference's catalog whole: sessions, their search texts, names and changes."""
    _delete_sessions(orm, conference_id, keep_keys=set())
    orm.execute(delete(ChangeRow).where(ChangeRow.conference_id == conference_id))
    # Tracks, rooms and speakers go with the conference row (ON DELETE CASCADE).
    orm.execute(delete(ConferenceRow).where(ConferenceRow.id == conference_id))


# --- many keys at once (a bookmark of thousands of sessions) -------------------------------------


def existing_keys(orm: Orm, keys: Iterable[str]) -> set[str]:
    """Which of ``keys`` the catalogs hold, in one query."""
    query = "SELECT key FROM session WHERE key IN (SELECT value FROM json_each(?))"
    rows = orm.connection().exec_driver_sql(query, (json.dumps(list(keys)),))
    return {key for (key,) in rows}


def keys_by_code(
    orm: Orm, codes: Iterable[str], conference_id: str | None = None
) -> dict[str, list[str]]:
    """For each of ``codes``, the keys of the sessions with that code (case-insensitive, as
    ``find_by_code``: SQLite's own lower()); one query for them all."""
    run = orm.connection().exec_driver_sql
    wanted = json.dumps(list(dict.fromkeys(codes)))
    lowered = run("SELECT value, lower(value) FROM json_each(?)", (wanted,)).all()
    query = (
        f"SELECT lower(code), key FROM session {_BY_CODE} WHERE lower(code) IN "
        "(SELECT lower(value) FROM json_each(?))"
    )
    params: tuple[str, ...] = (wanted,)
    if conference_id is not None:
        query += " AND conference_id = ?"
        params += (conference_id,)
    by_lower: dict[str, list[str]] = defaultdict(list)
    for code, key in run(query, params):
        by_lower[code].append(key)
    return {code: by_lower.get(low, []) for code, low in lowered}


def conference_ids(orm: Orm, keys: Iterable[str]) -> dict[str, str]:
    """The conference of each of ``keys`` that a catalog holds, in one query."""
    query = "SELECT key, conference_id FROM session WHERE key IN (SELECT value FROM json_each(?))"
    return dict(orm.connection().exec_driver_sql(query, (json.dumps(list(keys)),)).all())
