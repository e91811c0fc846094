"""The bundled NVIDIA GTC 2025 catalog: the seed summaries joined with the schedule facts.

The summaries (data/gtc2025/*.txt) say what each session is about; schedule.yaml says when and
where, and where each fact came from. They are joined by the session code where the summary
heading carries one, otherwise by the exact seed title that schedule.yaml records.
"""

from __future__ import annotations

from pathlib import Path

from planner.core.model import Catalog, Session, session_key
from planner.formats.errors import FormatError
from planner.formats.gtc_schedule import ScheduleFact, ScheduleFacts, read_schedule_facts
from planner.formats.gtc_summary import (
    SummaryDocument,
    SummaryEntry,
    merge_summaries,
    read_summary,
)

SCHEDULE_FILE = "schedule.yaml"


def bundled_data_dir() -> Path:
    """data/gtc2025 in a source checkout, or the copy installed inside the package."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package.parent / "data" / "gtc2025", package / "data" / "gtc2025"):
        if (candidate / SCHEDULE_FILE).is_file():
            return candidate
    raise FormatError(package / "data" / "gtc2025", "the bundled GTC 2025 catalog is missing")


def summary_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt"))


def _fact_for(entry: SummaryEntry, facts: ScheduleFacts, schedule: Path) -> ScheduleFact:
    if entry.code is not None and entry.code in facts.by_code():
        return facts.by_code()[entry.code]
    for fact in facts.sessions:
        if fact.seed_title == entry.title:
            return fact
    raise FormatError(schedule, f"no schedule entry for the session at {entry.source}")


def _catalog_title_line(entry: SummaryEntry, fact: ScheduleFact) -> str:
    # The catalog's own title is often the English one: worth showing and searching.
    if not fact.catalog_title or fact.catalog_title == entry.title:
        return ""
    return f"Catalog title: {fact.catalog_title}"


def _session(conference_id: str, entry: SummaryEntry, fact: ScheduleFact) -> Session:
    return Session(
        key=session_key(conference_id, fact.code),
        conference_id=conference_id,
        title=entry.title,
        code=fact.code,
        track=entry.track,
        start=fact.start,
        end=fact.end,
        time_status=fact.time_status,
        time_note=fact.time_note,
        room=fact.room,
        speakers=fact.speakers,
        topics=entry.topics,
        highlights=entry.highlights,
        summary=entry.summary,
        abstract=_catalog_title_line(entry, fact),
        url=fact.url,
        recorded=fact.recorded,
        delivery=fact.delivery,
        sources=(f"summary: {entry.source}", *fact.sources),
    )


def _read(path: Path) -> SummaryDocument:
    try:
        return read_summary(path)
    except OSError as exc:
        raise FormatError(path, f"cannot read the file ({exc.strerror})") from exc


def read_gtc_bundle(folder: Path | None = None) -> Catalog:
    """Read the bundled catalog (or one laid out the same way in ``folder``)."""
    folder = folder or bundled_data_dir()
    schedule = folder / SCHEDULE_FILE
    facts = read_schedule_facts(schedule)
    documents = [_read(p) for p in summary_files(folder)]
    # The document with the conference header lists the tracks in the conference's own order.
    documents.sort(key=lambda d: d.header_title is None)
    tracks, entries = merge_summaries(documents)
    conference_id = facts.conference.id
    sessions = tuple(_session(conference_id, e, _fact_for(e, facts, schedule)) for e in entries)
    keys = [s.key for s in sessions]
    if len(set(keys)) != len(keys):
        raise FormatError(schedule, "two summaries map to the same schedule entry")
    return Catalog(conference=facts.conference, sessions=sessions, tracks=tracks)
