"""File > Export to calendar: what to export and whether to be reminded, then what was written.

The options dialog asks two things: the user's picks or the whole catalog, and an optional
reminder some minutes before each event (on at 10 by default, and remembered). After the
export, ``report`` says plainly what the file holds, including the unscheduled picks
that were left out because they have no time yet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.gui.plain import fill, plain_label
from planner.gui.settings import DEFAULT_ALARM_MINUTES
from planner.services.calendar_export import CalendarExport

MAX_ALARM_MINUTES = 7 * 24 * 60  # a week, as the command line allows
LISTED_TITLES = 5  # unscheduled titles named in the report; the rest are counted


@dataclass(frozen=True, slots=True)
class ExportOptions:
    all_sessions: bool
    alarm_minutes: int | None


class ExportOptionsDialog(QDialog):
    """Picks or the whole catalog, and the reminder; ``options()`` once accepted."""

    def __init__(
        self, picks: int, sessions: int, alarm: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to calendar"))
        self.picks = QRadioButton(self.tr("My picks (%n)", "", picks))
        self.everything = QRadioButton(self.tr("The whole catalog (%n session(s))", "", sessions))
        self._group = QButtonGroup(self)
        for button in (self.picks, self.everything):
            self._group.addButton(button)
        (self.picks if picks else self.everything).setChecked(True)
        self.remind = QCheckBox(self.tr("&Remind me"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_ALARM_MINUTES)
        self.minutes.setSuffix(self.tr(" minutes before"))
        self.minutes.setValue(DEFAULT_ALARM_MINUTES if alarm is None else alarm)
        self.remind.setChecked(alarm is not None)
        self.minutes.setEnabled(alarm is not None)
        self.remind.toggled.connect(self.minutes.setEnabled)
        self._lay_out()

    def _lay_out(self) -> None:
        intro = plain_label(
            self.tr(
                "Writes an iCalendar file (.ics) that calendar apps import. Export again to "
                "the same file later: calendars update the events instead of doubling them."
            ),
            wrap=True,
        )
        reminder = QHBoxLayout()
        reminder.addWidget(self.remind)
        reminder.addWidget(self.minutes, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.picks, self.everything):
            layout.addWidget(widget)
        layout.addLayout(reminder)
        layout.addWidget(buttons)

    def options(self) -> ExportOptions:
        alarm = self.minutes.value() if self.remind.isChecked() else None
        return ExportOptions(all_sessions=self.everything.isChecked(), alarm_minutes=alarm)

    def report(self, result: CalendarExport, title_of: Callable[[str], str]) -> tuple[str, str]:
        """(what was written, the details) for the message after the export."""
        options = self.options()
        what = fill(self.tr("Wrote %n event(s) to %1", "", result.events), result.path)
        details = []
        if options.alarm_minutes is not None:
            minutes = options.alarm_minutes
            details.append(self.tr("Each has a reminder %n minute(s) before.", "", minutes))
        if result.updated:
            details.append(
                self.tr(
                    "%n changed since the last export: calendars update them.", "", result.updated
                )
            )
        if result.cancelled:
            details.append(
                self.tr(
                    "%n no longer exported: sent as cancelled so calendars drop them.",
                    "",
                    result.cancelled,
                )
            )
        if result.unscheduled:
            details.append(self._left_out(result.unscheduled, options, title_of))
        return what, "\n".join(details)

    def _left_out(
        self, keys: tuple[str, ...], options: ExportOptions, title_of: Callable[[str], str]
    ) -> str:
        count = len(keys)
        if options.all_sessions:
            text = self.tr(
                "%n unscheduled session(s) were left out: they have no time yet.", "", count
            )
        else:
            text = self.tr(
                "%n unscheduled pick(s) were left out: they have no time yet.", "", count
            )
        names = [f"• {title_of(key)}" for key in keys[:LISTED_TITLES]]
        if count > LISTED_TITLES:
            names.append(self.tr("… and %n more", "", count - LISTED_TITLES))
        return "\n".join([text, *names])
