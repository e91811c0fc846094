"""The GTC 2025 catalog CSV reader: the project's samples of both layouts, and the real scrape.

The samples (tests/fixtures/gtc) hold one row for every kind of damage the reader repairs; the
real scrape and its excerpt (the shared corpus's gtc/, see its FACTS.md) add their own facts.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.model import Catalog, Session, TimeStatus
from planner.formats.errors import FormatError
from planner.formats.gtc_csv import READER
from planner.formats.registry import ReadOptions
from tests.damage import damaged

SCRAPE = "catalog-scrape.csv"  # the project's samples of the two layouts (tests/fixtures/gtc)
EXCERPT = "catalog-excerpt.csv"
REAL_SCRAPE = "hmisra_gtc2025_sessions_extracted.csv"  # the shared corpus's real files
REAL_EXCERPT = "gtc2025_relevant_sessions_excerpt.csv"
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def read(path: Path, data: bytes | None = None, **options: Any) -> Catalog:
    raw = path.read_bytes() if data is None else data
    return READER.read(path, raw, ReadOptions(**options))


@pytest.fixture(scope="module")
def samples(fixtures: Path) -> Path:
    return fixtures / "gtc"


@pytest.fixture(scope="module")
def undated(samples: Path) -> dict[str, Session]:
    return {s.code or "": s for s in read(samples / SCRAPE).sessions}


@pytest.fixture(scope="module")
def dated(samples: Path) -> dict[str, Session]:
    catalog = read(samples / SCRAPE, date=date(2025, 3, 18))
    return {s.code or "": s for s in catalog.sessions}


def utc(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# ---- The scrape's layout (one row per speaker) ------------------------------------------------


def test_the_scrape_gives_one_session_per_code(samples: Path) -> None:
    catalog = read(samples / SCRAPE)
    assert len(catalog.sessions) == 13  # from 16 rows: the panel has four
    assert len({s.key for s in catalog.sessions}) == 13
    assert all(s.key == f"gtc2025-catalog/{s.code}" for s in catalog.sessions)
    assert not any(s.title.endswith(f"[{s.code}]") or not s.title for s in catalog.sessions)
    # Other brackets are part of the title.
    assert any(s.title.endswith("[Spoken in Korean, 한국어 진행]") for s in catalog.sessions)


def test_the_conference_is_gtc_2025_in_san_jose_time(samples: Path) -> None:
    conference = read(samples / EXCERPT).conference
    assert conference.id == "gtc2025-catalog"
    assert conference.title == "NVIDIA GTC 2025 (session catalog)"
    assert conference.timezone == "America/Los_Angeles"
    assert (conference.first_day, conference.last_day) == (date(2025, 3, 17), date(2025, 3, 21))


def test_without_a_date_nothing_is_scheduled(undated: dict[str, Session]) -> None:
    assert all(s.time_status is TimeStatus.UNSCHEDULED for s in undated.values())
    assert all(s.start is None and s.end is None for s in undated.values())
    keynote = undated["S90001"]
    assert keynote.time_note == "Catalog time 10:00-12:00 PDT; the date is not published."


def test_with_a_date_the_keynote_is_placed_and_marked_assumed(dated: dict[str, Session]) -> None:
    keynote = dated["S90001"]
    assert keynote.title == "Opening Keynote"
    # 10:00-12:00 PDT (UTC-7) on 18 March 2025.
    assert (keynote.start, keynote.end) == (utc(2025, 3, 18, 17, 0), utc(2025, 3, 18, 19, 0))
    assert keynote.time_status is TimeStatus.ASSUMED
    assert keynote.day == date(2025, 3, 18)
    assert "assumed" in keynote.time_note and "10:00-12:00 PDT" in keynote.time_note
    assert keynote.speakers == ("Jordan Lee",)
    assert keynote.track == "Talks and panels"
    assert keynote.url is not None and keynote.url.startswith("https://register.example.com/")


def test_a_session_past_midnight_ends_the_next_day(dated: dict[str, Session]) -> None:
    late = dated["S90004"]  # 23:30-00:10 PDT
    assert (late.start, late.end) == (utc(2025, 3, 19, 6, 30), utc(2025, 3, 19, 7, 10))
    assert late.day == date(2025, 3, 18)


def test_corrupted_time_fields_stay_unscheduled(
    undated: dict[str, Session], dated: dict[str, Session]
) -> None:
    # S90005 has abstract text in its time field; C90006 has the first of several exam days,
    # so that "Monday, Mar 17" is not its date either.
    for code in ("S90005", "C90006"):
        for sessions in (undated, dated):
            session = sessions[code]
            assert session.time_status is TimeStatus.UNSCHEDULED, code
            assert "time is unknown" in session.time_note
    assert dated["S90005"].room == "APAC Simulive Room 5"
    assert dated["P90008"].time_note == "The catalog gives no time."


def test_speakers_are_merged_from_every_row(undated: dict[str, Session]) -> None:
    panel = undated["S90002"]
    assert panel.speakers == ("Jordan Lee", "Théo Marchand", "Loïc Bernard", "Alice Wong")
    assert panel.title == "Quantum Computing: Where We Are and Where We’re Headed"
    assert panel.summary.startswith("Doors open at 9:00 a.m.")
    assert "\nA panel of builders" in panel.summary  # the quoted abstract's line break


def test_cjk_titles_are_intact(undated: dict[str, Session]) -> None:
    assert undated["S90003"].title == "使用投机采样提升 LLM 推理效率"
    assert undated["S90004"].title == "GLake：大模型训练和推理的显存优化探索"
    assert undated["S90013"].title == "Isaac PerceptorとAutowareを組み合わせた自動運転"
    assert sum(1 for s in undated.values() if CJK.search(s.title)) == 3


def test_simulive_rooms_are_recorded_broadcasts(undated: dict[str, Session]) -> None:
    talk = undated["S90003"]
    assert talk.room == "APAC Simulive Room 4"
    assert (talk.delivery, talk.recorded) == ("simulive", True)
    assert (undated["S90001"].delivery, undated["S90001"].recorded) == ("in-person", False)
    assert undated["WP90009"].recorded is True  # it has a replay link


def test_scrape_damage_in_titles_and_rooms_is_repaired(undated: dict[str, Session]) -> None:
    # "[EXS90007 ]" has a space inside the brackets; P90008's room column repeats its title.
    assert undated["EXS90007"].title == "Faster inference in practice (Presented by Example Corp)"
    assert undated["P90008"].room is None
    assert undated["DLIW90010"].title == "Building AI Agents With Multimodal Models"


def test_tracks_come_from_the_code_prefix(undated: dict[str, Session]) -> None:
    assert undated["P90008"].track == "Posters"
    assert undated["WP90009"].track == "Watch parties"
    assert undated["DLIW90010"].track == "Full-day workshops"
    assert undated["EXS90007"].track == "Sponsor talks"
    assert undated["C90006"].track == "Certification"
    assert undated["DD90011"].track is None  # a prefix the catalog does not explain


def test_conference_id_can_be_given(samples: Path) -> None:
    catalog = read(samples / EXCERPT, conference_id="gtc25")
    assert catalog.conference.id == "gtc25"
    assert all(s.key.startswith("gtc25/") for s in catalog.sessions)


# ---- The excerpt's layout (record_no, code, title, date_time, location, url) ------------------


def test_the_excerpt_reads_one_session_per_code(samples: Path) -> None:
    path = samples / EXCERPT
    codes = re.findall(r"^\d+,([A-Z]+\d+[a-z]?),", path.read_text(encoding="utf-8"), re.M)
    assert len(codes) == 5
    catalog = read(path, date=date(2025, 3, 18))
    assert [s.code for s in catalog.sessions] == list(dict.fromkeys(codes))
    keynote = next(s for s in catalog.sessions if s.code == "S90001")
    assert keynote.start == utc(2025, 3, 18, 17, 0)
    assert keynote.speakers == ()  # the excerpt has no speaker column
    assert sum(1 for s in catalog.sessions if CJK.search(s.title)) == 2
    python = next(s for s in catalog.sessions if s.code == "S90015")
    assert python.title == "Accelerated Python: the community and its tools"  # two spaces


def test_sniff_knows_both_headers_and_nothing_else(fixtures: Path, samples: Path) -> None:
    for name in (SCRAPE, EXCERPT):
        assert READER.sniff((samples / name).read_bytes()[:65536])
    assert READER.sniff(b"\xef\xbb\xbfrecord_no,code,title,date_time,location,url\r\n")
    assert not READER.sniff((fixtures / "ics" / "utc-feed.ics").read_bytes()[:65536])
    assert not READER.sniff(b"code,title\n")


# ---- The real scrape and its excerpt (the shared corpus) -------------------------------------


@pytest.fixture(scope="module")
def real_undated(corpus: Path) -> dict[str, Session]:
    return {s.code or "": s for s in read(corpus / "gtc" / REAL_SCRAPE).sessions}


def test_the_real_scrape_gives_one_session_per_code(corpus: Path) -> None:
    catalog = read(corpus / "gtc" / REAL_SCRAPE)
    assert len(catalog.sessions) == 1231
    assert len({s.key for s in catalog.sessions}) == 1231
    assert all(s.key == f"gtc2025-catalog/{s.code}" for s in catalog.sessions)
    assert not any(s.title.endswith(f"[{s.code}]") or not s.title for s in catalog.sessions)
    assert any(s.title.endswith("[Spoken in Korean, 한국어 진행]") for s in catalog.sessions)


def test_the_real_keynote_is_placed_on_a_given_date(corpus: Path) -> None:
    dated = {s.code: s for s in read(corpus / "gtc" / REAL_SCRAPE, date=date(2025, 3, 18)).sessions}
    keynote = dated["S72484"]
    assert keynote.title == "GTC 2025 Keynote"
    assert (keynote.start, keynote.end) == (utc(2025, 3, 18, 17, 0), utc(2025, 3, 18, 19, 0))
    assert keynote.time_status is TimeStatus.ASSUMED
    assert keynote.speakers == ("Jensen Huang",)
    late = dated["S72672"]  # 23:30-00:10 PDT
    assert (late.start, late.end) == (utc(2025, 3, 19, 6, 30), utc(2025, 3, 19, 7, 10))


def test_the_real_scrapes_damage_is_repaired(real_undated: dict[str, Session]) -> None:
    for code in ("S74181", "C74436"):
        assert real_undated[code].time_status is TimeStatus.UNSCHEDULED, code
        assert "time is unknown" in real_undated[code].time_note
    panel = real_undated["S74495"]
    assert len(panel.speakers) == 15 and panel.speakers[0] == "Jensen Huang"
    assert "Théau Peronnin" in panel.speakers and "Loïc Henriet" in panel.speakers
    assert real_undated["EXS74490"].title.endswith("(Presented by Simplismart)")
    assert real_undated["P73599"].room is None
    assert real_undated["S72643"].title == "使用投机采样和计算通信 Overlap 提升 LLM 推理效率"
    assert sum(1 for s in real_undated.values() if CJK.search(s.title)) == 68
    assert (real_undated["S72643"].delivery, real_undated["S72643"].recorded) == ("simulive", True)
    assert real_undated["WP72450"].track == "Watch parties"
    assert real_undated["DD40000"].track is None


def test_the_real_excerpt_reads_one_session_per_code(corpus: Path) -> None:
    path = corpus / "gtc" / REAL_EXCERPT
    codes = re.findall(r"^\d+,([A-Z]+\d+[a-z]?),", path.read_text(encoding="utf-8"), re.M)
    assert len(codes) == 73
    catalog = read(path, date=date(2025, 3, 18))
    assert [s.code for s in catalog.sessions] == list(dict.fromkeys(codes))
    assert sum(1 for s in catalog.sessions if CJK.search(s.title)) == 68
    for name in (REAL_SCRAPE, REAL_EXCERPT):
        assert READER.sniff((corpus / "gtc" / name).read_bytes()[:65536])


# ---- Bad input ----------------------------------------------------------------------------------


def expect_error(path: Path, data: bytes, line: int | None, words: str) -> None:
    with pytest.raises(FormatError) as caught:
        READER.read(path, data, ReadOptions())
    assert caught.value.line == line
    where = f"{path}:{line}" if line is not None else str(path)
    assert str(caught.value).startswith(f"{where}: ")
    assert words in str(caught.value)


def test_truncated_inside_a_quoted_abstract(samples: Path) -> None:
    path = samples / SCRAPE
    data = path.read_bytes()
    cut = data.index(b"Doors open at 9:00") + 10  # inside the third line's quoted abstract
    expect_error(path, data[:cut], 3, "not readable as CSV")


def test_truncated_between_fields(samples: Path) -> None:
    path = samples / EXCERPT
    data = path.read_bytes()
    cut = data.index(b"10:00 AM - 12:00 PM PDT,") + len(b"10:00 AM - 12:00 PM PDT")
    expect_error(path, data[:cut], 2, "4 fields where the header has 6")


def test_another_csv_header_is_refused(tmp_path: Path) -> None:
    expect_error(tmp_path / "other.csv", b"code,title\nS1,x\n", 1, "header")


def test_a_row_without_a_code(samples: Path) -> None:
    path = samples / EXCERPT
    lines = path.read_bytes().split(b"\n")
    assert lines[4].startswith(b"12,S90015,")
    lines[4] = lines[4].replace(b",S90015,", b",,").replace(b"[S90015]", b"")
    expect_error(path, b"\n".join(lines), 5, "no session code")


def test_invalid_utf8_and_empty_catalogs(samples: Path, tmp_path: Path) -> None:
    data = (samples / EXCERPT).read_bytes().replace("物理".encode(), b"\xff\xfe", 1)
    expect_error(tmp_path / "bad.csv", data, 4, "UTF-8")
    header = b"record_no,code,title,date_time,location,url\r\n"
    expect_error(tmp_path / "empty.csv", header, None, "no sessions")


# ---- Random damage ------------------------------------------------------------------------------

_CSV_TOKENS = [b'"', b",", b"\n", b"\r\n", b'""', b"\x00", b"PDT", b" - ", b"[S1234]", b"13:75 PM"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(draw=st.data(), on=st.sampled_from([None, date(2025, 3, 18)]))
def test_damaged_catalogs_raise_nothing_but_format_error(
    samples: Path, draw: st.DataObject, on: date | None
) -> None:
    data = draw.draw(
        damaged(tokens=_CSV_TOKENS, data=(samples / EXCERPT).read_bytes()),
        label="damaged catalog",
    )
    try:
        catalog = READER.read(Path("damaged.csv"), data, ReadOptions(date=on))
    except FormatError as error:
        assert str(error).startswith("damaged.csv")
    else:
        assert catalog.sessions
