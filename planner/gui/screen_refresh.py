"""Each screen of the window redrawn for what a change touched, from one agenda state.

``MainWindow.apply_changes`` works the agenda state out once per change; ``ScreenRefresh``
then tells each screen only what concerns it: the list redraws the star cells of the picks
that changed and the clash marks that moved, the navigation its agenda count when a pick came
or went, "My agenda" its timeline, decisions and free time unless only a note changed (then
nothing there moves), the detail pane its pick box when the session it shows changed, the
gap finder its stars, and the status bar its counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.services import gap_finder
from planner.services.agenda_state import AgendaState
from planner.services.changes import Changes

if TYPE_CHECKING:
    from datetime import datetime

    from planner.gui.main_window import MainWindow


class ScreenRefresh:
    """The window's screens, brought up to an agenda state (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._hours: dict[object, tuple[datetime, datetime]] | None = None

    def forget_hours(self) -> None:
        """The rows or the zone changed: the conference's hours per day are worked out again."""
        self._hours = None

    @property
    def _state(self) -> AgendaState:
        return self._window.agenda_store.state

    def show(self, changes: Changes, before: AgendaState, after: AgendaState) -> None:
        """Redraw what ``changes`` (from ``before`` to ``after``) touched."""
        w = self._window
        model = w.session_list.model
        known = changes.now is not None and after.conference_id == before.conference_id
        model.set_picks(after.picks, changes.picks if known else None)
        if after.rivals != before.rivals:
            model.set_rivals(after.rivals)
        if len(after.picks) != len(before.picks):
            w.nav_model.set_agenda_count(len(after.picks))
        if not changes.notes_only or after.views != before.views:
            self.show_agenda()
        w.agenda.gap_finder.model.set_picks(after.picks)
        key = w.detail.key
        if key is not None and key in changes.picks:
            w.detail.show_pick(after.picks.get(key))
        w._update_counts()

    def show_all(self) -> None:
        """Everything that shows picks, from the state as it is (after a load)."""
        w = self._window
        state = self._state
        w.session_list.model.set_picks(state.picks)
        w.session_list.model.set_rivals(state.rivals)
        w.nav_model.set_agenda_count(len(state.picks))
        self.show_agenda()
        w.agenda.gap_finder.model.set_picks(state.picks)
        if w.detail.key is not None:
            w.detail.show_pick(state.picks.get(w.detail.key))
        w._update_counts()

    def show_agenda(self) -> None:
        """The timeline, the decisions and the free time, in the zone shown."""
        w = self._window
        w.agenda.set_state(self._state, w.zone)
        slots = self.free_slots()
        w.agenda.timeline.set_gaps(slots)
        w.agenda.gap_finder.set_slots(slots, w.zone)

    def free_slots(self) -> list[tuple[datetime, datetime]]:
        w = self._window
        if not self._state.views:
            return []  # no pick, no free time between picks: the hours need not be worked out
        if self._hours is None:  # once per catalog and zone, not per change
            self._hours = gap_finder.conference_hours(w.session_list.model.rows(), w.zone)  # type: ignore[assignment]
        return gap_finder.free_slots(self._state, self._hours)  # type: ignore[arg-type]
