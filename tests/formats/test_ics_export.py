"""The iCalendar export, read back by three independent readers: icalendar, vobject and khal."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject
from icalendar import Calendar, Timezone

from planner.core.model import Conference, PickState, Session, TimeStatus
from planner.formats.ics_export import (
    ExportEvent,
    event_fingerprint,
    event_uid,
    vtimezone,
    write_calendar,
)

LA = "America/Los_Angeles"
GTC = Conference(
    id="gtc2025",
    title="NVIDIA GTC 2025",
    timezone=LA,
    first_day=date(2025, 3, 17),
    last_day=date(2025, 3, 21),
    url="https://www.nvidia.com/gtc/",
)
NOW = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)
CATALOG = "https://register.nvidia.com/flow/nvidia/gtcs25/ap/page/catalog/session/"
ASSUMED_NOTE = "The catalog gives the time of day but not the date, so the day shown is assumed."

# From data/gtc2025/schedule.yaml and the seed summaries beside it.
KEYNOTE = Session(
    key="gtc2025/S72484",
    conference_id="gtc2025",
    title="GTC 2025 Keynote",
    code="S72484",
    track="Keynote",
    start=datetime(2025, 3, 18, 17, 0, tzinfo=UTC),
    end=datetime(2025, 3, 18, 19, 0, tzinfo=UTC),
    time_status=TimeStatus.CONFIRMED,
    time_note="Listed as 10:00 to 12:00; the keynote actually ran over two and a half hours.",
    room="SAP Center",
    speakers=("Jensen Huang",),
    topics=("AI 基礎設施", "加速計算", "AI 工廠", "Agentic AI", "Physical AI"),
    highlights=(
        "Blackwell 架構全面投產，客戶需求強勁。",
        "Agentic AI 和 Physical AI 成為 AI 發展的新浪潮。",
        "NVIDIA 提供雲端、企業和機器人領域的 AI 基礎設施。",
    ),
    summary="概述了 NVIDIA 在 AI 領域的最新進展，包括 Blackwell 架構的全面投產。",
    url=CATALOG + "1727280358874001CZff",
)
SPECULATIVE = Session(
    key="gtc2025/S72643",
    conference_id="gtc2025",
    title="使用投机采样和计算通信 Overlap 提升 LLM 推理效率",
    code="S72643",
    track="Technical - Intermediate",
    start=datetime(2025, 3, 18, 2, 30, tzinfo=UTC),
    end=datetime(2025, 3, 18, 3, 10, tzinfo=UTC),
    time_status=TimeStatus.ASSUMED,
    time_note=ASSUMED_NOTE,
    room="APAC Simulive Room 4",
    speakers=("Lei Su", "Bin Xiao"),
    topics=("LLM 推理優化", "投機採樣", "計算通信 Overlap"),
    highlights=(
        "投機採樣 (Speculative Sampling): 利用 Draft Model 並行生成多個候選 Token，"
        "並通過大模型驗證，提高 Token 生成效率。",
        "計算通信 Overlap: 將請求切分成多段，並重疊計算和通信過程，提升 GPU 利用率，"
        "尤其在低端卡上效果顯著。",
    ),
    summary="本次分享主要介紹了百川智能在 GDC2025 上關於提升 LLM 推理效率的兩項技術。",
    url=CATALOG + "1727598580103001ix9j",
    delivery="simulive",
    recorded=True,
)
# 23:30 to 00:10 Pacific: the event crosses local midnight.
MIDNIGHT = Session(
    key="gtc2025/S72672",
    conference_id="gtc2025",
    title="释放 GPU 缓存的强大威能：闪电加速短视频推荐系统！",
    code="S72672",
    start=datetime(2025, 3, 18, 6, 30, tzinfo=UTC),
    end=datetime(2025, 3, 18, 7, 10, tzinfo=UTC),
    time_status=TimeStatus.ASSUMED,
    time_note=ASSUMED_NOTE,
    room="APAC Simulive Room 5",
    url=CATALOG + "1727696079090001o2rO",
)
UNSCHEDULED = Session(
    key="gtc2025/S74181",
    conference_id="gtc2025",
    title="重塑短视频视觉体验，基于 TensorRT-LLM 加速的智能视频质量评价与处理大模型",
    code="S74181",
    time_note="The catalog's time field for this session is corrupted.",
    room="APAC Simulive Room 5",
)
SESSIONS = (KEYNOTE, SPECULATIVE, MIDNIGHT)
NOTE = "坐前排！Bring the charger."


def export(*events: ExportEvent, alarm: int | None = None, now: datetime = NOW) -> bytes:
    return write_calendar(
        events, GTC, calendar_name="GTC 2025 – my agenda", alarm_minutes=alarm, now=now
    )


def default_export(alarm: int | None = None) -> bytes:
    return export(
        ExportEvent(KEYNOTE, note=NOTE, sequence=1),
        ExportEvent(SPECULATIVE),
        ExportEvent(MIDNIGHT),
        alarm=alarm,
    )


def events_by_uid(data: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(data)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_icalendar_reads_every_event_back_at_the_same_instant() -> None:
    calendar = Calendar.from_ical(default_export())
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {event_uid(s.key) for s in SESSIONS}
    for session in SESSIONS:
        event = events[event_uid(session.key)]
        assert event["DTSTART"].dt.astimezone(UTC) == session.start
        assert event["DTEND"].dt.astimezone(UTC) == session.end
        assert event["DTSTART"].params["TZID"] == LA
        assert event["DTSTAMP"].dt == NOW


def test_the_calendar_header_names_the_calendar_and_its_zone() -> None:
    calendar = Calendar.from_ical(default_export())
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//Conference Planner//")
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "GTC 2025 – my agenda"
    assert str(calendar["X-WR-TIMEZONE"]) == LA


def test_the_keynote_is_at_ten_local_in_the_written_text() -> None:
    text = default_export().decode("utf-8")
    assert "DTSTART;TZID=America/Los_Angeles:20250318T100000\r\n" in text
    assert "DTEND;TZID=America/Los_Angeles:20250318T120000\r\n" in text
    assert "DTSTAMP:20250310T080000Z\r\n" in text


def test_an_event_crossing_midnight_keeps_both_local_days() -> None:
    text = default_export().decode("utf-8")
    assert "DTSTART;TZID=America/Los_Angeles:20250317T233000\r\n" in text
    assert "DTEND;TZID=America/Los_Angeles:20250318T001000\r\n" in text


def test_vobject_reads_the_same_instants_through_our_vtimezone() -> None:
    text = default_export().decode("utf-8")
    calendar = next(vobject.readComponents(text))
    starts = {e.uid.value: e.dtstart.value for e in calendar.vevent_list}
    assert {uid: start.astimezone(UTC) for uid, start in starts.items()} == {
        event_uid(s.key): s.start for s in SESSIONS
    }
    same = vobject.readOne(text)
    assert same.vtimezone.tzid.value == LA
    assert [e.summary.value for e in same.vevent_list] == [
        KEYNOTE.title,
        SPECULATIVE.title + " (time assumed)",
        MIDNIGHT.title + " (time assumed)",
    ]
    # vobject built the zone from our VTIMEZONE text, not from its own zone database.
    assert not isinstance(starts[event_uid(KEYNOTE.key)].tzinfo, ZoneInfo)


def khal(config: Path, *args: str) -> str:
    program = Path(sys.executable).parent / "khal"
    home = config.parent
    env = {**os.environ, "TZ": "UTC", "HOME": str(home), "XDG_CONFIG_HOME": str(home)}
    env["XDG_DATA_HOME"] = str(home)
    done = subprocess.run(
        [str(program), "-c", str(config), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def khal_config(tmp_path: Path) -> Path:
    (tmp_path / "calendar").mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(
        f"""[calendars]
