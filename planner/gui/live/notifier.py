"""Desktop notifications: the freedesktop notification service where there is one, else the tray.

Where the session bus has ``org.freedesktop.Notifications`` (GNOME, KDE, most Linux desktops)
a notification goes there (``freedesktop.send``); otherwise, where there is a system tray, it
is a tray message; with neither, it goes to the window's status bar, so that it is never
lost. Every notice is also kept in ``history`` (newest last), which is what the tests read:
no notification daemon is needed to test what is said and when.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from planner.gui.live import freedesktop

TIMEOUT_MS = 15_000


@dataclass(frozen=True, slots=True)
class Notice:
    """One notification: when it was given, its title and body, and where it went."""

    at: datetime
    title: str
    body: str
    kind: str  # "reminder" or "changes"
    key: str = ""  # the session (a reminder) or conference (changes) it is about
    sent_to: str = ""  # "freedesktop", "tray" or "status bar"


class Notifier(QObject):
    """Shows notices the best way this desktop offers; ``shown(Notice)`` after each."""

    shown = Signal(object)

    def __init__(
        self,
        tray: QSystemTrayIcon | None,
        status: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray, self._status = tray, status
        self.history: list[Notice] = []
        self.use_freedesktop = True

    def notify(self, notice: Notice) -> Notice:
        if self._freedesktop(notice):
            where = "freedesktop"
        elif self._tray is not None and self._tray.isVisible():
            self._tray.showMessage(
                notice.title, notice.body, QSystemTrayIcon.MessageIcon.Information, TIMEOUT_MS
            )
            where = "tray"
        else:
            self._status(" · ".join([notice.title, *notice.body.splitlines()]))
            where = "status bar"
        sent = Notice(notice.at, notice.title, notice.body, notice.kind, notice.key, where)
        self.history.append(sent)
        self.shown.emit(sent)
        return sent

    def _freedesktop(self, notice: Notice) -> bool:
        return self.use_freedesktop and freedesktop.send(notice.title, notice.body, TIMEOUT_MS)
