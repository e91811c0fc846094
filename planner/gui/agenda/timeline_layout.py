"""How the agenda timeline lays out and labels the picks, apart from the painting.

Pure functions over the core's SessionView: cutting a pick at local midnights, putting
overlapping blocks in lanes, the hours to show, the keyboard's order, the colours of a block
(from the palette, so light and dark schemes both read) and its plain-text lines and tooltip.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QTextLayout

from planner.core.model import PRIORITY_MAX, PRIORITY_MIN, PickState, SessionView, TimeStatus
from planner.gui.plain import fill
from planner.gui.timefmt import DASH, format_span

FIRST_HOUR, LAST_HOUR = 8, 20  # always shown, whatever the picks
DAY_MINUTES = 24 * 60
_CLASH_LIGHT, _CLASH_DARK = QColor("#c62828"), QColor("#ff6e6e")


@dataclass(frozen=True, slots=True)
class Piece:
    """The part of a pick that falls on one local day (or the whole of an unscheduled one)."""

    view: SessionView
    day: date | None
    start: int = 0  # minutes after local midnight, wall clock
    end: int = 0
    continued: bool = False  # began on the day before
    continues: bool = False  # goes on into the next day


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaTimeline", text)


# --- layout -------------------------------------------------------------


def pick_times(view: SessionView) -> tuple[datetime, datetime] | None:
    """When the user means to be there: the pick's planned times, else the session's."""
    pick, session = view.pick, view.session
    start = (pick.planned_start if pick else None) or session.start
    end = (pick.planned_end if pick else None) or session.end
    return (start, end) if start is not None and end is not None else None


def _minutes(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


def day_spans(start: datetime, end: datetime, zone: tzinfo) -> list[tuple[date, int, int]]:
    """(local day, first minute, last minute) of each day an interval touches in ``zone``."""
    start, end = start.astimezone(zone), end.astimezone(zone)
    day, begin, found = start.date(), _minutes(start), list[tuple[date, int, int]]()
    while True:
        midnight = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
        if end <= midnight:
            finish = DAY_MINUTES if end == midnight and end > start else _minutes(end)
            return [*found, (day, begin, max(begin, finish))]
        found.append((day, begin, DAY_MINUTES))
        day, begin = day + timedelta(days=1), 0


def pieces_of(view: SessionView, zone: tzinfo) -> list[Piece]:
    """A pick cut at each local midnight it crosses (one piece when it does not)."""
    times = pick_times(view)
    if times is None:
        return [Piece(view, None)]
    spans = day_spans(*times, zone)
    last = len(spans) - 1
    return [
        Piece(view, day, begin, finish, continued=n > 0, continues=n < last)
        for n, (day, begin, finish) in enumerate(spans)
    ]


def lanes(spans: Sequence[tuple[float, float]]) -> list[tuple[int, int]]:
    """For each (start, end): its lane and the lane count of its cluster of overlapping spans.

    Spans that start together take the lanes from the left in the order given.
    """
    result = [(0, 1)] * len(spans)
    order = sorted(range(len(spans)), key=lambda i: spans[i][0])
    cluster: list[tuple[int, int]] = []
    ends: list[float] = []
    for index in order:
        start, end = spans[index]
        if cluster and start >= max(ends):
            result = _close(result, cluster, len(ends))
            cluster, ends = [], []
        lane = next((n for n, taken in enumerate(ends) if taken <= start), len(ends))
        ends[lane : lane + 1] = [end]
        cluster.append((index, lane))
    return _close(result, cluster, len(ends))


def _close(
    result: list[tuple[int, int]], cluster: list[tuple[int, int]], count: int
) -> list[tuple[int, int]]:
    for index, lane in cluster:
        result[index] = (lane, count)
    return result


def widths(spans: Sequence[tuple[float, float]], placed: Sequence[tuple[int, int]]) -> list[int]:
    """How many lanes each span may take, from its own to the right, up to the first lane
    in which another span runs at the same time (as desktop calendars do)."""
    spread = []
    for index, ((start, end), (lane, count)) in enumerate(zip(spans, placed, strict=True)):
        taken = {
            other_lane
            for other, ((a, b), (other_lane, _)) in enumerate(zip(spans, placed, strict=True))
            if other != index and other_lane > lane and a < end and start < b
        }
        span = 1
        while lane + span < count and lane + span not in taken:
            span += 1
        spread.append(span)
    return spread


def hour_span(spans: Iterable[tuple[date | None, int, int]]) -> tuple[int, int]:
    """The whole hours that hold the (day, start, end) minute spans given (FIRST_HOUR to
    LAST_HOUR when there are none): the day's hours, and no empty ones around them."""
    timed = [(start, end) for day, start, end in spans if day is not None]
    if not timed:
        return FIRST_HOUR, LAST_HOUR
    first = min(start // 60 for start, _ in timed)
    last = max(math.ceil(end / 60) for _, end in timed)
    return first, min(24, max(last, first + 1))


def _order_key(view: SessionView) -> tuple[bool, datetime | None, str]:
    times = pick_times(view)
    return (times is None, times[0] if times else None, view.key)


def time_order(views: Iterable[SessionView]) -> list[str]:
    """Keys in the order the keyboard walks them: by start, unscheduled last."""
    timed = sorted((v for v in views if pick_times(v)), key=_order_key)
    untimed = sorted((v for v in views if not pick_times(v)), key=lambda v: v.key)
    return [v.key for v in (*timed, *untimed)]


def faded(view: SessionView) -> bool:
    """Picks the user does not plan to sit in: shown, but quieter."""
    state = view.pick.state if view.pick else PickState.ATTENDING
    return view.cancelled or state is not PickState.ATTENDING


# --- colours ------------------------------------------------------------------------------


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _readable_on(background: QColor, *candidates: QColor) -> QColor:
    return max(candidates, key=lambda color: contrast(color, background))


def block_colors(palette: QPalette, view: SessionView) -> tuple[QColor, QColor]:
    """(fill, text) of a block: stronger for a higher priority, grey when faded."""
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    if faded(view):
        return mix(base, text, 0.09), mix(text, base, 0.28)
    priority = view.pick.priority if view.pick else PRIORITY_MIN
    strength = 0.22 + 0.4 * (priority - PRIORITY_MIN) / (PRIORITY_MAX - PRIORITY_MIN)
    background = mix(base, palette.color(QPalette.ColorRole.Highlight), strength)
    return background, _readable_on(
        background, text, palette.color(QPalette.ColorRole.HighlightedText)
    )


def clash_color(palette: QPalette) -> QColor:
    dark = _luminance(palette.color(QPalette.ColorRole.Base)) < 0.2
    return _CLASH_DARK if dark else _CLASH_LIGHT


# --- text ---------------------------------------------------------------------------------


def _utf16_slice(text: str, start: int, length: int | None = None) -> str:
    """Qt counts UTF-16 units; Python counts code points."""
    data = text.encode("utf-16-le")
    end = None if length is None else 2 * (start + length)
    return data[2 * start : end].decode("utf-16-le", "replace")


def wrapped(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """``text`` wrapped to ``width``, at most ``max_lines`` lines, the last one elided."""
    text = " ".join(text.split())  # a line break in a title is just a space here
    layout = QTextLayout(text, font)
    layout.beginLayout()
    starts: list[int] = []
    while len(starts) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    lines = [_utf16_slice(text, a, b - a).strip() for a, b in pairwise(starts)]
    rest = _utf16_slice(text, starts[-1]).strip() if starts else text
    return [*lines, QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)]


def _hm(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def state_label(view: SessionView) -> str:
    if view.cancelled:
        return _tr("Cancelled")
    state = view.pick.state if view.pick else PickState.ATTENDING
    labels = {
        PickState.ATTENDING: _tr("Attending"),
        PickState.WATCH_LATER: _tr("Watch later"),
        PickState.ALTERNATIVE: _tr("Alternative"),
    }
    return labels[state]


def detail_line(piece: Piece, zone: tzinfo) -> str:
    """The block's second line: (state ·) time · room."""
    view, times = piece.view, pick_times(piece.view)
    parts = [state_label(view)] if faded(view) else []
    if times is not None:
        start, end = (moment.astimezone(zone) for moment in times)
        arrow = "↑ " if piece.continued else ""
        parts.append(f"{arrow}{_hm(start)}{DASH}{_hm(end)}")
    if view.session.room:
        parts.append(view.session.room)
    return " · ".join(parts)


def tooltip_text(piece: Piece, clashing: bool, zone: tzinfo) -> str:
    """Everything about a block, as plain text (one fact per line)."""
    view, times = piece.view, pick_times(piece.view)
    session = view.session
    lines = [session.title]
    lines.append(format_span(*times, zone) if times else _tr("No time yet"))
    lines += [session.room] if session.room else []
    priority = view.pick.priority if view.pick else PRIORITY_MIN
    lines.append(fill(_tr("Priority %1 of %2 · %3"), priority, PRIORITY_MAX, state_label(view)))
    if session.time_status is not TimeStatus.CONFIRMED:
        label = _tr("Time assumed") if session.time_status is TimeStatus.ASSUMED else _tr("Why")
        lines.append(f"{label}: {session.time_note}" if session.time_note else label)
    lines += [_tr("Clashes with another pick you plan to attend")] if clashing else []
    lines += [_tr("Continues from the day before")] if piece.continued else []
    lines += [_tr("Continues on the next day")] if piece.continues else []
    lines += [_tr("Can be watched later (recorded)")] if session.recorded else []
    lines += [fill(_tr("Note: %1"), view.pick.note)] if view.pick and view.pick.note else []
    return "\n".join(lines)
