"""Keys and runs: which events of a file are one session given more than once.

A schedule's own id (frab's guid or id, an iCalendar UID) is the natural key of a session,
but real files reuse it: a workshop held twice keeps its guid, a merged schedule reuses numeric
ids, and some feeds give one UID to every talk. Two events are runs of one session only when
they share the id *and* the title; others that share an id are different sessions, told apart
by their title. Every reader gets its keys here, so the rule is the same for every format.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from planner.formats.cleaning import clean_line, slugify

__all__ = ["Identity", "local_ids"]


@dataclass(frozen=True, slots=True)
class Identity:
    """What identifies one event: the file's id for it, its title, and when it starts."""

    base: str  # the id as the key will carry it (a guid in lower case, a UID...)
    title: str
    order: tuple[datetime, int]  # its start (or a stand-in) and its place in the file


def local_ids(items: Sequence[Identity]) -> list[tuple[str, str]]:
    """(local id, series) for each item, in input order.

    Runs of one session (same id, same title) keep one series; the earliest run gets the plain
    id and later ones "#2", "#3"... Among the sessions that share an id, the earliest keeps the
    id as it is and the others get "-<title slug>" (so keys stay stable when one is added).
    """
    groups: dict[str, dict[str, list[int]]] = {}
    for index, item in enumerate(items):
        variant = clean_line(item.title).casefold()
        groups.setdefault(item.base, {}).setdefault(variant, []).append(index)
    result: list[tuple[str, str]] = [("", "")] * len(items)
    taken: set[str] = set()
    for base, variants in groups.items():
        ordered = sorted(variants.items(), key=lambda kv: min(items[i].order for i in kv[1]))
        for rank, (variant, members) in enumerate(ordered):
            series = _unique(base if rank == 0 else f"{base}-{slugify(variant) or rank + 1}", taken)
            for run, i in enumerate(sorted(members, key=lambda i: items[i].order), start=1):
                result[i] = (series if run == 1 else f"{series}#{run}", series)
    return result


def _unique(candidate: str, taken: set[str]) -> str:
    unique, n = candidate, 1
    while unique in taken:
        n += 1
        unique = f"{candidate}~{n}"
    taken.add(unique)
    return unique
