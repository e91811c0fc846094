"""How the command line shows picks, clashes, plans, schedule changes and shared agendas.

Text names sessions by code and title, with the priority and the time in the chosen zone; the
JSON forms carry the stable keys, for scripts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from planner.cli.output import iso, local_id, marks, name_of
from planner.cli.zones import span, when, zone_label
from planner.core.changes import ChangeKind
from planner.core.conflicts import ClashGroup, Plan
from planner.core.model import Conference, SessionView, conference_of

if TYPE_CHECKING:  # the facade's result types load SQLAlchemy: named for type checking only
    from planner.services.agenda_share import AgendaPreview
    from planner.services.calendar_export import CalendarExport
    from planner.services.planner import ChangeView

Views = Mapping[str, SessionView]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def ref(key: str, views: Views) -> str:
    """'1002  Rust in the Linux kernel': the code a user types, and the title."""
    view = views.get(key)
    return f"{name_of(view):<8} {view.session.title}" if view else local_id(key)


def pick_line(key: str, views: Views, zone: tzinfo) -> str:
    """'★5 1002     Sat 01 Feb 10:00-10:50  Rust in the Linux kernel @ Janson [alternative]'."""
    view = views.get(key)
    if view is None:
        return f"   {local_id(key)}"
    star = f"★{view.pick.priority}" if view.pick else "  "
    room = f" @ {view.session.room}" if view.session.room else ""
    title = view.session.title
    return f"{star} {name_of(view):<8} {when(view, zone):<28} {title}{room}{marks(view)}"


# --- bookmarks -----------------------------------------------------------------------------------


def bookmark_lines(
    keys: Sequence[str], views: Views, verb: str, current: str | None = None
) -> list[str]:
    """'bookmarked 1002  Rust in the Linux kernel (priority 4, attending)'; a session of
    another conference than ``current`` says which, since a code alone may surprise."""
    lines = []
    for key in keys:
        view = views.get(key)
        pick = view.pick if view else None
        state = f" (priority {pick.priority}, {pick.state.value})" if pick else ""
        elsewhere = conference_of(key)
        where = f" in {elsewhere}" if current is not None and elsewhere != current else ""
        lines.append(f"{verb} {ref(key, views)}{state}{where}")
    return lines


# --- clashes and the best plan -------------------------------------------------------------------


def conflicts_json(groups: Sequence[ClashGroup], zone: tzinfo) -> list[dict[str, Any]]:
    return [
        {"sessions": list(g.keys), "start": iso(g.start, zone), "end": iso(g.end, zone)}
        for g in groups
    ]


def conflict_lines(
    groups: Sequence[ClashGroup], views: Views, zone: tzinfo, choice: str
) -> list[str]:
    if not groups:
        return ["No clashes among the picks you mean to attend."]
    lines = [f"{_plural(len(groups), 'clash group')} (times in {zone_label(zone, choice)}):"]
    for group in groups:
        lines.append(f"- {span(group.start, group.end, zone)}")
        lines += [f"    {pick_line(key, views, zone)}" for key in group.keys]
    return lines


def plan_json(plan: Plan) -> dict[str, Any]:
    return {
        "keep": list(plan.keep),
        "drop": list(plan.drop),
        "watch_later": list(plan.watch_later),
        "alternatives": list(plan.alternatives),
        "total_priority": plan.total_priority,
    }


def plan_lines(plan: Plan, views: Views, zone: tzinfo, choice: str) -> list[str]:
    if not plan.drop:
        what = f"keep all {_plural(len(plan.keep), 'pick')}, none of them clash"
    else:
        what = f"keep {len(plan.keep)}, drop {len(plan.drop)}; priority kept {plan.total_priority}"
    lines = [f"Best plan (times in {zone_label(zone, choice)}): {what}"]
    lines += [f"  keep   {pick_line(k, views, zone)}" for k in plan.keep]
    lines += [
        f"  later  {pick_line(k, views, zone)} (recorded: watch later)" for k in plan.watch_later
    ]
    lines += [f"  drop   {pick_line(k, views, zone)} (alternative)" for k in plan.alternatives]
    return lines


def applied_lines(plan: Plan) -> list[str]:
    if not plan.drop:
        return ["Nothing to apply: no pick clashes, so none was dropped."]
    parts = []
    if plan.watch_later:
        parts.append(f"{_plural(len(plan.watch_later), 'pick')} to watch later")
    if plan.alternatives:
        parts.append(f"{_plural(len(plan.alternatives), 'alternative')}")
    return [
        f"Applied: {' and '.join(parts)}; the rest you attend. "
        "`planner export ics` leaves the watch-later picks out."
    ]


# --- what an import changed -----------------------------------------------------------------------


def change_json(view: ChangeView) -> dict[str, Any]:
    c = view.change
    return {"key": c.key, "kind": c.kind.value, "title": c.title, "before": c.before,
            "after": c.after, "picked": view.picked}  # fmt: skip


def _moment(value: str, zone: tzinfo) -> str:
    """A change's 'start/end' (ISO 8601, UTC) as a span in ``zone``."""
    start, _, end = value.partition("/")
    try:
        return span(datetime.fromisoformat(start), datetime.fromisoformat(end), zone)
    except ValueError:
        return "no time" if value in ("", "unscheduled") else value


