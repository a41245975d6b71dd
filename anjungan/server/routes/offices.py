"""`/v1/offices/...`: BPJS Kesehatan branch offices and MPP booths, searched like faskes.

Thin: the same query parameters and service (`services.faskes`) as the facility search,
over the `Office` table. Office addresses, phones and hours are public information, so
a kiosk may read them; offices are written by the loader (demo seeding, admin tools).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request

from anjungan.core.wire.faskes import OfficeKind, OfficeOut, OfficePage
from anjungan.server.auth import AsKiosk
from anjungan.server.errors import AUTH_ERRORS, error_responses
from anjungan.server.routes.faskes import (
    Latitude,
    Limit,
    Longitude,
    MaxKm,
    Offset,
    Region,
    Text,
    point_of,
)
from anjungan.server.services import faskes

router = APIRouter(prefix="/offices", tags=["faskes"])


@router.get("", response_model=OfficePage, responses=AUTH_ERRORS)
def search_offices(
    request: Request,
    caller: AsKiosk,
    q: Text = "",
    kind: Annotated[list[OfficeKind] | None, Query()] = None,
    region: Region = None,
    lat: Latitude = None,
    lon: Longitude = None,
    max_km: MaxKm = None,
    offset: Offset = 0,
    limit: Limit = 20,
) -> OfficePage:
    """Active offices matching every filter; nearest first when ``lat``/``lon`` are given."""
    query = faskes.DirectoryQuery(
        text=q,
        kinds=tuple(k.value for k in kind or ()),
        region=region,
        near=point_of(lat, lon),
        max_km=max_km,
        offset=offset,
        limit=limit,
    )
    with request.app.state.db.read() as session:
        return faskes.search_offices(session, query)


@router.get(
    "/{code}",
    response_model=OfficeOut,
    responses={**AUTH_ERRORS, **error_responses(404)},
)
def office_detail(
    request: Request,
    caller: AsKiosk,
    code: Annotated[str, Path(min_length=1, max_length=16)],
) -> OfficeOut:
    with request.app.state.db.read() as session:
        return faskes.office_detail(session, code)
