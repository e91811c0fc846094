"""A real Radicale CalDAV server per test (tests/sync/radicale.py), stopped after.

The sync tests never touch the machine's real keyring: the "null" keyring stands in for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.radicale import Radicale, null_keyring, running_radicale


@pytest.fixture()
def radicale(tmp_path: Path) -> Iterator[Radicale]:
    yield from running_radicale(tmp_path / "radicale")


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with null_keyring(monkeypatch):
        yield
