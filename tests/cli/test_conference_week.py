"""The command line through a conference week, as a new user would use it.

GTC comes bundled; TinyConf (tests/fixtures/frab/tinyconf-2025.xml, Brussels time) is imported
next. Every command then works on TinyConf without --conference, names sessions by code and
title, prints times in Brussels (or the zone asked for), and finds sessions by room, speaker,
track, time and a ranked search.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from planner.cli import main
from tests.cli.running import run

TINY = "tinyconf-2025"
KEY = re.compile(r"\b(gtc2025|tinyconf-2025|democamp)/")


@pytest.fixture()
def week(db_path: Path, fixtures: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A database with GTC (bundled) and then TinyConf imported."""
    code, out, err = run(db_path, capsys, "import", str(fixtures / "frab" / "tinyconf-2025.xml"))
    assert code == 0, err
    assert f"{TINY} is now the current conference" in out
    return db_path


def codes(out: str) -> list[str]:
    """The session codes of a session list, in its order."""
    return re.findall(r"^(?:★\d| {2}) (\S+)", out, flags=re.MULTILINE)


# --- the current conference ----------------------------------------------------------------------


def test_the_conference_just_imported_is_the_current_one(week, capsys):
    code, out, _ = run(week, capsys, "sessions")
    assert code == 0 and out.startswith("TinyConf 2025: 13 sessions (times in Europe/Brussels)")
    _, out, _ = run(week, capsys, "conferences")
    lines = out.splitlines()
    assert lines[0].startswith("  gtc2025 ") and lines[1].startswith(f"* {TINY} ")
    assert json.loads(run(week, capsys, "conferences", "--json")[1])[1]["current"] is True


def test_use_switches_and_every_command_follows(week, capsys):
    code, out, _ = run(week, capsys, "use", "gtc2025")
    assert code == 0 and out == "gtc2025 (NVIDIA GTC 2025) is now the current conference\n"
    assert run(week, capsys, "sessions")[1].startswith("NVIDIA GTC 2025: 21 sessions")
    assert run(week, capsys, "conferences")[1].startswith("* gtc2025 ")
    code, _, err = run(week, capsys, "use", "nope")
    assert code == 2
    assert err == "planner: nope: no such conference (`planner conferences` lists them)\n"


def test_the_import_hint_shows_the_changes_of_that_import(week, fixtures, tmp_path, capsys):
    changed = tmp_path / "v2.xml"
    text = (fixtures / "frab" / "tinyconf-2025.xml").read_text(encoding="utf-8")
    changed.write_text(text.replace("Closing talk", "Closing talk and prizes"), encoding="utf-8")
    run(week, capsys, "use", "gtc2025")
    _, out, _ = run(week, capsys, "import", str(changed))
    assert "1 change(s) since the previous version, 0 to your picks: see `planner changes`" in out
    _, out, _ = run(week, capsys, "changes")  # no --conference: the one just imported
    renamed = "1010     Closing talk and prizes  (Closing talk -> Closing talk and prizes)"
    assert renamed in out


def test_conferences_and_summary_count_alike(db_path, capsys):
    _, listed, _ = run(db_path, capsys, "conferences")
    _, summary, _ = run(db_path, capsys, "summary")
    assert "21 sessions, 1 unscheduled" in listed and "21 sessions, 1 unscheduled" in summary


# --- codes and titles, not keys ----------------------------------------------------------------


def test_bookmark_conflicts_plan_and_changes_name_codes_and_titles(week, capsys):
    _, out, _ = run(week, capsys, "bookmark", "1002", "1004", "--priority", "4")
    assert out.splitlines() == [
        "bookmarked 1002     Rust in the Linux kernel: two years on (priority 4, attending)",
        "bookmarked 1004     Writing a Rust compiler backend (priority 4, attending)",
    ]
    texts = [out]
    for command in (["conflicts"], ["plan"], ["unbookmark", "1004"], ["sessions", "--bookmarked"]):
        code, out, err = run(week, capsys, *command)
        assert code == 0, err
        texts.append(out)
    assert "Rust in the Linux kernel: two years on" in texts[1] and "1004" in texts[2]
    assert texts[3] == "removed 1004     Writing a Rust compiler backend\n"
    assert not any(KEY.search(text) for text in texts), texts
    _, out, _ = run(week, capsys, "conflicts", "--json")
    assert out.count(f"{TINY}/") == 0  # no clash is left...
    run(week, capsys, "bookmark", "1004")
    assert f'"{TINY}/' in run(week, capsys, "conflicts", "--json")[1]  # ...and JSON keeps keys


