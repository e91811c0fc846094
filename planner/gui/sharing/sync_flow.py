"""Calendar sync in the window: the dialog, the worker, and syncing after every change.

File > Sync to calendar server opens the SyncDialog; its Test and Sync now run on the
SyncRunner's thread and their outcome is shown in the dialog. With "Keep this calendar in
sync" on, every change of picks (``PickController.changed``) and every finished import
(``ImportController.done``) starts a sync a moment later (changes made in a burst make one
sync), silently on success and in the status bar when it fails, since a dialog popping up on
each star while offline would be worse than the problem it reports.

The password: typed in the dialog it is kept in memory for this session only, and in the
system keyring when the user ticks "Remember"; otherwise the worker takes it from
PLANNER_CALDAV_PASSWORD or the keyring. Settings keep the address and user name, never it.
Events changed on the server are named after a manual sync, with the choice to put the
picks back or keep the server's versions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from planner.gui.plain import fill
from planner.gui.sharing.sync_dialog import SyncChoices, SyncDialog
from planner.gui.sharing.sync_runner import SyncJob, SyncOutcome, SyncRunner
from planner.services import passwords
from planner.services.calendar_sync import SyncReport
from planner.services.planner import Changes

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow

AUTO_DELAY_MS = 1500
MESSAGE_MS = 15_000
LISTED_TITLES = 5


class SyncController(QObject):
    """Calendar sync for one window (see the module docstring)."""

    synced = Signal(object)  # each SyncOutcome, once shown

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window, self._settings = window, window.settings
        self.runner = SyncRunner(window.planner.db_path, self)
        self.runner.finished.connect(self._finished)
        self._password: str | None = None  # typed this session; in memory only
        self._to_keyring: tuple[str, str, str] | None = None
        self.dialog: SyncDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTO_DELAY_MS)
        self._timer.timeout.connect(self.sync_in_background)
        window.ops.changed.connect(self._changed)  # picks, imports, refreshes: one path

    # --- the dialog --------------------------------------------------------------------------

    def open_dialog(self) -> None:
        """Show the dialog (window-modal, not blocking: outcomes arrive while it is open)."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        s = self._settings
        choices = SyncChoices(s.sync_url, s.sync_user, "", True, s.alarm_minutes,
                              s.sync_automatically)  # fmt: skip
        known = self._password is not None or passwords.from_environment() is not None
        self.dialog = SyncDialog(choices, passwords.keyring_available(), known, self._window)
        self.dialog.testRequested.connect(lambda c: self._start(c, check_only=True))
        self.dialog.syncRequested.connect(lambda c: self._start(c))
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self._remember(self.dialog.choices())
            self.dialog.deleteLater()
            self.dialog = None

    def _remember(self, choices: SyncChoices) -> None:
        s = self._settings
        s.sync_url, s.sync_user = choices.url, choices.user
        s.sync_automatically, s.alarm_minutes = choices.automatic, choices.alarm_minutes

    def _start(self, choices: SyncChoices, *, check_only: bool = False,
               on_conflict: str = "report") -> None:  # fmt: skip
        self._remember(choices)
        if not choices.url:
            self._show(self.tr("Type the calendar's address first."), problem=True)
            return
        if choices.password:
            self._password = choices.password
            self._to_keyring = None
            if choices.remember:
                self._to_keyring = (choices.url, choices.user, choices.password)
        job = SyncJob(choices.url, choices.user, self._password, self._window.conference_id(),
                      choices.alarm_minutes, on_conflict, check_only)  # fmt: skip
        if self.dialog is not None:
            self.dialog.set_busy(self.tr("Testing…") if check_only else self.tr("Syncing…"))
        self.runner.start(job)

    # --- automatic syncs ---------------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        if changes:
            self.soon()

    def soon(self) -> None:
        """Sync in a moment, if the user asked for automatic syncs: after anything that
        changes what the agenda holds (picks, an import, a schedule refresh)."""
        if self._settings.sync_automatically and self._settings.sync_url:
            self._timer.start()  # restarted by each change: a burst makes one sync

    def sync_in_background(self) -> None:
        s = self._settings
        if not s.sync_url:
            return
        job = SyncJob(s.sync_url, s.sync_user, self._password, self._window.conference_id(),
                      s.alarm_minutes, automatic=True)  # fmt: skip
        self.runner.start(job)

    def shutdown(self) -> None:
        self._timer.stop()
        self.runner.shutdown()

    # --- outcomes ----------------------------------------------------------------------------

    def _finished(self, outcome: SyncOutcome) -> None:
        if outcome.needs_password:
            self._show(self.tr("The server needs your password: type it and try again."), True,
                       self.tr("Calendar sync needs your password: open File > Sync to calendar "
                               "server"))  # fmt: skip
        elif outcome.error:
            self._show(outcome.error, True, fill(self.tr("Calendar sync failed: %1"),
                                                 outcome.error))  # fmt: skip
        elif outcome.report is not None:
            self._keep_password()
            self._reported(outcome, outcome.report)
        else:
            self._keep_password()
            if outcome.created_on_sync:
                text = self.tr("Connected. There is no calendar at this address yet: Sync now "
                               "creates it.")  # fmt: skip
            else:
                text = fill(self.tr("Connected: the calendar “%1” is ready."), outcome.checked)
            self._show(text)
        self.synced.emit(outcome)

    def _keep_password(self) -> None:
        """Into the keyring, once the server has accepted it, if the user asked."""
        if self._to_keyring is None:
            return
        url, user, password = self._to_keyring
        self._to_keyring = None
        address, user = self._window.planner.sync_address(url, user)
        if not passwords.save_to_keyring(address.server, user, password):
            self._show(self.tr("The system keyring refused the password; it is kept until the "
                               "planner closes."), problem=True)  # fmt: skip

    def _reported(self, outcome: SyncOutcome, report: SyncReport) -> None:
        text = fill(
            self.tr("Synced to “%1”: %2 created, %3 updated, %4 removed, %5 unchanged."),
            report.calendar_name or report.url, len(report.created), len(report.updated),
            len(report.deleted), report.unchanged,
        )  # fmt: skip
        if report.unscheduled:
            text += " " + self.tr("%n pick(s) with no time yet left out.", "",
                                  len(report.unscheduled))  # fmt: skip
        if report.conflicts:
            text += " " + self.tr("%n event(s) changed on the server were left as they are.",
                                  "", len(report.conflicts))  # fmt: skip
        self._show(text, bool(report.conflicts), text)
        if report.conflicts and not outcome.job.automatic and self.dialog is not None:
            self._ask_about_conflicts(outcome.job, report)

    def _ask_about_conflicts(self, job: SyncJob, report: SyncReport) -> None:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Changed on the server"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        titles = [self._window.sharing.title_of(k) or k for k in report.conflicts]
        shown = "\n".join(f"• {t}" for t in titles[:LISTED_TITLES])
        more = len(titles) - LISTED_TITLES
        box.setText(self.tr("Since the last sync, someone changed or deleted these events on "
                            "the server:") + "\n" + shown
                    + ("\n" + self.tr("and %n more", "", more) if more > 0 else ""))  # fmt: skip
        box.setInformativeText(self.tr("They were left as they are."))
        mine = box.addButton(self.tr("Put my picks back"), QMessageBox.ButtonRole.AcceptRole)
        theirs = box.addButton(self.tr("Keep the server's versions"),
                               QMessageBox.ButtonRole.ActionRole)  # fmt: skip
        box.addButton(self.tr("Decide later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        choice = "overwrite" if clicked is mine else "keep" if clicked is theirs else ""
        if choice and self.dialog is not None:
            self._start(self.dialog.choices(), on_conflict=choice)

    def _show(self, text: str, problem: bool = False, status: str = "") -> None:
        if self.dialog is not None:
            self.dialog.show_result(text, problem)
        elif status or problem:
            self._window.statusBar().showMessage(status or text, MESSAGE_MS)
