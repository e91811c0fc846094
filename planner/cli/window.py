"""`planner` and `planner gui`: opening the window (Qt is imported only here, only then)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Collection, Sequence
from pathlib import Path

from planner.cli.args import EXIT_USAGE
from planner.cli.dbpath import chosen_db_path
from planner.core.errors import PlannerError


def _has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    names = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    return any(os.environ.get(name) for name in names)


def run_window(args: argparse.Namespace, open_path: Path | None = None) -> int:
    """The window, so that scripts never load Qt."""
    if not _has_display():
        sys.stderr.write(
            "planner: no display to open the window on (DISPLAY is not set); run it in a "
            "desktop session, or use the command line: planner sessions, planner --help\n"
        )
        return EXIT_USAGE
    try:
        db_path = chosen_db_path(args.db)
    except PlannerError as exc:
        sys.stderr.write(f"planner: {exc}\n")
        return EXIT_USAGE
    try:
        from planner.gui.app import run_gui
    except ImportError as exc:
        sys.stderr.write(f"planner: the window cannot start: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:  # Ctrl-C while Qt loads, before the window can take it
        sys.stderr.write("planner: interrupted\n")
        return 130
    return run_gui(db_path, [], open_path)


def file_to_open(argv: Sequence[str], commands: Collection[str]) -> Path | None:
    """`planner FILE` (a desktop double-click): the first word, if it is a file, not a command."""
    words = iter(argv)
    for word in words:
        if word in ("--db", "--conference"):
            next(words, None)
        elif not word.startswith("-"):
            is_file = word not in commands and word != "gui" and Path(word).is_file()
            return Path(word) if is_file else None
    return None
