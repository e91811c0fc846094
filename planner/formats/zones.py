"""Which time zone a schedule's times are in, when the file does not simply name one.

Every reader hands what its file says to ``settle_zone``: a zone name, the UTC offsets its
times carry, whether some times carry none, and the conference's city; the user's choice
(``ReadOptions.timezone``) comes along. The answer names the zone and says what settled it
(``ZoneSource``), so that a guess is never shown as a fact.

A city becomes a zone through the IANA time zone database itself, as the ``tzdata`` package
ships it: every zone is named after a city ("Europe/Brussels"), and ``zone.tab`` with
``iso3166.tab`` say which zones each country has ("Leipzig, Germany" gives Europe/Berlin, the
zone of "most of Germany"). No table of cities is typed in here: a city that is neither a zone's
city nor in a country of one main zone settles nothing, and the times stay unconfirmed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

from planner.core.model import ZoneSource
from planner.formats.cleaning import zone_from_name, zone_name_for_offsets

__all__ = ["ZoneChoice", "city_zones", "settle_zone", "zone_agrees"]

# Areas whose zones are named after a city (not "US/Pacific", "Etc/GMT-1" or "EST5EDT").
_CITY_AREAS = frozenset(
    {"Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe"}
    | {"Indian", "Pacific"}
)
# In zone.tab's comments, the one zone of a country that most of it keeps.
_MAIN_ZONE = re.compile(r"\b(?:most|mainland)\b", re.IGNORECASE)
_PARTS = re.compile(r"[,;/()|]+| - ")

GUESS_NOTE = (
    "The schedule names no time zone and its times carry no UTC offset, so they are read as "
    "UTC, which is a guess: import it again with --timezone ZONE (or choose the zone when the "
    "window's import asks) to fix them."
)


@dataclass(frozen=True, slots=True)
class ZoneChoice:
    """The conference's zone, what settled it, and what the user should be told about it."""

    name: str
    source: ZoneSource
    note: str = ""  # for the time of every session the zone places (empty when it is a fact)
    notice: str = ""  # for the import as a whole ("--timezone ignored: ...")

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.name)


def settle_zone(
    *,
    named: str | None = None,
    given: str | None = None,
    city: str | None = None,
    moments: Iterable[datetime] = (),
    floating: bool = True,
) -> ZoneChoice:
    """The zone of a schedule, from the strongest evidence it has.

    ``named``: the zone the file names (ignored when not a known zone). ``moments``: the times
    the file writes with a UTC offset, as written (their offsets are local offsets, except zero,
    which some exporters write for every time). ``floating``: whether some times carry no
    offset, so that they need the zone to become instants. ``given``: the user's zone.
    """
    if zone_from_name(named) is not None:
        assert named is not None
        notice = _ignored(given, named) if given and given.strip() != named.strip() else ""
        return ZoneChoice(named.strip(), ZoneSource.FILE, notice=notice)
    aware = [m for m in moments if m.utcoffset() is not None]
    local = [m for m in aware if m.utcoffset() != timedelta(0)]
    if given and zone_from_name(given) is not None:
        if all(zone_agrees(given, m) for m in local):
            note = f"The schedule names no time zone: its times are read in {given}, as chosen."
            note = note if floating else ""
            return ZoneChoice(given, ZoneSource.GIVEN, note)
        offsets = zone_name_for_offsets(m.utcoffset() for m in local)
        why = f"--timezone {given} ignored: the file's UTC offsets say {offsets}"
        return ZoneChoice(offsets, ZoneSource.OFFSETS, notice=why)
    if chosen := _city_zone(city, local):
        return ZoneChoice(chosen, ZoneSource.CITY)
    if aware or not floating:
        return ZoneChoice(zone_name_for_offsets(m.utcoffset() for m in local), ZoneSource.OFFSETS)
    notice = f"times not confirmed: {GUESS_NOTE[0].lower()}{GUESS_NOTE[1:]}"
    return ZoneChoice("UTC", ZoneSource.GUESSED, GUESS_NOTE, notice)


