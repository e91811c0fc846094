"""The tray icon: what is on now and next in its tooltip, and a menu to get back to the window.

Shown only where the desktop has a system tray. Its tooltip is kept in ``tooltip`` whether or
not there is one, so that it can be checked anywhere. Clicking the icon brings the window up;
its menu offers the window, a refresh and Quit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

ICON_NAME = "io.github.conference_planner.Planner"


def app_icon() -> QIcon:
    """The planner's icon: the theme's where installed, else the SVG beside the package."""
    package = Path(__file__).resolve().parents[2]
    for base in (package.parent, package):
        svg = base / "resources" / "icons" / f"{ICON_NAME}.svg"
        if svg.is_file():
            return QIcon.fromTheme(ICON_NAME, QIcon(str(svg)))
    return QIcon.fromTheme(ICON_NAME)


class LiveTray(QObject):
    """The planner's tray icon (``icon`` is None where the desktop has no tray)."""

    def __init__(self, window: QMainWindow, refresh: QAction, quit_action: QAction) -> None:
        super().__init__(window)
        self._window = window
        self.tooltip = ""
        self.icon: QSystemTrayIcon | None = None
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        icon = app_icon()
        if icon.isNull():
            return
        self.icon = QSystemTrayIcon(icon, window)
        self.menu = QMenu(window)
        show = self.menu.addAction(self.tr("Show the planner"))
        show.triggered.connect(self.raise_window)
        self.menu.addAction(refresh)
        self.menu.addSeparator()
        self.menu.addAction(quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.raise_window)
        self.icon.show()

    def set_tooltip(self, text: str) -> None:
        self.tooltip = text
        if self.icon is not None:
            self.icon.setToolTip(text)

    def raise_window(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.raise_window()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
