"""The automatic backup of the user's picks: its file, its generations, and its policy.

After every change to picks, every pick (of every conference) goes to one small JSON file
beside the database (``planner.sqlite3.picks-backup.json``), replaced atomically so that a
crash leaves the old backup or the new one. Picks are keyed by session key, so they can be
put back into a fresh database before or after any catalog is loaded.

The policy, which is what makes the backup worth having:

- It never shrinks by accident. A pick that the backup holds and the database lacks stays in
  the next backup unless the database records that the user removed it (``pick_removal``):
  a database emptied, replaced or deleted under the planner cannot take the backup with it.
- It is brought up to date on start when it is behind the database (a process killed between
  a change and its backup), and the picks the database lost are put back (services/lifecycle).
- The last few are kept: before a backup that drops several picks at once (an agenda that
  replaced them, a plan applied), or one written more than an hour after the current one, the
  current one is copied to ``.picks-backup.1.json`` (the older ones move up to ``.3``), so
  that even a removal the user regrets can be undone by hand. (One unstar at a time is for
  the window's Undo; copying the backup at each would double the cost of a click.)
- It is read as untrusted input (it sits in a folder other programs write to): its size is
  checked, it is parsed with ``json.loads`` only, and an entry that cannot be read is named
  and left out rather than blocking the good ones.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from planner.core.dates import check_instant
from planner.core.model import Pick, PickState, conference_of
from planner.formats.atomic import write_atomically
from planner.formats.errors import FormatError

FORMAT_NAME = "conference-planner-picks-backup"
FORMAT_VERSION = 1
MAX_BACKUP_BYTES = 64 * 1024 * 1024
GENERATIONS = 3  # older backups kept beside the current one
ROTATE_AFTER = timedelta(hours=1)
_COMPANIONS = ("-wal", "-shm")  # SQLite's files beside the database; they travel with it
_SHOWN_PROBLEMS = 3


@dataclass(frozen=True, slots=True)
class PicksBackup:
    """What a backup file holds: when it was saved, every pick it could read, and the rest.

    ``problems`` names the entries that could not be read ("picks[3] (gtc2025/S1): ...").
    """

    path: Path
    saved_at: datetime | None
    picks: tuple[Pick, ...]
    problems: tuple[str, ...] = ()

    def conferences(self) -> list[str]:
        return sorted({conference_of(p.session_key) for p in self.picks})

    def by_key(self) -> dict[str, Pick]:
        return {p.session_key: p for p in self.picks}

    def when(self) -> str:
        if self.saved_at is None:
            return "an unknown time"
        return self.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")


def backup_path(db_path: Path) -> Path:
    """Where the backup of the picks in ``db_path`` lives: beside it."""
    return db_path.with_name(db_path.name + ".picks-backup.json")


def generation_path(db_path: Path, number: int) -> Path:
    """The ``number``-th older backup (1 is the newest of them); 0 is the current one."""
    if number == 0:
        return backup_path(db_path)
    return db_path.with_name(f"{db_path.name}.picks-backup.{number}.json")


def backups_exist(db_path: Path) -> bool:
    """Whether any backup of picks lies beside ``db_path`` (then the file was the planner's)."""
    return any(generation_path(db_path, n).exists() for n in range(GENERATIONS + 1))


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
    """The backup file's bytes: JSON, one pick a line, sorted by key (stable diffs).

    Each line is encoded on its own: ``json.dumps`` with ``indent`` runs in pure Python and
    took most of the time of a click with a few hundred picks.
    """
    head = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "saved_at": _time(now or datetime.now(UTC)),
    }
    lines = [
        json.dumps(_pick_document(p), ensure_ascii=False)
        for p in sorted(picks, key=lambda p: p.session_key)
    ]
    body = ",\n ".join(lines)
    text = json.dumps(head, ensure_ascii=False)[:-1] + f', "picks": [\n {body}\n]}}\n'
    return text.encode("utf-8")


def write_backup(path: Path, picks: Iterable[Pick], now: datetime | None = None) -> None:
    """Replace the backup at ``path`` whole; OSError goes to the caller."""
    write_atomically(path, encode(picks, now))


@dataclass(frozen=True, slots=True)
class Saved:
    """What ``save`` did: the picks it kept that the database lacks, and any old file moved."""

    kept_lost: tuple[str, ...] = ()
    unreadable_kept_as: Path | None = None


