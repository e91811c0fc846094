"""Clash groups cut into the moments a user decides: hand cases, then brute force.

The property test compares ``clash_slots`` with an exhaustive search over small random
agendas: the maximal sets of picks that all run at some one instant.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.clash_slots import ClashSlot, clash_slots
from planner.core.conflicts import Slot, clashes, find_conflicts

DAY = datetime(2025, 2, 1, tzinfo=UTC)


def at(hhmm: str) -> datetime:
    hours, minutes = hhmm.split(":")
    return DAY.replace(hour=int(hours), minute=int(minutes))


def pick(key: str, start: str, end: str, room: str = "A") -> Slot:
    return Slot(key, at(start), at(end), room)


def test_a_chain_is_one_group_but_two_decisions() -> None:
    chain = [pick("a", "10:00", "11:00"), pick("b", "10:30", "11:30"), pick("c", "11:00", "12:00")]
    assert [g.keys for g in find_conflicts(chain)] == [("a", "b", "c")]
    assert clash_slots(chain) == [
        ClashSlot(at("10:30"), at("11:00"), ("a", "b")),
        ClashSlot(at("11:00"), at("11:30"), ("b", "c")),
    ]


def test_a_long_pick_over_two_short_ones_is_two_decisions() -> None:
    picks = [
        pick("long", "10:00", "12:00"),
        pick("x", "10:00", "11:00"),
        pick("y", "11:00", "12:00"),
    ]
    assert [s.keys for s in clash_slots(picks)] == [("long", "x"), ("long", "y")]


def test_three_at_once_is_one_decision_between_three() -> None:
    picks = [pick("a", "09:00", "10:00"), pick("b", "09:00", "09:45"), pick("c", "09:15", "10:00")]
    assert clash_slots(picks) == [ClashSlot(at("09:15"), at("09:45"), ("a", "b", "c"))]


def test_back_to_back_and_unscheduled_picks_need_no_decision() -> None:
    picks = [pick("a", "09:00", "10:00"), pick("b", "10:00", "11:00"), Slot("u", None, None)]
    assert clash_slots(picks) == []


def test_a_zero_length_pick_inside_another_is_a_decision_of_its_own() -> None:
    picks = [
        pick("talk", "09:00", "10:00"),
        pick("photo", "09:30", "09:30"),
        pick("z", "09:00", "09:00"),
    ]
    assert clash_slots(picks) == [ClashSlot(at("09:30"), at("09:30"), ("talk", "photo"))]


def test_duplicate_keys_are_refused() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        clash_slots([pick("a", "09:00", "10:00"), pick("a", "09:30", "10:30")])


def _maximal_running_sets(picks: list[Slot]) -> set[frozenset[str]]:
    """Brute force: sets of 2+ picks that pairwise clash and share an instant, kept maximal."""
    found = set()
    for size in range(2, len(picks) + 1):
        for group in combinations(picks, size):
            if all(clashes(a, b) for a, b in combinations(group, 2)):
                found.add(frozenset(p.key for p in group))
    return {s for s in found if not any(s < other for other in found)}


minutes = st.integers(min_value=0, max_value=16).map(lambda n: n * 15)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(minutes, st.integers(min_value=0, max_value=8)), max_size=7))
def test_decisions_are_the_maximal_sets_of_picks_running_at_once(spans) -> None:
    picks = [
        Slot(f"p{i}", DAY + timedelta(minutes=start), DAY + timedelta(minutes=start + 15 * length))
        for i, (start, length) in enumerate(spans)
    ]
    made = clash_slots(picks)
    assert {frozenset(s.keys) for s in made} == _maximal_running_sets(picks)
    for decision in made:
        members = [p for p in picks if p.key in decision.keys]
        assert decision.start == max(p.start for p in members)
        assert decision.end == min(p.end for p in members) or decision.start == decision.end
    grouped = {k for g in find_conflicts(picks) for k in g.keys}
    assert {k for s in made for k in s.keys} == grouped
