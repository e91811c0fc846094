"""The navigation tree's model: all sessions, "My agenda", the tracks and the days, with counts.

A small hand-written two-level QAbstractItemModel. Top-level rows are fixed (see ``Kind``);
the "Tracks" and "Days" rows hold one child per track or day. A child's internal id is its
parent's row plus one; a top-level row's internal id is 0.

Custom roles:

- ``KindRole``: the row's ``Kind`` (what selecting it shows).
- ``ValueRole``: the track name (str) of a track row, the date of a day row
  (``row_filter.UNSCHEDULED_DAY`` for the unscheduled sessions), None otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from planner.gui import plain
from planner.gui.browse.row_filter import UNSCHEDULED_DAY
from planner.gui.plain import fill
from planner.gui.timefmt import format_day
from planner.gui.track_colors import track_color

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class Kind(StrEnum):
    ALL = "all"
    AGENDA = "agenda"
    TRACKS = "tracks"
    DAYS = "days"
    TRACK = "track"
    DAY = "day"


@dataclass(frozen=True, slots=True)
class _Child:
    value: str | date
    count: int
    color: QColor | None = None


TOP = (Kind.ALL, Kind.AGENDA, Kind.TRACKS, Kind.DAYS)
ROW_ALL, ROW_AGENDA, ROW_TRACKS, ROW_DAYS = range(4)


class NavModel(QAbstractItemModel):
    """What the left-hand tree offers (see the module docstring for rows and roles)."""

    KindRole = Qt.ItemDataRole.UserRole + 1
    ValueRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._total = 0
        self._agenda = 0
        self._tracks: list[_Child] = []
        self._days: list[_Child] = []

    def set_content(
        self,
        tracks: Sequence[tuple[str, int]],
        days: Sequence[tuple[date, int]],
        total: int,
        picks: int,
    ) -> None:
        """Replace everything (after an import or at start)."""
        self.beginResetModel()
        self._total, self._agenda = total, picks
        self._tracks = [_Child(name, n, track_color(i)) for i, (name, n) in enumerate(tracks)]
        self._days = [_Child(day, n) for day, n in days]
        unscheduled = total - sum(n for _, n in days)
        if unscheduled > 0:
            self._days.append(_Child(UNSCHEDULED_DAY, unscheduled))
        self.endResetModel()

    def set_agenda_count(self, picks: int) -> None:
        if picks != self._agenda:
            self._agenda = picks
            where = self.index(ROW_AGENDA, 0)
            self.dataChanged.emit(where, where, [Qt.ItemDataRole.DisplayRole])

    def index_of(self, kind: Kind, value: object = None) -> QModelIndex:
        """The index of a top-level kind, or of the track/day child with ``value``."""
        if kind in TOP:
            return self.index(TOP.index(kind), 0)
        parent_row = ROW_TRACKS if kind is Kind.TRACK else ROW_DAYS
        for row, child in enumerate(self._children(parent_row)):
            if child.value == value:
                return self.index(row, 0, self.index(parent_row, 0))
        return QModelIndex()

    def _children(self, parent_row: int) -> list[_Child]:
        if parent_row == ROW_TRACKS:
            return self._tracks
        if parent_row == ROW_DAYS:
            return self._days
        return []

    # --- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(TOP)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._children(parent.row()))

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._top_data(index.row(), role)
        children = self._children(index.internalId() - 1)
        if not 0 <= index.row() < len(children):
            return None
        kind = Kind.TRACK if index.internalId() - 1 == ROW_TRACKS else Kind.DAY
        return self._child_data(kind, children[index.row()], role)

    def _top_data(self, row: int, role: int) -> Any:
        kind = TOP[row]
        if role == self.KindRole:
            return kind
        if role == Qt.ItemDataRole.DisplayRole:
            return self._top_text(kind)
        return None

    def _top_text(self, kind: Kind) -> str:
        if kind is Kind.ALL:
            return fill(self.tr("All sessions (%1)"), self._total)
        if kind is Kind.AGENDA:
            return fill(self.tr("My agenda (%1)"), self._agenda)
        if kind is Kind.TRACKS:
            return self.tr("Tracks")
        return self.tr("Days")

    def _child_data(self, kind: Kind, child: _Child, role: int) -> Any:
        if role == self.KindRole:
            return kind
        if role == self.ValueRole:
            return child.value
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._child_label(child)} ({child.count})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain.tooltip(f"{self._child_label(child)} ({child.count})")
        if role == Qt.ItemDataRole.DecorationRole:
            return child.color
        return None

    def _child_label(self, child: _Child) -> str:
        if isinstance(child.value, str):
            return child.value
        if child.value == UNSCHEDULED_DAY:
            return self.tr("Unscheduled")
        return format_day(child.value)
