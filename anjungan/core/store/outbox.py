"""What the sync worker does with the outbox, one function per outcome of a push.

Owns the outbox state machine: pending -> sent, pending -> rejected (with the server's
reasons), rejected -> resubmitted as a new pending row with a new client uuid (the
server keeps the first answer per uuid, so a correction needs a new one). Nothing is
dropped silently: a rejected row stays until the officer resubmits it. All functions
work inside the caller's unit of work; none commits. Must not talk to the network.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from uuid import UUID

from sqlalchemy import select

from anjungan.core.errors import IllegalTransition, StoreError
from anjungan.core.store.models import OutboxEntry, OutboxStatus
from anjungan.core.store.types import json_value
from anjungan.core.store.uow import UnitOfWork

_LAST_ERROR_MAX = 500


def pending_batch(uow: UnitOfWork, limit: int = 100) -> list[OutboxEntry]:
    """The oldest `limit` pending rows, in `local_seq` order (the order they were made)."""
    return uow.outbox.with_status(OutboxStatus.PENDING, limit)


def awaiting_officer(uow: UnitOfWork) -> list[OutboxEntry]:
    """Rejected rows not yet resubmitted: the officer's to-do list."""
    stmt = (
        select(OutboxEntry)
        .where(OutboxEntry.status == OutboxStatus.REJECTED)
        .where(OutboxEntry.resubmitted_as.is_(None))
        .order_by(OutboxEntry.local_seq)
    )
    return list(uow.session.scalars(stmt))


def mark_sent(uow: UnitOfWork, client_uuid: UUID) -> OutboxEntry:
    """The server accepted the row (or had it already: a repeat is harmless)."""
    entry = _entry(uow, client_uuid)
    if entry.status == OutboxStatus.SENT:
        return entry
    _require(entry, OutboxStatus.PENDING, "sent")
    entry.status = OutboxStatus.SENT
    entry.attempts += 1
    entry.sent_at = uow.clock.now()
    entry.last_error = None
    return entry


def mark_rejected(
    uow: UnitOfWork, client_uuid: UUID, reasons: Sequence[Mapping[str, Any]]
) -> OutboxEntry:
    """The server refused the row; `reasons` (field, code, messages) go to the officer."""
    entry = _entry(uow, client_uuid)
    if entry.status != OutboxStatus.REJECTED:
        _require(entry, OutboxStatus.PENDING, "rejected")
        entry.attempts += 1
    entry.status = OutboxStatus.REJECTED
    entry.rejection_reasons = json_value([dict(reason) for reason in reasons])
    return entry


def record_failed_attempt(uow: UnitOfWork, client_uuids: Iterable[UUID], error: str) -> None:
    """A push that did not get an answer (network, server down): stays pending, counted."""
    for client_uuid in client_uuids:
        entry = _entry(uow, client_uuid)
        if entry.status == OutboxStatus.PENDING:
            entry.attempts += 1
            entry.last_error = error[:_LAST_ERROR_MAX]


def resubmit(
    uow: UnitOfWork, client_uuid: UUID, payload: Mapping[str, Any] | None = None
) -> OutboxEntry:
    """Queue a rejected row again under a new client uuid, with a corrected `payload`."""
    old = _entry(uow, client_uuid)
    _require(old, OutboxStatus.REJECTED, "resubmitted")
    if old.resubmitted_as is not None:
        raise IllegalTransition(
            "outbox_already_resubmitted",
            "Data ini sudah dikirim ulang. Lihat kiriman terbarunya.",
            "This item was already resubmitted. Look at its latest submission.",
        )
    new = uow.enqueue(
        old.kind, old.payload if payload is None else payload, record_uuid=old.record_uuid
    )
    old.resubmitted_as = new.client_uuid
    return new


def _entry(uow: UnitOfWork, client_uuid: UUID) -> OutboxEntry:
    entry = uow.outbox.get(client_uuid)
    if entry is None:
        raise StoreError(
            "Antrean kirim tidak memuat data yang diminta. Muat ulang status sinkronisasi.",
            "The outbox has no such item. Reload the sync status.",
        )
    return entry


def _require(entry: OutboxEntry, expected: OutboxStatus, target: str) -> None:
    if entry.status != expected:
        raise IllegalTransition(
            f"outbox_{entry.status.value}_to_{target}",
            f"Data di antrean kirim berstatus {entry.status.value} dan tidak dapat "
            f"diubah menjadi {target}.",
            f"An outbox item that is {entry.status.value} cannot become {target}.",
        )
