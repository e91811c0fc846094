"""A search's matches in order of relevance, for lists that show the best first.

The matches are those of ``catalog_repo.search_where`` (every term a substring of the
session's normalised text, Chinese as it is). How they are ordered depends on how many there
are, so that a page of the best costs about the same however common the words are:

- Up to ``EXACT_MAX`` matches, every match is scored: by how each term occurs
  (``textnorm.relevance``: as a word rather than inside one, in the title before the people
  and place, and those before the description), then by FTS5's bm25 with the columns
  weighted the same way (more and denser matches first), then by time.
- Beyond that, scoring each match in Python would take seconds (bm25 alone scores every
  match, even for a page of ten), so the matches are sorted into the same bands without it:
  every term starting a word of the title; else of the title or the people and place; else
  of any text; else the rest (terms only inside words). Within a band, in time order. The
  first two are asked of the index for sessions whose title (and people and place) hold the
  terms, then the words looked at as ``textnorm.word_match`` does; the third is the
  index's alone: a word starts at the start of a text or after a space (``word_start``).

Either way the first ``limit`` keys are the start of the whole list: a page is never ordered
otherwise than the list it is a page of. The window filters its list in time order and never
pays for this.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy.orm import Session as Orm

from planner.core.textnorm import INSIDE_WORD, ends_words, relevance, starts_words, word_match
from planner.storage.catalog_repo import fts_phrase, search_where, trigrams_starting
from planner.storage.convert import SEARCH_COLUMNS as COLUMNS
from planner.storage.convert import SEARCH_WEIGHTS

EXACT_MAX = 300  # matches scored one by one (about 25 µs each); more are banded by the index
PROBED_OTHERS = 5_000  # sessions of other conferences a count subtracts rather than joins
_NEVER = 2**62  # sorts unscheduled sessions last


class Ranked(NamedTuple):
    """The first keys of a ranking (all of them without a limit), and how many match."""

    keys: list[str]
    total: int


def ranked_keys(orm: Orm, conference_id: str, terms: Sequence[str]) -> list[str]:
    """The keys of the conference's sessions matching every term, best first."""
    return ranked(orm, conference_id, terms).keys


def ranked(
    orm: Orm, conference_id: str, terms: Sequence[str], limit: int | None = None
) -> Ranked:
    """The first ``limit`` (None: all) keys of the conference's matching sessions, best first,
    and how many sessions match in all."""
    where = search_where(orm, terms) if terms else None
    if where is None:
        return Ranked([], 0)
    total = _count(orm, conference_id, *where)
    banded = total > EXACT_MAX and "MATCH" in where[0] and "LIKE" not in where[0]
    found = [word_start(orm, term) for term in terms] if banded else []
    starts = [start for start in found if start is not None]
    if banded and len(starts) == len(terms):
        keys = _banded(orm, conference_id, terms, where[1][0], starts, limit)
    else:  # (also when the index cannot say where a term starts a word: rare, and slow)
        keys = _scored(orm, conference_id, terms, where)
    return Ranked(keys[:limit] if limit is not None else keys, total)


# --- counting ---------------------------------------------------------------------------------


def _count(orm: Orm, conference_id: str, clause: str, params: list[str]) -> int:
    """How many of the conference's sessions match.

    Joining every match to its conference costs twice the search itself at 100,000 matches;
    when the other conferences are small, their matches are subtracted from all the index's.
    """
    run = orm.connection().exec_driver_sql
    others = (
        "FROM session s WHERE s.conference_id IN (SELECT id FROM conference WHERE id != ?)"
    )
    (other,) = run(f"SELECT count(*) {others}", (conference_id,)).one()
    if other > PROBED_OTHERS:
        query = (
            "SELECT count(*) FROM session_fts CROSS JOIN listing_position p "
            f"ON p.session_id = session_fts.rowid WHERE {clause} AND p.conference_id = ?"
        )
        return int(run(query, (*params, conference_id)).scalar_one())
    (every,) = run(f"SELECT count(*) FROM session_fts WHERE {clause}", tuple(params)).one()
    if not other:
        return int(every)
    probe = (
        f"SELECT count(*) {others} AND EXISTS (SELECT 1 FROM session_fts "
        f"WHERE session_fts.rowid = s.id AND {clause})"
    )
    return int(every) - int(run(probe, (conference_id, *params)).scalar_one())


