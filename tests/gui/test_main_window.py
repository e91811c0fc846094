"""The main window as a user meets it: navigation, search, details, notes, zones, errors."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale, QSize, Qt, QTimer, QTranslator
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from planner.core.model import Catalog, Conference, Session, SessionFilter, TimeStatus
from planner.gui import app as gui_app
from planner.gui.browse.nav_model import Kind, NavModel
from planner.gui.browse.session_model import SessionTableModel
from planner.gui.fonts import can_draw
from planner.gui.i18n import (
    ENGLISH,
    SIMPLIFIED,
    TRADITIONAL,
    install_translations,
    language_for,
    translations_dir,
)
from planner.gui.main_window import MainWindow, first_size
from planner.gui.settings import Settings, ZoneChoice
from planner.services.planner import Planner

pytestmark = pytest.mark.gui

M = SessionTableModel
CLASHING = ("gtc2025/S72643", "gtc2025/S71942")
KEYNOTE = "gtc2025/S72484"


class Dialogs:
    """Message boxes the window opened (recorded instead of blocking the test)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def record(self, box: QMessageBox) -> int:
        self.shown.append((box.text(), box.informativeText()))
        return 0


@pytest.fixture()
def dialogs(monkeypatch) -> Dialogs:
    recorded = Dialogs()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: recorded.record(box))
    return recorded


def shown_keys(window: MainWindow) -> list[str]:
    model = window.session_list.model
    return [model.key_at(row) for row in range(model.shown_count)]


def time_text(window: MainWindow, key: str) -> str:
    model = window.session_list.model
    return model.index(model.row_of_key(key), M.COL_TIME).data()


def select(qtbot, window: MainWindow, key: str) -> None:
    assert window.session_list.select_key(key)
    qtbot.waitUntil(lambda: window.detail.key == key)


# --- navigation and the list ------------------------------------------------------------------


def test_the_window_opens_on_the_bundled_catalog(window):
    assert window.windowTitle() == "NVIDIA GTC 2025 - Conference Planner"
    assert window.session_list.model.shown_count == 21
    assert window.counts.text() == "21 sessions shown · 0 picks · 0 clashes"
    assert "America/Los_Angeles" in window.session_list.zone_label.text()


def test_choosing_a_track_or_a_day_filters_the_list(qtbot, window):
    window.select_nav(Kind.TRACK, "Technical - Intermediate")
    assert shown_keys(window) == [CLASHING[0]]
    assert window.counts.text().startswith("1 session shown")
    window.select_nav(Kind.TRACK, "Technical - Advanced")
    assert len(shown_keys(window)) == 15
    window.select_nav(Kind.ALL)
    assert len(shown_keys(window)) == 21


def test_the_track_counts_show_whole_at_the_default_size(qtbot, planner, settings):
    window = MainWindow(planner, settings)  # the size it opens at, no saved layout
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    nav, model = window.nav, window.nav_model
    tracks = model.index_of(Kind.TRACKS)
    metrics = nav.fontMetrics()
    for row in range(model.rowCount(tracks)):
        index = model.index(row, 0, tracks)
        label, count = index.data(NavModel.LabelRole), str(index.data(NavModel.CountRole))
        needed = metrics.horizontalAdvance(label) + 8 + metrics.horizontalAdvance(count) + 16
        assert nav.visualRect(index).width() >= needed, index.data()  # the swatch, then both
    window.close()


def test_keyboard_walks_from_the_tree_into_the_list(qtbot, window):
    window.nav.setFocus()
    window.select_nav(Kind.ALL)
    qtbot.keyClick(window.nav, Qt.Key_Down)  # to "My agenda"
    assert window.center.currentWidget() is window.agenda
    qtbot.keyClick(window.nav, Qt.Key_Up)
    assert window.center.currentWidget() is window.session_list


def test_ctrl_f_focuses_the_search_box(qtbot, window):
    window.session_list.table.setFocus()
    qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    qtbot.waitUntil(window.session_list.search_box.hasFocus)


def type_with_input_method(widget, text: str) -> None:
    """Chinese arrives through the input method: one committed character at a time."""
    widget.setFocus()
    for char in text:
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)


