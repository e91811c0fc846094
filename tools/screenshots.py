#!/usr/bin/env python3
"""Regenerate the window's pictures in docs/screenshots/ from the real window.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots.py

Runs the window on a temporary database holding the bundled GTC 2025 catalog, under the
current display, with settings kept in a temporary folder (the user's own are not touched):

- main-window.png: the session list with a Chinese session open in the detail pane;
- agenda-clash.png: "My agenda" after bookmarking the two clashing sessions S72643 and S71942.

``--locale zh_CN`` (or zh_TW) takes the pictures with the Chinese interface, ``--dark`` with
a dark palette (to check that both schemes read), ``--out DIR`` writes them elsewhere. Install
a CJK font first (fonts-noto-cjk on Debian/Ubuntu), or the Chinese titles show as boxes.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner.gui.browse.nav_model import Kind  # noqa: E402
from planner.gui.i18n import install_translations  # noqa: E402  (after sys.path)
from planner.gui.main_window import MainWindow  # noqa: E402
from planner.gui.settings import APPLICATION, ORGANIZATION, Settings  # noqa: E402
from planner.services.planner import Planner  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1400, 860)
CLASHING = ("gtc2025/S72643", "gtc2025/S71942")
KEYNOTE = "gtc2025/S72484"
OPEN_IN_DETAIL = "gtc2025/S74412"  # NVIDIA 全面赋能端到端自动驾驶


def settle(milliseconds: int = 300) -> None:
    """Let layouts, deferred deletes and paints finish before grabbing."""
    QApplication.processEvents()
    QTest.qWait(milliseconds)


def save(widget: QWidget, name: str, out: Path) -> Path:
    settle()
    path = out / name
    if not widget.grab().save(str(path)):
        sys.exit(f"screenshots: could not write {path}")
    print(f"wrote {path}")
    return path


def main_window_picture(window: MainWindow, out: Path) -> Path:
    window.picks.star([KEYNOTE])
    window.select_nav(Kind.ALL)
    window.session_list.select_key(OPEN_IN_DETAIL)
    window.session_list.focus_table()
    return save(window, "main-window.png", out)


def agenda_picture(window: MainWindow, out: Path) -> Path:
    window.picks.star(CLASHING)
    window.picks.set_priority(CLASHING[0], 4)
    window.select_nav(Kind.AGENDA)
    window.agenda.timeline.select(CLASHING[0])
    window.agenda.timeline.setFocus()
    return save(window, "agenda-clash.png", out)


def dark_palette() -> QPalette:
    """A dark scheme like the desktops' own, for checking that every colour still reads."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#333333",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#8c8c8c",
        QPalette.ColorRole.ToolTipBase: "#333333",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    return palette


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--locale", default="en_GB", help="interface locale (en_GB, zh_CN, zh_TW)")
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default {OUT})")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    QLocale.setDefault(QLocale(args.locale))
    install_translations(app, QLocale(args.locale))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        with Planner(Path(scratch) / "planner.sqlite3") as planner:
            planner.ensure_bundled_catalog()
            window = MainWindow(planner, Settings())
            window.resize(*SIZE)
            window.show()
            settle(500)
            main_window_picture(window, args.out)
            agenda_picture(window, args.out)
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
