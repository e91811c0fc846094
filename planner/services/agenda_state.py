"""Everything "My agenda" shows, worked out once per change: picks, clashes, decisions, plan.

The list's clash marks, the timeline, the clash panel, the status bar and the navigation's
count all read one ``AgendaState``, so a change is worked out once, not once per screen.
``AgendaState.updated`` folds a ``Changes`` that carries its picks and sessions (every pick
change of the facade does) into a new state without reading the database; anything else
(an import, a change from another program) is read afresh with ``Planner.agenda_state``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime

from planner.core.clash_slots import ClashSlot, clash_slots
from planner.core.conflicts import ClashGroup, Plan, Slot, best_plan, find_conflicts
from planner.core.model import Pick, PickState, SessionView, conference_of
from planner.services.changes import Changes

_NOTHING = Plan((), (), (), (), 0)


def _start_order(view: SessionView) -> tuple[bool, datetime | None, str, str]:
    start = view.session.start
    return (start is None, start, view.session.title, view.key)


def attending_slots(views: Iterable[SessionView]) -> list[Slot]:
    """The picks the user means to sit in, as the solver sees them (planned times first)."""
    slots = []
    for view in views:
        pick = view.pick
        if pick is None or view.cancelled or pick.state is not PickState.ATTENDING:
            continue
        slots.append(
            Slot(
                key=view.key,
                start=pick.planned_start or view.session.start,
                end=pick.planned_end or view.session.end,
                room=view.session.room,
                priority=pick.priority,
                recorded=view.session.recorded,
            )
        )
    return slots


@dataclass(frozen=True, slots=True)
class AgendaState:
    """One conference's picks and what follows from them (see the module docstring)."""

    conference_id: str | None
    picks: Mapping[str, Pick] = field(default_factory=dict)
    views: tuple[SessionView, ...] = ()  # the picked sessions the catalog has, by start
    groups: tuple[ClashGroup, ...] = ()
    decisions: tuple[ClashSlot, ...] = ()
    plan: Plan = _NOTHING
    # Each clashing pick -> the picks it must be chosen against, in time order.
    rivals: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    revision: int | None = None  # of the picks it was read or folded from (migration 0011)

    @classmethod
    def build(
        cls,
        conference_id: str | None,
        picks: Mapping[str, Pick],
        views: Iterable[SessionView],
        revision: int | None = None,
    ) -> AgendaState:
        ordered = tuple(sorted(views, key=_start_order))
        slots = attending_slots(ordered)
        decisions = tuple(clash_slots(slots))
        rivals: dict[str, list[str]] = {}
        for decision in decisions:
            for key in decision.keys:
                known = rivals.setdefault(key, [])
                known += [k for k in decision.keys if k != key and k not in known]
        return cls(
            conference_id,
            dict(picks),
            ordered,
            tuple(find_conflicts(slots)),
            decisions,
            best_plan(slots),
            {key: tuple(found) for key, found in rivals.items()},
            revision,
        )

    def view(self, key: str) -> SessionView | None:
        return next((v for v in self.views if v.key == key), None)

    @property
    def by_key(self) -> dict[str, SessionView]:
        return {view.key: view for view in self.views}

    def updated(self, changes: Changes) -> AgendaState | None:
        """This state with ``changes`` folded in; None when they do not carry enough to, or
        when another program changed picks since this state was read (read it afresh)."""
        if changes.catalogs or changes.now is None or changes.revision is None:
            return None
        if self.revision is None or changes.revision[0] != self.revision:
            return None
        picks, views = dict(self.picks), self.by_key
        for key, pick in changes.now.items():
            if conference_of(key) != self.conference_id:
                continue
            if pick is None:
                picks.pop(key, None)
                views.pop(key, None)
                continue
            known = changes.views.get(key) or views.get(key)
            if known is None and key not in changes.views:
                return None  # a session this change did not read: read the agenda afresh
            picks[key] = pick
            if known is not None:
                views[key] = replace(known, pick=pick)
        return AgendaState.build(self.conference_id, picks, views.values(), changes.revision[1])
