"""Agenda files from someone else are untrusted: every hostile one is refused in one line.

Each runs the real command line in a child process on a real file: an alias bomb a few hundred
bytes long (refused before anything expands, in bounded memory and time), a FIFO, a missing
file or a folder, absurd numbers and dates, terminal control sequences (stripped before they
reach the database or the terminal), and an agenda of a conference the database does not
hold, which must change nothing, not even the backup.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from planner.services.backup import backup_path
from planner.services.planner import Planner
from tests.faults.conftest import REPO, child_env

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and rusage are POSIX")

MEMORY_LIMIT = 200 * 1024 * 1024
TIME_LIMIT_S = 3.0


def agenda_text(
    conference: str = "gtc2025", title: str = "NVIDIA GTC 2025", picks: str = ""
) -> str:
    return (
        "format: conference-planner-agenda\n"
        "version: 1\n"
        "conference:\n"
        f"  id: {conference}\n"
        f"  title: {title}\n"
        "  timezone: America/Los_Angeles\n"
        "saved_at: '2025-03-10T01:30:00-07:00'\n"
        "owner: Bo\n" + (f"picks:\n{picks}" if picks else "picks: []\n")
    )


KEYNOTE_ENTRY = (
    "- key: gtc2025/S72484\n"
    "  code: S72484\n"
    "  title: GTC 2025 Keynote\n"
    "  start: '2025-03-18T10:00:00-07:00'\n"
    "  priority: {priority}\n"
    "  note: {note}\n"
    "  state: attending\n"
)


@pytest.fixture()
def db(db_path: Path) -> Path:
    with Planner(db_path) as planner:
        planner.ensure_bundled_catalog()
        planner.bookmark(["S74495"], priority=5, note="mine")
    return db_path


# A small process that forks the command line from its own small heap, under a memory limit
# (the unfixed code eats memory without end: keep the machine safe), reaps it with wait4 and
# writes its exit status and peak memory to the file named first. A child forked (or vforked)
# straight from the test process would start its peak from the test process's own size, which
# a long run grows past the bound before the command line does anything.
_TRAMPOLINE = """
import json, os, resource, sys
report, args = sys.argv[1], sys.argv[2:]
pid = os.fork()
if pid == 0:
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))
    os.execv(sys.executable, [sys.executable, "-m", "planner.cli", *args])
_, status, usage = os.wait4(pid, 0)
with os.fdopen(os.open(report, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), "w") as out:
    json.dump({"status": os.waitstatus_to_exitcode(status), "peak": usage.ru_maxrss * 1024}, out)
"""


class Run:
    """A finished command line: its exit status, output, peak memory (bytes) and wall time.

    Its output goes to files; it runs under ``_TRAMPOLINE``, in a session of its own that a
    timer kills whole if it hangs.
    """

    def __init__(self, args: list[str]) -> None:
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
                tempfile.TemporaryDirectory() as scratch:  # fmt: skip
            report = Path(scratch) / "rusage.json"
            began = time.perf_counter()
            child = subprocess.Popen(
                [sys.executable, "-c", _TRAMPOLINE, str(report), *args], cwd=REPO,
                env=child_env(), stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                start_new_session=True,
            )  # fmt: skip
            killer = threading.Timer(60, lambda: os.killpg(child.pid, signal.SIGKILL))
            killer.start()
            try:
                child.wait()
            finally:
                killer.cancel()
            self.seconds = time.perf_counter() - began
            done = json.loads(report.read_text()) if report.exists() else {}
            self.returncode = done.get("status", child.returncode)
            self.peak = done.get("peak", 0)
            out.seek(0)
            err.seek(0)
            self.stdout = out.read().decode("utf-8", "replace")
            self.stderr = err.read().decode("utf-8", "replace")


def run(db: Path, *args: str) -> Run:
    return Run(["--db", str(db), *args])


def one_line_refusal(done: Run, *fragments: str) -> str:
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stdout == ""
    [line] = done.stderr.splitlines()
    assert "Traceback" not in done.stderr
    for fragment in fragments:
        assert fragment in line
    return line


def state(db: Path) -> tuple[dict[str, object], bytes]:
    with Planner(db) as planner:
        picks = dict(planner.picks())
    return picks, backup_path(db).read_bytes()


def laughs(field: str) -> str:
    """A billion laughs: nine levels of nine aliases, 9**9 = 387 million strings once expanded."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    previous = "a"
    for name in "bcdefghi":
        lines.append(f"{name}: &{name} [{','.join([f'*{previous}'] * 9)}]")
        previous = name
    return "\n".join(lines) + f"\n{field}: *i\n"


