"""Commands about the user's picks: bookmark, unbookmark, conflicts, plan."""

from __future__ import annotations

import argparse
from datetime import timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from planner.cli import output as out
from planner.cli.args import Handler, Parser, emit, minutes, priority
from planner.core.errors import UsageError

if TYPE_CHECKING:  # the facade loads SQLAlchemy: imported only when a command runs
    from planner.services.planner import Planner


def register(sub: argparse._SubParsersAction[Parser]) -> dict[str, Handler]:
    p = sub.add_parser("bookmark", help="bookmark sessions (or change a bookmark)")
    p.add_argument("keys", nargs="+", metavar="KEY")
    p.add_argument("--priority", type=priority, metavar="1-5")
    p.add_argument("--note", metavar="TEXT")

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
    changes = planner.bookmark(args.keys, priority=args.priority, note=args.note)
    emit([f"bookmarked {key}" for key in sorted(changes.picks)])


def cmd_unbookmark(planner: Planner, args: argparse.Namespace) -> None:
    picks = planner.picks()
    keys = [planner.resolve_key(k) for k in args.keys]
    missing = [k for k in keys if k not in picks]
    if missing:
        raise UsageError(f"{', '.join(missing)}: not bookmarked")
    planner.unbookmark(keys)
    emit([f"removed {key}" for key in keys])


def _titles(planner: Planner, conference_id: str) -> dict[str, str]:
    return {v.key: v.session.title for v in planner.agenda(conference_id)}


def cmd_conflicts(planner: Planner, args: argparse.Namespace) -> None:
    conference = planner.conference(args.conference)
    groups = planner.conflicts(conference.id, args.buffer)
    if args.json:
        emit([out.dumps(out.conflicts_json(groups, ZoneInfo(conference.timezone)))])
    else:
        emit(out.conflict_lines(groups, _titles(planner, conference.id), conference))


def cmd_plan(planner: Planner, args: argparse.Namespace) -> None:
    conference = planner.conference(args.conference)
    plan = planner.plan(conference.id, args.buffer)
    if args.apply:
        planner.apply_plan(plan)
    if args.json:
        emit([out.dumps(out.plan_json(plan))])
    else:
        emit(out.plan_lines(plan, _titles(planner, conference.id)))
        if args.apply:
            emit(["Applied: dropped picks are now alternatives or watch-later."])
