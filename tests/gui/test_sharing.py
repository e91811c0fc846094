"""Sharing from the window: export to a calendar, save an agenda, open one, show a colleague's.

The file choosers are Qt's static QFileDialog functions, replaced here by the file the user
would choose; every other dialog is the real one, answered through ``Modals``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from planner.gui.browse.nav_model import Kind
from planner.gui.browse.session_model import SessionTableModel
from planner.gui.main_window import MainWindow
from planner.gui.settings import Settings
from planner.gui.sharing.agenda_preview import AgendaPreviewDialog
from planner.gui.sharing.export_dialog import ExportOptionsDialog
from planner.services.planner import Planner
from tests.gui.modal import Modals

pytestmark = pytest.mark.gui

M = SessionTableModel
KEYNOTE, UNSCHEDULED = "gtc2025/S72484", "gtc2025/S74181"
SIMULIVE_4, SIMULIVE_3 = "gtc2025/S72643", "gtc2025/S71942"  # clash on Mon 17 Mar 19:30 PDT
HOSTILE = '!!python/object/apply:os.system ["true"]\n'


def choose_save(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def choose_open(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def title(planner: Planner, key: str) -> str:
    return planner.session(key).session.title


def name_owner(name: str):
    def answer(dialog: QInputDialog) -> None:
        dialog.setTextValue(name)
        dialog.accept()

    return answer


def save_agenda(window: MainWindow, modals: Modals, monkeypatch, out: Path, owner: str) -> None:
    choose_save(monkeypatch, out)
    modals.answer(QInputDialog, name_owner(owner))
    window.menu_actions.save_agenda.trigger()
    assert modals.pending == 0


@pytest.fixture()
def other_window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    """A colleague's window: another database with the same bundled catalog."""
    with Planner(tmp_path / "colleague.sqlite3") as theirs:
        theirs.ensure_bundled_catalog()
        window = MainWindow(theirs, Settings())
        qtbot.addWidget(window)
        window.resize(1400, 860)
        window.show()
        qtbot.waitExposed(window)
        yield window
        window.close()


def picks_as_data(planner: Planner) -> dict[str, tuple[int, str, str]]:
    return {k: (p.priority, p.note, p.state.value) for k, p in planner.picks().items()}


# --- calendar export --------------------------------------------------------------------------


def test_export_to_calendar_writes_the_picks_and_says_what_was_left_out(
    qtbot, window, planner, modals, monkeypatch, tmp_path
):
    planner.bookmark([KEYNOTE, SIMULIVE_4, UNSCHEDULED])
    planner.bookmark([KEYNOTE], note="front row")
    out = tmp_path / "agenda"  # no suffix: the window adds .ics
    choose_save(monkeypatch, out)
    modals.answer(ExportOptionsDialog, lambda dialog: dialog.export_button.click())
    modals.ok()
    window.menu_actions.export_calendar.trigger()
    assert modals.pending == 0

    calendar = icalendar.Calendar.from_ical((tmp_path / "agenda.ics").read_bytes())
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    # An assumed time says so in the calendar too.
    assert set(events) == {title(planner, KEYNOTE), f"{title(planner, SIMULIVE_4)} (time assumed)"}
    alarm = events[title(planner, KEYNOTE)].walk("VALARM")[0]
    assert alarm["TRIGGER"].dt.total_seconds() == -600  # the default: 10 minutes before
    what, details = modals.texts[0]
    assert what.startswith("Wrote 2 events to") and str(tmp_path / "agenda.ics") in what
    assert "1 unscheduled pick was left out: it has no time yet" in details
    assert title(planner, UNSCHEDULED) in details


