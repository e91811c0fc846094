"""The gap finder on a real Planner: free stretches between picks, and what is on in one."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from planner.core.model import PickState
from planner.services import gap_finder
from planner.services.planner import Planner
from tests.catalogs import DAY, at, busy_day, chain

BRUSSELS = ZoneInfo("Europe/Brussels")


def test_free_stretches_lie_between_the_picks_within_the_days_hours(db_path):
    with Planner(db_path) as planner:
        planner.store_catalog(busy_day(), source="test")
        planner.bookmark(["busy/r0n0", "busy/r0n6", "busy/r0n7"])  # 09:00, 12:00 and 12:30
        planner.set_states({"busy/r0n7": PickState.ALTERNATIVE})  # not sat in: still free
        hours = gap_finder.conference_hours(planner.listing("busy"), BRUSSELS)
        assert hours == {DAY: (at(9), at(9, 15) + timedelta(minutes=30 * 16))}
        slots = gap_finder.free_slots(planner.agenda_state("busy"), hours)
        assert slots == [(at(9, 30), at(12)), (at(12, 30), at(17, 15))]
        assert gap_finder.free_slots(planner.agenda_state("busy"), {}) == []


def test_whats_on_puts_the_users_tracks_and_topics_first_and_leaves_out_their_picks(db_path):
    with Planner(db_path) as planner:
        planner.store_catalog(chain(), source="test")
        planner.bookmark(["busy/a", "busy/c"])
        state = planner.agenda_state("busy")
        running = planner.running_between("busy", at(11), at(11, 30))
        assert {v.key for v in running} == {"busy/b", "busy/c", "busy/d", "busy/e"}
        found = gap_finder.whats_on(running, state, at(11), at(11, 30))
        assert [s.view.key for s in found] == ["busy/d", "busy/e", "busy/b"]
        first = found[0]
        assert first.tracks == ("Go",) and first.topics == ("go",) and first.fits
        assert not found[2].fits  # B began at 10:30
