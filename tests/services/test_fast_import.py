"""Imports as they stream in, updates that rewrite only what changed, bulk picks, short searches.

The fast paths must give what the whole reading and the one-by-one paths give: the same
sessions and keys (a streamed schedule.xml against ``read_catalog``), the same changes and kept
picks on an update, the same keys for a bookmark of many, and the same search results as the
scan of every text that single letters used before.
"""

from __future__ import annotations

import random
import re
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from bench.generate import build_catalog, frab_xml
from planner.core.errors import NotFoundError
from planner.core.model import SessionFilter
from planner.core.textnorm import search_terms
from planner.formats.registry import read_catalog
from planner.services import catalog_import
from planner.services.planner import Planner
from planner.storage.catalog_repo import search_where

FRAB_FILES = [
    "fixtures/frab/tinyconf-2025.xml",
    "fixtures/frab/oldconf-2007.xml",
    "formats/cases/tiny.xml",
    "formats/cases/tiny_city.xml",
    "formats/cases/tiny_nozone.xml",
    "formats/cases/tiny_offsets.xml",
]
TESTS = Path(__file__).resolve().parent.parent


def _stored(planner: Planner, conference_id: str) -> dict[str, tuple[object, ...]]:
    views = planner.sessions(SessionFilter(conference_id=conference_id))
    return {v.key: (v.session, v.cancelled, v.other_runs) for v in views}


def _schedule(tmp_path: Path, count: int = 300, seed: int = 7) -> Path:
    path = tmp_path / "big.xml"
    path.write_bytes(frab_xml(build_catalog(count, seed)))
    return path


@pytest.mark.parametrize("name", FRAB_FILES)
def test_a_streamed_import_stores_what_the_whole_reading_gives(name, tmp_path):
    path = TESTS / name
    streamed, whole = Planner(tmp_path / "a.sqlite3"), Planner(tmp_path / "b.sqlite3")
    result = streamed.import_file(path)
    catalog = read_catalog(path)
    expected = whole.store_catalog(catalog, str(path))
    assert result.conference == expected.conference
    assert result.sessions == expected.sessions and result.notes == expected.notes
    assert _stored(streamed, catalog.conference.id) == _stored(whole, catalog.conference.id)
    assert streamed.tracks() == whole.tracks()


def test_a_large_schedule_is_streamed_and_a_later_run_listed_first_still_gets_its_key(tmp_path):
    path = _schedule(tmp_path, 6_000)
    text = path.read_text(encoding="utf-8")
    # The same event twice, the later run listed first: only the whole file settles its keys.
    event = re.search(r'<event id="S000010">.*?</event>\n', text, re.DOTALL)
    assert event is not None
    first = re.search(r'<event id="S000001">', text)
    assert first is not None
    again = event[0].replace("<date>2030-06-", "<date>2030-05-")
    rest = text[first.start() :].replace(event[0], again, 1)
    path.write_text(text[: first.start()] + event[0] + rest)
    planner = Planner(tmp_path / "p.sqlite3")
    streamed = catalog_import.import_streamed(planner._db, path, _options(), None)
    assert streamed is None  # not vouched for: the whole reading takes over
    result = planner.import_file(path)
    whole = Planner(tmp_path / "w.sqlite3")
    whole.store_catalog(read_catalog(path), str(path))
    assert _stored(planner, result.conference.id) == _stored(whole, result.conference.id)
    clean = _schedule(tmp_path, 6_000)
    assert catalog_import.import_streamed(planner._db, clean, _options(), None) is not None


def _options():  # type: ignore[no-untyped-def]
    from planner.formats.registry import ReadOptions

    return ReadOptions()


def _rows(db: Path) -> dict[str, tuple[int, str]]:
    with sqlite3.connect(db) as raw:
        return {k: (i, d) for k, i, d in raw.execute("SELECT key, id, digest FROM session")}


def test_an_unchanged_schedule_is_not_written_again(tmp_path):
    path, db = _schedule(tmp_path), tmp_path / "p.sqlite3"
    planner = Planner(db)
    planner.import_file(path)
    planner.bookmark(["S000003"], note="keep")
    before = _rows(db)
    result = planner.import_file(path)
    assert _rows(db) == before  # the same rows, ids and digests: nothing rewritten
    assert result.schedule_changes == () and result.sessions == 300
    assert planner.picks()[f"{result.conference.id}/S000003"].note == "keep"


def test_a_changed_schedule_rewrites_what_changed_and_says_so(tmp_path):
    db = tmp_path / "p.sqlite3"
    planner = Planner(db)
    catalog = build_catalog(300, 7)
    planner.store_catalog(catalog, "v1")
    first = catalog.sessions[0]
    planner.bookmark([first.key, catalog.sessions[1].key], note="mine")
    before = _rows(db)
    moved = replace(first, room="Room 999", title=first.title + " (moved)")
    gone = catalog.sessions[1]
    sessions = (moved, *catalog.sessions[2:-1], replace(catalog.sessions[-1], abstract="new"))
    result = planner.store_catalog(replace(catalog, sessions=sessions), "v2")
    after = _rows(db)
    changed = {first.key, catalog.sessions[-1].key}
    assert {k for k in after if after[k] != before.get(k)} == changed
    kinds = {(c.key, c.kind.value) for c in result.schedule_changes}
    assert kinds == {(first.key, "room"), (first.key, "renamed"), (gone.key, "cancelled")}
    assert [s.key for s in result.kept_cancelled] == [gone.key]  # picked: kept, cancelled
    assert planner.session(gone.key).cancelled and planner.picks()[gone.key].note == "mine"
    assert planner.session(first.key).session.room == "Room 999"


def test_a_bookmark_of_many_resolves_each_key_as_one_would(tmp_path):
    planner = Planner(tmp_path / "p.sqlite3")
    catalog = build_catalog(2_000, 3)
    planner.store_catalog(catalog, "v1")
    wanted = [s.code.lower() if n % 3 else s.key for n, s in enumerate(catalog.sessions)]
    assert planner.resolve_keys(wanted) == [planner.resolve_key(k) for k in wanted]
    planner.bookmark(wanted, priority=4)
    assert len(planner.picks()) == 2_000 and {p.priority for p in planner.picks().values()} == {4}
    with pytest.raises(NotFoundError, match="nosuch: no session"):
        planner.bookmark(["S000001", "nosuch"])


def test_short_terms_find_what_the_scan_of_every_text_found(tmp_path):
    planner = Planner(tmp_path / "p.sqlite3")
    planner.store_catalog(build_catalog(1_500, 11), "v1")
    rng = random.Random(2)
    letters = [*"abcdefghijklmnopqrstuvwxyz0123456789", "自", "驾", "gp", "ai", "q", "z9"]
    queries = letters + [f"{rng.choice(letters)} {rng.choice(letters)}" for _ in range(20)]
    with planner._db.reading() as orm:
        raw = orm.connection().exec_driver_sql
        for query in queries:
            terms = search_terms(query)
            found, scanned = (search_where(orm, terms, scan_letters=s) for s in (False, True))
            ids = [
                set() if w is None else {r for (r,) in raw(
                    f"SELECT rowid FROM session_fts WHERE {w[0]}", tuple(w[1]))}
                for w in (found, scanned)
            ]  # fmt: skip
            assert ids[0] == ids[1], query
            if len(terms) == 1 and len(terms[0]) == 1:
                assert found is not None and "LIKE" not in found[0]  # from the trigram list
