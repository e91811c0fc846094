"""How the command line shows sessions, clashes and plans: as text for people, JSON for scripts.

Times are shown in the conference's zone; a time the source does not confirm says so.
Everything printed goes through ``terminal_text`` first: catalog and agenda text is untrusted,
and a terminal obeys the control characters it receives (ESC starts a command that can retitle
the window, rewrite the screen or worse), so none reaches it, whatever a reader let through.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from planner.core.conflicts import ClashGroup, Plan
from planner.core.model import Conference, SessionView, TimeStatus

# C0 controls but tab and line feed, DEL, C1 controls (U+009B is a one-character ESC [), and
# the bidirectional overrides that make a line read differently from what it holds.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_text(text: str) -> str:
    """``text`` with nothing a terminal would take for a command (line breaks and tabs stay)."""
    return _UNPRINTABLE.sub("", text)


def iso(instant: datetime | None, zone: ZoneInfo) -> str | None:
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


def when(view: SessionView, zone: ZoneInfo) -> str:
    """'Tue 18 Mar 10:00-12:00', with '(assumed)' or 'unscheduled' where that is the truth."""
    s = view.session
    if s.start is None or s.end is None:
        return "unscheduled"
    start, end = s.start.astimezone(zone), s.end.astimezone(zone)
    text = f"{start:%a %d %b %H:%M}-{end:%H:%M}"
    if s.time_status is TimeStatus.ASSUMED:
        text += " (assumed)"
    return text


def session_line(view: SessionView, zone: ZoneInfo) -> str:
    s = view.session
    star = f"★{view.pick.priority}" if view.pick else "  "
    mark = " [cancelled]" if view.cancelled else ""
    room = f" @ {s.room}" if s.room else ""
    return f"{star} {s.code or s.key:<8} {when(view, zone):<30} {s.title}{room}{mark}"


def session_lines(views: Sequence[SessionView], conference: Conference) -> list[str]:
    zone = ZoneInfo(conference.timezone)
    lines = [f"{conference.title}: {len(views)} sessions (times in {conference.timezone})"]
    lines += [session_line(v, zone) for v in views]
    return lines


def detail_lines(view: SessionView, conference: Conference) -> list[str]:
    s, zone = view.session, ZoneInfo(conference.timezone)
    lines = [s.title, f"  key: {s.key}   code: {s.code or '-'}"]
    lines.append(f"  when: {when(view, zone)} ({conference.timezone})")
    if s.time_note:
        lines.append(f"  note on time: {s.time_note}")
    lines += [f"  room: {s.room or '-'}", f"  track: {s.track or '-'}"]
    lines.append(f"  speakers: {', '.join(s.speakers) or '-'}")
    lines.append(f"  delivery: {s.delivery}{' (recorded)' if s.recorded else ''}")
    if view.cancelled:
        lines.append("  CANCELLED: no longer in the schedule")
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


def conflicts_json(groups: Sequence[ClashGroup], zone: ZoneInfo) -> list[dict[str, Any]]:
    return [
        {"sessions": list(g.keys), "start": iso(g.start, zone), "end": iso(g.end, zone)}
        for g in groups
    ]


def conflict_lines(
    groups: Sequence[ClashGroup], titles: dict[str, str], conference: Conference
) -> list[str]:
    zone = ZoneInfo(conference.timezone)
    if not groups:
        return ["No clashes among your picks."]
    lines = [f"{len(groups)} clash group(s) (times in {conference.timezone}):"]
    for g in groups:
        lines.append(f"- {g.start.astimezone(zone):%a %d %b %H:%M}-{g.end.astimezone(zone):%H:%M}")
        lines += [f"    {k}  {titles.get(k, '')}" for k in g.keys]
    return lines


def plan_json(plan: Plan) -> dict[str, Any]:
    return {
        "keep": list(plan.keep),
        "drop": list(plan.drop),
        "watch_later": list(plan.watch_later),
        "alternatives": list(plan.alternatives),
        "total_priority": plan.total_priority,
    }


def plan_lines(plan: Plan, titles: dict[str, str]) -> list[str]:
    lines = [f"Best plan: keep {len(plan.keep)}, drop {len(plan.drop)}"]
    lines += [f"  keep   {k}  {titles.get(k, '')}" for k in plan.keep]
    lines += [
        f"  later  {k}  {titles.get(k, '')} (recorded: watch later)" for k in plan.watch_later
    ]
    lines += [f"  drop   {k}  {titles.get(k, '')} (alternative)" for k in plan.alternatives]
    return lines


def change_json(view: Any) -> dict[str, Any]:
    c = view.change
    return {"key": c.key, "kind": c.kind.value, "title": c.title, "before": c.before,
            "after": c.after, "picked": view.picked}  # fmt: skip


def change_lines(views: Sequence[Any]) -> list[str]:
    if not views:
        return ["The latest import changed nothing."]
    lines: list[str] = []
    for picked, heading in ((True, "Your picks:"), (False, "Other sessions:")):
        group = [v for v in views if v.picked is picked]
        if group:
            lines.append(heading)
            lines += [
                f"  {v.change.kind.value:<9} {v.change.key}  {v.change.title}"
                + (
                    f"  ({v.change.before} -> {v.change.after})"
                    if v.change.before or v.change.after
                    else ""
                )
                for v in group
            ]
    return lines


def export_lines(result: Any) -> list[str]:
    lines = [
        f"{result.path}: {result.events} event(s)"
        + (f", {result.updated} updated" if result.updated else "")
        + (f", {result.cancelled} cancelled since the last export" if result.cancelled else "")
    ]
    if result.unscheduled:
        lines.append(
            f"left out {len(result.unscheduled)} unscheduled session(s), which have no "
            f"time to put in a calendar: {', '.join(result.unscheduled)}"
        )
    return lines


def agenda_preview_lines(path: Any, result: Any, mode: str) -> list[str]:
    agenda = result.agenda
    owner = f" by {agenda.owner}" if agenda.owner else ""
    done = {"preview": "would add", "merge": "added", "replace": "added"}[mode]
    lines = [
        f"{path}: {len(agenda.entries)} pick(s) of {agenda.conference_title}{owner}",
        f"  {done} {len(result.added)}, "
        f"{'would change' if mode == 'preview' else 'changed'} {len(result.changed)}"
        + (f", removed {len(result.removed)}" if result.removed else ""),
    ]
    lines += [f"  + {p.session_key} (priority {p.priority})" for p in result.added]
    lines += [f"  ~ {after.session_key}" for _, after in result.changed]
    lines += [f"  - {key}" for key in result.removed]
    for entry in result.unmatched:
        lines.append(f"  ? no session matches {entry.code or entry.key}: {entry.title}")
    for group in result.new_clashes:
        lines.append(f"  ! new clash: {', '.join(group.keys)}")
    if mode == "preview":
        lines.append(
            "Nothing changed. Use --merge to add these picks or --replace to take "
            "exactly this agenda."
        )
    return lines
