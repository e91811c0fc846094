"""Browsing a conference of many rooms in the window: filters that combine, sorting, clash
marks, the keyboard, and what the detail pane says."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QApplication, QMenu

from planner.gui.browse.nav_model import Kind, NavModel
from planner.gui.browse.session_model import SessionTableModel, natural_key
from planner.gui.main_window import MainWindow
from planner.services.planner import Planner
from tests.catalogs import DAY, busy_day

pytestmark = pytest.mark.gui

M = SessionTableModel
ROOM_A, ROOM_B = "Room A.100", "Room B.101"


@pytest.fixture()
def busy(qtbot, db_path, settings) -> Iterator[MainWindow]:
    """The window on a day of six rooms (96 talks), nothing else loaded."""
    with Planner(db_path) as planner:
        planner.store_catalog(busy_day(), source="test")
        window = MainWindow(planner, settings)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        yield window
        window.close()


def shown(window: MainWindow) -> list[str]:
    model = window.session_list.model
    return [model.key_at(row) for row in range(model.shown_count)]


def cell(window: MainWindow, key: str, column: int, role: int = Qt.ItemDataRole.DisplayRole):
    model = window.session_list.model
    return model.index(model.row_of_key(key), column).data(role)


def test_a_day_and_a_room_and_a_track_combine_and_each_goes_on_its_own(busy):
    busy.select_nav(Kind.DAY, DAY)
    busy.select_nav(Kind.ROOM, ROOM_A)
    assert len(shown(busy)) == 16
    assert {cell(busy, k, M.COL_ROOM) for k in shown(busy)} == {ROOM_A}
    assert busy.session_list.filter_bar.texts() == ["Day: Sat 1 Feb", f"Room: {ROOM_A}"]
    busy.select_nav(Kind.ROOM, ROOM_B)  # another room replaces the first, the day stays
    assert busy.session_list.filter_bar.texts() == ["Day: Sat 1 Feb", f"Room: {ROOM_B}"]
    busy.select_nav(Kind.TRACK, "Go")  # Room B is Rust's: nothing is both
    assert shown(busy) == []
    assert busy.session_list.empty_label.isVisible()
    assert "filters" in busy.session_list.empty_label.text()
    chips = busy.session_list.filter_bar.chips
    next(c for c in chips if c.text().startswith("Room:")).click()  # the room goes
    assert (
        len(shown(busy)) == 32
        and busy.nav_model.index_of(Kind.TRACK, "Go").data(NavModel.StatusRole) == "chosen"
    )
    busy.select_nav(Kind.ALL)
    assert len(shown(busy)) == 96 and not busy.session_list.filter_bar.isVisible()


def test_clicking_the_chosen_row_again_lets_it_go(busy, qtbot):
    busy.select_nav(Kind.ROOM, ROOM_A)
    index = busy.nav_model.index_of(Kind.ROOM, ROOM_A)
    rect = busy.nav.visualRect(index)
    qtbot.mouseClick(busy.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(shown(busy)) == 96


def test_a_track_or_a_room_can_be_hidden_whatever_else_is_chosen(busy, qtbot):
    busy.select_nav(Kind.DAY, DAY)
    index = busy.nav_model.index_of(Kind.TRACK, "Go")
    menu = busy.nav.context_menu(Kind.TRACK, "Go", index)
    hide = next(a for a in menu.actions() if a.text() == "Hide this from the list")
    hide.trigger()
    assert len(shown(busy)) == 96 - 32
    assert all(cell(busy, k, M.COL_TRACK) != "Go" for k in shown(busy))
    assert busy.nav_model.index_of(Kind.TRACK, "Go").data(NavModel.StatusRole) == "hidden"
    assert "Hiding track Go" in busy.session_list.filter_bar.texts()
    row_menu: QMenu = busy.session_list.row_menu(shown(busy)[0])
    room = cell(busy, shown(busy)[0], M.COL_ROOM)
    next(a for a in row_menu.actions() if a.text() == f"Hide room {room}").trigger()
    assert len(shown(busy)) == 96 - 48
    busy.menu_actions.show_hidden.trigger()
    assert len(shown(busy)) == 96


def test_empty_tracks_are_not_offered(busy):
    assert not busy.nav_model.index_of(Kind.TRACK, "Lightning Talks").isValid()
    assert all("(0)" not in a.text() for a in busy.tracks_menu.actions())
    assert busy.nav_model.index_of(Kind.ROOM, ROOM_A).data() == f"{ROOM_A} (16)"


def test_column_headers_sort_and_the_current_row_stays(busy, qtbot):
    header = busy.session_list.table.horizontalHeader()
    busy.session_list.select_key("busy/r3n2")

    def click(column: int) -> None:
        where = QPoint(header.sectionViewportPosition(column) + 8, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)

    click(M.COL_TITLE)
    titles = [cell(busy, k, M.COL_TITLE) for k in shown(busy)]
    assert titles == sorted(titles, key=natural_key)  # "talk 2" before "talk 10"
    assert titles.index(next(t for t in titles if "talk 2 " in t)) < titles.index(
        next(t for t in titles if "talk 10 " in t)
    )
    assert busy.session_list.current_key() == "busy/r3n2"
    click(M.COL_TITLE)
    assert [cell(busy, k, M.COL_TITLE) for k in shown(busy)] == titles[::-1]
    click(M.COL_TIME)
    starts = [cell(busy, k, M.COL_TIME, M.StartRole) for k in shown(busy)]
    assert starts == sorted(starts)


def test_clashes_are_marked_in_the_list_and_go_when_resolved(busy, qtbot):
    busy.picks.star(["busy/r0n0", "busy/r1n0"])  # 09:00-09:30 and 09:15-09:45
    for key in ("busy/r0n0", "busy/r1n0"):
        assert isinstance(cell(busy, key, M.COL_STAR, Qt.ItemDataRole.DecorationRole), QIcon)
    tip = cell(busy, "busy/r0n0", M.COL_STAR, Qt.ItemDataRole.ToolTipRole)
    assert "Clashes with:" in tip and "Rust talk 1" in tip
    busy.picks.keep_only("busy/r0n0", ["busy/r0n0", "busy/r1n0"])
    assert cell(busy, "busy/r0n0", M.COL_STAR, Qt.ItemDataRole.DecorationRole) is None
    assert busy.counts.text().endswith("2 picks · 0 clashes")


def test_enter_stars_and_a_second_enter_does_not_unstar(busy, qtbot):
    table = busy.session_list.table
    busy.session_list.focus_table()
    key = busy.session_list.current_key()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert key in busy.planner.picks()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert key in busy.planner.picks()
    assert "Already in your agenda" in busy.statusBar().currentMessage()
    qtbot.keyClick(table, Qt.Key.Key_Space)  # Space toggles
    assert key not in busy.planner.picks()


def test_esc_clears_the_search_then_goes_to_the_list(busy, qtbot):
    box = busy.session_list.search_box
    box.setFocus()
    qtbot.keyClicks(box, "zzzz nothing")
    qtbot.waitUntil(busy.session_list.search_settled)
    assert shown(busy) == []
    assert busy.session_list.empty_label.text().startswith('No sessions match "zzzz nothing"')
    assert busy.detail.empty_label.text() == "No session matches: nothing to show here."
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    qtbot.waitUntil(busy.session_list.search_settled)
    assert len(shown(busy)) == 96
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert busy.session_list.table.hasFocus()


def test_tab_into_the_list_makes_a_row_current_and_shown(busy, qtbot):
    busy.session_list.search_box.setFocus()
    qtbot.keyClick(busy.session_list.search_box, Qt.Key.Key_Tab)
    table = busy.session_list.table
    assert table.hasFocus()
    assert table.selectionModel().isRowSelected(table.currentIndex().row())
    assert busy.detail.key == busy.session_list.current_key()
    assert busy.detail.focusPolicy() == Qt.FocusPolicy.NoFocus  # no stop that shows nothing


def test_a_session_the_filter_removes_leaves_the_detail_pane(busy, qtbot):
    assert busy.session_list.select_key("busy/r0n3")
    qtbot.waitUntil(lambda: busy.detail.key == "busy/r0n3")
    busy.select_nav(Kind.ROOM, ROOM_B)
    assert busy.detail.key is None
    assert "filtered out" in busy.detail.empty_label.text()


def test_the_detail_pane_links_to_the_session_page(busy, qtbot, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    busy.show_session("busy/r2n1")
    link = busy.detail.facts.link
    assert link.isVisibleTo(busy) and link.text() == "Session page on example.org ↗"
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert [u.toString() for u in opened] == ["https://example.org/2025/schedule/event/2-1/"]


class Paints(QObject):
    """Counts the paint events a widget gets: what the user sees is what was last painted."""

    def __init__(self, widget) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        self.count += event.type() == QEvent.Type.Paint
        return False


def test_a_starred_session_invites_a_note(busy, qtbot):
    busy.show_session("busy/r0n0")
    note = busy.detail.note_editor
    qtbot.wait(50)
    assert note.placeholderText() == "Star this session to keep a note on it"
    paints = Paints(note.viewport())
    busy.picks.star(["busy/r0n0"])
    qtbot.waitUntil(lambda: paints.count > 0)  # Qt repaints no changed placeholder itself
    assert note.placeholderText() == "Your note on this session (saved as you type)"
    assert not note.isReadOnly()


def test_every_menu_uses_each_mnemonic_once(busy):
    def mnemonic(text: str) -> str | None:
        at = text.replace("&&", "").find("&")
        return text.replace("&&", "")[at + 1].casefold() if at >= 0 else None

    for top in busy.menuBar().actions():
        letters = [m for a in top.menu().actions() if (m := mnemonic(a.text())) and a.isVisible()]
        assert len(letters) == len(set(letters)), (top.text(), letters)


def test_the_star_column_stays_in_view_at_1024_pixels(qtbot, db_path, settings):
    with Planner(db_path) as planner:
        planner.store_catalog(busy_day(), source="test")
        window = MainWindow(planner, settings)
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        table = window.session_list.table
        QApplication.processEvents()
        viewport = table.viewport().width()
        header = table.horizontalHeader()
        assert header.sectionViewportPosition(M.COL_STAR) == 0
        assert header.sectionSize(M.COL_TITLE) >= 0.3 * viewport  # the title gets the room
        right = max(header.sectionViewportPosition(c) + header.sectionSize(c)
                    for c in range(M.COLUMN_COUNT) if not table.isColumnHidden(c))  # fmt: skip
        assert right <= viewport + 1  # nothing scrolls off sideways
        window.close()
