"""The faskes and office directory in memory: search as you type, by kind, nearest first.

Owns `Place` (a facility or a BPJS office, as the kiosk shows it), `Category` (the
filter buttons a participant understands, each a set of directory types) and
`Directory`, built from the server's snapshot (`core.wire.faskes.FaskesSnapshot`) so the
search works without the server (DESIGN.md: offline features keep working). Text
matching follows the server's: every typed word must be the start of a word of the
name (case-insensitive, punctuation ignored), so ``pusk gam`` finds "PUSKESMAS GAMBIR".
Distances are great-circle kilometres (haversine) from a point the caller gives (the
kiosk's configured location). Pure Python: no Qt, no I/O, no clock.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from anjungan.core.wire.faskes import (
    LEVEL_OF_TYPE,
    FacilityLevel,
    FacilityType,
    FaskesSnapshot,
    OfficeOut,
    SnapshotFacility,
)

EARTH_RADIUS_KM = 6371.0088
OFFICE = "office"
_WORD = re.compile(r"[0-9A-Za-z]+")


class Category(Enum):
    """The kiosk's filter buttons; value = the directory types each one covers."""

    ALL = "all"
    PUSKESMAS = "puskesmas"
    CLINIC = "clinic"
    DOCTOR = "doctor"
    HOSPITAL = "hospital"
    PHARMACY = "pharmacy"
    OFFICE = "office"


CATEGORY_TYPES: dict[Category, frozenset[str]] = {
    Category.PUSKESMAS: frozenset({FacilityType.PUSKESMAS.value}),
    Category.CLINIC: frozenset(
        {
            FacilityType.KLINIK_PRATAMA.value,
            FacilityType.KLINIK_UTAMA.value,
            FacilityType.KLINIK_TNI_POLRI.value,
        }
    ),
    Category.DOCTOR: frozenset({FacilityType.DOKTER_PRAKTIK.value, FacilityType.DOKTER_GIGI.value}),
    Category.HOSPITAL: frozenset({FacilityType.RS.value}),
    Category.PHARMACY: frozenset({FacilityType.APOTEK.value, FacilityType.OPTIK.value}),
    Category.OFFICE: frozenset({OFFICE, "kantor_cabang", "mpp"}),
}


def words(text: str) -> tuple[str, ...]:
    return tuple(word.casefold() for word in _WORD.findall(text))


@dataclass(frozen=True)
class Place:
    """One facility or office. ``kind`` is a `FacilityType` value, or the office kind
    (``kantor_cabang``, ``mpp``); ``level`` is fktp/fkrtl/partner, or "office"."""

    code: str
    name: str
    kind: str
    level: str
    address: str
    phone: str | None
    hours: str | None
    latitude: float | None
    longitude: float | None
    distance_km: float | None = None

    @property
    def is_office(self) -> bool:
        return self.level == OFFICE

    @property
    def is_fktp(self) -> bool:
        return self.level == FacilityLevel.FKTP.value

    @classmethod
    def of_facility(cls, item: SnapshotFacility) -> Place:
        return cls(
            code=item.code,
            name=item.name,
            kind=item.type.value,
            level=LEVEL_OF_TYPE[item.type].value,
            address=item.address,
            phone=item.phone,
            hours=item.hours,
            latitude=item.latitude,
            longitude=item.longitude,
        )

    @classmethod
    def of_office(cls, item: OfficeOut) -> Place:
        return cls(
            code=item.code,
            name=item.name,
            kind=item.kind.value,
            level=OFFICE,
            address=item.address,
            phone=item.phone,
            hours=item.hours,
            latitude=item.latitude,
            longitude=item.longitude,
        )


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    return _haversine(lat1, lon1, math.cos(lat1), lat2, lon2)


def _in(place: Place, category: Category) -> bool:
    if category is Category.ALL:
        return True
    kinds = CATEGORY_TYPES[category]
    return place.kind in kinds or (category is Category.OFFICE and place.is_office)


