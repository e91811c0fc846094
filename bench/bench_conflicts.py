"""Time conflict detection and the best-plan solver on a conference-sized set of picks.

Run ``python bench/bench_conflicts.py``. It prints figures and never fails: the target is
under 50 ms each for 2,000 picks, but a slow or busy machine is no error.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from planner.core.clash_slots import clash_slots
from planner.core.conflicts import Slot, best_plan, find_conflicts

PICKS = 2000
DAYS = 5
ROOMS = 20
RUNS = 5
SEED = 2025
BUFFER = timedelta(minutes=10)
FIRST_DAY = datetime(2025, 3, 17, 8, tzinfo=UTC)


def conference_picks(seed: int = SEED) -> list[Slot]:
    """Talks of 20 to 120 minutes starting on a 5-minute grid, 08:00 to 18:00 over five days."""
    rng = random.Random(seed)
    rooms = [f"Room {n + 1}" for n in range(ROOMS)]
    picks = []
    for index in range(PICKS):
        start = FIRST_DAY + timedelta(days=rng.randrange(DAYS), minutes=5 * rng.randrange(120))
        length = timedelta(minutes=rng.choice([20, 30, 45, 60, 90, 120]))
        room, priority, recorded = rng.choice(rooms), rng.randint(1, 5), rng.random() < 0.4
        picks.append(Slot(f"p{index}", start, start + length, room, priority, recorded))
    return picks


def best_time(work: Callable[[], object]) -> float:
    """The fastest of RUNS runs, in milliseconds."""
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return min(times) * 1000


def main() -> None:
    picks = conference_picks()
    groups = find_conflicts(picks, BUFFER)
    plan = best_plan(picks, BUFFER)
    print(f"{PICKS} picks over {DAYS} days in {ROOMS} rooms, buffer {BUFFER}, best of {RUNS}")
    print(f"  {len(groups)} clash groups; the plan keeps {len(plan.keep)} picks")
    clash_ms = best_time(lambda: find_conflicts(picks, BUFFER))
    plan_ms = best_time(lambda: best_plan(picks, BUFFER))
    print(f"clashes {PICKS} picks: {clash_ms:.1f} ms")
    print(f"best plan {PICKS} picks: {plan_ms:.1f} ms")
    slots_ms = best_time(lambda: clash_slots(picks))
    print(f"decisions {PICKS} picks: {slots_ms:.1f} ms ({len(clash_slots(picks))} decisions)")


if __name__ == "__main__":
    main()