@pytest.mark.parametrize("field", ["format", "owner", "picks", "conference"])
def test_an_alias_bomb_is_refused_before_it_expands_in_bounded_memory_and_time(db, tmp_path, field):
    text = laughs(field)
    if field != "format":
        text = "format: conference-planner-agenda\nversion: 1\n" + text
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(text)
    assert bomb.stat().st_size < 500
    before = state(db)
    done = run(db, "import", "agenda", str(bomb), "--preview")
    one_line_refusal(done, str(bomb), "uses a YAML alias (*a)")
    assert done.peak < MEMORY_LIMIT, f"{done.peak / 2**20:.0f} MB"
    assert done.seconds < TIME_LIMIT_S, f"{done.seconds:.1f} s"
    assert state(db) == before


@pytest.mark.parametrize("mode", ["--preview", "--merge", "--replace"])
def test_a_fifo_given_as_an_agenda_is_refused_at_once(db, tmp_path, mode):
    fifo = tmp_path / "agenda.yaml"
    os.mkfifo(fifo)
    before = state(db)
    done = run(db, "import", "agenda", str(fifo), mode)
    line = one_line_refusal(done, str(fifo))
    assert line == f"planner: {fifo}: is a named pipe (FIFO), not an agenda file"
    assert done.seconds < 10
    assert state(db) == before


def test_a_missing_file_or_a_folder_is_one_line_naming_it(db, tmp_path):
    missing = tmp_path / "nowhere.yaml"
    line = one_line_refusal(run(db, "import", "agenda", str(missing), "--merge"))
    assert line == f"planner: {missing}: no such file"
    line = one_line_refusal(run(db, "import", "agenda", str(tmp_path), "--merge"))
    assert line == f"planner: {tmp_path}: is a folder, not an agenda file"


@pytest.mark.parametrize(
    ("priority", "said"),
    [
        ("9" * 5000, "holds a number 5,000 characters long"),
        ("0x" + "f" * 5000, "holds a number 5,002 characters long"),
        ("-99", "must be 1 to 5, not -99"),
        ("1.0e+400", "must be a whole number, not a number"),
    ],
    ids=["5000-digits", "huge-hex", "negative", "float-overflow"],
)
def test_absurd_numbers_are_refused_in_one_line(db, tmp_path, priority, said):
    path = tmp_path / "numbers.yaml"
    path.write_text(agenda_text(picks=KEYNOTE_ENTRY.format(priority=priority, note="x")))
    before = state(db)
    one_line_refusal(run(db, "import", "agenda", str(path), "--merge"), str(path), said)
    assert state(db) == before


def test_a_version_of_5000_digits_is_refused_in_one_line(db, tmp_path):
    path = tmp_path / "version.yaml"
    path.write_text(agenda_text().replace("version: 1", "version: " + "7" * 5000))
    one_line_refusal(run(db, "import", "agenda", str(path)), "5,000 characters long")


@pytest.mark.parametrize(
    ("start", "said"),
    [
        ("'9999-12-31T23:59:59-12:00'", "is in year 9999"),
        ("'0001-01-01T00:00:00+14:00'", "is in year 1"),
        ("0000-01-01 00:00:00", "holds a date that does not exist"),
    ],
    ids=["9999", "0001", "year-0"],
)
def test_absurd_dates_are_refused_in_one_line(db, tmp_path, start, said):
    entry = KEYNOTE_ENTRY.format(priority=3, note="x").replace("'2025-03-18T10:00:00-07:00'", start)
    path = tmp_path / "dates.yaml"
    path.write_text(agenda_text(picks=entry))
    before = state(db)
    one_line_refusal(run(db, "import", "agenda", str(path), "--merge"), str(path), said)
    assert state(db) == before


# --- control characters --------------------------------------------------------------------

HOSTILE = "\x1b]0;owned\x07\x1b[2J\x9b31m\u202eevil\x08\x7f"
TERMINAL_CODES = ("\x1b", "\x07", "\x9b", "\u202e", "\x08", "\x7f")


def obeyed_by_a_terminal(done: Run) -> list[str]:
    """The characters of the child's output that a terminal would take for commands."""
    text = done.stdout + done.stderr
    return [repr(code) for code in TERMINAL_CODES if code in text]


