"""The change feed: pulling it by cursor (`GET /v1/sync/pull`).

Publishing is `audit.publish_change`, which keeps the log in commit order (DESIGN.md
data flow 3: a client's cursor must never pass an entry that is not committed yet).

Scope of a pull: entries for the caller's office or for every office, and for the
caller's device or for every device. Kiosks (and boards) receive only reference data
(kind ``reference`` or ``reference.*``): other kinds may carry participant data, which
a kiosk must never hold.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from anjungan.core.wire.sync import PullEntry, PullResponse
from anjungan.server.auth import Principal, Role
from anjungan.server.models import ChangeLog

REFERENCE_KIND = "reference"


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
