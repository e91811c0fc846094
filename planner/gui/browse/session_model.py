"""The session list's table model: one conference's ListingRows, filtered in memory, paged.

A hand-written QAbstractTableModel over ``Planner.listing()``. It holds every row once and
filters by keeping a list of positions (see ``row_filter``), so a search keystroke on a
100,000-session catalog costs one set intersection and a model reset, not a query per row.
Rows reach the view in pages (``canFetchMore``/``fetchMore``) so that a reset stays cheap.

Columns: ``COL_TIME`` (in the shown zone, with an "assumed"/"unscheduled" mark),
``COL_TITLE`` (after a "[moved]"-style badge when the latest schedule update changed the
session, the change in the tooltip), ``COL_TRACK`` (with a colour swatch as decoration),
``COL_ROOM``, ``COL_STAR``, ``COL_WITH`` (the colleagues whose agendas are overlaid and who
picked the session, the first one's colour as decoration, "Ana goes (priority 4)" as tooltip).

Custom roles (any column):

- ``KeyRole``: the session key (str), the id to use for everything else.
- ``RowIdRole``: the storage row id (int), valid until the next import.
- ``TimeStatusRole``: the ``TimeStatus`` value (str) of the session's time.
- ``StartRole``: the UTC start (datetime) or None for an unscheduled session.
- ``BookmarkedRole``: whether the user picked the session (bool).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from datetime import UTC, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from planner.core.changes import SessionChange
from planner.core.model import ListingRow, Pick, PickState, TimeStatus
from planner.gui import plain, row_marks
from planner.gui.browse.row_filter import (
    RowFilter,
    base_mask,
    base_positions,
    shown_positions,
)
from planner.gui.plain import fill
from planner.gui.sharing.overlays import Goer
from planner.gui.timefmt import time_cell
from planner.gui.track_colors import track_colors

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class SessionTableModel(QAbstractTableModel):
    """One conference's sessions as list rows (see the module docstring for columns and roles)."""

    COL_TIME, COL_TITLE, COL_TRACK, COL_ROOM, COL_STAR, COL_WITH = range(6)
    COLUMN_COUNT = 6

    KeyRole = Qt.ItemDataRole.UserRole + 1
    RowIdRole = Qt.ItemDataRole.UserRole + 2
    TimeStatusRole = Qt.ItemDataRole.UserRole + 3
    StartRole = Qt.ItemDataRole.UserRole + 4
    BookmarkedRole = Qt.ItemDataRole.UserRole + 5

    PAGE_SIZE = 256

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ListingRow] = []
        self._position_of_key: dict[str, int] = {}
        self._colors: dict[str, QColor] = {}
        self._picks: dict[str, Pick] = {}
        self._zone: tzinfo = UTC
        self._zone_short = "UTC"
        self._rule = RowFilter()
        self._matched: list[int] | None = None
        self._base: list[int] = []
        self._mask: bytearray | None = None
        self._shown: list[int] = []
        self._loaded = 0
        self._times: dict[int, str] = {}
        self._changes: dict[str, tuple[SessionChange, ...]] = {}
        self._goers: dict[str, tuple[Goer, ...]] = {}

    # --- feeding the model -----------------------------------------------------------------

    def set_rows(self, rows: Sequence[ListingRow], tracks: Sequence[str] = ()) -> None:
        """Replace every row (after an import); filters stay, search ids are dropped."""
        self._rows = list(rows)
        self._position_of_key = {row.key: i for i, row in enumerate(self._rows)}
        self._colors = track_colors(tracks)
        self._matched = None
        self._times.clear()
        self._rebase()

    def set_filter(self, rule: RowFilter) -> None:
        if rule != self._rule:
            self._rule = rule
            self._rebase()

    def set_search_positions(self, positions: list[int] | None) -> None:
        """Keep only the rows at these ascending positions in the rows given to ``set_rows``
        (``Planner.matching_positions``); None: no search."""
        self._matched = positions
        self._reshow()

    def set_picks(self, picks: dict[str, Pick]) -> None:
        """The user's picks changed: redraw the stars (and refilter a bookmarks-only list)."""
        self._picks = dict(picks)
        if self._rule.bookmarked:
            self._rebase()
        else:
            self._redraw(self.COL_STAR, self.COL_STAR)

    def set_changes(self, changes: dict[str, tuple[SessionChange, ...]]) -> None:
        """What the latest schedule update changed, by session key (badges and tooltips)."""
        self._changes = dict(changes)
        self._redraw(self.COL_TITLE, self.COL_TITLE)

    def set_goers(self, goers: dict[str, tuple[Goer, ...]]) -> None:
        """The colleagues (of the overlays shown) who picked each session, by session key."""
        self._goers = dict(goers)
        self._redraw(self.COL_WITH, self.COL_WITH)

    def _redraw(self, first: int, last: int) -> None:
        if self._loaded:
            self.dataChanged.emit(self.index(0, first), self.index(self._loaded - 1, last))

    def listing_row(self, key: str) -> ListingRow | None:
        """The row of ``key`` (shown or filtered out), None when the conference has no such."""
        position = self._position_of_key.get(key)
        return None if position is None else self._rows[position]

    def set_zone(self, zone: tzinfo, short_name: str) -> None:
        self._zone, self._zone_short = zone, short_name
        self._times.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.COL_TIME, self.COL_TIME)
        self._redraw(self.COL_TIME, self.COL_TIME)

    def _rebase(self) -> None:
        self._base = base_positions(self._rows, self._rule, self._picks)
        self._mask = base_mask(self._base, len(self._rows))
        self._reshow()

    def _reshow(self) -> None:
        self.beginResetModel()
        self._shown = shown_positions(self._base, self._mask, self._matched)
        self._loaded = min(self.PAGE_SIZE, len(self._shown))
        self.endResetModel()

    # --- questions about what is shown -----------------------------------------------------

    @property
    def filter(self) -> RowFilter:
        return self._rule

    @property
    def shown_count(self) -> int:
        """How many rows pass the filters (loaded into the view or not yet)."""
        return len(self._shown)

    @property
    def total_count(self) -> int:
        return len(self._rows)

    def key_at(self, row: int) -> str:
        return self._rows[self._shown[row]].key

    def row_of_key(self, key: str) -> int | None:
        """The model row showing ``key``, fetching pages up to it; None when filtered out."""
        position = self._position_of_key.get(key)
        if position is None:
            return None
        row = bisect_left(self._shown, position)
        if row >= len(self._shown) or self._shown[row] != position:
            return None
        while self._loaded <= row:
            self.fetchMore(_ROOT)
        return row

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def canFetchMore(self, parent: AnyIndex = _ROOT) -> bool:
        return not parent.isValid() and self._loaded < len(self._shown)

    def fetchMore(self, parent: AnyIndex = _ROOT) -> None:
        if parent.isValid():
            return
        count = min(self.PAGE_SIZE, len(self._shown) - self._loaded)
        if count <= 0:
            return
        self.beginInsertRows(_ROOT, self._loaded, self._loaded + count - 1)
        self._loaded += count
        self.endInsertRows()

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_text(section)
        if role == Qt.ItemDataRole.ToolTipRole and section == self.COL_TIME:
            return self.tr("Times are shown in the zone named here (View menu to change)")
        return None

    def _header_text(self, section: int) -> str:
        if section == self.COL_TIME:
            return fill(self.tr("Time (%1)"), self._zone_short)
        names = {
            self.COL_TITLE: self.tr("Title"),
            self.COL_TRACK: self.tr("Track"),
            self.COL_ROOM: self.tr("Room"),
            self.COL_STAR: self.tr("Star"),
            self.COL_WITH: self.tr("Colleagues"),
        }
        return names[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called a thousand times per repaint: turn away the roles we never serve first.
        if role not in _SERVED_ROLES:
            return None
        number = index.row()  # -1 for an invalid index
        if not 0 <= number < self._loaded:
            return None
        position = self._shown[number]
        row = self._rows[position]
        if role == _DISPLAY:
            if index.column() == self.COL_TIME:
                return self._time_text(position, row)
            return self._text(row, index.column())
        return self._other_role(row, index.column(), role)

    def _other_role(self, row: ListingRow, column: int, role: int) -> Any:
        if role == self.KeyRole:
            return row.key
        if role == self.RowIdRole:
            return row.row_id
        if role == self.TimeStatusRole:
            return row.time_status.value
        if role == self.StartRole:
            return row.start
        if role == self.BookmarkedRole:
            return row.key in self._picks
        return self._look(row, column, role)

    def _look(self, row: ListingRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(row, column)
        if role == Qt.ItemDataRole.FontRole and column == self.COL_TITLE and row.cancelled:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_STAR:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.COL_STAR:
            return self._star_words(row.key)
        return None

    def _decoration(self, row: ListingRow, column: int) -> QColor | None:
        if column == self.COL_TRACK and row.track:
            return self._colors.get(row.track)
        goers = self._goers.get(row.key) if column == self.COL_WITH else None
        return goers[0].color if goers else None

    # --- cell text -------------------------------------------------------------------------

    def _text(self, row: ListingRow, column: int) -> str:
        """The text of any column but the time (which is cached per row)."""
        if column == self.COL_TITLE:
            mark = row_marks.badge(self._changes.get(row.key, ()), row.cancelled)
            return f"{mark} {row.title}" if mark else row.title
        if column == self.COL_WITH:
            return row_marks.goers_text(self._goers.get(row.key, ()))
        if column == self.COL_TRACK:
            return row.track or ""
        if column == self.COL_ROOM:
            return row.room or ""
        return self._star_text(row.key)

    def _time_text(self, position: int, row: ListingRow) -> str:
        text = self._times.get(position)
        if text is None:
            text = time_cell(row.start, row.end, row.time_status, self._zone)
            self._times[position] = text
        return text

    def _star_text(self, key: str) -> str:
        pick = self._picks.get(key)
        if pick is None:
            return ""
        if pick.state is PickState.WATCH_LATER:
            return f"★{pick.priority} " + self.tr("later")
        if pick.state is PickState.ALTERNATIVE:
            return f"☆{pick.priority} " + self.tr("alt.")
        return f"★{pick.priority}"

    def _star_words(self, key: str) -> str:
        pick = self._picks.get(key)
        if pick is None:
            return self.tr("Not starred")
        return fill(self.tr("Starred, priority %1, %2"), pick.priority, state_name(pick.state))

    def _tooltip(self, row: ListingRow, column: int) -> str:
        if column == self.COL_TIME:
            return plain.tooltip(_time_explanation(row.time_status))
        if column == self.COL_STAR:
            return plain.tooltip(self._star_words(row.key))
        if column == self.COL_TITLE:
            return plain.tooltip(self._title_tooltip(row))
        if column == self.COL_WITH:
            return plain.tooltip(row_marks.goers_tooltip(self._goers.get(row.key, ())))
        return plain.tooltip(self._text(row, column))

    def _title_tooltip(self, row: ListingRow) -> str:
        lines = [row.title]
        if row.cancelled:
            lines.append(self.tr("No longer in the schedule"))
        changes = self._changes.get(row.key)
        if changes:
            lines.append(row_marks.change_tooltip(changes, self._zone))
        return "\n".join(lines)


_DISPLAY = Qt.ItemDataRole.DisplayRole
_SERVED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.AccessibleTextRole,
        *range(SessionTableModel.KeyRole, SessionTableModel.BookmarkedRole + 1),
    )
)
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


def state_name(state: PickState) -> str:
    """The user-facing name of a pick state."""
    names = {
        PickState.ATTENDING: QCoreApplication.translate("PickState", "attending"),
        PickState.ALTERNATIVE: QCoreApplication.translate("PickState", "alternative"),
        PickState.WATCH_LATER: QCoreApplication.translate("PickState", "watch later"),
    }
    return names[state]


def _time_explanation(status: TimeStatus) -> str:
    texts = {
        TimeStatus.CONFIRMED: QCoreApplication.translate(
            "SessionTableModel", "Time confirmed by the schedule"
        ),
        TimeStatus.ASSUMED: QCoreApplication.translate(
            "SessionTableModel", "Assumed: the source does not confirm this day or time"
        ),
        TimeStatus.UNSCHEDULED: QCoreApplication.translate(
            "SessionTableModel", "Unscheduled: the source gives no time"
        ),
    }
    return texts[status]
