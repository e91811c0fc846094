"""The moments where the user must choose between picks: a clash group cut into decisions.

A clash group (``find_conflicts``) joins picks through chains: A overlaps B and B overlaps C
puts all three in one group even when A ends before C starts, and at a large conference one
group can span a whole day. A person decides one moment at a time: "10:30, A or B?", then
"11:00, B or C?". Those moments are the maximal sets of picks that all run at once (the
maximal cliques of the interval graph), each with the stretch of time they share.

Found in one sweep over start and end instants in time order, ends before starts at one
instant (intervals are half-open, as in ``conflicts``): right after a run of starts, the
running picks form a maximal set exactly when the next instant is an end. A zero-length pick
clashes only with the picks running across its instant (see ``conflicts``), so it makes a set
with them, which replaces any decision among those others alone. Picks of any room count,
and no walking buffer applies.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from planner.core.conflicts import Slot


@dataclass(frozen=True, slots=True)
class ClashSlot:
    """Picks that all run at once, and the time they share: one decision to make."""

    start: datetime
    end: datetime
    keys: tuple[str, ...]  # by (start, key)


def clash_slots(slots: Iterable[Slot]) -> list[ClashSlot]:
    """Every maximal set of two or more scheduled picks that run at once, by time."""
    spans: dict[str, tuple[datetime, datetime]] = {}
    for slot in slots:
        if slot.key in spans:
            raise ValueError(f"duplicate pick key: {slot.key}")
        if slot.start is not None and slot.end is not None:
            spans[slot.key] = (slot.start, slot.end)
    found = _sweep({k: v for k, v in spans.items() if v[0] < v[1]})
    instants = _instants({k: v for k, v in spans.items() if v[0] == v[1]}, spans)
    if instants:  # picks running across an instant may hold no other decision of their own
        found = [s for s in found if not any(s < bigger for bigger in instants)]
    made = [_slot(members, spans) for members in dict.fromkeys(found + instants)]
    return sorted(made, key=lambda slot: (slot.start, slot.end, slot.keys))


def _sweep(spans: dict[str, tuple[datetime, datetime]]) -> list[frozenset[str]]:
    events = sorted(
        [(start, 1, key) for key, (start, _) in spans.items()]
        + [(end, 0, key) for key, (_, end) in spans.items()]
    )
    running: set[str] = set()
    fresh = False  # a start since the last set was taken
    found = []
    for _moment, starts, key in events:
        if starts:
            running.add(key)
            fresh = True
            continue
        if fresh and len(running) > 1:
            found.append(frozenset(running))
        fresh = False
        running.discard(key)
    return found


def _instants(
    zero: dict[str, tuple[datetime, datetime]], spans: dict[str, tuple[datetime, datetime]]
) -> list[frozenset[str]]:
    found = []
    for key, (moment, _) in zero.items():
        across = {other for other, (a, b) in spans.items() if a < moment < b}
        if across:
            found.append(frozenset({key, *across}))
    return found


def _slot(members: frozenset[str], spans: dict[str, tuple[datetime, datetime]]) -> ClashSlot:
    start = max(spans[key][0] for key in members)
    end = min(spans[key][1] for key in members)
    ordered = sorted(members, key=lambda key: (spans[key][0], key))
    return ClashSlot(start, max(start, end), tuple(ordered))
