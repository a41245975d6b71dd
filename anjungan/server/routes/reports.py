"""`/v1/reports`: read-only report figures for the programs (the counter's Reports screen).

`GET /summary` gives one office's queue and SKM figures for a period (default: today,
the server's local date). Officers, supervisors and counter devices read their own
office; another office's figures are the administrator's. Thin: the figures are
`server.reports` (the same code as the PDF report); nothing is written.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request

from anjungan.core.wire.reports import ReportSummary
from anjungan.server.auth import AsOfficer, Forbidden, Principal, Role
from anjungan.server.db import Database
from anjungan.server.errors import AUTH_ERRORS
from anjungan.server.reports.summary import build_summary, summary_query
from anjungan.server.settings import ServerSettings

router = APIRouter(prefix="/reports", tags=["reports"])

_FROM = Query(description="First local date of the period, inclusive (default: today)")
_TO = Query(description="Last local date of the period, inclusive (default: date_from)")
_OFFICE = Query(max_length=16, description="Office code (default: the caller's own)")


def office_of(caller: Principal, office: str | None) -> str:
    """The office ``caller`` may read: its own, or any for an administrator."""
    if office is None or office == caller.office_code:
        return caller.office_code
    if caller.role < Role.ADMIN:
        raise Forbidden()
    return office


@router.get("/summary", response_model=ReportSummary, responses=AUTH_ERRORS)
def summary(
    request: Request,
    caller: AsOfficer,
    date_from: Annotated[date | None, _FROM] = None,
    date_to: Annotated[date | None, _TO] = None,
    office: Annotated[str | None, _OFFICE] = None,
) -> ReportSummary:
    """Queue (per line, hour and officer; waiting and service times) and SKM figures."""
    db: Database = request.app.state.db
    settings: ServerSettings = request.app.state.settings
    first = date_from or settings.clock.today()
    query = summary_query(office_of(caller, office), first, date_to or first)
    return build_summary(db, query)