def test_search_matches_traditional_and_simplified_chinese_alike(qtbot, window):
    box = window.session_list.search_box
    type_with_input_method(box, "自動駕駛")
    assert box.text() == "自動駕駛"
    qtbot.waitUntil(window.session_list.search_settled)
    traditional = set(shown_keys(window))
    box.clear()
    assert len(shown_keys(window)) == 21
    type_with_input_method(box, "自动驾驶")
    qtbot.waitUntil(window.session_list.search_settled)
    simplified = set(shown_keys(window))
    assert traditional == simplified
    assert "gtc2025/S74412" in simplified
    assert 0 < len(simplified) < 21


def test_only_the_newest_search_is_shown_and_it_combines_with_the_track(qtbot, window, planner):
    window.select_nav(Kind.TRACK, "Technical - Advanced")
    box = window.session_list.search_box
    type_with_input_method(box, "自")  # its answer may still be coming when the next keys land
    type_with_input_method(box, "动驾驶")
    qtbot.waitUntil(window.session_list.search_settled)
    expected = planner.sessions(SessionFilter(track="Technical - Advanced", search="自动驾驶"))
    assert set(shown_keys(window)) == {view.key for view in expected}
    qtbot.wait(200)  # a late answer for "自" must not replace it
    assert set(shown_keys(window)) == {view.key for view in expected}
    window.select_nav(Kind.ALL)
    everywhere = planner.sessions(SessionFilter(search="自动驾驶"))
    assert set(shown_keys(window)) == {view.key for view in everywhere}


def test_down_from_the_search_box_enters_the_list(qtbot, window):
    window.session_list.search_box.setFocus()
    qtbot.keyClick(window.session_list.search_box, Qt.Key_Down)
    assert window.session_list.table.hasFocus()
    assert window.detail.key is not None


def test_the_window_survives_many_thousand_qt_calls(qtbot, window):
    # PySide6 6.12.0 on CPython 3.11 loses a reference to None or True on each of these;
    # planner.gui.pyside_fixes keeps the process from aborting.
    label = window.counts
    for _ in range(30_000):
        label.setText("x")
        window.session_list.model.headerDataChanged.emit(Qt.Horizontal, 0, 0)
    QApplication.processEvents()


def test_space_stars_the_current_row_and_undo_redo_follow(qtbot, window, planner):
    window.session_list.focus_table()
    select(qtbot, window, KEYNOTE)
    qtbot.keyClick(window.session_list.table, Qt.Key_Space)
    assert KEYNOTE in planner.picks()
    assert (
        window.session_list.model.index(
            window.session_list.model.row_of_key(KEYNOTE), M.COL_STAR
        ).data()
        == "★3"
    )
    qtbot.keyClick(window, Qt.Key_4, Qt.ControlModifier)
    assert planner.picks()[KEYNOTE].priority == 4
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert planner.picks()[KEYNOTE].priority == 3
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert KEYNOTE not in planner.picks()
    assert window.detail.star_text() == "☆ Star"
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert KEYNOTE in planner.picks()
    assert window.detail.star_text() == "★ Starred"


def test_every_action_has_a_shortcut_and_a_menu(window):
    in_menus = set()
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            in_menus.add(action)
            if action.menu():
                in_menus.update(action.menu().actions())
    a = window.menu_actions
    fixed = [a.import_file, a.open_agenda, a.save_agenda, a.export_calendar, a.show_overlay,
             a.quit, a.undo, a.redo, a.find, a.star, *a.priorities, a.edit_note,
             a.watch_later, a.keep_best, a.show_all, a.show_agenda, a.focus_nav, a.what_changed,
             a.whats_on, a.show_hidden, a.zone_conference, a.zone_local, a.about]  # fmt: skip
    for action in fixed:
        assert action in in_menus, action.text()
        assert not action.shortcut().isEmpty(), action.text()
    keys = [key.toString() for action in fixed for key in action.shortcuts()]
    assert len(keys) == len(set(keys)), "two commands share a shortcut"


