"""The registry of schedule readers: which one understands a file, chosen by its content.

Each format module exposes a module-level ``READER``. The registry loads the built-in ones on
first use, asks each whether the first 64 KiB look like its format (the file extension only
breaks ties, since real files are often misnamed), and turns everything a reader can go wrong
with into one ``FormatError`` naming the file.
"""

from __future__ import annotations

import importlib
import stat
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol, runtime_checkable

from planner.core.model import Catalog
from planner.formats.errors import FormatError

__all__ = [
    "MAX_SCHEDULE_BYTES",
    "SNIFF_BYTES",
    "ReadOptions",
    "Reader",
    "find_reader",
    "read_catalog",
    "read_catalog_bytes",
    "readers",
    "register",
]

MAX_SCHEDULE_BYTES = 128 * 1024 * 1024
SNIFF_BYTES = 64 * 1024

# ---- Built-in readers -------------------------------------------------------------------------
# Modules of planner.formats that define a module-level READER, registered in this order (the
# order breaks ties when two readers claim a file). A module not written yet is skipped, so the
# iCalendar and GTC-CSV readers join by existing: no edit here is needed when they land.
BUILTIN_READER_MODULES = ("frab_xml", "frab_json", "ics_import", "gtc_csv")
# ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What the caller knows that a file may not say."""

    date: date | None = None  # for sources with times but no dates (the GTC CSV)
    conference_id: str | None = None  # override the id the reader derives


@runtime_checkable
class Reader(Protocol):
    """One file format the planner can import."""

    name: str  # "frab-xml"
    description: str  # "Pentabarf/frab/pretalx schedule.xml"
    extensions: tuple[str, ...]  # (".xml",)

    def sniff(self, head: bytes) -> bool:
        """Whether ``head`` (the first 64 KiB) looks like this format."""
        ...

    def read(self, path: Path, data: bytes, options: ReadOptions) -> Catalog:
        """The catalog in ``data``; raises FormatError for anything it cannot use."""
        ...


_readers: dict[str, Reader] = {}
_builtins_loaded = False
_loading = threading.RLock()  # the GUI may import from a worker thread while the CLI does not


def register(reader: Reader) -> None:
    """Add a reader; one registered under a name already taken replaces the old one."""
    _readers[reader.name] = reader


def readers() -> tuple[Reader, ...]:
    """Every registered reader, built-in ones first, in registration order."""
    _load_builtins()
    return tuple(_readers.values())


def _load_builtins() -> None:
    global _builtins_loaded
    with _loading:
        if _builtins_loaded:
            return
        for module_name in BUILTIN_READER_MODULES:
            qualified = f"{__package__}.{module_name}"
            try:
                module = importlib.import_module(qualified)
            except ModuleNotFoundError as exc:
                if exc.name != qualified:
                    raise  # the module exists but something it imports is missing: a real bug
                continue
            register(module.READER)
        _builtins_loaded = True


def find_reader(path: Path, head: bytes) -> Reader:
    """The reader for a file, by its content first; the extension only breaks ties."""
    claimed = [reader for reader in readers() if _claims(reader, path, head)]
    if not claimed:
        raise FormatError(path, _unknown_format_message(head))
    suffix = Path(path).suffix.lower()
    for reader in claimed:
        if suffix in reader.extensions:
            return reader
    return claimed[0]


def _claims(reader: Reader, path: Path, head: bytes) -> bool:
    try:
        return reader.sniff(head)
    except Exception as exc:
        message = f"the {reader.description} reader failed on it ({type(exc).__name__}: {exc})"
        raise FormatError(path, message) from exc


def _unknown_format_message(head: bytes) -> str:
    if not head.strip():
        return "the file is empty"
    known = ", ".join(reader.description for reader in readers())
    return f"not a schedule format the planner knows (it reads: {known})"


def read_catalog(path: Path, options: ReadOptions | None = None) -> Catalog:
    """Read a schedule file of any registered format into a catalog.

    The size is checked before the file is read; a reader's unexpected exception comes out as
    a FormatError naming the file, with the original chained as its cause.
    """
    path = Path(path)
    data = _read_bytes(path)
    reader = find_reader(path, data[:SNIFF_BYTES])
    try:
        return reader.read(path, data, options or ReadOptions())
    except FormatError:
        raise
    except Exception as exc:
        message = f"cannot read it as {reader.description} ({type(exc).__name__}: {exc})"
        raise FormatError(path, message) from exc


def read_catalog_bytes(data: bytes, name: Path, options: ReadOptions | None = None) -> Catalog:
    """Read a schedule that is already in memory (fetched from a URL) into a catalog.

    ``name`` stands in for the file: it names it in errors and its extension breaks ties, as
    in ``read_catalog``. The size limit is the same as for files.
    """
    _check_size(name, len(data))
    reader = find_reader(name, data[:SNIFF_BYTES])
    try:
        return reader.read(name, data, options or ReadOptions())
    except FormatError:
        raise
    except Exception as exc:
        message = f"cannot read it as {reader.description} ({type(exc).__name__}: {exc})"
        raise FormatError(name, message) from exc


def _read_bytes(path: Path) -> bytes:
    try:
        status = path.stat()
    except FileNotFoundError:
        raise FormatError(path, "no such file") from None
    except OSError as exc:
        raise FormatError(path, f"cannot read it: {exc.strerror or exc}") from None
    if not stat.S_ISREG(status.st_mode):
        raise FormatError(path, "not a regular file")
    _check_size(path, status.st_size)
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_SCHEDULE_BYTES + 1)  # +1: a file that grew since stat()
    except OSError as exc:
        raise FormatError(path, f"cannot read it: {exc.strerror or exc}") from None
    _check_size(path, len(data))
    return data


def _check_size(path: Path, size: int) -> None:
    if size > MAX_SCHEDULE_BYTES:
        message = f"too large for a schedule ({size:,} bytes; the limit is {MAX_SCHEDULE_BYTES:,})"
        raise FormatError(path, message)
