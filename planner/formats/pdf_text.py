"""Mend the text layer of a PDF that Qt wrote, so Chinese copies and searches as it reads.

Qt's PDF writer (QFontSubset::getReverseMap) maps each glyph back to the lowest code point
that the font's cmap gives it. CJK fonts draw a Kangxi radical (U+2F00-U+2FDF) or a CJK
radical (U+2E80-U+2EFF) with the same glyph as the ideograph it stands for, so "一人用" comes
out of a copy, a search or pdftotext as "⼀⼈⽤": the same picture, other characters. Here each
such target in the ToUnicode CMaps is replaced by its NFKC form (the ideograph), 4 hex
digits for 4 hex digits, so no byte moves and the cross-reference table stays valid. No PDF
library does this for us; the rewrite touches nothing but the CMaps' destination codes.
"""

from __future__ import annotations

import re
import unicodedata

_CMAP = re.compile(rb"begincmap.*?endcmap", re.DOTALL)
_SECTION = re.compile(rb"(begin(bfchar|bfrange))(.*?)(end\2)", re.DOTALL)
_HEX = re.compile(rb"<([0-9A-Fa-f]{4})>")
_RANGE_LINE = re.compile(rb"(<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*)(.*)")


def _ideograph(match: re.Match[bytes]) -> bytes:
    code = int(match.group(1), 16)
    if not 0x2E80 <= code <= 0x2FDF:
        return match.group(0)
    folded = unicodedata.normalize("NFKC", chr(code))
    if len(folded) != 1 or ord(folded) > 0xFFFF or folded == chr(code):
        return match.group(0)
    return b"<%04X>" % ord(folded)


def _bfchar(body: bytes) -> bytes:
    lines = []
    for line in body.split(b"\n"):
        codes = _HEX.findall(line)
        if len(codes) == 2:  # <glyph> <unicode>: only the second is text
            source, _, target = line.partition(b">")
            line = source + b">" + _HEX.sub(_ideograph, target)
        lines.append(line)
    return b"\n".join(lines)


def _bfrange(body: bytes) -> bytes:
    lines = []
    for line in body.split(b"\n"):
        match = _RANGE_LINE.match(line.strip())
        if match is not None:
            bounds, targets = match.groups()
            found = _HEX.findall(bounds)
            one_glyph = len(found) == 2 and found[0] == found[1]
            # An array maps glyph by glyph; a single target only when the range is one glyph
            # (for a longer range it is the start of a run, which one new code cannot keep).
            if targets.startswith(b"[") or one_glyph:
                line = line.replace(targets, _HEX.sub(_ideograph, targets))
        lines.append(line)
    return b"\n".join(lines)


def _section(match: re.Match[bytes]) -> bytes:
    begin, kind, body, end = match.groups()
    mended = _bfchar(body) if kind == b"bfchar" else _bfrange(body)
    return begin + mended + end


def _cmap(match: re.Match[bytes]) -> bytes:
    return _SECTION.sub(_section, match.group(0))


def mend_cjk_text(pdf: bytes) -> bytes:
    """``pdf`` with its ToUnicode CMaps naming ideographs instead of radicals; same length."""
    mended = _CMAP.sub(_cmap, pdf)
    if len(mended) != len(pdf):  # never: every replacement is as long as what it replaces
        return pdf
    return mended
