"""Which list rows a filter keeps: plain Python over ListingRow, fast enough for 100,000 rows.

The session list filters the rows it already holds instead of asking the database for every
change: the track, day, bookmark and time-window criteria are applied once into a "base"
selection (with a byte mask for quick membership), and a search's answer, the sorted
positions of the matching rows (``Planner.matching_positions``, computed in SQLite), only
needs intersecting with that base.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from planner.core.model import ListingRow

UNSCHEDULED_DAY = date.min  # the "day" filter value that selects the unscheduled sessions


@dataclass(frozen=True, slots=True)
class RowFilter:
    """Every criterion is optional; they combine. ``window`` keeps rows overlapping it."""

    track: str | None = None
    day: date | None = None
    bookmarked: bool = False
    window: tuple[datetime, datetime] | None = None

    @property
    def is_empty(self) -> bool:
        return self == RowFilter()


def _overlaps(row: ListingRow, window: tuple[datetime, datetime]) -> bool:
    if row.start is None or row.end is None:
        return False
    start, end = window
    if start == end:  # an instant: the rows running at that moment
        return row.start <= start < row.end
    return row.start < end and start < row.end


def _keeps(row: ListingRow, rule: RowFilter, picked: Collection[str]) -> bool:
    if rule.track is not None and row.track != rule.track:
        return False
    if rule.day == UNSCHEDULED_DAY:
        if row.start is not None:
            return False
    elif rule.day is not None and row.day != rule.day:
        return False
    if rule.bookmarked and row.key not in picked:
        return False
    return rule.window is None or _overlaps(row, rule.window)


def base_positions(
    rows: Sequence[ListingRow], rule: RowFilter, picked: Collection[str]
) -> list[int]:
    """Positions (in ``rows``) of the rows the filter keeps, in list order."""
    if rule.is_empty:
        return list(range(len(rows)))
    return [i for i, row in enumerate(rows) if _keeps(row, rule, picked)]


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
