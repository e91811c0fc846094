"""The one error type every reader and writer raises for bad input."""

from __future__ import annotations

from pathlib import Path

from planner.core.errors import PlannerError


class FormatError(PlannerError):
    """A file that cannot be read as the format it claims to be.

    The message is one line naming the file (and the line, where there is one), fit to be
    shown to a user as it is.
    """

    def __init__(self, path: str | Path, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        # One line whatever the file held: a reader may quote text that has line breaks in it.
        message = " ".join(message.split())
        self.reason = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")
