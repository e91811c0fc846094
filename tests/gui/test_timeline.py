"""The agenda timeline on a real Planner: where the picks land, clashes, keyboard and mouse."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip

from planner.core.model import Catalog, Conference, PickState, Session, TimeStatus
from planner.gui.agenda.timeline import GUTTER, HEADER, PAD, AgendaTimeline
from planner.services.planner import Planner

pytestmark = pytest.mark.gui

LA = ZoneInfo("America/Los_Angeles")
CLASHING = ("gtc2025/S72643", "gtc2025/S71942")
KEYNOTE = "gtc2025/S72484"
UNSCHEDULED = "gtc2025/S74181"


@pytest.fixture()
def timeline(qtbot):
    widget = AgendaTimeline()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def show(timeline: AgendaTimeline, planner: Planner, conference: str = "gtc2025") -> None:
    timeline.set_agenda(planner.agenda(conference), planner.conflicts(conference), LA)


def by_key(timeline: AgendaTimeline) -> dict:
    return {block.key: block for block in timeline.blocks()}


def test_clashing_picks_stand_side_by_side_and_are_marked(planner, timeline):
    planner.bookmark([*CLASHING, KEYNOTE, UNSCHEDULED])
    show(timeline, planner)
    blocks = by_key(timeline)
    short, long = blocks[CLASHING[0]], blocks[CLASHING[1]]  # 19:30-20:10 and 19:30-20:30
    assert short.clashing and long.clashing
    assert not short.rect.intersects(long.rect)
    assert short.rect.top() == long.rect.top()
    assert long.rect.height() == pytest.approx(short.rect.height() * 60 / 40)
    assert short.day == long.day == datetime(2025, 3, 17).date()


def test_a_pick_without_clash_spans_its_whole_column(planner, timeline):
    planner.bookmark([*CLASHING, KEYNOTE])
    show(timeline, planner)
    blocks = by_key(timeline)
    keynote, left, right = blocks[KEYNOTE], blocks[CLASHING[1]], blocks[CLASHING[0]]
    assert not keynote.clashing
    assert keynote.day == datetime(2025, 3, 18).date()
    columns = dict(timeline.day_columns())
    tuesday, monday = columns[keynote.day], columns[left.day]
    assert keynote.rect.left() == pytest.approx(tuesday.left() + PAD)
    assert keynote.rect.width() == pytest.approx(tuesday.width() - 2 * PAD)
    pair_width = max(left.rect.right(), right.rect.right()) - min(
        left.rect.left(), right.rect.left()
    )
    assert pair_width == pytest.approx(monday.width() - 2 * PAD)
    assert keynote.rect.height() == pytest.approx(2 * left.rect.height())  # 2 h against 1 h


def test_an_unscheduled_pick_is_in_the_strip_above_the_grid(planner, timeline):
    planner.bookmark([KEYNOTE, UNSCHEDULED])
    show(timeline, planner)
    blocks = by_key(timeline)
    assert blocks[UNSCHEDULED].day is None and not blocks[UNSCHEDULED].clashing
    assert blocks[UNSCHEDULED].rect.bottom() < blocks[KEYNOTE].rect.top()


def test_resolving_a_clash_takes_the_marks_away(planner, timeline):
    planner.bookmark(CLASHING)
    planner.set_states({CLASHING[0]: PickState.WATCH_LATER})
    show(timeline, planner)
    blocks = by_key(timeline)
    assert not blocks[CLASHING[0]].clashing and not blocks[CLASHING[1]].clashing
    # Still side by side: they overlap in time even though only one is attended.
    assert not blocks[CLASHING[0]].rect.intersects(blocks[CLASHING[1]].rect)


def test_arrow_keys_walk_the_picks_in_time_order_and_enter_activates(planner, timeline, qtbot):
    planner.bookmark([*CLASHING, KEYNOTE, UNSCHEDULED])
    show(timeline, planner)
    timeline.setFocus()
    assert timeline.selected_key() is None
    walked = []
    for _ in range(4):
        qtbot.keyClick(timeline, Qt.Key.Key_Down)
        walked.append(timeline.selected_key())
    # Same start: by key. The keynote is the next day; unscheduled picks come last.
    assert walked == ["gtc2025/S71942", "gtc2025/S72643", KEYNOTE, UNSCHEDULED]
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    assert timeline.selected_key() == UNSCHEDULED
    qtbot.keyClick(timeline, Qt.Key.Key_Up)
    assert timeline.selected_key() == KEYNOTE
    with qtbot.waitSignal(timeline.sessionActivated, timeout=1000) as activated:
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert activated.args == [KEYNOTE]


def test_the_selected_block_is_scrolled_into_view(planner, timeline, qtbot):
    planner.bookmark([*CLASHING, KEYNOTE])
    timeline.resize(700, 300)
    show(timeline, planner)
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_End)  # the keynote, Tuesday 10:00
    qtbot.keyClick(timeline, Qt.Key.Key_Home)  # S71942, Monday 19:30: far below
    block = by_key(timeline)["gtc2025/S71942"]
    visible = timeline.viewport().rect().adjusted(GUTTER, HEADER, 0, 0)  # not under the headers
    assert timeline.verticalScrollBar().value() > 0
    assert visible.contains(block.rect.toRect())


def test_double_click_on_a_block_activates_it(planner, timeline, qtbot):
    planner.bookmark([KEYNOTE])
    show(timeline, planner)
    centre = by_key(timeline)[KEYNOTE].rect.center().toPoint()
    with qtbot.waitSignal(timeline.sessionActivated, timeout=1000) as activated:
        qtbot.mouseDClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert activated.args == [KEYNOTE]
    assert timeline.selected_key() == KEYNOTE


def test_the_hours_shown_are_those_of_the_picks_and_fill_the_height(planner, timeline):
    planner.bookmark([KEYNOTE])  # 10:00-12:00
    show(timeline, planner)
    keynote = by_key(timeline)[KEYNOTE].rect
    assert keynote.top() == pytest.approx(HEADER)  # no empty hours above it...
    assert timeline.verticalScrollBar().maximum() == 0
    # ...and its two hours take the whole height (less the day header and a margin).
    assert keynote.height() == pytest.approx(timeline.viewport().height() - HEADER - PAD, abs=2)


def test_with_no_pick_the_usual_day_is_shown(planner, timeline):
    from planner.gui.agenda.timeline_layout import FIRST_HOUR, LAST_HOUR, hour_span

    assert hour_span([]) == (FIRST_HOUR, LAST_HOUR)
    assert hour_span([(None, 0, 0)]) == (FIRST_HOUR, LAST_HOUR)  # unscheduled picks only


def small_catalog(*sessions: Session) -> Catalog:
    return Catalog(Conference("test", "Test", "America/Los_Angeles"), tuple(sessions))


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 3, day, hour, minute, tzinfo=LA).astimezone(UTC)


def test_a_session_crossing_midnight_is_split_across_its_two_days(planner, timeline):
    late = Session(
        key="test/late",
        conference_id="test",
        title="Night hack",
        start=at(17, 23),
        end=at(18, 1, 30),
        time_status=TimeStatus.CONFIRMED,
    )
    planner.store_catalog(small_catalog(late), source="test")
    planner.bookmark(["test/late"])
    show(timeline, planner, "test")
    parts = sorted((b for b in timeline.blocks() if b.key == "test/late"), key=lambda b: b.day)
    assert [b.day.day for b in parts] == [17, 18]
    hour = parts[1].rect.height() / 1.5  # the second part: 00:00-01:30
    assert parts[0].rect.height() == pytest.approx(hour)  # 23:00-24:00
    assert parts[0].rect.left() < parts[1].rect.left()
    # The whole day shows, from 00:00 to 24:00.
    content_height = timeline.verticalScrollBar().maximum() + timeline.viewport().height()
    assert content_height >= 24 * hour


# The offscreen platform cannot raise the tooltip window; that is all this warning says.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_markup_in_a_title_is_shown_as_text(planner, timeline, qtbot):
    odd = Session(
        key="test/odd",
        conference_id="test",
        title="<img src=x>",
        room="<b>Hall</b>",
        start=at(17, 10),
        end=at(17, 11),
        time_status=TimeStatus.ASSUMED,
        time_note="day guessed",
    )
    planner.store_catalog(small_catalog(odd), source="test")
    planner.bookmark(["test/odd"])
    show(timeline, planner, "test")
    centre = by_key(timeline)["test/odd"].rect.center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, timeline.viewport().mapToGlobal(centre))
    QApplication.sendEvent(timeline.viewport(), event)
    shown = QTextDocument()
    shown.setHtml(QToolTip.text())
    lines = shown.toPlainText().splitlines()
    assert lines[0] == "<img src=x>"
    assert "<b>Hall</b>" in lines
    assert any("Time assumed: day guessed" in line for line in lines)
    QToolTip.hideText()


def test_no_picks_shows_no_blocks(planner, timeline):
    show(timeline, planner)
    assert timeline.blocks() == []
    assert timeline.selected_key() is None


@pytest.mark.parametrize(
    "title",
    ["The Inner Workings of Go Generics", "Augurs: a time series toolkit for Rust",
     "基于端到端世界模型的生成式智驾体验"],
)  # fmt: skip
def test_a_half_hour_talk_in_a_narrow_lane_shows_its_whole_title(timeline, title):
    # Five FOSDEM picks at 1400x900: three lanes of about 240 px, half an hour about 30 px.
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont

    from planner.gui.agenda.timeline_paint import _fitted

    bold = QFont(timeline.font())
    bold.setBold(True)
    font, line, _rows, lines = _fitted(title, bold, QRectF(0, 0, 215, 27))
    assert "".join(lines).replace(" ", "") == title.replace(" ", ""), lines  # nothing elided
    assert len(lines) * line <= 27 + 0.5 and font.pointSizeF() >= 0.8 * bold.pointSizeF()
