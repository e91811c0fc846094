"""Whether the installed fonts can draw the catalog's Chinese text, and what to install if not.

Qt falls back to any installed font for a missing glyph, so the question is whether any
font on the system covers the characters, not whether the default font does.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_SAMPLE_LIMIT = 40  # characters: enough to tell, cheap on a 100,000-session catalog


def is_cjk(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _CJK_RANGES)


def cjk_sample(texts: Iterable[str]) -> str:
    """Up to a few dozen distinct CJK characters from ``texts`` ("" when there are none)."""
    found: dict[str, None] = {}
    for text in texts:
        for char in text:
            if is_cjk(char):
                found[char] = None
                if len(found) >= _SAMPLE_LIMIT:
                    return "".join(found)
    return "".join(found)


def _font_covers(font: QFont, sample: str) -> bool:
    metrics = QFontMetrics(font)
    return all(metrics.inFontUcs4(ord(char)) for char in sample)


def can_draw(sample: str) -> bool:
    """Whether some installed font has every character of ``sample``."""
    if not sample:
        return True
    if _font_covers(QFont(), sample):
        return True
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    families += QFontDatabase.families(QFontDatabase.WritingSystem.TraditionalChinese)
    return any(_font_covers(QFont(family), sample) for family in dict.fromkeys(families))


def missing_font_message() -> str:
    return QCoreApplication.translate(
        "fonts",
        "No installed font can show the catalog's Chinese text. Install a CJK font, for "
        "example fonts-noto-cjk on Debian or Ubuntu, then restart the planner.",
    )
