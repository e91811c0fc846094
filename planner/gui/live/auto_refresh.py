"""When the window refreshes a conference on its own: while it is on, every N minutes.

A conference added by URL is due when one of its days is today (in its own zone), automatic
refresh is on, and the last check of it (by the window, the command line, or a failed try of
the window's) is at least the chosen interval ago. A conference whose address held a secret
the planner did not keep is never due: its refresh would only fail.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from planner.gui.settings import Settings
from planner.services import now_next
from planner.services.planner import Planner


class AutoRefresh:
    """Which conferences to refresh now; remembers the window's own tries."""

    def __init__(self, planner: Planner, settings: Settings) -> None:
        self._planner, self._settings = planner, settings
        self._tried: dict[str, datetime] = {}

    @property
    def interval(self) -> timedelta | None:
        minutes = self._settings.refresh_minutes
        return timedelta(minutes=minutes) if minutes else None

    def due(self, at: datetime) -> list[str]:
        """Ids of the conferences to refresh at ``at``, in the order they were added."""
        interval = self.interval
        if interval is None:
            return []
        on = {conference.id for conference in now_next.conferences_on(self._planner, at)}
        due = []
        for feed in self._planner.feeds():
            if feed.conference_id not in on or feed.secret_dropped:
                continue
            times = [t for t in (feed.checked_at, self._tried.get(feed.conference_id)) if t]
            if not times or at - max(times) >= interval:
                due.append(feed.conference_id)
        return due

    def started(self, conference_id: str, at: datetime) -> None:
        """A refresh of ``conference_id`` began at ``at`` (a failure waits a whole interval)."""
        self._tried[conference_id] = at
