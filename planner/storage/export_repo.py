"""The calendar export history: what the last export of each calendar said of each session."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session as Orm

from planner.storage.tables import ExportRow


@dataclass(frozen=True, slots=True)
class Exported:
    session_key: str
    fingerprint: str
    sequence: int
    live: bool


def history(orm: Orm, scope: str) -> dict[str, Exported]:
    query = select(ExportRow).where(ExportRow.scope == scope)
    return {
        r.session_key: Exported(r.session_key, r.fingerprint, r.sequence, r.live)
        for r in orm.execute(query).scalars()
    }


def replace_history(orm: Orm, scope: str, entries: Iterable[Exported]) -> None:
    orm.execute(delete(ExportRow).where(ExportRow.scope == scope))
    now = int(time.time())
    rows = [
        {"scope": scope, "session_key": e.session_key, "fingerprint": e.fingerprint,
         "sequence": e.sequence, "live": e.live, "exported_at": now}
        for e in entries
    ]  # fmt: skip
    if rows:
        orm.execute(insert(ExportRow), rows)
