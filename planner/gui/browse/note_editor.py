"""The note editor of the detail pane: plain text that saves itself.

A save is asked for (``noteEdited``) a moment after the user stops typing, when the editor
loses focus, before it shows another session, and whenever the window calls ``flush`` (before
any other change and on close), so that no typed word is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

SAVE_DELAY_MS = 700


class NoteEditor(QPlainTextEdit):
    """Plain-text note of one session; emits ``noteEdited(key, text)`` to have it saved."""

    noteEdited = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key: str | None = None
        self._loading = False
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._edited)
        self.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the window
        self.setPlaceholderText(self.tr("Your note on this session (saved as you type)"))

    @property
    def key(self) -> str | None:
        return self._key

    @property
    def pending(self) -> bool:
        """Whether typed text is waiting to be saved."""
        return self._dirty

    def show_note(self, key: str | None, note: str, editable: bool) -> None:
        """Show ``key``'s note, saving what was typed for the previous session first."""
        if key != self._key:
            self.flush()
        self._key = key
        self.setReadOnly(not editable)
        placeholder = self._placeholder(editable)
        if placeholder != self.placeholderText():
            self.setPlaceholderText(placeholder)
            self.viewport().update()  # Qt repaints a changed placeholder only on the next paint
        if self._dirty:
            return  # the same session, typed text not saved yet: never overwrite it
        if self.toPlainText() != note:
            self._loading = True
            try:
                self.setPlainText(note)
            finally:
                self._loading = False

    def _placeholder(self, editable: bool) -> str:
        if editable:
            return self.tr("Your note on this session (saved as you type)")
        return self.tr("Star this session to keep a note on it")

    def flush(self) -> None:
        """Save now whatever is waiting."""
        self._timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        if self._key is not None:
            self.noteEdited.emit(self._key, self.toPlainText())

    def _edited(self) -> None:
        if not self._loading and not self.isReadOnly():
            self._dirty = True
            self._timer.start()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)
