"""Every reader against the project's own small files (tests/formats/cases/), one case at a time.

The same conference (Tiny Con 2024, Berlin) is written in every format the planner reads, and
each one must give the same sessions, instants, days, rooms, tracks and speakers: that is the
round-trip check. Around it, one test per way a real published file breaks the rules (issue 12),
each on a file written for it.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from planner.core.model import TimeStatus, ZoneSource
from planner.formats.errors import FormatError
from planner.formats.registry import ReadOptions, find_reader, read_catalog
from tests.formats.schedule_checks import CASES, TINY, check_round_trip, only, utc

BERLIN = "Europe/Berlin"


def case(name: str) -> Path:
    return CASES / name


# ---- The round trip: one conference, every format ----------------------------------------------


@pytest.mark.parametrize(
    ("name", "reader", "timezone"),
    [
        ("tiny.xml", "frab-xml", None),
        ("tiny.json", "frab-json", None),
        ("tiny_schema2.json", "frab-json", None),
        ("tiny.ics", "ics", None),
        ("tiny.xcal", "xcal", BERLIN),  # frab's xCal names no zone at all
        ("tiny_city.xml", "frab-xml", None),  # no zone, no offsets: the city says Berlin
        ("tiny_offsets.xml", "frab-xml", None),  # offsets and city agree: Berlin, not Etc/GMT-1
        ("tiny_nozone.xml", "frab-xml", BERLIN),  # nothing says: the user does
    ],
)
def test_every_format_of_one_conference_gives_the_same_sessions(
    name: str, reader: str, timezone: str | None
) -> None:
    path = case(name)
    assert find_reader(path, path.read_bytes()).name == reader
    catalog = read_catalog(path, ReadOptions(timezone=timezone))
    check_round_trip(catalog, TINY, "tiny24", BERLIN)
    assert catalog.conference.zone_confirmed


# ---- 1. A file that names no zone ------------------------------------------------------------


def test_a_zone_less_file_takes_the_zone_of_its_city() -> None:
    catalog = read_catalog(case("tiny_city.xml"))
    assert catalog.conference.zone_source is ZoneSource.CITY
    opening = only(catalog, "Opening")
    assert opening.start == utc(2024, 3, 9, 8, 0)  # 09:00 in Berlin, not 09:00 UTC
    assert opening.time_status is TimeStatus.CONFIRMED


def test_a_file_with_neither_zone_offsets_nor_city_is_a_guess_said_so() -> None:
    catalog = read_catalog(case("tiny_nozone.xml"))
    conference = catalog.conference
    assert (conference.timezone, conference.zone_source) == ("UTC", ZoneSource.GUESSED)
    assert not conference.zone_confirmed
    assert all(s.time_status is TimeStatus.ASSUMED for s in catalog.sessions)
    assert all("guess" in s.time_note and "--timezone" in s.time_note for s in catalog.sessions)
    assert any("not confirmed" in note for note in catalog.notes)


def test_the_users_zone_places_a_zone_less_file() -> None:
    catalog = read_catalog(case("tiny_nozone.xml"), ReadOptions(timezone="America/New_York"))
    assert catalog.conference.zone_source is ZoneSource.GIVEN
    assert only(catalog, "Opening").start == utc(2024, 3, 9, 14, 0)  # 09:00 EST


def test_the_users_zone_does_not_override_a_zone_the_file_names() -> None:
    catalog = read_catalog(case("tiny.xml"), ReadOptions(timezone="America/New_York"))
    assert catalog.conference.timezone == BERLIN
    assert only(catalog, "Opening").start == utc(2024, 3, 9, 8, 0)
    assert any("--timezone America/New_York ignored" in note for note in catalog.notes)


def test_an_ical_feed_of_floating_times_and_no_zone_is_a_guess(tmp_path: Path) -> None:
    path = tmp_path / "floating.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1@x\r\n"
        b"DTSTART:20240309T090000\r\nDTEND:20240309T093000\r\nSUMMARY:Talk\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (talk,) = read_catalog(path).sessions
    assert talk.time_status is TimeStatus.ASSUMED and "guess" in talk.time_note
    (placed,) = read_catalog(path, ReadOptions(timezone=BERLIN)).sessions
    assert placed.start == utc(2024, 3, 9, 8, 0) and placed.time_status is TimeStatus.CONFIRMED


# ---- 2. The C3VOC hub's schema2 JSON; an import that finds nothing --------------------------


def test_schema2_reads_codes_tracks_by_slug_and_speaking_participants() -> None:
    catalog = read_catalog(case("tiny_schema2.json"))
    opening = only(catalog, "Opening")
    assert (opening.code, opening.summary) == ("OPEN24", "Welcome to Tiny Con.")
    rust = only(catalog, "Rust for Pythonistas")
    assert rust.speakers == ("Grace Hopper", "Alan Turing")  # the GUEST is no speaker
    assert catalog.tracks == ("Main", "Languages")
    titles = {s.title for s in catalog.sessions}
    assert "Lunch" not in titles and "Withdrawn talk" not in titles


@pytest.mark.parametrize(
    ("name", "content", "looked_for"),
    [
        (
            "empty.json",
            '{"schedule": {"version": "1", "conference": {"acronym": "x", "title": "X",'
            ' "start": "2024-01-01T00:00:00Z", "end": "2024-01-02T00:00:00Z", "days": []},'
            ' "events": []}}',
            "schedule.events",
        ),
        (
            "empty-frab.json",
            '{"schedule": {"conference": {"acronym": "x", "title": "X",'
            ' "days": [{"date": "2024-01-01", "rooms": {"A": []}}]}}}',
            "schedule.conference.days[].rooms",
        ),
        (
            "empty.xml",
            "<schedule><conference><acronym>x</acronym></conference>"
            '<day date="2024-01-01"><room name="A"/></day></schedule>',
            "<day>",
        ),
        (
            "empty.xcal",
            "<iCalendar><vcalendar><version>2.0</version></vcalendar></iCalendar>",
            "<vevent>",
        ),
    ],
)
def test_a_file_with_no_sessions_is_an_error_saying_what_was_looked_for(
    tmp_path: Path, name: str, content: str, looked_for: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError, match="no sessions found") as caught:
        read_catalog(path)
    assert looked_for in str(caught.value) and str(caught.value).startswith(str(path))


# ---- 3. iCalendar folding that splits a UTF-8 character ---------------------------------------


def test_a_fold_inside_a_utf8_character_is_unfolded_before_decoding(tmp_path: Path) -> None:
    title = "Grüße aus Köln – Straßenbahn"
    line = f"SUMMARY:{title}".encode()
    cut = line.index("ß".encode()) + 1  # between the two bytes of "ß"
    folded = line[:cut] + b"\r\n " + line[cut:]
    path = tmp_path / "folded.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nX-WR-TIMEZONE:Europe/Berlin\r\n"
        b"BEGIN:VEVENT\r\nUID:1@x\r\nDTSTART:20240309T090000Z\r\n" + folded + b"\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (talk,) = read_catalog(path).sessions
    assert talk.title == title


def test_bad_utf8_in_a_continuation_names_its_own_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1@x\r\n"
        b"DTSTART:20240309T090000Z\r\nSUMMARY:fine so far\r\n and then caf\xe9\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with pytest.raises(FormatError, match="not valid UTF-8") as caught:
        read_catalog(path)
    assert caught.value.line == 8


# ---- 4. One UID on many talks --------------------------------------------------------------


def test_talks_that_share_a_uid_are_not_runs_of_each_other(tmp_path: Path) -> None:
    events = b"".join(
        b"BEGIN:VEVENT\r\nUID:conference@example.org\r\nDTSTART:202403%02dT%02d0000Z\r\n"
        b"DURATION:PT30M\r\nSUMMARY:%s\r\nEND:VEVENT\r\n" % (9 + n // 3, 8 + n, title)
        for n, title in enumerate([b"Talk A", b"Talk B", b"Talk A", b"Talk C", b"Talk D"])
    )
    path = tmp_path / "shared.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + events + b"END:VCALENDAR\r\n"
    )
    sessions = read_catalog(path).sessions
    assert len({s.key for s in sessions}) == 5
    series = {s.title: {t.series for t in sessions if t.title == s.title} for s in sessions}
    assert all(len(found) == 1 for found in series.values())  # each title its own series
    assert len({next(iter(found)) for found in series.values()}) == 4  # and no two share one
    a_runs = [s for s in sessions if s.title == "Talk A"]
    assert len(a_runs) == 2 and a_runs[0].series == a_runs[1].series  # the same talk twice


def test_frab_events_sharing_a_guid_are_runs_only_with_the_same_title(tmp_path: Path) -> None:
    event = (
        '<event guid="{g}" id="{i}"><date>2024-03-09T{h}:00:00+01:00</date><start>{h}:00</start>'
        "<duration>00:30</duration><title>{t}</title></event>"
    )
    body = "".join(
        event.format(g="0e0e0e0e-0000-5000-8000-000000000000", i=n, h=f"{10 + n:02d}", t=t)
        for n, t in enumerate(["Workshop", "Workshop", "Lightning talks"])
    )
    path = tmp_path / "guid.xml"
    path.write_text(
        "<schedule><conference><acronym>g</acronym><time_zone_name>Europe/Berlin"
        f'</time_zone_name></conference><day date="2024-03-09"><room name="A">{body}'
        "</room></day></schedule>"
    )
    catalog = read_catalog(path)
    workshop = [s for s in catalog.sessions if s.title == "Workshop"]
    lightning = only(catalog, "Lightning talks")
    assert workshop[0].series == workshop[1].series != lightning.series


# ---- 5. Recurring events -------------------------------------------------------------------


def test_recurring_events_are_expanded_with_exceptions_and_overrides() -> None:
    catalog = read_catalog(case("recurring.ics"))
    standups = sorted(
        (s for s in catalog.sessions if s.series == "standup@tiny"), key=lambda s: s.start
    )
    # Daily 09:00 Berlin, 11-15 March 2024, less the 12th (EXDATE); the 13th moved to 10:00.
    assert [s.start for s in standups] == [
        utc(2024, 3, 11, 8, 0), utc(2024, 3, 13, 9, 0), utc(2024, 3, 14, 8, 0),
        utc(2024, 3, 15, 8, 0),
    ]  # fmt: skip
    assert standups[1].title == "Stand-up (moved)"
    assert standups[1].key == "tiny-recurring/standup@tiny/20240313T080000Z"
    assert len({s.key for s in standups}) == 4
    # RDATE adds occurrences to a one-off: the meetup and its two extra dates.
    meetups = [s for s in catalog.sessions if s.series == "meetup@tiny"]
    assert sorted(s.day for s in meetups) == [
        date(2024, 3, 11),
        date(2024, 3, 12),
        date(2024, 3, 14),
    ]


def test_an_open_ended_rule_stops_at_the_feeds_last_day() -> None:
    catalog = read_catalog(case("recurring.ics"))
    coffee = [s for s in catalog.sessions if s.series == "coffee@tiny"]
    # FREQ=DAILY with no end: only within the conference (11-15 March), not for ever.
    assert sorted(s.day for s in coffee) == [date(2024, 3, d) for d in range(11, 16)]


# ---- 6. wafer's UTC <day date> ----------------------------------------------------------------


def test_a_sessions_day_is_its_local_date_not_the_files_utc_day() -> None:
    catalog = read_catalog(case("wafer_busan.xml"))
    days = {s.title: s.day for s in catalog.sessions}
    assert days == {
        "Morning keynote": date(2024, 7, 29),  # 08:00 KST, listed under the UTC date 28 July
        "Afternoon talk": date(2024, 7, 29),
        "Late night hacking": date(2024, 7, 29),  # 01:00 on the 30th: the night of the 29th
        "Last breakfast talk": date(2024, 7, 31),
    }
    conference = catalog.conference
    assert (conference.first_day, conference.last_day) == (date(2024, 7, 29), date(2024, 7, 31))


def test_the_after_midnight_rule_keeps_a_night_talk_on_its_day(tmp_path: Path) -> None:
    night = (
        '<event id="9"><date>2024-03-10T01:30:00+01:00</date><start>01:30</start>'
        "<duration>00:30</duration><title>Late</title></event>"
    )
    xml = (
        case("tiny.xml").read_text().replace('<room name="Hall B">', f'<room name="Hall B">{night}')
    )
    catalog = read_catalog(_write(tmp_path, xml, "night.xml"))
    assert only(catalog, "Late").day == date(2024, 3, 9)


# ---- 7. Speakers spelled differently -----------------------------------------------------------


def test_person_straight_under_event_is_a_speaker(tmp_path: Path) -> None:
    xml = (
        case("tiny.xml")
        .read_text()
        .replace(
            '<persons><person id="1">Ada Lovelace</person></persons>',
            '<person id="1">Ada Lovelace</person>',
            1,
        )
    )
    catalog = read_catalog(_write(tmp_path, xml, "persons.xml"))
    assert only(catalog, "Opening").speakers == ("Ada Lovelace",)


def test_organizer_and_attendee_names_are_speakers_but_not_rooms_or_the_calendar() -> None:
    catalog = read_catalog(case("tiny.ics"))
    assert only(catalog, "Opening").speakers == ("Ada Lovelace",)  # ORGANIZER;CN=
    # ORGANIZER is the conference itself; ATTENDEE;CN=...;CUTYPE=ROOM is the hall.
    assert only(catalog, "Rust for Pythonistas").speakers == ("Grace Hopper", "Alan Turing")


# ---- 9. pretalx's own code -------------------------------------------------------------------


@pytest.mark.parametrize(
    "spelling",
    ['<event guid="{g}" id="101" code="OPEN24">', '<event guid="{g}" id="101"><code>OPEN24</code>'],
)
def test_pretalx_code_is_the_sessions_code(tmp_path: Path, spelling: str) -> None:
    guid = "11111111-1111-5111-8111-111111111111"
    old = f'<event guid="{guid}" id="101">'
    xml = case("tiny.xml").read_text().replace(old, spelling.format(g=guid), 1)
    catalog = read_catalog(_write(tmp_path, xml, "coded.xml"))
    assert only(catalog, "Opening").code == "OPEN24"
    assert only(catalog, "Closing").code == "104"  # no code in the file: the id


# ---- 10. One conference, whatever the format ---------------------------------------------------


def test_the_same_conference_in_three_formats_is_one_conference() -> None:
    conferences = {
        (c.id, c.timezone)
        for c in (
            read_catalog(case(name)).conference
            for name in ("tiny.xml", "tiny.json", "tiny.ics", "tiny_schema2.json")
        )
    }
    assert conferences == {("tiny24", BERLIN)}


def test_offsets_and_city_that_agree_name_the_iana_zone() -> None:
    conference = read_catalog(case("tiny_offsets.xml")).conference
    assert conference.timezone == BERLIN  # not Etc/GMT-1


# ---- 11. frab xCal ------------------------------------------------------------------------------


def test_frab_xcal_is_read_and_names_the_conference_by_its_acronym() -> None:
    catalog = read_catalog(case("tiny.xcal"))
    assert catalog.conference.id == "tiny24"
    # frab writes local times with no zone: unconfirmed until the zone is known.
    assert all(s.time_status is TimeStatus.ASSUMED for s in catalog.sessions)
    assert only(catalog, "Rust for Pythonistas").end - only(
        catalog, "Rust for Pythonistas"
    ).start == timedelta(minutes=45)  # from <duration>004500</duration>


def test_rfc_6321_xcal_with_a_tzid_is_read() -> None:
    catalog = read_catalog(case("rfc6321.xcal"))
    (talk,) = catalog.sessions
    assert (talk.title, talk.start, talk.room) == ("Typed values", utc(2024, 3, 9, 8, 0), "Hall A")
    assert catalog.conference.timezone == BERLIN


# ---- 13. All-day events -------------------------------------------------------------------------


def test_all_day_events_are_said_to_be_all_day_not_missing_a_date(tmp_path: Path) -> None:
    path = tmp_path / "allday.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1@x\r\n"
        b"DTSTART;VALUE=DATE:20240309\r\nSUMMARY:Hackathon\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:2@x\r\nDTSTART:20240309T090000Z\r\nSUMMARY:Talk\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    catalog = read_catalog(path)
    assert catalog.notes and all("--date" not in note for note in catalog.notes)
    assert any("1 all-day event" in note for note in catalog.notes)


def _write(folder: Path, text: str, name: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# ---- 12. The GTC seeds' own layout ------------------------------------------------------------


def test_the_bundle_folder_imports_through_the_registry(gtc_data: Path) -> None:
    catalog = read_catalog(gtc_data)
    assert catalog.conference.id == "gtc2025" and len(catalog.sessions) == 21
    assert sum(1 for s in catalog.sessions if s.scheduled) == 20


def test_summary_files_alone_import_unscheduled(gtc_data: Path) -> None:
    for path in sorted(gtc_data.glob("*.txt")):
        assert find_reader(path, path.read_bytes()).name == "gtc-summary"
        catalog = read_catalog(path)
        assert catalog.sessions and not any(s.scheduled for s in catalog.sessions)
        assert catalog.conference.id != "gtc2025"  # never in place of the bundle with times
    header = read_catalog(gtc_data / "004_f2c6de7c0709f0ff.txt")
    assert header.conference.title == "開發人員人工智慧大會|NVIDIA GTC 2025"


def _relaid(text: str) -> bytes:
    """The same summaries as another editor saves them: BOM, CRLF, full-width colons, extra
    blank lines, and every topic list on the line after its label."""
    text = text.replace("### Topic: ", "### Topic：\n")
    text = text.replace("### 重點摘要：", "\n\n### 重點摘要：\n")
    text = text.replace("\n---\n", "\n\n\n---\n\n")
    return b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")


@pytest.mark.parametrize("name", ["000_8fd0704430192152.txt", "004_f2c6de7c0709f0ff.txt"])
def test_a_relaid_summary_reads_the_same(gtc_data: Path, tmp_path: Path, name: str) -> None:
    original = read_catalog(gtc_data / name)
    copy = tmp_path / name
    copy.write_bytes(_relaid((gtc_data / name).read_text(encoding="utf-8")))
    relaid = read_catalog(copy)

    def content(catalog):  # type: ignore[no-untyped-def]
        return [
            (s.key, s.title, s.track, s.summary, s.highlights, s.topics) for s in catalog.sessions
        ]

    assert content(relaid) == content(original)
