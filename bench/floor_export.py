"""The floor of the calendar export: icalendar alone, on the same sessions.

    .venv/bin/python bench/floor_export.py --db catalog.sqlite3 [--picks 10000] --out agenda.ics

Reads the same picks as ``bench_export.py`` bookmarks (every n-th scheduled session of the
first conference, in list order) with ``sqlite3``, and writes them with the ``icalendar``
library the way any exporter would: one VEVENT each with UID, DTSTAMP, DTSTART and DTEND in
the conference's zone, SUMMARY, DESCRIPTION, LOCATION, CATEGORIES, STATUS and SEQUENCE, plus
the zone's VTIMEZONE, and the bytes to a file. No history, no fingerprints, no atomic write.
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone


def main() -> None:
    parser = argparse.ArgumentParser(description="icalendar alone, on the same sessions.")
    parser.add_argument("--db", required=True)
    parser.add_argument("--picks", type=int, default=10_000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    db = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    conference, zone_name = db.execute(
        "SELECT id, timezone FROM conference ORDER BY imported_at"
    ).fetchone()
    rows = db.execute(
        "SELECT s.key, s.title, s.start_ts, s.end_ts, r.name, t.name, s.summary FROM session s "
        "LEFT JOIN room r ON r.id = s.room_id LEFT JOIN track t ON t.id = s.track_id "
        "WHERE s.conference_id = ? AND s.start_ts IS NOT NULL "
        "ORDER BY s.start_ts, s.title, s.key",
        (conference,),
    ).fetchall()
    rows = rows[:: max(1, len(rows) // args.picks)][: args.picks]
    began = time.perf_counter()
    zone, now = ZoneInfo(zone_name), datetime.now(UTC)
    cal = Calendar()
    cal.add("prodid", "-//floor//EN")
    cal.add("version", "2.0")
    years = sorted({datetime.fromtimestamp(r[2], zone).year for r in rows})
    first, last = datetime(years[0], 1, 1).date(), datetime(years[-1], 12, 31).date()
    cal.add_component(Timezone.from_tzinfo(zone, first_date=first, last_date=last))
    for key, title, start, end, room, track, summary in rows:
        event = Event()
        event.add("uid", f"{key}@floor")
        event.add("dtstamp", now)
        event.add("dtstart", datetime.fromtimestamp(start, zone))
        event.add("dtend", datetime.fromtimestamp(end, zone))
        event.add("summary", title)
        event.add("description", summary or "")
        if room:
            event.add("location", room)
        if track:
            event.add("categories", [track])
        event.add("status", "CONFIRMED")
        event.add("sequence", 0)
        cal.add_component(event)
    args.out.write_bytes(cal.to_ical())
    seconds = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"icalendar alone: {len(rows):,} events in {seconds * 1000:.0f} ms")
    print("RESULT " + json.dumps({"seconds": seconds, "events": len(rows), "peak_rss_mb": peak}))


if __name__ == "__main__":
    main()
