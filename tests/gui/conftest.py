"""GUI test fixtures: the offscreen platform, isolated settings, a planner and a main window.

QT_QPA_PLATFORM is set when this file is imported, before pytest-qt makes the QApplication.
Every test gets its own settings folder (QSettings.setPath) so nothing reads or writes the
user's real settings, and an English locale and interface so that dates and messages read the
same on every machine.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QLocale, QSettings

from planner.gui.i18n import install_translations
from planner.gui.main_window import MainWindow
from planner.gui.settings import Settings
from planner.services.planner import Planner
from tests.gui.modal import Modals

GUI_DIR = Path(__file__).resolve().parent
# The offscreen platform says this whenever a window is shown; it is not about our code.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if GUI_DIR in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp) -> None:
    """The interface as an English-speaking user gets it (with its plural forms)."""
    install_translations(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield folder


@pytest.fixture()
def settings(isolated_settings: Path) -> Settings:
    return Settings()


@pytest.fixture()
def planner(db_path: Path) -> Iterator[Planner]:
    """A Planner on a temporary database holding the bundled GTC 2025 catalog."""
    with Planner(db_path) as opened:
        opened.ensure_bundled_catalog()
        yield opened


@pytest.fixture()
def window(qtbot, planner: Planner, settings: Settings) -> MainWindow:
    shown = MainWindow(planner, settings)
    qtbot.addWidget(shown)
    shown.resize(1400, 860)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown


@pytest.fixture()
def modals() -> Iterator[Modals]:
    """Answers for the modal dialogs a test expects (see tests/gui/modal.py)."""
    answering = Modals()
    yield answering
    answering.stop()
    answering.check()
