"""The right-hand pane: everything about one session, and the user's pick of it.

Shows the catalog's facts as plain text (title, code, time with a visible "assumed" or
"unscheduled" mark and its note, room, track, speakers, a link to the session's page on the
conference's site, summary, highlights, topics) and offers the pick controls: star, priority
1-5, state, and a self-saving note; under them, which overlaid colleagues go to the session
("Ana goes (priority 4)"). The pane never changes anything itself: it emits what the user
asked for and the window carries it out. With no session to show it says why (nothing
chosen yet, or nothing matches the search).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal, SignalInstance
from PySide6.QtGui import QColor, QDesktopServices, QFont, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.model import (
    PRIORITY_MAX,
    PRIORITY_MIN,
    Pick,
    PickState,
    SessionView,
    TimeStatus,
)
from planner.gui.browse.goers_box import GoersBox
from planner.gui.browse.note_editor import NoteEditor
from planner.gui.browse.session_model import state_name
from planner.gui.catalog_text import note_text
from planner.gui.plain import fill, plain_label
from planner.gui.sharing.overlays import Goer
from planner.gui.timefmt import format_span, zone_name

SWATCH_PX = 12


class _Facts(QWidget):
    """The catalog's side: what the session is, when and where."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = plain_label(wrap=True, selectable=True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.code = plain_label(selectable=True)
        self.when = plain_label(wrap=True, selectable=True)
        self.mark = plain_label(wrap=True)
        bold = QFont(self.mark.font())
        bold.setBold(True)
        self.mark.setFont(bold)
        self.time_note = plain_label(wrap=True, selectable=True)
        self.room = plain_label(wrap=True, selectable=True)
        self.swatch = QLabel()
        self.track = plain_label(wrap=True, selectable=True)
        self.speakers = plain_label(wrap=True, selectable=True)
        self.cancelled = plain_label(wrap=True)
        self.cancelled.setFont(bold)
        self.runs = plain_label(wrap=True, selectable=True)
        self.link = QPushButton()
        self.link.setObjectName("sessionPage")
        self.link.setFlat(True)
        self.link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.link.clicked.connect(self._open_link)
        self.url = ""
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow pane
        track_row = QHBoxLayout()
        track_row.addWidget(self.swatch)
        track_row.addWidget(self.track, 1)
        form.addRow(self.tr("When:"), self.when)
        form.addRow("", self.mark)
        form.addRow("", self.time_note)
        form.addRow(self.tr("Room:"), self.room)
        form.addRow(self.tr("Track:"), track_row)
        form.addRow(self.tr("Speakers:"), self.speakers)
        form.addRow(self.tr("Other runs:"), self.runs)
        form.addRow(self.tr("On the web:"), self.link)
        self._form = form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.code)
        layout.addWidget(self.cancelled)
        layout.addLayout(form)

    def show_view(self, view: SessionView, zone: tzinfo, color: QColor | None) -> None:
        session = view.session
        self.title.setText(session.title)
        self.code.setText(session.code or "")
        self.code.setVisible(bool(session.code))
        self.show_time(view, zone)
        self.room.setText(session.room or self.tr("not published"))
        self.track.setText(session.track or self.tr("none"))
        self._paint_swatch(color)
        self.speakers.setText(", ".join(session.speakers) or self.tr("not published"))
        self._form.setRowVisible(self.runs, bool(view.other_runs))
        self.runs.setText(", ".join(k.split("/", 1)[-1] for k in view.other_runs))
        self.cancelled.setText(self.tr("No longer in the schedule: kept because you picked it."))
        self.cancelled.setVisible(view.cancelled)
        self._show_link(session.url)

    def _show_link(self, url: str | None) -> None:
        """The session's page, if the schedule gives one on the web (http or https only)."""
        link = QUrl(url or "")
        usable = link.isValid() and link.scheme() in ("http", "https") and bool(link.host())
        self.url = link.toString() if usable else ""
        self._form.setRowVisible(self.link, usable)
        if usable:
            self.link.setText(fill(self.tr("Session page on %1 ↗"), link.host()))
            self.link.setToolTip(self.url)
            self.link.setAccessibleName(fill(self.tr("Open the session page %1"), self.url))

    def _open_link(self) -> None:
        if self.url:
            QDesktopServices.openUrl(QUrl(self.url))

    def show_time(self, view: SessionView, zone: tzinfo) -> None:
        session = view.session
        if session.start is None or session.end is None:
            self.when.setText(self.tr("No time yet"))
        else:
            span = format_span(session.start, session.end, zone)
            self.when.setText(f"{span}\n{zone_name(zone, session.start)}")
        self.mark.setText(_mark_text(session.time_status))
        self._form.setRowVisible(self.mark, session.time_status is not TimeStatus.CONFIRMED)
        self.time_note.setText(note_text(session.time_note))
        self._form.setRowVisible(self.time_note, bool(session.time_note))

    def _paint_swatch(self, color: QColor | None) -> None:
        pixmap = QPixmap(SWATCH_PX, SWATCH_PX)
        pixmap.fill(color or QColor(Qt.GlobalColor.transparent))
        self.swatch.setPixmap(pixmap)
        self.swatch.setVisible(color is not None)


