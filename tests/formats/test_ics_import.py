"""The iCalendar reader against real feeds: counts, fields, time zones, and bad input.

Expected values are read off the files by hand; UTC instants are computed by hand from the
wall-clock times and the zones' offsets on those dates.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.model import Catalog, Session, TimeStatus
from planner.formats.errors import FormatError
from planner.formats.ics_import import READER
from planner.formats.registry import ReadOptions
from tests.damage import damaged

LCA = "giggity_linux_conf_au_2020.ics"
KIELUX = "giggity_kielux_2020.ics"
GLT = "pretalxstar_glt26_favourites.ics"
GOOGLE = "icalendar_alarm_google_future.ics"
EXCHANGE = "icalendar_issue_836_do_not_quote_tzid.ics"


def read_file(path: Path, data: bytes | None = None, **options: Any) -> Catalog:
    raw = path.read_bytes() if data is None else data
    return READER.read(path, raw, ReadOptions(**options))


def read_corpus(corpus: Path, name: str, **options: Any) -> Catalog:
    return read_file(corpus / "ics" / name, **options)


def by_uid(catalog: Catalog, uid: str) -> Session:
    key = f"{catalog.conference.id}/{uid}"
    return next(s for s in catalog.sessions if s.key == key)


def utc(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def write_variant(tmp_path: Path, corpus: Path, name: str, old: bytes, new: bytes) -> Path:
    """A copy of a corpus file with one edit, so that a test sees a single change."""
    data = (corpus / "ics" / name).read_bytes()
    assert old in data, f"{old!r} is not in {name}"
    target = tmp_path / name
    target.write_bytes(data.replace(old, new, 1))
    return target


# ---- The corpus as published -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "count"), [(LCA, 262), (KIELUX, 24), (GLT, 13), (GOOGLE, 1), (EXCHANGE, 1)]
)
def test_every_event_of_every_feed_is_imported(corpus: Path, name: str, count: int) -> None:
    catalog = read_corpus(corpus, name)
    assert len(catalog.sessions) == count
    assert len({s.key for s in catalog.sessions}) == count
    for session in catalog.sessions:
        assert session.time_status is TimeStatus.CONFIRMED
        assert session.start is not None and session.start.utcoffset() is not None
        assert session.start.tzinfo is UTC


@pytest.mark.parametrize("name", [LCA, KIELUX, GLT, GOOGLE, EXCHANGE])
def test_sniff_claims_every_feed(corpus: Path, name: str) -> None:
    assert READER.sniff((corpus / "ics" / name).read_bytes()[:65536])


def test_sniff_allows_a_bom_and_leading_blank_lines_but_not_other_formats(corpus: Path) -> None:
    assert READER.sniff(b"\xef\xbb\xbf\r\n  begin:vcalendar\r\nVERSION:2.0\r\n")
    assert not READER.sniff((corpus / "schedules" / "fosdem_2007.xml").read_bytes()[:65536])
    gtc = corpus / "gtc" / "gtc2025_relevant_sessions_excerpt.csv"
    assert not READER.sniff(gtc.read_bytes()[:65536])
    assert not READER.sniff(b"BEGIN:VCARD\r\n")


def test_linux_conf_au_is_in_brisbane_without_a_vtimezone(corpus: Path) -> None:
    catalog = read_corpus(corpus, LCA)
    assert catalog.conference.id == "linux-conf-au-2020"
    assert catalog.conference.title == "linux.conf.au 2020"
    assert catalog.conference.timezone == "Australia/Brisbane"
    assert (catalog.conference.first_day, catalog.conference.last_day) == (
        date(2020, 1, 12),
        date(2020, 1, 17),
    )
    welcome = by_uid(catalog, "94@lca2020.linux.org.au")
    # 09:00 in Brisbane (UTC+10, no daylight saving) is 23:00 UTC the day before.
    assert welcome.title == "Wednesday Welcome"
    assert welcome.room == "Arena"
    assert (welcome.start, welcome.end) == (utc(2020, 1, 14, 23, 0), utc(2020, 1, 14, 23, 10))
    assert welcome.day == date(2020, 1, 15)
    assert welcome.speakers == ("Joel Addison",)
    assert welcome.url == "http://lca2020.linux.org.au/schedule/presentation/221/"


def test_linux_conf_au_talk_field_by_field(corpus: Path) -> None:
    talk = by_uid(read_corpus(corpus, LCA), "122@lca2020.linux.org.au")
    assert talk.title == "Essential Git Fu for tech writers"
    assert talk.room == "Room 8"
    # 15:45-16:20 Brisbane time.
    assert (talk.start, talk.end) == (utc(2020, 1, 13, 5, 45), utc(2020, 1, 13, 6, 20))
    assert talk.speakers == ("Gaurav Nelson",)
    assert talk.summary.startswith("Speaker: Gaurav Nelson\nDealing with Git often becomes")
    assert talk.series == "122@lca2020.linux.org.au"
    # Angle brackets in plain text are not markup: the placeholder survives.
    assert (
        "`git newbranch <branch-name>` instead of `git checkout -b <branch-name>`" in talk.summary
    )


def test_html_in_descriptions_becomes_plain_text(corpus: Path) -> None:
    catalog = read_corpus(corpus, LCA)
    breakfast = by_uid(catalog, "201@lca2020.linux.org.au")
    assert breakfast.summary.startswith(
        "Women of Open Technology Breakfast, Presented by ThoughtWorks"
    )
    assert "Only for attendees with a ticket." in breakfast.summary
    assert breakfast.room == "Room 5"
    assert breakfast.start == utc(2020, 1, 13, 21, 0)  # 07:00 on 14 January in Brisbane
    for session in catalog.sessions:
        assert "<p>" not in session.summary and "</a>" not in session.summary
        assert "&amp;" not in session.summary


def test_events_without_a_location_have_no_room(corpus: Path) -> None:
    registration = by_uid(read_corpus(corpus, LCA), "235@lca2020.linux.org.au")
    assert registration.room is None
    assert registration.summary == "Registration Open"


def test_kielux_utc_times_attendee_speakers_and_inline_markup(corpus: Path) -> None:
    catalog = read_corpus(corpus, KIELUX)
    assert catalog.conference.title == "18. Kieler Open Source und Linux Tage"
    assert catalog.conference.id == "18-kieler-open-source-und-linux-tage"
    assert catalog.conference.timezone == "UTC"  # Z times and no X-WR-TIMEZONE
    first = by_uid(catalog, "460@KOLT20")
    assert first.title == "OpenCelium - Der generische OpenSoure API-Hub"
    assert first.room == "Ravensberg"
    assert (first.start, first.end) == (utc(2020, 9, 18, 11, 0), utc(2020, 9, 18, 12, 0))
    assert first.speakers == ("Jakob Semere",)
    assert first.url == "https://kielux.de/programm/KOLT20#460"
    xen = by_uid(catalog, "467@KOLT20")
    assert xen.speakers == ("Jürgen Groß",)
    # "<i>die</i>" goes, the paragraphs of the plain-text description stay.
    assert "Xen war lange Zeit die Plattform" in xen.summary
    assert "\n\nHeute wird Xen" in xen.summary


def test_pretalx_favourites_in_vienna_with_markdown_and_emoji(corpus: Path) -> None:
    catalog = read_corpus(corpus, GLT)
    assert catalog.conference.timezone == "Europe/Vienna"
    assert catalog.conference.title == "pretalx favourites (glt26)"
    letter = by_uid(catalog, "7AC7RK@pretalx.linuxtage.at")
    assert letter.title == "How we hacked the Bavarian State with an Open Source Open Letter"
    assert letter.room == "HS i2"
    # 13:00-13:25 in Vienna, summer time (UTC+2) since 29 March 2026.
    assert (letter.start, letter.end) == (utc(2026, 4, 11, 11, 0), utc(2026, 4, 11, 11, 25))
    assert letter.speakers == ("Markus Feilner",)
    tracking = by_uid(catalog, "SRQ3M9@pretalx.linuxtage.at")
    assert tracking.title == "C-ITS: Mit einem ESP32 Ampeln, Straßenbahnen und Autos tracken"
    assert tracking.room == "HS i7"
    assert (tracking.start, tracking.end) == (utc(2026, 4, 11, 8, 0), utc(2026, 4, 11, 8, 45))
    assert tracking.speakers == ("Peter Pötzi", "Michael Ehrenreich")
    assert by_uid(catalog, "ARZU9Q@pretalx.linuxtage.at").title == "Tatort 🤡-IT"
    privacy = by_uid(catalog, "9JUXWQ@pretalx.linuxtage.at")
    assert "**So you're familiar with secure coding practices" in privacy.summary


def test_google_export_event_in_utc_and_its_calendar_zone(corpus: Path) -> None:
    catalog = read_corpus(corpus, GOOGLE)
    (event,) = catalog.sessions
    assert event.title == "event with alarms"
    assert (event.start, event.end) == (utc(2024, 10, 4, 18, 15), utc(2024, 10, 4, 19, 0))
    assert event.room is None
    assert event.speakers == ()  # the one ATTENDEE belongs to an e-mail alarm, not the event
    assert catalog.conference.timezone == "Europe/London"  # X-WR-TIMEZONE
    assert catalog.conference.title == "Nicco Kunzmann"


def test_google_event_that_names_its_vtimezone_uses_it(corpus: Path, tmp_path: Path) -> None:
    # The published event is in UTC; pointed at its own VTIMEZONE, Berlin (UTC+2 in October)
    # must win over the calendar's London (UTC+1), so 20:15 Berlin is 18:15 UTC.
    path = write_variant(
        tmp_path,
        corpus,
        GOOGLE,
        b"DTSTART:20241004T181500Z\r\nDTEND:20241004T190000Z",
        b"DTSTART;TZID=Europe/Berlin:20241004T201500\r\nDTEND;TZID=Europe/Berlin:20241004T210000",
    )
    (event,) = read_file(path).sessions
    assert (event.start, event.end) == (utc(2024, 10, 4, 18, 15), utc(2024, 10, 4, 19, 0))


def test_floating_times_are_read_in_x_wr_timezone(corpus: Path, tmp_path: Path) -> None:
    path = write_variant(
        tmp_path, corpus, GOOGLE, b"DTSTART:20241004T181500Z", b"DTSTART:20241004T191500"
    )
    (event,) = read_file(path).sessions
    assert event.start == utc(2024, 10, 4, 18, 15)  # 19:15 in London, summer time (UTC+1)


def test_exchange_windows_zone_name_maps_to_new_york(corpus: Path) -> None:
    catalog = read_corpus(corpus, EXCHANGE)
    assert catalog.conference.timezone == "America/New_York"
    (event,) = catalog.sessions
    assert event.title == "Anonymous Test Event for TZID"
    # 17:00 on 28 October 2024: New York is still on daylight time (UTC-4) until 3 November.
    assert (event.start, event.end) == (utc(2024, 10, 28, 21, 0), utc(2024, 10, 28, 22, 0))
    assert event.day == date(2024, 10, 28)
    assert catalog.conference.id == "icalendar-issue-836-do-not-quote-tzid"  # the file name


def test_conference_id_can_be_given(corpus: Path) -> None:
    catalog = read_corpus(corpus, KIELUX, conference_id="kielux-2020")
    assert catalog.conference.id == "kielux-2020"
    assert all(s.key.startswith("kielux-2020/") for s in catalog.sessions)


# ---- Edge cases, as one-line edits of real feeds ----------------------------------------------


def test_cancelled_events_are_left_out(corpus: Path, tmp_path: Path) -> None:
    path = write_variant(
        tmp_path,
        corpus,
        KIELUX,
        b"UID:467@KOLT20\r\nDTSTART:20200918T120000Z\r\nDTEND:20200918T130000Z\r\n"
        b"DTSTAMP:20201112T140846Z\r\nSTATUS:CONFIRMED",
        b"UID:467@KOLT20\r\nDTSTART:20200918T120000Z\r\nDTEND:20200918T130000Z\r\n"
        b"DTSTAMP:20201112T140846Z\r\nSTATUS:CANCELLED",
    )
    catalog = read_file(path)
    assert len(catalog.sessions) == 23
    assert not any(s.series == "467@KOLT20" for s in catalog.sessions)


def test_a_repeated_uid_on_another_talk_is_another_session(corpus: Path, tmp_path: Path) -> None:
    path = write_variant(tmp_path, corpus, KIELUX, b"UID:467@KOLT20", b"UID:460@KOLT20")
    catalog = read_file(path)
    assert len(catalog.sessions) == 24
    first = by_uid(catalog, "460@KOLT20")
    other = by_uid(catalog, "460@KOLT20-xen-ist-das-nicht-tot")
    assert first.start == utc(2020, 9, 18, 11, 0)  # the earlier one keeps the plain UID
    assert other.title == "Xen - ist das nicht tot?"
    assert first.series != other.series  # not "other runs" of each other


def test_a_repeated_uid_on_the_same_talk_gives_runs(corpus: Path, tmp_path: Path) -> None:
    data = (corpus / "ics" / KIELUX).read_bytes()
    data = data.replace(b"UID:467@KOLT20", b"UID:460@KOLT20", 1)
    title = b"SUMMARY:OpenCelium - Der generische OpenSoure API-Hub"
    data = data.replace(b"SUMMARY:Xen - ist das nicht tot?", title, 1)
    path = tmp_path / KIELUX
    path.write_bytes(data)
    catalog = read_file(path)
    first, second = by_uid(catalog, "460@KOLT20"), by_uid(catalog, "460@KOLT20#2")
    assert first.series == second.series == "460@KOLT20"
    assert first.start < second.start


def test_duration_stands_in_for_a_missing_dtend(corpus: Path, tmp_path: Path) -> None:
    path = write_variant(
        tmp_path,
        corpus,
        EXCHANGE,
        b"DTEND;TZID=Eastern Standard Time:20241028T180000",
        b"DURATION:PT45M",
    )
    (event,) = read_file(path).sessions
    assert (event.start, event.end) == (utc(2024, 10, 28, 21, 0), utc(2024, 10, 28, 21, 45))


def test_all_day_events_are_unscheduled_on_their_day(corpus: Path, tmp_path: Path) -> None:
    path = write_variant(
        tmp_path,
        corpus,
        EXCHANGE,
        b"DTSTART;TZID=Eastern Standard Time:20241028T170000\n"
        b"DTEND;TZID=Eastern Standard Time:20241028T180000",
        b"DTSTART;VALUE=DATE:20241028\nDTEND;VALUE=DATE:20241029",
    )
    (event,) = read_file(path).sessions
    assert event.time_status is TimeStatus.UNSCHEDULED
    assert event.start is None and event.day == date(2024, 10, 28)
    assert "All-day" in event.time_note


# ---- Bad input ----------------------------------------------------------------------------------


def kielux_lines(corpus: Path) -> list[bytes]:
    return (corpus / "ics" / KIELUX).read_bytes().split(b"\r\n")


def expect_error(path: Path, data: bytes, line: int | None, words: str) -> FormatError:
    with pytest.raises(FormatError) as caught:
        READER.read(path, data, ReadOptions())
    error = caught.value
    assert error.line == line
    where = f"{path}:{line}" if line is not None else str(path)
    assert str(error).startswith(f"{where}: ")
    assert words in str(error)
    return error


def test_a_truncated_feed_names_its_last_line(corpus: Path) -> None:
    lines = kielux_lines(corpus)
    cut = lines.index(b"LOCATION:Ravensberg", 30)  # inside the second event
    data = b"\r\n".join(lines[: cut + 1]) + b"\r\n"
    expect_error(corpus / "ics" / KIELUX, data, cut + 1, "VEVENT")


def test_a_garbage_line_is_named(corpus: Path) -> None:
    lines = kielux_lines(corpus)
    lines[11] = b"\x01\x02 this is no iCalendar line"  # DTSTAMP of the first event, line 12
    expect_error(corpus / "ics" / KIELUX, b"\r\n".join(lines), 12, "not an iCalendar line")


def test_a_bad_start_time_names_its_line(corpus: Path) -> None:
    lines = kielux_lines(corpus)
    assert lines[9] == b"DTSTART:20200918T110000Z"
    lines[9] = b"DTSTART:tomorrow morning"
    error = expect_error(corpus / "ics" / KIELUX, b"\r\n".join(lines), 10, "DTSTART")
    assert "460@KOLT20" in str(error)


def test_an_end_before_the_start_is_refused(corpus: Path) -> None:
    lines = kielux_lines(corpus)
    lines[10] = b"DTEND:20200918T100000Z"
    expect_error(corpus / "ics" / KIELUX, b"\r\n".join(lines), 11, "ends before it starts")


def test_mismatched_end_is_named(corpus: Path) -> None:
    lines = kielux_lines(corpus)
    index = lines.index(b"END:VEVENT")
    lines[index] = b"END:VTODO"
    expect_error(corpus / "ics" / KIELUX, b"\r\n".join(lines), index + 1, "END:VTODO")


def test_invalid_utf8_is_named(corpus: Path) -> None:
    lines = kielux_lines(corpus)
    lines[16] = b"SUMMARY:caf\xe9"
    expect_error(corpus / "ics" / KIELUX, b"\r\n".join(lines), 17, "UTF-8")


def test_two_calendars_in_one_file_are_refused(corpus: Path) -> None:
    data = (corpus / "ics" / GOOGLE).read_bytes()
    second = data.count(b"\n") + 1
    expect_error(corpus / "ics" / GOOGLE, data + data, second, "second VCALENDAR")


def test_a_calendar_without_events_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.ics"
    expect_error(path, b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", None, "no events")


def test_no_calendar_at_all_is_refused(tmp_path: Path) -> None:
    expect_error(tmp_path / "x.ics", b"VERSION:2.0\r\n", 1, "before BEGIN:VCALENDAR")
    expect_error(tmp_path / "y.ics", b"", None, "no BEGIN:VCALENDAR")


# ---- Random damage ------------------------------------------------------------------------------

_ICS_TOKENS = [
    b"\r\n",
    b"\n ",
    b":",
    b";",
    b"=",
    b'"',
    b",",
    b"\\",
    b"BEGIN:VEVENT\r\n",
    b"END:VEVENT\r\n",
    b"END:VCALENDAR\r\n",
    b"TZID=",
    b"VALUE=DATE:",
    b"DTSTART:99991231T235959\r\n",
    b"DURATION:-P1D\r\n",
    b"STATUS:CANCELLED\r\n",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(draw=st.data())
def test_damaged_feeds_raise_nothing_but_format_error(corpus: Path, draw: st.DataObject) -> None:
    data = draw.draw(
        damaged(tokens=_ICS_TOKENS, data=(corpus / "ics" / GOOGLE).read_bytes()),
        label="damaged feed",
    )
    try:
        catalog = READER.read(Path("damaged.ics"), data, ReadOptions())
    except FormatError as error:
        assert str(error).startswith("damaged.ics")
    else:
        assert catalog.sessions
