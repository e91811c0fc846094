"""The window and the command line on one database at once: no pick is ever lost.

The user keeps the window open, searches (the search worker asks the database), bookmarks a
session in a terminal, and stars another in the window. Every other process must see both
picks at once, after the window is closed, and after it is killed. Before one database per
process, the worker's Planner read the file's header with open(); closing that descriptor
dropped every SQLite lock of the window's process, the terminal's process then checkpointed
and deleted the WAL, and the window's star went into a WAL file that no longer had a name:
other processes never saw it, and it was gone once the window was killed.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from planner.gui.main_window import MainWindow
from planner.services.planner import Planner
from tests.faults.conftest import REPO, child_env, integrity

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks and SIGKILL"),
]

KEYNOTE = "gtc2025/S72484"  # starred in the window
QUANTUM = "gtc2025/S74495"  # bookmarked in the terminal


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "planner.cli", "--db", str(db), *args],
        cwd=REPO, env=child_env(), capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done


def picks_seen_by_another_process(db: Path) -> set[str]:
    listed = json.loads(cli(db, "sessions", "--bookmarked", "--json").stdout)
    return {session["key"] for session in listed}


def search_in(qtbot, window: MainWindow, text: str) -> None:
    qtbot.keyClicks(window.session_list.search_box, text)
    qtbot.waitUntil(window.session_list.search_settled, timeout=10_000)


def star_in(qtbot, window: MainWindow, key: str) -> None:
    window.session_list.search_box.clear()
    qtbot.waitUntil(window.session_list.search_settled, timeout=10_000)
    window.session_list.focus_table()
    assert window.session_list.select_key(key)
    qtbot.keyClick(window.session_list.table, " ")


def test_window_and_terminal_together_lose_no_pick_and_the_window_closes_cleanly(
    qtbot, db_path, settings
):
    planner = Planner(db_path)
    planner.ensure_bundled_catalog()
    window = MainWindow(planner, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    search_in(qtbot, window, "keynote")
    assert window.session_list.model.shown_count >= 1
    cli(db_path, "bookmark", "S74495", "--note", "from the terminal")
    star_in(qtbot, window, KEYNOTE)
    assert {KEYNOTE, QUANTUM} <= set(planner.picks())  # the window sees the terminal's pick
    assert picks_seen_by_another_process(db_path) == {KEYNOTE, QUANTUM}
    cli(db_path, "bookmark", "S72443")  # the terminal again, after the window's write
    window.close()
    planner.close()
    assert picks_seen_by_another_process(db_path) == {KEYNOTE, QUANTUM, "gtc2025/S72443"}
    assert integrity(db_path) == "ok"


class WindowChild:
    """The real window in a child process (tests/gui/window_child.py)."""

    def __init__(self, db: Path, settings_folder: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.gui.window_child", str(db), str(settings_folder)],
            cwd=REPO, env=child_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        self.expect("ready")

    def ask(self, command: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.answer()

    def answer(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError(f"the window child ended: {self.process.stderr.read()}")  # type: ignore[union-attr]
        return line.strip()

    def expect(self, wanted: str) -> None:
        assert self.answer() == wanted

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            stream.close()  # type: ignore[union-attr]


def test_window_and_terminal_together_lose_no_pick_when_the_window_is_killed(
    db_path, isolated_settings
):
    window = WindowChild(db_path, isolated_settings)
    try:
        assert window.ask("search keynote").startswith("searched ")
        cli(db_path, "bookmark", "S74495", "--note", "from the terminal")
        assert window.ask(f"star {KEYNOTE}") == f"starred {KEYNOTE}"
        assert picks_seen_by_another_process(db_path) == {KEYNOTE, QUANTUM}
    finally:
        window.kill()
    assert window.process.returncode == -signal.SIGKILL
    assert picks_seen_by_another_process(db_path) == {KEYNOTE, QUANTUM}
    assert integrity(db_path) == "ok"
    with Planner(db_path) as planner:
        assert planner.recovery is None
        assert planner.picks()[QUANTUM].note == "from the terminal"


def test_the_database_dropped_on_the_window_is_refused_without_opening_it(
    qtbot, window, planner, db_path, modals
):
    from tests.file_opens import database_opens, recording
    from tests.gui.test_imports import WAIT_MS, drop

    planner.bookmark([KEYNOTE])
    modals.ok()
    with recording() as opened, qtbot.waitSignal(window.importer.done, timeout=WAIT_MS):
        drop(window, db_path)
        search_in(qtbot, window, "quantum")  # the search worker is at work meanwhile
    assert database_opens(opened, db_path) == []
    what, advice = modals.texts[0]
    assert what == f"{db_path}: is one of the planner's own data files, not a schedule"
    assert "Nothing was changed" in advice
    assert set(picks_seen_by_another_process(db_path)) == {KEYNOTE}


# --- what the terminal changes shows in the open window ---------------------------------------


def star_shown(window: MainWindow, key: str) -> str:
    model = window.session_list.model
    return model.index(model.row_of_key(key), model.COL_STAR).data() or ""


def test_a_bookmark_made_in_the_terminal_shows_in_the_open_window_without_a_click(
    qtbot, window, planner, db_path
):
    from planner.gui.browse.nav_model import Kind

    window.select_nav(Kind.ALL)
    assert window.session_list.select_key(QUANTUM)
    qtbot.waitUntil(lambda: window.detail.key == QUANTUM)
    assert star_shown(window, QUANTUM) == ""
    cli(db_path, "bookmark", "S74495", "--priority", "5", "--note", "from the terminal")
    # Within the window's glance (every 2 s; at once when it becomes active again).
    qtbot.waitUntil(lambda: star_shown(window, QUANTUM) == "★5", timeout=5000)
    assert window.detail.star_text() == "★ Starred"
    assert window.detail.note_editor.toPlainText() == "from the terminal"
    assert window.counts.text().endswith("1 pick · 0 clashes")
    assert "changed outside this window" in window.statusBar().currentMessage()
    cli(db_path, "unbookmark", "S74495")
    window.outside.check()  # as when the user comes back to the window
    assert star_shown(window, QUANTUM) == ""
    assert window.detail.star_text() == "☆ Star"
    assert window.counts.text().endswith("0 picks · 0 clashes")


def test_the_windows_own_changes_are_not_taken_for_another_programs(qtbot, window, planner):
    assert window.session_list.select_key(KEYNOTE)
    window.menu_actions.star.trigger()
    window.statusBar().clearMessage()
    before = window.agenda_store.state
    window.outside.check()
    assert window.agenda_store.state is before  # nothing read again
    assert window.statusBar().currentMessage() == ""


def test_a_conference_imported_in_the_terminal_joins_the_window_and_the_shown_one_reloads(
    qtbot, window, planner, db_path, tmp_path
):
    fixture = REPO / "tests" / "fixtures" / "frab" / "tinyconf-2025.xml"
    titles = lambda: [a.text() for a in window.conference_menu.actions()]  # noqa: E731
    assert titles() == ["NVIDIA GTC 2025"]
    cli(db_path, "import", str(fixture))
    window.outside.check()
    assert "TinyConf 2025" in " ".join(titles())
    assert window.conference_id() == "gtc2025"  # the window stays where the user is
    window.show_conference("tinyconf-2025")
    rows = window.session_list.model.total_count
    changed = tmp_path / "tinyconf-2025.xml"
    changed.write_text(
        fixture.read_text(encoding="utf-8").replace("Welcome to TinyConf", "Hello from TinyConf"),
        encoding="utf-8",
    )
    cli(db_path, "import", str(changed))
    window.outside.check()
    model = window.session_list.model
    shown = [model.index(r, model.COL_TITLE).data() for r in range(model.shown_count)]
    assert any("Hello from TinyConf 2025" in title for title in shown), shown
    assert model.total_count == rows
    assert "imported again by another program" in window.statusBar().currentMessage()
    cli(db_path, "remove-conference", "tinyconf-2025", "--yes")
    window.outside.check()
    assert window.conference_id() == "gtc2025"
    assert "removed by another program" in window.statusBar().currentMessage()
