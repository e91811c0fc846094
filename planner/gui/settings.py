"""What the window remembers between runs: zone, conference, geometry, sharing choices, and
whether "My agenda" folds away the picks decided against.

Never a password: the calendar sync keeps those in the system keyring, or in memory.

One ini file per user (QSettings' IniFormat, named explicitly so that tests can point it at
a temporary folder with ``QSettings.setPath``).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "ConferencePlanner"
APPLICATION = "conference-planner"
DEFAULT_ALARM_MINUTES = 10
REFRESH_CHOICES = (0, 15, 30, 60)  # minutes between automatic refreshes; 0 is off
DEFAULT_REFRESH_MINUTES = 30
REMINDER_CHOICES = (0, 5, 10, 15, 30)  # minutes before an attending pick starts; 0 is off
DEFAULT_REMINDER_MINUTES = 10


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

    # --- calendar sync and printing (planner/gui/sharing/sync_flow.py, print_flow.py) -------

    @property
    def sync_url(self) -> str:
        """The CalDAV calendar last synced to ("" at first); never a password."""
        return str(self._store.value("sync/url", "") or "")

    @sync_url.setter
    def sync_url(self, url: str) -> None:
        self._store.setValue("sync/url", url)

    @property
    def sync_user(self) -> str:
        return str(self._store.value("sync/user", "") or "")

    @sync_user.setter
    def sync_user(self, user: str) -> None:
        self._store.setValue("sync/user", user)

    @property
    def sync_automatically(self) -> bool:
        """Sync after each change of picks and each import (off until the user turns it on)."""
        return str(self._store.value("sync/auto", "false")).lower() == "true"

    @sync_automatically.setter
    def sync_automatically(self, on: bool) -> None:
        self._store.setValue("sync/auto", "true" if on else "false")

    @property
    def pdf_page(self) -> str:
        """The pocket agenda's paper: a4, letter or a6."""
        value = str(self._store.value("print/page", "a4") or "a4")
        return value if value in ("a4", "letter", "a6") else "a4"

    @pdf_page.setter
    def pdf_page(self, page: str) -> None:
        self._store.setValue("print/page", page)

    # --- live schedules (planner/gui/live/) ----------------------------------------------

    @property
    def refresh_minutes(self) -> int:
        """Minutes between automatic refreshes while a conference is on (0: never)."""
        return self._choice("live/refresh", REFRESH_CHOICES, DEFAULT_REFRESH_MINUTES)

    @refresh_minutes.setter
    def refresh_minutes(self, minutes: int) -> None:
        self._store.setValue("live/refresh", minutes)

    @property
    def reminder_minutes(self) -> int:
        """Minutes before an attending pick starts that the window reminds of it (0: never)."""
        return self._choice("live/reminder", REMINDER_CHOICES, DEFAULT_REMINDER_MINUTES)

    @reminder_minutes.setter
    def reminder_minutes(self, minutes: int) -> None:
        self._store.setValue("live/reminder", minutes)

    @property
    def show_now_next(self) -> bool:
        """Whether the Now and next strip is shown (View > Live updates)."""
        return str(self._store.value("live/strip", "true")).lower() != "false"

    @show_now_next.setter
    def show_now_next(self, shown: bool) -> None:
        self._store.setValue("live/strip", "true" if shown else "false")

    def _choice(self, name: str, choices: tuple[int, ...], default: int) -> int:
        try:
            value = int(self._store.value(name, default))  # type: ignore[call-overload]
        except (TypeError, ValueError):  # a hand-edited value: the default is safe
            return default
        return value if value in choices else default

    # --- My agenda ---------------------------------------------------------------------------

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
