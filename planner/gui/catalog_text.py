"""The bundled catalog's own notes, in the interface's language.

The notes on the bundled GTC 2025 catalog's times (data/gtc2025/schedule.yaml) were written
for this project, so the window can show them in Chinese too: each is a message of the
"CatalogNote" context, looked up by its English text. A note from any other schedule is the
organisers' own words and is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("CatalogNote", text)


def note_text(note: str) -> str:
    """``note`` in the interface's language where the project wrote it, else as it is."""
    return _tr(note) if note else ""


def known_notes() -> tuple[str, ...]:
    """Every note of the bundled catalog (listed so that the translation tools see them)."""
    return (
        _tr("Listed as 10:00 to 12:00; the keynote actually ran over two and a half hours."),
        _tr("Doors open at 9:00 and the panel begins at 10:00."),
        _tr(
            "Simulive for Asia-Pacific: a recording broadcast at a set time for viewers there, "
            "which is why it runs in the evening or at night in San Jose (19:30 there is 10:30 "
            "the next morning in Beijing, 01:00 is 16:00), then available on demand. The "
            "catalog gives the time of day but not the date, so the day shown is assumed."
        ),
        _tr(
            "Simulive for Europe, the Middle East and Africa: a recording broadcast at a set "
            "time for viewers there, which is why it runs at night in San Jose (01:00 there is "
            "09:00 in Paris), then available on demand. The catalog gives the time of day but "
            "not the date, so the day shown is assumed."
        ),
        _tr("The catalog gives the time of day but not the date, so the day shown is assumed."),
        _tr(
            "The catalog's time field for this session is corrupted, so its date and time are "
            "unknown."
        ),
    )
