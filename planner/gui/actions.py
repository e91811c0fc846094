"""The window's actions and menus: every command has a menu entry and a keyboard shortcut.

File: Import schedule (Ctrl+I), Add conference from URL (Ctrl+L), Open agenda (Ctrl+O), Save
agenda as (Ctrl+Shift+S), Export to calendar (Ctrl+E), Sync to calendar server (Ctrl+Shift+Y),
Print agenda (Ctrl+P), Export agenda as PDF (Ctrl+Shift+P), Show a colleague's agenda
(Ctrl+Shift+O), Quit (Ctrl+Q). Edit: Undo (Ctrl+Z), Redo (Ctrl+Shift+Z or Ctrl+Y), Find
(Ctrl+F), Star/Unstar (Ctrl+D), Priority 1-5 (Ctrl+1..Ctrl+5), Edit note (F2), Watch later
(Ctrl+Shift+W), Keep the best plan (Ctrl+Shift+B, shown before it is applied). View: All
sessions (Ctrl+0), My agenda (Ctrl+Shift+A), Tracks, days and rooms (Ctrl+Shift+T), What
changed (Ctrl+Shift+H), What's on then (Ctrl+Shift+G: the first free stretch of the user's
days), Refresh the schedule (F5), the Live updates submenu (filled by planner/gui/live), Show
hidden tracks and rooms (Ctrl+Shift+U), one entry per conference, track, day and room, the
Overlays submenu (one entry per colleague's agenda shown), times in the conference's zone
(Ctrl+Shift+C) or the computer's (Ctrl+Shift+L). Help: About (F1). Within each menu every
mnemonic (the underlined letter) is used once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar

from planner.core.model import PRIORITY_MAX, PRIORITY_MIN
from planner.gui.plain import fill


def _action(parent: QObject, text: str, *shortcuts: QKeySequence | str) -> QAction:
    action = QAction(text, parent)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    return action


@dataclass(frozen=True, slots=True)
class Menus:
    """The submenus the window fills itself."""

    conference: QMenu
    tracks: QMenu
    days: QMenu
    rooms: QMenu
    overlays: QMenu
    live: QMenu  # View > Live updates (planner/gui/live/controller.py fills it)


class WindowActions(QObject):
    """The QActions of the main window, grouped by menu."""

    def __init__(self, parent: QObject, stack: QUndoStack) -> None:
        super().__init__(parent)
        self._file_actions()
        self.undo = _action(self, self.tr("&Undo"), "Ctrl+Z")
        self.redo = _action(self, self.tr("&Redo"), "Ctrl+Shift+Z", "Ctrl+Y")
        self._follow(stack)
        self.find = _action(self, self.tr("&Find…"), "Ctrl+F")
        self.star = _action(self, self.tr("&Star / unstar"), "Ctrl+D")
        self.priorities = [
            _action(self, fill(self.tr("Priority &%1"), level), f"Ctrl+{level}")
            for level in range(PRIORITY_MIN, PRIORITY_MAX + 1)
        ]
        self.edit_note = _action(self, self.tr("Edit &note"), "F2")
        self.watch_later = _action(self, self.tr("&Watch later"), "Ctrl+Shift+W")
        self.keep_best = _action(self, self.tr("Keep the &best plan…"), "Ctrl+Shift+B")
        self._view_actions()
        self.about = _action(self, self.tr("&About Conference Planner"), "F1")

    def _file_actions(self) -> None:
        self.import_file = _action(self, self.tr("&Import schedule…"), "Ctrl+I")
        self.add_from_url = _action(self, self.tr("Add conference from &URL…"), "Ctrl+L")
        self.open_agenda = _action(self, self.tr("&Open agenda…"), "Ctrl+O")
        self.save_agenda = _action(self, self.tr("&Save agenda as…"), "Ctrl+Shift+S")
        self.export_calendar = _action(self, self.tr("&Export to calendar…"), "Ctrl+E")
        self.sync_calendar = _action(self, self.tr("S&ync to calendar server…"), "Ctrl+Shift+Y")
        self.print_agenda = _action(self, self.tr("&Print agenda…"), "Ctrl+P")
        self.export_pdf = _action(self, self.tr("Export agenda as P&DF…"), "Ctrl+Shift+P")
        self.show_overlay = _action(self, self.tr("Show a &colleague's agenda…"), "Ctrl+Shift+O")
        self.quit = _action(self, self.tr("&Quit"), "Ctrl+Q")

    def _follow(self, stack: QUndoStack) -> None:
        """Undo and Redo name the step they would take, and are off when there is none."""
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.undoTextChanged.connect(lambda text: self._name(self.undo, self.tr("&Undo"), text))
        stack.redoTextChanged.connect(lambda text: self._name(self.redo, self.tr("&Redo"), text))

    @staticmethod
    def _name(action: QAction, verb: str, step: str) -> None:
        action.setText(f"{verb} {step}" if step else verb)

    def _view_actions(self) -> None:
        self.show_all = _action(self, self.tr("&All sessions"), "Ctrl+0")
        self.show_agenda = _action(self, self.tr("My a&genda"), "Ctrl+Shift+A")
        self.focus_nav = _action(self, self.tr("&Navigation: tracks, days, rooms"), "Ctrl+Shift+T")
        self.what_changed = _action(self, self.tr("What c&hanged"), "Ctrl+Shift+H")
        self.whats_on = _action(self, self.tr("What's on &then?"), "Ctrl+Shift+G")
        self.show_hidden = _action(self, self.tr("Sho&w hidden tracks and rooms"), "Ctrl+Shift+U")
        self.refresh = _action(self, self.tr("Re&fresh the schedule"), "F5")
        self.zone_conference = _action(
            self, self.tr("Times in the conference's &zone"), "Ctrl+Shift+C"
        )
        self.zone_local = _action(self, self.tr("Times in this com&puter's zone"), "Ctrl+Shift+L")
        self.zone_group = QActionGroup(self)
        for action in (self.zone_conference, self.zone_local):
            action.setCheckable(True)
            self.zone_group.addAction(action)

    def build_menus(self, bar: QMenuBar) -> Menus:
        """Fill the menu bar; returns the submenus the window fills."""
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.import_file, self.add_from_url])
        file_menu.addActions([self.open_agenda, self.save_agenda])
        file_menu.addActions([self.export_calendar, self.sync_calendar])
        file_menu.addActions([self.print_agenda, self.export_pdf, self.show_overlay])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.find, self.star])
        priority = edit.addMenu(self.tr("&Priority"))
        priority.addActions(self.priorities)
        edit.addActions([self.edit_note, self.watch_later, self.keep_best])
        view = bar.addMenu(self.tr("&View"))
        conferences = view.addMenu(self.tr("&Conference"))
        view.addActions([self.show_all, self.show_agenda, self.focus_nav, self.what_changed])
        view.addAction(self.whats_on)
        view.addAction(self.refresh)
        live = view.addMenu(self.tr("Li&ve updates"))
        view.addSeparator()
        tracks = view.addMenu(self.tr("T&rack"))
        days = view.addMenu(self.tr("&Day"))
        rooms = view.addMenu(self.tr("R&oom"))
        view.addAction(self.show_hidden)
        overlays = view.addMenu(self.tr("Over&lays"))
        overlays.addAction(self.show_overlay)
        view.addSeparator()
        view.addActions([self.zone_conference, self.zone_local])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about)
        return Menus(conferences, tracks, days, rooms, overlays, live)
