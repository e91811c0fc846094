"""Changing picks in one transaction that says exactly what it did.

Every change of picks (bookmark, unbookmark, priority, note, state, another run, undo and
redo, an agenda merge) is an ``Edit``: from the picks of some keys as they are now (None
where not picked) to the picks they become (None: removed; a key left out stays as it is).
``apply_edit`` runs one in a single write transaction: one statement reads the keys' picks
with their sessions (``agenda_repo``), then only the picks that differ are written. It
returns the picks before and after (what undo puts back) and the ``Changes``, carrying the
sessions read, so that the window shows the result without reading anything again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from planner.core.errors import NotFoundError
from planner.core.model import DEFAULT_PRIORITY, Pick, PickState, SessionView, conference_of
from planner.services.changes import Changes, pick_changes
from planner.storage import agenda_repo, picks_repo
from planner.storage.agenda_repo import PickedSession
from planner.storage.engine import Database

Snapshot = dict[str, Pick | None]
Edit = Callable[[Snapshot], Snapshot]
# The keys texts name that are not keys themselves (the ORM session it may read through, the
# texts), in a few queries however many: a bookmark of thousands of codes.
Resolver = Callable[[object, list[str]], list[str]]


@dataclass(frozen=True, slots=True)
class EditResult:
    before: Snapshot
    after: Snapshot
    changes: Changes
    keys: tuple[str, ...] = ()  # the keys edited, in the order given (codes resolved)


def apply_edit(
    db: Database,
    keys: Iterable[str],
    edit: Edit,
    *,
    resolve: Resolver | None = None,
    brief: bool = False,
) -> EditResult:
    """Run ``edit`` over ``keys`` in one transaction (see the module docstring).

    With ``resolve``, every key must name a session: what is not a key (a session code,
    ``S72484``, ``1007#2``) is taken for the key ``resolve`` gives it (NotFoundError or
    UsageError for the unknown and the ambiguous) before anything is written. ``brief``: the
    sessions the changes carry only name themselves (``agenda_repo.picked_sessions``), for a
    caller that prints lines rather than shows sessions.
    """
    wanted = list(dict.fromkeys(keys))
    with db.transaction() as orm:
        if resolve is not None:  # codes become the keys they name, a few queries for them all
            wanted = list(dict.fromkeys(resolve(orm, wanted)))
        found, revision = agenda_repo.picked_sessions(orm, wanted, brief=brief)
        before = {key: item.pick for key, item in found.items()}
        after = {**before, **edit(dict(before))}
        if not set(after) <= set(found):
            raise ValueError("an edit may only change the keys it was given")
        written = _write(orm, found, before, after)
    views = {
        key: SessionView(item.session, after[key], item.cancelled, item.other_runs)
        for key, item in found.items()
        if item.session is not None and after[key] is not None
    }
    changes = pick_changes(before, after, views)
    # Each row written raised the picks' revision by one (migration 0011's triggers).
    revisions = (revision, revision + written)
    return EditResult(before, after, replace(changes, revision=revisions), tuple(wanted))


def _write(
    orm: object, found: Mapping[str, PickedSession], before: Snapshot, after: Snapshot
) -> int:
    """Write what differs; how many pick rows that was."""
    gone = [key for key, pick in after.items() if pick is None and before[key] is not None]
    kept = [
        (found[key].conference_id or conference_of(key), pick)
        for key, pick in after.items()
        if pick is not None and pick != before[key]
    ]
    if gone:
        picks_repo.remove(orm, gone)  # type: ignore[arg-type]
    if kept:
        picks_repo.put_many(orm, kept)  # type: ignore[arg-type]
    return len(gone) + len(kept)


# --- the edits -----------------------------------------------------------------------------


def each(change: Callable[[str, Pick | None], Pick | None]) -> Edit:
    """The edit that makes the same change to every key on its own."""
    return lambda before: {key: change(key, pick) for key, pick in before.items()}


def bookmarking(
    priority: int | None = None, note: str | None = None, state: PickState | None = None
) -> Edit:
    """Bookmark (a new pick at the default priority), or change an existing pick."""

    def change(key: str, pick: Pick | None) -> Pick:
        pick = pick or Pick(session_key=key, priority=DEFAULT_PRIORITY)
        if priority is not None:
            pick = replace(pick, priority=priority)
        if note is not None:
            pick = replace(pick, note=note)
        if state is not None:
            pick = replace(pick, state=state)
        return pick

    return each(change)


removing: Edit = each(lambda _key, _pick: None)

toggling: Edit = each(
    # Star what is not starred, unstar what is: decided inside the transaction.
    lambda key, pick: None if pick is not None else Pick(session_key=key, priority=DEFAULT_PRIORITY)
)


def restoring(snapshot: Mapping[str, Pick | None]) -> Edit:
    return lambda before: {key: snapshot.get(key) for key in before}


def setting_states(states: Mapping[str, PickState]) -> Edit:
    """The states given, for keys that are picked (the others are left unpicked)."""

    def change(key: str, pick: Pick | None) -> Pick | None:
        if pick is None or key not in states:
            return pick
        return replace(pick, state=states[key])

    return each(change)


def switching(from_key: str, to_key: str) -> Edit:
    """The pick of ``from_key`` moved to ``to_key`` (another run), attending; NotFoundError
    when ``from_key`` is not picked."""

    def edit(before: Snapshot) -> Snapshot:
        mine = before[from_key]
        if mine is None:
            raise NotFoundError(f"{from_key}: not bookmarked")
        moved = replace(mine, session_key=to_key, state=PickState.ATTENDING)
        return {from_key: None, to_key: moved}

    return edit
