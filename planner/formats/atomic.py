"""Replace a file all at once, so that a crash or a full disk never leaves half of it.

The new contents go to a temporary file beside the target, named after the target and the
writing process (``.agenda.ics.<pid>.<random>.tmp``), which is then renamed over it. Any error
or interruption removes the temporary file; a process killed outright cannot, so the next
write to the same place removes what a dead process left (its process id names no running
process any more, or the file is a day old).

Only a regular file (or a name not yet taken) is replaced: renaming over a named pipe, a
device or a folder would put a file where the user, or the system, has something else
(``target_problem``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
from pathlib import Path

from planner.core.system_paths import system_folder

STALE_AFTER_S = 24 * 3600  # a temporary file this old is left over whoever wrote it


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and os.replace.

    Readers see the old file or the new one, never a mix; on any error the old file is left
    as it was and the temporary file is removed. OSError goes to the caller to report.
    """
    # Through a symlink, replace its target: the link is the user's, and so is where it points.
    target = Path(os.path.realpath(path))
    problem = target_problem(target)
    if problem is not None:
        raise NotReplaceableError(errno.EINVAL, problem, str(path))
    remove_stale_temporaries(target)
    fd, temporary = tempfile.mkstemp(
        prefix=f"{_prefix(target)}{os.getpid()}.", suffix=".tmp", dir=target.parent
    )
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(target.parent)


class NotReplaceableError(OSError):
    """The target exists and is no regular file (its ``strerror`` says what it is)."""


def target_problem(path: str | Path) -> str | None:
    """Why a file written to ``path`` must not replace what is there ("is a named pipe
    (FIFO)", "is a folder"...), or None: a regular file, or nothing yet (through a link: what
    it points to). A path that cannot be looked at is left to the write to report."""
    target = Path(os.path.realpath(path))
    folder = system_folder(target)
    if folder is not None:
        return f"is a file of the system's own (in {folder})"
    try:
        mode = target.stat().st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    kinds = (
        (stat.S_ISDIR, "is a folder"),
        (stat.S_ISFIFO, "is a named pipe (FIFO)"),
        (stat.S_ISCHR, "is a device"),
        (stat.S_ISBLK, "is a device"),
        (stat.S_ISSOCK, "is a socket"),
    )
    return next((text for test, text in kinds if test(mode)), "is not a regular file")


def _prefix(target: Path) -> str:
    return f".{target.name}."


def remove_stale_temporaries(target: Path) -> list[Path]:
    """Remove the temporary files that killed writers of ``target`` left; the ones removed.

    A temporary file of a process still running is its write in progress and is left alone.
    Best effort: a file that cannot be looked at or removed stays, and is no error.
    """
    removed: list[Path] = []
    prefix = _prefix(target)
    with contextlib.suppress(OSError), os.scandir(target.parent) as entries:
        for entry in entries:
            ours = entry.name.startswith(prefix) and entry.name.endswith(".tmp")
            if ours and (_is_stale(entry.name[len(prefix) :]) or _is_old(entry)):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _is_stale(rest: str) -> bool:
    """Whether the writer named in ``<pid>.<random>.tmp`` is gone (False if it cannot tell)."""
    pid_text = rest.split(".", 1)[0]
    if not pid_text.isdigit():
        return False  # not one of ours, or from before names carried the process
    pid = int(pid_text)
    if pid == os.getpid():
        return False  # another thread of this process may be writing it now
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError, OSError):
        return False  # someone else's running process, or an impossible number
    return False


def _is_old(entry: os.DirEntry[str]) -> bool:
    try:
        return time.time() - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER_S
    except OSError:
        return False


def _mode_for(target: Path) -> int:
    # mkstemp makes the file private (0600); an exported file should get the permissions the
    # old one had, or those any new file of the user's would get.
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return 0o666 & ~_UMASK


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX. Windows cannot open a folder for this, and some
    # file systems refuse it; the new file is in place by now either way, so that is no error.
    # (A folder, never the database: see services/lifecycle.py on opening that file.)
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _read_umask() -> int:
    # The only way to read the umask is to set it; done once, at import, before any threads.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()
