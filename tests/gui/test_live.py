"""Live schedules in the window: add by URL, refresh by F5 and on its own, remind, now and next.

A real HTTP server on 127.0.0.1 serves the project's LiveCon fixture (14-15 June 2025,
Europe/Brussels). Time is a clock the test holds (``FakeClock``), pushed through the window's
own timer signal: nothing sleeps to wait for a refresh or a reminder. Notifications are read
from the notifier's history; no notification daemon is needed (the freedesktop path is tested
on a private bus with a stand-in service).
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QPushButton

from planner.core.model import PickState
from planner.gui.browse.nav_model import Kind
from planner.gui.live.live_runner import LiveOutcome
from planner.gui.main_window import PAGE_AGENDA, MainWindow
from planner.gui.settings import ZoneChoice
from planner.services.planner import Planner
from tests.live_server import Route, ScheduleServer

pytestmark = pytest.mark.gui

FIXTURES = Path(__file__).resolve().parents[1] / "services" / "live_fixtures"
V1 = (FIXTURES / "schedule-v1.xml").read_bytes()
V2 = (FIXTURES / "schedule-v2.xml").read_bytes()
CONF = "livecon25"
RUST, PYTHON, DOOMED, LIGHTNING = (f"{CONF}/livecon-{n}" for n in (102, 103, 104, 105))
WAIT_MS = 20_000


class FakeClock:
    """A clock the test sets and moves on."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at

    def set(self, text: str) -> None:
        """A Brussels wall time on the conference's first day, '09:50' (CEST, UTC+2)."""
        hour, minute = map(int, text.split(":"))
        self.at = datetime(2025, 6, 14, hour - 2, minute, tzinfo=UTC)


@pytest.fixture(autouse=True)
def no_desktop_bus(monkeypatch: pytest.MonkeyPatch) -> None:
    """No real notification reaches the desktop of whoever runs the tests."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)


@pytest.fixture()
def server() -> Iterator[ScheduleServer]:
    with ScheduleServer() as running:
        yield running


@pytest.fixture()
def clock(window: MainWindow) -> FakeClock:
    fake = FakeClock(datetime(2025, 6, 14, 6, 0, tzinfo=UTC))  # 08:00 in Brussels
    window.live.timer.stop()  # only the test moves time on
    window.live.clock = fake
    return fake


def tick(window: MainWindow) -> None:
    """One beat of the window's clock timer, as the QTimer gives it."""
    window.live.timer.timeout.emit()


def finish(qtbot, window: MainWindow, start) -> LiveOutcome:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.live.runner.finished, timeout=WAIT_MS) as done:
        start()
    return done.args[0]


def add(qtbot, window: MainWindow, url: str, monkeypatch) -> LiveOutcome:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (url, True))
    return finish(qtbot, window, window.menu_actions.add_from_url.trigger)


def database(planner: Planner) -> tuple:
    return (
        [(i.conference.id, i.events) for i in planner.conferences()],
        planner.picks(),
        [(f.conference_id, f.etag, f.digest) for f in planner.feeds()],
        [planner.listing_revision(i.conference.id) for i in planner.conferences()],
    )


# --- adding by URL ------------------------------------------------------------------------------


def test_file_add_from_url_fetches_off_the_ui_thread_and_shows_the_conference(
    qtbot, window, planner, server, monkeypatch, clock
):
    url = server.serve("/schedule.xml", V1, etag='"v1"')
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (url, True))
    with qtbot.waitSignal(window.live.runner.finished, timeout=WAIT_MS) as done:
        window.menu_actions.add_from_url.trigger()
        assert window.live.runner.busy  # the window is free meanwhile
    assert done.args[0].imported.sessions == 6
    assert window.conference.id == CONF
    assert [a.text() for a in window.conference_menu.actions()] == ["NVIDIA GTC 2025",
                                                                    "LiveCon 2025"]  # fmt: skip
    assert "Added LiveCon 2025 (6 sessions)" in window.statusBar().currentMessage()
    assert planner.feed(CONF).url == url
    assert window.live.runner.last_progress is not None


