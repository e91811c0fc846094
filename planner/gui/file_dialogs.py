"""File choosers that never open the files they list (the database among them).

Qt's own file dialog asks the MIME database what each listed file is, for its icon and its
"type", and for a name it cannot place by extension (``mine.db``, the backup's ``.json``) it
opens the file and reads its first bytes. If that file is the database, closing that
descriptor drops every SQLite lock the window's process holds on it, and a command line next
to the window may then delete the WAL the window writes into (services/lifecycle.py, THE
RULE). Seen with strace: listing a folder opened ``other.db`` and the backup of picks.

``install`` makes QFileDialog's static choosers (the ones the window calls, and any that
code added later calls) run a dialog whose icon provider looks at names only: a folder icon or
a file icon, and the suffix as the type. Tests replace the static choosers in turn, as before.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget

from planner.gui.plain import fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("file_dialogs", text)


class NamesOnly(QAbstractFileIconProvider):
    """Icons and types from the name and kind of a file, never from its contents."""

    def icon(self, what: Any) -> QIcon:  # QFileInfo or an IconType
        style = QApplication.style()
        folder = isinstance(what, QFileInfo) and what.isDir()
        kind = QStyle.StandardPixmap.SP_DirIcon if folder else QStyle.StandardPixmap.SP_FileIcon
        return style.standardIcon(kind)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return _tr("Folder")
        return fill(_tr("%1 file"), info.suffix().upper()) if info.suffix() else _tr("File")


NO_OPTIONS = QFileDialog.Option(0)
_PROVIDER: NamesOnly | None = None  # one for every dialog; Qt does not own it


def _provider() -> NamesOnly:
    global _PROVIDER
    if _PROVIDER is None:
        _PROVIDER = NamesOnly()
    return _PROVIDER


def _choose(
    parent: QWidget | None,
    caption: str,
    directory: str,
    filters: str,
    selected: str,
    options: QFileDialog.Option,
    *,
    save: bool,
) -> tuple[str, str]:
    dialog = QFileDialog(parent, caption, directory, filters)
    dialog.setIconProvider(_provider())
    dialog.setOptions(options)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if selected:
        dialog.selectNameFilter(selected)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def get_open_file_name(
    parent: QWidget | None = None,
    caption: str = "",
    dir: str = "",  # Qt's own parameter names, for callers that name them
    filter: str = "",
    selectedFilter: str = "",
    options: QFileDialog.Option = NO_OPTIONS,
) -> tuple[str, str]:
    """``QFileDialog.getOpenFileName``, with a dialog that does not read the files it lists."""
    return _choose(parent, caption, dir, filter, selectedFilter, options, save=False)


def get_save_file_name(
    parent: QWidget | None = None,
    caption: str = "",
    dir: str = "",
    filter: str = "",
    selectedFilter: str = "",
    options: QFileDialog.Option = NO_OPTIONS,
) -> tuple[str, str]:
    """``QFileDialog.getSaveFileName``, with a dialog that does not read the files it lists."""
    return _choose(parent, caption, dir, filter, selectedFilter, options, save=True)


def install() -> None:
    """Make QFileDialog's static open and save choosers the ones above (idempotent)."""
    QFileDialog.getOpenFileName = staticmethod(get_open_file_name)  # type: ignore[method-assign]
    QFileDialog.getSaveFileName = staticmethod(get_save_file_name)  # type: ignore[method-assign]
