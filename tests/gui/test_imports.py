"""Importing schedules through the window: off the UI thread, cancellable, by menu or by drop.

The imports read the project's sample pretalx export (tests/fixtures/pretalx/democamp.json) and
a large generated schedule; a re-import reads a copy of the sample with a picked talk moved,
another removed and a third renamed, as a conference would publish an update.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget

from planner.gui.browse.nav_model import Kind
from planner.gui.browse.session_model import SessionTableModel
from planner.gui.importing.dropping import first_content_line, is_agenda_file
from planner.gui.importing.import_runner import ImportOutcome
from planner.gui.main_window import MainWindow
from planner.gui.sharing.agenda_preview import AgendaPreviewDialog
from planner.services.planner import Planner

pytestmark = pytest.mark.gui

M = SessionTableModel
WAIT_MS = 60_000


def democamp(fixtures: Path) -> Path:
    return fixtures / "pretalx" / "democamp.json"


def run_import(qtbot, window: MainWindow, path: Path) -> ImportOutcome:
    with qtbot.waitSignal(window.importer.done, timeout=WAIT_MS) as done:
        window.importer.import_path(path)
    return done.args[0]


def nav_children(window: MainWindow, kind: Kind) -> list[str]:
    model = window.nav_model
    parent = model.index_of(kind)
    return [str(model.index(row, 0, parent).data()) for row in range(model.rowCount(parent))]


def database_state(planner: Planner) -> tuple:
    return (
        [(info.conference.id, info.events) for info in planner.conferences()],
        planner.picks(),
        [row.key for row in planner.listing("gtc2025")],
    )


# --- importing --------------------------------------------------------------------------------


def test_an_import_runs_with_progress_and_switches_to_the_new_conference(
    qtbot, window, planner, fixtures, monkeypatch
):
    path = democamp(fixtures)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(window.importer.done, timeout=WAIT_MS) as done:
        window.menu_actions.import_file.trigger()
        assert window.importer.runner.busy  # the window stays free while it runs
    assert done.args[0].result.sessions == 11
    assert window.importer.runner.last_progress == (11, 11)
    assert window.conference.id == "democamp"
    assert window.windowTitle() == "DemoCamp 2020 - Conference Planner"
    menu = [a.text() for a in window.conference_menu.actions()]
    assert menu == ["NVIDIA GTC 2025", "DemoCamp 2020"]
    assert [a.isChecked() for a in window.conference_menu.actions()] == [False, True]
    tracks = [f"{name} ({count})" for name, count in planner.tracks("democamp")]
    assert nav_children(window, Kind.TRACKS) == tracks
    assert [a.text() for a in window.tracks_menu.actions()] == tracks
    assert len(nav_children(window, Kind.DAYS)) == len(planner.days("democamp"))
    assert window.nav_model.index_of(Kind.ALL).data() == "All sessions (11)"
    assert "Imported 11 sessions of DemoCamp 2020" in window.statusBar().currentMessage()
    assert not window.changes_panel.isVisible()  # a first import changes nothing


def test_a_cancelled_import_leaves_the_database_as_it_was(
    qtbot, window, planner, large_schedule
):
    planner.bookmark(["gtc2025/S72484"], note="keep")
    before = database_state(planner)
    with qtbot.waitSignal(window.importer.done, timeout=WAIT_MS) as done:
        window.importer.import_path(large_schedule)
        cancel = window.importer.runner.dialog.findChild(QPushButton)
        assert cancel.text() == "Cancel"
        cancel.click()
    assert done.args[0].cancelled
    assert database_state(planner) == before
    assert [a.text() for a in window.conference_menu.actions()] == ["NVIDIA GTC 2025"]
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was changed."


def test_a_bad_file_is_reported_and_the_window_goes_on(qtbot, window, planner, tmp_path, modals):
    bad = tmp_path / "schedule.json"
    bad.write_text('{"schedule": ', encoding="utf-8")
    modals.ok()
    outcome = run_import(qtbot, window, bad)
    assert outcome.error and str(bad) in modals.texts[0][0]
    assert "Nothing was changed" in modals.texts[0][1]
    assert window.conference.id == "gtc2025"


# --- a re-import that changes the schedule -----------------------------------------------------


def changed_copy(source: Path, out: Path) -> tuple[str, str, str]:
    """A copy with one talk two hours later, one removed, one renamed; their old titles."""
    data = json.loads(source.read_text(encoding="utf-8"))
    rooms = data["schedule"]["conference"]["days"][0]["rooms"]
    talks = next(iter(rooms.values()))
    moved, removed, renamed = talks[0], talks[1], talks[2]
    hour = int(moved["start"][:2]) + 2
    moved["start"] = f"{hour:02d}{moved['start'][2:]}"
    moved["date"] = moved["date"].replace(f"T{moved['date'][11:13]}", f"T{hour:02d}", 1)
    talks.remove(removed)
    old_name = renamed["title"]
    renamed["title"] = old_name + " (updated)"
    out.write_text(json.dumps(data), encoding="utf-8")
    return moved["title"], removed["title"], old_name


def key_of(planner: Planner, title: str) -> str:
    return next(row.key for row in planner.listing("democamp") if row.title == title)


def title_cell(window: MainWindow, key: str, role=Qt.ItemDataRole.DisplayRole):
    model = window.session_list.model
    return model.index(model.row_of_key(key), M.COL_TITLE).data(role)


def test_a_reimport_shows_what_changed_with_my_picks_first(
    qtbot, window, planner, fixtures, tmp_path
):
    planner.import_file(democamp(fixtures))
    update = tmp_path / "democamp-update.json"
    moved, removed, renamed = changed_copy(democamp(fixtures), update)
    moved_key, removed_key = key_of(planner, moved), key_of(planner, removed)
    window.load_catalog("democamp")
    window.picks.star([moved_key, removed_key])

    run_import(qtbot, window, update)
    panel = window.changes_panel
    assert panel.isVisible()
    rows = panel.rows()
    assert sorted(rows[:2]) == [(True, "cancelled", removed), (True, "moved", moved)]
    assert rows[2:] == [(False, "renamed", renamed + " (updated)")]
    assert "3 changes" in panel.summary.text() and "2 of them concern" in panel.summary.text()

    assert title_cell(window, moved_key) == f"[moved] {moved}"
    assert "moved: " in title_cell(window, moved_key, Qt.ItemDataRole.ToolTipRole)
    assert title_cell(window, removed_key) == f"[cancelled] {removed}"
    assert title_cell(window, removed_key, Qt.ItemDataRole.FontRole).strikeOut()
    assert set(planner.picks()) == {moved_key, removed_key}  # the cancelled pick is kept

    item = panel.tree.topLevelItem([r[2] for r in rows].index(moved))
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.detail.key == moved_key
    assert window.session_list.current_key() == moved_key

    panel.close()
    window.menu_actions.what_changed.trigger()  # View > What changed opens it again
    assert panel.isVisible() and panel.rows() == rows


def test_an_import_by_another_program_is_noticed_by_the_next_search(
    qtbot, window, planner, fixtures, tmp_path
):
    planner.import_file(democamp(fixtures))
    window.load_catalog("democamp")
    before = planner.listing_revision("democamp")
    update = tmp_path / "democamp-update.json"
    _, removed, renamed = changed_copy(democamp(fixtures), update)
    with Planner(planner.db_path) as other:  # the command line, say, while the window is open
        other.import_file(update)
    assert planner.listing_revision("democamp") == before + 1

    box = window.session_list.search_box
    qtbot.keyClicks(box, "updated")
    qtbot.waitUntil(window.session_list.search_settled)
    assert "reloaded" in window.statusBar().currentMessage()
    model = window.session_list.model
    assert [model.listing_row(model.key_at(0)).title] == [renamed + " (updated)"]
    assert model.shown_count == 1
    box.clear()
    qtbot.waitUntil(window.session_list.search_settled)
    rows = planner.listing("democamp")
    assert removed not in {row.title for row in rows}
    assert model.shown_count == model.total_count == len(rows) == 10


# --- dropping files on the window -------------------------------------------------------------


def drop(target: QWidget, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    mime.setText(str(path))  # as file managers do: a text box would paste it
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(20, 20), action, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    dropped = QDropEvent(QPointF(20, 20), action, mime, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(target, dropped)


def test_a_schedule_dropped_on_the_window_is_imported(qtbot, window, fixtures):
    with qtbot.waitSignal(window.importer.done, timeout=WAIT_MS):
        drop(window, democamp(fixtures))
    assert window.conference.id == "democamp"
    assert window.session_list.model.shown_count == 11


def test_a_schedule_dropped_on_the_search_box_is_imported_not_pasted(qtbot, window, fixtures):
    box = window.session_list.search_box
    with qtbot.waitSignal(window.importer.done, timeout=WAIT_MS):
        drop(box, democamp(fixtures))
    assert box.text() == ""
    assert window.conference.id == "democamp"


def test_an_agenda_dropped_on_the_window_opens_its_preview(
    qtbot, window, planner, tmp_path, modals
):
    planner.bookmark(["gtc2025/S72484"], priority=5)
    agenda = tmp_path / "ana.txt"  # the name does not matter: the content says what it is
    planner.save_agenda(agenda, owner="Ana")
    planner.unbookmark(["gtc2025/S72484"])
    seen: list[str] = []

    def look(dialog: AgendaPreviewDialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    modals.answer(AgendaPreviewDialog, look)
    drop(window, agenda)
    assert seen == ["Open Ana's agenda"]
    assert planner.picks() == {}
    assert not window.importer.runner.busy


def test_agenda_files_are_told_from_schedules_by_content(tmp_path, fixtures, planner):
    agenda = tmp_path / "shared.yaml"
    planner.save_agenda(agenda, owner="Ana")
    assert is_agenda_file(agenda)
    assert not is_agenda_file(democamp(fixtures))
    assert not is_agenda_file(tmp_path / "missing.yaml")
    assert first_content_line("\ufeff# comment\n\n---\nformat: x\n") == "format: x"