def test_the_conference_shown_is_chosen_in_the_view_menu_and_remembered(
    qtbot, planner, settings, fixtures
):
    planner.import_file(fixtures / "pretalx" / "democamp.json")
    window = MainWindow(planner, settings)
    qtbot.addWidget(window)
    assert window.conference.id == "democamp"  # the one imported last is the current one
    entries = {action.text(): action for action in window.conference_menu.actions()}
    assert set(entries) == {"NVIDIA GTC 2025", "DemoCamp 2020"}
    entries["NVIDIA GTC 2025"].trigger()
    assert window.session_list.model.shown_count == 21
    assert window.windowTitle() == "NVIDIA GTC 2025 - Conference Planner"
    window.close()
    assert planner.current_conference_id() == "gtc2025"  # the command line's choice too
    again = MainWindow(planner, Settings())
    qtbot.addWidget(again)
    assert again.conference.id == "gtc2025"


def test_the_window_opens_on_the_conference_the_command_line_chose(
    qtbot, planner, settings, fixtures, capsys
):
    from planner.cli import main

    planner.import_file(fixtures / "pretalx" / "democamp.json")
    window = MainWindow(planner, settings)  # shown once on DemoCamp: remembered in settings
    qtbot.addWidget(window)
    window.close()
    assert main(["--db", str(planner.db_path), "use", "gtc2025"]) == 0
    assert "gtc2025 (NVIDIA GTC 2025) is now the current conference" in capsys.readouterr().out
    again = MainWindow(planner, Settings())
    qtbot.addWidget(again)
    assert again.conference.id == "gtc2025"
    assert again.windowTitle() == "NVIDIA GTC 2025 - Conference Planner"


def test_an_empty_database_opens_an_empty_window(qtbot, db_path, settings):
    with Planner(db_path) as empty:
        window = MainWindow(empty, settings)
        qtbot.addWidget(window)
        assert window.windowTitle() == "no conference loaded - Conference Planner"
        assert window.session_list.model.shown_count == 0
        window.menu_actions.star.trigger()
        window.menu_actions.show_agenda.trigger()
        assert window.counts.text() == "0 picks · 0 clashes"
        window.close()


# --- the detail pane --------------------------------------------------------------------------


def test_the_detail_pane_shows_the_assumed_mark_and_its_note(qtbot, window):
    select(qtbot, window, CLASHING[0])
    facts = window.detail.facts
    assert facts.title.text() == "使用投机采样和计算通信 Overlap 提升 LLM 推理效率"
    assert facts.when.text().startswith("Mon 17 Mar 19:30–20:10")
    assert facts.mark.isVisible() and "Assumed" in facts.mark.text()
    assert "not the date" in facts.time_note.text()
    assert facts.room.text() == "APAC Simulive Room 4"
    select(qtbot, window, KEYNOTE)
    assert not facts.mark.isVisible()


def detail_fits(window: MainWindow) -> bool:
    """Whether the detail pane's fields fit its width (it does not scroll sideways)."""
    pane = window.detail
    return pane.viewport().width() >= pane.widget().minimumSizeHint().width()


@pytest.mark.parametrize("how", ["dragged", "restored"])
def test_the_detail_pane_cannot_be_narrowed_until_its_fields_are_cut_off(
    qtbot, planner, settings, how
):
    window = MainWindow(planner, settings)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    select(qtbot, window, KEYNOTE)
    assert detail_fits(window)
    nav, center, detail = window.splitter.sizes()
    if how == "dragged":  # the handle as far right as it goes
        window.splitter.moveSplitter(nav + center + detail, 2)
    else:  # a layout saved by a window whose pane was narrow
        window.splitter.setSizes([nav, center + detail - 90, 90])
        settings.set_geometry("splitter", window.splitter.saveState())
        window.close()
        window = MainWindow(planner, settings)
        qtbot.addWidget(window)
        window.resize(1400, 860)
        window.show()
        qtbot.waitExposed(window)
        select(qtbot, window, KEYNOTE)
    assert window.detail.isVisible()
    qtbot.waitUntil(lambda: detail_fits(window), timeout=2000)  # once the splitter lays out


