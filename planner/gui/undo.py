"""Undoable changes to the user's picks, for a QUndoStack.

A ``PickCommand`` runs its action once, remembering the picks of the keys it touches before
and after (``Planner.snapshot``); undo and later redos put one of the two snapshots back
(``Planner.restore``), so a redo never recomputes anything (a best plan redone is the same
plan). Each step hands the ``Changes`` to a callback so that the window refreshes what they
name. The functions below build the commands the window needs.

Commands take session keys; the bookmark commands also accept codes and resolve them when
built (``NotFoundError`` for an unknown one). Pushing a command runs it: ``stack.push``
raises the action's error (a ``PlannerError`` the window shows in a message box) and leaves
the stack unchanged; a command that changes nothing is not kept either.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from planner.core.model import Pick, PickState, SessionView
from planner.gui.plain import fill
from planner.services.planner import Changes, Planner

OnChanges = Callable[[Changes], None]
Snapshot = dict[str, Pick | None]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("undo", text, None, n)


def _resolved(planner: Planner, keys: Iterable[str]) -> list[str]:
    """Session keys for keys or codes: snapshots must name the keys the action changes."""
    return [planner.resolve_key(key) for key in keys]


class PickCommand(QUndoCommand):
    """One undoable change to the picks of ``keys``, made by ``action``."""

    def __init__(
        self,
        planner: Planner,
        keys: Iterable[str],
        action: Callable[[], Changes],
        text: str,
        on_changes: OnChanges,
    ) -> None:
        super().__init__(text)
        self._planner = planner
        self._keys = list(dict.fromkeys(keys))
        self._action = action
        self._on_changes = on_changes
        self._before: Snapshot | None = None
        self._after: Snapshot | None = None

    def redo(self) -> None:
        if self._after is None:
            self._first_run()
        else:
            self._on_changes(self._planner.restore(self._after))

    def undo(self) -> None:
        if self._before is not None:
            self._on_changes(self._planner.restore(self._before))

    def _first_run(self) -> None:
        self._before = self._planner.snapshot(self._keys)
        try:
            changes = self._action()
        except Exception:
            # The stack drops an obsolete command, so a failed action leaves no undo step.
            self.setObsolete(True)
            raise
        self._after = self._planner.snapshot(self._keys)
        self.setObsolete(self._after == self._before)
        self._on_changes(changes)


def star_command(
    planner: Planner, keys: Iterable[str], on_changes: OnChanges, *, priority: int | None = None
) -> PickCommand:
    """Bookmark sessions (by key), optionally at a priority."""
    keys = _resolved(planner, keys)
    text = _tr("Bookmark %n session(s)", len(keys))
    return PickCommand(
        planner, keys, lambda: planner.bookmark(keys, priority=priority), text, on_changes
    )


def unstar_command(planner: Planner, keys: Iterable[str], on_changes: OnChanges) -> PickCommand:
    """Remove bookmarks, with their priority and note (undo brings them back whole)."""
    keys = _resolved(planner, keys)
    text = _tr("Remove %n bookmark(s)", len(keys))
    return PickCommand(planner, keys, lambda: planner.unbookmark(keys), text, on_changes)


def priority_command(
    planner: Planner, keys: Iterable[str], priority: int, on_changes: OnChanges
) -> PickCommand:
    """Set the priority of picks (bookmarking any that are not yet)."""
    keys = _resolved(planner, keys)
    text = fill(_tr("Set priority to %1"), priority)
    return PickCommand(
        planner, keys, lambda: planner.bookmark(keys, priority=priority), text, on_changes
    )


def note_command(planner: Planner, key: str, note: str, on_changes: OnChanges) -> PickCommand:
    """Set the note of a pick (bookmarking it if it is not yet)."""
    keys = _resolved(planner, [key])
    return PickCommand(
        planner, keys, lambda: planner.bookmark(keys, note=note), _tr("Edit note"), on_changes
    )


def states_command(
    planner: Planner, states: Mapping[str, PickState], text: str, on_changes: OnChanges
) -> PickCommand:
    """Set the state of picks (keys not picked are left alone)."""
    states = dict(states)
    return PickCommand(planner, states, lambda: planner.set_states(states), text, on_changes)


def switch_run_command(
    planner: Planner, from_key: str, to_key: str, on_changes: OnChanges
) -> PickCommand:
    """Attend another run of a session instead of the one that clashes."""
    return PickCommand(
        planner,
        [from_key, to_key],
        lambda: planner.switch_run(from_key, to_key),
        _tr("Take another run"),
        on_changes,
    )


def watch_later_command(planner: Planner, key: str, on_changes: OnChanges) -> PickCommand:
    return states_command(planner, {key: PickState.WATCH_LATER}, _tr("Watch later"), on_changes)


def attend_command(planner: Planner, key: str, on_changes: OnChanges) -> PickCommand:
    return states_command(planner, {key: PickState.ATTENDING}, _tr("Attend"), on_changes)


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
    on_changes: OnChanges,
) -> PickCommand:
    states = keep_only_states(keep_key, group_keys, views_by_key)
    return states_command(planner, states, _tr("Keep one session of a clash"), on_changes)


def best_plan_command(
    planner: Planner,
    conference_id: str | None,
    on_changes: OnChanges,
    buffer: timedelta = timedelta(0),
) -> PickCommand:
    """Apply the best plan by priority; it is worked out when the command first runs."""
    conference_id = planner.conference(conference_id).id
    keys = list(planner.picks(conference_id))

    def action() -> Changes:
        return planner.apply_plan(planner.plan(conference_id, buffer))

    return PickCommand(planner, keys, action, _tr("Keep the best plan by priority"), on_changes)


def agenda_command(
    planner: Planner,
    path: Path,
    mode: str,
    keys: Iterable[str],
    text: str,
    on_changes: OnChanges,
) -> PickCommand:
    """Merge or replace picks from an agenda file (``Planner.open_agenda``), undoably.

    ``keys`` must name every pick the file can touch: for a merge the keys of its preview's
    ``result``; for a replace those and every pick of the conference (which it may remove).
    """

    def action() -> Changes:
        return Changes(picks=frozenset(planner.open_agenda(path, mode).result))

    return PickCommand(planner, keys, action, text, on_changes)
