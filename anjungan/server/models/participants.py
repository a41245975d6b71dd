"""Participant tables: families (one KK in one segment), members, iuran payments and the
FKTP/class change requests made at kiosks and counters.

Owns the stored facts only. Whatever follows from "today" is computed on read by the
services, never stored: arrears and suspension come from ``family.paid_through`` and
the date (`core.domain.billing`); a change request takes effect on its own
``effective_on`` even before it is written back into the member row. Care class is a
family attribute because a class change applies to every member of the family and a
PPU class follows the worker's wage (DOMAIN.md "Data changes"); the FKTP is per member.
Lookups by NIK and by card number go through the unique indexes on those columns.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    String,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from anjungan.core.store.types import UtcDateTime
from anjungan.server.db import ServerBase
from anjungan.server.models.core import BigId


class Family(ServerBase):
    """A family card (KK) and its JKN membership: one segment, one class, one bill."""

    __tablename__ = "family"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    kk: Mapped[str] = mapped_column(String(16), unique=True)
    segment: Mapped[str] = mapped_column(String(16))  # core.domain.segments.Segment value
    care_class: Mapped[str] = mapped_column(String(3))  # CareClass value: I, II, III
    class_since: Mapped[date] = mapped_column(Date)
    wage: Mapped[int | None] = mapped_column(BigInteger, default=None)  # PPU only, rupiah
    umk: Mapped[int | None] = mapped_column(BigInteger, default=None)  # PPU wage floor
    tni_polri: Mapped[bool] = mapped_column(Boolean, default=False)  # PPU PN: not self-service
    paid_through: Mapped[date] = mapped_column(Date)  # 1st of the last month paid
    registered_on: Mapped[date] = mapped_column(Date)
    office_code: Mapped[str | None] = mapped_column(String(16), default=None)
    province_code: Mapped[str] = mapped_column(String(2))
    kabkota_code: Mapped[str] = mapped_column(String(4))
    kecamatan_code: Mapped[str] = mapped_column(String(6))
    address: Mapped[str] = mapped_column(String(255))


class Participant(ServerBase):
    """One insured person (peserta), a member of exactly one family."""

    __tablename__ = "participant"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    family_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("family.id", ondelete="CASCADE"), index=True
    )
    nik: Mapped[str] = mapped_column(String(16), unique=True)
    card_number: Mapped[str] = mapped_column(String(13), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    sex: Mapped[str] = mapped_column(String(1))  # Sex value: L, P
    birth_date: Mapped[date] = mapped_column(Date)
    relation: Mapped[str] = mapped_column(String(16))  # HEAD, SPOUSE, CHILD, ...
    phone: Mapped[str | None] = mapped_column(String(20), default=None)
    status: Mapped[str] = mapped_column(String(16), default="ACTIVE")  # ACTIVE | INACTIVE
    # Why an INACTIVE member is inactive (PBI_DEACTIVATED, DECEASED, ...). Suspension for
    # arrears is never stored: it follows from the family's paid_through and today.
    inactive_reason: Mapped[str | None] = mapped_column(String(32), default=None)
    status_since: Mapped[date | None] = mapped_column(Date, default=None)
    fktp_code: Mapped[str] = mapped_column(String(8))
    fktp_since: Mapped[date] = mapped_column(Date)  # the current FKTP's effective date


class Payment(ServerBase):
    """One month's iuran as paid (by the family, the employer or the government)."""

    __tablename__ = "payment"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    family_id: Mapped[int] = mapped_column(BigId, ForeignKey("family.id", ondelete="CASCADE"))
    month: Mapped[date] = mapped_column(Date)  # 1st of the month paid for
    amount: Mapped[int] = mapped_column(BigInteger)
    paid_on: Mapped[date] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("family_id", "month"),)


class ParticipantChange(ServerBase):
    """An accepted FKTP or class change request; applied on ``effective_on``.

    Rows are never edited except to stamp ``applied_at`` once the new value has been
    written into the member or family row. ``request_id`` is the client's idempotency
    key: a retried request returns the first answer.
    """

    __tablename__ = "participant_change"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    request_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, unique=True, default=None)
    kind: Mapped[str] = mapped_column(String(16))  # FKTP | CLASS
    family_id: Mapped[int] = mapped_column(BigId, ForeignKey("family.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    old_value: Mapped[str] = mapped_column(String(16))
    new_value: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(16))  # KIOSK | COUNTER
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime())
    effective_on: Mapped[date] = mapped_column(Date)
    applied_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    office_code: Mapped[str] = mapped_column(String(16))
    device_id: Mapped[str | None] = mapped_column(String(64), default=None)
    officer: Mapped[str | None] = mapped_column(String(64), default=None)

    __table_args__ = (Index("ix_participant_change_family_pending", "family_id", "applied_at"),)
