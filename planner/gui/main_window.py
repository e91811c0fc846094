"""The main window: navigation on the left, sessions or "My agenda" in the centre, details right.

The window holds no state of its own beyond what is shown: the Planner facade is the truth.
Every change goes through one path: pick changes are undoable commands (``PickController``)
whose ``Changes`` reach the ``OpRunner``, as do those of an import finished on its worker
and of an agenda merged; the runner's one ``changed`` signal lands in ``apply_changes``,
which works the agenda state out once (``AgendaStore``: folded in from the change, without a
read, when it can) and lets each screen redraw what the change touches (``ScreenRefresh``).
Imports run through the ImportController (off the UI thread; files can be dropped on the
window), sharing through the SharingController; both take narrow inputs
(``WindowContext``), not the window. Colleagues' agendas (``Overlays``) are drawn beside the
user's picks and never written to them. The "What changed" dock shows what the latest import
changed. The automatic backup of the picks is written off the window's thread.
"""

from __future__ import annotations

from collections import Counter
from contextlib import suppress
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QColor, QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QWidget

from planner.core.errors import NotFoundError, PlannerError
from planner.core.model import Conference, PickState, SessionView, conference_of
from planner.gui import dialogs
from planner.gui.actions import WindowActions
from planner.gui.agenda.agenda_page import TAB_GAPS, AgendaPage
from planner.gui.agenda.plan_preview import PlanPreviewDialog
from planner.gui.agenda.timeline_overlay import build_marks
from planner.gui.browse.detail_pane import DetailPane
from planner.gui.browse.list_filters import ListFilters
from planner.gui.browse.nav_model import Kind
from planner.gui.browse.nav_tree import NavTree
from planner.gui.browse.row_filter import RowFilter
from planner.gui.browse.search_service import SearchService
from planner.gui.browse.session_list import SessionList
from planner.gui.browse.session_model import natural_key
from planner.gui.context import WindowContext
from planner.gui.fonts import can_draw, cjk_sample, missing_font_message
from planner.gui.importing.changes_panel import WhatChangedPanel
from planner.gui.importing.import_flow import ImportController
from planner.gui.importing.schedule_changes import ScheduleChanges
from planner.gui.live.controller import LiveController
from planner.gui.picks.agenda_store import AgendaStore
from planner.gui.picks.controller import PickController
from planner.gui.picks.outside import OutsideChanges
from planner.gui.picks.runner import OpRunner
from planner.gui.plain import fill
from planner.gui.screen_refresh import ScreenRefresh
from planner.gui.settings import Settings, ZoneChoice
from planner.gui.sharing.overlays import Overlays
from planner.gui.sharing.print_flow import PrintController
from planner.gui.sharing.sharing_flow import SharingController
from planner.gui.sharing.sync_flow import SyncController
from planner.gui.timefmt import short_zone, zone_for, zone_name
from planner.gui.track_colors import track_colors
from planner.services import gap_finder
from planner.services.planner import Changes, Planner

PAGE_LIST, PAGE_AGENDA = 0, 1
FONT_SAMPLE_ROWS = 2000  # enough rows to find the catalog's Chinese characters
MESSAGE_MS = 10_000
NAV_LEAST = 240  # px the navigation gets on a first start, if its labels need that much
DETAIL_LEAST, DETAIL_SHARE = 280, 0.22  # the detail pane: its fields stay readable
CENTER_LEAST = 240


