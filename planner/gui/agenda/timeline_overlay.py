"""Colleagues' picks on the agenda timeline: thin coloured marks beside the user's own blocks.

Each overlaid colleague gets a narrow lane at the right edge of every day column, in their
colour; a mark runs from the start to the end of a session they picked, so that the user sees
at a glance who is where while they are somewhere else. Title, time and priority are in the
mark's tooltip. Pure layout and painting helpers; the timeline widget calls them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from planner.core.model import ListingRow
from planner.gui.agenda.timeline_layout import day_spans
from planner.gui.row_marks import goer_line
from planner.gui.sharing.overlays import Goer, Overlay
from planner.gui.timefmt import format_span

MARK_WIDTH = 5  # px: one colleague's lane: a mark, not a column
MARK_GAP = 2  # px between lanes, and between the lanes and the user's blocks


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaTimeline", text)


@dataclass(frozen=True, slots=True)
class OverlayMark:
    """A session a colleague picked, with the times the catalog gives it."""

    owner: str
    color: QColor
    lane: int
    key: str
    title: str
    start: datetime
    end: datetime
    priority: int


@dataclass(frozen=True, slots=True)
class MarkPiece:
    """The part of a mark on one local day (minutes after local midnight)."""

    mark: OverlayMark
    day: date
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PlacedMark:
    piece: MarkPiece
    rect: QRectF  # content coordinates


def build_marks(
    overlays: Sequence[Overlay], row_of: Callable[[str], ListingRow | None]
) -> list[OverlayMark]:
    """One mark per scheduled session each overlay picked (lane = the overlay's position)."""
    marks = []
    for lane, overlay in enumerate(overlays):
        for key, entry in overlay.entries.items():
            row = row_of(key)
            if row is None or row.start is None or row.end is None:
                continue  # no time: the list and the detail pane still show who goes
            marks.append(
                OverlayMark(
                    overlay.owner,
                    overlay.color,
                    lane,
                    key,
                    row.title,
                    row.start,
                    row.end,
                    entry.priority,
                )
            )
    return marks


def mark_pieces(marks: Sequence[OverlayMark], zone: tzinfo) -> list[MarkPiece]:
    return [
        MarkPiece(mark, day, begin, finish)
        for mark in marks
        for day, begin, finish in day_spans(mark.start, mark.end, zone)
    ]


def strip_width(lanes: int) -> float:
    """The width the colleagues' lanes take at the right of a day column."""
    return lanes * (MARK_WIDTH + MARK_GAP)


def place_marks(
    pieces: Sequence[MarkPiece],
    right_edges: Mapping[date, float],
    lanes: int,
    y: Callable[[float], float],
    shortest: float,
) -> list[PlacedMark]:
    """Rectangles for the marks: lane by lane from the left of the strip, time downwards."""
    placed = []
    for piece in pieces:
        right = right_edges.get(piece.day)
        if right is None:
            continue
        left = right - strip_width(lanes) + piece.mark.lane * (MARK_WIDTH + MARK_GAP)
        top, bottom = y(piece.start), y(max(piece.end, piece.start + shortest))
        placed.append(PlacedMark(piece, QRectF(left, top, MARK_WIDTH, bottom - top)))
    return placed


def mark_tooltip(mark: OverlayMark, zone: tzinfo) -> str:
    """'Ana goes (priority 4)', the title and the time, as plain text."""
    goer = Goer(mark.owner, mark.color, mark.priority, "")
    return "\n".join((goer_line(goer), mark.title, format_span(mark.start, mark.end, zone)))


def paint_marks(painter: QPainter, placed: Sequence[PlacedMark], edge: QColor) -> None:
    """Each mark filled with its colleague's colour, with a thin edge in ``edge``."""
    for item in placed:
        painter.setPen(QPen(edge, 1))
        painter.setBrush(item.piece.mark.color)
        painter.drawRoundedRect(item.rect, 2, 2)
