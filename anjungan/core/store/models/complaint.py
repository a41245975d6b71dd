"""Complaints logged at the counter and the events of their handling.

Owns `Complaint` (who, through which channel, what and why) and `ComplaintEvent`
(each step: answer drafted, escalated, waiting for the participant, solved, explained,
satisfaction confirmed), following the handling flow of seeds 000 and 002. Events are
appended, never edited, so the working-day SLA can be recomputed from them. Must not
compute the SLA or decide transitions: `core.domain` does.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from anjungan.core.store.models.base import OutboxKind, Record, ServerTracked, Staffed
from anjungan.core.store.types import json_value


class Complaint(Staffed, ServerTracked, Record):
    """A complaint. `server_ref` is the ticket number in the central complaint system."""

    __tablename__ = "complaint"
    outbox_kind: ClassVar[OutboxKind] = OutboxKind.COMPLAINT

    channel: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[datetime]
    card_number: Mapped[str | None] = mapped_column(String(13))
    nik: Mapped[str | None] = mapped_column(String(16))
    reporter_name: Mapped[str] = mapped_column(String(128))
    reporter_phone: Mapped[str | None] = mapped_column(String(32))
    category: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text)
    cause: Mapped[str | None] = mapped_column(Text)
    needs_coordination: Mapped[bool] = mapped_column(Boolean, default=False)

    # Read-only: an event is its own record with its own outbox row, so it enters the
    # session through `UnitOfWork.add_record`, never as a side effect of its parent.
    # Loaded once per session; `ComplaintRepository.events` always queries.
    events: Mapped[list[ComplaintEvent]] = relationship(viewonly=True, order_by="ComplaintEvent.id")


class ComplaintEvent(Record):
    """One step in a complaint's handling, pushed on its own (kind complaint_event)."""

    __tablename__ = "complaint_event"
    outbox_kind: ClassVar[OutboxKind] = OutboxKind.COMPLAINT_EVENT

    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), index=True
    )
    event_type: Mapped[str] = mapped_column(String(32))
    actor_id: Mapped[str] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict[str, Any] | None]

    complaint: Mapped[Complaint] = relationship()

    def to_payload(self) -> dict[str, Any]:
        payload = super().to_payload()
        # The server knows the complaint by its client uuid, never by a local row id.
        payload["complaint_uuid"] = json_value(self.complaint.uuid)
        return payload
