"""The exactly-once check of the sync chaos tests: server and counters hold the same facts.

`assert_exactly_once` compares one or more counters' local stores with the server's
database after the faults are over: every outbox row was sent (none pending, none
rejected), the server's inbox holds each client uuid once with the very payload the
counter stored, no record exists on the server that no counter made, and every
registration brought its card numbers and virtual accounts back to its counter.
Returns the totals, for the test's report.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from anjungan.core.clock import SystemClock
from anjungan.core.store.engine import Store
from anjungan.core.store.models import OutboxEntry, OutboxStatus, Registration
from anjungan.core.store.uow import UnitOfWork
from anjungan.server.db import Database
from anjungan.server.models.complaints import ComplaintRecord
from anjungan.server.models.sync import RegistrationRecord, SyncInbox
from anjungan.sync.state import registration_facts


@dataclass(frozen=True)
class Totals:
    rows: int
    registrations: int
    complaints: int
    members: int


def assert_exactly_once(db: Database, stores: Sequence[tuple[str, Store]]) -> Totals:
    """``stores``: (device id, store) per counter. Raises AssertionError on any mismatch."""
    local_rows: dict[str, tuple[dict[str, Any], int, str]] = {}  # payload, seq, device
    local_regs: dict[str, tuple[list[tuple[int, str, str | None]], dict[str, str]]] = {}
    complaints = 0
    for device_id, store in stores:
        with UnitOfWork(store, device_id=device_id, clock=SystemClock()) as uow:
            counts = uow.outbox.counts()
            assert counts[OutboxStatus.PENDING] == 0, (device_id, counts)
            assert counts[OutboxStatus.REJECTED] == 0, (device_id, counts)
            for row in uow.session.scalars(select(OutboxEntry)):
                assert str(row.client_uuid) not in local_rows
                local_rows[str(row.client_uuid)] = (row.payload, row.local_seq, row.device_id)
            for reg in uow.session.scalars(select(Registration)):
                facts = registration_facts(uow, reg.uuid)
                assert facts is not None, "a registration never got its result back"
                members = [(m.position, m.nik, m.card_number) for m in reg.members]
                local_regs[str(reg.uuid)] = (members, facts.virtual_accounts)
                assert reg.server_ref == facts.registration_ref
            complaints += uow.complaints.count()
    with db.read() as session:
        inbox = list(session.scalars(select(SyncInbox)))
        uuids = Counter(str(row.client_uuid) for row in inbox)
        assert not [u for u, n in uuids.items() if n > 1], "a client uuid stored twice"
        assert set(uuids) == set(local_rows), "server and counters hold different rows"
        for received in inbox:
            payload, local_seq, device_id = local_rows[str(received.client_uuid)]
            assert received.status == "accepted", received.result
            assert received.payload == payload, "payload changed on the way"
            assert (received.local_seq, received.device_id) == (local_seq, device_id)
        registrations = list(session.scalars(select(RegistrationRecord)))
        assert {str(r.record_uuid) for r in registrations} == set(local_regs)
        member_total = 0
        for record in registrations:
            members, vas = local_regs[str(record.record_uuid)]
            server_members = [(m.position, m.nik, m.card_number) for m in record.members]
            assert members == server_members, "cards or members differ"
            assert vas == dict(record.virtual_accounts) and vas
            member_total += len(server_members)
        server_complaints = len(list(session.scalars(select(ComplaintRecord.id))))
        assert server_complaints == complaints
    return Totals(len(local_rows), len(registrations), complaints, member_total)
