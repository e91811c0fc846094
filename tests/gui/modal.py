"""Answering the window's modal dialogs from a test, the way a user would.

A dialog run with ``exec()`` blocks the test until it closes. ``Modals`` polls
``QApplication.activeModalWidget()`` from a timer (which keeps firing inside the dialog's own
event loop) and, for each dialog of the expected type, runs the answer the test queued: click
a button, fill in a field, accept. What every dialog said is kept in ``seen``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

Answer = Callable[[Any], None]


class Modals:
    """Queued answers for the modal dialogs to come, taken in order."""

    def __init__(self) -> None:
        self._answers: deque[tuple[type[QWidget], Answer]] = deque()
        self.seen: list[QWidget] = []
        self.texts: list[tuple[str, str]] = []  # (text, informative text) of message boxes
        self.errors: list[BaseException] = []
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def answer(self, kind: type[QWidget], action: Answer) -> None:
        self._answers.append((kind, action))

    def ok(self) -> None:
        """The next message box: read it and press its first button (OK)."""
        self.answer(QMessageBox, lambda box: box.buttons()[0].click())

    def click(self, text: str) -> None:
        """The next message box: press the button labelled ``text``."""
        self.answer(QMessageBox, lambda box: _button(box, text).click())

    @property
    def pending(self) -> int:
        return len(self._answers)

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not self._answers or any(widget is w for w in self.seen):
            return
        kind, action = self._answers[0]
        if not isinstance(widget, kind) or not widget.isVisible():
            return
        self._answers.popleft()
        self.seen.append(widget)
        if isinstance(widget, QMessageBox):
            self.texts.append((widget.text(), widget.informativeText()))
        try:
            action(widget)
        except BaseException as exc:  # a failed check must not leave the dialog blocking
            self.errors.append(exc)
            widget.close()

    def check(self) -> None:
        """Raise what went wrong while answering (call after the code under test returns)."""
        if self.errors:
            raise self.errors[0]


def _button(box: QMessageBox, text: str) -> Any:
    for button in box.buttons():
        if button.text().replace("&", "") == text:
            return button
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")
