"""Searches ranked best first on a large catalog, and a page of them.

Beyond ``ranking.EXACT_MAX`` matches the index sorts them into bands (title words, then
people and place, then any text, then inside words; time within a band) instead of scoring
each. Whatever the path, a ranking lists exactly the sessions the scan of every text found
before, a page is the start of the whole list, and the count is the whole list's.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bench.generate import build_catalog
from planner.cli import main
from planner.core.model import SessionFilter
from planner.core.textnorm import INSIDE_WORD, search_terms, starts_words, word_match
from planner.services.planner import Planner
from planner.storage import ranking
from planner.storage.catalog_repo import search_where
from planner.storage.convert import search_fields

CONFERENCE = "bench-1500"
WORDS = ["inference", "robot learning", "tensor core", "gpu", "cuda graphs", "speech",
         "自动驾驶", "自動駕駛", "推理", "大模型 推理", "张伟", "驾", "training", "ing", "ai",
         "x", "ml", "gp", "ai gpu", "core x", "q", "s001", "room", "zzzq"]  # fmt: skip


@pytest.fixture(scope="module")
def planner(tmp_path_factory: pytest.TempPathFactory) -> Planner:
    planner = Planner(tmp_path_factory.mktemp("ranked") / "p.sqlite3")
    planner.ensure_bundled_catalog()  # a second, small conference: counts leave it out
    planner.store_catalog(build_catalog(1_500, 11), "v1")
    return planner


def _queries() -> list[str]:
    rng = random.Random(4)
    letters = [*"abcdefghijklmnopqrstuvwxyz0123456789", "自", "驾"]
    return WORDS + [f"{rng.choice(letters)} {rng.choice(WORDS)}" for _ in range(12)]


def _scanned(planner: Planner, terms: list[str]) -> set[str]:
    """The conference's sessions the scan of every text finds (single letters by LIKE)."""
    with planner._db.reading() as orm:
        where = search_where(orm, terms, scan_letters=True)
        if where is None:
            return set()
        query = (
            f"SELECT s.key FROM session_fts CROSS JOIN session s ON s.id = session_fts.rowid "
            f"WHERE {where[0]} AND s.conference_id = ?"
        )
        rows = orm.connection().exec_driver_sql(query, (*where[1], CONFERENCE))
        return {key for (key,) in rows}


def _ranked(planner: Planner, terms: list[str], limit: int | None = None) -> ranking.Ranked:
    with planner._db.reading() as orm:
        return ranking.ranked(orm, CONFERENCE, terms, limit)


@pytest.mark.parametrize("exact_max", [ranking.EXACT_MAX, 0])
def test_a_ranking_lists_what_the_scan_found_and_a_page_is_its_start(
    planner, exact_max, monkeypatch
):
    monkeypatch.setattr(ranking, "EXACT_MAX", exact_max)
    banded = 0
    for query in _queries():
        terms = search_terms(query)
        whole = _ranked(planner, terms)
        expected = _scanned(planner, terms)
        assert set(whole.keys) == expected and len(whole.keys) == len(expected), query
        assert whole.total == len(expected), query
        banded += len(expected) > exact_max
        for limit in (1, 7, 50):
            page = _ranked(planner, terms, limit)
            assert page == ranking.Ranked(whole.keys[:limit], whole.total), (query, limit)
    assert banded >= (len(_queries()) // 2 if not exact_max else 1)  # both paths were taken


def _band(terms: list[str], fields: tuple[str, ...]) -> int:
    """Which band a session belongs in, from its texts (for terms of three letters or more,
    whose words the title and people and place are looked at for exactly)."""

    def word(term: str, text: str) -> bool:
        kind = word_match(term, text)
        return kind is not None and kind != INSIDE_WORD

    for band, columns in enumerate((fields[:1], fields[:2])):
        if all(any(word(t, text) for text in columns) for t in terms):
            return band
    def starts(term: str, text: str) -> bool:  # the index's own: after a space, or first
        return term in text if starts_words(term) else " " + term in " " + text

    return 2 if all(any(starts(t, text) for text in fields) for t in terms) else 3


@pytest.mark.parametrize("query", ["training", "robot learning", "ing", "core", "ear", "推理"])
def test_many_matches_come_title_words_first_then_people_then_text_then_inside_words(
    planner, query, monkeypatch
):
    monkeypatch.setattr(ranking, "EXACT_MAX", 0)
    terms = search_terms(query)
    keys = _ranked(planner, terms).keys
    views = planner.views(keys)
    placed = [
        (_band(terms, search_fields(views[k].session)), views[k].session.start is None,
         views[k].session.start, views[k].session.title, k)
        for k in keys
    ]  # fmt: skip
    assert placed == sorted(placed, key=lambda p: (p[0], p[1], p[2] or 0, p[3], p[4])), query
    if query == "ing":  # "Training ..." inside a word: after every word starting "ing"
        assert {p[0] for p in placed} >= {3}


def test_the_page_of_the_facade_is_the_start_of_its_list(planner, monkeypatch):
    monkeypatch.setattr(ranking, "EXACT_MAX", 0)
    for query in ("inference", "ai", "自动驾驶", "x"):
        whole = planner.sessions(SessionFilter(CONFERENCE, search=query))
        page = planner.sessions_page(SessionFilter(CONFERENCE, search=query), 20)
        assert [v.key for v in page.views] == [v.key for v in whole[:20]], query
        assert page.total == len(whole) and page.views == whole[:20]
    track = whole[0].session.track
    narrowed = SessionFilter(CONFERENCE, search="x", track=track)
    page = planner.sessions_page(narrowed, 5)
    assert page.views == planner.sessions(narrowed)[:5] and page.total > 5


@pytest.mark.parametrize("exact_max", [ranking.EXACT_MAX, 0])
def test_sessions_limit_shows_the_best_first_and_says_how_many_match(
    db_path: Path, fixtures: Path, capsys, monkeypatch, exact_max
):
    monkeypatch.setattr(ranking, "EXACT_MAX", exact_max)
    assert main(["--db", str(db_path), "import", str(fixtures / "frab" / "tinyconf-2025.xml")]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "sessions", "--search", "rust"]) == 0
    every = capsys.readouterr().out.splitlines()
    codes = [line.split()[0] for line in every[1:]]
    assert set(codes[:3]) == {"1002", "1004", "1009"}  # "Rust" in the title
    assert codes[3:5] == ["1005", "1006"]  # a speaker called Rusty; Rust in the abstract
    assert set(codes[5:]) == {"1003", "1011"}  # "Trusted", "trustworthy": inside words only
    assert main(["--db", str(db_path), "sessions", "--search", "rust", "--limit", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "TinyConf 2025: 7 sessions matching 'rust', best first, the first 2 shown "
        "(times in Europe/Brussels)"
    )
    assert lines[1:] == every[1:3]
    assert main(["--db", str(db_path), "sessions", "--search", "rust", "--limit", "0"]) == 2
    assert "--limit: '0' is not a number of sessions" in capsys.readouterr().err
