"""The change feed: publishing in commit order, and pulling it by cursor.

Owns `publish_in_order` (the complaint and sync areas publish through it) and `pull`
(`GET /v1/sync/pull`). DESIGN.md data flow 3: clients pull with a cursor, so the
cursor must never pass an entry that is not committed yet. On SQLite writers are
serialised (BEGIN IMMEDIATE) and ids follow commit order. On PostgreSQL two
transactions can take ids 7 and 8 and commit 8 first; a client reading then would move
its cursor past 7 for ever. `publish_in_order` therefore takes a transaction-level
advisory lock before appending, so change-log writers that use it commit one after the
other. Must not decide what is published: callers do.

Scope of a pull: entries for the caller's office or for every office, and for the
caller's device or for every device. Kiosks (and boards) receive only reference data
(kind ``reference`` or ``reference.*``): other kinds may carry participant data, which
a kiosk must never hold.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from anjungan.core.wire.sync import PullEntry, PullResponse
from anjungan.server.audit import publish_change
from anjungan.server.auth import Principal, Role
from anjungan.server.models import ChangeLog
from anjungan.server.settings import ServerSettings

# Any constant shared by every writer; "anjungan change log" as a 63-bit number.
_CHANGE_LOG_LOCK = 0x616E6A756E67616E
REFERENCE_KIND = "reference"


def publish_in_order(
    session: Session,
    settings: ServerSettings,
    kind: str,
    entity_id: object,
    payload: dict[str, Any],
    *,
    office_code: str | None = None,
    device_id: str | None = None,
) -> None:
    """`audit.publish_change`, after locking the change log until this transaction ends."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CHANGE_LOG_LOCK})
    publish_change(
        session,
        settings,
        kind,
        entity_id,
        payload,
        office_code=office_code,
        device_id=device_id,
    )


def pull(session: Session, principal: Principal, cursor: int, limit: int) -> PullResponse:
    """Entries after ``cursor`` visible to ``principal``, at most ``limit``, in id order."""
    stmt = (
        select(ChangeLog)
        .where(ChangeLog.id > cursor)
        .where(or_(ChangeLog.office_code.is_(None), ChangeLog.office_code == principal.office_code))
        .order_by(ChangeLog.id)
        .limit(limit + 1)
    )
    if principal.device_id is None:
        stmt = stmt.where(ChangeLog.device_id.is_(None))
    else:
        stmt = stmt.where(
            or_(ChangeLog.device_id.is_(None), ChangeLog.device_id == principal.device_id)
        )
    if principal.role < Role.OFFICER:
        stmt = stmt.where(
            or_(ChangeLog.kind == REFERENCE_KIND, ChangeLog.kind.like(f"{REFERENCE_KIND}.%"))
        )
    rows = list(session.scalars(stmt))
    page = rows[:limit]
    return PullResponse(
        entries=[
            PullEntry(
                cursor=row.id,
                kind=row.kind,
                entity_id=row.entity_id,
                at=row.at,
                payload=row.payload,
            )
            for row in page
        ],
        next_cursor=page[-1].id if page else cursor,
        more=len(rows) > limit,
    )
