"""Where a calendar server's password comes from: never from the planner's own files.

In order: ``PLANNER_CALDAV_PASSWORD`` (a script said so for this run), then the system keyring
(the ``keyring`` library: Secret Service, macOS Keychain, Windows Credential Locker) when one
is there; otherwise the caller asks the user (a terminal prompt, a dialog). The planner writes
a password nowhere but into the keyring, and only when the user asks it to.
"""

from __future__ import annotations

import os

ENVIRONMENT = "PLANNER_CALDAV_PASSWORD"
SERVICE = "conference-planner"


def keyring_name(server: str, user: str) -> str:
    """The keyring entry's user field: ``user@server`` (``keyring set conference-planner ...``)."""
    return f"{user}@{server}"


def from_environment() -> str | None:
    return os.environ.get(ENVIRONMENT) or None


def keyring_available() -> bool:
    """Whether a real keyring is there (not the "fail" or "null" stand-ins)."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring set-up is the same as none to us
        return False
    chain = getattr(backend, "backends", [backend])
    return any(not isinstance(b, (fail.Keyring, null.Keyring)) for b in chain)


def from_keyring(server: str, user: str) -> str | None:
    if not keyring_available():
        return None
    import keyring

    try:
        return keyring.get_password(SERVICE, keyring_name(server, user))
    except Exception:  # locked, dismissed, or no D-Bus: as if nothing were stored
        return None


def save_to_keyring(server: str, user: str, password: str) -> bool:
    """Store the password in the system keyring; False when there is none or it refused."""
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.set_password(SERVICE, keyring_name(server, user), password)
    except Exception:
        return False
    return True


def known_password(server: str, user: str) -> str | None:
    """The password without asking anyone: the environment's, else the keyring's."""
    return from_environment() or from_keyring(server, user)
