"""File > Open agenda: what a colleague's agenda file would do, shown before anything changes.

The dialog says whose agenda it is and for which conference, then lists, each with its time,
what merging it would add and change, what is in the user's agenda already and stays as it
is, every entry that matches no session here (listed, never dropped silently) and the clashes
it would create. The user then merges (never removing their own picks or notes), replaces
their agenda with it (after a confirmation that names every pick it would delete; cancelling
that comes back here), shows it beside their own as an overlay, or cancels. Everything in it
came from someone else's file: list items are plain text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.model import ListingRow, Pick, conference_of
from planner.gui.plain import fill, plain_label, tooltip
from planner.gui.timefmt import format_day, format_span
from planner.services.agenda_share import AgendaEntry, AgendaPreview

LIST_ROWS = 6  # rows a list shows before it scrolls
MIN_WIDTH = 680  # px: room for a time, a title and its priority on one line
NAMED_REMOVALS = 12  # picks a replace names one by one before it counts the rest


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaPreview", text)


class Choice(StrEnum):
    MERGE = "merge"
    REPLACE = "replace"
    OVERLAY = "overlay"
    CANCEL = "cancel"


def whose(owner: str | None) -> str:
    return fill(_tr("%1's agenda"), owner) if owner else _tr("An agenda with no name on it")


def change_text(before: Pick, after: Pick, title: str) -> str:
    """'Title: priority 3 → 4, their note added'."""
    parts = []
    if after.priority != before.priority:
        parts.append(fill(_tr("priority %1 → %2"), before.priority, after.priority))
    if after.note != before.note:
        parts.append(_tr("their note added to yours"))
    if after.state != before.state:
        parts.append(fill(_tr("%1 → %2"), before.state.value, after.state.value))
    return f"{title}: {', '.join(parts)}"


def entry_text(entry: AgendaEntry, zone: tzinfo) -> str:
    """An entry that matched nothing, with all it says about itself."""
    parts = [entry.title or entry.key]
    parts += [entry.code] if entry.code else []
    if entry.start is not None:
        local = entry.start.astimezone(zone)
        parts.append(f"{format_day(local.date())} {local:%H:%M}")
    return " · ".join(parts)


class AgendaPreviewDialog(QDialog):
    """The preview of one agenda file; ``choice`` says what the user decided.

    ``replacing`` is what a replace would do (its ``removed`` are named before it happens);
    ``row_of`` gives a session's row here, for its title and time.
    """

    def __init__(
        self,
        preview: AgendaPreview,
        row_of: Callable[[str], ListingRow | None],
        zone: tzinfo,
        parent: QWidget | None = None,
        replacing: AgendaPreview | None = None,
    ) -> None:
        super().__init__(parent)
        self.preview, self._row_of, self._zone = preview, row_of, zone
        self.replacing = replacing or preview
        self._their_titles = {m.session_key: m.entry.title for m in preview.matches}
        self.choice = Choice.CANCEL
        agenda = preview.agenda
        self.setWindowTitle(fill(_tr("Open %1"), whose(agenda.owner)))
        self.sections: dict[str, QListWidget] = {}
        self.setMinimumWidth(MIN_WIDTH)
        layout = QVBoxLayout(self)
        for label in self._header():
            layout.addWidget(label)
        for box in self._boxes():
            layout.addWidget(box)
        layout.addWidget(self._buttons())

    # --- content ---------------------------------------------------------------------------

    def _header(self) -> list[QWidget]:
        agenda = self.preview.agenda
        title = plain_label(whose(agenda.owner), wrap=True)
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        saved = agenda.saved_at.astimezone(self._zone)
        facts = fill(
            self.tr("For %1 · saved %2 · %n pick(s)", "", len(agenda.entries)),
            agenda.conference_title,
            f"{saved:%Y-%m-%d %H:%M}",
        )
        labels: list[QWidget] = [title, plain_label(facts, wrap=True)]
        if self._matched_elsewhere():
            labels.append(plain_label(self._elsewhere_text(), wrap=True))
        if not self.preview.added and not self.preview.changed:
            labels.append(plain_label(_tr("Everything in it is already in your agenda.")))
        return labels

    def _matched_elsewhere(self) -> bool:
        keys = [m.session_key for m in self.preview.matches if m.session_key]
        return bool(keys) and conference_of(keys[0]) != self.preview.agenda.conference_id

    def _elsewhere_text(self) -> str:
        return _tr(
            "That conference is not loaded here: its picks were matched by code and title "
            "against the catalog that is."
        )

    def _name(self, key: str) -> str:
        """The session's title here, else as their file gives it."""
        row = self._row_of(key)
        return (row.title if row else "") or self._their_titles.get(key) or key

    def _when(self, key: str) -> str:
        row = self._row_of(key)
        if row is None or row.start is None or row.end is None:
            return _tr("no time yet")
        return format_span(row.start, row.end, self._zone)

    def _line(self, key: str, rest: str = "") -> str:
        """'Sat 1 Feb 10:30–11:00 · Title · rest'."""
        return " · ".join(part for part in (self._when(key), self._name(key), rest) if part)

    def unchanged_keys(self) -> list[str]:
        """Their picks that are in the user's agenda already, as they are."""
        touched = {p.session_key for p in self.preview.added}
        touched |= {after.session_key for _, after in self.preview.changed}
        matched = [m.session_key for m in self.preview.matches if m.session_key]
        return [key for key in dict.fromkeys(matched) if key not in touched]

    def _boxes(self) -> list[QGroupBox]:
        p = self.preview
        added = [self._line(a.session_key, fill(_tr("priority %1"), a.priority)) for a in p.added]
        changed = [
            f"{self._when(a.session_key)} · {change_text(b, a, self._name(a.session_key))}"
            for b, a in p.changed
        ]
        unchanged = [self._line(key) for key in self.unchanged_keys()]
        unmatched = [entry_text(entry, self._zone) for entry in p.unmatched]
        clashes = [self._clash_text(group.keys) for group in p.new_clashes]
        sections = (
            ("added", self.tr("Would be added (%n)", "", len(added)), added),
            ("changed", self.tr("Would change (%n)", "", len(changed)), changed),
            (
                "unchanged",
                self.tr("In your agenda already, unchanged (%n)", "", len(unchanged)),
                unchanged,
            ),
            (
                "unmatched",
                self.tr("Match no session here, left out (%n)", "", len(unmatched)),
                unmatched,
            ),
            ("clashes", self.tr("Would clash with each other (%n)", "", len(clashes)), clashes),
        )
        return [self._box(key, title, lines) for key, title, lines in sections if lines]

    def _clash_text(self, keys: Sequence[str]) -> str:
        return " ↔ ".join(sorted(self._name(key) for key in keys))

    def _box(self, key: str, title: str, lines: list[str]) -> QGroupBox:
        box = QGroupBox(title)
        items = QListWidget()
        items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        items.setTextElideMode(Qt.TextElideMode.ElideRight)
        for line in lines:
            item = QListWidgetItem(line)
            item.setToolTip(tooltip(line))  # the whole line, when the list elides it
            items.addItem(item)
        rows = min(LIST_ROWS, max(1, len(lines)))
        items.setFixedHeight(rows * items.sizeHintForRow(0) + 2 * items.frameWidth() + 4)
        QVBoxLayout(box).addWidget(items)
        self.sections[key] = items
        return box

    # --- buttons ---------------------------------------------------------------------------

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.merge_button = self._button(buttons, _tr("&Merge into my agenda"), Choice.MERGE)
        self.replace_button = self._button(buttons, _tr("&Replace my agenda…"), Choice.REPLACE)
        self.overlay_button = self._button(buttons, _tr("&Show as overlay"), Choice.OVERLAY)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.clicked.connect(self.reject)
        self.merge_button.setDefault(True)
        self.merge_button.setToolTip(_tr("Adds their picks; never removes yours or your notes"))
        self.replace_button.setToolTip(_tr("Your picks here become exactly theirs"))
        self.overlay_button.setToolTip(_tr("Shows their picks beside yours; changes nothing"))
        return buttons

    def _button(self, buttons: QDialogButtonBox, text: str, choice: Choice) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: Choice) -> None:
        if choice is Choice.REPLACE and not self._confirm_replace():
            return  # back to the preview, as it was
        self.choice = choice
        self.accept()

    # --- replacing -------------------------------------------------------------------------

    def removal_lines(self) -> list[str]:
        """The user's picks a replace would delete, each with its time and title."""
        return [self._line(key) for key in self.replacing.removed]

    def replace_question(self) -> QMessageBox:
        """The confirmation a replace asks for, naming what it deletes (built apart for tests)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Replace your agenda?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        removed = self.removal_lines()
        if removed:
            text = self.tr(
                "%n of your picks here are not in the file: they and their notes will be removed:",
                "",
                len(removed),
            )
            named = removed[:NAMED_REMOVALS]
            if len(removed) > NAMED_REMOVALS:
                named.append(self.tr("… and %n more", "", len(removed) - NAMED_REMOVALS))
            box.setText("\n".join([text, *(f"• {line}" for line in named)]))
        else:
            box.setText(self.tr("Your picks here become exactly the ones in the file."))
        box.setInformativeText(self.tr("You can undo this with Ctrl+Z."))
        self.replace_confirm = box.addButton(
            self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        return box

    def _confirm_replace(self) -> bool:
        box = self.replace_question()
        box.exec()
        return box.clickedButton() is self.replace_confirm

    def lines(self, section: str) -> list[str]:
        """The items of one section ("added", "changed", "unchanged", "unmatched",
        "clashes")."""
        items = self.sections.get(section)
        return [items.item(i).text() for i in range(items.count())] if items else []