def test_the_whole_catalog_without_a_reminder(
    qtbot, window, planner, modals, monkeypatch, tmp_path
):
    def everything_no_reminder(dialog: ExportOptionsDialog) -> None:
        dialog.everything.setChecked(True)
        dialog.remind.setChecked(False)
        dialog.export_button.click()

    choose_save(monkeypatch, tmp_path / "all.ics")
    modals.answer(ExportOptionsDialog, everything_no_reminder)
    modals.ok()
    window.menu_actions.export_calendar.trigger()
    calendar = icalendar.Calendar.from_ical((tmp_path / "all.ics").read_bytes())
    assert len(calendar.walk("VEVENT")) == 20  # 21 sessions, one of them without a time
    assert calendar.walk("VALARM") == []
    assert "1 unscheduled session was left out" in modals.texts[0][1]
    assert window.settings.alarm_minutes is None  # remembered for next time


def test_an_export_that_cannot_be_written_is_reported(
    qtbot, window, planner, modals, monkeypatch, tmp_path
):
    planner.bookmark([KEYNOTE])
    choose_save(monkeypatch, tmp_path / "no such folder" / "agenda.ics")
    modals.answer(ExportOptionsDialog, lambda dialog: dialog.export_button.click())
    modals.ok()
    window.menu_actions.export_calendar.trigger()
    what, advice = modals.texts[0]
    assert "no such folder" in what and "Nothing was written" in advice


# --- saving and opening an agenda -------------------------------------------------------------


def test_the_owner_name_is_asked_once_and_remembered(
    qtbot, window, planner, modals, monkeypatch, tmp_path
):
    planner.bookmark([KEYNOTE])
    save_agenda(window, modals, monkeypatch, tmp_path / "first.yaml", "  Ana   Lima ")
    offered: list[str] = []

    def keep_it(dialog: QInputDialog) -> None:
        offered.append(dialog.textValue())
        dialog.accept()

    choose_save(monkeypatch, tmp_path / "second.yaml")
    modals.answer(QInputDialog, keep_it)
    window.menu_actions.save_agenda.trigger()
    assert offered == ["Ana Lima"]
    assert "owner: Ana Lima" in (tmp_path / "second.yaml").read_text(encoding="utf-8")
    assert Settings().owner == "Ana Lima"  # kept in the settings file for the next run