[[planner]]
path = {tmp_path / "calendar"}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
default_timezone = {LA}
local_timezone = {LA}
[sqlite]
path = {tmp_path / "khal.db"}
""",
        encoding="utf-8",
    )
    return config


def test_khal_imports_the_file_and_lists_the_keynote_at_ten(tmp_path: Path) -> None:
    ics = tmp_path / "agenda.ics"
    ics.write_bytes(
        export(
            ExportEvent(KEYNOTE, note=NOTE),
            ExportEvent(MIDNIGHT),
            ExportEvent(SPECULATIVE, cancelled=True, sequence=1),
            alarm=15,
        )
    )
    config = khal_config(tmp_path)
    khal(config, "import", "--batch", str(ics))
    tuesday = khal(config, "list", "2025-03-18", "2025-03-18")
    assert "10:00-12:00 GTC 2025 Keynote" in tuesday
    monday = khal(config, "list", "2025-03-17", "2025-03-17")
    assert "23:30→ 释放 GPU 缓存的强大威能：闪电加速短视频推荐系统！ (time assumed)" in monday
    assert "CANCELLED 19:30-20:10 使用投机采样和计算通信 Overlap 提升 LLM 推理效率" in monday


def test_uids_are_the_same_on_every_write_and_every_machine() -> None:
    first = events_by_uid(default_export())
    later = events_by_uid(export(ExportEvent(KEYNOTE), now=NOW + timedelta(days=3)))
    assert set(later) <= set(first)
    # Pinned: a change of scheme would duplicate every event in calendars that hold an export.
    assert event_uid("gtc2025/S72484") == "78ef669a1b2b1b12c98f@conference-planner"


def test_every_line_ends_with_crlf() -> None:
    data = default_export()
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert data.count(b"\n") == data.count(b"\r\n")
    assert data.count(b"\r") == data.count(b"\r\n")


def test_long_chinese_lines_are_folded_at_75_octets_between_characters() -> None:
    lines = default_export().split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # a fold inside a character would leave half of it on each side
    continued = [line for line in lines if line.startswith(b" ")]
    assert any("采样" in line.decode("utf-8") or "強勁" in line.decode() for line in continued)


def test_the_vtimezone_uses_yearly_rules_and_no_rdate_lists() -> None:
    data = default_export()
    assert b"RDATE" not in data
    zones = Calendar.from_ical(data).walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == [LA]
    rules = {o.name: o["RRULE"] for o in zones[0].walk() if o.name in ("STANDARD", "DAYLIGHT")}
    assert rules["DAYLIGHT"]["BYMONTH"] == [3] and rules["DAYLIGHT"]["BYDAY"] == ["2SU"]
    assert rules["STANDARD"]["BYMONTH"] == [11] and rules["STANDARD"]["BYDAY"] == ["1SU"]


@pytest.mark.parametrize(
    "zone",
    [
        "Europe/Berlin",
        "Australia/Sydney",
        "Asia/Taipei",
        "Asia/Kolkata",
        "America/Santiago",
        "Europe/Dublin",
        "Africa/Casablanca",
        "Asia/Jerusalem",
    ],
)
def test_the_vtimezone_gives_zoneinfo_offsets_all_year(zone: str) -> None:
    text = vtimezone(ZoneInfo(zone), 2025, 2025).to_ical()
    assert b"RDATE" not in text
    # Under its IANA name icalendar would answer from zoneinfo; renamed, it must read our rules.
    # (icalendar also keeps what it built by TZID, hence one test name per zone.)
    renamed = text.replace(f"TZID:{zone}".encode(), f"TZID:Planner-Test/{zone}".encode())
    read = Timezone.from_ical(renamed).to_tz()
    assert not isinstance(read, ZoneInfo)
    year_start = datetime(2025, 1, 1, tzinfo=UTC)
    for hour in range(365 * 24):
        instant = year_start + timedelta(hours=hour)
        expected = instant.astimezone(ZoneInfo(zone)).utcoffset()
        assert instant.astimezone(read).utcoffset() == expected, instant


def test_observances_start_at_the_wall_time_before_the_change() -> None:
    # RFC 5545 writes an onset in the offset in force before it: 02:00 PST when clocks spring
    # forward in California, 03:00 CEST when they fall back in Berlin.
    los_angeles = vtimezone(ZoneInfo(LA), 2025, 2025).to_ical().decode()
    assert "DTSTART:20240310T020000\r\nRRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3" in los_angeles
    berlin = vtimezone(ZoneInfo("Europe/Berlin"), 2025, 2025).to_ical().decode()
    assert "DTSTART:20241027T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in berlin


def test_an_assumed_time_is_tentative_and_says_why() -> None:
    events = events_by_uid(default_export())
    assumed = events[event_uid(SPECULATIVE.key)]
    assert str(assumed["STATUS"]) == "TENTATIVE"
    assert str(assumed["SUMMARY"]) == SPECULATIVE.title + " (time assumed)"
    assert ASSUMED_NOTE in str(assumed["DESCRIPTION"])
    confirmed = events[event_uid(KEYNOTE.key)]
    assert str(confirmed["STATUS"]) == "CONFIRMED"
    assert str(confirmed["SUMMARY"]) == "GTC 2025 Keynote"
    assert "not confirmed" not in str(confirmed["DESCRIPTION"])


def test_the_event_carries_what_the_user_needs_at_the_door() -> None:
    keynote = events_by_uid(default_export())[event_uid(KEYNOTE.key)]
    description = str(keynote["DESCRIPTION"]).splitlines()
    assert KEYNOTE.summary in description
    for highlight in KEYNOTE.highlights:
        assert f"• {highlight}" in description  # one highlight a line
    assert NOTE in description
    assert "Session S72484" in description
    assert KEYNOTE.url in description
    assert str(keynote["LOCATION"]) == "SAP Center"
    assert str(keynote["URL"]) == KEYNOTE.url
    assert list(keynote["CATEGORIES"].cats) == ["Keynote", *KEYNOTE.topics]
    assert int(keynote["SEQUENCE"]) == 1


def test_a_cancelled_pick_goes_out_as_cancelled_with_its_sequence() -> None:
    data = export(ExportEvent(KEYNOTE), ExportEvent(MIDNIGHT, cancelled=True, sequence=3), alarm=10)
    cancelled = events_by_uid(data)[event_uid(MIDNIGHT.key)]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert int(cancelled["SEQUENCE"]) == 3
    assert cancelled["DTSTART"].dt.astimezone(UTC) == MIDNIGHT.start
    assert not cancelled.walk("VALARM")  # no reminder for a talk the user dropped


def test_an_alarm_is_added_only_when_asked() -> None:
    assert b"VALARM" not in default_export()
    data = default_export(alarm=15)
    for event in events_by_uid(data).values():
        [alarm] = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert alarm["TRIGGER"].dt == timedelta(minutes=-15)
        assert str(alarm["DESCRIPTION"])
    assert data.count(b"TRIGGER:-PT15M\r\n") == len(SESSIONS)


def test_an_alarm_reminds_only_of_what_the_user_means_to_attend() -> None:
    later = ExportEvent(MIDNIGHT, state=PickState.WATCH_LATER)
    data = export(ExportEvent(KEYNOTE), later, alarm=10)
    found = events_by_uid(data)
    assert len(found[event_uid(KEYNOTE.key)].walk("VALARM")) == 1
    assert not found[event_uid(MIDNIGHT.key)].walk("VALARM")  # its time stays free, unreminded


def test_an_unscheduled_session_is_refused() -> None:
    with pytest.raises(ValueError, match="S74181"):
        export(ExportEvent(KEYNOTE), ExportEvent(UNSCHEDULED))


@pytest.mark.parametrize(
    ("events", "now", "alarm"),
    [
        ((ExportEvent(KEYNOTE), ExportEvent(KEYNOTE, note="twice")), NOW, None),
        ((ExportEvent(KEYNOTE),), NOW.replace(tzinfo=None), None),
        ((ExportEvent(KEYNOTE),), NOW, -5),
        ((ExportEvent(KEYNOTE, sequence=-1),), NOW, None),
    ],
    ids=["same session twice", "naive now", "negative alarm", "negative sequence"],
)
def test_caller_mistakes_are_value_errors(
    events: tuple[ExportEvent, ...], now: datetime, alarm: int | None
) -> None:
    with pytest.raises(ValueError):
        export(*events, alarm=alarm, now=now)


def test_the_fingerprint_follows_time_room_and_status_only() -> None:
    base = event_fingerprint(KEYNOTE)
    moved = dataclasses.replace(
        KEYNOTE, start=KEYNOTE.start + timedelta(hours=1), end=KEYNOTE.end + timedelta(hours=1)
    )
    longer = dataclasses.replace(KEYNOTE, end=KEYNOTE.end + timedelta(minutes=30))
    elsewhere = dataclasses.replace(KEYNOTE, room="Hall 3")
    guessed = dataclasses.replace(KEYNOTE, time_status=TimeStatus.ASSUMED)
    changes = {event_fingerprint(s) for s in (moved, longer, elsewhere, guessed)}
    assert base not in changes and len(changes) == 4
    reworded = dataclasses.replace(KEYNOTE, summary="新摘要", highlights=(), abstract="long")
    assert event_fingerprint(reworded) == base
    # The user's note lives in ExportEvent, so a note change cannot bump SEQUENCE either.
    notes = {bytes(export(ExportEvent(KEYNOTE, note=n))) for n in ("a", "b")}
    assert len(notes) == 2 and event_fingerprint(KEYNOTE) == base


def test_an_empty_export_is_still_a_valid_calendar() -> None:
    calendar = Calendar.from_ical(export())
    assert calendar.walk("VEVENT") == []
    assert len(calendar.subcomponents) == 1  # RFC 5545: a calendar holds at least one component


def test_a_utc_conference_needs_no_vtimezone() -> None:
    online = dataclasses.replace(GTC, timezone="UTC")
    data = write_calendar([ExportEvent(KEYNOTE)], online, calendar_name="online", now=NOW)
    assert b"DTSTART:20250318T170000Z\r\n" in data
    assert b"VTIMEZONE" not in data
