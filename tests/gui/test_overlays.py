"""Colleagues' overlays: colours that read in both schemes, names that say whose, one each."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from planner.gui.agenda.timeline_layout import contrast
from planner.gui.sharing.overlays import PALETTE, Overlays
from planner.services.planner import Planner

pytestmark = pytest.mark.gui

LIGHT_BASES = ("#ffffff", "#efefef")  # Base and Window of the usual light schemes
DARK_BASES = ("#1e1e1e", "#2b2b2b")  # the dark palette of tools/screenshots.py


@pytest.mark.parametrize("color", PALETTE)
def test_every_overlay_colour_stands_out_on_light_and_dark(color):
    for background in (*LIGHT_BASES, *DARK_BASES):
        assert contrast(QColor(color), QColor(background)) >= 3.0, (color, background)


def test_each_colleague_gets_a_colour_and_a_name_of_their_own(qtbot, planner: Planner, tmp_path):
    planner.bookmark(["gtc2025/S72484"], priority=4)
    ana, unnamed = tmp_path / "ana.yaml", tmp_path / "from-bo.yaml"
    planner.save_agenda(ana, owner="Ana")
    planner.save_agenda(unnamed)
    overlays = Overlays()
    first = overlays.add(ana, *planner.colleague_agenda(ana), "gtc2025")
    second = overlays.add(tmp_path / "other.yaml", *planner.colleague_agenda(ana), "gtc2025")
    third = overlays.add(unnamed, *planner.colleague_agenda(unnamed), "gtc2025")
    assert [first.owner, second.owner, third.owner] == ["Ana", "Ana (2)", "from-bo"]
    assert len({o.color.name() for o in overlays.all()}) == 3
    again = overlays.add(ana, *planner.colleague_agenda(ana), "gtc2025")  # the same file again
    assert len(overlays.all()) == 3 and again.owner == "Ana"
    overlays.set_visible(second, False)
    assert [g.owner for g in overlays.goers("gtc2025")["gtc2025/S72484"]] == ["from-bo", "Ana"]
    assert overlays.goers("another") == {}
