"""Damaged input for every reader: only FormatError comes out, and a refused file writes nothing.

Each registered schedule reader gets random bytes, truncations, byte mutations and splices of
a sample file of its format, imported through ``Planner.import_file`` into one database that
holds the bundled catalog and a pick; the agenda loader gets the same treatment through
``Planner.open_agenda``. After every refusal the database must be exactly as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.formats.errors import FormatError
from planner.formats.registry import readers
from planner.services.planner import Planner

PROJECT = Path(__file__).resolve().parents[2]

SAMPLES: dict[str, str | Path] = {  # the project's own samples (tests/fixtures and others)
    "frab-xml": "pretalx/pretalx-camp.xml",
    "frab-json": "frab/tinyconf-2025.json",
    "ics": "ics/utc-feed.ics",
    "gtc-csv": "gtc/catalog-excerpt.csv",
    "xcal": PROJECT / "tests/formats/cases/tiny.xcal",
    "gtc-summary": PROJECT / "data/gtc2025/004_f2c6de7c0709f0ff.txt",
    "c3voc-schedule2": PROJECT / "tests/formats/cases/tiny_schema2.json",
}
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def planner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Planner]:
    folder = tmp_path_factory.mktemp("fuzz")
    with Planner(folder / "planner.sqlite3") as planner:
        planner.ensure_bundled_catalog()
        planner.bookmark(["S72484"], priority=5, note="must survive every bad file")
        yield planner


def _state(planner: Planner) -> tuple[object, ...]:
    """What a user would see change: the conferences, their sessions, and the picks."""
    conferences = [(i.conference, i.events) for i in planner.conferences()]
    listings = [tuple(planner.listing(c.id)) for c, _ in conferences]
    return conferences, listings, planner.picks()


@st.composite
def damaged(draw: st.DrawFn, sample: bytes) -> bytes:
    """Bytes that look more or less like ``sample``."""
    kind = draw(st.sampled_from(("random", "head", "truncate", "mutate", "splice")))
    if kind == "random":
        return draw(st.binary(max_size=4096))
    if kind == "head":  # the reader is chosen by its head: what follows is noise
        return sample[: draw(st.integers(0, 200))] + draw(st.binary(max_size=4096))
    if kind == "truncate":
        return sample[: draw(st.integers(0, len(sample)))]
    if kind == "mutate":
        data = bytearray(sample)
        for _ in range(draw(st.integers(1, 24))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    start = draw(st.integers(0, len(sample)))
    stop = draw(st.integers(start, len(sample)))
    at = draw(st.integers(0, len(sample)))
    return sample[:at] + sample[start:stop] + sample[at:]


def test_every_reader_has_a_sample_to_fuzz():
    assert {reader.name for reader in readers()} <= set(SAMPLES)


def _import_or_refuse(planner: Planner, path: Path, data: bytes) -> None:
    path.write_bytes(data)
    before = _state(planner)
    try:
        planner.import_file(path)
    except FormatError as refused:
        assert str(refused).startswith(str(path))
        assert _state(planner) == before
    assert planner.picks()["gtc2025/S72484"].note == "must survive every bad file"


@pytest.mark.parametrize("reader_name", sorted(SAMPLES))
def test_a_damaged_schedule_raises_only_format_error_and_writes_nothing(
    planner, fixtures, tmp_path_factory, reader_name
):
    sample = SAMPLES[reader_name]
    sample_path = sample if isinstance(sample, Path) else fixtures / sample
    sample = sample_path.read_bytes()
    target = tmp_path_factory.mktemp(reader_name) / f"schedule{sample_path.suffix}"

    @FUZZ
    @given(data=damaged(sample))
    def check(data: bytes) -> None:
        _import_or_refuse(planner, target, data)

    check()


def test_a_damaged_agenda_raises_only_format_error_and_writes_nothing(planner, tmp_path_factory):
    folder = tmp_path_factory.mktemp("agenda")
    shared = ["gtc2025/S74495", "gtc2025/S72443"]
    planner.bookmark(shared, priority=2, note="shared\nwith two lines, 兩行")
    planner.save_agenda(folder / "saved.yaml")
    sample = (folder / "saved.yaml").read_bytes()
    target = folder / "agenda.yaml"

    @FUZZ
    @given(data=damaged(sample))
    def check(data: bytes) -> None:
        target.write_bytes(data)
        before = planner.picks()
        try:
            planner.open_agenda(target, "merge")
        except FormatError as refused:
            assert str(refused).startswith(str(target)) and "\n" not in str(refused)
            assert planner.picks() == before

    check()


def test_a_refusal_is_one_line_even_when_the_file_has_an_escaped_line_break(planner, tmp_path):
    feed = tmp_path / "feed.ics"
    feed.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nBEGIN:one\\ntwo\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with pytest.raises(FormatError) as refused:
        planner.import_file(feed)
    assert "\n" not in str(refused.value)
