"""Syncing the agenda to a real Radicale server, read back with caldav and icalendar."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import icalendar
import pytest

from planner.core.errors import UsageError
from planner.core.model import Catalog
from planner.formats.gtc_bundle import read_gtc_bundle
from planner.formats.ics_export import event_uid
from planner.services.caldav_server import CalendarServer, Conflict, SyncError, parse_address
from planner.services.planner import Planner
from tests.sync.radicale import PASSWORD, USER, Radicale

KEYNOTE, SPECULATIVE, AUTONOMOUS, UNSCHEDULED = (
    "gtc2025/S72484", "gtc2025/S72643", "gtc2025/S71942", "gtc2025/S74181")  # fmt: skip
PICKS = [KEYNOTE, SPECULATIVE, AUTONOMOUS, UNSCHEDULED]


@pytest.fixture()
def planner(db_path):
    with Planner(db_path) as opened:
        opened.ensure_bundled_catalog()
        opened.bookmark(PICKS, priority=4)
        opened.bookmark([KEYNOTE], note="前排座位, row 3")
        yield opened


def sync(planner: Planner, radicale: Radicale, **options):
    options.setdefault("password", PASSWORD)
    return planner.sync_calendar(radicale.url(), user=USER, **options)


def server_events(radicale: Radicale, path: str = "/u/agenda/") -> dict[str, icalendar.Event]:
    """The calendar's events by UID, fetched with caldav and parsed with icalendar."""
    with radicale.client() as client:
        calendar = client.calendar(url=radicale.url(path))
        found = {}
        for item in calendar.events():
            parsed = icalendar.Calendar.from_ical(item.data)
            (event,) = parsed.walk("VEVENT")
            found[str(event["UID"])] = event
        return found


def move_keynote(planner: Planner, hours: int = 1) -> None:
    """Import the schedule again with the keynote moved (what an updated schedule does)."""
    catalog = read_gtc_bundle()
    shift = timedelta(hours=hours)
    moved = tuple(replace(s, start=s.start + shift, end=s.end + shift)
                  if s.key == KEYNOTE else s for s in catalog.sessions)  # fmt: skip
    planner.store_catalog(Catalog(catalog.conference, moved, catalog.tracks), "v2")


def writes(radicale: Radicale) -> list[str]:
    return [r for r in radicale.requests() if r.split()[0] in ("PUT", "DELETE", "MKCALENDAR")]


def test_first_sync_puts_every_scheduled_pick_as_the_export_writes_it(planner, radicale):
    report = sync(planner, radicale, alarm_minutes=15)
    assert report.created_calendar and report.calendar_name == "NVIDIA GTC 2025: my agenda"
    assert set(report.created) == {KEYNOTE, SPECULATIVE, AUTONOMOUS}
    assert report.unscheduled == (UNSCHEDULED,)
    events = server_events(radicale)
    assert set(events) == {event_uid(k) for k in (KEYNOTE, SPECULATIVE, AUTONOMOUS)}
    keynote = events[event_uid(KEYNOTE)]
    assert keynote["DTSTART"].dt.astimezone(UTC) == datetime(2025, 3, 18, 17, 0, tzinfo=UTC)
    assert keynote["DTSTART"].params["TZID"] == "America/Los_Angeles"
    assert str(keynote["LOCATION"]) == "SAP Center"
    assert "前排座位, row 3" in str(keynote["DESCRIPTION"])
    (alarm,) = keynote.walk("VALARM")
    assert alarm["TRIGGER"].dt == timedelta(minutes=-15)
    assumed = events[event_uid(SPECULATIVE)]
    assert str(assumed["STATUS"]) == "TENTATIVE" and "(time assumed)" in str(assumed["SUMMARY"])
    with radicale.client() as client:
        raw = client.calendar(url=radicale.url()).event_by_uid(event_uid(KEYNOTE)).data
    zones = icalendar.Calendar.from_ical(raw).walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["America/Los_Angeles"]


