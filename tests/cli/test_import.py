"""Importing schedules from the command line, and updating them.

On the project's samples (tests/fixtures) of every format, and on the real published schedules
of the shared corpus when it is there.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from pathlib import Path

import pytest

from planner.cli import main

SAMPLES = {
    "frab/tinyconf-2025.xml": 13,
    "frab/oldconf-2007.xml": 4,
    "pretalx/pretalx-camp.xml": 4,
    "pretalx/democamp.json": 11,
    "ics/brisbane-feed.ics": 5,
    "ics/utc-feed.ics": 4,
    "ics/google-export.ics": 1,
    "ics/exchange.ics": 1,
}
SCHEDULES = {
    "schedules/fosdem_2025.xml": 943,
    "schedules/fosdem_2026.xml": 883,
    "schedules/fosdem_2007.xml": 215,
    "schedules/pretalx_ubucon_eu2019_excerpt.xml": 4,
    "schedules/pyfahrplan_36c3.json": 1351,
    "schedules/voc_frab-camp2019.json": 79,
    "schedules/voc_pretalx-democon.json": 36,
    "schedules/voc_pretalx-rc3.json": 48,
    "ics/giggity_linux_conf_au_2020.ics": 262,
    "ics/giggity_kielux_2020.ics": 24,
    "ics/pretalxstar_glt26_favourites.ics": 13,
    "ics/icalendar_alarm_google_future.ics": 1,
    "ics/icalendar_issue_836_do_not_quote_tzid.ics": 1,
}


def cli(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_every_sample_file_imports_with_its_event_count(db_path, fixtures, capsys):
    code, out, err = cli(db_path, capsys, "import", *(str(fixtures / f) for f in SAMPLES))
    assert code == 0, err
    *imported, last = out.strip().splitlines()
    assert len(imported) == len(SAMPLES) and last.startswith("exchange is now the current")
    code, out, _ = cli(db_path, capsys, "conferences", "--json")
    conferences = json.loads(out)
    assert sorted(c["events"] for c in conferences) == sorted([*SAMPLES.values(), 20])
    assert all({"id", "title", "timezone", "first_day", "last_day", "events"} <= c.keys()
               for c in conferences)  # fmt: skip


def test_every_corpus_file_imports_with_its_event_count(db_path, corpus, capsys):
    code, _, err = cli(db_path, capsys, "import", *(str(corpus / f) for f in SCHEDULES))
    assert code == 0, err
    code, out, _ = cli(db_path, capsys, "conferences", "--json")
    conferences = json.loads(out)
    assert sorted(c["events"] for c in conferences) == sorted([*SCHEDULES.values(), 20])
    gtc = next(c for c in conferences if c["id"] == "gtc2025")
    assert (gtc["first_day"], gtc["last_day"], gtc["timezone"]) == (
        "2025-03-17", "2025-03-21", "America/Los_Angeles")  # fmt: skip
    assert all({"id", "title", "timezone", "first_day", "last_day", "events"} <= c.keys()
               for c in conferences)  # fmt: skip


def test_conference_option_lists_an_imported_schedule(db_path, fixtures, capsys):
    cli(db_path, capsys, "import", str(fixtures / "frab/tinyconf-2025.xml"))
    conference = json.loads(cli(db_path, capsys, "conferences", "--json")[1])[-1]["id"]
    code, out, _ = cli(db_path, capsys, "--conference", conference, "sessions", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 13
    assert all(r["timezone"] == "Europe/Brussels" for r in rows)
    assert all(r["start"].endswith("+01:00") for r in rows)


def test_runs_of_one_session_list_each_other(db_path, fixtures, capsys):
    cli(db_path, capsys, "import", str(fixtures / "frab/tinyconf-2025.xml"))
    listed = cli(db_path, capsys, "--conference", "tinyconf-2025", "sessions", "--json")[1]
    rows = json.loads(listed)
    repeated = [r for r in rows if r["other_runs"]]
    assert [r["code"] for r in repeated] == ["1007", "1007"]  # the workshop, held twice
    assert repeated[0]["other_runs"] == [repeated[1]["key"]]
    assert repeated[1]["other_runs"] == [repeated[0]["key"]]


def test_a_real_schedule_lists_under_its_conference(db_path, corpus, capsys):
    cli(db_path, capsys, "import", str(corpus / "schedules/fosdem_2025.xml"))
    conference = json.loads(cli(db_path, capsys, "conferences", "--json")[1])[-1]["id"]
    code, out, _ = cli(db_path, capsys, "--conference", conference, "sessions", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 943
    assert all(r["timezone"] == "Europe/Brussels" for r in rows)
    assert all(r["start"].endswith("+01:00") for r in rows)


def test_runs_of_a_real_schedule_list_each_other(db_path, corpus, capsys):
    cli(db_path, capsys, "import", str(corpus / "schedules/pyfahrplan_36c3.json"))
    conference = json.loads(cli(db_path, capsys, "conferences", "--json")[1])[-1]["id"]
    rows = json.loads(cli(db_path, capsys, "--conference", conference, "sessions", "--json")[1])
    repeated = [r for r in rows if r["other_runs"]]
    assert repeated, "36C3 holds workshops that run twice"
    keys = {r["key"] for r in rows}
    assert all(set(r["other_runs"]) <= keys and r["key"] not in r["other_runs"] for r in repeated)


def _later(event: str) -> str:
    """The event an hour later, in both its <date> and its <start>."""
    event = re.sub(
        r"(<date>[^T<]*T)(\d\d):", lambda m: f"{m[1]}{int(m[2]) + 1:02d}:", event, count=1
    )
    return re.sub(r"<start>(\d\d):", lambda m: f"<start>{int(m[1]) + 1:02d}:", event, count=1)


def _changed_copy(source: Path, target: Path, moved: str, renamed: str, gone: str) -> None:
    """A copy of a schedule.xml with one event an hour later, one renamed, one cancelled."""
    text = source.read_text(encoding="utf-8")
    text = _edit_event(text, moved, _later)
    text = _edit_event(text, renamed, lambda e: e.replace("<title>", "<title>Renamed: ", 1))
    text = _edit_event(text, gone, lambda e: "")
    target.write_text(text, encoding="utf-8")


def _edit_event(text: str, event_id: str, edit) -> str:  # type: ignore[no-untyped-def]
    start = re.search(rf'<event [^>]*id="{event_id}"', text).start()  # type: ignore[union-attr]
    end = text.index("</event>", start) + len("</event>")
    return text[:start] + edit(text[start:end]) + text[end:]


def _check_an_update(db: Path, capsys, original: Path, target: Path, codes: tuple[str, str, str]):  # type: ignore[no-untyped-def]
    """Import, pick, import a changed copy: every pick kept, every change named."""
    cli(db, capsys, "import", str(original))
    conf = json.loads(cli(db, capsys, "conferences", "--json")[1])[-1]["id"]
    rows = json.loads(cli(db, capsys, "--conference", conf, "sessions", "--json")[1])
    by_code = {r["code"]: r["key"] for r in rows}
    picks = [by_code[c] for c in codes] + [rows[0]["key"]]
    assert cli(db, capsys, "bookmark", *picks, "--note", "mine")[0] == 0
    _changed_copy(original, target, *codes)
    code, out, err = cli(db, capsys, "import", str(target))
    assert code == 0, err
    assert "kept your pick" in out
    code, out, _ = cli(db, capsys, "--conference", conf, "changes", "--json")
    changes = {(c["key"], c["kind"]) for c in json.loads(out) if c["picked"]}
    moved, renamed, gone = (by_code[c] for c in codes)
    assert changes == {(moved, "moved"), (renamed, "renamed"), (gone, "cancelled")}
    mine = json.loads(cli(db, capsys, "--conference", conf, "sessions", "--bookmarked",
                          "--json")[1])  # fmt: skip
    assert {r["key"] for r in mine} == set(picks) and all(r["note"] == "mine" for r in mine)
    assert next(r for r in mine if r["key"] == gone)["cancelled"] is True


def test_a_changed_schedule_keeps_every_pick_and_names_the_changes(
    db_path, fixtures, tmp_path, capsys
):
    # TinyConf's 1002 moves an hour later, 1005 is renamed, and 1012 is cancelled.
    original = fixtures / "frab/tinyconf-2025.xml"
    _check_an_update(db_path, capsys, original, tmp_path / "v2.xml", ("1002", "1005", "1012"))


def test_a_changed_real_schedule_keeps_every_pick_and_names_the_changes(
    db_path, corpus, tmp_path, capsys
):
    # FOSDEM 2025 event 6210 moves an hour later, 6600 is renamed, and 5201 is cancelled.
    original = corpus / "schedules/fosdem_2025.xml"
    _check_an_update(db_path, capsys, original, tmp_path / "v2.xml", ("6210", "6600", "5201"))


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<schedule><conference><title>&lol4;</title></conference></schedule>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE schedule [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<schedule><conference><title>&xxe;</title></conference></schedule>
"""


