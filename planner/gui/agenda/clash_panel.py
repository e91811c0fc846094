"""The clash panel: each group of clashing picks, and what the user can do about it.

One box per clash group: its time window in the zone shown, then each session with its title,
time, room, priority, whether it can be watched later and what the best plan would do with it,
and the buttons "Keep this one" and (for recorded sessions) "Watch later". Under the groups'
list, "See other sessions at this time" per group; above it, "Keep the best plan by priority".
The panel only emits signals; the window turns them into undoable commands. Every label is
plain text (catalog titles are untrusted) and every button is reachable with Tab.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, tzinfo
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.core.conflicts import ClashGroup, Plan
from planner.core.model import PRIORITY_MAX, PickState, SessionView, TimeStatus
from planner.gui.plain import fill, plain_label
from planner.gui.timefmt import format_span


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClashPanel", text)


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def plan_verdict(key: str, plan: Plan) -> str:
    """What the best plan by priority would do with this pick."""
    if key in plan.watch_later:
        return _tr("best plan: watch later")
    if key in plan.alternatives:
        return _tr("best plan: alternative")
    if key in plan.keep:
        return _tr("best plan: keep")
    return ""


def session_facts(view: SessionView, plan: Plan, zone: tzinfo) -> str:
    """One line under a title: time, room, priority, watchability and the plan's verdict."""
    session, pick = view.session, view.pick
    parts = []
    if session.start is not None and session.end is not None:
        assumed = session.time_status is TimeStatus.ASSUMED
        span = format_span(session.start, session.end, zone)
        parts.append(fill(_tr("%1 (time assumed)"), span) if assumed else span)
    parts += [session.room] if session.room else []
    priority = pick.priority if pick else 0
    parts.append(fill(_tr("priority %1 of %2"), priority, PRIORITY_MAX))
    parts.append(_tr("can be watched later") if session.recorded else _tr("live only"))
    verdict = plan_verdict(view.key, plan)
    return " · ".join([*parts, verdict] if verdict else parts)


