"""A user's whole path through the window: pick two clashing sessions, see, resolve, undo, redo.

Each step checks the database (``Planner.picks``) and what the widgets show: the list's star
column, the timeline's clash marks, the clash panel's groups and the status bar.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from planner.core.model import PickState
from planner.gui.agenda.plan_preview import PlanPreviewDialog
from planner.gui.browse.nav_model import Kind
from planner.gui.browse.session_model import SessionTableModel
from planner.gui.main_window import MainWindow
from planner.services.planner import Planner

pytestmark = pytest.mark.gui

SIMULIVE_4, SIMULIVE_3 = "gtc2025/S72643", "gtc2025/S71942"  # both Mon 17 Mar 19:30 PDT
M = SessionTableModel


def states(planner: Planner) -> dict[str, PickState]:
    return {key: pick.state for key, pick in planner.picks().items()}


def star_cell(window: MainWindow, key: str) -> str:
    model = window.session_list.model
    return model.index(model.row_of_key(key), M.COL_STAR).data()


def clashing_blocks(window: MainWindow) -> set[str]:
    return {block.key for block in window.agenda.timeline.blocks() if block.clashing}


def panel_groups(window: MainWindow) -> list[set[str]]:
    """The sessions of each clash group the panel shows (from its Keep buttons)."""
    return [
        {button.property("sessionKey") for button in box.findChildren(QPushButton, "keepOnly")}
        for box in window.agenda.clash_panel.group_boxes()
    ]


def panel_button(window: MainWindow, name: str, key: str | None = None) -> QPushButton:
    for box in window.agenda.clash_panel.group_boxes():
        for button in box.findChildren(QPushButton, name):
            if key is None or button.property("sessionKey") == key:
                return button
    raise AssertionError(f"no {name} button for {key}")


def star_in_track(qtbot, window: MainWindow, track: str, key: str, how: str) -> None:
    window.select_nav(Kind.TRACK, track)
    window.session_list.focus_table()
    assert window.session_list.select_key(key)
    qtbot.waitUntil(lambda: window.detail.key == key)
    if how == "space":
        qtbot.keyClick(window.session_list.table, Qt.Key_Space)
    else:
        qtbot.keyClick(window, Qt.Key_D, Qt.ControlModifier)


def assert_clash_shown(window: MainWindow, planner: Planner) -> None:
    assert states(planner) == {SIMULIVE_4: PickState.ATTENDING, SIMULIVE_3: PickState.ATTENDING}
    assert panel_groups(window) == [{SIMULIVE_4, SIMULIVE_3}]
    assert clashing_blocks(window) == {SIMULIVE_4, SIMULIVE_3}
    assert window.counts.text().endswith("2 picks · 1 clash")


def assert_resolved(window: MainWindow, planner: Planner) -> None:
    # S71942 is a simulive (recorded) session: it becomes watch-later, not an alternative.
    assert states(planner) == {SIMULIVE_4: PickState.ATTENDING, SIMULIVE_3: PickState.WATCH_LATER}
    assert panel_groups(window) == []
    assert clashing_blocks(window) == set()
    assert window.counts.text().endswith("2 picks · 0 clashes")
    assert star_cell(window, SIMULIVE_3) == "★3 later"


def test_pick_two_clashing_sessions_resolve_undo_and_redo(qtbot, window, planner):
    star_in_track(qtbot, window, "Technical - Intermediate", SIMULIVE_4, how="space")
    assert window.session_list.model.shown_count == 1
    assert star_cell(window, SIMULIVE_4) == "★3"
    star_in_track(qtbot, window, "Technical - Advanced", SIMULIVE_3, how="ctrl+d")
    assert set(planner.picks()) == {SIMULIVE_4, SIMULIVE_3}

    qtbot.keyClick(window, Qt.Key_A, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.center.currentWidget() is window.agenda
    assert window.nav_model.index_of(Kind.AGENDA).data() == "My agenda (2)"
    assert_clash_shown(window, planner)

    qtbot.mouseClick(panel_button(window, "keepOnly", SIMULIVE_4), Qt.LeftButton)
    assert_resolved(window, planner)

    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert_clash_shown(window, planner)
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert_resolved(window, planner)

    for _ in range(3):  # the resolution, then each star
        qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert planner.picks() == {}
    assert panel_groups(window) == [] and window.agenda.timeline.blocks() == []
    assert window.nav_model.index_of(Kind.AGENDA).data() == "My agenda (0)"


def test_the_best_plan_is_shown_first_then_applied_as_one_step(qtbot, window, planner, modals):
    window.picks.star([SIMULIVE_4, SIMULIVE_3])
    window.picks.set_priority(SIMULIVE_3, 5)
    window.select_nav(Kind.AGENDA)
    best = window.agenda.clash_panel.findChild(QPushButton, "keepBestPlan")
    seen: list[PlanPreviewDialog] = []

    def look_then(answer):  # type: ignore[no-untyped-def]
        def act(dialog: PlanPreviewDialog) -> None:
            seen.append(dialog)
            answer(dialog)

        return act

    modals.answer(PlanPreviewDialog, look_then(lambda dialog: dialog.reject()))
    qtbot.mouseClick(best, Qt.LeftButton)
    assert states(planner) == {SIMULIVE_4: PickState.ATTENDING, SIMULIVE_3: PickState.ATTENDING}
    preview = seen[0]  # cancelled: it showed what it would do, and nothing changed
    assert preview.keys("keep") == [SIMULIVE_3] and preview.keys("watch_later") == [SIMULIVE_4]
    assert "Picks that change: 1;" in preview.summary()
    modals.answer(PlanPreviewDialog, look_then(lambda dialog: dialog.apply_button.click()))
    qtbot.mouseClick(best, Qt.LeftButton)
    assert states(planner) == {SIMULIVE_4: PickState.WATCH_LATER, SIMULIVE_3: PickState.ATTENDING}
    assert window.undo_stack.undoText() == "Keep the best plan by priority"
    window.menu_actions.undo.trigger()  # (the offscreen platform does not give the focus back)
    qtbot.mouseClick(panel_button(window, "watchLater", SIMULIVE_3), Qt.LeftButton)
    assert states(planner)[SIMULIVE_3] is PickState.WATCH_LATER
    assert panel_groups(window) == []


def test_what_else_is_on_at_the_clash_time_lists_the_catalog(qtbot, window, planner):
    window.picks.star([SIMULIVE_4, SIMULIVE_3])
    window.select_nav(Kind.AGENDA)
    qtbot.mouseClick(panel_button(window, "showOthersAt"), Qt.LeftButton)
    finder = window.agenda.gap_finder
    assert window.agenda.tabs.currentWidget() is finder
    shown = [finder.model.key_at(row) for row in range(finder.model.rowCount())]
    assert shown == ["gtc2025/S72557"]  # also at 19:30; the user's own picks are not offered
    assert finder.heading.text().startswith("On during Mon 17 Mar 19:30–20:10")
