"""Open the agenda timeline and the clash panel on a throwaway database and save a screenshot.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/show_agenda.py [--dark]
        [--extra] [--zone NAME] [--out /tmp/agenda.png]

Picks the two clashing GTC sessions S72643 and S71942, the keynote S72484 and the unscheduled
S74181; ``--extra`` adds a watch-later pick (S72557, in the same clash hour) and a priority 5
pick (S72890) to show those styles. ``--dark`` uses a dark Fusion palette; ``--zone
Asia/Shanghai`` shows the times in another zone (the evening picks move past midnight).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from screenshots import dark_palette  # noqa: E402 - the same dark scheme as the README pictures

from planner.core.model import PickState  # noqa: E402 - after the path is set
from planner.gui.agenda.clash_panel import ClashPanel  # noqa: E402
from planner.gui.agenda.timeline import AgendaTimeline  # noqa: E402
from planner.services.planner import Planner  # noqa: E402

PICKS = ["S72643", "S71942", "S72484", "S74181"]


def fill_database(planner: Planner, extra: bool) -> None:
    planner.ensure_bundled_catalog()
    planner.bookmark(PICKS)
    if extra:
        planner.bookmark(["S72557"], state=PickState.WATCH_LATER)
        planner.bookmark(["S72890"], priority=5)


def build(planner: Planner, zone_name: str | None) -> tuple[QWidget, AgendaTimeline]:
    zone = ZoneInfo(zone_name or planner.conference().timezone)
    views = planner.agenda()
    groups = planner.conflicts()
    timeline = AgendaTimeline()
    timeline.set_agenda(views, groups, zone)
    panel = ClashPanel()
    panel.set_groups(groups, {v.key: v for v in views}, planner.plan(), zone)
    window = QWidget()
    layout = QHBoxLayout(window)
    layout.addWidget(timeline, 3)
    layout.addWidget(panel, 2)
    return window, timeline


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--extra", action="store_true")
    parser.add_argument("--out", type=Path, default=Path("/tmp/agenda.png"))
    parser.add_argument("--zone", help="show times in this IANA zone (default: the conference's)")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    if args.dark:
        app.setPalette(dark_palette())
    with tempfile.TemporaryDirectory() as folder, Planner(Path(folder) / "demo.sqlite3") as p:
        fill_database(p, args.extra)
        window, timeline = build(p, args.zone)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        timeline.setFocus()
        timeline.select("gtc2025/S71942")  # scrolls the clash into view
        app.processEvents()
        window.grab().save(str(args.out))
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