def save(
    db_path: Path, picks: Mapping[str, Pick], removed: set[str], now: datetime | None = None
) -> Saved:
    """Write the backup of ``picks`` by the policy above; OSError goes to the caller.

    ``removed`` are the keys the database records as removed by the user. Call it under the
    database's write lock, so that backups land in the order of the commits they follow,
    whichever process made them.
    """
    now = now or datetime.now(UTC)
    path = backup_path(db_path)
    current: PicksBackup | None = None
    kept_as: Path | None = None
    try:
        current = read_backup(path)
    except FormatError:
        kept_as = keep_unreadable_backup(path, db_path, now)
    except OSError:
        pass  # none, or unreadable to the system (a folder in its place): the write says so
    lost = {} if current is None else _lost(current, picks, removed)
    if current is not None and _should_rotate(current, picks, now):
        _rotate(db_path, path)
    if current is None or lost or not _same(current, picks):
        written = [*picks.values(), *lost.values()]
        data = encode(written, now)
        write_atomically(path, data)
        _remember(path, data, written, now)
    return Saved(tuple(sorted(lost)), kept_as)


def _lost(current: PicksBackup, picks: Mapping[str, Pick], removed: set[str]) -> dict[str, Pick]:
    """The backup's picks that the database neither holds nor records as removed."""
    return {
        key: pick
        for key, pick in current.by_key().items()
        if key not in picks and key not in removed
    }


def _same(current: PicksBackup, picks: Mapping[str, Pick]) -> bool:
    return not current.problems and current.by_key() == dict(picks)


def _should_rotate(current: PicksBackup, picks: Mapping[str, Pick], now: datetime) -> bool:
    dropped = sum(1 for key in current.by_key() if key not in picks)
    drops = bool(current.problems) or dropped > 1
    old = current.saved_at is None or now - current.saved_at >= ROTATE_AFTER
    return drops or (old and not _same(current, picks))


def _rotate(db_path: Path, path: Path) -> None:
    # Copied, not moved, into place: the current backup is never missing, even for a moment.
    for number in range(GENERATIONS - 1, 0, -1):
        older = generation_path(db_path, number)
        if older.exists():
            os.replace(older, generation_path(db_path, number + 1))
    write_atomically(generation_path(db_path, 1), path.read_bytes())


def keep_unreadable_backup(path: Path, beside: Path, now: datetime | None = None) -> Path:
    """Move an unreadable backup out of the way of the next one (it may still help a person)."""
    stamp = (now or datetime.now(UTC)).astimezone().strftime("%Y%m%d-%H%M%S")
    kept = beside.with_name(f"{beside.name}.unreadable-{stamp}.picks-backup.json")
    number = 1
    while kept.exists():
        number += 1
        kept = beside.with_name(f"{beside.name}.unreadable-{stamp}-{number}.picks-backup.json")
    os.replace(path, kept)
    return kept


# --- reading -------------------------------------------------------------------------------


# The backup this process wrote last, by file, with the digest of its bytes: while the file
# holds those bytes still, the next change need not parse every pick again (most of a click's
# cost with a few hundred picks). By content, not by inode and time: a file another process
# writes within the same clock tick may get the freed inode back.
_WRITTEN: dict[str, tuple[bytes, PicksBackup]] = {}


def _remember(path: Path, data: bytes, picks: Iterable[Pick], now: datetime) -> None:
    _WRITTEN[str(path)] = (hashlib.sha256(data).digest(), PicksBackup(path, now, tuple(picks)))


def read_backup(path: Path) -> PicksBackup:
    """The backup at ``path``: every entry it can read; FormatError if it is no backup at all.

    OSError (no such file, no permission) is left to the caller.
    """
    if path.stat().st_size > MAX_BACKUP_BYTES:
        raise FormatError(path, "is too large to be a backup of picks")
    data = path.read_bytes()
    known = _WRITTEN.get(str(path))
    if known is not None and known[0] == hashlib.sha256(data).digest():
        return known[1]
    try:
        document = json.loads(data.decode("utf-8"))
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
    picks: dict[str, Pick] = {}
    problems: list[str] = []
    for index, entry in enumerate(entries):
        try:
            pick = _pick(index, entry)
        except ValueError as exc:
            problems.append(str(exc))
            continue
        if pick.session_key in picks:
            problems.append(f"picks[{index}] ({pick.session_key}): listed twice")
            continue
        picks[pick.session_key] = pick
    try:
        saved_at: datetime | None = _instant("saved_at", document.get("saved_at"))
    except ValueError:
        saved_at = None
    return PicksBackup(path, saved_at, tuple(picks.values()), tuple(problems))


