"""Finding sessions by the names a user types: a track, a room, a speaker; and what is on now.

Names are compared in their searchable form (``textnorm.normalize``: case, width and
Traditional/Simplified Chinese folded), so ``--track rust`` finds "Rust" and ``--speaker 胡瑋文``
finds 胡玮文. A name that matches nothing is refused with the names there are, the ones most
like it first, so that the next try can succeed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Collection, Sequence
from datetime import datetime
from typing import Any

from planner.core.errors import NotFoundError, UsageError
from planner.core.model import SessionFilter, SessionView, conference_of
from planner.core.textnorm import normalize
from planner.storage import catalog_repo, finding, picks_repo, ranking

MAX_NAMES_SHOWN = 100  # a refusal lists the names there are (the closest first), up to this
CLOSEST = 5  # names put first for being most like the one typed
_RUN = re.compile(r"(.+)#(\d{1,3})")  # "1007#2": a code and which of its runs


def run_number(key: str) -> int:
    """Which run of its session a key names: the readers key later runs "<id>#2", "#3"..."""
    _, mark, number = key.rpartition("#")
    return int(number) if mark and number.isdigit() else 1


def resolve_key(orm: Any, text: str, conference_id: str | None, scope: str | None) -> str:
    """The one session key that ``text`` means (see ``Planner.resolve_key``)."""
    if catalog_repo.sessions_by_keys(orm, [text]):
        return text
    keys = catalog_repo.find_by_code(orm, text, conference_id)
    if not keys and (run := _RUN.fullmatch(text)):
        runs = catalog_repo.find_by_code(orm, run[1], conference_id)
        keys = [k for k in runs if run_number(k) == int(run[2])]
    scoped = catalog_repo.existing_keys(orm, [f"{scope}/{text}"]) if scope else set()
    return _chosen(text, keys, scope, scoped)


def resolve_keys(
    orm: Any, texts: Sequence[str], conference_id: str | None, scope: str | None
) -> list[str]:
    """``resolve_key`` for many texts with a few queries in all; the first that means no one
    session raises, as it would alone."""
    known = catalog_repo.existing_keys(orm, texts)
    rest = [t for t in texts if t not in known]
    runs = {t: run for t in rest if (run := _RUN.fullmatch(t))}
    codes = catalog_repo.keys_by_code(orm, [*rest, *(r[1] for r in runs.values())], conference_id)
    scoped = catalog_repo.existing_keys(orm, (f"{scope}/{t}" for t in rest)) if scope else set()
    return [
        text if text in known else _one_key(text, codes, runs.get(text), scope, scoped)
        for text in texts
    ]


def _one_key(
    text: str,
    codes: dict[str, list[str]],
    run: re.Match[str] | None,
    scope: str | None,
    scoped: set[str],
) -> str:
    """``resolve_key``'s rules, with the lookups already made."""
    keys = codes.get(text, [])
    if not keys and run:
        keys = [k for k in codes.get(run[1], []) if run_number(k) == int(run[2])]
    return _chosen(text, keys, scope, scoped)


def _chosen(text: str, keys: list[str], scope: str | None, scoped: Collection[str]) -> str:
    if len(keys) > 1 and scope is not None:
        keys = [k for k in keys if conference_of(k) == scope] or keys
    if not keys and scope is not None and f"{scope}/{text}" in scoped:
        keys = [f"{scope}/{text}"]
    if len(keys) == 1:
        return keys[0]
    if not keys:
        raise NotFoundError(f"{text}: no session with this key or code")
    if len({conference_of(k) for k in keys}) == 1 and len({run_number(k) for k in keys}) > 1:
        runs_text = ", ".join(f"{text}#{n}" for n in sorted(run_number(k) for k in keys))
        raise UsageError(f"{text}: the session is held {len(keys)} times; give one: {runs_text}")
    raise UsageError(f"{text}: several sessions have this code; use a key: {', '.join(keys)}")


def closest_first(wanted: str, names: Sequence[str]) -> tuple[list[str], bool]:
    """``names`` with the ones most like ``wanted`` first ("Rusty": Rust), and whether any
    are; compared in their searchable form, as the names are matched."""
    folded: dict[str, str] = {}
    for name in names:
        folded.setdefault(normalize(name), name)
    close = difflib.get_close_matches(normalize(wanted), list(folded), n=CLOSEST, cutoff=0.6)
    first = [folded[text] for text in close]
    return first + [name for name in names if name not in first], bool(first)


def _listed(names: Sequence[str]) -> str:
    # "; " because names hold commas ("APIs: GraphQL, OpenAPI, AsyncAPI, and friends").
    shown = "; ".join(names[:MAX_NAMES_SHOWN])
    more = len(names) - MAX_NAMES_SHOWN
    return shown + (f" and {more} more" if more > 0 else "")


def _choices(wanted: str, names: Sequence[str], what: str) -> str:
    """'its 69 tracks with sessions, closest first: Rust; Ruby; Ada; ...'."""
    ordered, close = closest_first(wanted, names)
    return f"its {len(names)} {what}{', closest first' if close else ''}: {_listed(ordered)}"


