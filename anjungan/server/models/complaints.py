"""Complaint tables: complaints, their events, and the local working-calendar overrides.

Owns the stored facts of the complaint workflow (seed 000 "Alur Penanganan Keluhan",
seed 002 art. 10): one `ComplaintRecord` per complaint with what was recorded at
receipt, and one `ComplaintEventRecord` per move, appended, never edited. ``state`` on
the complaint is a copy of the last event's target kept for filtering in SQL; the
events are the truth. SLA due dates, days left and "overdue" depend on today and the
calendar, so they are computed on read (`services.complaint_queries`), never stored.
`CalendarOverrideRecord` is the server's local override of the `holidays` package
(DOMAIN.md "Working days": dates are set by decree each year). Must not hold rules.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from anjungan.core.store.types import UtcDateTime
from anjungan.server.db import ServerBase
from anjungan.server.models.core import BigId

TICKET_PREFIX = "PGD"  # "pengaduan"


class ComplaintRecord(ServerBase):
    """A complaint received at a counter, by phone, in writing or at a kiosk.

    ``participant_nik``/``participant_card``: at least one is set (the identity the
    participant gave). Personal data (identity, reporter, texts) never leaves this table
    except in the officer-only detail view.
    """

    __tablename__ = "complaint"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    office_code: Mapped[str] = mapped_column(String(16))
    device_id: Mapped[str | None] = mapped_column(String(64), default=None)
    created_by: Mapped[str] = mapped_column(String(64))  # officer username or device id
    channel: Mapped[str] = mapped_column(String(16))  # complaint_sla.Channel value
    category: Mapped[str] = mapped_column(String(32))  # complaints.Category value
    participant_nik: Mapped[str | None] = mapped_column(String(16), default=None)
    participant_card: Mapped[str | None] = mapped_column(String(13), default=None)
    reporter_name: Mapped[str] = mapped_column(String(128))
    reporter_phone: Mapped[str | None] = mapped_column(String(32), default=None)
    problem: Mapped[str] = mapped_column(Text)
    cause: Mapped[str] = mapped_column(Text)
    needs_coordination: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())
    state: Mapped[str] = mapped_column(String(32))  # copy of the last event's to_state
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())

    events: Mapped[list[ComplaintEventRecord]] = relationship(
        back_populates="complaint",
        order_by="ComplaintEventRecord.id",
        lazy="selectin",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    __table_args__ = (
        Index("ix_complaint_office_state", "office_code", "state"),
        Index("ix_complaint_received_at", "received_at"),
    )

    @property
    def ticket(self) -> str:
        """The number the participant and SIPP / SP4N-LAPOR! know the complaint by."""
        return f"{TICKET_PREFIX}-{self.id:08d}"


class ComplaintEventRecord(ServerBase):
    """One move of a complaint (`complaint_flow.Action`), in the order it was made."""

    __tablename__ = "complaint_event"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    # The client's record uuid for a pushed event; a fresh one for moves made here.
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    complaint_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("complaint.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    by_role: Mapped[str | None] = mapped_column(String(16))  # None for the receipt
    actor: Mapped[str] = mapped_column(String(64))
    from_state: Mapped[str | None] = mapped_column(String(32))
    to_state: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    satisfied: Mapped[bool | None] = mapped_column(Boolean, default=None)

    complaint: Mapped[ComplaintRecord] = relationship(back_populates="events")


class CalendarOverrideRecord(ServerBase):
    """A date declared a holiday or a working day against the ``holidays`` package."""

    __tablename__ = "calendar_override"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # calendar.OverrideKind value
    name: Mapped[str] = mapped_column(String(128))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_by: Mapped[str] = mapped_column(String(64))
