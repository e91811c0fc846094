"""Which clock the command line shows times on, and how a time span reads.

Times are shown in the conference's zone unless ``--zone local`` (this computer's zone) or an
IANA name (``--zone Asia/Tokyo``) says otherwise. A span whose end falls on a later day than
its start says so, "(+1)", as the window does.
"""

from __future__ import annotations

import argparse
import os
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.core.model import Conference, SessionView, TimeStatus

CONFERENCE, LOCAL = "conference", "local"
_LOCALTIME = Path("/etc/localtime")


def zone_choice(text: str) -> str:
    """An argparse type: "conference", "local" or an IANA zone name."""
    if text in (CONFERENCE, LOCAL):
        return text
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time zone: give conference, local or a name like Europe/Brussels"
        ) from None
    return text


def add_zone_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--zone",
        type=zone_choice,
        default=CONFERENCE,
        metavar="ZONE",
        help="show times in the conference's zone (the default), 'local' or a zone like UTC",
    )


def local_zone() -> tzinfo:
    """This computer's zone, by its IANA name where the system says it.

    The standard library gives only today's fixed offset (``astimezone()``), which is wrong on
    the other side of a daylight-saving change; the name comes from $TZ or /etc/localtime.
    """
    for name in (os.environ.get("TZ", "").lstrip(":"), _localtime_name()):
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return datetime.now().astimezone().tzinfo or ZoneInfo("UTC")


def _localtime_name() -> str:
    try:
        target = str(_LOCALTIME.resolve())
    except OSError:
        return ""
    _, found, name = target.partition("/zoneinfo/")
    return name if found else ""


def chosen_zone(choice: str, conference: Conference) -> tzinfo:
    if choice == LOCAL:
        return local_zone()
    return ZoneInfo(conference.timezone if choice == CONFERENCE else choice)


def zone_label(zone: tzinfo, choice: str) -> str:
    """'Europe/Brussels', or 'this computer's zone, Europe/Paris'."""
    name = getattr(zone, "key", None) or datetime.now(zone).tzname() or "UTC"
    return f"this computer's zone, {name}" if choice == LOCAL else name


def day_and_clock(instant: datetime, zone: tzinfo) -> str:
    """'Sat 1 Feb 10:15', as the window writes a day (strftime's %-d is not portable)."""
    local = instant.astimezone(zone)
    return f"{local:%a} {local.day} {local:%b %H:%M}"


def span(start: datetime, end: datetime, zone: tzinfo) -> str:
    """'Sat 1 Feb 23:30-00:15 (+1)': the day, the clock times, and a later end day said."""
    first, last = start.astimezone(zone), end.astimezone(zone)
    text = f"{day_and_clock(first, zone)}-{last:%H:%M}"
    later = (last.date() - first.date()).days
    return f"{text} (+{later})" if later > 0 else text


def when(view: SessionView, zone: tzinfo) -> str:
    """A session's span, with '(assumed)' or 'unscheduled' where that is the truth."""
    s = view.session
    if s.start is None or s.end is None:
        return "unscheduled"
    text = span(s.start, s.end, zone)
    return text + " (assumed)" if s.time_status is TimeStatus.ASSUMED else text


def parse_moment(text: str, zone: tzinfo) -> datetime:
    """An argparse-style reading of '2025-02-01 10:15' (or ISO 8601) in ``zone``."""
    try:
        moment = datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError:
        raise ValueError(f"{text!r} is not a time like 2025-02-01T10:15") from None
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment
