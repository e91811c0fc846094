"""The main window: navigation on the left, sessions or "My agenda" in the centre, details right.

The window holds no state of its own beyond what is shown: the Planner facade is the truth.
Every pick change goes through the PickController's undo stack; whatever a change touched
(``Changes``), the list, the detail pane, the timeline, the clash panel, the navigation
counts and the status bar are refreshed together in ``apply_changes``. Imports run through
the ImportController (off the UI thread; files can be dropped on the window), sharing through
the SharingController; colleagues' agendas (``Overlays``) are drawn beside the user's picks
and never written to them. The "What changed" dock shows what the latest import changed.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QActionGroup, QCloseEvent, QColor, QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QWidget

from planner.core.conflicts import ClashGroup
from planner.core.errors import NotFoundError, PlannerError
from planner.core.model import Conference, Pick, PickState, SessionView, conference_of
from planner.gui import dialogs
from planner.gui.actions import WindowActions
from planner.gui.agenda.agenda_page import AgendaPage
from planner.gui.agenda.timeline_overlay import build_marks
from planner.gui.browse.detail_pane import DetailPane
from planner.gui.browse.nav_model import Kind
from planner.gui.browse.nav_tree import NavTree
from planner.gui.browse.row_filter import RowFilter
from planner.gui.browse.search_service import SearchService
from planner.gui.browse.session_list import SessionList
from planner.gui.fonts import can_draw, cjk_sample, missing_font_message
from planner.gui.importing.changes_panel import WhatChangedPanel
from planner.gui.importing.import_flow import ImportController
from planner.gui.importing.schedule_changes import ScheduleChanges
from planner.gui.live.controller import LiveController
from planner.gui.pick_controller import PickController
from planner.gui.plain import fill
from planner.gui.settings import Settings, ZoneChoice
from planner.gui.sharing.overlays import Overlays
from planner.gui.sharing.print_flow import PrintController
from planner.gui.sharing.sharing_flow import SharingController
from planner.gui.sharing.sync_flow import SyncController
from planner.gui.timefmt import format_span, zone_for, zone_name
from planner.gui.track_colors import track_colors
from planner.services.planner import Changes, Planner

PAGE_LIST, PAGE_AGENDA = 0, 1
FONT_SAMPLE_ROWS = 2000  # enough rows to find the catalog's Chinese characters


class MainWindow(QMainWindow):
    """The planner's window over one database (see the module docstring)."""

    def __init__(
        self, planner: Planner, settings: Settings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.planner = planner
        self.settings = settings or Settings()
        self.conference: Conference | None = None
        self.font_warning = ""
        self._picks: dict[str, Pick] = {}
        self._nav_rule = RowFilter()
        self._window: tuple[datetime, datetime] | None = None
        self._groups: list[ClashGroup] = []
        self._agenda_keys: list[str] = []
        self._colors: dict[str, QColor] = {}
        self.undo_stack = QUndoStack(self)
        self.picks = PickController(planner, self.undo_stack, self._save_typing, self)
        self.menu_actions = WindowActions(self, self.undo_stack)
        self.overlays = Overlays(self)
        self._build()
        self.sharing = SharingController(self, self.overlays)
        self.importer = ImportController(self)
        self.importer.watch_drops(self)
        self.calendar_sync = SyncController(self)  # after picks and importer: it follows both
        self.printing = PrintController(self)
        self._connect()
        self.restore_layout()
        self.load_catalog()
        self.live = LiveController(self)  # add by URL, refresh, reminders, now and next

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Conference Planner"))
        self.nav = NavTree()
        self.nav_model = self.nav.nav_model
        self.search = SearchService(self.planner, self)
        self.session_list = SessionList(self.search)
        self.agenda = AgendaPage()
        self.center = QStackedWidget()
        self.center.addWidget(self.session_list)
        self.center.addWidget(self.agenda)
        self.detail = DetailPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget, stretch in ((self.nav, 0), (self.center, 3), (self.detail, 2)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        # Wide enough for "Technical - Intermediate (1)": track names are the way in.
        self.splitter.setSizes([260, 810, 330])
        self._sized = False
        self.setCentralWidget(self.splitter)
        self.changes_panel = WhatChangedPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.changes_panel)
        self.changes_panel.hide()
        self.changes = ScheduleChanges(self.planner, self.changes_panel, self.session_list.model)
        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        self.menus = self.menu_actions.build_menus(self.menuBar())
        self.conference_menu, self.tracks_menu = self.menus.conference, self.menus.tracks
        self.days_menu = self.menus.days
        self.setTabOrder(self.nav, self.session_list.search_box)
        self.setTabOrder(self.session_list.search_box, self.session_list.table)
        screen = self.screen()
        self.resize(first_size(screen.availableGeometry().size() if screen else None))

    def _connect(self) -> None:
        a = self.menu_actions
        a.import_file.triggered.connect(self.importer.ask_and_import)
        a.open_agenda.triggered.connect(lambda: self.sharing.open_agenda())
        a.save_agenda.triggered.connect(self.sharing.save_agenda)
        a.export_calendar.triggered.connect(self.sharing.export_calendar)
        a.sync_calendar.triggered.connect(self.calendar_sync.open_dialog)
        a.print_agenda.triggered.connect(self.printing.print_agenda)
        a.export_pdf.triggered.connect(self.printing.export_pdf)
        a.show_overlay.triggered.connect(lambda: self.sharing.show_overlay())
        a.what_changed.triggered.connect(self.show_changes)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self.picks.undo)
        a.redo.triggered.connect(self.picks.redo)
        a.find.triggered.connect(self.focus_search)
        a.star.triggered.connect(self.toggle_star_current)
        for level, action in enumerate(a.priorities, start=1):
            action.triggered.connect(lambda _=False, n=level: self._set_priority_current(n))
        a.edit_note.triggered.connect(self._edit_note)
        a.watch_later.triggered.connect(self._watch_later_current)
        a.keep_best.triggered.connect(lambda: self.picks.keep_best_plan(self._conference_id()))
        a.show_all.triggered.connect(lambda: self.select_nav(Kind.ALL))
        a.show_agenda.triggered.connect(lambda: self.select_nav(Kind.AGENDA))
        a.focus_nav.triggered.connect(lambda: self.nav.setFocus(Qt.FocusReason.ShortcutFocusReason))
        a.zone_conference.triggered.connect(lambda: self.set_zone_choice(ZoneChoice.CONFERENCE))
        a.zone_local.triggered.connect(lambda: self.set_zone_choice(ZoneChoice.LOCAL))
        a.about.triggered.connect(lambda: dialogs.show_about(self, self.planner.db_path))
        self.nav.chosen.connect(self._nav_chosen)
        self.session_list.currentKeyChanged.connect(self.show_session)
        self.session_list.starRequested.connect(self.picks.toggle_star)
        self.session_list.windowCleared.connect(self.clear_window)
        self.session_list.searchApplied.connect(lambda _: self._update_counts())
        self.session_list.searchFailed.connect(lambda text: self.statusBar().showMessage(text))
        self.session_list.catalogChanged.connect(self._reload_changed_catalog)
        self.center.currentChanged.connect(lambda _: self._update_counts())
        self._connect_detail()
        self._connect_agenda()
        self.picks.changed.connect(self.apply_changes)
        self.picks.failed.connect(self._pick_failed)
        self.overlays.changed.connect(self.refresh_overlays)
        self.changes_panel.sessionChosen.connect(self.reveal_session)

    def _connect_detail(self) -> None:
        d = self.detail
        d.starToggled.connect(lambda key, on: (self.picks.star if on else self.picks.unstar)([key]))
        d.priorityChosen.connect(self.picks.set_priority)
        d.stateChosen.connect(lambda key, state: self.picks.set_state(key, PickState(state)))
        d.noteEdited.connect(self.picks.save_note)

    def _connect_agenda(self) -> None:
        timeline, panel = self.agenda.timeline, self.agenda.clash_panel
        timeline.sessionSelected.connect(self.show_session)
        timeline.sessionActivated.connect(self._activate_pick)
        timeline.markChosen.connect(self.show_session)
        panel.keepOnly.connect(self.picks.keep_only)
        panel.keepBestPlan.connect(lambda: self.picks.keep_best_plan(self._conference_id()))
        panel.watchLater.connect(self.picks.watch_later)
        panel.otherRun.connect(self.picks.switch_run)
        panel.showOthersAt.connect(self.show_others_at)

    # --- loading ---------------------------------------------------------------------------

    def load_catalog(self, conference_id: str | None = None) -> None:
        """(Re)load the conference's rows, tracks and days, then everything that shows picks."""
        self.conference = self._find_conference(conference_id)
        if self.conference is not None:
            self.settings.conference = self.conference.id
        # The revision first: rows read after an import elsewhere are then reloaded, not kept.
        revision = self.planner.listing_revision(self.conference.id) if self.conference else 0
        rows = self.planner.listing(self.conference.id) if self.conference else []
        tracks = self.planner.tracks(self.conference.id) if self.conference else []
        days = self.planner.days(self.conference.id) if self.conference else []
        self._colors = track_colors([name for name, _ in tracks])
        names = [name for name, _ in tracks]
        self.session_list.set_rows(rows, names, self._conference_id(), revision)
        self.nav.set_content(tracks, days, len(rows), 0)
        self.nav.fill_menus(self.tracks_menu, self.days_menu)
        self._fill_conference_menu()
        self.apply_zone()
        self.changes.load(self.conference, self.zone)
        self.select_nav(Kind.ALL)
        if self.detail.key and conference_of(self.detail.key) != self._conference_id():
            self.show_session(None)  # a session of the conference no longer shown
        self.refresh_overlays()
        self.refresh_picks(Changes())
        self.warn_if_unreadable(cjk_sample(r.title for r in rows[:FONT_SAMPLE_ROWS]))
        self._title()

    def _reload_changed_catalog(self) -> None:
        """Another program imported the shown conference again: show its catalog as it is."""
        self.load_catalog(self._conference_id())
        self.statusBar().showMessage(
            self.tr("The conference was imported again by another program; the list is reloaded")
        )

    def _title(self) -> None:
        name = self.conference.title if self.conference else self.tr("no conference loaded")
        self.setWindowTitle(fill(self.tr("%1 - Conference Planner"), name))

    def _find_conference(self, conference_id: str | None) -> Conference | None:
        """The named conference, else the current one (the database keeps it for the command
        line and the window alike), else the one shown last, else the first loaded; None for
        an empty database."""
        current = self.planner.current_conference_id()
        for wanted in (conference_id, current, self.settings.conference, None):
            try:
                return self.planner.conference(wanted)
            except NotFoundError:
                continue
        return None

    def _fill_conference_menu(self) -> None:
        self.conference_menu.clear()
        group = QActionGroup(self.conference_menu)
        for info in self.planner.conferences():
            conference = info.conference
            action = self.conference_menu.addAction(conference.title)
            action.setCheckable(True)
            action.setChecked(conference.id == self._conference_id())
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=conference.id: self._switch_to(c))

    def _switch_to(self, conference_id: str) -> None:
        """The user chose a conference: the current one for the command line too."""
        with suppress(PlannerError):  # not kept (a busy database): the window shows it anyway
            self.planner.use(conference_id)
        self.load_catalog(conference_id)

    def warn_if_unreadable(self, sample: str) -> bool:
        """Say once, in the status bar, that no font can draw ``sample``; True if it said so."""
        if can_draw(sample) or self.font_warning:
            return False
        self.font_warning = missing_font_message()
        self.statusBar().showMessage(self.font_warning)
        return True

    # --- refreshing ------------------------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Refresh whatever shows what ``changes`` touched, all together."""
        if changes.catalogs:
            self.load_catalog(self._conference_id())
        else:
            self.refresh_picks(changes)

    def refresh_picks(self, changes: Changes) -> None:
        conference_id = self._conference_id()
        self._picks = self.planner.picks(conference_id) if conference_id else {}
        self.session_list.model.set_picks(self._picks)
        self.session_list.select_key(self.detail.key, emit=False)
        self.nav_model.set_agenda_count(len(self._picks))
        self._refresh_agenda()
        if self.detail.key and (not changes or self.detail.key in changes.picks):
            self.show_session(self.detail.key)
        self._update_counts()

    def _refresh_agenda(self) -> None:
        conference_id = self._conference_id()
        if conference_id is None:
            return
        views = self.planner.agenda(conference_id)
        self._agenda_keys = [view.key for view in views]
        self._groups = self.planner.conflicts(conference_id)
        plan = self.planner.plan(conference_id)
        self.agenda.set_agenda(views, self._groups, plan, self.zone)

    def _update_counts(self) -> None:
        """The status bar: sessions in the list (when it shows), picks and clashes."""
        parts = [
            self.tr("%n pick(s)", "", len(self._picks)),
            self.tr("%n clash(es)", "", len(self._groups)),
        ]
        if self.center.currentIndex() == PAGE_LIST:
            shown = self.session_list.model.shown_count
            parts.insert(0, self.tr("%n session(s) shown", "", shown))
        self.counts.setText(" · ".join(parts))

    def show_session(self, key: str | None) -> None:
        """Show ``key`` in the detail pane (None or an unknown key: the empty page)."""
        view: SessionView | None = None
        if key:
            try:
                view = self.planner.session(key)
            except NotFoundError:
                view = None
        color = self._colors.get(view.session.track or "") if view else None
        goers = self.overlays.goers(self._conference_id()).get(key or "", ())
        self.detail.show_view(view, self.zone, color, goers)

    def reveal_session(self, key: str) -> None:
        """Show a session in the list and the detail pane (from the What changed panel)."""
        if self.center.currentIndex() != PAGE_LIST or not self.session_list.select_key(key):
            self.select_nav(Kind.ALL)
            self.session_list.select_key(key, emit=False)
        self.show_session(key)
        if self.detail.key != key:
            self.statusBar().showMessage(self.tr("That session is no longer in the schedule"))

    # --- overlays and schedule changes -----------------------------------------------------

    def refresh_overlays(self) -> None:
        """Colleagues' picks on the list, the timeline, the detail pane and View > Overlays."""
        conference_id = self._conference_id()
        shown = self.overlays.visible(conference_id)
        self.session_list.model.set_goers(self.overlays.goers(conference_id))
        self.session_list.show_colleagues(bool(shown))
        marks = build_marks(shown, self.session_list.model.listing_row)
        self.agenda.set_overlays(shown, marks, self.zone)
        self.overlays.fill_menu(self.menus.overlays, conference_id)
        if self.detail.key:
            self.show_session(self.detail.key)

    def show_changes(self) -> None:
        """Open the What changed panel (View > What changed, and after an import)."""
        self.changes.show(self.conference, self.zone)

    # --- navigation ------------------------------------------------------------------------

    def select_nav(self, kind: Kind, value: Any = None) -> None:
        self.nav.select(kind, value)

    def _nav_chosen(self, kind: str, value: object) -> None:
        if kind == Kind.AGENDA:
            self.center.setCurrentIndex(PAGE_AGENDA)
            self._select_in_timeline()
            return
        track = value if kind == Kind.TRACK and isinstance(value, str) else None
        day = value if kind == Kind.DAY and isinstance(value, date) else None
        self._nav_rule, self._window = RowFilter(track=track, day=day), None
        self._apply_list_filter()
        self.center.setCurrentIndex(PAGE_LIST)

    def _select_in_timeline(self) -> None:
        """Scroll the timeline to the session on show if it is a pick, else to the first pick."""
        timeline = self.agenda.timeline
        if self.detail.key in self._picks:
            timeline.select(self.detail.key)
        elif timeline.selected_key() is None and self._agenda_keys:
            timeline.select(self._agenda_keys[0])

    def _apply_list_filter(self) -> None:
        rule = RowFilter(self._nav_rule.track, self._nav_rule.day, window=self._window)
        self.session_list.model.set_filter(rule)
        self.session_list.select_key(self.detail.key, emit=False)
        text = None
        if self._window is not None:
            span = format_span(*self._window, self.zone)
            text = fill(self.tr("Showing the sessions running at %1"), span)
        self.session_list.show_window(text)
        self._update_counts()

    def show_others_at(self, start: object, end: object) -> None:
        """The session list, limited to what runs between ``start`` and ``end``."""
        if not isinstance(start, datetime) or not isinstance(end, datetime):
            return
        self.nav.select(Kind.ALL, emit=False)
        self._nav_rule, self._window = RowFilter(), (start, end)
        self._apply_list_filter()
        self.center.setCurrentIndex(PAGE_LIST)
        self.session_list.focus_table()

    def clear_window(self) -> None:
        self._window = None
        self._apply_list_filter()

    # --- commands --------------------------------------------------------------------------

    def current_key(self) -> str | None:
        return self.detail.key

    def toggle_star_current(self) -> None:
        if self.current_key():
            self.picks.toggle_star(self.current_key())  # type: ignore[arg-type]

    def _set_priority_current(self, level: int) -> None:
        if self.current_key():
            self.picks.set_priority(self.current_key(), level)  # type: ignore[arg-type]

    def _watch_later_current(self) -> None:
        if self.current_key():
            self.picks.watch_later(self.current_key())  # type: ignore[arg-type]

    def _edit_note(self) -> None:
        if self.current_key():
            self.detail.note_editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _activate_pick(self, key: str) -> None:
        self.show_session(key)
        self.detail.pick_box.star.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        if self.center.currentIndex() != PAGE_LIST:
            self.select_nav(Kind.ALL)
        self.session_list.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.session_list.search_box.selectAll()

    def _save_typing(self) -> None:
        self.detail.note_editor.flush()

    def _pick_failed(self, message: str) -> None:
        dialogs.show_error(
            self,
            self.tr("Could not change the pick"),
            message,
            self.tr("Nothing was changed. Reload the catalog or try again."),
        )

    # --- time zone -------------------------------------------------------------------------

    def set_zone_choice(self, choice: ZoneChoice) -> None:
        self.settings.zone_choice = choice
        self.apply_zone()
        self._refresh_agenda()
        self.refresh_overlays()
        self.changes.load(self.conference, self.zone)
        if self._window is not None:
            self._apply_list_filter()

    def apply_zone(self) -> None:
        """Show every time in the chosen zone, and say which zone that is."""
        choice = self.settings.zone_choice
        self.zone = zone_for(choice, self.conference.timezone if self.conference else "UTC")
        at = self._zone_sample_instant()
        self.session_list.model.set_zone(self.zone, at.astimezone(self.zone).tzname() or "")
        self.session_list.set_zone_text(self._zone_text(choice, at))
        self.detail.set_zone(self.zone)
        chosen = self.menu_actions.zone_local if choice is ZoneChoice.LOCAL else None
        (chosen or self.menu_actions.zone_conference).setChecked(True)

    def _zone_sample_instant(self) -> datetime:
        """An instant during the conference, so that the abbreviation is the one in force."""
        first = self.conference.first_day if self.conference else None
        if first is None:
            return datetime.now(UTC)
        return datetime(first.year, first.month, first.day, 12, tzinfo=UTC)

    def _zone_text(self, choice: ZoneChoice, at: datetime) -> str:
        if choice is ZoneChoice.LOCAL:
            whose = self.tr("this computer's zone")
        else:
            whose = self.tr("the conference's zone")
        return fill(self.tr("Times in %1, %2"), zone_name(self.zone, at), whose)

    # --- geometry and closing --------------------------------------------------------------

    def restore_layout(self) -> None:
        geometry = self.settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.settings.geometry("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            if self.settings.geometry("splitter") is None:
                self._size_panes()

    def _size_panes(self) -> None:
        """Give the navigation what its labels need (the track counts must show whole)."""
        sizes = self.splitter.sizes()
        nav = min(self.nav.preferred_width(), sum(sizes) // 3)
        detail = sizes[2]
        self.splitter.setSizes([nav, max(0, sum(sizes) - nav - detail), detail])

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_typing()
        self.live.shutdown()
        self.importer.runner.shutdown()
        self.calendar_sync.shutdown()
        self.search.stop()
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.set_geometry("splitter", self.splitter.saveState())
        self.settings.sync()
        event.accept()

    def _conference_id(self) -> str | None:
        return self.conference.id if self.conference else None

    def conference_id(self) -> str | None:
        """The id of the conference shown (None in an empty database)."""
        return self._conference_id()


FIRST_SHARE = 0.9  # of the screen, on the first start (later the saved geometry)
FIRST_MOST = QSize(1680, 1050)


def first_size(available: QSize | None) -> QSize:
    """The window's size on its first start: most of the screen, since the titles need width."""
    if available is None or available.isEmpty():
        return QSize(1280, 800)
    share = QSize(int(available.width() * FIRST_SHARE), int(available.height() * FIRST_SHARE))
    return share.boundedTo(FIRST_MOST)
