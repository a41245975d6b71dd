"""The board's picture from event sequences: calls per counter, last calls, waiting
counts, replays and resyncs, checked against a model of the server's queue."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from anjungan.board.state import (
    BoardState,
    apply_event,
    apply_events,
    from_snapshot,
    resync,
)
from anjungan.core.wire.queue import QueueEventOut
from tests.unit.board.queue_model import COUNTERS, SERVICES, QueueModel


def fresh(model: QueueModel) -> BoardState:
    return from_snapshot(model.snapshot())


def test_a_snapshot_shows_each_counter_its_ticket_and_each_line_its_waiting_count() -> None:
    model = QueueModel()
    a1, a2, b1 = (model.issue(s) for s in ("new_registration", "new_registration", "family_change"))
    for t in (a1, a2, b1):
        model.hand_out(t)
    model.call(a1, 2)
    model.call(b1, 1)
    state = fresh(model)
    assert state.showing == {1: "B001", 2: "A001", 3: None}
    assert state.waiting == {"new_registration": 1, "family_change": 0, "info_complaint": 0}
    assert [c.label for c in state.recent] == ["B001", "A001"]  # newest call first
    assert state.last_event_id == model.last_id


def test_a_call_shows_at_its_counter_tops_the_last_calls_and_leaves_the_waiting_count() -> None:
    model = QueueModel()
    state = fresh(model)
    ticket = model.issue("new_registration")
    model.hand_out(ticket)
    state, calls = apply_events(state, model.events)
    assert state.waiting["new_registration"] == 1
    model.call(ticket, 2)
    state, call = apply_event(state, model.events[-1])
    assert call is not None and (call.label, call.counter, call.recall) == ("A001", 2, False)
    assert calls == []
    assert state.showing[2] == "A001"
    assert state.recent[0] == call
    assert state.waiting["new_registration"] == 0
    assert state.line("new_registration").last_called == "A001"  # type: ignore[union-attr]


def test_a_recall_is_announced_again_without_changing_any_count() -> None:
    model = QueueModel()
    ticket = model.issue("family_change")
    model.hand_out(ticket)
    model.call(ticket, 3)
    state = fresh(model)
    model.recall(ticket)
    after, call = apply_event(state, model.events[-1])
    assert call is not None and call.recall and call.label == "B001"
    assert after.waiting == state.waiting
    assert [c.label for c in after.recent] == ["B001"]  # moved to the top, not repeated


def test_a_finished_ticket_leaves_its_counter_and_an_older_call_there_shows_again() -> None:
    model = QueueModel()
    first, second = model.issue("new_registration"), model.issue("new_registration")
    for t in (first, second):
        model.hand_out(t)
    state = fresh(model)
    model.call(first, 1)
    model.call(second, 1)  # the officer called on without closing the first ticket
    model.start(second)
    model.finish(second)
    state, _ = apply_events(state, model.events)
    assert state.showing[1] == "A001" == model.showing()[1]
    model.no_show(first)
    state, _ = apply_events(state, model.events)
    assert state.showing[1] is None


def test_an_event_already_applied_changes_nothing_and_is_never_announced_twice() -> None:
    model = QueueModel()
    state = fresh(model)
    ticket = model.issue("new_registration")
    model.hand_out(ticket)
    model.call(ticket, 1)
    once, calls = apply_events(state, model.events)
    twice, again = apply_events(once, model.events)
    assert len(calls) == 1 and again == []
    assert twice == once


def test_a_ticket_counts_as_waiting_only_once_handed_out() -> None:
    model = QueueModel()
    state = fresh(model)
    ticket = model.issue("info_complaint")
    state, _ = apply_events(state, model.events)
    assert state.waiting["info_complaint"] == 0
    model.hand_out(ticket)
    state, _ = apply_events(state, model.events)
    assert state.waiting["info_complaint"] == 1


def test_a_transfer_puts_the_ticket_in_the_other_line_and_a_cancel_takes_it_out() -> None:
    model = QueueModel()
    ticket = model.issue("new_registration")
    model.hand_out(ticket)
    model.call(ticket, 1)
    state = fresh(model)  # the board never saw this ticket's earlier events
    model.transfer(ticket, "family_change")
    state, _ = apply_events(state, model.events)
    assert state.waiting == {"new_registration": 0, "family_change": 1, "info_complaint": 0}
    assert state.showing[1] is None
    model.cancel(ticket)
    state, _ = apply_events(state, model.events)
    assert state.waiting["family_change"] == 0


def test_cancelling_a_called_ticket_does_not_lower_the_waiting_count() -> None:
    model = QueueModel()
    waiting, called = model.issue("new_registration"), model.issue("new_registration")
    for t in (waiting, called):
        model.hand_out(t)
    model.call(called, 2)
    state = fresh(model)
    model.cancel(called)
    state, _ = apply_events(state, model.events)
    assert state.waiting["new_registration"] == 1
    assert state.showing[2] is None


def test_the_last_calls_keep_only_the_newest_few() -> None:
    model = QueueModel()
    state = fresh(model)
    for _ in range(8):
        ticket = model.issue("new_registration")
        model.hand_out(ticket)
        model.call(ticket, 1)
        model.start(ticket)
        model.finish(ticket)
    state, calls = apply_events(state, model.events)
    assert len(calls) == 8
    assert [c.label for c in state.recent] == ["A008", "A007", "A006", "A005", "A004"]


def test_a_call_at_a_counter_the_board_did_not_know_adds_that_counter() -> None:
    model = QueueModel()
    state = fresh(model)
    ticket = model.issue("new_registration")
    model.call(ticket, 3)
    event = model.events[-1]
    bare = replace(state, counters=tuple(c for c in state.counters if c.number != 3))
    state, _ = apply_event(bare, event.model_copy(update={"counter": 7, "counter_name": "VIP"}))
    slot = state.counter(7)
    assert slot is not None and (slot.name, slot.label) == ("VIP", "A001")


def test_a_resync_corrects_the_counts_but_a_call_it_already_contains_is_still_announced():
    model = QueueModel()
    state = fresh(model)
    ticket = model.issue("new_registration")
    model.hand_out(ticket)
    model.call(ticket, 2)
    # The snapshot was read after the call, before the stream delivered it.
    state = resync(state, model.snapshot())
    assert state.waiting["new_registration"] == 0
    state, calls = apply_events(state, model.events)
    assert [c.label for c in calls] == ["A001"]
    assert state.waiting["new_registration"] == 0  # not taken off a second time
    assert state.showing[2] == "A001"


def test_a_snapshot_of_a_new_day_replaces_everything() -> None:
    model = QueueModel()
    ticket = model.issue("new_registration")
    model.hand_out(ticket)
    model.call(ticket, 1)
    state = fresh(model)
    tomorrow = (
        QueueModel()
        .snapshot()
        .model_copy(
            update={
                "service_date": model.snapshot().service_date.replace(day=24),
                "last_event_id": 9,
            }
        )
    )
    state = resync(state, tomorrow)
    assert state.showing == dict.fromkeys(COUNTERS)
    assert state.recent == ()
    assert state.last_event_id == 9


def test_a_ticket_from_before_the_board_started_called_unprinted_is_fixed_by_a_resync():
    """Events do not say whether a ticket was handed out; for one issued before the
    board's snapshot the board assumes it was, and the next snapshot corrects it."""
    model = QueueModel()
    model.hand_out(model.issue("new_registration"))
    unprinted = model.issue("new_registration")
    state = fresh(model)
    model.call(unprinted, 1)  # called by its number before the kiosk confirmed it
    state, _ = apply_events(state, model.events)
    assert (state.waiting["new_registration"], model.waiting()["new_registration"]) == (0, 1)
    state = resync(state, model.snapshot())
    assert state.waiting == model.waiting()
    assert state.showing == model.showing()


