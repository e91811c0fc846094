"""The window's live schedules: add by URL, refresh (F5 and on its own), remind, now and next.

One ``LiveController`` per window, made by the window (a hook in main_window.py). It owns:
the runner that fetches off the UI thread, the automatic refresh and the reminders (both
asked on every tick of ``clock``, which tests replace with a clock of their own and drive
with ``tick``), the notifier, the tray icon and the Now and next strip. After a refresh the
window is refreshed through ``MainWindow.apply_changes`` and, when one of the user's picks
moved, changed room or was cancelled, a notification says which and the What changed panel
opens. An automatic refresh that fails says so in the status bar only: a dialog popping up
every half hour on a flaky conference network would be worse than the stale schedule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolBar

from planner.core.errors import PlannerError
from planner.gui import dialogs
from planner.gui.browse.nav_model import Kind, NavModel
from planner.gui.live import live_text
from planner.gui.live.auto_refresh import AutoRefresh
from planner.gui.live.clock import Clock, SystemClock
from planner.gui.live.live_runner import JobKind, LiveJob, LiveOutcome, LiveRunner
from planner.gui.live.notifier import Notice, Notifier
from planner.gui.live.now_next_strip import NowNextStrip
from planner.gui.live.reminders import Reminders
from planner.gui.live.tray import LiveTray
from planner.gui.live.url_dialog import ask_url
from planner.gui.plain import fill
from planner.gui.settings import REFRESH_CHOICES, REMINDER_CHOICES
from planner.services import now_next
from planner.services.live import RefreshResult
from planner.services.planner import ImportResult

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow

TICK_MS = 20_000  # how often the clock is read: reminders are at most this late
REDRAW_AFTER_CHANGE_MS = 300
MESSAGE_MS = 15_000


class LiveController(QObject):
    """Everything live in one window (see the module docstring)."""

    def __init__(self, window: MainWindow, clock: Clock | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.clock: Clock = clock or SystemClock()
        self.last_error = ""
        actions = window.menu_actions
        self.runner = LiveRunner(window.planner.db_path, window)
        self.runner.finished.connect(self._finished)
        self.auto = AutoRefresh(window.planner, window.settings)
        self.reminders = Reminders(window.planner, window.settings)
        self.tray = LiveTray(window, actions.refresh, actions.quit)
        self.notifier = Notifier(self.tray.icon, self._say, self)
        self.strip = NowNextStrip()
        self.toolbar = QToolBar(self.tr("Now and next"), window)
        self.toolbar.setObjectName("nowNextBar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.strip)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.strip.sessionChosen.connect(window.reveal_session)
        actions.add_from_url.triggered.connect(self.ask_and_add)
        actions.refresh.triggered.connect(self.refresh_shown)
        self._fill_menu(window.menus.live)
        # After a change the strip is redrawn a moment later, once for a burst of changes:
        # reading every conference's agenda is no part of what a star click costs.
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_AFTER_CHANGE_MS)
        self._redraw.timeout.connect(lambda: self.update_now())
        window.ops.changed.connect(lambda _changes: self._redraw.start())
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.update_now()

    # --- the clock ---------------------------------------------------------------------------

    def tick(self) -> None:
        """What the clock's every tick does: refresh what is due, remind, redraw now and next."""
        at = self.clock.now()
        try:
            self._refresh_due(at)
            for attended in self.reminders.due(at):
                title, body = live_text.reminder(attended, at, self.window.zone)
                self.notifier.notify(Notice(at, title, body, "reminder", attended.key))
        except PlannerError as exc:  # a locked or damaged database: say so, try next tick
            self._say(str(exc))
        self.update_now(at)

    def update_now(self, at: datetime | None = None) -> None:
        """Redraw the Now and next strip and the tray tooltip for ``at`` (default: now)."""
        at = at or self.clock.now()
        try:
            found = now_next.now_next(self.window.planner, at)
        except PlannerError:
            return  # the next tick tries again
        self.strip.show_now(found, at, self.window.zone)
        tooltip = live_text.tooltip(found, at, self.window.zone)
        if self.last_error:
            tooltip += "\n" + self.last_error
        self.tray.set_tooltip(tooltip)

    def _refresh_due(self, at: datetime) -> None:
        if self.runner.busy:
            return
        due = self.auto.due(at)
        if due:
            self.auto.started(due[0], at)
            self.runner.start(LiveJob(JobKind.REFRESH, due[0], automatic=True, at=at))

    # --- commands ----------------------------------------------------------------------------

    def ask_and_add(self) -> None:
        """File > Add conference from URL."""
        url = ask_url(self.window)
        if url is not None:
            self.add_url(url)

    def add_url(self, url: str) -> None:
        if not self.runner.start(LiveJob(JobKind.ADD, url, at=self.clock.now())):
            self._say(self.tr("A schedule is being fetched already: wait for it to finish."))

    def refresh_shown(self) -> None:
        """View > Refresh (F5): the conference shown, if it was added from a URL."""
        conference = self.window.conference
        if conference is None or self.window.planner.feed(conference.id) is None:
            name = conference.title if conference else self.tr("This database")
            self._say(fill(self.tr("%1 was not added from a URL: there is nothing to refresh. "
                                   "Use File > Add conference from URL."), name))  # fmt: skip
            return
        job = LiveJob(JobKind.REFRESH, conference.id, at=self.clock.now())
        if not self.runner.start(job):
            self._say(self.tr("A schedule is being fetched already: wait for it to finish."))

    def shutdown(self) -> None:
        """The window is closing: stop the clock and any fetch (nothing half-written)."""
        self.timer.stop()
        self.runner.shutdown()
        self.tray.hide()

    # --- outcomes ----------------------------------------------------------------------------

    def _finished(self, outcome: LiveOutcome) -> None:
        job = outcome.job
        if outcome.error:
            self._failed(outcome)
        elif outcome.imported is not None:
            self.last_error = ""
            self._added(outcome.imported)
        elif outcome.refreshed is not None:
            self.last_error = ""
            self._refreshed(outcome.refreshed, job.automatic)
        else:
            self._say(self.tr("Cancelled: nothing was changed."))
        self.update_now()
        if job.automatic:  # the next conference due, if several are on at once
            self._refresh_due(self.clock.now())

    def _failed(self, outcome: LiveOutcome) -> None:
        if outcome.job.automatic:
            self.last_error = fill(self.tr("The automatic refresh failed: %1"), outcome.error)
            self._say(self.last_error)
            return
        dialogs.show_error(
            self.window,
            self.tr("Could not fetch the schedule"),
            outcome.error,
            self.tr("Nothing was changed: your picks and the catalogs already loaded are as "
                    "they were."),
        )  # fmt: skip

    def _added(self, result: ImportResult) -> None:
        # Through the window's one refresh path: every screen (and a calendar kept in sync)
        # hears of it; then the conference just added is shown.
        self.window.ops.publish(result.changes)
        self.window.show_conference(result.conference.id)
        self._say(fill(self.tr("Added %1 (%2 sessions); it is refreshed while it runs"),
                       result.conference.title, result.sessions))  # fmt: skip
        if result.schedule_changes:
            self.window.show_changes()

    def _refreshed(self, result: RefreshResult, automatic: bool) -> None:
        title = result.conference.title
        if not result.updated:
            if not automatic:
                self._say(fill(self.tr("%1 is unchanged since the last refresh"), title))
            return
        with self._place_kept():
            self.window.ops.publish(result.changes)  # the one refresh path: every screen hears
        count = result.picks_changed
        if count:
            self._say(fill(self.tr("%1: %n of your picks changed", "", count), title))
        else:
            self._say(fill(self.tr("%1 was updated; none of your picks changed"), title))
        shown = self.window.conference_id() == result.conference.id
        if result.moves_me:
            notice_title, body = live_text.changed_picks(result, self.window.zone)
            notice = Notice(self.clock.now(), notice_title, body, "changes", result.conference.id)
            self.notifier.notify(notice)
        imported = result.imported
        if shown and (result.mine or not automatic) and imported and imported.schedule_changes:
            self.window.show_changes()

    @contextmanager
    def _place_kept(self) -> Iterator[None]:
        """Keep the user where they were (My agenda, a track, a day) across a catalog reload."""
        index = self.window.nav.currentIndex()
        kind = index.data(NavModel.KindRole) if index.isValid() else None
        value = index.data(NavModel.ValueRole) if index.isValid() else None
        yield
        if kind is not None and kind != Kind.ALL:
            self.window.select_nav(Kind(kind), value)

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, MESSAGE_MS)

    # --- the View > Live updates menu --------------------------------------------------------

    def _fill_menu(self, menu: QMenu) -> None:
        menu.addAction(self.window.menu_actions.refresh)
        menu.addSeparator()
        settings = self.window.settings
        menu.addSection(self.tr("Refresh automatically while a conference is on"))
        self.refresh_choices = self._choices(
            menu, REFRESH_CHOICES, settings.refresh_minutes, self._refresh_label,
            lambda minutes: setattr(settings, "refresh_minutes", minutes),
        )  # fmt: skip
        menu.addSection(self.tr("Remind me before my talks start"))
        self.reminder_choices = self._choices(
            menu, REMINDER_CHOICES, settings.reminder_minutes, self._reminder_label,
            lambda minutes: setattr(settings, "reminder_minutes", minutes),
        )  # fmt: skip
        menu.addSeparator()
        strip = self.toolbar.toggleViewAction()
        strip.setText(self.tr("Show &now and next"))
        menu.addAction(strip)
        self.toolbar.setVisible(settings.show_now_next)
        # Remembered from the menu only: a window being closed hides its toolbars too.
        strip.triggered.connect(lambda shown: setattr(settings, "show_now_next", shown))

    def _choices(
        self,
        menu: QMenu,
        values: tuple[int, ...],
        current: int,
        label: Callable[[int], str],
        store: Callable[[int], None],
    ) -> dict[int, QAction]:
        """One checkable entry per choice, the current one checked; choosing one stores it."""
        group = QActionGroup(menu)
        made: dict[int, QAction] = {}
        for minutes in values:
            action = menu.addAction(label(minutes))
            action.setCheckable(True)
            action.setChecked(minutes == current)
            action.triggered.connect(lambda _=False, m=minutes: store(m))
            group.addAction(action)
            made[minutes] = action
        return made

    def _refresh_label(self, minutes: int) -> str:
        if minutes == 0:
            return self.tr("Never")
        if minutes == 60:
            return self.tr("Every hour")
        return fill(self.tr("Every %1 minutes"), minutes)

    def _reminder_label(self, minutes: int) -> str:
        if minutes == 0:
            return self.tr("No reminders")
        return fill(self.tr("%1 minutes before"), minutes)
