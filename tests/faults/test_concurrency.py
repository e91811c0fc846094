"""The command line and the window writing one file at once: nobody gets "database is locked".

The engine takes the write lock at BEGIN (BEGIN IMMEDIATE) and waits up to 15 s for it, so
writers queue instead of failing, and WAL lets readers go on while one writes.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from planner.services.backup import read_backup
from planner.services.planner import Planner
from tests.faults.conftest import WriterLog, bundled_keys, integrity, spawn
from tests.generated import generated_schedule


def _thread_writer(db: Path, keys: list[str], rounds: int, errors: list[BaseException]) -> None:
    try:
        with Planner(db) as planner:  # one Planner per thread, as the window's workers have
            for n in range(rounds):
                planner.bookmark(keys, note=f"thread round {n}")
                planner.unbookmark(keys[:1])
    except BaseException as exc:  # reported by the test, not lost in the thread
        errors.append(exc)


def test_processes_and_threads_write_picks_during_a_long_import(
    bundled_db, large_schedule, tmp_path
):
    keys = bundled_keys(bundled_db)
    thread_keys, process_keys = keys[:8], keys[8:]
    second = generated_schedule(tmp_path, 1_500)
    importer = spawn(
        "planner.cli", "--db", str(bundled_db), "import", str(large_schedule), str(second)
    )
    writers = [
        spawn("tests.faults.pick_writer", str(bundled_db), str(n), "40", *process_keys[n::2])
        for n in range(2)
    ]
    errors: list[BaseException] = []
    threads = [
        threading.Thread(target=_thread_writer, args=(bundled_db, thread_keys[n::2], 15, errors))
        for n in range(2)
    ]
    for thread in threads:
        thread.start()
    outputs = [child.communicate(timeout=120) for child in (importer, *writers)]
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    for child, (_, err) in zip((importer, *writers), outputs, strict=True):
        assert child.returncode == 0, err
        assert "locked" not in err and "busy" not in err
    logs = [WriterLog.parse(out) for out, _ in outputs[1:]]
    with Planner(bundled_db) as planner:
        picks = planner.picks()
        assert {info.conference.id for info in planner.conferences()} >= {
            "bench-2000", "bench-1500"
        }  # fmt: skip
    for log in logs:
        assert log.in_flight is None and len(log.committed) > 0
        for key, pick in log.committed.items():
            assert (picks[key].note if key in picks else None) == (pick.note if pick else None)
    for n in range(2):
        own = thread_keys[n::2]
        assert own[0] not in picks and all(picks[k].note == "thread round 14" for k in own[1:])
    assert {p.session_key: p for p in read_backup(planner.backup_path).picks} == picks
    assert integrity(bundled_db) == "ok"


def test_readers_go_on_and_a_writer_waits_while_another_program_writes(bundled_db):
    holder = sqlite3.connect(bundled_db, isolation_level=None, check_same_thread=False)
    began = time.perf_counter()
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock for 1.5 s...
    release = threading.Timer(1.5, holder.execute, args=("COMMIT",))
    release.start()
    try:
        with Planner(bundled_db) as planner:
            assert planner.picks() == {} and len(planner.listing()) == 21
            read = time.perf_counter() - began  # ...the planner opens and reads meanwhile...
            planner.bookmark(["S72484"], note="waited")  # ...and a writer waits its turn
            wrote = time.perf_counter() - began
            assert planner.picks()["gtc2025/S72484"].note == "waited"
    finally:
        release.join()
        holder.close()
    assert read < 1.0 and wrote >= 1.4
