"""The command line end to end on a temporary database, as a user or a script would use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main

GTC_CODES = {
    "S72484", "S74495", "S73541", "S72890", "S74534", "S72643", "S74412", "S71942", "S72995",
    "S71296", "S74413", "S74438", "S72716", "S72635", "S71897", "S72443", "S74501", "S72672",
    "S72557", "S74073", "S74181",
}  # fmt: skip


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def sessions_json(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> list[dict]:
    code, out, err = run(db, capsys, "sessions", "--json", *args)
    assert code == 0, err
    return json.loads(out)


def test_fresh_database_lists_the_bundled_gtc_catalog(db_path, capsys):
    rows = sessions_json(db_path, capsys)
    assert len(rows) == 21
    assert {r["code"] for r in rows} == GTC_CODES
    assert len({r["track"] for r in rows}) == 7
    required = {
        "key",
        "code",
        "title",
        "track",
        "start",
        "end",
        "timezone",
        "time_status",
        "room",
        "speakers",
        "topics",
        "highlights",
        "summary",
        "bookmarked",
        "priority",
        "note",
    }
    assert all(required <= r.keys() for r in rows)
    by_code = {r["code"]: r for r in rows}
    keynote = by_code["S72484"]
    assert keynote["start"] == "2025-03-18T10:00:00-07:00"
    assert keynote["end"] == "2025-03-18T12:00:00-07:00"
    assert keynote["time_status"] == "confirmed"
    assert keynote["timezone"] == "America/Los_Angeles"
    assert keynote["room"] == "SAP Center"
    assert by_code["S74181"]["time_status"] == "unscheduled"
    assert by_code["S74181"]["start"] is None and by_code["S74181"]["end"] is None
    assert by_code["S74495"]["start"].startswith("2025-03-20T09:00:00-07:00")
    assumed = [r for r in rows if r["time_status"] == "assumed"]
    assert len(assumed) == 18 and all(r["time_note"] for r in assumed)


def test_track_and_day_filters(db_path, capsys):
    advanced = sessions_json(db_path, capsys, "--track", "Technical - Advanced")
    assert len(advanced) == 15
    on_keynote_day = sessions_json(db_path, capsys, "--day", "2025-03-18")
    assert "S72484" in {r["code"] for r in on_keynote_day}
    assert all(r["day"] == "2025-03-18" for r in on_keynote_day)


def test_traditional_and_simplified_search_find_the_same_sessions(db_path, capsys):
    traditional = {r["key"] for r in sessions_json(db_path, capsys, "--search", "自動駕駛")}
    simplified = {r["key"] for r in sessions_json(db_path, capsys, "--search", "自动驾驶")}
    assert traditional == simplified
    assert "gtc2025/S74412" in traditional and len(traditional) >= 3


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("TENSORRT-llm", "S72995"),
        ("s72484", "S72484"),
        ("jensen", "S74495"),
        ("APAC Simulive Room 5", "S74073"),
        ("座艙", "S74413"),
        ("驾驶", "S74412"),
    ],
)
def test_search_covers_title_code_speakers_room_and_short_words(db_path, capsys, query, expected):
    assert expected in {r["code"] for r in sessions_json(db_path, capsys, "--search", query)}


def test_bookmark_clash_and_best_plan(db_path, capsys):
    # S72643 (19:30-20:10, Room 4) and S71942 (19:30-20:30, Room 3) overlap on 17 March.
    assert run(db_path, capsys, "bookmark", "S72643", "--priority", "2")[0] == 0
    assert (
        run(
            db_path, capsys, "bookmark", "gtc2025/S71942", "--priority", "5", "--note", "座艙 talk"
        )[0]
        == 0
    )
    code, out, _ = run(db_path, capsys, "conflicts", "--json")
    assert code == 0
    groups = json.loads(out)
    assert [sorted(g["sessions"]) for g in groups] == [["gtc2025/S71942", "gtc2025/S72643"]]
    assert groups[0]["start"] < groups[0]["end"]
    code, out, _ = run(db_path, capsys, "plan", "--json")
    plan = json.loads(out)
    assert plan["keep"] == ["gtc2025/S71942"] and plan["drop"] == ["gtc2025/S72643"]
    bookmarked = sessions_json(db_path, capsys, "--bookmarked")
    assert {r["code"]: (r["priority"], r["note"]) for r in bookmarked} == {
        "S72643": (2, ""),
        "S71942": (5, "座艙 talk"),
    }


def test_plan_apply_marks_the_dropped_pick_watch_later(db_path, capsys):
    run(db_path, capsys, "bookmark", "S72643", "--priority", "2")
    run(db_path, capsys, "bookmark", "S71942", "--priority", "5")
    assert run(db_path, capsys, "plan", "--apply")[0] == 0
    states = {r["code"]: r["state"] for r in sessions_json(db_path, capsys, "--bookmarked")}
    assert states == {"S71942": "attending", "S72643": "watch-later"}  # simulive: recorded
    _code, out, _ = run(db_path, capsys, "conflicts", "--json")
    assert json.loads(out) == []


def test_unbookmark_and_show(db_path, capsys):
    run(db_path, capsys, "bookmark", "S72484")
    code, out, _ = run(db_path, capsys, "show", "S72484", "--json")
    assert json.loads(out)["bookmarked"] is True
    assert run(db_path, capsys, "unbookmark", "S72484")[0] == 0
    code, out, _ = run(db_path, capsys, "show", "S72484")
    assert code == 0 and "GTC 2025 Keynote" in out and "bookmarked" not in out


def test_show_marks_assumed_and_unscheduled_times(db_path, capsys):
    out = run(db_path, capsys, "show", "S74181")[1]
    assert "unscheduled" in out
    out = run(db_path, capsys, "show", "S74412")[1]
    assert "(assumed)" in out


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["bookmark", "S72484", "--priority", "9"], "--priority"),
        (["sessions", "--day", "18/03/2025"], "--day"),
        (["show", "S99999"], "S99999"),
        (["unbookmark", "S72484"], "S72484"),
        (["sessions", "--track", "Nope"], "--track"),
        (["conflicts", "--buffer", "-5"], "--buffer"),
        (["frobnicate"], "frobnicate"),
    ],
)
def test_bad_arguments_get_one_line_and_status_2(db_path, capsys, args, names):
    code, _, err = run(db_path, capsys, *args)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and names in err
    assert "Traceback" not in err


def test_a_file_that_is_not_a_database_is_refused_cleanly(tmp_path, capsys):
    bad = tmp_path / "notes.sqlite3"
    bad.write_bytes(b"this is not SQLite at all\n" * 100)
    code, _, err = run(bad, capsys, "sessions")
    assert code == 2 and str(bad) in err and len(err.strip().splitlines()) == 1
    assert bad.read_bytes() == b"this is not SQLite at all\n" * 100


def test_a_folder_as_database_is_refused(tmp_path, capsys):
    code, _, err = run(tmp_path, capsys, "sessions")
    assert code == 2 and str(tmp_path) in err


def test_planner_db_environment_variable_is_used(tmp_path):
    db = tmp_path / "env.sqlite3"
    env = {"PLANNER_DB": str(db), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-m", "planner.cli", "sessions", "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert db.exists() and len(json.loads(done.stdout)) == 21


def test_cli_process_reports_errors_without_traceback(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "planner.cli", "--db", str(tmp_path / "x.sqlite3"), "show", "NOPE"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == "planner: NOPE: no session with this key or code"


def test_the_window_without_a_display_says_so_and_keeps_qt_out(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "planner.cli", "--db", str(tmp_path / "x.sqlite3")],
        capture_output=True, text=True, env=env, check=False)  # fmt: skip
    assert done.returncode == 2
    assert "no display" in done.stderr and "Traceback" not in done.stderr


def test_summary_prints_tracks_with_counts(db_path, capsys):
    code, out, _ = run(db_path, capsys, "summary")
    assert code == 0 and "21 sessions, 1 unscheduled; 7 tracks" in out
    assert "Technical - Advanced: 15" in out


def test_a_file_given_alone_is_opened_in_the_window(tmp_path):
    from planner.cli import build_parser
    from planner.cli.window import file_to_open

    commands = build_parser()[1]

    def _file_to_open(argv):
        return file_to_open(argv, commands)

    agenda = tmp_path / "ana.planner-agenda.yaml"
    agenda.write_text("format: conference-planner-agenda\n")
    assert _file_to_open([str(agenda)]) == agenda
    assert _file_to_open(["--db", str(agenda), "sessions"]) is None  # a --db value is no file
    assert _file_to_open(["--db", "x.sqlite3", str(agenda)]) == agenda
    assert _file_to_open(["import", str(agenda)]) is None
    assert _file_to_open(["summary"]) is None
