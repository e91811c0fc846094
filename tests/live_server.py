"""A real HTTP server for the tests: 127.0.0.1, a free port, in a thread, serving what a test sets.

Each route answers like a conference's web server would: a body with its Content-Type, an ETag
and a Last-Modified that make a conditional GET answer 304, gzip when the client asks, or a
redirect, an error status, an answer that never comes (a hung server), or a body that never
ends. Every request is recorded (path and headers) so a test can see what the planner sent.
Loops are bounded in bytes and time, and ``stop`` releases every waiting handler.
"""

from __future__ import annotations

import gzip
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

ENDLESS_CAP = 256 * 1024 * 1024  # the most an endless body sends before giving up
ENDLESS_SECONDS = 20.0
CHUNK = 64 * 1024


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/xml; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None
    gzip: bool = False  # Content-Encoding: gzip when the client accepts it
    hang: bool = False  # accept, then never answer (until the server stops)
    endless: bool = False  # stream a chunked body until the client goes away
    content_length: int | None = None  # a declared length (a lie, for the size limit)
    trickle: float = 0.0  # seconds between chunks of the body


@dataclass
class Seen:
    path: str
    headers: dict[str, str]


class _QuietServer(ThreadingHTTPServer):
    """A client that hangs up early (a timeout, a refused body) is what the tests are about:
    the traceback socketserver prints for it would land in the captured stderr of the test."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


@dataclass
class ScheduleServer:
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[Seen] = field(default_factory=list)
    sent: dict[str, int] = field(default_factory=dict)  # body bytes sent, by path
    tls: ssl.SSLContext | None = None  # serve HTTPS with this context's certificate

    def __post_init__(self) -> None:
        self._release = threading.Event()
        self._httpd = _QuietServer(("127.0.0.1", 0), _handler(self))
        self._httpd.daemon_threads = True
        if self.tls is not None:
            self._httpd.socket = self.tls.wrap_socket(self._httpd.socket, server_side=True)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    def url(self, path: str) -> str:
        scheme = "https" if self.tls is not None else "http"
        return f"{scheme}://127.0.0.1:{self.port}{path}"

    def serve(self, path: str, body: bytes, **options: Any) -> str:
        self.routes[path] = Route(body=body, **options)
        return self.url(path)

    def asked(self, path: str) -> list[Seen]:
        return [seen for seen in self.requests if seen.path == path]

    def __enter__(self) -> ScheduleServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._release.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)


def _handler(server: ScheduleServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet: pytest shows a test's output when it fails

        def do_GET(self) -> None:
            headers = {name.lower(): value for name, value in self.headers.items()}
            server.requests.append(Seen(self.path, headers))
            route = server.routes.get(self.path.split("?")[0])
            if route is None:
                self._answer(404, b"not here", "text/plain")
            elif route.hang:
                server._release.wait(30)
            elif route.location is not None:
                self.send_response(route.status)
                self.send_header("Location", route.location)
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif route.endless:
                self._endless(route)
            elif self._not_modified(route, headers):
                self.send_response(304)
                if route.etag:
                    self.send_header("ETag", route.etag)
                self.end_headers()
            else:
                self._send(route, headers)

        def _not_modified(self, route: Route, headers: dict[str, str]) -> bool:
            if route.status != 200:
                return False
            if route.etag and headers.get("if-none-match") == route.etag:
                return True
            modified = route.last_modified
            return bool(modified and headers.get("if-modified-since") == modified)

        def _send(self, route: Route, headers: dict[str, str]) -> None:
            body = route.body
            packed = route.gzip and "gzip" in headers.get("accept-encoding", "")
            if packed:
                body = gzip.compress(body)
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            length = route.content_length if route.content_length is not None else len(body)
            self.send_header("Content-Length", str(length))
            if packed:
                self.send_header("Content-Encoding", "gzip")
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            self.end_headers()
            self._write_body(route, body)

        def _write_body(self, route: Route, body: bytes) -> None:
            path = self.path.split("?")[0]
            try:
                for start in range(0, len(body), CHUNK):
                    self.wfile.write(body[start : start + CHUNK])
                    server.sent[path] = server.sent.get(path, 0) + len(body[start:start + CHUNK])
                    if route.trickle and server._release.wait(route.trickle):
                        return
            except OSError:
                return  # the client went away (a limit, a cancel): as a real server sees it

        def _endless(self, route: Route) -> None:
            self.send_response(200)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"<schedule>" + b" " * (CHUNK - 10)
            framed = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
            path = self.path.split("?")[0]
            deadline = time.monotonic() + ENDLESS_SECONDS
            try:
                while server.sent.get(path, 0) < ENDLESS_CAP and time.monotonic() < deadline:
                    if server._release.is_set():
                        return
                    self.wfile.write(framed)
                    server.sent[path] = server.sent.get(path, 0) + len(chunk)
            except OSError:
                return

        def _answer(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler
