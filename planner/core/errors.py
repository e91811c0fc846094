"""The error types that reach the user: each carries a one-line message fit to show as it is."""

from __future__ import annotations


class PlannerError(Exception):
    """Base of every error the CLI and the window report to the user (never as a traceback)."""


class StorageError(PlannerError):
    """The database file cannot be opened, read or written (named in the message)."""


class NotFoundError(PlannerError):
    """A session key or code, a conference, or a track that the catalog does not hold."""


class UsageError(PlannerError):
    """A wrong argument: the message names it."""


class OutputError(PlannerError):
    """A file the planner was asked to write cannot be written (nothing half-written is left)."""
