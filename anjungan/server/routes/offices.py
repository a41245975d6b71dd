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
from anjungan.server.routes.faskes import Area, Text
from anjungan.server.services import faskes

router = APIRouter(prefix="/offices", tags=["faskes"])


@router.get("", response_model=OfficePage, responses=AUTH_ERRORS)
def search_offices(
    request: Request,
    caller: AsKiosk,
    area: Area,
    q: Text = "",
    kind: Annotated[list[OfficeKind] | None, Query()] = None,
) -> OfficePage:
    """Active offices matching every filter; nearest first when ``lat``/``lon`` are given."""
    query = area.query(q, kind)
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
