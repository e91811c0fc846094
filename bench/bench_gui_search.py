#!/usr/bin/env python3
"""How long the window takes per search keystroke on a 100,000-session catalog.

    .venv/bin/python bench/bench_gui_search.py [--sessions 100000] [--seed 2025]

Builds a synthetic catalog (fixed seed: English and Chinese titles, 24 tracks, 60 rooms,
five days), stores it through ``Planner.store_catalog`` into a temporary database, opens the
real main window (offscreen unless a display is set), and types queries into its search box
one character at a time: ASCII letters as key presses, Chinese characters as input-method
commits, as a user's input method delivers them. Each keystroke is timed from the event until
the window has handled it and the pending paint has run (``QApplication.processEvents()``):
the time typing and painting wait. The search itself runs on a worker thread, so the time from
the last keystroke until the list shows the final matches is reported beside it. Prints
p50/p95/max milliseconds per keystroke for the English and the Chinese queries, and for all
of them again with one track chosen in the navigation (the matches then meet a filter),
against a 16 ms frame budget. Informational: always exits 0.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402  (after the platform is chosen)
from PySide6.QtGui import QInputMethodEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from planner.core.model import Catalog, Conference, Session, TimeStatus  # noqa: E402
from planner.gui.browse.nav_model import Kind  # noqa: E402
from planner.gui.main_window import MainWindow  # noqa: E402
from planner.gui.settings import Settings  # noqa: E402
from planner.services.planner import Planner  # noqa: E402

BUDGET_MS = 16.0
ENGLISH_QUERIES = ("inference", "tensor core", "robot")
CHINESE_QUERIES = ("自动驾驶", "推理加速", "自動駕駛")  # the last one in Traditional characters
QUERIES = ENGLISH_QUERIES + CHINESE_QUERIES
EN_WORDS = [
    "accelerated", "inference", "robot", "vision", "language", "model", "tensor", "core",
    "training", "cluster", "genomics", "pipeline", "simulation", "digital", "twin", "edge",
    "quantum", "kernel", "memory", "scheduling", "compiler", "graph", "network",
    "recommendation", "retrieval", "video", "speech", "omniverse",
]  # fmt: skip
ZH_WORDS = [
    "自动驾驶", "推理加速", "大模型", "智能座舱", "生成式", "推荐系统", "显存优化", "端到端",
    "具身智能", "世界模型", "视频质量", "量子计算", "训练", "数据中心", "机器人", "仿真",
    "编译器", "多模态", "语音", "搜索",
]  # fmt: skip
FIRST_DAY = date(2030, 6, 3)


def _title(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return "".join(rng.sample(ZH_WORDS, 3)) + f" {rng.choice(EN_WORDS).upper()}"
    return " ".join(rng.sample(EN_WORDS, 5)).capitalize()


def _session(rng: random.Random, index: int) -> Session:
    day = FIRST_DAY + timedelta(days=rng.randrange(5))
    start = datetime(day.year, day.month, day.day, 15, tzinfo=UTC)
    start += timedelta(minutes=10 * rng.randrange(60))
    return Session(
        key=f"bench/S{index:06d}",
        conference_id="bench",
        title=_title(rng),
        code=f"S{index:06d}",
        track=f"Track {rng.randrange(24):02d}",
        start=start,
        end=start + timedelta(minutes=rng.choice((30, 40, 50, 80))),
        time_status=rng.choice((TimeStatus.CONFIRMED, TimeStatus.ASSUMED)),
        room=f"Room {rng.randrange(60):02d}",
        speakers=(f"Speaker {rng.randrange(20000)}",),
        summary=" ".join(rng.sample(EN_WORDS + ZH_WORDS, 8)),
    )


def build_catalog(count: int, seed: int) -> Catalog:
    rng = random.Random(seed)
    sessions = tuple(_session(rng, i) for i in range(count))
    conference = Conference("bench", "Benchmark Conference", "America/Los_Angeles", FIRST_DAY)
    return Catalog(conference, sessions)


def _type(box: QLineEdit, char: str) -> None:
    if char.isascii():
        QTest.keyClick(box, char)
    else:
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(box, event)


def time_query(app: QApplication, window: MainWindow, query: str) -> tuple[list[float], float]:
    """Milliseconds per keystroke typing ``query``, and until the list shows its matches."""
    box = window.session_list.search_box
    box.clear()
    app.processEvents()
    timings = []
    for char in query:
        began = time.perf_counter()
        _type(box, char)
        app.processEvents()
        timings.append((time.perf_counter() - began) * 1000)
    while not window.session_list.search_settled():
        app.processEvents()
    settled = (time.perf_counter() - began) * 1000
    return timings, settled


def _percentile(ordered: list[float], share: float) -> float:
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def report(name: str, runs: list[tuple[list[float], float]]) -> None:
    keystrokes = sorted(t for timings, _ in runs for t in timings)
    settled = sorted(s for _, s in runs)
    p95 = _percentile(keystrokes, 0.95)
    verdict = "within" if p95 <= BUDGET_MS else "OVER"
    print(
        f"{name:8} keystrokes={len(keystrokes):3}  p50={statistics.median(keystrokes):6.1f} ms  "
        f"p95={p95:6.1f} ms  max={keystrokes[-1]:6.1f} ms  ({verdict} the {BUDGET_MS:.0f} ms "
        f"budget); last keystroke to matches shown: p50={statistics.median(settled):.0f} ms, "
        f"max={settled[-1]:.0f} ms"
    )


def prepare(planner: Planner, sessions: int, seed: int) -> None:
    if any(info.events == sessions for info in planner.conferences()):
        print(f"reusing the catalog of {sessions:,} sessions in {planner.db_path}")
        return
    began = time.perf_counter()
    planner.store_catalog(build_catalog(sessions, seed), source="bench")
    print(f"catalog of {sessions:,} sessions built and stored in "
          f"{time.perf_counter() - began:.1f} s")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--rounds", type=int, default=3, help="times each query is typed")
    parser.add_argument("--db", type=Path, help="keep the catalog in this file (reused if there)")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as scratch:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        with Planner(args.db or Path(scratch) / "bench.sqlite3") as planner:
            prepare(planner, args.sessions, args.seed)
            began = time.perf_counter()
            window = MainWindow(planner, Settings())
            window.resize(1400, 860)
            window.show()
            app.processEvents()
            print(f"window opened on it in {(time.perf_counter() - began) * 1000:.0f} ms")
            window.session_list.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
            english = [time_query(app, window, q) for q in ENGLISH_QUERIES * args.rounds]
            chinese = [time_query(app, window, q) for q in CHINESE_QUERIES * args.rounds]
            window.select_nav(Kind.TRACK, "Track 03")  # the matches now meet a track filter
            window.session_list.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
            in_track = [time_query(app, window, q) for q in QUERIES * args.rounds]
            report("English", english)
            report("Chinese", chinese)
            report("One track", in_track)
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
