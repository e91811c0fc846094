"""The bundled GTC 2025 schedule facts: true to their sources, and refused when malformed."""

from __future__ import annotations

import csv
import re
from datetime import UTC, date, datetime, time, timedelta
from itertools import combinations
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from planner.core.model import TimeStatus
from planner.formats.errors import FormatError
from planner.formats.gtc_schedule import ScheduleFact, ScheduleFacts, read_schedule_facts

PDT = ZoneInfo("America/Los_Angeles")
CODE_IN_TITLE = re.compile(r"\s*\[([A-Z]{1,5}\d{4,5}[a-z]?)\]\s*$")
CATALOG_TIME = re.compile(r"(\d{1,2}:\d{2} [AP]M) - (\d{1,2}:\d{2} [AP]M) PDT")
SEED_FILES = ("000_8fd0704430192152.txt", "004_f2c6de7c0709f0ff.txt")
KNOWN_DATES = {"S72484", "S74495"}


@pytest.fixture(scope="module")
def facts(gtc_data: Path) -> ScheduleFacts:
    return read_schedule_facts(gtc_data / "schedule.yaml")


@pytest.fixture(scope="module")
def by_code(facts: ScheduleFacts) -> dict[str, ScheduleFact]:
    return facts.by_code()


@pytest.fixture(scope="module")
def catalog_rows(corpus: Path) -> dict[str, list[dict[str, str]]]:
    """The scraped catalog's rows (one per speaker), grouped by the code in the title."""
    rows: dict[str, list[dict[str, str]]] = {}
    path = corpus / "gtc" / "hmisra_gtc2025_sessions_extracted.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            match = CODE_IN_TITLE.search(row["title"])
            if match:
                rows.setdefault(match.group(1), []).append(row)
    return rows


def _facts_codes(corpus: Path) -> list[str]:
    text = (corpus / "gtc" / "FACTS.md").read_text(encoding="utf-8")
    return re.findall(r"^\| (S\d{5}) \|", text, flags=re.MULTILINE)


def _seed_headings(gtc_data: Path) -> list[str]:
    headings: list[str] = []
    for name in SEED_FILES:
        text = (gtc_data / name).read_text(encoding="utf-8")
        for heading in re.findall(r"^## (.+)$", text, flags=re.MULTILINE):
            headings.append(CODE_IN_TITLE.sub("", heading).rstrip())
    return headings


def _local(instant: datetime | None) -> datetime:
    assert instant is not None
    return instant.astimezone(PDT)


def _catalog_times(text: str) -> tuple[time, time] | None:
    match = CATALOG_TIME.fullmatch(text.strip())
    if match is None:
        return None
    start, end = (datetime.strptime(part, "%I:%M %p").time() for part in match.groups())
    return start, end


# The real file


def test_holds_the_21_sessions_of_facts_md(facts: ScheduleFacts, corpus: Path) -> None:
    codes = _facts_codes(corpus)
    assert len(codes) == 21
    assert sorted(f.code for f in facts.sessions) == sorted(codes)


def test_conference_is_gtc_2025_in_san_jose(facts: ScheduleFacts) -> None:
    assert facts.conference.id == "gtc2025"
    assert facts.conference.timezone == "America/Los_Angeles"
    assert (facts.conference.first_day, facts.conference.last_day) == (
        date(2025, 3, 17),
        date(2025, 3, 21),
    )
    assert facts.venue == "San Jose McEnery Convention Center"


def test_keynote_is_tuesday_10_am_pdt_at_sap_center(by_code: dict[str, ScheduleFact]) -> None:
    keynote = by_code["S72484"]
    assert keynote.start == datetime(2025, 3, 18, 17, 0, tzinfo=UTC)
    assert keynote.end == datetime(2025, 3, 18, 19, 0, tzinfo=UTC)
    assert keynote.time_status is TimeStatus.CONFIRMED
    assert keynote.room == "SAP Center"
    assert keynote.speakers == ("Jensen Huang",)


def test_quantum_panel_is_thursday_20_march_room_unpublished(
    by_code: dict[str, ScheduleFact],
) -> None:
    panel = by_code["S74495"]
    assert _local(panel.start) == datetime(2025, 3, 20, 9, 0, tzinfo=PDT)
    assert _local(panel.end) == datetime(2025, 3, 20, 12, 0, tzinfo=PDT)
    assert panel.time_status is TimeStatus.CONFIRMED
    assert panel.room is None


def test_kuaishou_talk_has_no_time(by_code: dict[str, ScheduleFact]) -> None:
    talk = by_code["S74181"]
    assert (talk.start, talk.end) == (None, None)
    assert talk.time_status is TimeStatus.UNSCHEDULED
    assert talk.time_note
    assert talk.room == "APAC Simulive Room 5"


