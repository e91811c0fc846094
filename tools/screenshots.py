#!/usr/bin/env python3
"""Regenerate the window's pictures in docs/screenshots/ from the real window.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots.py

Runs the window on a temporary database holding the bundled GTC 2025 catalog, under the
current display, with settings kept in a temporary folder (the user's own are not touched):

- main-window.png: the session list with a Chinese session open in the detail pane;
- agenda-clash.png: "My agenda" after bookmarking the two clashing sessions S72643 and S71942;
- now-next.png: a conference added from a URL (the LiveCon test schedule, served on 127.0.0.1)
  and refreshed after its organisers moved, re-roomed and cancelled talks, seen at 10:10 on its
  first day: the Now and next strip at the top, the What changed panel below.

With FOSDEM 2025 at ../shared/corpus/schedules/fosdem_2025.xml (it is not in the repository;
``--fosdem PATH`` names another copy), four more, of a 943-talk conference:

- fosdem-rooms.png: one room's talks on Saturday, sorted by start, five starred, the clashes
  marked in the list (two of the stars are in another room at the same time);
- fosdem-agenda.png: "My agenda" with 40 picks over Saturday, the watch-later and alternative
  picks shown too (lanes at their least width, the day scrolling sideways);
- fosdem-decisions.png: the decisions those five picks leave, moment by moment;
- fosdem-gaps.png: "What's on then?" for a free stretch of the day.

``--locale zh_CN`` (or zh_TW) takes the pictures with the Chinese interface, ``--dark`` with
a dark palette (to check that both schemes read), ``--size 1024x768`` at another window size,
``--out DIR`` writes them elsewhere. Install a CJK font first (fonts-noto-cjk on
Debian/Ubuntu), or the Chinese titles show as boxes.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner.gui.agenda.agenda_page import TAB_DECISIONS  # noqa: E402
from planner.gui.browse.nav_model import Kind  # noqa: E402
from planner.gui.browse.session_model import SessionTableModel  # noqa: E402
from planner.gui.i18n import install_translations  # noqa: E402  (after sys.path)
from planner.gui.main_window import MainWindow  # noqa: E402
from planner.gui.settings import APPLICATION, ORGANIZATION, Settings  # noqa: E402
from planner.services.planner import Planner  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1400, 860)
FOSDEM = ROOT.parent / "shared" / "corpus" / "schedules" / "fosdem_2025.xml"
SATURDAY = date(2025, 2, 1)
ROOM = "UD2.120 (Chavanne)"  # the Go devroom: a day of talks back to back
CLASHING = ("gtc2025/S72643", "gtc2025/S71942")
KEYNOTE = "gtc2025/S72484"
OPEN_IN_DETAIL = "gtc2025/S74412"  # NVIDIA 全面赋能端到端自动驾驶
LIVE_FIXTURES = ROOT / "tests" / "services" / "live_fixtures"
LIVE_PICKS = [f"livecon25/livecon-{n}" for n in (102, 103, 104, 105)]
LIVE_NOW = datetime(2025, 6, 14, 8, 10, tzinfo=UTC)  # 10:10 in Brussels, the first day


def settle(milliseconds: int = 300) -> None:
    """Let layouts, deferred deletes and paints finish before grabbing."""
    QApplication.processEvents()
    QTest.qWait(milliseconds)


def save(widget: QWidget, name: str, out: Path) -> Path:
    settle()
    path = out / name
    if not widget.grab().save(str(path)):
        sys.exit(f"screenshots: could not write {path}")
    print(f"wrote {path}")
    return path


def main_window_picture(window: MainWindow, out: Path) -> Path:
    window.picks.star([KEYNOTE])
    window.select_nav(Kind.ALL)
    window.session_list.select_key(OPEN_IN_DETAIL)
    window.session_list.focus_table()
    return save(window, "main-window.png", out)


def agenda_picture(window: MainWindow, out: Path) -> Path:
    window.picks.star(CLASHING)
    window.picks.set_priority(CLASHING[0], 4)
    window.select_nav(Kind.AGENDA)
    window.agenda.timeline.select(CLASHING[0])
    window.agenda.timeline.setFocus()
    return save(window, "agenda-clash.png", out)


class FixedClock:
    """The window's clock stopped at one moment of the conference."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


