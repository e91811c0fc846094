"""The scripting interface over the Planner facade.

Every failure a user can cause (a bad argument, a bad file, a database that cannot be
opened) is one line on stderr and exit status 2, never a traceback.

One module per group of commands; each registers its own subcommands and handlers
(``register``), so that a new command touches its own module and the list below.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planner import __version__
from planner.cli import catalog, conferences, live, picks, sharing, sync
from planner.cli.args import EXIT_USAGE, Handler, Parser, Register, warn
from planner.cli.dbpath import chosen_db_path
from planner.cli.window import file_to_open, run_window
from planner.core.errors import PlannerError

if TYPE_CHECKING:  # the facade loads SQLAlchemy: imported only when a command runs
    from planner.services.planner import Planner

GROUPS: tuple[Register, ...] = (
    catalog.register,
    conferences.register,
    picks.register,
    sharing.register,
    live.register,
    sync.register,
)


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    """The parser of every command, and each command's handler by name."""
    parser = Parser(prog="planner", description="Plan your conference days.")
    parser.add_argument("--version", action="version", version=f"planner {__version__}")
    parser.add_argument(
        "--db", type=Path, help="the database file (default: $PLANNER_DB or the user data folder)"
    )
    parser.add_argument(
        "--conference", metavar="ID", help="the conference to work on (default: the current one)"
    )
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    sub.add_parser("gui", help="open the window (the default)")
    handlers: dict[str, Handler] = {}
    for register in GROUPS:
        handlers.update(register(sub))
    return parser, handlers


def _open(args: argparse.Namespace) -> Planner:
    from planner.services.planner import Planner

    planner = Planner(chosen_db_path(args.db))
    if planner.recovery:  # a damaged file was set aside and the picks restored: say so, go on
        warn(f"warning: {planner.recovery}")
    planner.ensure_bundled_catalog()  # a new, empty database starts with the bundled catalog
    return planner


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser, handlers = build_parser()
    open_path = file_to_open(argv, handlers)
    if open_path is not None:
        argv.remove(str(open_path))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse's own exit: --help, --version, or a usage error
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command in (None, "gui"):
        return run_window(args, open_path)
    try:
        planner = _open(args)
        try:
            handlers[args.command](planner, args)
            if planner.read_only:  # after the command: a refused change says so itself
                where = "is on a read-only disk or folder"
                warn(f"warning: {planner.db_path} {where}: nothing can be saved")
            if planner.backup_problem:
                warn(f"warning: {planner.backup_problem}")
        finally:
            planner.close()
    except PlannerError as exc:
        warn(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("planner: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    return 0
