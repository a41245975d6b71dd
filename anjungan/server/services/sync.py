"""Sync push: exactly-once receipt of a device's outbox rows, in the device's order.

Owns the push contract of DESIGN.md data flow 2. Every decided item is stored in
`SyncInbox` under a UNIQUE client uuid with the SHA-256 of its canonical JSON (sorted
keys, no spaces, UTF-8) and its first answer; a repeat gets that answer again, unchanged,
and changes nothing. A client uuid repeated with a different item (payload, kind,
record, device or sequence) is a conflict: the whole push answers 409 with the
conflicting uuids and applies NOTHING from that batch (one transaction, rolled back),
so the stored record stays as it was. Items are applied in ``local_seq`` order (a
record's creation before its later steps); an item that depends on a record the server
has not seen is answered ``retry_later`` and not stored, so the device sends it again.
Each item is applied under its own savepoint: an invalid item is rejected with its
reasons and never blocks the valid ones. Kiosks may push only surveys and change
requests. What each kind becomes: `sync_apply`. Must not talk HTTP.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from anjungan.core.errors import AnjunganError, RuleError, ValidationError
from anjungan.core.store.models.base import OutboxKind
from anjungan.core.wire.sync import PushItem, PushItemResult, PushOutcome, PushResponse
from anjungan.server.audit import audit
from anjungan.server.auth import Principal, Role
from anjungan.server.db import Database
from anjungan.server.errors import UnstorableValue
from anjungan.server.models.sync import SyncInbox
from anjungan.server.services.sync_apply import Applied, Context, apply_item, reason
from anjungan.server.settings import ServerSettings

KIOSK_KINDS = frozenset({OutboxKind.SURVEY, OutboxKind.CHANGE_REQUEST})
# Two devices racing on PostgreSQL can both miss a row the other is inserting; the
# loser's UNIQUE violation rolls its push back and the retry sees the winner's rows.
_ATTEMPTS = 3


class KindNotAllowed(AnjunganError):
    status = 403
    code = "sync_kind_not_allowed"

    def __init__(self) -> None:
        super().__init__(
            "Anjungan mandiri hanya boleh mengirim survei dan permintaan perubahan.",
            "A self-service kiosk may push only surveys and change requests.",
        )


class PushConflictError(AnjunganError):
    """409: client uuids seen before with other content. Nothing of the batch applied."""

    status = 409
    code = "client_uuid_conflict"

    def __init__(self, conflicts: Sequence[uuid.UUID]) -> None:
        super().__init__(
            f"{len(conflicts)} data dikirim ulang dengan kode yang sama tetapi isi berbeda. "
            "Tidak ada data dari kiriman ini yang disimpan; data yang ada tidak berubah. "
            "Koreksi dikirim sebagai data baru.",
            f"{len(conflicts)} item(s) were sent again under the same id with different "
            "content. Nothing from this push was stored and the stored records did not "
            "change. Send a correction as a new item.",
        )
        self.conflicts = list(conflicts)


def item_hash(item: PushItem) -> str:
    """SHA-256 of the item's canonical JSON (everything but the client uuid itself)."""
    body = item.model_dump(mode="json", exclude={"client_uuid"})
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_caller(principal: Principal, items: Sequence[PushItem]) -> None:
    if principal.role < Role.OFFICER and any(i.kind not in KIOSK_KINDS for i in items):
        raise KindNotAllowed()
    if principal.device_id is None or any(i.device_id != principal.device_id for i in items):
        raise ValidationError(
            "items.device_id",
            "device_mismatch",
            "Data hanya dapat dikirim oleh perangkat yang membuatnya. Masuk dari perangkat "
            "itu, atau periksa konfigurasi perangkat.",
            "Items can only be pushed by the device that made them. Log in on that device, "
            "or check the device configuration.",
        )