class Directory:
    """``Directory(places)``; `search` answers in a few milliseconds for a whole country
    (about 40,000 places): a sorted index of name words finds the places whose words start
    with what was typed (a binary search per typed word), and the order to show them in
    (by name; by distance from a point, computed once per point since a kiosk stays where
    it is) is walked only until the page is full. Only the places shown are copied with
    their distance."""

    def __init__(self, places: Iterable[Place]) -> None:
        self._places = tuple(places)
        self._by_code = {place.code: place for place in self._places}
        index = sorted(
            (word, i) for i, place in enumerate(self._places) for word in set(words(place.name))
        )
        self._index_words = [word for word, _ in index]
        self._index_places = [i for _, i in index]
        self._by_name = sorted(
            range(len(self._places)), key=lambda i: (self._places[i].name, self._places[i].code)
        )
        self._name_rank = _ranks(self._by_name)
        # Radians once, not per keystroke.
        self._points = tuple(
            None
            if p.latitude is None or p.longitude is None
            else (math.radians(p.latitude), math.radians(p.longitude))
            for p in self._places
        )
        self._nearest: _Nearest | None = None

    @classmethod
    def from_snapshot(cls, snapshot: FaskesSnapshot) -> Directory:
        facilities = [Place.of_facility(item) for item in snapshot.facilities or ()]
        offices = [Place.of_office(item) for item in snapshot.offices or ()]
        return cls(offices + facilities)

    def __len__(self) -> int:
        return len(self._places)

    def get(self, code: str) -> Place | None:
        return self._by_code.get(code)

    def search(
        self,
        text: str = "",
        *,
        category: Category = Category.ALL,
        near: tuple[float, float] | None = None,
        fktp_only: bool = False,
        exclude: Sequence[str] = (),
        limit: int = 30,
    ) -> list[Place]:
        """Matching places: nearest first when ``near`` is given, else by name."""
        named = self._named(words(text))
        skip = set(exclude)
        places = self._places

        def wanted(i: int) -> bool:
            place = places[i]
            return (
                place.code not in skip and _in(place, category) and (not fktp_only or place.is_fktp)
            )

        distances: list[float | None] = []
        if near is None:
            order, rank = self._by_name, self._name_rank
        else:
            nearest = self._nearest_from(near)
            order, rank, distances = nearest.order, nearest.rank, nearest.distances
        # What was typed narrows first; its matches, put in order, are walked until the
        # page is full (the filters rarely skip many).
        candidates = order if named is None else sorted(named, key=rank.__getitem__)
        chosen: list[int] = []
        for i in candidates:
            if wanted(i):
                chosen.append(i)
                if len(chosen) == limit:
                    break
        if near is None:
            return [places[i] for i in chosen]
        return [
            places[i] if (d := distances[i]) is None else replace(places[i], distance_km=d)
            for i in chosen
        ]

    def _named(self, typed: tuple[str, ...]) -> set[int] | None:
        """Places with a name word starting with every typed word (None: nothing typed)."""
        found: set[int] | None = None
        for token in sorted(set(typed), key=len, reverse=True):  # longest: fewest places
            low = bisect.bisect_left(self._index_words, token)
            high = bisect.bisect_left(self._index_words, token[:-1] + chr(ord(token[-1]) + 1))
            ids = set(self._index_places[low:high])
            found = ids if found is None else found & ids
            if not found:
                break
        return found

    def _nearest_from(self, near: tuple[float, float]) -> _Nearest:
        """Every place in order of distance from ``near`` (no coordinates: last, by name)."""
        cached = self._nearest
        if cached is not None and cached.near == near:
            return cached
        lat0, lon0 = math.radians(near[0]), math.radians(near[1])
        cos0 = math.cos(lat0)
        distances: list[float | None] = [
            None if point is None else _haversine(lat0, lon0, cos0, *point)
            for point in self._points
        ]
        places = self._places

        def key(i: int) -> tuple[bool, float, str]:
            d = distances[i]
            return (d is None, d or 0.0, places[i].name)

        order = sorted(range(len(places)), key=key)
        self._nearest = _Nearest(near, order, _ranks(order), distances)  # one assignment
        return self._nearest


@dataclass(frozen=True)
class _Nearest:
    near: tuple[float, float]
    order: list[int]
    rank: list[int]
    distances: list[float | None]


def _ranks(order: list[int]) -> list[int]:
    """``rank[i]``: where place ``i`` stands in ``order``."""
    rank = [0] * len(order)
    for position, i in enumerate(order):
        rank[i] = position
    return rank


def _haversine(lat1: float, lon1: float, cos1: float, lat2: float, lon2: float) -> float:
    h = math.sin((lat2 - lat1) / 2) ** 2 + cos1 * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