# --- a few matches: each one scored -----------------------------------------------------------


def _scored(
    orm: Orm, conference_id: str, terms: Sequence[str], where: tuple[str, list[str]]
) -> list[str]:
    """Every match scored and sorted: (how the terms occur, bm25, time, title, key)."""
    clause, params = where
    weights = ", ".join(map(str, SEARCH_WEIGHTS))
    # A single Latin letter or digit is left out of bm25, as it was when such letters were
    # found by scanning the texts: the scores of a ranking stay what they were.
    scored = [t for t in terms if not (len(t) == 1 and t.isascii())]
    if len(scored) < len(terms):
        ids = _ids(orm, clause, params)
        scoring = search_where(orm, scored) if scored else None
        clause = "session_fts.rowid IN (SELECT value FROM json_each(?))"
        params = [json.dumps(ids)]
        if scoring is not None:
            clause = f"{scoring[0]} AND {clause}"
            params = [*scoring[1], *params]
    # bm25() needs a full-text match in the query; a search of single letters has none.
    score = f"bm25(session_fts, {weights})" if "MATCH" in clause else "0.0"
    # CROSS JOIN keeps the index outside: SQLite would otherwise walk the conference's
    # sessions and run the full-text query once for each of them.
    query = (
        f"SELECT s.key, s.title, s.start_ts, session_fts.title, session_fts.meta, "
        f"session_fts.body, {score} FROM session_fts CROSS JOIN session s "
        f"ON s.id = session_fts.rowid WHERE {clause} AND s.conference_id = ?"
    )
    rows = orm.connection().exec_driver_sql(query, (*params, conference_id)).all()
    ranked_rows = sorted(
        rows,
        key=lambda r: (relevance(terms, (r[3], r[4], r[5])), r[6], r[2] or _NEVER, r[1], r[0]),
    )
    return [row[0] for row in ranked_rows]


def _ids(orm: Orm, clause: str, params: Sequence[str]) -> list[int]:
    query = f"SELECT json_group_array(rowid) FROM session_fts WHERE {clause}"
    return list(json.loads(orm.connection().exec_driver_sql(query, tuple(params)).scalar_one()))


# --- many matches: banded by the index ---------------------------------------------------------


def word_start(orm: Orm, term: str) -> str | None:
    """An FTS5 expression for the texts where ``term`` starts a word: at the start of a
    text or after a space. A term that begins with what is no letter of a word (Chinese,
    "#") starts one wherever it is (``textnorm.starts_words``). "" when no text can hold
    it so; None when the index cannot say (a short term with too many trigrams). At the
    start of a text, a term of one or two letters counts only as a whole word."""
    if starts_words(term):
        if len(term) >= 3:
            return fts_phrase(term)
        found = trigrams_starting(orm, term)
        return None if found is None else _any(found)
    first = [term] if len(term) >= 3 else trigrams_starting(orm, term)
    if first is not None and len(term) < 3:
        # At the start of a text, a letter or two only as a whole word ("x ray", not
        # "xylophone"): asking where every trigram starting "x" stands costs ten times more.
        first = [t for t in first if ends_words(t[: len(term) + 1])]
    spaced = [" " + term] if len(term) >= 2 else trigrams_starting(orm, " " + term)
    if first is None or spaced is None:
        return None
    return _any(["^" + fts_phrase(t) for t in first] + [fts_phrase(t) for t in spaced], raw=True)


def _any(phrases: Sequence[str], *, raw: bool = False) -> str:
    if not phrases:
        return ""
    parts = phrases if raw else [fts_phrase(p) for p in phrases]
    return "(" + " OR ".join(parts) + ")"


