"""Pure checks of the queue's server glue (no database, no network): a ticket row holds
the exact domain ticket after any sequence of moves, and SSE messages are well formed."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from anjungan.core.clock import WIB
from anjungan.core.domain.queue import DEFAULT_SERVICES
from anjungan.core.domain.queue_policy import PriorityReason
from anjungan.core.domain.queue_ticket import Action, RecallPolicy, apply, issue_ticket
from anjungan.core.errors import IllegalTransition, ValidationError
from anjungan.core.wire.queue import QueueEventOut
from anjungan.server.models.queue import QueueTicket
from anjungan.server.services.queue_events import sse_message
from anjungan.server.services.queue_tickets import store, ticket_of

START = datetime(2026, 11, 23, 8, 0, tzinfo=WIB)
CODES = [service.code for service in DEFAULT_SERVICES]
STEP = st.tuples(
    st.sampled_from([a for a in Action if a is not Action.RETURN]),
    st.sampled_from(CODES),
    st.booleans(),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=0, max_value=900),
)


@given(
    priority=st.sampled_from(list(PriorityReason)),
    steps=st.lists(STEP, max_size=15),
)
@settings(deadline=None)
def test_a_ticket_row_rebuilds_the_same_domain_ticket_after_any_moves(
    priority: PriorityReason, steps: list[tuple[Action, str, bool, int, int]]
) -> None:
    ticket = issue_ticket(
        "7",
        DEFAULT_SERVICES[0],
        17,
        service_date=date(2026, 11, 23),
        issued_at=START,
        priority=priority,
    )
    row = QueueTicket(id=7)
    store(row, ticket)
    assert ticket_of(row) == ticket
    at = START
    for action, target, with_return, counter, seconds in steps:
        at += timedelta(seconds=seconds)
        try:
            ticket = apply(
                ticket,
                action,
                at,
                counter=str(counter),
                to_service=target,
                with_return=with_return,
                recall_policy=RecallPolicy(enforce=False),
            )
        except (IllegalTransition, ValidationError):
            continue
        store(row, ticket)
        assert ticket_of(row) == ticket
        assert row.state == ticket.state.value and row.counter_number == (
            int(ticket.counter) if ticket.counter else None
        )


def test_an_sse_message_carries_the_event_id_type_and_one_line_of_json() -> None:
    event = QueueEventOut(
        id=42,
        type="called",
        at=START,
        ticket_id=7,
        label="A017",
        service="new_registration",
        counter=3,
        counter_name="Loket 3\nbaris",  # a newline must not break the frame
        detail={"priority": "elderly"},
    )
    text = sse_message(event).decode()
    assert text.endswith("\n\n") and text.count("\n\n") == 1
    lines = text.rstrip("\n").split("\n")
    assert lines[:2] == ["id: 42", "event: called"]
    assert len(lines) == 3 and lines[2].startswith("data: ")
    assert json.loads(lines[2].removeprefix("data: "))["counter_name"] == "Loket 3\nbaris"
