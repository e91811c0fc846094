"""My agenda at conference size: readable lanes, folding, stable blocks, overlays as marks, the
hours filling the height, decisions by the moment, and the gap finder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QPushButton

from planner.core.model import PickState
from planner.gui.agenda.agenda_page import TAB_GAPS
from planner.gui.agenda.gap_finder import GapModel
from planner.gui.agenda.timeline import BLOCK_MIN_CHARS
from planner.gui.browse.nav_model import Kind
from planner.gui.main_window import MainWindow
from planner.gui.settings import Settings
from planner.services import gap_finder
from planner.services.planner import Planner
from tests.catalogs import at, busy_day, chain

pytestmark = pytest.mark.gui


def open_window(qtbot, planner: Planner, settings: Settings, size=(1400, 900)) -> MainWindow:
    window = MainWindow(planner, settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture()
def busy(qtbot, db_path, settings) -> Iterator[MainWindow]:
    with Planner(db_path) as planner:
        planner.store_catalog(busy_day(), source="test")
        window = open_window(qtbot, planner, settings)
        yield window
        window.close()


def blocks(window: MainWindow) -> dict[str, object]:
    return {b.key: b for b in window.agenda.timeline.blocks()}


def test_forty_picks_keep_readable_blocks_and_the_day_scrolls_sideways(busy):
    keys = [f"busy/r{r}n{n}" for r in range(6) for n in range(0, 14, 2)][:40]
    busy.picks.star(keys)
    busy.select_nav(Kind.AGENDA)
    busy.agenda.show_panel(False)
    timeline = busy.agenda.timeline
    QApplication.processEvents()
    least = QFontMetricsF(timeline.font()).averageCharWidth() * BLOCK_MIN_CHARS - 1
    drawn = timeline.blocks()
    assert len(drawn) == 40
    assert min(b.rect.width() for b in drawn) >= least
    assert timeline.horizontalScrollBar().maximum() > 0  # wider than the view: it scrolls
    assert timeline.verticalScrollBar().maximum() == 0  # the day's hours fit the height


def test_the_hours_fill_the_height_and_the_panel_folds_away(busy):
    busy.picks.star(["busy/r0n0", "busy/r0n6"])  # 09:00 and 12:00
    busy.select_nav(Kind.AGENDA)
    timeline = busy.agenda.timeline
    with_panel = timeline.viewport().height()
    busy.agenda.panel_button.click()  # hide the decisions and free time
    QApplication.processEvents()
    assert timeline.viewport().height() > with_panel + 100
    assert timeline.verticalScrollBar().maximum() == 0
    last = max(g.rect.bottom() for g in timeline.gaps())  # the day's end, after the last talk
    assert last > 0.85 * timeline.viewport().height()  # the hours reach down to the bottom


def test_the_split_is_remembered(qtbot, db_path, settings):
    with Planner(db_path) as planner:
        planner.store_catalog(busy_day(), source="test")
        window = open_window(qtbot, planner, settings)
        window.select_nav(Kind.AGENDA)
        window.agenda.splitter.setSizes([600, 150])
        sizes = window.agenda.splitter.sizes()
        window.close()
        again = open_window(qtbot, planner, Settings())
        again.select_nav(Kind.AGENDA)
        assert again.agenda.splitter.sizes() == sizes
        again.agenda.show_panel(False)
        again.close()
        third = open_window(qtbot, planner, Settings())
        third.select_nav(Kind.AGENDA)
        assert third.agenda.splitter.sizes()[1] == 0 and not third.agenda.panel_button.isChecked()
        third.close()


def test_decided_picks_fold_away_and_come_back(busy):
    busy.picks.star(["busy/r0n0", "busy/r1n0"])
    busy.select_nav(Kind.AGENDA)
    busy.picks.keep_only("busy/r0n0", ["busy/r0n0", "busy/r1n0"])
    assert set(blocks(busy)) == {"busy/r0n0"}  # the alternative is folded away
    toggle = busy.agenda.show_folded
    assert toggle.text().replace("&", "") == "Show watch later and alternatives (1)"
    toggle.click()
    assert set(blocks(busy)) == {"busy/r0n0", "busy/r1n0"}
    assert Settings().agenda_folded is False  # remembered


def test_a_decision_and_its_undo_move_no_block(busy):
    busy.agenda.set_folded(False)
    busy.picks.star(["busy/r0n0", "busy/r1n0", "busy/r2n0"])
    busy.select_nav(Kind.AGENDA)
    before = {k: b.rect for k, b in blocks(busy).items()}
    busy.picks.keep_only("busy/r2n0", ["busy/r0n0", "busy/r1n0", "busy/r2n0"])
    assert {k: b.rect for k, b in blocks(busy).items()} == before
    busy.picks.undo()
    assert {k: b.rect for k, b in blocks(busy).items()} == before


def test_a_colleagues_picks_are_marks_not_columns(busy, tmp_path):
    busy.picks.star(["busy/r0n0", "busy/r0n3"])
    busy.select_nav(Kind.AGENDA)
    before = {k: b.rect.width() for k, b in blocks(busy).items()}
    days_before = [d for d, _ in busy.agenda.timeline.day_columns()]
    with Planner(tmp_path / "ana.sqlite3") as ana:
        ana.store_catalog(busy_day(), source="test")
        ana.bookmark(["busy/r3n0", "busy/r4n2", "busy/r5n5"])
        ana.save_agenda(tmp_path / "ana.yaml", owner="Ana")
    busy.sharing.show_overlay(tmp_path / "ana.yaml")
    marks = busy.agenda.timeline.overlay_marks()
    assert len(marks) == 3 and {m.owner for m in marks} == {"Ana"}
    assert [d for d, _ in busy.agenda.timeline.day_columns()] == days_before
    after = {k: b.rect.width() for k, b in blocks(busy).items()}
    assert all(after[k] >= before[k] - 12 for k in before)  # a few pixels, not a column
    assert all(m.rect.width() <= 6 for m in marks)


def test_a_chain_is_decided_moment_by_moment_in_the_window(qtbot, db_path, settings):
    with Planner(db_path) as planner:
        planner.store_catalog(chain(), source="test")
        window = open_window(qtbot, planner, settings)
        window.picks.star(["busy/a", "busy/b", "busy/c"])
        window.select_nav(Kind.AGENDA)
        panel = window.agenda.clash_panel
        assert [b.title() for b in panel.group_boxes()] == [
            "Sat 1 Feb 10:30–11:00: choose one of 2",
            "Sat 1 Feb 11:00–11:30: choose one of 2",
        ]
        assert window.agenda.tabs.tabText(0) == "Decisions (2)"
        keep_a = next(b for b in panel.group_boxes()[0].findChildren(QPushButton, "keepOnly")
                      if b.property("sessionKey") == "busy/a")  # fmt: skip
        qtbot.mouseClick(keep_a, Qt.MouseButton.LeftButton)
        states = {k: p.state for k, p in planner.picks().items()}
        # B gives way at 10:30; C, which A does not overlap, is still attended...
        assert states == {"busy/a": PickState.ATTENDING, "busy/b": PickState.ALTERNATIVE,
                          "busy/c": PickState.ATTENDING}  # fmt: skip
        # ...and with B out of the way, 11:00 needs no decision any more.
        assert panel.group_boxes() == []
        window.close()


def test_whats_on_then_lists_the_catalog_like_my_picks_first(qtbot, db_path, settings):
    with Planner(db_path) as planner:
        planner.store_catalog(chain(), source="test")
        window = open_window(qtbot, planner, settings)
        window.picks.star(["busy/a", "busy/c"])  # Go, at 10:00 and 11:00
        window.select_nav(Kind.AGENDA)
        window.show_others_at(at(11), at(11, 30))
        finder = window.agenda.gap_finder
        assert window.agenda.tabs.currentIndex() == TAB_GAPS
        keys = [finder.model.key_at(r) for r in range(finder.model.rowCount())]
        assert keys == ["busy/d", "busy/e", "busy/b"]  # Go first; then whole in the gap
        why = finder.model.index(0, GapModel.COL_WHY).data()
        assert "one of your tracks" in why and "your topics: go" in why
        finder.table.setFocus()
        finder.table.selectRow(0)
        qtbot.keyClick(finder.table, Qt.Key.Key_Space)
        assert "busy/d" in planner.picks()
        assert finder.model.index(0, GapModel.COL_STAR).data() == "★3"
        window.close()


def test_a_free_stretch_of_my_day_is_offered_in_the_timeline(busy, qtbot):
    busy.picks.star(["busy/r0n0", "busy/r0n6"])  # 09:00-09:30 and 12:00-12:30
    busy.select_nav(Kind.AGENDA)
    gaps = busy.agenda.timeline.gaps()
    assert [(g.start, g.end) for g in gaps][:1] == [(at(9, 30), at(12))]
    with qtbot.waitSignal(busy.agenda.timeline.gapChosen) as chosen:
        centre = gaps[0].rect.center().toPoint()
        qtbot.mouseClick(busy.agenda.timeline.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert chosen.args == [at(9, 30), at(12)]
    finder = busy.agenda.gap_finder
    assert finder.model.rowCount() > 20 and finder.slots.count() == len(gaps)


def test_the_gap_model_passes_the_model_tester(qtmodeltester, planner):
    planner.bookmark(["gtc2025/S72643"])
    state = planner.agenda_state("gtc2025")
    start, end = _window_of(planner, "gtc2025/S72643")
    running = planner.running_between("gtc2025", start, end)
    model = GapModel()
    model.set_suggestions(gap_finder.whats_on(running, state, start, end), start.tzinfo)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() >= 1


def _window_of(planner: Planner, key: str):  # type: ignore[no-untyped-def]
    session = planner.session(key).session
    return session.start, session.end


def test_what_is_on_then_can_be_shown_in_the_list(qtbot, db_path, settings):
    with Planner(db_path) as planner:
        planner.store_catalog(chain(), source="test")
        window = open_window(qtbot, planner, settings)
        window.picks.star(["busy/a"])
        window.show_others_at(at(11), at(11, 30))
        qtbot.mouseClick(window.agenda.gap_finder.in_list, Qt.MouseButton.LeftButton)
        model = window.session_list.model
        assert window.center.currentWidget() is window.session_list
        assert {model.key_at(r) for r in range(model.shown_count)} == {
            "busy/b",
            "busy/c",
            "busy/d",
            "busy/e",
        }
        chips = window.session_list.filter_bar.chips
        assert chips[0].text().startswith("Running at Sat 1 Feb 11:00–11:30")
        chips[0].click()
        assert model.shown_count == 5
        window.close()
