"""`planner sync` as a user runs it, against a real Radicale server: results and failures."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest

from planner.cli import main
from planner.services.planner import Planner
from tests.sync.radicale import PASSWORD, USER, Radicale

EVENT = (
    "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20250101T000000Z\r\nDTSTART:{start}\r\n"
    "DTEND:{end}\r\nSUMMARY:{title}\r\nLOCATION:{room}\r\nEND:VEVENT\r\n"
)
TALKS = {
    "keynote": ("Opening keynote", "20250318T170000Z", "20250318T190000Z", "Hall 1"),
    "gpu": ("GPUs for everyone", "20250318T200000Z", "20250318T210000Z", "Room 2"),
    "zh": ("自动驾驶的端到端模型", "20250319T160000Z", "20250319T170000Z", "Room 3"),
}


def schedule(path: Path, **moved: tuple[str, str]) -> Path:
    """A small conference as an .ics schedule; ``moved`` gives some talks new times."""
    events = ""
    for uid, (title, start, end, room) in TALKS.items():
        start, end = moved.get(uid, (start, end))
        events += EVENT.format(uid=uid, start=start, end=end, title=title, room=room)
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\nX-WR-CALNAME:Sync Conf\r\n"
        + events + "END:VCALENDAR\r\n", encoding="utf-8"
    )  # fmt: skip
    return path


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def on_server(radicale: Radicale, path: str = "/u/agenda/") -> dict[str, tuple[str, datetime]]:
    """What the server's calendar holds: summary and start (UTC) by UID."""
    with radicale.client() as client:
        found = {}
        for item in client.calendar(url=radicale.url(path)).events():
            (event,) = icalendar.Calendar.from_ical(item.data).walk("VEVENT")
            found[str(event["SUMMARY"])] = event["DTSTART"].dt.astimezone(UTC)
        return found


@pytest.fixture()
def conference(db_path, tmp_path, capsys) -> str:
    code, _, err = run(db_path, capsys, "import", str(schedule(tmp_path / "v1.ics")))
    assert code == 0, err
    with Planner(db_path) as planner:
        conference_id = next(i.conference.id for i in planner.conferences()
                             if i.conference.title == "Sync Conf")  # fmt: skip
    return conference_id


def test_sync_puts_every_pick_then_leaves_exactly_the_current_ones(
    db_path, tmp_path, capsys, radicale, conference, monkeypatch
):
    monkeypatch.setenv("PLANNER_CALDAV_PASSWORD", PASSWORD)
    c = ["--conference", conference]
    assert run(db_path, capsys, *c, "bookmark", f"{conference}/keynote", f"{conference}/gpu",
               f"{conference}/zh")[0] == 0  # fmt: skip
    code, out, err = run(db_path, capsys, *c, "sync", radicale.url(), "--user", USER)
    assert code == 0, err
    assert "3 created" in out
    assert on_server(radicale) == {
        "Opening keynote": datetime(2025, 3, 18, 17, 0, tzinfo=UTC),
        "GPUs for everyone": datetime(2025, 3, 18, 20, 0, tzinfo=UTC),
        "自动驾驶的端到端模型": datetime(2025, 3, 19, 16, 0, tzinfo=UTC),
    }
    moved = schedule(tmp_path / "v2.ics", gpu=("20250320T180000Z", "20250320T190000Z"))
    assert run(db_path, capsys, "import", str(moved))[0] == 0
    assert run(db_path, capsys, *c, "unbookmark", f"{conference}/zh")[0] == 0
    code, out, err = run(db_path, capsys, *c, "sync", radicale.url())  # the user is remembered
    assert code == 0, err
    assert "0 created, 1 updated, 1 removed, 1 unchanged" in out
    assert on_server(radicale) == {
        "Opening keynote": datetime(2025, 3, 18, 17, 0, tzinfo=UTC),
        "GPUs for everyone": datetime(2025, 3, 20, 18, 0, tzinfo=UTC),
    }


