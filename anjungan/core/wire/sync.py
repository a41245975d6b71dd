"""Bodies of `POST /v1/sync/push` and `GET /v1/sync/pull`: the sync client's contract.

Push: a batch of outbox rows (`PushItem`, the fields of `core.store.models.OutboxEntry`)
answered item by item (`PushItemResult`) in the order they were sent. ``result`` is the
server's FIRST answer to that client uuid: a repeated push gets it again unchanged,
with ``duplicate`` true. A ``retry_later`` answer is not stored (the item was not
decided: e.g. an event of a complaint the server has not seen yet), so the client keeps
the row pending and sends it again. A client uuid sent again with a different payload
makes the whole push a 409 `PushConflict` and nothing of that batch is applied.

Pull: change-log entries after a cursor, oldest first; store ``next_cursor`` with the
data it brought, in one transaction. Owns shapes only, no rules.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import AfterValidator, Field

from anjungan.core.store.models.base import OutboxKind
from anjungan.core.wire.common import ApiError, WireModel

MAX_PUSH_ITEMS = 200
MAX_PULL_LIMIT = 500
MAX_LOCAL_SEQ = 2**31 - 1  # an INTEGER column on both ends
MAX_PAYLOAD_DEPTH = 32
"""Deepest nesting of a payload; the local store's records are three levels deep."""

PushStatus = Literal["accepted", "rejected", "retry_later"]


def _storable_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """Refuse what no store can hold or hash: nesting past `MAX_PAYLOAD_DEPTH`, and text
    that is not Unicode (a lone surrogate, which JSON can carry as an ``\\ud800`` escape)."""
    stack: list[tuple[object, int]] = [(payload, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError("the payload holds text that is not valid Unicode") from None
        elif isinstance(value, dict | list):
            if depth > MAX_PAYLOAD_DEPTH:
                raise ValueError(f"the payload is nested deeper than {MAX_PAYLOAD_DEPTH} levels")
            children = list(value.items()) if isinstance(value, dict) else enumerate(value)
            for key, item in children:
                stack += [(key, depth), (item, depth + 1)]
    return payload


class PushItem(WireModel):
    """One outbox row as the device stored it."""

    client_uuid: UUID
    device_id: Annotated[str, Field(min_length=1, max_length=64)]
    local_seq: Annotated[int, Field(ge=1, le=MAX_LOCAL_SEQ)]
    kind: OutboxKind
    record_uuid: UUID
    payload: Annotated[dict[str, Any], AfterValidator(_storable_payload)]


class PushRequest(WireModel):
    items: Annotated[list[PushItem], Field(min_length=1, max_length=MAX_PUSH_ITEMS)]


class Reason(WireModel):
    """Why an item was rejected (or must wait): the field, a stable code, two sentences.

    ``field`` is a path into the payload (``members[1].nik``), or None when the reason
    is about the record as a whole.
    """

    field: str | None
    code: str
    message_id: str
    message_en: str


class PushOutcome(WireModel):
    """What the server decided about one item.

    ``server_ref``: the registration number (``REG-00000001``), the complaint ticket
    (``PGD-00000001``, also for a complaint's events) or the received record's number
    (``RCV-00000001``); None unless accepted. ``detail`` carries what the device should
    store at once: for a registration ``{"registration_ref", "status", "members":
    [{"position", "card_number"}], "virtual_accounts": {bank: va}}``; for a complaint
    or event ``{"ticket", "state", "due_date"}``. The same facts also arrive by pull.
    """

    status: PushStatus
    kind: OutboxKind
    record_uuid: UUID
    server_ref: str | None = None
    reasons: Annotated[list[Reason], Field(default_factory=list)]
    detail: dict[str, Any] | None = None
    processed_at: datetime


class PushItemResult(WireModel):
    client_uuid: UUID
    duplicate: bool  # true: this uuid was answered before; ``result`` is that answer
    result: PushOutcome


class PushResponse(WireModel):
    results: list[PushItemResult]  # one per item, in the request's order


class PushConflict(ApiError):
    """409: these client uuids were pushed before with a different payload."""

    conflicts: list[UUID]


class PullEntry(WireModel):
    """One change-log entry. ``cursor`` is its position; kinds: ``registration_result``,
    ``complaint``, ``reference`` (and ``reference.*``), and whatever other areas publish."""

    cursor: int
    kind: str
    entity_id: str
    at: datetime
    payload: dict[str, Any]


class PullResponse(WireModel):
    entries: list[PullEntry]
    next_cursor: int  # pass as ``cursor`` next time; equals the request's when empty
    more: bool  # true: more entries wait after next_cursor, pull again now
