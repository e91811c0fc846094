"""What the window says when the database was mended at start, is read-only, or an agenda is
refused: one dialog each, in plain text, and nothing lost or changed."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner.gui import app as gui_app
from planner.gui.main_window import MainWindow
from planner.gui.sharing.agenda_preview import AgendaPreviewDialog
from planner.services.planner import Planner

pytestmark = pytest.mark.gui


class Boxes:
    """The message boxes shown (recorded instead of blocking the test): title, text, details."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []

    def record(self, box: QMessageBox) -> int:
        self.shown.append((box.windowTitle(), box.text(), box.informativeText()))
        return 0


@pytest.fixture()
def boxes(monkeypatch) -> Boxes:
    recorded = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: recorded.record(box))
    # "Choose another file…" is never the answer here: a database that fails to open quits.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    return recorded


def picked(db: Path) -> None:
    with Planner(db) as planner:
        planner.ensure_bundled_catalog()
        planner.bookmark(["S72484", "S74495"], note="mine")


@pytest.mark.parametrize("damage", ["zeroed", "emptied", "deleted"])
def test_a_mended_database_is_told_in_a_dialog_and_the_window_shows_the_picks(
    qtbot, db_path, settings, boxes, damage
):
    picked(db_path)
    if damage == "deleted":
        db_path.unlink()
    else:
        db_path.write_bytes(bytes(db_path.stat().st_size) if damage == "zeroed" else b"")
    planner = gui_app.open_planner(db_path)
    assert planner is not None
    try:
        gui_app.tell_about_recovery(planner)
        [(title, text, _)] = boxes.shown
        assert title == "The database was repaired"
        assert "Your 2 pick(s) were restored from the automatic backup" in text
        window = MainWindow(planner, settings)
        qtbot.addWidget(window)
        assert window.counts.text() == "21 sessions shown · 2 picks · 0 clashes"
    finally:
        planner.close()


@pytest.fixture()
def read_only_db(db_path: Path) -> Iterator[Path]:
    picked(db_path)
    folder = db_path.parent
    if os.geteuid() == 0:  # root ignores file modes: a bind mount of the folder, read-only
        mounted = subprocess.run(
            ["mount", "--bind", "-o", "ro", str(folder), str(folder)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if mounted.returncode != 0:
            pytest.skip(f"cannot mount read-only here: {mounted.stderr.strip()}")
        try:
            yield db_path
        finally:
            subprocess.run(["umount", "-l", str(folder)], check=False)
    else:
        folder.chmod(0o555)
        try:
            yield db_path
        finally:
            folder.chmod(0o755)


def test_a_read_only_database_opens_and_the_window_says_changes_cannot_be_saved(
    qtbot, read_only_db, settings, boxes
):
    planner = gui_app.open_planner(read_only_db)
    assert planner is not None and planner.read_only
    try:
        gui_app.tell_about_recovery(planner)
        [(title, text, details)] = boxes.shown
        assert title == "The database is read-only"
        assert text == f"{read_only_db} is on a read-only disk or folder."
        assert "changes to your picks cannot be saved" in details
        window = MainWindow(planner, settings)
        qtbot.addWidget(window)
        assert window.counts.text() == "21 sessions shown · 2 picks · 0 clashes"
    finally:
        planner.close()


def test_an_agenda_of_a_conference_not_loaded_is_refused_in_a_dialog(
    qtbot, window, planner, boxes, tmp_path, monkeypatch
):
    previews: list[object] = []  # a preview would offer to merge or replace: none may show
    monkeypatch.setattr(AgendaPreviewDialog, "exec", lambda dialog: previews.append(dialog) or 0)
    planner.bookmark(["S72484"], note="mine")
    before = planner.picks()
    agenda = tmp_path / "other.yaml"
    agenda.write_text(
        "format: conference-planner-agenda\nversion: 1\nconference:\n  id: othercon\n"
        "  title: Other Con\n  timezone: Europe/Berlin\nsaved_at: '2025-03-10T01:30:00Z'\n"
        "picks: []\n"
    )
    window.sharing.open_agenda(agenda)
    assert previews == []
    [(title, text, details)] = boxes.shown
    assert title == "Could not open the agenda"
    assert text == (
        f"{agenda}: the agenda is for Other Con (othercon), which is not in the database; "
        "import its schedule first. Nothing was changed"
    )
    assert details == "Nothing was changed: your picks are as they were."
    assert planner.picks() == before
