"""Commands that take the agenda elsewhere: export ics / agenda, and import agenda."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli import agenda_text
from planner.cli.args import Handler, Parser, alarm, emit
from planner.core.errors import UsageError
from planner.core.model import PickState

if TYPE_CHECKING:  # the facade loads SQLAlchemy: imported only when a command runs
    from planner.services.planner import Planner


def register(sub: argparse._SubParsersAction[Parser]) -> dict[str, Handler]:
    p = sub.add_parser("export", help="export ics OUT | export agenda OUT.yaml")
    p.add_argument("what", choices=("ics", "agenda"))
    p.add_argument("out", type=Path, metavar="OUT")
    p.add_argument("--alarm", type=alarm, metavar="MINUTES", help="a reminder before each event")
    p.add_argument("--all", action="store_true", help="the whole catalog, not just your picks")
    p.add_argument("--owner", metavar="NAME", help="your name, shown to whoever opens the agenda")
    p.add_argument(
        "--watch-later",
        action="store_true",
        help="put the picks to watch later in the calendar too, marked (left out otherwise)",
    )
    return {"export": cmd_export}


def cmd_import_agenda(planner: Planner, args: argparse.Namespace) -> None:
    """`planner import agenda FILE [--merge | --replace | --preview]` (parsed by `import`)."""
    if len(args.paths) != 2:
        raise UsageError("import agenda: give exactly one agenda FILE")
    path, mode = args.paths[1], args.mode or "preview"
    try:
        agenda = planner.read_agenda(path)
    except OSError as exc:  # the agenda reader lets a missing file through as it is
        raise UsageError(f"{path}: cannot read the agenda ({exc.strerror or exc})") from None
    if agenda.conference_id not in {info.conference.id for info in planner.conferences()}:
        owner = f" by {agenda.owner}" if agenda.owner else ""
        raise UsageError(
            f"{path}: {len(agenda.entries)} pick(s){owner} for {agenda.conference_title} "
            f"({agenda.conference_id}), a conference that is not loaded: import its schedule "
            "first (planner import SCHEDULE), then open the agenda again"
        )
    result = planner.open_agenda(path, mode)
    keys = [p.session_key for p in result.added] + [a.session_key for _, a in result.changed]
    views = planner.views([*keys, *result.removed])
    emit(agenda_text.agenda_preview_lines(path, result, mode, views))


def cmd_export(planner: Planner, args: argparse.Namespace) -> None:
    conference = planner.conference(args.conference)
    if args.what == "agenda":
        if args.alarm is not None or args.all or args.watch_later:
            raise UsageError("--alarm, --all and --watch-later are for `export ics` only")
        count = planner.save_agenda(args.out, conference_id=conference.id, owner=args.owner)
        emit([f"{args.out}: saved {count} pick(s) of {conference.title}"])
        return
    result = planner.export_calendar(
        args.out,
        conference_id=conference.id,
        alarm_minutes=args.alarm,
        all_sessions=args.all,
        watch_later=args.watch_later,
    )
    later = [p for p in planner.picks(conference.id).values() if p.state is PickState.WATCH_LATER]
    left_out = 0 if args.all or args.watch_later else len(later)
    emit(agenda_text.export_lines(result, planner.views(result.unscheduled), left_out))
