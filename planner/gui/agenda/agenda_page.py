"""The "My agenda" page: the agenda helper's timeline above its clash panel.

Only arranges the widgets and passes their signals on; what the signals do is the window's
business (see main_window.MainWindow._connect_agenda). A line above the timeline names the
colleagues whose picks are overlaid, each beside the colour of their marks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from planner.core.conflicts import ClashGroup, Plan
from planner.core.model import SessionView
from planner.gui.agenda.clash_panel import ClashPanel
from planner.gui.agenda.timeline import AgendaTimeline
from planner.gui.agenda.timeline_overlay import OverlayMark
from planner.gui.browse.goers_box import swatch
from planner.gui.plain import fill, plain_label
from planner.gui.sharing.overlays import Overlay


class OverlayLegend(QWidget):
    """'Beside yours: ■ Ana (12) ■ Bo (3)'; hidden when no colleague's agenda is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(4, 2, 4, 2)
        self.names: list[str] = []
        self.setVisible(False)

    def set_overlays(self, overlays: Sequence[Overlay]) -> None:
        while self._row.count():
            item = self._row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.names = [fill(self.tr("%1 (%2)"), o.owner, len(o.entries)) for o in overlays]
        self._row.addWidget(plain_label(self.tr("Colleagues' picks, beside yours:")))
        for overlay, name in zip(overlays, self.names, strict=True):
            self._row.addWidget(swatch(overlay.color))
            self._row.addWidget(plain_label(name))
        self._row.addStretch(1)
        self.setVisible(bool(overlays))


class AgendaPage(QWidget):
    """The timeline of the user's picks and, below it, the clashes and how to resolve them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = OverlayLegend()
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
        layout.addWidget(self.legend)
        layout.addWidget(self.splitter, 1)

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

    def set_overlays(
        self, overlays: Sequence[Overlay], marks: Sequence[OverlayMark], zone: tzinfo
    ) -> None:
        """Colleagues' agendas shown beside the user's (none: the timeline shows only theirs)."""
        self.legend.set_overlays(overlays)
        self.timeline.set_overlays(marks, len(overlays), zone)
