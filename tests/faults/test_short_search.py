"""Short searches through the index, and the upgrade of a database made before it.

One- and two-character terms (a two-character Chinese word is a whole word) are answered
from the trigram index's vocabulary rather than by scanning every text; the answer must be
exactly "the sessions whose search text contains the term", including a term that only ends
the text. A database written by the previous schema is upgraded on open without losing a pick.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from planner.core.textnorm import search_terms
from planner.services.planner import Planner
from planner.storage.convert import SEARCH_END, search_body
from planner.storage.tables import SCHEMA_HEAD


@pytest.fixture(scope="module")
def catalogs(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Planner:
    db = tmp_path_factory.mktemp("short") / "planner.sqlite3"
    planner = Planner(db)
    planner.ensure_bundled_catalog()
    planner.import_file(corpus / "schedules" / "voc_pretalx-democon.json")
    return planner


def _texts(planner: Planner) -> dict[int, str]:
    """Row id -> the normalised text the index should hold, computed afresh from sessions."""
    texts = {}
    for conference in ("gtc2025", "democon"):
        for row in planner.listing(conference):
            texts[row.row_id] = search_body(planner.session(row.key).session)
    return texts


def _terms(texts: dict[int, str]) -> list[str]:
    rng = random.Random(5)
    bodies = [t.removesuffix(SEARCH_END) for t in texts.values()]
    endings = [b[-n:] for b in bodies for n in (1, 2)]  # what only the end of a text holds
    inside = [b[i : i + n] for b in bodies for n in (1, 2) for i in range(len(b) - n)]
    picked = set(endings) | set(rng.sample(inside, 300)) | {"qz", "ж", "車", "9x"}
    return sorted(t for t in picked if t.strip() and search_terms(t) == [t])


def test_one_and_two_character_terms_find_exactly_the_texts_holding_them(catalogs):
    texts = _texts(catalogs)
    for term in _terms(texts):
        expected = {row_id for row_id, text in texts.items() if term in text}
        assert catalogs.matching_ids(term) == expected, term


def test_short_and_long_terms_combine(catalogs):
    texts = _texts(catalogs)
    for query, parts in (("自动驾驶 端到", ["自动驾驶", "端到"]), ("gtc 25", ["gtc", "25"])):
        expected = {i for i, text in texts.items() if all(p in text for p in parts)}
        assert expected and catalogs.matching_ids(query) == expected


def _as_previous_schema(db: Path) -> None:
    """Turn a database into what schema 0003 wrote: no vocabulary or listing index, and
    search texts without their end."""
    with sqlite3.connect(db) as raw:
        raw.executescript(
            """
            DROP TABLE session_terms;
            DROP INDEX ix_session_listing;
            CREATE VIRTUAL TABLE old_fts USING fts5(body, tokenize='trigram');
            INSERT INTO old_fts(rowid, body) SELECT rowid, rtrim(body, char(10)) FROM session_fts;
            DROP TABLE session_fts;
            ALTER TABLE old_fts RENAME TO session_fts;
            UPDATE alembic_version SET version_num = '0003_catalog_change';
            """
        )


def test_a_database_of_the_previous_schema_is_upgraded_with_every_pick(db_path):
    with Planner(db_path) as planner:
        planner.ensure_bundled_catalog()
        planner.bookmark(["S72484"], priority=5, note="keynote, 主題演講")
        picks = planner.picks()
        room_end = next(r.room for r in planner.listing() if r.room)[-2:].casefold()
        before = planner.matching_ids(room_end)
    _as_previous_schema(db_path)
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT count(*) FROM session_fts").fetchone() == (21,)
    with Planner(db_path) as planner:
        assert planner.picks() == picks
        assert planner.matching_ids(room_end) == before and before
        assert len(planner.sessions()) == 21
    with sqlite3.connect(db_path) as raw:
        version = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert version == SCHEMA_HEAD