def test_a_moved_pick_is_updated_in_place_and_an_unchanged_sync_sends_nothing(
    planner, radicale
):
    sync(planner, radicale)
    before = len(radicale.requests())
    again = sync(planner, radicale)
    assert again.sent == 0 and again.unchanged == 3
    assert writes(radicale)[-1].startswith("PUT")  # nothing written since the first sync
    assert not [r for r in radicale.requests()[before:] if r.split()[0] in ("PUT", "DELETE")]

    move_keynote(planner)
    report = sync(planner, radicale)
    assert report.updated == (KEYNOTE,) and report.sent == 1
    events = server_events(radicale)
    assert len(events) == 3
    keynote = events[event_uid(KEYNOTE)]
    assert keynote["DTSTART"].dt.astimezone(UTC) == datetime(2025, 3, 18, 18, 0, tzinfo=UTC)
    assert int(keynote["SEQUENCE"]) == 1
    assert int(events[event_uid(AUTONOMOUS)]["SEQUENCE"]) == 0


def test_a_removed_pick_is_deleted_from_the_server(planner, radicale):
    sync(planner, radicale)
    planner.unbookmark([AUTONOMOUS])
    report = sync(planner, radicale)
    assert report.deleted == (AUTONOMOUS,) and not report.created and not report.updated
    assert set(server_events(radicale)) == {event_uid(KEYNOTE), event_uid(SPECULATIVE)}
    assert writes(radicale)[-1].startswith("DELETE")


def test_a_changed_note_is_sent_again_without_raising_sequence(planner, radicale):
    sync(planner, radicale)
    planner.bookmark([KEYNOTE], note="bring the charger")
    report = sync(planner, radicale)
    assert report.updated == (KEYNOTE,)
    keynote = server_events(radicale)[event_uid(KEYNOTE)]
    assert "bring the charger" in str(keynote["DESCRIPTION"])
    assert int(keynote["SEQUENCE"]) == 0


def test_a_wrong_password_is_one_line_and_changes_nothing(planner, radicale):
    sync(planner, radicale)
    planner.unbookmark([AUTONOMOUS])
    picks = planner.picks()
    with pytest.raises(SyncError) as caught:
        sync(planner, radicale, password="wrong")
    message = str(caught.value)
    assert radicale.base in message and "401" in message and "\n" not in message
    assert PASSWORD not in message and "wrong" not in message
    assert planner.picks() == picks
    assert len(server_events(radicale)) == 3  # nothing was removed
    assert sync(planner, radicale).deleted == (AUTONOMOUS,)  # the right one carries on


def test_an_event_edited_on_the_server_is_reported_not_overwritten(planner, radicale):
    sync(planner, radicale)
    with radicale.client() as client:
        item = client.calendar(url=radicale.url()).event_by_uid(event_uid(KEYNOTE))
        item.icalendar_component["SUMMARY"] = "Keynote (edited on my phone)"
        item.save()
    move_keynote(planner)
    report = sync(planner, radicale)
    assert report.edited_on_server == (KEYNOTE,) and report.sent == 0
    keynote = server_events(radicale)[event_uid(KEYNOTE)]
    assert str(keynote["SUMMARY"]) == "Keynote (edited on my phone)"
    assert sync(planner, radicale).edited_on_server == (KEYNOTE,)  # still said, every time

    kept = sync(planner, radicale, on_conflict="keep")
    assert kept.kept_server_copies == (KEYNOTE,) and not kept.conflicts
    assert not sync(planner, radicale).conflicts
    assert str(server_events(radicale)[event_uid(KEYNOTE)]["SUMMARY"]).startswith("Keynote (ed")

    move_keynote(planner, hours=2)  # our side changes again: ours goes out, over their copy
    assert sync(planner, radicale).updated == (KEYNOTE,)
    keynote = server_events(radicale)[event_uid(KEYNOTE)]
    assert keynote["DTSTART"].dt.astimezone(UTC) == datetime(2025, 3, 18, 19, 0, tzinfo=UTC)


