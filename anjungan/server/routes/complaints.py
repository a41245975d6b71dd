"""`/v1/complaints`: record, list, read, move, auto-close and export complaints, and keep
the working-calendar overrides the SLA is counted on.

Officers and above record and handle complaints of their office (administrators see
every office); which move a role may make is the domain's table, and a move the role
may not make is a 403 with the domain's sentence. The 30-day close and the calendar
table are the administrator's. Thin: the work is in `services.complaints` (writes) and
`services.complaint_queries` (reads).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import select

from anjungan.core.domain.calendar import CalendarOverride
from anjungan.core.domain.complaints import Category, Channel, ComplaintState
from anjungan.core.services import complaint_export
from anjungan.core.wire.common import Page
from anjungan.core.wire.complaints import (
    AutoCloseResult,
    CalendarOverrideBody,
    CalendarOverrideView,
    ComplaintActionRequest,
    ComplaintDetail,
    ComplaintExport,
    ComplaintSummary,
    NewComplaint,
)
from anjungan.server.auth import AsAdmin, AsOfficer
from anjungan.server.db import Database
from anjungan.server.errors import AUTH_ERRORS, error_responses
from anjungan.server.models.complaints import CalendarOverrideRecord
from anjungan.server.services import complaint_calendar as calendar
from anjungan.server.services import complaint_queries as queries
from anjungan.server.services import complaints as service
from anjungan.server.settings import ServerSettings

router = APIRouter(prefix="/complaints", tags=["complaints"])

_WRITE_ERRORS = {**AUTH_ERRORS, **error_responses(409)}
_ONE_ERRORS = {**AUTH_ERRORS, **error_responses(404)}
_MOVE_ERRORS = {**AUTH_ERRORS, **error_responses(404, 409)}


def _state(request: Request) -> tuple[Database, ServerSettings]:
    return request.app.state.db, request.app.state.settings


@router.post("", status_code=201, response_model=ComplaintDetail, responses=_WRITE_ERRORS)
def create_complaint(body: NewComplaint, request: Request, caller: AsOfficer) -> ComplaintDetail:
    """Record a complaint (seed 000: identity, problem and cause are required)."""
    db, settings = _state(request)
    with db.write() as session:
        record = service.create(session, settings, caller, body)
        return queries.detail(session, settings, caller, record)


@router.get("", response_model=Page[ComplaintSummary], responses=AUTH_ERRORS)
def list_complaints(
    request: Request,
    caller: AsOfficer,
    state: ComplaintState | None = None,
    overdue: bool | None = None,
    due_today: bool | None = None,
    channel: Channel | None = None,
    category: Category | None = None,
    office: Annotated[str | None, Query(max_length=16)] = None,
    offset: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,  # a database integer
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Page[ComplaintSummary]:
    """Complaints with their SLA countdown; officers and supervisors see their office."""
    db, settings = _state(request)
    filters = queries.ComplaintFilters(
        state, overdue, due_today, channel, category, office, offset, limit
    )
    with db.read() as session:
        return queries.list_complaints(session, settings, caller, filters)


_EXPORT_QUERY = Query(description="First day of receipt (local date), inclusive")
_EXPORT_QUERY_TO = Query(description="Last day of receipt (local date), inclusive")


@router.get("/export.json", response_model=ComplaintExport, responses=AUTH_ERRORS)
def export_json(
    request: Request,
    caller: AsOfficer,
    received_from: Annotated[date | None, _EXPORT_QUERY] = None,
    received_to: Annotated[date | None, _EXPORT_QUERY_TO] = None,
    office: Annotated[str | None, Query(max_length=16)] = None,
) -> ComplaintExport:
    """Complaints for SIPP / SP4N-LAPOR!: no identity, no free text."""
    db, settings = _state(request)
    with db.read() as session:
        return queries.export(
            session,
            settings,
            caller,
            office=office,
            received_from=received_from,
            received_to=received_to,
        )


@router.get(
    "/export.csv",
    response_class=Response,
    responses={
        **AUTH_ERRORS,
        200: {"content": {"text/csv": {}}, "description": "One row per complaint"},
    },
)
def export_csv(
    request: Request,
    caller: AsOfficer,
    received_from: Annotated[date | None, _EXPORT_QUERY] = None,
    received_to: Annotated[date | None, _EXPORT_QUERY_TO] = None,
    office: Annotated[str | None, Query(max_length=16)] = None,
) -> Response:
    """The same export as CSV (columns of `ComplaintExportRow`, header row first)."""
    data = export_json(request, caller, received_from, received_to, office)
    return Response(
        complaint_export.export_csv(data),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="complaints.csv"'},
    )


# Two segments: a GET of this path must not reach `GET /{complaint_uuid}` (405, not 422).
@router.post("/sweeps/auto-close", response_model=AutoCloseResult, responses=AUTH_ERRORS)
def auto_close(request: Request, caller: AsAdmin) -> AutoCloseResult:
    """Close complaints waiting over 30 days for the participant's data (seed 002 art. 10)."""
    db, settings = _state(request)
    with db.write() as session:
        closed = service.auto_close(session, settings, caller)
        return AutoCloseResult(closed=queries.summaries(session, settings, closed))


