"""Clashes between a user's picks, and the plan that keeps the most of what they care about.

Two questions the agenda asks of the picks: which of them cannot all be attended
(``find_conflicts``: groups of picks joined by clashes), and which of them to attend so that
the total priority kept is the greatest (``best_plan``). Both run in O(n log n): a sweep over
the picks in time order, and weighted interval scheduling with binary search.

When two picks clash: two scheduled slots clash when each starts before the other ends
(their half-open intervals ``[start, end)`` overlap). Back-to-back slots do not clash, nor do
two zero-length slots at the same instant, nor a zero-length slot at the very start or end of
another; a zero-length slot strictly inside another does. With a walking ``buffer``, slots in
different rooms (or where either room is unknown) also clash when the gap between the end of
one and the start of the other is shorter than the buffer; slots in the same room never clash
by buffer. Unscheduled slots never clash.

Both algorithms rest on one fact. Take the scheduled slots in (start, end, key) order and let
``sep(i, j)`` be 0 for two slots in the same room and the buffer otherwise. Then a slot ``i``
before a slot ``j`` is free of clash with it exactly when ``end_i + sep(i, j) <= start_j``, and
that relation is transitive along the order (``i`` fits before ``j`` and ``j`` before ``k``, so
``i`` fits before ``k``). Instants are compared as integer microseconds since the epoch.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from planner.core.model import DEFAULT_PRIORITY, PRIORITY_MAX, PRIORITY_MIN

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_TICK = timedelta(microseconds=1)


@dataclass(frozen=True, slots=True)
class Slot:
    """One pick as the solver sees it: when and where it runs, and how much it matters."""

    key: str
    start: datetime | None  # aware, None = unscheduled
    end: datetime | None
    room: str | None = None
    priority: int = DEFAULT_PRIORITY
    recorded: bool = False  # recorded or simulive: can be watched later

    def __post_init__(self) -> None:
        if (self.start is None) != (self.end is None):
            raise ValueError(f"{self.key}: start and end must both be known or both be unknown")
        if self.start is not None and self.end is not None:
            _check_span(self.key, self.start, self.end)
        if not PRIORITY_MIN <= self.priority <= PRIORITY_MAX:
            raise ValueError(f"{self.key}: priority must be {PRIORITY_MIN}-{PRIORITY_MAX}")

    @property
    def scheduled(self) -> bool:
        return self.start is not None


@dataclass(frozen=True, slots=True)
class ClashGroup:
    """A connected set of clashing picks and the window in which they clash."""

    keys: tuple[str, ...]  # ordered by (start, key)
    start: datetime  # the earliest instant at which two of them clash...
    end: datetime  # ...to the latest (for buffer-only clashes: the too-short gap between them)


@dataclass(frozen=True, slots=True)
class Plan:
    """Which picks to attend, and what becomes of the others."""

    keep: tuple[str, ...]  # scheduled by (start, key), then every unscheduled pick by key
    drop: tuple[str, ...]  # ordered by (start, key)
    watch_later: tuple[str, ...]  # those of `drop` that are recorded
    alternatives: tuple[str, ...]  # those of `drop` that are not recorded
    total_priority: int  # sum of the kept scheduled picks' priorities


def clashes(a: Slot, b: Slot, buffer: timedelta = timedelta(0)) -> bool:
    """Whether two slots cannot both be attended (see the module docstring)."""
    buffer = _checked(buffer)
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    gap = max(b.start - a.end, a.start - b.end)  # negative when they overlap
    walk = timedelta(0) if a.room is not None and a.room == b.room else buffer
    return gap < walk


def find_conflicts(slots: Iterable[Slot], buffer: timedelta = timedelta(0)) -> list[ClashGroup]:
    """The connected groups (two or more picks) of the clash graph, ordered by clash window.

    Groups are ordered by (start, end, keys) of their window. Raises ValueError on duplicate keys.
    """
    items = _prepare(tuple(slots))
    walk = _ticks(_checked(buffer))
    forest = _connect(items, walk)
    members: dict[int, list[_Item]] = defaultdict(list)
    for item in items:
        members[forest.find(item.pos)].append(item)
    windows = _windows(items, walk, forest)
    groups = [_clash_group(members[root], *window) for root, window in windows.items()]
    return sorted(groups, key=lambda group: (group.start, group.end, group.keys))


def best_plan(slots: Iterable[Slot], buffer: timedelta = timedelta(0)) -> Plan:
    """The clash-free set of picks with the greatest total priority, plus every unscheduled pick.

    Ties between such sets go, in turn, to the set with more picks, then to the set that comes
    first when the two sets' picks, each taken in (start, end, key) order, are compared one by
    one: in effect the plan that gets going earliest. The answer depends only on the slots
    given, never on their order. Raises ValueError on duplicate keys.
    """
    given = tuple(slots)
    items = _prepare(given)
    kept = {items[pos].key for pos in _best_chain(items, _ticks(_checked(buffer)))}
    return _plan(given, kept)


# --- shared preparation ------------------------------------------------------------------


class _Item(NamedTuple):
    """A scheduled slot reduced to numbers, at its position in (start, end, key) order."""

    pos: int
    start: int
    end: int
    key: str
    room: int  # a token: equal for two slots only when they are in the same known room
    weight: int


def _check_span(key: str, start: datetime, end: datetime) -> None:
    if start.utcoffset() is None or end.utcoffset() is None:
        raise ValueError(f"{key}: instants must be timezone-aware")
    if end < start:
        raise ValueError(f"{key}: ends before it starts")


def _checked(buffer: timedelta) -> timedelta:
    if buffer < timedelta(0):
        raise ValueError(f"the buffer cannot be negative: {buffer}")
    return buffer


def _ticks(span: timedelta) -> int:
    return span // _TICK


def _instant(moment: datetime | None) -> int:
    if moment is None:
        raise ValueError("an unscheduled slot has no instant")
    return _ticks(moment - _EPOCH)


def _moment(ticks: int) -> datetime:
    return _EPOCH + ticks * _TICK


def _prepare(slots: Sequence[Slot]) -> list[_Item]:
    """The scheduled slots as items in (start, end, key) order; duplicate keys are refused."""
    doubles = sorted(key for key, count in Counter(slot.key for slot in slots).items() if count > 1)
    if doubles:
        raise ValueError(f"duplicate pick keys: {', '.join(doubles)}")
    scheduled = [slot for slot in slots if slot.scheduled]
    rows = sorted(
        (_instant(slot.start), _instant(slot.end), slot.key, room, slot.priority)
        for slot, room in zip(scheduled, _room_tokens(scheduled), strict=True)
    )
    return [_Item(pos, *row) for pos, row in enumerate(rows)]


def _room_tokens(slots: Sequence[Slot]) -> list[int]:
    named: dict[str, int] = {}
    # An unknown room is never "the same room" as another: each gets a token of its own.
    return [
        -1 - index if slot.room is None else named.setdefault(slot.room, len(named))
        for index, slot in enumerate(slots)
    ]


def _fits_before(earlier: _Item, later: _Item, buffer: int) -> bool:
    """Whether two items in (start, end, key) order are free of clash (see the module docstring)."""
    walk = 0 if earlier.room == later.room else buffer
    return earlier.end + walk <= later.start


# --- find_conflicts ----------------------------------------------------------------------


_NEVER = -(1 << 62)  # an end before any instant: no slot at all


class _Reach:
    """The latest end among some earlier slots, and the latest among those in any other room.

    That is all it takes to tell whether any of them clashes with a later slot. It grows in
    place, a slot or another reach at a time, in constant time.
    """

    __slots__ = ("first_end", "first_room", "second_end", "second_room")

    def __init__(self, end: int = _NEVER, room: int = 0) -> None:
        self.first_end, self.first_room = end, room
        self.second_end, self.second_room = _NEVER, room

    def add(self, end: int, room: int) -> None:
        if end > self.first_end:
            if room != self.first_room:
                self.second_end, self.second_room = self.first_end, self.first_room
            self.first_end, self.first_room = end, room
        elif room != self.first_room and end > self.second_end:
            self.second_end, self.second_room = end, room

    def absorb(self, other: _Reach) -> None:
        self.add(other.first_end, other.first_room)
        self.add(other.second_end, other.second_room)

    def alive(self, start: int, buffer: int) -> bool:
        """Whether any of these slots can still clash with a slot starting at `start` or later."""
        return self.first_end + buffer > start

    def partner_end(self, item: _Item, buffer: int) -> int | None:
        """The latest end among these slots that clash with the later `item`, if any does."""
        if self.first_end > item.start:
            return self.first_end
        elsewhere = self.first_end if self.first_room != item.room else self.second_end
        return elsewhere if elsewhere + buffer > item.start else None


class _Forest:
    """Union-find over item positions; a group's root is one of its items."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, node: int) -> int:
        parent = self.parent
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node


