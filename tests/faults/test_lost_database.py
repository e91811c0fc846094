"""Picks survive every way the database file can go: emptied, deleted, zeroed, truncated,
bit-flipped, swapped for an older or fresh copy, its version record lost; and the backup
itself never shrinks unless the user removed picks.

Each case uses a real file damaged as a disk, a bad copy or a careless hand would, then the
real command line in a child process: one warning line naming what happened, the picks back,
exit status 0; or one line and exit 2 with the file left exactly as it was.
"""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.core.errors import StorageError
from planner.services import backup
from planner.services.planner import Planner
from tests.faults.conftest import child_env, integrity

PICKS = {"gtc2025/S72484": "keynote, 排隊", "gtc2025/S74495": "quantum", "gtc2025/S72443": ""}


def planner_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner.cli", "--db", str(db), *args],
        capture_output=True, text=True, env=child_env(), check=False, timeout=60,
    )  # fmt: skip


@pytest.fixture()
def picked(db_path: Path) -> Path:
    """A database with three picks (and their automatic backup beside it)."""
    with Planner(db_path) as planner:
        planner.ensure_bundled_catalog()
        for key, note in PICKS.items():
            planner.bookmark([key], note=note, priority=4)
    return db_path


def edit_raw(db: Path, *statements: str) -> None:
    """Change the file with a plain SQLite connection, closed after (its WAL written back)."""
    raw = sqlite3.connect(db)
    try:
        with raw:
            for statement in statements:
                raw.execute(statement)
    finally:
        raw.close()


def raw_picks(db: Path) -> dict[str, str]:
    raw = sqlite3.connect(db)
    try:
        return dict(raw.execute("SELECT session_key, note FROM pick").fetchall())
    finally:
        raw.close()


def backed_up(db: Path) -> dict[str, str]:
    return {p.session_key: p.note for p in backup.read_backup(backup.backup_path(db)).picks}


def companions_gone(db: Path) -> None:
    for end in ("-wal", "-shm"):
        Path(f"{db}{end}").unlink(missing_ok=True)


def flip_bits(db: Path, count: int, seed: int) -> None:
    data = bytearray(db.read_bytes())
    rng = random.Random(seed)
    for at in rng.sample(range(len(data)), count):
        data[at] ^= 1 << rng.randrange(8)
    db.write_bytes(bytes(data))


def _empty(db: Path) -> None:
    db.write_bytes(b"")
    companions_gone(db)


def _delete(db: Path) -> None:
    db.unlink()
    companions_gone(db)


def _zero(db: Path) -> None:
    db.write_bytes(bytes(db.stat().st_size))
    companions_gone(db)


def _truncate(db: Path) -> None:
    db.write_bytes(db.read_bytes()[:8192])
    companions_gone(db)


def _flip(db: Path) -> None:
    flip_bits(db, 400, seed=11)
    companions_gone(db)


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (_empty, "planner.sqlite3 was empty"),
        (_delete, "planner.sqlite3 was missing"),
        (_zero, "planner.sqlite3 was damaged (not recognisable as an SQLite database)"),
        (_truncate, "planner.sqlite3 was damaged"),
        (_flip, "planner.sqlite3 was damaged"),
    ],
    ids=["emptied", "deleted", "zeroed", "truncated", "bit-flipped"],
)
def test_every_pick_comes_back_and_the_user_is_told_in_one_line(picked, damage, said):
    backup_before = backup.backup_path(picked).read_bytes()
    damage(picked)
    done = planner_cli(picked, "sessions", "--bookmarked", "--json")
    assert done.returncode == 0, done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith(f"planner: warning: {said}")
    assert "3 pick(s) were restored from the automatic backup" in line
    assert {s["key"]: s["note"] for s in json.loads(done.stdout)} == PICKS
    assert raw_picks(picked) == PICKS and integrity(picked) == "ok"
    assert backed_up(picked) == PICKS
    assert backup.read_backup(backup.backup_path(picked)).picks  # not replaced by fewer
    assert (
        json.loads(backup.backup_path(picked).read_bytes())["picks"]
        == json.loads(backup_before)["picks"]
    )
    again = planner_cli(picked, "sessions", "--bookmarked")
    assert again.returncode == 0 and again.stderr == ""  # once is enough: said, and mended


