"""Painting the agenda timeline: the grid, the hour gutter, the day header and the blocks.

``Frame`` says where things are (content coordinates, laid out by the timeline widget);
``TimelinePainter`` draws them with one QPainter for one paint event. Colours come from the
widget's palette so that light and dark schemes both read; catalog text is only ever drawn
with QPainter.drawText (plain text).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, tzinfo

from PySide6.QtCore import QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QWidget

from planner.core.model import TimeStatus
from planner.gui.agenda.timeline_layout import (
    Piece,
    block_colors,
    clash_color,
    detail_line,
    mix,
    wrapped,
)
from planner.gui.timefmt import format_day

GUTTER = 56  # px: the hour labels' column
HEADER = 28  # px: the day names' row
PAD = 4  # px: inside a column and a block


@dataclass(frozen=True, slots=True)
class Frame:
    """The laid-out grid: its days, hours and sizes (content coordinates)."""

    days: tuple[date, ...]
    hours: tuple[int, int]
    widths: tuple[float, ...]  # each day column's width: a busy day is wider
    grid_top: float
    hour_px: float
    content: QSizeF

    def y(self, minutes: float) -> float:
        return self.grid_top + (minutes - self.hours[0] * 60) / 60 * self.hour_px

    def columns(self) -> list[tuple[date, QRectF]]:
        height = self.content.height()
        found, left = [], float(GUTTER)
        for day, width in zip(self.days, self.widths, strict=True):
            found.append((day, QRectF(left, 0, width, height)))
            left += width
        return found


class TimelinePainter:
    """Draws one paint event of a timeline widget."""

    def __init__(self, painter: QPainter, widget: QWidget, zone: tzinfo) -> None:
        self._painter, self._widget, self._zone = painter, widget, zone
        self._palette = widget.palette()

    def _role(self, role: QPalette.ColorRole) -> QColor:
        return self._palette.color(role)

    def _bold(self) -> QFont:
        font = QFont(self._widget.font())
        font.setBold(True)
        return font

    @contextmanager
    def layer(self, clip: QRectF, dx: float, dy: float) -> Iterator[None]:
        """Paint clipped to ``clip``, shifted by the scroll offsets given."""
        self._painter.save()
        self._painter.setClipRect(clip)
        self._painter.translate(dx, dy)
        try:
            yield
        finally:
            self._painter.restore()

    # --- the frame -----------------------------------------------------------------------

    def background(self, area: QRectF) -> None:
        self._painter.fillRect(area, self._role(QPalette.ColorRole.Base))

    def corner(self) -> None:
        self._painter.fillRect(QRectF(0, 0, GUTTER, HEADER), self._role(QPalette.ColorRole.Window))

    def empty(self, area: QRectF, text: str) -> None:
        self._painter.setPen(self._role(QPalette.ColorRole.PlaceholderText))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        self._painter.drawText(area.adjusted(PAD, PAD, -PAD, -PAD), int(flags), text)

    def grid(self, frame: Frame) -> None:
        painter = self._painter
        for index, (_day, rect) in enumerate(frame.columns()):
            if index % 2:
                grid = rect.adjusted(0, frame.grid_top, 0, 0)
                painter.fillRect(grid, self._role(QPalette.ColorRole.AlternateBase))
        line = mix(self._role(QPalette.ColorRole.Base), self._role(QPalette.ColorRole.Text), 0.15)
        painter.setPen(QPen(line, 1))
        right = frame.content.width()
        for hour in range(frame.hours[0], frame.hours[1] + 1):
            y = frame.y(hour * 60)
            painter.drawLine(QPointF(GUTTER, y), QPointF(right, y))
        for _day, rect in frame.columns():
            painter.drawLine(
                QPointF(rect.left(), frame.grid_top), QPointF(rect.left(), rect.bottom())
            )

    def strip_title(self, frame: Frame, text: str) -> None:
        """The title over the unscheduled picks, when there are any."""
        if frame.grid_top <= HEADER:
            return
        self._painter.setPen(self._role(QPalette.ColorRole.Text))
        self._painter.setFont(self._bold())
        rect = QRectF(GUTTER + PAD, HEADER + PAD, frame.content.width(), HEADER)
        self._painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft), text)
        self._painter.setFont(self._widget.font())

    def hours(self, frame: Frame) -> None:
        painter = self._painter
        painter.fillRect(
            QRectF(0, 0, GUTTER, frame.content.height()), self._role(QPalette.ColorRole.Window)
        )
        painter.setPen(self._role(QPalette.ColorRole.WindowText))
        height = QFontMetricsF(self._widget.font()).height()
        for hour in range(frame.hours[0], frame.hours[1]):
            rect = QRectF(0, frame.y(hour * 60) + 1, GUTTER - PAD - 2, height)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight), f"{hour:02d}:00")

    def days(self, frame: Frame) -> None:
        painter = self._painter
        header = QRectF(GUTTER, 0, frame.content.width(), HEADER)
        painter.fillRect(header, self._role(QPalette.ColorRole.Window))
        painter.setPen(self._role(QPalette.ColorRole.WindowText))
        painter.setFont(self._bold())
        for day, rect in frame.columns():
            cell = QRectF(rect.left(), 0, rect.width(), HEADER)
            painter.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), format_day(day))
        painter.setFont(self._widget.font())

    def gap(self, rect: QRectF, text: str, hovered: bool) -> None:
        """A free stretch of the user's day: a dashed outline, and what a click offers."""
        painter = self._painter
        ink = self._role(QPalette.ColorRole.PlaceholderText)
        pen = QPen(ink, 1)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        if hovered:
            painter.setBrush(mix(self._role(QPalette.ColorRole.Base), ink, 0.08))
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 3, 3)
        if rect.height() >= QFontMetricsF(self._widget.font()).lineSpacing() + 2 * PAD:
            painter.setPen(ink)
            area = rect.adjusted(PAD + 2, PAD, -PAD - 2, -PAD)
            flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
            painter.drawText(area, flags, text)

    def focus_frame(self, area: QRectF) -> None:
        """The whole timeline has the keyboard focus (nothing selected to show it on)."""
        self._painter.setPen(QPen(self._role(QPalette.ColorRole.Highlight), 2))
        self._painter.setBrush(Qt.BrushStyle.NoBrush)
        self._painter.drawRect(area.adjusted(1, 1, -1, -1))

    # --- blocks ----------------------------------------------------------------------------

    def block(self, piece: Piece, rect: QRectF, clashing: bool, selected: bool) -> None:
        painter = self._painter
        background, ink = block_colors(self._palette, piece.view)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self._border_pen(piece, clashing, ink))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        if selected:
            self._selection(rect)
        text_area = rect.adjusted(PAD + 1, PAD - 1, -PAD - 1, -PAD + 1)
        if clashing and rect.width() > 40:
            self._warning(rect)
            text_area.setRight(text_area.right() - 18)
        self._text(piece, text_area, ink)

    def _border_pen(self, piece: Piece, clashing: bool, ink: QColor) -> QPen:
        assumed = piece.view.session.time_status is TimeStatus.ASSUMED
        if clashing:
            pen = QPen(clash_color(self._palette), 2.5)
        else:
            # An assumed time needs a border that shows; a confirmed one only an edge.
            base = self._role(QPalette.ColorRole.Base)
            pen = QPen(mix(ink, base, 0.2 if assumed else 0.45), 1.6 if assumed else 1.2)
        if assumed:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def _selection(self, rect: QRectF) -> None:
        focused = self._widget.hasFocus()
        role = QPalette.ColorRole.Highlight if focused else QPalette.ColorRole.Mid
        self._painter.setPen(QPen(self._role(role), 3))
        self._painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4, 4)

    def _warning(self, rect: QRectF) -> None:
        icon = self._widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.paint(self._painter, QRect(int(rect.right()) - 19, int(rect.top()) + 3, 16, 16))

    def _text(self, piece: Piece, area: QRectF, ink: QColor) -> None:
        if area.width() < 16 or area.height() < 8:
            return
        painter = self._painter
        bold = self._bold()
        bold.setStrikeOut(piece.view.cancelled)
        title = piece.view.session.title
        font, line, rows, titles = _fitted(title, bold, area)
        painter.setPen(ink)
        painter.setFont(font)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine)
        for index, text in enumerate(titles):
            painter.drawText(area.adjusted(0, index * line, 0, 0), left, text)
        painter.setFont(self._widget.font())
        if rows > len(titles):
            detail = QFontMetricsF(self._widget.font()).elidedText(
                detail_line(piece, self._zone), Qt.TextElideMode.ElideRight, area.width()
            )
            painter.drawText(area.adjusted(0, len(titles) * line, 0, 0), left, detail)


