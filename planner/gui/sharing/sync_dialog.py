"""File > Sync to calendar server: where the calendar is, who the user is, and a Test button.

The dialog only asks and shows; the SyncController runs the Test and the sync off the UI
thread and hands the outcome back (``show_result``). The password field is never filled from
anywhere and never saved by the dialog: it is left empty when the keyring (or
PLANNER_CALDAV_PASSWORD) has the password, and "Remember in the system keyring" is on offer
only when there is a keyring.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.gui.plain import plain_label
from planner.gui.settings import DEFAULT_ALARM_MINUTES

MAX_ALARM_MINUTES = 7 * 24 * 60


@dataclass(frozen=True, slots=True)
class SyncChoices:
    url: str
    user: str
    password: str  # "" when the field was left empty
    remember: bool
    alarm_minutes: int | None
    automatic: bool


class SyncDialog(QDialog):
    """The sync settings and the two actions; ``testRequested``/``syncRequested`` carry them."""

    testRequested = Signal(object)  # SyncChoices
    syncRequested = Signal(object)  # SyncChoices

    def __init__(
        self,
        choices: SyncChoices,
        keyring: bool,
        password_known: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync to calendar server"))
        self.url = QLineEdit(choices.url)
        self.url.setPlaceholderText(self.tr("https://server/…/calendars/you/agenda/"))
        self.user = QLineEdit(choices.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if password_known:
            hint = self.tr("leave empty: the password is known")
        elif keyring:
            hint = self.tr("leave empty to use the one in the system keyring")
        else:
            hint = self.tr("kept in memory until the planner closes")
        self.password.setPlaceholderText(hint)
        self.remember = QCheckBox(self.tr("&Remember the password in the system keyring"))
        self.remember.setEnabled(keyring)
        self.remember.setChecked(keyring and choices.remember)
        if not keyring:
            self.remember.setToolTip(self.tr("No system keyring was found on this computer"))
        self.remind = QCheckBox(self.tr("Re&mind me"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_ALARM_MINUTES)
        self.minutes.setSuffix(self.tr(" minutes before"))
        alarm = choices.alarm_minutes
        self.minutes.setValue(DEFAULT_ALARM_MINUTES if alarm is None else alarm)
        self.remind.setChecked(alarm is not None)
        self.minutes.setEnabled(alarm is not None)
        self.remind.toggled.connect(self.minutes.setEnabled)
        self.automatic = QCheckBox(
            self.tr("&Keep this calendar in sync after each change of my picks or schedule")
        )
        self.automatic.setChecked(choices.automatic)
        self.outcome_label = plain_label("", wrap=True)
        self._lay_out()

    def _lay_out(self) -> None:
        intro = plain_label(
            self.tr(
                "Publishes your scheduled picks to a calendar on a CalDAV server (Nextcloud, "
                "Radicale, Fastmail, iCloud…), so your phone and other devices show them and "
                "get every change. Events changed there by someone else are left as they are."
            ),
            wrap=True,
        )
        form = QFormLayout()
        form.addRow(self.tr("Calendar &address:"), self.url)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        reminder = QHBoxLayout()
        reminder.addWidget(self.remind)
        reminder.addWidget(self.minutes, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        action = QDialogButtonBox.ButtonRole.ActionRole
        self.test_button = buttons.addButton(self.tr("&Test"), action)
        self.sync_button = buttons.addButton(self.tr("&Sync now"), action)
        self.sync_button.setDefault(True)
        self.test_button.clicked.connect(lambda: self.testRequested.emit(self.choices()))
        self.sync_button.clicked.connect(lambda: self.syncRequested.emit(self.choices()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(reminder)
        layout.addWidget(self.automatic)
        layout.addWidget(self.outcome_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def choices(self) -> SyncChoices:
        return SyncChoices(
            url=self.url.text().strip(),
            user=self.user.text().strip(),
            password=self.password.text(),
            remember=self.remember.isChecked(),
            alarm_minutes=self.minutes.value() if self.remind.isChecked() else None,
            automatic=self.automatic.isChecked(),
        )

    def set_busy(self, text: str) -> None:
        """Say what is running, and hold the buttons until it ends."""
        self.show_result(text)
        self.test_button.setEnabled(False)
        self.sync_button.setEnabled(False)

    def show_result(self, text: str, problem: bool = False) -> None:
        self.test_button.setEnabled(True)
        self.sync_button.setEnabled(True)
        self.outcome_label.setText(text)
        self.outcome_label.setStyleSheet("color: #c0392b;" if problem else "")
