"""The shareable agenda file: round trips, hostile and broken files, matching, atomic writes."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from planner.core.model import PickState, Session, TimeStatus
from planner.formats.agenda_file import (
    FORMAT_NAME,
    AgendaEntry,
    AgendaFile,
    dump_agenda,
    load_agenda,
    match_entries,
)
from planner.formats.atomic import write_atomically
from planner.formats.errors import FormatError

KEYNOTE = AgendaEntry(
    key="gtc2025/S72484",
    code="S72484",
    title="GTC 2025 Keynote",
    start=datetime(2025, 3, 18, 17, 0, tzinfo=UTC),
    priority=5,
    note="坐前排，提早一小時排隊。\nBring the charger.",
    state=PickState.ATTENDING,
)
SPECULATIVE = AgendaEntry(
    key="gtc2025/S72643",
    code="S72643",
    title="使用投机采样和计算通信 Overlap 提升 LLM 推理效率",
    start=datetime(2025, 3, 18, 2, 30, tzinfo=UTC),
    priority=2,
    note="",
    state=PickState.ALTERNATIVE,
)
UNSCHEDULED = AgendaEntry(
    key="gtc2025/S74181",
    code=None,
    title="重塑短视频视觉体验，基于 TensorRT-LLM 加速的智能视频质量评价与处理大模型",
    start=None,
    priority=3,
    note="錄影上線後再看",
    state=PickState.WATCH_LATER,
)
AGENDA = AgendaFile(
    conference_id="gtc2025",
    conference_title="NVIDIA GTC 2025",
    timezone="America/Los_Angeles",
    saved_at=datetime(2025, 3, 10, 8, 30, tzinfo=UTC),
    owner="林小美",
    entries=(KEYNOTE, SPECULATIVE, UNSCHEDULED),
)


def saved(tmp_path: Path, data: bytes | str, name: str = "agenda.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def refusal(path: Path) -> FormatError:
    with pytest.raises(FormatError) as caught:
        load_agenda(path)
    assert caught.value.path == str(path)
    assert str(caught.value).startswith(f"{path}")
    return caught.value


def test_an_agenda_survives_a_round_trip(tmp_path: Path) -> None:
    assert load_agenda(saved(tmp_path, dump_agenda(AGENDA))) == AGENDA


def test_the_file_is_readable_by_a_person(tmp_path: Path) -> None:
    text = dump_agenda(AGENDA).decode("utf-8")
    assert text.startswith("# A Conference Planner agenda")
    assert "title: 使用投机采样和计算通信 Overlap 提升 LLM 推理效率" in text  # not \\u escapes
    assert "start: '2025-03-18T10:00:00-07:00'" in text  # the time on the conference's clock
    assert "  note: |-\n    坐前排，提早一小時排隊。\n    Bring the charger.\n" in text
    assert "state: watch-later" in text


def test_the_document_has_the_documented_shape() -> None:
    document = yaml.safe_load(dump_agenda(AGENDA))
    assert list(document) == ["format", "version", "conference", "saved_at", "owner", "picks"]
    assert document["format"] == FORMAT_NAME and document["version"] == 1
    assert document["conference"] == {
        "id": "gtc2025",
        "title": "NVIDIA GTC 2025",
        "timezone": "America/Los_Angeles",
    }
    assert list(document["picks"][0]) == [
        "key", "code", "title", "start", "priority", "note", "state"
    ]  # fmt: skip
    assert document["picks"][2]["start"] is None and document["picks"][2]["code"] is None


def test_a_hand_edited_file_with_plain_timestamps_and_no_note_is_read(tmp_path: Path) -> None:
    text = dump_agenda(AGENDA).decode("utf-8")
    text = text.replace("start: '2025-03-18T10:00:00-07:00'", "start: 2025-03-18 10:00:00-07:00")
    text = text.replace("  note: ''\n", "")
    agenda = load_agenda(saved(tmp_path, text))
    assert agenda.entries[0].start == KEYNOTE.start
    assert agenda.entries[1].note == ""


def test_a_byte_order_mark_from_a_windows_editor_is_accepted(tmp_path: Path) -> None:
    assert load_agenda(saved(tmp_path, b"\xef\xbb\xbf" + dump_agenda(AGENDA))) == AGENDA


def valid_text() -> str:
    return dump_agenda(AGENDA).decode("utf-8")


def line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


def test_a_python_object_tag_is_refused_and_never_run(tmp_path: Path) -> None:
    victim = tmp_path / "pwned"
    text = valid_text().replace(
        "owner: 林小美", f"owner: !!python/object/apply:os.system ['touch {victim}']"
    )
    error = refusal(saved(tmp_path, text))
    assert "Python object" in error.reason and "!!python/object/apply:os.system" in error.reason
    assert error.line == line_of(text, "owner:")
    assert not victim.exists()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (f"format: {FORMAT_NAME}", "format: frab-schedule", "not a Conference Planner agenda"),
        ("version: 1", "version: 99", "written by a newer Conference Planner"),
        ("version: 1", "version: '1'", "must be a whole number"),
        ("priority: 5", "priority: 9", "must be 1 to 5, not 9"),
        ("priority: 5", "priority: true", "must be a whole number"),
        ("state: attending", "state: going", "unknown state 'going'"),
        ("  title: GTC 2025 Keynote\n", "", "picks[0].title: missing"),
        ("title: GTC 2025 Keynote", "title: 2025", "must be text, not a number (put it in quotes)"),
        ("'2025-03-18T10:00:00-07:00'", "'2025-03-18T10:00:00'", "has no UTC offset"),
        ("'2025-03-18T10:00:00-07:00'", "'next tuesday'", "is not a date and time"),
        ("timezone: America/Los_Angeles", "timezone: Mars/Olympus", "unknown time zone"),
        ("key: gtc2025/S72643", "key: gtc2025/S72484", "gtc2025/S72484 is listed twice"),
        ("conference:\n", "conference: gtc2025\nold_conference:\n", "must be a mapping"),
    ],
)
def test_a_bad_field_is_refused_with_its_line(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    text = valid_text()
    assert old in text
    broken = text.replace(old, new, 1)
    error = refusal(saved(tmp_path, broken))
    assert message in error.reason
    assert error.line is not None
    position = broken.rindex(new) if new else text.index(old)
    assert broken[:position].count("\n") + 1 - error.line in (0, 1, 2, 3)  # at or just above


def test_a_file_over_10_mb_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as stream:  # sparse: 11 MB on paper, nothing on disk
        stream.write(dump_agenda(AGENDA))
        stream.truncate(11 * 1024 * 1024)
    assert "11.0 MB" in refusal(path).reason


def test_invalid_utf8_is_refused_with_its_line(tmp_path: Path) -> None:
    text = valid_text()
    data = text.replace("Bring the charger.", "Bring the charger\xe9.").encode("latin-1", "replace")
    error = refusal(saved(tmp_path, data))
    assert "not UTF-8" in error.reason
    assert error.line == line_of(text, "Bring the charger.")


def test_a_yaml_syntax_error_gives_its_line(tmp_path: Path) -> None:
    text = valid_text().replace("priority: 2", "priority: [2, 3")
    error = refusal(saved(tmp_path, text))
    assert "is not valid YAML" in str(error)
    assert error.line is not None and error.line >= line_of(text, "priority: [2, 3")


def test_two_documents_are_refused_at_the_second(tmp_path: Path) -> None:
    text = valid_text() + "---\n" + valid_text()
    error = refusal(saved(tmp_path, text))
    assert "more than one YAML document" in error.reason
    assert error.line == valid_text().count("\n") + 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("- gtc2025/S72484\n- gtc2025/S72643\n", "the document must be a mapping"),
        ("", "is empty"),
        ("# only a comment\n", "is empty"),
        ("just words\n", "the document must be a mapping of names to values, not text"),
        ("[" * 100_000, "nested too deeply"),
        ("format: x\nnote: \x00\n", "character YAML forbids"),
        ("format: !custom x\n", "uses the YAML tag !custom"),
    ],
    ids=["list", "empty", "comment", "scalar", "deep", "nul", "tag"],
)
def test_a_file_that_is_no_agenda_at_all_is_refused(
    tmp_path: Path, content: str, message: str
) -> None:
    assert message in str(refusal(saved(tmp_path, content)))


# --- matching ------------------------------------------------------------------------------------


def session(key: str, title: str, code: str | None, start: datetime | None) -> Session:
    status = TimeStatus.CONFIRMED if start else TimeStatus.UNSCHEDULED
    end = start.replace(hour=start.hour + 1) if start else None
    return Session(key, "gtc2025", title, code=code, start=start, end=end, time_status=status)


def entry(
    key: str, title: str, code: str | None = None, start: datetime | None = None
) -> AgendaEntry:
    return AgendaEntry(key, code, title, start, 3, "", PickState.ATTENDING)


MON = datetime(2025, 3, 17, 16, 0, tzinfo=UTC)
TUE = datetime(2025, 3, 18, 16, 0, tzinfo=UTC)
CATALOG = [
    session("gtc2025/S72484", "GTC 2025 Keynote", "S72484", datetime(2025, 3, 18, 17, tzinfo=UTC)),
    session("gtc2025/S72643", SPECULATIVE.title, "S72643", SPECULATIVE.start),
    session("gtc2025/DLIT1", "Hands-on: CUDA Python", "DLIT1", MON),
    session("gtc2025/DLIT2", "Hands-on: CUDA Python", "DLIT2", TUE),
    session("gtc2025/S74181", UNSCHEDULED.title, "S74181", None),
]


def test_entries_are_found_by_key_then_code_then_title() -> None:
    entries = [
        KEYNOTE,
        entry("gtc2024/S72643", "renamed since", code="S72643"),
        entry("other/42", UNSCHEDULED.title),
        entry("other/43", "A talk this catalog does not have", code="S00000"),
    ]
    found = [(m.session_key, m.how) for m in match_entries(entries, CATALOG)]
    assert found == [
        ("gtc2025/S72484", "key"),
        ("gtc2025/S72643", "code"),
        ("gtc2025/S74181", "title"),
        (None, "none"),
    ]


def test_a_repeated_title_is_told_apart_by_start_or_left_unmatched() -> None:
    by_start = entry("x/1", "Hands-on: CUDA Python", start=TUE)
    no_start = entry("x/2", "Hands-on: CUDA Python")
    [alone] = match_entries([no_start], CATALOG)
    assert (alone.session_key, alone.how) == (None, "none")  # two runs: no guessing
    [first] = match_entries([by_start], CATALOG)
    assert (first.session_key, first.how) == ("gtc2025/DLIT2", "title")
    # Once one run is taken, the other is the only one left for a second entry of that title.
    both = match_entries([by_start, no_start], CATALOG)
    assert [m.session_key for m in both] == ["gtc2025/DLIT2", "gtc2025/DLIT1"]


def test_a_session_found_by_key_is_not_given_to_a_second_entry_by_title() -> None:
    by_title = entry("old/keynote", "GTC 2025 Keynote")
    matches = match_entries([by_title, KEYNOTE], CATALOG)
    assert [(m.session_key, m.how) for m in matches] == [(None, "none"), (KEYNOTE.key, "key")]


# --- writing the file atomically -----------------------------------------------------------------


def leftovers(folder: Path, keep: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != keep)


def test_an_atomic_write_replaces_the_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    path = saved(tmp_path, b"old agenda")
    path.chmod(0o640)
    write_atomically(path, dump_agenda(AGENDA))
    assert load_agenda(path) == AGENDA
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert leftovers(tmp_path, path.name) == []


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    path = saved(tmp_path, b"old agenda")
    with pytest.raises(TypeError):
        write_atomically(path, "text, not bytes")  # type: ignore[arg-type]
    assert path.read_bytes() == b"old agenda"
    assert leftovers(tmp_path, path.name) == []


def test_a_failed_replace_leaves_no_temporary_file(tmp_path: Path) -> None:
    folder = tmp_path / "agenda.yaml"
    (folder / "inside").mkdir(parents=True)
    with pytest.raises(OSError):
        write_atomically(folder, b"new")
    assert (folder / "inside").is_dir()
    assert leftovers(tmp_path, folder.name) == []


def test_an_atomic_write_through_a_symlink_replaces_its_target(tmp_path: Path) -> None:
    target = saved(tmp_path, b"old", "real.yaml")
    link = tmp_path / "agenda.yaml"
    link.symlink_to(target)
    write_atomically(link, b"new")
    assert link.is_symlink() and target.read_bytes() == b"new"


def test_a_new_file_gets_the_users_usual_permissions(tmp_path: Path) -> None:
    path = tmp_path / "new.yaml"
    write_atomically(path, b"data")
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask
