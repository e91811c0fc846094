"""``build_catalog`` one event at a time, for a frab schedule read as it streams in.

A schedule whose header names its time zone can turn each event into a session as soon as the
parser has read it: the zone is settled by the name alone (``settle_zone``), a day's bounds come
before its events, and a key depends only on the events before it, in the common case where an
id's repeated runs come in time order. ``finish`` checks that last assumption against
``runs.local_ids`` over the whole file; where it fails (a run listed before an earlier one), or
the file holds anything the whole-file reading would refuse, ``NotStreamable`` tells the caller
to read the file whole instead, which gives the same catalog or the same error as always.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from planner.core.model import Conference, Session
from planner.formats.cleaning import clean_line, slugify, zone_from_name
from planner.formats.errors import FormatError
from planner.formats.frab_model import (
    FrabDay,
    FrabEvent,
    FrabSchedule,
    _base_id,
    _conference,
    _conference_id,
    _local_start,
    _session,
    _timed,
    _tracks,
)
from planner.formats.registry import ReadOptions
from planner.formats.runs import Identity, _unique, local_ids
from planner.formats.zones import settle_zone

__all__ = ["FrabStreamBuilder", "NotStreamable"]

_NEVER = datetime.max.replace(tzinfo=UTC)


class NotStreamable(Exception):
    """This schedule must be read whole (see the module's text); nothing is wrong with it yet."""


class FrabStreamBuilder:
    """Sessions from a frab schedule's events as they come (see the module's text).

    ``header`` is the schedule without its days and events (its conference, as the file's
    <conference> gives it); days are added as they begin, events as they end.
    """

    def __init__(
        self, path: Path, header: FrabSchedule, options: ReadOptions, reader_name: str
    ) -> None:
        if zone_from_name(header.time_zone_name) is None:
            raise NotStreamable("the zone is not named by the header")
        self._path = path
        self._header = self._schedule = header
        self._choice = settle_zone(named=header.time_zone_name, given=options.timezone)
        self.conference_id = _conference_id(path, header, options)
        self._source = f"{path.name} ({reader_name})"
        self._days: list[FrabDay] = []
        self._identities: list[Identity] = []
        self._given: list[tuple[str, str]] = []  # the (local id, series) each event was given
        self._groups: dict[str, dict[str, list[Any]]] = {}  # id -> title -> runs' orders
        self._series: dict[tuple[str, str], str] = {}
        self._taken: set[str] = set()
        self._tracks: list[str] = []
        self._repeated = False  # some id was given to more than one event
        self._span: tuple[date, date] | None = None

    @property
    def conference(self) -> Conference:
        """The conference as far as known: the first and last day come with ``finish``."""
        first, last = self._span or (None, None)
        title = clean_line(self._header.title) or clean_line(self._header.acronym)
        return Conference(self.conference_id, title or self._path.stem, self._choice.name,
                          first, last, self._header.url or None, self._choice.source)  # fmt: skip

    def add_days(self, days: list[FrabDay]) -> None:
        if days:
            self._days += days
            self._schedule = replace(self._header, days=tuple(self._days))

    def add(self, event: FrabEvent) -> tuple[Session, Any]:
        """The session for the next event of the file, and its place in the schedule's order."""
        if not clean_line(event.title):
            raise NotStreamable("an event has no title")  # the whole reading names it
        index = len(self._identities)
        try:
            moment = _local_start(self._path, self._schedule, event)
            timed = _timed(self._path, self._schedule, event, index, moment, self._choice)
        except FormatError as exc:
            raise NotStreamable(str(exc)) from None
        identity = Identity(_base_id(event), event.title, (timed.start, index))
        local_id, series = self._provisional(identity)
        self._identities.append(identity)
        self._given.append((local_id, series))
        if event.track:
            self._tracks.append(event.track)
        first, last = self._span or (timed.day, timed.day)
        self._span = (min(first, timed.day), max(last, timed.day))
        session = _session(self.conference_id, timed, local_id, series, self._source)
        return session, (session.start or _NEVER, session.room or "", session.title, session.key)

    def _provisional(self, item: Identity) -> tuple[str, str]:
        """``local_ids``' answer for this event, were the file to end with it."""
        variant = clean_line(item.title).casefold()
        variants = self._groups.setdefault(item.base, {})
        runs = variants.setdefault(variant, [])
        runs.append(item.order)
        self._repeated = self._repeated or len(runs) > 1 or len(variants) > 1
        if len(runs) == 1:
            rank = len(variants) - 1
            candidate = item.base if rank == 0 else f"{item.base}-{slugify(variant) or rank + 1}"
            self._series[(item.base, variant)] = _unique(candidate, self._taken)
        series = self._series[(item.base, variant)]
        return (series if len(runs) == 1 else f"{series}#{len(runs)}"), series

    def finish(
        self, tracks: tuple[str, ...]
    ) -> tuple[Conference, tuple[str, ...], tuple[str, ...]]:
        """The final conference, its tracks in order and the notes for the user.

        ``tracks``: the <tracks> the file lists. Raises NotStreamable when a key given early
        is not the one the whole file settles.
        """
        if self._span is None:
            raise NotStreamable("no events")
        # Every id given once: each event keeps its own id, as local_ids would say.
        if self._repeated and local_ids(self._identities) != self._given:
            raise NotStreamable("a later run came first in the file")
        schedule = replace(self._schedule, tracks=tracks)
        named = _tracks(schedule) if tracks else _tracks_of(self._tracks)
        conference = _conference(self.conference_id, self._path, schedule, self._choice,
                                 self._span)  # fmt: skip
        notes = (self._choice.notice,) if self._choice.notice else ()
        return conference, named, notes


def _tracks_of(names: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(clean_line(name) for name in names if clean_line(name)))