def _connect(items: Sequence[_Item], buffer: int) -> _Forest:
    """Join the clashing items into groups in one sweep by start.

    The sweep keeps the live groups (those that may still clash with a later item), by root,
    with their reach. Two earlier items that can both still clash with the current one clash
    with each other when their rooms differ, so either one group is live, or the members that
    keep every live group alive share one room. An item in that shared room can then clash only
    by overlap, and only with the group of the item that ends last (all overlapping items
    overlap each other); any other item checks every live group, and each check joins or
    retires a group except for at most one survivor. With union-find, O(n log n) in all.
    """
    forest = _Forest(len(items))
    live: dict[int, _Reach] = {}
    shared_room: int | None = None
    latest: _Item | None = None  # the item that ends last so far
    for item in items:
        if len(live) > 1 and item.room == shared_room:
            _join_latest(item, latest, live, forest)
        else:
            live = _join_clashing(item, live, forest, buffer)
            shared_room = item.room  # if two groups survived, their live members are here
        if latest is None or item.end > latest.end:
            latest = item
    return forest


def _join_latest(
    item: _Item, latest: _Item | None, live: dict[int, _Reach], forest: _Forest
) -> None:
    if latest is not None and latest.end > item.start:
        root = forest.find(latest.pos)
        forest.parent[item.pos] = root
        live[root].add(item.end, item.room)
    else:
        live[item.pos] = _Reach(item.end, item.room)


