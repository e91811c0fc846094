"""Write the user's agenda as an iCalendar file (RFC 5545) for any calendar program.

One VEVENT per exported pick, its times written in the conference's own zone (TZID) with a
VTIMEZONE that says what that zone means. The VTIMEZONE is generated here, from zoneinfo, in
the compact form calendar programs write themselves (one STANDARD and one DAYLIGHT observance
with a yearly RRULE) rather than icalendar's long multi-value RDATE lists, which some readers
cut short after the first value.

A time the schedule does not confirm goes out as STATUS:TENTATIVE and says so in the title and
the description; a pick the user does not mean to attend in person (an alternative, or a
recording to watch later) says so in its title and leaves the time free (TRANSP:TRANSPARENT);
a pick removed since the last export goes out once more as STATUS:CANCELLED so that calendars
which already hold it can drop it. UIDs derive from the stable session key,
so re-importing an updated export updates events instead of duplicating them.
"""

from __future__ import annotations

import calendar as gregorian
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vRecur

from planner import __version__
from planner.core.model import Conference, PickState, Session, TimeStatus

PRODID = f"-//Conference Planner//conference-planner {__version__}//EN"
UID_DOMAIN = "conference-planner"
ASSUMED_MARK = " (time assumed)"
STATE_MARKS = {PickState.ALTERNATIVE: "Alternative: ", PickState.WATCH_LATER: "Watch later: "}

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_LAST = -1  # BYDAY ordinal for "the last such weekday of the month"


@dataclass(frozen=True, slots=True)
class ExportEvent:
    """One pick to export, with what the caller knows from the export history."""

    session: Session
    note: str = ""
    sequence: int = 0
    cancelled: bool = False
    state: PickState = PickState.ATTENDING  # what the user means to do with it


def event_uid(session_key: str) -> str:
    """The UID of a session's event: the same on every export and on every machine."""
    digest = hashlib.sha1(session_key.encode("utf-8")).hexdigest()[:20]
    return f"{digest}@{UID_DOMAIN}"


def event_fingerprint(session: Session) -> str:
    """A hash of what calendar programs must be told about through SEQUENCE.

    Time, room and whether the time is confirmed; a changed note or summary does not make an
    event "rescheduled".
    """
    parts = (_iso(session.start), _iso(session.end), session.room or "", session.time_status)
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def write_calendar(
    events: Sequence[ExportEvent],
    conference: Conference,
    *,
    calendar_name: str,
    alarm_minutes: int | None = None,
    now: datetime,
) -> bytes:
    """The whole .ics file: CRLF line ends, lines folded at 75 octets, UTF-8.

    Raises ValueError for an unscheduled session, a session listed twice, a naive `now`, a
    negative alarm or sequence: the caller filters and reports those before calling.
    """
    _check_arguments(events, alarm_minutes, now)
    cal = _calendar_header(calendar_name, conference.timezone)
    return _with_events(cal, events, conference, alarm_minutes, now)


def write_event(
    event: ExportEvent, conference: Conference, *, alarm_minutes: int | None = None,
    now: datetime,
) -> bytes:  # fmt: skip
    """One event as a calendar object of its own, for a CalDAV server (calendar_sync).

    The same VEVENT and VTIMEZONE as in ``write_calendar``, so a synced calendar and an
    exported file say the same; RFC 4791 (5.3.2) wants one UID per object and no METHOD.
    """
    _check_arguments([event], alarm_minutes, now)
    cal = Calendar()
    for name, value in (("prodid", PRODID), ("version", "2.0"), ("calscale", "GREGORIAN")):
        cal.add(name, value)
    return _with_events(cal, [event], conference, alarm_minutes, now)


def _with_events(
    cal: Calendar, events: Sequence[ExportEvent], conference: Conference,
    alarm_minutes: int | None, now: datetime,
) -> bytes:  # fmt: skip
    zone = ZoneInfo(conference.timezone)
    vevents = [_vevent(event, zone, alarm_minutes, now) for event in events]
    years = _years_used(events, zone) or [now.year]
    for used in _zones_used(vevents, zone):
        cal.add_component(vtimezone(used, years[0], years[-1]))
    for vevent in vevents:
        cal.add_component(vevent)
    return cal.to_ical()


