"""A guard against a PySide6 bug that crashes the window: lost references to None and True.

PySide6 6.12.0 on CPython 3.11 returns ``None`` from every void call (``setText``,
``processEvents``, ``update``...) and ``True`` from ``Signal.emit()`` without taking a
reference for the caller, as if these objects were immortal (they are from CPython 3.12 on,
not before). Each call takes one reference that was never given; after some thousands of
calls CPython aborts with "none_dealloc: deallocating None" or "bool_dealloc". ``install``
checks whether the running PySide does this (a few probe calls must leave the counts as they
were) and only then gives None, True and False a very large reference count, which is what
CPython 3.12 does for them anyway: they are static objects that are never freed. On a sound
PySide, or on CPython 3.12 and later, it changes nothing. Installed on import of planner.gui.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

PROBES = 16
MARGIN = 1 << 40  # more references than a process could ever take away
SINGLETONS = (None, True, False)
_installed = False


class _Probe(QObject):
    ping = Signal()


def _add_references(obj: object, count: int) -> None:
    # ob_refcnt is the first field of every object in CPython's (non-debug) object layout.
    ctypes.c_ssize_t.from_address(id(obj)).value += count


def references_lost() -> dict[str, int]:
    """References to None and True that a few void calls and emits took (and were given back)."""
    probe = _Probe()
    before = {"None": sys.getrefcount(None), "True": sys.getrefcount(True)}
    for _ in range(PROBES):
        probe.setObjectName("probe")
        probe.ping.emit()
    lost = {
        "None": before["None"] - sys.getrefcount(None),
        "True": before["True"] - sys.getrefcount(True),
    }
    _add_references(None, max(0, lost["None"]))
    _add_references(True, max(0, lost["True"]))
    return lost


def install() -> bool:
    """Make None, True and False immortal if this PySide loses references; True if it did."""
    global _installed
    if _installed:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # immortal there already
    lost = references_lost()
    if max(lost.values()) < PROBES // 2:
        return False
    for singleton in SINGLETONS:
        _add_references(singleton, MARGIN)
    _installed = True
    return True
