"""Reading a schedule in the right time zone: the file's, the user's, or the one remembered.

A file that names its zone is read in it. One that does not is read in the zone the user gives
(``--timezone``, the window's import dialog), which is then remembered for the conference; with
no zone given, in the zone remembered for the conference (one the user chose before, or one an
earlier import of the same conference found named, e.g. from its frab XML before its xCal).
Only when none of these exists are its times a guess, marked as such.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from planner.core.errors import UsageError
from planner.core.model import Catalog, ZoneSource
from planner.formats.cleaning import zone_from_name
from planner.formats.registry import ReadOptions

if TYPE_CHECKING:
    from planner.services.planner import Planner


def read_with_zone(
    planner: Planner, read: Callable[[ReadOptions], Catalog], options: ReadOptions
) -> tuple[Catalog, str | None]:
    """The catalog that ``read`` gives (a file's or a fetched body's), and the zone to
    remember for its conference (or None). ``options.timezone`` is the zone the user gave."""
    timezone = options.timezone
    if timezone is not None and zone_from_name(timezone) is None:
        raise UsageError(f"--timezone {timezone}: not a time zone name (such as Europe/Berlin)")
    catalog = read(options)
    source = catalog.conference.zone_source
    if timezone is not None:
        return catalog, timezone if source is ZoneSource.GIVEN else None
    if source.named:
        return catalog, None
    remembered = planner.remembered_zone(catalog.conference.id)
    if remembered is None or zone_from_name(remembered) is None:
        return catalog, None
    # Read again, now that the conference (and so its zone) is known: the times depend on it.
    again = read(replace(options, timezone=remembered))
    if again.conference.zone_source is not ZoneSource.GIVEN:
        return catalog, None  # the file's offsets disagree with the remembered zone
    note = f"the file names no time zone: read in {remembered}, as this conference was before"
    return Catalog(again.conference, again.sessions, again.tracks, (*again.notes, note)), None
