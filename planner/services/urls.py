"""Web addresses as the planner takes them: http(s) only, and never shown with their secrets.

No network here (and no httpx, so that the window starts without loading it): checking an
address the user typed, the form of it that may be shown and stored (``redact``), the one
error type for fetching, and telling a web page from a schedule.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from planner.core.errors import PlannerError

SCHEMES = ("http", "https")
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


def redact(url: str) -> tuple[str, bool]:
    """``url`` without user name, password, fragment or token-like query parameters.

    Returns the safe form and whether a secret was taken out (a refresh then needs the full
    address from the user again: the planner keeps no secret, in its database or its logs).
    """
    parts = urlsplit(_CONTROL.sub("", url.strip()))
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 literal gets its brackets back
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = f"{host}:{port}" if port is not None else host
    if not host:
        netloc = parts.netloc.rpartition("@")[2]
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(name, value) for name, value in pairs if not SECRET_PARAMETER.search(name)]
    dropped = "@" in parts.netloc or len(kept) != len(pairs)
    query = urlencode(kept) if len(kept) != len(pairs) else parts.query
    return urlunsplit((parts.scheme, netloc, parts.path, query, "")), dropped


def checked_url(url: str) -> str:
    """``url`` stripped of surrounding space; FetchError unless it is an http(s) address."""
    url = url.strip()
    safe = redact(url)[0]
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        shown = f"{parts.scheme}:" if parts.scheme else "no scheme"
        raise FetchError(
            safe,
            f"only http:// and https:// addresses can be fetched ({shown})",
            "give the schedule's web address, or import a downloaded file by its path",
        )
    try:
        host = parts.hostname
        parts.port  # noqa: B018 (raises ValueError for a port that is not a number)
    except ValueError:
        host = None
    if not host or any(c.isspace() for c in host):
        raise FetchError(safe, "not a valid web address (no host name)", "check the address")
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
