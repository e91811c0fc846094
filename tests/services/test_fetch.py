"""Fetching schedules over HTTP from a real server on 127.0.0.1, and every way it can fail.

Each failure is one FetchError: one line that names the URL (never its password or token),
says what happened and what to do. The DNS and no-route failures run the command line inside
a network namespace of its own (``unshare -rn``: no interface, so nothing leaves the machine).
"""

from __future__ import annotations

import gzip
import logging
import shutil
import socket
import ssl
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.services.fetch import Limits, fetch
from planner.services.urls import FetchError, checked_url, looks_like_html, redact
from tests.live_server import Route, ScheduleServer

FIXTURES = Path(__file__).resolve().parent / "live_fixtures"
V1 = (FIXTURES / "schedule-v1.xml").read_bytes()
QUICK = Limits(connect=2.0, read=0.5, total=5.0)


@pytest.fixture()
def server() -> Iterator[ScheduleServer]:
    with ScheduleServer() as running:
        yield running


def failure(url: str, limits: Limits = QUICK, **options: object) -> FetchError:
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetch(url, limits=limits, **options)  # type: ignore[arg-type]
    assert time.monotonic() - started < 10, "a failure must come in bounded time"
    message = str(caught.value)
    assert "\n" not in message and message.startswith(caught.value.url + ": ")
    return caught.value


# --- what a good server gives ----------------------------------------------------------------


def test_a_schedule_comes_with_its_validators_and_the_request_says_who_asks(server):
    modified = "Sat, 14 Jun 2025 06:00:00 GMT"
    url = server.serve("/schedule.xml", V1, etag='"v1"', last_modified=modified)
    got = fetch(url)
    assert got.body == V1 and not got.not_modified
    assert (got.etag, got.last_modified) == ('"v1"', modified)
    sent = server.asked("/schedule.xml")[0].headers
    assert sent["user-agent"].startswith("ConferencePlanner/")
    assert "gzip" in sent["accept-encoding"]
    assert "if-none-match" not in sent and "if-modified-since" not in sent


def test_a_conditional_get_sends_both_validators_and_a_304_carries_no_body(server):
    modified = "Sat, 14 Jun 2025 06:00:00 GMT"
    url = server.serve("/schedule.xml", V1, etag='"v1"', last_modified=modified)
    got = fetch(url, etag='"v1"', last_modified=modified)
    assert got.not_modified and got.body is None and got.etag == '"v1"'
    sent = server.asked("/schedule.xml")[0].headers
    assert sent["if-none-match"] == '"v1"' and sent["if-modified-since"] == modified


def test_a_gzip_answer_is_unpacked(server):
    url = server.serve("/schedule.xml", V1, gzip=True)
    assert fetch(url).body == V1
    assert server.sent["/schedule.xml"] < len(V1) / 2  # it really travelled packed


def test_a_gz_file_served_as_it_is_is_unpacked_too(server):
    url = server.serve("/schedule.xml.gz", gzip.compress(V1), content_type="application/gzip")
    assert fetch(url).body == V1


def test_progress_counts_the_bytes_up_to_the_length(server):
    body = V1 * 40  # several chunks
    url = server.serve("/big.xml", body)
    seen: list[tuple[int, int | None]] = []
    fetch(url, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, len(body)) and seen[-1] == (len(body), len(body))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_redirect_is_followed(server):
    server.serve("/new/schedule.xml", V1)
    server.routes["/old"] = Route(status=301, location="/new/schedule.xml")
    assert fetch(server.url("/old")).body == V1


def test_a_cancel_from_the_progress_callback_stops_the_download(server):
    url = server.serve("/big.xml", V1 * 200, trickle=0.05)

    class Stop(Exception):
        pass

    def cancel(done: int, _total: int | None) -> None:
        if done:
            raise Stop

    with pytest.raises(Stop):
        fetch(url, progress=cancel)
    assert server.sent.get("/big.xml", 0) < len(V1) * 200


# --- every way it fails ------------------------------------------------------------------------


def test_a_refused_connection(server):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error = failure(f"http://127.0.0.1:{port}/schedule.xml")
    assert "refused the connection" in error.what and "try again later" in error.advice


@pytest.mark.parametrize(
    ("status", "said", "advice"),
    [
        (404, "HTTP 404 Not Found: no schedule at this address", "check the address"),
        (410, "HTTP 410 Gone: no schedule at this address", "check the address"),
        (403, "HTTP 403 Forbidden", "may not be public"),
        (500, "HTTP 500 Internal Server Error", "try again later"),
        (503, "HTTP 503 Service Unavailable", "try again later"),
        (429, "HTTP 429 Too Many Requests", "try again later"),
    ],
)
def test_an_error_status_is_named_with_what_to_do(server, status, said, advice):
    url = server.serve("/schedule.xml", b"<h1>Oops</h1>\x1b[31m", status=status)
    error = failure(url)
    assert said in error.what and advice in error.advice
    assert "\x1b" not in str(error) and "Oops" not in str(error)  # nothing of the body


def test_a_redirect_loop_stops_after_five(server):
    server.routes["/a"] = Route(status=302, location="/b")
    server.routes["/b"] = Route(status=302, location="/a")
    error = failure(server.url("/a"))
    assert "redirected more than 5 times" in error.what
    assert len(server.requests) == 6  # the first request and five redirects, no more


def test_a_redirect_to_another_scheme_is_not_followed(server):
    server.routes["/schedule.xml"] = Route(status=302, location="ftp://127.0.0.1/schedule.xml")
    assert "not http or https" in failure(server.url("/schedule.xml")).what


