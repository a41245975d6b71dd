"""Sync tables: the inbox of pushed items, and the records the push creates.

Owns `SyncInbox` (every pushed item the server answered for good, UNIQUE on the
client uuid, with the hash of its canonical JSON and the first answer: DESIGN.md data
flow 2, "a repeat returns the first result"), the server's registrations
(`RegistrationRecord`, `RegistrationMemberRecord`, with the card numbers and VAs the
server assigns: data flow 3), `ReceivedRecord` (data changes, information requests,
surveys and kiosk change requests kept as received, for reports) and `SyncCounter`
(named, row-locked counters such as the card-number sequence). Must not hold rules.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from anjungan.core.store.types import UtcDateTime
from anjungan.server.db import ServerBase
from anjungan.server.models.core import BigId

REGISTRATION_PREFIX = "REG"


class SyncInbox(ServerBase):
    """One pushed item and the answer it got (accepted or rejected), kept for repeats.

    Items answered "retry later" are not stored: they are not decided yet.
    """

    __tablename__ = "sync_inbox"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    client_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    device_id: Mapped[str] = mapped_column(String(64))
    local_seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    record_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    office_code: Mapped[str] = mapped_column(String(16))
    payload_hash: Mapped[str] = mapped_column(String(64))  # sha256 of the canonical JSON
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16))  # accepted | rejected
    result: Mapped[dict[str, Any]] = mapped_column(JSON)  # the first answer, as sent
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())

    __table_args__ = (Index("ix_sync_inbox_device_seq", "device_id", "local_seq"),)


class RegistrationRecord(ServerBase):
    """A family registered at a counter, as accepted from a push."""

    __tablename__ = "registration"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    record_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    office_code: Mapped[str] = mapped_column(String(16), index=True)
    device_id: Mapped[str] = mapped_column(String(64))
    officer_id: Mapped[str | None] = mapped_column(String(64), default=None)
    kk_number: Mapped[str] = mapped_column(String(16))
    segment: Mapped[str] = mapped_column(String(16))  # segments.Segment value
    care_class: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    fktp_code: Mapped[str | None] = mapped_column(String(16), default=None)
    address: Mapped[str | None] = mapped_column(Text, default=None)
    phone: Mapped[str | None] = mapped_column(String(32), default=None)  # E.164
    email: Mapped[str | None] = mapped_column(String(254), default=None)
    bank_code: Mapped[str | None] = mapped_column(String(16), default=None)
    bank_account_number: Mapped[str | None] = mapped_column(String(34), default=None)
    bank_account_holder: Mapped[str | None] = mapped_column(String(128), default=None)
    status: Mapped[str] = mapped_column(String(16))  # registered
    virtual_accounts: Mapped[dict[str, str]] = mapped_column(JSON)  # bank -> VA
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())  # on the device
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime())  # accepted here

    members: Mapped[list[RegistrationMemberRecord]] = relationship(
        back_populates="registration",
        order_by="RegistrationMemberRecord.position",
        lazy="selectin",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    @property
    def reference(self) -> str:
        return f"{REGISTRATION_PREFIX}-{self.id:08d}"


class RegistrationMemberRecord(ServerBase):
    """One person of a registered family, with the card number the server assigned."""

    __tablename__ = "registration_member"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    registration_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("registration.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(SmallInteger)
    nik: Mapped[str] = mapped_column(String(16), unique=True)  # one registration per person
    name: Mapped[str] = mapped_column(String(128))
    sex: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date] = mapped_column(Date)
    family_role: Mapped[str] = mapped_column(String(16))
    fktp_code: Mapped[str | None] = mapped_column(String(16), default=None)
    card_number: Mapped[str] = mapped_column(String(13), unique=True)

    registration: Mapped[RegistrationRecord] = relationship(back_populates="members")

    __table_args__ = (UniqueConstraint("registration_id", "position"),)


class ReceivedRecord(ServerBase):
    """A data change, information request, survey or kiosk change request, as received."""

    __tablename__ = "received_record"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    record_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    client_uuid: Mapped[uuid.UUID] = mapped_column(Uuid)
    office_code: Mapped[str] = mapped_column(String(16))
    device_id: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)

    __table_args__ = (Index("ix_received_record_kind_office", "kind", "office_code"),)

    @property
    def reference(self) -> str:
        return f"RCV-{self.id:08d}"


class SyncCounter(ServerBase):
    """A named counter handed out under a row lock (e.g. ``card_number``)."""

    __tablename__ = "sync_counter"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)
