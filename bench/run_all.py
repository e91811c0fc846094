#!/usr/bin/env python3
"""Every benchmark in one command, each figure printed beside its target.

    .venv/bin/python bench/run_all.py [--sizes 1000 10000 100000] [--work DIR]

Generates catalogs of 1,000, 10,000 and 100,000 sessions (fixed seed: English and Chinese
titles, tracks, rooms, speakers) as frab XML, then runs each measurement in a child process
of its own: import (file to database through the real reader), core search latency, search
per keystroke in the window (``bench_gui_search.py``), process start to the first painted
window, clash detection and the best plan (``bench_conflicts.py``), and the iCalendar export.
The peak memory of each child is taken from the operating system (``wait4``); this
process stays small, since on Linux a child starts with its parent's peak. Figures are
informational: the command always exits 0, and says "NOT met" where a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RESULT = "RESULT "


@dataclass
class Child:
    """What one benchmark process printed, returned, and used."""

    lines: list[str]
    result: dict[str, object]
    peak_mb: float
    ok: bool


@dataclass(frozen=True)
class Target:
    """A figure's goal: below ``limit`` in ``unit``; None for a figure shown for information."""

    limit: float | None
    unit: str


def run_child(script: str, *args: str, env: dict[str, str] | None = None) -> Child:
    """Run ``bench/SCRIPT ARGS`` and collect its RESULT line and its peak memory."""
    command = [sys.executable, str(BENCH / script), *args]
    with tempfile.TemporaryFile("w+") as out:
        child = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, text=True,
                                 cwd=ROOT, env=env)  # fmt: skip
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        lines = out.read().splitlines()
    results = [json.loads(line[len(RESULT) :]) for line in lines if line.startswith(RESULT)]
    shown = [line for line in lines if not line.startswith(RESULT)]
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return Child(shown, results[-1] if results else {}, peak, child.returncode == 0)


class Report:
    """The table of figures, printed as they come."""

    def __init__(self) -> None:
        self.rows: list[str] = []

    def detail(self, child: Child) -> None:
        for line in child.lines:
            print(f"    | {line}")
        if not child.ok:
            print("    | (the benchmark failed; see above)")

    def figure(self, name: str, value: float | None, target: Target, peak: float | None) -> None:
        shown = "failed" if value is None else _format(value, target.unit)
        if target.limit is None:
            goal, verdict = "no target", "info"
        else:
            goal = f"< {_format(target.limit, target.unit)}"
            verdict = "-" if value is None else ("met" if value < target.limit else "NOT met")
        memory = "" if peak is None else f"{peak:7.0f} MB"
        row = f"  {name:<58} {shown:>10}   {goal:<10} {verdict:<8} {memory}"
        self.rows.append(row)
        print(row)

    def summary(self) -> None:
        print("\nSummary (value, target, verdict, peak memory of the process that measured it)")
        for row in self.rows:
            print(row)


