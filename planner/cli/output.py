"""How the command line shows sessions: as text for people, JSON for scripts.

Text names a session by its code (what the user types), never by its internal key; times are
in the zone chosen (see ``zones``), and a time the source does not confirm says so. JSON
carries keys and ISO times in the conference's zone, for scripts. Nothing a terminal would
obey reaches it: ``args.emit`` and ``args.warn`` strip control characters from every line.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from planner.cli.zones import when, zone_label
from planner.core.model import Conference, PickState, SessionView


def iso(instant: datetime | None, zone: tzinfo) -> str | None:
    return None if instant is None else instant.astimezone(zone).isoformat()


def session_json(view: SessionView, conference: Conference) -> dict[str, Any]:
    s, pick, zone = view.session, view.pick, ZoneInfo(conference.timezone)
    return {
        "key": s.key,
        "code": s.code,
        "title": s.title,
        "track": s.track,
        "day": s.day.isoformat() if s.day else _local_day(s.start, zone),
        "start": iso(s.start, zone),
        "end": iso(s.end, zone),
        "timezone": conference.timezone,
        "time_status": s.time_status.value,
        "time_note": s.time_note,
        "room": s.room,
        "speakers": list(s.speakers),
        "topics": list(s.topics),
        "highlights": list(s.highlights),
        "summary": s.summary,
        "abstract": s.abstract,
        "url": s.url,
        "delivery": s.delivery,
        "recorded": s.recorded,
        "cancelled": view.cancelled,
        "other_runs": list(view.other_runs),
        "sources": list(s.sources),
        "bookmarked": pick is not None,
        "priority": pick.priority if pick else None,
        "note": pick.note if pick else None,
        "state": pick.state.value if pick else None,
    }


def _local_day(start: datetime | None, zone: ZoneInfo) -> str | None:
    return None if start is None else start.astimezone(zone).date().isoformat()


# JSON escapes C0 controls itself; these it leaves raw, and a terminal would act on them.
_JSON_ESCAPES = {n: f"\\u{n:04x}" for n in [0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F),
                                             *range(0x2066, 0x206A)]}  # fmt: skip


def dumps(value: Any) -> str:
    """JSON for scripts: every character kept, the ones a terminal acts on as escapes."""
    return json.dumps(value, ensure_ascii=False, indent=2).translate(_JSON_ESCAPES)


def local_id(key: str) -> str:
    """A key without its conference: what the schedule itself calls the session."""
    return key.split("/", 1)[1] if "/" in key else key


def name_of(view: SessionView) -> str:
    """What a user types to mean the session: its code ("1007#2" for a later run of a session
    held more than once, as the runs share the code), else its id in the schedule."""
    if not view.session.code:
        return local_id(view.key)
    if not view.other_runs:
        return view.session.code
    _, mark, run = view.key.rpartition("#")
    return f"{view.session.code}#{run if mark and run.isdigit() else 1}"


STATE_WORDS = {PickState.ALTERNATIVE: "alternative", PickState.WATCH_LATER: "watch later"}


def marks(view: SessionView) -> str:
    """' [watch later] [cancelled]': what the user means to do with it, and what happened."""
    words = []
    if view.pick is not None and view.pick.state in STATE_WORDS:
        words.append(STATE_WORDS[view.pick.state])
    if view.cancelled:
        words.append("cancelled")
    return "".join(f" [{word}]" for word in words)


def session_line(view: SessionView, zone: tzinfo) -> str:
    s = view.session
    star = f"★{view.pick.priority}" if view.pick else "  "
    room = f" @ {s.room}" if s.room else ""
    return f"{star} {name_of(view):<8} {when(view, zone):<28} {s.title}{room}{marks(view)}"


def session_lines(
    views: Sequence[SessionView],
    conference: Conference,
    zone: tzinfo,
    choice: str,
    what: str = "",
    total: int | None = None,
) -> list[str]:
    """A heading that says how many (``total``: of which ``views`` are the first), in which
    order and on which clock; a line each."""
    clock = zone_label(zone, choice)
    total = len(views) if total is None else total
    count = f"{total} session" + ("" if total == 1 else "s")
    heading = f"{conference.title}: {count}{what} (times in {clock})"
    return [heading] + [session_line(v, zone) for v in views]


def detail_lines(
    view: SessionView,
    conference: Conference,
    zone: tzinfo,
    choice: str,
    runs: Sequence[SessionView] = (),
) -> list[str]:
    """Everything about one session; ``runs`` are its other runs (the same session again)."""
    s = view.session
    lines = [s.title, f"  code: {name_of(view) if s.code else '-'}   key: {s.key}"]
    lines.append(f"  when: {when(view, zone)} ({zone_label(zone, choice)})")
    if s.time_note:
        lines.append(f"  note on time: {s.time_note}")
    lines += [f"  room: {s.room or '-'}", f"  track: {s.track or '-'}"]
    lines.append(f"  speakers: {', '.join(s.speakers) or '-'}")
    lines.append(f"  delivery: {s.delivery}{' (recorded)' if s.recorded else ''}")
    if view.cancelled:
        lines.append("  CANCELLED: no longer in the schedule")
    for run in runs:
        room = f" @ {run.session.room}" if run.session.room else ""
        lines.append(f"  also runs: {name_of(run)}  {when(run, zone)}{room}")
    lines += ["", s.summary] if s.summary else []
    lines += [f"  • {h}" for h in s.highlights]
    lines += [f"  topics: {'、'.join(s.topics)}"] if s.topics else []
    lines += [f"  {s.abstract}"] if s.abstract else []
    lines += [f"  {s.url}"] if s.url else []
    if view.pick:
        p = view.pick
        lines.append(f"  bookmarked: priority {p.priority}, {p.state.value}")
        lines += [f"  my note: {p.note}"] if p.note else []
    return lines