def serve_schedule(versions: dict[str, bytes]) -> tuple[ThreadingHTTPServer, str]:
    """A server on 127.0.0.1 (a free port) for /schedule.xml: ``versions["now"]`` with its ETag."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = versions["now"]
            etag = f'"{hash(body) & 0xFFFF:x}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/schedule.xml"


def wait_for_fetch(window: MainWindow) -> None:
    deadline = time.monotonic() + 30
    while window.live.runner.busy and time.monotonic() < deadline:
        settle(50)


def now_next_picture(window: MainWindow, out: Path) -> Path:
    versions = {"now": (LIVE_FIXTURES / "schedule-v1.xml").read_bytes()}
    server, url = serve_schedule(versions)
    try:
        window.live.timer.stop()
        window.live.clock = FixedClock(LIVE_NOW)
        window.live.add_url(url)
        wait_for_fetch(window)
        window.picks.star(LIVE_PICKS)
        versions["now"] = (LIVE_FIXTURES / "schedule-v2.xml").read_bytes()
        window.live.refresh_shown()
        wait_for_fetch(window)
        window.live.update_now()
        window.select_nav(Kind.ALL)
        window.session_list.select_key(LIVE_PICKS[1])
        return save(window, "now-next.png", out)
    finally:
        server.shutdown()


# --- FOSDEM 2025 ----------------------------------------------------------------------------


def _saturday(window: MainWindow, room: str | None = None) -> list[str]:
    """Keys of Saturday's talks (in one room), by start."""
    rows = window.session_list.model.rows()
    return [
        r.key for r in rows if r.day == SATURDAY and r.start and (room is None or r.room == room)
    ]


def _overlapping(window: MainWindow, key: str, room: str) -> str | None:
    """A talk in another room that runs while ``key`` does."""
    model = window.session_list.model
    mine = model.listing_row(key)
    assert mine is not None and mine.start and mine.end
    for row in model.rows():
        elsewhere = row.room not in (room, None) and row.day == SATURDAY
        if elsewhere and row.start and row.end and row.start < mine.end and mine.start < row.end:
            return row.key
    return None


def fosdem_pictures(window: MainWindow, out: Path) -> list[Path]:
    window.load_catalog("fosdem-2025")
    window.select_nav(Kind.DAY, SATURDAY)
    window.select_nav(Kind.ROOM, ROOM)
    header = window.session_list.table.horizontalHeader()
    header.setSortIndicator(SessionTableModel.COL_TIME, Qt.SortOrder.AscendingOrder)
    in_room = _saturday(window, ROOM)
    starred = in_room[1:4]
    rivals = [k for k in (_overlapping(window, key, ROOM) for key in starred[:2]) if k]
    window.picks.star(rivals)  # picked first, elsewhere: the room's talks clash with them
    window.picks.star(starred)
    window.session_list.select_key(starred[0])
    window.session_list.focus_table()
    pictures = [save(window, "fosdem-rooms.png", out)]
    window.select_nav(Kind.AGENDA)
    window.agenda.show_tab(TAB_DECISIONS)
    pictures.append(save(window, "fosdem-decisions.png", out))
    slots = window.refresh.free_slots()
    if slots:
        window.show_others_at(*slots[len(slots) // 2])
        pictures.append(save(window, "fosdem-gaps.png", out))
    many = _saturday(window)[::10][:40]
    window.picks.star([k for k in many if k not in window.agenda_store.state.picks])
    window.agenda.set_folded(False)
    window.agenda.show_panel(False)
    pictures.append(save(window, "fosdem-agenda.png", out))
    return pictures


def dark_palette() -> QPalette:
    """A dark scheme like the desktops' own, for checking that every colour still reads."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#333333",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#8c8c8c",
        QPalette.ColorRole.ToolTipBase: "#333333",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    return palette


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--locale", default="en_GB", help="interface locale (en_GB, zh_CN, zh_TW)")
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default {OUT})")
    parser.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}", help="window size, WxH")
    parser.add_argument("--fosdem", type=Path, default=FOSDEM, help="FOSDEM 2025 schedule.xml")
    args = parser.parse_args()
    size = tuple(int(n) for n in args.size.lower().split("x"))
    app = QApplication(sys.argv[:1])
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    QLocale.setDefault(QLocale(args.locale))
    install_translations(app, QLocale(args.locale))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        with Planner(Path(scratch) / "planner.sqlite3") as planner:
            planner.ensure_bundled_catalog()
            window = MainWindow(planner, Settings())
            window.resize(*size)
            window.show()
            settle(500)
            main_window_picture(window, args.out)
            agenda_picture(window, args.out)
            if args.fosdem.exists():
                planner.import_file(args.fosdem)
                fosdem_pictures(window, args.out)
            else:
                print(f"screenshots: no {args.fosdem}: the FOSDEM pictures are left as they are")
            # Last: its clock stands on the LiveCon day, and its What changed panel stays open.
            now_next_picture(window, args.out)
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
