"""Fetching a schedule over HTTP(S): the planner's one door to the web for schedules.

httpx does the HTTP (redirects, gzip and deflate, TLS with the system's trust); this module
sets the bounds a desktop app owes its user: only http and https, at most ``redirects``
redirects, a connect and a read timeout and a deadline for the whole download, and the same
size limit as schedule files, checked while the body streams in (a Content-Length over it is
refused before a byte of the body is read). Every way the network can fail becomes one
``FetchError``: one line naming the URL, what happened and what to do.

URLs are shown and stored without their secrets (``urls.redact``): the user name and password
of ``https://user:pass@host/`` and query parameters that look like tokens. httpx and httpcore
log each request with its full URL at INFO level, so their loggers are held at WARNING here:
an application that turns logging on still never writes a token to its log.
"""

from __future__ import annotations

import errno
import logging
import socket
import ssl
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from planner import __version__
from planner.formats.registry import MAX_SCHEDULE_BYTES
from planner.services.urls import FetchError, checked_url, redact

__all__ = ["DEFAULT_LIMITS", "FetchError", "Fetched", "Limits", "checked_url", "fetch", "redact"]

for _name in ("httpx", "httpcore"):
    logging.getLogger(_name).setLevel(logging.WARNING)

Downloaded = Callable[[int, int | None], None]  # bytes received so far, of how many (None: ?)

USER_AGENT = f"ConferencePlanner/{__version__} (+httpx)"
ACCEPT = "application/xml, text/xml, application/json, text/calendar, text/csv;q=0.9, */*;q=0.5"
GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True, slots=True)
class Limits:
    """How long and how much a fetch may take (seconds, bytes, redirects)."""

    connect: float = 10.0
    read: float = 30.0  # the longest silence while the answer comes in
    total: float = 300.0  # the whole download, however the server trickles
    max_bytes: int = MAX_SCHEDULE_BYTES
    redirects: int = 5


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Fetched:
    """A server's answer: the body, or None when it said "not modified" (304)."""

    url: str  # as safe to show
    body: bytes | None
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""

    @property
    def not_modified(self) -> bool:
        return self.body is None


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    progress: Downloaded | None = None,
    limits: Limits | None = None,
) -> Fetched:
    """GET ``url``, conditionally when validators are given; FetchError for every failure.

    ``progress`` is called as bytes arrive; an exception it raises (a cancel) stops the
    download, closes the connection and goes through unchanged. ``limits`` defaults to
    ``DEFAULT_LIMITS`` as it is at the call.
    """
    limits = limits or DEFAULT_LIMITS
    target = checked_url(url)
    safe = redact(target)[0]
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    timeout = httpx.Timeout(limits.read, connect=limits.connect)
    with _network_errors(safe, limits):
        client = httpx.Client(
            follow_redirects=True, max_redirects=limits.redirects, timeout=timeout
        )
        with client, client.stream("GET", target, headers=headers) as response:
            return _answer(safe, response, progress, limits, etag, last_modified)
    raise AssertionError("unreachable")  # pragma: no cover (_network_errors always raises)


def _answer(
    safe: str,
    response: httpx.Response,
    progress: Downloaded | None,
    limits: Limits,
    etag: str | None,
    last_modified: str | None,
) -> Fetched:
    status = response.status_code
    new_etag = response.headers.get("ETag") or None
    new_modified = response.headers.get("Last-Modified") or None
    if status == httpx.codes.NOT_MODIFIED:
        return Fetched(safe, None, new_etag or etag, new_modified or last_modified)
    if not 200 <= status < 300:
        raise _status_error(safe, status)
    length = _content_length(response)
    if length is not None and length > limits.max_bytes:
        raise _too_large(safe, length, limits.max_bytes)
    body = _read_body(safe, response, progress, limits, length)
    content_type = response.headers.get("Content-Type", "")
    return Fetched(safe, body, new_etag, new_modified, content_type)


def _read_body(
    safe: str,
    response: httpx.Response,
    progress: Downloaded | None,
    limits: Limits,
    length: int | None,
) -> bytes:
    deadline = time.monotonic() + limits.total
    body = bytearray()
    if progress is not None:
        progress(0, length)
    # Decoded bytes are counted, so a small gzip body that unpacks past the limit stops too.
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > limits.max_bytes:
            raise _too_large(safe, None, limits.max_bytes)
        if time.monotonic() > deadline:
            raise FetchError(
                safe,
                f"the download took longer than {limits.total:g} s",
                "try again later or on a faster connection",
            )
        if progress is not None:
            progress(response.num_bytes_downloaded, length)
    if body[:2] == GZIP_MAGIC:  # a .gz file served as it is (no Content-Encoding)
        return _gunzip(safe, bytes(body), limits.max_bytes)
    return bytes(body)


