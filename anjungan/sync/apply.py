"""Writing what the server said into the local store: push answers and pulled changes.

Owns `settle_result` (one push answer -> the outbox row's state and the record's
server-owned columns) and `apply_entry` (one change-log entry -> local records,
calendar overrides or a faskes refresh request). DESIGN.md data flow 3 and 4: the
server owns status, so only server-owned columns change (`server_status`,
`server_ref`, a member's `card_number`: the append-only guard allows exactly these);
a registration's VAs and a complaint's due date live in `sync_state` (`sync.state`).
Every function is idempotent (the same fact may arrive by push and again by pull, or
twice after a crash) and works inside the caller's unit of work; none commits.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import select

from anjungan.core.domain.calendar import OverrideKind
from anjungan.core.store import outbox as outbox_rules
from anjungan.core.store.models import (
    Complaint,
    ComplaintEvent,
    DataChange,
    InfoRequest,
    OutboxKind,
    Record,
    Registration,
    SurveyResponse,
)
from anjungan.core.store.models.base import ServerTracked
from anjungan.core.store.uow import UnitOfWork
from anjungan.core.wire.sync import PullEntry, PushItem, PushItemResult
from anjungan.sync.queue import Settled
from anjungan.sync.state import complaint_key, registration_key

REGISTRATION_RESULT = "registration_result"
COMPLAINT = "complaint"
REFERENCE = "reference"
CALENDAR_REFERENCE = "calendar_overrides"
SERVER_SOURCE = "server"  # `calendar_override.source` of rows the server sent
ACCEPTED_STATUS = "accepted"
REJECTED_STATUS = "rejected"

_MODELS: dict[OutboxKind, type[Record]] = {
    OutboxKind.REGISTRATION: Registration,
    OutboxKind.COMPLAINT: Complaint,
    OutboxKind.COMPLAINT_EVENT: ComplaintEvent,
    OutboxKind.DATA_CHANGE: DataChange,
    OutboxKind.INFO_REQUEST: InfoRequest,
    OutboxKind.SURVEY: SurveyResponse,
}


def _record(uow: UnitOfWork, kind: OutboxKind, record_uuid: UUID) -> Record | None:
    model = _MODELS.get(kind)
    if model is None:
        return None  # a kiosk change request: no local record
    return uow.session.scalars(select(model).where(model.uuid == record_uuid)).one_or_none()


def _set_if_tracked(record: Record | None, status: str, ref: object) -> None:
    # Only ServerTracked records have these columns (info requests and surveys do not).
    if not isinstance(record, ServerTracked):
        return
    if record.server_status != status:
        record.server_status = status[:32]
    if isinstance(ref, str) and record.server_ref != ref:
        record.server_ref = ref[:64]


def settle_result(uow: UnitOfWork, entry: PushItem, answer: PushItemResult) -> Settled:
    """Record the server's answer to the pushed ``entry``; what the push queue must know."""
    outcome = answer.result
    if outcome.status == "accepted":
        outbox_rules.mark_sent(uow, entry.client_uuid)
        _accepted(uow, entry, outcome.server_ref, outcome.detail or {})
        return Settled.SENT
    if outcome.status == "rejected":
        reasons = [reason.model_dump(mode="json") for reason in outcome.reasons]
        outbox_rules.mark_rejected(uow, entry.client_uuid, reasons)
        if entry.kind is not OutboxKind.COMPLAINT_EVENT:
            _set_if_tracked(_record(uow, entry.kind, entry.record_uuid), REJECTED_STATUS, None)
        return Settled.REJECTED
    codes = ",".join(reason.code for reason in outcome.reasons) or "retry_later"
    outbox_rules.record_failed_attempt(uow, [entry.client_uuid], f"retry_later: {codes}")
    return Settled.LATER