def test_markup_in_a_title_is_shown_as_those_characters(qtbot, db_path, settings):
    title = "<img src=x> <b>bold</b>"
    start = datetime(2025, 5, 1, 9, tzinfo=UTC)
    session = Session(
        key="xss/1", conference_id="xss", title=title, code="X1", track="<i>t</i>",
        start=start, end=start.replace(hour=10), time_status=TimeStatus.CONFIRMED,
        room="<u>r</u>", summary="<script>alert(1)</script>",
    )  # fmt: skip
    catalog = Catalog(Conference("xss", "Markup test", "UTC"), (session,))
    with Planner(db_path) as planner:
        planner.store_catalog(catalog, source="test")
        window = MainWindow(planner, settings)
        qtbot.addWidget(window)
        window.show()
        model = window.session_list.model
        assert model.index(0, M.COL_TITLE).data() == title
        assert "&lt;img src=x&gt;" in model.index(0, M.COL_TITLE).data(Qt.ToolTipRole)
        select(qtbot, window, "xss/1")
        facts = window.detail.facts
        assert facts.title.text() == title
        assert facts.title.textFormat() == Qt.PlainText
        assert facts.room.text() == "<u>r</u>" and facts.track.text() == "<i>t</i>"
        assert window.detail.summary.text() == "<script>alert(1)</script>"
        assert window.detail.summary.textFormat() == Qt.PlainText
        window.close()


def test_the_note_editor_saves_itself(qtbot, window, planner):
    window.picks.star([KEYNOTE, CLASHING[0]])
    select(qtbot, window, KEYNOTE)
    editor = window.detail.note_editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Bring water")
    assert editor.pending
    qtbot.waitUntil(lambda: planner.picks()[KEYNOTE].note == "Bring water", timeout=3000)
    qtbot.keyClicks(editor, ", arrive early")
    select(qtbot, window, CLASHING[0])  # switching session saves at once
    assert planner.picks()[KEYNOTE].note == "Bring water, arrive early"
    select(qtbot, window, KEYNOTE)
    assert editor.toPlainText() == "Bring water, arrive early"


def test_a_note_typed_just_before_closing_is_kept(qtbot, window, planner):
    window.picks.star([KEYNOTE])
    select(qtbot, window, KEYNOTE)
    qtbot.keyClicks(window.detail.note_editor, "last words")
    window.close()
    assert planner.picks()[KEYNOTE].note == "last words"


def test_an_unstarred_session_has_no_note_to_edit(qtbot, window):
    select(qtbot, window, KEYNOTE)
    assert window.detail.note_editor.isReadOnly()


# --- time zones -------------------------------------------------------------------------------


