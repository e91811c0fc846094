#!/usr/bin/env python3
"""Regenerate docs/screenshots/pocket-agenda.png: page 1 of `planner export pdf`, as a PNG.

    .venv/bin/python tools/pocket_agenda_picture.py [--page a6|a4|letter] [--out DIR]

Makes a temporary database with the bundled GTC 2025 catalog, picks a few sessions the way a
user would (the keynote with a note, Chinese talks, two that clash, one to watch later),
writes the pocket agenda with the command line itself, and turns its first page into a PNG
with poppler's pdftoppm (poppler-utils). Needs no display.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner.core.model import PickState  # noqa: E402  (after sys.path)
from planner.services.planner import Planner  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PICKS = {  # code: (priority, note)
    "S72484": (5, "Get there by 9:15 — the queue is long. 提前到场"),
    "S72643": (4, ""),
    "S71942": (3, "Compare with the VLA talk"),
    "S74412": (4, ""),
    "S72890": (2, ""),
    "S74495": (5, "Quantum Day panel"),
    "S74181": (3, ""),
}
WATCH_LATER = "gtc2025/S72890"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", default="a6", choices=("a4", "letter", "a6"))  # the pocket
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        sys.exit("pocket_agenda_picture: pdftoppm not found (install poppler-utils)")
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "planner.sqlite3"
        with Planner(db) as planner:
            planner.ensure_bundled_catalog()
            for code, (priority, note) in PICKS.items():
                planner.bookmark([code], priority=priority, note=note)
            planner.set_states({WATCH_LATER: PickState.WATCH_LATER})
        pdf = Path(folder) / "agenda.pdf"
        command = [sys.executable, "-m", "planner", "--db", str(db), "export", "pdf", str(pdf),
                   "--page", args.page]  # fmt: skip
        subprocess.run(command, check=True, cwd=ROOT)
        args.out.mkdir(parents=True, exist_ok=True)
        stem = args.out / "pocket-agenda"
        subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(stem)], check=True)  # fmt: skip
    print(f"wrote {stem.with_suffix('.png')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