def _ignored(given: str, named: str) -> str:
    return f"--timezone {given} ignored: the file names its own zone, {named}"


def _city_zone(city: str | None, local: Sequence[datetime]) -> str | None:
    """The city's zone when the city settles it: one zone, or the one its offsets agree with."""
    candidates = [zone for zone in city_zones(city) if all(zone_agrees(zone, m) for m in local)]
    return candidates[0] if len(candidates) == 1 else None


def zone_agrees(zone_name: str, moment: datetime) -> bool:
    """Whether ``moment``'s wall time and offset are what ``zone_name`` shows at that instant."""
    zone = ZoneInfo(zone_name)
    return moment.astimezone(zone).utcoffset() == moment.utcoffset()


def city_zones(text: str | None) -> tuple[str, ...]:
    """The zones a conference's ``<city>`` may stand for, most likely first; () if none.

    "Brussels" gives Europe/Brussels; "Leipzig, Germany" gives Europe/Berlin; "Portland" gives
    nothing (not a zone's city); "Vancouver, Canada" gives America/Vancouver.
    """
    parts = [_fold(part) for part in _PARTS.split(text or "") if _fold(part)]
    if not parts:
        return ()
    cities, countries = _city_table(), _country_table()
    by_city = [zone for part in parts for zone in cities.get(part, ())]
    named_countries = {code for part in parts for code in countries.get(part, ())}
    if named_countries:
        zones_there = {z for code in named_countries for z, _ in _zones_of_country()[code]}
        by_city = [zone for zone in by_city if zone in zones_there]
        if not by_city:
            by_city = [zone for code in sorted(named_countries) for zone in _main_zone(code)]
    return tuple(dict.fromkeys(by_city))


def _fold(text: str) -> str:
    """A place name as the lookup compares it: no accents, case, dots or extra spaces."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", folded.casefold()).split())


def _tzdata_text(name: str) -> str:
    return resources.files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")


@cache
def _city_table() -> dict[str, tuple[str, ...]]:
    """Folded city name -> the zones named after it.

    Only the zones that zone.tab and zone1970.tab list: the backward-compatible links
    ("Australia/South", "America/Knox_IN") are not cities.
    """
    names = [row[2] for table in ("zone1970.tab", "zone.tab") for row in _rows(table)]
    found: dict[str, list[str]] = {}
    for name in dict.fromkeys(names):
        area, _, rest = name.partition("/")
        if area in _CITY_AREAS and rest:
            city = _fold(rest.rpartition("/")[2].replace("_", " "))
            found.setdefault(city, []).append(name)
    return {city: tuple(zones) for city, zones in found.items()}


def _rows(name: str) -> list[list[str]]:
    lines = _tzdata_text(name).splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@cache
def _zones_of_country() -> dict[str, list[tuple[str, str]]]:
    """Country code -> [(zone, zone.tab's comment)], in zone.tab's order."""
    table: dict[str, list[tuple[str, str]]] = {}
    for row in _rows("zone.tab"):
        comment = row[3] if len(row) > 3 else ""
        table.setdefault(row[0], []).append((row[2], comment))
    return table


def _main_zone(code: str) -> tuple[str, ...]:
    zones = _zones_of_country().get(code, [])
    if len(zones) == 1:
        return (zones[0][0],)
    main = [zone for zone, comment in zones if _MAIN_ZONE.search(comment)]
    return (main[0],) if len(main) == 1 else ()


@cache
def _country_table() -> dict[str, tuple[str, ...]]:
    """Folded country name (and "UK"-style short names in brackets) -> ISO codes."""
    table: dict[str, set[str]] = {}
    for row in _rows("iso3166.tab"):
        code, name = row[0], row[1]
        short = re.findall(r"\(([A-Z]{2,3})\)", name)
        for spelling in (re.sub(r"\s*\(.*?\)", "", name), name, *short):
            table.setdefault(_fold(spelling), set()).add(code)
    # A name two countries share ("Korea", "UK" of Britain and of the Virgin Islands) says
    # nothing about which one is meant.
    return {name: (codes.pop(),) for name, codes in table.items() if len(codes) == 1}
