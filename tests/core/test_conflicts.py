"""Clash detection and the best plan: hand cases a user would recognise, then brute force.

The property tests compare `find_conflicts` and `best_plan` with exhaustive searches over small
random agendas, using a clash rule written out here from the specification, independently of
the module's own `clashes`.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.conflicts import ClashGroup, Plan, Slot, best_plan, clashes, find_conflicts

DAY = datetime(2025, 3, 18, tzinfo=UTC)
QUARTER = timedelta(minutes=15)
MINUTES = timedelta(minutes=1)


def at(hhmm: str) -> datetime:
    hours, minutes = hhmm.split(":")
    return DAY.replace(hour=int(hours), minute=int(minutes))


def pick(
    key: str,
    start: str,
    end: str,
    room: str | None = "A",
    priority: int = 3,
    recorded: bool = False,
) -> Slot:
    return Slot(key, at(start), at(end), room, priority, recorded)


def unscheduled(key: str, priority: int = 3) -> Slot:
    return Slot(key, None, None, None, priority)


# --- clashes -----------------------------------------------------------------------------


def test_overlapping_talks_clash_both_ways() -> None:
    a, b = pick("a", "09:00", "10:00"), pick("b", "09:30", "10:30", room="B")
    assert clashes(a, b) and clashes(b, a)


def test_back_to_back_talks_do_not_clash() -> None:
    assert not clashes(pick("a", "09:00", "10:00"), pick("b", "10:00", "11:00", room="B"))


def test_a_talk_inside_another_clashes() -> None:
    assert clashes(pick("long", "09:00", "12:00"), pick("short", "10:00", "10:30"))


def test_buffer_makes_a_tight_room_change_clash() -> None:
    a, b = pick("a", "09:00", "10:00", room="A"), pick("b", "10:05", "11:00", room="B")
    assert not clashes(a, b)
    assert clashes(a, b, timedelta(minutes=10))
    assert clashes(b, a, timedelta(minutes=10))
    assert not clashes(a, b, timedelta(minutes=5)), "a gap equal to the buffer is enough"


def test_buffer_never_applies_within_one_room() -> None:
    a, b = pick("a", "09:00", "10:00", room="A"), pick("b", "10:00", "11:00", room="A")
    assert not clashes(a, b, timedelta(minutes=30))


def test_an_unknown_room_needs_the_buffer() -> None:
    a, b = pick("a", "09:00", "10:00", room=None), pick("b", "10:05", "11:00", room=None)
    assert clashes(a, b, timedelta(minutes=10))


def test_unscheduled_never_clashes() -> None:
    assert not clashes(unscheduled("u"), pick("a", "09:00", "10:00"), timedelta(hours=1))
    assert not clashes(unscheduled("u"), unscheduled("v"), timedelta(hours=1))


def test_zero_length_slots() -> None:
    point, other = pick("p", "10:00", "10:00"), pick("q", "10:00", "10:00")
    assert not clashes(point, other), "two moments at the same instant do not overlap"
    assert clashes(point, pick("r", "10:00", "10:00", room="B"), timedelta(minutes=5))
    assert clashes(point, pick("talk", "09:30", "10:30"))
    assert not clashes(point, pick("talk", "10:00", "10:30"))
    assert not clashes(point, pick("talk", "09:30", "10:00"))


def test_slot_refuses_bad_input() -> None:
    with pytest.raises(ValueError, match="both"):
        Slot("a", at("09:00"), None)
    with pytest.raises(ValueError, match="timezone"):
        Slot("a", datetime(2025, 3, 18, 9), datetime(2025, 3, 18, 10))
    with pytest.raises(ValueError, match="ends before"):
        pick("a", "10:00", "09:00")
    with pytest.raises(ValueError, match="priority"):
        pick("a", "09:00", "10:00", priority=6)
    with pytest.raises(ValueError, match="negative"):
        clashes(pick("a", "09:00", "10:00"), pick("b", "11:00", "12:00"), -MINUTES)


# --- find_conflicts ----------------------------------------------------------------------


def test_a_chain_of_clashes_is_one_group_with_its_window() -> None:
    slots = [
        pick("c", "10:30", "11:30", room="C"),
        pick("a", "09:00", "10:00", room="A"),
        pick("b", "09:45", "11:00", room="B"),
        pick("alone", "13:00", "14:00"),
    ]
    assert not clashes(slots[0], slots[1])
    assert find_conflicts(slots) == [ClashGroup(("a", "b", "c"), at("09:45"), at("11:00"))]


def test_groups_come_in_time_order() -> None:
    slots = [
        pick("late1", "15:00", "16:00"),
        pick("late2", "15:30", "16:30"),
        pick("early1", "09:00", "10:00"),
        pick("early2", "09:00", "09:30"),
        unscheduled("u"),
    ]
    groups = find_conflicts(slots)
    assert [group.keys for group in groups] == [("early1", "early2"), ("late1", "late2")]
    assert (groups[0].start, groups[0].end) == (at("09:00"), at("09:30"))


def test_a_buffer_only_clash_spans_the_short_gap() -> None:
    slots = [pick("a", "09:00", "10:00", room="A"), pick("b", "10:05", "11:00", room="B")]
    assert find_conflicts(slots) == []
    groups = find_conflicts(slots, timedelta(minutes=10))
    assert groups == [ClashGroup(("a", "b"), at("10:00"), at("10:05"))]


def test_same_room_changes_need_no_buffer() -> None:
    slots = [pick("a", "09:00", "10:00", room="A"), pick("b", "10:00", "11:00", room="A")]
    assert find_conflicts(slots, timedelta(minutes=15)) == []


def test_one_walk_can_join_many_moments_in_one_room() -> None:
    # Moments in one room do not clash with each other, but each is too close to the talk.
    slots = [pick(f"m{i}", "10:00", "10:00", room="A") for i in range(5)]
    slots.append(pick("talk", "10:05", "11:00", room="B"))
    groups = find_conflicts(slots, timedelta(minutes=10))
    assert [group.keys for group in groups] == [("m0", "m1", "m2", "m3", "m4", "talk")]
    assert (groups[0].start, groups[0].end) == (at("10:00"), at("10:05"))


def test_staying_in_a_room_still_clashes_by_overlap() -> None:
    slots = [
        pick("first", "09:00", "10:00", room="A"),
        pick("second", "10:00", "11:00", room="A"),
        pick("inside", "10:15", "10:30", room="A"),
    ]
    groups = find_conflicts(slots, timedelta(minutes=30))
    assert groups == [ClashGroup(("second", "inside"), at("10:15"), at("10:30"))]


def test_a_room_change_counts_from_the_talk_before_the_last() -> None:
    # From "first" (A) to "far" (B) there are 15 minutes, short of the 30-minute walk.
    slots = [
        pick("first", "09:00", "10:00", room="A"),
        pick("quick", "10:00", "10:15", room="A"),
        pick("far", "10:15", "11:00", room="B"),
    ]
    groups = find_conflicts(slots, timedelta(minutes=30))
    assert groups == [ClashGroup(("first", "quick", "far"), at("10:00"), at("10:15"))]


def test_a_group_reaches_a_later_talk_through_its_other_room() -> None:
    # "a-later" is in the same room as the A talks, but only 15 minutes after "b-talk".
    slots = [
        pick("b-talk", "09:00", "10:00", room="B"),
        pick("a-talk", "09:30", "10:15", room="A"),
        pick("a-overlap", "09:45", "10:00", room="A"),
        pick("a-later", "10:15", "11:00", room="A"),
    ]
    groups = find_conflicts(slots, timedelta(minutes=30))
    keys = ("b-talk", "a-talk", "a-overlap", "a-later")
    assert groups == [ClashGroup(keys, at("09:30"), at("10:15"))]
    assert best_plan(slots, timedelta(minutes=30)).keep == ("a-talk", "a-later")


def test_an_old_room_change_does_not_reach_a_talk_in_the_same_room() -> None:
    slots = [
        pick("b-short", "09:00", "09:30", room="B"),
        pick("a-long", "09:00", "10:30", room="A"),
        pick("a-mid", "09:15", "10:15", room="A"),
        pick("a-next", "10:30", "11:00", room="A"),
    ]
    groups = find_conflicts(slots, timedelta(minutes=30))
    assert [group.keys for group in groups] == [("a-long", "b-short", "a-mid")]


def test_duplicate_keys_are_refused() -> None:
    slots = [pick("a", "09:00", "10:00"), unscheduled("a")]
    with pytest.raises(ValueError, match="duplicate"):
        find_conflicts(slots)
    with pytest.raises(ValueError, match="duplicate"):
        best_plan(slots)


def test_nothing_to_plan() -> None:
    assert find_conflicts([]) == []
    assert best_plan([]) == Plan((), (), (), (), 0)


# --- best_plan ---------------------------------------------------------------------------


def test_the_higher_priority_talk_wins_and_the_recorded_loser_is_watched_later() -> None:
    slots = [
        pick("keynote", "09:00", "10:00", priority=5, room="Hall"),
        pick("workshop", "09:30", "11:00", priority=2, room="Lab", recorded=True),
        pick("panel", "09:45", "10:15", priority=1, room="B"),
        pick("lunch-talk", "12:00", "13:00", priority=3),
        unscheduled("podcast", priority=4),
    ]
    plan = best_plan(slots)
    assert plan == Plan(
        keep=("keynote", "lunch-talk", "podcast"),
        drop=("workshop", "panel"),
        watch_later=("workshop",),
        alternatives=("panel",),
        total_priority=8,
    )


def test_two_short_talks_beat_one_long_talk_of_equal_worth() -> None:
    slots = [
        pick("long", "09:00", "11:00", priority=4),
        pick("first", "09:00", "10:00", priority=2, room="B"),
        pick("second", "10:00", "11:00", priority=2, room="B"),
    ]
    assert best_plan(slots).keep == ("first", "second")


def test_of_two_equal_talks_the_earlier_one_is_kept() -> None:
    slots = [pick("b", "10:30", "11:30"), pick("a", "10:00", "11:00", room="B")]
    assert best_plan(slots).keep == ("a",)


def test_the_buffer_stops_a_tight_room_change() -> None:
    slots = [
        pick("a", "09:00", "10:00", room="A", priority=3),
        pick("b", "10:05", "11:00", room="B", priority=2),
        pick("c", "10:05", "10:30", room="A", priority=1),
    ]
    assert best_plan(slots).keep == ("a", "b")
    plan = best_plan(slots, timedelta(minutes=10))
    assert (plan.keep, plan.total_priority) == (("a", "c"), 4)


# --- brute force -------------------------------------------------------------------------


def reference_clash(a: Slot, b: Slot, buffer: timedelta) -> bool:
    """The rule as the specification words it."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    overlap = a.start < b.end and b.start < a.end
    elsewhere = a.room is None or a.room != b.room
    near = timedelta(0) <= b.start - a.end < buffer or timedelta(0) <= a.start - b.end < buffer
    return overlap or (elsewhere and near)


