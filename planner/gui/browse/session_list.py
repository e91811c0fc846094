"""The centre of the window: the search box, the zone line and the session table.

Searching is as-you-type: each change of the search text goes to the ``SearchService``
(``Planner.matching_positions`` on a worker thread, so typing never waits for SQLite), and
its answer, the matching rows' positions, goes to the model, which filters the rows it
already holds. Keyboard: Ctrl+F (the window's Find action) focuses the search box, Down
moves from it into the table, Enter or Space on a row stars it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.model import ListingRow, TimeStatus
from planner.gui.browse.search_service import SearchResult, SearchService
from planner.gui.browse.session_model import SessionTableModel
from planner.gui.plain import plain_label
from planner.gui.timefmt import time_cell

_STAR_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


def _time_sample() -> str:
    """A long time cell in the interface's language, to size the time column."""
    start = datetime(2025, 3, 19, 23, 30, tzinfo=UTC)
    return time_cell(start, start + timedelta(hours=1), TimeStatus.ASSUMED, UTC)


class SessionTable(QTableView):
    """A table of sessions with uniform row heights; Enter or Space asks to star a row."""

    starRequested = Signal(str)

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
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)

    def size_columns(self) -> None:
        """Fixed widths from the font, never measured over the rows (100,000 of them)."""
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SessionTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        widths = {
            SessionTableModel.COL_TIME: metrics.horizontalAdvance(_time_sample()) + 16,
            SessionTableModel.COL_TRACK: metrics.horizontalAdvance("x" * 16) + 28,
            SessionTableModel.COL_ROOM: metrics.horizontalAdvance("x" * 13),
            SessionTableModel.COL_STAR: metrics.horizontalAdvance("★5 " + self.tr("later")) + 16,
            SessionTableModel.COL_WITH: metrics.horizontalAdvance("x" * 9) + 28,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in _STAR_KEYS and index.isValid() and not event.modifiers():
            self.starRequested.emit(str(index.data(SessionTableModel.KeyRole)))
            return
        super().keyPressEvent(event)


class SessionList(QWidget):
    """Search box, zone line, window filter line and the session table."""

    currentKeyChanged = Signal(str)
    starRequested = Signal(str)
    windowCleared = Signal()
    searchApplied = Signal(str)  # the text whose matches the list now shows
    searchFailed = Signal(str)  # a one-line message
    catalogChanged = Signal()  # another program imported the conference: reload the rows

    def __init__(self, search: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._applied_text = ""
        self._reported_stale = False
        self._quiet = False
        self.model = SessionTableModel(self)
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("Search titles, speakers, topics (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search"))
        self.zone_label = plain_label()
        self.window_label = plain_label(wrap=True)
        self.window_clear = QPushButton(self.tr("Show all times"))
        self.table = SessionTable()
        self.table.setModel(self.model)
        self.table.size_columns()
        self.table.setAccessibleName(self.tr("Sessions"))
        self.show_colleagues(False)
        self._lay_out()
        self._connect()
        self.show_window(None)

    def _lay_out(self) -> None:
        window_row = QHBoxLayout()
        window_row.addWidget(self.window_label, 1)
        window_row.addWidget(self.window_clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.zone_label)
        layout.addLayout(window_row)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        self.search_box.textChanged.connect(self._text_changed)
        self._search.answered.connect(self._answered)
        self.search_box.installEventFilter(self)
        self.table.starRequested.connect(self.starRequested)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.window_clear.clicked.connect(self.windowCleared)

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
            and event.key() == Qt.Key.Key_Down
        ):
            self.focus_table()
            return True
        return super().eventFilter(watched, event)

    # --- current row -----------------------------------------------------------------------

    def current_key(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(SessionTableModel.KeyRole)) if index.isValid() else None

    def select_key(self, key: str | None, *, emit: bool = True) -> bool:
        """Make ``key``'s row current (if it is shown); returns whether it is."""
        row = None if key is None else self.model.row_of_key(key)
        if row is None:
            return False
        selection = self.table.selectionModel()
        index = self.model.index(row, SessionTableModel.COL_TITLE)
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
            self.currentKeyChanged.emit(str(current.data(SessionTableModel.KeyRole)))

    # --- the lines above the table ---------------------------------------------------------

    def set_zone_text(self, text: str) -> None:
        self.zone_label.setText(text)

    def show_colleagues(self, shown: bool) -> None:
        """The Colleagues column shows only while a colleague's agenda is overlaid."""
        self.table.setColumnHidden(SessionTableModel.COL_WITH, not shown)

    def show_window(self, text: str | None) -> None:
        """Say that the list is limited to a time window (None: it is not)."""
        self.window_label.setText(text or "")
        self.window_label.setVisible(text is not None)
        self.window_clear.setVisible(text is not None)
