"""File > Print agenda and File > Export agenda as PDF: the pocket agenda on paper or in a file.

Both draw with ``pocket_pdf.render`` in the zone the window shows times in: Print on the
printer the system's print dialog gives, Export on a PDF after asking what (my picks or the
whole catalog) and on which paper (A4 or Letter in two columns to fold, A6 for the pocket).
The PDF is written whole or not at all (``save_pdf``); a failure is a dialog that says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import PlannerError
from planner.gui import dialogs
from planner.gui.plain import fill
from planner.gui.sharing.pocket_pdf import PAGES, page_layout, pdf_bytes, render
from planner.services.pocket_agenda import save_pdf

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow

MESSAGE_MS = 10_000


class PdfOptionsDialog(QDialog):
    """What to put in the PDF and on which paper."""

    def __init__(self, picks: int, sessions: int, page: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export agenda as PDF"))
        self.picks = QRadioButton(self.tr("My picks (%n)", "", picks))
        self.everything = QRadioButton(self.tr("The whole catalog (%n session(s))", "", sessions))
        group = QButtonGroup(self)
        for button in (self.picks, self.everything):
            group.addButton(button)
        (self.picks if picks else self.everything).setChecked(True)
        self.page = QComboBox()
        for key, text in (("a4", self.tr("A4, two columns to fold")),
                          ("letter", self.tr("Letter, two columns to fold")),
                          ("a6", self.tr("A6, pocket size"))):  # fmt: skip
            self.page.addItem(text, key)
        self.page.setCurrentIndex(max(0, self.page.findData(page)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Paper:"), self.page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picks)
        layout.addWidget(self.everything)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def page_key(self) -> str:
        return str(self.page.currentData())


class PrintController(QObject):
    """Print and Export PDF for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def export_pdf(self) -> None:
        window, settings = self._window, self._window.settings
        conference_id = window.conference_id()
        if conference_id is None:
            return
        picks = len(window.planner.picks(conference_id))
        total = window.session_list.model.total_count
        options = PdfOptionsDialog(picks, total, settings.pdf_page, window)
        if options.exec() != QDialog.DialogCode.Accepted:
            return
        settings.pdf_page = options.page_key()
        folder = Path(settings.folder or Path.home())
        name, _ = QFileDialog.getSaveFileName(
            window, self.tr("Export agenda as PDF"), str(folder / f"{conference_id}-agenda.pdf"),
            self.tr("PDF files") + " (*.pdf)",
        )  # fmt: skip
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".pdf")
        settings.folder = str(path.parent)
        try:
            agenda = window.planner.pocket_agenda(
                conference_id, all_sessions=options.everything.isChecked()
            )
            save_pdf(path, pdf_bytes(agenda, options.page_key(), window.zone))
        except (PlannerError, OSError) as exc:
            dialogs.show_error(window, self.tr("Could not export the PDF"), str(exc),
                               self.tr("Nothing was written. Choose another folder or file name "
                                       "and try again."))  # fmt: skip
            return
        window.statusBar().showMessage(fill(self.tr("Agenda written to %1"), path), MESSAGE_MS)

    def print_agenda(self) -> None:
        window = self._window
        conference_id = window.conference_id()
        if conference_id is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(PAGES[window.settings.pdf_page]))
        printer.setDocName(self.tr("My agenda"))
        dialog = QPrintDialog(printer, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            render(window.planner.pocket_agenda(conference_id), printer, window.zone)
        except (PlannerError, OSError) as exc:
            dialogs.show_error(window, self.tr("Could not print"), str(exc),
                               self.tr("Check the printer and try again."))  # fmt: skip
            return
        window.statusBar().showMessage(self.tr("Agenda sent to the printer"), MESSAGE_MS)
