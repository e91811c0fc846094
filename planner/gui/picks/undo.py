"""Undoable changes to the user's picks, for a QUndoStack.

A ``PickCommand`` runs its edit once (``Planner.edit_picks``: one transaction that returns
the picks of the keys it touched before and after); undo and later redos put one of the two
back (``Planner.restore``, one transaction too), so a redo never recomputes anything (a best
plan redone is the same plan). Each step hands its ``Changes`` to ``publish`` (the window's
``OpRunner``) so that the screens redraw what they name. The functions below build the
commands the window needs.

Commands take session keys; the bookmark commands also accept codes and resolve them inside
their transaction (``NotFoundError`` for an unknown one). Pushing a command runs it:
``stack.push`` raises the edit's error (a ``PlannerError`` the window shows in a message
box) and leaves the stack unchanged; a command that changes nothing is not kept either.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from planner.core.conflicts import Plan
from planner.core.model import Pick, PickState, SessionView
from planner.gui.plain import fill
from planner.services import pick_edits
from planner.services.changes import Changes, PickChange
from planner.services.pick_edits import Edit
from planner.services.planner import Planner

Publish = Callable[[Changes], None]
Snapshot = dict[str, Pick | None]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("undo", text, None, n)


class PickCommand(QUndoCommand):
    """One undoable change to the picks of ``keys``, made by ``edit``."""

    def __init__(
        self,
        planner: Planner,
        keys: Iterable[str],
        edit: Edit,
        text: str,
        publish: Publish,
        *,
        resolve: bool = False,
        name: Callable[[Changes], str] | None = None,
    ) -> None:
        super().__init__(text)
        self._planner = planner
        self._keys = list(dict.fromkeys(keys))
        self._edit = edit
        self._resolve = resolve
        self._name = name  # the command's text once it is known what the edit did
        self._publish = publish
        self._before: Snapshot | None = None
        self._after: Snapshot | None = None

    @property
    def keys(self) -> list[str]:
        """The keys the command changes (resolved, once it has run)."""
        return list(self._after) if self._after is not None else list(self._keys)

    def redo(self) -> None:
        if self._after is None:
            self._first_run()
        else:
            self._publish(self._planner.restore(self._after))

    def undo(self) -> None:
        if self._before is not None:
            self._publish(self._planner.restore(self._before))

    def _first_run(self) -> None:
        try:
            result = self._planner.edit_picks(self._keys, self._edit, resolve=self._resolve)
        except Exception:
            # The stack drops an obsolete command, so a failed edit leaves no undo step.
            self.setObsolete(True)
            raise
        self._before, self._after = result.before, result.after
        self.setObsolete(self._after == self._before)
        if self._name is not None:
            self.setText(self._name(result.changes))
        self._publish(result.changes)


def star_command(
    planner: Planner, keys: Iterable[str], publish: Publish, *, priority: int | None = None
) -> PickCommand:
    """Bookmark sessions (by key or code), optionally at a priority."""
    keys = list(keys)
    text = _tr("Bookmark %n session(s)", len(keys))
    edit = pick_edits.bookmarking(priority=priority)
    return PickCommand(planner, keys, edit, text, publish, resolve=True)


def unstar_command(planner: Planner, keys: Iterable[str], publish: Publish) -> PickCommand:
    """Remove bookmarks, with their priority and note (undo brings them back whole)."""
    keys = list(keys)
    text = _tr("Remove %n bookmark(s)", len(keys))
    return PickCommand(planner, keys, pick_edits.removing, text, publish, resolve=True)


def toggle_command(planner: Planner, key: str, publish: Publish) -> PickCommand:
    """Star a session if it is not starred, else unstar it (decided in the transaction)."""

    def name(changes: Changes) -> str:
        if PickChange.REMOVED in changes.kinds:
            return _tr("Remove %n bookmark(s)", 1)
        return _tr("Bookmark %n session(s)", 1)

    text = _tr("Bookmark %n session(s)", 1)
    return PickCommand(planner, [key], pick_edits.toggling, text, publish, name=name)


def priority_command(
    planner: Planner, keys: Iterable[str], priority: int, publish: Publish
) -> PickCommand:
    """Set the priority of picks (bookmarking any that are not yet)."""
    text = fill(_tr("Set priority to %1"), priority)
    edit = pick_edits.bookmarking(priority=priority)
    return PickCommand(planner, keys, edit, text, publish, resolve=True)


def note_command(planner: Planner, key: str, note: str, publish: Publish) -> PickCommand:
    """Set the note of a pick (bookmarking it if it is not yet)."""
    edit = pick_edits.bookmarking(note=note)
    return PickCommand(planner, [key], edit, _tr("Edit note"), publish, resolve=True)


def states_command(
    planner: Planner, states: Mapping[str, PickState], text: str, publish: Publish
) -> PickCommand:
    """Set the state of picks (keys not picked are left alone)."""
    states = dict(states)
    return PickCommand(planner, states, pick_edits.setting_states(states), text, publish)


def switch_run_command(
    planner: Planner, from_key: str, to_key: str, publish: Publish
) -> PickCommand:
    """Attend another run of a session instead of the one that clashes."""
    edit = pick_edits.switching(from_key, to_key)
    return PickCommand(planner, [from_key, to_key], edit, _tr("Take another run"), publish)


def watch_later_command(planner: Planner, key: str, publish: Publish) -> PickCommand:
    return states_command(planner, {key: PickState.WATCH_LATER}, _tr("Watch later"), publish)


def attend_command(planner: Planner, key: str, publish: Publish) -> PickCommand:
    return states_command(planner, {key: PickState.ATTENDING}, _tr("Attend"), publish)


def keep_only_states(
    keep_key: str, group_keys: Iterable[str], views_by_key: Mapping[str, SessionView]
) -> dict[str, PickState]:
    """Attend ``keep_key``; the others become watch-later if recorded, else alternatives."""
    states = {}
    for key in group_keys:
        recorded = key in views_by_key and views_by_key[key].session.recorded
        states[key] = PickState.WATCH_LATER if recorded else PickState.ALTERNATIVE
    states[keep_key] = PickState.ATTENDING
    return states


def keep_only_command(
    planner: Planner,
    keep_key: str,
    group_keys: Iterable[str],
    views_by_key: Mapping[str, SessionView],
    publish: Publish,
) -> PickCommand:
    states = keep_only_states(keep_key, group_keys, views_by_key)
    return states_command(planner, states, _tr("Keep one session of a clash"), publish)


def plan_states(plan: Plan) -> dict[str, PickState]:
    """The plan's picks attending; the rest watch-later or alternatives."""
    states = {k: PickState.ATTENDING for k in plan.keep}
    states.update({k: PickState.WATCH_LATER for k in plan.watch_later})
    states.update({k: PickState.ALTERNATIVE for k in plan.alternatives})
    return states


def plan_command(planner: Planner, plan: Plan, publish: Publish) -> PickCommand:
    """Apply a plan the user has seen, exactly as shown (one step to undo)."""
    states = plan_states(plan)
    return states_command(planner, states, _tr("Keep the best plan by priority"), publish)


def best_plan_command(
    planner: Planner,
    conference_id: str | None,
    publish: Publish,
    buffer: timedelta = timedelta(0),
) -> PickCommand:
    """Apply the best plan by priority, worked out now."""
    return plan_command(planner, planner.plan(conference_id, buffer), publish)


def agenda_command(
    planner: Planner, result: Mapping[str, Pick | None], text: str, publish: Publish
) -> PickCommand:
    """Write the picks an agenda file's preview showed (merge or replace), undoably.

    ``result`` is the preview's (``AgendaPreview.result``): every pick it adds or changes,
    and for a replace every pick it removes (None).
    """
    result = dict(result)
    return PickCommand(planner, result, pick_edits.restoring(result), text, publish)
