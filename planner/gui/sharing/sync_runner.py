"""Calendar syncs and Test runs off the UI thread: a server can take seconds to answer.

Each job runs on a QThread with a Planner of its own (SQLite objects stay in their thread).
The password goes to the thread in memory; when there is none, the thread asks the keyring
(which can block on a desktop prompt, so never on the UI thread). Jobs run one at a time; a
sync asked for while one runs is run once more when it ends, so the calendar always ends up
with the picks as they are after the last change.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from planner.core.errors import PlannerError
from planner.services import passwords
from planner.services.calendar_sync import SyncReport
from planner.services.planner import Planner

WAIT_ON_CLOSE_MS = 25_000  # a little over the client's own timeout, so a request can end


@dataclass(frozen=True, slots=True)
class SyncJob:
    url: str
    user: str
    password: str | None  # None: from the environment or the keyring, in the thread
    conference_id: str | None
    alarm_minutes: int | None
    on_conflict: str = "report"
    check_only: bool = False
    automatic: bool = False


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    job: SyncJob
    report: SyncReport | None = None
    checked: str | None = None  # a Test: the calendar's name, "" if unnamed
    created_on_sync: bool = False  # a Test: no calendar there yet, a sync would make it
    error: str = ""
    needs_password: bool = False


class _SyncThread(QThread):
    def __init__(self, db_path: Path, job: SyncJob) -> None:
        super().__init__()
        self._db_path, self.job = db_path, job
        self.outcome = SyncOutcome(job)

    def run(self) -> None:
        job = self.job
        try:
            with Planner(self._db_path) as planner:
                address, user = planner.sync_address(job.url, job.user)
                password = job.password
                if password is None:
                    password = passwords.known_password(address.server, user) if user else ""
                if password is None:
                    self.outcome = SyncOutcome(job, needs_password=True)
                    return
                self.outcome = self._run(planner, job, user, password)
        except PlannerError as exc:
            self.outcome = SyncOutcome(job, error=str(exc))
        except Exception as exc:  # a bug: still say so in the window, never lose the thread
            self.outcome = SyncOutcome(job, error=f"{job.url}: {type(exc).__name__}: {exc}")

    def _run(self, planner: Planner, job: SyncJob, user: str, password: str) -> SyncOutcome:
        if job.check_only:
            name = planner.check_calendar(job.url, password=password, user=user)
            return SyncOutcome(job, checked=name or "", created_on_sync=name is None)
        report = planner.sync_calendar(
            job.url, password=password, user=user, conference_id=_conference(planner, job),
            alarm_minutes=job.alarm_minutes, on_conflict=job.on_conflict,
        )  # fmt: skip
        return SyncOutcome(job, report=report)


def _conference(planner: Planner, job: SyncJob) -> str | None:
    """An automatic sync keeps the calendar's own agenda, whichever conference is on show."""
    if job.automatic:
        address, _ = planner.sync_address(job.url, job.user)
        for target in planner.synced_calendars():
            if (target.server, target.calendar) == (address.server, address.path):
                return target.conference_id
    return job.conference_id


class SyncRunner(QObject):
    """Runs ``SyncJob``s one at a time; ``finished`` with each ``SyncOutcome``."""

    finished = Signal(object)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._thread: _SyncThread | None = None
        self._again: SyncJob | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self, job: SyncJob) -> None:
        """Run ``job`` now, or (a sync) once the running one has ended."""
        if self._thread is not None:
            if not job.check_only:
                self._again = job  # the latest wins: it carries the latest settings
            return
        thread = _SyncThread(self._db_path, job)
        thread.finished.connect(self._ended)
        self._thread = thread
        thread.start()

    def _ended(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        thread.deleteLater()
        self.finished.emit(thread.outcome)
        again, self._again = self._again, None
        if again is not None:
            self.start(again)

    def shutdown(self) -> None:
        """On closing the window: no more jobs; let a running request end (bounded)."""
        self._again = None
        if self._thread is not None:
            self._thread.wait(WAIT_ON_CLOSE_MS)