def _pick(index: int, entry: object) -> Pick:
    if not isinstance(entry, Mapping):
        raise ValueError(f"picks[{index}]: must be a mapping")
    key, note = entry.get("key"), entry.get("note", "")
    if not isinstance(key, str) or "/" not in key or len(key) > 1000:
        raise ValueError(f"picks[{index}]: needs a session key")
    if not isinstance(note, str):
        raise ValueError(f"picks[{index}] ({_printable(key)}): the note must be text")
    try:
        return Pick(
            session_key=key,
            priority=_whole_number(entry.get("priority")),
            note=note,
            state=PickState(str(entry.get("state"))),
            planned_start=_optional_instant(entry, "planned_start"),
            planned_end=_optional_instant(entry, "planned_end"),
        )
    except ValueError as exc:
        raise ValueError(f"picks[{index}] ({_printable(key)}): {exc}") from None


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else "?" for c in text[:80])


def _whole_number(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"priority must be a whole number, not {type(value).__name__}")
    return value


def _optional_instant(entry: Mapping[str, object], name: str) -> datetime | None:
    value = entry.get(name)
    return None if value is None else _instant(name, value)


def _instant(where: str, value: object) -> datetime:
    try:
        instant = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        instant = None
    if instant is None or instant.utcoffset() is None:
        raise ValueError(f"{where} must be a date and time with a UTC offset")
    problem = check_instant(instant)
    if problem:
        raise ValueError(f"{where} {problem}")
    return instant.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class Found:
    """The newest backup that could be read, and what was wrong with newer ones."""

    backup: PicksBackup | None
    troubles: tuple[str, ...] = ()
    kept: tuple[Path, ...] = ()


def newest_readable(db_path: Path, keep_beside: Path) -> Found:
    """The newest readable backup of the picks in ``db_path``, current one first.

    An unreadable current backup is moved aside (named after ``keep_beside``) so that the next
    backup does not replace it; older generations that cannot be read are only named.
    """
    troubles: list[str] = []
    kept: list[Path] = []
    for number in range(GENERATIONS + 1):
        path = generation_path(db_path, number)
        try:
            return Found(read_backup(path), tuple(troubles), tuple(kept))
        except FileNotFoundError:
            continue
        except (OSError, FormatError) as exc:
            why = str(exc) if isinstance(exc, FormatError) else f"{path}: {exc.strerror or exc}"
            if number == 0 and isinstance(exc, FormatError):
                try:
                    kept_as = keep_unreadable_backup(path, keep_beside)
                except OSError:
                    pass
                else:
                    kept.append(kept_as)
                    why += f"; it was kept as {kept_as.name}"
            troubles.append(why)
    return Found(None, tuple(troubles), tuple(kept))


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
    kept together the set can still be opened by recovery tools. Renaming opens nothing.
    """
    os.replace(db_path, aside)
    for end in _COMPANIONS:
        companion = Path(f"{db_path}{end}")
        if companion.exists():
            os.replace(companion, Path(f"{aside}{end}"))


# --- what to tell the user -----------------------------------------------------------------


def restored_message(
    found: Found, restored: int, missing_conferences: list[str], *, fresh: bool, salvaged: int = 0
) -> list[str]:
    """Sentences about the picks after a start that needed the backup: what came back, from when.

    ``fresh`` says that the database was started anew (a damaged file set aside); ``salvaged``
    picks the backup lacked were read back from the damaged file itself.
    """
    said = _backup_sentences(found, restored, fresh=fresh, salvaged=salvaged)
    if salvaged:
        said.append(f"{salvaged} pick(s) the backup lacked were read back from the damaged file")
    if (restored or salvaged) and missing_conferences:
        said.append(
            f"Import the schedule of {', '.join(missing_conferences)} again to see its picks"
        )
    return said


def _backup_sentences(found: Found, restored: int, *, fresh: bool, salvaged: int) -> list[str]:
    said: list[str] = []
    if found.troubles:
        said.append(
            f"The latest automatic backup of your picks could not be read ({found.troubles[0]})"
        )
    saved = found.backup
    if saved is None:
        if fresh and not salvaged:
            said.append(
                "No automatic backup of your picks was found; the planner starts anew"
                if not found.troubles
                else "The planner starts anew"
            )
        elif fresh:
            said.append("No automatic backup of your picks was found")
        return said
    if restored:
        said.append(
            f"Your {restored} pick(s) were restored from the automatic backup of {saved.when()}"
        )
    elif fresh and not saved.picks and not salvaged:
        said.append("Its automatic backup held no picks, so none were lost")
    elif found.troubles:
        said.append("The picks in the database were backed up anew")
    if saved.problems:
        shown = "; ".join(saved.problems[:_SHOWN_PROBLEMS])
        more = len(saved.problems) - _SHOWN_PROBLEMS
        said.append(
            f"{len(saved.problems)} entry(ies) of that backup could not be read and were left "
            f"out ({shown}{f'; and {more} more' if more > 0 else ''})"
        )
    return said