def _mark_text(status: TimeStatus) -> str:
    if status is TimeStatus.ASSUMED:
        return QCoreApplication.translate(
            "DetailPane", "⚠ Assumed: the schedule does not confirm this day and time"
        )
    if status is TimeStatus.UNSCHEDULED:
        return QCoreApplication.translate("DetailPane", "⚠ Unscheduled: the schedule gives no time")
    return ""


class _PickBox(QGroupBox):
    """The user's side: star, priority, state and note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your plan"))
        self.star = QPushButton()
        self.star.setCheckable(True)
        self.priority = QComboBox()
        for level in range(PRIORITY_MIN, PRIORITY_MAX + 1):
            self.priority.addItem(_priority_text(level), level)
        self.state = QComboBox()
        for state in PickState:
            self.state.addItem(state_name(state), state.value)
        self.note = NoteEditor()
        self.note.setMinimumHeight(80)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.star)
        form.addRow(self.tr("&Priority:"), self.priority)
        form.addRow(self.tr("S&tate:"), self.state)
        form.addRow(self.tr("&Note:"), self.note)

    def show_pick(self, view: SessionView) -> None:
        pick = view.pick
        self.star.setChecked(pick is not None)
        self.star.setText(self.tr("★ Starred") if pick else self.tr("☆ Star"))
        self.star.setToolTip(self.tr("Star or unstar (Ctrl+D)"))
        self.priority.setCurrentIndex((pick.priority if pick else 3) - PRIORITY_MIN)
        self.state.setCurrentIndex(list(PickState).index(pick.state) if pick else 0)
        self.state.setEnabled(pick is not None)
        self.note.show_note(view.key, pick.note if pick else "", editable=pick is not None)


def _priority_text(level: int) -> str:
    if level == PRIORITY_MIN:
        return QCoreApplication.translate("DetailPane", "1 (lowest)")
    if level == PRIORITY_MAX:
        return QCoreApplication.translate("DetailPane", "5 (highest)")
    return str(level)


class _Pages(QStackedWidget):
    """Sized by the page shown: the empty page does not scroll for the session page's text."""

    def sizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()


