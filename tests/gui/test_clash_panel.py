"""The clash panel on a real Planner: the decisions it lists, and what its buttons ask for."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from planner.core.conflicts import Plan
from planner.core.model import Catalog, Conference, Session, TimeStatus
from planner.gui.agenda.clash_panel import ClashPanel
from planner.services.planner import Planner

pytestmark = pytest.mark.gui

LA = ZoneInfo("America/Los_Angeles")
UTC_ZONE = ZoneInfo("UTC")
SHORT, LONG = "gtc2025/S72643", "gtc2025/S71942"  # 19:30-20:10 and 19:30-20:30, Mon 17 March
KEYNOTE = "gtc2025/S72484"


@pytest.fixture()
def panel(qtbot):
    widget = ClashPanel()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def show(panel: ClashPanel, planner: Planner, conference: str = "gtc2025", zone=LA) -> None:
    state = planner.agenda_state(conference)
    panel.set_decisions(state.decisions, state.by_key, state.plan, zone)


def texts(panel: ClashPanel) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel) if label.isVisibleTo(panel)]


def button(panel: ClashPanel, name: str, key: str | None = None) -> QPushButton:
    found = [
        b
        for b in panel.findChildren(QPushButton, name)
        if b.isVisibleTo(panel) and (key is None or b.property("sessionKey") == key)
    ]
    assert len(found) == 1, [b.text() for b in found]
    return found[0]


def test_one_group_lists_both_clashing_sessions(planner, panel):
    planner.bookmark([SHORT, LONG, KEYNOTE])
    planner.bookmark([LONG], priority=5)
    show(panel, planner)
    assert len(panel.group_boxes()) == 1
    assert panel.group_boxes()[0].title() == "Mon 17 Mar 19:30–20:10: choose one of 2"
    shown = texts(panel)
    for key in (SHORT, LONG):
        assert planner.session(key).session.title in shown
    assert planner.session(KEYNOTE).session.title not in shown
    long_facts = next(t for t in shown if t.startswith("Mon 17 Mar 19:30–20:30"))
    assert "APAC Simulive Room 3" in long_facts and "priority 5 of 5" in long_facts
    assert "time assumed" in long_facts and "can be watched later" in long_facts
    assert "best plan: keep" in long_facts
    assert not any(t == "No clashes" for t in shown)


def test_the_buttons_ask_for_the_right_changes(planner, panel, qtbot):
    planner.bookmark([SHORT, LONG])
    show(panel, planner)
    left = Qt.MouseButton.LeftButton
    with qtbot.waitSignal(panel.keepOnly, timeout=1000) as keep:
        qtbot.mouseClick(button(panel, "keepOnly", LONG), left)
    assert keep.args[0] == LONG and sorted(keep.args[1]) == sorted([SHORT, LONG])
    with qtbot.waitSignal(panel.watchLater, timeout=1000) as later:
        qtbot.mouseClick(button(panel, "watchLater", SHORT), left)
    assert later.args == [SHORT]
    with qtbot.waitSignal(panel.keepBestPlan, timeout=1000):
        qtbot.mouseClick(button(panel, "keepBestPlan"), left)
    group = planner.conflicts()[0]
    with qtbot.waitSignal(panel.showOthersAt, timeout=1000) as others:
        qtbot.mouseClick(button(panel, "showOthersAt"), left)
    assert others.args == [group.start, group.end]
    assert others.args[0] == datetime(2025, 3, 18, 2, 30, tzinfo=UTC)


def test_every_button_can_be_pressed_from_the_keyboard(planner, panel, qtbot):
    planner.bookmark([SHORT, LONG])
    show(panel, planner)
    buttons = [b for b in panel.findChildren(QPushButton) if b.isVisibleTo(panel)]
    assert len(buttons) == 6  # best plan; keep and watch later twice; other sessions
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    keep = button(panel, "keepOnly", SHORT)
    keep.setFocus()
    with qtbot.waitSignal(panel.keepOnly, timeout=1000) as keep_signal:
        qtbot.keyClick(keep, Qt.Key.Key_Space)
    assert keep_signal.args[0] == SHORT


def test_no_groups_shows_the_empty_state(planner, panel):
    planner.bookmark([KEYNOTE])
    show(panel, planner)
    assert panel.group_boxes() == []
    assert "No clashes" in texts(panel)
    assert panel.findChild(QPushButton, "keepBestPlan").isHidden()


def test_the_list_follows_the_picks(planner, panel):
    planner.bookmark([SHORT, LONG])
    show(panel, planner)
    assert len(panel.group_boxes()) == 1
    planner.unbookmark([SHORT])
    show(panel, planner)
    assert panel.group_boxes() == [] and "No clashes" in texts(panel)


def test_markup_in_titles_and_rooms_is_shown_as_text(planner, panel):
    def session(key: str, title: str, room: str) -> Session:
        start = datetime(2025, 3, 17, 17, tzinfo=UTC)
        end = datetime(2025, 3, 17, 18, tzinfo=UTC)
        return Session(
            key, "test", title, room=room, start=start, end=end, time_status=TimeStatus.CONFIRMED
        )

    conference = Conference("test", "Test", "America/Los_Angeles")
    sessions = (
        session("test/a", "<img src=x>", "<b>Hall</b>"),
        session("test/b", "a &amp; b", "B"),
    )
    planner.store_catalog(Catalog(conference, sessions), source="test")
    planner.bookmark(["test/a", "test/b"])
    show(panel, planner, "test")
    labels = {label.text(): label for label in panel.findChildren(QLabel)}
    assert labels["<img src=x>"].textFormat() == Qt.TextFormat.PlainText
    assert labels["a &amp; b"].textFormat() == Qt.TextFormat.PlainText
    assert any(
        "<b>Hall</b>" in text and label.textFormat() == Qt.TextFormat.PlainText
        for text, label in labels.items()
    )


def test_an_empty_plan_and_groups_are_accepted_before_any_data(panel):
    panel.set_decisions([], {}, Plan((), (), (), (), 0), LA)
    assert panel.group_boxes() == []


def test_a_repeated_workshop_offers_its_other_run_and_taking_it_settles_the_clash(
    qtbot, panel, db_path
):
    at = lambda hour: datetime(2019, 12, 28, hour, tzinfo=UTC)  # noqa: E731
    conference = Conference("runs", "Runs", "UTC")
    sessions = (
        Session("runs/w", "runs", "Workshop", start=at(10), end=at(12),
                time_status=TimeStatus.CONFIRMED, room="A", series="w"),
        Session("runs/w#2", "runs", "Workshop", start=at(14), end=at(16),
                time_status=TimeStatus.CONFIRMED, room="A", series="w"),
        Session("runs/t", "runs", "Talk", start=at(11), end=at(12),
                time_status=TimeStatus.CONFIRMED, room="B"),
    )  # fmt: skip
    with Planner(db_path) as planner:
        planner.store_catalog(Catalog(conference, sessions), source="test")
        planner.bookmark(["runs/w"], priority=4, note="bring a laptop")
        planner.bookmark(["runs/t"])
        show(panel, planner, "runs")
        take = button(panel, "otherRun", "runs/w")
        assert take.text() == "Take the other run"
        with qtbot.waitSignal(panel.otherRun) as signal:
            qtbot.mouseClick(take, Qt.MouseButton.LeftButton)
        assert signal.args == ["runs/w", "runs/w#2"]
        planner.switch_run(*signal.args)
        picks = planner.picks("runs")
        assert set(picks) == {"runs/w#2", "runs/t"}
        assert (picks["runs/w#2"].priority, picks["runs/w#2"].note) == (4, "bring a laptop")
        assert planner.conflicts("runs") == []


def test_a_chain_of_clashes_is_decided_moment_by_moment(qtbot, panel, db_path):
    at = lambda hour, minute=0: datetime(2025, 2, 1, hour, minute, tzinfo=UTC)  # noqa: E731
    conference = Conference("chain", "Chain", "UTC")
    sessions = tuple(
        Session(f"chain/{name}", "chain", name.upper(), start=at(*start), end=at(*end),
                time_status=TimeStatus.CONFIRMED, room=name)
        for name, start, end in (("a", (10,), (11,)), ("b", (10, 30), (11, 30)),
                                 ("c", (11,), (12,)))
    )  # fmt: skip
    with Planner(db_path) as planner:
        planner.store_catalog(Catalog(conference, sessions), source="test")
        planner.bookmark(["chain/a", "chain/b", "chain/c"])
        assert len(planner.conflicts("chain")) == 1  # one chained group...
        show(panel, planner, "chain", UTC_ZONE)
        titles = [box.title() for box in panel.group_boxes()]
        assert titles == ["Sat 1 Feb 10:30–11:00: choose one of 2",
                          "Sat 1 Feb 11:00–11:30: choose one of 2"]  # fmt: skip
        with qtbot.waitSignal(panel.keepOnly) as keep:
            qtbot.mouseClick(button(panel, "keepOnly", "chain/a"), Qt.MouseButton.LeftButton)
        # "Keep this one" decides its moment only: C, which A does not overlap, is left alone.
        assert keep.args == ["chain/a", ["chain/a", "chain/b"]]
