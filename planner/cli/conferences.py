"""Commands that choose and remove conferences: use, remove-conference.

The current conference is the one every command works on without ``--conference``: the one
imported last, or chosen with ``planner use``. The database keeps it, so the window opens on
it too. Removing a conference saves the user's picks of it to an agenda file first, which
``planner import agenda FILE --merge`` brings back once its schedule is imported again.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli.args import Handler, Parser, emit
from planner.core.errors import UsageError

if TYPE_CHECKING:  # the facade loads SQLAlchemy: imported only when a command runs
    from planner.core.model import Conference
    from planner.services.planner import Planner


def register(sub: argparse._SubParsersAction[Parser]) -> dict[str, Handler]:
    p = sub.add_parser("use", help="make a conference the current one (see `conferences`)")
    p.add_argument("conference_id", metavar="ID")

    p = sub.add_parser(
        "remove-conference",
        help="remove a conference and your picks of it (saved to an agenda file first)",
    )
    p.add_argument("conference_id", metavar="ID")
    p.add_argument("--yes", action="store_true", help="do not ask first")
    p.add_argument(
        "--save",
        type=Path,
        metavar="FILE",
        help="where to save your picks of it (default: beside the database)",
    )
    return {"use": cmd_use, "remove-conference": cmd_remove_conference}


def cmd_use(planner: Planner, args: argparse.Namespace) -> None:
    conference = planner.use(args.conference_id)
    emit([f"{conference.id} ({conference.title}) is now the current conference"])


def _default_save_path(planner: Planner, conference: Conference) -> Path:
    stamp = f"{datetime.now():%Y%m%d-%H%M%S}"
    return planner.db_path.parent / f"{conference.id}-picks-{stamp}.yaml"


def _confirmed(question: str) -> bool:
    if not sys.stdin.isatty():
        raise UsageError("remove-conference: give --yes to remove without being asked")
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def cmd_remove_conference(planner: Planner, args: argparse.Namespace) -> None:
    conference = planner.conference(args.conference_id)
    info = next(i for i in planner.conferences() if i.conference.id == conference.id)
    picks = len(planner.picks(conference.id))
    save_to = args.save or _default_save_path(planner, conference)
    kept = f"your {picks} pick(s) of it, saved first to {save_to}" if picks else "no picks of yours"
    question = f"Remove {conference.title} ({conference.id}): {info.sessions} sessions and {kept}?"
    if not args.yes and not _confirmed(question):
        emit(["Nothing removed."])
        return
    removed = planner.remove_conference(conference.id, save_to if picks else None)
    lines = [f"removed {conference.id} ({conference.title}) and {removed.picks} pick(s) of it"]
    if removed.saved_to is not None:
        lines.append(
            f"  your picks are saved in {removed.saved_to}: after importing the schedule again, "
            f"`planner import agenda {removed.saved_to} --merge` brings them back"
        )
    emit(lines)