def test_control_sequences_in_an_agenda_never_reach_the_terminal_or_the_database(db, tmp_path):
    entry = KEYNOTE_ENTRY.format(priority=4, note=json.dumps(f"bring water{HOSTILE}\nline 2"))
    unmatched = entry.replace("gtc2025/S72484", "gtc2025/NOPE").replace("S72484", "NOPE")
    unmatched = unmatched.replace("GTC 2025 Keynote", json.dumps(f"Ghost{HOSTILE}"))
    text = agenda_text(title=json.dumps(f"GTC{HOSTILE}"), picks=entry + unmatched)
    text = text.replace("owner: Bo", f"owner: {json.dumps('Bo' + HOSTILE)}")
    path = tmp_path / "colleague.yaml"
    path.write_text(text)
    for mode in ("--preview", "--merge"):
        done = run(db, "import", "agenda", str(path), mode)
        assert done.returncode == 0, done.stderr
        assert obeyed_by_a_terminal(done) == []
        assert "GTC]0;owned[2J31mevil by Bo]0;owned[2J31mevil" in done.stdout
        assert "? no session matches NOPE: Ghost]0;owned[2J31mevil" in done.stdout
    with Planner(db) as planner:
        note = planner.picks()["gtc2025/S72484"].note
    assert note == "bring water]0;owned[2J31mevil\nline 2"
    for command in (["show", "S72484"], ["sessions", "--bookmarked", "--json"]):
        shown = run(db, *command)
        assert shown.returncode == 0 and obeyed_by_a_terminal(shown) == []


def test_control_sequences_in_a_schedule_never_reach_the_terminal(db, tmp_path):
    # The readers clean C0 controls; the command line strips whatever they let through (C1).
    schedule = tmp_path / "schedule.json"
    schedule.write_text(
        json.dumps(
            {
                "schedule": {
                    "version": "1",
                    "conference": {
                        "acronym": "ctl",
                        "title": "Control\u009b2J Con",
                        "start": "2025-05-01",
                        "end": "2025-05-01",
                        "daysCount": 1,
                        "time_zone_name": "Europe/Berlin",
                        "days": [
                            {
                                "index": 1,
                                "date": "2025-05-01",
                                "rooms": {
                                    "Hall\u009b2J": [
                                        {
                                            "guid": "00000000-0000-0000-0000-000000000001",
                                            "id": 1,
                                            "date": "2025-05-01T10:00:00+02:00",
                                            "start": "10:00",
                                            "duration": "00:30",
                                            "room": "Hall\u009b2J",
                                            "title": "Talk\u009b31m\u202e red",
                                            "type": "talk",
                                            "persons": [],
                                        }
                                    ]
                                },
                            }
                        ],
                    },
                }
            }
        )
    )
    imported = run(db, "import", str(schedule))
    assert imported.returncode == 0, imported.stderr
    shown = run(db, "--conference", "ctl", "sessions")
    assert shown.returncode == 0, shown.stderr
    assert "Talk31m red" in shown.stdout
    assert obeyed_by_a_terminal(shown) == []
    # JSON keeps the text as it is, for scripts, but escaped: nothing raw reaches the terminal.
    shown = run(db, "--conference", "ctl", "sessions", "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)[0]["title"] == "Talk\u009b31m\u202e red"
    assert obeyed_by_a_terminal(shown) == []


# --- an agenda of a conference the database does not hold ----------------------------------


@pytest.mark.parametrize("mode", ["--replace", "--merge", "--preview"])
@pytest.mark.parametrize("with_picks", [False, True], ids=["no-picks", "with-picks"])
def test_an_agenda_of_a_conference_not_loaded_changes_nothing(db, tmp_path, mode, with_picks):
    picks = KEYNOTE_ENTRY.format(priority=2, note="x") if with_picks else ""
    path = tmp_path / "other.yaml"
    path.write_text(agenda_text(conference="othercon", title="Other Con 2025", picks=picks))
    before = state(db)
    line = one_line_refusal(run(db, "import", "agenda", str(path), mode))
    assert line == (
        f"planner: {path}: the agenda is for Other Con 2025 (othercon), which is not in the "
        "database; import its schedule first. Nothing was changed"
    )
    assert state(db) == before  # the picks of gtc2025 and the backup, byte for byte
