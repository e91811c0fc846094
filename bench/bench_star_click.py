"""What one star click in the window costs: SQL statements, transactions, fsyncs, milliseconds.

    .venv/bin/python bench/bench_star_click.py [--xml SCHEDULE] [--picks 16] [--clicks 20]

Opens the real main window (offscreen unless a display is set) on a temporary database
holding FOSDEM 2025 from ../shared/corpus when it is there (943 talks), else a generated
1,000-session catalog, with ``--picks`` sessions already starred. It then presses Space on
``--clicks`` rows of the session list, one after another (a star, then an unstar of the same
row, and so on), the way a user stars from the keyboard, and counts for each press, on the
window's thread and on any other thread of the process apart:

- the SQL statements the planner's engine ran (SQLAlchemy's events: every statement, BEGIN,
  COMMIT and ROLLBACK included), and the write (BEGIN IMMEDIATE) and read transactions;
- the session rows read (``catalog_repo._build`` and ``listing``, wrapped);
- fsync calls (the backup of the picks), and the milliseconds until the window has handled
  every event the press caused.

Between presses, work the window left to a background thread (if any) is waited for outside
the timing. The target: at most one write transaction and a handful of statements per click.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import ROOT, emit
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from planner.services.planner import Planner
from planner.storage import catalog_repo

FOSDEM = ROOT.parent / "shared" / "corpus" / "schedules" / "fosdem_2025.xml"
STATEMENT_TARGET = 8  # "a handful"
_CONTROL = {"BEGIN", "BEGIN IMMEDIATE", "COMMIT", "ROLLBACK"}
WRITE_TARGET = 1


class Tally:
    """What the process did while counting, split by the thread that did it."""

    def __init__(self) -> None:
        self.ui = threading.get_ident()
        self.counting = False
        self.statements: Counter[str] = Counter()
        self.rows: Counter[str] = Counter()
        self.fsyncs: Counter[str] = Counter()
        self.lines: list[str] = []

    def where(self) -> str:
        return "window" if threading.get_ident() == self.ui else "other"

    def statement(self, sql: str) -> None:
        if not self.counting or sql.startswith("--"):  # "-- TRIGGER ...": not a statement
            return
        where = self.where()
        self.statements[where] += 1
        first = sql.lstrip().split(None, 2)
        verb = " ".join(first[:2]).upper() if first[:1] == ["BEGIN"] else first[0].upper()
        self.statements[f"{where} {verb}"] += 1
        if verb not in _CONTROL:
            self.statements[f"{where} query"] += 1
        self.lines.append(f"{where}: {' '.join(sql.split())[:110]}")

    def reset(self) -> None:
        self.statements.clear()
        self.rows.clear()
        self.fsyncs.clear()
        self.lines.clear()


def watch_sql(planner: Planner, tally: Tally) -> None:
    """Count every statement the planner's engine runs, and every COMMIT and ROLLBACK.

    SQLAlchemy's events rather than SQLite's trace callback: the trace reports each statement
    a trigger runs as the statement that fired it, once more.
    """
    engine = planner._db.engine  # the bench looks inside on purpose: it measures the storage

    def statement(_conn: Any, _cursor: Any, sql: str, *_args: object) -> None:
        tally.statement(sql)

    event.listen(engine, "before_cursor_execute", statement)
    event.listen(engine, "commit", lambda _conn: tally.statement("COMMIT"))
    event.listen(engine, "rollback", lambda _conn: tally.statement("ROLLBACK"))


def watch_rows(tally: Tally) -> None:
    build, listing = catalog_repo._build, catalog_repo.listing

    def counted_build(orm: Any, rows: Any) -> Any:
        if tally.counting:
            tally.rows[tally.where()] += len(rows)
        return build(orm, rows)

    def counted_listing(orm: Any, conference_id: str) -> Any:
        found = listing(orm, conference_id)
        if tally.counting:
            tally.rows[tally.where()] += len(found)
        return found

    catalog_repo._build = counted_build  # type: ignore[assignment]
    catalog_repo.listing = counted_listing  # type: ignore[assignment]


def watch_fsync(tally: Tally) -> None:
    fsync = os.fsync

    def counted(descriptor: int) -> None:
        if tally.counting:
            tally.fsyncs[tally.where()] += 1
        fsync(descriptor)

    os.fsync = counted


def load_catalog(planner: Planner, xml: Path | None) -> str:
    if xml is not None and xml.exists():
        return planner.import_file(xml).conference.id
    from generate import build_catalog

    catalog = build_catalog(1_000)
    return planner.store_catalog(catalog, source="generated").conference.id


def settle_background(planner: Planner) -> None:
    """Wait for work the window handed to another thread (none before the change)."""
    flush: Callable[[], None] | None = getattr(planner, "flush_backups", None)
    if flush is not None:
        flush()
    QApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--xml", type=Path, default=FOSDEM if FOSDEM.exists() else None)
    parser.add_argument("--picks", type=int, default=16)
    parser.add_argument("--clicks", type=int, default=20)
    parser.add_argument("--show", action="store_true", help="print the statements of one click")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    tally = Tally()
    with tempfile.TemporaryDirectory() as scratch:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        from planner.gui.main_window import MainWindow
        from planner.gui.settings import Settings

        planner = Planner(Path(scratch) / "planner.sqlite3")
        conference = load_catalog(planner, args.xml)
        rows = planner.listing(conference)
        scheduled = [row for row in rows if row.start is not None]
        step = max(1, len(scheduled) // (args.picks + args.clicks + 1))
        chosen = scheduled[::step]
        planner.bookmark([row.key for row in chosen[: args.picks]])
        window = MainWindow(planner, Settings())
        window.resize(1400, 900)
        window.show()
        window.load_catalog(conference)
        QTest.qWait(200)
        watch_sql(planner, tally)
        watch_rows(tally)
        watch_fsync(tally)
        table = window.session_list.table
        table.setFocus()
        targets = chosen[args.picks : args.picks + (args.clicks + 1) // 2]
        figures: dict[str, list[float]] = {}
        shown_one = False
        for target in targets:
            for _press in range(2):  # star, then unstar
                if len(figures.get("ms", [])) >= args.clicks:
                    break
                window.session_list.select_key(target.key)
                settle_background(planner)
                tally.reset()
                tally.counting = True
                started = time.perf_counter()
                QTest.keyClick(table, Qt.Key.Key_Space)
                QApplication.processEvents()
                elapsed = (time.perf_counter() - started) * 1000
                settle_background(planner)
                tally.counting = False
                record(figures, tally, elapsed)
                if args.show and not shown_one:
                    shown_one = True
                    print("\n".join(tally.lines))
        window.close()
        planner.close()
    report(figures, args)
    del app
    return 0


def record(figures: dict[str, list[float]], tally: Tally, ms: float) -> None:
    values = {
        "ms": ms,
        "statements": tally.statements["window"],
        "queries": tally.statements["window query"],
        "writes": tally.statements["window BEGIN IMMEDIATE"],
        "reads": tally.statements["window BEGIN"],
        "rows": tally.rows["window"],
        "fsyncs": tally.fsyncs["window"],
        "other_statements": tally.statements["other"],
        "other_writes": tally.statements["other BEGIN IMMEDIATE"],
        "other_fsyncs": tally.fsyncs["other"],
    }
    for name, value in values.items():
        figures.setdefault(name, []).append(float(value))


def report(figures: dict[str, list[float]], args: argparse.Namespace) -> None:
    source = args.xml.name if args.xml and args.xml.exists() else "generated 1,000 sessions"
    clicks = len(figures.get("ms", []))
    print(f"star clicks on {source}, {args.picks} picks before, {clicks} presses of Space")
    median = {name: statistics.median(values) for name, values in figures.items()}
    worst = {name: max(values) for name, values in figures.items()}
    print(
        f"on the window's thread, per click (median / worst): "
        f"{median['statements']:.0f} / {worst['statements']:.0f} SQL statements "
        f"(target <= {STATEMENT_TARGET}; {median['queries']:.0f} of them queries, the rest "
        f"BEGIN/COMMIT/ROLLBACK), {median['writes']:.0f} / {worst['writes']:.0f} write "
        f"transactions (target <= {WRITE_TARGET}), {median['reads']:.0f} read transactions, "
        f"{median['rows']:.0f} session rows read, {median['fsyncs']:.0f} fsyncs, "
        f"{median['ms']:.1f} / {worst['ms']:.1f} ms"
    )
    print(
        f"on other threads, per click (median): {median['other_statements']:.0f} statements, "
        f"{median['other_writes']:.0f} write transactions, {median['other_fsyncs']:.0f} fsyncs"
    )
    met = worst["writes"] <= WRITE_TARGET and median["statements"] <= STATEMENT_TARGET
    print("target " + ("met" if met else "NOT met"))
    emit(
        **{f"median_{k}": v for k, v in median.items()},
        **{f"worst_{k}": v for k, v in worst.items()},
    )


if __name__ == "__main__":
    sys.exit(main())
