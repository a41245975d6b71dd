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

import heapq
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
    """``Directory(places)``; `search` answers in tens of milliseconds for a whole country
    (about 30,000 places): only the places shown are copied with their distance."""

    def __init__(self, places: Iterable[Place]) -> None:
        self._places = tuple(places)
        self._words = tuple(words(place.name) for place in self._places)
        self._by_code = {place.code: place for place in self._places}
        # Radians and cos(latitude) once, not per keystroke.
        self._points = tuple(
            None
            if p.latitude is None or p.longitude is None
            else (math.radians(p.latitude), math.radians(p.longitude))
            for p in self._places
        )

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
        wanted = words(text)
        skip = set(exclude)
        found: list[int] = []
        for index, (place, name_words) in enumerate(zip(self._places, self._words, strict=True)):
            if place.code in skip or not _in(place, category):
                continue
            if fktp_only and not place.is_fktp:
                continue
            if wanted and not all(any(w.startswith(t) for w in name_words) for t in wanted):
                continue
            found.append(index)
        places = self._places
        if near is None:
            chosen = heapq.nsmallest(limit, found, key=lambda i: (places[i].name, places[i].code))
            return [places[i] for i in chosen]
        lat0, lon0 = math.radians(near[0]), math.radians(near[1])
        cos0 = math.cos(lat0)
        distances: dict[int, float] = {}
        for index in found:
            point = self._points[index]
            if point is not None:
                distances[index] = _haversine(lat0, lon0, cos0, *point)
        # Places without coordinates go last rather than vanish.
        chosen = heapq.nsmallest(
            limit,
            found,
            key=lambda i: (i not in distances, distances.get(i, 0.0), places[i].name),
        )
        return [
            replace(places[i], distance_km=distances[i]) if i in distances else places[i]
            for i in chosen
        ]


def _haversine(lat1: float, lon1: float, cos1: float, lat2: float, lon2: float) -> float:
    h = math.sin((lat2 - lat1) / 2) ** 2 + cos1 * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
