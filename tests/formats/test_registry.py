"""The format registry: choosing a reader by content, the size limit, and errors naming the file."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from planner.core.model import Catalog, Conference, Session
from planner.formats import registry
from planner.formats.errors import FormatError
from planner.formats.registry import (
    SNIFF_BYTES,
    Reader,
    ReadOptions,
    find_reader,
    read_catalog,
    readers,
)


@pytest.fixture()
def scratch_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Readers registered by a test vanish after it; the built-in ones stay as they were."""
    readers()  # load the built-ins into the real registry first
    monkeypatch.setattr(registry, "_readers", dict(registry._readers))


@dataclass
class MagicReader:
    """A reader for a made-up format whose files start with a magic word."""

    name: str
    magic: bytes
    extensions: tuple[str, ...] = (".magic",)
    description: str = "a made-up format"
    failure: Exception | None = None
    sniff_failure: Exception | None = None
    seen: list[Path] = field(default_factory=list)

    def sniff(self, head: bytes) -> bool:
        if self.sniff_failure is not None:
            raise self.sniff_failure
        return head.startswith(self.magic)

    def read(self, path: Path, data: bytes, options: ReadOptions) -> Catalog:
        self.seen.append(path)
        if self.failure is not None:
            raise self.failure
        conference_id = options.conference_id or self.name
        session = Session(f"{conference_id}/1", conference_id, "A talk")
        return Catalog(Conference(conference_id, self.name, "UTC"), (session,))


def test_builtin_readers_are_registered() -> None:
    by_name = {reader.name: reader for reader in readers()}
    assert by_name["frab-xml"].extensions == (".xml",)
    assert by_name["frab-json"].extensions == (".json",)
    assert by_name["frab-xml"].description == "Pentabarf/frab/pretalx schedule.xml"
    assert all(isinstance(reader, Reader) for reader in readers())
    assert set(by_name) >= {"frab-xml", "frab-json", "ics", "xcal", "gtc-csv", "gtc-summary"}
    assert {reader.name for reader in registry.folder_readers()} == {"gtc-bundle"}


@pytest.mark.parametrize(
    ("source", "misleading_name", "reader_name", "count"),
    [
        ("pretalx/pretalx-camp.xml", "schedule.json", "frab-xml", 4),
        ("pretalx/democamp.json", "export.xml", "frab-json", 11),
        ("frab/tinyconf-2025.json", "tinyconf.ics", "frab-json", 13),
        ("frab/tinyconf-2025.xml", "download", "frab-xml", 13),
        ("ics/utc-feed.ics", "feed.xml", "ics", 4),
        ("gtc/catalog-excerpt.csv", "catalog.json", "gtc-csv", 5),
    ],
)
def test_content_decides_not_the_extension(
    tmp_path: Path,
    fixtures: Path,
    source: str,
    misleading_name: str,
    reader_name: str,
    count: int,
) -> None:
    path = tmp_path / misleading_name
    shutil.copyfile(fixtures / source, path)
    assert find_reader(path, path.read_bytes()[:SNIFF_BYTES]).name == reader_name
    assert len(read_catalog(path).sessions) == count


@pytest.mark.parametrize(
    ("source", "misleading_name", "reader_name", "count"),
    [
        ("pretalx_ubucon_eu2019_excerpt.xml", "schedule.json", "frab-xml", 4),
        ("voc_pretalx-democon.json", "export.xml", "frab-json", 36),
        ("voc_pretalx-rc3.json", "rc3.ics", "frab-json", 48),
    ],
)
def test_content_decides_not_the_extension_for_real_exports(
    tmp_path: Path,
    schedules: Path,
    source: str,
    misleading_name: str,
    reader_name: str,
    count: int,
) -> None:
    path = tmp_path / misleading_name
    shutil.copyfile(schedules / source, path)
    assert find_reader(path, path.read_bytes()[:SNIFF_BYTES]).name == reader_name
    assert len(read_catalog(path).sessions) == count


def test_a_head_cut_inside_a_long_tracks_block_is_recognised(fixtures: Path) -> None:
    # Large exports list dozens of tracks first: the sniffed head may end before any event.
    data = (fixtures / "frab" / "tinyconf-2025.xml").read_bytes()
    head = data[: data.index(b"<day ")]
    assert find_reader(Path("agenda.ics"), head).name == "frab-xml"


@pytest.mark.parametrize("source", ["fosdem_2025.xml", "fosdem_2007.xml", "fosdem_2026.xml"])
def test_large_xml_heads_are_recognised(schedules: Path, source: str) -> None:
    with (schedules / source).open("rb") as stream:
        head = stream.read(SNIFF_BYTES)
    assert find_reader(Path("agenda.ics"), head).name == "frab-xml"


