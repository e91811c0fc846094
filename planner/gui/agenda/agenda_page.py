"""The "My agenda" page: the timeline above a panel of decisions and the gap finder.

A bar on top holds the colleagues' legend (whose picks are overlaid, each beside the colour of
their marks), "Show watch later and alternatives" (off: the picks the user decided against
are folded away, so lanes stay readable) and "Decisions and free time" (shows or hides the
bottom panel, so the day's hours can fill the whole height). Under it a vertical splitter: the
timeline, then a tab widget with the clash panel ("Decisions") and the gap finder ("What's on
then?"). The splitter's state is remembered by the window (``splitter``). Only arranges the
widgets and passes their signals on: what they do is the window's business.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import tzinfo

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.model import SessionView
from planner.gui.agenda.clash_panel import ClashPanel
from planner.gui.agenda.gap_finder import GapFinder
from planner.gui.agenda.timeline import AgendaTimeline
from planner.gui.agenda.timeline_overlay import OverlayMark
from planner.gui.browse.goers_box import swatch
from planner.gui.plain import fill, plain_label
from planner.gui.sharing.overlays import Overlay
from planner.services.agenda_state import AgendaState

TAB_DECISIONS, TAB_GAPS = 0, 1
PANEL_SHARE = 0.3  # of the page's height, when the bottom panel first opens


class OverlayLegend(QWidget):
    """'Colleagues' picks, beside yours: ■ Ana (12) ■ Bo (3)'; hidden when none is shown."""

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
    """The timeline of the user's picks and, below it, decisions and free time."""

    foldChanged = Signal(bool)  # True: watch-later and alternative picks are folded away

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = OverlayLegend()
        self.timeline = AgendaTimeline()
        self.clash_panel = ClashPanel()
        self.gap_finder = GapFinder()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.clash_panel, self.tr("Decisions"))
        self.tabs.addTab(self.gap_finder, self.tr("What's on then?"))
        self.show_folded = self._toggle(self.tr("Show &watch later and alternatives"))
        self.show_folded.toggled.connect(self._fold_toggled)
        self.panel_button = self._toggle(self.tr("&Decisions and free time"))
        self.panel_button.setChecked(True)
        self.panel_button.toggled.connect(self.show_panel)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.timeline)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.splitterMoved.connect(self._follow_splitter)
        self._sized = False
        self._lay_out()
        self.timeline.set_folded(True)

    def _toggle(self, text: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.legend, 1)
        bar.addWidget(self.show_folded)
        bar.addWidget(self.panel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    # --- what the window calls -------------------------------------------------------------

    def set_state(self, state: AgendaState, zone: tzinfo) -> None:
        """Show the agenda as it is now (the window works the state out once per change)."""
        self.set_agenda(state.views, state, zone)

    def set_agenda(self, views: Sequence[SessionView], state: AgendaState, zone: tzinfo) -> None:
        self.timeline.set_agenda(views, state.groups, zone)
        by_key: Mapping[str, SessionView] = {view.key: view for view in views}
        self.clash_panel.set_decisions(state.decisions, by_key, state.plan, zone)
        count = len(state.decisions)
        title = self.tr("Decisions (%n)", "", count) if count else self.tr("Decisions")
        self.tabs.setTabText(TAB_DECISIONS, title)
        folded = self.timeline.folded_count()
        self.show_folded.setText(self.tr("Show &watch later and alternatives (%n)", "", folded))
        self.show_folded.setEnabled(folded > 0 or self.show_folded.isChecked())

    def set_overlays(
        self, overlays: Sequence[Overlay], marks: Sequence[OverlayMark], zone: tzinfo
    ) -> None:
        """Colleagues' agendas shown beside the user's (none: the timeline shows only theirs)."""
        self.legend.set_overlays(overlays)
        self.timeline.set_overlays(marks, len(overlays), zone)

    def set_folded(self, folded: bool) -> None:
        """Fold away the watch-later and alternative picks (or show them faded)."""
        self.show_folded.setChecked(not folded)

    def _fold_toggled(self, shown: bool) -> None:
        self.timeline.set_folded(not shown)
        self.foldChanged.emit(not shown)

    def show_panel(self, shown: bool) -> None:
        """Show or hide the decisions and the gap finder (hidden: the hours fill the page)."""
        if self.panel_button.isChecked() != shown:
            self.panel_button.setChecked(shown)
            return
        sizes = self.splitter.sizes()
        total = sum(sizes) or self.height()
        if shown and sizes[1] == 0:
            panel = int(total * PANEL_SHARE)
            self.splitter.setSizes([total - panel, panel])
        elif not shown:
            self.splitter.setSizes([total, 0])

    def show_tab(self, tab: int) -> None:
        self.show_panel(True)
        self.tabs.setCurrentIndex(tab)

    def _follow_splitter(self, _pos: int, _index: int) -> None:
        shown = self.splitter.sizes()[1] > 0
        if shown != self.panel_button.isChecked():
            blocked = self.panel_button.blockSignals(True)
            self.panel_button.setChecked(shown)
            self.panel_button.blockSignals(blocked)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # the first show without a remembered split: the hours first
            self._sized = True
            total = sum(self.splitter.sizes()) or self.height()
            panel = int(total * PANEL_SHARE) if self.panel_button.isChecked() else 0
            self.splitter.setSizes([total - panel, panel])

    def save_state(self) -> QByteArray:
        return self.splitter.saveState()

    def restore_state(self, state: QByteArray | None) -> None:
        if state is not None and self.splitter.restoreState(state):
            self._sized = True
            self._follow_splitter(0, 0)
