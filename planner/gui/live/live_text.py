"""What the live pieces say: reminders, changed picks, the Now and next strip, the tray tooltip.

Times are given in the zone the window shows, and say which zone that is where it matters (a
reminder goes out of the window, where the user cannot see the zone switch). Titles and
rooms are schedule text: the callers show them as plain text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from planner.core.changes import ChangeKind
from planner.core.now_next import Attended, Happening, NowNext
from planner.gui.plain import fill
from planner.gui.timefmt import format_day, format_span, zone_name
from planner.services.live import RefreshResult

MORE_AT_ONCE = 3  # "also on now" entries named before "+N more"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("live", text, None, n)


def _clock(instant: datetime, zone: tzinfo) -> str:
    return f"{instant.astimezone(zone):%H:%M}"


def _minutes_until(start: datetime, at: datetime) -> int:
    return max(0, math.ceil((start - at).total_seconds() / 60))


def _zone_label(zone: tzinfo, at: datetime) -> str:
    """'CEST, Europe/Brussels' (or one of them where they are the same or one is missing)."""
    short = at.astimezone(zone).tzname() or ""
    key = getattr(zone, "key", None) or ""
    return ", ".join(dict.fromkeys(part for part in (short, key) if part)) or zone_name(zone, at)


def reminder(attended: Attended, at: datetime, zone: tzinfo) -> tuple[str, str]:
    """(title, body) of a reminder: 'In 10 minutes: Rust in orbit' / 'Room A · starts at ...'."""
    session = attended.view.session
    minutes = _minutes_until(attended.start, at)
    title = fill(_tr("In %n minute(s): %1", minutes), session.title)
    when = _clock(attended.start, zone)
    where = _zone_label(zone, attended.start)
    if session.room:
        body = fill(_tr("%1 · starts at %2 (%3)"), session.room, when, where)
    else:
        body = fill(_tr("Starts at %1 (%2)"), when, where)
    return title, body


def changed_picks(result: RefreshResult, zone: tzinfo) -> tuple[str, str]:
    """(title, body) after a refresh that moved, re-roomed or cancelled picks of mine."""
    moves = result.moves_me
    count = len({view.change.key for view in moves})
    title = fill(_tr("%1: %n of your picks changed", count), result.conference.title)
    return title, "\n".join(change_line(view.change.kind, view.change.title,
                                        view.change.after, zone) for view in moves)  # fmt: skip


def change_line(kind: ChangeKind, title: str, after: str, zone: tzinfo) -> str:
    if kind is ChangeKind.MOVED:
        start_text, _, end_text = after.partition("/")
        try:
            start, end = datetime.fromisoformat(start_text), datetime.fromisoformat(end_text)
        except ValueError:
            return fill(_tr("%1 moved"), title)
        return fill(_tr("%1 moved to %2"), title, format_span(start, end, zone))
    if kind is ChangeKind.ROOM:
        return fill(_tr("%1 is now in %2"), title, after or _tr("no room"))
    if kind is ChangeKind.CANCELLED:
        return fill(_tr("%1 was cancelled (kept in your agenda)"), title)
    return title


def now_text(found: NowNext, zone: tzinfo) -> str:
    """'Rust in orbit · Room A · until 10:45' (and the others at once), or '' in a gap."""
    return "  |  ".join(_running(a, zone) for a in found.now)


def _running(attended: Attended, zone: tzinfo) -> str:
    session = attended.view.session
    parts = [session.title] + ([session.room] if session.room else [])
    parts.append(fill(_tr("until %1"), _clock(attended.end, zone)))
    return " · ".join(parts)


def next_text(found: NowNext, at: datetime, zone: tzinfo) -> str:
    """'Python at scale · Room C · 11:30 (in 45 min)'; another day: 'Sun 15 Jun 09:00'."""
    upcoming = found.next
    if upcoming is None:
        return ""
    session = upcoming.view.session
    start = upcoming.start.astimezone(zone)
    if start.date() == at.astimezone(zone).date():
        minutes = _minutes_until(upcoming.start, at)
        if minutes < 60:
            when = fill(_tr("%1 (in %n min)", minutes), _clock(start, zone))
        else:
            when = _clock(start, zone)
    else:
        when = f"{format_day(start.date())} {start:%H:%M}"
    parts = [session.title] + ([session.room] if session.room else []) + [when]
    return " · ".join(parts)


def also_text(also: Sequence[Happening], zone: tzinfo) -> str:
    """'Opening (Main Hall), Keynote (Room 1) +4 more' for a gap in my day."""
    named = [f"{h.title} ({h.room})" if h.room else h.title for h in also[:MORE_AT_ONCE]]
    text = ", ".join(named)
    if len(also) > MORE_AT_ONCE:
        text += " " + fill(_tr("+%1 more"), len(also) - MORE_AT_ONCE)
    return text


def tooltip(found: NowNext, at: datetime, zone: tzinfo) -> str:
    """The tray icon's tooltip: the app, what is on now and next for me (plain lines)."""
    lines = [_tr("Conference Planner")]
    now = now_text(found, zone)
    if now:
        lines.append(fill(_tr("Now: %1"), now))
    elif found.also_on:
        lines.append(fill(_tr("Free now; also on: %1"), also_text(found.also_on, zone)))
    upcoming = next_text(found, at, zone)
    lines.append(fill(_tr("Next: %1"), upcoming) if upcoming else _tr("No picks ahead"))
    return "\n".join(lines)
