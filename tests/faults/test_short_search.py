"""Short searches through the index, and the upgrade of a database made before it.

One- and two-character terms (a two-character Chinese word is a whole word) are answered
from the trigram index's vocabulary rather than by scanning every text; the answer must be
exactly "the sessions whose search text contains the term", including a term that only ends
the text. Searches also answer as places in the session list, which must be exactly where the
matching rows stand. A database written by an earlier schema is upgraded on open without
losing a pick.
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


def test_positions_are_where_the_matching_rows_stand_in_the_listing(catalogs):
    texts = _texts(catalogs)
    terms = [*_terms(texts)[::7], "自动驾驶", "自動駕駛 nvidia", "gtc 25", "zzzq"]
    for conference in ("gtc2025", "democon"):
        rows = catalogs.listing(conference)
        revision = catalogs.listing_revision(conference)
        for term in terms:
            ids = catalogs.matching_ids(term) or set()
            found = catalogs.matching_positions(conference, term)
            assert found.revision == revision
            assert found.positions == [i for i, r in enumerate(rows) if r.row_id in ids], term
        assert catalogs.matching_positions(conference, "  ").positions is None


def _as_schema_0005(raw: sqlite3.Connection) -> None:
    """What schema 0005 wrote: no index of sessions by series, no counter of pick writes."""
    raw.executescript(
        """
        DROP INDEX ix_session_series;
        DROP TRIGGER pick_revision_insert;
        DROP TRIGGER pick_revision_update;
        DROP TRIGGER pick_revision_delete;
        DROP TABLE pick_revision;
        UPDATE alembic_version SET version_num = '0005_listing_position';
        """
    )


def _as_schema_0004(raw: sqlite3.Connection) -> None:
    """What schema 0004 wrote: no list positions, no catalog revision."""
    _as_schema_0005(raw)
    raw.executescript(
        """
        DROP TABLE listing_position;
        ALTER TABLE conference DROP COLUMN revision;
        UPDATE alembic_version SET version_num = '0004_search_terms';
        """
    )


def _as_schema_0003(raw: sqlite3.Connection) -> None:
    """What schema 0003 wrote: no vocabulary or listing index, and search texts without
    their end."""
    _as_schema_0004(raw)
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


@pytest.mark.parametrize("downgrade", [_as_schema_0003, _as_schema_0004, _as_schema_0005])
def test_a_database_of_a_previous_schema_is_upgraded_with_every_pick(db_path, corpus, downgrade):
    with Planner(db_path) as planner:
        planner.ensure_bundled_catalog()
        planner.import_file(corpus / "schedules" / "voc_pretalx-democon.json")
        planner.bookmark(["S72484"], priority=5, note="keynote, 主題演講")
        picks = planner.picks()
        room_end = next(r.room for r in planner.listing() if r.room)[-2:].casefold()
        before = planner.matching_ids(room_end)
        positions = {
            c: planner.matching_positions(c, "a").positions for c in ("gtc2025", "democon")
        }
    with sqlite3.connect(db_path) as raw:
        downgrade(raw)
        assert raw.execute("SELECT count(*) FROM session_fts").fetchone()[0] > 21
    with Planner(db_path) as planner:
        assert planner.picks() == picks
        assert planner.matching_ids(room_end) == before and before
        assert len(planner.sessions()) == 21
        for conference, expected in positions.items():
            assert expected and planner.matching_positions(conference, "a").positions == expected
    with sqlite3.connect(db_path) as raw:
        version = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert version == SCHEMA_HEAD
