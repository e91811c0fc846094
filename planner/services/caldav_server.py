"""One calendar on a CalDAV server, through the ``caldav`` library: the sync's network room.

The caldav client does the HTTP (niquests), authentication (Basic or Digest, as the server
asks), TLS, WebDAV XML and calendar creation. This module asks it only for what a sync needs
(is the address a calendar, the ETags it holds, conditional PUT and DELETE) and turns every
way a server or a network can fail into one ``SyncError`` line that names the server and
says what to do. The password lives in the client object only, for the length of one sync.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urlsplit

from planner import __version__
from planner.core.errors import PlannerError, UsageError
from planner.services.urls import port_problem, redact

if TYPE_CHECKING:
    from caldav.response import DAVResponse

TIMEOUT_SECONDS = 20
_CALENDAR_TYPE = "{urn:ietf:params:xml:ns:caldav}calendar"
_ETAG = "{DAV:}getetag"


class SyncError(PlannerError):
    """The calendar server could not be synced with (the message says why and what to do)."""


class Conflict(Exception):
    """412: the server's copy is not the one we last saw (someone changed it meanwhile)."""


@dataclass(frozen=True, slots=True)
class CalendarAddress:
    """A calendar collection's address, split into its server and its path (with a final /)."""

    server: str
    path: str

    @property
    def url(self) -> str:
        return self.server + self.path

    def href(self, name: str) -> str:
        return self.path + quote(name)


def parse_address(url: str) -> tuple[CalendarAddress, str]:
    """The calendar address in ``url``, and the user name it carries ("" for none)."""
    shown = redact(url)[0]
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # urlsplit's one complaint: an IPv6 address without its closing ]
        raise UsageError(f"{shown}: the IPv6 address in it has no closing ]") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(
            f"{shown}: not a calendar address (it must start with https:// or http://)"
        )
    if parts.password is not None:
        raise UsageError(
            f"{parts.hostname}: leave the password out of the address; the planner asks for it, "
            "or takes it from the system keyring or PLANNER_CALDAV_PASSWORD"
        )
    problem = port_problem(parts.netloc)
    if problem is not None:
        raise UsageError(f"{shown}: {problem}")
    port = parts.port
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    server = f"{parts.scheme}://{host}" + (f":{port}" if port else "")
    path = (parts.path or "/").rstrip("/") + "/"
    return CalendarAddress(server, path), unquote(parts.username or "")


