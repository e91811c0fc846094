"""The import dialog's time zone question, for a schedule that names no zone.

When a file gives neither a zone, UTC offsets nor a city that settles one, its times depend on
a zone nobody has said. Instead of storing a guess, the window asks: the user picks the zone
(typed with completion, or from the list; the computer's own zone comes first), which is then
remembered for the conference's next imports, or imports the times marked as not confirmed.
"""

from __future__ import annotations

from enum import Enum, auto
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, Qt, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.gui.plain import fill, plain_label

# Zones named after a place; "US/Pacific" or "Etc/GMT-1" are old or stand-in names.
_AREAS = ("Africa/", "America/", "Antarctica/", "Arctic/", "Asia/", "Atlantic/", "Australia/",
          "Europe/", "Indian/", "Pacific/")  # fmt: skip


class ZoneAnswer(Enum):
    ZONE = auto()  # import in the chosen zone
    UNCONFIRMED = auto()  # import anyway, every time marked not confirmed
    CANCEL = auto()


def zone_names() -> list[str]:
    """The zones a user can choose, sorted, with UTC last."""
    return [*sorted(z for z in available_timezones() if z.startswith(_AREAS)), "UTC"]


def system_zone() -> str:
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "ignore")
    return name if name in set(zone_names()) else "UTC"


class ZoneDialog(QDialog):
    """Asks which zone a zone-less schedule's times are in."""

    def __init__(self, schedule_title: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer = ZoneAnswer.CANCEL
        self.setWindowTitle(self.tr("Which time zone?"))
        self.setModal(True)
        text = fill(
            self.tr(
                "%1 (%2) does not say which time zone its times are in, and nothing in it "
                "settles one. Choose the conference's zone: the planner remembers it for the "
                "next imports of this schedule."
            ),
            schedule_title,
            file_name,
        )
        self.question = plain_label(text, wrap=True)
        self.zones = _zone_box(self)
        self.hint = plain_label(
            self.tr("Type a city to find its zone, e.g. Berlin or New York."), wrap=True
        )
        self.hint.setEnabled(False)
        self.buttons = QDialogButtonBox(self)
        self.use_zone = self._button(self.tr("Import in this zone"), ZoneAnswer.ZONE, True)
        self.unconfirmed = self._button(
            self.tr("Import with times not confirmed"), ZoneAnswer.UNCONFIRMED, False
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.zones)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.zones.currentTextChanged.connect(self._check_zone)
        self.setMinimumWidth(520)

    @property
    def zone(self) -> str:
        return self.zones.currentText().strip()

    def _button(self, text: str, answer: ZoneAnswer, default: bool) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setDefault(default)
        button.clicked.connect(lambda: self._answer(answer))
        return button

    def _answer(self, answer: ZoneAnswer) -> None:
        self.answer = answer
        self.accept()

    def _check_zone(self, text: str) -> None:
        self.use_zone.setEnabled(text.strip() in self._known)

    @property
    def _known(self) -> set[str]:
        return {self.zones.itemText(i) for i in range(self.zones.count())}


def _zone_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    names = zone_names()
    box.addItems(names)
    box.setCurrentText(system_zone())
    completer = QCompleter(names, box)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "Berlin" finds Europe/Berlin
    box.setCompleter(completer)
    box.setAccessibleName(QCoreApplication.translate("ZoneDialog", "Time zone"))
    return box


def ask_zone(parent: QWidget | None, schedule_title: str, file_name: str) -> tuple[ZoneAnswer, str]:
    """Run the dialog: the answer, and the zone chosen (when the answer is ZONE)."""
    dialog = ZoneDialog(schedule_title, file_name, parent)
    dialog.exec()
    return dialog.answer, dialog.zone
