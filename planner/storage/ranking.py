"""A search's matches in order of relevance, for lists that show the best first.

The matches are those of ``catalog_repo.search_where`` (every term a substring of the
session's normalised text, Chinese as it is). They are ordered by how each term occurs
(``textnorm.relevance``: as a word rather than inside one, in the title before the people and
place, and those before the description), then by FTS5's bm25 with the columns weighted the
same way (more and denser matches first), then by time. The window filters its list in time
order and never pays for this.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session as Orm

from planner.core.textnorm import relevance
from planner.storage.catalog_repo import search_where
from planner.storage.convert import SEARCH_WEIGHTS

_NEVER = 2**62  # sorts unscheduled sessions last


def ranked_keys(orm: Orm, conference_id: str, terms: Sequence[str]) -> list[str]:
    """The keys of the conference's sessions matching every term, best first."""
    where = search_where(orm, terms, scan_letters=True) if terms else None
    if where is None:
        return []
    clause, params = where
    weights = ", ".join(map(str, SEARCH_WEIGHTS))
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
    ranked = sorted(
        rows,
        key=lambda r: (relevance(terms, (r[3], r[4], r[5])), r[6], r[2] or _NEVER, r[1], r[0]),
    )
    return [row[0] for row in ranked]
