"""The session list's table model: one conference's ListingRows, filtered and sorted in memory.

A hand-written QAbstractTableModel over ``Planner.listing()``. It holds every row once and
filters by keeping a list of positions (see ``row_filter``), so a search keystroke on a
100,000-session catalog costs one set intersection and a model reset, not a query per row.
Sorting by a column keeps a permutation of the positions, made once per sort; the rows shown
walk it. Rows reach the view in pages (``canFetchMore``/``fetchMore``) so a reset stays cheap.

Columns: ``COL_STAR`` (first, so that it never scrolls away: the user's star, priority and
state, and a clash mark when the pick clashes with another one they plan to attend, what it
clashes with in the tooltip), ``COL_TIME`` (compact, in the shown zone: weekday and times, the
date too when the conference is longer than a week; an "assumed" time has an icon and the why
in its tooltip), ``COL_TITLE`` (after a "[moved]"-style badge when the latest schedule update
changed the session), ``COL_SPEAKERS``, ``COL_ROOM``, ``COL_TRACK`` (with a colour swatch) and
``COL_WITH`` (the colleagues whose overlaid agendas pick the session). Every column sorts.

Custom roles (any column):

- ``KeyRole``: the session key (str), the id to use for everything else.
- ``RowIdRole``: the storage row id (int), valid until the next import.
- ``TimeStatusRole``: the ``TimeStatus`` value (str) of the session's time.
- ``StartRole``: the UTC start (datetime) or None for an unscheduled session.
- ``BookmarkedRole``: whether the user picked the session (bool).
- ``RivalsRole``: the keys of the picks it clashes with (tuple of str; empty when none).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon

from planner.core.changes import SessionChange
from planner.core.model import ListingRow, Pick, PickState, TimeStatus
from planner.gui import plain, row_marks
from planner.gui.browse.row_filter import (
    RowFilter,
    base_mask,
    base_positions,
    in_order,
    shown_positions,
)
from planner.gui.icons import assumed_icon, clash_icon
from planner.gui.plain import fill
from planner.gui.sharing.overlays import Goer
from planner.gui.timefmt import compact_span, format_span, status_mark, time_explanation
from planner.gui.track_colors import track_colors

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
MANY_KEYS = 64  # more changed rows than this: redraw the column rather than row by row


class SessionTableModel(QAbstractTableModel):
    """One conference's sessions as list rows (see the module docstring for columns and roles)."""

    COL_STAR, COL_TIME, COL_TITLE, COL_SPEAKERS, COL_ROOM, COL_TRACK, COL_WITH = range(7)
    COLUMN_COUNT = 7

    KeyRole = Qt.ItemDataRole.UserRole + 1
    RowIdRole = Qt.ItemDataRole.UserRole + 2
    TimeStatusRole = Qt.ItemDataRole.UserRole + 3
    StartRole = Qt.ItemDataRole.UserRole + 4
    BookmarkedRole = Qt.ItemDataRole.UserRole + 5
    RivalsRole = Qt.ItemDataRole.UserRole + 6

    PAGE_SIZE = 256

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ListingRow] = []
        self._position_of_key: dict[str, int] = {}
        self._colors: dict[str, QColor] = {}
        self._picks: dict[str, Pick] = {}
        self._rivals: dict[str, tuple[str, ...]] = {}
        self._zone: tzinfo = UTC
        self._zone_short = "UTC"
        self._with_date = False
        self._local_days = False
        self._days: list[date | None] = []
        self._rule = RowFilter()
        self._matched: list[int] | None = None
        self._base: list[int] = []
        self._mask: bytearray | None = None
        self._shown: list[int] = []
        self._row_of_position: dict[int, int] | None = None
        self._sort = (self.COL_TIME, Qt.SortOrder.AscendingOrder)
        self._order: list[int] | None = None
        self._loaded = 0
        self._times: dict[int, str] = {}
        self._changes: dict[str, tuple[SessionChange, ...]] = {}
        self._goers: dict[str, tuple[Goer, ...]] = {}

    # --- feeding the model -----------------------------------------------------------------

    def set_rows(self, rows: Sequence[ListingRow], tracks: Sequence[str] = ()) -> None:
        """Replace every row (after an import); filters and the sort stay, search ids go."""
        # The reset begins before the rows change: whoever listens to it (the list keeps its
        # current row by key) still reads the old rows through the old positions.
        self.beginResetModel()
        self._rows = list(rows)
        self._position_of_key = {row.key: i for i, row in enumerate(self._rows)}
        self._colors = track_colors(tracks)
        self._matched = None
        self._times.clear()
        self._with_date = _spans_more_than_a_week(self._rows)
        self._count_days()
        self._order = self._sort_order()
        self._rebase(resetting=False)
        self.endResetModel()

    def set_filter(self, rule: RowFilter) -> None:
        if rule != self._rule:
            self._rule = rule
            self._rebase()

    def set_search_positions(self, positions: list[int] | None) -> None:
        """Keep only the rows at these ascending positions in the rows given to ``set_rows``
        (``Planner.matching_positions``); None: no search."""
        self._matched = positions
        self._reshow()

    def set_picks(self, picks: Mapping[str, Pick], changed: Iterable[str] | None = None) -> None:
        """The user's picks; ``changed`` names the keys whose pick changed (None: any)."""
        self._picks = dict(picks)
        if self._rule.bookmarked or self._sort[0] == self.COL_STAR:
            self._order = self._sort_order()
            self._rebase()
        else:
            self._redraw_keys(changed, self.COL_STAR)

    def set_rivals(self, rivals: Mapping[str, tuple[str, ...]]) -> None:
        """Each clashing pick's rivals (``AgendaState.rivals``): the list marks them."""
        before, self._rivals = self._rivals, dict(rivals)
        changed = {k for k in before.keys() | self._rivals.keys() if before.get(k) != rivals.get(k)}
        self._redraw_keys(changed, self.COL_STAR)

    def set_changes(self, changes: dict[str, tuple[SessionChange, ...]]) -> None:
        """What the latest schedule update changed, by session key (badges and tooltips)."""
        self._changes = dict(changes)
        self._redraw(self.COL_TITLE, self.COL_TITLE)

    def set_goers(self, goers: dict[str, tuple[Goer, ...]]) -> None:
        """The colleagues (of the overlays shown) who picked each session, by session key."""
        self._goers = dict(goers)
        if self._sort[0] == self.COL_WITH:
            self._order = self._sort_order()
            self._reshow()
        else:
            self._redraw(self.COL_WITH, self.COL_WITH)

    def set_zone(self, zone: tzinfo, short_name: str, *, local_days: bool = False) -> None:
        """Show times in ``zone``; with ``local_days``, a row's day is its date there too
        (this computer's zone), else the conference's own day for it."""
        self._zone, self._zone_short = zone, short_name
        self._times.clear()
        if local_days != self._local_days or local_days:
            self._local_days = local_days
            self._count_days()
            self._rebase()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.COL_TIME, self.COL_TIME)
        self._redraw(self.COL_TIME, self.COL_TIME)

    def _count_days(self) -> None:
        if self._local_days:
            zone = self._zone
            self._days = [r.start.astimezone(zone).date() if r.start else None for r in self._rows]
        else:
            self._days = [r.day if r.start is not None else None for r in self._rows]

    # --- redrawing -------------------------------------------------------------------------

    def _redraw(self, first: int, last: int) -> None:
        if self._loaded:
            self.dataChanged.emit(self.index(0, first), self.index(self._loaded - 1, last))

    def _redraw_keys(self, keys: Iterable[str] | None, column: int) -> None:
        """Redraw ``column`` in the rows of ``keys`` that the view holds (None: all of them)."""
        wanted = None if keys is None else list(keys)
        if wanted is None or len(wanted) > MANY_KEYS:
            self._redraw(column, column)
            return
        for key in wanted:
            row = self._loaded_row(key)
            if row is not None:
                where = self.index(row, column)
                self.dataChanged.emit(where, where)

    def _loaded_row(self, key: str) -> int | None:
        position = self._position_of_key.get(key)
        row = None if position is None else self._row_of(position)
        return row if row is not None and row < self._loaded else None

    # --- filtering and sorting -------------------------------------------------------------

    def _rebase(self, *, resetting: bool = True) -> None:
        self._base = base_positions(self._rows, self._rule, self._picks, self._days)
        self._mask = base_mask(self._base, len(self._rows))
        self._reshow(resetting=resetting)

    def _reshow(self, *, resetting: bool = True) -> None:
        """Work out the rows shown; ``resetting``: inside a reset of its own (False: the
        caller's, begun before it changed what the rows are)."""
        if resetting:
            self.beginResetModel()
        matched = shown_positions(self._base, self._mask, self._matched)
        self._shown = in_order(matched, self._order, len(self._rows))
        self._row_of_position = None
        self._loaded = min(self.PAGE_SIZE, len(self._shown))
        if resetting:
            self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMN_COUNT or (column, order) == self._sort:
            return
        self._sort = (column, order)
        self._order = self._sort_order()
        self._reshow()  # a reset: the view keeps the current row by its key (SessionList)

    @property
    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    def _sort_order(self) -> list[int] | None:
        """A permutation of every position for the sort chosen (None: the list's own order)."""
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        if column == self.COL_TIME and not descending:
            return None
        if column == self.COL_TIME:
            return list(range(len(self._rows)))[::-1]
        key = self._sort_key(column)
        # sorted() is stable: rows that tie stay in time order, either way round.
        return sorted(range(len(self._rows)), key=key, reverse=descending)

    def _sort_key(self, column: int) -> Callable[[int], Any]:
        rows = self._rows
        if column == self.COL_STAR:
            picks = self._picks
            ranks = {PickState.ATTENDING: 0, PickState.WATCH_LATER: 1, PickState.ALTERNATIVE: 2}

            def starred(p: int) -> tuple[int, int, int]:
                pick = picks.get(rows[p].key)
                if pick is None:
                    return (1, 0, 0)
                return (0, -pick.priority, ranks[pick.state])

            return starred
        if column == self.COL_WITH:
            goers = self._goers
            return lambda p: -len(goers.get(rows[p].key, ()))
        text = {
            self.COL_TITLE: lambda row: row.title,
            self.COL_SPEAKERS: lambda row: row.speakers,
            self.COL_ROOM: lambda row: row.room or "",
            self.COL_TRACK: lambda row: row.track or "",
        }[column]
        texts = [natural_key(text(row)) for row in rows]
        return texts.__getitem__

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

    def rows(self) -> list[ListingRow]:
        """Every row of the conference (shown or not), in list order."""
        return list(self._rows)

    def day_counts(self) -> list[tuple[date, int]]:
        """Sessions per day as the list counts them (the clock shown decides the day)."""
        found = Counter(
            d for d, r in zip(self._days, self._rows, strict=True) if d and not r.cancelled
        )
        return sorted(found.items())

    def _row_of(self, position: int) -> int | None:
        if self._order is None:
            row = bisect_left(self._shown, position)
            return row if row < len(self._shown) and self._shown[row] == position else None
        if self._row_of_position is None:
            self._row_of_position = {p: row for row, p in enumerate(self._shown)}
        return self._row_of_position.get(position)

    def row_of_key(self, key: str) -> int | None:
        """The model row showing ``key``, fetching pages up to it; None when filtered out."""
        position = self._position_of_key.get(key)
        row = None if position is None else self._row_of(position)
        if row is None:
            return None
        while self._loaded <= row:
            self.fetchMore(_ROOT)
        return row

    def is_shown(self, key: str) -> bool:
        position = self._position_of_key.get(key)
        return position is not None and self._row_of(position) is not None

    def listing_row(self, key: str) -> ListingRow | None:
        """The row of ``key`` (shown or filtered out), None when the conference has no such."""
        position = self._position_of_key.get(key)
        return None if position is None else self._rows[position]

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
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltip(section)
        return None

    def _header_text(self, section: int) -> str:
        if section == self.COL_TIME:
            return fill(self.tr("Time (%1)"), self._zone_short)
        names = {
            self.COL_STAR: self.tr("Star"),
            self.COL_TITLE: self.tr("Title"),
            self.COL_SPEAKERS: self.tr("Speakers"),
            self.COL_TRACK: self.tr("Track"),
            self.COL_ROOM: self.tr("Room"),
            self.COL_WITH: self.tr("Colleagues"),
        }
        return names[section]

    def _header_tooltip(self, section: int) -> str:
        if section == self.COL_TIME:
            return self.tr("Times are shown in the zone named here (View menu to change)")
        if section == self.COL_STAR:
            return self.tr("Your star and priority; a red sign marks a clash with another pick")
        return self.tr("Click to sort by this column, again to reverse")

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
        if role == self.RivalsRole:
            return self._rivals.get(row.key, ())
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
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(row, column)
        return None

    def _decoration(self, row: ListingRow, column: int) -> QColor | QIcon | None:
        if column == self.COL_STAR and row.key in self._rivals:
            return clash_icon()
        if column == self.COL_TIME and row.time_status is TimeStatus.ASSUMED:
            return assumed_icon()
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
        if column == self.COL_SPEAKERS:
            return row.speakers
        return self._star_text(row.key)

    def _time_text(self, position: int, row: ListingRow) -> str:
        text = self._times.get(position)
        if text is None:
            if row.start is None or row.end is None:
                text = status_mark(TimeStatus.UNSCHEDULED)
            else:
                text = compact_span(row.start, row.end, self._zone, with_date=self._with_date)
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
        words = fill(self.tr("Starred, priority %1, %2"), pick.priority, state_name(pick.state))
        rivals = self._rivals.get(key, ())
        if rivals:
            words += "\n" + self.tr("Clashes with:") + "\n" + "\n".join(map(self._rival, rivals))
        return words

    def _rival(self, key: str) -> str:
        row = self.listing_row(key)
        if row is None:
            return key
        if row.start is None or row.end is None:
            return row.title
        return f"{row.title} ({format_span(row.start, row.end, self._zone)})"

    def _accessible(self, row: ListingRow, column: int) -> str | None:
        if column == self.COL_STAR:
            return self._star_words(row.key)
        if column == self.COL_TIME and row.time_status is not TimeStatus.CONFIRMED:
            text = self._time_text(self._position_of_key[row.key], row)
            return f"{text}, {status_mark(row.time_status)}"
        return None

    def _tooltip(self, row: ListingRow, column: int) -> str:
        if column == self.COL_TIME:
            return plain.tooltip(self._time_tooltip(row))
        if column == self.COL_STAR:
            return plain.tooltip(self._star_words(row.key))
        if column == self.COL_TITLE:
            return plain.tooltip(self._title_tooltip(row))
        if column == self.COL_WITH:
            return plain.tooltip(row_marks.goers_tooltip(self._goers.get(row.key, ())))
        return plain.tooltip(self._text(row, column))

    def _time_tooltip(self, row: ListingRow) -> str:
        if row.start is None or row.end is None:
            return time_explanation(row.time_status)
        span = format_span(row.start, row.end, self._zone)
        return f"{span}\n{time_explanation(row.time_status)}"

    def _title_tooltip(self, row: ListingRow) -> str:
        lines = [row.title]
        lines += [row.speakers] if row.speakers else []
        lines += [" · ".join(part for part in (row.room, row.track) if part)]
        if row.cancelled:
            lines.append(self.tr("No longer in the schedule"))
        changes = self._changes.get(row.key)
        if changes:
            lines.append(row_marks.change_tooltip(changes, self._zone))
        return "\n".join(line for line in lines if line)


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """A sort key that puts "Room 2" before "Room 10" and ignores case."""
    parts: list[tuple[int, int | str]] = []
    number = ""
    for char in text.casefold():
        if char.isdigit() and char.isascii():
            number += char
            continue
        if number:
            parts.append((0, int(number)))
            number = ""
        parts.append((1, char))
    if number:
        parts.append((0, int(number)))
    return (((2, ""),) if not text else ()) + tuple(parts)  # empty cells sort last


def _spans_more_than_a_week(rows: Sequence[ListingRow]) -> bool:
    days = [row.day for row in rows if row.day is not None]
    return bool(days) and (max(days) - min(days)).days >= 7


_DISPLAY = Qt.ItemDataRole.DisplayRole
_SERVED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.AccessibleTextRole,
        *range(SessionTableModel.KeyRole, SessionTableModel.RivalsRole + 1),
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