@pytest.mark.parametrize("payload", [BOMB, EXTERNAL], ids=["entity-bomb", "external-entity"])
def test_hostile_xml_is_refused_quickly_and_nothing_is_written(db_path, tmp_path, capsys, payload):
    cli(db_path, capsys, "sessions")
    before = sqlite3.connect(db_path).execute("SELECT count(*) FROM session").fetchone()
    hostile = tmp_path / "schedule.xml"
    hostile.write_text(payload)
    started = time.perf_counter()
    code, _, err = cli(db_path, capsys, "import", str(hostile))
    assert time.perf_counter() - started < 1.0
    assert code == 2 and str(hostile) in err and len(err.strip().splitlines()) == 1
    after = sqlite3.connect(db_path).execute("SELECT count(*) FROM session").fetchone()
    assert (
        before == after and len(json.loads(cli(db_path, capsys, "conferences", "--json")[1])) == 1
    )


def test_gtc_catalog_csv_without_a_date_is_unscheduled_and_says_so(db_path, fixtures, capsys):
    csv = fixtures / "gtc/catalog-excerpt.csv"
    code, out, _ = cli(db_path, capsys, "import", str(csv))
    assert code == 0 and "imported as unscheduled" in out and "--date" in out
    conf = json.loads(cli(db_path, capsys, "conferences", "--json")[1])[-1]
    assert conf["events"] == 0
    rows = json.loads(cli(db_path, capsys, "--conference", conf["id"], "sessions", "--json")[1])
    assert rows and all(r["time_status"] == "unscheduled" and r["time_note"] for r in rows)


def test_fosdem_rust_search_lists_the_rust_talks_first(db_path, corpus, capsys):
    """The issue's own check: import FOSDEM, search, nothing else typed."""
    cli(db_path, capsys, "import", str(corpus / "schedules/fosdem_2025.xml"))
    code, out, _ = cli(db_path, capsys, "sessions", "--search", "rust")
    heading, *lines = out.splitlines()
    assert code == 0 and heading == (
        "FOSDEM 2025: 95 sessions matching 'rust', best first (times in Europe/Brussels)"
    )
    assert "fosdem-2025/" not in out  # codes, not keys
    about_rust = [n for n, line in enumerate(lines) if re.search(r"\bRust\b", line)]
    inside_only = [n for n, line in enumerate(lines) if re.search(r"(?i)\Brust|rust\B", line)
                   and not re.search(r"(?i)\brust\b", line)]  # fmt: skip
    assert len(about_rust) >= 15 and about_rust == list(range(len(about_rust)))  # titles first
    assert inside_only and min(inside_only) > max(about_rust)  # "Trusted" and "Frustrated" last
    first = lines[0].split()
    assert re.fullmatch(r"\d{4}", first[0]) and first[1:3] == ["Sat", "1"]  # code, Brussels

