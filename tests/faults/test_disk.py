"""A full disk or a read-only data folder: one clear error, and nothing half-written.

These use a real small file system (tmpfs) where the machine lets the test mount one (root,
or CAP_SYS_ADMIN), so that SQLite and the exports meet a true ENOSPC or EROFS; as a normal
user the read-only folder is made with file modes instead. Root ignores file modes and only a
mount can make a disk full, so what the machine cannot do is skipped, saying why.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.core.errors import OutputError, StorageError
from planner.formats.atomic import write_atomically
from planner.services.planner import Planner
from tests.faults.conftest import integrity

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="tmpfs mounts are Linux's")


def _mount(folder: Path, options: str) -> None:
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip()}): needs root")


@pytest.fixture()
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB file system of its own: room for the bundled catalog, not for 2,000 sessions."""
    if os.geteuid() != 0:
        pytest.skip("filling a disk needs a small file system, and mounting one needs root")
    folder = tmp_path / "disk"
    folder.mkdir()
    _mount(folder, "size=3m")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path) -> None:
    """Take every free byte of the file system."""
    with contextlib.suppress(OSError), (folder / "filler").open("wb") as stream:
        while True:
            stream.write(bytes(64 * 1024))
            stream.flush()


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_an_import_onto_a_full_disk_fails_whole_and_keeps_the_picks(small_disk, large_schedule):
    db = small_disk / "planner.sqlite3"
    with Planner(db) as planner:
        planner.ensure_bundled_catalog()
        planner.bookmark(["S72484"], note="keynote")
        picks = planner.picks()
        with pytest.raises(StorageError) as full:
            planner.import_file(large_schedule)
        assert "the disk is full; nothing was written" in str(full.value)
        assert str(db) in str(full.value) and "\n" not in str(full.value)
    with Planner(db) as planner:
        assert planner.picks() == picks
        assert [info.conference.id for info in planner.conferences()] == ["gtc2025"]
    assert integrity(db) == "ok"


def test_on_a_full_disk_exports_leave_no_partial_file(small_disk, tmp_path):
    db = small_disk / "planner.sqlite3"
    with Planner(db) as planner:
        planner.ensure_bundled_catalog()
        planner.bookmark(["S72484", "S74495"])
        _fill(small_disk)
        before = _files(small_disk)
        for export in (
            lambda: planner.export_calendar(small_disk / "agenda.ics"),
            lambda: planner.save_agenda(small_disk / "agenda.yaml"),
        ):
            with pytest.raises(OutputError, match="cannot write"):
                export()
        assert _files(small_disk) == before  # no agenda.ics, no temporary file
    with pytest.raises(OSError):
        write_atomically(small_disk / "planner.sqlite3.picks-backup.json", b"x" * 100_000)
    assert _files(small_disk) == before


def test_a_pick_on_a_full_disk_is_refused_whole_or_saved_whole(small_disk):
    db = small_disk / "planner.sqlite3"
    with Planner(db) as planner:
        planner.ensure_bundled_catalog()
        planner.bookmark(["S72484"], note="first")
    backup_before = (small_disk / "planner.sqlite3.picks-backup.json").read_bytes()
    _fill(small_disk)
    try:
        with Planner(db) as planner:
            planner.bookmark(["S74495"], note="second")
            saved = True  # SQLite had room in its journal: then only the backup may fail
    except StorageError as exc:
        assert "the disk is full" in str(exc)
        saved = False
    (small_disk / "filler").unlink()
    with Planner(db) as planner:
        assert planner.picks()["gtc2025/S72484"].note == "first"
        assert ("gtc2025/S74495" in planner.picks()) == saved
    backup_now = (small_disk / "planner.sqlite3.picks-backup.json").read_bytes()
    assert backup_now == backup_before or b"second" in backup_now  # the old one, or whole
    assert integrity(db) == "ok"


@pytest.fixture()
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder holding a planner database with picks, then made read-only."""
    folder = tmp_path / "ro"
    folder.mkdir()
    as_root = os.geteuid() == 0
    if as_root:
        _mount(folder, "size=8m")
    with Planner(folder / "planner.sqlite3") as planner:
        planner.ensure_bundled_catalog()
        planner.bookmark(["S72484"], note="mine")
    try:
        if as_root:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        else:
            (folder / "planner.sqlite3").chmod(0o444)
            folder.chmod(0o555)
        yield folder
    finally:
        if as_root:
            subprocess.run(["umount", "-l", str(folder)], check=False)
        else:
            folder.chmod(0o755)


def test_a_read_only_data_folder_is_one_clear_error(read_only_folder):
    db = read_only_folder / "planner.sqlite3"
    contents = {p.name: p.read_bytes() for p in read_only_folder.iterdir()}
    with pytest.raises(StorageError) as refused, Planner(db) as planner:
        planner.bookmark(["S74495"])
    message = str(refused.value)
    assert message.startswith(str(db)) and "read-only" in message and "\n" not in message
    assert {p.name: p.read_bytes() for p in read_only_folder.iterdir()} == contents


def test_exports_into_an_unwritable_place_leave_nothing(tmp_path, db_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    with Planner(db_path) as planner:
        planner.ensure_bundled_catalog()
        planner.bookmark(["S72484"])
        with pytest.raises(OutputError, match="cannot write the calendar"):
            planner.export_calendar(a_file / "agenda.ics")
        with pytest.raises(OutputError, match="is a file of the system's own"):
            planner.export_calendar(Path("/proc/agenda.ics"))
    assert a_file.read_text() == "not a folder"
    assert not Path("/proc/agenda.ics").exists()
