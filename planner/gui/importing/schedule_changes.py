"""What the latest import changed, brought to where the user looks: badges and a panel.

Reads ``Planner.schedule_changes`` for the conference shown and hands the changes, by session
key, to the session list (a "[moved]"-style badge before the title, the details in its
tooltip) and to the "What changed" dock (the user's picks first).
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow

from planner.core.changes import SessionChange
from planner.core.model import Conference
from planner.gui.browse.session_model import SessionTableModel
from planner.gui.importing.changes_panel import WhatChangedPanel
from planner.services.planner import Planner

PANEL_HEIGHT = 200  # px


class ScheduleChanges(QObject):
    """Keeps the list's badges and the What changed panel in step with the database."""

    def __init__(
        self,
        planner: Planner,
        panel: WhatChangedPanel,
        model: SessionTableModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._planner, self.panel, self._model = planner, panel, model

    def load(self, conference: Conference | None, zone: tzinfo) -> None:
        """Show what the latest import of ``conference`` changed (nothing without one)."""
        views = self._planner.schedule_changes(conference.id) if conference else []
        by_key: dict[str, list[SessionChange]] = {}
        for view in views:
            by_key.setdefault(view.change.key, []).append(view.change)
        self._model.set_changes({key: tuple(found) for key, found in by_key.items()})
        self.panel.set_changes(conference.title if conference else "", views, zone)

    def show(self, conference: Conference | None, zone: tzinfo) -> None:
        """Open the panel on the latest changes (View > What changed, and after an import)."""
        self.load(conference, zone)
        self.panel.show()
        self.panel.raise_()
        window = self.panel.parentWidget()
        if isinstance(window, QMainWindow):  # a modest height: the list stays in view
            window.resizeDocks([self.panel], [PANEL_HEIGHT], Qt.Orientation.Vertical)
