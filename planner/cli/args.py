"""What every command shares: the parser class, argument types, printing and progress."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import NoReturn

from planner.core.model import PRIORITY_MAX, PRIORITY_MIN

EXIT_USAGE = 2
Handler = Callable[..., None]
Register = Callable[["argparse._SubParsersAction[Parser]"], dict[str, Handler]]


class Parser(argparse.ArgumentParser):
    """argparse with usage errors as exit status 2 (the planner's one status for bad input)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: give it as YYYY-MM-DD") from None


def count(text: str) -> int:
    """A number of rows to show: 1 or more."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of sessions (1 or more)")
    return int(text)


def priority(text: str) -> int:
    if not text.isdigit() or not PRIORITY_MIN <= int(text) <= PRIORITY_MAX:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a priority {PRIORITY_MIN}-{PRIORITY_MAX}"
        )
    return int(text)


def minutes(text: str) -> timedelta:
    if not text.isdigit() or int(text) > 24 * 60:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of minutes (0-1440)")
    return timedelta(minutes=int(text))


def alarm(text: str) -> int:
    if not text.isdigit() or int(text) > 7 * 24 * 60:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of minutes (0-10080)")
    return int(text)


# Control characters (an escape sequence in a schedule or a colleague's agenda could retitle
# the terminal or hide text) and the bidirectional overrides that reorder what a line shows.
_UNSAFE = {n: None for n in [*range(0x20), 0x7F, *range(0x80, 0xA0)] if chr(n) not in "\t"}
_UNSAFE.update({n: None for n in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]})


def terminal_safe(text: str) -> str:
    """``text`` without what a terminal would act on rather than show (line breaks stay)."""
    return "\n".join(line.translate(_UNSAFE) for line in text.split("\n"))


def emit(lines: Sequence[str]) -> None:
    sys.stdout.write(terminal_safe("\n".join(lines)) + "\n")


def warn(message: str) -> None:
    """One line on stderr, as every refusal and warning is."""
    sys.stderr.write("planner: " + terminal_safe(message).replace("\n", " ") + "\n")


def progress(path: Path) -> Callable[[int, int], None] | None:
    """Progress on the terminal for imports big enough to make a user wait."""
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> None:
        if total >= 5_000:
            end = "\n" if done >= total else ""
            name = " ".join(terminal_safe(path.name).split())
            sys.stderr.write(f"\r{name}: stored {done:,} of {total:,} sessions{end}")
            sys.stderr.flush()

    return report
