"""The Planner facade on a real temporary SQLite file: imports, picks and their survival."""

from __future__ import annotations

import ast
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from planner.core.errors import StorageError, UsageError
from planner.core.model import Catalog, PickState, SessionFilter
from planner.formats.gtc_bundle import read_gtc_bundle
from planner.services.planner import Planner
from planner.storage.tables import SCHEMA_HEAD


@pytest.fixture()
def planner(db_path):
    with Planner(db_path) as p:
        p.ensure_bundled_catalog()
        yield p


def test_reloading_the_catalog_keeps_every_pick_and_note(planner):
    planner.bookmark(["S72484"], priority=5, note="arrive early, 排隊")
    planner.bookmark(["S74181"], priority=1, note="watch if time")
    before = planner.picks()
    planner.reload_bundled_catalog()
    planner.reload_bundled_catalog()
    assert planner.picks() == before
    assert len(planner.sessions()) == 21


def test_a_picked_session_gone_from_the_schedule_stays_marked_cancelled(planner):
    planner.bookmark(["S72890"], note="edge talk")
    catalog = read_gtc_bundle()
    smaller = Catalog(
        catalog.conference, tuple(s for s in catalog.sessions if s.code != "S72890"), catalog.tracks
    )
    result = planner.store_catalog(smaller, source="test")
    assert [s.code for s in result.kept_cancelled] == ["S72890"]
    view = planner.session("gtc2025/S72890")
    assert view.cancelled and view.pick is not None and view.pick.note == "edge talk"
    assert len(planner.sessions()) == 21  # still listed, marked cancelled
    planner.store_catalog(catalog, source="test")
    assert not planner.session("S72890").cancelled


def test_a_failed_import_changes_nothing(planner, db_path):
    planner.bookmark(["S72484"], note="keep me")
    catalog = read_gtc_bundle()
    twice = (*catalog.sessions, replace(catalog.sessions[0]))  # a duplicate key fails midway
    with pytest.raises(StorageError):
        planner.store_catalog(Catalog(catalog.conference, twice, catalog.tracks), source="bad")
    assert len(planner.sessions()) == 21
    assert planner.picks()["gtc2025/S72484"].note == "keep me"
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_tracks_come_with_counts_in_catalog_order(planner):
    tracks = planner.tracks()
    assert [name for name, _ in tracks] == [
        "Keynote",
        "Quantum Computing",
        "Business / Executive",
        "Technical - Beginner",
        "General Interest",
        "Technical - Intermediate",
        "Technical - Advanced",
    ]
    assert sum(n for _, n in tracks) == 21


def test_undo_snapshot_restores_picks_exactly(planner):
    planner.bookmark(["S72484"], priority=4, note="x")
    snap = planner.snapshot(["gtc2025/S72484", "gtc2025/S74495"])
    planner.bookmark(["S74495"], priority=2)
    planner.unbookmark(["S72484"])
    planner.restore(snap)
    picks = planner.picks()
    assert set(picks) == {"gtc2025/S72484"} and picks["gtc2025/S72484"].note == "x"


def test_only_attending_picks_clash(planner):
    planner.bookmark(["S72643", "S71942"])
    assert len(planner.conflicts()) == 1
    planner.set_states({"gtc2025/S72643": PickState.WATCH_LATER})
    assert planner.conflicts() == []


def test_search_combines_with_track_filter(planner):
    found = planner.sessions(SessionFilter(track="Technical - Advanced", search="自動駕駛"))
    assert found and all(v.session.track == "Technical - Advanced" for v in found)


def test_schema_is_migrated_and_pragmas_are_set(planner, db_path):
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        version = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert version == SCHEMA_HEAD


