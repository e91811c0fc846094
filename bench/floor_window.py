"""The floor of the first painted window: a bare PySide6 table over the same rows.

    python3 bench/floor_window.py --db catalog.sqlite3 [--started-at EPOCH]

A QMainWindow holding one QTableView over a minimal QAbstractTableModel, whose rows are the
session list the planner's window shows first (time, code, title, track, room of every session
of the conference, in list order), read with ``sqlite3``. Time from process start to the end
of the first paint of the window, measured as ``bench_first_window.py`` measures the planner.
"""

from __future__ import annotations

import time

SCRIPT_STARTED = time.time()

import argparse  # noqa: E402  (after the clock starts)
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sqlite3  # noqa: E402
import sys  # noqa: E402
from datetime import datetime  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget  # noqa: E402

HEADERS = ("When", "Code", "Title", "Track", "Room")


class Rows(QAbstractTableModel):
    def __init__(self, rows: list[tuple[object, ...]], zone: ZoneInfo) -> None:
        super().__init__()
        self._rows, self._zone = rows, zone

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        if index.column() == 0:
            start = row[0]
            return "" if start is None else f"{datetime.fromtimestamp(start, self._zone):%a %H:%M}"
        return row[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None


class FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app, self.painted_at = app, None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        painted = self.painted_at is None and event.type() == QEvent.Type.Paint
        if painted and isinstance(watched, QWidget) and isinstance(watched.window(), QMainWindow):
            self.painted_at = 0.0
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        self.painted_at = time.time()
        self.app.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description="The bare-table floor of the first window.")
    parser.add_argument("--db", required=True)
    parser.add_argument("--started-at", type=float, default=SCRIPT_STARTED)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    watcher = FirstPaint(app)
    app.installEventFilter(watcher)
    db = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    conference, zone = db.execute("SELECT id, timezone FROM conference").fetchone()
    rows = db.execute(
        "SELECT s.start_ts, s.code, s.title, t.name, r.name FROM session s "
        "LEFT JOIN track t ON t.id = s.track_id LEFT JOIN room r ON r.id = s.room_id "
        "WHERE s.conference_id = ? ORDER BY s.start_ts IS NULL, s.start_ts, s.title, s.key",
        (conference,),
    ).fetchall()
    window = QMainWindow()
    table = QTableView()
    model = Rows(rows, ZoneInfo(zone))
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1200, 800)
    window.show()
    app.exec()
    seconds = (watcher.painted_at or time.time()) - args.started_at
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"bare table of {len(rows):,} rows painted {seconds * 1000:.0f} ms after the start")
    print("RESULT " + json.dumps({"seconds": seconds, "rows": len(rows), "peak_rss_mb": peak}))


if __name__ == "__main__":
    main()