def test_a_slow_download_shows_progress_and_cancel_changes_nothing(
    qtbot, window, planner, server, monkeypatch, clock
):
    before = database(planner)
    url = server.serve("/schedule.xml", V1 + b" " * 2_000_000, trickle=0.1)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (url, True))
    with qtbot.waitSignal(window.live.runner.finished, timeout=WAIT_MS) as done:
        window.menu_actions.add_from_url.trigger()
        qtbot.waitUntil(lambda: window.live.runner.dialog is not None
                        and window.live.runner.dialog.isVisible(), timeout=WAIT_MS)  # fmt: skip
        dialog = window.live.runner.dialog
        qtbot.waitUntil(lambda: "Downloading" in dialog.labelText(), timeout=WAIT_MS)
        cancel = dialog.findChild(QPushButton)
        assert cancel.text() == "Cancel"
        cancel.click()
    assert done.args[0].cancelled
    assert database(planner) == before
    assert window.statusBar().currentMessage() == "Cancelled: nothing was changed."
    assert server.sent["/schedule.xml"] < 2_000_000


def test_a_network_error_is_a_dialog_naming_the_url_and_the_database_is_unchanged(
    qtbot, window, planner, server, monkeypatch, modals, clock
):
    before = database(planner)
    missing = server.url("/gone.xml")
    modals.ok()
    outcome = add(qtbot, window, missing, monkeypatch)
    qtbot.waitUntil(lambda: not modals.pending, timeout=WAIT_MS)
    text, advice = modals.texts[0]
    assert text == (f"{missing}: the server answered HTTP 404 Not Found: no schedule at this "
                    "address; check the address")  # fmt: skip
    assert "Nothing was changed" in advice
    assert outcome.error and database(planner) == before


def test_an_address_that_is_not_http_is_refused_and_asked_again(window, monkeypatch, modals):
    answers = iter([("ftp://example.org/schedule.xml", True), ("", False)])
    asked: list[str] = []

    def get_text(*args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[4])
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    modals.ok()
    window.menu_actions.add_from_url.trigger()
    assert not window.live.runner.busy
    assert "only http:// and https://" in modals.texts[0][0]
    assert asked[1] == "ftp://example.org/schedule.xml"  # the text comes back to mend


# --- refreshing -----------------------------------------------------------------------------------


def test_f5_refreshes_the_shown_conference_and_says_which_picks_changed(
    qtbot, window, planner, server, monkeypatch, clock
):
    add(qtbot, window, server.serve("/schedule.xml", V1, etag='"v1"'), monkeypatch)
    planner.bookmark([RUST, PYTHON, DOOMED, LIGHTNING])
    server.serve("/schedule.xml", V2, etag='"v2"')
    outcome = finish(qtbot, window, window.menu_actions.refresh.trigger)
    assert outcome.refreshed.picks_changed == 3
    assert window.statusBar().currentMessage() == (  # a notice falls back to the status bar
        "LiveCon 2025: 3 of your picks changed · Python at scale is now in Room C · Rust in orbit "
        "moved to Sat 14 Jun 11:30–12:15 · A talk that will be cancelled was cancelled (kept in "
        "your agenda)"
    )
    assert window.changes_panel.isVisible()
    assert window.changes_panel.rows()[:3] == [
        (True, "room changed", "Python at scale"),
        (True, "moved", "Rust in orbit"),
        (True, "cancelled", "A talk that will be cancelled"),
    ]
    notice = window.live.notifier.history[-1]
    assert notice.kind == "changes" and notice.title == "LiveCon 2025: 3 of your picks changed"
    assert notice.body.splitlines() == [
        "Python at scale is now in Room C",
        "Rust in orbit moved to Sat 14 Jun 11:30–12:15",
        "A talk that will be cancelled was cancelled (kept in your agenda)",
    ]
    assert set(planner.picks(CONF)) == {RUST, PYTHON, DOOMED, LIGHTNING}
    # A second F5: If-None-Match goes out, the server says 304, nothing moves.
    before = database(planner)
    finish(qtbot, window, window.menu_actions.refresh.trigger)
    assert server.asked("/schedule.xml")[-1].headers["if-none-match"] == '"v2"'
    assert database(planner) == before
    assert window.statusBar().currentMessage() == "LiveCon 2025 is unchanged since the last refresh"


