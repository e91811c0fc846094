"""Conferences on the web: `planner import URL` (a hook in `import`) and `planner refresh`.

`import` hands every word that is a web address here (``path_or_url`` is its argument type);
the URL is fetched with a progress bar on a terminal, stored like a file, and remembered.
`refresh` asks each such conference's server again, conditionally, and says first how many
of the user's picks changed, then each change to them in the conference's zone.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from planner.cli.args import Handler, Parser, emit, progress
from planner.core.changes import ChangeKind
from planner.core.errors import PlannerError, UsageError

if TYPE_CHECKING:  # the facade loads SQLAlchemy and httpx: imported only when a command runs
    from planner.services.live import RefreshResult
    from planner.services.planner import ChangeView, ImportResult, Planner

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
BAR_WIDTH = 30
DRAW_EVERY_S = 0.1


def register(sub: argparse._SubParsersAction[Parser]) -> dict[str, Handler]:
    p = sub.add_parser(
        "refresh",
        help="fetch the conferences added by URL again and say what changed for you",
        description="planner refresh [--conference ID | --all]: without an option, every "
        "conference added by URL (or the one `planner --conference ID` names).",
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--conference", dest="refresh_conference", metavar="ID", help="only this conference"
    )
    which.add_argument(
        "--all", dest="refresh_all", action="store_true", help="every conference added by URL"
    )
    return {"refresh": cmd_refresh}


def is_url(text: str) -> bool:
    """Whether a command-line word is meant as a web address rather than a file."""
    return _URL.match(text.strip()) is not None


def path_or_url(text: str) -> Path | str:
    """`import`'s argument type: a web address stays text (Path would fold its //)."""
    return text.strip() if is_url(text) else Path(text)


def refuse_urls(words: Sequence[Path | str], why: str) -> None:
    for word in words:
        if isinstance(word, str):
            raise UsageError(f"{word}: {why}")


# --- import URL ------------------------------------------------------------------------------


def shown(path: Path | str) -> str:
    """A file as given, or a web address without its password or token."""
    if isinstance(path, Path):
        return str(path)
    from planner.services.urls import redact

    return redact(path)[0]


def import_url(planner: Planner, url: str, args: argparse.Namespace) -> ImportResult:
    """`planner import URL`: fetch with a progress bar, store, remember the address."""
    from planner.services.urls import checked_url

    safe = shown(checked_url(url))  # a malformed address is refused before any bar shows
    bar = DownloadBar(safe)
    stored = progress(Path(PurePosixPath(urlsplit(safe).path).name or "schedule"))
    try:
        return planner.import_url(
            url, day=args.date, timezone=args.timezone, downloaded=bar.report, progress=stored
        )
    finally:
        bar.close()


def feed_lines(planner: Planner, conference_id: str) -> list[str]:
    """What the import report of a URL adds: how it will be refreshed."""
    feed = planner.feed(conference_id)
    if feed is not None and feed.secret_dropped:
        return ["  the address's password or token was not kept: to refresh, import the "
                "full address again"]  # fmt: skip
    return ["  `planner refresh` fetches it again and says what changed"]


class DownloadBar:
    """A progress bar on stderr while a schedule downloads (only on a terminal)."""

    def __init__(self, label: str) -> None:
        self._label = label
        self._drawn = 0.0
        self._shown = False
        self.report = self._report if sys.stderr.isatty() else None

    def _report(self, done: int, total: int | None) -> None:
        now = time.monotonic()
        if now - self._drawn < DRAW_EVERY_S and done != total:
            return
        self._drawn, self._shown = now, True
        sys.stderr.write("\r" + bar_text(self._label, done, total))
        sys.stderr.flush()

    def close(self) -> None:
        if self._shown:
            sys.stderr.write("\n")
            sys.stderr.flush()


def bar_text(label: str, done: int, total: int | None) -> str:
    """'URL [#######-------] 1.2 MB of 3.4 MB' (only the byte count when the size is unknown)."""
    if not total:
        return f"{label} {_size(done)}"
    filled = min(BAR_WIDTH, BAR_WIDTH * done // total)
    bar = "#" * filled + "-" * (BAR_WIDTH - filled)
    return f"{label} [{bar}] {_size(done)} of {_size(total)}"


def _size(count: int) -> str:
    if count < 1024:
        return f"{count} B"
    if count < 1024 * 1024:
        return f"{count / 1024:.0f} KB"
    return f"{count / 1024 / 1024:.1f} MB"


# --- refresh ---------------------------------------------------------------------------------


def cmd_refresh(planner: Planner, args: argparse.Namespace) -> None:
    wanted = args.refresh_conference or (None if args.refresh_all else args.conference)
    if wanted is not None:
        ids = [planner.conference(wanted).id]
    else:
        ids = [feed.conference_id for feed in planner.feeds()]
        if not ids:
            raise UsageError(
                "no conference was added from a URL; add one with `planner import URL`"
            )
    failed = 0
    for conference_id in ids:
        try:
            emit(refresh_lines(_refresh_one(planner, conference_id)))
        except PlannerError as exc:
            if len(ids) == 1:
                raise
            failed += 1
            sys.stderr.write(f"planner: {exc}\n")
    if failed:
        raise PlannerError(f"{failed} of {len(ids)} conferences could not be refreshed (above)")


def _refresh_one(planner: Planner, conference_id: str) -> RefreshResult:
    feed = planner.feed(conference_id)
    bar = DownloadBar(feed.url if feed else conference_id)
    try:
        return planner.refresh(conference_id, downloaded=bar.report)
    finally:
        bar.close()


def refresh_lines(result: RefreshResult) -> list[str]:
    """What a refresh found: the count of my picks that changed first, then each change."""
    conference = result.conference
    name = f"{conference.title} ({conference.id})"
    if not result.updated:
        why = "the server says not modified" if result.not_modified else "the same as last time"
        return [f"{name}: unchanged ({why}); nothing was touched"]
    assert result.imported is not None
    count = result.picks_changed
    lines = [f"{name}: {count} of your picks changed" if count
             else f"{name}: updated; none of your picks changed"]  # fmt: skip
    zone = ZoneInfo(conference.timezone)
    lines += [_change_line(view, zone) for view in result.mine]
    total = len(result.imported.schedule_changes)
    if total:
        lines.append(f"  {total} change(s) in all: see `planner --conference {conference.id} "
                     "changes`")  # fmt: skip
    return lines


def _change_line(view: ChangeView, zone: ZoneInfo) -> str:
    change = view.change
    kind = change.kind
    if kind is ChangeKind.CANCELLED:
        detail = "no longer in the schedule: kept in your agenda, marked cancelled"
    elif kind is ChangeKind.MOVED:
        detail = f"{_span(change.before, zone)} -> {_span(change.after, zone)}"
    elif kind is ChangeKind.ADDED:
        detail = "back in the schedule"
    else:
        detail = f"{change.before or '-'} -> {change.after or '-'}"
    label = {ChangeKind.ROOM: "room"}.get(kind, kind.value)
    return f"  {label:<9} {change.title}  ({detail})"


def _span(text: str, zone: ZoneInfo) -> str:
    """'Sat 01 Feb 10:00-10:30' from the 'start/end' ISO pair a change records."""
    start_text, _, end_text = text.partition("/")
    try:
        start = datetime.fromisoformat(start_text).astimezone(zone)
        end = datetime.fromisoformat(end_text).astimezone(zone)
    except ValueError:
        return text or "-"
    return f"{start:%a %d %b %H:%M}-{end:%H:%M}"
