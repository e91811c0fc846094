"""Importing a schedule without freezing the window, with progress and a working Cancel.

``Planner.import_file`` runs on a worker thread through the window's own Planner (one engine
per process: its pool gives the thread a connection of its own, and WAL lets the window keep
reading meanwhile; see services/lifecycle.py for why there is never a second one). The
import calls its progress callback from inside its one transaction: the callback passes the
count on to a QProgressDialog and, once the user has pressed Cancel, raises
``ImportCancelled`` instead, which rolls the whole transaction back, so a cancelled import
leaves the database exactly as it was. Only one import runs at a time. A schedule that names
no time zone is not stored on a guess: the import ends with ``zone_needed`` set, and the
window asks the user for the zone (``zone_dialog``) before it starts again.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from planner.core.errors import PlannerError
from planner.core.model import Conference
from planner.gui.plain import fill
from planner.services.planner import ImportResult, Planner, ZoneNeeded

SHOW_AFTER_MS = 200  # a quick import finishes before any dialog flashes up


class ImportCancelled(PlannerError):
    """The user stopped the import; its transaction was rolled back."""


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """How an import ended: a result, an error message, or cancelled (none of the two)."""

    path: Path
    result: ImportResult | None = None
    error: str = ""
    zone_needed: Conference | None = None  # the file names no zone: ask, then import again

    @property
    def cancelled(self) -> bool:
        return self.result is None and not self.error and self.zone_needed is None


@dataclass(frozen=True, slots=True)
class Zone:
    """The time zone to import in: the user's (``name``), or ask when the file names none."""

    name: str | None = None
    ask: bool = True


class _ImportThread(QThread):
    """Runs one import through the window's Planner; ``outcome`` is set when ``run`` returns."""

    progressed = Signal(int, int)  # sessions stored so far, of how many

    def __init__(self, planner: Planner, path: Path, day: date | None, zone: Zone) -> None:
        super().__init__()
        self._planner, self._path, self._day = planner, path, day
        self._zone = zone
        self._stop = threading.Event()
        self.outcome = ImportOutcome(path)

    def stop(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            result = self._planner.import_file(
                self._path,
                day=self._day,
                timezone=self._zone.name,
                progress=self._progress,
                ask_zone=self._zone.ask,
            )
        except ImportCancelled:
            return
        except ZoneNeeded as needed:
            self.outcome = ImportOutcome(self._path, zone_needed=needed.conference)
            return
        except (PlannerError, OSError) as exc:
            self.outcome = ImportOutcome(self._path, error=str(exc))
            return
        except Exception as exc:  # a bug: still say so, rather than report a cancel
            why = f"{type(exc).__name__}: {exc}"
            message = fill(self.tr("%1: the import failed (%2)"), self._path, why)
            self.outcome = ImportOutcome(self._path, error=message)
            return
        self.outcome = ImportOutcome(self._path, result=result)

    def _progress(self, done: int, total: int) -> None:
        # Raised inside the import's transaction: everything it wrote is rolled back.
        if self._stop.is_set():
            raise ImportCancelled(f"{self._path}: import cancelled")
        self.progressed.emit(done, total)


class ImportRunner(QObject):
    """Runs imports one at a time behind a cancellable progress dialog."""

    finished = Signal(object)  # ImportOutcome

    def __init__(self, planner: Planner, parent: QWidget) -> None:
        super().__init__(parent)
        self._planner = planner
        self._parent = parent
        self._thread: _ImportThread | None = None
        self.dialog: QProgressDialog | None = None
        self.last_progress: tuple[int, int] | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self, path: Path, day: date | None = None, zone: Zone | None = None) -> bool:
        """Begin importing ``path``; False (and nothing started) while another import runs."""
        if self._thread is not None:
            return False
        self.last_progress = None
        thread = _ImportThread(self._planner, path, day, zone or Zone())
        thread.progressed.connect(self._progressed)
        thread.finished.connect(self._done)
        self.dialog = self._make_dialog(path)
        self.dialog.canceled.connect(self.cancel)
        self._thread = thread
        thread.start()
        QTimer.singleShot(SHOW_AFTER_MS, self._show_if_running)
        return True

    def cancel(self) -> None:
        """Stop the running import (what the dialog's Cancel button does); it rolls back."""
        if self._thread is not None:
            self._thread.stop()
        if self.dialog is not None and not self.dialog.wasCanceled():
            self.dialog.cancel()

    def shutdown(self) -> None:
        """Stop a running import (rolled back) and wait for its thread: the window is closing."""
        if self._thread is not None:
            self._thread.stop()
            self._thread.wait()

    def _make_dialog(self, path: Path) -> QProgressDialog:
        dialog = QProgressDialog(self._parent)
        dialog.setWindowTitle(self.tr("Importing a schedule"))
        dialog.setLabelText(fill(self.tr("Reading %1…"), path.name))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setRange(0, 0)  # busy until the first count arrives
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.hide()  # shown only if the import takes a moment (see SHOW_AFTER_MS)
        return dialog

    def _show_if_running(self) -> None:
        if self._thread is not None and self.dialog is not None and not self.dialog.wasCanceled():
            self.dialog.show()

    def _progressed(self, done: int, total: int) -> None:
        self.last_progress = (done, total)
        dialog = self.dialog
        if dialog is None or dialog.wasCanceled():
            return
        # Label first: setValue on a modal progress dialog runs the event loop, which may
        # deliver the import's end (and drop the dialog) before it returns.
        dialog.setLabelText(fill(self.tr("Storing sessions: %1 of %2"), done, total))
        dialog.setRange(0, max(total, 1))
        dialog.setValue(done)

    def _done(self) -> None:
        thread, self._thread = self._thread, None
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        if thread is not None:
            thread.deleteLater()
            self.finished.emit(thread.outcome)
