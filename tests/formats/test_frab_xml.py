"""Pentabarf/frab/pretalx schedule.xml: the project's own samples, real exports, hostile XML.

The project's samples (tests/fixtures/frab, tests/fixtures/pretalx) show every feature the
reader handles; the real FOSDEM and pretalx exports of the shared corpus add their own checks
when the corpus is there. Expected values were read off the files by hand. Each file is parsed
once per module.
"""

from __future__ import annotations

import re
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from planner.core.model import Catalog, TimeStatus, ZoneSource
from planner.formats.cleaning import html_to_text, parse_duration, slugify, zone_name_for_offsets
from planner.formats.errors import FormatError
from planner.formats.registry import ReadOptions, read_catalog
from tests.formats.schedule_checks import check_conference_facts, only, utc

MARKUP = re.compile(r"</?(p|a|br|ul|li|em|strong|hr)\b|&(lt|gt|amp|apos|quot|#\d+);")

BRUSSELS = "Europe/Brussels"


@pytest.fixture(scope="module")
def tinyconf(fixtures: Path) -> Catalog:
    return read_catalog(fixtures / "frab" / "tinyconf-2025.xml")


@pytest.fixture(scope="module")
def oldconf(fixtures: Path) -> Catalog:
    return read_catalog(fixtures / "frab" / "oldconf-2007.xml")


@pytest.fixture(scope="module")
def pretalx_camp(fixtures: Path) -> Catalog:
    return read_catalog(fixtures / "pretalx" / "pretalx-camp.xml")


@pytest.fixture(scope="module")
def fosdem_2025(schedules: Path) -> Catalog:
    return read_catalog(schedules / "fosdem_2025.xml")


@pytest.fixture(scope="module")
def fosdem_2026(schedules: Path) -> Catalog:
    return read_catalog(schedules / "fosdem_2026.xml")


@pytest.fixture(scope="module")
def fosdem_2007(schedules: Path) -> Catalog:
    return read_catalog(schedules / "fosdem_2007.xml")


@pytest.fixture(scope="module")
def ubucon(schedules: Path) -> Catalog:
    return read_catalog(schedules / "pretalx_ubucon_eu2019_excerpt.xml")


# ---- Every sample: counts and conference facts ----

FACTS = ("fixture", "count", "conference_id", "zone", "first_day", "last_day")


@pytest.mark.parametrize(
    FACTS,
    [
        ("tinyconf", 13, "tinyconf-2025", "Europe/Brussels", date(2025, 2, 1), date(2025, 2, 2)),
        # No zone named, no offsets: the <city>Brussels</city> says which zone.
        ("oldconf", 4, "oldconf-2007", BRUSSELS, date(2007, 2, 24), date(2007, 2, 25)),
        ("pretalx_camp", 4, "pretalxcamp-2019", "Etc/GMT-1", date(2019, 10, 10), date(2019, 10, 11)),  # noqa: E501
    ],
)
def test_every_event_is_read_with_the_conference_facts(
    request: pytest.FixtureRequest,
    fixture: str,
    count: int,
    conference_id: str,
    zone: str,
    first_day: date,
    last_day: date,
) -> None:
    catalog: Catalog = request.getfixturevalue(fixture)
    check_conference_facts(catalog, count, conference_id, zone, first_day, last_day)


@pytest.mark.parametrize("fixture", ["tinyconf", "oldconf", "pretalx_camp"])
def test_no_markup_or_entities_reach_the_text(request: pytest.FixtureRequest, fixture: str) -> None:
    catalog: Catalog = request.getfixturevalue(fixture)
    for s in catalog.sessions:
        for text in (s.title, s.summary, s.abstract):
            assert not MARKUP.search(text), (s.key, text[:200])


# ---- TinyConf 2025: a FOSDEM-style export (tracks block, day_change, escaped HTML) ----


