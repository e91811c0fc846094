"""The left-hand tree: all sessions, "My agenda", the tracks, days and rooms, with counts.

Choosing a row (mouse, arrow keys, or the View menu's entries) emits ``chosen(kind, value)``;
clicking the track, day or room that is chosen already emits ``released`` (the list lets it
go). The context menu of a track or room offers "Show only this" and "Hide this" (or "Show
this again"). Each label is drawn by ``NavDelegate``: the name elided at its end, the count
right-aligned and always whole, so that a long track name reads from its start.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from planner.gui.browse.nav_model import HIDDEN, Kind, NavModel
from planner.gui.browse.row_filter import RowFilter
from planner.gui.plain import fill

AnyIndex = QModelIndex | QPersistentModelIndex
GAP = 8  # px between a name and its count
NAME_CHARS = 34  # the tree asks for room for names this long; longer ones are elided
UNFOLDED_MOST = 16  # a kind with more children than this starts folded


class NavDelegate(QStyledItemDelegate):
    """Name left (elided at its end), count right (never cut)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        count = index.data(NavModel.CountRole)
        label = index.data(NavModel.LabelRole)
        if count is None or label is None:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        self._draw_text(painter, item, text, str(label), str(count), index)

    def _draw_text(
        self,
        painter: QPainter,
        item: QStyleOptionViewItem,
        area: QRect,
        label: str,
        count: str,
        index: AnyIndex,
    ) -> None:
        painter.save()
        painter.setFont(item.font)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(item.palette.color(role))
        metrics = item.fontMetrics
        number = f"{count}"
        width = metrics.horizontalAdvance(number)
        right = QRect(area.right() - width, area.top(), width + 1, area.height())
        align = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(right, int(align | Qt.AlignmentFlag.AlignRight), number)
        room = max(0, area.width() - width - GAP)
        name = metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)
        left = QRect(area.left(), area.top(), room, area.height())
        if index.data(NavModel.StatusRole) == HIDDEN:
            painter.setPen(item.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(left, int(align | Qt.AlignmentFlag.AlignLeft), name)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        label = index.data(NavModel.LabelRole)
        if index.data(NavModel.CountRole) is None or label is None:
            return size
        metrics = option.fontMetrics
        shown = str(label) if len(str(label)) <= NAME_CHARS else "x" * NAME_CHARS
        wanted = metrics.horizontalAdvance(shown) + GAP + metrics.horizontalAdvance("0000")
        return QSize(wanted + 28, size.height())  # the swatch and the item's margins


class NavTree(QTreeView):
    """The navigation tree over a ``NavModel``."""

    chosen = Signal(str, object)  # Kind value, track name / date / room name / None
    released = Signal(str, object)  # the chosen track, day or room was clicked again
    hideRequested = Signal(str, object, bool)  # TRACK or ROOM, its name, hide (or show again)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nav_model = NavModel(self)
        self.setModel(self.nav_model)
        self.setItemDelegate(NavDelegate(self))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setAccessibleName(self.tr("Tracks, days and rooms"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self._pressed_current = False

    def set_content(
        self,
        tracks: Sequence[tuple[str, int]],
        days: Sequence[tuple[date, int]],
        total: int,
        picks: int,
        rooms: Sequence[tuple[str, int]] = (),
        unscheduled: int | None = None,
    ) -> None:
        self.nav_model.set_content(tracks, days, total, picks, rooms, unscheduled)
        # A long list of rooms or tracks stays folded (a click opens it): the rows under it,
        # and the days above, stay in view.
        for kind in (Kind.DAYS, Kind.ROOMS, Kind.TRACKS):
            index = self.nav_model.index_of(kind)
            self.setExpanded(index, self.nav_model.rowCount(index) <= UNFOLDED_MOST)

    def set_filter(self, rule: RowFilter) -> None:
        self.nav_model.set_filter(rule)

    def preferred_width(self) -> int:
        """The width that shows labels whole up to NAME_CHARS (longer ones are elided)."""
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

    def fill_menus(self, *menus: tuple[QMenu, Kind]) -> None:
        """One entry per child of each kind given, each choosing its row."""
        for menu, kind in menus:
            menu.clear()
            for value, count in self.nav_model.children_of(kind):
                index = self.nav_model.index_of(kind, value)
                text = f"{index.data(NavModel.LabelRole)} ({count})"
                action = menu.addAction(text.replace("&", "&&"))
                action.triggered.connect(lambda _=False, k=kind, v=value: self.select(k, v))

    # --- events ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        self._pressed_current = index.isValid() and index == self.currentIndex()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        index = self.indexAt(event.position().toPoint())
        if self._pressed_current and index == self.currentIndex() and index.isValid():
            kind = str(index.data(NavModel.KindRole))
            if kind in (Kind.TRACK, Kind.DAY, Kind.ROOM):
                self.released.emit(kind, index.data(NavModel.ValueRole))
        self._pressed_current = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            kind = str(current.data(NavModel.KindRole))
            self.chosen.emit(kind, current.data(NavModel.ValueRole))

    def _menu(self, point: QPoint) -> None:
        index = self.indexAt(point)
        kind = str(index.data(NavModel.KindRole)) if index.isValid() else ""
        if kind not in (Kind.TRACK, Kind.DAY, Kind.ROOM):
            return
        menu = self.context_menu(Kind(kind), index.data(NavModel.ValueRole), index)
        menu.exec(self.viewport().mapToGlobal(point))

    def context_menu(self, kind: Kind, value: Any, index: QModelIndex) -> QMenu:
        """The menu of a track, day or room row (built apart so that tests can read it)."""
        menu = QMenu(self)
        label = str(index.data(NavModel.LabelRole))
        only = menu.addAction(fill(self.tr("Show only %1"), label.replace("&", "&&")))
        only.triggered.connect(lambda: self.select(kind, value))
        if kind in (Kind.TRACK, Kind.ROOM):
            hidden = index.data(NavModel.StatusRole) == HIDDEN
            text = self.tr("Show this again") if hidden else self.tr("Hide this from the list")
            hide = menu.addAction(text)
            hide.triggered.connect(lambda: self.hideRequested.emit(str(kind), value, not hidden))
        return menu
