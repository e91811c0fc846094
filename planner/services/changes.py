"""What one mutation changed, so that each screen redraws only what it shows.

Every mutation of the facade returns a ``Changes`` (as Anki's operations return OpChanges):
which picks it touched and how (added, removed, priority, state, note, planned times), which
catalogs it replaced, and a message for the user. A pick change made in one transaction also
carries what the window needs to show the result without reading it back: the touched picks
as they are now and, for the ones picked now, their sessions as read in that transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from planner.core.model import Pick, SessionView


class PickChange(StrEnum):
    """How a pick changed."""

    ADDED = "added"
    REMOVED = "removed"
    PRIORITY = "priority"
    STATE = "state"
    NOTE = "note"
    TIMES = "times"  # the planned start or end


@dataclass(frozen=True, slots=True)
class Changes:
    """What one mutation changed (see the module docstring); false when nothing did."""

    picks: frozenset[str] = frozenset()
    catalogs: frozenset[str] = frozenset()
    message: str = ""
    kinds: frozenset[PickChange] = frozenset()
    # The touched picks as they are now (None where removed); None when not known.
    now: Mapping[str, Pick | None] | None = field(default=None, compare=False, hash=False)
    # The sessions of the touched keys that are picked now, read with the change.
    views: Mapping[str, SessionView] = field(default_factory=dict, compare=False, hash=False)
    # The picks' revision (migration 0011) just before and just after the change: a window
    # whose picks are of another revision than "before" missed a change made elsewhere.
    revision: tuple[int, int] | None = field(default=None, compare=False, hash=False)

    def __bool__(self) -> bool:
        return bool(self.picks or self.catalogs)

    @property
    def starring(self) -> bool:
        """Whether a pick came or went (what lists of picks and their counts show)."""
        return bool(self.kinds & {PickChange.ADDED, PickChange.REMOVED})

    @property
    def notes_only(self) -> bool:
        """Only notes changed: no clash, plan or timeline block moves."""
        return bool(self.kinds) and self.kinds <= {PickChange.NOTE}


def _kinds(before: Pick | None, after: Pick | None) -> set[PickChange]:
    if before is None and after is None:
        return set()
    if before is None:
        return {PickChange.ADDED}
    if after is None:
        return {PickChange.REMOVED}
    found = set()
    if before.priority != after.priority:
        found.add(PickChange.PRIORITY)
    if before.state is not after.state:
        found.add(PickChange.STATE)
    if before.note != after.note:
        found.add(PickChange.NOTE)
    if (before.planned_start, before.planned_end) != (after.planned_start, after.planned_end):
        found.add(PickChange.TIMES)
    return found


def pick_changes(
    before: Mapping[str, Pick | None],
    after: Mapping[str, Pick | None],
    views: Mapping[str, SessionView] | None = None,
    message: str = "",
) -> Changes:
    """The changes from ``before`` to ``after`` (both by key, None where not picked)."""
    kinds: set[PickChange] = set()
    touched = set()
    for key in set(before) | set(after):
        found = _kinds(before.get(key), after.get(key))
        if found:
            kinds |= found
            touched.add(key)
    return Changes(
        picks=frozenset(touched),
        message=message,
        kinds=frozenset(kinds),
        now={key: after.get(key) for key in touched},
        views={key: view for key, view in (views or {}).items() if key in touched},
    )
