"""The left-hand tree: all sessions, "My agenda", the tracks and the days, with counts.

Choosing a row (mouse, arrow keys, or the View menu's Track and Day entries) emits
``chosen(kind, value)``; the window decides what the centre shows. A label too long for the
width given is elided in the middle, so that its count stays in view.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QMenu, QTreeView, QWidget

from planner.gui.browse.nav_model import Kind, NavModel


class NavTree(QTreeView):
    """The navigation tree over a ``NavModel``."""

    chosen = Signal(str, object)  # Kind value, track name / date / None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nav_model = NavModel(self)
        self.setModel(self.nav_model)
        self.setHeaderHidden(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setAccessibleName(self.tr("Tracks and days"))
        self.selectionModel().currentChanged.connect(self._current_changed)

    def set_content(
        self,
        tracks: Sequence[tuple[str, int]],
        days: Sequence[tuple[date, int]],
        total: int,
        picks: int,
    ) -> None:
        self.nav_model.set_content(tracks, days, total, picks)
        self.expandAll()

    def preferred_width(self) -> int:
        """The width that shows every label whole (indentation, swatch and frame included)."""
        return self.sizeHintForColumn(0) + 2 * self.frameWidth() + 8

    def select(self, kind: Kind, value: Any = None, *, emit: bool = True) -> None:
        """Make a row current; ``chosen`` follows (even if it was current already)."""
        index = self.nav_model.index_of(kind, value)
        if not index.isValid():
            return
        blocked = self.blockSignals(True)  # one `chosen`, below, not two
        self.setCurrentIndex(index)
        self.blockSignals(blocked)
        if emit:
            self.chosen.emit(str(kind), value)

    def fill_menus(self, tracks: QMenu, days: QMenu) -> None:
        """One entry per track and per day, each choosing its row."""
        groups = ((tracks, Kind.TRACKS, Kind.TRACK), (days, Kind.DAYS, Kind.DAY))
        for menu, parent_kind, kind in groups:
            menu.clear()
            parent = self.nav_model.index_of(parent_kind)
            for row in range(self.nav_model.rowCount(parent)):
                child = self.nav_model.index(row, 0, parent)
                value = child.data(NavModel.ValueRole)
                action = menu.addAction(str(child.data()))
                action.triggered.connect(lambda _=False, k=kind, v=value: self.select(k, v))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            kind = str(current.data(NavModel.KindRole))
            self.chosen.emit(kind, current.data(NavModel.ValueRole))