def test_times_come_out_in_utc(facts: ScheduleFacts) -> None:
    instants = [i for f in facts.sessions for i in (f.start, f.end) if i is not None]
    assert instants
    assert all(instant.tzinfo is UTC for instant in instants)


def test_every_undated_session_is_assumed_within_the_conference_week(
    facts: ScheduleFacts,
) -> None:
    others = [f for f in facts.sessions if f.code not in KNOWN_DATES | {"S74181"}]
    assert len(others) == 18
    for fact in others:
        assert fact.time_status is TimeStatus.ASSUMED, fact.code
        assert "day shown is assumed" in fact.time_note, fact.code
        assert "README" not in fact.time_note and ".md" not in fact.time_note, fact.code
        assert date(2025, 3, 17) <= _local(fact.start).date() <= date(2025, 3, 21), fact.code


def test_no_two_sessions_in_one_room_overlap(facts: ScheduleFacts) -> None:
    booked = [(f.room, f.start, f.end, f.code) for f in facts.sessions if f.room and f.start]
    assert len(booked) == 18  # all but the two roomless sessions and the untimed one
    for (room, start, end, code), (other_room, other_start, other_end, other) in combinations(
        booked, 2
    ):
        if room == other_room:
            assert end <= other_start or other_end <= start, (code, other)


def test_two_talks_at_the_same_hour_in_room_2_are_on_different_days(
    by_code: dict[str, ScheduleFact],
) -> None:
    first, second = by_code["S72635"], by_code["S74438"]
    assert first.room == second.room == "APAC Simulive Room 2"
    assert _local(first.start).time() == _local(second.start).time() == time(1, 0)
    assert _local(first.start).date() != _local(second.start).date()


def test_talk_across_midnight_ends_on_the_next_date(by_code: dict[str, ScheduleFact]) -> None:
    talk = by_code["S72672"]
    start, end = _local(talk.start), _local(talk.end)
    assert (start.time(), end.time()) == (time(23, 30), time(0, 10))
    assert end.date() == start.date() + timedelta(days=1)
    assert end - start == timedelta(minutes=40)


def test_simulive_talks_are_recorded_and_in_person_ones_are_not(facts: ScheduleFacts) -> None:
    for fact in facts.sessions:
        simulive = fact.room is not None and "Simulive" in fact.room
        assert fact.delivery == ("simulive" if simulive else "in-person"), fact.code
        assert fact.recorded is simulive, fact.code


def test_every_session_has_a_url_a_speaker_and_sources(facts: ScheduleFacts) -> None:
    # The catalog names at least one speaker for each of the 21 sessions.
    for fact in facts.sessions:
        assert fact.url and fact.url.startswith("https://register.nvidia.com/"), fact.code
        assert fact.speakers, fact.code
        assert any(s.startswith("time: ") for s in fact.sources), fact.code


def test_each_seed_heading_has_exactly_one_entry(facts: ScheduleFacts, gtc_data: Path) -> None:
    headings = _seed_headings(gtc_data)
    assert len(headings) == 22 and len(set(headings)) == 21
    for heading in set(headings):
        matches = [f.code for f in facts.sessions if f.seed_title == heading]
        assert len(matches) == 1, (heading, matches)


def test_speakers_url_and_title_match_the_catalog(
    facts: ScheduleFacts, catalog_rows: dict[str, list[dict[str, str]]]
) -> None:
    for fact in facts.sessions:
        rows = catalog_rows[fact.code]
        names = {row["speaker_name"].strip() for row in rows if row["speaker_name"].strip()}
        assert set(fact.speakers) == names, fact.code
        assert len(fact.speakers) == len(names), fact.code
        assert fact.url == rows[0]["url"], fact.code
        assert fact.catalog_title == CODE_IN_TITLE.sub("", rows[0]["title"]).strip(), fact.code


def test_times_of_day_and_rooms_match_the_catalog(
    facts: ScheduleFacts, catalog_rows: dict[str, list[dict[str, str]]]
) -> None:
    for fact in facts.sessions:
        row = catalog_rows[fact.code][0]
        listed = _catalog_times(row["date_time"])
        if fact.start is None:
            assert listed is None, fact.code  # only a corrupted time field is left unscheduled
            continue
        assert (_local(fact.start).time(), _local(fact.end).time()) == listed, fact.code
        if row["location"].strip():
            assert fact.room == row["location"].strip(), fact.code


# Malformed variants of the real file