def test_tinyconf_event_field_by_field(tinyconf: Catalog) -> None:
    s = only(tinyconf, "Rust in the Linux kernel: two years on")
    assert s.key == "tinyconf-2025/d2dd8199-6fd0-5ff7-9eb3-de06593bee6e"
    assert s.series == "d2dd8199-6fd0-5ff7-9eb3-de06593bee6e"
    assert s.code == "1002"  # the event id: the slug and URL carry no pretalx code
    assert (s.room, s.track, s.language) == ("Janson", "Rust", "en")
    assert (s.start, s.end) == (utc(2025, 2, 1, 9, 0), utc(2025, 2, 1, 9, 50))  # 10:00 CET
    assert s.day == date(2025, 2, 1)
    assert s.speakers == ("Ana Pérez", "Jonas Müller")
    assert s.url == (
        "https://tinyconf.example.org/2025/schedule/event/"
        "tinyconf-2025-1002-rust-in-the-linux-kernel-two-years-on/"
    )
    assert s.summary.startswith("Where Rust drivers stand in mainline Linux")
    assert s.abstract == (
        "We go through the drivers merged so far.\n\nThen we look at what comes next."
    )
    assert s.recorded is True  # <recording><optout>false</optout>
    assert s.delivery == "in-person"


def test_tinyconf_paragraphs_links_and_accented_speakers(tinyconf: Catalog) -> None:
    s = only(tinyconf, "Trusted boot for everyone")
    assert s.speakers == ("Grégory Schiano", "Nils Büchner")
    paragraphs = s.summary.split("\n\n")
    assert paragraphs == [
        "Measured and verified boot used to need a lab.",
        "This talk shows a setup on commodity laptops (https://tinyconf.example.org/tb) & "
        "servers, step by step.",
        "What else could be measured?",
    ]
    closing = only(tinyconf, "Closing talk")
    assert closing.summary == "Thanks, numbers, and next year:\n\n• attendance\n• talks recorded"


def test_tinyconf_titles_are_tidied_and_subtitles_joined(tinyconf: Catalog) -> None:
    backend = only(tinyconf, "Writing a Rust compiler backend")  # a double space in the file
    assert backend.speakers == ("胡玮文",)
    assert (backend.room, backend.start) == ("K.3.201", utc(2025, 2, 1, 9, 0))
    # The title has a colon of its own: the subtitle follows a dash, not a second colon.
    title = "🦀 Rust for embedded: no_std in practice — from blinky to production"
    embedded = only(tinyconf, title)
    assert embedded.day == date(2025, 2, 2)


def test_tinyconf_tracks_come_from_the_tracks_block_in_order(tinyconf: Catalog) -> None:
    assert tinyconf.tracks == ("Lightning Talks", "Main", "Rust", "Security", "Community & Events")


def test_tinyconf_after_midnight_belongs_to_the_day_before(tinyconf: Catalog) -> None:
    s = only(tinyconf, "Night owls BoF")  # <start>00:30</start> under 1 February, day_change 09:00
    assert (s.start, s.end) == (utc(2025, 2, 1, 23, 30), utc(2025, 2, 2, 0, 15))
    assert s.day == date(2025, 2, 1)
    assert s.speakers == ()


def test_tinyconf_workshop_held_twice_is_two_runs_of_one_series(tinyconf: Catalog) -> None:
    runs = sorted(
        (s for s in tinyconf.sessions if s.title.startswith("Beginners workshop")),
        key=lambda s: s.start,
    )
    guid = "f9c40816-a609-553f-9e69-36dcfdee0842"
    assert [s.key for s in runs] == [f"tinyconf-2025/{guid}", f"tinyconf-2025/{guid}#2"]
    assert {s.series for s in runs} == {guid}
    assert [(s.day, s.start) for s in runs] == [
        (date(2025, 2, 1), utc(2025, 2, 1, 12, 0)),
        (date(2025, 2, 2), utc(2025, 2, 2, 13, 0)),
    ]


# ---- OldConf 2007: events straight under <day>, escaped HTML, no zone ----


def test_oldconf_escaped_html_becomes_plain_text(oldconf: Catalog) -> None:
    s = only(oldconf, "Composited desktops")
    assert s.summary == (
        "A look at the technologies behind 3D accelerated composited desktops and where the "
        "compositing work (http://oldconf.example.org/wiki/compositing) fits in."
    )
    assert s.abstract.count("\n\n") == 1
    assert s.abstract.endswith("stack can help address them.")
    assert "bottlenecks that are left & how" in s.abstract  # escaped twice, unescaped once
    assert "<" not in s.abstract


