"""The choices the window and the command line share, such as the current conference."""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.orm import Session as Orm

from planner.storage.tables import PreferenceRow

CURRENT_CONFERENCE = "current_conference"


def get(orm: Orm, name: str) -> str | None:
    row = orm.get(PreferenceRow, name)
    return None if row is None else row.value


def put(orm: Orm, name: str, value: str) -> None:
    row = orm.get(PreferenceRow, name)
    if row is None:
        orm.add(PreferenceRow(name=name, value=value))
    else:
        row.value = value
    orm.flush()


def forget(orm: Orm, name: str) -> None:
    orm.execute(delete(PreferenceRow).where(PreferenceRow.name == name))
