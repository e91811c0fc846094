"""Changes another program makes to the database while the window is open, brought in.

The command line (or a second window) may bookmark, import or refresh on the same database
at any moment. Every few seconds, and whenever the window's application becomes active again
(the user comes back from the terminal), the window reads two kinds of revision in one small
query: the picks' (raised by triggers with every pick row written, migration 0011) and each
conference's catalog revision (raised by every import). The window's own changes keep its
copy of the picks' revision current (each ``Changes`` carries the revision it made), so a
difference means someone else wrote: the agenda is read afresh and the difference goes down
the one change path, as what changed (the list's stars, My agenda, the counts and the detail
pane follow it, and the status bar says so). Catalogs whose revisions moved are handed to the
window, which fills its conference menu again and reloads the catalog shown if that moved
past the revision it shows (its own imports have already reloaded it: nothing happens).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import suppress
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from planner.core.errors import PlannerError
from planner.gui.picks.agenda_store import AgendaStore
from planner.services.changes import Changes, pick_changes
from planner.services.planner import Planner

CHECK_MS = 2000  # a glance at two numbers: cheaper than one star click


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("OutsideChanges", text, None, n)


class OutsideChanges(QObject):
    """Brings in what another program changed (see the module docstring)."""

    def __init__(
        self,
        planner: Planner,
        store: AgendaStore,
        publish: Callable[[Changes], None],
        catalogs_changed: Callable[[frozenset[str]], None],
        parent: QObject | None = None,
        interval_ms: int = CHECK_MS,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._store = store
        self._publish = publish
        self._catalogs_changed = catalogs_changed
        self._catalogs: Mapping[str, int] | None = None
        self._stopped = False
        with suppress(PlannerError):  # what the window has just loaded, to compare with
            self._catalogs = dict(planner.revisions().catalogs)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def stop(self) -> None:
        """No more glances (the window is closing; its planner is about to be closed)."""
        if self._stopped:
            return
        self._stopped = True
        self._timer.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.disconnect(self._state_changed)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def check(self) -> None:
        """Compare the database's revisions with the window's; bring in what differs."""
        if self._stopped:
            return
        try:
            revisions = self._planner.revisions()
        except PlannerError:
            return  # the next change says what is wrong; a glance must not
        seen, now = self._catalogs, dict(revisions.catalogs)
        self._catalogs = now
        if seen is not None and seen != now:
            ids = seen.keys() | now.keys()
            moved = frozenset(cid for cid in ids if seen.get(cid) != now.get(cid))
            self._catalogs_changed(moved)
        state = self._store.state
        if state.conference_id is None or state.revision in (None, revisions.picks):
            return
        self._bring_in_picks()

    def _bring_in_picks(self) -> None:
        before = self._store.state
        try:
            fresh = self._planner.agenda_state(before.conference_id)
        except PlannerError:
            return
        found = pick_changes(before.picks, fresh.picks, fresh.by_key)
        message = (
            _tr("Your picks were changed outside this window (%n session(s)).", len(found.picks))
            if found.picks
            else ""
        )
        # Folded into the window's state as a change of its own would be (nothing read twice).
        assert before.revision is not None and fresh.revision is not None
        self._publish(replace(found, message=message, revision=(before.revision, fresh.revision)))
        if not found.picks:  # only the revision moved (a write that changed nothing)
            self._store.state = fresh
