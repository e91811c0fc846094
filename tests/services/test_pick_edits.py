"""Pick changes in one transaction that say what they did, and the agenda state they update."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from planner.core.errors import NotFoundError
from planner.core.model import PickState
from planner.services import backup, pick_edits
from planner.services.backup import read_backup
from planner.services.changes import PickChange
from planner.services.planner import Planner

SHORT, LONG = "gtc2025/S72643", "gtc2025/S71942"  # clash on Mon 17 March; both simulive
KEYNOTE = "gtc2025/S72484"


@pytest.fixture()
def planner(db_path: Path):
    with Planner(db_path) as opened:
        opened.ensure_bundled_catalog()
        yield opened


def test_the_deferred_backup_follows_off_the_callers_thread(planner, monkeypatch):
    written: list[str] = []
    save = backup.save

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        written.append(threading.current_thread().name)
        return save(*args, **kwargs)

    monkeypatch.setattr(backup, "save", recorded)
    planner.defer_backups()
    for _ in range(5):
        planner.edit_picks([SHORT], pick_edits.toggling)
    planner.flush_backups()
    assert written and set(written) == {"planner-backup"}
    assert len(written) <= 5  # a burst is written once, not once per change
    assert {p.session_key for p in read_backup(planner.backup_path).picks} == set(planner.picks())
    planner.bookmark([KEYNOTE])
    planner.close()  # a pending backup is written before the planner closes
    assert {p.session_key for p in read_backup(planner.backup_path).picks} == {SHORT, KEYNOTE}


def test_a_second_toggle_unstars_and_undo_puts_back_the_note(planner):
    planner.bookmark([KEYNOTE], priority=5, note="front row")
    result = planner.edit_picks([KEYNOTE], pick_edits.toggling)
    assert result.after == {KEYNOTE: None} and result.changes.kinds == {PickChange.REMOVED}
    assert planner.picks() == {}
    back = planner.restore(result.before)
    assert planner.picks()[KEYNOTE].note == "front row"
    assert back.kinds == {PickChange.ADDED} and back.views[KEYNOTE].pick.priority == 5


def test_kinds_say_what_changed(planner):
    planner.bookmark([SHORT])
    assert planner.bookmark([SHORT], note="n").kinds == {PickChange.NOTE}
    assert planner.bookmark([SHORT], priority=1).kinds == {PickChange.PRIORITY}
    assert planner.set_states({SHORT: PickState.WATCH_LATER}).kinds == {PickChange.STATE}
    unchanged = planner.bookmark([SHORT], priority=1)
    assert not unchanged and unchanged.kinds == frozenset()
    assert planner.bookmark([SHORT], note="only").notes_only


def test_codes_are_resolved_and_an_unknown_one_writes_nothing(planner):
    assert planner.bookmark(["S72643"]).picks == {SHORT}
    with pytest.raises(NotFoundError, match="S00000"):
        planner.bookmark(["S72484", "S00000"])
    assert set(planner.picks()) == {SHORT}


def test_switching_runs_is_one_change_of_two_keys(planner):
    planner.bookmark([SHORT], priority=4, note="n")
    changes = planner.switch_run(SHORT, LONG)
    assert changes.now == {SHORT: None, LONG: planner.picks()[LONG]}
    assert planner.picks()[LONG].note == "n" and SHORT not in planner.picks()
    with pytest.raises(NotFoundError):
        planner.switch_run(SHORT, LONG)


def test_the_agenda_state_folds_changes_in_as_a_fresh_read_would(planner):
    state = planner.agenda_state("gtc2025")
    assert state.views == () and state.decisions == ()
    for change in (
        lambda: planner.bookmark([SHORT, LONG, KEYNOTE]),
        lambda: planner.bookmark([LONG], priority=5),
        lambda: planner.set_states({SHORT: PickState.ALTERNATIVE}),
        lambda: planner.unbookmark([KEYNOTE]),
        lambda: planner.set_states({SHORT: PickState.ATTENDING}),
    ):
        state = state.updated(change())
        fresh = planner.agenda_state("gtc2025")
        assert state is not None
        assert state.picks == fresh.picks and state.views == fresh.views
        assert state.groups == fresh.groups and state.decisions == fresh.decisions
        assert state.plan == fresh.plan and state.rivals == fresh.rivals
    assert [d.keys for d in state.decisions] == [(LONG, SHORT)]  # same start: by key
    assert state.rivals == {SHORT: (LONG,), LONG: (SHORT,)}
    assert state.plan.keep[0] == LONG
