"""The per-device outbox sequence: 1, 2, 3... with no gap and no repeat.

Owns `next_local_seq`, one atomic upsert on `outbox_sequence` inside the caller's
transaction: if that transaction rolls back, so does the number, which keeps the
sequence contiguous. Must not commit.
"""

from __future__ import annotations

from sqlalchemy import insert, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from anjungan.core.store.models import Base, OutboxSequence

_table = Base.metadata.tables[OutboxSequence.__tablename__]


def next_local_seq(session: Session, device_id: str) -> int:
    """Reserve and return the next `local_seq` of `device_id`."""
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        dialect_insert = sqlite.insert if dialect == "sqlite" else postgresql.insert
        stmt = (
            dialect_insert(_table)
            .values(device_id=device_id, last_seq=1)
            .on_conflict_do_update(
                index_elements=[_table.c.device_id],
                set_={"last_seq": _table.c.last_seq + 1},
            )
            .returning(_table.c.last_seq)
        )
        return int(session.execute(stmt).scalar_one())
    # Other backends: update first, insert on the first use of a device.
    bumped = session.execute(
        update(_table)
        .where(_table.c.device_id == device_id)
        .values(last_seq=_table.c.last_seq + 1)
        .returning(_table.c.last_seq)
    ).scalar_one_or_none()
    if bumped is not None:
        return int(bumped)
    session.execute(insert(_table).values(device_id=device_id, last_seq=1))
    return 1
