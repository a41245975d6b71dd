"""`/v1/faskes/...`: facility search, detail, the offline snapshot and the admin CSV import.

Thin: parses the query, opens one read or write transaction and hands over to
`services.faskes` (reading) or `services.faskes_import` (the import). Facilities are
public information, so every reading route accepts a kiosk; only an admin imports.
The snapshot is built once per version and process, and sent gzip-compressed when the
client accepts it (a whole country is about 30,000 facilities, 10 MB of JSON, 2 MB
compressed).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from enum import Enum
from typing import Annotated
from weakref import WeakKeyDictionary

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from sqlalchemy import Engine

from anjungan.core.wire.faskes import (
    REGION_PATTERN,
    FacilityCsvImport,
    FacilityImportReport,
    FacilityLevel,
    FacilityOut,
    FacilityPage,
    FacilityType,
    FaskesSnapshot,
)
from anjungan.server.auth import AsAdmin, AsKiosk
from anjungan.server.db import Database
from anjungan.server.errors import AUTH_ERRORS, error_responses
from anjungan.server.services import faskes
from anjungan.server.services.faskes_import import import_facility_csv_text
from anjungan.server.settings import ServerSettings

router = APIRouter(prefix="/faskes", tags=["faskes"])

# The latest full snapshot per database, gzip-compressed, keyed by the engine: after a
# version bump every kiosk asks at once, and building 30,000 rows takes most of a second.
# Valid because every write to the directory bumps the version (`faskes_loader`).
_snapshots: WeakKeyDictionary[Engine, tuple[int, bytes]] = WeakKeyDictionary()

Text = Annotated[str, Query(max_length=100, description="Words typed so far (prefixes)")]
Region = Annotated[
    str | None, Query(pattern=REGION_PATTERN, description="Province, kab/kota or kecamatan")
]
Latitude = Annotated[float | None, Query(ge=-90, le=90, allow_inf_nan=False)]
Longitude = Annotated[float | None, Query(ge=-180, le=180, allow_inf_nan=False)]
MaxKm = Annotated[float | None, Query(gt=0, le=20_000, allow_inf_nan=False)]
Offset = Annotated[int, Query(ge=0, le=100_000)]
Limit = Annotated[int, Query(ge=1, le=100)]


def _point(lat: float | None, lon: float | None) -> faskes.Point | None:
    """Both coordinates or neither (a 422 names the missing one)."""
    if lat is None and lon is None:
        return None
    if lat is None or lon is None:
        raise faskes.missing_coordinate("lat" if lat is None else "lon")
    return faskes.Point(lat, lon)


class SearchArea:
    """The query parameters every directory search takes after its own text and kinds.

    Region, point, radius and page, as a dependency (`Area`) that only holds them; the
    point is checked in `query`, which the route calls once every parameter is valid.
    """

    def __init__(
        self,
        region: Region = None,
        lat: Latitude = None,
        lon: Longitude = None,
        max_km: MaxKm = None,
        offset: Offset = 0,
        limit: Limit = 20,
    ) -> None:
        self.region = region
        self.lat, self.lon = lat, lon
        self.max_km = max_km
        self.offset, self.limit = offset, limit

    def query(
        self, text: str, kinds: Iterable[Enum] | None, level: FacilityLevel | None = None
    ) -> faskes.DirectoryQuery:
        return faskes.DirectoryQuery(
            text=text,
            kinds=tuple(kind.value for kind in kinds or ()),
            level=level,
            region=self.region,
            near=_point(self.lat, self.lon),
            max_km=self.max_km,
            offset=self.offset,
            limit=self.limit,
        )


Area = Annotated[SearchArea, Depends()]


@router.get("/facilities", response_model=FacilityPage, responses=AUTH_ERRORS)
def search_facilities(
    request: Request,
    caller: AsKiosk,
    area: Area,
    q: Text = "",
    type_: Annotated[list[FacilityType] | None, Query(alias="type")] = None,
    level: FacilityLevel | None = None,
) -> FacilityPage:
    """Active facilities matching every filter; nearest first when ``lat``/``lon`` are given."""
    query = area.query(q, type_, level)
    with request.app.state.db.read() as session:
        return faskes.search_facilities(session, query)


@router.get(
    "/facilities/{code}",
    response_model=FacilityOut,
    responses={**AUTH_ERRORS, **error_responses(404)},
)
def facility_detail(
    request: Request,
    caller: AsKiosk,
    code: Annotated[str, Path(min_length=1, max_length=16)],
) -> FacilityOut:
    with request.app.state.db.read() as session:
        return faskes.facility_detail(session, code)


@router.get("/snapshot", response_model=FaskesSnapshot, responses=AUTH_ERRORS)
def snapshot(
    request: Request,
    caller: AsKiosk,
    since_version: Annotated[int | None, Query(ge=0, le=2**31 - 1)] = None,
) -> Response:
    """The directory for offline search, or ``changed: false`` if ``since_version`` is current."""
    db: Database = request.app.state.db
    with db.read() as session:
        version, updated_at = faskes.current_version(session)
        if since_version == version:
            same = FaskesSnapshot(version=version, changed=False, updated_at=updated_at)
            return Response(same.model_dump_json(), media_type="application/json")
        cached = _snapshots.get(db.engine)
        if cached is None or cached[0] != version:
            full = faskes.snapshot(session, None)
            cached = (full.version, gzip.compress(full.model_dump_json().encode(), 6))
            _snapshots[db.engine] = cached
    headers = {"Vary": "Accept-Encoding"}
    if "gzip" in request.headers.get("accept-encoding", ""):
        headers["Content-Encoding"] = "gzip"
        return Response(cached[1], media_type="application/json", headers=headers)
    return Response(gzip.decompress(cached[1]), media_type="application/json", headers=headers)


@router.post(
    "/import",
    response_model=FacilityImportReport,
    responses=AUTH_ERRORS,
)
def import_facilities(
    request: Request, caller: AsAdmin, body: FacilityCsvImport
) -> FacilityImportReport:
    """Insert or update facilities by code from a CSV text; bad rows come back with reasons."""
    settings: ServerSettings = request.app.state.settings
    with request.app.state.db.write() as session:
        report = import_facility_csv_text(session, settings, caller, body.csv, source="api")
    return report.wire()
