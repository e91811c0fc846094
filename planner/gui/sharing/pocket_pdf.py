"""The pocket agenda on paper: one renderer for File > Print and for `planner export pdf`.

Drawn with QPainter on any paged device: a QPdfWriter for a PDF, a QPrinter for a printer.
Qt's own PDF writer, not a PDF library, because (1) printing from the window needs the
QPainter code anyway, so a PDF and a printout come from the same drawing; (2) Qt finds the
system's fonts on every platform and falls back glyph by glyph, so a Chinese title prints
with whatever CJK font is installed, without the planner shipping or locating font files;
(3) it embeds the subset of each font it used. The command line imports this module only
when it writes a PDF, and on Linux runs Qt on the offscreen platform (no display needed).
Qt's text layer names some CJK ideographs by their radical twins; ``formats.pdf_text`` mends
that when the PDF is saved.

Ink-friendly: black text on white, no filled areas; a track's colour is a thin bar beside
each entry, marks (clash and with what, watch later, alternative, cancelled) are outlined
words. A4 and Letter pages carry two columns with a dashed fold line between them (fold along
it, then across: pocket size); A6 is one column. A column that goes on with a day begins with
the day's heading again, marked as continued.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from planner.gui.track_colors import track_colors
from planner.services.pocket_agenda import PocketAgenda, PocketDay, PocketEntry

PAGES = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
    "a6": QPageSize.PageSizeId.A6,
}
PDF_DPI = 300
TWO_COLUMNS_FROM_MM = 140  # page width; narrower pages get one column
# Preferred for CJK glyphs, before Qt's own fallback (which may pick a Japanese font).
CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
                "Noto Sans CJK TC", "WenQuanYi Micro Hei")  # fmt: skip
GREY = QColor(120, 120, 120)


def _tr(text: str) -> str:
    return QCoreApplication.translate("pocket_pdf", text)


def ensure_application() -> None:
    """A QGuiApplication for fonts, also without a display (the command line's case)."""
    if QGuiApplication.instance() is not None:
        return
    # Offscreen wherever fonts come from fontconfig, display or not: nothing is shown, and a
    # stale DISPLAY (an ssh session) or a missing xcb library would abort the process.
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QGuiApplication.instance() or QGuiApplication(["planner"])


def pdf_bytes(agenda: PocketAgenda, page: str = "a4", zone: tzinfo | None = None) -> bytes:
    """The agenda as a PDF document, in memory (the caller writes it atomically)."""
    ensure_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(_title(agenda))
    writer.setCreator("Conference Planner")
    writer.setPageLayout(page_layout(PAGES[page]))
    render(agenda, writer, zone)
    buffer.close()
    return bytes(data.data())


def page_layout(page_id: QPageSize.PageSizeId) -> QPageLayout:
    margin = 6.0 if page_id == QPageSize.PageSizeId.A6 else 11.0
    margins = QMarginsF(margin, margin, margin, margin)
    portrait = QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(page_id), portrait, margins, QPageLayout.Unit.Millimeter)


def _title(agenda: PocketAgenda) -> str:
    what = _tr("All sessions") if agenda.all_sessions else _tr("My agenda")
    return f"{agenda.conference.title} · {what}"


