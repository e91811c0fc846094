"""`planner import URL` and `planner refresh` against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.cli import main
from planner.cli.live import bar_text
from tests.live_server import Route, ScheduleServer

FIXTURES = Path(__file__).resolve().parents[1] / "services" / "live_fixtures"
V1 = (FIXTURES / "schedule-v1.xml").read_bytes()
V2 = (FIXTURES / "schedule-v2.xml").read_bytes()
CONF = "livecon25"


@pytest.fixture()
def server() -> Iterator[ScheduleServer]:
    with ScheduleServer() as running:
        yield running


def cli(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_a_url_then_refresh_names_the_moved_pick_then_a_304_changes_nothing(
    db_path, server, capsys
):
    url = server.serve("/schedule.xml", V1, etag='"v1"')
    code, out, err = cli(db_path, capsys, "import", url)
    assert code == 0, err
    assert out.splitlines() == [
        f"{url}: 6 sessions of LiveCon 2025 ({CONF}), times in Europe/Brussels",
        "  `planner refresh` fetches it again and says what changed",
        f"{CONF} is now the current conference (`planner use ID` switches)",
    ]
    listed = cli(db_path, capsys, "conferences")[1].splitlines()
    assert listed[listed.index(next(x for x in listed if CONF in x)) + 1] == f"    from {url}"
    listed_json = json.loads(cli(db_path, capsys, "conferences", "--json")[1])
    assert {c["id"]: c["url"] for c in listed_json}[CONF] == url
    picks = [f"{CONF}/livecon-{n}" for n in (102, 103, 104, 105)]
    assert cli(db_path, capsys, "bookmark", *picks, "--note", "mine")[0] == 0

    server.serve("/schedule.xml", V2, etag='"v2"')
    code, out, err = cli(db_path, capsys, "refresh")
    assert code == 0, err
    assert out.splitlines() == [
        f"LiveCon 2025 ({CONF}): 3 of your picks changed",
        "  room      Python at scale  (Room B -> Room C)",
        "  moved     Rust in orbit  (Sat 14 Jun 10:00-10:45 -> Sat 14 Jun 11:30-12:15)",
        "  cancelled A talk that will be cancelled  (no longer in the schedule: kept in your "
        "agenda, marked cancelled)",
        f"  4 change(s) in all: see `planner --conference {CONF} changes`",
    ]
    mine = json.loads(cli(db_path, capsys, "--conference", CONF, "sessions", "--bookmarked",
                          "--json")[1])  # fmt: skip
    assert {r["key"] for r in mine} == set(picks) and all(r["note"] == "mine" for r in mine)

    before = cli(db_path, capsys, "--conference", CONF, "changes", "--json")[1]
    code, out, _ = cli(db_path, capsys, "refresh", "--conference", CONF)
    assert code == 0
    assert out == f"LiveCon 2025 ({CONF}): unchanged (the server says not modified); nothing " \
                  "was touched\n"  # fmt: skip
    assert server.asked("/schedule.xml")[-1].headers["if-none-match"] == '"v2"'
    assert cli(db_path, capsys, "--conference", CONF, "changes", "--json")[1] == before


def test_errors_are_one_line_naming_the_url_with_status_2(db_path, server, capsys):
    cli(db_path, capsys, "sessions")
    missing = server.url("/gone.xml")
    code, out, err = cli(db_path, capsys, "import", missing)
    assert (code, out) == (2, "")
    assert err == (f"planner: {missing}: the server answered HTTP 404 Not Found: no schedule at "
                   "this address; check the address\n")  # fmt: skip
    code, _, err = cli(db_path, capsys, "import", "ftp://127.0.0.1/schedule.xml")
    assert code == 2 and "only http:// and https:// addresses" in err
    assert len(json.loads(cli(db_path, capsys, "conferences", "--json")[1])) == 1


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("http://[::1", "http://[::1: the IPv6 address in it has no closing ]"),
        ("http://ada:pw@[::1/s.xml?token=x&lang=en",
         "http://[::1/s.xml?lang=en: the IPv6 address in it has no closing ]"),
        ("http://[::1]x/s.xml", "http://[::1]x/s.xml: 'x' follows the IPv6 address's ]"),
        ("http://127.0.0.1:99999/x.xml",
         "http://127.0.0.1:99999/x.xml: the port 99999 is out of range (a port is 1 to 65535)"),
        ("http://127.0.0.1:0/x.xml",
         "http://127.0.0.1:0/x.xml: the port 0 is out of range (a port is 1 to 65535)"),
        ("http://127.0.0.1:abc/x", "http://127.0.0.1:abc/x: the port 'abc' is not a number"),
        ("https://ada:s3cret@Example.org:8o8o/s.xml",
         "https://Example.org:8o8o/s.xml: the port '8o8o' is not a number"),
        ("http:///x.xml", "http:///x.xml: not a valid web address (no host name)"),
    ],
)  # fmt: skip
def test_a_malformed_address_is_one_line_as_typed_less_its_password(db_path, capsys, typed, said):
    code, out, err = cli(db_path, capsys, "import", typed)
    assert (code, out) == (2, "")
    assert err == f"planner: {said}; check the address\n"
    assert "s3cret" not in err and "pw" not in err and "token" not in err


def test_refresh_without_a_url_conference_says_how_to_add_one(db_path, capsys):
    code, _, err = cli(db_path, capsys, "refresh")
    assert code == 2
    assert err == "planner: no conference was added from a URL; add one with `planner import URL`\n"
    code, _, err = cli(db_path, capsys, "refresh", "--conference", "gtc2025")
    assert code == 2 and "was not added from a URL" in err


def test_refresh_all_reports_each_and_fails_if_one_failed(db_path, server, capsys):
    server.serve("/schedule.xml", V1, etag='"v1"')
    server.routes["/feed"] = Route(body=(FIXTURES / "talks.ics").read_bytes())
    cli(db_path, capsys, "import", server.url("/schedule.xml"), server.url("/feed"))
    server.routes["/feed"] = Route(status=503)
    code, out, err = cli(db_path, capsys, "refresh", "--all")
    assert code == 2
    assert "LiveCon 2025 (livecon25): unchanged" in out
    assert err.splitlines() == [
        f"planner: {server.url('/feed')}: the server answered HTTP 503 Service Unavailable; the "
        "server is in trouble or busy; try again later",
        "planner: 1 of 2 conferences could not be refreshed (above)",
    ]


def test_an_agenda_is_not_fetched(db_path, capsys):
    code, _, err = cli(db_path, capsys, "import", "agenda", "http://127.0.0.1:1/a.yaml")
    assert code == 2 and "agenda files are opened from disk" in err


def test_a_terminal_sees_a_progress_bar(db_path, server):
    url = server.serve("/schedule.xml", V1 * 1 + b" " * 300_000)
    reader, writer = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "planner.cli", "--db", str(db_path), "import", url],
            stderr=writer, stdout=subprocess.PIPE, text=True, timeout=60,
        )  # fmt: skip
        os.close(writer)
        shown = b""
        while True:
            try:
                part = os.read(reader, 65536)
            except OSError:
                break
            if not part:
                break
            shown += part
    finally:
        os.close(reader)
    assert done.returncode == 0, shown
    assert f"{url} [{'#' * 30}] 298 KB of 298 KB" in shown.decode()


def test_the_bar_text():
    assert bar_text("u", 512, 2048) == f"u [{'#' * 7}{'-' * 23}] 512 B of 2 KB"
    assert bar_text("u", 3 * 1024 * 1024, None) == "u 3.0 MB"
