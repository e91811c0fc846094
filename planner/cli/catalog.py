"""Commands about conferences and their sessions: import, sessions, show, conferences, changes."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.cli import live
from planner.cli import output as out
from planner.cli.args import Handler, Parser, day, emit, progress
from planner.core.errors import UsageError
from planner.core.model import SessionFilter

if TYPE_CHECKING:  # the facade loads SQLAlchemy: imported only when a command runs
    from planner.services.planner import Planner


def zone(text: str) -> str:
    """An IANA time zone name, as ``--timezone`` takes it."""
    name = text.strip()
    try:
        if not name or name.startswith(("/", ".")) or ".." in name:
            raise ValueError(name)
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time zone name like Europe/Berlin or America/New_York"
        ) from None
    return name


def register(sub: argparse._SubParsersAction[Parser]) -> dict[str, Handler]:
    sub.add_parser("summary", help="what the current conference holds, by track")
    p = sub.add_parser(
        "import",
        help="import schedule files or URLs, or `import agenda FILE` to open a shared agenda",
        description="planner import PATH|URL...  |  planner import agenda FILE "
        "[--merge | --replace | --preview]",
    )
    # A web address stays text (planner/cli/live.py fetches it); anything else is a path.
    p.add_argument("paths", nargs="+", type=live.path_or_url, metavar="PATH")
    p.add_argument("--date", type=day, help="the date for sources that give times without dates")
    p.add_argument(
        "--timezone",
        type=zone,
        metavar="ZONE",
        help="the time zone (e.g. Europe/Berlin) of a schedule that names none; remembered "
        "for later imports of the same conference",
    )
    mode = p.add_mutually_exclusive_group()
    for flag, text in (
        ("--preview", "only show what would change (the default)"),
        ("--merge", "add the file's picks; never removes yours or your notes"),
        ("--replace", "make your picks exactly the file's"),
    ):
        mode.add_argument(flag, dest="mode", action="store_const", const=flag[2:], help=text)

    p = sub.add_parser("sessions", help="list sessions")
    p.add_argument("--track", metavar="NAME")
    p.add_argument("--day", type=day, metavar="YYYY-MM-DD")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--bookmarked", action="store_true")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("show", help="show one session")
    p.add_argument("key", metavar="KEY")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("conferences", help="list the conferences in the database")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("changes", help="what the latest schedule import changed")
    p.add_argument("--json", action="store_true")
    return {
        "summary": cmd_summary,
        "import": cmd_import,
        "sessions": cmd_sessions,
        "show": cmd_show,
        "conferences": cmd_conferences,
        "changes": cmd_changes,
    }


def cmd_import(planner: Planner, args: argparse.Namespace) -> None:
    if args.paths[0] == Path("agenda") and len(args.paths) > 1:
        from planner.cli.sharing import cmd_import_agenda

        live.refuse_urls(args.paths[1:], "agenda files are opened from disk: download it first")
        return cmd_import_agenda(planner, args)
    if args.mode:
        raise UsageError(f"--{args.mode}: only for `planner import agenda FILE`")
    for path in args.paths:
        if isinstance(path, str):  # a web address: fetched and reported by planner/cli/live.py
            live.import_url(planner, path, args)
            continue
        result = planner.import_file(
            path, day=args.date, timezone=args.timezone, progress=progress(path)
        )
        emit(out.import_lines(str(path), result, set(planner.picks(result.conference.id))))


def cmd_sessions(planner: Planner, args: argparse.Namespace) -> None:
    conference = planner.conference(args.conference)
    query = SessionFilter(conference.id, args.track, args.day, args.search, args.bookmarked)
    views = planner.sessions(query)
    if args.json:
        emit([out.dumps([out.session_json(v, conference) for v in views])])
    else:
        emit(out.session_lines(views, conference))


def cmd_show(planner: Planner, args: argparse.Namespace) -> None:
    view = planner.session(args.key)
    conference = planner.conference(view.session.conference_id)
    if args.json:
        emit([out.dumps(out.session_json(view, conference))])
    else:
        emit(out.detail_lines(view, conference))


def cmd_conferences(planner: Planner, args: argparse.Namespace) -> None:
    infos = planner.conferences()
    rows = [
        {
            "id": i.conference.id,
            "title": i.conference.title,
            "timezone": i.conference.timezone,
            "first_day": i.conference.first_day.isoformat() if i.conference.first_day else None,
            "last_day": i.conference.last_day.isoformat() if i.conference.last_day else None,
            "events": i.events,
            "zone_source": i.conference.zone_source.value,
            "timezone_confirmed": i.conference.zone_confirmed,
        }
        for i in infos
    ]
    if args.json:
        emit([out.dumps(rows)])
    else:
        emit(
            [
                f"{r['id']:<20} {r['events']:>6} events  {r['first_day']}..{r['last_day']}  "
                f"{r['title']} ({r['timezone']})"
                for r in rows
            ]
        )


def cmd_changes(planner: Planner, args: argparse.Namespace) -> None:
    views = planner.schedule_changes(args.conference)
    if args.json:
        emit([out.dumps([out.change_json(v) for v in views])])
    else:
        emit(out.change_lines(views))


def cmd_summary(planner: Planner, args: argparse.Namespace) -> None:
    """What the current conference holds, by track."""
    conference = planner.conference(args.conference)
    tracks = planner.tracks(conference.id)
    total = sum(n for _, n in tracks)
    emit(
        [
            f"{conference.title}: {total} sessions in {len(tracks)} tracks "
            f"({conference.first_day} to {conference.last_day}, {conference.timezone})"
        ]
        + [f"  {name}: {n}" for name, n in tracks]
    )