def test_a_counter_holding_two_tickets_before_the_board_started_is_fixed_by_a_resync():
    """A snapshot shows one ticket per counter; an older one still called there is
    invisible to the board until the next snapshot shows it again."""
    model = QueueModel()
    older, newer = model.issue("new_registration"), model.issue("new_registration")
    for t in (older, newer):
        model.hand_out(t)
    model.call(older, 1)
    model.call(newer, 1)
    state = fresh(model)
    model.no_show(newer)
    state, _ = apply_events(state, model.events)
    assert (state.showing[1], model.showing()[1]) == (None, "A001")
    state = resync(state, model.snapshot())
    assert state.showing == model.showing()


def test_a_cancel_after_a_call_the_board_did_not_see_keeps_the_waiting_count() -> None:
    model = QueueModel()
    older, newer, waiting = (model.issue("family_change") for _ in range(3))
    for t in (older, newer, waiting):
        model.hand_out(t)
    model.call(older, 1)
    model.call(newer, 1)
    state = fresh(model)  # shows only B002 at counter 1
    model.cancel(older)  # the event names counter 1: the ticket was not waiting
    state, _ = apply_events(state, model.events)
    assert state.waiting["family_change"] == 1 == model.waiting()["family_change"]


MOVES = ("issue", "move", "move", "move")


@settings(deadline=None, max_examples=150)
@given(st.data())
def test_the_board_agrees_with_the_server_after_any_sequence_of_legal_moves(
    data: st.DataObject,
) -> None:
    model = QueueModel()
    # Some tickets exist before the board starts: it only sees their later moves. They
    # were handed out (the kiosk confirms within seconds of issuing; see the next test).
    # At most one of them stands at each counter (the next test shows why).
    free = list(COUNTERS)
    for _ in range(data.draw(st.integers(0, 4), label="before")):
        ticket = model.issue(data.draw(st.sampled_from(sorted(SERVICES))))
        model.hand_out(ticket)
        if free and data.draw(st.booleans()):
            model.call(ticket, free.pop(data.draw(st.integers(0, len(free) - 1))))
    state = fresh(model)
    seen = len(model.events)
    for _ in range(data.draw(st.integers(1, 40), label="moves")):
        open_tickets = [t for t in model.tickets.values() if model.legal(t)]
        if data.draw(st.sampled_from(MOVES)) == "issue" or not open_tickets:
            model.issue(data.draw(st.sampled_from(sorted(SERVICES))))
        else:
            ticket = data.draw(st.sampled_from(open_tickets))
            move = data.draw(st.sampled_from(model.legal(ticket)))
            if move == "call":
                model.call(ticket, data.draw(st.sampled_from(COUNTERS)))
            elif move == "transfer":
                model.transfer(ticket, data.draw(st.sampled_from(sorted(SERVICES))))
            else:
                getattr(model, move)(ticket)
        if data.draw(st.integers(0, 9)) == 0:  # now and then the feed re-reads the snapshot
            state, _ = apply_events(state, model.events[seen:])
            seen = len(model.events)
            state = resync(state, model.snapshot())
    new: list[QueueEventOut] = model.events[seen:]
    state, calls = apply_events(state, new)
    assert state.waiting == model.waiting()
    assert state.showing == model.showing()
    assert all(count >= 0 for count in state.waiting.values())
    assert [c.event_id for c in calls] == [e.id for e in new if e.type in ("called", "recalled")]