# --- checks ------------------------------------------------------------------------------------


def _check_arguments(
    events: Sequence[ExportEvent], alarm_minutes: int | None, now: datetime
) -> None:
    if now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    if alarm_minutes is not None and alarm_minutes < 0:
        raise ValueError(f"the alarm must be 0 minutes or more before, not {alarm_minutes}")
    seen: set[str] = set()
    for event in events:
        _check_event(event, seen)


def _check_event(event: ExportEvent, seen: set[str]) -> None:
    key = event.session.key
    if not event.session.scheduled:
        raise ValueError(f"{key}: an unscheduled session cannot go into a calendar")
    if event.sequence < 0:
        raise ValueError(f"{key}: SEQUENCE cannot be negative")
    if key in seen:
        # Two events with one UID: calendar programs would keep one at random.
        raise ValueError(f"{key}: the session is listed twice")
    seen.add(key)


# --- the calendar and its events ----------------------------------------------------------------


def _calendar_header(calendar_name: str, zone_name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", calendar_name)
    cal.add("x-wr-timezone", zone_name)
    return cal


def _vevent(event: ExportEvent, zone: tzinfo, alarm_minutes: int | None, now: datetime) -> Event:
    session = event.session
    assert session.start is not None and session.end is not None  # checked by _check_event
    vevent = Event()
    vevent.add("uid", event_uid(session.key))
    vevent.add("dtstamp", now.astimezone(UTC))
    vevent.add("dtstart", session.start.astimezone(zone))
    if session.end > session.start:
        # RFC 5545 (3.8.2.2) wants DTEND later than DTSTART; a date-time DTSTART with no DTEND
        # is an event that takes no time (3.6.1), which calendar apps show as such, where
        # DTEND equal to DTSTART shows as an hour long in several of them.
        vevent.add("dtend", session.end.astimezone(zone))
    vevent.add("summary", STATE_MARKS.get(event.state, "") + _summary(session))
    vevent.add("description", _description(event))
    _add_details(vevent, session)
    vevent.add("status", _status(event))
    if event.state is not PickState.ATTENDING:
        vevent.add("transp", "TRANSPARENT")  # a fallback or a recording keeps the time free
    vevent.add("sequence", event.sequence)
    # A reminder for what the user means to attend, as the window reminds: not for a fallback
    # or a recording, whose time stays free, nor for a talk that was dropped.
    if alarm_minutes is not None and not event.cancelled and event.state is PickState.ATTENDING:
        vevent.add_component(_alarm(alarm_minutes, session.title))
    return vevent


def _add_details(vevent: Event, session: Session) -> None:
    if session.room:
        vevent.add("location", session.room)
    categories = [name for name in (session.track, *session.topics) if name]
    if categories:
        vevent.add("categories", categories)
    if session.url:
        vevent.add("url", session.url)


def _summary(session: Session) -> str:
    # STATUS:TENTATIVE is invisible in several calendar apps (Google shows nothing), and a
    # guessed time must never look like a fact, so the title says it too.
    assumed = session.time_status is TimeStatus.ASSUMED
    return session.title + (ASSUMED_MARK if assumed else "")


def _status(event: ExportEvent) -> str:
    if event.cancelled:
        return "CANCELLED"
    if event.session.time_status is TimeStatus.ASSUMED:
        return "TENTATIVE"
    return "CONFIRMED"


def _description(event: ExportEvent) -> str:
    session = event.session
    blocks = (
        _time_warning(session),
        session.summary.strip(),
        _highlights(session.highlights),
        f"My note:\n{event.note.strip()}" if event.note.strip() else "",
        _reference(session),
    )
    return "\n\n".join(block for block in blocks if block)


def _time_warning(session: Session) -> str:
    if session.time_status is not TimeStatus.ASSUMED:
        return ""
    reason = session.time_note.strip() or "the schedule does not give it."
    return f"Time not confirmed: {reason}"


def _highlights(highlights: Iterable[str]) -> str:
    lines = [f"• {line.strip()}" for line in highlights if line.strip()]
    return "Highlights:\n" + "\n".join(lines) if lines else ""


def _reference(session: Session) -> str:
    lines = [f"Session {session.code}" if session.code else ""]
    if session.speakers:
        lines.append("Speakers: " + ", ".join(session.speakers))
    lines.append(session.url or "")
    return "\n".join(line for line in lines if line)


def _alarm(minutes: int, title: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(minutes=-minutes))
    alarm.add("description", title)
    return alarm


def _iso(instant: datetime | None) -> str:
    return instant.astimezone(UTC).isoformat() if instant is not None else ""


def _years_used(events: Sequence[ExportEvent], zone: tzinfo) -> list[int]:
    instants = [i for e in events for i in (e.session.start, e.session.end) if i is not None]
    return sorted({instant.astimezone(zone).year for instant in instants})


def _zones_used(vevents: list[Event], zone: ZoneInfo) -> list[ZoneInfo]:
    if not vevents:
        # RFC 5545 wants at least one component in a calendar; an empty export still has one.
        return [zone]
    # icalendar writes UTC instants with a Z and no TZID; only a TZID needs a VTIMEZONE.
    written = {
        str(vevent[name].params["TZID"])
        for vevent in vevents
        for name in ("dtstart", "dtend")
        if name in vevent and "TZID" in vevent[name].params
    }
    return [zone] if zone.key in written else []


# --- VTIMEZONE ------------------------------------------------------------------------------------

_SCAN_STEP = 6 * 3600  # seconds; no real zone changes its offset twice within six hours


@dataclass(frozen=True, slots=True)
class _Transition:
    """One change of a zone's offset or name, as an RFC 5545 observance describes it."""

    onset: datetime  # naive local wall time just before the change (RFC 5545 DTSTART)
    offset_from: timedelta
    offset_to: timedelta
    name: str
    daylight: bool


def vtimezone(zone: ZoneInfo, first_year: int, last_year: int) -> Timezone:
    """A VTIMEZONE correct for every instant of first_year..last_year, with yearly RRULEs.

    The zone's transitions from the year before to the year after are read from zoneinfo. The
    run of transitions that repeats by the same rule up to the end of that span becomes one
    observance with RRULE:FREQ=YEARLY;BYMONTH=..;BYDAY=..; anything else (a rule change, a
    one-off shift) becomes an observance of its own with a single DTSTART. So there is never a
    multi-value RDATE, and no onset that the zone does not have within the span.
    """
    span_start, span_end = first_year - 1, last_year + 1
    transitions = _transitions(zone, span_start, span_end)
    component = Timezone()
    component.add("tzid", zone.key)
    for observance in _observances(zone, transitions, span_start, span_end, first_year):
        component.add_component(observance)
    return component


@lru_cache(maxsize=32)  # a calendar sync writes one VTIMEZONE per event: scan a zone once
def _transitions(zone: ZoneInfo, first_year: int, last_year: int) -> tuple[_Transition, ...]:
    start = int(datetime(first_year, 1, 1, tzinfo=UTC).timestamp())
    end = int(datetime(last_year + 1, 1, 1, tzinfo=UTC).timestamp())
    found = []
    for low in range(start, end, _SCAN_STEP):
        high = low + _SCAN_STEP
        if _state(zone, low) != _state(zone, high):
            found.append(_transition_at(zone, _first_changed(zone, low, high)))
    return tuple(found)


def _state(zone: ZoneInfo, timestamp: int) -> tuple[timedelta | None, str | None, bool]:
    local = datetime.fromtimestamp(timestamp, zone)
    return local.utcoffset(), local.tzname(), bool(local.dst())


def _first_changed(zone: ZoneInfo, low: int, high: int) -> int:
    """The first second at which the zone's state differs from its state at `low`."""
    before = _state(zone, low)
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if _state(zone, middle) == before else (low, middle)
    return high


def _transition_at(zone: ZoneInfo, timestamp: int) -> _Transition:
    before = datetime.fromtimestamp(timestamp - 1, zone)
    after = datetime.fromtimestamp(timestamp, zone)
    offset_from = before.utcoffset() or timedelta(0)
    offset_to = after.utcoffset() or timedelta(0)
    wall = datetime.fromtimestamp(timestamp, UTC).replace(tzinfo=None) + offset_from
    # Label by the clock's direction, as calendar programs do: tzdata calls Irish winter time
    # "daylight" (negative DST), which readers of a VTIMEZONE do not expect.
    daylight = offset_to > offset_from if offset_to != offset_from else _is_summer(after)
    return _Transition(wall, offset_from, offset_to, after.tzname() or zone.key, daylight)


def _is_summer(local: datetime) -> bool:
    return (local.dst() or timedelta(0)) > timedelta(0)


def _observances(
    zone: ZoneInfo, transitions: Sequence[_Transition], span_start: int, span_end: int, first: int
) -> list[TimezoneStandard | TimezoneDaylight]:
    observances = []
    for daylight in (False, True):
        observances += _kind_observances(
            [t for t in transitions if t.daylight == daylight], span_end
        )
    if not any(t.onset.year < first for t in transitions):
        # Nothing in the year before says what holds when the span begins: state it.
        observances.append(_baseline(zone, span_start))
    return sorted(observances, key=lambda o: o.decoded("DTSTART"))


def _kind_observances(
    transitions: list[_Transition], span_end: int
) -> list[TimezoneStandard | TimezoneDaylight]:
    run, ordinal = _recurring_run(transitions, span_end)
    singles = transitions[: len(transitions) - len(run)]
    observances = [_observance(t) for t in singles]
    if run:
        observances.append(_observance(run[0], _yearly_rule(run[0], ordinal)))
    return observances


def _recurring_run(transitions: list[_Transition], span_end: int) -> tuple[list[_Transition], int]:
    """The trailing transitions that one yearly rule gives, one a year up to span_end."""
    if not transitions or transitions[-1].onset.year != span_end:
        return [], 0
    run, ordinals = [transitions[-1]], _ordinals(transitions[-1].onset)
    for earlier in reversed(transitions[:-1]):
        shared = ordinals & _ordinals(earlier.onset)
        if earlier.onset.year != run[0].onset.year - 1 or not shared:
            break
        if _rule_shape(earlier) != _rule_shape(run[0]):
            break
        run.insert(0, earlier)
        ordinals = shared
    if len(run) < 2:
        return [], 0
    return run, _LAST if _LAST in ordinals else min(ordinals)


def _rule_shape(t: _Transition) -> tuple[object, ...]:
    onset = t.onset
    return (t.offset_from, t.offset_to, t.name, onset.month, onset.weekday(), onset.time())


def _ordinals(day: datetime) -> set[int]:
    """Which BYDAY ordinals name this date: the nth weekday of its month, and/or the last."""
    ordinals = {(day.day - 1) // 7 + 1} - {5}
    if day.day + 7 > gregorian.monthrange(day.year, day.month)[1]:
        ordinals.add(_LAST)
    return ordinals


def _yearly_rule(t: _Transition, ordinal: int) -> vRecur:
    byday = f"{ordinal}{_WEEKDAYS[t.onset.weekday()]}"
    return vRecur({"FREQ": "YEARLY", "BYMONTH": t.onset.month, "BYDAY": byday})


def _observance(t: _Transition, rule: vRecur | None = None) -> TimezoneStandard | TimezoneDaylight:
    observance = TimezoneDaylight() if t.daylight else TimezoneStandard()
    observance.add("dtstart", t.onset)
    if rule is not None:
        observance.add("rrule", rule)
    observance.add("tzoffsetfrom", t.offset_from)
    observance.add("tzoffsetto", t.offset_to)
    observance.add("tzname", t.name)
    return observance


def _baseline(zone: ZoneInfo, year: int) -> TimezoneStandard | TimezoneDaylight:
    local = datetime(year, 1, 1, tzinfo=UTC).astimezone(zone)
    offset = local.utcoffset() or timedelta(0)
    onset = datetime(year, 1, 1)
    name = local.tzname() or zone.key
    return _observance(_Transition(onset, offset, offset, name, _is_summer(local)))
