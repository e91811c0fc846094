"""The window's file choosers never open the files they list, the database among them.

Qt's stock dialog reads the first bytes of any file whose name does not tell its type (to pick
an icon); in the window's process, closing that descriptor of the database would drop its
SQLite locks. Whether a file was read is seen from its access time: set well before its
modification time, the kernel updates it on the next read (relatime, the default).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from planner.gui import file_dialogs
from planner.services.planner import Planner

pytestmark = pytest.mark.gui


def make_folder(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "data"
    folder.mkdir()
    with Planner(folder / "mine.db") as planner:
        planner.ensure_bundled_catalog()
        planner.bookmark(["S72484"])
    files = [folder / "mine.db", folder / "mine.db.picks-backup.json"]
    shutil.copy(files[0], folder / "copy-without-extension")
    files.append(folder / "copy-without-extension")
    for path in files:
        status = path.stat()
        os.utime(path, ns=(status.st_mtime_ns - 10**11, status.st_mtime_ns))
    return files


def read_since(files: list[Path]) -> list[str]:
    return [p.name for p in files if p.stat().st_atime_ns >= p.stat().st_mtime_ns]


def show_all_files_then_cancel() -> None:
    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, step)
            return
        dialog.selectNameFilter("All files (*)")
        QTimer.singleShot(1500, dialog.reject)  # time for the listing, its icons and types

    QTimer.singleShot(50, step)


@pytest.mark.skipif(not hasattr(os, "O_NOATIME"), reason="access times as Linux keeps them")
def test_the_file_choosers_do_not_read_the_files_they_list(qtbot, tmp_path):
    files = make_folder(tmp_path)
    folder = str(files[0].parent)
    filters = "Schedules (*.xml *.json *.ics);;All files (*)"
    show_all_files_then_cancel()
    assert QFileDialog.getOpenFileName(None, "Import a schedule", folder, filters) == ("", "")
    show_all_files_then_cancel()
    assert QFileDialog.getSaveFileName(None, "Export", str(files[0].parent / "x.ics")) == ("", "")
    assert read_since(files) == []


def test_the_static_choosers_are_the_safe_ones():
    assert QFileDialog.getOpenFileName is file_dialogs.get_open_file_name
    assert QFileDialog.getSaveFileName is file_dialogs.get_save_file_name