def test_json_head_with_schema_key_first_is_recognised(fixtures: Path) -> None:
    head = (fixtures / "pretalx" / "democamp.json").read_bytes()[:SNIFF_BYTES]
    assert head.startswith(b'{\n  "$schema"')
    assert find_reader(Path("camp.txt"), head).name == "frab-json"


def test_unknown_format_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.xml"
    path.write_text("Meet Anna at the keynote, 9:00 in hall 3.\n", encoding="utf-8")
    with pytest.raises(FormatError, match="not a schedule format the planner knows") as caught:
        read_catalog(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert caught.value.path == str(path)


def test_other_xml_is_not_taken_for_a_schedule(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text('<?xml version="1.0"?>\n<!-- a feed -->\n<rss version="2.0"/>\n')
    with pytest.raises(FormatError, match="not a schedule format"):
        read_catalog(path)


def test_empty_missing_and_directory_paths_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    with pytest.raises(FormatError, match="the file is empty"):
        read_catalog(empty)
    with pytest.raises(FormatError, match="no such file"):
        read_catalog(tmp_path / "absent.xml")
    with pytest.raises(FormatError, match="a folder the planner cannot import"):
        read_catalog(tmp_path)


def test_files_over_the_size_limit_are_refused(
    tmp_path: Path, fixtures: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "democamp.json"
    shutil.copyfile(fixtures / "pretalx" / "democamp.json", path)
    size = path.stat().st_size
    monkeypatch.setattr(registry, "MAX_SCHEDULE_BYTES", 1_000)
    with pytest.raises(FormatError, match="too large") as caught:
        read_catalog(path)
    assert f"{size:,} bytes" in str(caught.value)
    monkeypatch.setattr(registry, "MAX_SCHEDULE_BYTES", size)
    assert len(read_catalog(path).sessions) == 11  # exactly at the limit is fine


@pytest.mark.usefixtures("scratch_registry")
def test_unexpected_reader_errors_become_format_errors(tmp_path: Path) -> None:
    broken = MagicReader("broken", b"BROKEN", failure=KeyError("rooms"))
    registry.register(broken)
    path = tmp_path / "x.magic"
    path.write_bytes(b"BROKEN schedule")
    with pytest.raises(
        FormatError, match=r"cannot read it as a made-up format \(KeyError"
    ) as caught:
        read_catalog(path)
    assert isinstance(caught.value.__cause__, KeyError)  # the bug stays visible
    assert broken.seen == [path]


@pytest.mark.usefixtures("scratch_registry")
def test_a_failing_sniff_becomes_a_format_error(tmp_path: Path) -> None:
    registry.register(MagicReader("sniffy", b"X", sniff_failure=IndexError("head too short")))
    path = tmp_path / "x.magic"
    path.write_bytes(b"anything")
    with pytest.raises(FormatError, match=r"reader failed on it \(IndexError") as caught:
        read_catalog(path)
    assert isinstance(caught.value.__cause__, IndexError)


@pytest.mark.usefixtures("scratch_registry")
def test_format_errors_from_readers_pass_through_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "x.magic"
    error = FormatError(path, "event 12 has no title")
    registry.register(MagicReader("picky", b"PICKY", failure=error))
    path.write_bytes(b"PICKY")
    with pytest.raises(FormatError) as caught:
        read_catalog(path)
    assert caught.value is error


@pytest.mark.usefixtures("scratch_registry")
def test_extension_breaks_a_tie_between_readers(tmp_path: Path) -> None:
    first = MagicReader("first", b"TIE", extensions=(".one",))
    second = MagicReader("second", b"TIE", extensions=(".two",))
    registry.register(first)
    registry.register(second)
    assert find_reader(tmp_path / "a.two", b"TIE...").name == "second"
    assert find_reader(tmp_path / "a.ONE", b"TIE...").name == "first"
    assert find_reader(tmp_path / "a.txt", b"TIE...").name == "first"  # registration order


@pytest.mark.usefixtures("scratch_registry")
def test_options_reach_the_reader(tmp_path: Path) -> None:
    registry.register(MagicReader("opts", b"OPTS"))
    path = tmp_path / "x.magic"
    path.write_bytes(b"OPTS")
    catalog = read_catalog(path, ReadOptions(conference_id="chosen"))
    assert catalog.conference.id == "chosen"


def test_the_conference_id_override_reaches_a_real_reader(fixtures: Path) -> None:
    path = fixtures / "pretalx" / "pretalx-camp.xml"
    catalog = read_catalog(path, ReadOptions(conference_id="ubucon-2019"))
    assert catalog.conference.id == "ubucon-2019"
    assert all(s.key.startswith("ubucon-2019/") for s in catalog.sessions)