def render(agenda: PocketAgenda, device: QPagedPaintDevice, zone: tzinfo | None = None) -> int:
    """Draw the agenda on ``device`` (a PDF writer or a printer); returns the page count."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or PDF file could not be opened for drawing")
    try:
        sheet = _Sheet(agenda, device, zone or ZoneInfo(agenda.conference.timezone))
        pages = sheet.paginate()
        for number, columns in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            sheet.paint_page(painter, columns, number, len(pages))
    finally:
        painter.end()
    return len(pages)


@dataclass(slots=True)
class _Block:
    height: float
    paint: Callable[[QPainter, float, float], None]  # (painter, x, y)
    keep_with_next: bool = False


@dataclass(slots=True)
class _Column:
    blocks: list[tuple[float, _Block]] = field(default_factory=list)  # (y, block)


class _Sheet:
    """Fonts, measures and the layout of one agenda on one kind of page."""

    def __init__(self, agenda: PocketAgenda, device: QPagedPaintDevice, zone: tzinfo) -> None:
        self.agenda, self.device, self.zone = agenda, device, zone
        self.pt = device.logicalDpiY() / 72.0
        layout = device.pageLayout()
        paint = layout.paintRectPixels(device.logicalDpiX())
        self.area = QRectF(0, 0, paint.width(), paint.height())
        wide = layout.pageSize().size(QPageSize.Unit.Millimeter).width() >= TWO_COLUMNS_FROM_MM
        self.columns = 2 if wide else 1
        self.gutter = 16 * self.pt
        self.column_width = (self.area.width() - self.gutter * (self.columns - 1)) / self.columns
        self.header = 26 * self.pt
        self.footer = 16 * self.pt
        self.colors = track_colors(_tracks(agenda))
        self.fonts = {name: self._font(size, bold, italic) for name, (size, bold, italic) in {
            "head": (9.5, True, False), "zone": (7, False, False), "day": (10, True, False),
            "time": (8, True, False), "small": (6.5, False, True), "title": (8.5, True, False),
            "meta": (7, False, False), "note": (7, False, True), "mark": (6.5, True, False),
        }.items()}  # fmt: skip

    def _font(self, size: float, bold: bool, italic: bool) -> QFont:
        font = QFont()
        # The resolved default family first: its digits and Latin letters, not a CJK font's,
        # whose digits Qt's PDF writer leaves out of the text layer.
        font.setFamilies([QFontInfo(font).family(), *CJK_FAMILIES])
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def metrics(self, name: str) -> QFontMetricsF:
        return QFontMetricsF(self.fonts[name], self.device)

    def text_height(self, name: str, text: str, width: float) -> float:
        flags = int(Qt.TextFlag.TextWordWrap)
        return self.metrics(name).boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    # --- layout ------------------------------------------------------------------------------

    def paginate(self) -> list[list[_Column]]:
        days = [(day, self._day_blocks(day)) for day in self.agenda.days]
        blocks: list[tuple[PocketDay | None, _Block]] = [
            (day, block) for day, found in days for block in found
        ]
        if not blocks:
            blocks = [(None, self._message_block(
                _tr("No picks yet: star sessions to fill your agenda.")))]  # fmt: skip
        room = self.area.height() - self.header - self.footer
        pages: list[list[_Column]] = [[_Column()]]
        y = 0.0
        for index, (day, block) in enumerate(blocks):
            need = block.height
            if block.keep_with_next and index + 1 < len(blocks):
                need += blocks[index + 1][1].height
            if y > 0 and y + need > room:
                if len(pages[-1]) == self.columns:
                    pages.append([])
                pages[-1].append(_Column())
                y = 0.0
                if day is not None and not block.keep_with_next:  # the day goes on here
                    heading = self._heading_block(day, continued=True)
                    pages[-1][-1].blocks.append((y, heading))
                    y += heading.height
            pages[-1][-1].blocks.append((y, block))
            y += block.height
        return pages

    def _day_blocks(self, day: PocketDay) -> list[_Block]:
        return [self._heading_block(day)] + [self._entry_block(e) for e in day.entries]

    def _heading_block(self, day: PocketDay, continued: bool = False) -> _Block:
        heading = _day_heading(day)
        if continued:
            heading = _tr("%1 (continued)").replace("%1", heading)
        height = self.metrics("day").height() + 8 * self.pt

        def paint(p: QPainter, x: float, y: float) -> None:
            p.setFont(self.fonts["day"])
            p.setPen(QPen(Qt.GlobalColor.black))
            line = y + self.metrics("day").height() + 2 * self.pt
            p.drawText(QRectF(x, y + 3 * self.pt, self.column_width, height), heading)
            p.setPen(QPen(Qt.GlobalColor.black, 0.8 * self.pt))
            p.drawLine(int(x), int(line + 2 * self.pt), int(x + self.column_width),
                       int(line + 2 * self.pt))  # fmt: skip

        return _Block(height, paint, keep_with_next=True)

    def _message_block(self, text: str) -> _Block:
        height = self.text_height("meta", text, self.column_width)

        def paint(p: QPainter, x: float, y: float) -> None:
            p.setFont(self.fonts["meta"])
            p.drawText(QRectF(x, y, self.column_width, height), Qt.TextFlag.TextWordWrap, text)

        return _Block(height, paint)

    def _entry_block(self, entry: PocketEntry) -> _Block:
        time_width = 40 * self.pt
        text_x = time_width + 7 * self.pt
        width = self.column_width - text_x
        lines = [("title", entry.title)] + [(kind, text) for kind, text in (
            ("meta", " · ".join(part for part in (entry.room, entry.track) if part)),
            ("meta", ", ".join(entry.speakers)),
            ("note", f"“{entry.note}”" if entry.note else ""),
        ) if text]  # fmt: skip
        heights = [self.text_height(kind, text, width) for kind, text in lines]
        marks = self._fitted_marks(entry, width)
        mark_height = self.metrics("mark").height() + 3 * self.pt if marks else 0.0
        times = _time_lines(entry, self.zone)
        time_height = sum(self.metrics(k).height() for k, _ in times)
        pad = 4 * self.pt
        height = max(sum(heights) + mark_height, time_height) + 2 * pad
        color = self.colors.get(entry.track or "")

        def paint(p: QPainter, x: float, y: float) -> None:
            ty = y + pad
            for kind, text in times:
                p.setFont(self.fonts[kind])
                p.setPen(QPen(GREY if kind == "small" else Qt.GlobalColor.black))
                p.drawText(QRectF(x, ty, time_width, 100 * self.pt), text)
                ty += self.metrics(kind).height()
            if color is not None:
                p.setPen(QPen(color, 2.2 * self.pt))
                bar_x = int(x + time_width + 3 * self.pt)
                p.drawLine(bar_x, int(y + pad), bar_x, int(y + height - pad))
            ly = y + pad
            for (kind, text), h in zip(lines, heights, strict=True):
                p.setFont(self.fonts[kind])
                p.setPen(QPen(Qt.GlobalColor.black if kind == "title" else GREY.darker(150)))
                p.drawText(QRectF(x + text_x, ly, width, h), Qt.TextFlag.TextWordWrap, text)
                ly += h
            self._paint_marks(p, marks, x + text_x, ly + 1.5 * self.pt)
            p.setPen(QPen(QColor(200, 200, 200), 0.5 * self.pt))
            p.drawLine(int(x), int(y + height), int(x + self.column_width), int(y + height))

        return _Block(height, paint)

    def _mark_width(self, text: str, boxed: bool) -> float:
        return self.metrics("mark").horizontalAdvance(text) + (6 * self.pt if boxed else 0)

    def _fitted_marks(self, entry: PocketEntry, width: float) -> list[tuple[str, bool]]:
        """The entry's marks, the clash naming as many of the picks it clashes with as fit on
        the line (then "+2" for the rest), or none of them if not even one does."""
        marks = _marks(entry, self.agenda.all_sessions)
        at = next((n for n, (text, _) in enumerate(marks) if text == _tr("CLASH")), None)
        if at is None or not entry.clashes_with:
            return marks
        spare = width - sum(self._mark_width(t, b) + 4 * self.pt for t, b in marks)
        spare += self._mark_width(_tr("CLASH"), True)
        names = entry.clashes_with
        for shown in range(len(names), 0, -1):
            more = f" +{len(names) - shown}" if shown < len(names) else ""
            text = _tr("CLASH with %1").replace("%1", ", ".join(names[:shown]) + more)
            if self._mark_width(text, True) <= spare:
                marks[at] = (text, True)
                break
        return marks

    def _paint_marks(self, p: QPainter, marks: list[tuple[str, bool]], x: float, y: float) -> None:
        metrics = self.metrics("mark")
        p.setFont(self.fonts["mark"])
        for text, boxed in marks:
            width = self._mark_width(text, boxed)
            rect = QRectF(x, y, width, metrics.height() + 1 * self.pt)
            p.setPen(QPen(Qt.GlobalColor.black, 0.7 * self.pt))
            if boxed:
                p.drawRoundedRect(rect, 2 * self.pt, 2 * self.pt)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 4 * self.pt

    # --- painting ----------------------------------------------------------------------------

    def paint_page(self, p: QPainter, columns: list[_Column], number: int, total: int) -> None:
        self._paint_header(p)
        top = self.header
        for index, column in enumerate(columns):
            x = index * (self.column_width + self.gutter)
            for y, block in column.blocks:
                block.paint(p, x, top + y)
        if self.columns == 2:
            fold = QPen(GREY, 0.5 * self.pt, Qt.PenStyle.DashLine)
            p.setPen(fold)
            middle = int(self.column_width + self.gutter / 2)
            p.drawLine(middle, int(self.header), middle, int(self.area.height() - self.footer))
        self._paint_footer(p, number, total)

    def _paint_header(self, p: QPainter) -> None:
        p.setPen(QPen(Qt.GlobalColor.black))
        p.setFont(self.fonts["head"])
        head_height = self.metrics("head").height()
        p.drawText(QRectF(0, 0, self.area.width(), head_height), _title(self.agenda))
        p.setFont(self.fonts["zone"])
        p.setPen(QPen(GREY.darker(150)))
        zone_y = head_height + 1 * self.pt
        p.drawText(QRectF(0, zone_y, self.area.width(), self.metrics("zone").height()),
                   _zone_line(self.agenda, self.zone))  # fmt: skip

    def _paint_footer(self, p: QPainter, number: int, total: int) -> None:
        p.setFont(self.fonts["zone"])
        p.setPen(QPen(GREY.darker(150)))
        rect = QRectF(0, self.area.height() - self.metrics("zone").height(),
                      self.area.width(), self.metrics("zone").height())  # fmt: skip
        if self.agenda.assumed:
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft,
                       _tr("assumed: the schedule does not confirm this day or time"))  # fmt: skip
        page = _tr("page %1 of %2").replace("%1", str(number)).replace("%2", str(total))
        p.drawText(rect, Qt.AlignmentFlag.AlignRight, page)


# --- text ----------------------------------------------------------------------------------


def _tracks(agenda: PocketAgenda) -> list[str]:
    return list(dict.fromkeys(e.track for e in agenda.entries if e.track))


def _day_heading(day: PocketDay) -> str:
    if day.day is None:
        return _tr("No time yet")
    return day.day.strftime("%A %d %B %Y").replace(" 0", " ")


def _time_lines(entry: PocketEntry, zone: tzinfo) -> list[tuple[str, str]]:
    if entry.start is None or entry.end is None:
        return [("small", _tr("no time yet"))]
    lines = [("time", _hhmm(entry.start, zone)), ("small", "– " + _hhmm(entry.end, zone))]
    later = (entry.end.astimezone(zone).date() - entry.start.astimezone(zone).date()).days
    if later > 0:  # as the window and the command line mark it: 23:30 – 00:10 (+1)
        lines.append(("small", f"(+{later})"))  # a line of its own: the column is narrow
    if entry.assumed:
        lines.append(("small", _tr("assumed")))
    return lines


def _hhmm(instant: datetime, zone: tzinfo) -> str:
    return instant.astimezone(zone).strftime("%H:%M")


def _marks(entry: PocketEntry, all_sessions: bool) -> list[tuple[str, bool]]:
    """The words under an entry; True for the outlined ones that must catch the eye."""
    marks: list[tuple[str, bool]] = []
    if entry.priority is not None:
        marks.append(("★" * entry.priority + "☆" * (5 - entry.priority), False))
    elif all_sessions:
        return marks
    if entry.clash:
        marks.append((_tr("CLASH"), True))
    if entry.watch_later:
        marks.append((_tr("watch later"), True))
    if entry.alternative:
        marks.append((_tr("alternative"), True))
    if entry.cancelled:
        marks.append((_tr("CANCELLED"), True))
    return marks


def _zone_line(agenda: PocketAgenda, zone: tzinfo) -> str:
    first = next((e.start for e in agenda.entries if e.start is not None), None)
    abbreviation = (first.astimezone(zone).tzname() if first else None) or ""
    name = getattr(zone, "key", "") or abbreviation or ""
    text = _tr("Times in %1").replace("%1", f"{abbreviation} ({name})" if name else abbreviation)
    printed = _tr("printed %1").replace("%1", datetime.now(zone).strftime("%Y-%m-%d"))
    return f"{text} · {printed}"
