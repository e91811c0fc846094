"""Ctrl-C and SIGTERM under ``python3 run.py``: the child gets the signal, run.py exits with
the child's status, no traceback, and no planner process is left running behind it.

run.py runs in a real pseudo-terminal (so Ctrl-C is the terminal's own: the byte 0x03 makes
the kernel signal the foreground process group), in its own session, so that any process it
leaves behind can be found by that session. The window runs on the offscreen platform.
"""

from __future__ import annotations

import importlib.util
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.services.planner import Planner
from tests.faults.conftest import REPO, integrity
from tests.faults.test_kill import LARGE_EVENTS, LARGE_ID

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ptys and /proc")


def _run_py_ready() -> bool:
    spec = importlib.util.spec_from_file_location("run_py", REPO / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return "runtime" in module.installed()


@pytest.fixture(scope="module", autouse=True)
def installed() -> None:
    if not _run_py_ready():
        pytest.skip("run.py has not set up .venv here yet (run `python3 run.py test` once)")


def environment(tmp_path: Path, db: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PLANNER_DB=str(db),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    env.pop("PYTHONPATH", None)
    return env


def session_processes(session: int) -> list[int]:
    """Processes still alive in ``session`` (zombies waiting for their parent do not count)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def holds_open(pid: int, db: Path) -> bool:
    try:
        return any(os.readlink(fd) == str(db) for fd in Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return False


class Terminal:
    """``python3 run.py ARGS`` on a pseudo-terminal of its own."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        import pty

        self.pid, self.master = pty.fork()
        if self.pid == 0:  # the child: run.py, as a user starts it
            try:
                os.chdir(REPO)
                os.execve(sys.executable, [sys.executable, "run.py", *args], env)
            finally:
                os._exit(127)
        self.output = b""

    def read(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if ready:
                try:
                    self.output += os.read(self.master, 65536)
                except OSError:
                    return

    def wait_for(self, db: Path, timeout: float = 60) -> None:
        """Until some process of this terminal holds the database open, then a moment more."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.read(0.1)
            if any(holds_open(pid, db) for pid in session_processes(self.pid)):
                self.read(1.5)  # the window reaches its event loop
                return
        raise AssertionError(f"the planner never opened {db}: {self.output[-2000:]!r}")

    def finish(self, timeout: float = 30) -> int:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.read(0.1)
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                # The terminal stays open: closing it would hang up (SIGHUP) whatever run.py
                # left behind, and hide it.
                self.read(0.3)
                return os.waitstatus_to_exitcode(status)
        os.kill(self.pid, signal.SIGKILL)
        raise AssertionError(f"run.py did not end: {self.output[-2000:]!r}")

    def close(self) -> None:
        os.close(self.master)

    def text(self) -> str:
        return self.output.decode("utf-8", "replace")


def no_one_left(session: int) -> list[int]:
    for _ in range(50):
        left = session_processes(session)
        if not left:
            return []
        time.sleep(0.1)
    return left


@pytest.mark.parametrize("how", ["ctrl-c", "sigterm"])
def test_the_window_under_run_py_closes_on_ctrl_c_and_sigterm(tmp_path, how):
    db = tmp_path / "planner.sqlite3"
    with Planner(db) as planner:
        planner.ensure_bundled_catalog()
        planner.bookmark(["S72484"], note="kept")
    terminal = Terminal([], environment(tmp_path, db))
    terminal.wait_for(db)
    if how == "ctrl-c":
        os.write(terminal.master, b"\x03")
    else:
        os.kill(terminal.pid, signal.SIGTERM)
    status = terminal.finish()
    assert status == (130 if how == "ctrl-c" else 143), terminal.text()
    assert "Traceback" not in terminal.text()
    assert no_one_left(terminal.pid) == []
    terminal.close()
    assert integrity(db) == "ok"
    with Planner(db) as planner:
        assert planner.recovery is None and planner.picks()["gtc2025/S72484"].note == "kept"


@pytest.mark.parametrize("how", ["ctrl-c", "sigterm"])
def test_a_command_under_run_py_stops_on_ctrl_c_and_sigterm(tmp_path, large_schedule, how):
    db = tmp_path / "planner.sqlite3"
    with Planner(db) as planner:
        planner.ensure_bundled_catalog()
    # Long enough to be stopped halfway: twelve different conferences of 2,000 sessions each
    # (the same file again would be an update that writes nothing, done in a moment).
    text = large_schedule.read_text(encoding="utf-8")
    schedules = []
    for n in range(12):
        copy = tmp_path / f"schedule-{n}.xml"
        copy.write_text(text.replace(f">{LARGE_ID}<", f">{LARGE_ID}-{n}<", 1), encoding="utf-8")
        schedules.append(str(copy))
    terminal = Terminal(["import", *schedules], environment(tmp_path, db))
    terminal.wait_for(db, timeout=60)
    if how == "ctrl-c":
        os.write(terminal.master, b"\x03")
    else:
        os.kill(terminal.pid, signal.SIGTERM)
    status = terminal.finish()
    assert status == (130 if how == "ctrl-c" else -signal.SIGTERM), terminal.text()
    if how == "ctrl-c":
        assert terminal.text().rstrip().endswith("planner: interrupted")
    assert "Traceback" not in terminal.text()
    assert no_one_left(terminal.pid) == []
    terminal.close()
    assert integrity(db) == "ok"
    with Planner(db) as planner:
        events = {info.conference.id: info.events for info in planner.conferences()}
    for n in range(12):  # each import whole or not at all
        assert events.get(f"{LARGE_ID}-{n}") in (None, LARGE_EVENTS)
    assert events.get(f"{LARGE_ID}-11") is None, "the command was never stopped halfway"


def test_a_signal_sent_to_run_py_alone_reaches_the_window(tmp_path):
    db = tmp_path / "planner.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "run.py"], cwd=REPO, env=environment(tmp_path, db),
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # fmt: skip
    end = time.monotonic() + 60
    while not any(holds_open(pid, db) for pid in session_processes(child.pid)):
        assert time.monotonic() < end and child.poll() is None, "the window never opened"
        time.sleep(0.1)
    time.sleep(1.5)
    child.send_signal(signal.SIGINT)  # to run.py only: not to its process group
    output, _ = child.communicate(timeout=30)
    assert child.returncode == 130, output
    assert b"Traceback" not in output
    assert no_one_left(child.pid) == []
