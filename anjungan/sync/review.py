"""What the counter's sync screen shows, read from the local store in one go.

Owns `SyncOverview`: the device's `SyncStatus`, the rejected records awaiting the
officer (`core.services.resubmission.Correction`), and the recent registrations and
complaints, each with where it stands (waiting to be sent, rejected, received) and what
the server assigned: a registration's number, one card number per member and the
family's virtual accounts (`state.registration_facts`); a complaint's ticket, state
and due date (`state.complaint_facts`). `read_overview` works inside the caller's unit
of work; never writes, never touches the network.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from uuid import UUID

from anjungan.core.services.registration import provisional_reference
from anjungan.core.services.resubmission import Correction, pending_corrections
from anjungan.core.store.models import OutboxStatus
from anjungan.core.store.uow import UnitOfWork
from anjungan.sync import state
from anjungan.sync.report import SyncStatus

RECENT = 30


class Delivery(StrEnum):
    """Where a record stands on its way to the server."""

    WAITING = "waiting"
    REJECTED = "rejected"
    RECEIVED = "received"


@dataclass(frozen=True)
class MemberCard:
    position: int
    name: str
    card_number: str | None


@dataclass(frozen=True)
class RegistrationLine:
    record_uuid: UUID
    provisional_ref: str
    saved_at: datetime
    segment: str
    delivery: Delivery
    registration_ref: str | None
    members: tuple[MemberCard, ...]
    virtual_accounts: tuple[tuple[str, str], ...]  # (bank code, VA number)


@dataclass(frozen=True)
class ComplaintLine:
    record_uuid: UUID
    saved_at: datetime
    reporter_name: str
    category: str
    delivery: Delivery
    ticket: str | None
    state: str | None
    due_date: date | None


@dataclass(frozen=True)
class SyncOverview:
    status: SyncStatus
    corrections: tuple[Correction, ...]
    registrations: tuple[RegistrationLine, ...]
    complaints: tuple[ComplaintLine, ...]


def delivery_of(uow: UnitOfWork, record_uuid: UUID) -> Delivery:
    """A record's outbox rows (the first push and any resubmissions) read together."""
    rows = uow.outbox.for_record(record_uuid)
    if any(r.status is OutboxStatus.PENDING for r in rows):
        return Delivery.WAITING
    if any(r.status is OutboxStatus.SENT for r in rows):
        return Delivery.RECEIVED
    return Delivery.REJECTED if rows else Delivery.WAITING


def recent_registrations(uow: UnitOfWork, limit: int = RECENT) -> list[RegistrationLine]:
    lines = []
    for record in uow.registrations.latest(limit):
        facts = state.registration_facts(uow, record.uuid)
        cards = facts.card_numbers if facts else {}
        lines.append(
            RegistrationLine(
                record_uuid=record.uuid,
                provisional_ref=provisional_reference(record.uuid),
                saved_at=record.created_at,
                segment=record.segment,
                delivery=delivery_of(uow, record.uuid),
                registration_ref=(facts.registration_ref if facts else record.server_ref) or None,
                members=tuple(
                    MemberCard(m.position, m.name, cards.get(m.position) or m.card_number)
                    for m in sorted(record.members, key=lambda m: m.position)
                ),
                virtual_accounts=tuple(sorted(facts.virtual_accounts.items())) if facts else (),
            )
        )
    return lines


def recent_complaints(uow: UnitOfWork, limit: int = RECENT) -> list[ComplaintLine]:
    lines = []
    for record in uow.complaints.latest(limit):
        facts = state.complaint_facts(uow, record.uuid)
        lines.append(
            ComplaintLine(
                record_uuid=record.uuid,
                saved_at=record.created_at,
                reporter_name=record.reporter_name,
                category=record.category,
                delivery=delivery_of(uow, record.uuid),
                ticket=(facts.ticket if facts else record.server_ref) or None,
                state=facts.state if facts and facts.state else None,
                due_date=facts.due_date if facts else None,
            )
        )
    return lines


def read_overview(uow: UnitOfWork, limit: int = RECENT) -> SyncOverview:
    return SyncOverview(
        status=state.read_status(uow),
        corrections=tuple(pending_corrections(uow)),
        registrations=tuple(recent_registrations(uow, limit)),
        complaints=tuple(recent_complaints(uow, limit)),
    )
