"""Search latency in the core: ``Planner.matching_ids`` on English and Chinese queries.

    .venv/bin/python bench/bench_search.py --db catalog.sqlite3 [--repeats 5]

Queries of every length a user types, including one and two characters (a two-character
Chinese word is a whole word), Traditional characters that must find Simplified text, and a
session code. Each query runs once to warm SQLite's cache, then ``--repeats`` times; the
percentiles are over every timed run.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from common import emit, percentile

from planner.services.planner import Planner

ENGLISH = ("inference", "robot learning", "tensor core kernels", "gpu", "cuda graphs",
           "omniverse", "speech", "ai", "ml", "x")  # fmt: skip
CHINESE = ("自动驾驶", "自動駕駛", "推理", "模型", "大模型 推理", "显存优化", "张伟", "驾",
           "具身智能")  # fmt: skip
CODES = ("S001234",)


def time_query(planner: Planner, query: str, repeats: int) -> tuple[list[float], int]:
    """Milliseconds of each timed run, and the number of matches."""
    found = planner.matching_ids(query) or set()
    timings = []
    for _ in range(repeats):
        began = time.perf_counter()
        planner.matching_ids(query)
        timings.append((time.perf_counter() - began) * 1000)
    return timings, len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description="Time core searches.")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    every: list[float] = []
    slowest: tuple[float, str] = (0.0, "")
    with Planner(args.db) as planner:
        for query in ENGLISH + CHINESE + CODES:
            timings, matches = time_query(planner, query, args.repeats)
            median = statistics.median(timings)
            print(f"  {query!r:24} {matches:7,} matches  median {median:7.1f} ms")
            every += timings
            slowest = max(slowest, (median, query))
    p50, p95 = statistics.median(every), percentile(every, 0.95)
    print(f"p50 {p50:.1f} ms, p95 {p95:.1f} ms over {len(every)} runs")
    emit(p50_ms=p50, p95_ms=p95, runs=len(every), slowest_query=slowest[1],
         slowest_ms=slowest[0])  # fmt: skip


if __name__ == "__main__":
    main()
