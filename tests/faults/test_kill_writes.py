"""Kills during an export and during an agenda merge: nothing half-written, nothing left over.

An export is written to a temporary file and renamed over its target, so a kill at any moment
leaves the old file or the new one; the temporary file a killed writer leaves is removed by
the next write to the same place. An agenda merge is one transaction followed by the backup,
so a kill leaves the picks before or after it, never between, and the backup is brought up to
date at the next start. The big export and merge run on the generated schedule of 2,000
sessions (tests/generated.py), so that a bare clone runs them too.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.services.backup import read_backup
from planner.services.planner import Planner
from tests.faults.conftest import REPO, child_env, integrity, spawn
from tests.faults.test_kill import LARGE_EVENTS, LARGE_ID

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def temporaries(target: Path) -> list[str]:
    return sorted(p.name for p in target.parent.glob(f".{target.name}.*.tmp"))


def quiet(*args: str) -> subprocess.Popen[bytes]:
    """A child ``python -m ARGS`` whose output goes nowhere (a full pipe would stall it)."""
    return subprocess.Popen(
        [sys.executable, "-m", *args], cwd=REPO, env=child_env(),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def kill_after(child: subprocess.Popen[bytes], delay: float) -> None:
    try:
        child.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
        child.wait()


def test_the_temporary_file_of_a_killed_export_is_removed_by_the_next_export(bundled_db):
    target = bundled_db.parent / "agenda.ics"
    with Planner(bundled_db) as planner:
        planner.bookmark(["S72484"])
        planner.export_calendar(target)
    first = target.read_bytes()
    writer = spawn("tests.faults.stalled_write", str(target))
    assert writer.stdout.readline() == "writing\n"  # type: ignore[union-attr]
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    writer.communicate()
    [left] = temporaries(target)
    assert f".{writer.pid}." in left  # named after the writer that died
    assert target.read_bytes() == first  # the old calendar, whole
    done = subprocess.run(
        [sys.executable, "-m", "planner.cli", "--db", str(bundled_db), "export", "ics",
         str(target)],
        capture_output=True, text=True, env=child_env(), check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert temporaries(target) == []
    assert target.read_text().rstrip().endswith("END:VCALENDAR")


def test_a_running_writers_temporary_file_is_left_alone(bundled_db):
    target = bundled_db.parent / "agenda.ics"
    writer = spawn("tests.faults.stalled_write", str(target))
    try:
        assert writer.stdout.readline() == "writing\n"  # type: ignore[union-attr]
        with Planner(bundled_db) as planner:
            planner.export_calendar(target, all_sessions=True)
        [left] = temporaries(target)  # the other writer's, still at work
        assert f".{writer.pid}." in left
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.communicate()


def test_exports_killed_at_any_moment_leave_a_whole_calendar_and_no_leftovers(
    bundled_db, large_schedule
):
    with Planner(bundled_db) as planner:
        planner.import_file(large_schedule)
    target = bundled_db.parent / "large.ics"
    command = ("planner.cli", "--db", str(bundled_db), "--conference", LARGE_ID, "export",
               "ics", "--all", str(target))  # fmt: skip
    began = time.perf_counter()
    assert quiet(*command).wait(timeout=60) == 0
    seconds = time.perf_counter() - began
    rng = random.Random(4)
    for _ in range(8):
        kill_after(quiet(*command), rng.uniform(0.2 * seconds, 1.1 * seconds))
        text = target.read_text(encoding="utf-8")
        assert text.startswith("BEGIN:VCALENDAR") and text.rstrip().endswith("END:VCALENDAR")
        assert text.count("BEGIN:VEVENT") == LARGE_EVENTS
    assert quiet(*command).wait(timeout=60) == 0
    assert temporaries(target) == []
    assert integrity(bundled_db) == "ok"


def test_an_agenda_merge_killed_at_any_moment_is_all_or_nothing(bundled_db, large_schedule):
    agenda = bundled_db.parent / "colleague.yaml"
    with Planner(bundled_db) as planner:
        planner.import_file(large_schedule)
        keys = [row.key for row in planner.listing(LARGE_ID)][:600]
        planner.bookmark(keys, note="from a colleague")
        planner.save_agenda(agenda, conference_id=LARGE_ID)
        planner.unbookmark(keys)
        planner.bookmark(["S72484"], note="mine")
        before = planner.picks()
    command = ("planner.cli", "--db", str(bundled_db), "import", "agenda", str(agenda), "--merge")
    began = time.perf_counter()
    assert quiet(*command).wait(timeout=60) == 0
    seconds = time.perf_counter() - began
    with Planner(bundled_db) as planner:
        assert set(planner.picks()) == set(before) | set(keys)
        planner.unbookmark(keys)
    rng = random.Random(8)
    killed = 0
    for _ in range(8):
        child = quiet(*command)
        kill_after(child, rng.uniform(0.3 * seconds, 1.05 * seconds))
        killed += child.returncode == -signal.SIGKILL
        assert integrity(bundled_db) == "ok"
        with Planner(bundled_db) as planner:
            assert planner.recovery is None, planner.recovery
            picks = planner.picks()
            merged = set(picks) - set(before)
            assert merged in (set(), set(keys)), "a merge lands whole or not at all"
            assert picks["gtc2025/S72484"].note == "mine"
            # Brought up to date at this start if the kill came between commit and backup.
            assert {p.session_key: p for p in read_backup(planner.backup_path).picks} == picks
            if merged:
                planner.unbookmark(keys)  # back to the start for the next kill
    assert killed >= 3, "too few kills landed while the merge ran"