# --- times in the zone -------------------------------------------------------------------------


def test_conflicts_and_plan_show_times_and_priorities(week, capsys):
    run(week, capsys, "bookmark", "1002", "--priority", "5")
    run(week, capsys, "bookmark", "1004", "--priority", "2")
    _, out, _ = run(week, capsys, "conflicts")
    assert out.splitlines() == [
        "1 clash group (times in Europe/Brussels):",
        "- Sat 1 Feb 10:00-10:25",
        "    ★2 1004     Sat 1 Feb 10:00-10:25        Writing a Rust compiler backend @ K.3.201",
        "    ★5 1002     Sat 1 Feb 10:00-10:50        Rust in the Linux kernel: two years on "
        "@ Janson",
    ]
    _, out, _ = run(week, capsys, "plan", "--zone", "UTC")
    assert out.splitlines()[:3] == [
        "Best plan (times in UTC): keep 1, drop 1; priority kept 5",
        "  keep   ★5 1002     Sat 1 Feb 09:00-09:50        Rust in the Linux kernel: two years on "
        "@ Janson",
        "  later  ★2 1004     Sat 1 Feb 09:00-09:25        Writing a Rust compiler backend "
        "@ K.3.201 "
        "(recorded: watch later)",
    ]


def test_a_session_past_midnight_says_plus_one(week, capsys):
    _, out, _ = run(week, capsys, "show", "1008", "--zone", "UTC")
    assert "  when: Sat 1 Feb 23:30-00:15 (+1) (UTC)" in out
    _, out, _ = run(week, capsys, "show", "1008")
    assert "  when: Sun 2 Feb 00:30-01:15 (Europe/Brussels)" in out


