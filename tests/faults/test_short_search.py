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

from planner.core.model import SessionFilter
from planner.core.textnorm import search_terms
from planner.services.planner import Planner
from planner.storage.convert import SEARCH_END, search_fields
from planner.storage.tables import SCHEMA_HEAD
from tests.storage.old_schemas import as_schema_0003, as_schema_0004, as_schema_0005


@pytest.fixture(scope="module")
def catalogs(tmp_path_factory: pytest.TempPathFactory, fixtures: Path) -> Planner:
    db = tmp_path_factory.mktemp("short") / "planner.sqlite3"
    planner = Planner(db)
    planner.ensure_bundled_catalog()
    planner.import_file(fixtures / "pretalx" / "democamp.json")
    return planner


def _texts(planner: Planner) -> dict[int, tuple[str, ...]]:
    """Row id -> the normalised texts the index should hold, computed afresh from sessions."""
    texts = {}
    for conference in ("gtc2025", "democamp"):
        for row in planner.listing(conference):
            texts[row.row_id] = search_fields(planner.session(row.key).session)
    return texts


def _holds(fields: tuple[str, ...], term: str) -> bool:
    return any(term in field for field in fields)


def _terms(texts: dict[int, tuple[str, ...]]) -> list[str]:
    rng = random.Random(5)
    bodies = [f.removesuffix(SEARCH_END) for fields in texts.values() for f in fields if f.strip()]
    endings = [b[-n:] for b in bodies for n in (1, 2)]  # what only the end of a text holds
    inside = [b[i : i + n] for b in bodies for n in (1, 2) for i in range(len(b) - n)]
    picked = set(endings) | set(rng.sample(inside, 300)) | {"qz", "ж", "車", "9x"}
    return sorted(t for t in picked if t.strip() and search_terms(t) == [t])


def test_one_and_two_character_terms_find_exactly_the_texts_holding_them(catalogs):
    texts = _texts(catalogs)
    for term in _terms(texts):
        expected = {row_id for row_id, fields in texts.items() if _holds(fields, term)}
        assert catalogs.matching_ids(term) == expected, term


def test_short_and_long_terms_combine(catalogs):
    texts = _texts(catalogs)
    for query, parts in (("自动驾驶 端到", ["自动驾驶", "端到"]), ("gtc 25", ["gtc", "25"])):
        expected = {i for i, fields in texts.items() if all(_holds(fields, p) for p in parts)}
        assert expected and catalogs.matching_ids(query) == expected


def test_positions_are_where_the_matching_rows_stand_in_the_listing(catalogs):
    texts = _texts(catalogs)
    terms = [*_terms(texts)[::7], "自动驾驶", "自動駕駛 nvidia", "gtc 25", "zzzq"]
    for conference in ("gtc2025", "democamp"):
        rows = catalogs.listing(conference)
        revision = catalogs.listing_revision(conference)
        for term in terms:
            ids = catalogs.matching_ids(term) or set()
            found = catalogs.matching_positions(conference, term)
            assert found.revision == revision
            assert found.positions == [i for i, r in enumerate(rows) if r.row_id in ids], term
        assert catalogs.matching_positions(conference, "  ").positions is None


@pytest.mark.parametrize("downgrade", [as_schema_0003, as_schema_0004, as_schema_0005])
def test_a_database_of_a_previous_schema_is_upgraded_with_every_pick(db_path, fixtures, downgrade):
    with Planner(db_path) as planner:
        planner.ensure_bundled_catalog()
        planner.import_file(fixtures / "pretalx" / "democamp.json")
        planner.bookmark(["S72484"], priority=5, note="keynote, 主題演講")
        picks = planner.picks()
        room_end = next(r.room for r in planner.listing() if r.room)[-2:].casefold()
        before = planner.matching_ids(room_end)
        ranked = [v.key for v in planner.sessions(SessionFilter("democamp", search="room"))]
        positions = {
            c: planner.matching_positions(c, "a").positions for c in ("gtc2025", "democamp")
        }
    with sqlite3.connect(db_path) as raw:
        downgrade(raw)
        assert raw.execute("SELECT count(*) FROM session_fts").fetchone()[0] > 21
    with Planner(db_path) as planner:
        assert planner.picks() == picks
        assert planner.matching_ids(room_end) == before and before
        assert len(planner.sessions(SessionFilter("gtc2025"))) == 21
        again = [v.key for v in planner.sessions(SessionFilter("democamp", search="room"))]
        assert again == ranked and ranked  # the texts rebuilt, ranked as before
        for conference, expected in positions.items():
            assert expected and planner.matching_positions(conference, "a").positions == expected
    with sqlite3.connect(db_path) as raw:
        version = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert version == SCHEMA_HEAD
