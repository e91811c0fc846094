"""The scripting interface over the Planner facade.

Every failure a user can cause (a bad argument, a bad file, a database that cannot be
opened) is one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn
from zoneinfo import ZoneInfo

from planner import __version__
from planner import cli_output as out
from planner.core.errors import PlannerError, UsageError
from planner.core.model import PRIORITY_MAX, PRIORITY_MIN, SessionFilter
from planner.paths import default_db_path

if TYPE_CHECKING:  # the facade loads SQLAlchemy: imported only when a command runs
    from planner.services.planner import Planner

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-03-18") from None


def _priority(text: str) -> int:
    if not text.isdigit() or not PRIORITY_MIN <= int(text) <= PRIORITY_MAX:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a priority {PRIORITY_MIN}-{PRIORITY_MAX}"
        )
    return int(text)


def _minutes(text: str) -> timedelta:
    if not text.isdigit() or int(text) > 24 * 60:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of minutes (0-1440)")
    return timedelta(minutes=int(text))


def _alarm(text: str) -> int:
    if not text.isdigit() or int(text) > 7 * 24 * 60:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of minutes (0-10080)")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="planner", description="Plan your conference days.")
    parser.add_argument("--version", action="version", version=f"planner {__version__}")
    parser.add_argument(
        "--db", type=Path, help="the database file (default: $PLANNER_DB or the user data folder)"
    )
    parser.add_argument("--conference", metavar="ID", help="the conference to work on")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    sub.add_parser("gui", help="open the window (the default)")
    sub.add_parser("summary", help="what the current conference holds, by track")
    p = sub.add_parser(
        "import",
        help="import schedule files, or `import agenda FILE` to open a shared agenda",
        description="planner import PATH...  |  planner import agenda FILE "
        "[--merge | --replace | --preview]",
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--date", type=_day, help="the date for sources that give times without dates")
    mode = p.add_mutually_exclusive_group()
    for flag, text in (
        ("--preview", "only show what would change (the default)"),
        ("--merge", "add the file's picks; never removes yours or your notes"),
        ("--replace", "make your picks exactly the file's"),
    ):
        mode.add_argument(flag, dest="mode", action="store_const", const=flag[2:], help=text)

    p = sub.add_parser("export", help="export ics OUT | export agenda OUT.yaml")
    p.add_argument("what", choices=("ics", "agenda"))
    p.add_argument("out", type=Path, metavar="OUT")
    p.add_argument("--alarm", type=_alarm, metavar="MINUTES", help="a reminder before each event")
    p.add_argument("--all", action="store_true", help="the whole catalog, not just your picks")
    p.add_argument("--owner", metavar="NAME", help="your name, shown to whoever opens the agenda")

    p = sub.add_parser("sessions", help="list sessions")
    p.add_argument("--track", metavar="NAME")
    p.add_argument("--day", type=_day, metavar="YYYY-MM-DD")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--bookmarked", action="store_true")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("show", help="show one session")
    p.add_argument("key", metavar="KEY")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("bookmark", help="bookmark sessions (or change a bookmark)")
    p.add_argument("keys", nargs="+", metavar="KEY")
    p.add_argument("--priority", type=_priority, metavar="1-5")
    p.add_argument("--note", metavar="TEXT")

    p = sub.add_parser("unbookmark", help="remove bookmarks")
    p.add_argument("keys", nargs="+", metavar="KEY")

    for name, text in (("conflicts", "list clashes among picks"), ("plan", "best clash-free plan")):
        p = sub.add_parser(name, help=text)
        p.add_argument(
            "--buffer",
            type=_minutes,
            default=timedelta(0),
            metavar="MINUTES",
            help="walking time between rooms",
        )
        p.add_argument("--json", action="store_true")
        if name == "plan":
            p.add_argument("--apply", action="store_true", help="mark the dropped picks")

    p = sub.add_parser("conferences", help="list the conferences in the database")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("changes", help="what the latest schedule import changed")
    p.add_argument("--json", action="store_true")
    return parser


def _print(lines: Sequence[str]) -> None:
    sys.stdout.write("\n".join(lines) + "\n")


def _open(args: argparse.Namespace) -> Planner:
    from planner.services.planner import Planner

    planner = Planner(args.db or default_db_path())
    if planner.recovery:  # a damaged file was set aside and the picks restored: say so, go on
        sys.stderr.write(f"planner: warning: {planner.recovery}\n")
    planner.ensure_bundled_catalog()  # a new, empty database starts with the bundled catalog
    return planner


def _progress(path: Path) -> Callable[[int, int], None] | None:
    """Progress on the terminal for imports big enough to make a user wait."""
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> None:
        if total >= 5_000:
            end = "\n" if done >= total else ""
            sys.stderr.write(f"\r{path.name}: stored {done:,} of {total:,} sessions{end}")
            sys.stderr.flush()

    return report


def cmd_import(planner: Planner, args: argparse.Namespace) -> None:
    if args.paths[0] == Path("agenda") and len(args.paths) > 1:
        return cmd_import_agenda(planner, args)
    if args.mode:
        raise UsageError(f"--{args.mode}: only for `planner import agenda FILE`")
    for path in args.paths:
        result = planner.import_file(path, day=args.date, progress=_progress(path))
        _print(
            [
                f"{path}: {result.sessions} sessions of {result.conference.title} "
                f"({result.conference.id})"
            ]
        )
        if result.unscheduled:
            hint = (
                "" if args.date else "; give --date YYYY-MM-DD if the file has times but no dates"
            )
            _print(
                [
                    f"  {result.unscheduled} session(s) have no date or time: imported as "
                    f"unscheduled{hint}"
                ]
            )
        for session in result.kept_cancelled:
            _print([f"  kept your pick {session.key} ({session.title}): no longer in the schedule"])
        picked = set(planner.picks(result.conference.id))
        touched = [c for c in result.schedule_changes if c.key in picked]
        if result.schedule_changes:
            _print(
                [
                    f"  {len(result.schedule_changes)} change(s) since the previous version, "
                    f"{len(touched)} to your picks: see `planner changes`"
                ]
            )


def cmd_import_agenda(planner: Planner, args: argparse.Namespace) -> None:
    if len(args.paths) != 2:
        raise UsageError("import agenda: give exactly one agenda FILE")
    path, mode = args.paths[1], args.mode or "preview"
    result = planner.open_agenda(path, mode)
    _print(out.agenda_preview_lines(path, result, mode))


def cmd_export(planner: Planner, args: argparse.Namespace) -> None:
    conference = planner.conference(args.conference)
    if args.what == "agenda":
        if args.alarm is not None or args.all:
            raise UsageError("--alarm and --all are for `export ics` only")
        count = planner.save_agenda(args.out, conference_id=conference.id, owner=args.owner)
        _print([f"{args.out}: saved {count} pick(s) of {conference.title}"])
        return
    result = planner.export_calendar(
        args.out, conference_id=conference.id, alarm_minutes=args.alarm, all_sessions=args.all
    )
    _print(out.export_lines(result))


def cmd_sessions(planner: Planner, args: argparse.Namespace) -> None:
    conference = planner.conference(args.conference)
    query = SessionFilter(conference.id, args.track, args.day, args.search, args.bookmarked)
    views = planner.sessions(query)
    if args.json:
        _print([out.dumps([out.session_json(v, conference) for v in views])])
    else:
        _print(out.session_lines(views, conference))


def cmd_show(planner: Planner, args: argparse.Namespace) -> None:
    view = planner.session(args.key)
    conference = planner.conference(view.session.conference_id)
    if args.json:
        _print([out.dumps(out.session_json(view, conference))])
    else:
        _print(out.detail_lines(view, conference))


def cmd_bookmark(planner: Planner, args: argparse.Namespace) -> None:
    changes = planner.bookmark(args.keys, priority=args.priority, note=args.note)
    _print([f"bookmarked {key}" for key in sorted(changes.picks)])


def cmd_unbookmark(planner: Planner, args: argparse.Namespace) -> None:
    picks = planner.picks()
    keys = [planner.resolve_key(k) for k in args.keys]
    missing = [k for k in keys if k not in picks]
    if missing:
        raise UsageError(f"{', '.join(missing)}: not bookmarked")
    planner.unbookmark(keys)
    _print([f"removed {key}" for key in keys])


def _titles(planner: Planner, conference_id: str) -> dict[str, str]:
    return {v.key: v.session.title for v in planner.agenda(conference_id)}


def cmd_conflicts(planner: Planner, args: argparse.Namespace) -> None:
    conference = planner.conference(args.conference)
    groups = planner.conflicts(conference.id, args.buffer)
    if args.json:
        _print([out.dumps(out.conflicts_json(groups, ZoneInfo(conference.timezone)))])
    else:
        _print(out.conflict_lines(groups, _titles(planner, conference.id), conference))


def cmd_plan(planner: Planner, args: argparse.Namespace) -> None:
    conference = planner.conference(args.conference)
    plan = planner.plan(conference.id, args.buffer)
    if args.apply:
        planner.apply_plan(plan)
    if args.json:
        _print([out.dumps(out.plan_json(plan))])
    else:
        _print(out.plan_lines(plan, _titles(planner, conference.id)))
        if args.apply:
            _print(["Applied: dropped picks are now alternatives or watch-later."])


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
        }
        for i in infos
    ]
    if args.json:
        _print([out.dumps(rows)])
    else:
        _print(
            [
                f"{r['id']:<20} {r['events']:>6} events  {r['first_day']}..{r['last_day']}  "
                f"{r['title']} ({r['timezone']})"
                for r in rows
            ]
        )


def cmd_changes(planner: Planner, args: argparse.Namespace) -> None:
    views = planner.schedule_changes(args.conference)
    if args.json:
        _print([out.dumps([out.change_json(v) for v in views])])
    else:
        _print(out.change_lines(views))


def cmd_summary(planner: Planner, args: argparse.Namespace) -> None:
    """Until the window exists: what the bundled catalog holds."""
    conference = planner.conference(args.conference)
    tracks = planner.tracks(conference.id)
    total = sum(n for _, n in tracks)
    _print(
        [
            f"{conference.title}: {total} sessions in {len(tracks)} tracks "
            f"({conference.first_day} to {conference.last_day}, {conference.timezone})"
        ]
        + [f"  {name}: {n}" for name, n in tracks]
    )


COMMANDS: dict[str | None, Callable[..., None]] = {
    "summary": cmd_summary,
    "import": cmd_import,
    "sessions": cmd_sessions,
    "show": cmd_show,
    "bookmark": cmd_bookmark,
    "unbookmark": cmd_unbookmark,
    "conflicts": cmd_conflicts,
    "plan": cmd_plan,
    "conferences": cmd_conferences,
    "changes": cmd_changes,
    "export": cmd_export,
}


def _has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    names = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    return any(os.environ.get(name) for name in names)


def run_window(args: argparse.Namespace, open_path: Path | None = None) -> int:
    """`planner` and `planner gui`: the window (imported only here, so scripts never load Qt)."""
    if not _has_display():
        sys.stderr.write(
            "planner: no display to open the window on (DISPLAY is not set); run it in a "
            "desktop session, or use the command line: planner sessions, planner --help\n"
        )
        return EXIT_USAGE
    try:
        from planner.gui.app import run_gui
    except ImportError as exc:
        sys.stderr.write(f"planner: the window cannot start: {exc}\n")
        return EXIT_USAGE
    return run_gui(args.db or default_db_path(), [], open_path)


def _file_to_open(argv: Sequence[str]) -> Path | None:
    """`planner FILE` (a desktop double-click): the first word, if it is a file, not a command."""
    words = iter(argv)
    for word in words:
        if word in ("--db", "--conference"):
            next(words, None)
        elif not word.startswith("-"):
            is_file = word not in COMMANDS and word != "gui" and Path(word).is_file()
            return Path(word) if is_file else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    open_path = _file_to_open(argv)
    if open_path is not None:
        argv.remove(str(open_path))
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse's own exit: --help, --version, or a usage error
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command in (None, "gui"):
        return run_window(args, open_path)
    try:
        planner = _open(args)
        try:
            COMMANDS[args.command](planner, args)
            if planner.backup_problem:
                sys.stderr.write(f"planner: warning: {planner.backup_problem}\n")
        finally:
            planner.close()
    except PlannerError as exc:
        sys.stderr.write(f"planner: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("planner: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
