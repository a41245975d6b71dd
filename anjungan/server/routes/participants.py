"""Participant status, family bill and change requests (`/v1/participants/...`).

Kiosks (and boards) get the public view, rate-limited per device; officers and above
also get the full record. A malformed NIK or card number is 422 with the domain's
sentence; a well-formed number that matches nobody is 404 with one plain sentence for
both kinds of number. Structural NIK checks (province, date, serial) are public rules,
so answering them exactly gives an enumerator nothing it could not compute itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from anjungan.core.errors import ValidationError
from anjungan.core.wire.participants import (
    ChangeAccepted,
    ChangeRecord,
    ChangeRefused,
    ClassChangeIn,
    FamilyBill,
    FktpChangeIn,
    ParticipantPublic,
    ParticipantRecord,
)
from anjungan.server.auth import AsKiosk, AsOfficer, Principal, Role
from anjungan.server.db import Database
from anjungan.server.errors import AUTH_ERRORS, error_responses
from anjungan.server.services import changes
from anjungan.server.services.participants import (
    bill_view,
    change_history,
    find_by_card,
    find_by_nik,
    lookup_card,
    lookup_nik,
    public_view,
    record_view,
)
from anjungan.server.services.ratelimit import kiosk_limiter
from anjungan.server.settings import ServerSettings

router = APIRouter(prefix="/participants", tags=["participants"])

# A wrong birth date costs this many lookups on top of the request's own: guessing
# identities must be slower than looking them up.
IDENTITY_FAILURE_EXTRA_COST = 4

LOOKUP_ERRORS = {**AUTH_ERRORS, **error_responses(404, 429)}
RECORD_ERRORS = {**AUTH_ERRORS, **error_responses(404)}  # officers are not rate-limited
CHANGE_ERRORS: dict[int | str, dict[str, Any]] = {
    **LOOKUP_ERRORS,
    409: {
        "model": ChangeRefused,
        "description": "A rule forbids the change (reason in both languages, earliest date)",
    },
}


def _limit(request: Request, caller: Principal) -> None:
    """Kiosk-role devices spend one token per identifier lookup (429 when empty)."""
    if caller.role is Role.KIOSK:
        kiosk_limiter(request.app).acquire(caller.device_id or caller.actor)


def _state(request: Request) -> tuple[Database, ServerSettings]:
    return request.app.state.db, request.app.state.settings


@router.get("/nik/{nik}", response_model=ParticipantPublic, responses=LOOKUP_ERRORS)
def status_by_nik(nik: str, request: Request, caller: AsKiosk) -> ParticipantPublic:
    """Cover status, segment, class, FKTP and family of the person with this NIK (masked)."""
    _limit(request, caller)
    db, settings = _state(request)
    today = settings.clock.today()
    number = lookup_nik(nik, today)
    with db.read() as session:
        return public_view(session, find_by_nik(session, number), today)


@router.get("/card/{card}", response_model=ParticipantPublic, responses=LOOKUP_ERRORS)
def status_by_card(card: str, request: Request, caller: AsKiosk) -> ParticipantPublic:
    """The same as by NIK, for the 13-digit JKN card number."""
    _limit(request, caller)
    db, settings = _state(request)
    number = lookup_card(card)
    with db.read() as session:
        return public_view(session, find_by_card(session, number), settings.clock.today())


@router.get("/nik/{nik}/record", response_model=ParticipantRecord, responses=RECORD_ERRORS)
def record_by_nik(nik: str, request: Request, caller: AsOfficer) -> ParticipantRecord:
    """The full record (names, birth dates, address, phones) for an officer."""
    db, settings = _state(request)
    today = settings.clock.today()
    number = lookup_nik(nik, today)
    with db.read() as session:
        return record_view(session, find_by_nik(session, number), today)


@router.get("/card/{card}/record", response_model=ParticipantRecord, responses=RECORD_ERRORS)
def record_by_card(card: str, request: Request, caller: AsOfficer) -> ParticipantRecord:
    db, settings = _state(request)
    number = lookup_card(card)
    with db.read() as session:
        return record_view(session, find_by_card(session, number), settings.clock.today())


@router.get("/nik/{nik}/bill", response_model=FamilyBill, responses=LOOKUP_ERRORS)
def bill_by_nik(nik: str, request: Request, caller: AsKiosk) -> FamilyBill:
    """The family's iuran, arrears, reactivation amount, penalty rule and VAs."""
    _limit(request, caller)
    db, settings = _state(request)
    today = settings.clock.today()
    number = lookup_nik(nik, today)
    with db.read() as session:
        return bill_view(find_by_nik(session, number), today)


@router.get("/card/{card}/bill", response_model=FamilyBill, responses=LOOKUP_ERRORS)
def bill_by_card(card: str, request: Request, caller: AsKiosk) -> FamilyBill:
    _limit(request, caller)
    db, settings = _state(request)
    number = lookup_card(card)
    with db.read() as session:
        return bill_view(find_by_card(session, number), settings.clock.today())


@router.get("/nik/{nik}/changes", response_model=list[ChangeRecord], responses=RECORD_ERRORS)
def changes_by_nik(nik: str, request: Request, caller: AsOfficer) -> list[ChangeRecord]:
    """The person's FKTP change requests and their family's class changes, oldest first."""
    db, settings = _state(request)
    number = lookup_nik(nik, settings.clock.today())
    with db.read() as session:
        return change_history(session, find_by_nik(session, number))


ChangeService = Callable[[Database, ServerSettings, Principal, Any], ChangeAccepted]


def _change(
    request: Request, caller: Principal, run: ChangeService, body: FktpChangeIn | ClassChangeIn
) -> ChangeAccepted | JSONResponse:
    _limit(request, caller)
    db, settings = _state(request)
    try:
        return run(db, settings, caller, body)
    except changes.ChangeRefusedError as refused:
        answer = ChangeRefused(
            code=refused.code,
            message_id=refused.message_id,
            message_en=refused.message_en,
            earliest_on=refused.earliest_on,
        )
        return JSONResponse(answer.model_dump(mode="json"), status_code=409)
    except ValidationError as error:
        if caller.role is Role.KIOSK and error.code == "identity_mismatch":
            kiosk_limiter(request.app).charge(
                caller.device_id or caller.actor, IDENTITY_FAILURE_EXTRA_COST
            )
        raise


@router.post(
    "/changes/fktp", response_model=ChangeAccepted, status_code=201, responses=CHANGE_ERRORS
)
def fktp_change(
    body: FktpChangeIn, request: Request, caller: AsKiosk
) -> ChangeAccepted | JSONResponse:
    """Ask for another FKTP from the 1st of next month (NIK + birth date as identity check)."""
    return _change(request, caller, changes.request_fktp_change, body)


@router.post(
    "/changes/class", response_model=ChangeAccepted, status_code=201, responses=CHANGE_ERRORS
)
def class_change(
    body: ClassChangeIn, request: Request, caller: AsKiosk
) -> ChangeAccepted | JSONResponse:
    """Ask for another care class for the whole family (PBPU/BP only)."""
    return _change(request, caller, changes.request_class_change, body)