def _join_clashing(
    item: _Item, live: dict[int, _Reach], forest: _Forest, buffer: int
) -> dict[int, _Reach]:
    reach = _Reach(item.end, item.room)
    still_live: dict[int, _Reach] = {}
    for root, group in live.items():
        if group.partner_end(item, buffer) is not None:
            forest.parent[root] = item.pos
            reach.absorb(group)
        elif group.alive(item.start, buffer):
            still_live[root] = group
    still_live[item.pos] = reach
    return still_live


def _windows(items: Sequence[_Item], buffer: int, forest: _Forest) -> dict[int, tuple[int, int]]:
    """Each group's clash window, by root: every group of two or more has one.

    A clashing pair's own window runs between the later start and the earlier end, whichever
    comes first; a group's window spans the windows of all its clashing pairs.
    """
    opens = _window_starts(items, buffer, forest)
    closes = _window_ends(items, buffer, forest)
    return {root: (opens[root], closes[root]) for root in closes}


def _window_starts(items: Sequence[_Item], buffer: int, forest: _Forest) -> dict[int, int]:
    opens: dict[int, int] = {}
    for item, partner in zip(items, _first_later_partners(items, buffer), strict=True):
        if partner is not None:
            root = forest.find(item.pos)
            moment = min(item.end, partner.start)
            opens[root] = min(opens.get(root, moment), moment)
    return opens


