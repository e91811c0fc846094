"""The few dialogs of the window: errors that say what to do, import, and About.

Messages that carry file names or catalog text are shown as plain text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from planner import __version__
from planner.gui.plain import fill

SCHEDULE_PATTERNS = "*.xml *.json *.ics *.ical *.md *.txt *.yaml *.yml *.csv"


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def error_box(parent: QWidget | None, title: str, what: str, advice: str) -> QMessageBox:
    """A warning box: ``what`` went wrong (plain text), and ``advice`` on what to do."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, what, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(advice)
    return box


def show_error(parent: QWidget | None, title: str, what: str, advice: str) -> None:
    error_box(parent, title, what, advice).exec()


def import_failed(parent: QWidget | None, message: str) -> None:
    show_error(
        parent,
        _tr("Import failed"),
        message,
        _tr(
            "Nothing was changed: your picks and the catalogs already loaded are as they were. "
            "Check that the file is a schedule (Pentabarf/frab XML, frab or pretalx JSON, "
            "iCalendar) and try again."
        ),
    )


def ask_schedule_file(parent: QWidget | None, folder: str = "") -> Path | None:
    filters = f"{_tr('Schedules')} ({SCHEDULE_PATTERNS});;{_tr('All files')} (*)"
    name, _ = QFileDialog.getOpenFileName(parent, _tr("Import a schedule"), folder, filters)
    return Path(name) if name else None


def show_about(parent: QWidget | None, db_path: Path) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(_tr("About Conference Planner"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(fill(_tr("Conference Planner %1"), __version__))
    box.setInformativeText(
        fill(
            _tr("Plan your conference days: browse, star, resolve clashes.\nDatabase: %1"),
            db_path,
        )
    )
    box.exec()