def reference_groups(
    slots: Sequence[Slot], buffer: timedelta, pairs: Iterable[tuple[Slot, Slot]] | None = None
) -> set[ClashGroup]:
    """Connected components of the clash graph over `pairs` (all pairs unless given)."""
    candidates = combinations(slots, 2) if pairs is None else pairs
    clashing = [(a, b) for a, b in candidates if reference_clash(a, b, buffer)]
    group_of = {slot.key: {slot.key} for slot in slots}
    for a, b in clashing:
        merged = group_of[a.key] | group_of[b.key]
        for key in merged:
            group_of[key] = merged
    by_key = {slot.key: slot for slot in slots}
    result = set()
    for keys in {frozenset(group) for group in group_of.values() if len(group) > 1}:
        windows = [pair_window(a, b) for a, b in clashing if a.key in keys]
        ordered = sorted(keys, key=lambda key: (by_key[key].start, key))
        start, end = min(w[0] for w in windows), max(w[1] for w in windows)
        result.add(ClashGroup(tuple(ordered), start, end))
    return result


def pair_window(a: Slot, b: Slot) -> tuple[datetime, datetime]:
    """Overlap: from the later start to the earlier end; otherwise the gap between them."""
    assert a.start and a.end and b.start and b.end
    later_start, earlier_end = max(a.start, b.start), min(a.end, b.end)
    return min(later_start, earlier_end), max(later_start, earlier_end)


