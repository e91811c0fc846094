"""The gap finder: "What's on then?" for a free stretch of the user's day.

Choose a free stretch (from the list of the user's free slots here, a click on a dashed gap
in the timeline, or "What else is on then?" in the clash panel) and the table lists the
catalog's sessions running then, the ones matching the user's picked tracks and topics first
(``services.gap_finder``), each with why it is where it is. Space or Enter stars the current
row; choosing a row shows it in the detail pane; "Show them in the session list" limits the
list to what runs then (a chip above it lets that go).

``GapModel`` is a hand-written QAbstractTableModel over ``Suggestion`` values. Columns:
``COL_STAR``, ``COL_TIME`` (in the zone shown), ``COL_TITLE``, ``COL_ROOM``, ``COL_TRACK``,
``COL_WHY`` (the shared track and topics). Custom role: ``KeyRole``, the session key (str).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.model import Pick
from planner.gui import plain
from planner.gui.plain import fill, plain_label
from planner.gui.timefmt import compact_span, format_span
from planner.services.gap_finder import Suggestion

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class GapModel(QAbstractTableModel):
    """Suggestions for one free stretch (see the module docstring)."""

    COL_STAR, COL_TIME, COL_TITLE, COL_ROOM, COL_TRACK, COL_WHY = range(6)
    COLUMN_COUNT = 6
    KeyRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Suggestion] = []
        self._picks: dict[str, Pick] = {}
        self._zone: tzinfo = UTC

    def set_suggestions(self, items: Sequence[Suggestion], zone: tzinfo) -> None:
        self.beginResetModel()
        self._items, self._zone = list(items), zone
        self.endResetModel()

    def set_picks(self, picks: Mapping[str, Pick]) -> None:
        self._picks = dict(picks)
        if self._items:
            first, last = self.index(0, self.COL_STAR), self.index(len(self._items) - 1, 0)
            self.dataChanged.emit(first, last)

    def key_at(self, row: int) -> str:
        return self._items[row].view.key

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [self.tr("Star"), self.tr("Time"), self.tr("Title"), self.tr("Room"),
                 self.tr("Track"), self.tr("Why here")]  # fmt: skip
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == self.KeyRole:
            return item.view.key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain.tooltip(self._tooltip(item, index.column()))
        return None

    def _text(self, item: Suggestion, column: int) -> str:
        session = item.view.session
        if column == self.COL_STAR:
            pick = self._picks.get(item.view.key)
            return f"★{pick.priority}" if pick else ""
        if column == self.COL_TIME:
            if session.start is None or session.end is None:
                return ""
            return compact_span(session.start, session.end, self._zone, with_date=False)
        if column == self.COL_TITLE:
            return session.title
        if column == self.COL_ROOM:
            return session.room or ""
        if column == self.COL_TRACK:
            return session.track or ""
        return self.reasons(item)

    def reasons(self, item: Suggestion) -> str:
        """'your track · topics: Rust, WebAssembly', or 'runs whole in your gap'."""
        parts = []
        if item.tracks:
            parts.append(self.tr("one of your tracks"))
        if item.topics:
            parts.append(fill(self.tr("your topics: %1"), ", ".join(item.topics)))
        if item.fits:
            parts.append(self.tr("fits your free time"))
        return " · ".join(parts)

    def _tooltip(self, item: Suggestion, column: int) -> str:
        session = item.view.session
        if column in (self.COL_TITLE, self.COL_TIME) and session.start and session.end:
            lines = [session.title, format_span(session.start, session.end, self._zone)]
            lines += [", ".join(session.speakers)] if session.speakers else []
            return "\n".join(lines)
        return self._text(item, column)


class _SuggestionTable(QTableView):
    """Space or Enter stars the current suggestion."""

    starRequested = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        keys = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if index.isValid() and event.key() in keys and not event.modifiers():
            self.starRequested.emit(str(index.data(GapModel.KeyRole)))
            return
        super().keyPressEvent(event)


class GapFinder(QWidget):
    """The user's free slots, and what is on in the one chosen (see the module docstring)."""

    slotChosen = Signal(object, object)  # start, end (aware UTC): fill the list for it
    starRequested = Signal(str)
    sessionChosen = Signal(str)
    listWanted = Signal(object, object)  # start, end: show these in the session list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slots = QComboBox()
        self.slots.setAccessibleName(self.tr("Your free time"))
        self.slots.activated.connect(self._slot_activated)
        self.heading = plain_label(wrap=True)
        self.model = GapModel(self)
        self.table = _SuggestionTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Sessions on then"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(GapModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        chars = self.fontMetrics().averageCharWidth()
        sample = datetime(2025, 3, 19, 22, 30, tzinfo=UTC)  # the time as the language writes it
        time = compact_span(sample, sample + timedelta(hours=1), UTC, with_date=False)
        header.resizeSection(GapModel.COL_TIME, self.fontMetrics().horizontalAdvance(time) + 16)
        for column, width in ((GapModel.COL_STAR, 5), (GapModel.COL_ROOM, 16),
                              (GapModel.COL_TRACK, 16), (GapModel.COL_WHY, 24)):  # fmt: skip
            header.resizeSection(column, chars * width + 12)
        self.table.starRequested.connect(self.starRequested)
        self.table.selectionModel().currentRowChanged.connect(self._current)
        self.in_list = QPushButton(self.tr("Show them in the session &list"))
        self.in_list.setObjectName("showInList")
        self.in_list.setEnabled(False)
        self.in_list.clicked.connect(self._list_wanted)
        self._shown: tuple[datetime, datetime] | None = None
        top = QHBoxLayout()
        top.addWidget(plain_label(self.tr("Your free time:")))
        top.addWidget(self.slots, 1)
        top.addWidget(self.in_list)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        self._slots: list[tuple[datetime, datetime]] = []
        self.set_slots([], UTC)

    def set_slots(self, slots: Sequence[tuple[datetime, datetime]], zone: tzinfo) -> None:
        """The user's free stretches to offer (keeps the one chosen if it is still free)."""
        self._slots = list(slots)
        self.slots.clear()
        for start, end in self._slots:
            self.slots.addItem(format_span(start, end, zone))
        self.slots.setEnabled(bool(self._slots))
        if not self._slots:
            self.slots.addItem(self.tr("no free time between your picks yet"))

    def show_suggestions(
        self,
        start: datetime,
        end: datetime,
        items: Sequence[Suggestion],
        zone: tzinfo,
    ) -> None:
        span = format_span(start, end, zone)
        if items:
            self.heading.setText(
                fill(
                    self.tr(
                        "On during %1: %n session(s), those like your picks first", "", len(items)
                    ),
                    span,
                )
            )
        else:
            self.heading.setText(fill(self.tr("Nothing else is on during %1."), span))
        self.model.set_suggestions(items, zone)
        self._shown = (start, end)
        self.in_list.setEnabled(True)
        if (start, end) in self._slots:
            self.slots.setCurrentIndex(self._slots.index((start, end)))

    def _list_wanted(self) -> None:
        if self._shown is not None:
            self.listWanted.emit(*self._shown)

    def _slot_activated(self, index: int) -> None:
        if 0 <= index < len(self._slots):
            self.slotChosen.emit(*self._slots[index])

    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.sessionChosen.emit(str(current.data(GapModel.KeyRole)))
