"""The "My agenda" page: the agenda helper's timeline above its clash panel.

Only arranges the two widgets and passes their signals on; what the signals do is the
window's business (see main_window.MainWindow._connect_agenda).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from planner.core.conflicts import ClashGroup, Plan
from planner.core.model import SessionView
from planner.gui.clash_panel import ClashPanel
from planner.gui.timeline import AgendaTimeline


class AgendaPage(QWidget):
    """The timeline of the user's picks and, below it, the clashes and how to resolve them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = AgendaTimeline()
        self.clash_panel = ClashPanel()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.timeline)
        self.splitter.addWidget(self.clash_panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def set_agenda(
        self,
        views: Sequence[SessionView],
        groups: Sequence[ClashGroup],
        plan: Plan,
        zone: tzinfo,
    ) -> None:
        self.timeline.set_agenda(views, groups, zone)
        by_key = {view.key: view for view in views}
        self.clash_panel.set_groups(list(groups), by_key, plan, zone)