def _format(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "count":
        return f"{value:.0f}"
    return f"{value:.1f} ms"


def _number(child: Child, key: str, scale: float = 1.0) -> float | None:
    value = child.result.get(key)
    return float(value) * scale if isinstance(value, int | float) else None


# --- the steps -----------------------------------------------------------------------------


def generate(work: Path, sizes: list[int]) -> dict[int, Path]:
    # In a child: a process inherits its parent's peak memory on Linux, so this one stays small.
    files = {}
    for size in sizes:
        path = work / f"bench-{size}.xml"
        if not path.exists():
            child = run_child("generate.py", "--sessions", str(size), "--out", str(path))
            print("\n".join(f"  {line}" for line in child.lines))
        if path.exists():
            files[size] = path
    return files


def imports(report: Report, work: Path, files: dict[int, Path]) -> dict[int, Path]:
    databases = {}
    for size, xml in files.items():
        db = work / f"bench-{size}.sqlite3"
        for stale in work.glob(db.name + "*"):
            stale.unlink()
        again = ["--again"] if size <= 10_000 else []
        child = run_child("bench_import.py", "--xml", str(xml), "--db", str(db), *again)
        report.detail(child)
        target = Target(20.0 if size == 100_000 else None, "s")
        report.figure(f"import {size:,} sessions (file -> database)",
                      _number(child, "seconds"), target, child.peak_mb)  # fmt: skip
        if child.ok:
            databases[size] = db
    return databases


def search(report: Report, databases: dict[int, Path]) -> None:
    for size, db in databases.items():
        if size < 10_000:
            continue
        child = run_child("bench_search.py", "--db", str(db))
        report.detail(child)
        target = Target(16.0 if size == 100_000 else None, "ms")
        report.figure(f"search p50 at {size:,} (core, matching_ids)",
                      _number(child, "p50_ms"), Target(None, "ms"), child.peak_mb)  # fmt: skip
        report.figure(f"search p95 at {size:,} (core, matching_ids)",
                      _number(child, "p95_ms"), target, None)  # fmt: skip


_KEYSTROKES = re.compile(
    r"^(\w[\w ]*?)\s+keystrokes=\s*\d+\s+p50=\s*([\d.]+) ms\s+p95=\s*([\d.]+) ms"
)


def window_search(report: Report, databases: dict[int, Path], work: Path) -> None:
    size = max(databases, default=0)
    if not (BENCH / "bench_gui_search.py").exists():
        print("  bench/bench_gui_search.py is missing: no figure for the window's search")
        return
    child = run_child("bench_gui_search.py", "--db", str(databases[size]), "--sessions",
                      str(size), "--rounds", "2", env=_gui_env(work))  # fmt: skip
    report.detail(child)
    found = [_KEYSTROKES.match(line) for line in child.lines]
    for match in filter(None, found):
        report.figure(f"search per keystroke p95 in the window ({match[1]}, {size:,})",
                      float(match[3]), Target(16.0, "ms"), child.peak_mb)  # fmt: skip
    if not any(found):
        report.figure("search per keystroke in the window", None, Target(16.0, "ms"), None)


def _gui_env(work: Path) -> dict[str, str]:
    # The window's settings go to a scratch folder, never the user's.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(work / "config"))
    env["PYTHONPATH"] = str(ROOT)
    return env


def first_window(report: Report, databases: dict[int, Path], work: Path, runs: int = 3) -> None:
    db = databases.get(10_000)
    if db is None:
        return
    children = []
    for _ in range(runs):
        started = time.time()
        child = run_child("bench_first_window.py", "--db", str(db), "--started-at",
                          repr(started), env=_gui_env(work))  # fmt: skip
        children.append(child)
    for child in children:
        report.detail(child)
    times = sorted(t for c in children if (t := _number(c, "seconds")) is not None)
    median = times[len(times) // 2] if times else None
    report.figure(f"first painted window at 10,000 (median of {runs})", median,
                  Target(1.0, "s"), max(c.peak_mb for c in children))  # fmt: skip


def conflicts(report: Report) -> None:
    if not (BENCH / "bench_conflicts.py").exists():
        print("  bench/bench_conflicts.py is missing: no figure for clashes and the plan")
        return
    child = run_child("bench_conflicts.py", env=dict(os.environ, PYTHONPATH=str(ROOT)))
    report.detail(child)
    patterns = (
        ("clash detection", r"^clashes (\d+) picks: ([\d.]+) ms"),
        ("best plan", r"^best plan (\d+) picks: ([\d.]+) ms"),
        ("clash decisions", r"^decisions (\d+) picks: ([\d.]+) ms"),
    )
    for label, pattern in patterns:
        match = next(filter(None, (re.match(pattern, line) for line in child.lines)), None)
        value = float(match[2]) if match else None
        picks = f"{int(match[1]):,}" if match else "2,000"
        report.figure(f"{label}, {picks} picks", value, Target(50.0, "ms"), child.peak_mb)


def star_click(report: Report, work: Path) -> None:
    child = run_child("bench_star_click.py", env=_gui_env(work))
    report.detail(child)
    statements = _number(child, "median_statements")
    report.figure("star click: SQL statements on the window's thread (median)", statements,
                  Target(9, "count"), child.peak_mb)  # fmt: skip
    report.figure("star click: write transactions (worst)", _number(child, "worst_writes"),
                  Target(2, "count"), None)  # fmt: skip
    report.figure("star click: time on the window's thread (median)", _number(child, "median_ms"),
                  Target(16.0, "ms"), None)  # fmt: skip


def export(report: Report, databases: dict[int, Path]) -> None:
    db = databases.get(10_000) or next(iter(databases.values()), None)
    if db is None:
        return
    child = run_child("bench_export.py", "--db", str(db), "--picks", "1000")
    report.detail(child)
    report.figure("iCalendar export, 1,000 picks", _number(child, "seconds", 1000),
                  Target(None, "ms"), child.peak_mb)  # fmt: skip
    report.figure("iCalendar export again after a change", _number(child, "update_seconds", 1000),
                  Target(None, "ms"), None)  # fmt: skip


def _step(name: str, work: Callable[[], object]) -> object:
    print(f"\n{name}")
    try:
        return work()
    except Exception as exc:  # a broken step is reported; the others still run
        print(f"  failed: {type(exc).__name__}: {exc}")
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--work", type=Path, help="keep generated files here (reused if there)")
    args = parser.parse_args()
    scratch = None if args.work else tempfile.TemporaryDirectory(prefix="planner-bench-")
    work = args.work or Path(scratch.name)  # type: ignore[union-attr]
    work.mkdir(parents=True, exist_ok=True)
    print(f"Conference Planner benchmarks: Python {platform.python_version()}, SQLite "
          f"{sqlite3.sqlite_version}, {os.cpu_count()} CPUs, {platform.platform()}")  # fmt: skip
    report = Report()
    files = _step("Generating catalogs", lambda: generate(work, sorted(args.sizes))) or {}
    dbs = _step("Import (Planner.import_file)", lambda: imports(report, work, files)) or {}
    _step("Search in the core (Planner.matching_ids)", lambda: search(report, dbs))
    _step("Search per keystroke in the window", lambda: window_search(report, dbs, work))
    _step("Start-up to the first painted window", lambda: first_window(report, dbs, work))
    _step("Clashes and the best plan", lambda: conflicts(report))
    _step("iCalendar export", lambda: export(report, dbs))
    _step("A star click in the window", lambda: star_click(report, work))
    report.summary()
    if scratch is not None:
        scratch.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
