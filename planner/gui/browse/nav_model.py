"""The navigation tree's model: all sessions, "My agenda", the tracks, days and rooms, counted.

A small hand-written two-level QAbstractItemModel. Top-level rows are fixed (see ``TOP``);
the "Days", "Rooms" and "Tracks" rows hold one child per day, room or track that has
sessions (an empty track the schedule declares is left out: it would lead nowhere). A child's
internal id is its parent's row plus one; a top-level row's internal id is 0.

Choosing children of different kinds combines them (a track AND a day AND a room), so the
model also shows the list's filter: a chosen child in bold, a hidden one struck out.

Custom roles:

- ``KindRole``: the row's ``Kind`` (what selecting it shows).
- ``ValueRole``: the track or room name (str), the date of a day row
  (``row_filter.UNSCHEDULED_DAY`` for the unscheduled sessions), None otherwise.
- ``CountRole``: the number of sessions (int) of a child or of "All sessions"/"My agenda".
- ``LabelRole``: the child's name without its count (str), for the delegate and menus.
- ``StatusRole``: "chosen", "hidden" or "" for a child (what the filter does with it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from planner.gui import plain
from planner.gui.browse.row_filter import UNSCHEDULED_DAY, RowFilter
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
    ROOMS = "rooms"
    TRACK = "track"
    DAY = "day"
    ROOM = "room"


@dataclass(frozen=True, slots=True)
class _Child:
    value: str | date
    count: int
    color: QColor | None = None


# Days first: a handful that everyone uses; rooms and tracks may run to a hundred each.
TOP = (Kind.ALL, Kind.AGENDA, Kind.DAYS, Kind.ROOMS, Kind.TRACKS)
ROW_ALL, ROW_AGENDA, ROW_DAYS, ROW_ROOMS, ROW_TRACKS = range(5)
CHILD_KIND = {ROW_TRACKS: Kind.TRACK, ROW_DAYS: Kind.DAY, ROW_ROOMS: Kind.ROOM}
PARENT_ROW = {kind: row for row, kind in CHILD_KIND.items()}
CHOSEN, HIDDEN = "chosen", "hidden"


class NavModel(QAbstractItemModel):
    """What the left-hand tree offers (see the module docstring for rows and roles)."""

    KindRole = Qt.ItemDataRole.UserRole + 1
    ValueRole = Qt.ItemDataRole.UserRole + 2
    CountRole = Qt.ItemDataRole.UserRole + 3
    LabelRole = Qt.ItemDataRole.UserRole + 4
    StatusRole = Qt.ItemDataRole.UserRole + 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._total = 0
        self._agenda = 0
        self._children: dict[int, list[_Child]] = {row: [] for row in CHILD_KIND}
        self._rule = RowFilter()

    def set_content(
        self,
        tracks: Sequence[tuple[str, int]],
        days: Sequence[tuple[date, int]],
        total: int,
        picks: int,
        rooms: Sequence[tuple[str, int]] = (),
        unscheduled: int | None = None,
    ) -> None:
        """Replace everything (after an import, at start, or when the days are recounted).

        Tracks keep their colours by their place in ``tracks`` (the conference's order), so
        the empty ones left out here do not shift the others' colours.
        """
        self.beginResetModel()
        self._total, self._agenda = total, picks
        self._children[ROW_TRACKS] = [
            _Child(name, n, track_color(i)) for i, (name, n) in enumerate(tracks) if n > 0
        ]
        self._children[ROW_DAYS] = [_Child(day, n) for day, n in days if n > 0]
        left = total - sum(n for _, n in days) if unscheduled is None else unscheduled
        if left > 0:
            self._children[ROW_DAYS].append(_Child(UNSCHEDULED_DAY, left))
        self._children[ROW_ROOMS] = [_Child(name, n) for name, n in rooms if n > 0]
        self.endResetModel()

    def set_agenda_count(self, picks: int) -> None:
        if picks != self._agenda:
            self._agenda = picks
            where = self.index(ROW_AGENDA, 0)
            self.dataChanged.emit(where, where, [Qt.ItemDataRole.DisplayRole])

    def set_filter(self, rule: RowFilter) -> None:
        """Show which children the list's filter chooses or hides."""
        if rule == self._rule:
            return
        self._rule = rule
        for row in CHILD_KIND:
            count = len(self._children[row])
            if count:
                parent = self.index(row, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(count - 1, 0, parent))

    def index_of(self, kind: Kind, value: object = None) -> QModelIndex:
        """The index of a top-level kind, or of the child of that kind with ``value``."""
        if kind in TOP:
            return self.index(TOP.index(kind), 0)
        parent_row = PARENT_ROW[kind]
        for row, child in enumerate(self._children[parent_row]):
            if child.value == value:
                return self.index(row, 0, self.index(parent_row, 0))
        return QModelIndex()

    def children_of(self, kind: Kind) -> list[tuple[str | date, int]]:
        """(value, count) of every child of a kind (TRACK, DAY or ROOM)."""
        return [(c.value, c.count) for c in self._children[PARENT_ROW[kind]]]

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
        return len(self._children.get(parent.row(), ()))

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
        parent_row = index.internalId() - 1
        children = self._children.get(parent_row, [])
        if not 0 <= index.row() < len(children):
            return None
        return self._child_data(CHILD_KIND[parent_row], children[index.row()], role)

    def _top_data(self, row: int, role: int) -> Any:
        kind = TOP[row]
        if role == self.KindRole:
            return kind
        if role == Qt.ItemDataRole.DisplayRole:
            return self._top_text(kind)
        if role == self.LabelRole:
            return self._top_label(kind)
        if role == self.CountRole:
            return {Kind.ALL: self._total, Kind.AGENDA: self._agenda}.get(kind)
        return None

    def _top_label(self, kind: Kind) -> str:
        names = {
            Kind.ALL: self.tr("All sessions"),
            Kind.AGENDA: self.tr("My agenda"),
            Kind.TRACKS: self.tr("Tracks"),
            Kind.DAYS: self.tr("Days"),
            Kind.ROOMS: self.tr("Rooms"),
        }
        return names[kind]

    def _top_text(self, kind: Kind) -> str:
        if kind is Kind.ALL:
            return fill(self.tr("All sessions (%1)"), self._total)
        if kind is Kind.AGENDA:
            return fill(self.tr("My agenda (%1)"), self._agenda)
        return self._top_label(kind)

    def _child_data(self, kind: Kind, child: _Child, role: int) -> Any:
        if role == self.KindRole:
            return kind
        if role == self.ValueRole:
            return child.value
        if role == self.CountRole:
            return child.count
        if role == self.LabelRole:
            return self._child_label(child)
        if role == self.StatusRole:
            return self._status(kind, child)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._child_label(child)} ({child.count})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain.tooltip(self._tooltip(kind, child))
        if role == Qt.ItemDataRole.DecorationRole:
            return child.color
        if role == Qt.ItemDataRole.FontRole:
            return self._font(self._status(kind, child))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._status_words(self._status(kind, child))
        return None

    def _status(self, kind: Kind, child: _Child) -> str:
        rule = self._rule
        chosen = {Kind.TRACK: rule.track, Kind.DAY: rule.day, Kind.ROOM: rule.room}[kind]
        if chosen is not None and chosen == child.value:
            return CHOSEN
        hidden = {Kind.TRACK: rule.hidden_tracks, Kind.ROOM: rule.hidden_rooms}.get(kind, ())
        return HIDDEN if child.value in hidden else ""

    @staticmethod
    def _font(status: str) -> QFont | None:
        if not status:
            return None
        font = QFont()
        font.setBold(status == CHOSEN)
        font.setStrikeOut(status == HIDDEN)
        return font

    def _status_words(self, status: str) -> str:
        if status == CHOSEN:
            return self.tr("shown: the list is limited to it")
        if status == HIDDEN:
            return self.tr("hidden from the list")
        return ""

    def _tooltip(self, kind: Kind, child: _Child) -> str:
        lines = [self._child_label(child), self.tr("%n session(s)", "", child.count)]
        lines.append(self._status_words(self._status(kind, child)))
        return "\n".join(line for line in lines if line)

    def _child_label(self, child: _Child) -> str:
        if isinstance(child.value, str):
            return child.value
        if child.value == UNSCHEDULED_DAY:
            return self.tr("Unscheduled")
        return format_day(child.value)