class CalendarServer:
    """The calendar at ``address``, as ``user``; close() when done (or use ``with``)."""

    def __init__(self, address: CalendarAddress, user: str, password: str) -> None:
        from caldav.davclient import DAVClient

        self.address, self.user = address, user
        self._client = DAVClient(
            url=address.url,
            username=user or None,
            password=password or None,
            timeout=TIMEOUT_SECONDS,
            enable_rfc6764=False,  # the user gave the calendar's own address: no discovery
            headers={"User-Agent": f"conference-planner/{__version__}"},
        )

    def __enter__(self) -> CalendarServer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # --- what is there -----------------------------------------------------------------------

    def calendar_name(self) -> str | None:
        """The calendar's display name ("" if it has none), or None when nothing is there."""
        response = self._call("read the calendar", self.address.path, "PROPFIND",
                              props=["resourcetype", "displayname"], depth=0)  # fmt: skip
        if response.status == 404:
            return None
        found = self._results(response, self.address.path)
        kinds = found.get("{DAV:}resourcetype") or []
        if _CALENDAR_TYPE not in kinds:
            raise SyncError(
                f"{self.address.url}: this is not a calendar (a folder or address book?): "
                "copy the calendar's own address from your calendar app's settings"
            )
        return str(found.get("{DAV:}displayname") or "")

    def can_create(self) -> bool:
        """Whether the folder above the address exists, so a calendar can be made in it."""
        parent = self.address.path.rstrip("/").rsplit("/", 1)[0] + "/"
        response = self._call("read the folder", parent, "PROPFIND",
                              props=["resourcetype"], depth=0)  # fmt: skip
        return response.status in (200, 207)

    def create(self, name: str) -> None:
        """Make the calendar (MKCALENDAR) with ``name`` as its display name."""
        from caldav.collection import CalendarSet
        from caldav.lib import error

        parent, _, cal_id = self.address.path.rstrip("/").rpartition("/")
        home = CalendarSet(client=self._client, url=self.address.server + parent + "/")
        try:
            self._guarded(lambda: home.make_calendar(name=name, cal_id=unquote(cal_id)))
        except error.DAVError as exc:
            raise SyncError(
                f"{self.address.url}: the server would not create this calendar "
                f"({exc.status or exc.reason}): create it in your calendar app, then sync again"
            ) from None

    def etags(self) -> dict[str, str]:
        """Every object in the calendar: its path and its ETag."""
        response = self._call("list the calendar", self.address.path, "PROPFIND",
                              props=["getetag"], depth=1)  # fmt: skip
        self._check(response, "list the calendar")
        listed = {}
        for result in response.results or []:
            path = unquote(urlsplit(result.href).path)
            if path.rstrip("/") != unquote(self.address.path).rstrip("/"):
                listed[path] = str(_properties(result).get(_ETAG) or "")
        return listed

    def etag(self, href: str) -> str:
        """The ETag of one object ("" if the server gives none)."""
        response = self._call("read an event", href, "PROPFIND", props=["getetag"], depth=0)
        return str(self._results(response, href).get(_ETAG) or "")

    # --- changing it -------------------------------------------------------------------------

    def put(self, href: str, body: bytes, etag: str | None) -> str:
        """Create (``etag`` None) or replace the object at ``href``; its new ETag.

        Raises Conflict when the server's copy is not the one ``etag`` names (or, for a
        create, when something is already there).
        """
        condition = _condition(etag)
        headers = {"Content-Type": "text/calendar; charset=utf-8", **condition}
        response = self._call("send an event", href, "PUT", body=body.decode("utf-8"),
                              headers=headers)  # fmt: skip
        if response.status == 412:
            raise Conflict(href)
        self._check(response, "send an event")
        # A server that rewrites what it stores sends no ETag (RFC 4791 5.3.4): ask for it.
        given = response.headers.get("ETag")
        return str(given) if given else self.etag(href)

    def delete(self, href: str, etag: str) -> None:
        """Remove the object if it is still the one ``etag`` names (Conflict if not)."""
        response = self._call("remove an event", href, "DELETE", headers=_condition(etag))
        if response.status == 412:
            raise Conflict(href)
        if response.status != 404:  # already gone is what we wanted
            self._check(response, "remove an event")

    # --- requests and their failures ---------------------------------------------------------

    def _call(self, what: str, path: str, method: str, **kwargs: Any) -> DAVResponse:
        url = self.address.server + path
        client = self._client
        if method == "PROPFIND":
            return self._guarded(lambda: client.propfind(url, kwargs["props"], kwargs["depth"]))
        if method == "PUT":
            return self._guarded(lambda: client.put(url, kwargs["body"], kwargs["headers"]))
        return self._guarded(lambda: client.delete(url, kwargs["headers"]))

    def _guarded(self, call: Callable[[], Any]) -> Any:
        from caldav.lib import error
        from caldav.lib.http_sync import requests as http

        server = self.address.server
        try:
            return call()
        except error.AuthorizationError as exc:
            raise SyncError(self._refused(exc.status or 401)) from None
        except http.exceptions.SSLError as exc:
            raise SyncError(
                f"{server}: the secure connection failed ({_short(exc)}): check that the "
                "address is right and that the server's certificate is valid"
            ) from None
        except (http.exceptions.ConnectionError, http.exceptions.Timeout) as exc:
            raise SyncError(
                f"{server}: cannot reach the server ({_short(exc)}): check the address and "
                "your network, then sync again"
            ) from None
        except (http.exceptions.RequestException, error.DAVError, ValueError) as exc:
            raise SyncError(
                f"{server}: the server's answer made no sense as CalDAV ({_short(exc)}): check "
                "that the address is a calendar's"
            ) from None

    def _refused(self, status: int) -> str:
        server, who = self.address.server, self.user or "(no user name)"
        if status == 403:
            return (
                f"{server}: user {who} may not write to {self.address.path} (403 Forbidden): "
                "choose a calendar of your own or ask its owner to share it with you"
            )
        return (
            f"{server}: the server refused user {who} with this password (401): check the "
            "user name and the password, then sync again"
        )

    def _check(self, response: DAVResponse, what: str) -> None:
        status, server = response.status, self.address.server
        if status < 300:
            return
        if status in (401, 403):
            raise SyncError(self._refused(status))
        if status == 404:
            raise self.no_calendar()
        if status == 507:
            raise SyncError(
                f"{server}: the server has no room left (507 Insufficient Storage): free some "
                "space there, or ask its administrator, then sync again"
            )
        if status >= 500:
            raise SyncError(f"{server}: the server failed ({status}): try again later")
        raise SyncError(f"{server}: the server refused to {what} ({status}): check the address")

    def no_calendar(self) -> SyncError:
        return SyncError(
            f"{self.address.url}: no such calendar (404): check the address, or copy it from "
            "your calendar app's settings"
        )

    def _results(self, response: DAVResponse, path: str) -> dict[str, Any]:
        self._check(response, "read the calendar")
        for result in response.results or []:
            if unquote(urlsplit(result.href).path).rstrip("/") == unquote(path).rstrip("/"):
                return _properties(result)
        return {}


NO_ETAG = "-"  # what the record keeps for a server that gives no ETags at all


def _condition(etag: str | None) -> dict[str, str]:
    """The precondition of a write: nothing there yet, still the copy we saw, or (a server
    without ETags, which cannot tell) none."""
    if etag is None:
        return {"If-None-Match": "*"}
    return {} if etag == NO_ETAG else {"If-Match": etag}


def _properties(result: object) -> dict[str, Any]:
    return dict(getattr(result, "properties", None) or {})


def _short(exc: BaseException) -> str:
    """The innermost reason, on one line: "Connection refused", not a pool's life story."""
    while exc.__cause__ is not None or exc.__context__ is not None:
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    text = " ".join(str(exc).split()) or type(exc).__name__
    if "] " in text:
        text = text.rsplit("] ", 1)[-1]
    return text[:160]
