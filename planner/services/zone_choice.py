"""Reading a schedule in the right time zone: the file's, the user's, or the one remembered.

A file that names its zone is read in it. One that does not is read in the zone the user gives
(``--timezone``, the window's import dialog), which is then remembered for the conference; with
no zone given, in the zone remembered for the conference (one the user chose before, or one an
earlier import of the same conference found named, e.g. from its frab XML before its xCal).
Only when none of these exists are its times a guess, marked as such.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from planner.core.errors import UsageError
from planner.core.model import Catalog, ZoneSource
from planner.formats.cleaning import zone_from_name
from planner.formats.registry import ReadOptions, read_catalog

if TYPE_CHECKING:
    from planner.services.planner import Planner


def read_with_zone(
    planner: Planner, path: Path, day: date | None, timezone: str | None
) -> tuple[Catalog, str | None]:
    """The catalog in ``path``, and the zone to remember for its conference (or None)."""
    if timezone is not None and zone_from_name(timezone) is None:
        raise UsageError(f"--timezone {timezone}: not a time zone name (such as Europe/Berlin)")
    options = ReadOptions(date=day, timezone=timezone)
    catalog = read_catalog(path, options)
    source = catalog.conference.zone_source
    if timezone is not None:
        return catalog, timezone if source is ZoneSource.GIVEN else None
    if source.named:
        return catalog, None
    remembered = planner.remembered_zone(catalog.conference.id)
    if remembered is None or zone_from_name(remembered) is None:
        return catalog, None
    # Read again, now that the conference (and so its zone) is known: the times depend on it.
    again = read_catalog(path, ReadOptions(date=day, timezone=remembered))
    if again.conference.zone_source is not ZoneSource.GIVEN:
        return catalog, None  # the file's offsets disagree with the remembered zone
    note = f"the file names no time zone: read in {remembered}, as this conference was before"
    return Catalog(again.conference, again.sessions, again.tracks, (*again.notes, note)), None