def test_a_change_after_the_file_was_emptied_keeps_every_pick_in_the_backup(picked):
    _empty(picked)
    done = planner_cli(picked, "bookmark", "S74181", "--note", "new one")
    assert done.returncode == 0, done.stderr
    assert "3 pick(s) were restored" in done.stderr
    assert backed_up(picked) == {**PICKS, "gtc2025/S74181": "new one"}
    assert raw_picks(picked) == backed_up(picked)


def test_a_fresh_planner_file_put_in_its_place_gets_the_picks_back(picked, tmp_path):
    other = tmp_path / "other.sqlite3"
    with Planner(other) as planner:
        planner.ensure_bundled_catalog()  # a valid planner database, with no picks at all
    companions_gone(picked)
    picked.write_bytes(other.read_bytes())
    done = planner_cli(picked, "sessions", "--bookmarked")
    assert done.returncode == 0, done.stderr
    assert "planner.sqlite3 lacked 3 pick(s) that its automatic backup holds" in done.stderr
    assert raw_picks(picked) == PICKS


def test_a_file_of_zeros_without_a_backup_is_refused_and_left_alone(picked):
    for number in range(backup.GENERATIONS + 1):
        backup.generation_path(picked, number).unlink(missing_ok=True)
    _zero(picked)
    before = picked.read_bytes()
    done = planner_cli(picked, "sessions")
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert str(picked) in line and "is not an SQLite database" in line
    assert picked.read_bytes() == before
    assert sorted(p.name for p in picked.parent.iterdir()) == ["planner.sqlite3"]


# --- the schema-version record -------------------------------------------------------------


def _drop_version(raw: sqlite3.Connection) -> None:
    raw.execute("DROP TABLE alembic_version")


def _empty_version(raw: sqlite3.Connection) -> None:
    raw.execute("DELETE FROM alembic_version")


def _two_versions(raw: sqlite3.Connection) -> None:
    raw.execute("DROP TABLE alembic_version")
    raw.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
    raw.execute("INSERT INTO alembic_version VALUES ('0003_catalog_change'), ('0005_x')")


def _old_version(raw: sqlite3.Connection) -> None:
    raw.execute("UPDATE alembic_version SET version_num = '0002_export_history'")


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (_drop_version, "its schema version record is missing"),
        (_empty_version, "its schema version record is broken (empty)"),
        (_two_versions, "its schema version record is broken (2 entries)"),
        (_old_version, "its tables do not match its schema version 0002_export_history"),
    ],
    ids=["missing", "empty", "two-rows", "old-revision-newer-tables"],
)
def test_a_broken_schema_version_record_is_mended_without_a_raw_sql_error(picked, change, said):
    raw = sqlite3.connect(picked)
    with raw:
        change(raw)
    raw.close()
    done = planner_cli(picked, "sessions", "--bookmarked")
    assert done.returncode == 0, done.stderr
    [line] = done.stderr.splitlines()
    assert said in line and "set aside as planner.sqlite3.corrupt-" in line
    assert "3 pick(s) were restored" in line
    assert "Traceback" not in done.stderr and "OperationalError" not in done.stderr
    assert raw_picks(picked) == PICKS


def test_a_schema_from_a_newer_planner_is_refused_and_left_alone(picked):
    edit_raw(picked, "UPDATE alembic_version SET version_num = '0099_from_the_future'")
    before = picked.read_bytes()
    done = planner_cli(picked, "sessions")
    assert done.returncode == 2
    assert "written by a newer Conference Planner" in done.stderr
    assert len(done.stderr.splitlines()) == 1
    assert picked.read_bytes() == before