def test_zone_local_is_this_computers_zone(week, capsys, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    _, out, _ = run(week, capsys, "sessions", "--zone", "local", "--track", "main")
    assert out.splitlines() == [
        "TinyConf 2025: 2 sessions (times in this computer's zone, Asia/Tokyo)",
        "   1001     Sat 1 Feb 17:30-17:55        Welcome to TinyConf 2025 @ Janson",
        "   1010     Mon 3 Feb 00:00-00:50        Closing talk @ Janson",
    ]
    code, _, err = run(week, capsys, "sessions", "--zone", "Mars/Olympus")
    assert code == 2 and "--zone" in err and len(err.splitlines()) == 1


def test_changes_show_moved_times_in_the_zone(week, fixtures, tmp_path, capsys):
    run(week, capsys, "bookmark", "1011")
    text = (fixtures / "frab" / "tinyconf-2025.xml").read_text(encoding="utf-8")
    moved = text.replace("2025-02-02T10:00:00+01:00</date>\n        <start>10:00", "2025-02-02T"
                         "12:00:00+01:00</date>\n        <start>12:00")  # fmt: skip
    assert moved != text
    (tmp_path / "v2.xml").write_text(moved, encoding="utf-8")
    run(week, capsys, "import", str(tmp_path / "v2.xml"))
    _, out, _ = run(week, capsys, "changes")
    assert out.splitlines()[:3] == [
        "What the latest import of TinyConf 2025 changed (times in Europe/Brussels):",
        "Your picks:",
        "  moved     1011     Lightning talk: trustworthy builds  "
        "(Sun 2 Feb 10:00-10:15 -> Sun 2 Feb 12:00-12:15)",
    ]
    assert "T09:00:00+00:00" not in out


# --- pick state ----------------------------------------------------------------------------------


def test_a_state_is_set_without_losing_the_note_and_shown_in_lists(week, capsys):
    run(week, capsys, "bookmark", "1006", "--note", "see the slides")
    _, out, _ = run(week, capsys, "bookmark", "1006", "--state", "watch-later")
    assert out == (
        "bookmarked 1006     Memory safety without garbage collection (priority 3, watch-later)\n"
    )
    run(week, capsys, "bookmark", "1003", "--state", "alternative")
    _, out, _ = run(week, capsys, "sessions", "--bookmarked")
    assert codes(out) == ["1006", "1003"]
    assert "Memory safety without garbage collection @ K.3.201 [watch later]" in out
    assert "Trusted boot for everyone @ Janson [alternative]" in out
    row = json.loads(run(week, capsys, "show", "1006", "--json")[1])
    assert (row["state"], row["note"]) == ("watch-later", "see the slides")
    code, _, err = run(week, capsys, "bookmark", "1006", "--state", "maybe")
    assert code == 2 and "--state" in err


def test_export_leaves_watch_later_out_or_marks_it(week, tmp_path, capsys):
    run(week, capsys, "bookmark", "1002")
    run(week, capsys, "bookmark", "1004", "--state", "watch-later")
    run(week, capsys, "bookmark", "1001", "--state", "alternative")
    _, out, _ = run(week, capsys, "export", "ics", str(tmp_path / "a.ics"))
    assert out.splitlines() == [
        f"{tmp_path / 'a.ics'}: 2 event(s)",
        "left out 1 pick to watch later (--watch-later puts them in, marked)",
    ]
    calendar = (tmp_path / "a.ics").read_text(encoding="utf-8")
    assert "Writing a Rust compiler backend" not in calendar
    assert "SUMMARY:Alternative: Welcome to TinyConf 2025" in calendar
    assert calendar.count("TRANSP:TRANSPARENT") == 1  # the alternative leaves its time free
    run(week, capsys, "export", "ics", str(tmp_path / "b.ics"), "--watch-later")
    calendar = (tmp_path / "b.ics").read_text(encoding="utf-8")
    assert "SUMMARY:Watch later: Writing a Rust compiler backend" in calendar
    assert calendar.count("BEGIN:VEVENT") == 3 and calendar.count("TRANSP:TRANSPARENT") == 2


# --- finding things ------------------------------------------------------------------------------


def test_room_speaker_and_track_in_any_case(week, capsys):
    assert codes(run(week, capsys, "sessions", "--room", "janson")[1]) == [
        "1001", "1002", "1003", "1009", "1010"]  # fmt: skip
    assert codes(run(week, capsys, "sessions", "--room", "h.1302")[1]) == [
        "1007#1", "1008", "1007#2"]  # fmt: skip
    assert codes(run(week, capsys, "sessions", "--speaker", "MÜLLER")[1]) == ["1002"]
    assert codes(run(week, capsys, "sessions", "--speaker", "胡瑋文")[1]) == ["1004"]  # Traditional
    assert codes(run(week, capsys, "sessions", "--track", "RUST")[1]) == ["1002", "1004", "1009"]
    lightning = run(week, capsys, "sessions", "--track", "lightning", "--day", "2025-02-02")[1]
    assert codes(lightning) == ["1011", "1012"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--track", "Go"], "planner: --track Go: no such track in tinyconf-2025; its 5 tracks "
         "with sessions: Lightning Talks; Main; Rust; Security; Community & Events"),
        (["--room", "Aula"], "planner: --room Aula: no such room in tinyconf-2025; its 3 rooms: "
         "H.1302 (Depage); Janson; K.3.201"),
        (["--speaker", "Nobody"], "planner: --speaker Nobody: nobody of that name speaks at "
         "tinyconf-2025"),
        (["--now", "--at", "soon"], "planner: --at: 'soon' is not a time like 2025-02-01T10:15"),
    ],
)  # fmt: skip
def test_an_unknown_name_lists_the_ones_there_are(week, capsys, args, message):
    code, _, err = run(week, capsys, "sessions", *args)
    assert code == 2 and err == message + "\n"