def reference_keep(slots: Sequence[Slot], buffer: timedelta) -> tuple[int, set[str]]:
    """The best clash-free subset by exhaustion, with the documented tie rule."""
    scheduled = [slot for slot in slots if slot.scheduled]
    best: tuple[int, int, list[tuple[int, int, str]]] | None = None
    chosen: Sequence[Slot] = ()
    for size in range(len(scheduled) + 1):
        for subset in combinations(scheduled, size):
            if any(reference_clash(a, b, buffer) for a, b in combinations(subset, 2)):
                continue
            order = sorted((minute(s.start), minute(s.end), s.key) for s in subset)
            total = sum(slot.priority for slot in subset)
            if best is None or (-total, -size, order) < (-best[0], -best[1], best[2]):
                best, chosen = (total, size, order), subset
    assert best is not None
    return best[0], {slot.key for slot in chosen}


@st.composite
def agendas(draw: st.DrawFn) -> list[Slot]:
    """Up to nine picks on a quarter-hour grid within one day, in a few rooms.

    The picks start within a drawn stretch of the day, up to ten hours, so that many
    examples are crowded with clashes.
    """
    slots = []
    stretch = draw(st.integers(0, 40))
    for index in range(draw(st.integers(0, 9))):
        room = draw(st.sampled_from([None, "A", "B", "C"]))
        priority = draw(st.integers(1, 5))
        recorded = draw(st.booleans())
        if draw(st.integers(0, 9)) == 0:
            slots.append(Slot(f"k{index}", None, None, room, priority, recorded))
            continue
        start = DAY + QUARTER * (32 + draw(st.integers(0, stretch)))
        end = start + QUARTER * draw(st.integers(0, 8))
        slots.append(Slot(f"k{index}", start, end, room, priority, recorded))
    return slots