class MainWindow(QMainWindow):
    """The planner's window over one database (see the module docstring)."""

    _backup_trouble = Signal(str)  # from the backup thread: shown on this one

    def __init__(
        self, planner: Planner, settings: Settings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.planner = planner
        self.settings = settings or Settings()
        self.conference: Conference | None = None
        self.font_warning = ""
        self._revision = 0
        self._colors: dict[str, QColor] = {}
        self.zone = zone_for(self.settings.zone_choice, "UTC")
        self.ops = OpRunner(self)
        self.agenda_store = AgendaStore(planner)
        self.filters = ListFilters(self)
        self.undo_stack = QUndoStack(self)
        self.picks = PickController(
            planner, self.undo_stack, self.ops, lambda: self.agenda_store.state.by_key,
            self._save_typing, self,
        )  # fmt: skip
        self.menu_actions = WindowActions(self, self.undo_stack)
        self.overlays = Overlays(self)
        self._build()
        self.context = self._context()
        self.sharing = SharingController(self.context, self.picks, self.overlays)
        self.importer = ImportController(self.context, self.ops)
        self.importer.watch_drops(self)
        self.calendar_sync = SyncController(self)  # after picks and importer: it follows both
        self.printing = PrintController(self)
        self.refresh = ScreenRefresh(self)
        self._connect()
        self.restore_layout()
        self._backup_trouble.connect(self._say)
        planner.defer_backups(self._backup_trouble.emit)
        self.load_catalog()
        self.live = LiveController(self)  # add by URL, refresh, reminders, now and next
        # What the command line (or another window) changes on this database meanwhile.
        self.outside = OutsideChanges(
            planner, self.agenda_store, self.ops.publish, self.catalogs_changed_elsewhere, self
        )

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Conference Planner"))
        self.nav = NavTree()
        self.nav_model = self.nav.nav_model
        self.search = SearchService(self.planner, self)
        self.session_list = SessionList(self.search)
        self.agenda = AgendaPage()
        self.agenda.set_folded(self.settings.agenda_folded)
        self.center = QStackedWidget()
        self.center.addWidget(self.session_list)
        self.center.addWidget(self.agenda)
        # The agenda's bar asks for more than a small window has: it is cut, not the panes.
        self.center.setMinimumWidth(CENTER_LEAST)
        self.detail = DetailPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget, stretch in ((self.nav, 0), (self.center, 3), (self.detail, 2)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setSizes([240, 830, 330])
        # The detail pane holds the star, the priority and the note: dragged to the edge it
        # stops at its least width rather than vanishing behind the handle.
        self.splitter.setCollapsible(2, False)
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
        self.days_menu, self.rooms_menu = self.menus.days, self.menus.rooms
        self.setTabOrder(self.nav, self.session_list.search_box)
        self.setTabOrder(self.session_list.search_box, self.session_list.table)
        screen = self.screen()
        self.resize(first_size(screen.availableGeometry().size() if screen else None))

    def _context(self) -> WindowContext:
        model = self.session_list.model
        return WindowContext(
            planner=self.planner,
            settings=self.settings,
            parent=self,
            say=self._say,
            conference=lambda: self.conference,
            zone=lambda: self.zone,
            row_of=model.listing_row,
            session_count=lambda: model.total_count,
        )

    def _connect(self) -> None:
        self._connect_actions()
        self._connect_browse()
        self._connect_detail()
        self._connect_agenda()
        self.ops.changed.connect(self.apply_changes)
        self.ops.failed.connect(self._pick_failed)
        self.overlays.changed.connect(self.refresh_overlays)
        self.changes_panel.sessionChosen.connect(self.reveal_session)
        self.importer.conferenceWanted.connect(self.show_conference)
        self.importer.changesWanted.connect(self.show_changes)
        self.importer.agendaDropped.connect(self.sharing.open_agenda)
        self.sharing.conferenceWanted.connect(self.show_conference)
        self.sharing.agendaWanted.connect(lambda: self.select_nav(Kind.AGENDA))

    def _connect_actions(self) -> None:
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
        a.keep_best.triggered.connect(self.keep_best_plan)
        a.whats_on.triggered.connect(self.whats_on_next_gap)
        a.show_all.triggered.connect(lambda: self.select_nav(Kind.ALL))
        a.show_agenda.triggered.connect(lambda: self.select_nav(Kind.AGENDA))
        a.focus_nav.triggered.connect(lambda: self.nav.setFocus(Qt.FocusReason.ShortcutFocusReason))
        a.zone_conference.triggered.connect(lambda: self.set_zone_choice(ZoneChoice.CONFERENCE))
        a.zone_local.triggered.connect(lambda: self.set_zone_choice(ZoneChoice.LOCAL))
        a.show_hidden.triggered.connect(self.filters.show_hidden)
        a.about.triggered.connect(lambda: dialogs.show_about(self, self.planner.db_path))

    def _connect_browse(self) -> None:
        lst, f = self.session_list, self.filters
        self.nav.chosen.connect(self._nav_chosen)
        self.nav.released.connect(lambda kind, _value: f.clear(Kind(kind)))
        self.nav.hideRequested.connect(lambda kind, name, hide: f.hide(Kind(kind), name, hide))
        lst.filter_bar.released.connect(lambda kind, _value: f.clear(Kind(kind)))
        lst.filter_bar.unhidden.connect(lambda kind, name: f.hide(Kind(kind), name, False))
        lst.filter_bar.windowCleared.connect(lambda: f.set_window(None))
        lst.filter_bar.clearAll.connect(lambda: self.select_nav(Kind.ALL))
        lst.hideRequested.connect(lambda kind, name, hide: f.hide(Kind(kind), name, hide))
        lst.onlyRequested.connect(lambda kind, value: f.choose(Kind(kind), value))
        f.changed.connect(self._filter_changed)
        lst.currentKeyChanged.connect(self.show_session)
        lst.starRequested.connect(self.picks.toggle_star)
        lst.starWanted.connect(self._star_if_not_starred)
        lst.searchApplied.connect(lambda _: self._list_changed())
        lst.searchFailed.connect(self._say)
        lst.catalogChanged.connect(self._reload_changed_catalog)
        self.center.currentChanged.connect(lambda _: self._update_counts())

    def _connect_detail(self) -> None:
        d = self.detail
        d.starToggled.connect(lambda key, on: (self.picks.star if on else self.picks.unstar)([key]))
        d.priorityChosen.connect(self.picks.set_priority)
        d.stateChosen.connect(lambda key, state: self.picks.set_state(key, PickState(state)))
        d.noteEdited.connect(self._save_note)

    def _connect_agenda(self) -> None:
        timeline, panel, gaps = (
            self.agenda.timeline,
            self.agenda.clash_panel,
            self.agenda.gap_finder,
        )
        timeline.sessionSelected.connect(self.show_session)
        timeline.sessionActivated.connect(self._activate_pick)
        timeline.markChosen.connect(self.show_session)
        timeline.gapChosen.connect(self.show_others_at)
        panel.keepOnly.connect(self.picks.keep_only)
        panel.keepBestPlan.connect(self.keep_best_plan)
        panel.watchLater.connect(self.picks.watch_later)
        panel.otherRun.connect(self.picks.switch_run)
        panel.showOthersAt.connect(self.show_others_at)
        gaps.slotChosen.connect(self.show_others_at)
        gaps.starRequested.connect(self.picks.toggle_star)
        gaps.sessionChosen.connect(self.show_session)
        gaps.listWanted.connect(self.show_in_list)
        self.agenda.foldChanged.connect(self._fold_changed)

    # --- loading ---------------------------------------------------------------------------

    def load_catalog(self, conference_id: str | None = None) -> None:
        """(Re)load the conference's rows, tracks, days and rooms, then everything that shows
        picks."""
        self.conference = self._find_conference(conference_id)
        if self.conference is not None:
            self.settings.conference = self.conference.id
        cid = self._conference_id()
        # The revision first: rows read after an import elsewhere are then reloaded, not kept.
        self._revision = self.planner.listing_revision(cid) if cid else 0
        rows = self.planner.listing(cid) if cid else []
        tracks = self.planner.tracks(cid) if cid else []
        self._tracks = tracks
        self._colors = track_colors([name for name, _ in tracks])
        self.apply_zone()
        self.session_list.set_rows(rows, [name for name, _ in tracks], cid, self._revision)
        self.agenda_store.load(cid)
        self._fill_nav()
        self._fill_conference_menu()
        self.changes.load(self.conference, self.zone)
        self.select_nav(Kind.ALL)
        if self.detail.key and conference_of(self.detail.key) != cid:
            self.show_session(None)  # a session of the conference no longer shown
        self.refresh_overlays()
        self.refresh.forget_hours()
        self.refresh.show_all()
        self.warn_if_unreadable(cjk_sample(r.title for r in rows[:FONT_SAMPLE_ROWS]))
        self._title()

    def _fill_nav(self) -> None:
        model = self.session_list.model
        rows = [row for row in model.rows() if not row.cancelled]
        rooms = Counter(row.room for row in rows if row.room)
        unscheduled = sum(1 for row in rows if row.start is None)
        self.nav.set_content(
            self._tracks,
            model.day_counts(),
            model.total_count,
            len(self.agenda_store.state.picks),
            sorted(rooms.items(), key=lambda item: natural_key(item[0])),
            unscheduled,
        )
        self.nav.set_filter(self.filters.rule)
        self.nav.fill_menus(
            (self.tracks_menu, Kind.TRACK), (self.days_menu, Kind.DAY), (self.rooms_menu, Kind.ROOM)
        )

    def show_conference(self, conference_id: str) -> None:
        """Show ``conference_id`` (another one than shown: its catalog is loaded)."""
        if conference_id != self._conference_id():
            self.load_catalog(conference_id)

    def _reload_changed_catalog(self) -> None:
        """Another program imported the shown conference again: show its catalog as it is."""
        self.load_catalog(self._conference_id())
        self._say(
            self.tr("The conference was imported again by another program; the list is reloaded")
        )

    def catalogs_changed_elsewhere(self, conference_ids: frozenset[str]) -> None:
        """Another program imported, refreshed or removed these conferences: the menu lists
        them as they are, and the catalog shown is reloaded if it moved."""
        self._fill_conference_menu()
        cid = self._conference_id()
        if cid is None:
            self.load_catalog()
            if self._conference_id() is not None:
                self._say(self.tr("A conference was imported by another program"))
        elif cid in conference_ids and self._catalog_moved(cid):
            try:
                self.planner.conference(cid)
            except NotFoundError:
                self.load_catalog()
                self._say(self.tr("The conference shown was removed by another program"))
                return
            self._reload_changed_catalog()

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
            action = self.conference_menu.addAction(conference.title.replace("&", "&&"))
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
        """The one place every change lands: the agenda worked out once, each screen redrawn
        for what the change touched."""
        cid = self._conference_id()
        if changes.catalogs:
            self._fill_conference_menu()
            if cid is None or (cid in changes.catalogs and self._catalog_moved(cid)):
                self.load_catalog(cid)
                return
        if changes.message:
            self._say(changes.message)
        if changes.picks:
            before, after = self.agenda_store.update(changes)
            self.refresh.show(changes, before, after)

    def _catalog_moved(self, conference_id: str) -> bool:
        try:
            return self.planner.listing_revision(conference_id) != self._revision
        except NotFoundError:
            return True

    def refresh_picks(self, changes: Changes | None = None) -> None:
        """Read the agenda afresh and show it everywhere (a change made by another program)."""
        self.agenda_store.load(self._conference_id())
        self.refresh.show_all()

    def _update_counts(self) -> None:
        """The status bar: sessions in the list (when it shows), picks and clashes."""
        state = self.agenda_store.state
        parts = [
            self.tr("%n pick(s)", "", len(state.picks)),
            self.tr("%n clash(es)", "", len(state.decisions)),
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
            self._say(self.tr("That session is no longer in the schedule"))

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

    # --- navigation and the list's filter --------------------------------------------------

    def select_nav(self, kind: Kind, value: Any = None) -> None:
        self.nav.select(kind, value)

    def _nav_chosen(self, kind: str, value: object) -> None:
        if kind == Kind.AGENDA:
            self.center.setCurrentIndex(PAGE_AGENDA)
            self._select_in_timeline()
            return
        if kind in (Kind.ALL, Kind.TRACK, Kind.DAY, Kind.ROOM):
            self.filters.choose(Kind(kind), value if isinstance(value, str | date) else None)
        self.center.setCurrentIndex(PAGE_LIST)
        self._update_counts()

    def _filter_changed(self, rule: RowFilter) -> None:
        self.session_list.model.set_filter(rule)
        self.session_list.show_filter_columns(rule.room is not None, rule.track is not None)
        self.nav.set_filter(rule)
        self.session_list.filter_bar.show_filter(rule, self.zone)
        self.center.setCurrentIndex(PAGE_LIST)
        self._list_changed()

    def _list_changed(self) -> None:
        """The rows shown changed: the current one stays if it can, the detail pane follows."""
        key = self.detail.key
        lst = self.session_list
        if key and self.center.currentIndex() == PAGE_LIST and not lst.select_key(key, emit=False):
            if lst.model.shown_count == 0:
                self.detail.show_nothing(self.tr("No session matches: nothing to show here."))
            else:
                self.detail.show_nothing(self.tr("The session shown before is filtered out. "
                                                 "Select one in the list."))  # fmt: skip
        elif lst.model.shown_count == 0 and self.center.currentIndex() == PAGE_LIST:
            self.detail.show_nothing(self.tr("No session matches: nothing to show here."))
        self._update_counts()

    def _select_in_timeline(self) -> None:
        """Scroll the timeline to the session on show if it is a pick, else to the first pick."""
        timeline = self.agenda.timeline
        state = self.agenda_store.state
        if self.detail.key in state.picks:
            timeline.select(self.detail.key)
        elif timeline.selected_key() is None and state.views:
            timeline.select(state.views[0].key)

    def show_others_at(self, start: object, end: object) -> None:
        """What's on then: the catalog's sessions in this stretch, like the user's picks first."""
        cid = self._conference_id()
        if cid is None or not isinstance(start, datetime) or not isinstance(end, datetime):
            return
        running = self.planner.running_between(cid, start, end)
        state = self.agenda_store.state
        found = gap_finder.whats_on(running, state, start, end)
        self.agenda.gap_finder.model.set_picks(state.picks)
        self.agenda.gap_finder.show_suggestions(start, end, found, self.zone)
        if self.center.currentIndex() != PAGE_AGENDA:
            self.select_nav(Kind.AGENDA)
        self.agenda.show_tab(TAB_GAPS)

    def whats_on_next_gap(self) -> None:
        """View > What's on then: the first free stretch of the user's days."""
        slots = self.refresh.free_slots()
        if not slots:
            self.select_nav(Kind.AGENDA)
            self.agenda.show_tab(TAB_GAPS)
            self._say(self.tr("Star a few sessions first: free time is found between them"))
            return
        self.show_others_at(*slots[0])

    def show_in_list(self, start: object, end: object) -> None:
        """The session list, limited to what runs between ``start`` and ``end``."""
        if isinstance(start, datetime) and isinstance(end, datetime):
            self.nav.select(Kind.ALL, emit=False)
            self.filters.set_window((start, end))
            self.center.setCurrentIndex(PAGE_LIST)
            self.session_list.focus_table()

    def clear_window(self) -> None:
        self.filters.set_window(None)

    # --- commands --------------------------------------------------------------------------

    def current_key(self) -> str | None:
        return self.detail.key

    def toggle_star_current(self) -> None:
        if self.current_key():
            self.picks.toggle_star(self.current_key())  # type: ignore[arg-type]

    def _star_if_not_starred(self, key: str) -> None:
        """Enter on a row: star it; a second Enter never unstars (Space does)."""
        if key in self.agenda_store.state.picks:
            self._say(self.tr("Already in your agenda (Space or Ctrl+D removes it)"))
        else:
            self.picks.star([key])

    def _set_priority_current(self, level: int) -> None:
        if self.current_key():
            self.picks.set_priority(self.current_key(), level)  # type: ignore[arg-type]

    def _watch_later_current(self) -> None:
        if self.current_key():
            self.picks.watch_later(self.current_key())  # type: ignore[arg-type]

    def _edit_note(self) -> None:
        if self.current_key():
            self.detail.note_editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _save_note(self, key: str, note: str) -> None:
        known = self.agenda_store.state.picks.get(key)
        self.picks.save_note(key, note, known)

    def keep_best_plan(self) -> None:
        """Show what the best plan keeps and drops; apply it, as one step, if the user says."""
        state = self.agenda_store.state
        if not state.plan.drop:
            self._say(self.tr("Your picks do not clash: the best plan changes nothing"))
            return
        dialog = PlanPreviewDialog(state.plan, state.by_key, self.zone, self)
        if dialog.exec() == PlanPreviewDialog.DialogCode.Accepted:
            self.picks.keep_plan(state.plan)

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

    def _say(self, text: str) -> None:
        self.statusBar().showMessage(text, MESSAGE_MS)

    def _pick_failed(self, message: str) -> None:
        dialogs.show_error(
            self,
            self.tr("Could not change the pick"),
            message,
            self.tr("Nothing was changed. Reload the catalog or try again."),
        )

    def _fold_changed(self, folded: bool) -> None:
        self.settings.agenda_folded = folded
        self.refresh.show_agenda()

    # --- time zone -------------------------------------------------------------------------

    def set_zone_choice(self, choice: ZoneChoice) -> None:
        self.settings.zone_choice = choice
        self.apply_zone()
        self._fill_nav()
        self.refresh.forget_hours()
        self.refresh.show_agenda()
        self.refresh_overlays()
        self.changes.load(self.conference, self.zone)
        self.session_list.filter_bar.show_filter(self.filters.rule, self.zone)
        if self.detail.view is not None:
            self.detail.set_zone(self.zone)

    def apply_zone(self) -> None:
        """Show every time in the chosen zone, and say which zone that is."""
        choice = self.settings.zone_choice
        self.zone = zone_for(choice, self.conference.timezone if self.conference else "UTC")
        at = self._zone_sample_instant().astimezone(self.zone)
        local = choice is ZoneChoice.LOCAL
        self.session_list.model.set_zone(self.zone, short_zone(at), local_days=local)
        self.session_list.set_zone_text(self._zone_text(choice, at))
        self.detail.set_zone(self.zone)
        chosen = self.menu_actions.zone_local if local else None
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
        self.agenda.restore_state(self.settings.geometry("agenda-splitter"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            if self.settings.geometry("splitter") is None:
                self._size_panes()

    def _size_panes(self) -> None:
        """Give the navigation what its labels need (up to a share: the titles come first)."""
        total = sum(self.splitter.sizes())
        nav = min(self.nav.preferred_width(), max(total // 5, NAV_LEAST))
        detail = max(min(DETAIL_LEAST, total // 3), int(total * DETAIL_SHARE))
        self.splitter.setSizes([nav, max(0, total - nav - detail), detail])

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_typing()
        self.outside.stop()
        self.live.shutdown()
        self.importer.runner.shutdown()
        self.calendar_sync.shutdown()
        self.search.stop()
        self.planner.flush_backups()
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.set_geometry("splitter", self.splitter.saveState())
        self.settings.set_geometry("agenda-splitter", self.agenda.save_state())
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