def test_oldconf_event_field_by_field(oldconf: Catalog) -> None:
    s = only(oldconf, "Composited desktops")
    assert (s.key, s.code, s.series) == ("oldconf-2007/0", "0", "0")
    assert (s.room, s.track) == ("Chavanne", "Desktop Applications")  # the event's own <room>
    # 10:00 in Brussels (the file's city; UTC+1 in February) is 09:00 UTC.
    assert (s.start, s.end) == (utc(2007, 2, 24, 9, 0), utc(2007, 2, 24, 9, 45))
    assert s.time_status is TimeStatus.CONFIRMED and s.time_note == ""
    assert oldconf.conference.zone_source is ZoneSource.CITY
    assert s.speakers == ("Kristian Åberg",)
    assert s.language is None and s.url is None
    packaging = only(oldconf, "Packaging for two distributions at once")
    assert packaging.speakers == ("Marie Dubois", "Pieter Janssens")
    assert packaging.summary == "One spec, two package formats: what works and what does not."


def test_oldconf_title_and_tracks(oldconf: Catalog) -> None:
    assert oldconf.conference.title == "OldConf 2007"
    assert oldconf.tracks == ("Desktop Applications", "Distributions")  # from the events


# ---- A pretalx export: naive day bounds, offsets on the events, no zone name ----


def test_pretalx_times_come_from_the_event_dates(pretalx_camp: Catalog) -> None:
    opening = only(pretalx_camp, "Opening session")
    assert (opening.start, opening.end) == (utc(2019, 10, 10, 9, 0), utc(2019, 10, 10, 9, 45))
    databases = only(pretalx_camp, "Databases for the curious: MySQL & PostgreSQL.")
    assert (databases.start, databases.day) == (utc(2019, 10, 11, 9, 0), date(2019, 10, 11))
    assert databases.time_note == ""


def test_pretalx_event_field_by_field(pretalx_camp: Catalog) -> None:
    s = only(pretalx_camp, "Opening session")
    assert s.key == "pretalxcamp-2019/4d0c7a52-1f0e-5b7c-9a55-3a8f2b0d6e11"
    assert s.code == "77YFDG"  # from https://pretalx.example.org/pretalxcamp-2019/talk/77YFDG
    assert (s.room, s.track, s.language) == ("Main Hall", None, "en")
    assert s.speakers == ("Tiago Alves", "Bea Costa", "Carla Dias")
    assert s.recorded is True  # <recording><optout>false</optout>
    assert s.summary == "Every camp needs an opening session!"
    assert s.abstract == "The organisers welcome everyone and explain the week."
    birthday = only(pretalx_camp, "Happy 15th birthday!")
    assert birthday.recorded is False  # the speaker opted out
    assert birthday.summary == (
        "It's someone else's idea, but they couldn't make it, so I'll be their voice!"
    )
    assert pretalx_camp.tracks == ()
    assert pretalx_camp.conference.title == "Pretalx Camp"


# ---- The real-world corpus: every file's counts and conference facts ----


@pytest.mark.usefixtures("corpus")
@pytest.mark.parametrize(
    FACTS,
    [
        ("fosdem_2025", 943, "fosdem-2025", "Europe/Brussels", date(2025, 2, 1), date(2025, 2, 2)),
        ("fosdem_2026", 883, "fosdem-2026", "Europe/Brussels", date(2026, 1, 31), date(2026, 2, 1)),
        ("fosdem_2007", 215, "fosdem-2007", BRUSSELS, date(2007, 2, 25), date(2007, 2, 26)),
        ("ubucon", 4, "eu2019", "Etc/GMT-1", date(2019, 10, 10), date(2019, 10, 11)),
    ],
)
def test_every_corpus_event_is_read_with_the_conference_facts(
    request: pytest.FixtureRequest,
    fixture: str,
    count: int,
    conference_id: str,
    zone: str,
    first_day: date,
    last_day: date,
) -> None:
    catalog: Catalog = request.getfixturevalue(fixture)
    check_conference_facts(catalog, count, conference_id, zone, first_day, last_day)


