"""The "My agenda" timeline: the user's picks as blocks on a grid of days and hours.

Custom-painted on a QAbstractScrollArea: a day header and an hour gutter stay put while the
grid scrolls under them, a strip of unscheduled picks sits above the grid, and each pick is a
block per day it touches. Overlapping blocks stand side by side in lanes; picks in a clash
group get a red border and a warning icon, assumed times a dashed border, and watch-later,
alternative and cancelled picks are faded. A session that crosses midnight in the zone shown is
split: one block on each day, the later part marked with an arrow, both tooltips saying so.

Colours come from the palette, so light and dark schemes both read. Catalog text is only ever
drawn with QPainter.drawText (plain) and tooltips go through ``plain.tooltip``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, tzinfo
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QAbstractScrollArea, QStyle, QToolTip, QWidget

from planner.core.conflicts import ClashGroup
from planner.core.model import SessionView, TimeStatus
from planner.gui.plain import plain_label, tooltip
from planner.gui.timefmt import format_day
from planner.gui.timeline_layout import (
    FIRST_HOUR,
    LAST_HOUR,
    Piece,
    block_colors,
    clash_color,
    detail_line,
    faded,
    hour_span,
    lanes,
    mix,
    pieces_of,
    time_order,
    tooltip_text,
    wrapped,
)

GUTTER = 56  # px: the hour labels' column
HEADER = 28  # px: the day names' row
COLUMN_MIN = 200  # px: narrower day columns scroll sideways instead
PAD = 4  # px: inside a column and a block
LANE_GAP = 3  # px between blocks side by side
CHIP_WIDTH = 240  # px: an unscheduled pick in the strip


class TimelineBlock(NamedTuple):
    """One drawn block, for tests and tools."""

    key: str
    rect: QRectF  # viewport coordinates, as drawn at the current scroll position
    clashing: bool
    day: date | None  # None: in the unscheduled strip


@dataclass(frozen=True, slots=True)
class _Placed:
    piece: Piece
    rect: QRectF  # content coordinates


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaTimeline", text)


def _legend_text() -> str:
    return _tr(
        "Dashed border: time assumed · Red border: clashes with another pick · "
        "Faded: watch later, alternative or cancelled · ↑: continued from the day before · "
        "Enter or double-click: details"
    )


# --- the widget ---------------------------------------------------------------------------


class AgendaTimeline(QAbstractScrollArea):
    """The user's picks on a day-by-hour grid; select with the keyboard or mouse."""

    sessionActivated = Signal(str)  # double-click or Enter on a block
    sessionSelected = Signal(str)  # the selection moved to this key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._views: list[SessionView] = []
        self._clashing: set[str] = set()
        self._zone: tzinfo = UTC
        self._pieces: list[Piece] = []
        self._days: list[date] = []
        self._hours = (FIRST_HOUR, LAST_HOUR)
        self._placed: list[_Placed] = []
        self._order: list[str] = []
        self._selected: str | None = None
        self._hour_px = 60.0
        self._grid_top = float(HEADER)
        self._column = float(COLUMN_MIN)
        self._content = QSizeF()
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
        self._pieces = [piece for view in self._views for piece in pieces_of(view, zone)]
        self._days = sorted({p.day for p in self._pieces if p.day is not None})
        self._hours = hour_span(self._pieces)
        self._order = time_order(self._views)
        if self._selected not in self._order:
            self._selected = None
        self._relayout()

    def blocks(self) -> list[TimelineBlock]:
        """Every drawn block (a pick crossing midnight has one per day)."""
        dx, dy = self._scroll()
        return [
            TimelineBlock(
                p.piece.view.key, p.rect.translated(-dx, -dy), self._clashes(p), p.piece.day
            )
            for p in self._placed
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
        self._hour_px = max(60.0, 3 * line + 12)
        width = self.viewport().width()
        self._column = max(COLUMN_MIN, (width - GUTTER) / max(1, len(self._days)))
        strip = self._place_strip(width, line)
        self._grid_top = HEADER + strip[1]
        self._placed = strip[0] + self._place_days(self._column, line)
        hours = self._hours[1] - self._hours[0]
        self._content = QSizeF(
            GUTTER + self._column * max(1, len(self._days)),
            self._grid_top + hours * self._hour_px + PAD,
        )
        if not self._views:
            self._content = QSizeF()  # the empty state: nothing to scroll
        self._legend.setVisible(bool(self._views))
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

    def _place_days(self, column: float, line: float) -> list[_Placed]:
        placed: list[_Placed] = []
        shortest = (line + 2 * PAD) / self._hour_px * 60  # minutes: a block never gets thinner
        for index, day in enumerate(self._days):
            # Attended picks first, so that the clashing ones stand next to each other.
            pieces = sorted(
                (p for p in self._pieces if p.day == day),
                key=lambda p: (p.start, faded(p.view), -p.end, p.view.key),
            )
            spans = [(p.start, max(p.end, p.start + shortest)) for p in pieces]
            left = GUTTER + index * column + PAD
            for piece, span, (lane, count) in zip(pieces, spans, lanes(spans), strict=True):
                width = (column - 2 * PAD + LANE_GAP) / count
                top = self._y(span[0])
                rect = QRectF(left + lane * width, top, width - LANE_GAP, self._y(span[1]) - top)
                placed.append(_Placed(piece, rect))
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

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)
        self._place_legend()
        self._relayout()

    def _place_legend(self) -> None:
        """The legend sits in a bottom margin of its own, right under the grid."""
        grid = self.viewport().geometry()
        height = self._legend.heightForWidth(grid.width() - 2 * PAD) if self._views else 0
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
        steps = {
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
        if hit is not None:
            self.select(hit[0])
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._key_at(event.position())
        if hit is not None:
            self.select(hit[0])
            self.sessionActivated.emit(hit[0])
        event.accept()

    def focusInEvent(self, event: QEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().viewportEvent(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        hit = self._key_at(QPointF(event.pos()))
        if hit is None:
            QToolTip.hideText()
            event.ignore()
            return
        text = tooltip_text(hit[1].piece, self._clashes(hit[1]), self._zone)
        QToolTip.showText(event.globalPos(), tooltip(text), self.viewport())

    # painting

    def paintEvent(self, event: QEvent) -> None:
        painter = QPainter(self.viewport())
        palette = self.palette()
        area = QRectF(self.viewport().rect())
        painter.fillRect(area, palette.color(QPalette.ColorRole.Base))
        if not self._views:
            self._paint_empty(painter, area)
            return
        dx, dy = self._scroll()
        self._layer(painter, QRectF(GUTTER, HEADER, area.width(), area.height()), -dx, -dy)
        self._paint_grid(painter)
        self._paint_strip_title(painter)
        for placed in self._placed:
            self._paint_block(painter, placed)
        painter.restore()
        self._layer(painter, QRectF(0, HEADER, GUTTER, area.height()), 0, -dy)
        self._paint_hours(painter)
        painter.restore()
        self._layer(painter, QRectF(GUTTER, 0, area.width(), HEADER), -dx, 0)
        self._paint_days(painter)
        painter.restore()
        painter.fillRect(QRectF(0, 0, GUTTER, HEADER), palette.color(QPalette.ColorRole.Window))

    @staticmethod
    def _layer(painter: QPainter, clip: QRectF, dx: float, dy: float) -> None:
        painter.save()
        painter.setClipRect(clip)
        painter.translate(dx, dy)

    def _paint_empty(self, painter: QPainter, area: QRectF) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        text = _tr("No picks yet. Bookmark sessions to build your agenda.")
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(area.adjusted(PAD, PAD, -PAD, -PAD), int(flags), text)

    def _columns(self) -> list[tuple[date, QRectF]]:
        height = self._content.height()
        return [
            (day, QRectF(GUTTER + i * self._column, 0, self._column, height))
            for i, day in enumerate(self._days)
        ]

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _role(self, role: QPalette.ColorRole) -> QColor:
        return self.palette().color(role)

    def _paint_grid(self, painter: QPainter) -> None:
        for index, (_day, rect) in enumerate(self._columns()):
            if index % 2:
                grid = rect.adjusted(0, self._grid_top, 0, 0)
                painter.fillRect(grid, self._role(QPalette.ColorRole.AlternateBase))
        line = mix(self._role(QPalette.ColorRole.Base), self._role(QPalette.ColorRole.Text), 0.15)
        painter.setPen(QPen(line, 1))
        right = self._content.width()
        for hour in range(self._hours[0], self._hours[1] + 1):
            y = self._y(hour * 60)
            painter.drawLine(QPointF(GUTTER, y), QPointF(right, y))
        for _day, rect in self._columns():
            painter.drawLine(
                QPointF(rect.left(), self._grid_top), QPointF(rect.left(), rect.bottom())
            )

    def _paint_strip_title(self, painter: QPainter) -> None:
        if self._grid_top <= HEADER:
            return
        painter.setPen(self._role(QPalette.ColorRole.Text))
        painter.setFont(self._bold())
        rect = QRectF(GUTTER + PAD, HEADER + PAD, self._content.width(), HEADER)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft), _tr("Unscheduled (no time yet)"))
        painter.setFont(self.font())

    def _paint_hours(self, painter: QPainter) -> None:
        painter.fillRect(
            QRectF(0, 0, GUTTER, self._content.height()), self._role(QPalette.ColorRole.Window)
        )
        painter.setPen(self._role(QPalette.ColorRole.WindowText))
        height = QFontMetricsF(self.font()).height()
        for hour in range(self._hours[0], self._hours[1]):
            rect = QRectF(0, self._y(hour * 60) + 1, GUTTER - PAD - 2, height)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight), f"{hour:02d}:00")

    def _paint_days(self, painter: QPainter) -> None:
        header = QRectF(GUTTER, 0, self._content.width(), HEADER)
        painter.fillRect(header, self._role(QPalette.ColorRole.Window))
        painter.setPen(self._role(QPalette.ColorRole.WindowText))
        painter.setFont(self._bold())
        for day, rect in self._columns():
            cell = QRectF(rect.left(), 0, rect.width(), HEADER)
            painter.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), format_day(day))
        painter.setFont(self.font())

    def _paint_block(self, painter: QPainter, placed: _Placed) -> None:
        piece, rect = placed.piece, placed.rect
        background, ink = block_colors(self.palette(), piece.view)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self._border_pen(placed, ink))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        if piece.view.key == self._selected:
            self._paint_selection(painter, rect)
        text_area = rect.adjusted(PAD + 1, PAD - 1, -PAD - 1, -PAD + 1)
        if self._clashes(placed) and rect.width() > 40:
            self._paint_warning(painter, rect)
            text_area.setRight(text_area.right() - 18)
        self._paint_text(painter, piece, text_area, ink)

    def _border_pen(self, placed: _Placed, ink: QColor) -> QPen:
        assumed = placed.piece.view.session.time_status is TimeStatus.ASSUMED
        if self._clashes(placed):
            pen = QPen(clash_color(self.palette()), 2.5)
        else:
            # An assumed time needs a border that shows; a confirmed one only an edge.
            base = self.palette().color(QPalette.ColorRole.Base)
            pen = QPen(mix(ink, base, 0.2 if assumed else 0.45), 1.6 if assumed else 1.2)
        if assumed:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def _paint_selection(self, painter: QPainter, rect: QRectF) -> None:
        role = QPalette.ColorRole.Highlight if self.hasFocus() else QPalette.ColorRole.Mid
        painter.setPen(QPen(self.palette().color(role), 3))
        painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4, 4)

    def _paint_warning(self, painter: QPainter, rect: QRectF) -> None:
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.paint(painter, QRect(int(rect.right()) - 19, int(rect.top()) + 3, 16, 16))

    def _paint_text(self, painter: QPainter, piece: Piece, area: QRectF, ink: QColor) -> None:
        if area.width() < 16 or area.height() < 8:
            return
        bold = self._bold()
        bold.setStrikeOut(piece.view.cancelled)
        line = QFontMetricsF(bold).lineSpacing()
        rows = max(1, int(area.height() // line))
        title_rows = rows - 1 if rows > 1 else 1
        titles = wrapped(piece.view.session.title, bold, area.width(), title_rows)
        painter.setPen(ink)
        painter.setFont(bold)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine)
        for index, text in enumerate(titles):
            painter.drawText(area.adjusted(0, index * line, 0, 0), left, text)
        painter.setFont(self.font())
        if rows > 1:
            detail = QFontMetricsF(self.font()).elidedText(
                detail_line(piece, self._zone), Qt.TextElideMode.ElideRight, area.width()
            )
            painter.drawText(area.adjusted(0, len(titles) * line, 0, 0), left, detail)
