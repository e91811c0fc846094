"""Edit > Keep the best plan: what it would keep and drop, shown before anything changes.

The best plan by priority (``best_plan``) can change dozens of picks at a large conference.
This dialog lists, in time order with times and rooms, the picks it keeps, those it makes
watch-later (recorded sessions) and those it makes alternatives, and says how many of them
change. Apply writes exactly the plan shown, as one step that Ctrl+Z undoes; Cancel changes
nothing. Titles are catalog text: tree items are plain text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.conflicts import Plan
from planner.core.model import PickState, SessionView
from planner.gui.plain import fill, plain_label, tooltip
from planner.gui.timefmt import format_span

MIN_SIZE = (720, 480)


class PlanPreviewDialog(QDialog):
    """The plan, before it is applied; ``exec()`` returns Accepted to apply it."""

    def __init__(
        self,
        plan: Plan,
        views: Mapping[str, SessionView],
        zone: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan, self._views, self._zone = plan, views, zone
        self.setWindowTitle(self.tr("Keep the best plan"))
        self.setMinimumSize(*MIN_SIZE)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Session"), self.tr("When"), self.tr("Room"),
                                   self.tr("Priority"), self.tr("Now")])  # fmt: skip
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("What the best plan keeps and drops"))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.sections: dict[str, QTreeWidgetItem] = {}
        for name, title, keys in self._sections():
            self._section(name, title, keys)
        for column in range(1, self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("&Apply (Ctrl+Z undoes it)"))
        self.apply_button.setEnabled(self.changes() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.summary(), wrap=True))
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def _sections(self) -> list[tuple[str, str, Sequence[str]]]:
        p = self.plan
        kept = [k for k in p.keep if k in self._views]
        return [
            ("keep", self.tr("Keep, attending (%n)", "", len(kept)), kept),
            ("watch_later", self.tr("Watch later: recorded (%n)", "", len(p.watch_later)),
             p.watch_later),
            ("alternatives", self.tr("Alternatives (%n)", "", len(p.alternatives)),
             p.alternatives),
        ]  # fmt: skip

    def _section(self, name: str, title: str, keys: Sequence[str]) -> None:
        top = QTreeWidgetItem([title])
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        top.setFirstColumnSpanned(True)
        self.tree.addTopLevelItem(top)
        top.addChildren([self._item(key, name) for key in keys])
        top.setExpanded(name != "keep" or len(keys) <= 20)
        self.sections[name] = top

    def _item(self, key: str, section: str) -> QTreeWidgetItem:
        view = self._views.get(key)
        if view is None:
            return QTreeWidgetItem([key])
        session, pick = view.session, view.pick
        when = (
            format_span(session.start, session.end, self._zone)
            if session.start is not None and session.end is not None
            else self.tr("no time yet")
        )
        now = self._state_words(pick.state if pick else PickState.ATTENDING, section)
        item = QTreeWidgetItem(
            [session.title, when, session.room or "", str(pick.priority if pick else ""), now]
        )
        item.setToolTip(0, tooltip(session.title))
        item.setData(0, Qt.ItemDataRole.UserRole, key)
        return item

    def _state_words(self, state: PickState, section: str) -> str:
        """What the pick is now, said only when the plan changes it."""
        target = {"keep": PickState.ATTENDING, "watch_later": PickState.WATCH_LATER,
                  "alternatives": PickState.ALTERNATIVE}[section]  # fmt: skip
        if state is target:
            return self.tr("unchanged")
        names = {
            PickState.ATTENDING: self.tr("attending now"),
            PickState.WATCH_LATER: self.tr("watch later now"),
            PickState.ALTERNATIVE: self.tr("alternative now"),
        }
        return names[state]

    def changes(self) -> int:
        """How many picks the plan would change."""
        wanted = {k: PickState.ATTENDING for k in self.plan.keep}
        wanted.update({k: PickState.WATCH_LATER for k in self.plan.watch_later})
        wanted.update({k: PickState.ALTERNATIVE for k in self.plan.alternatives})
        return sum(
            1
            for key, state in wanted.items()
            if key in self._views and (p := self._views[key].pick) is not None and p.state != state
        )

    def summary(self) -> str:
        p = self.plan
        kept = fill(
            self.tr(
                "Keeps %n pick(s) to attend, total priority %1, with no clash.", "", len(p.keep)
            ),
            p.total_priority,
        )
        dropped = self.tr("Set aside (watch later or alternatives): %n.", "", len(p.drop))
        changing = self.tr("Picks that change: %n; nothing else does.", "", self.changes())
        return " ".join((kept, dropped, changing))

    def keys(self, section: str) -> list[str]:
        """The keys listed under a section ("keep", "watch_later", "alternatives")."""
        top = self.sections[section]
        children = (top.child(i) for i in range(top.childCount()))
        return [str(c.data(0, Qt.ItemDataRole.UserRole)) for c in children if c is not None]
