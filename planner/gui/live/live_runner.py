"""Adding a conference by URL and refreshing one, off the UI thread, with a working Cancel.

Each job runs on a QThread with a Planner of its own (SQLite objects stay on their thread;
WAL lets the window read meanwhile). The download and the store call their progress
callbacks on the worker: the callbacks pass the counts on to a QProgressDialog and, once
Cancel was pressed, raise ``LiveCancelled`` instead, which closes the connection or rolls the
store's one transaction back: a cancelled job leaves the database as it was. Jobs the user
started show the dialog; automatic refreshes run silently. One job runs at a time.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from planner.core.errors import PlannerError
from planner.gui.plain import fill
from planner.services.live import RefreshResult
from planner.services.planner import ImportResult, Planner
from planner.services.urls import redact

SHOW_AFTER_MS = 200  # a quick fetch finishes before any dialog flashes up


class LiveCancelled(PlannerError):
    """The user stopped the job; nothing was written."""


class JobKind(StrEnum):
    ADD = "add"  # target: the URL the user typed
    REFRESH = "refresh"  # target: a conference id


@dataclass(frozen=True, slots=True)
class LiveJob:
    kind: JobKind
    target: str
    automatic: bool = False  # started by the clock, not the user: no dialog
    at: datetime | None = None  # the window's clock when it started (recorded as checked)

    @property
    def shown(self) -> str:
        """The target as it may be shown: a URL without its password or token."""
        return redact(self.target)[0] if self.kind is JobKind.ADD else self.target


@dataclass(frozen=True, slots=True)
class LiveOutcome:
    """How a job ended: a result, an error message, or cancelled (neither)."""

    job: LiveJob
    imported: ImportResult | None = None
    refreshed: RefreshResult | None = None
    error: str = ""

    @property
    def cancelled(self) -> bool:
        return self.imported is None and self.refreshed is None and not self.error


class _LiveThread(QThread):
    """Runs one job on its own Planner; ``outcome`` is set when ``run`` returns."""

    downloaded = Signal(int, int)  # bytes so far, of how many (-1: unknown)
    stored = Signal(int, int)  # sessions stored so far, of how many

    def __init__(self, db_path: Path, job: LiveJob) -> None:
        super().__init__()
        self._db_path, self.job = db_path, job
        self._stop = threading.Event()
        self.outcome = LiveOutcome(job)

    def stop(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            with Planner(self._db_path) as planner:
                self.outcome = self._run(planner)
        except LiveCancelled:
            return
        except (PlannerError, OSError) as exc:
            self.outcome = LiveOutcome(self.job, error=str(exc))
        except Exception as exc:  # a bug: still say so, rather than report a cancel
            why = f"{type(exc).__name__}: {exc}"
            message = fill(self.tr("%1: failed (%2)"), self.job.shown, why)
            self.outcome = LiveOutcome(self.job, error=message)

    def _run(self, planner: Planner) -> LiveOutcome:
        if self.job.kind is JobKind.ADD:
            imported = planner.import_url(
                self.job.target, downloaded=self._downloaded, progress=self._stored, now=self.job.at
            )
            return LiveOutcome(self.job, imported=imported)
        refreshed = planner.refresh(
            self.job.target, downloaded=self._downloaded, progress=self._stored, now=self.job.at
        )
        return LiveOutcome(self.job, refreshed=refreshed)

    def _check(self) -> None:
        if self._stop.is_set():
            raise LiveCancelled(f"{self.job.shown}: cancelled")

    def _downloaded(self, done: int, total: int | None) -> None:
        self._check()
        self.downloaded.emit(done, -1 if total is None else total)

    def _stored(self, done: int, total: int) -> None:
        self._check()  # inside the store's transaction: everything is rolled back
        self.stored.emit(done, total)


class LiveRunner(QObject):
    """Runs add-by-URL and refresh jobs one at a time; ``finished(LiveOutcome)``."""

    finished = Signal(object)

    def __init__(self, db_path: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self._db_path, self._parent = db_path, parent
        self._thread: _LiveThread | None = None
        self.dialog: QProgressDialog | None = None
        self.last_progress: tuple[int, int] | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self, job: LiveJob) -> bool:
        """Begin ``job``; False (nothing started) while another one runs."""
        if self._thread is not None:
            return False
        self.last_progress = None
        thread = _LiveThread(self._db_path, job)
        thread.downloaded.connect(self._downloaded)
        thread.stored.connect(self._stored)
        thread.finished.connect(self._done)
        self._thread = thread
        if not job.automatic:
            self.dialog = self._make_dialog(job)
            self.dialog.canceled.connect(self.cancel)
            QTimer.singleShot(SHOW_AFTER_MS, self._show_if_running)
        thread.start()
        return True

    def cancel(self) -> None:
        """Stop the running job (the dialog's Cancel button): nothing is written."""
        if self._thread is not None:
            self._thread.stop()
        if self.dialog is not None and not self.dialog.wasCanceled():
            self.dialog.cancel()

    def shutdown(self) -> None:
        """Stop a running job and wait for its thread: the window is closing."""
        if self._thread is not None:
            self._thread.stop()
            self._thread.wait()

    def _make_dialog(self, job: LiveJob) -> QProgressDialog:
        dialog = QProgressDialog(self._parent)
        if job.kind is JobKind.ADD:
            dialog.setWindowTitle(self.tr("Adding a conference"))
        else:
            dialog.setWindowTitle(self.tr("Refreshing the schedule"))
        dialog.setLabelText(self.tr("Connecting…"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setRange(0, 0)  # busy until the first count arrives
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.hide()  # shown only if the job takes a moment (see SHOW_AFTER_MS)
        return dialog

    def _show_if_running(self) -> None:
        if self._thread is not None and self.dialog is not None and not self.dialog.wasCanceled():
            self.dialog.show()

    def _downloaded(self, done: int, total: int) -> None:
        self.last_progress = (done, total)
        if total > 0:
            text = fill(self.tr("Downloading: %1 of %2"), _size(done), _size(total))
        else:
            text = fill(self.tr("Downloading: %1"), _size(done))
        self._show_progress(text, done, total)

    def _stored(self, done: int, total: int) -> None:
        self.last_progress = (done, total)
        self._show_progress(fill(self.tr("Storing sessions: %1 of %2"), done, total), done, total)

    def _show_progress(self, text: str, done: int, total: int) -> None:
        dialog = self.dialog
        if dialog is None or dialog.wasCanceled():
            return
        # Label first: setValue on a modal progress dialog runs the event loop, which may
        # deliver the job's end (and drop the dialog) before it returns.
        dialog.setLabelText(text)
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))
        else:
            dialog.setRange(0, 0)

    def _done(self) -> None:
        thread, self._thread = self._thread, None
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        if thread is not None:
            thread.deleteLater()
            self.finished.emit(thread.outcome)


def _size(count: int) -> str:
    if count < 1024 * 1024:
        return f"{max(count, 0) / 1024:.0f} KB"
    return f"{count / 1024 / 1024:.1f} MB"
