"""The few dialogs of the window: errors that say what to do, file choosers, and About.

Messages that carry file names or catalog text are shown as plain text. The file choosers
are Qt's static QFileDialog functions (tests answer them by replacing those).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from planner import __version__
from planner.gui.plain import fill

SCHEDULE_PATTERNS = "*.xml *.json *.ics *.ical *.xcal *.md *.txt *.yaml *.yml *.csv"
AGENDA_PATTERNS = "*.yaml *.yml"
CALENDAR_PATTERNS = "*.ics"


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


def show_info(parent: QWidget | None, title: str, what: str, details: str = "") -> None:
    """An information box: ``what`` happened (plain text), with ``details`` under it."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, what, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(details)
    box.exec()


def _filters(kind: str, patterns: str) -> str:
    return f"{kind} ({patterns});;{_tr('All files')} (*)"


def ask_schedule_file(parent: QWidget | None, folder: str = "") -> Path | None:
    filters = _filters(_tr("Schedules"), SCHEDULE_PATTERNS)
    name, _ = QFileDialog.getOpenFileName(parent, _tr("Import a schedule"), folder, filters)
    return Path(name) if name else None


def ask_agenda_file(parent: QWidget | None, title: str, folder: str = "") -> Path | None:
    filters = _filters(_tr("Agenda files"), AGENDA_PATTERNS)
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(name) if name else None


def _ask_save(
    parent: QWidget | None, title: str, suggested: Path, kind: str, patterns: str
) -> Path | None:
    """Where to write a file; the pattern's suffix is added when the name has none."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), _filters(kind, patterns))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(patterns.split()[0].lstrip("*"))


def ask_calendar_save(parent: QWidget | None, suggested: Path) -> Path | None:
    title = _tr("Export to a calendar file")
    return _ask_save(parent, title, suggested, _tr("Calendar files"), CALENDAR_PATTERNS)


def ask_agenda_save(parent: QWidget | None, suggested: Path) -> Path | None:
    title = _tr("Save your agenda")
    return _ask_save(parent, title, suggested, _tr("Agenda files"), AGENDA_PATTERNS)


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