@pytest.mark.usefixtures("corpus")
@pytest.mark.parametrize("fixture", ["fosdem_2025", "fosdem_2026", "fosdem_2007", "ubucon"])
def test_no_markup_or_entities_reach_the_text_of_the_corpus(
    request: pytest.FixtureRequest, fixture: str
) -> None:
    catalog: Catalog = request.getfixturevalue(fixture)
    for s in catalog.sessions:
        for text in (s.title, s.summary, s.abstract):
            assert not MARKUP.search(text), (s.key, text[:200])


# ---- FOSDEM 2025 ----


def test_fosdem_2025_event_field_by_field(fosdem_2025: Catalog) -> None:
    s = only(fosdem_2025, "A New Approach to Callee-Saved Registers in LLVM")
    assert s.key == "fosdem-2025/852280ac-61d3-588c-b74c-8d87f9d9d2c6"
    assert s.series == "852280ac-61d3-588c-b74c-8d87f9d9d2c6"
    assert s.code == "6210"
    assert (s.room, s.track, s.language) == ("K.3.201", "LLVM", "en")
    assert (s.start, s.end) == (utc(2025, 2, 1, 9, 35), utc(2025, 2, 1, 10, 0))
    assert s.day == date(2025, 2, 1)
    assert s.speakers == ("Mikhail Gudim",)
    assert s.url == (
        "https://fosdem.org/2025/schedule/event/"
        "fosdem-2025-6210-a-new-approach-to-callee-saved-registers-in-llvm/"
    )
    assert s.summary.startswith("Currently LLVM saves and restores callee-saved registers")
    assert s.abstract == ""  # <description></description>
    assert s.recorded is False  # FOSDEM's export says nothing about recording
    assert s.delivery == "in-person"


def test_fosdem_2025_sunday_event_with_accented_speakers(fosdem_2025: Catalog) -> None:
    s = only(fosdem_2025, "How Ubuntu Entered the Matrix")
    assert (s.room, s.track) == ("K.4.201", "Matrix.org Foundation and Community")
    assert (s.start, s.end) == (utc(2025, 2, 2, 14, 30), utc(2025, 2, 2, 15, 0))
    assert s.day == date(2025, 2, 2)
    assert s.speakers == ("Schiano Grégory", "Merlijn Sebrechts", "Nils Büchner")


def test_fosdem_2025_paragraphs_stay_apart(fosdem_2025: Catalog) -> None:
    s = only(fosdem_2025, "Moving work into the middle end")
    paragraphs = s.summary.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0] == (
        "The IR passes of LLVM are a happy place. Easy to reason about, easy to test, easy to "
        "debug. SSA form is a really great idea."
    )
    assert paragraphs[2] == "More speculatively, what else could be lifted to IR?"


def test_fosdem_2025_titles_are_tidied(fosdem_2025: Catalog) -> None:
    # The file has a double space in this title.
    s = only(
        fosdem_2025,
        "The Trustable Software Framework: A new way to measure risk in continuous delivery "
        "of critical software",
    )
    assert (s.room, s.start) == ("UD6.215", utc(2025, 2, 1, 10, 0))


def test_fosdem_2025_tracks_come_from_the_tracks_block_in_order(fosdem_2025: Catalog) -> None:
    assert len(fosdem_2025.tracks) == 74
    assert fosdem_2025.tracks[:3] == ("Lightning Talks", "Ada", "Android Open Source Project")
    assert fosdem_2025.tracks[-1] == "Main"
    assert "HPC, Big Data & Data Science" in fosdem_2025.tracks


# ---- FOSDEM 2026 ----


def test_fosdem_2026_cjk_speaker_and_pretalx_code(fosdem_2026: Catalog) -> None:
    s = only(
        fosdem_2026,
        "A CSI-Based Tiered Storage Plan: Accelerating Cloud Block Storage with Local Disks",
    )
    assert s.speakers == ("yingqi.ge", "胡玮文")
    assert s.code == "7AXJDE"  # slug "7AXJDE-a_csi-based_tiered_storage_plan"
    assert (s.room, s.track) == ("UB4.136", "Software Defined Storage")
    assert (s.start, s.end) == (utc(2026, 1, 31, 15, 55), utc(2026, 1, 31, 16, 25))


