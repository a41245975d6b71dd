"""Which outbox rows may go in the next push: the per-record ordering rule.

Owns `PushQueue`, a pure in-memory plan over one sync run (no database, no network),
and `chain_of`.
DESIGN.md data flow 2 and the sync issue: a record's later changes never overtake its
creation. Rows belong to a *chain*: the record itself (``record_uuid``), except that a
complaint's events join their complaint's chain (``payload.complaint_uuid``), because an
event is its own record but only makes sense after the complaint. In a chain every row
holds a *slot* at its ``local_seq``; a corrected resubmission takes over the slot of
the rejected row it replaces (it was made later, but it stands for the earlier fact).
A pending row is pushed only when every earlier slot of its chain is done (its latest
row accepted); a row answered "retry later", or not sent because the push failed,
therefore holds back every later row of its chain, and so does a rejected row until
the officer's correction is accepted. Each batch holds at most one row per chain and is
sent in ``local_seq`` order. Rows of other chains are never held back.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from anjungan.core.store.models.base import OutboxKind


def chain_of(kind: OutboxKind, record_uuid: object, payload: Mapping[str, object]) -> str:
    """The ordering chain of an outbox row: its record, or for a complaint step its
    complaint (a step is its own record but only makes sense after the complaint)."""
    if kind is OutboxKind.COMPLAINT_EVENT and payload.get("complaint_uuid"):
        return str(payload["complaint_uuid"])
    return str(record_uuid)


class RowState(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    REJECTED = "rejected"


class Settled(StrEnum):
    """What happened to a pushed row in this run."""

    SENT = "sent"  # accepted (or a repeat of an accepted one)
    REJECTED = "rejected"  # waits for the officer
    LATER = "later"  # retry_later, or no answer: stays pending, not again this run


@dataclass(frozen=True)
class QueueRow:
    """What the plan needs of an outbox row (pending or rejected)."""

    client_uuid: UUID
    local_seq: int
    state: RowState
    chain: str
    resubmitted_as: UUID | None = None


class PushQueue:
    """``next_batch(limit)`` -> client uuids to push; ``settle(uuid, outcome)`` after."""

    def __init__(self, rows: Iterable[QueueRow]) -> None:
        self._rows = {row.client_uuid: row for row in rows}
        replaced_by = {
            r.resubmitted_as: r.client_uuid for r in self._rows.values() if r.resubmitted_as
        }
        # Slot of a row: the local_seq of the first row of its resubmission line.
        self._slot: dict[UUID, int] = {}
        for row in sorted(self._rows.values(), key=lambda r: r.local_seq):
            first = row.client_uuid
            while first in replaced_by and replaced_by[first] in self._rows:
                first = replaced_by[first]
            self._slot[row.client_uuid] = self._rows[first].local_seq
        # Open slots per chain (sorted): a slot is open while its latest row is not sent.
        # A rejected row whose resubmission is gone from the outbox (sent, pruned) is done.
        self._open: dict[str, list[int]] = {}
        for row in self._rows.values():
            latest = self._latest(row)
            if latest is not None and latest.client_uuid == row.client_uuid:
                bisect.insort(self._open.setdefault(row.chain, []), self._slot[row.client_uuid])
        self._waiting = sorted(
            (r for r in self._rows.values() if r.state is RowState.PENDING),
            key=lambda r: r.local_seq,
        )
        self._tried: set[UUID] = set()
        self._gone: set[UUID] = set()  # settled sent or rejected: out of `_waiting`
        self._start = 0  # `_waiting[:_start]` are all gone

    def _latest(self, row: QueueRow) -> QueueRow | None:
        """The newest row of ``row``'s resubmission line, or None if that one was sent."""
        current = row
        while current.resubmitted_as is not None:
            successor = self._rows.get(current.resubmitted_as)
            if successor is None:
                return None
            current = successor
        return current

    def next_batch(self, limit: int) -> list[UUID]:
        """Up to ``limit`` pending rows whose chain has no open slot before theirs, one
        per chain, oldest first. Empty when nothing more may be pushed in this run."""
        batch: list[UUID] = []
        chains: set[str] = set()
        while (
            self._start < len(self._waiting)
            and self._waiting[self._start].client_uuid in self._gone
        ):
            self._start += 1
        for row in self._waiting[self._start :]:
            if len(batch) >= limit:
                break
            if row.client_uuid in self._gone or row.client_uuid in self._tried:
                continue
            if row.chain in chains:
                continue
            if self._open[row.chain][0] != self._slot[row.client_uuid]:
                continue
            batch.append(row.client_uuid)
            chains.add(row.chain)
        return batch

    def settle(self, client_uuid: UUID, outcome: Settled) -> None:
        row = self._rows[client_uuid]
        if outcome is Settled.SENT:
            self._rows[client_uuid] = QueueRow(
                row.client_uuid, row.local_seq, RowState.SENT, row.chain, row.resubmitted_as
            )
            self._open[row.chain].remove(self._slot[client_uuid])
            self._gone.add(client_uuid)
        elif outcome is Settled.REJECTED:
            self._rows[client_uuid] = QueueRow(
                row.client_uuid, row.local_seq, RowState.REJECTED, row.chain, row.resubmitted_as
            )
            self._gone.add(client_uuid)
        else:
            self._tried.add(client_uuid)

    def held_back(self) -> int:
        """Pending rows this run never pushed (each waits for an earlier row of its chain)."""
        return len(self._waiting) - len(self._gone) - len(self._tried)