def _before_after(view: ChangeView, zone: tzinfo) -> str:
    c = view.change
    if c.kind is ChangeKind.MOVED:
        return f"  ({_moment(c.before, zone)} -> {_moment(c.after, zone)})"
    if c.before or c.after:
        return f"  ({c.before or '-'} -> {c.after or '-'})"
    return ""


def change_lines(
    changes: Sequence[ChangeView], views: Views, conference: Conference, zone: tzinfo, choice: str
) -> list[str]:
    if not changes:
        return [f"The latest import of {conference.title} changed nothing."]
    lines = [f"What the latest import of {conference.title} changed (times in "
             f"{zone_label(zone, choice)}):"]  # fmt: skip
    for picked, heading in ((True, "Your picks:"), (False, "Other sessions:")):
        group = [v for v in changes if v.picked is picked]
        if group:
            lines.append(heading)
            for v in group:
                c = v.change
                name = name_of(views[c.key]) if c.key in views else "-"  # gone from the catalog
                lines.append(f"  {c.kind.value:<9} {name:<8} {c.title}{_before_after(v, zone)}")
    return lines


# --- exports and shared agendas ------------------------------------------------------------------


def export_lines(result: CalendarExport, views: Views, left_out: int) -> list[str]:
    lines = [
        f"{result.path}: {result.events} event(s)"
        + (f", {result.updated} updated" if result.updated else "")
        + (f", {result.cancelled} cancelled since the last export" if result.cancelled else "")
    ]
    if left_out:
        lines.append(
            f"left out {_plural(left_out, 'pick')} to watch later (--watch-later puts them in, "
            "marked)"
        )
    if result.unscheduled:
        names = ", ".join(ref(key, views).split()[0] for key in result.unscheduled)
        lines.append(
            f"left out {len(result.unscheduled)} unscheduled session(s), which have no "
            f"time to put in a calendar: {names}"
        )
    return lines


def agenda_preview_lines(path: object, result: AgendaPreview, mode: str, views: Views) -> list[str]:
    agenda = result.agenda
    owner = f" by {agenda.owner}" if agenda.owner else ""
    done = {"preview": "would add", "merge": "added", "replace": "added"}[mode]
    lines = [
        f"{path}: {len(agenda.entries)} pick(s) of {agenda.conference_title}{owner}",
        f"  {done} {len(result.added)}, "
        f"{'would change' if mode == 'preview' else 'changed'} {len(result.changed)}"
        + (f", removed {len(result.removed)}" if result.removed else ""),
    ]
    lines += [f"  + {ref(p.session_key, views)} (priority {p.priority})" for p in result.added]
    lines += [f"  ~ {ref(after.session_key, views)}" for _, after in result.changed]
    lines += [f"  - {ref(key, views)}" for key in result.removed]
    for entry in result.unmatched:
        lines.append(f"  ? no session matches {entry.code or entry.key}: {entry.title}")
    for group in result.new_clashes:
        lines.append(f"  ! new clash: {', '.join(ref(k, views).split()[0] for k in group.keys)}")
    if mode == "preview":
        lines.append(
            "Nothing changed. Use --merge to add these picks or --replace to take "
            "exactly this agenda."
        )
    return lines