# --- someone else's database ---------------------------------------------------------------


def test_another_programs_sqlite_file_is_refused_and_not_one_byte_changes(tmp_path):
    places = tmp_path / "places.sqlite"
    edit_raw(
        places,
        "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)",
        "INSERT INTO moz_places (url) VALUES ('https://example.org/')",
    )
    before = places.read_bytes()
    for command in (["sessions"], ["bookmark", "S72484"], ["import", "agenda", "x.yaml"]):
        done = planner_cli(places, *command)
        assert done.returncode == 2
        [line] = done.stderr.splitlines()
        assert "another program's SQLite database (tables: moz_places)" in line
        assert str(places) in line
    assert places.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.sqlite"]
    with pytest.raises(StorageError):
        Planner(places)


def test_an_alembic_database_of_another_program_is_refused_too(tmp_path):
    other = tmp_path / "app.db"
    edit_raw(
        other,
        "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
        "INSERT INTO alembic_version VALUES ('a1b2c3d4e5f6')",
        "CREATE TABLE users (id INTEGER PRIMARY KEY)",
    )
    before = other.read_bytes()
    with pytest.raises(StorageError, match="tables: alembic_version, users"):
        Planner(other)
    assert other.read_bytes() == before


# --- a FIFO, a device ----------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_as_the_database_is_refused_at_once(tmp_path):
    import os

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    began = time.perf_counter()
    done = planner_cli(fifo, "sessions")
    assert time.perf_counter() - began < 10
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line == (
        f"planner: --db {fifo}: is a named pipe (FIFO), not a database file; give --db the "
        "name of a regular file (a new name starts a new database)"
    )


# --- the backup's own policy ---------------------------------------------------------------


def test_a_backup_behind_the_database_is_brought_up_to_date_at_start(picked):
    # As a process killed between a change's commit and its backup leaves it.
    edit_raw(
        picked,
        "INSERT INTO pick (session_key, conference_id, priority, note, state, created_at, "
        "updated_at) VALUES ('gtc2025/S74181', 'gtc2025', 2, 'late', 'attending', 0, 0)",
        "DELETE FROM pick WHERE session_key = 'gtc2025/S72443'",
        "INSERT INTO pick_removal VALUES ('gtc2025/S72443', 0)",
    )
    with Planner(picked) as planner:
        assert planner.recovery is None  # nothing was lost: only the backup was behind
    expected = {k: v for k, v in PICKS.items() if k != "gtc2025/S72443"}
    assert backed_up(picked) == {**expected, "gtc2025/S74181": "late"}


def test_removing_one_pick_shrinks_the_backup_at_once(picked):
    with Planner(picked) as planner:
        planner.unbookmark(["S72443"])
    assert backed_up(picked) == {k: v for k, v in PICKS.items() if k != "gtc2025/S72443"}


def test_removing_picks_shrinks_the_backup_and_keeps_the_set_before(picked):
    with Planner(picked) as planner:
        planner.unbookmark(["S72484", "S74495"])
    assert backed_up(picked) == {"gtc2025/S72443": ""}
    older = backup.read_backup(backup.generation_path(picked, 1))
    assert {p.session_key for p in older.picks} == set(PICKS)
    raw = sqlite3.connect(picked)
    assert raw.execute("SELECT count(*) FROM pick_removal").fetchone() == (0,)
    raw.close()


def test_only_the_last_few_backups_are_kept(picked):
    with Planner(picked) as planner:
        for round_ in range(6):
            planner.bookmark(["S74181", "S72716"], note=f"round {round_}")
            planner.unbookmark(["S74181", "S72716"])  # several at once: the set before is kept
    names = sorted(p.name for p in picked.parent.glob("planner.sqlite3.picks-backup*"))
    assert names == [
        "planner.sqlite3.picks-backup.1.json",
        "planner.sqlite3.picks-backup.2.json",
        "planner.sqlite3.picks-backup.3.json",
        "planner.sqlite3.picks-backup.json",
    ]
    notes = [
        backup.read_backup(backup.generation_path(picked, n)).by_key()["gtc2025/S74181"].note
        for n in (1, 2, 3)
    ]
    assert notes == ["round 5", "round 4", "round 3"]  # the sets before each removal


