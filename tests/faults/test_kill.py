"""A planner process killed (SIGKILL) at random moments loses nothing that had committed.

Children are real processes: the command line importing a large schedule (2,000 generated
sessions, as frab XML), and writers that
bookmark and unbookmark in a loop and print each change once it has committed. After every
kill the file must open with the planner (no recovery needed), pass SQLite's integrity check,
hold every committed pick exactly, and an import must be all or nothing.
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
from tests.faults.conftest import WriterLog, bundled_keys, integrity, spawn

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

LARGE_EVENTS = 2_000
LARGE_ID = "bench-2000"


def _kill(child, delay: float) -> str:  # type: ignore[no-untyped-def]
    """Kill ``child`` after ``delay`` seconds (or let it end first); its stdout."""
    try:
        child.wait(timeout=delay)
    except subprocess.TimeoutExpired:  # still running: the point of the test
        child.send_signal(signal.SIGKILL)
        child.wait()
    # Read through the same buffered stream as any readline before, or lines get lost.
    out = child.stdout.read()
    child.stdout.close()
    child.stderr.close()
    return out


def _open_cleanly(db: Path) -> Planner:
    planner = Planner(db)
    assert planner.recovery is None, planner.recovery
    return planner


def _large_state(planner: Planner) -> int | None:
    """None if the large schedule is not in the database, else its number of events."""
    events = {info.conference.id: info.events for info in planner.conferences()}
    return events.get(LARGE_ID)


def test_an_import_killed_at_any_moment_is_all_or_nothing_and_keeps_picks(
    bundled_db, large_schedule
):
    keys = bundled_keys(bundled_db)
    with Planner(bundled_db) as planner:
        planner.bookmark(keys[:3], priority=5, note="kept through every kill, 保留")
        before = planner.picks()
    source = large_schedule
    began = time.perf_counter()
    full = spawn("planner.cli", "--db", str(bundled_db), "import", str(source))
    assert full.wait(timeout=60) == 0, full.stderr.read()  # type: ignore[union-attr]
    full.communicate()
    whole = time.perf_counter() - began
    rng = random.Random(20250201)
    outcomes = set()
    for _ in range(6):
        child = spawn("planner.cli", "--db", str(bundled_db), "import", str(source))
        _kill(child, rng.uniform(0.3 * whole, 1.05 * whole))
        assert integrity(bundled_db) == "ok"
        with _open_cleanly(bundled_db) as planner:
            assert planner.picks() == before
            state = _large_state(planner)
            outcomes.add(child.returncode)
            assert state == LARGE_EVENTS, "an import leaves all of it or the previous all"
            assert len(planner.listing(LARGE_ID)) == LARGE_EVENTS
    assert -signal.SIGKILL in outcomes, "no kill landed while the import ran"


def test_a_first_import_killed_at_any_moment_leaves_no_part_of_it(bundled_db, large_schedule):
    source = large_schedule
    rng = random.Random(7)
    for _ in range(3):
        child = spawn("planner.cli", "--db", str(bundled_db), "import", str(source))
        _kill(child, rng.uniform(0.5, 1.0))
        assert integrity(bundled_db) == "ok"
        with _open_cleanly(bundled_db) as planner:
            state = _large_state(planner)
            assert len(planner.listing("gtc2025")) == 21  # the catalog that was there stays
        # A kill after the commit (while the process prints or closes) leaves it all in.
        assert state in (None, LARGE_EVENTS), "an import leaves all of it or none of it"
        if state is not None:
            return


def _writers(db: Path, keys: list[str], round_: int) -> list:  # type: ignore[type-arg]
    halves = (keys[::2], keys[1::2])  # each writer owns its keys: their order is its own
    return [
        spawn("tests.faults.pick_writer", str(db), str(round_ * 10 + n), "0", *own)
        for n, own in enumerate(halves)
    ]


def _kill_when_writing(child, rng: random.Random) -> str:  # type: ignore[no-untyped-def]
    assert child.stdout.readline() == "ready\n", child.stderr.read()
    return "ready\n" + _kill(child, rng.uniform(0.0, 0.25))


def test_pick_writers_killed_at_any_moment_lose_no_committed_pick(bundled_db):
    keys = bundled_keys(bundled_db)
    expected: dict[str, object] = {}
    rng = random.Random(99)
    kills = 0
    for round_ in range(10):
        children = _writers(bundled_db, keys, round_)
        logs = [WriterLog.parse(_kill_when_writing(c, rng)) for c in children]
        kills += sum(c.returncode == -signal.SIGKILL for c in children)
        open_keys = {log.in_flight for log in logs if log.in_flight}
        for log in logs:
            expected.update(log.committed)
        assert integrity(bundled_db) == "ok"
        with _open_cleanly(bundled_db) as planner:
            picks = planner.picks()
        for key, pick in expected.items():
            if key not in open_keys:
                assert _as_stored(picks.get(key)) == _as_stored(pick), key
        backed_up = {p.session_key: p for p in read_backup(planner.backup_path).picks}
        assert {k: p for k, p in backed_up.items() if k not in open_keys} == {
            k: p for k, p in picks.items() if k not in open_keys
        }
        expected.update({key: picks.get(key) for key in open_keys})
    assert kills >= 16
    assert any(expected.values()), "the writers committed nothing: the test proved nothing"


def _as_stored(pick: object) -> tuple[object, ...] | None:
    if pick is None:
        return None
    return (pick.session_key, pick.priority, pick.note)  # type: ignore[attr-defined]
