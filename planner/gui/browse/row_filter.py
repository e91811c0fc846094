"""Which list rows a filter keeps: plain Python over ListingRow, fast enough for 100,000 rows.

The session list filters the rows it already holds instead of asking the database for every
change: the track, day, room, hidden tracks and rooms, bookmark and time-window criteria are
applied once into a "base" selection (with a byte mask for quick membership), and a search's
answer, the sorted positions of the matching rows (``Planner.matching_positions``, computed in
SQLite), only needs intersecting with that base. A row's day is given apart (``days``), since
it depends on the clock shown: the conference's own day, or the local date on this computer.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from planner.core.model import ListingRow

UNSCHEDULED_DAY = date.min  # the "day" filter value that selects the unscheduled sessions


@dataclass(frozen=True, slots=True)
class RowFilter:
    """Every criterion is optional; they combine (AND). ``window`` keeps rows overlapping it;
    ``hidden_tracks`` and ``hidden_rooms`` leave those out whatever else is chosen."""

    track: str | None = None
    day: date | None = None
    room: str | None = None
    hidden_tracks: frozenset[str] = frozenset()
    hidden_rooms: frozenset[str] = frozenset()
    bookmarked: bool = False
    window: tuple[datetime, datetime] | None = None

    @property
    def is_empty(self) -> bool:
        return self == RowFilter()

    def hiding(self, kind: str, name: str, hidden: bool = True) -> RowFilter:
        """This filter with a track or room ("track", "room") hidden, or shown again; hiding
        the track or room that is chosen lets the choice go."""
        if kind == "track":
            tracks = self.hidden_tracks | {name} if hidden else self.hidden_tracks - {name}
            track = None if hidden and self.track == name else self.track
            return replace(self, hidden_tracks=frozenset(tracks), track=track)
        rooms = self.hidden_rooms | {name} if hidden else self.hidden_rooms - {name}
        room = None if hidden and self.room == name else self.room
        return replace(self, hidden_rooms=frozenset(rooms), room=room)

    def choosing(self, kind: str, value: str | date | None) -> RowFilter:
        """This filter with the track, day or room ("track", "day", "room") set to ``value``."""
        if kind == "day":
            return replace(self, day=value if isinstance(value, date) else None)
        text = value if isinstance(value, str) else None
        return replace(self, track=text) if kind == "track" else replace(self, room=text)


def _overlaps(row: ListingRow, window: tuple[datetime, datetime]) -> bool:
    if row.start is None or row.end is None:
        return False
    start, end = window
    if start == end:  # an instant: the rows running at that moment
        return row.start <= start < row.end
    return row.start < end and start < row.end


def _keeps(row: ListingRow, day: date | None, rule: RowFilter, picked: Collection[str]) -> bool:
    if rule.track is not None and row.track != rule.track:
        return False
    if rule.room is not None and row.room != rule.room:
        return False
    if row.track in rule.hidden_tracks or row.room in rule.hidden_rooms:
        return False
    if rule.day == UNSCHEDULED_DAY:
        if row.start is not None:
            return False
    elif rule.day is not None and day != rule.day:
        return False
    if rule.bookmarked and row.key not in picked:
        return False
    return rule.window is None or _overlaps(row, rule.window)


def base_positions(
    rows: Sequence[ListingRow],
    rule: RowFilter,
    picked: Collection[str],
    days: Sequence[date | None] | None = None,
) -> list[int]:
    """Positions (in ``rows``) of the rows the filter keeps, in list order.

    ``days`` holds each row's day as shown (default: the conference's day of each row).
    """
    if rule.is_empty:
        return list(range(len(rows)))
    by_day = days if days is not None else [row.day for row in rows]
    return [i for i, row in enumerate(rows) if _keeps(row, by_day[i], rule, picked)]


def base_mask(base: list[int], size: int) -> bytearray | None:
    """A byte per row, 1 where the base keeps it; None when the base keeps every row."""
    if len(base) == size:
        return None
    mask = bytearray(size)
    for position in base:
        mask[position] = 1
    return mask


LOOKUP_RATIO = 16  # a bisection costs about as much as walking this many matches


def shown_positions(
    base: list[int], mask: bytearray | None, matched: list[int] | None
) -> list[int]:
    """The base positions that the search matched, in list order.

    Walks the shorter side: the matches through the base's mask, or, when the filter keeps
    far fewer rows than the search matches (a track, the bookmarks), the base rows looked up
    in the sorted matches.
    """
    if matched is None:
        return base
    if mask is None:
        return matched
    size = len(matched)
    if len(base) * LOOKUP_RATIO < size:
        return [p for p in base if (at := bisect_left(matched, p)) < size and matched[at] == p]
    return [p for p in matched if mask[p]]


def in_order(shown: list[int], order: list[int] | None, size: int) -> list[int]:
    """``shown`` (ascending positions) in the sort ``order`` (a permutation of every position;
    None: list order)."""
    if order is None:
        return shown
    if len(shown) == size:
        return list(order)
    keep = bytearray(size)
    for position in shown:
        keep[position] = 1
    return [p for p in order if keep[p]]
