"""The "Now and next" strip: a bar under the menus with what is on for me now and next.

"Now" names my attending picks running at this moment; in a gap it says so and names what
else is on at the conference right now. "Next" is my next attending pick, with how long until
it starts. Each entry is a flat button that shows the session (``sessionChosen``). Schedule
text is plain: ampersands are doubled so that Qt does not read them as mnemonics.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from planner.core.now_next import NowNext
from planner.gui import plain
from planner.gui.live import live_text
from planner.gui.plain import fill, plain_label

MAX_BUTTON_CHARS = 60


def _button_text(text: str) -> str:
    if len(text) > MAX_BUTTON_CHARS:
        text = text[: MAX_BUTTON_CHARS - 1] + "…"
    return text.replace("&", "&&")


class NowNextStrip(QWidget):
    """Now, next, and what else is on in a gap; ``sessionChosen(key)`` on a click."""

    sessionChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nowNextStrip")
        self.setAccessibleName(self.tr("Now and next"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.now_label = self._heading(self.tr("Now:"))
        self.now_row = QHBoxLayout()
        self.next_label = self._heading(self.tr("Next:"))
        self.next_row = QHBoxLayout()
        self.hint = plain_label()
        self.hint.setEnabled(False)  # drawn as secondary text
        for part in (self.now_label, self.now_row, self.next_label, self.next_row, self.hint):
            if isinstance(part, QHBoxLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addStretch(1)
        self.buttons: list[QToolButton] = []

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = plain_label(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def show_now(self, found: NowNext, at: datetime, zone: tzinfo) -> None:
        """Show what ``found`` says about ``at`` (times in ``zone``)."""
        for button in self.buttons:
            button.hide()
            button.deleteLater()
        self.buttons = []
        self._fill_now(found, zone)
        upcoming = live_text.next_text(found, at, zone)
        if found.next is not None:
            self._add(self.next_row, upcoming, found.next.key, found.next.view.session.title)
        else:
            self._note(self.next_row, self.tr("no picks ahead"))
        self.hint.setText(self.tr("Star the sessions you will attend: they show here.")
                          if not found.attending else "")  # fmt: skip

    def _fill_now(self, found: NowNext, zone: tzinfo) -> None:
        for attended in found.now:
            self._add(self.now_row, live_text.now_text(NowNext((attended,)), zone),
                      attended.key, attended.view.session.title)  # fmt: skip
        if found.now:
            return
        if not found.also_on:
            self._note(self.now_row, self.tr("free"))
            return
        self._note(self.now_row, self.tr("free · also on:"))
        for happening in found.also_on[: live_text.MORE_AT_ONCE]:
            text = f"{happening.title} ({happening.room})" if happening.room else happening.title
            self._add(self.now_row, text, happening.key, happening.title)
        more = len(found.also_on) - live_text.MORE_AT_ONCE
        if more > 0:
            self._note(self.now_row, fill(self.tr("+%1 more"), more))

    def _add(self, row: QHBoxLayout, text: str, key: str, title: str) -> None:
        button = QToolButton()
        button.setAutoRaise(True)
        button.setText(_button_text(text))
        button.setToolTip(plain.tooltip(title))
        button.setAccessibleName(text)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _=False, k=key: self.sessionChosen.emit(k))
        self._place(row, button)

    def _note(self, row: QHBoxLayout, text: str) -> None:
        label = QToolButton()  # a button's height, so the strip does not jump
        label.setAutoRaise(True)
        label.setEnabled(False)
        label.setText(_button_text(text))
        self._place(row, label)

    def _place(self, row: QHBoxLayout, button: QToolButton) -> None:
        row.addWidget(button)
        # Shown now: a layout shows a widget added to a visible parent only from the event loop,
        # and the strip, its old buttons hidden, would be painted empty in between.
        if self.isVisible():
            button.show()
        self.buttons.append(button)

    def texts(self) -> list[str]:
        """What the strip reads, left to right (for tests and screen readers' sake)."""
        shown = [self.now_label.text()]
        shown += [b.text().replace("&&", "&") for b in self._in(self.now_row)]
        shown.append(self.next_label.text())
        shown += [b.text().replace("&&", "&") for b in self._in(self.next_row)]
        return shown + ([self.hint.text()] if self.hint.text() else [])

    def _in(self, row: QHBoxLayout) -> list[QToolButton]:
        found = []
        for index in range(row.count()):
            item = row.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QToolButton) and widget in self.buttons:
                found.append(widget)
        return found
