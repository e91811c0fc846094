"""Every real published file in ../shared/corpus through the checks every reader must pass.

Whatever the format, a catalog must hold distinct keys under its conference, instants in UTC
that end after they start, each session on its local day in the conference's zone (or the day
before, for a talk after midnight), the conference's first and last day where its sessions
are, and a real IANA zone. The corpus files all say (or imply) their zone, so no time in them
may be a guess. Runs of one session share its title.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from planner.core.model import TimeStatus
from planner.formats.registry import read_catalog
from tests.conftest import CORPUS

FILES = sorted(
    f"{folder}/{path.name}"
    for folder in ("schedules", "ics")
    for path in (CORPUS / folder).glob("*")
    if path.is_file()
)


@pytest.mark.parametrize("name", FILES)
def test_every_corpus_file_passes_the_shared_checks(corpus: Path, name: str) -> None:
    catalog = read_catalog(corpus / name)
    conference, sessions = catalog.conference, catalog.sessions
    zone = ZoneInfo(conference.timezone)
    assert sessions
    assert len({s.key for s in sessions}) == len(sessions)
    assert all(s.key.startswith(f"{conference.id}/") for s in sessions)
    assert conference.zone_confirmed
    scheduled = [s for s in sessions if s.start is not None]
    assert all(s.time_status is TimeStatus.CONFIRMED for s in scheduled), name
    for s in scheduled:
        assert s.start is not None and s.end is not None and s.day is not None
        assert s.start.utcoffset() == timedelta(0) and s.start <= s.end
        local = s.start.astimezone(zone).date()
        assert s.day in (local, local - timedelta(days=1)), (s.key, s.day, local)
    days = [s.day for s in sessions if s.day is not None]
    assert (conference.first_day, conference.last_day) == (min(days), max(days))
    by_series: dict[str, set[str]] = {}
    for s in sessions:
        if s.series:
            by_series.setdefault(s.series, set()).add(s.title)
    assert all(len(titles) == 1 for titles in by_series.values()), name
