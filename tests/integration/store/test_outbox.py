"""The sync worker's view of the outbox: batches in local_seq order, sent, rejected with
reasons, failed attempts, resubmission under a new client uuid. Nothing is dropped."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from anjungan.core.clock import FixedClock
from anjungan.core.errors import IllegalTransition, RuleError, StoreError
from anjungan.core.store import outbox
from anjungan.core.store.models import OutboxEntry, OutboxStatus
from tests.helpers import store_factories as make
from tests.integration.store.conftest import UowFactory

REASON = {
    "field": "bank_account_number",
    "code": "account_closed",
    "message_id": "Rekening sudah ditutup. Minta rekening lain.",
    "message_en": "The account is closed. Ask for another account.",
}


def _queue(make_uow: UowFactory, count: int) -> list[OutboxEntry]:
    with make_uow() as uow:
        entries = [uow.add_record(make.survey()) for _ in range(count)]
        uow.commit()
    return entries


def test_pending_batch_returns_the_oldest_pending_rows_in_local_seq_order(
    make_uow: UowFactory,
) -> None:
    entries = _queue(make_uow, 6)
    with make_uow() as uow:
        outbox.mark_sent(uow, entries[0].client_uuid)
        outbox.mark_rejected(uow, entries[2].client_uuid, [REASON])
        uow.commit()
    with make_uow() as uow:
        assert [e.local_seq for e in outbox.pending_batch(uow, limit=2)] == [2, 4]
        assert [e.local_seq for e in outbox.pending_batch(uow)] == [2, 4, 5, 6]


def test_pending_batch_order_does_not_follow_creation_time(
    make_uow: UowFactory, clock: FixedClock
) -> None:
    # A clock set back (NTP, manual fix) must not reorder the queue.
    first = _queue(make_uow, 1)[0]
    clock.advance(timedelta(hours=-3))
    second = _queue(make_uow, 1)[0]
    with make_uow() as uow:
        assert [e.client_uuid for e in outbox.pending_batch(uow)] == [
            first.client_uuid,
            second.client_uuid,
        ]


def test_mark_sent_stamps_the_time_and_a_repeat_changes_nothing(
    make_uow: UowFactory, clock: FixedClock
) -> None:
    [entry] = _queue(make_uow, 1)
    with make_uow() as uow:
        outbox.mark_sent(uow, entry.client_uuid)
        uow.commit()
    clock.advance(timedelta(minutes=5))
    with make_uow() as uow:
        again = outbox.mark_sent(uow, entry.client_uuid)
        uow.commit()
    assert again.status == OutboxStatus.SENT
    assert again.sent_at == clock.now() - timedelta(minutes=5)
    assert again.attempts == 1


def test_a_rejected_row_stays_with_its_reasons_for_the_officer(make_uow: UowFactory) -> None:
    [entry] = _queue(make_uow, 1)
    with make_uow() as uow:
        outbox.mark_rejected(uow, entry.client_uuid, [REASON])
        uow.commit()
    with make_uow() as uow:
        [waiting] = outbox.awaiting_officer(uow)
        assert waiting.client_uuid == entry.client_uuid
        assert waiting.rejection_reasons == [REASON]
        assert outbox.pending_batch(uow) == []


def test_a_rejected_row_cannot_be_marked_sent(make_uow: UowFactory) -> None:
    [entry] = _queue(make_uow, 1)
    with make_uow() as uow:
        outbox.mark_rejected(uow, entry.client_uuid, [REASON])
        with pytest.raises(IllegalTransition) as caught:
            outbox.mark_sent(uow, entry.client_uuid)
    assert caught.value.code == "outbox_rejected_to_sent"


def test_a_sent_row_cannot_be_rejected_afterwards(make_uow: UowFactory) -> None:
    [entry] = _queue(make_uow, 1)
    with make_uow() as uow:
        outbox.mark_sent(uow, entry.client_uuid)
        with pytest.raises(IllegalTransition):
            outbox.mark_rejected(uow, entry.client_uuid, [REASON])


def test_resubmit_queues_the_correction_under_a_new_client_uuid(make_uow: UowFactory) -> None:
    [entry] = _queue(make_uow, 1)
    with make_uow() as uow:
        outbox.mark_rejected(uow, entry.client_uuid, [REASON])
        uow.commit()
    corrected = dict(entry.payload, comment="dikoreksi")
    with make_uow() as uow:
        new = outbox.resubmit(uow, entry.client_uuid, corrected)
        uow.commit()
    with make_uow() as uow:
        old = uow.outbox.get(entry.client_uuid)
        assert old is not None
        assert old.status == OutboxStatus.REJECTED
        assert old.resubmitted_as == new.client_uuid != entry.client_uuid
        assert new.record_uuid == entry.record_uuid
        assert (new.local_seq, new.status, new.payload) == (2, OutboxStatus.PENDING, corrected)
        assert outbox.awaiting_officer(uow) == []
        assert [e.client_uuid for e in outbox.pending_batch(uow)] == [new.client_uuid]


def test_resubmit_without_a_new_payload_resends_the_old_one(make_uow: UowFactory) -> None:
    [entry] = _queue(make_uow, 1)
    with make_uow() as uow:
        outbox.mark_rejected(uow, entry.client_uuid, [REASON])
        new = outbox.resubmit(uow, entry.client_uuid)
        assert new.payload == entry.payload


def test_a_row_is_resubmitted_once_and_only_when_rejected(make_uow: UowFactory) -> None:
    first, second = _queue(make_uow, 2)
    with make_uow() as uow:
        with pytest.raises(IllegalTransition):
            outbox.resubmit(uow, second.client_uuid)
        outbox.mark_rejected(uow, first.client_uuid, [REASON])
        outbox.resubmit(uow, first.client_uuid)
        with pytest.raises(IllegalTransition) as caught:
            outbox.resubmit(uow, first.client_uuid)
    assert caught.value.code == "outbox_already_resubmitted"


def test_a_failed_push_counts_an_attempt_and_keeps_the_row_pending(
    make_uow: UowFactory,
) -> None:
    entries = _queue(make_uow, 2)
    with make_uow() as uow:
        outbox.record_failed_attempt(uow, [e.client_uuid for e in entries], "timeout " * 100)
        outbox.record_failed_attempt(uow, [entries[0].client_uuid], "connection refused")
        uow.commit()
    with make_uow() as uow:
        first, second = outbox.pending_batch(uow)
        assert (first.attempts, first.last_error) == (2, "connection refused")
        assert second.attempts == 1
        assert second.last_error is not None and len(second.last_error) == 500


def test_an_unknown_client_uuid_is_reported(make_uow: UowFactory) -> None:
    with make_uow() as uow, pytest.raises(StoreError):
        outbox.mark_sent(uow, uuid.UUID(int=12345))


def test_counts_by_status_include_every_status(make_uow: UowFactory) -> None:
    entries = _queue(make_uow, 3)
    with make_uow() as uow:
        outbox.mark_sent(uow, entries[0].client_uuid)
        uow.commit()
    with make_uow() as uow:
        assert uow.outbox.counts() == {
            OutboxStatus.PENDING: 2,
            OutboxStatus.SENT: 1,
            OutboxStatus.REJECTED: 0,
        }


def test_only_sent_rows_may_be_pruned(make_uow: UowFactory) -> None:
    sent, pending = _queue(make_uow, 2)
    with make_uow() as uow:
        outbox.mark_sent(uow, sent.client_uuid)
        uow.commit()
    with make_uow() as uow:
        row = uow.outbox.get(sent.client_uuid)
        uow.session.delete(row)
        uow.commit()
    with make_uow() as uow:
        uow.session.delete(uow.outbox.get(pending.client_uuid))
        with pytest.raises(RuleError, match="cannot be changed or deleted"):
            uow.flush()
