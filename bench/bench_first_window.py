"""Time from process start to the first painted window, on a database given.

    .venv/bin/python bench/bench_first_window.py --db catalog.sqlite3 [--started-at EPOCH]

Runs the real start-up path (``planner.gui.app.run_gui``: the application, opening the
database, the first catalog, the main window) under the offscreen platform unless a display
is set, and quits as soon as the window's first paint has been handled. ``--started-at`` is
the parent's ``time.time()`` just before it started this process, so that interpreter start-up
and imports count too; without it the time is counted from this script's first line.

The planner itself has no hook to report its first paint (an environment variable such as
PLANNER_REPORT_FIRST_PAINT in ``run_gui`` would let ``run_all.py`` time the ``planner``
command itself); until then this script wraps ``run_gui`` with an event filter.
"""

from __future__ import annotations

import time

SCRIPT_STARTED = time.time()

import argparse  # noqa: E402  (after the clock starts)
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import emit  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget  # noqa: E402


class FirstPaint(QObject):
    """Notes when the first paint of a main window has been handled, then quits."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.painted_at is None and event.type() == QEvent.Type.Paint and _in_main(watched):
            self.painted_at = 0.0  # seen; the time is taken once this paint pass is done
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        self.painted_at = time.time()
        self.app.quit()


def _in_main(watched: QObject) -> bool:
    return isinstance(watched, QWidget) and isinstance(watched.window(), QMainWindow)


def main() -> None:
    parser = argparse.ArgumentParser(description="Time start-up to the first painted window.")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--started-at", type=float, default=SCRIPT_STARTED)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    watcher = FirstPaint(app)
    app.installEventFilter(watcher)
    from planner.gui.app import run_gui

    run_gui(args.db, [])
    if not watcher.painted_at:
        print("the window was never painted", file=sys.stderr)
        sys.exit(1)
    seconds = watcher.painted_at - args.started_at
    print(f"first window painted {seconds * 1000:.0f} ms after the process started")
    emit(seconds=seconds)


if __name__ == "__main__":
    main()
