"""The sync engine's own values in the local store (`sync_state`), and reading them back.

Owns the keys of the `SyncState` table the engine writes (pull cursor, last success,
last error, the revoked-token mark, the last reference check) and the server facts kept
per record that have no column of their own: a registration's virtual accounts and
status (``registration:<uuid>``, the whole ``registration_result``) and a complaint's
latest server view (``complaint:<uuid>``: state, outcome, due date, last step). Also
`read_status` and the readers the counter uses (`registration_facts`,
`complaint_facts`). Works inside the caller's unit of work; never commits, never
touches the network.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from anjungan.core.store import outbox as outbox_rules
from anjungan.core.store.models import OutboxStatus
from anjungan.core.store.uow import UnitOfWork
from anjungan.sync.report import Problem, Reason, RejectedItem, SyncStatus

CURSOR = "pull_cursor"
LAST_SUCCESS = "last_success_at"
LAST_ERROR = "last_error"
REVOKED = "device_revoked"
REFERENCE_CHECKED = "reference_checked_at"
FASKES_KIND = "faskes"  # `reference_data.kind` of the faskes snapshot (as the kiosk keeps it)


def registration_key(record_uuid: UUID) -> str:
    return f"registration:{record_uuid}"


def complaint_key(record_uuid: UUID) -> str:
    return f"complaint:{record_uuid}"


def token_mark(token: str) -> str:
    """A short fingerprint of a token: enough to notice a new one, useless to an attacker."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:16]


def cursor(uow: UnitOfWork) -> int:
    value = uow.sync_state.get(CURSOR, 0)
    return value if isinstance(value, int) else 0


def revoked_for(uow: UnitOfWork, token: str) -> bool:
    """True if the server revoked this very token (a new token clears the mark)."""
    mark = uow.sync_state.get(REVOKED)
    return isinstance(mark, dict) and mark.get("token") == token_mark(token)


def faskes_version(uow: UnitOfWork) -> int | None:
    row = uow.reference.get(FASKES_KIND)
    if row is None:
        return None
    try:
        return int(row.version)
    except ValueError:
        return None


def _moment(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def read_status(uow: UnitOfWork) -> SyncStatus:
    counts = uow.outbox.counts()
    rejected = tuple(
        RejectedItem(
            client_uuid=row.client_uuid,
            local_seq=row.local_seq,
            kind=row.kind.value,
            record_uuid=row.record_uuid,
            reasons=tuple(
                Reason(
                    field=r.get("field"),
                    code=str(r.get("code") or ""),
                    message_id=str(r.get("message_id") or ""),
                    message_en=str(r.get("message_en") or ""),
                )
                for r in row.rejection_reasons or []
                if isinstance(r, dict)
            ),
        )
        for row in outbox_rules.awaiting_officer(uow)
    )
    mark = uow.sync_state.get(REVOKED)
    return SyncStatus(
        pending=counts[OutboxStatus.PENDING],
        sent=counts[OutboxStatus.SENT],
        rejected=rejected,
        last_success=_moment(uow.sync_state.get(LAST_SUCCESS)),
        last_error=Problem.from_json(uow.sync_state.get(LAST_ERROR)),
        cursor=cursor(uow),
        revoked=isinstance(mark, dict),
        faskes_version=faskes_version(uow),
    )


@dataclass(frozen=True)
class RegistrationFacts:
    """What the server assigned to a registration: its number, cards and VAs."""

    registration_ref: str
    status: str
    card_numbers: dict[int, str]  # member position -> 13-digit card number
    virtual_accounts: dict[str, str]  # bank code -> VA number


def registration_facts(uow: UnitOfWork, record_uuid: UUID) -> RegistrationFacts | None:
    value = uow.sync_state.get(registration_key(record_uuid))
    if not isinstance(value, dict):
        return None
    return RegistrationFacts(
        registration_ref=str(value.get("registration_ref") or ""),
        status=str(value.get("status") or ""),
        card_numbers={
            int(m["position"]): str(m["card_number"])
            for m in value.get("members") or []
            if isinstance(m, dict) and "position" in m and m.get("card_number")
        },
        virtual_accounts={str(k): str(v) for k, v in (value.get("virtual_accounts") or {}).items()},
    )


@dataclass(frozen=True)
class ComplaintFacts:
    """The server's view of a complaint: ticket, state, outcome, due date, last step."""

    ticket: str
    state: str
    outcome: str | None
    due_date: date | None
    last_event: dict[str, Any] | None


def complaint_facts(uow: UnitOfWork, record_uuid: UUID) -> ComplaintFacts | None:
    value = uow.sync_state.get(complaint_key(record_uuid))
    if not isinstance(value, dict):
        return None
    due = value.get("due_date")
    last = value.get("last_event")
    return ComplaintFacts(
        ticket=str(value.get("ticket") or ""),
        state=str(value.get("state") or ""),
        outcome=value.get("outcome"),
        due_date=date.fromisoformat(due) if isinstance(due, str) else None,
        last_event=last if isinstance(last, dict) else None,
    )