@pytest.mark.parametrize(
    "url",
    ["ftp://example.org/s.xml", "file:///etc/passwd", "javascript:alert(1)", "s.xml", "http:///x"],
)
def test_only_http_and_https_addresses_are_fetched(url):
    with pytest.raises(FetchError) as caught:
        checked_url(url)
    assert caught.value.url == redact(url)[0]


def test_a_server_that_never_answers_hits_the_read_timeout(server):
    server.routes["/schedule.xml"] = Route(hang=True)
    started = time.monotonic()
    error = failure(server.url("/schedule.xml"))
    assert "stopped answering (nothing for 0.5 s)" in error.what
    assert time.monotonic() - started < 3


def test_a_server_that_trickles_hits_the_deadline(server):
    url = server.serve("/slow.xml", V1 * 100, trickle=0.2)
    error = failure(url, Limits(read=2.0, total=0.6))
    assert "took longer than 0.6 s" in error.what


def test_a_declared_length_over_the_limit_is_refused_before_the_body(server):
    url = server.serve("/huge.xml", V1, content_length=3 * 1024 * 1024 * 1024)
    error = failure(url, Limits(max_bytes=1024 * 1024))
    assert "too large for a schedule (3,221,225,472 bytes" in error.what
    assert server.sent.get("/huge.xml", 0) <= 64 * 1024  # it hung up before reading on


def test_a_body_streaming_past_the_limit_is_refused_early_in_bounded_memory(server):
    """No Content-Length, a body that never ends: stopped at the limit, not at the end."""
    server.routes["/endless.xml"] = Route(endless=True)
    limit = 4 * 1024 * 1024
    tracemalloc.start()
    try:
        error = failure(server.url("/endless.xml"), Limits(max_bytes=limit, read=5.0))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert f"the limit is {limit:,} bytes" in error.what
    assert peak < 4 * limit, f"{peak:,} bytes held for a limit of {limit:,}"
    time.sleep(0.2)  # the server notices the closed connection
    assert server.sent["/endless.xml"] < 16 * limit  # it stopped far before the server's cap


def test_a_gzip_bomb_is_stopped_at_the_limit(server):
    bomb = gzip.compress(b"<schedule>" + b" " * (64 * 1024 * 1024))
    url = server.serve("/bomb.xml.gz", bomb, content_type="application/gzip")
    assert "too large" in failure(url, Limits(max_bytes=1024 * 1024)).what


def test_an_untrusted_certificate_is_refused():
    trustme = pytest.importorskip("trustme")
    authority = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    with ScheduleServer(tls=context) as secure:
        url = secure.serve("/schedule.xml", V1)
        error = failure(url)
    assert url.startswith("https://")
    assert "certificate is not trusted" in error.what


def test_https_to_a_plain_http_server_is_a_failed_secure_connection(server):
    url = server.serve("/schedule.xml", V1).replace("http://", "https://")
    assert "secure connection failed" in failure(url).what


def test_html_is_told_from_a_schedule():
    assert looks_like_html(b"\xef\xbb\xbf  <!DOCTYPE html><html><head>")
    assert looks_like_html(b"<?xml version='1.0'?>\n<!-- x -->\n<html xmlns='...'>")
    assert not looks_like_html(V1)
    assert not looks_like_html(b'{"schedule": {}}')


# --- secrets ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "safe", "dropped"),
    [
        ("https://ada:s3cret@example.org/s.xml", "https://example.org/s.xml", True),
        ("https://example.org/s.xml?token=abc&lang=en", "https://example.org/s.xml?lang=en", True),
        ("https://example.org/s.xml?X-Amz-Signature=abc", "https://example.org/s.xml", True),
        ("https://example.org:8443/s.json?format=json#top",
         "https://example.org:8443/s.json?format=json", False),
        ("http://[::1]:8000/s.ics", "http://[::1]:8000/s.ics", False),
    ],
)  # fmt: skip
def test_passwords_and_tokens_are_taken_out_of_what_is_shown(url, safe, dropped):
    assert redact(url) == (safe, dropped)


def test_a_token_never_reaches_the_log_or_the_message(server, caplog):
    caplog.set_level(logging.DEBUG)
    url = server.serve("/schedule.xml", V1, status=500).replace("://", "://ada:pw@")
    url += "?token=TOPSECRET"
    error = failure(url)
    assert "TOPSECRET" not in str(error) and "pw@" not in str(error)
    assert "TOPSECRET" not in caplog.text and "ada:pw" not in caplog.text
    assert server.requests[0].path.endswith("token=TOPSECRET")  # the server still got it


# --- failures that need a network this machine must not reach -----------------------------------


def _isolated(*argv: str) -> subprocess.CompletedProcess[str]:
    """The command line in a network namespace of its own: no interface, no traffic out."""
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode:
        pytest.skip("needs `unshare -rn` (user and network namespaces) to fail DNS and routes")
    command = [unshare, "-rn", sys.executable, "-m", "planner.cli", *argv]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("http://schedule.example.org/schedule.xml",
         "the host name schedule.example.org could not be found; check the address and your "
         "internet connection"),
        ("http://192.0.2.10/schedule.xml",
         "no route to the server (the network is unreachable); check your internet connection"),
    ],
    ids=["dns", "no-route"],
)  # fmt: skip
def test_no_dns_and_no_route_are_one_line_and_status_2(tmp_path, url, said):
    done = _isolated("--db", str(tmp_path / "planner.sqlite3"), "import", url)
    assert done.returncode == 2, done.stderr
    assert done.stderr == f"planner: {url}: {said}\n"

