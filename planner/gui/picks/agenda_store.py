"""The window's one copy of the agenda state, brought up to date once per change.

``update`` folds a change into the state when the change carries what it touched (every pick
change the window makes does: no database read), and reads the agenda afresh otherwise (an
import, a conference switched to, a change it cannot account for). It returns the state
before and after, so that each screen can tell what it must redraw.
"""

from __future__ import annotations

from planner.core.errors import NotFoundError
from planner.services.agenda_state import AgendaState
from planner.services.changes import Changes
from planner.services.planner import Planner


class AgendaStore:
    """The agenda state of the conference shown (see the module docstring)."""

    def __init__(self, planner: Planner) -> None:
        self._planner = planner
        self.state = AgendaState(None)

    def load(self, conference_id: str | None) -> AgendaState:
        """Read the agenda of ``conference_id`` afresh (None: an empty database)."""
        if conference_id is None:
            self.state = AgendaState(None)
            return self.state
        try:
            self.state = self._planner.agenda_state(conference_id)
        except NotFoundError:
            self.state = AgendaState(None)
        return self.state

    def update(self, changes: Changes) -> tuple[AgendaState, AgendaState]:
        """(before, after) ``changes``; the state is read afresh when they cannot be folded in."""
        before = self.state
        folded = before.updated(changes)
        after = folded if folded is not None else self.load(before.conference_id)
        self.state = after
        return before, after