def test_fosdem_2026_opening_talk(fosdem_2026: Catalog) -> None:
    s = only(fosdem_2026, "Welcome to FOSDEM 2026")
    assert s.key == "fosdem-2026/9c3ebb8c-7716-5130-b9fe-ff8544f5636d"
    assert (s.code, s.room, s.track) == ("SFKNTZ", "Janson", "Main Track")
    assert (s.start, s.end) == (utc(2026, 1, 31, 8, 30), utc(2026, 1, 31, 8, 50))
    assert s.speakers == ("FOSDEM Staff",)
    assert s.summary == "FOSDEM welcome and opening talk."
    assert fosdem_2026.tracks[0] == "AI Plumbers"


# ---- FOSDEM 2007: events straight under <day>, escaped HTML, no zone ----


def test_fosdem_2007_escaped_html_becomes_plain_text(fosdem_2007: Catalog) -> None:
    s = only(fosdem_2007, "AIGLX")
    assert s.summary == (
        "In this talk, Kristian will take a look at technologies behind the new 3D accelerated "
        "composited desktops and see how AIGLX "
        "(http://fedoraproject.org/wiki/RenderingProject/aiglx) fits in the larger picture."
    )
    assert s.abstract.count("\n\n") == 1
    assert s.abstract.endswith("stack can help address these problems.")
    assert "<" not in s.abstract and "&" not in s.abstract


def test_fosdem_2007_event_field_by_field(fosdem_2007: Catalog) -> None:
    s = only(fosdem_2007, "AIGLX")
    assert (s.key, s.code, s.series) == ("fosdem-2007/0", "0", "0")
    assert (s.room, s.track) == ("Chavanne", "Desktop Applications")  # the event's own <room>
    # 15:00 in Brussels (the file's city; UTC+1 in February) is 14:00 UTC.
    assert (s.start, s.end) == (utc(2007, 2, 25, 14, 0), utc(2007, 2, 25, 14, 45))
    assert s.time_status is TimeStatus.CONFIRMED and s.time_note == ""
    assert fosdem_2007.conference.zone_source is ZoneSource.CITY
    assert s.speakers == ("Kristian Høgsberg",)
    assert s.language is None and s.url is None
    eid = only(fosdem_2007, "Belgian eID card on CentOS")
    assert (eid.room, eid.track, eid.speakers) == ("H.2214", "CentOS + Fedora", ("Fabian Arrotin",))
    assert (eid.start, eid.end) == (utc(2007, 2, 25, 15, 0), utc(2007, 2, 25, 15, 30))


def test_fosdem_2007_title_and_tracks(fosdem_2007: Catalog) -> None:
    assert fosdem_2007.conference.title == "FOSDEM 2007"
    assert "Desktop Applications" in fosdem_2007.tracks  # no <tracks> block: from the events
    assert len(fosdem_2007.tracks) == len(set(fosdem_2007.tracks))


# ---- pretalx (Ubucon EU 2019): naive day bounds, offsets on the events, no zone name ----


def test_ubucon_times_come_from_the_event_dates(ubucon: Catalog) -> None:
    opening = only(ubucon, "Opening session")
    assert (opening.start, opening.end) == (utc(2019, 10, 10, 9, 0), utc(2019, 10, 10, 9, 45))
    oracle = only(ubucon, "Introduction to the new Oracle DBA: MySQL & Oracle.")
    assert (oracle.start, oracle.day) == (utc(2019, 10, 11, 9, 0), date(2019, 10, 11))
    assert oracle.time_note == ""


def test_ubucon_event_field_by_field(ubucon: Catalog) -> None:
    s = only(ubucon, "Opening session")
    assert s.key == "eu2019/ed6568d5-48ed-5b18-90fc-a3bd52c7e543"
    assert s.code == "77YFDG"  # from https://test.dev/talk/77YFDG
    assert (s.room, s.track, s.language) == ("Great Auditorium", None, "en")
    assert s.speakers == ("Tiago A", "Tiago B", "Tiago C")
    assert s.recorded is True  # <recording><optout>false</optout>
    assert s.summary == "All cons need an opening session!"
    assert s.abstract == "Me and other org staff members will welcome all!"
    birthday = only(ubucon, "Happy 15th birthday!")
    assert birthday.summary == (
        "It's an orignal idea , but he couldn't make it, so I'll be his voice!"
    )
    assert ubucon.tracks == ()
    assert ubucon.conference.title == "Conference Title"


