"""Large schedules for the tests that need an import to take a while (kills, locks, full disks).

They come from the benchmarks' generator (bench/generate.py): a fixed seed, realistic English
and Chinese text, written as frab XML so that an import goes through the real reader.
"""

from __future__ import annotations

from pathlib import Path

from bench.generate import build_catalog, write_frab_xml


def generated_schedule(folder: Path, sessions: int) -> Path:
    """``folder/bench-N.xml``: a frab schedule of ``sessions`` sessions, conference ``bench-N``."""
    path = folder / f"bench-{sessions}.xml"
    if not path.exists():
        write_frab_xml(build_catalog(sessions), path)
    return path
