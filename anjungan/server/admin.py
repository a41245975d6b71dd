"""Administration that runs against the database directly (the `anjungan admin` command).

Create officers, enrol and revoke devices. Tokens are shown once, at enrolment, and
stored only as hashes. Used by the CLI, the demo and the tests' fixtures.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from anjungan.core.errors import ValidationError
from anjungan.server.auth import DEVICE_ROLES, Role, hash_password, new_token, token_hash
from anjungan.server.db import Database
from anjungan.server.models import Device, Officer


def create_officer(
    db: Database,
    username: str,
    password: str,
    *,
    role: str = "officer",
    office_code: str,
    display_name: str | None = None,
) -> None:
    if role.upper() not in Role.__members__ or role == "kiosk":
        raise ValidationError(
            "role",
            "unknown_role",
            "Peran harus officer, supervisor, atau admin.",
            "Role must be officer, supervisor or admin.",
        )
    if len(password) < 8:
        raise ValidationError(
            "password",
            "too_short",
            "Kata sandi minimal 8 karakter.",
            "The password needs at least 8 characters.",
        )
    with db.write() as session:
        session.add(
            Officer(
                username=username,
                display_name=display_name or username,
                role=role,
                office_code=office_code,
                password_hash=hash_password(password),
            )
        )


def enroll_device(db: Database, device_id: str, kind: str, office_code: str, now: datetime) -> str:
    """Register a device and return its bearer token (shown once)."""
    if kind not in DEVICE_ROLES:
        raise ValidationError(
            "kind",
            "unknown_device_kind",
            "Jenis perangkat harus kiosk, counter, atau board.",
            "Device kind must be kiosk, counter or board.",
        )
    token = new_token()
    with db.write() as session:
        existing = session.scalar(select(Device).where(Device.device_id == device_id))
        if existing is not None:
            # Re-enrolment replaces the token: the old one stops working at once.
            existing.token_hash = token_hash(token)
            existing.kind = kind
            existing.office_code = office_code
            existing.revoked_at = None
            existing.enrolled_at = now
        else:
            session.add(
                Device(
                    device_id=device_id,
                    kind=kind,
                    office_code=office_code,
                    token_hash=token_hash(token),
                    enrolled_at=now,
                )
            )
    return token


def revoke_device(db: Database, device_id: str, now: datetime) -> bool:
    with db.write() as session:
        device = session.scalar(select(Device).where(Device.device_id == device_id))
        if device is None:
            return False
        device.revoked_at = now
        return True
