"""A real Radicale CalDAV server for a test, on 127.0.0.1 and a free port.

Radicale runs in its own process (tests/sync/radicale_server.py) with a temporary storage
folder and an htpasswd file holding one user, ``u`` (password ``PASSWORD``).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import caldav
import keyring
import pytest
from keyring.backends import null

from tests.conftest import REPO

USER, PASSWORD = "u", "pw-7Gq2-zz"
START_SECONDS = 20


@dataclass
class Radicale:
    """One Radicale server; ``start`` again (same port, same storage) after ``stop``."""

    folder: Path
    port: int = 0
    process: subprocess.Popen[str] | None = field(default=None, repr=False)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str = "/u/agenda/") -> str:
        return self.base + path

    @property
    def log(self) -> Path:
        return self.folder / "requests.log"

    def start(self, die_after: int | None = None) -> None:
        users = self.folder / "users"
        users.write_text(f"{USER}:{PASSWORD}\n")
        command = [sys.executable, "-m", "tests.sync.radicale_server",
                   str(self.folder / "storage"), str(users), str(self.log), str(self.port)]
        if die_after is not None:
            command.append(str(die_after))
        self.process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, text=True)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()  # the server prints its port once it listens
        if not line.startswith("PORT "):
            self.stop()
            pytest.fail(f"Radicale did not start: {line!r}")
        self.port = int(line.split()[1])

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=START_SECONDS)
            self.process = None

    def wait_dead(self) -> None:
        """Wait for a server started with ``die_after`` to have ended by itself."""
        if self.process is not None:
            self.process.wait(timeout=START_SECONDS)
            self.process = None

    def requests(self) -> list[str]:
        """Every request served so far, as "METHOD /path"."""
        return self.log.read_text().splitlines() if self.log.exists() else []

    def client(self, user: str = USER, password: str = PASSWORD) -> caldav.DAVClient:
        return caldav.DAVClient(url=self.url("/u/"), username=user, password=password,
                                enable_rfc6764=False)  # fmt: skip


def running_radicale(folder: Path) -> Iterator[Radicale]:
    """A started server (for a fixture), stopped when the generator closes."""
    server = Radicale(folder)
    server.folder.mkdir()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@contextmanager
def null_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The "null" keyring in place of the machine's real one; no password in the environment."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.delenv("PLANNER_CALDAV_PASSWORD", raising=False)
    before = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)
