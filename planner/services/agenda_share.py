"""Sharing an agenda: saving the user's picks to a small file, and bringing a colleague's in.

Nothing changes before the user has seen what will: ``preview`` says which picks a file
would add or change and which clashes it would create; ``merge`` never removes the user's
own picks or notes; ``replace`` makes the conference's picks exactly the file's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from planner.core.conflicts import ClashGroup, Slot, find_conflicts
from planner.core.model import Conference, Pick, PickState, SessionView

# Re-exported for the window, which talks to services, never to formats.
from planner.formats.agenda_file import FORMAT_NAME as FORMAT_NAME
from planner.formats.agenda_file import AgendaEntry as AgendaEntry
from planner.formats.agenda_file import AgendaFile as AgendaFile
from planner.formats.agenda_file import Match, dump_agenda, match_entries


class Mode(StrEnum):
    PREVIEW = "preview"
    MERGE = "merge"
    REPLACE = "replace"


@dataclass(frozen=True, slots=True)
class AgendaPreview:
    """What opening an agenda file would do, before it does anything."""

    agenda: AgendaFile
    added: tuple[Pick, ...]
    changed: tuple[tuple[Pick, Pick], ...]  # (the user's pick now, as it would become)
    removed: tuple[str, ...]  # only with --replace
    unmatched: tuple[AgendaEntry, ...]
    matches: tuple[Match, ...]
    new_clashes: tuple[ClashGroup, ...]

    @property
    def result(self) -> dict[str, Pick | None]:
        """The picks to write: key -> the new pick, or None to remove."""
        found: dict[str, Pick | None] = {p.session_key: p for p in self.added}
        found.update((after.session_key, after) for _, after in self.changed)
        found.update((key, None) for key in self.removed)
        return found


def agenda_file(
    conference: Conference, views: Sequence[SessionView], owner: str | None, now: datetime | None
) -> AgendaFile:
    entries = tuple(
        AgendaEntry(
            key=v.key, code=v.session.code, title=v.session.title, start=v.session.start,
            priority=v.pick.priority, note=v.pick.note, state=v.pick.state,
        )
        for v in views
        if v.pick is not None
    )  # fmt: skip
    return AgendaFile(
        conference_id=conference.id,
        conference_title=conference.title,
        timezone=conference.timezone,
        saved_at=now or datetime.now(UTC),
        owner=owner,
        entries=entries,
    )


def encode(agenda: AgendaFile) -> bytes:
    return dump_agenda(agenda)


def _merged_note(mine: str, theirs: str, owner: str | None) -> str:
    if not theirs or theirs in mine:
        return mine
    if not mine:
        return theirs
    return f"{mine}\n— {owner or 'shared agenda'}: {theirs}"


def _incoming(entry: AgendaEntry, key: str) -> Pick:
    return Pick(session_key=key, priority=entry.priority, note=entry.note, state=entry.state)


def _merge(mine: Pick, entry: AgendaEntry, owner: str | None) -> Pick:
    # Merging keeps everything the user had: the higher priority, both notes, the user's state.
    return replace(
        mine,
        priority=max(mine.priority, entry.priority),
        note=_merged_note(mine.note, entry.note, owner),
    )


def _slots(picks: dict[str, Pick], views: dict[str, SessionView]) -> list[Slot]:
    return [
        Slot(key, views[key].session.start, views[key].session.end, views[key].session.room,
             pick.priority, views[key].session.recorded)
        for key, pick in picks.items()
        if key in views and pick.state is PickState.ATTENDING and not views[key].cancelled
    ]  # fmt: skip


def _new_clashes(
    before: dict[str, Pick], after: dict[str, Pick], views: dict[str, SessionView]
) -> tuple[ClashGroup, ...]:
    existing = {frozenset(g.keys) for g in find_conflicts(_slots(before, views))}
    return tuple(
        g for g in find_conflicts(_slots(after, views)) if frozenset(g.keys) not in existing
    )


def preview(
    agenda: AgendaFile, mode: Mode, mine: dict[str, Pick], catalog: Sequence[SessionView]
) -> AgendaPreview:
    """What importing ``agenda`` into the user's picks ``mine`` would do."""
    matches = match_entries(agenda.entries, (v.session for v in catalog))
    added, changed, after = [], [], dict(mine) if mode is not Mode.REPLACE else {}
    for match in matches:
        if match.session_key is None:
            continue
        key, current = match.session_key, mine.get(match.session_key)
        if mode is Mode.REPLACE or current is None:
            new = _incoming(match.entry, key)
        else:
            new = _merge(current, match.entry, agenda.owner)
        after[key] = new
        if current is None:
            added.append(new)
        elif new != current:
            changed.append((current, new))
    removed = tuple(k for k in mine if k not in after) if mode is Mode.REPLACE else ()
    views = {v.key: v for v in catalog}
    return AgendaPreview(
        agenda=agenda,
        added=tuple(added),
        changed=tuple(changed),
        removed=removed,
        unmatched=tuple(m.entry for m in matches if m.session_key is None),
        matches=tuple(matches),
        new_clashes=_new_clashes(mine, after, views),
    )


def read(path: Path) -> AgendaFile:
    from planner.formats.agenda_file import load_agenda

    return load_agenda(path)


def unknown_conference_message(path: Path, agenda: AgendaFile) -> str:
    """Why an agenda of a conference the database does not hold is refused (one line)."""
    title = agenda.conference_title or agenda.conference_id
    return (
        f"{path}: the agenda is for {title} ({agenda.conference_id}), which is not in the "
        "database; import its schedule first. Nothing was changed"
    )