def push(
    db: Database, settings: ServerSettings, principal: Principal, items: Sequence[PushItem]
) -> PushResponse:
    """Answer every item (in the request's order); 409 `PushConflictError` as above."""
    check_caller(principal, items)
    for attempt in range(_ATTEMPTS):
        try:
            with db.write() as session:
                return _push(session, settings, principal, items)
        except IntegrityError:
            if attempt == _ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _push(
    session: Session, settings: ServerSettings, principal: Principal, items: Sequence[PushItem]
) -> PushResponse:
    hashes = {id(item): item_hash(item) for item in items}
    uuids = {item.client_uuid for item in items}
    stored = {
        row.client_uuid: row
        for row in session.scalars(select(SyncInbox).where(SyncInbox.client_uuid.in_(uuids)))
    }
    _refuse_conflicts(items, hashes, stored)
    answers: dict[uuid.UUID, PushItemResult] = {}
    # Stable sort: equal sequence numbers (a client bug) keep the request's order.
    for item in sorted(items, key=lambda i: i.local_seq):
        if item.client_uuid in answers:
            continue
        row = stored.get(item.client_uuid)
        if row is not None:
            first = PushOutcome.model_validate(row.result)
            answers[item.client_uuid] = PushItemResult(
                client_uuid=item.client_uuid, duplicate=True, result=first
            )
            continue
        outcome = _decide(session, settings, principal, item, hashes[id(item)])
        answers[item.client_uuid] = PushItemResult(
            client_uuid=item.client_uuid, duplicate=False, result=outcome
        )
    results = []
    seen: set[uuid.UUID] = set()
    for item in items:
        answer = answers[item.client_uuid]
        if item.client_uuid in seen and answer.result.status != "retry_later":
            answer = answer.model_copy(update={"duplicate": True})
        seen.add(item.client_uuid)
        results.append(answer)
    return PushResponse(results=results)


def _refuse_conflicts(
    items: Sequence[PushItem], hashes: dict[int, str], stored: dict[uuid.UUID, SyncInbox]
) -> None:
    conflicts: list[uuid.UUID] = []
    first: dict[uuid.UUID, str] = {}
    for item in items:
        digest = hashes[id(item)]
        row = stored.get(item.client_uuid)
        earlier = first.setdefault(item.client_uuid, digest)
        changed = (row is not None and row.payload_hash != digest) or earlier != digest
        if changed and item.client_uuid not in conflicts:
            conflicts.append(item.client_uuid)
    if conflicts:
        raise PushConflictError(conflicts)


def _decide(
    session: Session,
    settings: ServerSettings,
    principal: Principal,
    item: PushItem,
    digest: str,
) -> PushOutcome:
    try:
        with session.begin_nested():
            applied = apply_item(Context(session, settings, principal, item))
    except (ValidationError, RuleError) as error:
        # A rule the checks did not foresee: the item's own writes are rolled back.
        applied = Applied("rejected", (reason(getattr(error, "field", None), error),))
    except DataError:
        # The database refused one of its values (PostgreSQL: a NUL character, text longer
        # than its column): rolled back the same way, and never a reason to fail the batch.
        applied = Applied("rejected", (reason(None, UnstorableValue()),))
    outcome = PushOutcome(
        status=applied.status,
        kind=item.kind,
        record_uuid=item.record_uuid,
        server_ref=applied.server_ref,
        reasons=list(applied.reasons),
        detail=applied.detail,
        processed_at=settings.clock.now(),
    )
    if applied.status == "retry_later":
        return outcome  # undecided: not stored, the device sends it again
    result = outcome.model_dump(mode="json")
    session.add(
        SyncInbox(
            client_uuid=item.client_uuid,
            device_id=item.device_id,
            local_seq=item.local_seq,
            kind=item.kind.value,
            record_uuid=item.record_uuid,
            office_code=principal.office_code,
            payload_hash=digest,
            payload=item.payload,
            status=applied.status,
            result=result,
            received_at=settings.clock.now(),
        )
    )
    if applied.status == "rejected":
        audit(
            session,
            settings,
            principal,
            "sync.reject",
            item.kind.value,
            item.record_uuid,
            client_uuid=str(item.client_uuid),
            codes=[r.code for r in applied.reasons],
        )
    session.flush()
    # The first answer is what repeats will get: send exactly the stored form now too.
    return PushOutcome.model_validate(result)
