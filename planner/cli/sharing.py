"""Commands that take the agenda elsewhere: export ics / agenda / pdf, and import agenda."""

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
    p = sub.add_parser("export", help="export ics OUT | agenda OUT.yaml | pdf OUT.pdf")
    p.add_argument("what", choices=("ics", "agenda", "pdf"))
    p.add_argument("out", type=Path, metavar="OUT")
    p.add_argument("--alarm", type=alarm, metavar="MINUTES",
                   help="a reminder before each event you mean to attend")  # fmt: skip
    p.add_argument("--all", action="store_true", help="the whole catalog, not just your picks")
    p.add_argument("--owner", metavar="NAME", help="your name, shown to whoever opens the agenda")
    p.add_argument(
        "--page",
        choices=("a4", "letter", "a6"),
        help="the PDF's paper (default a4: two columns to fold; a6: pocket size)",
    )
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
    result = planner.open_agenda(path, mode)
    keys = [p.session_key for p in result.added] + [a.session_key for _, a in result.changed]
    views = planner.views([*keys, *result.removed])
    emit(agenda_text.agenda_preview_lines(path, result, mode, views))


def cmd_export(planner: Planner, args: argparse.Namespace) -> None:
    conference = planner.conference(args.conference)
    if args.page is not None and args.what != "pdf":
        raise UsageError("--page is for `export pdf` only")
    if args.what == "pdf":
        export_pdf(planner, args, conference.id)
        return
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


def export_pdf(planner: Planner, args: argparse.Namespace, conference_id: str) -> None:
    """`planner export pdf OUT.pdf [--all] [--page a4|letter|a6]`: the printable agenda."""
    if args.alarm is not None or args.owner or args.watch_later:
        raise UsageError("--alarm, --owner and --watch-later are not for `export pdf`")
    # Qt draws the PDF (see planner/gui/sharing/pocket_pdf.py): loaded for this command only.
    from planner.services.pocket_agenda import refuse_pdf_target, save_pdf

    refuse_pdf_target(args.out)  # before Qt is loaded and the agenda drawn
    from planner.gui.sharing.pocket_pdf import pdf_bytes

    agenda = planner.pocket_agenda(conference_id, all_sessions=args.all)
    save_pdf(args.out, pdf_bytes(agenda, args.page or "a4"))
    entries = agenda.entries
    timed = sum(1 for e in entries if e.start is not None)
    what = "session(s)" if args.all else "pick(s)"
    emit([f"{args.out}: {len(entries)} {what} of {agenda.conference.title}, {timed} with a time"])
