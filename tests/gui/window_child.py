"""A child process holding the real window (offscreen) over one database, driven from stdin.

    python -m tests.gui.window_child DB SETTINGS_FOLDER

It says ``ready`` once the window shows, then obeys one command a line, answering each when
it is done: ``search TEXT`` (typed into the search box; answers ``searched N`` once the list
shows the N matches, so the search worker has asked the database), ``star KEY`` (selects the
row and stars it as Ctrl+D does; answers ``starred KEY``), ``quit`` (closes the window as Quit
does). The parent may kill it at any moment instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSettings, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from planner.gui.main_window import MainWindow
from planner.gui.settings import Settings
from planner.services.planner import Planner


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


class Driver:
    def __init__(self, app: QApplication, window: MainWindow) -> None:
        self.app, self.window = app, window
        self.notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self.read)

    def read(self) -> None:
        line = sys.stdin.readline()
        if not line:
            self.window.close()
            self.app.quit()
            return
        command, _, argument = line.strip().partition(" ")
        getattr(self, command)(argument)

    def search(self, text: str) -> None:
        self.window.session_list.search_box.setText(text)
        self.when(self.window.session_list.search_settled, lambda: say(f"searched {self.shown()}"))

    def star(self, key: str) -> None:
        self.window.session_list.search_box.clear()
        self.window.session_list.focus_table()
        assert self.window.session_list.select_key(key), key
        self.window.menu_actions.star.trigger()
        say(f"starred {key}")

    def quit(self, _argument: str) -> None:
        self.window.close()
        self.app.quit()

    def shown(self) -> int:
        return self.window.session_list.model.shown_count

    def when(self, ready, then) -> None:  # type: ignore[no-untyped-def]
        if ready():
            then()
        else:
            QTimer.singleShot(20, lambda: self.when(ready, then))


def main(argv: list[str]) -> int:
    db, settings_folder = Path(argv[0]), argv[1]
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_folder)
    app = QApplication([sys.argv[0]])
    planner = Planner(db)
    planner.ensure_bundled_catalog()
    window = MainWindow(planner, Settings())
    window.show()
    driver = Driver(app, window)
    QTimer.singleShot(0, lambda: say("ready"))
    try:
        return app.exec()
    finally:
        del driver
        planner.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
