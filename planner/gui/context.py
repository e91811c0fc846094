"""What a controller of the window may use of it: narrow inputs instead of the window itself.

The import and sharing controllers need the planner, the settings, a widget to put their
dialogs over, a way to say things in the status bar, the conference and zone shown, and a
session's row as the list has it (its title and times). ``WindowContext`` carries exactly
that, so neither of them imports the main window (nor each other), and each can be built and
tested on its own.
What they want the window to do (show a conference, open "My agenda") they ask with signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo

from PySide6.QtWidgets import QWidget

from planner.core.model import Conference, ListingRow
from planner.gui.settings import Settings
from planner.services.planner import Planner


@dataclass(frozen=True, slots=True)
class WindowContext:
    """The window as its controllers see it (see the module docstring)."""

    planner: Planner
    settings: Settings
    parent: QWidget  # dialogs sit over it
    say: Callable[[str], None]  # one line in the status bar
    conference: Callable[[], Conference | None]
    zone: Callable[[], tzinfo]
    row_of: Callable[[str], ListingRow | None]  # a session of the conference shown
    session_count: Callable[[], int]  # sessions of the conference shown

    def conference_id(self) -> str | None:
        conference = self.conference()
        return conference.id if conference else None

    def title_of(self, key: str) -> str:
        """A session's title as the list has it ("" when the conference shown has none)."""
        row = self.row_of(key)
        return row.title if row is not None else ""
