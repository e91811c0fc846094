"""The iCalendar reader: counts, fields, time zones and bad input, on samples and real feeds.

The project's samples (tests/fixtures/ics) show what each kind of feed does (a conference feed
without VTIMEZONE, UTC times with ATTENDEE speakers, a Google and an Exchange export); the real
feeds of the shared corpus add their own checks when it is there. Expected values are read off
the files by hand; UTC instants are computed by hand from the
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

BRISBANE = "brisbane-feed.ics"  # the project's samples (tests/fixtures/ics)
UTC_FEED = "utc-feed.ics"
GOOGLE = "google-export.ics"
EXCHANGE = "exchange.ics"
SAMPLES = {BRISBANE: 5, UTC_FEED: 4, GOOGLE: 1, EXCHANGE: 1}
LCA = "giggity_linux_conf_au_2020.ics"  # the shared corpus's real feeds
KIELUX = "giggity_kielux_2020.ics"
GLT = "pretalxstar_glt26_favourites.ics"
REAL_GOOGLE = "icalendar_alarm_google_future.ics"
REAL_EXCHANGE = "icalendar_issue_836_do_not_quote_tzid.ics"
REAL = {LCA: 262, KIELUX: 24, GLT: 13, REAL_GOOGLE: 1, REAL_EXCHANGE: 1}


def read_file(path: Path, data: bytes | None = None, **options: Any) -> Catalog:
    raw = path.read_bytes() if data is None else data
    return READER.read(path, raw, ReadOptions(**options))


@pytest.fixture(scope="module")
def samples(fixtures: Path) -> Path:
    return fixtures / "ics"


def read_sample(samples: Path, name: str, **options: Any) -> Catalog:
    return read_file(samples / name, **options)


def read_corpus(corpus: Path, name: str, **options: Any) -> Catalog:
    return read_file(corpus / "ics" / name, **options)


def by_uid(catalog: Catalog, uid: str) -> Session:
    key = f"{catalog.conference.id}/{uid}"
    return next(s for s in catalog.sessions if s.key == key)


def utc(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def write_variant(tmp_path: Path, source: Path, old: bytes, new: bytes) -> Path:
    """A copy of a feed with one edit, so that a test sees a single change."""
    data = source.read_bytes()
    assert old in data, f"{old!r} is not in {source.name}"
    target = tmp_path / source.name
    target.write_bytes(data.replace(old, new, 1))
    return target


def check_every_event(catalog: Catalog, count: int) -> None:
    assert len(catalog.sessions) == count
    assert len({s.key for s in catalog.sessions}) == count
    for session in catalog.sessions:
        assert session.time_status is TimeStatus.CONFIRMED
        assert session.start is not None and session.start.utcoffset() is not None
        assert session.start.tzinfo is UTC


# ---- The project's samples ---------------------------------------------------------------------


@pytest.mark.parametrize(("name", "count"), sorted(SAMPLES.items()))
def test_every_event_of_every_feed_is_imported(samples: Path, name: str, count: int) -> None:
    check_every_event(read_sample(samples, name), count)
    assert READER.sniff((samples / name).read_bytes()[:65536])


def test_sniff_allows_a_bom_and_leading_blank_lines_but_not_other_formats(fixtures: Path) -> None:
    assert READER.sniff(b"\xef\xbb\xbf\r\n  begin:vcalendar\r\nVERSION:2.0\r\n")
    assert not READER.sniff((fixtures / "frab" / "oldconf-2007.xml").read_bytes()[:65536])
    assert not READER.sniff((fixtures / "gtc" / "catalog-excerpt.csv").read_bytes()[:65536])
    assert not READER.sniff(b"BEGIN:VCARD\r\n")


def test_a_conference_feed_in_brisbane_without_a_vtimezone(samples: Path) -> None:
    catalog = read_sample(samples, BRISBANE)
    assert catalog.conference.id == "linux-down-under-2020"
    assert catalog.conference.title == "Linux Down Under 2020"  # X-WR-CALDESC: no CALNAME
    assert catalog.conference.timezone == "Australia/Brisbane"
    assert (catalog.conference.first_day, catalog.conference.last_day) == (
        date(2020, 1, 13),
        date(2020, 1, 16),
    )
    welcome = by_uid(catalog, "94@ldu2020.example.org")
    # 09:00 in Brisbane (UTC+10, no daylight saving) is 23:00 UTC the day before.
    assert welcome.title == "Wednesday Welcome"
    assert welcome.room == "Arena"
    assert (welcome.start, welcome.end) == (utc(2020, 1, 14, 23, 0), utc(2020, 1, 14, 23, 10))
    assert welcome.day == date(2020, 1, 15)
    assert welcome.speakers == ("Joel Adams",)
    assert welcome.url == "http://ldu2020.example.org/schedule/presentation/221/"


def test_a_folded_talk_field_by_field(samples: Path) -> None:
    talk = by_uid(read_sample(samples, BRISBANE), "122@ldu2020.example.org")
    assert talk.title == "Essential Git Fu for tech writers"
    assert talk.room == "Room 8"
    # 15:45-16:20 Brisbane time.
    assert (talk.start, talk.end) == (utc(2020, 1, 13, 5, 45), utc(2020, 1, 13, 6, 20))
    assert talk.speakers == ("Gaurav Nair",)
    assert talk.summary.startswith("Speaker: Gaurav Nair\nDealing with Git often becomes")
    assert talk.series == "122@ldu2020.example.org"
    # Angle brackets in plain text are not markup: the placeholder survives (across a fold).
    assert (
        "`git newbranch <branch-name>` instead of `git checkout -b <branch-name>`" in talk.summary
    )


def test_html_in_descriptions_becomes_plain_text(samples: Path) -> None:
    catalog = read_sample(samples, BRISBANE)
    breakfast = by_uid(catalog, "201@ldu2020.example.org")
    assert breakfast.summary == (
        "Open Technology Breakfast, Presented by the Sponsors\n\n"
        "Only for attendees with a ticket.\n\nConvention Centre, Room 5 & foyer"
    )
    assert breakfast.room == "Room 5"
    assert breakfast.start == utc(2020, 1, 13, 21, 0)  # 07:00 on 14 January in Brisbane
    for session in catalog.sessions:
        assert "<p>" not in session.summary and "</a>" not in session.summary
        assert "&amp;" not in session.summary


def test_events_without_a_location_have_no_room(samples: Path) -> None:
    registration = by_uid(read_sample(samples, BRISBANE), "235@ldu2020.example.org")
    assert registration.room is None
    assert registration.summary == "Registration Open"


def test_speakers_line_and_categories(samples: Path) -> None:
    kernel = by_uid(read_sample(samples, BRISBANE), "130@ldu2020.example.org")
    assert kernel.speakers == ("Mei Lin", "Tom Okafor")  # "Speakers: A, B"
    assert kernel.track == "Kernel"  # the first of CATEGORIES:Kernel,Talks


def test_utc_times_attendee_speakers_and_inline_markup(samples: Path) -> None:
    catalog = read_sample(samples, UTC_FEED)
    assert catalog.conference.title == "Nordlicht Open Source Tage 2020"
    assert catalog.conference.id == "nordlicht-open-source-tage-2020"
    assert catalog.conference.timezone == "UTC"  # Z times and no X-WR-TIMEZONE
    first = by_uid(catalog, "460@NOST20")
    assert first.title == "Ein offener API-Hub für alle"
    assert first.room == "Ravensberg"
    assert (first.start, first.end) == (utc(2020, 9, 18, 11, 0), utc(2020, 9, 18, 12, 0))
    assert first.speakers == ("Jakob Sommer",)  # ATTENDEE with a CN, folded
    assert first.url == "https://nordlicht.example.org/programm/NOST20#460"
    xen = by_uid(catalog, "467@NOST20")
    assert xen.speakers == ("Jürgen Weiß",)
    # "<i>die</i>" goes, the paragraphs of the plain-text description stay.
    assert "Xen war lange Zeit die Plattform" in xen.summary
    assert "\n\nHeute wird Xen" in xen.summary
    maps = by_uid(catalog, "471@NOST20")
    assert maps.speakers == ("Anna Petersen", "Ole Jensen")


def test_a_google_export_event_in_utc_and_its_calendar_zone(samples: Path) -> None:
    catalog = read_sample(samples, GOOGLE)
    (event,) = catalog.sessions
    assert event.title == "Dinner with alarms"
    assert (event.start, event.end) == (utc(2024, 9, 13, 17, 15), utc(2024, 9, 13, 18, 0))
    assert event.room is None
    assert event.speakers == ()  # the one ATTENDEE belongs to an e-mail alarm, not the event
    assert catalog.conference.timezone == "Europe/London"  # X-WR-TIMEZONE
    assert catalog.conference.title == "Robin Example"


def test_an_event_that_names_its_vtimezone_uses_it(samples: Path, tmp_path: Path) -> None:
    # Pointed at the file's own VTIMEZONE, Berlin (UTC+2 in September) must win over the
    # calendar's London (UTC+1), so 19:15 Berlin is 17:15 UTC.
    path = write_variant(
        tmp_path,
        samples / GOOGLE,
        b"DTSTART:20240913T171500Z\r\nDTEND:20240913T180000Z",
        b"DTSTART;TZID=Europe/Berlin:20240913T191500\r\nDTEND;TZID=Europe/Berlin:20240913T200000",
    )
    (event,) = read_file(path).sessions
    assert (event.start, event.end) == (utc(2024, 9, 13, 17, 15), utc(2024, 9, 13, 18, 0))


def test_floating_times_are_read_in_x_wr_timezone(samples: Path, tmp_path: Path) -> None:
    path = write_variant(
        tmp_path, samples / GOOGLE, b"DTSTART:20240913T171500Z", b"DTSTART:20240913T181500"
    )
    (event,) = read_file(path).sessions
    assert event.start == utc(2024, 9, 13, 17, 15)  # 18:15 in London, summer time (UTC+1)


def test_exchange_windows_zone_name_maps_to_new_york(samples: Path) -> None:
    assert b"\r\n" not in (samples / EXCHANGE).read_bytes()  # LF-only, as Exchange wrote it
    catalog = read_sample(samples, EXCHANGE)
    assert catalog.conference.timezone == "America/New_York"
    (event,) = catalog.sessions
    assert event.title == "Quarterly planning review"
    # 17:00 on 28 October 2024: New York is still on daylight time (UTC-4) until 3 November.
    assert (event.start, event.end) == (utc(2024, 10, 28, 21, 0), utc(2024, 10, 28, 22, 0))
    assert event.day == date(2024, 10, 28)
    assert catalog.conference.id == "exchange"  # no calendar name: the file's


def test_conference_id_can_be_given(samples: Path) -> None:
    catalog = read_sample(samples, UTC_FEED, conference_id="nordlicht-2020")
    assert catalog.conference.id == "nordlicht-2020"
    assert all(s.key.startswith("nordlicht-2020/") for s in catalog.sessions)


# ---- Edge cases, as one-line edits of the samples ---------------------------------------------


def test_cancelled_events_are_left_out(samples: Path, tmp_path: Path) -> None:
    path = write_variant(
        tmp_path,
        samples / UTC_FEED,
        b"UID:467@NOST20\r\nDTSTART:20200918T120000Z\r\nDTEND:20200918T130000Z\r\n"
        b"DTSTAMP:20201112T140846Z\r\nSTATUS:CONFIRMED",
        b"UID:467@NOST20\r\nDTSTART:20200918T120000Z\r\nDTEND:20200918T130000Z\r\n"
        b"DTSTAMP:20201112T140846Z\r\nSTATUS:CANCELLED",
    )
    catalog = read_file(path)
    assert len(catalog.sessions) == 3
    assert not any(s.series == "467@NOST20" for s in catalog.sessions)


def test_a_repeated_uid_on_another_talk_is_another_session(samples: Path, tmp_path: Path) -> None:
    path = write_variant(tmp_path, samples / UTC_FEED, b"UID:467@NOST20", b"UID:460@NOST20")
    catalog = read_file(path)
    assert len(catalog.sessions) == 4
    first = by_uid(catalog, "460@NOST20")
    other = by_uid(catalog, "460@NOST20-xen-ist-das-nicht-tot")
    assert first.start == utc(2020, 9, 18, 11, 0)  # the earlier one keeps the plain UID
    assert other.title == "Xen - ist das nicht tot?"
    assert first.series != other.series  # not "other runs" of each other


def test_a_repeated_uid_on_the_same_talk_gives_runs(samples: Path, tmp_path: Path) -> None:
    data = (samples / UTC_FEED).read_bytes()
    data = data.replace(b"UID:467@NOST20", b"UID:460@NOST20", 1)
    title = b"SUMMARY:Ein offener API-Hub f\xc3\xbcr alle"
    data = data.replace(b"SUMMARY:Xen - ist das nicht tot?", title, 1)
    path = tmp_path / UTC_FEED
    path.write_bytes(data)
    catalog = read_file(path)
    first, second = by_uid(catalog, "460@NOST20"), by_uid(catalog, "460@NOST20#2")
    assert first.series == second.series == "460@NOST20"
    assert first.start < second.start


def test_duration_stands_in_for_a_missing_dtend(samples: Path, tmp_path: Path) -> None:
    path = write_variant(
        tmp_path,
        samples / EXCHANGE,
        b"DTEND;TZID=Eastern Standard Time:20241028T180000",
        b"DURATION:PT45M",
    )
    (event,) = read_file(path).sessions
    assert (event.start, event.end) == (utc(2024, 10, 28, 21, 0), utc(2024, 10, 28, 21, 45))


def test_all_day_events_are_unscheduled_on_their_day(samples: Path, tmp_path: Path) -> None:
    path = write_variant(
        tmp_path,
        samples / EXCHANGE,
        b"DTSTART;TZID=Eastern Standard Time:20241028T170000\n"
        b"DTEND;TZID=Eastern Standard Time:20241028T180000",
        b"DTSTART;VALUE=DATE:20241028\nDTEND;VALUE=DATE:20241029",
    )
    (event,) = read_file(path).sessions
    assert event.time_status is TimeStatus.UNSCHEDULED
    assert event.start is None and event.day == date(2024, 10, 28)
    assert "All-day" in event.time_note


# ---- Bad input ----------------------------------------------------------------------------------


def feed_lines(samples: Path) -> list[bytes]:
    return (samples / UTC_FEED).read_bytes().split(b"\r\n")


def expect_error(path: Path, data: bytes, line: int | None, words: str) -> FormatError:
    with pytest.raises(FormatError) as caught:
        READER.read(path, data, ReadOptions())
    error = caught.value
    assert error.line == line
    where = f"{path}:{line}" if line is not None else str(path)
    assert str(error).startswith(f"{where}: ")
    assert words in str(error)
    return error


def test_a_truncated_feed_names_its_last_line(samples: Path) -> None:
    lines = feed_lines(samples)
    cut = lines.index(b"LOCATION:Ravensberg", lines.index(b"UID:467@NOST20"))  # second event
    data = b"\r\n".join(lines[: cut + 1]) + b"\r\n"
    expect_error(samples / UTC_FEED, data, cut + 1, "VEVENT")


def test_a_garbage_line_is_named(samples: Path) -> None:
    lines = feed_lines(samples)
    at = lines.index(b"DTSTAMP:20201112T140846Z")  # the first event's
    lines[at] = b"\x01\x02 this is no iCalendar line"
    expect_error(samples / UTC_FEED, b"\r\n".join(lines), at + 1, "not an iCalendar line")


def test_a_bad_start_time_names_its_line(samples: Path) -> None:
    lines = feed_lines(samples)
    at = lines.index(b"DTSTART:20200918T110000Z")
    lines[at] = b"DTSTART:tomorrow morning"
    error = expect_error(samples / UTC_FEED, b"\r\n".join(lines), at + 1, "DTSTART")
    assert "460@NOST20" in str(error)


def test_an_end_before_the_start_is_refused(samples: Path) -> None:
    lines = feed_lines(samples)
    at = lines.index(b"DTEND:20200918T120000Z")
    lines[at] = b"DTEND:20200918T100000Z"
    expect_error(samples / UTC_FEED, b"\r\n".join(lines), at + 1, "ends before it starts")


def test_mismatched_end_is_named(samples: Path) -> None:
    lines = feed_lines(samples)
    index = lines.index(b"END:VEVENT")
    lines[index] = b"END:VTODO"
    expect_error(samples / UTC_FEED, b"\r\n".join(lines), index + 1, "END:VTODO")


def test_invalid_utf8_is_named(samples: Path) -> None:
    lines = feed_lines(samples)
    at = lines.index("SUMMARY:Ein offener API-Hub für alle".encode())
    lines[at] = b"SUMMARY:caf\xe9"
    expect_error(samples / UTC_FEED, b"\r\n".join(lines), at + 1, "UTF-8")


def test_two_calendars_in_one_file_are_refused(samples: Path) -> None:
    data = (samples / GOOGLE).read_bytes()
    second = data.count(b"\n") + 1
    expect_error(samples / GOOGLE, data + data, second, "second VCALENDAR")


def test_a_calendar_without_events_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.ics"
    expect_error(path, b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", None, "no events")


def test_no_calendar_at_all_is_refused(tmp_path: Path) -> None:
    expect_error(tmp_path / "x.ics", b"VERSION:2.0\r\n", 1, "before BEGIN:VCALENDAR")
    expect_error(tmp_path / "y.ics", b"", None, "no BEGIN:VCALENDAR")


# ---- The real-world corpus ---------------------------------------------------------------------


@pytest.mark.parametrize(("name", "count"), sorted(REAL.items()))
def test_every_event_of_every_real_feed_is_imported(corpus: Path, name: str, count: int) -> None:
    check_every_event(read_corpus(corpus, name), count)
    assert READER.sniff((corpus / "ics" / name).read_bytes()[:65536])


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
    assert (welcome.start, welcome.end) == (utc(2020, 1, 14, 23, 0), utc(2020, 1, 14, 23, 10))
    assert welcome.speakers == ("Joel Addison",)
    talk = by_uid(catalog, "122@lca2020.linux.org.au")
    assert (talk.start, talk.end) == (utc(2020, 1, 13, 5, 45), utc(2020, 1, 13, 6, 20))
    assert (
        "`git newbranch <branch-name>` instead of `git checkout -b <branch-name>`" in talk.summary
    )
    for session in catalog.sessions:
        assert "<p>" not in session.summary and "</a>" not in session.summary
        assert "&amp;" not in session.summary
    assert by_uid(catalog, "235@lca2020.linux.org.au").room is None


def test_kielux_utc_times_attendee_speakers_and_inline_markup(corpus: Path) -> None:
    catalog = read_corpus(corpus, KIELUX)
    assert catalog.conference.id == "18-kieler-open-source-und-linux-tage"
    assert catalog.conference.timezone == "UTC"
    first = by_uid(catalog, "460@KOLT20")
    assert (first.start, first.end) == (utc(2020, 9, 18, 11, 0), utc(2020, 9, 18, 12, 0))
    assert first.speakers == ("Jakob Semere",)
    xen = by_uid(catalog, "467@KOLT20")
    assert xen.speakers == ("Jürgen Groß",)
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
    assert tracking.speakers == ("Peter Pötzi", "Michael Ehrenreich")
    assert by_uid(catalog, "ARZU9Q@pretalx.linuxtage.at").title == "Tatort 🤡-IT"
    privacy = by_uid(catalog, "9JUXWQ@pretalx.linuxtage.at")
    assert "**So you're familiar with secure coding practices" in privacy.summary


def test_real_google_and_exchange_exports(corpus: Path) -> None:
    google = read_corpus(corpus, REAL_GOOGLE)
    (event,) = google.sessions
    assert (event.start, event.end) == (utc(2024, 10, 4, 18, 15), utc(2024, 10, 4, 19, 0))
    assert event.speakers == ()
    assert google.conference.timezone == "Europe/London"
    exchange = read_corpus(corpus, REAL_EXCHANGE)
    assert exchange.conference.timezone == "America/New_York"
    (meeting,) = exchange.sessions
    assert (meeting.start, meeting.end) == (utc(2024, 10, 28, 21, 0), utc(2024, 10, 28, 22, 0))


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
def test_damaged_feeds_raise_nothing_but_format_error(samples: Path, draw: st.DataObject) -> None:
    data = draw.draw(
        damaged(tokens=_ICS_TOKENS, data=(samples / GOOGLE).read_bytes()),
        label="damaged feed",
    )
    try:
        catalog = READER.read(Path("damaged.ics"), data, ReadOptions())
    except FormatError as error:
        assert str(error).startswith("damaged.ics")
    else:
        assert catalog.sessions
