"""`/v1/sync`: devices push their outbox and pull the change log.

Push (`POST /v1/sync/push`): counters (device token or an officer logged in on the
device) push every kind; kiosks only surveys and change requests (403 otherwise). Each
item is answered accepted, rejected (with reasons) or retry_later; a repeat gets its
first answer; a changed payload under a used client uuid is a 409 for the whole push
(`services.sync`). Pull (`GET /v1/sync/pull`): change-log entries after a cursor, scoped
to the caller's office and device (`services.sync_feed`). Thin.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from anjungan.core.wire.sync import (
    MAX_PULL_LIMIT,
    PullResponse,
    PushConflict,
    PushRequest,
    PushResponse,
)
from anjungan.server.auth import AsKiosk
from anjungan.server.errors import AUTH_ERRORS
from anjungan.server.services import sync as service
from anjungan.server.services.sync_feed import pull as pull_changes

router = APIRouter(prefix="/sync", tags=["sync"])


@router.post(
    "/push",
    response_model=PushResponse,
    responses={
        **AUTH_ERRORS,
        409: {
            "model": PushConflict,
            "description": "A client uuid was pushed before with other content; "
            "nothing of this push was applied",
        },
    },
)
def push(body: PushRequest, request: Request, caller: AsKiosk) -> PushResponse | JSONResponse:
    """Push a batch of outbox rows; one result per item, in the request's order."""
    try:
        return service.push(request.app.state.db, request.app.state.settings, caller, body.items)
    except service.PushConflictError as error:
        conflict = PushConflict(
            code=error.code,
            message_id=error.message_id,
            message_en=error.message_en,
            conflicts=error.conflicts,
        )
        return JSONResponse(conflict.model_dump(mode="json"), status_code=409)


@router.get("/pull", response_model=PullResponse, responses=AUTH_ERRORS)
def pull(
    request: Request,
    caller: AsKiosk,
    cursor: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,  # a change-log id (BIGINT)
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 100,
) -> PullResponse:
    """Change-log entries after ``cursor`` for the caller's office and device."""
    with request.app.state.db.read() as session:
        return pull_changes(session, caller, cursor, limit)
