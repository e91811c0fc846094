"""The words for what the latest schedule update did to a session, and who else goes to it.

Shared by the session list (a short badge before the title, the details in its tooltip), the
"What changed" panel and the detail pane. A change's before/after times come from the core as
``start/end`` in ISO 8601 (or "unscheduled"); they are shown here in the zone the window uses.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from planner.core.changes import ChangeKind, SessionChange
from planner.gui.plain import fill
from planner.gui.sharing.overlays import Goer
from planner.gui.timefmt import format_span


def _tr(text: str) -> str:
    return QCoreApplication.translate("RowMarks", text)


def kind_name(kind: ChangeKind) -> str:
    """The short word for a change, as the badge and the panel show it."""
    names = {
        ChangeKind.MOVED: _tr("moved"),
        ChangeKind.ROOM: _tr("room changed"),
        ChangeKind.RENAMED: _tr("renamed"),
        ChangeKind.CANCELLED: _tr("cancelled"),
        ChangeKind.ADDED: _tr("new"),
    }
    return names[kind]


def badge(changes: Sequence[SessionChange], cancelled: bool) -> str:
    """'[moved, room changed]' before a title; '[cancelled]' wins; '' when nothing changed."""
    if cancelled:
        return "[" + kind_name(ChangeKind.CANCELLED) + "]"
    kinds = list(dict.fromkeys(change.kind for change in changes))
    return "[" + ", ".join(kind_name(kind) for kind in kinds) + "]" if kinds else ""


def when_text(value: str, zone: tzinfo) -> str:
    """A change's 'start/end' (ISO 8601) as a span in ``zone``; 'unscheduled' said so."""
    start, _, end = value.partition("/")
    try:
        return format_span(datetime.fromisoformat(start), datetime.fromisoformat(end), zone)
    except ValueError:
        return _tr("no time") if value in ("", "unscheduled") else value


def before_after(change: SessionChange, zone: tzinfo) -> tuple[str, str]:
    """What the session was and is now, in the words the user reads."""
    if change.kind is ChangeKind.MOVED:
        return when_text(change.before, zone), when_text(change.after, zone)
    if change.kind is ChangeKind.CANCELLED:
        return "", _tr("no longer in the schedule")
    if change.kind is ChangeKind.ADDED:
        return "", _tr("new in the schedule")
    return change.before, change.after


def change_line(change: SessionChange, zone: tzinfo) -> str:
    """'Moved: Mon 17 Mar 10:00–11:00 → Tue 18 Mar 10:00–11:00' (one line per change)."""
    before, after = before_after(change, zone)
    name = kind_name(change.kind)
    if before:
        return fill(_tr("%1: %2 → %3"), name, before, after)
    return fill(_tr("%1: %2"), name, after)


def change_tooltip(changes: Sequence[SessionChange], zone: tzinfo) -> str:
    lines = [_tr("Changed by the latest schedule update:")]
    lines += [change_line(change, zone) for change in changes]
    return "\n".join(lines)


def goer_line(goer: Goer) -> str:
    """'Ana goes (priority 4)'."""
    return fill(_tr("%1 goes (priority %2)"), goer.owner, goer.priority)


def goers_text(goers: Sequence[Goer]) -> str:
    """The list's short cell: the colleagues' first names (the tooltip has them whole)."""
    return ", ".join(goer.owner.split()[0] if goer.owner.split() else goer.owner for goer in goers)


def goers_tooltip(goers: Sequence[Goer]) -> str:
    return "\n".join(goer_line(goer) for goer in goers)
