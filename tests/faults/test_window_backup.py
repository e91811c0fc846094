"""The window writes its backup of the picks off its own thread: a kill loses no pick.

A change commits in its own transaction before the window shows it, and only then is the
backup asked for; killed at any moment, the window's process leaves every committed pick in
the database, and the next backup written (by the next change) holds them all again.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys

import pytest

from planner.services.backup import read_backup
from planner.services.planner import Planner
from tests.faults.conftest import WriterLog, bundled_keys, integrity, spawn

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _stored(pick: object) -> tuple[object, ...] | None:
    if pick is None:
        return None
    return (pick.session_key, pick.priority, pick.note)  # type: ignore[attr-defined]


def test_a_window_killed_between_a_change_and_its_backup_loses_no_pick(bundled_db):
    keys = bundled_keys(bundled_db)[:8]
    rng = random.Random(15)
    expected: dict[str, object] = {}
    for round_ in range(6):
        child = spawn("tests.faults.window_writer", str(bundled_db), *keys)
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        try:
            child.wait(timeout=rng.uniform(0.05, 0.4))
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
            child.wait()
        log = WriterLog.parse("ready\n" + child.stdout.read())
        child.stdout.close()
        child.stderr.close()  # type: ignore[union-attr]
        assert child.returncode == -signal.SIGKILL
        expected.update(log.committed)
        assert integrity(bundled_db) == "ok"
        with Planner(bundled_db) as planner:
            picks = planner.picks()
            for key, pick in expected.items():
                if key != log.in_flight:
                    assert _stored(picks.get(key)) == _stored(pick), key
            expected.update({key: picks.get(key) for key in keys})
            planner.bookmark([keys[0]], note=f"after kill {round_}")  # the next change...
            expected[keys[0]] = planner.picks()[keys[0]]
            backed_up = {p.session_key: p for p in read_backup(planner.backup_path).picks}
            assert planner.backup_problem is None, planner.backup_problem
            assert backed_up == planner.picks()  # ...brings the backup up to every pick
    assert any(expected.values())
