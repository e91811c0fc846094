"""Shared by the benchmark children: reporting figures to ``run_all.py`` and percentiles.

A child prints any lines it likes for a person, and one last line ``RESULT {json}`` with its
figures, which ``run_all.py`` reads. Every child is also runnable on its own.
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RESULT = "RESULT "


def emit(**figures: object) -> None:
    """Print the figures for ``run_all.py``, with this process's peak memory in MB."""
    figures.setdefault("peak_rss_mb", peak_rss_mb())
    print(RESULT + json.dumps(figures), flush=True)


def peak_rss_mb() -> float:
    """This process's peak resident memory (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]