def test_f5_on_a_conference_from_a_file_says_there_is_nothing_to_refresh(window):
    window.menu_actions.refresh.trigger()
    assert not window.live.runner.busy
    assert window.statusBar().currentMessage().startswith(
        "NVIDIA GTC 2025 was not added from a URL: there is nothing to refresh."
    )


def test_the_window_refreshes_on_its_own_while_the_conference_is_on(
    qtbot, window, planner, server, monkeypatch, clock
):
    assert window.settings.refresh_minutes == 30  # the default
    clock.set("09:40")
    add(qtbot, window, server.serve("/schedule.xml", V1, etag='"v1"'), monkeypatch)
    planner.bookmark([RUST])
    window.select_nav(Kind.AGENDA)  # where the user is looking
    server.serve("/schedule.xml", V2, etag='"v2"')
    asked = len(server.requests)
    clock.set("10:05")
    tick(window)  # 25 minutes after the last check: not yet
    assert not window.live.runner.busy and len(server.requests) == asked
    clock.set("10:10")
    with qtbot.waitSignal(window.live.runner.finished, timeout=WAIT_MS) as done:
        tick(window)
        assert window.live.runner.busy and window.live.runner.dialog is None  # silent
    assert done.args[0].job.automatic and done.args[0].refreshed.picks_changed == 1
    assert planner.session(RUST).session.start == datetime(2025, 6, 14, 9, 30, tzinfo=UTC)
    assert window.live.notifier.history[-1].body == "Rust in orbit moved to Sat 14 Jun 11:30–12:15"
    assert planner.feed(CONF).checked_at == clock.at
    assert window.center.currentIndex() == PAGE_AGENDA  # the refresh left the user there
    assert window.changes_panel.isVisible()  # one of my picks moved
    tick(window)  # just checked: nothing more
    assert not window.live.runner.busy


@pytest.mark.parametrize(
    ("minutes", "when", "expected"),
    [(30, datetime(2025, 6, 16, 8, 0, tzinfo=UTC), False),  # the day after: not on
     (0, datetime(2025, 6, 14, 9, 0, tzinfo=UTC), False),  # automatic refresh off
     (15, datetime(2025, 6, 15, 21, 59, tzinfo=UTC), True)],  # 23:59 in Brussels, last day
    ids=["after-the-conference", "off", "last-minute-of-the-last-day"],
)  # fmt: skip
def test_automatic_refresh_only_while_on_and_when_wanted(
    qtbot, window, server, monkeypatch, clock, minutes, when, expected
):
    clock.set("08:00")
    add(qtbot, window, server.serve("/schedule.xml", V1), monkeypatch)
    window.settings.refresh_minutes = minutes
    clock.at = when
    if expected:
        with qtbot.waitSignal(window.live.runner.finished, timeout=WAIT_MS):
            tick(window)
    else:
        tick(window)
        assert not window.live.runner.busy


def test_a_failed_automatic_refresh_says_so_quietly_and_waits_an_interval(
    qtbot, window, server, monkeypatch, clock
):
    clock.set("08:00")
    add(qtbot, window, server.serve("/schedule.xml", V1), monkeypatch)
    server.routes["/schedule.xml"] = Route(status=503)
    clock.set("08:31")
    with qtbot.waitSignal(window.live.runner.finished, timeout=WAIT_MS):
        tick(window)
    assert window.statusBar().currentMessage().startswith("The automatic refresh failed: http://")
    assert "HTTP 503" in window.live.tray.tooltip
    asked = len(server.requests)
    clock.set("08:45")
    tick(window)
    assert len(server.requests) == asked  # no hammering a server in trouble


# --- reminders ----------------------------------------------------------------------------------


def test_a_reminder_comes_n_minutes_before_an_attending_pick_once(
    qtbot, window, planner, server, monkeypatch, clock
):
    add(qtbot, window, server.serve("/schedule.xml", V1), monkeypatch)
    planner.bookmark([RUST, PYTHON])  # both at 10:00
    planner.set_states({PYTHON: PickState.WATCH_LATER})
    clock.set("09:49")
    tick(window)
    assert [n for n in window.live.notifier.history if n.kind == "reminder"] == []
    clock.set("09:50")
    tick(window)
    reminders = [n for n in window.live.notifier.history if n.kind == "reminder"]
    assert [(n.title, n.body, n.key) for n in reminders] == [
        ("In 10 minutes: Rust in orbit", "Room A · starts at 10:00 (CEST, Europe/Brussels)", RUST)
    ]
    assert reminders[0].sent_to == "status bar"  # no tray, no notification service here
    for later in ("09:51", "09:59"):
        clock.set(later)
        tick(window)
    assert len([n for n in window.live.notifier.history if n.kind == "reminder"]) == 1


