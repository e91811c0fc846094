"""frab/pretalx schedule.json: the project's own samples, real exports, and broken JSON.

The project's samples (tests/fixtures/pretalx/democamp.json, and tests/fixtures/frab's TinyConf
in both syntaxes) show every feature the reader handles; 36C3, Camp 2019, DemoCon and rC3 from
the shared corpus add their own checks when the corpus is there. Expected values were read off
the files by hand. Each file is parsed once per module.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from planner.core.model import Catalog, Session
from planner.formats.errors import FormatError
from planner.formats.registry import read_catalog
from tests.formats.schedule_checks import check_conference_facts, only, utc

FACTS = ("fixture", "count", "conference_id", "zone", "first_day", "last_day")


def runs(catalog: Catalog, title: str) -> list[Session]:
    return sorted((s for s in catalog.sessions if s.title == title), key=lambda s: s.start)


@pytest.fixture(scope="module")
def democamp(fixtures: Path) -> Catalog:
    return read_catalog(fixtures / "pretalx" / "democamp.json")


@pytest.fixture(scope="module")
def tinyconf(fixtures: Path) -> Catalog:
    return read_catalog(fixtures / "frab" / "tinyconf-2025.json")


@pytest.fixture(scope="module")
def congress(schedules: Path) -> Catalog:
    return read_catalog(schedules / "pyfahrplan_36c3.json")


@pytest.fixture(scope="module")
def camp(schedules: Path) -> Catalog:
    return read_catalog(schedules / "voc_frab-camp2019.json")


@pytest.fixture(scope="module")
def democon(schedules: Path) -> Catalog:
    return read_catalog(schedules / "voc_pretalx-democon.json")


@pytest.fixture(scope="module")
def rc3(schedules: Path) -> Catalog:
    return read_catalog(schedules / "voc_pretalx-rc3.json")


@pytest.mark.parametrize(
    FACTS,
    [
        ("democamp", 11, "democamp", "UTC", date(2020, 12, 14), date(2020, 12, 16)),
        ("tinyconf", 13, "tinyconf-2025", "Europe/Brussels", date(2025, 2, 1), date(2025, 2, 2)),
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


def test_json_and_xml_of_one_schedule_give_the_same_catalog(
    tinyconf: Catalog, fixtures: Path
) -> None:
    from_xml = read_catalog(fixtures / "frab" / "tinyconf-2025.xml")
    assert tinyconf.conference == from_xml.conference
    assert tinyconf.tracks == from_xml.tracks  # the JSON's tracks are objects with a name
    same_source = [replace(s, sources=()) for s in tinyconf.sessions]
    assert same_source == [replace(s, sources=()) for s in from_xml.sessions]


# ---- DemoCamp: a pretalx export (zone "UTC" named, offsets +01:00 on the events) ----


def test_democamp_event_dates_win_over_the_named_zone(democamp: Catalog) -> None:
    s = only(democamp, "Focused hardware for the edge")
    assert s.key == "democamp/ead6f838-82ed-5388-9b9c-ceeac246ae90"
    assert (s.code, s.room, s.track) == ("G9JGWY", "Blue Room", "Hardware")  # code from the URL
    assert (s.start, s.end) == (utc(2020, 12, 14, 8, 0), utc(2020, 12, 14, 8, 30))
    assert s.speakers == ("Brian Robinson",)
    assert s.abstract == "Why inference moves to the edge.\nWhat it costs in power and in money."
    assert s.recorded is True  # do_not_record: false


def test_democamp_do_not_record_and_missing_flags(democamp: Catalog) -> None:
    s = only(democamp, "Monitored customer loyalty")
    assert s.recorded is False  # do_not_record: true
    assert only(democamp, '"But this politician said «xyz»!"').recorded is False  # null
    assert sum(not s.recorded for s in democamp.sessions) == 2


def test_democamp_markdown_with_crlf_keeps_its_lines(democamp: Catalog) -> None:
    s = only(democamp, "Der faule Admin automatisiert: Firmware auf echter Hardware testen")
    assert (s.code, s.language, s.speakers) == ("MJA8QY", "de", ("Chris Weber", "Kasa"))
    assert s.summary.startswith(
        "Eine wichtige Komponente ist die Verfügbarkeit von Firmware für viele Geräte.\n"
        "Diese Firmware wird"
    )
    assert "**Automatisiert**" in s.summary
    assert "\r" not in s.summary + s.abstract


def test_democamp_nulls_a_name_key_and_a_subtitle_after_a_colon(democamp: Catalog) -> None:
    s = only(democamp, "spispy: SPI flash emulation — Open source tools for flash emulation")
    assert (s.track, s.language) == (None, None)  # null in the file
    assert s.speakers == ("Trammell",)  # a person with "name" instead of "public_name"
    assert s.summary.startswith(
        "spispy (project page (https://example.org/spispy)) is an open source tool"
    )


def test_democamp_workshop_on_two_days_is_two_runs(democamp: Catalog) -> None:
    first, second = runs(democamp, "Beginners Workshop: How to Hack your Web Application")
    guid = "cd242086-c895-5dae-b9ef-a49bbb633eef"
    assert (first.key, second.key) == (f"democamp/{guid}", f"democamp/{guid}#2")
    assert first.series == second.series == guid
    assert (first.day, second.day) == (date(2020, 12, 15), date(2020, 12, 16))
    assert (first.room, second.room) == ("Blue Room", "Green Room")


def test_democamp_reused_ids_are_different_sessions(democamp: Catalog) -> None:
    # Both events say "id": 883 (merged sub-schedules reuse ids); their guids tell them apart.
    healing = only(democamp, "The Healing-Work Quantum")
    show = only(democamp, "Kultpess: a crossover")
    assert healing.key != show.key
    assert (healing.code, show.code) == ("Y38LJT", "EKFJUY")
    assert (healing.track, healing.start) == (None, utc(2020, 12, 15, 18, 15))


def test_democamp_after_midnight_set_belongs_to_the_last_day(democamp: Catalog) -> None:
    s = only(democamp, "Closing night set")
    assert (s.start, s.end) == (utc(2020, 12, 17, 1, 0), utc(2020, 12, 17, 4, 0))
    assert s.day == date(2020, 12, 16)
    assert (s.room, s.track, s.speakers) == ("Green Room", "Music", ())


def test_democamp_tracks_come_from_the_events_in_order(democamp: Catalog) -> None:
    assert democamp.tracks == ("Hardware", "Business", "Privacy", "Security", "Culture", "Music")


# ---- The real-world corpus ----


@pytest.mark.usefixtures("corpus")
@pytest.mark.parametrize(
    FACTS,
    [
        ("congress", 1351, "36c3", "Etc/GMT-1", date(2019, 12, 27), date(2019, 12, 30)),
        ("camp", 79, "camp2019", "Europe/Berlin", date(2019, 8, 21), date(2019, 8, 25)),
        ("democon", 36, "democon", "UTC", date(2020, 12, 14), date(2020, 12, 16)),
        ("rc3", 48, "rc3-channels-2020", "Etc/GMT-1", date(2020, 12, 27), date(2020, 12, 30)),
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


# ---- 36C3 ----


def test_36c3_opening_field_by_field(congress: Catalog) -> None:
    s = only(congress, "Opening Ceremony")
    assert s.key == "36c3/6a32cb72-a69d-423c-91b5-60d88eb8e6c7"
    assert (s.code, s.room, s.track, s.language) == ("11223", "Ada", "CCC", "de")
    assert (s.start, s.end) == (utc(2019, 12, 27, 10, 0), utc(2019, 12, 27, 10, 30))
    assert s.speakers == ("bleeptrack", "blinry")
    assert s.summary == "Welcome!"
    assert s.recorded is True  # do_not_record: false
    assert s.url == "https://fahrplan.events.ccc.de/congress/2019/Fahrplan/events/11223.html"


def test_36c3_workshop_held_twice_is_two_runs_of_one_series(congress: Catalog) -> None:
    first, second = runs(congress, "Beginners Workshop: How to Hack your Web Application")
    guid = "81f5f0c4-3d35-522c-8f1c-c8825b92f00a"
    assert (first.key, second.key) == (f"36c3/{guid}", f"36c3/{guid}#2")
    assert first.series == second.series == guid
    assert (first.start, first.end) == (utc(2019, 12, 27, 15, 10), utc(2019, 12, 27, 17, 10))
    assert (second.start, second.end) == (utc(2019, 12, 27, 16, 15), utc(2019, 12, 27, 17, 15))
    assert first.room == second.room == "OIO Workshop Dome"


def test_36c3_runs_on_different_days_keep_their_days(congress: Catalog) -> None:
    first, second = runs(congress, "Löten für Einsteiger")
    assert first.series == second.series == "4f5c1cc5-ad99-52dc-89cd-699eae66bcb8"
    assert second.key.endswith("#2")
    assert (first.day, second.day) == (date(2019, 12, 27), date(2019, 12, 29))
    assert second.start == utc(2019, 12, 29, 13, 0)


def test_36c3_reused_ids_are_different_sessions(congress: Catalog) -> None:
    # Two sub-conferences merged into the 36C3 schedule both used event id 883.
    star_wars = only(congress, "Kultpess feat. the Insnider – a Star Wars Episode 9 Crossover")
    healing = only(congress, "The Healing-Work Quantum")
    assert star_wars.key == "36c3/dbd73362-9959-5303-8466-8a3d5bde653c"
    assert healing.key == "36c3/c63bc33d-9ddd-5171-8444-a9a0e1030e1b"
    assert (star_wars.code, healing.code) == ("EKFJUY", "Y38LJT")  # pretalx codes from the URLs
    assert star_wars.speakers[:2] == ("Ralf Stockmann", "Christopher van der Meyden")
    # The room is the schedule's room (the merge prefixed it), not the event's short copy.
    assert (healing.room, healing.track) == ("1Komona dezentrale*", None)
    assert healing.start == utc(2019, 12, 28, 19, 15)


def test_36c3_after_midnight_set_belongs_to_the_last_day(congress: Catalog) -> None:
    s = only(congress, "Marko Morelle")
    assert (s.start, s.end) == (utc(2019, 12, 31, 2, 0), utc(2019, 12, 31, 5, 0))
    assert s.day == date(2019, 12, 30)
    assert (s.room, s.track, s.speakers) == ("Discotheque Nouveauancien", "Music", ())


def test_36c3_recording_flags(congress: Catalog) -> None:
    # 684 events say do_not_record: false; 48 say true; 619 say nothing (null or absent).
    assert sum(s.recorded for s in congress.sessions) == 684


def test_36c3_subtitles_join_the_title(congress: Catalog) -> None:
    s = only(congress, "Hacker Jeopardy: Zahlenraten für Geeks")
    assert s.series is not None


# ---- Chaos Communication Camp 2019 (frab "Gacrux") ----


def test_camp_event_with_umlauts(camp: Catalog) -> None:
    s = only(
        camp,
        "Aufstand oder Aussterben? Ein Vortrag über die Klimakrise, ökologischen Kollaps "
        "und zivilen Ungehorsam.",
    )
    assert (s.room, s.track, s.code) == ("Curie", "Ethics, Society & Politics", "10370")
    assert (s.start, s.end) == (utc(2019, 8, 21, 18, 0), utc(2019, 8, 21, 18, 45))
    assert s.speakers == ("Dan", "Maria")
    assert s.recorded is True


def test_camp_html_abstract_becomes_text(camp: Catalog) -> None:
    # A title with a colon of its own gets its subtitle after a dash, not a second colon.
    s = only(
        camp,
        "spispy: SPI flash device emulation — Open source tools for flash emulation and research",
    )
    assert s.summary.startswith(
        "spispy (https://github.com/osresearch/spispy) is an open source hardware tool for "
        "emulating SPI flash chips"
    )
    assert "<" not in s.summary


def test_camp_opening(camp: Catalog) -> None:
    s = only(camp, "Opening Ceremony")
    assert (s.room, s.track, s.speakers) == ("Curie", "CCC", ("jinxx", "smtw"))
    assert s.start == utc(2019, 8, 21, 9, 0)


# ---- pretalx DemoCon: zone "UTC" named, offsets +01:00 on the events ----


def test_democon_event_dates_win_over_the_named_zone(democon: Catalog) -> None:
    s = only(democon, "Focused 5thgeneration hardware")
    assert s.key == "democon/8079583e-8321-506c-95af-fd2903a5f075"
    assert (s.code, s.room, s.track) == ("G9JGWY", "Gray Room", "Phased")
    assert (s.start, s.end) == (utc(2020, 12, 14, 8, 0), utc(2020, 12, 14, 8, 30))
    assert s.speakers == ("Brian Robinson",)
    assert s.abstract == (
        "Station provide certain mean. Toward region beautiful language blood.\n"
        "Professional economic pattern a. Human plan institution thus."
    )


def test_democon_do_not_record(democon: Catalog) -> None:
    s = only(democon, "Monitored 24hour customer loyalty")
    assert s.recorded is False
    assert (s.room, s.start, s.end) == (
        "Tan Room",
        utc(2020, 12, 14, 13, 0),
        utc(2020, 12, 14, 14, 30),
    )
    assert sum(not s.recorded for s in democon.sessions) == 2


# ---- pretalx rC3 Channels: no time_zone_name ----


def test_rc3_event_field_by_field(rc3: Catalog) -> None:
    s = only(rc3, "Der faule Admin automatisiert: Gluon auf echter Hardware testen")
    assert s.key == "rc3-channels-2020/c3642671-4c1f-5109-81ba-0535c1cc8428"
    assert (s.code, s.room, s.track) == ("MJA8QY", "r3s - Monheim/Rhein", "MON r3s Rhein VHS")
    assert (s.start, s.end) == (utc(2020, 12, 27, 10, 30), utc(2020, 12, 27, 11, 10))
    assert s.speakers == ("Chris Fiege", "Kasa")
    assert s.language == "de"
    # Markdown with CRLF line ends: the lines stay, the carriage returns go.
    assert s.summary.startswith(
        "Eine wichtige Komponente von Freifunk ist die Verfügbarkeit von Firmware für viele "
        "Geräte.\nDiese Firmware basiert"
    )
    assert "\r" not in s.summary + s.abstract


def test_rc3_rooms_and_unicode_titles(rc3: Catalog) -> None:
    assert len({s.room for s in rc3.sessions}) == 5
    s = only(rc3, '"But this politician said «xyz»!"')
    assert (s.recorded, s.start) == (False, utc(2020, 12, 29, 14, 0))


# ---- Broken JSON ----


def test_truncated_json_is_refused_with_its_line(tmp_path: Path, fixtures: Path) -> None:
    data = (fixtures / "pretalx" / "democamp.json").read_bytes()
    cut = data[: len(data) // 2]
    path = tmp_path / "cut.json"
    path.write_bytes(cut)
    with pytest.raises(FormatError, match="not valid JSON") as caught:
        read_catalog(path)
    assert caught.value.line == cut.count(b"\n") + 1


@pytest.mark.parametrize(
    ("document", "missing"),
    [
        ('{"schedule": {"version": "1"}}', "schedule.conference"),
        ('{"schedule": {"conference": {"days": "soon"}}}', "schedule.conference.days"),
        (
            '{"schedule": {"conference": {"days": [{"index": 1}]}}}',
            "schedule.conference.days[0].date",
        ),
        (
            '{"schedule": {"conference": {"days": [{"date": "2020-01-01", "rooms": {"A": [7]}}]}}}',
            "schedule.conference.days[0].rooms['A'][0]",
        ),
    ],
)
def test_missing_structure_is_named(tmp_path: Path, document: str, missing: str) -> None:
    path = tmp_path / "schedule.json"
    path.write_text(document, encoding="utf-8")
    with pytest.raises(FormatError) as caught:
        read_catalog(path)
    assert missing in str(caught.value)


def test_invalid_utf8_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "schedule.json"
    path.write_bytes(b'{"schedule": {"conference":\n {"title": "Caf\xe9"}}}')
    with pytest.raises(FormatError, match="not valid UTF-8") as caught:
        read_catalog(path)
    assert caught.value.line == 2
