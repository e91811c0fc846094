"""One colour per track, used as a small swatch beside the track's name.

Mid-lightness, well-saturated hues stand out on a light and on a dark background alike;
the text beside a swatch always uses the palette's own text colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor

_HUES = (210, 30, 130, 280, 0, 180, 50, 320, 95, 250, 15, 160)


def track_color(index: int) -> QColor:
    """The colour of the ``index``-th track (in the conference's own track order)."""
    hue = _HUES[index % len(_HUES)]
    # Past the first round, shift the lightness so that neighbours stay apart.
    lightness = 128 + 28 * ((index // len(_HUES)) % 2)
    return QColor.fromHsl(hue, 170, lightness)


def track_colors(names: Sequence[str]) -> dict[str, QColor]:
    return {name: track_color(i) for i, name in enumerate(names)}