def test_now_and_next_in_the_conference_zone(week, capsys):
    _, out, _ = run(week, capsys, "sessions", "--now", "--at", "2025-02-01 10:10")
    assert out.splitlines()[0] == (
        "TinyConf 2025: 2 sessions on at Sat 1 Feb 10:10 (times in Europe/Brussels)"
    )
    assert codes(out) == ["1002", "1004"]
    _, out, _ = run(week, capsys, "sessions", "--next", "--at", "2025-02-01 10:10")
    assert codes(out) == ["1005", "1003", "1007#1"]  # the next in K.3.201, Janson, H.1302
    _, out, _ = run(week, capsys, "sessions", "--now", "--at", "2025-02-01T09:10:00+00:00")
    assert codes(out) == ["1002", "1004"]  # an instant with its offset means the same moment
    _, out, _ = run(week, capsys, "sessions", "--now")  # today, long after the conference
    assert "0 sessions on at" in out and "the conference runs 2025-02-01 to 2025-02-02" in out


def test_a_session_held_twice_is_named_run_by_run(week, capsys):
    code, _, err = run(week, capsys, "show", "1007")
    assert code == 2
    assert err == "planner: 1007: the session is held 2 times; give one: 1007#1, 1007#2\n"
    _, out, _ = run(week, capsys, "show", "1007#2")
    assert "  code: 1007#2   key: tinyconf-2025/" in out and "when: Sun 2 Feb 14:00-16:00" in out
    assert "  also runs: 1007#1  Sat 1 Feb 13:00-15:00 @ H.1302 (Depage)" in out
    _, out, _ = run(week, capsys, "bookmark", "1007#1")
    assert out.startswith("bookmarked 1007#1   Beginners workshop: your first embedded board")


def test_plan_apply_says_when_nothing_was_dropped(week, capsys):
    run(week, capsys, "bookmark", "1001", "1002")
    _, out, _ = run(week, capsys, "plan", "--apply")
    assert out.splitlines()[0] == (
        "Best plan (times in Europe/Brussels): keep all 2 picks, none of them clash"
    )
    assert out.splitlines()[-1] == "Nothing to apply: no pick clashes, so none was dropped."
    run(week, capsys, "bookmark", "1004", "--priority", "1")
    _, out, _ = run(week, capsys, "plan", "--apply")
    assert out.splitlines()[-1].startswith("Applied: 1 pick to watch later; the rest you attend.")
    assert json.loads(run(week, capsys, "show", "1004", "--json")[1])["state"] == "watch-later"


# --- search that ranks ---------------------------------------------------------------------------


def test_search_ranks_words_in_titles_first_and_letters_inside_words_last(week, capsys):
    _, out, _ = run(week, capsys, "sessions", "--search", "rust")
    assert out.splitlines()[0] == (
        "TinyConf 2025: 7 sessions matching 'rust', best first (times in Europe/Brussels)"
    )
    found = codes(out)
    assert set(found[:3]) == {"1002", "1004", "1009"}  # "Rust" in the title
    assert found[3:5] == ["1005", "1006"]  # a speaker called Rusty; Rust in the abstract
    assert set(found[5:]) == {"1003", "1011"}  # "Trusted", "trustworthy": inside words only


def test_search_keeps_chinese_matching(db_path, capsys):
    traditional = codes(run(db_path, capsys, "sessions", "--search", "自動駕駛")[1])
    simplified = codes(run(db_path, capsys, "sessions", "--search", "自动驾驶")[1])
    assert traditional == simplified and "S74412" in traditional and len(traditional) >= 3


# --- housekeeping --------------------------------------------------------------------------------


def test_remove_conference_saves_the_picks_first(week, capsys, tmp_path):
    run(week, capsys, "bookmark", "1002", "--note", "mine")
    run(week, capsys, "bookmark", "S72484")  # a GTC pick stays
    saved = tmp_path / "tiny-picks.yaml"
    code, out, _ = run(week, capsys, "remove-conference", TINY, "--yes", "--save", str(saved))
    assert code == 0 and out.splitlines()[0] == (
        "removed tinyconf-2025 (TinyConf 2025) and 1 pick(s) of it"
    )
    assert f"planner import agenda {saved} --merge" in out
    conferences = json.loads(run(week, capsys, "conferences", "--json")[1])
    assert [c["id"] for c in conferences] == ["gtc2025"]
    mine = json.loads(run(week, capsys, "--conference", "gtc2025", "sessions", "--bookmarked",
                          "--json")[1])  # fmt: skip
    assert [r["code"] for r in mine] == ["S72484"]
    assert saved.read_text(encoding="utf-8").count("key: tinyconf-2025/") == 1
    code, _, err = run(week, capsys, "import", "agenda", str(saved))
    assert code == 2 and err == (
        f"planner: {saved}: the agenda is for TinyConf 2025 (tinyconf-2025), which is not in "
        "the database; import its schedule first. Nothing was changed\n"
    )


