"""Refusals a Radicale set-up cannot be made to give: a full server (507), a read-only calendar.

A small HTTP server on 127.0.0.1 (port 0) answers as a CalDAV calendar would to the listing
requests and refuses every PUT with the status under test. It stands in for the far end of
the network only; everything on our side is the real sync.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from planner.services.caldav_server import SyncError
from planner.services.planner import Planner

CALENDAR = b"""<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
 <d:response><d:href>/cal/</d:href><d:propstat><d:prop>
  <d:resourcetype><d:collection/><c:calendar/></d:resourcetype>
  <d:displayname>Full</d:displayname><d:getetag>"c1"</d:getetag>
 </d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
</d:multistatus>"""


class Refusing(BaseHTTPRequestHandler):
    status = 507

    def do_PROPFIND(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._answer(207, CALENDAR, "application/xml")

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._answer(self.status, b"no", "text/plain")

    def _answer(self, status: int, body: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture()
def refusing(request) -> Iterator[str]:
    handler = type("Handler", (Refusing,), {"status": request.param})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/cal/"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    ("refusing", "expected"),
    [(507, "no room left (507"), (403, "may not write to /cal/ (403"),
     (500, "the server failed (500)")],
    indirect=["refusing"],
)  # fmt: skip
def test_a_refused_put_is_one_line_and_nothing_is_recorded(db_path, refusing, expected):
    with Planner(db_path) as planner:
        planner.ensure_bundled_catalog()
        planner.bookmark(["S72484"])
        picks = planner.picks()
        with pytest.raises(SyncError) as caught:
            planner.sync_calendar(refusing, user="u", password="pw")
        message = str(caught.value)
        assert expected in message and "\n" not in message
        assert refusing.rsplit("/cal/", 1)[0] in message
        assert planner.picks() == picks
        assert planner.synced_calendars() == []  # the server confirmed nothing: no record
