"""The outbox: one row per thing the device must push, written with its record.

Owns `OutboxEntry` (what to send, in which order, and what happened to it) and
`OutboxSequence` (the per-device counter behind `local_seq`). Must not send anything:
the sync worker reads these rows through `core.store.outbox`.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from anjungan.core.store.models.base import Base, OutboxKind
from anjungan.core.store.types import EnumText


class OutboxStatus(enum.StrEnum):
    PENDING = "pending"
    SENT = "sent"
    REJECTED = "rejected"


class OutboxEntry(Base):
    """One push to the server, keyed by `client_uuid` (UNIQUE here and on the server).

    `local_seq` numbers a device's rows 1, 2, 3... without gaps, so the server and the
    officer can see that nothing went missing between two pushes. A rejected row stays;
    a corrected resubmission is a new row pointing back through `resubmitted_as`.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("device_id", "local_seq"),
        Index(None, "status", "local_seq"),
        Index(None, "record_uuid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_uuid: Mapped[UUID] = mapped_column(unique=True)
    device_id: Mapped[str] = mapped_column(String(64))
    local_seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[OutboxKind] = mapped_column(EnumText(OutboxKind, 32))
    record_uuid: Mapped[UUID]
    payload: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
    status: Mapped[OutboxStatus] = mapped_column(
        EnumText(OutboxStatus, 16), default=OutboxStatus.PENDING
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(500))
    rejection_reasons: Mapped[list[Any] | None]
    sent_at: Mapped[datetime | None]
    resubmitted_as: Mapped[UUID | None]


class OutboxSequence(Base):
    """The last `local_seq` handed out per device.

    A counter row, not MAX(local_seq)+1: it survives pruning of sent rows, and on
    PostgreSQL the row lock makes two concurrent writers queue instead of colliding.
    """

    __tablename__ = "outbox_sequence"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)
