"""Nothing in a process that holds SQLite connections opens the database file with open().

On POSIX, closing any descriptor of a file drops every lock the process holds on it; another
process then checkpoints and deletes the WAL this one still writes into. So the whole path of
every command, including the checks at start and recovery from a damaged file, must leave the
file to SQLite. The audit hook (tests/file_opens.py) sees every open made through Python.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.cli import main
from planner.services.planner import Planner
from tests.file_opens import database_opens, recording


def test_no_command_opens_the_database_file_itself(db_path, tmp_path, fixtures, capsys):
    db = ["--db", str(db_path)]
    commands = [
        ["summary"],
        ["bookmark", "S72484", "S74181", "--note", "keynote"],
        ["sessions", "--search", "keynote"],
        ["show", "S72484"],
        ["import", str(fixtures / "pretalx" / "democamp.json")],
        ["export", "ics", str(tmp_path / "me.ics")],
        ["export", "agenda", str(tmp_path / "me.yaml")],
        ["import", "agenda", str(tmp_path / "me.yaml"), "--merge"],
        ["unbookmark", "S74181"],
        ["conflicts"],
        ["plan", "--apply"],
    ]
    with recording() as opened:
        for command in commands:
            assert main([*db, *command]) == 0, (command, capsys.readouterr().err)
    assert opened, "the hook saw nothing: the test would prove nothing"
    assert database_opens(opened, db_path) == []


def test_recovery_from_a_damaged_file_opens_it_only_through_sqlite(db_path):
    with Planner(db_path) as planner:
        planner.ensure_bundled_catalog()
        planner.bookmark(["S72484"])
    db_path.write_bytes(bytes(db_path.stat().st_size))  # zeros, as a failed disk leaves it
    for end in ("-wal", "-shm"):
        Path(f"{db_path}{end}").unlink(missing_ok=True)
    with recording() as opened, Planner(db_path) as planner:
        assert planner.recovery is not None and "gtc2025/S72484" in planner.picks()
        planner.bookmark(["S74495"])
    assert database_opens(opened, db_path) == []
    [aside] = db_path.parent.glob("planner.sqlite3.corrupt-*")
    assert database_opens(opened, aside) == []  # read back through SQLite too


@pytest.mark.parametrize("what", ["schedule", "agenda", "export"])
def test_the_database_file_given_as_a_file_to_read_or_write_is_refused(db_path, what, capsys):
    with Planner(db_path) as planner:
        planner.ensure_bundled_catalog()
    before = db_path.read_bytes()
    command = {
        "schedule": ["import", str(db_path)],
        "agenda": ["import", "agenda", str(db_path), "--merge"],
        "export": ["export", "ics", str(db_path)],
    }[what]
    with recording() as opened:
        assert main(["--db", str(db_path), *command]) == 2
    err = capsys.readouterr().err
    assert err == f"planner: {db_path}: is one of the planner's own data files, not " + {
        "schedule": "a schedule",
        "agenda": "an agenda file",
        "export": "a calendar to write",
    }[what] + "\n"
    assert database_opens(opened, db_path) == []
    assert db_path.read_bytes() == before
