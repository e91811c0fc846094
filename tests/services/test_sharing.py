"""Calendar export and agenda files through the facade and the CLI, on real temporary files."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import icalendar
import pytest

from planner.cli import main
from planner.core.errors import PlannerError
from planner.core.model import Catalog
from planner.formats.gtc_bundle import read_gtc_bundle
from planner.services.planner import Planner


@pytest.fixture()
def planner(db_path):
    with Planner(db_path) as p:
        p.ensure_bundled_catalog()
        yield p


def events(path):
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}


def by_code(ics_events):
    """Events by session code, read back from the description's "Session S12345" line."""
    return {str(e["DESCRIPTION"]).split("Session ")[-1].split()[0]: e for e in ics_events.values()}


def test_export_twice_keeps_uids_raises_sequence_only_where_moved_and_cancels_once(
    planner, tmp_path
):
    planner.bookmark(["S72484", "S72643", "S71942"])
    first = tmp_path / "a.ics"
    result = planner.export_calendar(first, alarm_minutes=10)
    assert (result.events, result.cancelled) == (3, 0)
    one = by_code(events(first))
    assert one["S72484"]["DTSTART"].dt.isoformat() == "2025-03-18T10:00:00-07:00"
    assert all(int(e["SEQUENCE"]) == 0 for e in one.values())

    catalog = read_gtc_bundle()
    moved = tuple(replace(s, start=s.start + timedelta(hours=1), end=s.end + timedelta(hours=1))
                  if s.code == "S72484" else s for s in catalog.sessions)  # fmt: skip
    planner.store_catalog(Catalog(catalog.conference, moved, catalog.tracks), "v2")
    planner.unbookmark(["S71942"])
    second = tmp_path / "b.ics"
    result = planner.export_calendar(second)
    assert (result.events, result.cancelled, result.updated) == (2, 1, 1)
    two = by_code(events(second))
    assert {k: str(e["UID"]) for k, e in two.items()} == {k: str(e["UID"]) for k, e in one.items()}
    assert int(two["S72484"]["SEQUENCE"]) == 1 and int(two["S72643"]["SEQUENCE"]) == 0
    assert str(two["S71942"]["STATUS"]) == "CANCELLED" and int(two["S71942"]["SEQUENCE"]) == 1

    third = tmp_path / "c.ics"
    planner.export_calendar(third)
    assert set(by_code(events(third))) == {"S72484", "S72643"}  # the cancel went out once


def test_unscheduled_picks_are_left_out_and_named(planner, tmp_path):
    planner.bookmark(["S74181", "S72484"])
    result = planner.export_calendar(tmp_path / "x.ics")
    assert result.events == 1 and result.unscheduled == ("gtc2025/S74181",)


def test_assumed_times_go_out_tentative(planner, tmp_path):
    planner.bookmark(["S72643"])
    planner.export_calendar(tmp_path / "x.ics")
    (event,) = events(tmp_path / "x.ics").values()
    assert str(event["STATUS"]) == "TENTATIVE"


def test_an_agenda_saved_on_one_database_merges_into_another(planner, tmp_path):
    planner.bookmark(["S72484"], priority=5, note="前排座位")
    planner.bookmark(["S72643"], priority=2, note="maybe")
    agenda = tmp_path / "ana.yaml"
    assert planner.save_agenda(agenda, owner="Ana") == 2
    with Planner(tmp_path / "colleague.sqlite3") as other:
        other.ensure_bundled_catalog()
        other.bookmark(["S71942"], priority=3, note="mine")
        preview = other.open_agenda(agenda)
        assert len(preview.added) == 2 and other.picks().keys() == {"gtc2025/S71942"}
        assert [sorted(g.keys) for g in preview.new_clashes] == [
            ["gtc2025/S71942", "gtc2025/S72643"]
        ]
        other.open_agenda(agenda, "merge")
        picks = other.picks()
    assert {k: (p.priority, p.note) for k, p in picks.items()} == {
        "gtc2025/S72484": (5, "前排座位"), "gtc2025/S72643": (2, "maybe"),
        "gtc2025/S71942": (3, "mine")}  # fmt: skip


def test_replace_takes_exactly_the_files_picks(planner, tmp_path):
    planner.bookmark(["S72484"])
    agenda = tmp_path / "a.yaml"
    planner.save_agenda(agenda)
    planner.unbookmark(["S72484"])
    planner.bookmark(["S74495"])
    result = planner.open_agenda(agenda, "replace")
    assert result.removed == ("gtc2025/S74495",)
    assert set(planner.picks()) == {"gtc2025/S72484"}


def test_a_hostile_agenda_changes_nothing(planner, tmp_path):
    planner.bookmark(["S72484"], note="keep")
    hostile = tmp_path / "evil.yaml"
    hostile.write_text("!!python/object/apply:os.system ['touch pwned']\n")
    with pytest.raises(PlannerError) as caught:
        planner.open_agenda(hostile, "merge")
    assert str(hostile) in str(caught.value)
    assert planner.picks()["gtc2025/S72484"].note == "keep"
    assert not (tmp_path / "pwned").exists()


def test_cli_export_and_agenda_round_trip(db_path, tmp_path, capsys):
    db = ["--db", str(db_path)]
    assert main([*db, "bookmark", "S72484", "S74181", "--priority", "4"]) == 0
    assert main([*db, "export", "ics", str(tmp_path / "me.ics"), "--alarm", "15"]) == 0
    out = capsys.readouterr().out
    assert "1 event(s)" in out and "left out 1 unscheduled" in out
    assert main([*db, "export", "agenda", str(tmp_path / "me.yaml"), "--owner", "Bo"]) == 0
    other = ["--db", str(tmp_path / "other.sqlite3")]
    assert main([*other, "import", "agenda", str(tmp_path / "me.yaml")]) == 0
    assert "Nothing changed" in capsys.readouterr().out
    assert main([*other, "import", "agenda", str(tmp_path / "me.yaml"), "--merge"]) == 0
    capsys.readouterr()
    assert main([*other, "sessions", "--bookmarked"]) == 0
    listed = capsys.readouterr().out
    assert "S72484" in listed and "S74181" in listed


def test_cli_refuses_a_wrong_format_agenda_with_one_line(db_path, tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: something-else\nversion: 1\n")
    assert main(["--db", str(db_path), "import", "agenda", str(bad), "--merge"]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and len(err.strip().splitlines()) == 1