def test_core_and_cli_do_not_load_qt():
    code = (
        "import sys, planner.cli, planner.core.model, planner.core.conflicts;"
        "bad = [m for m in ('PySide6', 'shiboken6') if m in sys.modules];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


# Which of planner's parts each part may import (DESIGN.md, "Layers"): one way only.
MAY_IMPORT = {
    "core": set(),
    "formats": {"core"},
    "storage": {"core"},
    "services": {"core", "formats", "storage"},
    "gui": {"core", "services", "paths"},
    "cli": {"core", "services", "paths", "gui"},  # gui: `planner gui` opens it
}


def _planner_imports(source: Path) -> set[str]:
    """The parts of planner (``core``, ``gui``...) that a module imports."""
    found = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found |= {name.split(".")[1] for name in names if name.startswith("planner.")}
    return found


def test_dependencies_point_one_way():
    package = Path(__file__).resolve().parents[2] / "planner"
    for part, allowed in MAY_IMPORT.items():
        folder = package / part
        sources = sorted(folder.rglob("*.py")) if folder.is_dir() else [folder.with_suffix(".py")]
        assert sources
        for source in sources:
            wrong = _planner_imports(source) - allowed - {part}
            assert not wrong, f"{source.relative_to(package)} imports planner.{wrong.pop()}"


def test_core_does_not_load_sqlalchemy():
    code = (
        "import sys, planner.core.model, planner.core.conflicts, planner.core.textnorm;"
        "sys.exit(1 if 'sqlalchemy' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_an_updated_schedule_reports_moved_renamed_and_cancelled_picks_first(planner):
    planner.bookmark(["S72484", "S72643", "S72890"])
    catalog = read_gtc_bundle()
    hour = timedelta(hours=1)
    updated = []
    for s in catalog.sessions:
        if s.code == "S72484":
            s = replace(s, start=s.start + hour, end=s.end + hour, room="Hall 3")
        elif s.code == "S72643":
            s = replace(s, title="Speculative sampling, revised")
        elif s.code == "S72890":
            continue
        elif s.code == "S74534":
            s = replace(s, room="EMEA Simulive Room 2")
        updated.append(s)
    result = planner.store_catalog(
        Catalog(catalog.conference, tuple(updated), catalog.tracks), "v2"
    )
    kinds = {(c.key, c.kind.value) for c in result.schedule_changes}
    assert kinds == {
        ("gtc2025/S72484", "moved"),
        ("gtc2025/S72484", "room"),
        ("gtc2025/S72643", "renamed"),
        ("gtc2025/S72890", "cancelled"),
        ("gtc2025/S74534", "room"),
    }
    views = planner.schedule_changes()
    assert [v.picked for v in views] == [True, True, True, True, False]
    assert views[-1].change.key == "gtc2025/S74534"
    assert set(planner.picks()) == {"gtc2025/S72484", "gtc2025/S72643", "gtc2025/S72890"}


def test_a_first_import_reports_no_changes(planner):
    assert planner.schedule_changes() == []


def test_removing_a_conference_saves_its_picks_and_keeps_the_others(planner, fixtures, tmp_path):
    planner.import_file(fixtures / "pretalx" / "democamp.json")
    democamp = [row.key for row in planner.listing("democamp")][:2]
    planner.bookmark(democamp, priority=4, note="démo")
    planner.bookmark(["S72484"], note="keynote")
    removed = planner.remove_conference("democamp", tmp_path / "saved.yaml")
    assert (removed.picks, removed.saved_to) == (2, tmp_path / "saved.yaml")
    assert set(planner.picks()) == {"gtc2025/S72484"}
    assert [info.conference.id for info in planner.conferences()] == ["gtc2025"]
    assert planner.current_conference_id() is None and planner.conference().id == "gtc2025"
    with sqlite3.connect(planner.db_path) as raw:
        for table in ("session", "listing_position", "track", "room", "speaker", "catalog_change"):
            query = f"SELECT count(*) FROM {table} WHERE conference_id = 'democamp'"
            assert raw.execute(query).fetchone() == (0,), table
        assert raw.execute("SELECT count(*) FROM session_fts").fetchone() == (21,)  # GTC's
    planner.import_file(fixtures / "pretalx" / "democamp.json")
    planner.open_agenda(tmp_path / "saved.yaml", "merge")
    assert {k: p.note for k, p in planner.picks("democamp").items()} == dict.fromkeys(
        democamp, "démo"
    )


def test_a_pick_made_while_the_picks_are_saved_stops_the_removal(planner, tmp_path, monkeypatch):
    planner.bookmark(["S72484"], note="keynote")
    saving = planner.save_agenda

    def save_and_meanwhile_pick(*args, **kwargs):  # type: ignore[no-untyped-def]
        count = saving(*args, **kwargs)
        with Planner(planner.db_path) as window:  # the window, say, at the same moment
            window.bookmark(["S74495"], note="made meanwhile")
        return count

    monkeypatch.setattr(planner, "save_agenda", save_and_meanwhile_pick)
    with pytest.raises(UsageError, match="picks changed meanwhile; nothing removed"):
        planner.remove_conference("gtc2025", tmp_path / "saved.yaml")
    assert set(planner.picks()) == {"gtc2025/S72484", "gtc2025/S74495"}
    assert len(planner.listing("gtc2025")) == 21


def test_a_search_lists_the_best_matches_first_and_finds_the_same_sessions(planner, fixtures):
    planner.import_file(fixtures / "frab" / "tinyconf-2025.xml")
    found = [v.session.code for v in planner.sessions(SessionFilter(search="rust"))]
    ids = planner.matching_ids("rust") or set()
    listed = {row.code for row in planner.listing("tinyconf-2025") if row.row_id in ids}
    assert len(found) == 7 and set(found) == listed  # the same sessions as the window finds
    assert found[-2:] in (["1011", "1003"], ["1003", "1011"])  # letters inside words: last
