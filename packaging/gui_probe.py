"""GUI smoke probe for the frozen app: open the real main window, see that it shows, quit.

Built into the PyInstaller folder only for packaging/build_and_check.py (PLANNER_BUILD_PROBE=1),
because the window itself has no way to quit on its own. It goes through run_gui, the same
start-up as `planner` with no arguments, so the frozen Qt plugins, translations, database
migrations and bundled catalog are all exercised.

    planner-gui-probe DB_FILE [MILLISECONDS]

Prints the Qt platform and each visible top-level window; exit status 0 when a main window
was showing when the timer fired.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from planner.gui.app import run_gui

DEFAULT_MS = 2000


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.windowTitle()!r}"


def _visible_windows(app: QApplication) -> list[QWidget]:
    return [w for w in app.topLevelWidgets() if w.isWindow() and w.isVisible()]


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    delay = int(argv[2]) if len(argv) > 2 else DEFAULT_MS
    app = QApplication([argv[0]])
    seen: list[str] = []
    main_windows: list[bool] = []

    def look_then_quit() -> None:
        # Described now: a dialog may be gone once the event loop has ended.
        for widget in _visible_windows(app):
            seen.append(_describe(widget))
            main_windows.append(isinstance(widget, QMainWindow))
        app.quit()  # also ends a modal dialog's loop, so an error box cannot hang the probe

    QTimer.singleShot(delay, look_then_quit)
    status = run_gui(Path(argv[1]), [])
    print(f"platform: {app.platformName()}")
    for line in seen:
        print(f"window: {line}")
    return status if any(main_windows) else (status or 1)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
