"""The push plan: a record's later rows never overtake its earlier ones (`sync.queue`)."""

from __future__ import annotations

import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from anjungan.core.store.models import OutboxKind
from anjungan.sync.queue import PushQueue, QueueRow, RowState, Settled, chain_of


def _u(n: int) -> uuid.UUID:
    return uuid.UUID(int=n)


def pending(n: int, chain: str) -> QueueRow:
    return QueueRow(_u(n), n, RowState.PENDING, chain)


def test_rows_of_different_records_go_together_oldest_first_up_to_the_limit() -> None:
    queue = PushQueue([pending(n, f"r{n}") for n in (3, 1, 2, 5, 4)])
    assert queue.next_batch(3) == [_u(1), _u(2), _u(3)]
    for n in (1, 2, 3):
        queue.settle(_u(n), Settled.SENT)
    assert queue.next_batch(3) == [_u(4), _u(5)]


def test_a_record_has_at_most_one_row_in_flight_and_the_next_waits_for_it() -> None:
    queue = PushQueue([pending(1, "c"), pending(2, "c"), pending(3, "other")])
    assert queue.next_batch(10) == [_u(1), _u(3)]
    queue.settle(_u(1), Settled.SENT)
    queue.settle(_u(3), Settled.SENT)
    assert queue.next_batch(10) == [_u(2)]


def test_retry_later_holds_back_the_records_later_rows_for_the_rest_of_the_run() -> None:
    queue = PushQueue([pending(1, "c"), pending(2, "c"), pending(3, "d")])
    assert queue.next_batch(10) == [_u(1), _u(3)]
    queue.settle(_u(1), Settled.LATER)
    queue.settle(_u(3), Settled.SENT)
    assert queue.next_batch(10) == []
    assert queue.held_back() == 1  # row 2 never left; row 1 was tried


def test_a_rejected_row_holds_back_its_record_until_the_correction_is_sent() -> None:
    rejected = QueueRow(_u(1), 1, RowState.REJECTED, "c", resubmitted_as=_u(3))
    correction = pending(3, "c")
    step = pending(2, "c")  # made after the original, before the correction
    queue = PushQueue([rejected, step, correction])
    # The correction stands in the original's place (slot 1): it goes first.
    assert queue.next_batch(10) == [_u(3)]
    queue.settle(_u(3), Settled.SENT)
    assert queue.next_batch(10) == [_u(2)]


def test_a_rejection_not_yet_corrected_blocks_only_its_own_record() -> None:
    queue = PushQueue(
        [QueueRow(_u(1), 1, RowState.REJECTED, "c"), pending(2, "c"), pending(3, "d")]
    )
    assert queue.next_batch(10) == [_u(3)]


def test_a_correction_already_sent_no_longer_blocks_anything() -> None:
    # The resubmission is not among the loaded rows: it was sent (or pruned).
    gone = QueueRow(_u(1), 1, RowState.REJECTED, "c", resubmitted_as=_u(9))
    queue = PushQueue([gone, pending(2, "c")])
    assert queue.next_batch(10) == [_u(2)]


def test_a_row_rejected_during_the_run_blocks_the_later_rows_of_its_record() -> None:
    queue = PushQueue([pending(1, "c"), pending(2, "c")])
    assert queue.next_batch(10) == [_u(1)]
    queue.settle(_u(1), Settled.REJECTED)
    assert queue.next_batch(10) == []
    assert queue.held_back() == 1


OUTCOMES = st.sampled_from([Settled.SENT, Settled.SENT, Settled.REJECTED, Settled.LATER])


@settings(deadline=None, max_examples=200)
@given(
    chains=st.lists(st.integers(0, 5), min_size=1, max_size=40),
    limit=st.integers(1, 8),
    outcomes=st.lists(OUTCOMES, min_size=40, max_size=40),
)
def test_no_batch_ever_holds_a_row_before_every_earlier_row_of_its_record_was_sent(
    chains: list[int], limit: int, outcomes: list[Settled]
) -> None:
    rows = [pending(seq, f"c{chain}") for seq, chain in enumerate(chains, start=1)]
    queue = PushQueue(rows)
    sent: set[uuid.UUID] = set()
    offered: set[uuid.UUID] = set()
    answers = iter(outcomes)
    while batch := queue.next_batch(limit):
        assert len(batch) <= limit
        assert [r.int for r in batch] == sorted(r.int for r in batch)  # local_seq order
        in_batch = [rows[u.int - 1] for u in batch]
        assert len({r.chain for r in in_batch}) == len(in_batch)  # one per record
        for row in in_batch:
            assert row.client_uuid not in offered  # never twice in a run
            earlier = [r for r in rows if r.chain == row.chain and r.local_seq < row.local_seq]
            assert all(r.client_uuid in sent for r in earlier)
            offered.add(row.client_uuid)
        for client_uuid in batch:
            outcome = next(answers, Settled.SENT)
            queue.settle(client_uuid, outcome)
            if outcome is Settled.SENT:
                sent.add(client_uuid)
    assert queue.held_back() == len(rows) - len(offered)


@settings(deadline=None)
@given(chains=st.lists(st.integers(0, 5), min_size=1, max_size=60), limit=st.integers(1, 8))
def test_when_the_server_accepts_everything_one_run_sends_every_row(
    chains: list[int], limit: int
) -> None:
    rows = [pending(seq, f"c{chain}") for seq, chain in enumerate(chains, start=1)]
    queue = PushQueue(rows)
    sent = []
    while batch := queue.next_batch(limit):
        for client_uuid in batch:
            queue.settle(client_uuid, Settled.SENT)
        sent += batch
    assert sorted(sent) == sorted(r.client_uuid for r in rows)
    assert queue.held_back() == 0


def test_a_complaint_step_is_ordered_with_its_complaint_other_rows_with_their_record() -> None:
    complaint = uuid.uuid4()
    step = uuid.uuid4()
    assert chain_of(OutboxKind.COMPLAINT_EVENT, step, {"complaint_uuid": str(complaint)}) == str(
        complaint
    )
    assert chain_of(OutboxKind.COMPLAINT, complaint, {}) == str(complaint)
    assert chain_of(OutboxKind.REGISTRATION, step, {"complaint_uuid": "x"}) == str(step)