class DetailPane(QScrollArea):
    """Everything about the current session; emits the changes the user asks for."""

    starToggled = Signal(str, bool)
    priorityChosen = Signal(str, int)
    stateChosen = Signal(str, str)
    noteEdited = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        # Tab goes to the pane's controls; the scroll area itself would be a stop that shows
        # no focus (the wheel and the scroll bar still scroll it).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Text wraps to the pane's width: nothing to scroll sideways to.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._view: SessionView | None = None
        self._zone: tzinfo | None = None
        self.facts = _Facts()
        self.pick_box = _PickBox()
        self.goers = GoersBox()
        self.summary = plain_label(wrap=True, selectable=True)
        self.abstract = plain_label(wrap=True, selectable=True)
        self.highlights = plain_label(wrap=True, selectable=True)
        self.topics = plain_label(wrap=True, selectable=True)
        self._pages = _Pages()
        self._pages.currentChanged.connect(lambda _: self._pages.updateGeometry())
        self._pages.addWidget(self._empty_page())
        self._pages.addWidget(self._session_page())
        self.setWidget(self._pages)
        self._connect()

    def _empty_page(self) -> QWidget:
        self.empty_label = plain_label(self._choose_text(), wrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return self.empty_label

    def _choose_text(self) -> str:
        return self.tr("Select a session to see its details.")

    def _session_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.facts)
        layout.addWidget(self.pick_box)
        layout.addWidget(self.goers)
        self._about = QGroupBox(self.tr("About"))
        about = QVBoxLayout(self._about)
        for label in (self.summary, self.abstract, self.highlights, self.topics):
            about.addWidget(label)
        layout.addWidget(self._about)
        layout.addStretch(1)
        return page

    def _connect(self) -> None:
        box = self.pick_box
        box.star.clicked.connect(lambda on: self._emit_key(self.starToggled, on))
        box.priority.activated.connect(
            lambda i: self._emit_key(self.priorityChosen, int(box.priority.itemData(i)))
        )
        box.state.activated.connect(
            lambda i: self._emit_key(self.stateChosen, str(box.state.itemData(i)))
        )
        box.note.noteEdited.connect(self.noteEdited)

    def _emit_key(self, signal: SignalInstance, value: object) -> None:
        if self._view is not None:
            signal.emit(self._view.key, value)

    def minimumSizeHint(self) -> QSize:
        """As narrow as a session's fields can wrap to, no narrower: the pane does not scroll
        sideways, so a splitter dragged (or a layout restored) past that width would cut the
        title, the times and the note box off at the right edge."""
        pages = (self._pages.widget(i) for i in range(self._pages.count()))
        fields = max((page.minimumSizeHint().width() for page in pages if page), default=0)
        extra = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return QSize(fields + extra, super().minimumSizeHint().height())

    # --- what the window calls -------------------------------------------------------------

    @property
    def key(self) -> str | None:
        return self._view.key if self._view else None

    @property
    def note_editor(self) -> NoteEditor:
        return self.pick_box.note

    def show_view(
        self,
        view: SessionView | None,
        zone: tzinfo,
        color: QColor | None,
        goers: Sequence[Goer] = (),
    ) -> None:
        """Show a session (None: the empty page); the previous session's note is saved first."""
        self._view, self._zone = view, zone
        self.goers.show_goers(goers if view is not None else ())
        if view is None:
            self.show_nothing()
            return
        self.facts.show_view(view, zone, color)
        self.pick_box.show_pick(view)
        self._show_about(view)
        self._pages.setCurrentIndex(1)
        self.updateGeometry()  # its least width may have grown: the splitter makes room

    def show_nothing(self, why: str = "") -> None:
        """The empty page, saying ``why`` (default: choose a session)."""
        self._view = None
        self.goers.show_goers(())
        self.pick_box.note.show_note(None, "", editable=False)
        self.empty_label.setText(why or self._choose_text())
        self._pages.setCurrentIndex(0)

    def show_pick(self, pick: Pick | None) -> None:
        """The session shown was starred, unstarred or its pick changed: only the pick box
        follows (the catalog's facts are as they were)."""
        if self._view is not None:
            self._view = replace(self._view, pick=pick)
            self.pick_box.show_pick(self._view)

    @property
    def view(self) -> SessionView | None:
        return self._view

    def set_zone(self, zone: tzinfo) -> None:
        self._zone = zone
        if self._view is not None:
            self.facts.show_time(self._view, zone)

    def _show_about(self, view: SessionView) -> None:
        session = view.session
        self.summary.setText(session.summary)
        self.summary.setVisible(bool(session.summary))
        self.abstract.setText(session.abstract)
        self.abstract.setVisible(bool(session.abstract))
        self.highlights.setText("\n".join(f"• {h}" for h in session.highlights))
        self.highlights.setVisible(bool(session.highlights))
        topics = ", ".join(session.topics)
        self.topics.setText(fill(self.tr("Topics: %1"), topics) if topics else "")
        self.topics.setVisible(bool(topics))
        shown = (session.summary, session.abstract, session.highlights, topics)
        self._about.setVisible(any(shown))

    def star_text(self) -> str:
        return self.pick_box.star.text()
