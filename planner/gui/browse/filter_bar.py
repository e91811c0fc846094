"""The line above the list that says what it is limited to, one removable chip per criterion.

"Track: Go ✕  Day: Sat 1 Feb ✕  Room: UD2.120 ✕  Hidden: Lightning Talks ✕  Clear all":
each chip is a button that lets its criterion go (Space or a click), so the filter the user
built in the tree, the menus or the clash panel is always in sight and undone in one press.
Hidden when the list shows everything.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from planner.gui.browse.nav_model import Kind
from planner.gui.browse.row_filter import UNSCHEDULED_DAY, RowFilter
from planner.gui.plain import fill, plain_label
from planner.gui.timefmt import format_day, format_span


class FilterBar(QWidget):
    """Chips for a ``RowFilter``; each asks for its criterion to go."""

    released = Signal(str, object)  # Kind of a chosen criterion, its value
    unhidden = Signal(str, str)  # TRACK or ROOM, the name to show again
    windowCleared = Signal()
    clearAll = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 2, 0, 2)
        self._row.setSpacing(6)
        self.chips: list[QToolButton] = []
        self.setVisible(False)

    def show_filter(self, rule: RowFilter, zone: tzinfo) -> None:
        self._clear()
        self._row.addWidget(self._label(self.tr("Showing:")))
        if rule.window is not None:
            text = fill(self.tr("Running at %1"), format_span(*rule.window, zone))
            self._chip(text, self.windowCleared.emit)
        if rule.track is not None:
            track = fill(self.tr("Track: %1"), rule.track)
            self._chip(track, self._release(Kind.TRACK, rule.track))
        if rule.day is not None:
            day = self._day(rule.day)
            self._chip(fill(self.tr("Day: %1"), day), self._release(Kind.DAY, rule.day))
        if rule.room is not None:
            self._chip(fill(self.tr("Room: %1"), rule.room), self._release(Kind.ROOM, rule.room))
        for name in sorted(rule.hidden_tracks):
            self._chip(fill(self.tr("Hiding track %1"), name), self._unhide(Kind.TRACK, name))
        for name in sorted(rule.hidden_rooms):
            self._chip(fill(self.tr("Hiding room %1"), name), self._unhide(Kind.ROOM, name))
        if len(self.chips) > 1:
            clear = QToolButton()
            clear.setText(self.tr("Clear all"))
            clear.setAutoRaise(True)
            clear.clicked.connect(self.clearAll.emit)
            self._row.addWidget(clear)
        self._row.addStretch(1)
        self.setVisible(bool(self.chips))

    def texts(self) -> list[str]:
        """The chips' texts, in order (for tests and tools)."""
        return [chip.text().removesuffix(" ✕") for chip in self.chips]

    def _release(self, kind: Kind, value: str | date) -> Callable[[], None]:
        return lambda: self.released.emit(str(kind), value)

    def _unhide(self, kind: Kind, name: str) -> Callable[[], None]:
        return lambda: self.unhidden.emit(str(kind), name)

    def _day(self, day: date) -> str:
        return self.tr("no time yet") if day == UNSCHEDULED_DAY else format_day(day)

    def _label(self, text: str) -> QLabel:
        return plain_label(text)

    def _chip(self, text: str, action: Callable[[], None]) -> None:
        chip = QToolButton()
        chip.setText(f"{text.replace('&', '&&')} ✕")
        chip.setToolTip(self.tr("Show the sessions this leaves out again"))
        chip.setAccessibleName(fill(self.tr("Remove the filter %1"), text))
        chip.clicked.connect(action)
        self._row.addWidget(chip)
        self.chips.append(chip)

    def _clear(self) -> None:
        self.chips.clear()
        while self._row.count():
            item = self._row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
