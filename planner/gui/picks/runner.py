"""The one path every change takes in the window, and the one signal that says what changed.

Modelled on Anki's CollectionOp: a change (a pick, an undo step, an import finished on its
worker, an agenda merged) runs here or is handed here when done, and its ``Changes`` go out in
``changed``, once, to the window, which works out the agenda state once and lets each screen
redraw what the change touches. A ``PlannerError`` goes out in ``failed`` as a one-line
message, never as a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from planner.core.errors import PlannerError
from planner.services.changes import Changes

Result = TypeVar("Result")

# PySide re-raises an error from a Python QUndoCommand.redo with this before the message.
_OVERRIDE_PREFIX = "Error calling Python override of "


def user_message(exc: Exception) -> str:
    """The one-line message of a PlannerError, without what PySide adds on the way."""
    text = str(exc)
    if text.startswith(_OVERRIDE_PREFIX) and "): " in text:
        return text.split("): ", 1)[1]
    return text


class OpRunner(QObject):
    """Runs changes and announces what they changed (see the module docstring)."""

    changed = Signal(object)  # Changes
    failed = Signal(str)  # a one-line message for the user

    def run(self, op: Callable[[], Changes]) -> Changes | None:
        """Run a change; its Changes are published (None, and ``failed``, if it failed)."""
        changes = self.attempt(op)
        if changes is not None:
            self.publish(changes)
        return changes

    def attempt(self, step: Callable[[], Result]) -> Result | None:
        """Run ``step``; a PlannerError becomes ``failed`` and None."""
        try:
            return step()
        except PlannerError as exc:
            self.failed.emit(user_message(exc))
            return None

    def publish(self, changes: Changes) -> None:
        """Say what a change made elsewhere (an undo step, a worker) changed."""
        if changes or changes.message:
            self.changed.emit(changes)
