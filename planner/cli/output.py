"""How the command line shows sessions: as text for people, JSON for scripts.

Text names a session by its code (what the user types), never by its internal key; times are
in the zone chosen (see ``zones``), and a time the source does not confirm says so. JSON
carries keys and ISO times in the conference's zone, for scripts.
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


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def local_id(key: str) -> str:
    """A key without its conference: what the schedule itself calls the session."""
    return key.split("/", 1)[1] if "/" in key else key


def name_of(view: SessionView) -> str:
    """What a user types to mean the session: its code, else its id in the schedule."""
    return view.session.code or local_id(view.key)


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
    views: Sequence[SessionView], conference: Conference, zone: tzinfo, choice: str, what: str = ""
) -> list[str]:
    """A heading that says how many, in which order and on which clock; a line each."""
    clock = zone_label(zone, choice)
    count = f"{len(views)} session" + ("" if len(views) == 1 else "s")
    heading = f"{conference.title}: {count}{what} (times in {clock})"
    return [heading] + [session_line(v, zone) for v in views]


def detail_lines(view: SessionView, conference: Conference, zone: tzinfo, choice: str) -> list[str]:
    s = view.session
    lines = [s.title, f"  code: {s.code or '-'}   key: {s.key}"]
    lines.append(f"  when: {when(view, zone)} ({zone_label(zone, choice)})")
    if s.time_note:
        lines.append(f"  note on time: {s.time_note}")
    lines += [f"  room: {s.room or '-'}", f"  track: {s.track or '-'}"]
    lines.append(f"  speakers: {', '.join(s.speakers) or '-'}")
    lines.append(f"  delivery: {s.delivery}{' (recorded)' if s.recorded else ''}")
    if view.cancelled:
        lines.append("  CANCELLED: no longer in the schedule")
    if view.other_runs:
        lines.append(f"  also runs as: {', '.join(local_id(k) for k in view.other_runs)}")
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
