"""Search-text normalisation: one form for the index and the query alike.

Folding rules: Unicode NFKC (full-width letters and digits become ASCII), case folding, every
run of white space to one space, and Traditional Chinese to Simplified (OpenCC's ``t2s``), so
that 自動駕駛 and 自动驾驶 are the same text to the search. OpenCC is the one dependency the core
allows itself: conversion tables are data, not something to write by hand.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Protocol


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


_SPACE = re.compile(r"\s+")


@cache
def _to_simplified() -> _Converter:
    import opencc

    return opencc.OpenCC("t2s")


def normalize(text: str) -> str:
    """The searchable form of ``text``."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = _SPACE.sub(" ", folded).strip()
    if folded.isascii():
        return folded
    return _to_simplified().convert(folded)


def search_terms(query: str) -> list[str]:
    """The normalised terms of a query: split on white space, empty ones dropped."""
    return [term for term in normalize(query).split(" ") if term]
