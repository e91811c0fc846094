"""The "What changed" panel: what the latest import of the conference's schedule changed.

A dock under the window, opened after an import that changed something and from View > What
changed. One row per change (moved, room changed, renamed, cancelled, new), the user's own
picks first and starred; activating a row (click, Enter) asks the window to show that session.
Titles and rooms come from the schedule: the rows are plain item text, tooltips go through
``plain.tooltip``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.gui import plain
from planner.gui.plain import fill, plain_label
from planner.gui.row_marks import before_after, kind_name
from planner.services.planner import ChangeView

COL_PICK, COL_KIND, COL_TITLE, COL_BEFORE, COL_AFTER = range(5)
KeyRole = Qt.ItemDataRole.UserRole + 1


class WhatChangedPanel(QDockWidget):
    """The latest import's changes; ``sessionChosen(key)`` when the user picks a row."""

    sessionChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatChanged")
        self.setWindowTitle(self.tr("What changed"))
        self.summary = plain_label(wrap=True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [
                self.tr("Yours"),
                self.tr("Change"),
                self.tr("Session"),
                self.tr("Was"),
                self.tr("Now"),
            ]
        )
        self.tree.setAccessibleName(self.tr("What the latest schedule update changed"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.setWidget(body)
        self.tree.itemActivated.connect(self._chosen)
        self.tree.itemClicked.connect(self._chosen)

    def set_changes(self, title: str, changes: Sequence[ChangeView], zone: tzinfo) -> None:
        """Show ``changes`` (picked ones first, as ``Planner.schedule_changes`` orders them)."""
        self.tree.clear()
        self.tree.addTopLevelItems([self._item(view, zone) for view in changes])
        picked = sum(1 for view in changes if view.picked)
        self.summary.setText(self._summary(title, len(changes), picked))
        for column in (COL_PICK, COL_KIND, COL_BEFORE, COL_AFTER):
            self.tree.resizeColumnToContents(column)

    def _summary(self, title: str, total: int, picked: int) -> str:
        if total == 0:
            return fill(self.tr("The latest import of %1 changed nothing."), title)
        made = fill(self.tr("The latest import of %1 made %n change(s).", "", total), title)
        return made + " " + self.tr("%n of them concern(s) your picks.", "", picked)

    def _item(self, view: ChangeView, zone: tzinfo) -> QTreeWidgetItem:
        change = view.change
        before, after = before_after(change, zone)
        star = "★" if view.picked else ""
        item = QTreeWidgetItem([star, kind_name(change.kind), change.title, before, after])
        item.setData(COL_PICK, KeyRole, change.key)
        item.setToolTip(COL_TITLE, plain.tooltip(change.title))
        if view.picked:
            font = QFont(item.font(COL_TITLE))
            font.setBold(True)
            for column in range(self.tree.columnCount()):
                item.setFont(column, font)
        return item

    def rows(self) -> list[tuple[bool, str, str]]:
        """(picked, change, title) of each row, top to bottom."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [
            (i.text(COL_PICK) == "★", i.text(COL_KIND), i.text(COL_TITLE))
            for i in items
            if i is not None
        ]

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.sessionChosen.emit(str(item.data(COL_PICK, KeyRole)))
