"""Dates the planner cannot show are refused at import, naming the event; nothing is stored.

Before, an event in year 9999 was stored and then crashed ``sessions``, ``show`` and both
exports with a traceback (moving it into the conference's zone overflowed), and one in year 1
crashed the calendar export. The check sits in one place on the import path
(``Planner.store_catalog``, through ``core.dates``), so every reader is covered. Both ends are
tried in three formats through the real command line, and the years just inside the range go
all the way through: import, sessions, show, export ics, export agenda.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner.services.backup import backup_path
from planner.services.planner import Planner
from tests.faults.conftest import child_env


def planner_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner.cli", "--db", str(db), *args],
        capture_output=True, text=True, env=child_env(), check=False, timeout=60,
    )  # fmt: skip


def frab_xml(day: str, zone: str = "Asia/Tokyo", offset: str = "+09:00") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference><acronym>edgecon</acronym><title>Edge Con</title><start>{day}</start>
    <end>{day}</end><days>1</days><time_zone_name>{zone}</time_zone_name></conference>
  <day index="1" date="{day}" start="{day}T09:00:00{offset}" end="{day}T23:00:00{offset}">
    <room name="Hall">
      <event id="1" guid="11111111-1111-1111-1111-111111111111">
        <date>{day}T10:00:00{offset}</date><start>10:00</start><duration>01:30</duration>
        <room>Hall</room><slug>edge</slug><title>At the edge of time</title><track>T</track>
        <type>talk</type><language>en</language><abstract/><description/>
        <persons><person id="1">Ann</person></persons>
      </event>
    </room>
  </day>
</schedule>
"""


def frab_json(day: str) -> str:
    event = {
        "guid": "22222222-2222-2222-2222-222222222222", "id": 2,
        "date": f"{day}T10:00:00-05:00", "start": "10:00", "duration": "01:00",
        "room": "Hall", "title": "At the edge of time", "type": "talk", "persons": [],
    }  # fmt: skip
    day_doc = {"index": 1, "date": day, "rooms": {"Hall": [event]}}
    conference = {
        "acronym": "edgecon", "title": "Edge Con", "start": day, "end": day, "daysCount": 1,
        "time_zone_name": "America/New_York", "days": [day_doc],
    }  # fmt: skip
    return json.dumps({"schedule": {"version": "1", "conference": conference}})


def ics(day: str) -> str:
    compact = day.replace("-", "")
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-CALNAME:Edge Con\r\n"
        f"BEGIN:VEVENT\r\nUID:edge-1\r\nDTSTART:{compact}T100000Z\r\nDTEND:{compact}T110000Z\r\n"
        "SUMMARY:At the edge of time\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


FORMATS = {"xml": frab_xml, "json": frab_json, "ics": ics}


@pytest.fixture()
def db(db_path: Path) -> Path:
    with Planner(db_path) as planner:
        planner.ensure_bundled_catalog()
        planner.bookmark(["S72484"], note="mine")
    return db_path


def snapshot(db: Path) -> tuple[list[str], dict[str, str], bytes]:
    with Planner(db) as planner:
        conferences = [info.conference.id for info in planner.conferences()]
        picks = {key: pick.note for key, pick in planner.picks().items()}
    return conferences, picks, backup_path(db).read_bytes()


@pytest.mark.parametrize("kind", sorted(FORMATS))
@pytest.mark.parametrize(("day", "year"), [("9999-12-31", 9999), ("0001-01-01", 1)])
def test_an_event_at_either_end_of_time_is_refused_naming_it(db, tmp_path, kind, day, year):
    source = tmp_path / f"edge.{kind}"
    source.write_text(FORMATS[kind](day))
    before = snapshot(db)
    done = planner_cli(db, "import", str(source))
    assert done.returncode == 2 and done.stdout == "", done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith(f"planner: {source}: ")
    assert "event 'At the edge of time' (edge" in line
    assert f"its start is in year {year}, outside the years 1900-2200" in line
    assert line.endswith("nothing was imported")
    assert "Traceback" not in done.stderr
    assert snapshot(db) == before
    # Everything else goes on as before, without a traceback.
    for command in (
        ["sessions"],
        ["show", "S72484"],
        ["export", "ics", str(tmp_path / "out.ics")],
        ["export", "agenda", str(tmp_path / "out.yaml")],
    ):
        after = planner_cli(db, *command)
        assert after.returncode == 0, (command, after.stderr)
        assert "At the edge of time" not in after.stdout


@pytest.mark.parametrize("day", ["1900-06-01", "2200-06-01"])
def test_the_last_years_inside_the_range_go_all_the_way_through(db, tmp_path, day):
    source = tmp_path / "edge.xml"
    source.write_text(frab_xml(day))
    imported = planner_cli(db, "import", str(source))
    assert imported.returncode == 0, imported.stderr
    key = "edgecon/11111111-1111-1111-1111-111111111111"
    assert planner_cli(db, "bookmark", key).returncode == 0
    steps = {
        "sessions": ["--conference", "edgecon", "sessions", "--bookmarked"],
        "show": ["show", key],
        "ics": ["--conference", "edgecon", "export", "ics", str(tmp_path / "edge.ics")],
        "agenda": ["--conference", "edgecon", "export", "agenda", str(tmp_path / "edge.yaml")],
    }
    for name, command in steps.items():
        done = planner_cli(db, *command)
        assert done.returncode == 0 and done.stderr == "", (name, done.stderr)
    assert "At the edge of time" in planner_cli(db, "show", key).stdout
    calendar = (tmp_path / "edge.ics").read_text()
    assert f"DTSTART;TZID=Asia/Tokyo:{day.replace('-', '')}T100000" in calendar
    other = tmp_path / "other.sqlite3"
    assert planner_cli(other, "import", str(source)).returncode == 0
    merged = planner_cli(other, "import", "agenda", str(tmp_path / "edge.yaml"), "--merge")
    assert merged.returncode == 0, merged.stderr
    assert "added 1" in merged.stdout
