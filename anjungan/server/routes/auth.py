"""Officer login and logout, and `whoami` for any token.

A wrong password counts a failure; after `lockout_after_failures` the account is locked
for `lockout_for`, and the answer does not say whether the username exists.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from sqlalchemy import select

from anjungan.core.wire.auth import LoginRequest, LoginResponse, WhoAmI
from anjungan.server.audit import audit
from anjungan.server.auth import (
    AsKiosk,
    AsOfficer,
    AuthError,
    BearerToken,
    Principal,
    Role,
    new_token,
    token_hash,
    verify_password,
)
from anjungan.server.errors import AUTH_ERRORS, error_responses
from anjungan.server.models import Officer, OfficerSession
from anjungan.server.settings import ServerSettings

router = APIRouter(prefix="/auth", tags=["auth"])


def _failed() -> AuthError:
    return AuthError(
        "login_failed",
        "Nama pengguna atau kata sandi salah, atau akun terkunci sementara.",
        "Wrong username or password, or the account is locked for a while.",
    )


@router.post("/login", response_model=LoginResponse, responses=error_responses(401, 422))
def login(body: LoginRequest, request: Request) -> LoginResponse:
    settings: ServerSettings = request.app.state.settings
    now = settings.clock.now()
    failed = False
    with request.app.state.db.write() as session:
        officer = session.scalar(select(Officer).where(Officer.username == body.username))
        if officer is None or not officer.active:
            raise _failed()
        if officer.locked_until is not None and officer.locked_until > now:
            raise _failed()
        if not verify_password(officer.password_hash, body.password):
            # Count the failure; the transaction commits and we answer 401 after it.
            officer.failed_logins += 1
            if officer.failed_logins >= settings.lockout_after_failures:
                officer.locked_until = now + settings.lockout_for
                officer.failed_logins = 0
            failed = True
        else:
            officer.failed_logins = 0
            officer.locked_until = None
            token = new_token()
            expires = now + settings.session_ttl
            session.add(
                OfficerSession(
                    token_hash=token_hash(token),
                    officer_id=officer.id,
                    device_id=body.device_id,
                    created_at=now,
                    expires_at=expires,
                )
            )
            principal = Principal(
                Role.parse(officer.role), officer.office_code, body.device_id, officer.username
            )
            audit(session, settings, principal, "auth.login", "officer", officer.username)
            response = LoginResponse(
                token=token,
                expires_at=expires,
                username=officer.username,
                display_name=officer.display_name,
                role=officer.role,
                office_code=officer.office_code,
            )
    if failed:
        raise _failed()
    return response


@router.post("/logout", status_code=204, responses=AUTH_ERRORS)
def logout(request: Request, token: BearerToken, principal: AsOfficer) -> Response:
    settings: ServerSettings = request.app.state.settings
    with request.app.state.db.write() as session:
        row = session.scalar(
            select(OfficerSession).where(OfficerSession.token_hash == token_hash(token))
        )
        if row is not None:
            row.ended_at = settings.clock.now()
            audit(session, settings, principal, "auth.logout", "officer", principal.actor)
    return Response(status_code=204)


@router.get("/whoami", response_model=WhoAmI, responses=AUTH_ERRORS)
def whoami(principal: AsKiosk) -> WhoAmI:
    return WhoAmI(
        role=principal.role.name.lower(),
        office_code=principal.office_code,
        device_id=principal.device_id,
        officer=principal.officer,
    )
