"""A damaged database file: found at start, set aside, and the picks restored from the backup.

The planner keeps an automatic backup of every pick beside the database after each change.
A file that SQLite finds damaged is renamed to ``<db>.corrupt-<timestamp>`` (kept byte for
byte), a fresh database is made with the bundled catalog, the picks are put back (from the
backup, and those it lacks from the damaged file itself), and ``Planner.recovery`` says what
happened. A file SQLite does not recognise at all, with no backup of picks beside it, may be
anyone's: it is refused and left alone (tests/faults/test_lost_database.py has the rest).
"""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from planner.core.errors import StorageError
from planner.core.model import PickState
from planner.services.backup import backup_path, read_backup
from planner.services.planner import Planner
from planner.storage import engine
from tests.faults.conftest import child_env, integrity

PAGE = 4096


@pytest.fixture()
def picked_db(db_path: Path, fixtures: Path) -> Path:
    """The bundled catalog and DemoCamp, with picks in both (notes in two scripts)."""
    with Planner(db_path) as planner:
        planner.ensure_bundled_catalog()
        planner.import_file(fixtures / "pretalx" / "democamp.json")
        planner.bookmark(["S72484"], priority=5, note="arrive early, 排隊")
        planner.bookmark(["S74181", "S72443"], note="maybe")
        democamp = [row.key for row in planner.listing("democamp")][:2]
        planner.bookmark(democamp, priority=2, note="démo")
        planner.set_states({democamp[0]: PickState.WATCH_LATER})
    return db_path


def _picks(db: Path) -> dict[str, tuple[object, ...]]:
    """The picks as a fresh raw connection reads them (every field the user set)."""
    with sqlite3.connect(db) as raw:
        rows = raw.execute(
            "SELECT session_key, conference_id, priority, note, state FROM pick"
        ).fetchall()
    return {row[0]: row[1:] for row in rows}


def _scribble(db: Path, pages: range, seed: int = 1) -> bytes:
    """Overwrite whole pages with random bytes, as a failing disk or a bad copy would."""
    return _scribble_bytes(db, pages.start * PAGE, pages.stop * PAGE, seed)


def _scribble_bytes(db: Path, start: int, stop: int, seed: int = 1) -> bytes:
    data = bytearray(db.read_bytes())
    data[start:stop] = random.Random(seed).randbytes(stop - start)
    db.write_bytes(bytes(data))
    return bytes(data)


def _rewrite(db: Path, change: Callable[[bytes], bytes]) -> bytes:
    db.write_bytes(change(db.read_bytes()))
    return db.read_bytes()


def _asides(db: Path) -> list[Path]:
    return sorted(db.parent.glob(db.name + ".corrupt-*[0-9]"))


