"""Starting the window: the Qt application, its language, the database, the first catalog.

``run_gui`` is what ``planner`` and ``planner gui`` call. A database that cannot be opened
is reported in a dialog that offers to choose another file; nothing is written to the one
that failed. The window's Planner is the process's one opening of the database: its search
and import workers share it (see services/lifecycle.py). Ctrl-C and SIGTERM close the window
as Quit does (``stop_signals``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from planner.core.errors import PlannerError
from planner.gui import dialogs
from planner.gui.i18n import install_translations
from planner.gui.main_window import MainWindow
from planner.gui.plain import fill
from planner.gui.settings import APPLICATION, ORGANIZATION
from planner.gui.stop_signals import StopSignals
from planner.services.planner import Planner


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def make_application(argv: list[str]) -> QApplication:
    """The one QApplication (reused when it exists, as under pytest-qt)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "planner", *argv])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    install_translations(app)
    return app


def _ask_other_database(current: Path, message: str) -> Path | None:
    """Say why ``current`` cannot be opened; return another file to try, or None to quit."""
    box = dialogs.error_box(
        None,
        _tr("Cannot open the database"),
        message,
        _tr(
            "The file was left as it is. Check that it is a Conference Planner database and "
            "that you may read and write it, or choose another file (a new file starts empty "
            "with the bundled catalog)."
        ),
    )
    choose = box.addButton(_tr("Choose another file…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not choose:
        return None
    name, _ = QFileDialog.getSaveFileName(
        None,
        _tr("Choose a database file"),
        str(current.parent),
        _tr("Planner databases (*.sqlite3 *.db)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(name) if name else None


def open_planner(db_path: Path) -> Planner | None:
    """The Planner over ``db_path``, or over another file the user picks; None to give up."""
    path: Path | None = db_path
    while path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return Planner(path)
        except (PlannerError, OSError) as exc:
            path = _ask_other_database(path, str(exc))
    return None


def load_first_catalog(planner: Planner) -> None:
    """Load the bundled catalog into an empty database; a failure leaves the window empty."""
    try:
        planner.ensure_bundled_catalog()
    except PlannerError as exc:
        dialogs.show_error(
            None,
            _tr("Cannot load the bundled catalog"),
            str(exc),
            _tr("The window opens without it. Use File > Import schedule to load a schedule."),
        )


def tell_about_recovery(planner: Planner) -> None:
    """A damaged, emptied or missing database was mended at start: say so once, and what was
    restored; and say that a read-only database cannot save changes."""
    if planner.recovery:
        dialogs.show_info(None, _tr("The database was repaired"), planner.recovery)
    if planner.read_only:
        dialogs.show_info(
            None,
            _tr("The database is read-only"),
            fill(_tr("%1 is on a read-only disk or folder."), planner.db_path),
            _tr(
                "You can browse and export, but changes to your picks cannot be saved. Copy "
                "the file somewhere writable and open that copy to change it."
            ),
        )


def run_gui(db_path: Path, argv: list[str], open_path: Path | None = None) -> int:
    """Open the window on ``db_path`` (and ``open_path``, a schedule or agenda file, in it).

    Ctrl-C or SIGTERM at any moment, even before the window shows, closes it as Quit does
    and returns 128 + the signal.
    """
    app = make_application(argv)
    shown: list[MainWindow] = []

    def close_and_quit() -> None:
        for window in shown:
            window.close()
        app.quit()

    stop = StopSignals(close_and_quit, app)
    planner: Planner | None = None
    try:
        planner = open_planner(db_path)
        if planner is None:
            return stop.exit_status(1)
        tell_about_recovery(planner)
        if not planner.read_only and stop.received is None:
            load_first_catalog(planner)
        if stop.received is not None:
            return stop.exit_status(0)
        window = MainWindow(planner)
        shown.append(window)
        window.show()
        if open_path is not None:
            # As if dropped on the window: an agenda opens its preview, a schedule is imported.
            window.importer.open_dropped([open_path])
        if stop.received is not None:
            window.close()
            return stop.exit_status(0)
        return stop.exit_status(app.exec())
    finally:
        stop.restore()
        if planner is not None:
            planner.close()