# A title that does not fit its block gives up the time line first, then shrinks this far: a
# half-hour talk in a narrow lane (five FOSDEM picks at 1400x900) reads whole on two lines.
_SHRINK = (0.9, 0.8)


def _fitted(title: str, bold: QFont, area: QRectF) -> tuple[QFont, float, int, list[str]]:
    """The font, line spacing, rows and title lines to draw ``title`` with in ``area``."""
    whole = " ".join(title.split())

    def attempt(font: QFont, keep_detail: bool) -> tuple[QFont, float, int, list[str], bool]:
        line = QFontMetricsF(font).lineSpacing()
        rows = max(1, int(area.height() // line))
        title_rows = rows - 1 if keep_detail and rows > 1 else rows
        lines = wrapped(whole, font, area.width(), title_rows)
        fits = "".join(lines).replace(" ", "") == whole.replace(" ", "")  # no "…" (CJK too)
        return font, line, rows, lines, fits

    first = attempt(bold, keep_detail=True)
    if first[4]:
        return first[:4]
    tries = [attempt(bold, keep_detail=False)]
    size = bold.pointSizeF()
    for scale in _SHRINK if size > 0 else ():
        smaller = QFont(bold)
        smaller.setPointSizeF(size * scale)
        tries.append(attempt(smaller, keep_detail=False))
    found = next((t for t in tries if t[4]), None)
    return (found or first)[:4]
