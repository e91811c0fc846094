"""The window's calendar sync (against a real Radicale server) and its printed agenda."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from planner.formats.ics_export import event_uid
from planner.gui.main_window import MainWindow
from planner.gui.sharing.pocket_pdf import render
from planner.gui.sharing.print_flow import PdfOptionsDialog
from planner.gui.sharing.sync_dialog import SyncDialog
from planner.services import passwords
from tests.sync.radicale import PASSWORD, USER, Radicale, null_keyring, running_radicale

pytestmark = pytest.mark.gui

KEYNOTE, SPECULATIVE = "gtc2025/S72484", "gtc2025/S72643"
SYNC_SECONDS = 30_000  # ms, for a sync against a local server (it takes well under one)
POPPLER = shutil.which("pdftotext") is not None


@pytest.fixture()
def radicale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Radicale]:
    with null_keyring(monkeypatch):
        yield from running_radicale(tmp_path / "radicale")


def on_server(radicale: Radicale) -> dict[str, icalendar.Event]:
    with radicale.client() as client:
        found = {}
        for item in client.calendar(url=radicale.url()).events():
            (event,) = icalendar.Calendar.from_ical(item.data).walk("VEVENT")
            found[str(event["UID"])] = event
        return found


def open_sync_dialog(window: MainWindow) -> SyncDialog:
    window.menu_actions.sync_calendar.trigger()
    dialog = window.calendar_sync.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def fill_in(dialog: SyncDialog, radicale: Radicale, password: str = PASSWORD) -> None:
    dialog.url.setText(radicale.url())
    dialog.user.setText(USER)
    dialog.password.setText(password)


def press(qtbot, window: MainWindow, button) -> object:
    with qtbot.waitSignal(window.calendar_sync.synced, timeout=SYNC_SECONDS) as blocker:
        button.click()
    return blocker.args[0]


def test_test_button_then_sync_now_puts_the_picks_on_the_server(qtbot, window, radicale):
    window.picks.star([KEYNOTE, SPECULATIVE])
    dialog = open_sync_dialog(window)
    assert not dialog.remember.isEnabled()  # no keyring here: not offered
    fill_in(dialog, radicale)
    outcome = press(qtbot, window, dialog.test_button)
    assert outcome.created_on_sync
    assert "Sync now creates it" in dialog.outcome_label.text()
    press(qtbot, window, dialog.sync_button)
    assert "2 created" in dialog.outcome_label.text()
    assert set(on_server(radicale)) == {event_uid(KEYNOTE), event_uid(SPECULATIVE)}
    dialog.reject()
    assert window.settings.sync_url == radicale.url() and window.settings.sync_user == USER
    assert PASSWORD not in Path(window.settings._store.fileName()).read_text()


def test_a_wrong_password_is_shown_in_the_dialog(qtbot, window, radicale):
    dialog = open_sync_dialog(window)
    fill_in(dialog, radicale, password="not-it")
    outcome = press(qtbot, window, dialog.sync_button)
    assert outcome.error and "401" in dialog.outcome_label.text()
    assert radicale.base in dialog.outcome_label.text()
    dialog.reject()


def test_automatic_sync_follows_each_change_of_picks(qtbot, window, radicale):
    dialog = open_sync_dialog(window)
    fill_in(dialog, radicale)
    dialog.automatic.setChecked(True)
    press(qtbot, window, dialog.sync_button)  # the password is now known for the session
    dialog.reject()
    assert window.settings.sync_automatically
    with qtbot.waitSignal(window.calendar_sync.synced, timeout=SYNC_SECONDS):
        window.picks.star([KEYNOTE])
    assert set(on_server(radicale)) == {event_uid(KEYNOTE)}
    with qtbot.waitSignal(window.calendar_sync.synced, timeout=SYNC_SECONDS):
        window.picks.unstar([KEYNOTE])
    assert on_server(radicale) == {}
    assert "Synced to" in window.statusBar().currentMessage()


def test_automatic_sync_failing_says_so_in_the_status_bar(qtbot, window, radicale, monkeypatch):
    monkeypatch.setenv(passwords.ENVIRONMENT, PASSWORD)
    window.settings.sync_url, window.settings.sync_user = radicale.url(), USER
    window.settings.sync_automatically = True
    radicale.stop()
    with qtbot.waitSignal(window.calendar_sync.synced, timeout=SYNC_SECONDS) as blocker:
        window.picks.star([KEYNOTE])
    assert blocker.args[0].error
    message = window.statusBar().currentMessage()
    assert message.startswith("Calendar sync failed") and "cannot reach the server" in message
    assert KEYNOTE in window.planner.picks()  # the pick stands


def test_server_edits_are_named_and_the_user_can_put_the_picks_back(
    qtbot, window, radicale, modals
):
    window.picks.star([KEYNOTE])
    dialog = open_sync_dialog(window)
    fill_in(dialog, radicale)
    press(qtbot, window, dialog.sync_button)
    with radicale.client() as client:
        item = client.calendar(url=radicale.url()).event_by_uid(event_uid(KEYNOTE))
        item.icalendar_component["SUMMARY"] = "changed on my phone"
        item.save()
    window.picks.save_note(KEYNOTE, "front row")
    modals.click("Put my picks back")
    outcomes: list[object] = []
    window.calendar_sync.synced.connect(outcomes.append)
    dialog.sync_button.click()  # reports the edit, asks, then syncs again
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=SYNC_SECONDS)
    assert outcomes[0].report.edited_on_server == (KEYNOTE,)
    assert outcomes[1].report.updated == (KEYNOTE,)
    text, _ = modals.texts[0]
    assert "GTC 2025 Keynote" in text
    assert "changed on my phone" not in str(on_server(radicale)[event_uid(KEYNOTE)]["SUMMARY"])
    assert "front row" in str(on_server(radicale)[event_uid(KEYNOTE)]["DESCRIPTION"])
    dialog.reject()


@pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext) not installed")
def test_export_pdf_writes_the_agenda_on_the_chosen_paper(
    qtbot, window, modals, tmp_path, monkeypatch
):
    window.picks.star([KEYNOTE, SPECULATIVE])
    out = tmp_path / "mine.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))

    def pocket(dialog: PdfOptionsDialog) -> None:
        dialog.page.setCurrentIndex(dialog.page.findData("a6"))
        dialog.accept()

    modals.answer(PdfOptionsDialog, pocket)
    window.menu_actions.export_pdf.trigger()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "GTC 2025 Keynote" in text and "使用投机采样" in text.replace("\n", "")
    assert window.settings.pdf_page == "a6"
    assert str(out) in window.statusBar().currentMessage()


@pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext) not installed")
def test_printing_draws_the_same_agenda_on_a_printer(window, tmp_path):
    window.picks.star([KEYNOTE])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = render(window.planner.pocket_agenda(), printer, window.zone)
    assert pages == 1
    text = subprocess.run(["pdftotext", str(tmp_path / "printed.pdf"), "-"],
                          capture_output=True, text=True).stdout  # fmt: skip
    assert "GTC 2025 Keynote" in text and "SAP Center" in text and "10:00" in text