def _accepted(
    uow: UnitOfWork, entry: PushItem, server_ref: str | None, detail: Mapping[str, Any]
) -> None:
    if entry.kind is OutboxKind.REGISTRATION and detail:
        registration_result(uow, {**detail, "record_uuid": str(entry.record_uuid)})
    elif entry.kind is OutboxKind.COMPLAINT:
        complaint_update(uow, {**detail, "uuid": str(entry.record_uuid), "ticket": server_ref})
    elif entry.kind is OutboxKind.COMPLAINT_EVENT:
        parent = entry.payload.get("complaint_uuid")
        if parent and detail:
            complaint_update(uow, {**detail, "uuid": str(parent), "ticket": server_ref})
    else:
        _set_if_tracked(_record(uow, entry.kind, entry.record_uuid), ACCEPTED_STATUS, server_ref)


def registration_result(uow: UnitOfWork, payload: Mapping[str, Any]) -> bool:
    """Card numbers, status and number of a registration made on this device (else False)."""
    record_uuid = _uuid(payload.get("record_uuid"))
    if record_uuid is None or uow.sync_state.get(registration_key(record_uuid)) == payload:
        return False  # known already (the push answer brought it)
    record = uow.registrations.get(record_uuid)
    if record is None:
        return False  # another counter's registration: not ours to keep
    cards = {
        m.get("position"): m.get("card_number")
        for m in payload.get("members") or []
        if isinstance(m, dict)
    }
    for member in record.members:
        card = cards.get(member.position)
        if isinstance(card, str) and member.card_number != card:
            member.card_number = card
    _set_if_tracked(
        record, str(payload.get("status") or ACCEPTED_STATUS), payload.get("registration_ref")
    )
    uow.sync_state.set(registration_key(record_uuid), dict(payload))
    return True


def complaint_update(uow: UnitOfWork, payload: Mapping[str, Any]) -> bool:
    """A complaint's server state (ticket, state, due date...) if it was logged here."""
    record_uuid = _uuid(payload.get("uuid"))
    if record_uuid is None:
        return False
    key = complaint_key(record_uuid)
    known = uow.sync_state.get(key)
    merged = {**(known if isinstance(known, dict) else {}), **dict(payload)}
    if merged == known:
        return False
    record = uow.complaints.get(record_uuid)
    if record is None:
        return False
    _set_if_tracked(record, str(merged.get("state") or ACCEPTED_STATUS), merged.get("ticket"))
    uow.sync_state.set(key, merged)
    return True


def calendar_overrides(uow: UnitOfWork, payload: Mapping[str, Any]) -> bool:
    """Replace the server-sent calendar overrides; the office's own rows stay."""
    wanted: dict[date, tuple[bool, str]] = {}
    for row in payload.get("overrides") or []:
        if not isinstance(row, dict):
            continue
        try:
            day = date.fromisoformat(str(row.get("day")))
        except ValueError:
            continue
        holiday = row.get("kind") != OverrideKind.WORKING_DAY.value
        wanted[day] = (holiday, str(row.get("name") or "")[:128])
    for existing in uow.calendar.between(date.min, date.max):
        if existing.source == SERVER_SOURCE and existing.day not in wanted:
            uow.calendar.remove(existing.day)
    for day, (holiday, name) in wanted.items():
        uow.calendar.put(day, is_holiday=holiday, name=name, source=SERVER_SOURCE)
    return True


@dataclass
class Applied:
    """What a page of pulled entries did: how many changed local data, and whether the
    faskes directory has a newer version than the local copy."""

    changed: int = 0
    faskes_version: int | None = None


def apply_entry(uow: UnitOfWork, entry: PullEntry, applied: Applied) -> None:
    """One change-log entry; kinds this device does not keep are skipped."""
    payload = entry.payload
    changed = False
    if entry.kind == REGISTRATION_RESULT:
        changed = registration_result(uow, payload)
    elif entry.kind == COMPLAINT:
        changed = complaint_update(uow, payload)
    elif entry.kind == REFERENCE and payload.get("reference") == CALENDAR_REFERENCE:
        changed = calendar_overrides(uow, payload)
    elif entry.kind == REFERENCE and payload.get("kind") == "faskes":
        version = payload.get("version")
        if isinstance(version, int):
            applied.faskes_version = max(version, applied.faskes_version or 0)
    if changed:
        applied.changed += 1


def _uuid(value: object) -> UUID | None:
    try:
        return UUID(str(value))
    except ValueError:
        return None