def test_overwrite_puts_back_events_changed_or_deleted_on_the_server(planner, radicale):
    sync(planner, radicale)
    with radicale.client() as client:
        calendar = client.calendar(url=radicale.url())
        calendar.event_by_uid(event_uid(AUTONOMOUS)).delete()
        item = calendar.event_by_uid(event_uid(KEYNOTE))
        item.icalendar_component["SUMMARY"] = "edited"
        item.save()
    report = sync(planner, radicale)
    assert report.deleted_on_server == (AUTONOMOUS,) and report.edited_on_server == (KEYNOTE,)
    assert len(server_events(radicale)) == 2  # the deletion stands until the user says
    forced = sync(planner, radicale, on_conflict="overwrite")
    assert set(forced.created) == {AUTONOMOUS} and set(forced.updated) == {KEYNOTE}
    events = server_events(radicale)
    assert len(events) == 3 and str(events[event_uid(KEYNOTE)]["SUMMARY"]) != "edited"
    assert int(events[event_uid(AUTONOMOUS)]["SEQUENCE"]) == 1


def test_a_server_edit_between_listing_and_sending_is_a_412_and_is_reported(
    planner, radicale, monkeypatch
):
    sync(planner, radicale)
    move_keynote(planner)
    listing = CalendarServer.etags

    def then_someone_edits(self: CalendarServer) -> dict[str, str]:
        found = listing(self)
        with radicale.client() as client:
            item = client.calendar(url=radicale.url()).event_by_uid(event_uid(KEYNOTE))
            item.icalendar_component["SUMMARY"] = "edited meanwhile"
            item.save()
        return found

    monkeypatch.setattr(CalendarServer, "etags", then_someone_edits)
    report = sync(planner, radicale)
    assert report.edited_on_server == (KEYNOTE,)
    assert any(r.startswith("PUT") for r in radicale.requests()[-3:])  # it was tried: 412
    assert str(server_events(radicale)[event_uid(KEYNOTE)]["SUMMARY"]) == "edited meanwhile"


def test_a_put_on_a_stale_etag_is_refused_by_the_server(planner, radicale):
    sync(planner, radicale)
    address, _ = parse_address(radicale.url())
    with CalendarServer(address, USER, PASSWORD) as server:
        href = next(iter(server.etags()))
        with pytest.raises(Conflict):
            server.put(href, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", '"not-the-etag"')


def test_a_server_stopped_midway_loses_nothing_and_the_next_sync_completes(planner, radicale):
    planner.unbookmark([SPECULATIVE, AUTONOMOUS])
    sync(planner, radicale)  # the calendar and the keynote are there
    planner.bookmark([SPECULATIVE, AUTONOMOUS], priority=2)
    picks = planner.picks()
    radicale.stop()
    radicale.start(die_after=1)  # the second PUT finds no server
    with pytest.raises(SyncError) as caught:
        sync(planner, radicale)
    assert radicale.base in str(caught.value) and "\n" not in str(caught.value)
    radicale.wait_dead()
    assert planner.picks() == picks
    assert len(server_events_after_restart(radicale)) == 2  # the keynote and the first new one

    report = sync(planner, radicale)
    assert len(report.created) == 1 and report.unchanged == 2 and not report.conflicts
    assert set(server_events(radicale)) == {event_uid(k) for k in (KEYNOTE, SPECULATIVE,
                                                                   AUTONOMOUS)}  # fmt: skip


def server_events_after_restart(radicale: Radicale) -> dict[str, icalendar.Event]:
    radicale.start()
    return server_events(radicale)


def test_one_calendar_per_agenda(planner, radicale, tmp_path):
    sync(planner, radicale)
    other = tmp_path / "other.ics"
    other.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nX-WR-CALNAME:Other conf\r\n"
        "BEGIN:VEVENT\r\nUID:o1\r\nDTSTAMP:20250101T000000Z\r\nDTSTART:20250601T090000Z\r\n"
        "DTEND:20250601T100000Z\r\nSUMMARY:Opening\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    conference = planner.import_file(other).conference
    planner.bookmark([f"{conference.id}/o1"])
    with pytest.raises(UsageError) as caught:
        sync(planner, radicale, conference_id=conference.id)
    assert "gtc2025" in str(caught.value) and len(server_events(radicale)) == 3
    report = planner.sync_calendar(radicale.url("/u/other/"), user=USER, password=PASSWORD,
                                   conference_id=conference.id)  # fmt: skip
    assert report.created == (f"{conference.id}/o1",)
