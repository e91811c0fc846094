"""Exports write regular files only: never over a pipe, a device, a folder, a file of the
system's own, or the planner's own data files (the database, its -wal and -shm, its backup).

Each refusal is one line naming the file, exit status 2, and whatever was there is left as it
was. No test here touches a real device: the FIFO and the character device are made in the
test's own folder, and the system folders are refused by their path, before anything is
looked at (an export must not even try /proc or /sys).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from planner.cli import main
from planner.services.backup import backup_path

EXPORTS = ("ics", "agenda", "pdf")
WHAT = {"ics": "a calendar to write", "agenda": "an agenda to write", "pdf": "a PDF to write"}


def export(db: Path, what: str, out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--db", str(db), "export", what, str(out)])
    captured = capsys.readouterr()
    return code, captured.err


@pytest.fixture()
def picked_db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["--db", str(db_path), "bookmark", "S72484"]) == 0  # writes the backup too
    capsys.readouterr()
    return db_path


def _refused(code: int, err: str, out: Path, words: str) -> None:
    assert code == 2, err
    assert err.count("\n") == 1 and err.startswith(f"planner: {out}: "), err
    assert words in err, err
    assert "Traceback" not in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("what", EXPORTS)
def test_a_named_pipe_is_refused_and_left_a_pipe(picked_db, tmp_path, what, capsys):
    fifo = tmp_path / "pipe.out"
    os.mkfifo(fifo)
    code, err = export(picked_db, what, fifo, capsys)
    _refused(code, err, fifo, f"is a named pipe (FIFO), not {WHAT[what]}; nothing was written")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@pytest.mark.parametrize("what", EXPORTS)
def test_a_character_device_is_refused_and_left_a_device(picked_db, tmp_path, what, capsys):
    device = tmp_path / "null-twin"
    try:  # the same device as /dev/null, made here: writing to it could do no harm anyway
        os.mknod(device, 0o600 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, AttributeError, OSError):
        pytest.skip("this user cannot make a device node (that needs root)")
    code, err = export(picked_db, what, device, capsys)
    _refused(code, err, device, f"is a device, not {WHAT[what]}")
    assert stat.S_ISCHR(device.lstat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="/proc and /sys are POSIX folders")
@pytest.mark.parametrize("what", EXPORTS)
@pytest.mark.parametrize("folder", ["/proc", "/sys"])
def test_a_file_in_a_system_folder_is_refused_by_its_path(picked_db, what, folder, capsys):
    # Neither folder lets anyone make a file in it, root or not: a broken check fails here
    # with "cannot write" rather than creating anything. /dev is the same rule.
    out = Path(folder) / "planner-export-test.out"
    code, err = export(picked_db, what, out, capsys)
    _refused(code, err, out, f"is a file of the system's own (in {folder}), not {WHAT[what]}")
    assert not out.exists()


@pytest.mark.parametrize("what", EXPORTS)
def test_a_folder_is_refused_and_left_as_it_was(picked_db, tmp_path, what, capsys):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "kept.txt").write_text("mine")
    code, err = export(picked_db, what, folder, capsys)
    _refused(code, err, folder, f"is a folder, not {WHAT[what]}; nothing was written")
    assert [p.name for p in folder.iterdir()] == ["kept.txt"]


@pytest.mark.parametrize("what", EXPORTS)
@pytest.mark.parametrize("which", ["database", "-wal", "-shm", "backup", "link to it"])
def test_the_planners_own_files_are_never_overwritten(picked_db, tmp_path, what, which, capsys):
    target = {
        "database": picked_db,
        "-wal": Path(f"{picked_db}-wal"),
        "-shm": Path(f"{picked_db}-shm"),
        "backup": backup_path(picked_db),
        "link to it": tmp_path / "agenda.out",
    }[which]
    if which == "link to it":
        target.symlink_to(picked_db)
    real = Path(os.path.realpath(target))
    before = real.read_bytes() if real.exists() else None
    code, err = export(picked_db, what, target, capsys)
    _refused(code, err, target, f"is one of the planner's own data files, not {WHAT[what]}")
    assert (real.read_bytes() if real.exists() else None) == before
    assert main(["--db", str(picked_db), "sessions", "--bookmarked", "--json"]) == 0
    assert '"gtc2025/S72484"' in capsys.readouterr().out  # the picks are all there


def test_a_regular_file_is_still_replaced(picked_db, tmp_path, capsys):
    out = tmp_path / "agenda.ics"
    out.write_text("an older export")
    code, err = export(picked_db, "ics", out, capsys)
    assert code == 0, err
    assert out.read_text().startswith("BEGIN:VCALENDAR")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_the_atomic_writer_itself_never_renames_over_a_pipe(tmp_path):
    # Every file the planner replaces goes through it (exports, the backup of picks): a pipe
    # that appears after an export's check is still not replaced.
    from planner.formats.atomic import NotReplaceableError, write_atomically

    fifo = tmp_path / "late.pipe"
    os.mkfifo(fifo)
    with pytest.raises(NotReplaceableError) as raised:
        write_atomically(fifo, b"data")
    assert raised.value.strerror == "is a named pipe (FIFO)"
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["late.pipe"]  # no temporary file left
