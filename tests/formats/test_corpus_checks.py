"""Every real published file in ../shared/corpus through the checks every reader must pass.

Whatever the format, a catalog must hold distinct keys under its conference, instants in UTC
that end after they start, each session on its local day in the conference's zone (or the day
before, for a talk after midnight), the conference's first and last day where its sessions
are, and a real IANA zone. The corpus files all say (or imply) their zone, so no time in them
may be a guess. Runs of one session share its title.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from planner.core.model import TimeStatus
from planner.formats.registry import read_catalog
from tests.conftest import REPO

# The corpus's schedules and calendar files (its MANIFEST.md, sections 2 and 3), named here
# rather than found by listing the folder, so that without the corpus the summary counts each
# of them as a test not run; the last test below says when the corpus holds one not named.
FILES = (
    "schedules/fosdem_2007.xml",
    "schedules/fosdem_2025.xml",
    "schedules/fosdem_2026.xml",
    "schedules/pretalx_ubucon_eu2019_excerpt.xml",
    "schedules/pyfahrplan_36c3.json",
    "schedules/voc_frab-camp2019.json",
    "schedules/voc_pretalx-democon.json",
    "schedules/voc_pretalx-rc3.json",
    "ics/giggity_kielux_2020.ics",
    "ics/giggity_linux_conf_au_2020.ics",
    "ics/icalendar_alarm_google_future.ics",
    "ics/icalendar_issue_836_do_not_quote_tzid.ics",
    "ics/pretalxstar_glt26_favourites.ics",
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


def test_every_schedule_and_calendar_of_the_corpus_is_checked(corpus: Path) -> None:
    there = {
        f"{folder}/{path.name}"
        for folder in ("schedules", "ics")
        for path in (corpus / folder).glob("*")
        if path.is_file()
    }
    assert there == set(FILES), "add the corpus's new files to FILES (and drop the gone ones)"


def _collect(shared: Path, *options: str) -> str:
    env = dict(os.environ, PLANNER_SHARED=str(shared))
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
         *options],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    return done.stdout


def test_a_bare_clone_counts_as_not_run_exactly_the_tests_the_corpus_runs(corpus, tmp_path):
    with_corpus = _collect(corpus.parent, "-m", "corpus")
    run = re.search(r"^(\d+)/\d+ tests collected", with_corpus, re.MULTILINE)
    without = _collect(tmp_path / "no-such-folder")
    said = re.search(r"^(\d+) tests on the real-world corpus were not run", without, re.MULTILINE)
    assert run and said, (with_corpus[-500:], without[-500:])
    assert int(said.group(1)) == int(run.group(1))
