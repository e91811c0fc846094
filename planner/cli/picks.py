"""Commands about the user's picks: bookmark, unbookmark, conflicts, plan."""

from __future__ import annotations

import argparse
from datetime import timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from planner.cli import agenda_text
from planner.cli import output as out
from planner.cli.args import Handler, Parser, emit, minutes, priority
from planner.cli.zones import add_zone_option, chosen_zone
from planner.core.errors import UsageError
from planner.core.model import PickState

if TYPE_CHECKING:  # the facade loads SQLAlchemy: imported only when a command runs
    from planner.services.planner import Planner

STATES = {state.value: state for state in PickState}


def register(sub: argparse._SubParsersAction[Parser]) -> dict[str, Handler]:
    p = sub.add_parser("bookmark", help="bookmark sessions (or change a bookmark)")
    p.add_argument("keys", nargs="+", metavar="KEY")
    p.add_argument("--priority", type=priority, metavar="1-5")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument(
        "--state",
        choices=list(STATES),
        help="attending (the default for a new bookmark), alternative or watch-later",
    )

    p = sub.add_parser("unbookmark", help="remove bookmarks")
    p.add_argument("keys", nargs="+", metavar="KEY")

    for name, text in (("conflicts", "list clashes among picks"), ("plan", "best clash-free plan")):
        p = sub.add_parser(name, help=text)
        p.add_argument(
            "--buffer",
            type=minutes,
            default=timedelta(0),
            metavar="MINUTES",
            help="walking time between rooms",
        )
        add_zone_option(p)
        p.add_argument("--json", action="store_true")
        if name == "plan":
            p.add_argument("--apply", action="store_true", help="mark the dropped picks")
    return {
        "bookmark": cmd_bookmark,
        "unbookmark": cmd_unbookmark,
        "conflicts": cmd_conflicts,
        "plan": cmd_plan,
    }


def cmd_bookmark(planner: Planner, args: argparse.Namespace) -> None:
    from planner.services import pick_edits  # with the facade: only when a command runs

    state = STATES[args.state] if args.state else None
    edit = pick_edits.bookmarking(args.priority, args.note, state)
    # Brief: the lines name each session (code and title); thousands of codes at once must not
    # read every session's texts and speakers to say so.
    done = planner.edit_picks(
        args.keys, edit, resolve=True, conference_id=args.conference, brief=True
    )
    keys = list(done.keys)
    # The change carries the sessions it changed; only those it left as they were are read.
    views = dict(done.changes.views)
    if rest := [key for key in keys if key not in views]:
        views.update(planner.views(rest))
    current = planner.current_conference_id()
    emit(agenda_text.bookmark_lines(keys, views, "bookmarked", current))


def cmd_unbookmark(planner: Planner, args: argparse.Namespace) -> None:
    picks = planner.picks()
    keys = list(dict.fromkeys(planner.resolve_key(k, args.conference) for k in args.keys))
    views = planner.views(keys)
    missing = [agenda_text.ref(k, views) for k in keys if k not in picks]
    if missing:
        raise UsageError(f"{', '.join(missing)}: not bookmarked")
    planner.unbookmark(keys)
    emit([f"removed {agenda_text.ref(key, views)}" for key in keys])


def _picked_views(planner: Planner, conference_id: str) -> agenda_text.Views:
    return {v.key: v for v in planner.agenda(conference_id)}


def cmd_conflicts(planner: Planner, args: argparse.Namespace) -> None:
    conference = planner.conference(args.conference)
    groups = planner.conflicts(conference.id, args.buffer)
    if args.json:
        emit([out.dumps(agenda_text.conflicts_json(groups, ZoneInfo(conference.timezone)))])
        return
    zone = chosen_zone(args.zone, conference)
    views = _picked_views(planner, conference.id)
    emit(agenda_text.conflict_lines(groups, views, zone, args.zone))


def cmd_plan(planner: Planner, args: argparse.Namespace) -> None:
    conference = planner.conference(args.conference)
    plan = planner.plan(conference.id, args.buffer)
    views = _picked_views(planner, conference.id)  # as the plan found them, before it applies
    if args.apply and plan.drop:
        planner.apply_plan(plan)
    if args.json:
        emit([out.dumps(agenda_text.plan_json(plan))])
        return
    zone = chosen_zone(args.zone, conference)
    emit(agenda_text.plan_lines(plan, views, zone, args.zone))
    if args.apply:
        emit(agenda_text.applied_lines(plan))