def _first_later_partners(items: Sequence[_Item], buffer: int) -> list[_Item | None]:
    """For each item, the first later item that clashes with it, whose window opens earliest.

    If the next item fits after it, no later item overlaps it, and of the later items in other
    rooms the first one is the nearest.
    """
    partners: list[_Item | None] = [None] * len(items)
    elsewhere: list[_Item | None] = [None] * len(items)  # the next item in another room
    for pos in range(len(items) - 2, -1, -1):
        item, after = items[pos], items[pos + 1]
        elsewhere[pos] = after if after.room != item.room else elsewhere[pos + 1]
        for candidate in (after, elsewhere[pos]):
            if candidate is not None and not _fits_before(item, candidate, buffer):
                partners[pos] = candidate
                break
    return partners


def _window_ends(items: Sequence[_Item], buffer: int, forest: _Forest) -> dict[int, int]:
    closes: dict[int, int] = {}
    reach = _Reach()  # of all the items before this one
    for item in items:
        partner_end = reach.partner_end(item, buffer)
        if partner_end is not None:
            root = forest.find(item.pos)
            moment = max(item.start, min(item.end, partner_end))
            closes[root] = max(closes.get(root, moment), moment)
        reach.add(item.end, item.room)
    return closes


def _clash_group(members: Sequence[_Item], start: int, end: int) -> ClashGroup:
    ordered = sorted(members, key=lambda item: (item.start, item.key))
    return ClashGroup(tuple(item.key for item in ordered), _moment(start), _moment(end))


# --- best_plan ---------------------------------------------------------------------------

# A chain's score: (total priority, number of picks, -position of its first item). The
# greatest score is the best chain under the tie rule of `best_plan`.
_Score = tuple[int, int, int]
_NOTHING: _Score = (0, 0, 1)


class _Ladder:
    """The best chains found so far, added latest start first.

    Answers "the best chain whose first item starts at or after t" by binary search.
    """

    def __init__(self) -> None:
        self.neg_starts: list[int] = []  # ascending, as the starts are added in descending order
        self.best: list[_Score] = [_NOTHING]  # best[k]: the best among the first k added

    def add(self, start: int, score: _Score) -> None:
        self.neg_starts.append(-start)
        self.best.append(max(self.best[-1], score))

    def best_from(self, start: int) -> _Score:
        return self.best[bisect_right(self.neg_starts, -start)]


def _best_chain(items: Sequence[_Item], buffer: int) -> list[int]:
    """Positions of the best clash-free chain (see `best_plan`), by dynamic programming.

    Works from the latest item back: the best chain starting with an item is that item followed
    by the best chain starting with an item that fits after it; by transitivity, that item's
    chain fits too. The items that fit after one are those starting at least `buffer` after its
    end, or at its end or later in the same room: a prefix of each ladder.
    """
    everyone = _Ladder()
    by_room: dict[int, _Ladder] = defaultdict(_Ladder)
    follower: list[int | None] = [None] * len(items)
    for item in reversed(items):
        room = by_room[item.room]
        after = max(everyone.best_from(item.end + buffer), room.best_from(item.end))
        follower[item.pos] = -after[2] if after[0] else None
        score = (after[0] + item.weight, after[1] + 1, -item.pos)
        everyone.add(item.start, score)
        room.add(item.start, score)
    return _follow(everyone.best[-1], follower)


def _follow(best: _Score, follower: Sequence[int | None]) -> list[int]:
    chain: list[int] = []
    pos = -best[2] if best[0] else None
    while pos is not None:
        chain.append(pos)
        pos = follower[pos]
    return chain


def _plan(slots: Sequence[Slot], kept: set[str]) -> Plan:
    scheduled = sorted(
        (slot for slot in slots if slot.scheduled), key=lambda s: (_instant(s.start), s.key)
    )
    unscheduled = sorted(slot.key for slot in slots if not slot.scheduled)
    drop = [slot for slot in scheduled if slot.key not in kept]
    return Plan(
        keep=tuple(slot.key for slot in scheduled if slot.key in kept) + tuple(unscheduled),
        drop=tuple(slot.key for slot in drop),
        watch_later=tuple(slot.key for slot in drop if slot.recorded),
        alternatives=tuple(slot.key for slot in drop if not slot.recorded),
        total_priority=sum(slot.priority for slot in scheduled if slot.key in kept),
    )
