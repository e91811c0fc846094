"""Web addresses as the planner takes them: http(s) only, and never shown with their secrets.

No network here (and no httpx, so that the window starts without loading it): checking an
address the user typed, the form of it that may be shown and stored (``redact``), the one
error type for fetching, and telling a web page from a schedule.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, parse_qsl, urlencode, urlsplit, urlunsplit

from planner.core.errors import PlannerError

SCHEMES = ("http", "https")
MAX_PORT = 65535
CHECK = "check the address"
# Query parameter names that carry a secret: access_token, api_key, X-Amz-Signature, sessionid...
SECRET_PARAMETER = re.compile(r"token|key|secret|pass|pwd|auth|sig|session|sid|jwt|cred", re.I)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # never printed to a terminal, never stored
_HTML_HEAD = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>])",
    re.IGNORECASE | re.DOTALL,
)


class FetchError(PlannerError):
    """A schedule could not be fetched: the URL (without secrets), what happened, what to do."""

    def __init__(self, url: str, what: str, advice: str) -> None:
        self.url, self.what, self.advice = url, " ".join(what.split()), advice
        super().__init__(f"{url}: {self.what}; {advice}")


def _split(url: str) -> SplitResult:
    """``url`` in its parts, even where urlsplit refuses it (an IPv6 address without its
    closing bracket): such an address is never fetched, but it is still shown, less secrets."""
    try:
        return urlsplit(url)
    except ValueError:
        scheme, _, rest = url.partition("://") if "://" in url else ("", "", url)
        netloc, path = re.match(r"([^/?#]*)(.*)", rest, re.DOTALL).groups()  # type: ignore[union-attr]
        path, _, fragment = path.partition("#")
        path, _, query = path.partition("?")
        return SplitResult(scheme, netloc, path, query, fragment)


def _host_and_port(netloc: str) -> tuple[str, str | None]:
    """The host and the port as typed ("[::1]", "99999"), without any user name or password."""
    hostport = netloc.rpartition("@")[2]
    if hostport.startswith("["):
        host, bracket, rest = hostport.partition("]")
        return host + bracket, rest[1:] if rest.startswith(":") else None
    host, colon, port = hostport.rpartition(":")
    return (host, port) if colon else (hostport, None)


def redact(url: str) -> tuple[str, bool]:
    """``url`` without user name, password, fragment or token-like query parameters.

    Returns the safe form and whether a secret was taken out (a refresh then needs the full
    address from the user again: the planner keeps no secret, in its database or its logs).
    The rest stays as typed, even in an address that is not valid (a port that is no
    number), so that the user sees what is wrong with it.
    """
    parts = _split(_CONTROL.sub("", url.strip()))
    netloc = parts.netloc.rpartition("@")[2]  # the host and port as typed, never the password
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(name, value) for name, value in pairs if not SECRET_PARAMETER.search(name)]
    dropped = "@" in parts.netloc or len(kept) != len(pairs)
    query = urlencode(kept) if len(kept) != len(pairs) else parts.query
    return urlunsplit((parts.scheme, netloc, parts.path, query, "")), dropped


def port_problem(netloc: str) -> str | None:
    """What is wrong with the port typed in ``netloc``, or None (a good one, or none)."""
    port = _host_and_port(netloc)[1]
    if port is None or port == "":
        return None
    if not port.isascii() or not port.isdigit():
        return f"the port {port!r} is not a number"
    if not 0 < int(port) <= MAX_PORT:
        return f"the port {port} is out of range (a port is 1 to {MAX_PORT})"
    return None


def checked_url(url: str) -> str:
    """``url`` stripped of surrounding space; FetchError unless it is an http(s) address."""
    url = url.strip()
    safe = redact(url)[0]
    parts = _split(url)
    if parts.scheme.lower() not in SCHEMES:
        shown = f"{parts.scheme}:" if parts.scheme else "no scheme"
        raise FetchError(
            safe,
            f"only http:// and https:// addresses can be fetched ({shown})",
            "give the schedule's web address, or import a downloaded file by its path",
        )
    hostport = parts.netloc.rpartition("@")[2]
    if hostport.startswith("["):
        _, bracket, after = hostport.partition("]")
        if not bracket:
            raise FetchError(safe, "the IPv6 address in it has no closing ]", CHECK)
        if after and not after.startswith(":"):
            raise FetchError(safe, f"{after!r} follows the IPv6 address's ]", CHECK)
    problem = port_problem(parts.netloc)
    if problem is not None:
        raise FetchError(safe, problem, CHECK)
    try:
        hostname = urlsplit(url).hostname
    except ValueError as exc:  # anything else urlsplit finds wrong
        raise FetchError(safe, f"not a valid web address ({exc})", CHECK) from None
    if not hostname or any(c.isspace() for c in hostname):
        raise FetchError(safe, "not a valid web address (no host name)", CHECK)
    return url


def looks_like_html(head: bytes) -> bool:
    """Whether a body is a web page (a conference's site, a login page) and not a schedule."""
    return _HTML_HEAD.match(head[:4096].removeprefix(b"\xef\xbb\xbf")) is not None


def web_page_error(safe: str) -> FetchError:
    return FetchError(
        safe,
        "the server sent a web page, not a schedule",
        "give the address of the schedule file itself (often ending in schedule.xml, "
        "schedule.json or .ics)",
    )