def one_track(
    wanted: str,
    names: Sequence[str],
    conference_id: str,
    with_sessions: Callable[[], Sequence[str]] | None = None,
) -> str:
    """The track named ``wanted``: the same name in any case, else the one name holding it.

    A schedule may name tracks that hold no session (FOSDEM lists "Lightning Talks" first and
    files its lightning talks under other tracks): such a track is found by its whole name
    only, and refusals list the tracks with sessions (``with_sessions``, asked only when the
    whole name matches none; without it, every name counts).
    """
    folded = normalize(wanted)
    exact = [name for name in names if normalize(name) == folded]
    if len(exact) == 1:
        return exact[0]
    busy = list(with_sessions()) if with_sessions is not None else list(names)
    holding = [name for name in busy if folded and folded in normalize(name)]
    if len(exact) > 1 or len(holding) > 1:
        several = _listed(exact or holding)
        raise NotFoundError(f"--track {wanted}: several tracks hold that name: {several}")
    if holding:
        return holding[0]
    where = _choices(wanted, busy, "tracks with sessions") if busy else "it has no tracks"
    raise NotFoundError(f"--track {wanted}: no such track in {conference_id}; {where}")


def matching_rooms(wanted: str, names: Sequence[str], conference_id: str) -> list[str]:
    """The rooms whose name holds ``wanted`` ("janson", "k.3")."""
    folded = normalize(wanted)
    exact = [name for name in names if normalize(name) == folded]
    found = exact or [name for name in names if folded and folded in normalize(name)]
    if not found:
        where = _choices(wanted, names, "rooms") if names else "it names no rooms"
        raise NotFoundError(f"--room {wanted}: no such room in {conference_id}; {where}")
    return found


def matching_speakers(wanted: str, names: Sequence[str], conference_id: str) -> list[str]:
    """The speakers whose name holds ``wanted`` (a surname is enough)."""
    folded = normalize(wanted)
    found = [name for name in names if folded and folded in normalize(name)]
    if not found:
        raise NotFoundError(f"--speaker {wanted}: nobody of that name speaks at {conference_id}")
    return found


def on_now(views: Sequence[SessionView], at: datetime) -> list[SessionView]:
    """The sessions running at ``at`` (begun, not yet over)."""
    return [
        v for v in views
        if v.session.start is not None and v.session.end is not None
        and v.session.start <= at < v.session.end
    ]  # fmt: skip


def up_next(views: Sequence[SessionView], at: datetime) -> list[SessionView]:
    """In every room, the first session to start after ``at``, in time order.

    Rooms, not one time slot: a conference's rooms keep their own rhythm, and what starts
    next in each is what a user walking the halls wants to know.
    """
    first: dict[str | None, SessionView] = {}
    for view in views:
        start = view.session.start
        if start is None or start <= at:
            continue
        room = view.session.room
        if room not in first or start < first[room].session.start:  # type: ignore[operator]
            first[room] = view
    return sorted(first.values(), key=lambda v: (v.session.start, v.session.room or ""))


def narrowed(
    orm: Any, conference_id: str, query: SessionFilter, terms: Sequence[str]
) -> tuple[str | None, set[str] | None, list[str]]:
    """What a query asks of the storage: the track's own name (None: any), the keys it may
    list (None: any), and for a search the matching keys best first.

    ``orm`` is the storage's open session (services never name SQLAlchemy's types).
    """
    track = None
    if query.track is not None:
        names = finding.track_names(orm, conference_id)
        busy = lambda: _busy_tracks(orm, conference_id)  # noqa: E731 (asked only on a miss)
        track = one_track(query.track, names, conference_id, busy)
    keys: set[str] | None = None

    def keep(allowed: set[str]) -> None:
        nonlocal keys
        keys = allowed if keys is None else keys & allowed

    if query.room is not None:
        rooms = matching_rooms(query.room, finding.room_names(orm, conference_id), conference_id)
        keep(finding.keys_in_rooms(orm, conference_id, rooms))
    if query.speaker is not None:
        names = finding.speaker_names(orm, conference_id)
        people = matching_speakers(query.speaker, names, conference_id)
        keep(finding.keys_with_speakers(orm, conference_id, people))
    if query.bookmarked:
        keep(set(picks_repo.picks(orm, conference_id)))
    ranked = ranking.ranked_keys(orm, conference_id, terms) if terms else []
    if terms:
        keep(set(ranked))
    return track, keys, ranked


def search_alone(query: SessionFilter) -> bool:
    """Whether a query asks for nothing but a search (what a page can be ranked for alone)."""
    return bool(query.search) and query == SessionFilter(query.conference_id, search=query.search)


def ranked_page(
    orm: Any, conference_id: str, terms: Sequence[str], limit: int
) -> tuple[list[str], int]:
    """The keys of the first ``limit`` matches best first, and how many match."""
    found = ranking.ranked(orm, conference_id, terms, limit)
    return found.keys, found.total


def _busy_tracks(orm: Any, conference_id: str) -> list[str]:
    """The tracks that hold sessions, in the catalog's order (what `summary` lists)."""
    return [name for name, count in catalog_repo.tracks(orm, conference_id) if count]


def in_order(
    views: list[SessionView], query: SessionFilter, ranked: Sequence[str]
) -> list[SessionView]:
    """The views best first for a search, and only those on now or next when asked."""
    if ranked:
        place = {key: n for n, key in enumerate(ranked)}
        views = sorted(views, key=lambda v: place[v.key])
    if query.running_at is not None:
        views = on_now(views, query.running_at)
    if query.next_after is not None:
        views = up_next(views, query.next_after)
    return views
