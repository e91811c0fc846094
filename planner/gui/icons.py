"""The few small icons the window draws itself: an assumed time, a clash, a track swatch.

Drawn with QPainter at the size asked for (so they stay sharp on any screen), cached, and in
colours that read on a light and on a dark background alike. The shapes repeat the timeline's
language: a dashed ring for a time the schedule does not confirm, a red warning sign for a
clash.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

CLASH_RED = QColor("#d32f2f")
ASSUMED_AMBER = QColor("#c77700")
SIZE = 16


def _canvas(size: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@cache
def assumed_icon(size: int = SIZE) -> QIcon:
    """A dashed clock face: the time shown is assumed, not confirmed."""
    pixmap, painter = _canvas(size)
    pen = QPen(ASSUMED_AMBER, max(1.5, size / 10))
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    inset = size * 0.12
    painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
    solid = QPen(ASSUMED_AMBER, max(1.5, size / 10))
    solid.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(solid)
    centre = QPointF(size / 2, size / 2)
    painter.drawLine(centre, QPointF(size / 2, size * 0.28))
    painter.drawLine(centre, QPointF(size * 0.7, size / 2))
    painter.end()
    return QIcon(pixmap)


@cache
def clash_icon(size: int = SIZE) -> QIcon:
    """A red warning triangle: this pick clashes with another one you plan to attend."""
    pixmap, painter = _canvas(size)
    path = QPainterPath()
    path.moveTo(size / 2, size * 0.06)
    path.lineTo(size * 0.96, size * 0.92)
    path.lineTo(size * 0.04, size * 0.92)
    path.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(CLASH_RED)
    painter.drawPath(path)
    mark = QPen(QColor("white"), max(1.5, size / 9))
    mark.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(mark)
    painter.drawLine(QPointF(size / 2, size * 0.36), QPointF(size / 2, size * 0.62))
    painter.drawPoint(QPointF(size / 2, size * 0.78))
    painter.end()
    return QIcon(pixmap)
