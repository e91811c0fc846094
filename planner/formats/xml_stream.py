"""Parsing XML as it arrives, chunk by chunk, as safely as ``frab_xml.parse_xml`` does.

defusedxml configures the expat parser (entity declarations refused; an inline DOCTYPE allowed,
an external one refused), and the caller's handler gets each element's start, text and end
straight from expat, without ElementTree's Python-level parser in between: a schedule of
100,000 sessions then parses in half the time, and nothing of it needs to stay in memory once
the handler has used it. UTF-8 is checked chunk by chunk with the same message as a whole file
gets; every problem is a FormatError naming the file (and the line, where known).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol
from xml.parsers.expat import ErrorString, ExpatError

from defusedxml.common import (
    DefusedXmlException,
    DTDForbidden,
    EntitiesForbidden,
    ExternalReferenceForbidden,
)
from defusedxml.ElementTree import DefusedXMLParser

from planner.formats.errors import FormatError

_XML_DECLARATION = re.compile(rb"<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")


class ElementHandler(Protocol):
    """What the parser tells as it reads. A namespaced tag comes as expat writes it,
    "uri}local" (``local_name`` makes it "local")."""

    def start(self, tag: str, attrs: dict[str, str]) -> None: ...

    def data(self, text: str) -> None: ...

    def end(self, tag: str) -> None: ...


class XmlChunks:
    """Feeds chunks of one XML document to ``handler``; ``close`` after the last one."""

    def __init__(self, path: Path, handler: ElementHandler) -> None:
        self.path = path
        self._defused = DefusedXMLParser(forbid_dtd=False)
        parser = self._defused.parser
        parser.StartDoctypeDeclHandler = _refuse_external_dtd
        parser.ordered_attributes = False
        parser.buffer_text = True
        parser.StartElementHandler = handler.start
        parser.EndElementHandler = handler.end
        parser.CharacterDataHandler = handler.data
        self._parser = parser
        self._utf8 = _Utf8Check(path)

    def feed(self, chunk: bytes) -> None:
        self._utf8.feed(chunk)
        self._parse(chunk, final=False)

    def close(self) -> None:
        self._utf8.close()
        self._parse(b"", final=True)

    def _parse(self, chunk: bytes, final: bool) -> None:
        try:
            self._parser.Parse(chunk, final)
        except DefusedXmlException as exc:
            raise FormatError(self.path, f"unsafe XML: {unsafe_reason(exc)}") from None
        except ExpatError as exc:
            reason = ErrorString(exc.code) if exc.code else str(exc)
            message = f"not well-formed XML: {reason} (column {exc.offset + 1})"
            raise FormatError(self.path, message, exc.lineno) from None


def parse_chunks(path: Path, chunks: Iterable[bytes], handler: ElementHandler) -> None:
    """Parse a whole document given in chunks."""
    parser = XmlChunks(path, handler)
    for chunk in chunks:
        parser.feed(chunk)
    parser.close()


def local_name(tag: str) -> str:
    # expat writes a namespaced name as "uri}local" (DefusedXMLParser's separator).
    return tag.rpartition("}")[2]


def _refuse_external_dtd(name: str, sysid: str | None, pubid: str | None, internal: int) -> None:
    # An inline DOCTYPE is harmless (entity declarations are refused separately); an external
    # one would make the parser a fetcher of arbitrary URLs and files.
    if sysid or pubid:
        raise DTDForbidden(name, sysid, pubid)


def unsafe_reason(exc: DefusedXmlException) -> str:
    if isinstance(exc, EntitiesForbidden):
        return f"entity declarations are refused (entity {exc.name!r})"
    if isinstance(exc, ExternalReferenceForbidden):
        return f"external references are refused ({exc.sysid or exc.pubid})"
    if isinstance(exc, DTDForbidden):
        return f"external DTDs are refused ({exc.sysid or exc.pubid})"
    return type(exc).__name__


class _Utf8Check:
    """Invalid UTF-8 gets a clear message naming its line; a document that declares another
    encoding (or starts with a UTF-16 mark) is left to expat."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._first = True
        self._checking = True
        self._pending = b""  # the start of a character the next chunk completes
        self._lines = 0  # line feeds in the bytes checked so far

    def feed(self, chunk: bytes) -> None:
        if self._first:
            self._first = False
            head = chunk.removeprefix(b"\xef\xbb\xbf")
            declared = _XML_DECLARATION.match(head[:200])
            encoding = declared.group(1).decode("ascii").lower() if declared else "utf-8"
            utf8 = encoding.replace("_", "-") in ("utf-8", "utf8")
            self._checking = utf8 and not chunk.startswith(b"\xff\xfe")
            chunk = head
        if not self._checking:
            return
        data = self._pending + chunk
        cut = _complete(data)
        self._check(data[:cut])
        self._pending = data[cut:]

    def close(self) -> None:
        if self._checking and self._pending:
            self._check(self._pending)

    def _check(self, data: bytes) -> None:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = self._lines + data.count(b"\n", 0, exc.start) + 1
            byte = data[exc.start]
            raise FormatError(self.path, f"not valid UTF-8 (byte 0x{byte:02x})", line) from None
        self._lines += data.count(b"\n")


def _complete(data: bytes) -> int:
    """Where the last whole UTF-8 character of ``data`` ends (a split one waits for more)."""
    for back in range(1, min(4, len(data)) + 1):
        byte = data[-back]
        if byte < 0x80:
            return len(data)
        if byte >= 0xC0:  # the lead byte of the last character: is it complete?
            needed = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            return len(data) if back >= needed else len(data) - back
    return len(data)
