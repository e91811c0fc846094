"""`planner import` of schedules that name no time zone, from the command line, end to end.

A file with a city but no zone gives the right instants; one with neither shows every time as
not confirmed everywhere a user looks (sessions --json, the list, the detail, the calendar
export); `--timezone` fixes it and is remembered for the next import of that conference.
Other files of issue 12 that a user meets at the command line are here too: an empty schedule,
the seeds' folder, all-day events, zero-length events in an export.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import icalendar
import pytest

from planner.cli import main
from tests.formats.schedule_checks import CASES


def cli(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def rows(db: Path, capsys: pytest.CaptureFixture[str], conference: str) -> dict[str, dict]:
    code, out, err = cli(db, capsys, "--conference", conference, "sessions", "--json")
    assert code == 0, err
    return {r["title"]: r for r in json.loads(out)}


def test_a_file_with_a_city_but_no_zone_imports_at_the_right_instants(db_path, capsys):
    code, out, err = cli(db_path, capsys, "import", str(CASES / "tiny_city.xml"))
    assert code == 0, err
    assert "times in Europe/Berlin" in out and "not confirmed" not in out
    opening = rows(db_path, capsys, "tiny24")["Opening"]
    assert opening["start"] == "2024-03-09T09:00:00+01:00"  # 08:00 UTC
    assert (opening["timezone"], opening["time_status"]) == ("Europe/Berlin", "confirmed")


def test_a_file_with_no_zone_and_no_city_is_unconfirmed_everywhere(db_path, tmp_path, capsys):
    code, out, err = cli(db_path, capsys, "import", str(CASES / "tiny_nozone.xml"))
    assert code == 0, err
    assert "a guess: not confirmed" in out and "--timezone" in out
    found = rows(db_path, capsys, "tiny24")
    assert all(r["time_status"] == "assumed" and "guess" in r["time_note"] for r in found.values())
    code, out, _ = cli(db_path, capsys, "--conference", "tiny24", "sessions")
    assert sum("(assumed)" in line for line in out.splitlines()) == 4  # the list
    key = found["Opening"]["key"]
    code, out, _ = cli(db_path, capsys, "show", key)
    assert "(assumed)" in out and "note on time:" in out and "guess" in out  # the detail
    conference = json.loads(cli(db_path, capsys, "conferences", "--json")[1])
    tiny = next(c for c in conference if c["id"] == "tiny24")
    assert (tiny["timezone_confirmed"], tiny["zone_source"]) == (False, "guessed")
    # The calendar export: TENTATIVE, the title says so, and the note says the zone is a guess.
    assert cli(db_path, capsys, "bookmark", key)[0] == 0
    out_path = tmp_path / "agenda.ics"
    code, _, err = cli(db_path, capsys, "--conference", "tiny24", "export", "ics", str(out_path))
    assert code == 0, err
    (event,) = icalendar.Calendar.from_ical(out_path.read_bytes()).walk("VEVENT")
    assert str(event["STATUS"]) == "TENTATIVE"
    assert "time assumed" in str(event["SUMMARY"])
    description = str(event["DESCRIPTION"])
    assert "Time not confirmed" in description and "time zone" in description
    assert "guess" in description


def test_timezone_fixes_a_zone_less_file_and_is_remembered(db_path, tmp_path, capsys):
    path = CASES / "tiny_nozone.xml"
    code, out, err = cli(db_path, capsys, "import", "--timezone", "Europe/Berlin", str(path))
    assert code == 0, err
    assert "not confirmed" not in out
    opening = rows(db_path, capsys, "tiny24")["Opening"]
    assert (opening["start"], opening["time_status"]) == ("2024-03-09T09:00:00+01:00", "confirmed")
    # The conference's next version, imported without --timezone, is read in the same zone.
    update = tmp_path / "tiny-v2.xml"
    shutil.copyfile(path, update)
    code, out, err = cli(db_path, capsys, "import", str(update))
    assert code == 0, err
    assert "times in Europe/Berlin" in out and "not confirmed" not in out
    again = rows(db_path, capsys, "tiny24")
    assert again["Opening"]["start"] == "2024-03-09T09:00:00+01:00"
    assert all(r["time_status"] == "confirmed" for r in again.values())
    changes = json.loads(cli(db_path, capsys, "--conference", "tiny24", "changes", "--json")[1])
    assert changes == []  # the same schedule again: nothing moved


def test_an_earlier_import_of_the_conference_places_its_xcal(db_path, capsys):
    assert cli(db_path, capsys, "import", str(CASES / "tiny.xml"))[0] == 0
    code, out, err = cli(db_path, capsys, "import", str(CASES / "tiny.xcal"))
    assert code == 0, err
    assert "not confirmed" not in out
    found = rows(db_path, capsys, "tiny24")
    assert found["Opening"]["start"] == "2024-03-09T09:00:00+01:00"
    assert all(r["time_status"] == "confirmed" for r in found.values())


def test_a_bad_timezone_is_refused_with_exit_status_2(db_path, capsys):
    code, _, err = cli(db_path, capsys, "import", "--timezone", "Mars/Olympus", "x.xml")
    assert code == 2 and "Mars/Olympus" in err and len(err.strip().splitlines()) == 1


def test_an_empty_schedule_is_an_error_not_an_empty_conference(db_path, tmp_path, capsys):
    path = tmp_path / "schedule.json"
    path.write_text(
        '{"schedule": {"version": "1", "conference": {"acronym": "hub", "title": "Hub",'
        ' "start": "2024-12-27T10:00:00+01:00", "end": "2024-12-30T18:00:00+01:00",'
        ' "days": []}, "events": []}}'
    )
    code, _, err = cli(db_path, capsys, "import", str(path))
    assert code == 2 and "no sessions found" in err and "schedule.events" in err
    conferences = json.loads(cli(db_path, capsys, "conferences", "--json")[1])
    assert "hub" not in {c["id"] for c in conferences}


def test_the_c3voc_schema2_schedule_imports(db_path, capsys):
    code, out, err = cli(db_path, capsys, "import", str(CASES / "tiny_schema2.json"))
    assert code == 0, err
    assert "4 sessions of Tiny Con 2024" in out
    assert rows(db_path, capsys, "tiny24")["Opening"]["code"] == "OPEN24"


def test_the_seeds_folder_and_summary_files_import(db_path, gtc_data, capsys):
    code, out, err = cli(db_path, capsys, "import", str(gtc_data))
    assert code == 0, err
    assert "21 sessions of NVIDIA GTC 2025 (gtc2025)" in out
    summaries = sorted(str(p) for p in gtc_data.glob("*.txt"))
    code, out, err = cli(db_path, capsys, "import", *summaries)
    assert code == 0, err
    assert "not a schedule format" not in err and "have no time" in out


def test_all_day_events_say_what_happened_without_a_date_hint(db_path, tmp_path, capsys):
    path = tmp_path / "days.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nX-WR-CALNAME:Days\r\n"
        b"BEGIN:VEVENT\r\nUID:1@x\r\nDTSTART;VALUE=DATE:20240309\r\nSUMMARY:Hackathon\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    code, out, err = cli(db_path, capsys, "import", str(path))
    assert code == 0, err
    assert "--date" not in out and "all-day" in out


def test_a_zero_length_event_is_exported_without_a_dtend(db_path, tmp_path, capsys):
    path = tmp_path / "flash.xml"
    path.write_text(
        "<schedule><conference><acronym>flash</acronym><time_zone_name>Europe/Berlin"
        '</time_zone_name></conference><day date="2024-03-09"><room name="A"><event id="1">'
        "<start>10:00</start><title>Flash</title></event></room></day></schedule>"
    )
    assert cli(db_path, capsys, "import", str(path))[0] == 0
    assert cli(db_path, capsys, "bookmark", "flash/1")[0] == 0
    out_path = tmp_path / "flash.ics"
    assert cli(db_path, capsys, "--conference", "flash", "export", "ics", str(out_path))[0] == 0
    (event,) = icalendar.Calendar.from_ical(out_path.read_bytes()).walk("VEVENT")
    assert "DTEND" not in event and "DURATION" not in event  # RFC 5545: it takes no time
    assert event.decoded("DTSTART").hour == 10
