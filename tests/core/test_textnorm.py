"""How a search term occurs in a text, and the order of relevance built on it."""

from __future__ import annotations

import pytest

from planner.core.textnorm import (
    INSIDE_WORD,
    WHOLE_WORD,
    WORD_START,
    normalize,
    relevance,
    word_match,
)


@pytest.mark.parametrize(
    ("term", "text", "kind"),
    [
        ("rust", "rust in the linux kernel", WHOLE_WORD),
        ("rust", "safe rust, unsafe c", WHOLE_WORD),
        ("rust", "🦀 rust for embedded", WHOLE_WORD),
        ("rust", "rust-ifying the scheduler", WHOLE_WORD),
        ("rust", "rustls: tls in rust", WHOLE_WORD),  # a later whole word wins
        ("rust", "rustacean stories", WORD_START),
        ("rust", "frustrated with yaml", INSIDE_WORD),
        ("rust", "trusted boot, trustworthy builds", INSIDE_WORD),
        ("rust", "go and zig", None),
        ("no_std", "rust for embedded: no_std in practice", WHOLE_WORD),
        ("c++", "modern c++20", WHOLE_WORD),  # a term ending in punctuation ends anywhere
        ("驾驶", "自动驾驶的工程实践", WHOLE_WORD),  # Chinese has no spaces between words
        ("ai", "ai for all", WHOLE_WORD),
        ("ai", "maintainers", INSIDE_WORD),
    ],
)
def test_word_match(term: str, text: str, kind: int | None) -> None:
    assert word_match(term, text) == kind


def test_a_word_anywhere_ranks_before_letters_inside_words_in_the_title() -> None:
    title_word = relevance(["rust"], ("rust in the kernel", "", ""))
    speaker_start = relevance(["rust"], ("frustrated with yaml", "rusty jones", ""))
    abstract_word = relevance(["rust"], ("memory safety", "", "c++, swift and rust"))
    inside_only = relevance(["rust"], ("trusted boot", "", "trust and frustration"))
    assert title_word < speaker_start < abstract_word < inside_only


def test_the_weakest_term_decides() -> None:
    both_in_title = relevance(["rust", "kernel"], ("rust in the kernel", "", ""))
    one_in_body = relevance(["rust", "kernel"], ("rust drivers", "", "mainline kernel"))
    one_inside = relevance(["rust", "kernel"], ("rust drivers", "", "kernels"))
    assert both_in_title < one_in_body < one_inside


def test_chinese_matching_is_folded_as_before() -> None:
    assert normalize("自動駕駛") == normalize("自动驾驶") == "自动驾驶"
    assert word_match(normalize("自動駕駛"), normalize("端到端自动驾驶")) == WHOLE_WORD
