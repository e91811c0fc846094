"""Asking for a conference's schedule URL (File > Add conference from URL).

A web address on the clipboard is offered first. Anything but an http or https address is
refused with the reason, and the question comes back with the text as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from planner.gui import dialogs
from planner.services.urls import FetchError, checked_url


def _tr(text: str) -> str:
    return QCoreApplication.translate("url_dialog", text)


def _clipboard_url() -> str:
    clipboard = QGuiApplication.clipboard()
    text = clipboard.text().strip() if clipboard is not None else ""
    return text if text.lower().startswith(("http://", "https://")) and "\n" not in text else ""


def ask_url(parent: QWidget | None) -> str | None:
    """The URL the user gives, checked to be http(s); None if they cancel."""
    text = _clipboard_url()
    while True:
        text, ok = QInputDialog.getText(
            parent,
            _tr("Add a conference from its URL"),
            _tr("The web address of the conference's schedule\n"
                "(for example …/schedule.xml, …/schedule.json or a .ics feed):"),
            QLineEdit.EchoMode.Normal,
            text,
        )  # fmt: skip
        if not ok or not text.strip():
            return None
        try:
            return checked_url(text)
        except FetchError as exc:
            dialogs.show_error(
                parent,
                _tr("Not a schedule address"),
                str(exc),
                _tr("Give an address that starts with http:// or https://."),
            )
