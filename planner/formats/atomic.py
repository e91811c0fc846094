"""Replace a file all at once, so that a crash or a full disk never leaves half of it."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and os.replace.

    Readers see the old file or the new one, never a mix; on any error the old file is left
    as it was and the temporary file is removed. OSError goes to the caller to report.
    """
    # Through a symlink, replace its target: the link is the user's, and so is where it points.
    target = Path(os.path.realpath(path))
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
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
