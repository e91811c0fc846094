"""What the session list is limited to, however the user said it: one filter, many ways in.

The navigation tree, the View menu, the chips above the list, the list's and the tree's
context menus and the clash panel all change the list through here. Choosing a track, a day
and a room combines them (a track AND a day AND a room); choosing another of the same kind
replaces it, choosing it again lets it go; a track or room can be hidden whatever else is
chosen; "All sessions" shows everything again. ``changed`` carries the new ``RowFilter``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QObject, Signal

from planner.gui.browse.nav_model import Kind
from planner.gui.browse.row_filter import RowFilter

_FIELD = {Kind.TRACK: "track", Kind.DAY: "day", Kind.ROOM: "room"}


class ListFilters(QObject):
    """The session list's filter (see the module docstring)."""

    changed = Signal(object)  # RowFilter

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rule = RowFilter()

    @property
    def rule(self) -> RowFilter:
        return self._rule

    def set(self, rule: RowFilter) -> None:
        if rule != self._rule:
            self._rule = rule
            self.changed.emit(rule)

    def choose(self, kind: Kind, value: str | date | None) -> None:
        """Limit the list to a track, a day or a room (ALL: show everything)."""
        if kind is Kind.ALL:
            self.set(RowFilter())
            return
        name = _FIELD.get(kind)
        if name is None:
            return
        rule = replace(self._rule.choosing(name, value), window=None)
        if kind is not Kind.DAY and isinstance(value, str):
            rule = rule.hiding(name, value, hidden=False)  # choosing it shows it again
        self.set(rule)

    def toggle(self, kind: Kind, value: str | date | None) -> None:
        """Choose it, or let it go if it is the one chosen already."""
        name = _FIELD.get(kind)
        if name is not None and getattr(self._rule, name) == value:
            self.clear(kind)
        else:
            self.choose(kind, value)

    def clear(self, kind: Kind) -> None:
        name = _FIELD.get(kind)
        if name is not None:
            self.set(self._rule.choosing(name, None))

    def hide(self, kind: Kind, name: str, hidden: bool = True) -> None:
        """Leave a track or a room out of the list (or bring it back)."""
        field = _FIELD.get(kind)
        if field in ("track", "room"):
            self.set(self._rule.hiding(field, name, hidden))

    def show_hidden(self) -> None:
        self.set(replace(self._rule, hidden_tracks=frozenset(), hidden_rooms=frozenset()))

    def set_window(self, window: tuple[datetime, datetime] | None) -> None:
        """Limit the list to what runs in a time window (the clash panel's "What's on")."""
        if window is None:
            self.set(replace(self._rule, window=None))
        else:
            self.set(RowFilter(window=window))