def _banded(
    orm: Orm,
    conference_id: str,
    terms: Sequence[str],
    match: str,
    starts: Sequence[str],
    limit: int | None,
) -> list[str]:
    """The matches band by band (see the module's text), each band in time order, until
    ``limit`` keys are found."""
    ids: list[int] = []
    never = "" in starts  # a term that starts no word anywhere: every match is in the last band
    # The title and the people and place are short: their words are looked at in Python,
    # among the sessions whose texts hold every term (a term of one or two letters: where
    # the index finds it starting a word, it is cheaper asked so).
    candidates = [
        start if len(t) < 3 else fts_phrase(t) for t, start in zip(terms, starts, strict=True)
    ]
    for columns in ((0,), (0, 1)) if not never else ():
        names = " ".join(COLUMNS[c] for c in columns)
        expression = " AND ".join(f"{{{names}}}: {c}" for c in candidates)
        ids += _words_in(orm, conference_id, terms, expression, columns, ids, _left(limit, ids))
    for band in ([" AND ".join(starts)] if not never else []) + [match]:
        if _left(limit, ids) == 0:
            break  # the bands before it gave all they hold: those are left out
        ids += _in_time_order(orm, conference_id, band, ids, _left(limit, ids))
    return _keys_of(orm, ids)


def _left(limit: int | None, found: Sequence[int]) -> int | None:
    return None if limit is None else max(limit - len(found), 0)


def _words_in(
    orm: Orm,
    conference_id: str,
    terms: Sequence[str],
    expression: str,
    columns: Sequence[int],
    found: Sequence[int],
    wanted: int | None,
) -> list[int]:
    """Of the sessions matching ``expression`` (not yet ``found``), in time order, those
    where every term starts a word of one of ``columns``; the first ``wanted`` (None: all).

    The candidates are read twice as many as wanted first: most of them qualify.
    """
    if wanted == 0:
        return []
    chunk = None if wanted is None else max(2 * wanted, 100)
    kept: list[int] = []
    seen = list(found)
    while True:
        ids = _in_time_order(orm, conference_id, expression, seen, chunk)
        texts = _texts(orm, ids)
        kept += [
            i for i in ids
            if all(any(_word(t, texts[i][c]) for c in columns) for t in terms)
        ]  # fmt: skip
        if chunk is None or len(ids) < chunk or len(kept) >= (wanted or 0):
            return kept if wanted is None else kept[:wanted]
        seen += ids
        chunk = None  # the rest at once


def _word(term: str, text: str) -> bool:
    kind = word_match(term, text)
    return kind is not None and kind != INSIDE_WORD


def _texts(orm: Orm, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    query = (
        "SELECT rowid, title, meta FROM session_fts "
        "WHERE rowid IN (SELECT value FROM json_each(?))"
    )
    rows = orm.connection().exec_driver_sql(query, (json.dumps(list(ids)),))
    return {row_id: (title, meta) for row_id, title, meta in rows}


def _in_time_order(
    orm: Orm, conference_id: str, match: str, found: Sequence[int], limit: int | None
) -> list[int]:
    """Row ids of the conference's sessions matching ``match`` but not ``found``, in the
    list's (time) order."""
    query = (
        "SELECT p.session_id FROM session_fts CROSS JOIN listing_position p "
        "ON p.session_id = session_fts.rowid WHERE session_fts MATCH ? "
        "AND p.conference_id = ?"
    )
    params: tuple[str, ...] = (match, conference_id)
    if found:
        query += " AND p.session_id NOT IN (SELECT value FROM json_each(?))"
        params += (json.dumps(list(found)),)
    query += " ORDER BY p.position" + (f" LIMIT {int(limit)}" if limit is not None else "")
    query = f"SELECT json_group_array(session_id) FROM ({query})"
    return list(json.loads(orm.connection().exec_driver_sql(query, params).scalar_one()))


def _keys_of(orm: Orm, ids: Sequence[int]) -> list[str]:
    query = "SELECT id, key FROM session WHERE id IN (SELECT value FROM json_each(?))"
    rows = orm.connection().exec_driver_sql(query, (json.dumps(list(ids)),)).all()
    keys: dict[int, str] = dict(rows)
    return [keys[i] for i in ids]
