"""One refresh path: what a star click costs in the window, changes made elsewhere, imports and
merges through the runner, and controllers that do not need the window."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event

from planner.gui.browse.nav_model import Kind
from planner.gui.catalog_text import known_notes, note_text
from planner.gui.timefmt import zone_name
from planner.services.planner import Planner

pytestmark = pytest.mark.gui

KEYNOTE = "gtc2025/S72484"


class Statements:
    """The statements the planner's engine runs on the window's thread."""

    def __init__(self, planner: Planner) -> None:
        self.seen: list[str] = []
        engine = planner._db.engine
        event.listen(engine, "before_cursor_execute", lambda *a: self._record(a[2]))
        event.listen(engine, "commit", lambda _c: self._record("COMMIT"))
        event.listen(engine, "rollback", lambda _c: self._record("ROLLBACK"))

    def _record(self, sql: str) -> None:
        if threading.current_thread() is threading.main_thread():
            self.seen.append(sql)


def test_a_star_click_is_one_write_transaction_and_no_read(qtbot, window, planner):
    window.picks.star(["gtc2025/S72643", "gtc2025/S71942"])
    window.session_list.focus_table()
    assert window.session_list.select_key(KEYNOTE)
    qtbot.waitUntil(lambda: window.detail.key == KEYNOTE)
    planner.flush_backups()
    counted = Statements(planner)
    qtbot.keyClick(window.session_list.table, Qt.Key.Key_Space)
    click = list(counted.seen)
    # BEGIN IMMEDIATE, one SELECT of the pick with its session, one upsert, COMMIT: and the
    # list, the timeline, the decisions and the detail pane follow without reading.
    assert click[0] == "BEGIN IMMEDIATE" and click[-1] == "COMMIT", click
    assert len(click) == 4, click
    assert KEYNOTE in planner.picks()
    assert window.detail.star_text() == "★ Starred"
    assert window.nav_model.index_of(Kind.AGENDA).data() == "My agenda (3)"
    assert KEYNOTE in {b.key for b in window.agenda.timeline.blocks()}


def test_a_change_made_by_the_command_line_shows_with_the_next_change(qtbot, window, planner):
    with Planner(planner.db_path) as terminal:
        terminal.bookmark(["S72643"], priority=5)
    window.picks.star([KEYNOTE])
    assert set(window.agenda_store.state.picks) == {KEYNOTE, "gtc2025/S72643"}
    assert window.counts.text().endswith("2 picks · 0 clashes")


def test_an_agenda_merged_into_the_conference_shown_reloads_nothing(
    qtbot, window, planner, tmp_path, monkeypatch
):
    planner.bookmark([KEYNOTE])
    planner.save_agenda(tmp_path / "mine.yaml", owner="Me")
    planner.unbookmark([KEYNOTE])
    window.refresh_picks()
    loads: list[object] = []
    monkeypatch.setattr(window, "load_catalog", lambda *a: loads.append(a))
    preview = planner.preview_agenda(tmp_path / "mine.yaml")
    window.picks.open_agenda(preview.result, "Merge")
    assert KEYNOTE in window.agenda_store.state.picks and loads == []


def test_an_import_goes_through_the_runner_and_loads_the_catalog_once(
    qtbot, window, monkeypatch, tmp_path
):
    from tests.catalogs import busy_day

    schedule = tmp_path / "busy.ics"
    with Planner(tmp_path / "scratch.sqlite3") as scratch:
        scratch.store_catalog(busy_day(rooms=2, talks=3), source="test")
        scratch.export_calendar(schedule, conference_id="busy", all_sessions=True)
    published: list[object] = []
    window.ops.changed.connect(published.append)
    loads: list[object] = []
    load = window.load_catalog
    monkeypatch.setattr(window, "load_catalog", lambda *a: (loads.append(a), load(*a)))
    with qtbot.waitSignal(window.importer.done, timeout=20_000):
        window.importer.import_path(schedule)
    assert any(c.catalogs for c in published)  # type: ignore[attr-defined]
    assert len(loads) == 1 and window.conference.id != "gtc2025"


def test_the_controllers_do_not_need_the_window():
    code = (
        "import sys\n"
        "import planner.gui.importing.import_flow, planner.gui.sharing.sharing_flow\n"
        "print('planner.gui.main_window' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_no_developer_text_reaches_the_user_and_the_notes_are_translated(qtbot, window):
    window.show_session("gtc2025/S72643")  # an assumed simulive session, late in San Jose
    note = window.detail.facts.time_note.text()
    assert "README" not in note and ".md" not in note
    assert "Asia-Pacific" in note and "Beijing" in note
    assert all(note_text(text) == text for text in known_notes())  # English: as written


def test_a_fixed_offset_zone_says_its_offset_the_usual_way():
    at = datetime(2025, 2, 1, 12, tzinfo=UTC)
    assert zone_name(ZoneInfo("Etc/GMT-1"), at) == "UTC+01:00"
    assert zone_name(ZoneInfo("Etc/GMT+5"), at) == "UTC-05:00"
    assert zone_name(ZoneInfo("Asia/Dubai"), at) == "Asia/Dubai (UTC+04:00)"
    assert zone_name(ZoneInfo("Europe/Brussels"), at) == "Europe/Brussels (CET)"
    assert zone_name(ZoneInfo("UTC"), at) == "UTC"
