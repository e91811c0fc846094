"""Ctrl-C and SIGTERM close the window as its Quit does, and the process exits 128 + signal.

Python runs a signal handler only when the interpreter next gets control, and Qt's event loop
can sit in C++ for as long as nobody moves the mouse: the signal would wait. So the C-level
handler's wake-up byte goes to a socket that a QSocketNotifier watches (signal.set_wakeup_fd),
which brings the loop back into Python at once; the handler then closes the window (its
closeEvent saves the layout and stops the workers) and quits the application.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QObject, QSocketNotifier

STOP_SIGNALS = tuple(
    s
    for s in (signal.SIGINT, getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None))
    if s is not None
)


class StopSignals(QObject):
    """While alive, the stop signals call ``stop``; ``received`` is the first one, or None."""

    def __init__(self, stop: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.received: int | None = None
        self._stop = stop
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {s: signal.signal(s, self._handle) for s in STOP_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        # Reading the wake-up bytes is all: returning to Python has run the handler already.
        with suppress(OSError):
            self._reader.recv(64)

    def _handle(self, signum: int, _frame: object) -> None:
        if self.received is None:
            self.received = signum
            self._stop()

    def exit_status(self, normal: int) -> int:
        """What the process should exit with: 128 + the signal, as a shell reports it."""
        return normal if self.received is None else 128 + self.received

    def restore(self) -> None:
        """Put the previous handlers back (the window has gone)."""
        self._notifier.setEnabled(False)
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()