buffers = st.sampled_from([timedelta(0), 10 * MINUTES, 15 * MINUTES, 30 * MINUTES])


@settings(max_examples=300, deadline=None)
@given(agendas(), buffers)
def test_clashes_follows_the_specification(slots: list[Slot], buffer: timedelta) -> None:
    for a, b in combinations(slots, 2):
        assert clashes(a, b, buffer) == reference_clash(a, b, buffer)


@settings(max_examples=600, deadline=None)
@given(agendas(), buffers, st.randoms(use_true_random=False))
def test_groups_equal_brute_force(
    slots: list[Slot], buffer: timedelta, shuffler: random.Random
) -> None:
    shuffler.shuffle(slots)
    groups = find_conflicts(slots, buffer)
    assert set(groups) == reference_groups(slots, buffer)
    assert len(groups) == len(set(groups))
    assert groups == sorted(groups, key=lambda group: (group.start, group.end, group.keys))


@settings(max_examples=600, deadline=None)
@given(agendas(), buffers, st.randoms(use_true_random=False))
def test_best_plan_equals_brute_force(
    slots: list[Slot], buffer: timedelta, shuffler: random.Random
) -> None:
    shuffler.shuffle(slots)
    plan = best_plan(slots, buffer)
    best_total, best_keys = reference_keep(slots, buffer)
    assert plan.total_priority == best_total
    scheduled = {slot.key for slot in slots if slot.scheduled}
    assert {key for key in plan.keep if key in scheduled} == best_keys
    assert_plan_is_sound(slots, plan, buffer)


