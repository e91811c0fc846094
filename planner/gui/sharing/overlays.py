"""Colleagues' agendas shown beside the user's own: read-only, one colour each, in memory only.

An overlay is what ``Planner.colleague_agenda`` read from a colleague's file: their entries by
the session key they match. Nothing of theirs is ever written to the user's picks (that takes
File > Open agenda and Merge). Several can be shown at once; each gets the first free colour
of a small palette chosen to stand out on a light and on a dark background alike (contrast of
at least 3:1 against white and against near-black, the WCAG minimum for graphics), and each
can be hidden or removed from View > Overlays.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMenu

from planner.gui.plain import fill
from planner.services.agenda_share import AgendaEntry, AgendaFile

FIXED_MENU_ENTRIES = 1  # "Show a colleague's agenda…" stays at the top of the menu
PALETTE = ("#e53972", "#1e88e5", "#2e9d4a", "#e0601b", "#9a63e0", "#00897b")


@dataclass(frozen=True, slots=True)
class Goer:
    """One colleague going to a session, as the list and the detail pane show it."""

    owner: str
    color: QColor
    priority: int
    note: str


@dataclass(slots=True)
class Overlay:
    """One colleague's agenda as shown (``visible`` is the user's View > Overlays choice)."""

    path: Path
    owner: str
    conference_id: str
    entries: dict[str, AgendaEntry]
    unmatched: int
    color: QColor
    visible: bool = True


def overlay_name(agenda: AgendaFile, path: Path) -> str:
    """The owner's name from the file, else the file's name (it must say whose it is)."""
    return (agenda.owner or "").strip() or path.stem


class Overlays(QObject):
    """The colleagues' agendas on show; ``changed`` after any is added, hidden or removed."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown: list[Overlay] = []

    def add(
        self, path: Path, agenda: AgendaFile, entries: dict[str, AgendaEntry], conference_id: str
    ) -> Overlay:
        """Show a colleague's agenda (the same file again replaces its earlier reading)."""
        self._shown = [o for o in self._shown if o.path != path]
        overlay = Overlay(
            path=path,
            owner=self._unique(overlay_name(agenda, path)),
            conference_id=conference_id,
            entries=dict(entries),
            unmatched=len(agenda.entries) - len(entries),
            color=self._free_color(),
        )
        self._shown.append(overlay)
        self.changed.emit()
        return overlay

    def remove(self, overlay: Overlay) -> None:
        self._shown = [o for o in self._shown if o is not overlay]
        self.changed.emit()

    def set_visible(self, overlay: Overlay, visible: bool) -> None:
        overlay.visible = visible
        self.changed.emit()

    def all(self) -> list[Overlay]:
        return list(self._shown)

    def visible(self, conference_id: str | None) -> list[Overlay]:
        """The overlays shown over ``conference_id``, in the order they were opened."""
        return [o for o in self._shown if o.visible and o.conference_id == conference_id]

    def goers(self, conference_id: str | None) -> dict[str, tuple[Goer, ...]]:
        """Session key -> the colleagues (of visible overlays) who picked it."""
        found: dict[str, list[Goer]] = {}
        for overlay in self.visible(conference_id):
            for key, entry in overlay.entries.items():
                goer = Goer(overlay.owner, overlay.color, entry.priority, entry.note)
                found.setdefault(key, []).append(goer)
        return {key: tuple(goers) for key, goers in found.items()}

    def fill_menu(self, menu: QMenu, conference_id: str | None) -> None:
        """View > Overlays: per colleague, a check box to show or hide, and Remove."""
        for action in menu.actions()[FIXED_MENU_ENTRIES:]:
            menu.removeAction(action)
            action.deleteLater()
        for overlay in self._shown:
            menu.addSeparator()
            show = menu.addAction(self._menu_label(overlay, conference_id))
            show.setCheckable(True)
            show.setChecked(overlay.visible)
            show.toggled.connect(lambda on, o=overlay: self.set_visible(o, on))
            remove = menu.addAction(fill(self.tr("Remove %1's agenda"), overlay.owner))
            remove.triggered.connect(lambda _=False, o=overlay: self.remove(o))

    def _menu_label(self, overlay: Overlay, conference_id: str | None) -> str:
        count = len(overlay.entries)
        if overlay.conference_id != conference_id:
            text = self.tr("Show %1 (%n pick(s), another conference)", "", count)
        else:
            text = self.tr("Show %1 (%n pick(s))", "", count)
        return fill(text, overlay.owner)

    def _unique(self, name: str) -> str:
        taken = {o.owner for o in self._shown}
        candidate, number = name, 2
        while candidate in taken:
            candidate, number = f"{name} ({number})", number + 1
        return candidate

    def _free_color(self) -> QColor:
        used = {o.color.name() for o in self._shown}
        free = [c for c in PALETTE if c not in used]
        return QColor(free[0] if free else PALETTE[len(self._shown) % len(PALETTE)])
