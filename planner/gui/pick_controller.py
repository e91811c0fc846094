"""Every change to the user's picks, as undoable commands on one QUndoStack.

Star, unstar, priority, state, note and the clash resolutions are built with the command
makers of planner/gui/undo.py (each a ``PickCommand`` that snapshots the touched picks), so
that Ctrl+Z and Ctrl+Shift+Z put them back exactly. Undo and redo run here too, so that an
error (a database that cannot be written) reaches the user as a message, not a traceback.
After each change ``changed`` carries the ``Changes`` so that the window refreshes everything
that shows picks in one go.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.core.errors import PlannerError
from planner.core.model import PickState
from planner.gui import undo
from planner.gui.browse.session_model import state_name
from planner.gui.plain import fill
from planner.services.planner import Changes, Planner

Result = TypeVar("Result")

# PySide re-raises an error from a Python QUndoCommand.redo with this before the message.
_OVERRIDE_PREFIX = "Error calling Python override of "


def user_message(exc: Exception) -> str:
    """The one-line message of a PlannerError, without what PySide adds on the way."""
    text = str(exc)
    if text.startswith(_OVERRIDE_PREFIX) and "): " in text:
        return text.split("): ", 1)[1]
    return text


class PickController(QObject):
    """Turns the user's requests into undoable pick changes."""

    changed = Signal(object)  # Changes
    failed = Signal(str)  # a one-line message to show the user

    def __init__(
        self,
        planner: Planner,
        stack: QUndoStack,
        before: Callable[[], None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._stack = stack
        self._before = before  # e.g. save a half-typed note before anything else changes

    def _emit(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def _picked(self, key: str) -> bool:
        return self._planner.snapshot([key])[key] is not None

    # --- bookmarks -------------------------------------------------------------------------

    def toggle_star(self, key: str) -> None:
        if self._run(lambda: self._picked(key)):
            self.unstar([key])
        else:
            self.star([key])

    def star(self, keys: Iterable[str]) -> None:
        keys = list(keys)
        self._push(lambda: undo.star_command(self._planner, keys, self._emit))

    def unstar(self, keys: Iterable[str]) -> None:
        keys = list(keys)
        self._push(lambda: undo.unstar_command(self._planner, keys, self._emit))

    def set_priority(self, key: str, level: int) -> None:
        self._push(lambda: undo.priority_command(self._planner, [key], level, self._emit))

    def set_state(self, key: str, state: PickState) -> None:
        text = fill(self.tr("Mark as %1"), state_name(state))
        self._push(lambda: undo.states_command(self._planner, {key: state}, text, self._emit))

    def save_note(self, key: str, note: str) -> None:
        current = self._run(lambda: self._planner.snapshot([key])[key])
        if current is None or current.note == note:
            return  # only a pick has a note (the editor is read-only otherwise)
        self._push(lambda: undo.note_command(self._planner, key, note, self._emit))

    # --- clash resolution ------------------------------------------------------------------

    def keep_only(self, key: str, group: Iterable[str]) -> None:
        """Attend ``key``; the others of its clash group become watch-later or alternatives."""
        group = list(group)

        def build() -> QUndoCommand:
            views = {view.key: view for view in self._planner.agenda()}
            return undo.keep_only_command(self._planner, key, group, views, self._emit)

        self._push(build)

    def watch_later(self, key: str) -> None:
        self._push(lambda: undo.watch_later_command(self._planner, key, self._emit))

    def switch_run(self, from_key: str, to_key: str) -> None:
        self._push(lambda: undo.switch_run_command(self._planner, from_key, to_key, self._emit))

    def keep_best_plan(self, conference_id: str | None = None) -> None:
        self._push(lambda: undo.best_plan_command(self._planner, conference_id, self._emit))

    # --- agenda files ----------------------------------------------------------------------

    def open_agenda(self, path: Path, mode: str, keys: Iterable[str], text: str) -> bool:
        """Merge or replace picks from an agenda file; False (and a message) if it failed."""
        keys = list(keys)
        return self._push(
            lambda: undo.agenda_command(self._planner, path, mode, keys, text, self._emit)
        )

    # --- running ---------------------------------------------------------------------------

    def undo(self) -> None:
        self._before()
        self._run(self._stack.undo)

    def redo(self) -> None:
        self._before()
        self._run(self._stack.redo)

    def _push(self, build: Callable[[], QUndoCommand]) -> bool:
        """Build and run a command; False when it failed (the user was told why)."""
        self._before()

        def push() -> bool:
            self._stack.push(build())
            return True

        return self._run(push) is True

    def _run(self, step: Callable[[], Result]) -> Result | None:
        try:
            return step()
        except PlannerError as exc:
            self.failed.emit(user_message(exc))
            return None