def test_remove_conference_asks_and_no_answer_keeps_it(week, capsys, monkeypatch):
    code, _, err = run(week, capsys, "remove-conference", TINY)  # stdin is no terminal here
    assert code == 2 and "--yes" in err
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda question: "n")
    code, out, _ = run(week, capsys, "remove-conference", TINY)
    assert code == 0 and out == "Nothing removed.\n"
    assert len(json.loads(run(week, capsys, "conferences", "--json")[1])) == 2


def test_an_agenda_imported_as_a_schedule_gets_a_hint(week, capsys, tmp_path):
    run(week, capsys, "bookmark", "1002")
    ana = tmp_path / "ana.yaml"
    run(week, capsys, "export", "agenda", str(ana), "--owner", "Ana")
    code, _, err = run(week, capsys, "import", str(ana))
    assert code == 2 and err == (
        f"planner: {ana}: this is a shared agenda, not a schedule; open it with "
        f"`planner import agenda {ana}`\n"
    )


def test_a_multi_file_import_says_which_files_it_did_not_get_to(
    db_path, fixtures, tmp_path, capsys
):
    bad = tmp_path / "broken.json"
    bad.write_text('{"schedule": ', encoding="utf-8")
    later = [fixtures / "frab" / "oldconf-2007.xml", fixtures / "ics" / "utc-feed.ics"]
    first = fixtures / "pretalx" / "democamp.json"
    code, out, err = run(db_path, capsys, "import", str(first), str(bad), *map(str, later))
    assert code == 2 and out.startswith(f"{first}: 11 sessions of DemoCamp 2020")
    assert len(err.splitlines()) == 1 and err.startswith(f"planner: {bad}:")
    assert err.rstrip().endswith(f"; not imported after it: {later[0]}, {later[1]}")
    ids = [c["id"] for c in json.loads(run(db_path, capsys, "conferences", "--json")[1])]
    assert ids == ["gtc2025", "democamp"]


# --- database paths ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("   ", "PLANNER_DB is '   ', which names no file"),
        ("/dev/null", "PLANNER_DB /dev/null: a file of the system's own"),
        ("/proc/self/status", "PLANNER_DB /proc/self/status: a file of the system's own"),
    ],
)
def test_a_planner_db_that_cannot_be_a_database_gets_one_line(
    tmp_path, capsys, monkeypatch, value, words
):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PLANNER_DB", value)
    code = main(["sessions"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith(f"planner: {words}") and len(err.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []  # no file named "   " made in the current folder


def test_a_db_in_a_missing_folder_is_made_and_said(tmp_path, capsys):
    db = tmp_path / "new" / "folder" / "planner.sqlite3"
    code, out, err = run(db, capsys, "summary")
    assert code == 0 and db.exists() and out.startswith("NVIDIA GTC 2025")
    assert err == f"planner: created the folder {db.parent} for the new database planner.sqlite3\n"
    assert run(db, capsys, "summary")[2] == ""  # said once, when it was made


def test_nothing_reaches_the_terminal_that_it_would_act_on(week, capsys):
    run(week, capsys, "bookmark", "1002", "--note", "red\x1b[31m alert\x07 \u202eevil")
    _, out, _ = run(week, capsys, "show", "1002")
    assert "  my note: red[31m alert evil" in out
    assert not any(ch in out for ch in "\x1b\x07\u202e")
    note = json.loads(run(week, capsys, "show", "1002", "--json")[1])["note"]
    assert note == "red\x1b[31m alert\x07 \u202eevil"  # scripts get it whole, escaped
