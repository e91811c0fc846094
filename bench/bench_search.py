"""Search latency in the core: ``Planner.matching_ids`` on English and Chinese queries, and
the same queries ranked best first (``storage.ranking``): the first 50 (what ``planner
sessions --search TEXT --limit 50`` shows, the target) and every match (what ``sessions
--search`` lists without a limit), each percentile over every timed run.

    .venv/bin/python bench/bench_search.py --db catalog.sqlite3 [--repeats 5] [--ranked 2]

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

from planner.core.textnorm import search_terms
from planner.services.planner import Planner
from planner.storage import ranking

ENGLISH = ("inference", "robot learning", "tensor core kernels", "gpu", "cuda graphs",
           "omniverse", "speech", "ai", "ml", "x")  # fmt: skip
CHINESE = ("自动驾驶", "自動駕駛", "推理", "模型", "大模型 推理", "显存优化", "张伟", "驾",
           "具身智能")  # fmt: skip
CODES = ("S001234",)
PAGE = 50  # what `planner sessions --search TEXT --limit 50` ranks (the floor's page)


def time_query(planner: Planner, query: str, repeats: int) -> tuple[list[float], int]:
    """Milliseconds of each timed run, and the number of matches."""
    found = planner.matching_ids(query) or set()
    timings = []
    for _ in range(repeats):
        began = time.perf_counter()
        planner.matching_ids(query)
        timings.append((time.perf_counter() - began) * 1000)
    return timings, len(found)


def time_ranked(
    planner: Planner, query: str, repeats: int, limit: int | None
) -> tuple[list[float], int]:
    """Milliseconds of each timed ranking of the first ``limit`` matches (None: all), and
    the number of matches."""
    conference = planner.conference().id
    terms = search_terms(query)
    timings, found = [], 0
    for _ in range(repeats + 1):
        began = time.perf_counter()
        with planner._db.reading() as orm:  # the ranking as the facade's search runs it
            found = ranking.ranked(orm, conference, terms, limit).total
        timings.append((time.perf_counter() - began) * 1000)
    return timings[1:], found


def main() -> None:
    parser = argparse.ArgumentParser(description="Time core searches.")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--ranked", type=int, default=2, help="timed runs of each ranked query")
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
        ranked: dict[int | None, list[float]] = {PAGE: [], None: []}
        slow_ranked: tuple[float, str] = (0.0, "")
        for limit in ranked if args.ranked else ():
            for query in ENGLISH + CHINESE + CODES:
                timings, matches = time_ranked(planner, query, args.ranked, limit)
                what = f"first {limit}" if limit else "all"
                print(f"  ranked, {what:8} {query!r:22} {matches:7,} matches  "
                      f"median {statistics.median(timings):7.1f}  max {max(timings):7.1f} ms")
                ranked[limit] += timings
                if limit:
                    slow_ranked = max(slow_ranked, (max(timings), query))
    p50, p95 = statistics.median(every), percentile(every, 0.95)
    print(f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {max(every):.1f} ms over {len(every)} runs")
    figures = {"p50_ms": p50, "p95_ms": p95, "max_ms": max(every), "runs": len(every),
               "slowest_query": slowest[1], "slowest_ms": slowest[0]}  # fmt: skip
    page, whole = ranked[PAGE], ranked[None]
    if page:
        print(f"ranked, first {PAGE}: p50 {statistics.median(page):.1f} ms, p95 "
              f"{percentile(page, 0.95):.1f} ms, max {max(page):.1f} ms over {len(page)} runs")
        print(f"ranked, all: p50 {statistics.median(whole):.1f} ms, p95 "
              f"{percentile(whole, 0.95):.1f} ms, max {max(whole):.1f} ms")
        figures |= {"ranked_p50_ms": statistics.median(page),
                    "ranked_p95_ms": percentile(page, 0.95), "ranked_max_ms": max(page),
                    "ranked_slowest": slow_ranked[1],
                    "ranked_all_p95_ms": percentile(whole, 0.95),
                    "ranked_all_max_ms": max(whole)}  # fmt: skip
    emit(**figures)


if __name__ == "__main__":
    main()