@router.get("/calendar", response_model=list[CalendarOverrideView], responses=AUTH_ERRORS)
def list_overrides(request: Request, caller: AsOfficer) -> list[CalendarOverrideView]:
    """The local holidays and working days that correct the `holidays` package."""
    db, _settings = _state(request)
    with db.read() as session:
        rows = session.scalars(select(CalendarOverrideRecord).order_by(CalendarOverrideRecord.day))
        return [_override_view(r) for r in rows]


@router.put("/calendar/{day}", response_model=CalendarOverrideView, responses=AUTH_ERRORS)
def put_override(
    day: date, body: CalendarOverrideBody, request: Request, caller: AsAdmin
) -> CalendarOverrideView:
    """Declare ``day`` a holiday or a working day (a decree the package does not know)."""
    db, settings = _state(request)
    override = CalendarOverride(day, body.kind, body.name)
    with db.write() as session:
        return _override_view(calendar.put_override(session, settings, caller, override))


@router.delete("/calendar/{day}", status_code=204, responses=_ONE_ERRORS)
def delete_override(day: date, request: Request, caller: AsAdmin) -> Response:
    db, settings = _state(request)
    with db.write() as session:
        calendar.delete_override(session, settings, caller, day)
    return Response(status_code=204)


@router.get("/{complaint_uuid}", response_model=ComplaintDetail, responses=_ONE_ERRORS)
def read_complaint(complaint_uuid: UUID, request: Request, caller: AsOfficer) -> ComplaintDetail:
    """One complaint with its timeline and the moves the caller may make."""
    db, settings = _state(request)
    with db.read() as session:
        record = service.find_complaint(session, caller, complaint_uuid)
        return queries.detail(session, settings, caller, record)


@router.post("/{complaint_uuid}/actions", response_model=ComplaintDetail, responses=_MOVE_ERRORS)
def act(
    complaint_uuid: UUID, body: ComplaintActionRequest, request: Request, caller: AsOfficer
) -> ComplaintDetail:
    """One move of the workflow: 409 if the state does not allow it, 403 if the role."""
    db, settings = _state(request)
    with db.write() as session:
        record = service.act(
            session,
            settings,
            caller,
            complaint_uuid,
            action=body.action,
            note=body.note,
            satisfied=body.satisfied,
        )
        return queries.detail(session, settings, caller, record)


def _override_view(row: CalendarOverrideRecord) -> CalendarOverrideView:
    return CalendarOverrideView.model_validate(
        {"day": row.day, "kind": row.kind, "name": row.name, "updated_by": row.updated_by}
    )