def test_one_bad_entry_in_the_backup_blocks_none_of_the_good_ones(picked):
    path = backup.backup_path(picked)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["picks"][1]["priority"] = "very high"
    document["picks"].append({"key": "gtc2025/S74181", "priority": 3, "state": "dancing"})
    path.write_text(json.dumps(document), encoding="utf-8")
    bad_key = document["picks"][1]["key"]
    _zero(picked)
    done = planner_cli(picked, "sessions", "--bookmarked", "--json")
    assert done.returncode == 0, done.stderr
    [line] = done.stderr.splitlines()
    assert "Your 2 pick(s) were restored" in line
    assert "2 entry(ies) of that backup could not be read and were left out" in line
    assert f"picks[1] ({bad_key}): priority must be a whole number" in line
    assert "picks[3] (gtc2025/S74181): 'dancing' is not a valid PickState" in line
    assert set(raw_picks(picked)) == set(PICKS) - {bad_key}


def test_an_unreadable_backup_falls_back_to_the_one_before(picked):
    with Planner(picked) as planner:
        planner.unbookmark(["S72443", "S74495"])  # the full set goes to generation 1
        planner.bookmark(["S72443"], note="")
    backup.backup_path(picked).write_text("{not json", encoding="utf-8")
    _delete(picked)
    done = planner_cli(picked, "sessions", "--bookmarked")
    assert done.returncode == 0, done.stderr
    [line] = done.stderr.splitlines()
    assert "The latest automatic backup of your picks could not be read" in line
    assert "unreadable-" in line and "3 pick(s) were restored" in line
    assert raw_picks(picked) == PICKS
    [kept] = picked.parent.glob("planner.sqlite3.unreadable-*.picks-backup.json")
    assert kept.read_text(encoding="utf-8") == "{not json"


# --- read-only media -----------------------------------------------------------------------


@pytest.fixture()
def read_only_copy(picked, tmp_path):
    """The picked database on a file system mounted read-only (root), or in 0555 folders."""
    import os

    folder = tmp_path / "ro"
    folder.mkdir()
    as_root = os.geteuid() == 0
    if as_root:
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if mounted.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    for name in ("planner.sqlite3", "planner.sqlite3.picks-backup.json"):
        (folder / name).write_bytes((picked.parent / name).read_bytes())
    try:
        if as_root:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        else:
            folder.chmod(0o555)
        yield folder / "planner.sqlite3"
    finally:
        if as_root:
            subprocess.run(["umount", "-l", str(folder)], check=False)
        else:
            folder.chmod(0o755)


def test_a_database_on_a_read_only_medium_is_read_and_says_nothing_can_be_saved(read_only_copy):
    db = read_only_copy
    before = {p.name: p.read_bytes() for p in db.parent.iterdir()}
    done = planner_cli(db, "sessions", "--bookmarked")
    assert done.returncode == 0, done.stderr
    assert done.stderr == (
        f"planner: warning: {db} is on a read-only disk or folder: nothing can be saved\n"
    )
    assert "S72484" in done.stdout and "S74495" in done.stdout
    refused = planner_cli(db, "bookmark", "S74181")
    assert refused.returncode == 2
    [line] = refused.stderr.splitlines()
    assert "opened read-only; changes cannot be saved" in line
    with Planner(db) as planner:
        assert planner.read_only and set(planner.picks()) == set(PICKS)
        with pytest.raises(StorageError, match="read-only"):
            planner.unbookmark(["S72484"])
    assert {p.name: p.read_bytes() for p in db.parent.iterdir()} == before
