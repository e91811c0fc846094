"""The "My agenda" timeline: the user's picks as blocks on a grid of days and hours.

Custom-painted on a QAbstractScrollArea: a day header and an hour gutter stay put while the
grid scrolls under them, a strip of unscheduled picks sits above the grid, and each pick is a
block per day it touches. The hours shown are those of the picks and the free stretches
between them, and they fill the height the widget has (never less than three lines an hour).
Overlapping blocks stand side by side in lanes, each at least ``BLOCK_MIN_CHARS`` wide (and
spread to the right over lanes free at its time, as desktop calendars do): a busy day's
column grows and the grid scrolls sideways rather than squeezing titles. Lanes depend only
on the picks' times, so a change of state (and its undo) moves no block.
Picks in a clash get a red border and a warning icon, assumed times a dashed border, and
watch-later, alternative and cancelled picks are faded; ``set_folded`` hides the watch-later
and alternative ones. A session that crosses midnight in the zone shown is split: one block on
each day, the later part marked with an arrow, both tooltips saying so. Overlaid colleagues'
picks are thin marks in their colours along the right edge of each of the user's days (see
``timeline_overlay``): marks, never columns of their own; a click on one shows that session.
Free stretches of the user's days (``set_gaps``) are dashed outlines: a click asks "What's on
then?" (``gapChosen``).

Painting is in ``timeline_paint``: colours come from the palette, so light and dark schemes both
read, and catalog text is only ever drawn as plain text; tooltips go through ``plain.tooltip``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from planner.core.conflicts import ClashGroup
from planner.core.model import PickState, SessionView
from planner.gui.agenda.timeline_layout import (
    FIRST_HOUR,
    LAST_HOUR,
    Piece,
    day_spans,
    hour_span,
    lanes,
    pieces_of,
    time_order,
    tooltip_text,
    widths,
)
from planner.gui.agenda.timeline_overlay import (
    MarkPiece,
    OverlayMark,
    PlacedMark,
    mark_pieces,
    mark_tooltip,
    paint_marks,
    place_marks,
    strip_width,
)
from planner.gui.agenda.timeline_paint import GUTTER, HEADER, PAD, Frame, TimelinePainter
from planner.gui.plain import fill, plain_label, tooltip
from planner.gui.timefmt import format_span

COLUMN_MIN = 200  # px: narrower day columns scroll sideways instead
BLOCK_MIN_CHARS = 26  # a block side by side with others is never narrower than this
LANE_GAP = 3  # px between blocks side by side
CHIP_WIDTH = 240  # px: an unscheduled pick in the strip


class TimelineBlock(NamedTuple):
    """One drawn block, for tests and tools."""

    key: str
    rect: QRectF  # viewport coordinates, as drawn at the current scroll position
    clashing: bool
    day: date | None  # None: in the unscheduled strip


class TimelineGap(NamedTuple):
    """One free stretch drawn, for tests and tools."""

    start: datetime
    end: datetime
    rect: QRectF  # viewport coordinates


class TimelineMark(NamedTuple):
    """One drawn mark of a colleague's pick, for tests and tools."""

    owner: str
    key: str
    rect: QRectF  # viewport coordinates
    day: date
    tooltip: str


@dataclass(frozen=True, slots=True)
class _Placed:
    piece: Piece
    rect: QRectF  # content coordinates


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaTimeline", text)


def _legend_text() -> str:
    return _tr(
        "Dashed: time assumed · Red: clashes with another pick · Faded: watch later, "
        "alternative or cancelled · ↑: from the day before · Enter: details"
    )


# --- the widget ---------------------------------------------------------------------------


