"""The File menu's sharing commands: export to calendar, save and open agendas, overlays.

Each command asks what it needs (options, a file), calls the Planner facade, and tells the
user what happened. Merging or replacing picks from an agenda file goes through the pick
controller's undo stack like every other pick change (so through the window's one refresh
path), and Ctrl+Z puts the picks back exactly. A file that cannot be read (a hostile or
damaged agenda: ``PlannerError``) is reported in a dialog and changes nothing. A colleague's
agenda shown as an overlay is read-only. Takes narrow inputs (``WindowContext``, the pick
controller, the overlays), not the window; what it wants the window to show it asks with
``conferenceWanted`` and ``agendaWanted``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit

from planner.core.errors import PlannerError
from planner.core.model import conference_of
from planner.gui import dialogs
from planner.gui.context import WindowContext
from planner.gui.picks.controller import PickController
from planner.gui.plain import fill
from planner.gui.sharing.agenda_preview import AgendaPreviewDialog, Choice, whose
from planner.gui.sharing.export_dialog import ExportOptionsDialog
from planner.gui.sharing.overlays import Overlays
from planner.services.agenda_share import AgendaPreview


class SharingController(QObject):
    """Export, save, open and overlay, for one window (see the module docstring)."""

    conferenceWanted = Signal(str)  # show this conference (the one an agenda went into)
    agendaWanted = Signal()  # show "My agenda" (a colleague's overlay was just added)

    def __init__(self, context: WindowContext, picks: PickController, overlays: Overlays) -> None:
        super().__init__(context.parent)
        self._context = context
        self._parent = context.parent
        self._planner = context.planner
        self._settings = context.settings
        self._picks = picks
        self.overlays = overlays

    # --- helpers ---------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self._context.say(text)

    def _failed(self, title: str, exc: PlannerError, advice: str) -> None:
        dialogs.show_error(self._parent, title, str(exc), advice)

    def _folder(self) -> Path:
        return Path(self._settings.folder or Path.home())

    def _remember_folder(self, path: Path) -> None:
        self._settings.folder = str(path.parent)

    def title_of(self, key: str) -> str:
        """A session's title as the list has it ("" when the shown conference has none)."""
        return self._context.title_of(key)

    # --- calendar export -------------------------------------------------------------------

    def export_calendar(self) -> None:
        conference = self._context.conference()
        if conference is None:
            return
        dialog = self._export_dialog()
        if dialog.exec() != ExportOptionsDialog.DialogCode.Accepted:
            return
        options = dialog.options()
        self._settings.alarm_minutes = options.alarm_minutes
        path = dialogs.ask_calendar_save(self._parent, self._folder() / f"{conference.id}.ics")
        if path is None:
            return
        self._remember_folder(path)
        try:
            result = self._planner.export_calendar(
                path,
                conference_id=conference.id,
                alarm_minutes=options.alarm_minutes,
                all_sessions=options.all_sessions,
            )
        except PlannerError as exc:
            self._failed(self.tr("Could not export the calendar"), exc, self._nothing_written())
            return
        what, details = dialog.report(result, self.title_of)
        dialogs.show_info(self._parent, self.tr("Calendar written"), what, details)

    def _export_dialog(self) -> ExportOptionsDialog:
        picks = len(self._planner.picks(self._context.conference_id()))
        total = self._context.session_count()
        return ExportOptionsDialog(picks, total, self._settings.alarm_minutes, self._parent)

    def _nothing_written(self) -> str:
        return self.tr("Nothing was written. Choose another folder or file name and try again.")

    # --- saving an agenda ------------------------------------------------------------------

    def save_agenda(self) -> None:
        conference = self._context.conference()
        if conference is None:
            return
        owner = self._ask_owner()
        if owner is None:
            return
        suggested = self._folder() / f"{conference.id}-agenda.yaml"
        path = dialogs.ask_agenda_save(self._parent, suggested)
        if path is None:
            return
        self._remember_folder(path)
        try:
            count = self._planner.save_agenda(
                path, conference_id=conference.id, owner=owner or None
            )
        except PlannerError as exc:
            self._failed(self.tr("Could not save the agenda"), exc, self._nothing_written())
            return
        self._say(fill(self.tr("Saved %n pick(s) to %1", "", count), path))

    def _ask_owner(self) -> str | None:
        """The name to put on the file (remembered; "" for none), or None if cancelled."""
        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle(self.tr("Save agenda"))
        dialog.setLabelText(
            self.tr("Your name, so that colleagues who open the file know whose it is (optional):")
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(self._settings.owner)
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return None
        owner = " ".join(dialog.textValue().split())
        self._settings.owner = owner
        return owner

    # --- opening an agenda -----------------------------------------------------------------

    def open_agenda(self, path: Path | None = None) -> None:
        """Preview an agenda file, then merge, replace, overlay or leave it (the user says)."""
        path = path or dialogs.ask_agenda_file(
            self._parent, self.tr("Open an agenda"), str(self._folder())
        )
        if path is None:
            return
        self._remember_folder(path)
        try:
            preview = self._planner.preview_agenda(path, "preview")
            replacing = self._planner.preview_agenda(path, "replace")
        except PlannerError as exc:
            self._failed(self.tr("Could not open the agenda"), exc, self._unchanged())
            return
        dialog = AgendaPreviewDialog(
            preview, self._context.row_of, self._context.zone(), self._parent, replacing
        )
        dialog.exec()
        self._carry_out(dialog.choice, path, preview, replacing)

    def _unchanged(self) -> str:
        return self.tr("Nothing was changed: your picks are as they were.")

    def _carry_out(
        self, choice: Choice, path: Path, preview: AgendaPreview, replacing: AgendaPreview
    ) -> None:
        if choice is Choice.MERGE:
            self._merge(preview)
        elif choice is Choice.REPLACE:
            self._replace(replacing)
        elif choice is Choice.OVERLAY:
            self.show_overlay(path)

    def _merge(self, preview: AgendaPreview) -> None:
        text = fill(self.tr("Merge %1"), whose(preview.agenda.owner))
        if self._picks.open_agenda(preview.result, text):
            self._show_conference_of(preview)
            added, changed = len(preview.added), len(preview.changed)
            self._say(
                fill(self.tr("Merged: %1 added, %2 changed (Ctrl+Z to undo)"), added, changed)
            )

    def _replace(self, replacing: AgendaPreview) -> None:
        text = fill(self.tr("Replace my agenda with %1"), whose(replacing.agenda.owner))
        if self._picks.open_agenda(replacing.result, text):
            self._show_conference_of(replacing)
            self._say(self.tr("Your agenda was replaced (Ctrl+Z to undo)"))

    def _show_conference_of(self, preview: AgendaPreview) -> None:
        """Switch to the conference the file's picks went into, if another one is shown."""
        keys = [m.session_key for m in preview.matches if m.session_key]
        if keys and conference_of(keys[0]) != self._context.conference_id():
            self.conferenceWanted.emit(conference_of(keys[0]))

    # --- overlays --------------------------------------------------------------------------

    def show_overlay(self, path: Path | None = None) -> None:
        """Show a colleague's agenda beside the user's own (nothing is written)."""
        path = path or dialogs.ask_agenda_file(
            self._parent, self.tr("Show a colleague's agenda"), str(self._folder())
        )
        if path is None:
            return
        self._remember_folder(path)
        try:
            agenda, entries = self._planner.colleague_agenda(path)
        except PlannerError as exc:
            self._failed(self.tr("Could not open the agenda"), exc, self._unchanged())
            return
        conference_id = conference_of(next(iter(entries))) if entries else agenda.conference_id
        if conference_id != self._context.conference_id() and entries:
            self.conferenceWanted.emit(conference_id)
        overlay = self.overlays.add(path, agenda, entries, conference_id)
        self.agendaWanted.emit()
        text = fill(
            self.tr("Showing %1's %n pick(s) beside yours", "", len(entries)), overlay.owner
        )
        if overlay.unmatched:
            text += " · " + self.tr("%n match no session here", "", overlay.unmatched)
        self._say(text)