def database_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("password", "401"),
        ("unreachable", "cannot reach the server"),
        ("not a calendar", "this is not a calendar"),
        ("missing", "no such calendar (404)"),
        ("tls", "secure connection failed"),
        ("no password", "PLANNER_CALDAV_PASSWORD"),
    ],
)
def test_failures_are_one_line_exit_2_and_change_nothing(
    db_path, capsys, radicale, monkeypatch, case, expected
):
    monkeypatch.setenv("PLANNER_CALDAV_PASSWORD", PASSWORD)
    assert run(db_path, capsys, "bookmark", "S72484", "S72643")[0] == 0
    assert run(db_path, capsys, "sync", radicale.url(), "--user", USER)[0] == 0
    assert run(db_path, capsys, "unbookmark", "S72643")[0] == 0
    url = radicale.url()
    if case == "password":
        monkeypatch.setenv("PLANNER_CALDAV_PASSWORD", "not-it")
    elif case == "unreachable":
        radicale.stop()
    elif case == "not a calendar":
        url = radicale.url("/u/")
    elif case == "missing":
        url = radicale.url("/u/nothing/here/")
    elif case == "tls":
        url = url.replace("http://", "https://")
    else:
        monkeypatch.delenv("PLANNER_CALDAV_PASSWORD")
    before = database_bytes(db_path.parent)
    code, out, err = run(db_path, capsys, "sync", url, "--user", USER)
    assert code == 2 and not out
    assert len(err.strip().splitlines()) == 1 and expected in err, err
    assert f"127.0.0.1:{radicale.port}" in err
    assert "Traceback" not in err and PASSWORD not in err
    assert database_bytes(db_path.parent) == before  # not even the sync record


def test_a_server_side_edit_exits_2_until_the_user_chooses(db_path, capsys, radicale,
                                                          monkeypatch):  # fmt: skip
    monkeypatch.setenv("PLANNER_CALDAV_PASSWORD", PASSWORD)
    run(db_path, capsys, "bookmark", "S72484")
    run(db_path, capsys, "sync", radicale.url(), "--user", USER)
    with radicale.client() as client:
        (item,) = client.calendar(url=radicale.url()).events()
        item.icalendar_component["SUMMARY"] = "mine now"
        item.save()
    run(db_path, capsys, "bookmark", "S72484", "--note", "a new note")
    code, out, err = run(db_path, capsys, "sync", radicale.url())
    assert code == 2 and "0 created, 0 updated" in out
    assert "changed there: gtc2025/S72484" in err and "--overwrite" in err
    assert list(on_server(radicale)) == ["mine now"]
    code, out, err = run(db_path, capsys, "sync", radicale.url(), "--overwrite")
    assert code == 0 and "1 updated" in out
    assert list(on_server(radicale)) == ["GTC 2025 Keynote with nvidia ceo jensen huang"]


def test_check_and_the_password_is_written_nowhere(db_path, capsys, radicale, monkeypatch):
    monkeypatch.setenv("PLANNER_CALDAV_PASSWORD", PASSWORD)
    code, out, _ = run(db_path, capsys, "sync", radicale.url(), "--user", USER, "--check")
    assert code == 0 and "no calendar yet; the first sync creates it" in out
    run(db_path, capsys, "bookmark", "S72484")
    assert run(db_path, capsys, "sync", radicale.url(), "--user", USER, "--alarm", "10")[0] == 0
    code, out, _ = run(db_path, capsys, "sync", radicale.url(), "--check")
    assert code == 0 and "NVIDIA GTC 2025: my agenda" in out and "ready" in out
    assert PASSWORD.encode() not in database_bytes(db_path.parent)
    assert run(db_path, capsys, "sync", radicale.url())[1].count("0 updated") == 1  # alarm kept


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("http://[::1/cal/", "http://[::1/cal/: the IPv6 address in it has no closing ]"),
        ("https://dav.example.org:99999/cal/",
         "https://dav.example.org:99999/cal/: the port 99999 is out of range (a port is 1 to "
         "65535)"),
        ("https://dav.example.org:abc/cal/",
         "https://dav.example.org:abc/cal/: the port 'abc' is not a number"),
        ("ftp://ada:s3cret@dav.example.org/cal/",
         "ftp://dav.example.org/cal/: not a calendar address (it must start with https:// or "
         "http://)"),
    ],
)  # fmt: skip
def test_a_malformed_calendar_address_is_one_line_without_its_password(
    db_path, capsys, typed, said
):
    code, out, err = run(db_path, capsys, "sync", typed)
    assert (code, out) == (2, "")
    assert err == f"planner: {said}\n"
