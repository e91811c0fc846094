"""Commands about conferences and their sessions: import, sessions, show, conferences, changes."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.cli import agenda_text, live
from planner.cli import output as out
from planner.cli.args import Handler, Parser, count, day, emit, progress
from planner.cli.zones import add_zone_option, chosen_zone, day_and_clock, parse_moment, zone_label
from planner.core.errors import PlannerError, UsageError
from planner.core.model import Conference, SessionFilter

if TYPE_CHECKING:  # the facade loads SQLAlchemy: imported only when a command runs
    from planner.services.planner import ImportResult, Planner


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
    p = sub.add_parser("summary", help="what the current conference holds, by track")
    p = sub.add_parser(
        "import",
        help="import schedule files or URLs, or `import agenda FILE` to open a shared agenda",
        description="planner import PATH|URL...  |  planner import agenda FILE "
        "[--merge | --replace | --preview]. The conference imported becomes the current one.",
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

    p = sub.add_parser("sessions", help="list sessions (best matches first with --search)")
    p.add_argument("--track", metavar="NAME", help="a track, in any case")
    p.add_argument("--day", type=day, metavar="YYYY-MM-DD")
    p.add_argument("--room", metavar="NAME", help="rooms whose name holds NAME")
    p.add_argument("--speaker", metavar="NAME", help="sessions of speakers whose name holds NAME")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--bookmarked", action="store_true", help="your picks, whatever their state")
    p.add_argument(
        "--limit", type=count, metavar="N", help="only the first N (the best N with --search)"
    )
    when = p.add_mutually_exclusive_group()
    when.add_argument("--now", action="store_true", help="what is on now")
    when.add_argument("--next", action="store_true", help="what starts next, in every room")
    p.add_argument(
        "--at", metavar="TIME", help="the moment for --now and --next, e.g. '2025-02-01 10:15'"
    )
    add_zone_option(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("show", help="show one session")
    p.add_argument("key", metavar="KEY")
    add_zone_option(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("conferences", help="list the conferences in the database (* current)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("changes", help="what the latest schedule import changed")
    add_zone_option(p)
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
    before = planner.current_conference_id()
    for n, path in enumerate(args.paths):
        try:
            result = _import_one(planner, path, args)
        except PlannerError as exc:
            raise _stopped(exc, args.paths[n + 1 :]) from exc
        _report_import(planner, path, result)
    if result.conference.id != before:
        emit([f"{result.conference.id} is now the current conference (`planner use ID` switches)"])


def _import_one(planner: Planner, path: Path | str, args: argparse.Namespace) -> ImportResult:
    if isinstance(path, str):  # a web address: fetched with a progress bar by cli/live.py
        return live.import_url(planner, path, args)
    try:
        return planner.import_file(
            path, day=args.date, timezone=args.timezone, progress=progress(path)
        )
    except PlannerError as exc:  # a file no schedule reader takes: perhaps a shared agenda
        if _is_agenda(planner, path):
            raise UsageError(
                f"{path}: this is a shared agenda, not a schedule; open it with "
                f"`planner import agenda {path}`"
            ) from exc
        raise


def _is_agenda(planner: Planner, path: Path) -> bool:
    try:
        planner.read_agenda(path)
    except (PlannerError, OSError):
        return False
    return True


def _stopped(exc: PlannerError, rest: list[Path | str]) -> PlannerError:
    """The error, saying which files the import did not get to."""
    if not rest:
        return exc
    names = ", ".join(live.shown(p) for p in rest)
    return PlannerError(f"{exc}; not imported after it: {names}")


def _report_import(planner: Planner, path: Path | str, result: ImportResult) -> None:
    conference = result.conference
    zone = "" if conference.zone_confirmed else " (a guess: not confirmed)"
    emit(
        [
            f"{live.shown(path)}: {result.sessions} sessions of {conference.title} "
            f"({conference.id}), times in {conference.timezone}{zone}"
        ]
    )
    if result.unscheduled:
        emit([f"  {result.unscheduled} session(s) have no time: imported as unscheduled"])
    if result.notes:
        emit([f"  {note}" for note in result.notes])
    views = planner.views(s.key for s in result.kept_cancelled)
    for session in result.kept_cancelled:
        emit([f"  kept your pick {agenda_text.ref(session.key, views)}: no longer in the schedule"])
    picked = set(planner.picks(conference.id))
    touched = [c for c in result.schedule_changes if c.key in picked]
    if result.schedule_changes:
        emit(
            [
                f"  {len(result.schedule_changes)} change(s) since the previous version, "
                f"{len(touched)} to your picks: see `planner changes`"
            ]
        )
    if isinstance(path, str):
        emit(live.feed_lines(planner, conference.id))


def _query(planner: Planner, args: argparse.Namespace, zone: tzinfo) -> SessionFilter:
    conference = planner.conference(args.conference)
    at = None
    if args.now or args.next:
        try:
            at = parse_moment(args.at, zone) if args.at else datetime.now(UTC)
        except ValueError as exc:
            raise UsageError(f"--at: {exc}") from None
    elif args.at:
        raise UsageError("--at: only with --now or --next")
    return SessionFilter(
        conference.id, args.track, args.day, args.search, args.bookmarked, args.room,
        args.speaker, at if args.now else None, at if args.next else None,
    )  # fmt: skip


def cmd_sessions(planner: Planner, args: argparse.Namespace) -> None:
    conference = planner.conference(args.conference)
    zone = chosen_zone(args.zone, conference)
    query = _query(planner, args, zone)
    if args.limit is None:
        views = planner.sessions(query)
        total = len(views)
    else:
        page = planner.sessions_page(query, args.limit)
        views, total = page.views, page.total
    if args.json:
        emit([out.dumps([out.session_json(v, conference) for v in views])])
        return
    what = f" matching {args.search!r}, best first" if args.search and views else ""
    if total > len(views):
        what += f", the first {len(views)} shown"
    moment = query.running_at or query.next_after
    if moment is not None:
        kind = "on at" if query.running_at else "starting next after"
        what += f" {kind} {day_and_clock(moment, zone)}"
    emit(out.session_lines(views, conference, zone, args.zone, what, total))
    if moment is not None and not views:
        span = f"{conference.first_day} to {conference.last_day}"
        emit([f"(the conference runs {span}; --at '{conference.first_day} 10:00' looks then)"])
    elif args.day is not None and not views:
        hint = _other_days(planner, conference, args.day)
        if hint:
            emit([hint])


def _other_days(planner: Planner, conference: Conference, wanted: date) -> str:
    """Why `--day` found nothing when that day has no session at all: the days there are."""
    days = [day for day, count in planner.days(conference.id) if count]
    if wanted in days:
        return ""  # the day has sessions: the other options left them out
    if not days:
        return f"({conference.title} has no session on any day yet)"
    listed = ", ".join(day.isoformat() for day in days)
    return (f"({conference.title} has no session on {wanted:%a} {wanted.day} {wanted:%b}; its "
            f"days are {listed}: --day {days[0]} looks at the first)")  # fmt: skip


def cmd_show(planner: Planner, args: argparse.Namespace) -> None:
    view = planner.session(args.key, args.conference)
    conference = planner.conference(view.session.conference_id)
    if args.json:
        emit([out.dumps(out.session_json(view, conference))])
    else:
        runs = list(planner.views(view.other_runs).values())
        zone = chosen_zone(args.zone, conference)
        emit(out.detail_lines(view, conference, zone, args.zone, runs))


def _counts(sessions: int, unscheduled: int) -> str:
    """'21 sessions, 1 unscheduled': the words `conferences` and `summary` share."""
    return f"{sessions} sessions" + (f", {unscheduled} unscheduled" if unscheduled else "")


def cmd_conferences(planner: Planner, args: argparse.Namespace) -> None:
    infos = planner.conferences()
    urls = {feed.conference_id: feed.url for feed in planner.feeds()}
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
            "sessions": i.sessions,
            "unscheduled": i.unscheduled,
            "current": i.current,
            "url": urls.get(i.conference.id),  # where `planner refresh` fetches it, if anywhere
        }
        for i in infos
    ]
    if args.json:
        emit([out.dumps(rows)])
        return
    if infos and not any(i.current for i in infos):
        rows[0]["current"] = True  # what every command uses when none was chosen
    lines = []
    for r in rows:
        lines.append(
            f"{'*' if r['current'] else ' '} {r['id']:<20} "
            f"{_counts(r['sessions'], r['unscheduled']):<28} "  # type: ignore[arg-type]
            f"{r['first_day']}..{r['last_day']}  {r['title']} ({r['timezone']})"
        )
        if r["url"]:
            lines.append(f"    from {r['url']}")
    emit([*lines, "* the current conference: what commands work on without --conference"])


def cmd_changes(planner: Planner, args: argparse.Namespace) -> None:
    conference = planner.conference(args.conference)
    changes = planner.schedule_changes(conference.id)
    if args.json:
        emit([out.dumps([agenda_text.change_json(v) for v in changes])])
        return
    zone = chosen_zone(args.zone, conference)
    views = planner.views(v.change.key for v in changes)
    emit(agenda_text.change_lines(changes, views, conference, zone, args.zone))


def cmd_summary(planner: Planner, args: argparse.Namespace) -> None:
    """What the current conference holds, by track (the same counts as `conferences`)."""
    conference = planner.conference(args.conference)
    info = next(i for i in planner.conferences() if i.conference.id == conference.id)
    tracks = [(name, n) for name, n in planner.tracks(conference.id) if n]  # listed but empty
    untracked = info.sessions - sum(n for _, n in tracks)
    emit(
        [
            f"{conference.title}: {_counts(info.sessions, info.unscheduled)}; "
            f"{len(tracks)} tracks ({conference.first_day} to {conference.last_day}, "
            f"{zone_label(chosen_zone('conference', conference), 'conference')})"
        ]
        + [f"  {name}: {n}" for name, n in tracks]
        + ([f"  (no track): {untracked}"] if untracked > 0 else [])
    )
