"""Every write is audited: who (role, officer, device), when, what, on which entity.

Callers pass ids and outcomes in ``detail``, never NIKs, names, addresses or phones.
The row is written in the caller's transaction, so a rolled-back write leaves no audit.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from anjungan.server.auth import Principal
from anjungan.server.models import AuditLog, ChangeLog
from anjungan.server.settings import ServerSettings

# Any constant shared by every writer; "anjungan change log" as a 63-bit number.
CHANGE_LOG_LOCK = 0x616E6A756E67616E


def audit(
    session: Session,
    settings: ServerSettings,
    principal: Principal,
    action: str,
    entity: str,
    entity_id: object,
    **detail: Any,
) -> None:
    session.add(
        AuditLog(
            at=settings.clock.now(),
            role=principal.role.name.lower(),
            device_id=principal.device_id,
            officer=principal.officer,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            detail=detail,
        )
    )


def publish_change(
    session: Session,
    settings: ServerSettings,
    kind: str,
    entity_id: object,
    payload: dict[str, Any],
    *,
    office_code: str | None = None,
    device_id: str | None = None,
) -> None:
    """Append to the change log that clients pull by cursor (same transaction).

    Clients must never see their cursor pass an entry that commits later. On SQLite
    writers are serialised (BEGIN IMMEDIATE), so ids follow commit order. On PostgreSQL
    two transactions could take ids 7 and 8 and commit 8 first, so every publisher takes
    one transaction-level advisory lock first: change-log writers commit in id order.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHANGE_LOG_LOCK})
    session.add(
        ChangeLog(
            at=settings.clock.now(),
            kind=kind,
            entity_id=str(entity_id),
            office_code=office_code,
            device_id=device_id,
            payload=payload,
        )
    )