def _variant(tmp_path: Path, gtc_data: Path, *edits: tuple[str, str]) -> Path:
    """The real schedule with each `old` text (which must occur once) replaced by `new`."""
    text = (gtc_data / "schedule.yaml").read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "schedule.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _refused(path: Path) -> FormatError:
    with pytest.raises(FormatError) as caught:
        read_schedule_facts(path)
    assert str(caught.value).startswith(str(path))
    assert "\n" not in str(caught.value)
    return caught.value


KEYNOTE_START = "start: 2025-03-18T10:00:00-07:00"
KEYNOTE_END = "end: 2025-03-18T12:00:00-07:00"
KEYNOTE_STATUS = 'time_status: confirmed\n    time_source: facts\n    time_note: "Listed'
KEYNOTE_DELIVERY = 'delivery: in-person\n    recorded: false\n    speakers: ["Jensen'
UNSCHEDULED_SOURCE = "time_status: unscheduled\n    time_source: facts"
KEYNOTE_URL_SOURCE = "    url_source: catalog\n\n  - code: S74495"
# S74438 moved onto the day of S72635, which airs at the same hour in the same room.
OVERLAP = (
    ("start: 2025-03-18T01:00:00-07:00", "start: 2025-03-17T01:00:00-07:00"),
    ("end: 2025-03-18T01:40:00-07:00", "end: 2025-03-17T01:40:00-07:00"),
)


@pytest.mark.parametrize(
    ("edits", "expected"),
    [
        ((("format: planner-gtc-schedule", "format: frab-xml"),), "frab-xml"),
        ((("version: 1", "version: 2"),), "version 2"),
        (OVERLAP, "S72635 and S74438 overlap in APAC Simulive Room 2"),
        (((KEYNOTE_START, "start: 2025-03-18T10:00:00"),), "no UTC offset"),
        (((KEYNOTE_END, "end: 2025-03-18T09:00:00-07:00"),), "before"),
        (((KEYNOTE_END, "end: null"),), "both"),
        ((("  - code: S74495", "  - code: S72484"),), "S72484 appears more than once"),
        ((("time_status: unscheduled", "time_status: confirmed"),), "does not fit"),
        (((KEYNOTE_STATUS, KEYNOTE_STATUS.replace("confirmed", "maybe")),), "'maybe'"),
        (((KEYNOTE_DELIVERY, KEYNOTE_DELIVERY.replace("in-person", "hybrid")),), "'hybrid'"),
        (((KEYNOTE_URL_SOURCE, "\n  - code: S74495"),), "lacks the key(s) url_source"),
        (((UNSCHEDULED_SOURCE, UNSCHEDULED_SOURCE.replace("facts", "rumour")),), "'rumour'"),
        ((("  venue: San Jose McEnery Convention Center\n", ""),), "lacks the key(s) venue"),
    ],
)
def test_malformed_file_is_refused_naming_the_file(
    tmp_path: Path, gtc_data: Path, edits: tuple[tuple[str, str], ...], expected: str
) -> None:
    error = _refused(_variant(tmp_path, gtc_data, *edits))
    assert expected in str(error)


def test_a_bad_session_is_named_by_code_and_line(tmp_path: Path, gtc_data: Path) -> None:
    path = _variant(tmp_path, gtc_data, (KEYNOTE_START, "start: 2025-03-18T10:00:00"))
    error = _refused(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert "session S72484" in str(error)
    assert error.line is not None and lines[error.line - 1] == "  - code: S72484"


def test_yaml_syntax_error_gives_the_line(tmp_path: Path, gtc_data: Path) -> None:
    path = _variant(tmp_path, gtc_data, ("    room: SAP Center\n", "    room: [SAP Center\n"))
    error = _refused(path)
    assert "not valid YAML" in str(error) and error.line is not None


def test_invalid_utf8_is_refused_with_its_line(tmp_path: Path, gtc_data: Path) -> None:
    raw = (gtc_data / "schedule.yaml").read_bytes()
    path = tmp_path / "schedule.yaml"
    path.write_bytes(raw.replace(b"SAP Center", b"SAP \xff Center", 1))
    error = _refused(path)
    assert "UTF-8" in str(error)
    assert error.line == raw[: raw.index(b"SAP Center")].count(b"\n") + 1


def test_duplicate_key_is_refused(tmp_path: Path, gtc_data: Path) -> None:
    path = _variant(
        tmp_path, gtc_data, ("    room: SAP Center\n", "    room: SAP Center\n    room: Hall 3\n")
    )
    assert "'room' appears twice" in str(_refused(path))


def test_missing_file_is_a_format_error(tmp_path: Path) -> None:
    _refused(tmp_path / "missing.yaml")
