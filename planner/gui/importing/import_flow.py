"""Schedule imports as the window runs them: from File > Import schedule or a dropped file.

The import itself runs off the UI thread (``ImportRunner``). When it ends, its ``Changes`` go
through the window's one refresh path (``OpRunner.publish``), the window is asked to show the
imported conference (``conferenceWanted``: it joins View > Conference, and the navigation
follows), the status bar says what came in, and an import that changed a schedule already
loaded asks for the "What changed" panel (``changesWanted``). Files dropped on the window
come here too (an event filter on it); a dropped shared agenda (sniffed by content) is handed
on (``agendaDropped``) to be previewed. A schedule that names no time zone stops before
anything is stored, and the user is asked for the zone (``zone_dialog``). Takes narrow inputs
(``WindowContext``), not the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

from planner.gui import dialogs
from planner.gui.context import WindowContext
from planner.gui.importing.dropping import dropped_paths, is_agenda_file
from planner.gui.importing.import_runner import ImportOutcome, ImportRunner, Zone
from planner.gui.importing.zone_dialog import ZoneAnswer, ask_zone
from planner.gui.picks.runner import OpRunner
from planner.gui.plain import fill
from planner.services.planner import ImportResult


class ImportController(QObject):
    """Starts imports for the window and shows their outcome; ``done`` once it is shown."""

    done = Signal(object)  # ImportOutcome, after the window has been updated
    conferenceWanted = Signal(str)  # show this conference (the one just imported)
    changesWanted = Signal()  # open the What changed panel
    agendaDropped = Signal(object)  # a shared agenda file (Path) was dropped: preview it

    def __init__(self, context: WindowContext, ops: OpRunner) -> None:
        super().__init__(context.parent)
        self._context = context
        self._ops = ops
        self.runner = ImportRunner(context.planner, context.parent)
        self.runner.finished.connect(self._finished)

    def ask_and_import(self) -> None:
        settings = self._context.settings
        path = dialogs.ask_schedule_file(self._context.parent, settings.folder)
        if path is not None:
            settings.folder = str(path.parent)
            self.import_path(path)

    def import_path(self, path: Path, zone: Zone | None = None) -> None:
        if not self.runner.start(path, zone=zone):
            self._say(self.tr("An import is already running: wait for it to finish."))

    def watch_drops(self, window: QWidget) -> None:
        """Take files dropped anywhere on ``window``, also on children that accept drops
        of their own (a search box would otherwise paste the file's name)."""
        window.setAcceptDrops(True)
        for widget in (window, *window.findChildren(QWidget)):
            if widget.acceptDrops():
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Files dragged over a watched widget; anything else goes on to the widget."""
        if not isinstance(event, QDropEvent):  # enter and move events are drop events too
            return super().eventFilter(watched, event)
        paths = dropped_paths(event.mimeData())
        if not paths:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.Drop:
            event.acceptProposedAction()
            self.open_dropped(paths)
        elif self.runner.busy:
            event.ignore()
        else:
            event.acceptProposedAction()
        return True

    def open_dropped(self, paths: list[Path]) -> None:
        """A shared agenda opens its preview; anything else is imported as a schedule."""
        if not paths:
            return
        if len(paths) > 1:
            self._say(self.tr("Drop one file at a time: only the first was opened."))
        if is_agenda_file(paths[0]):
            self.agendaDropped.emit(paths[0])
        else:
            self.import_path(paths[0])

    def _say(self, text: str) -> None:
        self._context.say(text)

    def _finished(self, outcome: ImportOutcome) -> None:
        if outcome.zone_needed is not None:
            self._ask_zone(outcome)
            return  # the import goes on (or not) once the user has answered
        if outcome.error:
            dialogs.import_failed(self._context.parent, outcome.error)
        elif outcome.result is None:
            self._say(self.tr("Import cancelled: nothing was changed."))
        else:
            self._show(outcome.result)
        self.done.emit(outcome)

    def _ask_zone(self, outcome: ImportOutcome) -> None:
        assert outcome.zone_needed is not None
        answer, zone = ask_zone(
            self._context.parent, outcome.zone_needed.title, outcome.path.name
        )
        if answer is ZoneAnswer.ZONE:
            self.import_path(outcome.path, Zone(zone, ask=False))
        elif answer is ZoneAnswer.UNCONFIRMED:
            self.import_path(outcome.path, Zone(None, ask=False))
        else:
            self._say(self.tr("Import cancelled: nothing was changed."))
            self.done.emit(ImportOutcome(outcome.path))

    def _show(self, result: ImportResult) -> None:
        self._ops.publish(result.changes)
        self.conferenceWanted.emit(result.conference.id)
        self._say(self._summary(result))
        if result.schedule_changes:
            self.changesWanted.emit()

    def _summary(self, result: ImportResult) -> str:
        parts = [
            fill(self.tr("Imported %1 sessions of %2"), result.sessions, result.conference.title)
        ]
        if result.unscheduled:
            parts.append(self.tr("%n have no time yet", "", result.unscheduled))
        if not result.conference.zone_confirmed:
            parts.append(self.tr("times not confirmed: the schedule names no time zone"))
        if result.kept_cancelled:
            parts.append(
                self.tr(
                    "%n of your picks are no longer in the schedule: kept, marked cancelled",
                    "",
                    len(result.kept_cancelled),
                )
            )
        if result.schedule_changes:
            parts.append(
                self.tr("%n change(s) since the last import", "", len(result.schedule_changes))
            )
        return " · ".join(parts)