# ---- Hostile and broken XML ----

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE schedule [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<schedule><conference><title>&xxe;</title></conference></schedule>
"""
BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE schedule [\n<!ENTITY lol "lol">\n'
    + b"".join(
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">\n'.encode()
        for n in range(1, 10)
    )
    + b"]>\n<schedule><conference><title>&lol9;</title></conference></schedule>\n"
)
EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE schedule SYSTEM "http://127.0.0.1:9/schedule.dtd">
<schedule><conference><title>x</title></conference></schedule>
"""


@pytest.mark.parametrize(
    ("content", "reason"),
    [(XXE, "entity"), (BILLION_LAUGHS, "entity"), (EXTERNAL_DTD, "external DTD")],
    ids=["external-entity", "billion-laughs", "external-dtd"],
)
def test_unsafe_xml_is_refused_quickly(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "schedule.xml"
    path.write_bytes(content)
    began = time.perf_counter()
    with pytest.raises(FormatError, match="unsafe XML") as caught:
        read_catalog(path)
    assert time.perf_counter() - began < 1.0
    assert reason in str(caught.value)
    assert str(caught.value).startswith(str(path))
    assert "root:" not in str(caught.value)


def test_truncated_xml_is_refused_with_its_line(tmp_path: Path, fixtures: Path) -> None:
    data = (fixtures / "frab" / "tinyconf-2025.xml").read_bytes()
    cut = data[: len(data) // 2]
    path = tmp_path / "cut.xml"
    path.write_bytes(cut)
    with pytest.raises(FormatError, match="not well-formed XML") as caught:
        read_catalog(path)
    assert caught.value.line == cut.count(b"\n") + 1


def test_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.xml"
    path.write_bytes(b"<schedule>\n<conference>\n<title>x</titel>\n</conference>\n</schedule>\n")
    with pytest.raises(FormatError, match="mismatched tag") as caught:
        read_catalog(path)
    assert caught.value.line == 3
    assert str(caught.value).startswith(f"{path}:3: ")


def test_invalid_utf8_is_refused_with_its_line(tmp_path: Path, fixtures: Path) -> None:
    data = (fixtures / "pretalx" / "pretalx-camp.xml").read_bytes()
    path = tmp_path / "latin.xml"
    path.write_bytes(data.replace(b"Tiago Alves", b"Ti\xe1go Alves", 1))
    with pytest.raises(FormatError, match="not valid UTF-8") as caught:
        read_catalog(path)
    assert caught.value.line == data[: data.index(b"Tiago Alves")].count(b"\n") + 1


# ---- Small schedules written inline, one feature each ----


def write_schedule(tmp_path: Path, conference: str, days: str) -> Path:
    path = tmp_path / "made.xml"
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<schedule><conference>{conference}'
        f"</conference>{days}</schedule>\n",
        encoding="utf-8",
    )
    return path


def event(ident: str, title: str, start: str, duration: str = "<duration>00:30</duration>") -> str:
    return f'<event id="{ident}"><start>{start}</start>{duration}<title>{title}</title></event>'


def test_missing_conference_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bare.xml"
    path.write_bytes(b'<schedule><day date="2020-01-01"/></schedule>')
    with pytest.raises(FormatError, match="no <conference> element"):
        read_catalog(path)


def test_event_without_a_start_is_refused_by_name(tmp_path: Path) -> None:
    lost = '<event id="7"><title>Lost</title></event>'
    days = f'<day date="2020-05-01"><room name="A">{lost}</room></day>'
    with pytest.raises(FormatError, match=r"event 7 \('Lost'.*has no start time"):
        read_catalog(write_schedule(tmp_path, "<title>T</title>", days))


def test_after_midnight_talks_belong_to_the_day_before(tmp_path: Path) -> None:
    conference = (
        "<acronym>Night Con</acronym><time_zone_name>Europe/Berlin</time_zone_name>"
        "<day_change>09:00:00</day_change>"
    )
    days = f'<day date="2020-05-01"><room name="A">{event("1", "Late", "01:30")}</room></day>'
    catalog = read_catalog(write_schedule(tmp_path, conference, days))
    (s,) = catalog.sessions
    assert catalog.conference.id == "night-con"
    assert s.start == utc(2020, 5, 1, 23, 30)  # 01:30 CEST on 2 May
    assert s.day == date(2020, 5, 1)


def test_a_missing_duration_is_a_zero_length_event_said_so(tmp_path: Path) -> None:
    days = f'<day date="2020-05-01"><room name="A">{event("1", "Flash", "10:00", "")}</room></day>'
    (s,) = read_catalog(write_schedule(tmp_path, "<title>T</title>", days)).sessions
    assert s.start == s.end == utc(2020, 5, 1, 10, 0)
    assert "no duration" in s.time_note


def test_shared_ids_without_guid_are_kept_apart_and_runs_numbered(tmp_path: Path) -> None:
    days = (
        '<day date="2020-05-01"><room name="A">'
        + event("5", "Workshop", "14:00")
        + event("5", "Workshop", "10:00")
        + event("5", "Other talk", "12:00")
        + "</room></day>"
    )
    catalog = read_catalog(write_schedule(tmp_path, "<acronym>m</acronym>", days))
    keys = {(s.title, s.start.hour): s.key for s in catalog.sessions}
    assert keys == {
        ("Workshop", 10): "m/5",
        ("Workshop", 14): "m/5#2",
        ("Other talk", 12): "m/5-other-talk",
    }
    series = {s.title: s.series for s in catalog.sessions}
    assert series == {"Workshop": "5", "Other talk": "5-other-talk"}


def test_the_schedule_room_wins_over_the_events_own_copy(tmp_path: Path) -> None:
    # Merged schedules (36C3) prefix the room names in <room name=...> but not inside events.
    days = (
        '<day date="2020-05-01"><room name="1Komona headnut"><event id="1"><start>10:00</start>'
        "<duration>0:45</duration><room>headnut</room><title>Talk</title></event></room></day>"
    )
    (s,) = read_catalog(write_schedule(tmp_path, "<acronym>x</acronym>", days)).sessions
    assert s.room == "1Komona headnut"


def test_conference_id_override_and_subtitle(tmp_path: Path) -> None:
    days = (
        '<day date="2020-05-01"><room name="A"><event guid="G-1" id="1"><start>10:00</start>'
        "<duration>0:45</duration><title>Hacker Jeopardy</title>"
        "<subtitle>Zahlenraten für Geeks</subtitle></event></room></day>"
    )
    path = write_schedule(tmp_path, "<acronym>x</acronym>", days)
    (s,) = read_catalog(path, ReadOptions(conference_id="mine")).sessions
    assert s.key == "mine/g-1"
    assert s.title == "Hacker Jeopardy: Zahlenraten für Geeks"
    assert s.end - s.start == timedelta(minutes=45)


# ---- The boundary cleaning the readers share ----


def test_html_to_text_keeps_paragraphs_lists_and_link_targets() -> None:
    text = html_to_text(
        '<p>One <a href="https://x.org/a">link</a> &amp; more</p><ul><li>a</li><li>b</li></ul>'
    )
    assert text == "One link (https://x.org/a) & more\n\n• a\n• b"
    assert html_to_text("List<T> and a < b\r\nnext") == "List<T> and a < b\nnext"
    # Escaped twice (JSON exports of XML-minded tools): the markup still goes.
    assert html_to_text("&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;&lt;p&gt;2&lt;/p&gt;") == (
        "Fish & chips\n\n2"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("00:25", timedelta(minutes=25)),
        ("1:00", timedelta(hours=1)),
        ("00:05:00", timedelta(minutes=5)),
        ("1:02:00:00", timedelta(days=1, hours=2)),
        ("PT1H30M", timedelta(hours=1, minutes=30)),
        ("", None),
    ],
)
def test_parse_duration(text: str, expected: timedelta | None) -> None:
    assert parse_duration(text) == expected


def test_parse_duration_refuses_junk() -> None:
    with pytest.raises(ValueError):
        parse_duration("half an hour")


def test_zone_names_for_offsets_invert_the_sign() -> None:
    assert zone_name_for_offsets([timedelta(hours=1)]) == "Etc/GMT-1"
    assert zone_name_for_offsets([timedelta(hours=-5)]) == "Etc/GMT+5"
    assert zone_name_for_offsets([]) == "UTC"
    assert slugify("rC3 Channels – Université") == "rc3-channels-universite"