def test_a_saved_agenda_merges_into_another_database_and_undo_puts_it_back(
    qtbot, window, planner, other_window, modals, monkeypatch, tmp_path
):
    planner.bookmark([KEYNOTE, SIMULIVE_4, UNSCHEDULED])
    planner.bookmark([KEYNOTE], priority=5, note="sit near the front")
    planner.bookmark([SIMULIVE_4], priority=2)
    out = tmp_path / "ana.yaml"
    save_agenda(window, modals, monkeypatch, out, "Ana")
    assert "Saved 3 picks" in window.statusBar().currentMessage()
    assert window.settings.owner == "Ana"

    theirs = other_window.planner
    theirs.bookmark([SIMULIVE_3], note="mine")
    before = picks_as_data(theirs)
    previews: list[AgendaPreviewDialog] = []

    def merge(dialog: AgendaPreviewDialog) -> None:
        previews.append(dialog)
        assert dialog.windowTitle() == "Open Ana's agenda"
        assert len(dialog.lines("added")) == 3
        clash = " ↔ ".join(sorted([title(theirs, SIMULIVE_4), title(theirs, SIMULIVE_3)]))
        assert dialog.lines("clashes") == [clash]
        dialog.merge_button.click()

    choose_open(monkeypatch, out)
    modals.answer(AgendaPreviewDialog, merge)
    other_window.activateWindow()
    qtbot.waitUntil(other_window.isActiveWindow)
    qtbot.keyClick(other_window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert previews, "the preview was not shown"
    merged = picks_as_data(theirs)
    assert {k: merged[k] for k in picks_as_data(planner)} == picks_as_data(planner)
    assert merged[SIMULIVE_3] == before[SIMULIVE_3]  # merging never touches their own pick
    assert other_window.nav_model.index_of(Kind.AGENDA).data() == "My agenda (4)"

    other_window.menu_actions.undo.trigger()
    assert picks_as_data(theirs) == before
    other_window.menu_actions.redo.trigger()
    assert picks_as_data(theirs) == merged


def test_replacing_my_agenda_asks_first_and_can_be_undone(
    qtbot, window, planner, other_window, modals, monkeypatch, tmp_path
):
    planner.bookmark([KEYNOTE], priority=4)
    out = tmp_path / "bo.yaml"
    save_agenda(window, modals, monkeypatch, out, "Bo")
    theirs = other_window.planner
    theirs.bookmark([SIMULIVE_3, KEYNOTE], note="mine")
    before = picks_as_data(theirs)

    choose_open(monkeypatch, out)
    # The confirmation opens from the preview's button: click it from a fresh event, so that
    # the answering timer is free to answer the confirmation in turn.
    modals.answer(AgendaPreviewDialog, lambda d: QTimer.singleShot(0, d.replace_button.click))
    modals.click("Replace")
    other_window.menu_actions.open_agenda.trigger()
    assert modals.pending == 0
    question = modals.texts[0][0]
    assert question.startswith("1 of your picks here is not in the file")
    assert f"Mon 17 Mar 19:30–20:30 · {title(theirs, SIMULIVE_3)}" in question  # named, timed
    assert picks_as_data(theirs) == {KEYNOTE: (4, "", "attending")}
    other_window.menu_actions.undo.trigger()
    assert picks_as_data(theirs) == before


def test_cancelling_the_replace_question_goes_back_to_the_preview(
    qtbot, window, planner, other_window, modals, monkeypatch, tmp_path
):
    planner.bookmark([KEYNOTE], priority=4)
    out = tmp_path / "bo.yaml"
    save_agenda(window, modals, monkeypatch, out, "Bo")
    theirs = other_window.planner
    theirs.bookmark([SIMULIVE_3])
    before = picks_as_data(theirs)
    dialogs: list[AgendaPreviewDialog] = []

    def replace_then(dialog: AgendaPreviewDialog) -> None:
        dialogs.append(dialog)
        QTimer.singleShot(0, dialog.replace_button.click)

    def still_open_then_cancel(box) -> None:  # type: ignore[no-untyped-def]
        next(b for b in box.buttons() if "Cancel" in b.text()).click()
        QTimer.singleShot(50, lambda: (dialogs.append(dialogs[0].isVisible()), dialogs[0].reject()))

    choose_open(monkeypatch, out)
    modals.answer(AgendaPreviewDialog, replace_then)
    modals.answer(QMessageBox, still_open_then_cancel)
    other_window.menu_actions.open_agenda.trigger()
    assert dialogs[1] is True  # the preview stayed open after the question was cancelled
    assert picks_as_data(theirs) == before


def test_entries_that_match_no_session_are_listed_not_dropped(
    qtbot, window, planner, modals, monkeypatch, tmp_path
):
    planner.bookmark([KEYNOTE])
    out = tmp_path / "ana.yaml"
    save_agenda(window, modals, monkeypatch, out, "Ana")
    text = out.read_text(encoding="utf-8").replace("S72484", "S99999")
    text = text.replace(title(planner, KEYNOTE), "A talk this catalog does not have")
    out.write_text(text, encoding="utf-8")
    planner.unbookmark([KEYNOTE])
    lines: list[list[str]] = []

    def look(dialog: AgendaPreviewDialog) -> None:
        lines.append(dialog.lines("unmatched"))
        dialog.reject()

    choose_open(monkeypatch, out)
    modals.answer(AgendaPreviewDialog, look)
    window.menu_actions.open_agenda.trigger()
    assert lines == [["A talk this catalog does not have · S99999 · Tue 18 Mar 10:00"]]
    assert planner.picks() == {}


def test_a_hostile_agenda_file_is_refused_and_changes_nothing(
    qtbot, window, planner, modals, monkeypatch, tmp_path
):
    planner.bookmark([KEYNOTE], note="keep me")
    before = picks_as_data(planner)
    bad = tmp_path / "agenda.yaml"
    bad.write_text(HOSTILE, encoding="utf-8")
    choose_open(monkeypatch, bad)
    modals.ok()
    window.menu_actions.open_agenda.trigger()
    assert modals.pending == 0
    what, advice = modals.texts[0]
    assert str(bad) in what and "Nothing was changed" in advice
    assert picks_as_data(planner) == before
    assert not window.undo_stack.canUndo()


# --- a colleague's agenda as an overlay -------------------------------------------------------


def with_cell(window: MainWindow, key: str, role=Qt.ItemDataRole.DisplayRole):
    model = window.session_list.model
    return model.index(model.row_of_key(key), M.COL_WITH).data(role)


def test_a_colleagues_agenda_shows_beside_mine_and_writes_nothing(
    qtbot, window, planner, other_window, modals, monkeypatch, tmp_path
):
    planner.bookmark([KEYNOTE], priority=4, note="Ana's own note")
    out = tmp_path / "ana.yaml"
    save_agenda(window, modals, monkeypatch, out, "Ana")
    theirs = other_window.planner
    theirs.bookmark([SIMULIVE_3])
    before = picks_as_data(theirs)

    choose_open(monkeypatch, out)
    other_window.menu_actions.show_overlay.trigger()
    assert picks_as_data(theirs) == before
    table = other_window.session_list.table
    assert not table.isColumnHidden(M.COL_WITH)
    assert with_cell(other_window, KEYNOTE) == "Ana"
    assert "Ana goes (priority 4)" in with_cell(other_window, KEYNOTE, Qt.ItemDataRole.ToolTipRole)
    assert with_cell(other_window, SIMULIVE_3) == ""

    other_window.show_session(KEYNOTE)
    assert other_window.detail.goers.lines() == ["Ana goes (priority 4)", "Ana's own note"]
    marks = other_window.agenda.timeline.overlay_marks()
    assert [(m.owner, m.key) for m in marks] == [("Ana", KEYNOTE)]
    assert marks[0].tooltip.startswith("Ana goes (priority 4)\n")
    assert other_window.agenda.legend.names == ["Ana (1)"]
    assert other_window.center.currentWidget() is other_window.agenda
    other_window.show_session(SIMULIVE_3)
    timeline = other_window.agenda.timeline
    timeline.verticalScrollBar().setValue(int(marks[0].rect.top()) - 40)
    mark = timeline.overlay_marks()[0].rect
    qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=mark.center().toPoint())
    assert other_window.detail.key == KEYNOTE  # a click on a mark shows that session

    entries = {a.text(): a for a in other_window.menus.overlays.actions()}
    entries["Show Ana (1 pick)"].trigger()  # unticked: hidden
    assert other_window.agenda.timeline.overlay_marks() == []
    assert table.isColumnHidden(M.COL_WITH)
    entries = {a.text(): a for a in other_window.menus.overlays.actions()}
    entries["Remove Ana's agenda"].trigger()
    assert other_window.overlays.all() == []
    assert picks_as_data(theirs) == before


def test_show_as_overlay_from_the_preview(
    qtbot, window, planner, other_window, modals, monkeypatch, tmp_path
):
    planner.bookmark([SIMULIVE_4])
    out = tmp_path / "cai.yaml"
    save_agenda(window, modals, monkeypatch, out, "Cai")
    choose_open(monkeypatch, out)
    modals.answer(AgendaPreviewDialog, lambda dialog: dialog.overlay_button.click())
    other_window.menu_actions.open_agenda.trigger()
    assert other_window.planner.picks() == {}
    assert [m.key for m in other_window.agenda.timeline.overlay_marks()] == [SIMULIVE_4]