def _recovered(db: Path, damaged: bytes, before: dict[str, tuple[object, ...]]) -> str:
    with Planner(db) as planner:
        message = planner.recovery
        assert message is not None
        assert planner.picks().keys() == before.keys()
        assert len(planner.listing("gtc2025")) == 21  # the bundled catalog is back
    assert _picks(db) == before
    assert integrity(db) == "ok"
    [aside] = _asides(db)
    assert aside.read_bytes() == damaged  # kept as it was, for whoever wants to look
    assert aside.name in message and "5 pick(s) were restored" in message
    return message


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda db: _scribble(db, range(3, 12)), id="pages-overwritten"),
        pytest.param(lambda db: _scribble_bytes(db, 100, PAGE), id="schema-overwritten"),
        pytest.param(lambda db: _rewrite(db, lambda d: d[: len(d) // 2]), id="truncated-to-half"),
        pytest.param(
            lambda db: _rewrite(db, lambda d: d[:16] + bytes(84) + d[100:]),
            id="header-fields-zeroed",
        ),
    ],
)
def test_a_damaged_file_is_set_aside_and_the_picks_come_back(picked_db, damage):
    before = _picks(picked_db)
    damaged = damage(picked_db)
    message = _recovered(picked_db, damaged, before)
    assert "democamp" in message  # its picks are back; its schedule needs importing again


def test_picks_of_a_conference_not_loaded_yet_show_once_it_is_imported(picked_db, fixtures):
    before = _picks(picked_db)
    _recovered(picked_db, _scribble(picked_db, range(3, 12)), before)
    with Planner(picked_db) as planner:
        assert planner.recovery is None  # once is enough: the fresh file is healthy
        planner.import_file(fixtures / "pretalx" / "democamp.json")
        agenda = planner.agenda("democamp")
        assert [v.pick.note for v in agenda] == ["démo", "démo"]  # type: ignore[union-attr]
        assert {v.pick.state for v in agenda} == {PickState.WATCH_LATER, PickState.ATTENDING}  # type: ignore[union-attr]


def test_the_command_line_warns_and_goes_on(picked_db):
    before = _picks(picked_db)
    _scribble(picked_db, range(3, 12))
    done = subprocess.run(
        [sys.executable, "-m", "planner.cli", "--db", str(picked_db), "sessions", "--bookmarked"],
        capture_output=True, text=True, env=child_env(), check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("planner: warning: planner.sqlite3 was damaged")
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "S72484" in done.stdout and "S74181" in done.stdout
    assert _picks(picked_db) == before


def test_a_file_without_the_sqlite_header_is_refused_and_left_alone(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my conference notes\n" * 200)
    with pytest.raises(StorageError) as refused:
        Planner(notes)
    assert not isinstance(refused.value, engine.DamagedDatabaseError)
    assert str(notes) in str(refused.value)
    assert notes.read_text() == "my conference notes\n" * 200
    assert not _asides(notes)


def test_without_a_backup_the_picks_the_damaged_file_still_holds_are_read_back(picked_db):
    before = _picks(picked_db)
    backup_path(picked_db).unlink()
    _scribble(picked_db, range(3, 12))  # the catalog's pages; the pick table survives
    with Planner(picked_db) as planner:
        assert planner.recovery is not None and "No automatic backup" in planner.recovery
        assert "5 pick(s) the backup lacked were read back from the damaged file" in (
            planner.recovery
        )
        assert len(planner.listing()) == 21
    assert _picks(picked_db) == before


def test_without_a_backup_or_a_readable_pick_table_the_planner_says_so_and_starts_anew(
    picked_db,
):
    backup_path(picked_db).unlink()
    root = _root_page(picked_db, "pick")
    _scribble(picked_db, range(root - 1, root))
    with Planner(picked_db) as planner:
        assert planner.recovery is not None and "No automatic backup" in planner.recovery
        assert "starts anew" in planner.recovery
        assert planner.picks() == {}
        assert len(planner.listing()) == 21


def test_an_unreadable_backup_is_kept_and_named(picked_db):
    backup_path(picked_db).write_text('{"format": "conference-planner-picks-backup", "vers')
    _scribble(picked_db, range(3, 12))
    with Planner(picked_db) as planner:
        assert planner.recovery is not None and "could not be read" in planner.recovery
        [kept] = picked_db.parent.glob("*.corrupt-*.picks-backup.json")
        assert kept.name in planner.recovery
        assert kept.read_text().endswith('"vers')


def _root_page(db: Path, table: str) -> int:
    with sqlite3.connect(db) as raw:
        query = "SELECT rootpage FROM sqlite_master WHERE name = ?"
        return int(raw.execute(query, (table,)).fetchone()[0])


def test_damage_in_a_large_file_is_caught_on_first_use_and_mended_at_next_start(
    picked_db, monkeypatch
):
    # Files above the limit get only the cheap start-up check (schema and picks), as a
    # 100,000-session database does; the limit is lowered so that a small file stands in.
    monkeypatch.setattr(engine, "FULL_CHECK_MAX_BYTES", 0)
    before = _picks(picked_db)
    root = _root_page(picked_db, "session")
    damaged = _scribble(picked_db, range(root - 1, root))
    with Planner(picked_db) as planner:
        assert planner.recovery is None and planner.picks().keys() == before.keys()
        with pytest.raises(StorageError, match=r"damaged.*reopen the planner"):
            planner.sessions()  # reads the session rows themselves
    assert engine.damage_marker(picked_db).exists()
    _recovered(picked_db, damaged, before)
    assert not engine.damage_marker(picked_db).exists()


def test_every_change_to_picks_is_in_the_backup_at_once(picked_db, tmp_path):
    with Planner(picked_db) as planner:

        def backed_up() -> dict[str, object]:
            return {p.session_key: p for p in read_backup(planner.backup_path).picks}

        assert backed_up() == planner.picks()
        planner.unbookmark(["S74181"])
        assert backed_up() == planner.picks()
        snapshot = planner.snapshot(["gtc2025/S72443"])
        planner.bookmark(["S72443"], priority=1, note="changed")
        assert backed_up() == planner.picks()
        planner.restore(snapshot)
        assert backed_up() == planner.picks()
        planner.save_agenda(tmp_path / "mine.yaml", conference_id="gtc2025")
        planner.unbookmark(list(planner.picks("gtc2025")))
        planner.open_agenda(tmp_path / "mine.yaml", "merge")
        assert backed_up() == planner.picks() and "gtc2025/S72484" in planner.picks()
    document = json.loads(backup_path(picked_db).read_text(encoding="utf-8"))
    assert "arrive early, 排隊" in backup_path(picked_db).read_text(encoding="utf-8")
    assert {p["key"].split("/")[0] for p in document["picks"]} == {"gtc2025", "democamp"}


def test_a_backup_that_cannot_be_written_does_not_undo_the_pick(picked_db):
    backup_path(picked_db).unlink()
    backup_path(picked_db).mkdir()  # something in the way that even root cannot replace
    with Planner(picked_db) as planner:
        changes = planner.bookmark(["S74181"], note="still saved")
        assert planner.picks()["gtc2025/S74181"].note == "still saved"
        assert planner.backup_problem is not None and "could not be written" in changes.message
        assert str(backup_path(picked_db)) in planner.backup_problem
