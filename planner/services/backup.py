"""The automatic backup of the user's picks, and setting a damaged database file aside.

After every change to picks the Planner writes all of them, every conference's, to one small
JSON file beside the database (``planner.sqlite3.picks-backup.json``), replaced atomically so
that a crash leaves the old backup or the new one. Picks are keyed by session key, so they can
be put back into a fresh database before or after any catalog is loaded.

The backup is read as untrusted input (it sits in a folder other programs write to): its size
is checked, it is parsed with ``json.loads`` only, and every refusal is a FormatError.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from planner.core.model import Pick, PickState, conference_of
from planner.formats.atomic import write_atomically
from planner.formats.errors import FormatError

FORMAT_NAME = "conference-planner-picks-backup"
FORMAT_VERSION = 1
MAX_BACKUP_BYTES = 64 * 1024 * 1024
_COMPANIONS = ("-wal", "-shm")  # SQLite's files beside the database; they travel with it


@dataclass(frozen=True, slots=True)
class PicksBackup:
    """What a backup file holds: when it was saved, and every pick."""

    saved_at: datetime
    picks: tuple[Pick, ...]

    def conferences(self) -> list[str]:
        return sorted({conference_of(p.session_key) for p in self.picks})


def backup_path(db_path: Path) -> Path:
    """Where the backup of the picks in ``db_path`` lives: beside it."""
    return db_path.with_name(db_path.name + ".picks-backup.json")


# --- writing -------------------------------------------------------------------------------


def _time(instant: datetime | None) -> str | None:
    return None if instant is None else instant.astimezone(UTC).isoformat()


def _pick_document(pick: Pick) -> dict[str, object]:
    return {
        "key": pick.session_key,
        "priority": pick.priority,
        "note": pick.note,
        "state": pick.state.value,
        "planned_start": _time(pick.planned_start),
        "planned_end": _time(pick.planned_end),
    }


def encode(picks: Iterable[Pick], now: datetime | None = None) -> bytes:
    """The backup file's bytes: JSON, one pick per entry, sorted by key (stable diffs)."""
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "saved_at": _time(now or datetime.now(UTC)),
        "picks": [_pick_document(p) for p in sorted(picks, key=lambda p: p.session_key)],
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def write_backup(path: Path, picks: Iterable[Pick]) -> None:
    """Replace the backup at ``path`` whole; OSError goes to the caller."""
    write_atomically(path, encode(picks))


# --- reading -------------------------------------------------------------------------------


def read_backup(path: Path) -> PicksBackup:
    """The backup at ``path``; FormatError for anything but a well-formed backup file.

    OSError (no such file, no permission) is left to the caller.
    """
    if path.stat().st_size > MAX_BACKUP_BYTES:
        raise FormatError(path, "is too large to be a backup of picks")
    try:
        document = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise FormatError(path, f"is not a readable backup ({type(exc).__name__})") from None
    return _backup(path, document)


def _backup(path: Path, document: object) -> PicksBackup:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise FormatError(path, "is not a Conference Planner backup of picks")
    if document.get("version") != FORMAT_VERSION:
        raise FormatError(path, f"has an unknown backup version {document.get('version')!r}")
    entries = document.get("picks")
    if not isinstance(entries, list):
        raise FormatError(path, "picks: must be a list")
    picks = tuple(_pick(path, index, entry) for index, entry in enumerate(entries))
    return PicksBackup(_instant(path, "saved_at", document.get("saved_at")), picks)


def _pick(path: Path, index: int, entry: object) -> Pick:
    where = f"picks[{index}]"
    if not isinstance(entry, Mapping):
        raise FormatError(path, f"{where}: must be a mapping")
    key, note = entry.get("key"), entry.get("note", "")
    if not isinstance(key, str) or "/" not in key or not isinstance(note, str):
        raise FormatError(path, f"{where}: needs a session key and a text note")
    try:
        return Pick(
            session_key=key,
            priority=_whole_number(entry.get("priority")),
            note=note,
            state=PickState(str(entry.get("state"))),
            planned_start=_optional_instant(path, where, entry, "planned_start"),
            planned_end=_optional_instant(path, where, entry, "planned_end"),
        )
    except ValueError as exc:
        raise FormatError(path, f"{where}: {exc}") from None


def _whole_number(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"priority must be a whole number, not {value!r}")
    return value


def _optional_instant(
    path: Path, where: str, entry: Mapping[str, object], name: str
) -> datetime | None:
    value = entry.get(name)
    return None if value is None else _instant(path, f"{where}.{name}", value)


def _instant(path: Path, where: str, value: object) -> datetime:
    try:
        instant = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        instant = None
    if instant is None or instant.utcoffset() is None:
        raise FormatError(path, f"{where}: must be a date and time with a UTC offset")
    return instant.astimezone(UTC)


# --- setting a damaged file aside ----------------------------------------------------------


def aside_path(db_path: Path, now: datetime | None = None) -> Path:
    """A name not yet taken for the damaged file: ``<db>.corrupt-<local timestamp>``."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = db_path.with_name(f"{db_path.name}.corrupt-{stamp}")
    number = 1
    while any(Path(f"{candidate}{end}").exists() for end in ("", *_COMPANIONS)):
        number += 1
        candidate = db_path.with_name(f"{db_path.name}.corrupt-{stamp}-{number}")
    return candidate


def set_aside(db_path: Path, aside: Path) -> None:
    """Rename the database and its -wal and -shm files to ``aside`` (kept, never deleted).

    The companions go too: a fresh database must not replay the damaged one's journal, and
    kept together the set can still be opened by recovery tools.
    """
    os.replace(db_path, aside)
    for end in _COMPANIONS:
        companion = Path(f"{db_path}{end}")
        if companion.exists():
            os.replace(companion, Path(f"{aside}{end}"))


def keep_unreadable_backup(path: Path, aside: Path) -> Path:
    """Move an unreadable backup out of the way of the next one (it may still help a person)."""
    kept = aside.with_name(aside.name + ".picks-backup.json")
    os.replace(path, kept)
    return kept


def recovery_message(
    db_path: Path,
    detail: str,
    aside: Path,
    saved: PicksBackup | None,
    trouble: str,
    loaded: set[str],
) -> str:
    """What to tell the user after a damaged database was replaced by a fresh one."""
    said = f"{db_path.name} was damaged ({detail}); it was set aside as {aside.name}"
    if saved is None and trouble:
        return f"{said}. The automatic backup of your picks could not be read ({trouble})."
    if saved is None:
        return f"{said}. No automatic backup of your picks was found; the planner starts anew."
    if not saved.picks:
        return f"{said}. Its automatic backup held no picks, so none were lost."
    when = saved.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
    said += (
        f" and your {len(saved.picks)} pick(s) were restored from the automatic backup of {when}"
    )
    missing = [c for c in saved.conferences() if c not in loaded]
    if missing:
        said += f"; import the schedule of {', '.join(missing)} again to see its picks"
    return said + "."
