"""The centre of the window: the search box, the zone line, the filter chips and the table.

Searching is as-you-type: each change of the search text goes to the ``SearchService``
(``Planner.matching_positions`` on a worker thread, so typing never waits for SQLite), and
its answer, the matching rows' positions, goes to the model, which filters the rows it
already holds. When nothing matches, the table says so and how to get the rows back.

Keyboard: Ctrl+F (the window's Find action) focuses the search box, Esc clears it (and, when
it is empty, goes to the table), Down moves from it into the table. In the table Space stars
or unstars the current row and Enter stars it (a second Enter never unstars); Tab into the
table makes a row current, so there is always something to act on. Column headers sort; the
title takes whatever width the other columns leave (they give up theirs first).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.model import ListingRow
from planner.gui.browse.column_widths import fit_widths, ideal_widths
from planner.gui.browse.filter_bar import FilterBar
from planner.gui.browse.search_service import SearchResult, SearchService
from planner.gui.browse.session_model import SessionTableModel
from planner.gui.plain import fill, plain_label

M = SessionTableModel
AnyIndex = QModelIndex | QPersistentModelIndex
TITLE_LEAST_CHARS = 30  # narrower than this, the speakers (then the track) column makes way


class MiddleElided(QStyledItemDelegate):
    """Cuts a long cell in its middle: room names differ at their end ("APAC Simul…Room 4")."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class SessionTable(QTableView):
    """A table of sessions with uniform row heights (see the module docstring for keys)."""

    starRequested = Signal(str)  # Space: star or unstar
    starWanted = Signal(str)  # Enter: star (nothing if starred already)
    menuRequested = Signal(str, QPoint)  # a row's key, where (global)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self._ideal: dict[int, int] = {}
        self._fitting = False
        self.setItemDelegateForColumn(M.COL_ROOM, MiddleElided(self))
        self._chosen_hidden: set[int] = set()  # left out by the caller (filters, overlays)
        self._dropped: set[int] = set()  # left out for want of width

    def size_columns(self, rows: Sequence[ListingRow] = ()) -> None:
        """Widths from the font and the names this conference uses, never from every row."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(M.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        self._ideal = ideal_widths(self.fontMetrics(), rows, self.tr("later"))
        self.fit_columns()

    def fit_columns(self) -> None:
        """Share the width: the title keeps most of it, the others shrink first."""
        if self._fitting or not self._ideal:
            return
        self._fitting = True
        try:
            shown = {c: w for c, w in self._ideal.items() if c not in self._chosen_hidden}
            least = self.fontMetrics().averageCharWidth() * TITLE_LEAST_CHARS
            widths, dropped = fit_widths(shown, self.viewport().width(), title_least=least)
            for column in self._dropped | dropped:
                self.setColumnHidden(column, column in dropped or column in self._chosen_hidden)
            self._dropped = dropped
            for column, width in widths.items():
                self.horizontalHeader().resizeSection(column, width)
        finally:
            self._fitting = False

    def set_left_out(self, column: int, left_out: bool) -> None:
        """Leave a column out (or show it again, width allowing)."""
        (self._chosen_hidden.add if left_out else self._chosen_hidden.discard)(column)
        self.setColumnHidden(column, left_out or column in self._dropped)
        self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid() and not event.modifiers():
            key = str(index.data(M.KeyRole))
            if event.key() == Qt.Key.Key_Space:
                self.starRequested.emit(key)
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.starWanted.emit(key)
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Tab into the table: a current row, selected, at once, so that the keys act on
        # something and the focus shows (Qt makes the first cell current, but selects nothing).
        current = self.currentIndex()
        if self.model().rowCount() == 0:
            return
        row = current.row() if current.isValid() else 0
        if not self.selectionModel().isRowSelected(row):
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.selectionModel().setCurrentIndex(self.model().index(row, M.COL_TITLE), flags)

    def _menu(self, point: QPoint) -> None:
        index = self.indexAt(point)
        if index.isValid():
            self.menuRequested.emit(str(index.data(M.KeyRole)), self.viewport().mapToGlobal(point))


class SessionList(QWidget):
    """Search box, zone line, filter chips and the session table."""

    currentKeyChanged = Signal(str)
    starRequested = Signal(str)
    starWanted = Signal(str)
    searchApplied = Signal(str)  # the text whose matches the list now shows
    searchFailed = Signal(str)  # a one-line message
    catalogChanged = Signal()  # another program imported the conference: reload the rows
    hideRequested = Signal(str, object, bool)  # TRACK or ROOM, name, hide
    onlyRequested = Signal(str, object)  # TRACK, ROOM or DAY, value: show only it

    def __init__(self, search: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._applied_text = ""
        self._reported_stale = False
        self._quiet = False
        self._kept_key: str | None = None
        self.model = SessionTableModel(self)
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            self.tr("Search titles, speakers, topics (Ctrl+F, Esc clears)")
        )
        self.search_box.setAccessibleName(self.tr("Search"))
        self.zone_label = plain_label()
        self.filter_bar = FilterBar()
        self.table = SessionTable()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(M.COL_TIME, Qt.SortOrder.AscendingOrder)
        self.table.size_columns()
        self.table.setAccessibleName(self.tr("Sessions"))
        self.empty_label = self._empty_label()
        self.show_colleagues(False)
        self._lay_out()
        self._connect()

    def _empty_label(self) -> QLabel:
        label = plain_label(wrap=True)
        label.setParent(self.table.viewport())
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setObjectName("noMatches")
        label.hide()
        return label

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.zone_label)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        self.search_box.textChanged.connect(self._text_changed)
        self._search.answered.connect(self._answered)
        self.search_box.installEventFilter(self)
        self.table.starRequested.connect(self.starRequested)
        self.table.starWanted.connect(self.starWanted)
        self.table.menuRequested.connect(self._row_menu)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._after_reset)

    # --- search ----------------------------------------------------------------------------

    def set_rows(
        self,
        rows: Sequence[ListingRow],
        tracks: Sequence[str],
        conference_id: str | None,
        revision: int,
    ) -> None:
        """New rows (an import): show them, and search them again for the box's text.

        ``rows`` are the listing of ``conference_id`` read at ``revision`` (see
        ``Planner.listing_revision``); searches answer in positions of that listing.
        """
        self.model.set_rows(rows, tracks)
        self.table.size_columns(rows)
        self._applied_text = ""
        self._reported_stale = False
        self._search.set_rows(conference_id, revision)
        self._search.request(self.search_box.text())

    def _text_changed(self, text: str) -> None:
        self._search.request(text)

    def _answered(self, result: SearchResult) -> None:
        if result.stale:
            if not self._reported_stale:  # once per set of rows: the reload answers it
                self._reported_stale = True
                self.catalogChanged.emit()
            return
        if result.error:
            self.searchFailed.emit(result.error)
            return
        key = self.current_key()
        self.model.set_search_positions(result.positions)
        self._applied_text = result.text
        self.select_key(key, emit=False)
        self.searchApplied.emit(result.text)

    def search_settled(self) -> bool:
        """Whether the list shows the matches of the search box's current text."""
        return not self._search.busy and self._applied_text == self.search_box.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() == Qt.Key.Key_Down:
                self.focus_table()
                return True
            if event.key() == Qt.Key.Key_Escape:
                if self.search_box.text():
                    self.search_box.clear()
                else:
                    self.focus_table()
                return True
        return super().eventFilter(watched, event)

    # --- what the table says when it is empty ------------------------------------------------

    def _remember_current(self) -> None:
        self._kept_key = self.current_key()

    def _after_reset(self) -> None:
        """The rows shown changed (filter, search, sort): the current row stays if shown."""
        key, self._kept_key = self._kept_key, None
        if key is not None:
            self.select_key(key, emit=False)
        self._say_if_empty()

    def _say_if_empty(self) -> None:
        empty = self.model.shown_count == 0
        self.empty_label.setVisible(empty)
        if empty:
            self.empty_label.setText(self._empty_text())
            self._place_empty()

    def _empty_text(self) -> str:
        if self.model.total_count == 0:
            return self.tr("No conference loaded yet. Use File > Import schedule to add one.")
        text = " ".join(self.search_box.text().split())
        filtered = not self.model.filter.is_empty
        if text and filtered:
            return fill(self.tr('No sessions match "%1" among the ones shown. Clear the search '
                                "(Esc) or the filters above."), text)  # fmt: skip
        if text:
            return fill(self.tr('No sessions match "%1". Press Esc to clear the search.'), text)
        return self.tr("No sessions are left by these filters. Remove one above to see more.")

    def _place_empty(self) -> None:
        area = self.table.viewport().rect().adjusted(24, 24, -24, -24)
        self.empty_label.setGeometry(area)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_empty()

    # --- current row -----------------------------------------------------------------------

    def current_key(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(M.KeyRole)) if index.isValid() else None

    def select_key(self, key: str | None, *, emit: bool = True) -> bool:
        """Make ``key``'s row current (if it is shown); returns whether it is."""
        row = None if key is None else self.model.row_of_key(key)
        if row is None:
            return False
        selection = self.table.selectionModel()
        index = self.model.index(row, M.COL_TITLE)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self._quiet = not emit
        try:
            selection.setCurrentIndex(index, flags)
        finally:
            self._quiet = False
        self.table.scrollTo(index)
        return True

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self.select_key(self.model.key_at(0))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.currentKeyChanged.emit(str(current.data(M.KeyRole)))

    # --- a row's menu ------------------------------------------------------------------------

    def _row_menu(self, key: str, where: QPoint) -> None:
        self.row_menu(key).exec(where)

    def row_menu(self, key: str) -> QMenu:
        """Star, and show only or hide the row's track or room (built apart for tests)."""
        menu = QMenu(self)
        row = self.model.listing_row(key)
        star = menu.addAction(self.tr("Star / unstar (Space)"))
        star.triggered.connect(lambda: self.starRequested.emit(key))
        if row is None:
            return menu
        menu.addSeparator()
        for kind, value in (("track", row.track), ("room", row.room)):
            if not value:
                continue
            name = value.replace("&", "&&")
            only = menu.addAction(fill(self._only_text(kind), name))
            only.triggered.connect(lambda _=False, k=kind, v=value: self.onlyRequested.emit(k, v))
            hide = menu.addAction(fill(self._hide_text(kind), name))
            hide.triggered.connect(
                lambda _=False, k=kind, v=value: self.hideRequested.emit(k, v, True)
            )
        return menu

    def _only_text(self, kind: str) -> str:
        return self.tr("Show only track %1") if kind == "track" else self.tr("Show only room %1")

    def _hide_text(self, kind: str) -> str:
        return self.tr("Hide track %1") if kind == "track" else self.tr("Hide room %1")

    # --- the lines above the table ---------------------------------------------------------

    def set_zone_text(self, text: str) -> None:
        self.zone_label.setText(text)

    def show_colleagues(self, shown: bool) -> None:
        """The Colleagues column shows only while a colleague's agenda is overlaid."""
        self.table.set_left_out(M.COL_WITH, not shown)

    def show_filter_columns(self, room_chosen: bool, track_chosen: bool) -> None:
        """A column every row shows the same in (the room or track the list is limited to)
        gives its width to the title."""
        self.table.set_left_out(M.COL_ROOM, room_chosen)
        self.table.set_left_out(M.COL_TRACK, track_chosen)