class ClashPanel(QWidget):
    """Lists the clash groups among the picks the user plans to attend."""

    keepOnly = Signal(str, list)  # the key to keep, every key of its group
    keepBestPlan = Signal()
    watchLater = Signal(str)
    otherRun = Signal(str, str)  # the clashing pick's key, the key of the run to take instead
    showOthersAt = Signal(object, object)  # the group's window: start and end, aware UTC

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary = plain_label(wrap=True)
        self._best = QPushButton(_tr("Keep the best plan by priority"))
        self._best.setObjectName("keepBestPlan")
        self._best.setToolTip(
            _tr(
                "Attend the clash-free set of picks with the highest total priority; "
                "the others become watch later (if recorded) or alternatives."
            )
        )
        self._best.clicked.connect(self.keepBestPlan)
        self._empty = self._empty_state()
        self._body = QWidget()
        self._groups = QVBoxLayout(self._body)
        self._groups.setContentsMargins(0, 0, 0, 0)
        self._boxes: list[QGroupBox] = []
        self._layout_parts()
        self.set_groups([], {}, Plan((), (), (), (), 0), UTC)

    def _empty_state(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        title = _bold(plain_label(_tr("No clashes")))
        title.setObjectName("emptyTitle")
        explain = _tr("None of the sessions you plan to attend overlap.")
        layout.addWidget(title)
        layout.addWidget(plain_label(explain, wrap=True))
        layout.addStretch(1)
        return box

    def _layout_parts(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self._summary, 1)
        top.addWidget(self._best)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._empty)
        layout.addWidget(scroll, 1)
        self._scroll = scroll

    # public API

    def set_groups(
        self,
        groups: Sequence[ClashGroup],
        views_by_key: Mapping[str, SessionView],
        plan: Plan,
        zone: tzinfo,
    ) -> None:
        """Show these clash groups, times in ``zone``; ``views_by_key`` holds their sessions."""
        self._clear()
        self._boxes = [self._group_box(group, views_by_key, plan, zone) for group in groups]
        for box in self._boxes:
            self._groups.addWidget(box)
        self._groups.addStretch(1)
        self._empty.setVisible(not groups)
        self._scroll.setVisible(bool(groups))
        self._best.setVisible(bool(groups))
        count = len(groups)
        self._summary.setText(fill(_tr("Clashes among your picks: %1"), count) if count else "")

    def group_boxes(self) -> list[QGroupBox]:
        """One box per clash group shown, in order (for tests and tools)."""
        return list(self._boxes)

    def _clear(self) -> None:
        # deleteLater, not delete: a click on one of these buttons may be what is refreshing us.
        while self._groups.count():
            item = self._groups.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    # one group

    def _group_box(
        self,
        group: ClashGroup,
        views: Mapping[str, SessionView],
        plan: Plan,
        zone: tzinfo,
    ) -> QGroupBox:
        box = QGroupBox(fill(_tr("Clash: %1"), format_span(group.start, group.end, zone)))
        layout = QVBoxLayout(box)
        for key in group.keys:
            layout.addWidget(self._session_row(key, views.get(key), group, plan, zone))
        others = QPushButton(_tr("See other sessions at this time"))
        others.setObjectName("showOthersAt")
        others.clicked.connect(partial(self.showOthersAt.emit, group.start, group.end))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(others)
        layout.addLayout(row)
        return box

    def _session_row(
        self,
        key: str,
        view: SessionView | None,
        group: ClashGroup,
        plan: Plan,
        zone: tzinfo,
    ) -> QWidget:
        row = QFrame()
        row.setFrameShape(QFrame.Shape.StyledPanel)
        text = QVBoxLayout()
        title = _bold(plain_label(view.session.title if view else key, wrap=True))
        text.addWidget(title)
        if view is not None:
            text.addWidget(plain_label(session_facts(view, plan, zone), wrap=True))
        layout = QHBoxLayout(row)
        layout.addLayout(text, 1)
        for button in self._row_buttons(key, view, group):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _row_buttons(
        self, key: str, view: SessionView | None, group: ClashGroup
    ) -> list[QPushButton]:
        name = view.session.title if view else key
        keep = QPushButton(_tr("Keep this one"))
        keep.setObjectName("keepOnly")
        keep.setProperty("sessionKey", key)
        keep.setAccessibleName(fill(_tr("Keep only %1"), name))
        keep.setToolTip(
            _tr("Attend this one; the others in this clash become watch later or alternatives.")
        )
        keep.clicked.connect(partial(self.keepOnly.emit, key, list(group.keys)))
        buttons = [keep]
        if view is not None and view.session.recorded and not _watching_later(view):
            later = QPushButton(_tr("Watch later"))
            later.setObjectName("watchLater")
            later.setProperty("sessionKey", key)
            later.setAccessibleName(fill(_tr("Watch %1 later"), name))
            later.clicked.connect(partial(self.watchLater.emit, key))
            buttons.append(later)
        if view is not None:
            buttons += self._run_buttons(key, view)
        return buttons

    def _run_buttons(self, key: str, view: SessionView) -> list[QPushButton]:
        """One button per other run of the session (repeated workshops): take that one instead."""
        buttons = []
        for number, run in enumerate(view.other_runs, start=1):
            label = _tr("Take the other run") if len(view.other_runs) == 1 else None
            button = QPushButton(label or fill(_tr("Take run %1"), str(number)))
            button.setObjectName("otherRun")
            button.setProperty("sessionKey", key)
            button.setToolTip(fill(_tr("Attend %1 instead: the same session at another time."),
                                   run.split("/", 1)[-1]))  # fmt: skip
            button.clicked.connect(partial(self.otherRun.emit, key, run))
            buttons.append(button)
        return buttons


def _watching_later(view: SessionView) -> bool:
    return view.pick is not None and view.pick.state is PickState.WATCH_LATER
