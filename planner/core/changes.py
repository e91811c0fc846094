"""What changed between two versions of a conference's schedule.

Pure comparison by session key: a session that moved, changed room, was renamed, was
cancelled (gone from the new version) or was added. The planner uses it to tell the user
which of their picks an update touched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from planner.core.model import Session


class ChangeKind(StrEnum):
    MOVED = "moved"
    ROOM = "room"
    RENAMED = "renamed"
    CANCELLED = "cancelled"
    ADDED = "added"


@dataclass(frozen=True, slots=True)
class SessionChange:
    key: str
    kind: ChangeKind
    title: str
    before: str
    after: str


def _when(start: datetime | None, end: datetime | None) -> str:
    if start is None or end is None:
        return "unscheduled"
    return f"{start.isoformat()}/{end.isoformat()}"


def _compare(old: Session, new: Session) -> list[SessionChange]:
    found = []
    if (old.start, old.end) != (new.start, new.end):
        before, after = _when(old.start, old.end), _when(new.start, new.end)
        found.append(SessionChange(new.key, ChangeKind.MOVED, new.title, before, after))
    if old.room != new.room:
        found.append(
            SessionChange(new.key, ChangeKind.ROOM, new.title, old.room or "", new.room or "")
        )
    if old.title != new.title:
        found.append(SessionChange(new.key, ChangeKind.RENAMED, new.title, old.title, new.title))
    return found


def diff_catalogs(old: Iterable[Session], new: Iterable[Session]) -> list[SessionChange]:
    """Changes from ``old`` to ``new``, in the new catalog's order, then the cancelled ones."""
    before = {s.key: s for s in old}
    after = {s.key: s for s in new}
    changes: list[SessionChange] = []
    for key, session in after.items():
        if key in before:
            changes += _compare(before[key], session)
        else:
            changes.append(SessionChange(key, ChangeKind.ADDED, session.title, "", ""))
    for key, session in before.items():
        if key not in after:
            changes.append(SessionChange(key, ChangeKind.CANCELLED, session.title, "", ""))
    return changes