def test_a_reminder_uses_the_zone_shown_and_follows_a_moved_pick(
    qtbot, window, planner, server, monkeypatch, clock
):
    add(qtbot, window, server.serve("/schedule.xml", V1, etag='"v1"'), monkeypatch)
    planner.bookmark([RUST])
    window.set_zone_choice(ZoneChoice.LOCAL)
    monkeypatch.setattr(window, "zone", UTC)  # this computer's zone, whatever the test host's
    clock.set("09:55")
    tick(window)
    assert window.live.notifier.history[-1].body == "Room A · starts at 08:00 (UTC)"
    server.serve("/schedule.xml", V2, etag='"v2"')
    finish(qtbot, window, window.menu_actions.refresh.trigger)  # Rust in orbit now at 11:30
    clock.set("11:25")
    tick(window)
    last = window.live.notifier.history[-1]
    assert (last.kind, last.title) == ("reminder", "In 5 minutes: Rust in orbit")


def test_no_reminders_when_they_are_off(qtbot, window, planner, server, monkeypatch, clock):
    add(qtbot, window, server.serve("/schedule.xml", V1), monkeypatch)
    planner.bookmark([RUST])
    window.live.reminder_choices[0].trigger()  # View > Live updates > No reminders
    assert window.settings.reminder_minutes == 0
    clock.set("09:55")
    tick(window)
    assert window.live.notifier.history == []


# --- now and next ---------------------------------------------------------------------------------


def test_the_strip_and_the_tray_say_what_is_on_now_and_next(
    qtbot, window, planner, server, monkeypatch, clock
):
    add(qtbot, window, server.serve("/schedule.xml", V1), monkeypatch)
    strip = window.live.strip
    assert strip.texts()[-1] == "Star the sessions you will attend: they show here."
    planner.bookmark([RUST, LIGHTNING])
    clock.set("10:10")
    tick(window)
    assert strip.texts() == ["Now:", "Rust in orbit · Room A · until 10:45", "Next:",
                             "Lightning talks · Main Hall · Sun 15 Jun 09:00"]  # fmt: skip
    assert window.live.tray.tooltip == (
        "Conference Planner\nNow: Rust in orbit · Room A · until 10:45\n"
        "Next: Lightning talks · Main Hall · Sun 15 Jun 09:00"
    )
    planner.bookmark([DOOMED])  # 11:00 the same day
    clock.set("10:50")
    tick(window)
    doomed = "A talk that will be cancelled · Room A · 11:00 (in 10 min)"
    assert strip.texts() == ["Now:", "free", "Next:", doomed]
    clock.set("10:20")
    planner.unbookmark([RUST])
    tick(window)  # a gap: what else is on now
    assert strip.texts()[:3] == ["Now:", "free · also on:", "Python at scale (Room B)"]
    assert window.live.tray.tooltip.splitlines()[1] == (
        "Free now; also on: Python at scale (Room B), Rust in orbit (Room A)"
    )
    buttons = [b for b in strip.buttons if b.text() == "Python at scale (Room B)"]
    buttons[0].click()
    assert window.detail.key == PYTHON


def test_the_strip_follows_a_star(qtbot, window, planner, server, monkeypatch, clock):
    add(qtbot, window, server.serve("/schedule.xml", V1), monkeypatch)
    clock.set("09:30")
    window.picks.star([RUST])  # through the window, as a click would
    # A moment later (once for a burst of changes), not inside the click itself.
    expected = "Rust in orbit · Room A · 10:00 (in 30 min)"
    qtbot.waitUntil(lambda: window.live.strip.texts()[3] == expected, timeout=2000)


