"""`planner sync URL`: publish the picks to a CalDAV calendar, and keep it in step.

The password comes from PLANNER_CALDAV_PASSWORD, else the system keyring (service
"conference-planner", user "NAME@https://server"), else a prompt on the terminal; it is never
written anywhere. Events changed or deleted on the server since the last sync are left as
they are and named, and the command then exits 2 (like every other failure) until the user
chooses --overwrite or --keep-server-copies.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import unicodedata
from typing import TYPE_CHECKING, Literal

from planner.cli.args import Handler, Parser, alarm, emit
from planner.core.errors import PlannerError, UsageError

if TYPE_CHECKING:  # the facade loads SQLAlchemy: imported only when a command runs
    from planner.services.calendar_sync import SyncReport
    from planner.services.planner import Planner

LISTED = 5  # session keys named in a line; the rest are counted


class ServerConflicts(PlannerError):
    """Events changed or deleted on the server were left as they are."""


def register(sub: argparse._SubParsersAction[Parser]) -> dict[str, Handler]:
    p = sub.add_parser("sync", help="publish your picks to a CalDAV calendar: sync URL")
    p.add_argument("url", metavar="URL", help="the calendar's address, https://server/.../name/")
    p.add_argument("--user", metavar="NAME", help="your user name on the server")
    # SUPPRESS: without it the subcommand's default would hide `planner --conference ID sync`.
    p.add_argument("--conference", metavar="ID", default=argparse.SUPPRESS,
                   help="the conference whose picks to sync")  # fmt: skip
    reminder = p.add_mutually_exclusive_group()
    reminder.add_argument(
        "--alarm", type=alarm, metavar="MINUTES", help="a reminder before each event (kept)"
    )
    reminder.add_argument("--no-alarm", action="store_true", help="no reminders from now on")
    p.add_argument("--check", action="store_true",
                   help="only check the address, user and password; send nothing")  # fmt: skip
    choice = p.add_mutually_exclusive_group()
    choice.add_argument(
        "--overwrite",
        action="store_true",
        help="put back events changed or deleted on the server, as your picks are",
    )
    choice.add_argument(
        "--keep-server-copies",
        action="store_true",
        help="keep the server's versions of events changed or deleted there",
    )
    return {"sync": cmd_sync}


def cmd_sync(planner: Planner, args: argparse.Namespace) -> None:
    address, user = planner.sync_address(args.url, args.user)
    password = _password(address.server, user)
    if args.check:
        name = planner.check_calendar(args.url, password=password, user=user)
        ready = f"calendar {_plain(name)!r} is ready" if name is not None else ""
        emit([f"{address.url}: {ready or 'no calendar yet; the first sync creates it'}"])
        return
    on_conflict = "overwrite" if args.overwrite else "keep" if args.keep_server_copies else "report"
    report = planner.sync_calendar(
        args.url, password=password, user=user, conference_id=args.conference,
        alarm_minutes=None if args.no_alarm else _same(args.alarm),
        on_conflict=on_conflict,
    )  # fmt: skip
    emit(report_lines(report))
    if report.conflicts:
        raise ServerConflicts(conflict_line(report, address.server))


def _same(minutes: int | None) -> int | Literal["remembered"]:
    return "remembered" if minutes is None else minutes


def _password(server: str, user: str) -> str:
    from planner.services import passwords

    if not user:
        return ""  # a server that needs no login
    known = passwords.known_password(server, user)
    if known is not None:
        return known
    if not sys.stdin.isatty():
        raise UsageError(
            f"{server}: no password for {user}: set {passwords.ENVIRONMENT}, or store it with "
            f"`keyring set {passwords.SERVICE} {passwords.keyring_name(server, user)}`"
        )
    try:
        return getpass.getpass(f"Password for {user} at {server}: ")
    except EOFError:
        raise UsageError(f"{server}: no password given for {user}") from None


def report_lines(report: SyncReport) -> list[str]:
    name = f" ({_plain(report.calendar_name)})" if report.calendar_name else ""
    counts = [f"{len(report.created)} created", f"{len(report.updated)} updated",
              f"{len(report.deleted)} removed", f"{report.unchanged} unchanged"]  # fmt: skip
    lines = [f"{report.url}{name}: " + ", ".join(counts)]
    if report.created_calendar:
        lines.append(f"made the calendar {_plain(report.calendar_name)!r} on the server")
    if report.unscheduled:
        lines.append(
            f"left out {len(report.unscheduled)} unscheduled pick(s), which have no time to put "
            f"in a calendar: {_keys(report.unscheduled)}"
        )
    if report.kept_server_copies:
        lines.append(
            f"kept the server's version of {len(report.kept_server_copies)} event(s): "
            + _keys(report.kept_server_copies)
        )
    return lines


def conflict_line(report: SyncReport, server: str) -> str:
    parts = []
    if report.edited_on_server:
        parts.append(f"changed there: {_keys(report.edited_on_server)}")
    if report.deleted_on_server:
        parts.append(f"deleted there: {_keys(report.deleted_on_server)}")
    return (
        f"{server}: {len(report.conflicts)} event(s) were changed on the server since the last "
        f"sync and were left as they are ({'; '.join(parts)}): sync again with --overwrite to "
        "put your picks back, or with --keep-server-copies to keep the server's versions"
    )


def _keys(keys: tuple[str, ...]) -> str:
    shown = ", ".join(keys[:LISTED])
    return shown + (f" and {len(keys) - LISTED} more" if len(keys) > LISTED else "")


def _plain(text: str) -> str:
    """Text from a server, without the control characters a terminal would act on."""
    return "".join(c for c in text if unicodedata.category(c)[0] != "C")
