"""How wide each column of the session list is: the title first, the others as they can.

``ideal_widths`` says what each column would like, from the font and the names this
conference actually uses (its longest common room and track names, capped), never by
measuring 100,000 rows. ``fit_widths`` shares a width: the star and the compact time keep
theirs; the title gets at least ``TITLE_SHARE`` of the rest; the speakers, track, room and
colleagues columns give up width first, each a share of what it has over a floor (the room
least: rooms are told apart by their whole names, see ``GIVING``), and
where even their floors would squeeze the title (a 1024-pixel screen) the speakers and then
the track column are left out (the title's tooltip names them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtGui import QFontMetrics

from planner.core.model import ListingRow
from planner.gui.browse.session_model import SessionTableModel as M
from planner.gui.timefmt import compact_span

ICON = 22  # px: a decoration and its margin
PAD = 16  # px: a cell's margins
CAP_CHARS = {M.COL_ROOM: 22, M.COL_TRACK: 22, M.COL_SPEAKERS: 24, M.COL_WITH: 12}
TITLE_SHARE = 0.5
GIVING = {M.COL_SPEAKERS: 1.4, M.COL_TRACK: 1.0, M.COL_ROOM: 0.4, M.COL_WITH: 1.0}


SAMPLE = 2_000  # rows looked at for the names' lengths: a 100,000-row list needs no more


def _common_longest(names: Sequence[str | None], cap: int) -> str:
    """A name as long as 90 % of the rows' names are at most (rare long ones are elided)."""
    step = max(1, len(names) // SAMPLE)
    present = [name for name in names[::step] if name]
    if not present:
        return "x" * 8
    present.sort(key=len)
    return present[min(len(present) - 1, int(0.9 * len(present)))][:cap]


def ideal_widths(metrics: QFontMetrics, rows: Sequence[ListingRow], later: str) -> dict[int, int]:
    """What each column but the title would like (px)."""
    sample = datetime(2025, 3, 19, 22, 30, tzinfo=UTC)  # a wide weekday; rare "(+1)" elide
    time = compact_span(sample, sample + timedelta(hours=1), UTC, with_date=_long(rows))
    text = {
        M.COL_STAR: f"★5 {later}",
        M.COL_TIME: time,
        M.COL_ROOM: _common_longest([r.room for r in rows], CAP_CHARS[M.COL_ROOM]),
        M.COL_TRACK: _common_longest([r.track for r in rows], CAP_CHARS[M.COL_TRACK]),
        M.COL_SPEAKERS: _common_longest([r.speakers for r in rows], CAP_CHARS[M.COL_SPEAKERS]),
        M.COL_WITH: "x" * 9,
    }
    icons = {M.COL_STAR, M.COL_TIME, M.COL_TRACK, M.COL_WITH}
    pad = {M.COL_STAR: PAD // 2}
    return {
        column: metrics.horizontalAdvance(sample_text)
        + pad.get(column, PAD)
        + (ICON if column in icons else 0)
        for column, sample_text in text.items()
    }


def _long(rows: Sequence[ListingRow]) -> bool:
    days = [r.day for r in rows if r.day is not None]
    return bool(days) and (max(days) - min(days)).days >= 7


DROPPED_FIRST = (M.COL_SPEAKERS, M.COL_TRACK)  # when even their floors leave the title short


def fit_widths(
    ideal: Mapping[int, int], width: int, floor: int = 60, title_least: int = 200
) -> tuple[dict[int, int], set[int]]:
    """Widths for the columns in ``ideal`` (the title stretches into what is left), and the
    columns to leave out because the table is too narrow for them and a readable title."""
    fixed = {c: w for c, w in ideal.items() if c in (M.COL_STAR, M.COL_TIME)}
    flexible = {c: w for c, w in ideal.items() if c not in fixed}
    rest = width - sum(fixed.values())
    title = max(int(TITLE_SHARE * rest), 0)
    dropped: set[int] = set()
    for column in DROPPED_FIRST:
        if column in flexible and rest - floor * len(flexible) < max(title, title_least):
            del flexible[column]
            dropped.add(column)
    title = min(max(title, title_least), rest - floor * len(flexible))
    over = sum(flexible.values()) - (rest - title)
    # What each may give up: its width over the floor, weighted (a room is told apart by its
    # whole name, a speaker list reads from its start).
    spare = {c: max(0, w - floor) * GIVING.get(c, 1.0) for c, w in flexible.items()}
    total = sum(spare.values())
    if over <= 0 or total == 0:
        return {**fixed, **flexible}, dropped
    share = min(1.0, over / total)
    widths = {c: max(floor, w - int(spare[c] * share)) for c, w in flexible.items()}
    return {**fixed, **widths}, dropped
