"""The window's import of a schedule that names no time zone: it asks, and remembers.

A file with neither a zone, UTC offsets nor a city is not stored on a guess: the import dialog
asks for the zone. Chosen, the times are confirmed and the zone is remembered for the next
import of the conference; declined, every time is imported marked as not confirmed, and the
list and the detail pane say so.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from planner.core.model import TimeStatus, ZoneSource
from planner.gui.browse.session_model import SessionTableModel
from planner.gui.importing.zone_dialog import ZoneDialog
from planner.gui.main_window import MainWindow
from tests.formats.schedule_checks import CASES, utc
from tests.gui.test_imports import run_import

pytestmark = pytest.mark.gui

NO_ZONE = CASES / "tiny_nozone.xml"


def choose(zone: str):  # type: ignore[no-untyped-def]
    def answer(dialog: ZoneDialog) -> None:
        assert "does not say which time zone" in dialog.question.text()
        dialog.zones.setCurrentText(zone)
        assert dialog.use_zone.isEnabled()
        dialog.use_zone.click()

    return answer


def test_the_window_asks_for_the_zone_and_remembers_it(qtbot, window, planner, modals, tmp_path):
    modals.answer(ZoneDialog, choose("Europe/Berlin"))
    outcome = run_import(qtbot, window, NO_ZONE)
    assert outcome.result is not None and len(modals.seen) == 1
    conference = planner.conference("tiny24")
    assert (conference.timezone, conference.zone_source) == ("Europe/Berlin", ZoneSource.GIVEN)
    views = {row.title: row for row in planner.listing("tiny24")}
    assert views["Opening"].start == utc(2024, 3, 9, 8, 0)
    assert all(row.time_status is TimeStatus.CONFIRMED for row in views.values())
    assert planner.remembered_zone("tiny24") == "Europe/Berlin"
    # The next version of the schedule is read in the same zone, without a question.
    update = tmp_path / "tiny-v2.xml"
    shutil.copyfile(NO_ZONE, update)
    outcome = run_import(qtbot, window, update)
    assert outcome.result is not None and len(modals.seen) == 1
    assert planner.conference("tiny24").timezone == "Europe/Berlin"


def test_times_imported_without_a_zone_are_marked_in_the_list_and_the_detail(
    qtbot, window: MainWindow, planner, modals
):
    modals.answer(ZoneDialog, lambda dialog: dialog.unconfirmed.click())
    outcome = run_import(qtbot, window, NO_ZONE)
    assert outcome.result is not None
    assert "times not confirmed" in window.statusBar().currentMessage()
    rows = planner.listing("tiny24")
    assert all(row.time_status is TimeStatus.ASSUMED for row in rows)
    model = window.session_list.model
    opening = next(row for row in rows if row.title == "Opening")
    time_cell = model.index(model.row_of_key(opening.key), SessionTableModel.COL_TIME)
    # The time column marks an assumed time with an icon, and says why in its tooltip.
    assert time_cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Assumed" in time_cell.data(Qt.ItemDataRole.ToolTipRole)
    window.show_session(opening.key)
    facts = window.detail.facts
    assert facts.mark.isVisibleTo(window.detail) and "Assumed" in facts.mark.text()
    assert "guess" in facts.time_note.text()


def test_cancelling_the_zone_question_stores_nothing(qtbot, window, planner, modals):
    modals.answer(ZoneDialog, lambda dialog: dialog.reject())
    outcome = run_import(qtbot, window, NO_ZONE)
    assert outcome.cancelled
    assert "tiny24" not in {info.conference.id for info in planner.conferences()}
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was changed."


def test_a_file_that_names_its_zone_or_city_asks_nothing(qtbot, window, planner, modals):
    for name in ("tiny.xml", "tiny_city.xml"):
        outcome = run_import(qtbot, window, Path(CASES / name))
        assert outcome.result is not None
    assert modals.seen == []
