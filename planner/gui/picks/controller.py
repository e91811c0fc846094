"""Every change to the user's picks, as undoable commands on one QUndoStack.

Star, unstar, priority, state, note, the clash decisions, a plan and an agenda file's picks
are built with the command makers of ``undo`` (each a ``PickCommand`` that remembers the
touched picks before and after), so that Ctrl+Z and Ctrl+Shift+Z put them back exactly.
Undo and redo run here too. Every step's ``Changes`` go to the ``OpRunner`` (the window's
one refresh path), and any error reaches the user through it as a message, not a traceback.
Takes only what it works with: the planner, the undo stack, the runner, what the agenda
looks like now (for "keep this one") and what to do before any change (save a half-typed
note).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.core.conflicts import Plan
from planner.core.model import Pick, PickState, SessionView
from planner.gui.browse.session_model import state_name
from planner.gui.picks import undo
from planner.gui.picks.runner import OpRunner
from planner.gui.plain import fill
from planner.services.planner import Planner


class PickController(QObject):
    """Turns the user's requests into undoable pick changes."""

    def __init__(
        self,
        planner: Planner,
        stack: QUndoStack,
        runner: OpRunner,
        agenda: Callable[[], Mapping[str, SessionView]] = dict,
        before: Callable[[], None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._stack = stack
        self._runner = runner
        self._agenda = agenda  # the picked sessions shown now, by key
        self._before = before  # e.g. save a half-typed note before anything else changes

    @property
    def runner(self) -> OpRunner:
        return self._runner

    def _publish(self, changes: object) -> None:
        self._runner.publish(changes)  # type: ignore[arg-type]

    # --- bookmarks -------------------------------------------------------------------------

    def toggle_star(self, key: str) -> None:
        self._push(lambda: undo.toggle_command(self._planner, key, self._publish))

    def star(self, keys: Iterable[str]) -> None:
        keys = list(keys)
        self._push(lambda: undo.star_command(self._planner, keys, self._publish))

    def unstar(self, keys: Iterable[str]) -> None:
        keys = list(keys)
        self._push(lambda: undo.unstar_command(self._planner, keys, self._publish))

    def set_priority(self, key: str, level: int) -> None:
        self._push(lambda: undo.priority_command(self._planner, [key], level, self._publish))

    def set_state(self, key: str, state: PickState) -> None:
        text = fill(self.tr("Mark as %1"), state_name(state))
        self._push(lambda: undo.states_command(self._planner, {key: state}, text, self._publish))

    def save_note(self, key: str, note: str, current: Pick | None = None) -> None:
        """Save a note typed for ``key`` (``current``: its pick as shown, if known)."""
        if current is None:
            current = self._runner.attempt(lambda: self._planner.snapshot([key])[key])
        if current is None or current.note == note:
            return  # only a pick has a note (the editor is read-only otherwise)
        self._push(lambda: undo.note_command(self._planner, key, note, self._publish))

    # --- clash resolution ------------------------------------------------------------------

    def keep_only(self, key: str, group: Iterable[str]) -> None:
        """Attend ``key``; the others of its decision become watch-later or alternatives."""
        group = list(group)
        views = self._agenda()
        self._push(lambda: undo.keep_only_command(self._planner, key, group, views, self._publish))

    def watch_later(self, key: str) -> None:
        self._push(lambda: undo.watch_later_command(self._planner, key, self._publish))

    def switch_run(self, from_key: str, to_key: str) -> None:
        self._push(lambda: undo.switch_run_command(self._planner, from_key, to_key, self._publish))

    def keep_plan(self, plan: Plan) -> None:
        """Apply a plan as the user saw it (one undoable step)."""
        self._push(lambda: undo.plan_command(self._planner, plan, self._publish))

    def keep_best_plan(self, conference_id: str | None = None) -> None:
        self._push(lambda: undo.best_plan_command(self._planner, conference_id, self._publish))

    # --- agenda files ----------------------------------------------------------------------

    def open_agenda(self, result: Mapping[str, Pick | None], text: str) -> bool:
        """Write the picks an agenda preview showed; False (and a message) if it failed."""
        return self._push(lambda: undo.agenda_command(self._planner, result, text, self._publish))

    # --- running ---------------------------------------------------------------------------

    def undo(self) -> None:
        self._before()
        self._runner.attempt(self._stack.undo)

    def redo(self) -> None:
        self._before()
        self._runner.attempt(self._stack.redo)

    def _push(self, build: Callable[[], QUndoCommand]) -> bool:
        """Build and run a command; False when it failed (the user was told why)."""
        self._before()

        def push() -> bool:
            self._stack.push(build())
            return True

        return self._runner.attempt(push) is True
