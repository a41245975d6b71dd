"""Reading the public directory: facility and office search, detail, nearest, snapshot.

Owns the queries behind the faskes and office endpoints. Text search matches every typed
word as the prefix of a word of the code, name or address (``"klinik seh"`` finds
``KLINIK PRATAMA SEHAT ...``) with a LIKE on the normalised ``search_text`` column;
names starting with the whole query come first. With a point, results are ordered by
haversine distance: candidates come from a bounding box in SQL (widened until it holds
enough of them) and exact distances are computed in Python (`faskes_match`). The
snapshot gives kiosks the whole active directory for offline search, versioned by the
``faskes`` row of `ReferenceVersion`. Read-only: writes live in `faskes_loader`.
Everything here is public information (DOMAIN.md "Faskes"); no participant data.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from anjungan.core.errors import ValidationError
from anjungan.core.wire.faskes import (
    FacilityLevel,
    FacilityOut,
    FacilityPage,
    FacilityType,
    FaskesSnapshot,
    OfficeKind,
    OfficeOut,
    OfficePage,
    SnapshotFacility,
)
from anjungan.server.errors import NotFound
from anjungan.server.models.faskes import Facility, Office, ReferenceVersion
from anjungan.server.services.faskes_match import Box, bounding_box, haversine_km, query_words

FASKES_KIND = "faskes"
"""The `ReferenceVersion` row covering facilities and offices alike (one offline cache)."""

# Box radii tried in turn for "nearest": a city block of facilities first, then wider.
_RADII_KM = (2.0, 8.0, 32.0, 128.0, 512.0, 2048.0, 8192.0, 40_000.0)

Directory = TypeVar("Directory", Facility, Office)

# What a stored facility or office code can look like; anything else is simply unknown
# (and never reaches the database: PostgreSQL refuses NUL characters in a query).
_CODE = re.compile(r"[0-9A-Z-]{1,16}")


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float

    def __post_init__(self) -> None:
        if not -90.0 <= self.latitude <= 90.0:
            raise _bad_point("lat")
        if not -180.0 <= self.longitude <= 180.0:
            raise _bad_point("lon")


def missing_coordinate(field: str) -> ValidationError:
    return ValidationError(
        field,
        "incomplete_point",
        "Untuk mencari yang terdekat, isi lintang (lat) dan bujur (lon) berdua.",
        "To search by distance, give both latitude (lat) and longitude (lon).",
    )


def _bad_point(field: str) -> ValidationError:
    return ValidationError(
        field,
        "bad_coordinate",
        "Lintang harus -90 s.d. 90 dan bujur -180 s.d. 180 derajat.",
        "Latitude must be -90 to 90 and longitude -180 to 180 degrees.",
    )


@dataclass(frozen=True)
class DirectoryQuery:
    """What a caller asks for; ``kinds`` are facility types or office kinds."""

    text: str = ""
    kinds: tuple[str, ...] = ()
    level: FacilityLevel | None = None
    region: str | None = None
    near: Point | None = None
    max_km: float | None = None
    offset: int = 0
    limit: int = 20


def search_facilities(session: Session, query: DirectoryQuery) -> FacilityPage:
    extra = [Facility.level == query.level.value] if query.level is not None else []
    rows, total = _search(session, Facility, Facility.type, query, extra)
    return FacilityPage(
        items=[facility_out(row, distance) for row, distance in rows],
        total=total,
        offset=query.offset,
        limit=query.limit,
    )


def search_offices(session: Session, query: DirectoryQuery) -> OfficePage:
    rows, total = _search(session, Office, Office.kind, query, [])
    return OfficePage(
        items=[office_out(row, distance) for row, distance in rows],
        total=total,
        offset=query.offset,
        limit=query.limit,
    )


def facility_detail(session: Session, code: str) -> FacilityOut:
    """A facility by its kdProvider code, active or not (a participant's old FKTP)."""
    row = _by_code(session, Facility, code)
    if row is None:
        raise NotFound("Faskes dengan kode ini", "A facility with this code", "facility_not_found")
    return facility_out(row)


def office_detail(session: Session, code: str) -> OfficeOut:
    row = _by_code(session, Office, code)
    if row is None:
        raise NotFound("Kantor dengan kode ini", "An office with this code", "office_not_found")
    return office_out(row)


def _by_code(session: Session, model: type[Directory], code: str) -> Directory | None:
    clean = code.strip().upper()
    if not _CODE.fullmatch(clean):
        return None
    return session.scalar(select(model).where(model.code == clean))


def current_version(session: Session, kind: str = FASKES_KIND) -> tuple[int, datetime | None]:
    """The version of a kind of reference data; 0 before anything was ever loaded."""
    row = session.get(ReferenceVersion, kind)
    return (0, None) if row is None else (row.version, row.updated_at)


def snapshot(session: Session, since_version: int | None) -> FaskesSnapshot:
    """The active directory, or ``changed: false`` when ``since_version`` is current.

    The version is read before the rows: on PostgreSQL (read committed) an import may
    commit in between, and then the client holds newer rows under an older version and
    simply downloads again next time, never the reverse (stale rows under a new version).
    """
    version, updated_at = current_version(session)
    if since_version is not None and since_version == version:
        return FaskesSnapshot(version=version, changed=False, updated_at=updated_at)
    facilities = session.execute(
        select(
            Facility.code,
            Facility.name,
            Facility.type,
            Facility.address,
            Facility.phone,
            Facility.hours,
            Facility.province_code,
            Facility.kabkota_code,
            Facility.kecamatan_code,
            Facility.latitude,
            Facility.longitude,
        )
        .where(Facility.active.is_(True))
        .order_by(Facility.code)
    ).all()
    offices = session.scalars(
        select(Office).where(Office.active.is_(True)).order_by(Office.code)
    ).all()
    return FaskesSnapshot(
        version=version,
        changed=True,
        updated_at=updated_at,
        facilities=[SnapshotFacility(**row._asdict()) for row in facilities],
        offices=[office_out(row) for row in offices],
    )


def facility_out(row: Facility, distance_km: float | None = None) -> FacilityOut:
    return FacilityOut(
        code=row.code,
        name=row.name,
        type=FacilityType(row.type),
        level=FacilityLevel(row.level),
        address=row.address,
        phone=row.phone,
        hours=row.hours,
        province_code=row.province_code,
        kabkota_code=row.kabkota_code,
        kecamatan_code=row.kecamatan_code,
        latitude=row.latitude,
        longitude=row.longitude,
        active=row.active,
        distance_km=None if distance_km is None else round(distance_km, 3),
    )


def office_out(row: Office, distance_km: float | None = None) -> OfficeOut:
    return OfficeOut(
        code=row.code,
        kind=OfficeKind(row.kind),
        name=row.name,
        address=row.address,
        phone=row.phone,
        hours=row.hours,
        province_code=row.province_code,
        kabkota_code=row.kabkota_code,
        kecamatan_code=row.kecamatan_code,
        latitude=row.latitude,
        longitude=row.longitude,
        services=list(row.services),
        distance_km=None if distance_km is None else round(distance_km, 3),
    )


def _search(
    session: Session,
    model: type[Directory],
    kind_column: InstrumentedAttribute[str],
    query: DirectoryQuery,
    extra: list[ColumnElement[bool]],
) -> tuple[list[tuple[Directory, float | None]], int]:
    conditions = [model.active.is_(True), *extra, *_text_conditions(model, query.text)]
    if query.kinds:
        conditions.append(kind_column.in_(query.kinds))
    if query.region:
        conditions.append(_region_condition(model, query.region))
    if query.near is not None:
        nearest, placed_total = _nearest(session, model, conditions, query)
        return [(row, distance) for row, distance in nearest], placed_total
    words = query_words(query.text)
    order: list[Any] = []
    if words:
        # Names that start with what was typed first: "puskesmas gam" -> PUSKESMAS GAMBIR.
        starts = model.name_norm.like(" ".join(words) + "%")
        order.append(case((starts, 0), else_=1))
    order += [model.name_norm, model.code]
    # The total rides along as a window count: one scan of the table instead of two.
    found = session.execute(
        select(model, func.count().over())
        .where(*conditions)
        .order_by(*order)
        .offset(query.offset)
        .limit(query.limit)
    ).all()
    if found:
        total = int(found[0][1])
    else:
        total = session.scalar(select(func.count()).select_from(model).where(*conditions)) or 0
    return [(row[0], None) for row in found], total


def _text_conditions(model: type[Directory], text: str) -> list[ColumnElement[bool]]:
    # Words are [0-9a-z]+ after normalisation, so they carry no LIKE wildcards.
    return [model.search_text.like(f"% {word}%") for word in query_words(text)]


def _region_condition(model: type[Directory], region: str) -> ColumnElement[bool]:
    code = region.strip()
    if not code.isascii() or not code.isdigit() or len(code) not in (2, 4, 6):
        raise ValidationError(
            "region",
            "bad_region",
            "Kode wilayah harus 2 (provinsi), 4 (kab/kota) atau 6 (kecamatan) angka.",
            "A region code is 2 (province), 4 (kab/kota) or 6 (kecamatan) digits.",
        )
    column = {2: model.province_code, 4: model.kabkota_code}.get(len(code), model.kecamatan_code)
    return column == code


def _nearest(
    session: Session,
    model: type[Directory],
    conditions: list[ColumnElement[bool]],
    query: DirectoryQuery,
) -> tuple[list[tuple[Directory, float]], int]:
    """The page of matches nearest to ``query.near``, and how many matches have a place."""
    assert query.near is not None
    lat, lon = query.near.latitude, query.near.longitude
    placed = [*conditions, model.latitude.is_not(None), model.longitude.is_not(None)]
    need = query.offset + query.limit
    radii: Sequence[float] = (query.max_km,) if query.max_km is not None else _RADII_KM
    within: list[tuple[float, str, int]] = []
    for radius in radii:
        box = bounding_box(lat, lon, radius)
        candidates = session.execute(
            select(model.id, model.code, model.latitude, model.longitude).where(
                *placed, *_box_conditions(model, box)
            )
        ).all()
        scored = (
            (haversine_km(lat, lon, c_lat, c_lon), code, item_id)
            for item_id, code, c_lat, c_lon in candidates
            if c_lat is not None and c_lon is not None
        )
        within = sorted(s for s in scored if box is None or s[0] <= radius)
        # Every point outside the circle is farther than every point inside it.
        if len(within) >= need or box is None:
            break
    if query.max_km is not None:
        total = len(within)
    else:
        total = session.scalar(select(func.count()).select_from(model).where(*placed)) or 0
    page = within[query.offset : need]
    by_id = {
        row.id: row
        for row in session.scalars(select(model).where(model.id.in_([p[2] for p in page])))
    }
    return [(by_id[item_id], distance) for distance, _code, item_id in page], total


def _box_conditions(model: type[Directory], box: Box | None) -> list[ColumnElement[bool]]:
    if box is None:
        return []
    conditions: list[ColumnElement[bool]] = [model.latitude.between(box.south, box.north)]
    ranges = [
        and_(model.longitude >= west, model.longitude <= east) for west, east in box.lon_ranges
    ]
    if ranges:
        conditions.append(or_(*ranges))
    return conditions
