"""Search-text normalisation: one form for the index and the query alike.

Folding rules: Unicode NFKC (full-width letters and digits become ASCII), case folding, every
run of white space to one space, and Traditional Chinese to Simplified (OpenCC's ``t2s``), so
that 自動駕駛 and 自动驾驶 are the same text to the search. OpenCC is the one dependency the core
allows itself: conversion tables are data, not something to write by hand.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache
from typing import Protocol


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...




@cache
def _to_simplified() -> _Converter:
    import opencc

    return opencc.OpenCC("t2s")


def normalize(text: str) -> str:
    """The searchable form of ``text``."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = " ".join(folded.split())  # the same spaces as \s+ (str.isspace), in one pass
    if folded.isascii():
        return folded
    return _to_simplified().convert(folded)


def search_terms(query: str) -> list[str]:
    """The normalised terms of a query: split on white space, empty ones dropped."""
    return [term for term in normalize(query).split(" ") if term]


# How a term occurs in a text, best first (see ``word_match``).
WHOLE_WORD, WORD_START, INSIDE_WORD = 0, 1, 2


def _word_char(char: str) -> bool:
    """A character that continues a word. Chinese, Japanese and Korean are written without
    spaces between words, so their characters never make a boundary count as inside a word."""
    return char.isalnum() and unicodedata.east_asian_width(char) not in ("W", "F")


def starts_words(term: str) -> bool:
    """Whether ``term`` starts a word wherever it occurs: it begins with what continues no
    word ("#", "(", a Chinese character)."""
    return not _word_char(term[0])


def ends_words(text: str) -> bool:
    """Whether ``text`` ends a word wherever it occurs: its last character continues none."""
    return not _word_char(text[-1])


def word_match(term: str, text: str) -> int | None:
    """How ``term`` occurs in ``text`` (both normalised): as a whole word, at the start of a
    word, only inside words ("rust" in "trusted"), or not at all (None)."""
    best = None
    starts_word = starts_words(term)  # a term that starts with "#" or "(" starts anywhere
    ends_word = ends_words(term)
    at = text.find(term)
    while at >= 0:
        end = at + len(term)
        if starts_word or at == 0 or not _word_char(text[at - 1]):
            if ends_word or end == len(text) or not _word_char(text[end]):
                return WHOLE_WORD
            best = WORD_START
        elif best is None:
            best = INSIDE_WORD
        at = text.find(term, at + 1)
    return best


def relevance(terms: Sequence[str], fields: Sequence[str]) -> tuple[bool, int, bool]:
    """A sort key (smaller is better) for a text of several fields, most telling first (a
    title, then who and where, then a description), that holds every term somewhere.

    For each term, its best occurrence: as a word anywhere rather than inside one, then in the
    earliest field, then whole rather than a word's start. The weakest term decides: (some term
    only inside words, the latest field a term needed, some term only as a word's start).
    """
    inside, field, partial = False, 0, False
    for term in terms:
        found = [
            (kind == INSIDE_WORD, index, kind == WORD_START)
            for index, text in enumerate(fields)
            if (kind := word_match(term, text)) is not None
        ]
        best = min(found, default=(True, len(fields), True))
        inside, field, partial = inside or best[0], max(field, best[1]), partial or best[2]
    return inside, field, partial