def _gunzip(safe: str, data: bytes, limit: int) -> bytes:
    unpacker = zlib.decompressobj(wbits=zlib.MAX_WBITS | 32)
    try:
        out = unpacker.decompress(data, limit + 1)
    except zlib.error as exc:
        raise FetchError(safe, f"the gzip file is damaged ({exc})", "try again later") from None
    if len(out) > limit or unpacker.unconsumed_tail:
        raise _too_large(safe, None, limit)
    return out


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("Content-Length", "").strip()
    return int(value) if value.isdigit() else None


def _too_large(safe: str, size: int | None, limit: int) -> FetchError:
    said = f"{size:,} bytes; " if size is not None else ""
    return FetchError(
        safe,
        f"too large for a schedule ({said}the limit is {limit:,} bytes)",
        "check that the address is the schedule itself",
    )


def _status_error(safe: str, status: int) -> FetchError:
    # The standard phrase, never the server's own: that is text from the network.
    said = f"the server answered HTTP {status} {httpx.codes.get_reason_phrase(status)}".rstrip()
    if status in (401, 403, 407):
        return FetchError(safe, said, "the schedule may not be public; check the address")
    if status in (404, 410):
        return FetchError(safe, f"{said}: no schedule at this address", "check the address")
    if status == 429 or status >= 500:
        return FetchError(safe, said, "the server is in trouble or busy; try again later")
    if 300 <= status < 400:
        return FetchError(safe, f"{said} without a usable new address", "check the address")
    return FetchError(safe, said, "check the address")


@contextmanager
def _network_errors(safe: str, limits: Limits) -> Iterator[None]:
    """Turn whatever httpx and the socket layer raise into one FetchError naming ``safe``."""
    try:
        yield
    except httpx.TooManyRedirects:
        raise FetchError(
            safe,
            f"redirected more than {limits.redirects} times (a redirect loop?)",
            "open the address in a browser and give the one it ends at",
        ) from None
    except httpx.UnsupportedProtocol:
        raise FetchError(
            safe,
            "redirected to an address that is not http or https",
            "ask the conference for the schedule's web address",
        ) from None
    except httpx.ConnectTimeout:
        raise FetchError(
            safe,
            f"no answer from the server within {limits.connect:g} s",
            "check your internet connection, or try again later",
        ) from None
    except httpx.TimeoutException:
        raise FetchError(
            safe,
            f"the server stopped answering (nothing for {limits.read:g} s)",
            "try again later",
        ) from None
    except httpx.ConnectError as exc:
        raise _connect_error(safe, exc) from None
    except httpx.DecodingError:
        raise FetchError(
            safe, "the server's compressed answer is damaged", "try again later"
        ) from None
    except httpx.ProtocolError as exc:
        raise FetchError(
            safe, f"the server broke off its answer ({_detail(exc)})", "try again later"
        ) from None
    except httpx.InvalidURL as exc:
        detail = f" ({_detail(exc)})" if str(exc) else ""
        raise FetchError(safe, f"not a valid web address{detail}", "check the address") from None
    except UnicodeError:  # a host name the IDNA codec refuses (a label over 63 characters...)
        raise FetchError(safe, "not a valid host name", "check the address") from None
    except (httpx.TransportError, OSError) as exc:
        raise FetchError(
            safe, f"network error ({_detail(exc)})", "check your connection and try again"
        ) from None


def _connect_error(safe: str, exc: BaseException) -> FetchError:
    """What a failed connection means to the user: DNS, refused, no route, or TLS."""
    cause = _root_cause(exc)
    if isinstance(cause, ssl.SSLCertVerificationError):
        return FetchError(
            safe,
            f"the server's certificate is not trusted ({cause.verify_message or cause.reason})",
            "check the address; if it is right, the server's HTTPS is misconfigured",
        )
    if isinstance(cause, ssl.SSLError):
        return FetchError(
            safe,
            f"the secure connection failed ({cause.reason or cause})",
            "check the address (is it really https?), or try again later",
        )
    if isinstance(cause, socket.gaierror):
        host = urlsplit(safe).hostname or safe
        return FetchError(
            safe,
            f"the host name {host} could not be found",
            "check the address and your internet connection",
        )
    code = getattr(cause, "errno", None)
    if code == errno.ECONNREFUSED:
        return FetchError(
            safe, "the server refused the connection", "check the address, or try again later"
        )
    if code in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN, errno.EHOSTDOWN):
        return FetchError(
            safe,
            "no route to the server (the network is unreachable)",
            "check your internet connection",
        )
    return FetchError(
        safe, f"cannot connect ({_detail(exc)})", "check the address and your connection"
    )


def _root_cause(exc: BaseException) -> BaseException:
    """The innermost exception of a chain (httpx wraps httpcore, which wraps the OSError)."""
    seen: set[int] = set()
    while id(exc) not in seen:
        seen.add(id(exc))
        inner = exc.__cause__ or exc.__context__
        if inner is None:
            break
        exc = inner
    return exc


def _detail(exc: BaseException) -> str:
    cause = _root_cause(exc)
    text = getattr(cause, "strerror", None) or str(cause) or type(cause).__name__
    return " ".join(text.split())[:200]
