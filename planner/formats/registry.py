"""The registry of schedule readers: which one understands a file, chosen by its content.

Each format module exposes a module-level ``READER``. The registry loads the built-in ones on
first use, asks each whether the first 64 KiB look like its format (the file extension only
breaks ties, since real files are often misnamed), and turns everything a reader can go wrong
with into one ``FormatError`` naming the file. A folder goes to the folder readers (a module's
``FOLDER_READER``: the GTC summaries with their schedule.yaml). A file that yields no session
at all is an error too: an empty conference is never imported as if it were a success.
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
    "FolderReader",
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
BUILTIN_READER_MODULES = (
    "frab_xml",
    "frab_json",
    "ics_import",
    "xcal",
    "gtc_csv",
    "gtc_summary_reader",
)
# ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What the caller knows that a file may not say."""

    date: date | None = None  # for sources with times but no dates (the GTC CSV)
    conference_id: str | None = None  # override the id the reader derives
    # The IANA zone of times that the file does not place (no zone named, no UTC offsets):
    # the user's --timezone, or the zone remembered from an earlier import of the conference.
    timezone: str | None = None


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


@runtime_checkable
class FolderReader(Protocol):
    """A layout of several files in one folder that imports as one conference."""

    name: str
    description: str

    def claims_folder(self, folder: Path) -> bool:
        """Whether ``folder`` holds this layout."""
        ...

    def read_folder(self, folder: Path, options: ReadOptions) -> Catalog:
        """The catalog the folder holds; raises FormatError for anything it cannot use."""
        ...


_readers: dict[str, Reader] = {}
_folder_readers: dict[str, FolderReader] = {}
_builtins_loaded = False
_loading = threading.RLock()  # the GUI may import from a worker thread while the CLI does not


def register(reader: Reader) -> None:
    """Add a reader; one registered under a name already taken replaces the old one."""
    _readers[reader.name] = reader


def register_folder(reader: FolderReader) -> None:
    _folder_readers[reader.name] = reader


def readers() -> tuple[Reader, ...]:
    """Every registered reader, built-in ones first, in registration order."""
    _load_builtins()
    return tuple(_readers.values())


def folder_readers() -> tuple[FolderReader, ...]:
    _load_builtins()
    return tuple(_folder_readers.values())


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
            if hasattr(module, "READER"):
                register(module.READER)
            if hasattr(module, "FOLDER_READER"):
                register_folder(module.FOLDER_READER)
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
    options = options or ReadOptions()
    if path.is_dir():
        return _read_folder(path, options)
    return read_catalog_bytes(_read_bytes(path), path, options)


def _read_folder(folder: Path, options: ReadOptions) -> Catalog:
    for reader in folder_readers():
        if reader.claims_folder(folder):
            try:
                catalog = reader.read_folder(folder, options)
            except FormatError:
                raise
            except Exception as exc:
                message = f"cannot read it as {reader.description} ({type(exc).__name__}: {exc})"
                raise FormatError(folder, message) from exc
            return _not_empty(folder, catalog, reader.description)
    known = ", ".join(reader.description for reader in folder_readers()) or "none"
    raise FormatError(folder, f"a folder the planner cannot import (it reads folders of: {known})")


def _not_empty(path: Path, catalog: Catalog, description: str) -> Catalog:
    # Readers say what they looked for when they can; this catches any that returns nothing.
    if not catalog.sessions:
        raise FormatError(path, f"no sessions found in it (read as {description})")
    return catalog


def read_catalog_bytes(data: bytes, name: Path, options: ReadOptions | None = None) -> Catalog:
    """Read a schedule that is already in memory (fetched from a URL) into a catalog.

    ``name`` stands in for the file: it names it in errors and its extension breaks ties, as
    in ``read_catalog``. The size limit is the same as for files. A reader's unexpected
    exception comes out as a FormatError naming the file, with the original chained.
    """
    _check_size(name, len(data))
    reader = find_reader(name, data[:SNIFF_BYTES])
    try:
        catalog = reader.read(name, data, options or ReadOptions())
    except FormatError:
        raise
    except Exception as exc:
        message = f"cannot read it as {reader.description} ({type(exc).__name__}: {exc})"
        raise FormatError(name, message) from exc
    return _not_empty(name, catalog, reader.description)


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
