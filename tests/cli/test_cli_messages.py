"""What the command line says when a user's first tries miss: a day, a track, a conference id
typed in another case, a code that lands in another conference; and counts said in words.

Run on the project's own fixtures (TinyConf 2025 beside the bundled GTC catalog).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.running import run


@pytest.fixture()
def tinyconf_db(db_path: Path, fixtures: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The bundled GTC catalog, then TinyConf 2025 imported (so TinyConf is current)."""
    code, _, err = run(db_path, capsys, "import", str(fixtures / "frab" / "tinyconf-2025.xml"))
    assert code == 0, err
    return db_path


# --- point 5: a day the conference does not have -------------------------------------------------


def test_a_day_without_sessions_says_the_days_there_are(tinyconf_db, capsys):
    code, out, err = run(tinyconf_db, capsys, "sessions", "--day", "2025-02-05")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "TinyConf 2025: 0 sessions (times in Europe/Brussels)",
        "(TinyConf 2025 has no session on Wed 5 Feb; its days are 2025-02-01, 2025-02-02: "
        "--day 2025-02-01 looks at the first)",
    ]


def test_a_day_with_sessions_that_other_options_leave_out_says_nothing_more(tinyconf_db, capsys):
    code, out, _ = run(tinyconf_db, capsys, "sessions", "--day", "2025-02-02", "--room", "Depage",
                       "--search", "keynote")  # fmt: skip
    assert code == 0
    assert out.splitlines() == ["TinyConf 2025: 0 sessions (times in Europe/Brussels)"]


@pytest.mark.parametrize("conference", ["tinyconf-2025", "gtc2025"])
def test_a_bad_date_asks_for_the_format_not_another_conferences_date(
    tinyconf_db, capsys, conference
):
    code, out, err = run(tinyconf_db, capsys, "--conference", conference, "sessions", "--day",
                         "2025-2-5")  # fmt: skip
    assert (code, out) == (2, "")
    assert err.endswith("argument --day: '2025-2-5' is not a date: give it as YYYY-MM-DD\n")
    assert "2025-03-18" not in err


# --- point 6: the tracks a refusal lists ---------------------------------------------------

EMPTY_TRACKS = (
    '    <track online_qa="false">Lightning, Sparks and Flashes</track>\n'
    '    <track online_qa="false">Ruby</track>\n'
)


@pytest.fixture()
def empty_tracks_db(db_path: Path, fixtures: Path, tmp_path: Path, capsys) -> Path:
    """TinyConf with two more tracks in its <tracks> block that hold no session (one with
    commas in its name), as FOSDEM lists "Lightning Talks" with nothing in it."""
    text = (fixtures / "frab" / "tinyconf-2025.xml").read_text(encoding="utf-8")
    schedule = tmp_path / "tinyconf-2025.xml"
    schedule.write_text(text.replace("  <tracks>\n", "  <tracks>\n" + EMPTY_TRACKS, 1),
                        encoding="utf-8")  # fmt: skip
    assert run(db_path, capsys, "import", str(schedule))[0] == 0
    return db_path


def test_an_unknown_track_lists_the_tracks_with_sessions_closest_first(empty_tracks_db, capsys):
    code, out, err = run(empty_tracks_db, capsys, "sessions", "--track", "Rusty")
    assert (code, out) == (2, "")
    assert err == (
        "planner: --track Rusty: no such track in tinyconf-2025; its 5 tracks with sessions, "
        "closest first: Rust; Lightning Talks; Main; Security; Community & Events\n"
    )
    _, summary, _ = run(empty_tracks_db, capsys, "summary")
    assert "5 tracks" in summary.splitlines()[0]  # the same count as the refusal


def test_a_track_without_sessions_is_found_by_its_whole_name_only(empty_tracks_db, capsys):
    code, out, _ = run(empty_tracks_db, capsys, "sessions", "--track", "lightning")
    assert code == 0 and out.splitlines()[0].startswith("TinyConf 2025: 2 sessions")
    code, out, _ = run(empty_tracks_db, capsys, "sessions", "--track", "RUBY")
    assert code == 0 and out.splitlines() == ["TinyConf 2025: 0 sessions (times in "
                                              "Europe/Brussels)"]  # fmt: skip


def test_a_long_list_of_tracks_is_one_line_and_whole(db_path, tmp_path, capsys):
    tracks = "".join(f'    <track>Track {n:02d}, part {n}</track>\n' for n in range(60))
    events = "".join(
        f'      <event guid="e{n}" id="{n}"><date>2025-02-01T10:00:00+01:00</date>'
        f"<start>10:00</start><duration>00:30</duration><room>R{n}</room>"
        f"<title>Talk {n}</title><track>Track {n:02d}, part {n}</track></event>\n"
        for n in range(60)
    )
    schedule = tmp_path / "many.xml"
    schedule.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<schedule><conference><acronym>many-25'
        "</acronym><title>Many Tracks</title><time_zone_name>Europe/Brussels</time_zone_name>"
        f"</conference><tracks>\n{tracks}</tracks>\n"
        '<day index="1" date="2025-02-01"><room name="R">\n'
        f"{events}</room></day></schedule>\n",
        encoding="utf-8",
    )
    assert run(db_path, capsys, "import", str(schedule))[0] == 0
    code, _, err = run(db_path, capsys, "sessions", "--track", "Track 7, part 77")
    assert code == 2 and err.count("\n") == 1
    listed = err.split("closest first: ", 1)[1].rstrip("\n").split("; ")
    assert len(listed) == 60 and "more" not in err
    assert listed[0] == "Track 07, part 7"  # the closest, first


# --- point 7: conference ids in any case ----------------------------------------------------------


def test_a_conference_id_is_taken_in_any_case(tinyconf_db, capsys):
    code, out, err = run(tinyconf_db, capsys, "use", "GTC2025")
    assert (code, err) == (0, "")
    assert out == "gtc2025 (NVIDIA GTC 2025) is now the current conference\n"
    code, out, err = run(tinyconf_db, capsys, "--conference", "TinyConf-2025", "bookmark", "1002")
    assert code == 0, err
    assert out.startswith("bookmarked 1002 ")
    code, out, _ = run(tinyconf_db, capsys, "--conference", "TINYCONF-2025", "sessions",
                       "--bookmarked")  # fmt: skip
    assert code == 0 and out.splitlines()[0].startswith("TinyConf 2025: 1 session ")
    code, _, err = run(tinyconf_db, capsys, "use", "tinyconf")
    assert code == 2
    assert err == "planner: tinyconf: no such conference (`planner conferences` lists them)\n"


# --- a bookmark that lands in another conference than the current one -----------------------


def test_a_bookmark_in_another_conference_says_which_and_again_says_the_title(tinyconf_db, capsys):
    code, _, err = run(tinyconf_db, capsys, "use", "gtc2025")
    assert code == 0, err
    code, out, err = run(tinyconf_db, capsys, "bookmark", "1002", "S72484")
    assert (code, err) == (0, "")
    first = out.splitlines()
    assert first[0].startswith("bookmarked 1002")
    assert first[0].endswith("Rust in the Linux kernel: two years on (priority 3, attending) "
                             "in tinyconf-2025")  # fmt: skip
    assert "in gtc2025" not in first[1] and "(priority 3, attending)" in first[1]
    code, out, err = run(tinyconf_db, capsys, "bookmark", "1002", "S72484")  # nothing changes
    assert (code, err, out.splitlines()) == (0, "", first)