def test_the_live_menu_and_its_shortcuts(window):
    a = window.menu_actions
    assert a.add_from_url.shortcut().toString() == "Ctrl+L"
    assert a.refresh.shortcut().toString() == "F5"
    texts = [action.text() for action in window.menus.live.actions() if action.text()]
    assert texts[:2] == ["Re&fresh the schedule", "Refresh automatically while a conference is on"]
    assert "Every 30 minutes" in texts and "10 minutes before" in texts
    checked = [action.text() for action in window.menus.live.actions() if action.isChecked()]
    assert checked == ["Every 30 minutes", "10 minutes before", "Show &now and next"]
    all_keys = [k.toString() for action in window.findChildren(type(a.refresh))
                for k in action.shortcuts()]  # fmt: skip
    assert all_keys.count("Ctrl+L") == 1 and all_keys.count("F5") == 1


# --- the freedesktop notification service ---------------------------------------------------------


def test_a_notification_reaches_the_freedesktop_service_as_the_specification_types_it(tmp_path):
    """A private session bus with a stand-in service: what a desktop's daemon would receive."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("needs dbus-daemon for a private session bus")
    from planner.gui.live import freedesktop

    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1",
         f"--address=unix:path={tmp_path / 'bus'}"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        address = daemon.stdout.readline().strip()
        received, ready = _stand_in_service(address)
        assert ready.wait(10)
        import os

        os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
        try:
            assert freedesktop.send("In 10 minutes: <b>Rust</b> & more", "Room A", 15_000)
        finally:
            del os.environ["DBUS_SESSION_BUS_ADDRESS"]
        assert received == [("Conference Planner", 0, "io.github.conference_planner.Planner",
                             "In 10 minutes: <b>Rust</b> & more", "Room A", [], {}, 15_000,
                             "susssasa{sv}i")]  # fmt: skip
    finally:
        daemon.terminate()
        daemon.wait(5)


def test_without_a_session_bus_nothing_is_sent_and_no_time_is_lost():
    from planner.gui.live import freedesktop

    assert freedesktop.send("title", "body", 1000) is False


def _stand_in_service(address: str) -> tuple[list[tuple], threading.Event]:
    """org.freedesktop.Notifications on ``address``, answering one Notify, in a thread."""
    from jeepney import HeaderFields, MessageType, new_method_return
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    received: list[tuple] = []
    ready = threading.Event()

    def serve() -> None:
        with open_dbus_connection(bus=address) as connection:
            connection.send_and_get_reply(message_bus.RequestName("org.freedesktop.Notifications"))
            ready.set()
            deadline = datetime.now(UTC) + timedelta(seconds=10)
            while datetime.now(UTC) < deadline:
                message = connection.receive(timeout=10)
                if message.header.message_type is not MessageType.method_call:
                    continue
                if message.header.fields.get(HeaderFields.member) == "Notify":
                    signature = message.header.fields.get(HeaderFields.signature)
                    received.append((*message.body, signature))
                    connection.send(new_method_return(message, "u", (7,)))
                    return

    threading.Thread(target=serve, daemon=True).start()
    return received, ready


def test_hiding_the_strip_is_remembered(qtbot, window, planner, settings):
    toggle = window.live.toolbar.toggleViewAction()
    assert toggle.isChecked() and window.live.toolbar.isVisible()
    toggle.trigger()
    assert not window.live.toolbar.isVisible() and settings.show_now_next is False
    again = MainWindow(planner, settings)
    qtbot.addWidget(again)
    again.show()
    assert not again.live.toolbar.isVisible()
    assert not again.live.toolbar.toggleViewAction().isChecked()


def test_the_strip_is_never_painted_empty_while_it_changes(
    qtbot, window, planner, server, monkeypatch, clock
):
    add(qtbot, window, server.serve("/schedule.xml", V1), monkeypatch)
    window.show()
    qtbot.waitExposed(window)
    planner.bookmark([RUST])
    for at in ("09:30", "10:10", "10:50"):
        clock.set(at)
        tick(window)
        # Before the event loop runs again: the strip's new buttons are already shown, so the
        # next paint is never a bare "Now:  Next:" (a layout shows what it is given only later).
        texts = window.live.strip.texts()
        shown = [b.text() for b in window.live.strip.buttons if b.isVisible()]
        assert shown == texts[1:2] + texts[3:4]
