"""The GTC summaries as the registry sees them: a summary file alone, or a folder of them.

A folder that holds summaries (``*.txt``) beside a ``schedule.yaml`` is the layout of the
bundled catalog (data/gtc2025/): it imports as one conference, times and all (``gtc_bundle``).
A summary file on its own has no times: its sessions import unscheduled, as a conference of its
own named by the file's header (or the file), so that it never replaces the times of a bundle.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from planner.core.model import Catalog, Conference, Session, session_key
from planner.formats.cleaning import slugify
from planner.formats.errors import FormatError
from planner.formats.gtc_bundle import SCHEDULE_FILE, read_gtc_bundle, summary_files
from planner.formats.gtc_summary import SummaryEntry, merge_summaries, read_summary
from planner.formats.registry import ReadOptions

__all__ = ["FOLDER_READER", "READER", "GtcFolderReader", "GtcSummaryReader"]

_FIRST_HEADING = re.compile(r"\A(?:\s*\n)*#[ \t]+\S")
_SESSION_HEADING = re.compile(r"^##[ \t]+\S", re.MULTILINE)
_LABELS = re.compile(r"重點摘要|重点摘要|Key Takeaways?|^#{1,6}\s*\**Topics?\s*[:：]", re.MULTILINE)
_NO_TIME = "The summary gives no time; import the folder with its schedule.yaml for the times."


class GtcSummaryReader:
    """One GTC session summary file (markdown: # track, ## session, ### Topic...)."""

    name = "gtc-summary"
    description = "GTC session summaries (.txt/.md)"
    extensions = (".txt", ".md")

    def sniff(self, head: bytes) -> bool:
        text = head.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "ignore").replace("\r", "")
        return bool(
            _FIRST_HEADING.match(text) and _SESSION_HEADING.search(text) and _LABELS.search(text)
        )

    def read(self, path: Path, data: bytes, options: ReadOptions) -> Catalog:
        document = read_summary(path, data)
        tracks, entries = merge_summaries([document])
        title = document.header_title or path.stem
        conference_id = (
            (options.conference_id or "").strip()
            or slugify(title)
            or slugify(path.stem)
            or "gtc-summaries"
        )
        sessions = tuple(_session(conference_id, entry) for entry in entries)
        keys = [s.key for s in sessions]
        if len(set(keys)) != len(keys):
            raise FormatError(path, "two sessions in the file have the same code or title")
        conference = Conference(conference_id, title, "UTC")
        return Catalog(conference, sessions, tracks)


def _session(conference_id: str, entry: SummaryEntry) -> Session:
    return Session(
        key=session_key(conference_id, entry.code or _title_id(entry.title)),
        conference_id=conference_id,
        title=entry.title,
        code=entry.code,
        track=entry.track,
        time_note=_NO_TIME,
        topics=entry.topics,
        highlights=entry.highlights,
        summary=entry.summary,
        sources=(f"summary: {entry.source}",),
    )


def _title_id(title: str) -> str:
    # A CJK title has no slug; a digest of the title is as stable as the title itself.
    slug = slugify(title)[:48].strip("-")
    digest = hashlib.sha1(" ".join(title.casefold().split()).encode("utf-8")).hexdigest()[:10]
    return f"{slug}-{digest}" if slug else f"t-{digest}"


class GtcFolderReader:
    """A folder laid out like data/gtc2025/: summaries and their schedule.yaml."""

    name = "gtc-bundle"
    description = "GTC summaries with their schedule.yaml"

    def claims_folder(self, folder: Path) -> bool:
        return (folder / SCHEDULE_FILE).is_file() and bool(summary_files(folder))

    def read_folder(self, folder: Path, options: ReadOptions) -> Catalog:
        return read_gtc_bundle(folder)


READER = GtcSummaryReader()
FOLDER_READER = GtcFolderReader()
