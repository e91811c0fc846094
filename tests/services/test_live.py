"""Conferences added by URL and refreshed, through the facade, against a real HTTP server.

The server holds the project's own small schedules (tests/services/live_fixtures): version 1,
and version 2 in which "Rust in orbit" moved, "Python at scale" changed room, "A talk that
will be cancelled" is gone and a workshop was added.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.core.changes import ChangeKind
from planner.core.errors import UsageError
from planner.formats.errors import FormatError
from planner.services.fetch import FetchError
from planner.services.planner import Planner
from tests.live_server import Route, ScheduleServer

FIXTURES = Path(__file__).resolve().parent / "live_fixtures"
V1 = (FIXTURES / "schedule-v1.xml").read_bytes()
V2 = (FIXTURES / "schedule-v2.xml").read_bytes()
CONF = "livecon25"
MOVED, REROOMED, CANCELLED, KEPT = (f"{CONF}/livecon-{n}" for n in (102, 103, 104, 105))


@pytest.fixture()
def server() -> Iterator[ScheduleServer]:
    with ScheduleServer() as running:
        yield running


@pytest.fixture()
def planner(db_path: Path) -> Iterator[Planner]:
    with Planner(db_path) as opened:
        opened.ensure_bundled_catalog()
        yield opened


def state(planner: Planner) -> tuple:
    """Everything a refresh could touch, but the time it last asked the server."""
    feeds = [(f.conference_id, f.url, f.etag, f.last_modified, f.digest, f.fetched_at)
             for f in planner.feeds()]  # fmt: skip
    return (
        [(info.conference.id, info.events) for info in planner.conferences()],
        planner.picks(),
        [row for info in planner.conferences() for row in planner.listing(info.conference.id)],
        [planner.listing_revision(info.conference.id) for info in planner.conferences()],
        [planner.schedule_changes(info.conference.id) for info in planner.conferences()],
        feeds,
    )


def added(planner: Planner, server: ScheduleServer, body: bytes = V1, **route: object) -> str:
    url = server.serve("/schedule.xml", body, etag='"v1"', **route)
    planner.import_url(url)
    return url


# --- adding by URL -------------------------------------------------------------------------------


def test_a_conference_added_by_url_is_stored_and_remembers_where_it_came_from(planner, server):
    modified = "Sat, 14 Jun 2025 06:00:00 GMT"
    url = server.serve("/schedule.xml", V1, etag='"v1"', last_modified=modified)
    result = planner.import_url(url)
    assert (result.conference.id, result.sessions) == (CONF, 6)
    assert [i.conference.id for i in planner.conferences()] == ["gtc2025", CONF]
    feed = planner.feed(CONF)
    assert feed is not None and feed.url == url and feed.etag == '"v1"'
    assert feed.last_modified == modified
    assert feed.fetched_at is not None and feed.checked_at == feed.fetched_at
    assert planner.feed("gtc2025") is None  # a file import has no URL


@pytest.mark.parametrize(
    ("path", "body", "conference"),
    [("/export", V1, CONF), ("/feed?lang=en", (FIXTURES / "talks.ics").read_bytes(), "feed-day")],
    ids=["xml-without-extension", "ics-without-extension"],
)
def test_the_format_is_chosen_by_content(planner, server, path, body, conference):
    server.routes[path.split("?")[0]] = Route(body=body, content_type="application/octet-stream")
    assert planner.import_url(server.url(path)).conference.id == conference


def test_a_web_page_instead_of_a_schedule_is_named_as_such(planner, server):
    before = state(planner)
    page = b"<!DOCTYPE html>\n<html><head><title>LiveCon</title></head><body>Schedule</body></html>"
    url = server.serve("/schedule", page, content_type="text/html")
    with pytest.raises(FetchError) as caught:
        planner.import_url(url)
    assert str(caught.value) == (
        f"{url}: the server sent a web page, not a schedule; give the address of the schedule "
        "file itself (often ending in schedule.xml, schedule.json or .ics)"
    )
    assert state(planner) == before


def test_a_broken_schedule_is_a_format_error_naming_the_url(planner, server):
    url = server.serve("/schedule.xml", V1[: len(V1) // 2])
    with pytest.raises(FormatError) as caught:
        planner.import_url(url)
    assert str(caught.value).startswith(f"{url}:")
    assert planner.feed(CONF) is None


def test_an_address_with_a_token_is_stored_without_it(planner, server, db_path):
    url = server.serve("/schedule.xml", V1) + "?token=TOPSECRET&day=all"
    planner.import_url(url.replace("://", "://ada:hunter2@"))
    feed = planner.feed(CONF)
    assert feed is not None and feed.url == server.url("/schedule.xml?day=all")
    assert feed.secret_dropped
    with pytest.raises(FetchError) as caught:  # refresh cannot ask without the token
        planner.refresh(CONF)
    assert "password or token, which the planner does not keep" in str(caught.value)
    assert len(server.requests) == 1
    planner.close()  # no connection left: the files may be read as bytes
    stored = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    assert b"TOPSECRET" not in stored and b"hunter2" not in stored


# --- refreshing ---------------------------------------------------------------------------------


def test_a_304_refresh_touches_nothing(planner, server):
    url = added(planner, server)
    planner.bookmark([MOVED], note="mine")
    before, checked = state(planner), planner.feed(CONF).checked_at
    result = planner.refresh(CONF)
    assert not result.updated and result.not_modified and result.picks_changed == 0
    assert server.asked("/schedule.xml")[-1].headers["if-none-match"] == '"v1"'
    assert state(planner) == before
    assert planner.feed(CONF).checked_at >= checked
    assert url == result.url


def test_the_same_bytes_from_a_server_without_validators_change_nothing(planner, server):
    server.serve("/schedule.xml", V1)
    planner.import_url(server.url("/schedule.xml"))
    before = state(planner)
    result = planner.refresh(CONF)
    assert not result.updated and not result.not_modified
    assert "if-none-match" not in server.asked("/schedule.xml")[-1].headers
    assert state(planner) == before


def test_a_changed_schedule_names_my_moved_rerooomed_and_cancelled_picks_and_keeps_them(
    planner, server
):
    added(planner, server)
    planner.bookmark([MOVED, REROOMED, CANCELLED, KEPT], note="mine")
    server.serve("/schedule.xml", V2, etag='"v2"')
    result = planner.refresh(CONF)
    assert result.updated and result.picks_changed == 3
    mine = {(v.change.key, v.change.kind) for v in result.mine}
    assert mine == {(MOVED, ChangeKind.MOVED), (REROOMED, ChangeKind.ROOM),
                    (CANCELLED, ChangeKind.CANCELLED)}  # fmt: skip
    assert {v.change.kind for v in result.moves_me} == {ChangeKind.MOVED, ChangeKind.ROOM,
                                                        ChangeKind.CANCELLED}  # fmt: skip
    picks = planner.picks(CONF)
    assert set(picks) == {MOVED, REROOMED, CANCELLED, KEPT}
    assert all(p.note == "mine" for p in picks.values())
    assert planner.session(CANCELLED).cancelled
    assert planner.session(REROOMED).session.room == "Room C"
    assert planner.feed(CONF).etag == '"v2"'
    # The same update path as a re-import: every change recorded, the added workshop too.
    kinds = {(v.change.key, v.change.kind) for v in planner.schedule_changes(CONF)}
    assert (f"{CONF}/livecon-107", ChangeKind.ADDED) in kinds
    # And the next refresh is a 304 against the new ETag.
    assert planner.refresh(CONF).not_modified


def test_a_refresh_keeps_the_conference_even_if_the_schedule_renames_itself(planner, server):
    added(planner, server)
    server.serve("/schedule.xml", V2.replace(b"<acronym>livecon25", b"<acronym>livecon-new"))
    assert planner.refresh(CONF).updated
    assert [i.conference.id for i in planner.conferences()] == ["gtc2025", CONF]


def test_a_conference_from_a_file_has_nothing_to_refresh(planner):
    with pytest.raises(UsageError) as caught:
        planner.refresh("gtc2025")
    assert "was not added from a URL" in str(caught.value)


@pytest.mark.parametrize(
    "failing",
    [
        Route(status=500),
        Route(body=b"<html><body>Maintenance</body></html>", content_type="text/html"),
        Route(body=V2[:200]),
        Route(hang=True),
        Route(endless=True),
        Route(status=302, location="/schedule.xml"),
    ],
    ids=["500", "html", "truncated", "timeout", "too-large", "redirect-loop"],
)
def test_a_failed_refresh_leaves_the_database_as_it_was(planner, server, monkeypatch, failing):
    from planner.services import fetch

    added(planner, server)
    planner.bookmark([MOVED, CANCELLED])
    before = state(planner)
    quick = fetch.Limits(read=0.5, max_bytes=len(V1) * 4)
    monkeypatch.setattr(fetch, "DEFAULT_LIMITS", quick)
    server.routes["/schedule.xml"] = failing
    with pytest.raises((FetchError, FormatError)) as caught:
        planner.refresh(CONF)
    assert str(caught.value).startswith(server.url("/schedule.xml") + ":")
    assert state(planner) == before


def test_the_window_and_the_command_line_start_without_loading_httpx():
    """httpx costs a tenth of a second to import: it loads when a URL is first fetched."""
    import subprocess
    import sys

    code = ("import sys, planner.cli, planner.gui.main_window, planner.services.live; "
            "print('httpx' in sys.modules)")  # fmt: skip
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.stdout.strip() == "False", done.stderr
