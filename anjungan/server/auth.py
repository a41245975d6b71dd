"""Who is calling: device tokens, officer logins, sessions and roles.

Every request carries ``Authorization: Bearer <token>``: either a device token (a
kiosk or board acts as role *kiosk*, a counter device as *officer* for sync) or an
officer session token from `POST /v1/auth/login` (role from the officer record).
Roles are ordered kiosk < officer < supervisor < admin; an endpoint names the lowest
role it accepts. Tokens are random 32-byte strings, stored only as SHA-256 hashes;
passwords as argon2 hashes. Lockout after N failed logins; sessions expire.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Annotated

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Depends, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjungan.core.errors import AnjunganError
from anjungan.server.models import Device, Officer, OfficerSession
from anjungan.server.settings import ServerSettings


class Role(IntEnum):
    KIOSK = 1
    OFFICER = 2
    SUPERVISOR = 3
    ADMIN = 4

    @classmethod
    def parse(cls, name: str) -> Role:
        return cls[name.upper()]


DEVICE_ROLES = {"kiosk": Role.KIOSK, "board": Role.KIOSK, "counter": Role.OFFICER}


class AuthError(AnjunganError):
    """401: no token, an unknown, revoked or expired one, or a failed login."""

    status = 401

    def __init__(self, code: str, message_id: str, message_en: str) -> None:
        super().__init__(message_id, message_en)
        self.code = code


class Forbidden(AnjunganError):
    """403: the caller is known but its role may not do this."""

    status = 403
    code = "forbidden"

    def __init__(self) -> None:
        super().__init__(
            "Peran Anda tidak berwenang untuk tindakan ini. Minta bantuan supervisor.",
            "Your role may not do this. Ask a supervisor for help.",
        )


@dataclass(frozen=True)
class Principal:
    role: Role
    office_code: str
    device_id: str | None = None
    officer: str | None = None  # username
    officer_id: int | None = None

    @property
    def actor(self) -> str:
        return self.officer or self.device_id or "?"


_hasher = PasswordHasher()  # argon2id with the library's recommended (RFC 9106) costs


def use_password_hasher(hasher: PasswordHasher) -> None:
    """Swap the hasher (tests use cheap costs; existing hashes still verify)."""
    global _hasher  # noqa: PLW0603 (one process-wide policy, set at start)
    _hasher = hasher


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _unauthorized() -> AuthError:
    return AuthError(
        "unauthorized",
        "Perangkat atau sesi tidak dikenal atau sudah berakhir. Masuk lagi atau daftarkan "
        "ulang perangkat.",
        "Unknown or expired device or session. Log in again or re-enrol the device.",
    )


def resolve_token(session: Session, token: str, now: datetime) -> Principal:
    digest = token_hash(token)
    device = session.scalar(select(Device).where(Device.token_hash == digest))
    if device is not None:
        if device.revoked_at is not None:
            raise AuthError(
                "device_revoked",
                "Token perangkat ini telah dicabut. Hubungi admin untuk mendaftarkan ulang.",
                "This device's token was revoked. Ask an admin to enrol it again.",
            )
        return Principal(DEVICE_ROLES[device.kind], device.office_code, device_id=device.device_id)
    row = session.execute(
        select(OfficerSession, Officer)
        .join(Officer, Officer.id == OfficerSession.officer_id)
        .where(OfficerSession.token_hash == digest)
    ).first()
    if row is None:
        raise _unauthorized()
    officer_session, officer = row
    if (
        officer_session.ended_at is not None
        or officer_session.expires_at <= now
        or not officer.active
    ):
        raise _unauthorized()
    return Principal(
        Role.parse(officer.role),
        officer.office_code,
        device_id=officer_session.device_id,
        officer=officer.username,
        officer_id=officer.id,
    )


def bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _unauthorized()
    return token.strip()


def require(minimum: Role) -> Callable[..., Principal]:
    """A FastAPI dependency: the caller, if its role is at least ``minimum``."""

    def dependency(request: Request, token: str = Depends(bearer)) -> Principal:
        app_state = request.app.state
        settings: ServerSettings = app_state.settings
        with app_state.db.read() as session:
            principal = resolve_token(session, token, settings.clock.now())
        if principal.role < minimum:
            raise Forbidden()
        request.state.principal = principal
        return principal

    dependency.__name__ = f"require_{minimum.name.lower()}"
    return dependency


# Route parameters: ``def handler(caller: AsOfficer) -> ...`` accepts officer and above.
AsKiosk = Annotated[Principal, Depends(require(Role.KIOSK))]
AsOfficer = Annotated[Principal, Depends(require(Role.OFFICER))]
AsSupervisor = Annotated[Principal, Depends(require(Role.SUPERVISOR))]
AsAdmin = Annotated[Principal, Depends(require(Role.ADMIN))]
BearerToken = Annotated[str, Depends(bearer)]
