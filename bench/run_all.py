#!/usr/bin/env python3
"""Every benchmark in one command, each figure beside its floor (measured in the same run).

    .venv/bin/python bench/run_all.py [--runs 3] [--work DIR] [--sizes 10000 100000]

Generates catalogs of 10,000 and 100,000 sessions (fixed seed: English and Chinese titles,
tracks, rooms, speakers) as frab XML, then measures each figure in child processes of their
own, the planner and its floor (a script in bench/ doing the least the same job needs: see
``floor_*.py``) one after the other, ``--runs`` times, and takes the median of each: the
machine may be shared, so a floor measured in another hour would say nothing. Targets are
ratios to the floor (or times) from issue 17. CPU time and peak memory of each child come from
the operating system (``wait4``); this process stays small, since on Linux a child starts with
its parent's peak. The load averages are printed at every step. Figures are informational:
the command always exits 0, and says "NOT met" where a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
    wall: float = 0.0
    cpu: float = 0.0




def run_child(script: str, *args: str, env: dict[str, str] | None = None) -> Child:
    """Run ``bench/SCRIPT ARGS`` and collect its RESULT line and its peak memory."""
    return run_command([sys.executable, str(BENCH / script), *args], env=env)


def run_command(command: list[str], env: dict[str, str] | None = None) -> Child:
    """Run a process; its output, RESULT line, wall and CPU time, and peak memory."""
    began = time.perf_counter()
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
    wall, cpu = time.perf_counter() - began, usage.ru_utime + usage.ru_stime
    return Child(shown, results[-1] if results else {}, peak, child.returncode == 0, wall, cpu)


def run_planner(*args: str) -> Child:
    """The ``planner`` command of this checkout, as a user runs it."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return run_command([sys.executable, "-m", "planner", *args], env=env)


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


@dataclass
class Row:
    measure: str
    value: str
    floor: str
    ratio: str
    target: str
    verdict: str


class Report:
    """The table of figures, printed as they come and once more at the end."""

    def __init__(self) -> None:
        self.rows: list[Row] = []

    def detail(self, child: Child) -> None:
        for line in child.lines[-12:]:
            print(f"    | {line}")
        if not child.ok:
            print("    | (the benchmark failed; see above)")

    def add(self, measure: str, value: float | None, unit: str, floor: float | None = None,
            *, ratio_limit: float | None = None, limit: float | None = None,
            floor_name: str = "floor") -> None:  # fmt: skip
        """A figure; met when below ``limit`` (absolute) and ``ratio_limit`` (to the floor)."""
        ratio = value / floor if value is not None and floor else None
        goals, met = [], True
        if ratio_limit is not None:
            goals.append(f"<= {ratio_limit:g}x {floor_name}")
            met = met and ratio is not None and ratio <= ratio_limit
        if limit is not None:
            goals.append(f"< {_format(limit, unit)}")
            met = met and value is not None and value < limit
        verdict = "info" if not goals else ("-" if value is None else "met" if met else "NOT met")
        row = Row(measure, _format(value, unit), _format(floor, unit),
                  "" if ratio is None else f"{ratio:.2f}x", ", ".join(goals), verdict)  # fmt: skip
        self.rows.append(row)
        print(_line(row))

    def summary(self) -> None:
        print("\nSummary (medians; the floor measured in the same run)")
        print(_line(Row("measure", "planner", "floor", "ratio", "target", "verdict")))
        for row in self.rows:
            print(_line(row))
        print("\nAs a Markdown table:\n")
        print("| measure | planner | floor | ratio | target | verdict |")
        print("|---|---|---|---|---|---|")
        for r in self.rows:
            print(f"| {r.measure} | {r.value} | {r.floor} | {r.ratio} | {r.target} | {r.verdict} |")


def _line(r: Row) -> str:
    return f"  {r.measure:<52} {r.value:>10} {r.floor:>10} {r.ratio:>7}  {r.target:<24} {r.verdict}"


