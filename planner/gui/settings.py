"""What the window remembers between runs: zone, conference, geometry, sharing choices, and
whether "My agenda" folds away the picks decided against.

One ini file per user (QSettings' IniFormat, named explicitly so that tests can point it at
a temporary folder with ``QSettings.setPath``).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "ConferencePlanner"
APPLICATION = "conference-planner"
DEFAULT_ALARM_MINUTES = 10


class ZoneChoice(StrEnum):
    """Which clock the times are shown on."""

    CONFERENCE = "conference"
    LOCAL = "local"


class Settings:
    """Typed access to the few values the window keeps."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    @property
    def zone_choice(self) -> ZoneChoice:
        value = str(self._store.value("view/zone", ZoneChoice.CONFERENCE.value))
        try:
            return ZoneChoice(value)
        except ValueError:  # a hand-edited or future value: fall back to the safe default
            return ZoneChoice.CONFERENCE

    @zone_choice.setter
    def zone_choice(self, choice: ZoneChoice) -> None:
        self._store.setValue("view/zone", choice.value)

    @property
    def conference(self) -> str | None:
        """The conference shown last (None: the first one loaded)."""
        value = self._store.value("view/conference")
        return str(value) if value else None

    @conference.setter
    def conference(self, conference_id: str) -> None:
        self._store.setValue("view/conference", conference_id)

    @property
    def owner(self) -> str:
        """The name the user puts on the agenda files they save ("" for none)."""
        return str(self._store.value("share/owner", "") or "")

    @owner.setter
    def owner(self, name: str) -> None:
        self._store.setValue("share/owner", name)

    @property
    def alarm_minutes(self) -> int | None:
        """The calendar export's reminder, minutes before each event (None: no reminder)."""
        value = self._store.value("share/alarm", DEFAULT_ALARM_MINUTES)
        try:
            minutes = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):  # a hand-edited value: the default is safe
            return DEFAULT_ALARM_MINUTES
        return minutes if minutes >= 0 else None

    @alarm_minutes.setter
    def alarm_minutes(self, minutes: int | None) -> None:
        self._store.setValue("share/alarm", -1 if minutes is None else minutes)

    @property
    def folder(self) -> str:
        """The folder the last file was opened from or saved to ("" at first)."""
        return str(self._store.value("share/folder", "") or "")

    @folder.setter
    def folder(self, path: str) -> None:
        self._store.setValue("share/folder", path)

    @property
    def agenda_folded(self) -> bool:
        """Whether "My agenda" hides the watch-later and alternative picks (the default)."""
        return str(self._store.value("view/agenda-folded", "true")).lower() != "false"

    @agenda_folded.setter
    def agenda_folded(self, folded: bool) -> None:
        self._store.setValue("view/agenda-folded", "true" if folded else "false")

    def geometry(self, name: str) -> QByteArray | None:
        value = self._store.value(f"window/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._store.setValue(f"window/{name}", value)

    def sync(self) -> None:
        self._store.sync()