def assert_plan_is_sound(slots: Sequence[Slot], plan: Plan, buffer: timedelta) -> None:
    """Clash-free, a partition of the picks, unscheduled kept, the drop split by recording."""
    by_key = {slot.key: slot for slot in slots}
    kept = [by_key[key] for key in plan.keep]
    assert sorted(plan.keep + plan.drop) == sorted(by_key)
    assert not set(plan.keep) & set(plan.drop)
    assert all(by_key[key].scheduled for key in plan.drop)
    assert plan.total_priority == sum(slot.priority for slot in kept if slot.scheduled)
    assert plan.watch_later == tuple(key for key in plan.drop if by_key[key].recorded)
    assert plan.alternatives == tuple(key for key in plan.drop if not by_key[key].recorded)
    assert_no_clash(kept, buffer)


def assert_no_clash(kept: Sequence[Slot], buffer: timedelta) -> None:
    for a, b in near_pairs(kept):
        assert not reference_clash(a, b, buffer), (a.key, b.key)


# --- a conference-sized agenda -----------------------------------------------------------


def conference(seed: int, count: int = 2000) -> list[Slot]:
    """Picks over five days in twenty rooms (and a few unknown), some unscheduled."""
    rng = random.Random(seed)
    rooms: list[str | None] = [f"Room {n}" for n in range(20)] + [None]
    slots = []
    for index in range(count):
        if rng.random() < 0.03:
            slots.append(Slot(f"s{index}", None, None, None, rng.randint(1, 5)))
            continue
        start = DAY + timedelta(days=rng.randrange(5), hours=8, minutes=5 * rng.randrange(120))
        end = start + timedelta(minutes=rng.choice([0, 20, 30, 45, 60, 90, 120]))
        slots.append(
            Slot(f"s{index}", start, end, rng.choice(rooms), rng.randint(1, 5), rng.random() < 0.5)
        )
    return slots


@pytest.mark.parametrize("count", [2000, 300])
def test_a_conference_of_picks_groups_correctly(count: int) -> None:
    slots = conference(seed=2025, count=count)
    buffer = 10 * MINUTES
    assert set(find_conflicts(slots, buffer)) == reference_groups(slots, buffer, near_pairs(slots))


def near_pairs(slots: Sequence[Slot]) -> Iterator[tuple[Slot, Slot]]:
    """The pairs that start less than two and a half hours apart: no others can clash here."""
    ordered = sorted((s for s in slots if s.scheduled), key=lambda s: minute(s.start))
    for index, slot in enumerate(ordered):
        for later in ordered[index + 1 :]:
            if minute(later.start) - minute(slot.start) >= 150:
                break
            yield slot, later


def test_two_thousand_picks_plan_correctly() -> None:
    slots = conference(seed=7)
    buffer = 10 * MINUTES
    plan = best_plan(slots, buffer)
    assert_plan_is_sound(slots, plan, buffer)
    assert plan.total_priority == quadratic_optimum(slots, buffer)
    random.Random(1).shuffle(slots)
    assert best_plan(slots, buffer) == plan


def quadratic_optimum(slots: Sequence[Slot], buffer: timedelta) -> int:
    """The best total priority by the textbook O(n^2) recurrence, on minutes."""
    rows = sorted(
        (minute(s.start), minute(s.end), s.room or s.key, s.priority) for s in slots if s.scheduled
    )
    walk = buffer // MINUTES
    best: list[int] = []
    for start, _end, room, priority in rows:
        before = [
            best[i]
            for i, (_, earlier_end, earlier_room, _) in enumerate(rows[: len(best)])
            if earlier_end + (0 if earlier_room == room else walk) <= start
        ]
        best.append(priority + max(before, default=0))
    return max(best, default=0)


def minute(moment: datetime | None) -> int:
    assert moment is not None
    return (moment - DAY) // MINUTES
