"""The detail pane's "Colleagues" box: who of the overlaid colleagues goes to this session.

One line per colleague, "Ana goes (priority 4)" beside a swatch of the colour their picks
have everywhere else, and their note under it. Names and notes come from files other people
wrote: plain-text labels only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from planner.gui.plain import plain_label
from planner.gui.row_marks import goer_line
from planner.gui.sharing.overlays import Goer

SWATCH_PX = 12


def swatch(color: QColor) -> QLabel:
    pixmap = QPixmap(SWATCH_PX, SWATCH_PX)
    pixmap.fill(color)
    label = QLabel()
    label.setPixmap(pixmap)
    return label


class GoersBox(QGroupBox):
    """The colleagues going to the session shown; hidden when none is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Colleagues"))
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(1, 1)
        self._texts: list[QLabel] = []
        self.setVisible(False)

    def show_goers(self, goers: Sequence[Goer]) -> None:
        self._clear()
        for goer in goers:
            row = self._grid.rowCount()
            self._grid.addWidget(swatch(goer.color), row, 0)
            self._add_text(goer_line(goer), row)
            if goer.note:
                self._add_text(goer.note, row + 1)
        self.setVisible(bool(goers))

    def lines(self) -> list[str]:
        """The text shown, line by line."""
        return [label.text() for label in self._texts]

    def _add_text(self, text: str, row: int) -> None:
        label = plain_label(text, wrap=True, selectable=True)
        self._grid.addWidget(label, row, 1)
        self._texts.append(label)

    def _clear(self) -> None:
        self._texts.clear()
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
