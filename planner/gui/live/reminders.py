"""Reminders before my attending picks start: N minutes ahead, once for each start.

``due`` is asked on every tick of the window's clock. A reminder is given once per pick and
start: a pick the schedule moved is reminded of again at its new time; watch-later picks,
alternatives and cancelled sessions never are.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from planner.core.now_next import Attended, ReminderKey, reminder_key
from planner.gui.settings import Settings
from planner.services import now_next
from planner.services.planner import Planner


class Reminders:
    """The reminders due at a moment, each given once."""

    def __init__(self, planner: Planner, settings: Settings) -> None:
        self._planner, self._settings = planner, settings
        self.sent: set[ReminderKey] = set()

    @property
    def lead(self) -> timedelta | None:
        minutes = self._settings.reminder_minutes
        return timedelta(minutes=minutes) if minutes else None

    def due(self, at: datetime) -> list[Attended]:
        """The picks to remind of at ``at``; they count as reminded from now on."""
        lead = self.lead
        if lead is None:
            return []
        found = now_next.reminders_due(self._planner, at, lead, self.sent)
        self.sent.update(reminder_key(attended) for attended in found)
        return found
