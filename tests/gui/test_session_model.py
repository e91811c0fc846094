"""The session list's model and the navigation model, without the window around them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon

from planner.core.model import ListingRow, Pick, PickState, SessionFilter, TimeStatus
from planner.gui.browse.nav_model import Kind, NavModel
from planner.gui.browse.row_filter import UNSCHEDULED_DAY, RowFilter, base_mask, shown_positions
from planner.gui.browse.session_model import SessionTableModel
from planner.services.planner import Planner

pytestmark = pytest.mark.gui

LA = ZoneInfo("America/Los_Angeles")
CLASHING = ("gtc2025/S72643", "gtc2025/S71942")
KEYNOTE = "gtc2025/S72484"
UNSCHEDULED = "gtc2025/S74181"
M = SessionTableModel


def model_of(planner: Planner) -> SessionTableModel:
    model = SessionTableModel()
    model.set_rows(planner.listing(), [name for name, _ in planner.tracks()])
    model.set_zone(LA, "PDT")
    return model


def shown_keys(model: SessionTableModel) -> list[str]:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.index(r, 0).data(M.KeyRole) for r in range(model.rowCount())]


def cell(model: SessionTableModel, key: str, column: int, role: int = Qt.DisplayRole):
    row = model.row_of_key(key)
    assert row is not None, f"{key} is not shown"
    return model.index(row, column).data(role)


def synthetic_rows(count: int) -> list[ListingRow]:
    start = datetime(2025, 3, 17, 16, tzinfo=UTC)
    return [
        ListingRow(
            i + 1, f"big/S{i:06d}", f"S{i:06d}", f"Session {i}", f"Track {i % 7}", "Hall",
            start + timedelta(minutes=10 * i), start + timedelta(minutes=10 * i + 40),
            date(2025, 3, 17), TimeStatus.CONFIRMED, False,
        )
        for i in range(count)
    ]  # fmt: skip


def test_the_model_passes_the_model_tester(qtmodeltester, planner):
    model = model_of(planner)
    model.set_picks({KEYNOTE: Pick(KEYNOTE, priority=5)})
    qtmodeltester.check(model, force_py=True)
    model.set_filter(RowFilter(track="Technical - Advanced"))
    model.set_search_positions(planner.matching_positions("gtc2025", "自动驾驶").positions)
    qtmodeltester.check(model, force_py=True)


def test_the_model_passes_the_model_tester_while_paging(qtmodeltester):
    model = SessionTableModel()
    model.set_rows(synthetic_rows(1000), [f"Track {i}" for i in range(7)])
    qtmodeltester.check(model, force_py=True)
    assert model.shown_count == 1000


def test_times_are_compact_and_carry_their_assumed_mark_as_an_icon(planner):
    model = model_of(planner)
    assert cell(model, CLASHING[0], M.COL_TIME) == "Mon 19:30–20:10"
    assert isinstance(cell(model, CLASHING[0], M.COL_TIME, Qt.DecorationRole), QIcon)
    assert cell(model, KEYNOTE, M.COL_TIME) == "Tue 10:00–12:00"
    assert cell(model, KEYNOTE, M.COL_TIME, Qt.DecorationRole) is None  # confirmed: no mark
    assert cell(model, UNSCHEDULED, M.COL_TIME) == "unscheduled"
    assert TimeStatus(cell(model, CLASHING[0], M.COL_TIME, M.TimeStatusRole)) is TimeStatus.ASSUMED
    tip = cell(model, CLASHING[0], M.COL_TIME, Qt.ToolTipRole)
    assert "Mon 17 Mar 19:30–20:10" in tip and "Assumed" in tip  # the whole date, and why
    assert "assumed" in cell(model, CLASHING[0], M.COL_TIME, Qt.AccessibleTextRole)


def test_the_zone_changes_the_shown_times_and_the_header(planner):
    model = model_of(planner)
    model.set_zone(ZoneInfo("Asia/Shanghai"), "CST")
    assert cell(model, CLASHING[0], M.COL_TIME) == "Tue 10:30–11:10"
    assert model.headerData(M.COL_TIME, Qt.Horizontal) == "Time (CST)"


def test_in_this_computers_zone_a_day_is_the_local_date(planner):
    model = model_of(planner)
    model.set_filter(RowFilter(day=date(2025, 3, 17)))
    conference_day = set(shown_keys(model))
    assert CLASHING[0] in conference_day  # 19:30 in San Jose, Monday
    model.set_zone(ZoneInfo("Asia/Shanghai"), "CST", local_days=True)
    assert CLASHING[0] not in set(shown_keys(model))  # 10:30 on Tuesday in Shanghai
    model.set_filter(RowFilter(day=date(2025, 3, 18)))
    assert CLASHING[0] in set(shown_keys(model))
    assert dict(model.day_counts())[date(2025, 3, 18)] > 0


def test_columns_show_title_track_swatch_room_and_star(planner):
    model = model_of(planner)
    key = CLASHING[0]
    assert cell(model, key, M.COL_TITLE) == "使用投机采样和计算通信 Overlap 提升 LLM 推理效率"
    assert cell(model, key, M.COL_TRACK) == "Technical - Intermediate"
    assert isinstance(cell(model, key, M.COL_TRACK, Qt.DecorationRole), QColor)
    assert cell(model, key, M.COL_ROOM) == "APAC Simulive Room 4"
    assert cell(model, key, M.COL_STAR) == ""
    model.set_picks({key: Pick(key, priority=4, state=PickState.WATCH_LATER)})
    assert cell(model, key, M.COL_STAR) == "★4 later"
    assert cell(model, key, M.COL_STAR, M.BookmarkedRole) is True


def test_filters_combine_track_day_and_search(planner):
    model = model_of(planner)
    assert model.shown_count == 21
    model.set_filter(RowFilter(track="Technical - Advanced"))
    assert model.shown_count == 15
    model.set_search_positions(planner.matching_positions("gtc2025", "自动驾驶").positions)
    expected = planner.sessions(SessionFilter(track="Technical - Advanced", search="自动驾驶"))
    assert len(expected) >= 3
    assert set(shown_keys(model)) == {view.key for view in expected}
    assert "gtc2025/S74412" in shown_keys(model)
    model.set_filter(RowFilter(day=date(2025, 3, 18)))
    assert set(shown_keys(model)) == {"gtc2025/S74438"}
    model.set_search_positions(None)
    model.set_filter(RowFilter(day=UNSCHEDULED_DAY))
    assert shown_keys(model) == [UNSCHEDULED]


def test_rooms_and_hidden_tracks_combine_with_the_day(planner):
    model = model_of(planner)
    room = "APAC Simulive Room 2"
    model.set_filter(RowFilter(room=room))
    in_room = set(shown_keys(model))
    assert len(in_room) >= 4
    assert all(cell(model, key, M.COL_ROOM) == room for key in in_room)
    model.set_filter(RowFilter(room=room, day=date(2025, 3, 18)))
    assert set(shown_keys(model)) == {"gtc2025/S74438", "gtc2025/S74413"}
    model.set_filter(RowFilter(room=room, hidden_tracks=frozenset({"Technical - Advanced"})))
    left = set(shown_keys(model))
    assert left < in_room
    assert all(cell(model, k, M.COL_TRACK) != "Technical - Advanced" for k in left)
    model.set_filter(RowFilter(hidden_rooms=frozenset({room})))
    assert not in_room & set(shown_keys(model)) and model.shown_count == 21 - len(in_room)


def test_every_column_sorts_and_a_sorted_list_still_filters(planner, qtmodeltester):
    model = model_of(planner)
    model.sort(M.COL_TITLE, Qt.AscendingOrder)
    titles = [cell(model, k, M.COL_TITLE) for k in shown_keys(model)]
    assert titles == sorted(titles, key=str.casefold)
    model.sort(M.COL_ROOM, Qt.DescendingOrder)
    rooms = [cell(model, k, M.COL_ROOM) for k in shown_keys(model)]
    named = [r for r in rooms if r]
    assert named[0] == "SAP Center" and rooms.index("APAC Simulive Room 5") < rooms.index(
        "APAC Simulive Room 1"
    )
    model.set_filter(RowFilter(track="Technical - Advanced"))
    assert model.shown_count == 15
    assert model.row_of_key(CLASHING[1]) is not None
    qtmodeltester.check(model, force_py=True)
    model.set_picks({KEYNOTE: Pick(KEYNOTE, priority=2), CLASHING[1]: Pick(CLASHING[1], 5)})
    model.sort(M.COL_STAR, Qt.AscendingOrder)
    assert shown_keys(model)[:1] == [CLASHING[1]]  # starred first, the higher priority first
    model.sort(M.COL_TIME, Qt.DescendingOrder)
    starts = [cell(model, k, M.COL_TIME, M.StartRole) for k in shown_keys(model)]
    timed = [s for s in starts if s is not None]
    assert timed == sorted(timed, reverse=True)
    model.sort(M.COL_TIME, Qt.AscendingOrder)
    assert shown_keys(model) == [
        k for k in shown_keys(model_of(planner)) if k in set(shown_keys(model))
    ]


def test_a_clashing_pick_is_marked_in_the_list_with_what_it_clashes_with(planner):
    model = model_of(planner)
    short, long = CLASHING
    model.set_picks({short: Pick(short), long: Pick(long)})
    model.set_rivals({short: (long,), long: (short,)})
    assert isinstance(cell(model, short, M.COL_STAR, Qt.DecorationRole), QIcon)
    assert cell(model, short, M.COL_STAR, M.RivalsRole) == (long,)
    tip = cell(model, short, M.COL_STAR, Qt.ToolTipRole)
    assert "Clashes with:" in tip and "Mon 17 Mar 19:30–20:30" in tip
    assert cell(model, KEYNOTE, M.COL_STAR, Qt.DecorationRole) is None
    model.set_rivals({})
    assert cell(model, short, M.COL_STAR, Qt.DecorationRole) is None


def test_bookmarked_filter_follows_the_picks(planner):
    model = model_of(planner)
    model.set_filter(RowFilter(bookmarked=True))
    assert model.shown_count == 0
    model.set_picks({KEYNOTE: Pick(KEYNOTE)})
    assert shown_keys(model) == [KEYNOTE]


def test_a_time_window_keeps_the_sessions_running_then(planner):
    model = model_of(planner)
    start = datetime(2025, 3, 18, 2, 30, tzinfo=UTC)
    model.set_filter(RowFilter(window=(start, start + timedelta(minutes=40))))
    assert set(shown_keys(model)) == {*CLASHING, "gtc2025/S72557"}


def test_rows_arrive_in_pages_and_a_far_key_is_fetched(qtbot):
    model = SessionTableModel()
    model.set_rows(synthetic_rows(1000))
    assert model.rowCount() == M.PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    assert model.row_of_key("big/S000999") == 999
    assert model.rowCount() == 1000
    assert not model.canFetchMore(QModelIndex())


def test_nav_model_passes_the_model_tester(qtmodeltester, planner):
    nav = NavModel()
    rooms = [("APAC Simulive Room 2", 6), ("SAP Center", 1)]
    nav.set_content(planner.tracks(), planner.days(), 21, 0, rooms)
    qtmodeltester.check(nav, force_py=True)
    nav.set_agenda_count(2)
    nav.set_filter(RowFilter(room="SAP Center", hidden_tracks=frozenset({"Keynote"})))
    qtmodeltester.check(nav, force_py=True)


def test_nav_leaves_out_empty_tracks_and_marks_what_the_filter_does(planner):
    nav = NavModel()
    tracks = [("Lightning Talks", 0), *planner.tracks()]
    nav.set_content(tracks, planner.days(), 21, 0, [("SAP Center", 1)])
    assert not nav.index_of(Kind.TRACK, "Lightning Talks").isValid()  # no "(0)" row
    room = nav.index_of(Kind.ROOM, "SAP Center")
    assert room.data() == "SAP Center (1)" and room.data(NavModel.CountRole) == 1
    nav.set_filter(RowFilter(room="SAP Center", hidden_tracks=frozenset({"Keynote"})))
    assert room.data(NavModel.StatusRole) == "chosen" and room.data(Qt.FontRole).bold()
    keynote = nav.index_of(Kind.TRACK, "Keynote")
    assert keynote.data(NavModel.StatusRole) == "hidden" and keynote.data(Qt.FontRole).strikeOut()


def test_nav_lists_tracks_days_and_the_agenda_with_counts(planner):
    nav = NavModel()
    nav.set_content(planner.tracks(), planner.days(), 21, 2)
    assert nav.index_of(Kind.ALL).data() == "All sessions (21)"
    assert nav.index_of(Kind.AGENDA).data() == "My agenda (2)"
    track = nav.index_of(Kind.TRACK, "Technical - Advanced")
    assert track.data() == "Technical - Advanced (15)"
    assert track.data(NavModel.KindRole) == Kind.TRACK
    assert nav.index_of(Kind.DAY, date(2025, 3, 17)).data() == "Mon 17 Mar (15)"
    assert nav.index_of(Kind.DAY, UNSCHEDULED_DAY).data() == "Unscheduled (1)"


def test_changes_and_colleagues_show_in_their_columns(qtmodeltester, planner):
    from planner.core.changes import ChangeKind, SessionChange
    from planner.gui.sharing.overlays import Goer

    model = model_of(planner)
    moved = SessionChange(
        KEYNOTE, ChangeKind.MOVED, "GTC 2025 Keynote",
        "2025-03-18T17:00:00+00:00/2025-03-18T19:00:00+00:00",
        "2025-03-18T18:00:00+00:00/2025-03-18T20:00:00+00:00",
    )  # fmt: skip
    model.set_changes({KEYNOTE: (moved,)})
    ana = Goer("Ana Lima", QColor("#e53972"), 4, "front row")
    model.set_goers({KEYNOTE: (ana,), UNSCHEDULED: (ana, Goer("Bo", QColor("#1e88e5"), 2, ""))})
    qtmodeltester.check(model)
    title = cell(model, KEYNOTE, M.COL_TITLE)
    assert title.startswith("[moved] GTC 2025 Keynote")
    tip = cell(model, KEYNOTE, M.COL_TITLE, Qt.ToolTipRole)
    assert "moved: Tue 18 Mar 10:00–12:00 → Tue 18 Mar 11:00–13:00" in tip  # in PDT
    assert cell(model, KEYNOTE, M.COL_WITH) == "Ana"
    assert cell(model, KEYNOTE, M.COL_WITH, Qt.DecorationRole) == QColor("#e53972")
    assert cell(model, UNSCHEDULED, M.COL_WITH) == "Ana, Bo"
    assert "Bo goes (priority 2)" in cell(model, UNSCHEDULED, M.COL_WITH, Qt.ToolTipRole)
    assert cell(model, CLASHING[0], M.COL_WITH) == ""
    assert model.headerData(M.COL_WITH, Qt.Horizontal) == "Colleagues"


@given(
    size=st.integers(0, 400),
    kept=st.sets(st.integers(0, 399)),
    matched=st.none()
    | st.sets(st.integers(0, 399))
    | st.sets(st.integers(0, 399)).map(lambda gone: set(range(400)) - gone),  # most rows
)
def test_a_search_meets_a_filter_in_list_order_whichever_side_is_shorter(size, kept, matched):
    base = sorted(p for p in kept if p < size)
    found = None if matched is None else sorted(p for p in matched if p < size)
    shown = shown_positions(base, base_mask(base, size), found)
    expected = base if found is None else sorted(set(base) & set(found))
    assert shown == expected


def test_fewer_rows_replace_more_while_the_old_last_row_is_read_at_the_reset(planner):
    # The list reads its current row's key when a reset begins (to keep it after): showing a
    # smaller conference (21 sessions after 100) must not let it read a row that is gone.
    # Raised inside Qt's own call of data(), the IndexError crashed PySide (a segfault).
    model = SessionTableModel()
    model.set_rows(synthetic_rows(100))
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    last = model.index(model.rowCount() - 1, M.COL_TITLE)
    seen: list[str] = []
    model.modelAboutToBeReset.connect(lambda: seen.append(last.data(M.KeyRole)))
    model.set_rows(planner.listing())
    assert seen == ["big/S000099"]
    assert model.rowCount() == 21