class AgendaTimeline(QAbstractScrollArea):
    """The user's picks on a day-by-hour grid; select with the keyboard or mouse."""

    sessionActivated = Signal(str)  # double-click or Enter on a block
    sessionSelected = Signal(str)  # the selection moved to this key
    markChosen = Signal(str)  # a click on a colleague's mark: that session's key
    gapChosen = Signal(object, object)  # a click on a free stretch: its start and end (UTC)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._views: list[SessionView] = []
        self._clashing: set[str] = set()
        self._zone: tzinfo = UTC
        self._pieces: list[Piece] = []
        self._days: list[date] = []
        self._hours = (FIRST_HOUR, LAST_HOUR)
        self._placed: list[_Placed] = []
        self._marks: list[MarkPiece] = []
        self._lanes = 0
        self._placed_marks: list[PlacedMark] = []
        self._order: list[str] = []
        self._selected: str | None = None
        self._hour_px = 60.0
        self._grid_top = float(HEADER)
        self._widths: list[float] = []
        self._content = QSizeF()
        self._folded = False
        self._rivals: set[str] = set()
        self._gaps: list[tuple[date, int, int, datetime, datetime]] = []
        self._placed_gaps: list[tuple[QRectF, datetime, datetime]] = []
        self._hover_gap: int | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(_tr("My agenda timeline"))
        self._legend = plain_label(_legend_text(), wrap=True)
        self._legend.setParent(self)
        self._legend_height = -1

    # public API

    def set_agenda(
        self, views: Sequence[SessionView], groups: Sequence[ClashGroup], zone: tzinfo
    ) -> None:
        """Show these picks (in ``zone``), marking the members of ``groups`` as clashing."""
        self._views, self._zone = list(views), zone
        self._clashing = {key for group in groups for key in group.keys}
        self._refold()

    def set_folded(self, folded: bool) -> None:
        """Hide the watch-later and alternative picks (``folded``), or show them faded."""
        if folded != self._folded:
            self._folded = folded
            self._refold()

    def folded_count(self) -> int:
        """How many picks folding hides (or would hide)."""
        return sum(1 for view in self._views if _foldable(view))

    def _refold(self) -> None:
        shown = [v for v in self._views if not (self._folded and _foldable(v))]
        self._pieces = [piece for view in shown for piece in pieces_of(view, self._zone)]
        self._order = time_order(shown)
        if self._selected not in self._order:
            self._selected = None
        self._span_days()

    def set_gaps(self, gaps: Sequence[tuple[datetime, datetime]]) -> None:
        """The free stretches of the user's days to draw (each within one local day)."""
        self._gaps = []
        for start, end in gaps:
            for day, first, last in day_spans(start, end, self._zone)[:1]:
                self._gaps.append((day, first, last, start, end))
        self._hover_gap = None
        self._span_days()

    def gaps(self) -> list[TimelineGap]:
        dx, dy = self._scroll()
        return [TimelineGap(s, e, r.translated(-dx, -dy)) for r, s, e in self._placed_gaps]

    def set_overlays(self, marks: Sequence[OverlayMark], lanes: int, zone: tzinfo) -> None:
        """Show colleagues' picks as marks in ``lanes`` lanes (one per colleague shown)."""
        self._zone, self._lanes = zone, lanes if marks else 0
        self._marks = mark_pieces(marks, zone)
        self._span_days()

    def _span_days(self) -> None:
        mine = [(p.day, p.start, p.end) for p in self._pieces]
        days = {day for day, _, _ in mine if day is not None}
        if not days:  # no pick of the user's: the colleagues' days, so their marks show
            days = {m.day for m in self._marks}
        self._days = sorted(days)
        # Marks on other days than the user's would add columns that squeeze the user's own.
        marks: list[tuple[date | None, int, int]] = [
            (m.day, m.start, m.end) for m in self._marks if m.day in days
        ]
        free: list[tuple[date | None, int, int]] = [(d, a, b) for d, a, b, _, _ in self._gaps]
        self._hours = hour_span(mine + marks + free)
        self._relayout()

    def _shows_anything(self) -> bool:
        return bool(self._views or self._marks)

    def blocks(self) -> list[TimelineBlock]:
        """Every drawn block (a pick crossing midnight has one per day)."""
        dx, dy = self._scroll()
        return [
            TimelineBlock(
                p.piece.view.key, p.rect.translated(-dx, -dy), self._clashes(p), p.piece.day
            )
            for p in self._placed
        ]

    def day_columns(self) -> list[tuple[date, QRectF]]:
        """Each day's column as drawn (viewport coordinates), for tests and tools."""
        dx, dy = self._scroll()
        return [(day, rect.translated(-dx, -dy)) for day, rect in self._frame().columns()]

    def overlay_marks(self) -> list[TimelineMark]:
        """Every drawn mark of a colleague's pick."""
        dx, dy = self._scroll()
        return [
            TimelineMark(
                p.piece.mark.owner,
                p.piece.mark.key,
                p.rect.translated(-dx, -dy),
                p.piece.day,
                mark_tooltip(p.piece.mark, self._zone),
            )
            for p in self._placed_marks
        ]

    def selected_key(self) -> str | None:
        return self._selected

    def select(self, key: str | None) -> None:
        """Select a pick (None: nothing) and scroll so that it shows."""
        if key is not None and key not in self._order:
            key = None
        changed = key != self._selected
        self._selected = key
        if key is not None:
            self._reveal(key)
            self.setAccessibleDescription(self._description(key))
        self.viewport().update()
        if changed and key is not None:
            self.sessionSelected.emit(key)

    # layout

    def _relayout(self) -> None:
        metrics = QFontMetricsF(self.font())
        line = metrics.lineSpacing()
        width, height = self.viewport().width(), self.viewport().height()
        strip = self._place_strip(width, line)
        self._grid_top = HEADER + strip[1]
        hours = max(1, self._hours[1] - self._hours[0])
        filling = (height - self._grid_top - PAD) / hours  # the day's hours fill the height
        self._hour_px = max(60.0, 3 * line + 12, filling)
        self._widths = self._column_widths(width, metrics)
        self._placed = strip[0] + self._place_days(line)
        self._placed_marks = self._place_marks(line)
        self._placed_gaps = self._place_gaps()
        self._content = QSizeF(
            GUTTER + sum(self._widths), self._grid_top + hours * self._hour_px + PAD
        )
        if not self._shows_anything():
            self._content = QSizeF()  # the empty state: nothing to scroll
        self._legend.setVisible(self._shows_anything())
        self._place_legend()
        self._set_ranges()
        self.viewport().update()

    def _place_strip(self, width: float, line: float) -> tuple[list[_Placed], float]:
        loose = [p for p in self._pieces if p.day is None]
        if not loose:
            return [], 0.0
        chip_height, title = 2 * line + 2 * PAD, line + 2 * PAD
        per_row = max(1, int((width - GUTTER - PAD) // (CHIP_WIDTH + PAD)))
        placed = []
        for index, piece in enumerate(sorted(loose, key=lambda p: p.view.key)):
            row, col = divmod(index, per_row)
            x = GUTTER + PAD + col * (CHIP_WIDTH + PAD)
            y = HEADER + title + row * (chip_height + PAD)
            placed.append(_Placed(piece, QRectF(x, y, CHIP_WIDTH, chip_height)))
        rows = math.ceil(len(loose) / per_row)
        return placed, title + rows * (chip_height + PAD) + PAD

    def _day_pieces(
        self, day: date, line: float
    ) -> tuple[list[Piece], list[tuple[int, int]], list[int]]:
        """A day's pieces in lane order, each one's (lane, lanes in its cluster), and how many
        lanes it may spread over.

        The order depends on times and keys only, never on a pick's state: a decision (or its
        undo) leaves every block where it was.
        """
        shortest = (line + 2 * PAD) / self._hour_px * 60  # minutes: a block never gets thinner
        pieces = sorted(
            (p for p in self._pieces if p.day == day), key=lambda p: (p.start, -p.end, p.view.key)
        )
        spans = [(float(p.start), max(float(p.end), p.start + shortest)) for p in pieces]
        placed = lanes(spans)
        return pieces, placed, widths(spans, placed)

    def _marks_room(self) -> float:
        return strip_width(self._lanes) + LANE_GAP if self._lanes else 0.0

    def _column_widths(self, width: float, metrics: QFontMetricsF) -> list[float]:
        """Each day's width: room for its busiest moment's blocks side by side, at least
        BLOCK_MIN_CHARS each; what the viewport has over is shared out."""
        block = metrics.averageCharWidth() * BLOCK_MIN_CHARS
        line = metrics.lineSpacing()
        wanted = []
        for day in self._days:
            _, placed, _ = self._day_pieces(day, line)
            most = max((count for _, count in placed), default=1)
            lanes_width = most * block + (most - 1) * LANE_GAP
            wanted.append(max(COLUMN_MIN, lanes_width + 2 * PAD + self._marks_room()))
        spare = width - GUTTER - sum(wanted)
        if wanted and spare > 0:
            wanted = [w + spare / len(wanted) for w in wanted]
        return wanted

    def _lefts(self) -> list[float]:
        lefts, left = [], float(GUTTER)
        for width in self._widths:
            lefts.append(left)
            left += width
        return lefts

    def _place_days(self, line: float) -> list[_Placed]:
        placed: list[_Placed] = []
        for day, left, column in zip(self._days, self._lefts(), self._widths, strict=True):
            pieces, where, spread = self._day_pieces(day, line)
            shortest = (line + 2 * PAD) / self._hour_px * 60
            room = column - 2 * PAD - self._marks_room()
            for piece, (lane, count), lanes_taken in zip(pieces, where, spread, strict=True):
                width = (room + LANE_GAP) / count
                top = self._y(piece.start)
                bottom = self._y(max(piece.end, piece.start + shortest))
                wide = width * lanes_taken - LANE_GAP
                rect = QRectF(left + PAD + lane * width, top, wide, bottom - top)
                placed.append(_Placed(piece, rect))
        return placed

    def _place_marks(self, line: float) -> list[PlacedMark]:
        right = {
            day: left + width - PAD
            for day, left, width in zip(self._days, self._lefts(), self._widths, strict=True)
        }
        shortest = line / self._hour_px * 60
        return place_marks(self._marks, right, self._lanes, self._y, shortest)

    def _place_gaps(self) -> list[tuple[QRectF, datetime, datetime]]:
        columns = dict(zip(self._days, zip(self._lefts(), self._widths, strict=True), strict=True))
        placed = []
        for day, first, last, start, end in self._gaps:
            if day not in columns:
                continue
            left, width = columns[day]
            top, bottom = self._y(first), self._y(last)
            placed.append((QRectF(left + PAD, top, width - 2 * PAD - self._marks_room(),
                                  bottom - top), start, end))  # fmt: skip
        return placed

    def _y(self, minutes: float) -> float:
        return self._grid_top + (minutes - self._hours[0] * 60) / 60 * self._hour_px

    def _set_ranges(self) -> None:
        view = self.viewport().size()
        for bar, extent, page in (
            (self.horizontalScrollBar(), self._content.width(), view.width()),
            (self.verticalScrollBar(), self._content.height(), view.height()),
        ):
            bar.setRange(0, max(0, math.ceil(extent - page)))
            bar.setPageStep(page)
            bar.setSingleStep(max(1, int(self._hour_px / 4)))

    def _scroll(self) -> tuple[int, int]:
        return self.horizontalScrollBar().value(), self.verticalScrollBar().value()

    def _clashes(self, placed: _Placed) -> bool:
        return placed.piece.day is not None and placed.piece.view.key in self._clashing

    def _first_rect(self, key: str) -> QRectF | None:
        return next((p.rect for p in self._placed if p.piece.view.key == key), None)

    def _reveal(self, key: str) -> None:
        """Scroll so that the first block of ``key`` shows whole, centred if it was hidden."""
        rect = self._first_rect(key)
        if rect is None:
            return
        view = self.viewport().size()
        for bar, low, high, fixed, page in (
            (self.horizontalScrollBar(), rect.left(), rect.right(), GUTTER, view.width()),
            (self.verticalScrollBar(), rect.top(), rect.bottom(), HEADER, view.height()),
        ):
            shown = bar.value() + fixed <= low and high <= bar.value() + page
            if not shown:
                # Centred in the part the headers leave free; a tall block shows its top.
                centred = (low + high - fixed - page) / 2
                bar.setValue(max(0, round(min(centred, low - fixed - PAD))))

    def _gap_at(self, point: QPointF) -> int | None:
        if point.x() < GUTTER or point.y() < HEADER:
            return None
        dx, dy = self._scroll()
        content = QPointF(point.x() + dx, point.y() + dy)
        hits = (i for i, (rect, _, _) in enumerate(self._placed_gaps) if rect.contains(content))
        return next(hits, None)

    def _key_at(self, point: QPointF) -> tuple[str, _Placed] | None:
        if point.x() < GUTTER or point.y() < HEADER:
            return None
        dx, dy = self._scroll()
        content = QPointF(point.x() + dx, point.y() + dy)
        hit = next((p for p in self._placed if p.rect.contains(content)), None)
        return (hit.piece.view.key, hit) if hit else None

    def _description(self, key: str) -> str:
        piece = next((p.piece for p in self._placed if p.piece.view.key == key), None)
        if piece is None:
            return ""
        return tooltip_text(piece, key in self._clashing and piece.day is not None, self._zone)

    # events

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_legend()
        self._relayout()

    def _place_legend(self) -> None:
        """The legend sits in a bottom margin of its own, right under the grid."""
        grid = self.viewport().geometry()
        shown = self._shows_anything()
        height = self._legend.heightForWidth(grid.width() - 2 * PAD) if shown else 0
        if height != self._legend_height:
            self._legend_height = height
            self.setViewportMargins(0, 0, 0, height + 2 * PAD if height else 0)
            grid = self.viewport().geometry()
        self._legend.setGeometry(
            grid.left() + PAD, grid.bottom() + 1 + PAD, grid.width() - 2 * PAD, height
        )

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps: dict[int, int] = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Home: -len(self._order),
            Qt.Key.Key_End: len(self._order),
        }
        key = event.key()
        if key in steps and self._order:
            self._move(steps[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected:
            self.sessionActivated.emit(self._selected)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _move(self, step: int) -> None:
        if self._selected is None:
            index = 0 if step > 0 else len(self._order) - 1
        else:
            index = self._order.index(self._selected) + step
        self.select(self._order[max(0, min(len(self._order) - 1, index))])

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        hit = self._key_at(event.position())
        mark = self._mark_at(event.position()) if hit is None else None
        gap = self._gap_at(event.position()) if hit is None and mark is None else None
        if hit is not None:
            self.select(hit[0])
        elif mark is not None:
            self.markChosen.emit(mark.piece.mark.key)
        elif gap is not None:
            _, start, end = self._placed_gaps[gap]
            self.gapChosen.emit(start, end)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        gap = self._gap_at(event.position()) if self._key_at(event.position()) is None else None
        if gap != self._hover_gap:
            self._hover_gap = gap
            hand = gap is not None
            shape = Qt.CursorShape.PointingHandCursor if hand else Qt.CursorShape.ArrowCursor
            self.viewport().setCursor(shape)
            self.viewport().update()
        super().mouseMoveEvent(event)

    def _mark_at(self, point: QPointF) -> PlacedMark | None:
        if point.x() < GUTTER or point.y() < HEADER:
            return None
        dx, dy = self._scroll()
        content = QPointF(point.x() + dx, point.y() + dy)
        return next((m for m in self._placed_marks if m.rect.contains(content)), None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._key_at(event.position())
        if hit is not None:
            self.select(hit[0])
            self.sessionActivated.emit(hit[0])
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().viewportEvent(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        point = QPointF(event.pos())
        hit, mark = self._key_at(point), self._mark_at(point)
        gap = self._gap_at(point) if hit is None and mark is None else None
        if hit is not None:
            text = tooltip_text(hit[1].piece, self._clashes(hit[1]), self._zone)
        elif mark is not None:
            text = mark_tooltip(mark.piece.mark, self._zone)
        elif gap is not None:
            _, start, end = self._placed_gaps[gap]
            span = format_span(start, end, self._zone)
            text = fill(_tr("Free: %1\nClick to see what is on then"), span)
        else:
            QToolTip.hideText()
            event.ignore()
            return
        QToolTip.showText(event.globalPos(), tooltip(text), self.viewport())

    # painting

    def paintEvent(self, event: QEvent) -> None:
        painter = QPainter(self.viewport())
        area = QRectF(self.viewport().rect())
        paint = TimelinePainter(painter, self, self._zone)
        paint.background(area)
        if not self._shows_anything():
            paint.empty(area, _tr("No picks yet. Bookmark sessions to build your agenda."))
            return
        dx, dy = self._scroll()
        frame = self._frame()
        with paint.layer(QRectF(GUTTER, HEADER, area.width(), area.height()), -dx, -dy):
            paint.grid(frame)
            paint.strip_title(frame, _tr("Unscheduled (no time yet)"))
            for index, (rect, _start, _end) in enumerate(self._placed_gaps):
                paint.gap(rect, _tr("Free · What's on then?"), index == self._hover_gap)
            for placed in self._placed:
                selected = placed.piece.view.key == self._selected
                paint.block(placed.piece, placed.rect, self._clashes(placed), selected)
            paint_marks(painter, self._placed_marks, self.palette().color(QPalette.ColorRole.Base))
        with paint.layer(QRectF(0, HEADER, GUTTER, area.height()), 0, -dy):
            paint.hours(frame)
        with paint.layer(QRectF(GUTTER, 0, area.width(), HEADER), -dx, 0):
            paint.days(frame)
        paint.corner()
        if self.hasFocus() and self._selected is None:
            paint.focus_frame(area)

    def _frame(self) -> Frame:
        return Frame(
            tuple(self._days),
            self._hours,
            tuple(self._widths),
            self._grid_top,
            self._hour_px,
            self._content,
        )


def _foldable(view: SessionView) -> bool:
    """A pick the user decided not to sit in (watch later, or an alternative)."""
    return view.pick is not None and view.pick.state is not PickState.ATTENDING