def test_the_time_zone_switch_changes_times_and_is_remembered(qtbot, window, planner, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    select(qtbot, window, CLASHING[0])
    assert time_text(window, CLASHING[0]) == "Mon 19:30–20:10"
    window.menu_actions.zone_local.trigger()
    assert time_text(window, CLASHING[0]) == "Tue 10:30–11:10"
    assert "Asia/Shanghai" in window.session_list.zone_label.text()
    assert window.session_list.model.headerData(M.COL_TIME, Qt.Horizontal) == "Time (CST)"
    assert window.detail.facts.when.text().startswith("Tue 18 Mar 10:30–11:10")
    # The days follow this computer's clock too: 10:30 on Tuesday in Shanghai is Tuesday's.
    window.select_nav(Kind.DAY, date(2025, 3, 18))
    assert CLASHING[0] in shown_keys(window)
    window.close()
    again = MainWindow(planner, Settings())
    qtbot.addWidget(again)
    assert Settings().zone_choice is ZoneChoice.LOCAL
    assert again.menu_actions.zone_local.isChecked()
    assert time_text(again, CLASHING[0]) == "Tue 10:30–11:10"
    again.menu_actions.zone_conference.trigger()
    assert time_text(again, CLASHING[0]) == "Mon 19:30–20:10"


# --- errors -----------------------------------------------------------------------------------


def test_a_file_that_cannot_be_read_is_reported_and_nothing_is_lost(
    qtbot, window, planner, dialogs, monkeypatch, tmp_path
):
    window.picks.star([KEYNOTE])
    bad = tmp_path / "notes.txt"
    bad.write_text("this is not a schedule\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    with qtbot.waitSignal(window.importer.done, timeout=20_000):
        window.menu_actions.import_file.trigger()
    assert len(dialogs.shown) == 1
    what, advice = dialogs.shown[0]
    assert str(bad) in what and "Nothing was changed" in advice
    assert window.session_list.model.shown_count == 21
    assert KEYNOTE in planner.picks()


def test_importing_a_schedule_shows_it(qtbot, window, fixtures, monkeypatch, dialogs):
    path = fixtures / "pretalx" / "democamp.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(window.importer.done, timeout=20_000):
        window.menu_actions.import_file.trigger()
    assert dialogs.shown == []
    assert window.conference.id == "democamp"
    assert window.session_list.model.shown_count == 11
    assert "Imported 11 sessions" in window.statusBar().currentMessage()


def test_a_database_that_cannot_be_opened_is_reported_and_left_alone(qtbot, tmp_path, dialogs):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not an SQLite database" * 100)
    before = broken.read_bytes()
    assert gui_app.open_planner(broken) is None  # the recorded dialog answers "Quit"
    assert len(dialogs.shown) == 1
    assert str(broken) in dialogs.shown[0][0]
    assert broken.read_bytes() == before


def test_run_gui_opens_a_window_on_the_bundled_catalog(qtbot, tmp_path):
    seen: list[str] = []

    def look_and_close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.counts.text())
                widget.close()
        QApplication.quit()

    QTimer.singleShot(0, look_and_close)
    app = QApplication.instance()
    before = set(app.findChildren(QTranslator))
    try:
        assert gui_app.run_gui(tmp_path / "new" / "planner.sqlite3", []) == 0
    finally:
        for translator in set(app.findChildren(QTranslator)) - before:
            app.removeTranslator(translator)
        # The window's closing quits the application a second time, after exec returned:
        # that would end every later modal dialog's event loop at once. Run one more
        # application loop to take it.
        QTimer.singleShot(0, app.quit)
        app.exec()
    assert seen == ["21 sessions shown · 0 picks · 0 clashes"]


# --- reading care -----------------------------------------------------------------------------


def test_a_missing_font_is_reported_once_in_the_status_bar(window):
    unreadable = "\U000f0000\U000f0001"  # private-use plane: no font draws these
    assert not can_draw(unreadable)
    # On a machine without a CJK font the window has already said so for the GTC titles.
    window.font_warning = ""
    assert window.warn_if_unreadable(unreadable)
    assert "fonts-noto-cjk" in window.statusBar().currentMessage()
    assert not window.warn_if_unreadable(unreadable)


@pytest.mark.parametrize(
    ("name", "language"),
    [("zh_TW", TRADITIONAL), ("zh_HK", TRADITIONAL), ("zh_CN", SIMPLIFIED),
     ("zh_SG", SIMPLIFIED), ("en_US", ENGLISH), ("de_DE", ENGLISH)],
)  # fmt: skip
def test_the_language_follows_the_system_locale(name, language):
    assert language_for(QLocale(name)) == language


def test_chinese_translations_are_shipped_and_used(qtbot, planner, settings):
    folder = translations_dir()
    assert folder is not None
    for language in (SIMPLIFIED, TRADITIONAL, ENGLISH):
        assert (folder / f"planner_{language}.qm").is_file()
    app = QApplication.instance()
    before = set(app.findChildren(QTranslator))
    try:
        assert install_translations(app, QLocale("zh_TW")) == TRADITIONAL
        window = MainWindow(planner, settings)
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert all(not text.replace("&", "").isascii() for text in menus), menus
        assert window.nav_model.index_of(Kind.AGENDA).data().startswith("我的")
        file_menu = window.menuBar().actions()[0].menu()
        entries = [a.text() for a in file_menu.actions() if not a.isSeparator()]
        assert all(not text.replace("&", "").isascii() for text in entries), entries
        assert window.changes_panel.windowTitle() == "變動內容"
    finally:
        for translator in set(app.findChildren(QTranslator)) - before:
            app.removeTranslator(translator)
            translator.deleteLater()


def test_a_first_start_takes_most_of_the_screen_for_the_titles(qtbot, planner, settings):
    assert first_size(QSize(1400, 900)) == QSize(1260, 810)
    assert first_size(QSize(1024, 600)) == QSize(921, 540)
    assert first_size(QSize(3840, 2160)) == QSize(1680, 1050)  # no wider than a title needs
    fresh = MainWindow(planner, settings)
    qtbot.addWidget(fresh)
    screen = fresh.screen().availableGeometry().size()
    assert fresh.size() == first_size(screen)
