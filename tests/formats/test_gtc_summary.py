"""The GTC 2025 summary reader, on the bundled seed files and on variants written from them."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.formats.errors import FormatError
from planner.formats.gtc_summary import (
    SummaryDocument,
    SummaryEntry,
    merge_summaries,
    read_summary,
)

FILE_000 = "000_8fd0704430192152.txt"
FILE_004 = "004_f2c6de7c0709f0ff.txt"
SHARED_TITLE = "NVIDIA 全面赋能端到端自动驾驶"
SEVEN_TRACKS = (
    "Keynote",
    "Quantum Computing",
    "Business / Executive",
    "Technical - Beginner",
    "General Interest",
    "Technical - Intermediate",
    "Technical - Advanced",
)


@pytest.fixture(scope="module")
def doc000(gtc_data: Path) -> SummaryDocument:
    return read_summary(gtc_data / FILE_000)


@pytest.fixture(scope="module")
def doc004(gtc_data: Path) -> SummaryDocument:
    return read_summary(gtc_data / FILE_004)


def by_title(entries: tuple[SummaryEntry, ...], title: str) -> SummaryEntry:
    (entry,) = [entry for entry in entries if entry.title == title]
    return entry


def by_code(entries: tuple[SummaryEntry, ...], code: str) -> SummaryEntry:
    (entry,) = [entry for entry in entries if entry.code == code]
    return entry


def content(document: SummaryDocument) -> tuple[object, ...]:
    """Everything a reader yields except the path it was read from."""
    return (document.header_title, document.header_lines, document.tracks, document.entries)


def write(folder: Path, name: str, data: bytes | str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def seed_lines(gtc_data: Path, name: str) -> list[str]:
    return (gtc_data / name).read_text(encoding="utf-8").split("\n")


# --- the seed files as a user sees them -------------------------------------------------------


def test_session_counts_per_file_and_merged(doc000: SummaryDocument, doc004: SummaryDocument):
    _, merged = merge_summaries([doc004, doc000])
    assert (len(doc000.entries), len(doc004.entries), len(merged)) == (15, 7, 21)


def test_tracks_in_file_order(doc000: SummaryDocument, doc004: SummaryDocument):
    assert doc004.tracks == SEVEN_TRACKS
    assert doc000.tracks == ("Technical - Advanced",)
    assert {entry.track for entry in doc000.entries} == {"Technical - Advanced"}
    assert [entry.track for entry in doc004.entries] == list(SEVEN_TRACKS)


def test_merged_tracks_in_first_seen_order(doc000: SummaryDocument, doc004: SummaryDocument):
    assert merge_summaries([doc004, doc000])[0] == SEVEN_TRACKS
    assert merge_summaries([doc000, doc004])[0] == ("Technical - Advanced", *SEVEN_TRACKS[:-1])


def test_conference_header_is_not_a_track(doc000: SummaryDocument, doc004: SummaryDocument):
    assert doc004.header_title == "開發人員人工智慧大會|NVIDIA GTC 2025"
    assert doc004.header_lines[0] == "2025年 3 月 17 ─ 3月21 日"
    assert len(doc004.header_lines) == 3
    assert doc004.header_lines[2].startswith("NVIDIA 執行長黃仁勳")
    assert doc004.header_title not in doc004.tracks
    assert (doc000.header_title, doc000.header_lines) == (None, ())


def test_codes_found_in_headings(doc000: SummaryDocument, doc004: SummaryDocument):
    assert [entry.code for entry in doc004.entries if entry.code] == ["S74495", "S73541", "S72890"]
    assert [entry.code for entry in doc000.entries if entry.code] == ["S71296"]
    rail = by_code(doc000.entries, "S71296")
    assert rail.title == "Leverage Tailored LLMs for Improved Insights in Rail Transportation"
    assert rail.source == f"{FILE_000}:44"


def test_keynote_fields(doc004: SummaryDocument):
    keynote = doc004.entries[0]
    assert keynote.title == "GTC 2025 Keynote with nvidia ceo jensen huang"
    assert (keynote.code, keynote.track, keynote.source) == (None, "Keynote", f"{FILE_004}:7")
    assert keynote.summary.startswith("概述了 NVIDIA")
    assert len(keynote.highlights) == 5
    assert keynote.highlights[0] == "Blackwell 架構全面投產，客戶需求強勁。"
    assert keynote.topics == ("AI 基礎設施", "加速計算", "AI 工廠", "Agentic AI", "Physical AI")


def test_quantum_panel_code_and_topics(doc004: SummaryDocument):
    panel = by_code(doc004.entries, "S74495")
    assert panel.title == "Quantum Computing Where We Are and Where We’re Headed"
    assert panel.track == "Quantum Computing"
    assert panel.topics == ("量子計算", "量子錯誤校正", "量子應用", "混合計算")
    assert len(panel.highlights) == 4


def test_bold_bullet_highlights_and_inline_topics(doc004: SummaryDocument):
    startup = by_code(doc004.entries, "S73541")
    assert startup.title == "Insights and Strategies For Scaling Your Startup"
    assert startup.summary.startswith("概述了在歐洲擴展 AI 新創公司")
    assert len(startup.highlights) == 4
    assert startup.highlights[1] == "人才爭奪激烈，需要創新的方法來吸引和留住頂尖人才。"
    assert startup.topics == ("AI 新創公司擴展策略", "歐洲新創生態系統")


def test_topics_from_a_bullet_list(doc000: SummaryDocument):
    cockpit = by_title(doc000.entries, "NVIDIA 革新智能座舱技术发展")
    assert cockpit.topics == ("生成式AI應用", "大模型推理優化", "端側部署")
    assert len(cockpit.highlights) == 5


def test_ascii_comma_topics(doc004: SummaryDocument):
    assert by_code(doc004.entries, "S72890").topics == ("Edge Computing", "Robotics", "AI")


def test_bold_leads_keep_their_words_without_markers(
    doc000: SummaryDocument, doc004: SummaryDocument
):
    shared = by_title(doc000.entries, SHARED_TITLE)
    assert shared.highlights[0].startswith("World Model: 介紹了 World Model 的起源")
    world = by_title(doc000.entries, "基于端到端世界模型的生成式智驾体验")
    # A full-width colon after a bold lead needs no blank: the reader drops it.
    assert world.highlights[0].startswith("端到端世界模型：卓域正在開發")
    texts = [
        text
        for entry in doc000.entries + doc004.entries
        for text in (entry.summary, *entry.highlights, *entry.topics)
    ]
    assert not [text for text in texts if "**" in text or text.startswith(("*", "#"))]


def test_key_takeaways_paragraph_is_the_summary(doc000: SummaryDocument, gtc_data: Path):
    assert doc000.entries[0].summary == seed_lines(gtc_data, FILE_000)[6]
    assert doc000.entries[0].source == f"{FILE_000}:3"


def test_shared_session_is_merged_with_both_sources(
    doc000: SummaryDocument, doc004: SummaryDocument
):
    _, merged = merge_summaries([doc004, doc000])
    shared = by_title(merged, SHARED_TITLE)
    assert shared.source == f"{FILE_004}:74; {FILE_000}:3"
    assert shared.topics == ("自動駕駛", "World Model", "神經重建", "訓練優化")
    assert len({entry.title for entry in merged}) == 21


# --- merging ----------------------------------------------------------------------------------


def tiny(track: str, heading: str, summary: str = "一句摘要。", topics: str = "甲、乙") -> str:
    """A one-session summary file in the heading layout."""
    lines = [f"# {track}", f"## {heading}", f"### {summary}", "### 重點摘要：", "*   一點。"]
    return "\n".join([*lines, f"### Topic: {topics}", ""])


def test_merge_fills_an_empty_code_from_the_later_file(doc000: SummaryDocument, tmp_path: Path):
    file_text = tiny("Automotive", f"{SHARED_TITLE} [S70001]")
    later = read_summary(write(tmp_path, "later.txt", file_text))
    tracks, merged = merge_summaries([doc000, later])
    shared = by_title(merged, SHARED_TITLE)
    assert (len(merged), tracks) == (15, ("Technical - Advanced",))
    assert (shared.code, shared.track) == ("S70001", "Technical - Advanced")
    assert shared.summary == doc000.entries[0].summary
    assert shared.source == f"{FILE_000}:3; later.txt:2"


def test_merge_by_code_keeps_the_first_title(doc004: SummaryDocument, tmp_path: Path):
    later = read_summary(write(tmp_path, "b.txt", tiny("Quantum", "Quantum panel [S74495]")))
    _, merged = merge_summaries([doc004, later])
    assert len(merged) == 7
    panel = by_code(merged, "S74495")
    assert panel.title.startswith("Quantum Computing Where We Are")
    assert panel.source == f"{FILE_004}:21; b.txt:2"


def test_merge_by_title_ignores_width_case_and_spacing(doc004: SummaryDocument, tmp_path: Path):
    heading = "ＧＴＣ 2025  KEYNOTE with NVIDIA CEO Jensen Huang"
    later = read_summary(write(tmp_path, "c.txt", tiny("Keynote", heading)))
    _, merged = merge_summaries([doc004, later])
    assert len(merged) == 7
    assert merged[0].source == f"{FILE_004}:7; c.txt:2"


def test_same_title_under_two_codes_stays_two_sessions(tmp_path: Path):
    first = read_summary(write(tmp_path, "a.txt", tiny("T", "Repeated talk [S10001]")))
    second = read_summary(write(tmp_path, "b.txt", tiny("T", "Repeated talk [S10002]")))
    _, merged = merge_summaries([first, second])
    assert [entry.code for entry in merged] == ["S10001", "S10002"]


# --- the same content written differently reads the same --------------------------------------


def swap_label_colons(text: str) -> str:
    def swap(match: re.Match[str]) -> str:
        return match[1] + ("：" if match[2] == ":" else ":")

    return re.sub(r"(重點摘要|Topic)([:：])", swap, text)


VARIANTS: dict[str, Callable[[str], bytes]] = {
    "crlf": lambda text: text.replace("\n", "\r\n").encode(),
    "cr only": lambda text: text.replace("\n", "\r").encode(),
    "trailing spaces": lambda text: "\n".join(line + " \t  " for line in text.split("\n")).encode(),
    "swapped colons": lambda text: swap_label_colons(text).encode(),
    "bom": lambda text: codecs.BOM_UTF8 + text.encode(),
}


@pytest.mark.parametrize("name", [FILE_000, FILE_004])
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variants_read_identically(gtc_data: Path, tmp_path: Path, name: str, variant: str):
    text = (gtc_data / name).read_text(encoding="utf-8")
    data = VARIANTS[variant](text)
    assert data != text.encode()
    assert content(read_summary(write(tmp_path, name, data))) == content(
        read_summary(gtc_data / name)
    )


# --- malformed files ---------------------------------------------------------------------------


def drop_lines(lines: list[str], *numbers: int) -> str:
    return "\n".join(line for number, line in enumerate(lines, 1) if number not in numbers)


def insert_line(lines: list[str], after: int, new: str) -> str:
    return "\n".join([*lines[:after], new, *lines[after:]])


def replace_line(lines: list[str], number: int, new: str) -> str:
    return "\n".join([*lines[: number - 1], new, *lines[number:]])


def bad_byte_in_line_50(data: bytes) -> bytes:
    start = [i for i, byte in enumerate(data) if byte == ord("\n")][48] + 1
    return data[: start + 3] + b"\xff" + data[start + 3 :]


MALFORMED: dict[str, tuple[str, Callable[[list[str], bytes], bytes | str], int, str]] = {
    "session before any track": (FILE_000, lambda ls, _: drop_lines(ls, 1), 2, "before any track"),
    "missing summary (heading layout)": (
        FILE_004,
        lambda ls, _: drop_lines(ls, 22),
        21,
        "no summary",
    ),
    "missing summary (key takeaways layout)": (
        FILE_000,
        lambda ls, _: drop_lines(ls, 7),
        3,
        "no summary",
    ),
    "missing highlights": (FILE_004, lambda ls, _: drop_lines(ls, 23, 24, 25, 26, 27), 21, "no hi"),
    "missing topics": (FILE_004, lambda ls, _: drop_lines(ls, 28), 21, "no topics"),
    "missing bold inline topics": (FILE_004, lambda ls, _: drop_lines(ls, 39), 31, "no topics"),
    "invalid utf-8": (FILE_000, lambda _, data: bad_byte_in_line_50(data), 50, "UTF-8"),
    "invalid utf-8 after a bom": (FILE_004, lambda _, d: codecs.BOM_UTF8 + b"#\xc3(", 1, "UTF-8"),
    "empty file": (FILE_000, lambda _ls, _d: b"", 1, "no session"),
    "header only": (FILE_004, lambda ls, _: "\n".join(ls[:5]) + "\n", 5, "no session"),
    "plain prose": (FILE_000, lambda _ls, _d: "\nJust a paragraph.\nAnd more.\n", 2, "before"),
    "empty title": (FILE_004, lambda ls, _: replace_line(ls, 42, "## [S72890]"), 42, "no title"),
    "empty track": (FILE_004, lambda ls, _: replace_line(ls, 41, "# "), 41, "no name"),
    "same code on two titles": (
        FILE_004,
        lambda ls, _: replace_line(ls, 42, "## Edge Computing 101 [S74495]"),
        42,
        "S74495",
    ),
    "text under a track before its sessions": (
        FILE_000,
        lambda ls, _: insert_line(ls, 1, "An intro to the track."),
        2,
        "before the first session",
    ),
    "text between sessions": (
        FILE_000,
        lambda ls, _: replace_line(ls, 15, "Stray prose after a separator."),
        15,
        "outside a session",
    ),
    "a second header": (
        FILE_004,
        lambda ls, _: insert_line(ls, 5, "# Another header\nMore prose."),
        7,
        "outside a session",
    ),
    "unknown heading in a session": (
        FILE_004,
        lambda ls, _: insert_line(ls, 28, "### Speakers: somebody"),
        29,
        "unexpected heading",
    ),
    "list item before the highlights": (
        FILE_000,
        lambda ls, _: insert_line(ls, 7, "*   a stray item"),
        8,
        "list item",
    ),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_file_names_file_and_line(gtc_data: Path, tmp_path: Path, case: str):
    name, make, line, words = MALFORMED[case]
    data = (gtc_data / name).read_bytes()
    path = write(tmp_path, name, make(data.decode("utf-8").split("\n"), data))
    with pytest.raises(FormatError) as caught:
        read_summary(path)
    assert caught.value.line == line
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert words in str(caught.value)


# --- nothing but FormatError, whatever the input -----------------------------------------------

FRAGMENTS = [
    "",
    " ",
    "# Track",
    "#",
    "# ",
    "## Title [S12345]",
    "## Title",
    "## [S1234a]",
    "##",
    "### Key Takeaways",
    "### 一句摘要。",
    "### 重點摘要：",
    "### Topic:",
    "### Topic: 甲、乙, 丙，丁",
    "###",
    "#### deep",
    "*   一點。",
    "*   **World Model:** 文字",
    "*   **重點摘要：**",
    "    *   nested",
    "*   **Topic:** a、b",
    "*",
    "-",
    "* * *",
    "---",
    "***",
    "Plain text.",
    "**bold**",
    "\ufeff# BOM",
    "\r",
]


def check_reads_or_fails_cleanly(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        document = read_summary(path)
    except FormatError as error:
        assert str(error).startswith(str(path))
        return
    for entry in document.entries:
        assert entry.title and entry.summary and entry.highlights and entry.topics
        assert entry.track in document.tracks


@pytest.fixture(scope="module")
def fuzz_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "fuzz.txt"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text())
def test_random_text_raises_only_format_error(fuzz_path: Path, text: str):
    check_reads_or_fails_cleanly(fuzz_path, text.encode("utf-8", "surrogatepass"))


@settings(max_examples=300, deadline=None)
@given(data=st.binary())
def test_random_bytes_raise_only_format_error(fuzz_path: Path, data: bytes):
    check_reads_or_fails_cleanly(fuzz_path, data)


@settings(max_examples=500, deadline=None)
@given(lines=st.lists(st.sampled_from(FRAGMENTS), max_size=30))
def test_random_layouts_raise_only_format_error(fuzz_path: Path, lines: list[str]):
    check_reads_or_fails_cleanly(fuzz_path, "\n".join(lines).encode())