def _format(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "count":
        return f"{value:.0f}"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    return f"{value:.1f} ms"


def _number(child: Child, key: str, scale: float = 1.0) -> float | None:
    value = child.result.get(key)
    return float(value) * scale if isinstance(value, int | float) else None


def load() -> str:
    one, five, fifteen = os.getloadavg()
    cpus = os.cpu_count()
    return f"load averages {one:.2f} {five:.2f} {fifteen:.2f} (1, 5, 15 min) on {cpus} CPUs"


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


def _fresh(db: Path) -> Path:
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    return db


def imports(report: Report, work: Path, files: dict[int, Path], runs: int) -> dict[int, Path]:
    """Each size: the planner's import (then again unchanged, then slightly changed, with 50
    picks) and the floor's, streaming and whole-tree, in turns."""
    databases = {}
    for size, xml in files.items():
        planner: list[Child] = []
        floors: dict[str, list[Child]] = {"stream": [], "tree": []}
        updates: list[Child] = []
        for _ in range(runs):
            db = _fresh(work / f"bench-{size}.sqlite3")
            # The first import alone (its process's CPU time and memory are the figures), then
            # in a process of its own a first import and the two updates after it.
            planner.append(run_child("bench_import.py", "--xml", str(xml), "--db", str(db)))
            report.detail(planner[-1])
            again = _fresh(work / f"again-{size}.sqlite3")
            updates.append(run_child("bench_import.py", "--xml", str(xml), "--db", str(again),
                                     "--again", "--changed", "--picks", "50"))  # fmt: skip
            report.detail(updates[-1])
            for kind, extra in (("stream", []), ("tree", ["--tree"])):
                floor_db = _fresh(work / f"floor-{size}.sqlite3")
                floors[kind].append(run_child("floor_import.py", "--xml", str(xml), "--db",
                                              str(floor_db), *extra))  # fmt: skip
            print(f"    | floor: {floors['stream'][-1].lines[-1:]}  ({load()})")
        ok = [c for c in planner if c.ok]
        if not ok:
            continue
        databases[size] = work / f"bench-{size}.sqlite3"
        first = median([_number(c, "seconds") or 0 for c in updates if c.ok])
        name = f"{size:,}"
        report.add(f"import {name}: CPU time, whole process", median([c.cpu for c in ok]), "s",
                   median([c.cpu for c in floors["stream"]]), ratio_limit=1.5 if size >= 100_000
                   else None)  # fmt: skip
        report.add(f"import {name}: peak memory (floor streams)", median([c.peak_mb for c in ok]),
                   "MiB", median([c.peak_mb for c in floors["stream"]]),
                   ratio_limit=1.5 if size >= 100_000 else None)  # fmt: skip
        report.add(f"import {name}: peak memory (floor holds the tree)",
                   median([c.peak_mb for c in ok]), "MiB",
                   median([c.peak_mb for c in floors["tree"]]), floor_name="tree floor",
                   ratio_limit=1.5 if size >= 100_000 else None)  # fmt: skip
        report.add(f"import {name}: whole process, wall", median([c.wall for c in ok]), "s",
                   median([c.wall for c in floors["stream"]]),
                   limit=15.0 if size >= 100_000 else None)  # fmt: skip
        for key, what in (("again_seconds", "unchanged"), ("changed_seconds", "1 % changed")):
            report.add(f"re-import {name}, {what}, 50 picks (vs first import)",
                       median([_number(c, key) or 0 for c in updates if c.ok]), "s", first,
                       ratio_limit=1.1, floor_name="first import")  # fmt: skip
    return databases


def bookmarks(report: Report, databases: dict[int, Path], work: Path, runs: int) -> None:
    db = databases.get(100_000) or databases.get(max(databases, default=0))
    if db is None:
        return
    with sqlite3.connect(db) as raw:
        codes = [c for (c,) in raw.execute("SELECT code FROM session ORDER BY id LIMIT 10000")]
    floor_db = work / "floor-bookmark.sqlite3"
    many, one, floor = [], [], []
    for _ in range(runs):
        for stale in work.glob("bench-bookmark.sqlite3*"):
            stale.unlink()
        copy = work / "bench-bookmark.sqlite3"
        shutil.copyfile(db, copy)
        # The first command on a copied database does once what no later one does (its
        # write-ahead log, its first backup): the start-up is the second, like the 10,000's.
        run_planner("--db", str(copy), "bookmark", codes[1])
        one.append(run_planner("--db", str(copy), "bookmark", codes[0]).wall)
        many.append(run_planner("--db", str(copy), "bookmark", *codes).wall)
        shutil.copyfile(db, floor_db)
        floor.append(run_child("floor_bookmark.py", "--db", str(floor_db), *codes).wall)
    start_up = median(one) or 0.0
    report.add("bookmark of 10,000 keys: beyond start-up (1 key)", (median(many) or 0) - start_up,
               "s", (median(floor) or 0), limit=0.5, floor_name="sqlite3")  # fmt: skip
    report.add("bookmark of 1 key (the command's start-up)", start_up, "s")


CLI_QUERIES = (
    ("sessions --search S001234", ["sessions", "--search", "S001234"], ["search", "S001234"]),
    ("sessions --track 'Track 03' --day 2030-06-04",
     ["sessions", "--track", "Track 03", "--day", "2030-06-04"],
     ["track", "Track 03", "2030-06-04"]),
    ("show S001234", ["show", "S001234"], ["show", "S001234"]),
    ("conferences", ["conferences"], None),
    ("summary", ["summary"], None),
)  # fmt: skip


def commands(report: Report, databases: dict[int, Path], runs: int) -> None:
    db = databases.get(100_000)
    if db is None:
        return
    for label, args, floor_args in CLI_QUERIES:
        mine = [run_planner("--db", str(db), *args) for _ in range(runs + 2)]
        floor_args = floor_args or ["search", "S001234"]
        floors = [run_child("floor_cli.py", "--db", str(db), *floor_args) for _ in range(runs + 2)]
        report.add(f"`{label}` at 100,000", median([c.wall for c in mine]), "s",
                   median([c.wall for c in floors]), ratio_limit=3.0)  # fmt: skip
        report.add(f"`{label}`: peak memory", max(c.peak_mb for c in mine), "MiB", limit=120.0)
    imports_ = run_command([sys.executable, "-X", "importtime", "-m", "planner", "--db", str(db),
                            "conferences"], env=dict(os.environ, PYTHONPATH=str(ROOT)))  # fmt: skip
    heavy = [line for line in imports_.lines if "PySide6" in line]
    print(f"    | PySide6 modules imported by the command line: {len(heavy)}")


def search(report: Report, databases: dict[int, Path]) -> None:
    db = databases.get(100_000)
    if db is None:
        return
    child = run_child("bench_search.py", "--db", str(db))
    report.detail(child)
    report.add("search at 100,000 (matching sets): p95", _number(child, "p95_ms"), "ms",
               limit=16.0)  # fmt: skip
    report.add("search at 100,000 (matching sets): max", _number(child, "max_ms"), "ms",
               limit=30.0)  # fmt: skip
    report.add("search at 100,000 ranked best first, a page of 50: p95",
               _number(child, "ranked_p95_ms"), "ms",
               limit=16.0)  # fmt: skip
    report.add("search at 100,000 ranked best first, a page of 50: max",
               _number(child, "ranked_max_ms"), "ms",
               limit=30.0)  # fmt: skip
    report.add("search at 100,000 ranked best first, every match: p95",
               _number(child, "ranked_all_p95_ms"), "ms")  # fmt: skip


def _gui_env(work: Path) -> dict[str, str]:
    # The window's settings go to a scratch folder, never the user's.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(work / "config"))
    env["PYTHONPATH"] = str(ROOT)
    return env


def first_window(report: Report, databases: dict[int, Path], work: Path, runs: int) -> None:
    for size, db in sorted(databases.items()):
        mine: list[Child] = []
        floors: list[Child] = []
        for _ in range(runs):
            for script, into in (("bench_first_window.py", mine), ("floor_window.py", floors)):
                started = time.time()
                child = run_child(script, "--db", str(db), "--started-at", repr(started),
                                  env=_gui_env(work))  # fmt: skip
                into.append(child)
        report.detail(mine[-1])
        report.add(f"first painted window at {size:,}",
                   median([t for c in mine if (t := _number(c, "seconds")) is not None]), "s",
                   median([t for c in floors if (t := _number(c, "seconds")) is not None]),
                   ratio_limit=2.0, floor_name="bare table")  # fmt: skip


def export(report: Report, databases: dict[int, Path], work: Path, runs: int) -> None:
    db = databases.get(10_000)
    if db is None:
        return
    mine: list[Child] = []
    floors: list[Child] = []
    for _ in range(runs):
        copy = work / "bench-export.sqlite3"
        for stale in work.glob(copy.name + "*"):
            stale.unlink()
        shutil.copyfile(db, copy)
        mine.append(run_child("bench_export.py", "--db", str(copy), "--picks", "10000"))
        floors.append(run_child("floor_export.py", "--db", str(db), "--picks", "10000", "--out",
                                str(work / "floor.ics")))  # fmt: skip
    report.detail(mine[-1])
    report.add("export ics of 10,000 picks", median([_number(c, "seconds") or 0 for c in mine]),
               "s", median([_number(c, "seconds") or 0 for c in floors]), ratio_limit=1.2,
               floor_name="icalendar alone")  # fmt: skip


_KEYSTROKES = re.compile(
    r"^(\w[\w ]*?)\s+keystrokes=\s*\d+\s+p50=\s*([\d.]+) ms\s+p95=\s*([\d.]+) ms"
)


def window_search(report: Report, databases: dict[int, Path], work: Path) -> None:
    """Search per keystroke in the window (its own catalog: run last, it adds a conference)."""
    size = max(databases, default=0)
    if not size:
        return
    child = run_child("bench_gui_search.py", "--db", str(databases[size]), "--sessions",
                      str(size), "--rounds", "2", env=_gui_env(work))  # fmt: skip
    report.detail(child)
    found = [_KEYSTROKES.match(line) for line in child.lines]
    for match in filter(None, found):
        report.add(f"search per keystroke in the window, p95 ({match[1]}, {size:,})",
                   float(match[3]), "ms", limit=16.0)  # fmt: skip


def conflicts(report: Report) -> None:
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
        report.add(f"{label}, {picks} picks", value, "ms", limit=50.0)


def star_click(report: Report, work: Path) -> None:
    child = run_child("bench_star_click.py", env=_gui_env(work))
    report.detail(child)
    report.add("star click: SQL statements on the window's thread (median)",
               _number(child, "median_statements"), "count", limit=9)  # fmt: skip
    report.add("star click: write transactions (worst)", _number(child, "worst_writes"), "count",
               limit=2)  # fmt: skip
    report.add("star click: time on the window's thread (median)", _number(child, "median_ms"),
               "ms", limit=16.0)  # fmt: skip


def _step(name: str, work: Callable[[], Any]) -> Any:
    print(f"\n{name}  ({load()})")
    try:
        return work()
    except Exception as exc:  # a broken step is reported; the others still run
        print(f"  failed: {type(exc).__name__}: {exc}")
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3, help="paired runs of each measure")
    parser.add_argument("--work", type=Path, help="keep generated files here (reused if there)")
    args = parser.parse_args()
    scratch = None if args.work else tempfile.TemporaryDirectory(prefix="planner-bench-")
    work = args.work or Path(scratch.name)  # type: ignore[union-attr]
    work.mkdir(parents=True, exist_ok=True)
    print(f"Conference Planner benchmarks: Python {platform.python_version()}, SQLite "
          f"{sqlite3.sqlite_version}, {os.cpu_count()} CPUs, {platform.platform()}")  # fmt: skip
    report, runs = Report(), args.runs
    files: dict[int, Path] = _step("Generating", lambda: generate(work, sorted(args.sizes))) or {}
    dbs: dict[int, Path] = _step("Import", lambda: imports(report, work, files, runs)) or {}
    _step("Search", lambda: search(report, dbs))
    _step("Commands that answer with a page of rows", lambda: commands(report, dbs, runs))
    _step("Bookmark of 10,000 keys", lambda: bookmarks(report, dbs, work, runs))
    _step("First painted window", lambda: first_window(report, dbs, work, runs))
    _step("Calendar export", lambda: export(report, dbs, work, runs))
    _step("Clashes and the best plan", lambda: conflicts(report))
    _step("A star click in the window", lambda: star_click(report, work))
    _step("Search per keystroke in the window", lambda: window_search(report, dbs, work))
    print(f"\nAt the end: {load()}")
    report.summary()
    if scratch is not None:
        scratch.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
