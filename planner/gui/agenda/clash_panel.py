"""The clash panel: one decision per moment where picks run at once, and what to do about it.

A clash group can chain through a whole day (A overlaps B, B overlaps C...); a person decides
one moment at a time. So the panel lists decisions (``clash_slots``): "Sat 1 Feb 10:30–11:00:
choose one of 2", then each pick running then, with its title, time, room, priority, whether
it can be watched later and what the best plan would do with it, and the buttons "Keep this
one" (the others of this moment become watch-later or alternatives; the rest of the chain is
left for its own decisions), "Watch later" (recorded sessions) and "Take the other run"; under
each, "What else is on then?" (the catalog's sessions in that moment). Above the list, "Keep
the best plan…", which first shows what it would keep and drop. The panel only emits signals;
the window turns them into undoable commands. Every label is plain text (catalog titles are
untrusted) and every button is reachable with Tab.
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

from planner.core.clash_slots import ClashSlot
from planner.core.conflicts import Plan
from planner.core.model import PRIORITY_MAX, PickState, SessionView, TimeStatus
from planner.gui.plain import fill, plain_label
from planner.gui.timefmt import format_span

_NO_PLAN = Plan((), (), (), (), 0)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ClashPanel", text, None, n)


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


def decision_title(decision: ClashSlot, zone: tzinfo) -> str:
    """'Sat 1 Feb 10:30–11:00: choose one of 2'."""
    span = format_span(decision.start, decision.end, zone)
    return fill(_tr("%1: choose one of %2"), span, len(decision.keys))


class ClashPanel(QWidget):
    """Lists the decisions the picks the user plans to attend leave to make."""

    keepOnly = Signal(str, list)  # the key to keep, every key of its decision
    keepBestPlan = Signal()
    watchLater = Signal(str)
    otherRun = Signal(str, str)  # the clashing pick's key, the key of the run to take instead
    showOthersAt = Signal(object, object)  # the decision's moment: start and end, aware UTC

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary = plain_label(wrap=True)
        self._best = QPushButton(_tr("Keep the best plan…"))
        self._best.setObjectName("keepBestPlan")
        self._best.setToolTip(
            _tr(
                "Shows the clash-free set of picks with the highest total priority, and what "
                "becomes of the others (watch later if recorded, else alternatives), before "
                "anything changes."
            )
        )
        self._best.clicked.connect(self.keepBestPlan)
        self._empty = self._empty_state()
        self._body = QWidget()
        self._groups = QVBoxLayout(self._body)
        self._groups.setContentsMargins(0, 0, 0, 0)
        self._boxes: list[QGroupBox] = []
        self._shown: tuple[object, ...] | None = None
        self._layout_parts()
        self.set_decisions([], {}, _NO_PLAN, UTC)

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

    def set_decisions(
        self,
        decisions: Sequence[ClashSlot],
        views_by_key: Mapping[str, SessionView],
        plan: Plan,
        zone: tzinfo,
    ) -> None:
        """Show these decisions, times in ``zone``; ``views_by_key`` holds their sessions.

        Nothing is rebuilt when what would be shown is what is shown (a note was edited).
        """
        keys = {k for d in decisions for k in d.keys}
        shown = (tuple(decisions), plan, zone, tuple(sorted(
            (k, views_by_key[k]) for k in keys if k in views_by_key
        )))  # fmt: skip
        if shown == self._shown:
            return
        self._shown = shown
        self._clear()
        self._boxes = [self._decision_box(d, views_by_key, plan, zone) for d in decisions]
        for box in self._boxes:
            self._groups.addWidget(box)
        self._groups.addStretch(1)
        self._empty.setVisible(not decisions)
        self._scroll.setVisible(bool(decisions))
        # The decision just made is gone: the next one is at the top, so the list starts there.
        self._scroll.verticalScrollBar().setValue(0)
        self._best.setVisible(bool(decisions))
        count = len(decisions)
        self._summary.setText(
            _tr("%n decision(s) to make among your picks", count) if count else ""
        )

    def group_boxes(self) -> list[QGroupBox]:
        """One box per decision shown, in time order (for tests and tools)."""
        return list(self._boxes)

    def _clear(self) -> None:
        # deleteLater, not delete: a click on one of these buttons may be what is refreshing us.
        while self._groups.count():
            item = self._groups.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    # one decision

    def _decision_box(
        self,
        decision: ClashSlot,
        views: Mapping[str, SessionView],
        plan: Plan,
        zone: tzinfo,
    ) -> QGroupBox:
        box = QGroupBox(decision_title(decision, zone))
        box.setProperty("decisionKeys", list(decision.keys))
        layout = QVBoxLayout(box)
        for key in decision.keys:
            layout.addWidget(self._session_row(key, views.get(key), decision, plan, zone))
        others = QPushButton(_tr("What else is on then?"))
        others.setObjectName("showOthersAt")
        others.setToolTip(_tr("The conference's other sessions in this moment, yours first"))
        others.clicked.connect(partial(self.showOthersAt.emit, decision.start, decision.end))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(others)
        layout.addLayout(row)
        return box

    def _session_row(
        self,
        key: str,
        view: SessionView | None,
        decision: ClashSlot,
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
        for button in self._row_buttons(key, view, decision):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _row_buttons(
        self, key: str, view: SessionView | None, decision: ClashSlot
    ) -> list[QPushButton]:
        name = view.session.title if view else key
        keep = QPushButton(_tr("Keep this one"))
        keep.setObjectName("keepOnly")
        keep.setProperty("sessionKey", key)
        keep.setAccessibleName(fill(_tr("Keep only %1"), name))
        keep.setToolTip(
            _tr("Attend this one; the others at this time become watch later or alternatives.")
        )
        keep.clicked.connect(partial(self.keepOnly.emit, key, list(decision.keys)))
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
