"""Undo and redo of pick changes, through a real Planner and its database file."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from planner.core.errors import NotFoundError
from planner.core.model import PickState
from planner.gui.picks.undo import (
    PickCommand,
    attend_command,
    best_plan_command,
    keep_only_command,
    note_command,
    priority_command,
    star_command,
    toggle_command,
    unstar_command,
    watch_later_command,
)
from planner.services.planner import Changes, Planner

pytestmark = pytest.mark.gui

SHORT, LONG = "gtc2025/S72643", "gtc2025/S71942"  # clash on Mon 17 March; both simulive
KEYNOTE = "gtc2025/S72484"  # live only


@pytest.fixture()
def stack(qapp):
    return QUndoStack()


@pytest.fixture()
def seen() -> list[Changes]:
    return []


def states(planner: Planner) -> dict[str, PickState]:
    return {key: pick.state for key, pick in planner.picks().items()}


def priorities(planner: Planner) -> dict[str, int]:
    return {key: pick.priority for key, pick in planner.picks().items()}


def test_a_bookmark_undoes_and_redoes_through_the_database(planner, stack, seen):
    stack.push(star_command(planner, ["S72643"], seen.append, priority=4))
    assert priorities(planner) == {SHORT: 4}
    stack.undo()
    assert planner.picks() == {}
    stack.redo()
    assert priorities(planner) == {SHORT: 4}
    assert [c.picks for c in seen] == [frozenset({SHORT})] * 3
    # A second Planner on the same file sees the same: the steps reached the database.
    with Planner(planner.db_path) as other:
        assert set(other.picks()) == {SHORT}


def test_several_commands_undo_in_order(planner, stack, seen):
    stack.push(star_command(planner, [SHORT, LONG, KEYNOTE], seen.append))
    stack.push(priority_command(planner, [LONG], 5, seen.append))
    stack.push(note_command(planner, KEYNOTE, "sit near the front", seen.append))
    stack.push(keep_only_command(planner, KEYNOTE, [KEYNOTE], {}, seen.append))  # no change
    stack.push(unstar_command(planner, [KEYNOTE], seen.append))
    assert stack.count() == 4  # the no-op was not kept
    assert set(planner.picks()) == {SHORT, LONG}
    stack.undo()
    assert planner.picks()[KEYNOTE].note == "sit near the front"
    assert planner.picks()[KEYNOTE].priority == 3
    stack.undo()
    assert planner.picks()[KEYNOTE].note == ""
    stack.undo()
    assert priorities(planner) == {SHORT: 3, LONG: 3, KEYNOTE: 3}
    stack.undo()
    assert planner.picks() == {}
    assert not stack.canUndo()
    for _ in range(4):
        stack.redo()
    assert priorities(planner) == {SHORT: 3, LONG: 5}


def test_keep_only_makes_the_others_watch_later_or_alternatives(planner, stack, seen):
    planner.bookmark([SHORT, LONG, KEYNOTE])
    views = {v.key: v for v in planner.agenda()}
    stack.push(keep_only_command(planner, KEYNOTE, [SHORT, KEYNOTE], views, seen.append))
    assert states(planner)[SHORT] is PickState.WATCH_LATER  # simulive: recorded
    stack.push(keep_only_command(planner, SHORT, [SHORT, KEYNOTE], views, seen.append))
    assert states(planner)[KEYNOTE] is PickState.ALTERNATIVE  # live only
    assert states(planner)[SHORT] is PickState.ATTENDING
    stack.undo()
    stack.undo()
    assert set(states(planner).values()) == {PickState.ATTENDING}


def test_the_best_plan_keeps_the_higher_priority_and_undoes_whole(planner, stack, seen):
    planner.bookmark([SHORT, LONG, KEYNOTE])
    planner.bookmark([SHORT], priority=5)
    assert len(planner.conflicts()) == 1
    stack.push(best_plan_command(planner, None, seen.append))
    assert states(planner) == {
        SHORT: PickState.ATTENDING,
        LONG: PickState.WATCH_LATER,
        KEYNOTE: PickState.ATTENDING,
    }
    assert planner.conflicts() == []
    stack.undo()
    assert set(states(planner).values()) == {PickState.ATTENDING}
    # Redo restores the plan made then, even if priorities have changed since.
    planner.bookmark([LONG], priority=5)
    planner.bookmark([SHORT], priority=1)
    stack.redo()
    assert states(planner)[LONG] is PickState.WATCH_LATER
    assert priorities(planner)[SHORT] == 5


def test_watch_later_and_back(planner, stack, seen):
    planner.bookmark([SHORT])
    stack.push(watch_later_command(planner, SHORT, seen.append))
    stack.push(attend_command(planner, SHORT, seen.append))
    assert states(planner) == {SHORT: PickState.ATTENDING}
    stack.undo()
    assert states(planner) == {SHORT: PickState.WATCH_LATER}
    assert stack.undoText() == "Watch later"


def test_a_failing_action_leaves_no_undo_step(planner, stack, seen):
    def fail(before):  # type: ignore[no-untyped-def]
        raise NotFoundError("S00000: no session with this key or code")

    with pytest.raises(NotFoundError):
        stack.push(PickCommand(planner, [SHORT], fail, "broken", seen.append))
    assert stack.count() == 0 and seen == []
    with pytest.raises(NotFoundError):
        stack.push(star_command(planner, ["S00000"], seen.append))
    assert stack.count() == 0 and planner.picks() == {}


def test_each_step_reports_how_the_picks_changed(planner, stack, seen):
    stack.push(toggle_command(planner, SHORT, seen.append))
    assert stack.undoText() == "Bookmark 1 session"
    stack.push(toggle_command(planner, SHORT, seen.append))
    assert stack.undoText() == "Remove 1 bookmark"
    assert planner.picks() == {}
    stack.undo()
    assert [sorted(c.kinds) for c in seen] == [["added"], ["removed"], ["added"]]
    assert seen[-1].views[SHORT].pick == planner.picks()[SHORT]  # no read needed to show it
