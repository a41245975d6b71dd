"""Queue rules: service catalogue, ticket numbers, fair interleaving, ticket states, estimates."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anjungan.core.clock import WIB
from anjungan.core.domain import queue_ticket as qt
from anjungan.core.domain.queue import (
    DEFAULT_SERVICES,
    NumberingKey,
    ServiceDef,
    format_ticket,
    issue_number,
    next_number,
    parse_ticket,
    service_by_code,
    validate_catalogue,
)
from anjungan.core.domain.queue_policy import (
    CallKind,
    InterleavePolicy,
    PriorityReason,
    TicketView,
    call_order,
    choose_next,
    estimate_wait,
    exceeds_waiting_standard,
    people_ahead,
)
from anjungan.core.domain.queue_ticket import Action, RecallPolicy, TicketState
from anjungan.core.errors import ConfigError, IllegalTransition, RuleError, ValidationError

T0 = datetime(2026, 11, 23, 8, 0, tzinfo=WIB)
TODAY = T0.date()
REG = DEFAULT_SERVICES[0]  # new registration, prefix A
FKTP = service_by_code(DEFAULT_SERVICES, "fktp_change")
INFO = service_by_code(DEFAULT_SERVICES, "info_complaint")
ELDERLY = PriorityReason.ELDERLY


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


def view(tid: str, at_minute: int, priority: PriorityReason = PriorityReason.NONE) -> TicketView:
    return TicketView(tid, tid, at_minute, "new_registration", priority, T0 + minutes(at_minute))


def ids(tickets: list[TicketView]) -> list[str]:
    return [t.ticket_id for t in tickets]


# --- catalogue ------------------------------------------------------------------------


def test_default_catalogue_holds_the_eight_mpp_services_each_with_its_own_prefix():
    codes = [s.code for s in DEFAULT_SERVICES]
    assert codes == [
        "new_registration",
        "family_change",
        "segment_change",
        "data_change",
        "fktp_change",
        "reactivation",
        "class_change",
        "info_complaint",
    ]
    assert [s.prefix for s in DEFAULT_SERVICES] == list("ABCDEFGH")
    assert validate_catalogue(DEFAULT_SERVICES) == DEFAULT_SERVICES


def test_default_services_use_the_seed_standards_15_minutes_service_30_waiting_1_to_999():
    for service in DEFAULT_SERVICES:
        assert (service.standard_service_minutes, service.standard_waiting_minutes) == (15, 30)
        assert (service.first_number, service.last_number) == (1, 999)
        assert service.name("id") and service.name("en") and service.name_id != service.name_en


@pytest.mark.parametrize(
    "kwargs",
    [
        {"prefix": "a"},
        {"prefix": "ABC"},
        {"prefix": "1"},
        {"first_number": 0},
        {"first_number": 10, "last_number": 9},
        {"standard_service_minutes": 0},
        {"code": "new registration"},
    ],
)
def test_service_def_rejects_bad_configuration(kwargs):
    base = {"code": "x", "prefix": "X", "name_id": "X", "name_en": "X"}
    with pytest.raises(ConfigError):
        ServiceDef(**{**base, **kwargs})


def test_catalogue_rejects_a_repeated_prefix_or_an_empty_list():
    twin = ServiceDef("twin", "A", "Kembar", "Twin")
    with pytest.raises(ConfigError, match="prefix"):
        validate_catalogue((*DEFAULT_SERVICES, twin))
    with pytest.raises(ConfigError):
        validate_catalogue(())


def test_unknown_service_code_is_a_validation_error():
    with pytest.raises(ValidationError) as err:
        service_by_code(DEFAULT_SERVICES, "nope")
    assert err.value.code == "queue_service_unknown"


# --- labels and numbering -------------------------------------------------------------


def test_format_ticket_zero_pads_to_three_digits():
    assert format_ticket("A", 17) == "A017"
    assert format_ticket("AB", 5) == "AB005"
    assert REG.label(17) == "A017"


def test_ticket_is_padded_to_the_width_of_the_service_range():
    small = ServiceDef("small", "K", "Kecil", "Small", last_number=99)
    large = ServiceDef("large", "L", "Besar", "Large", last_number=1200)
    assert small.label(7) == "K07"
    assert large.label(7) == "L0007"


def test_number_wider_than_the_range_or_outside_it_is_rejected():
    with pytest.raises(ValidationError):
        format_ticket("A", 1000)
    with pytest.raises(ValidationError) as err:
        REG.label(0)
    assert err.value.code == "queue_number_out_of_range"


def test_parse_ticket_splits_prefix_and_number_and_tolerates_case_and_spaces():
    assert parse_ticket("A017") == ("A", 17)
    assert parse_ticket(" ab005 ") == ("AB", 5)
    for bad in ("", "017", "A", "A-17", "ABC1"):
        with pytest.raises(ValidationError):
            parse_ticket(bad)


def test_first_ticket_of_the_day_gets_the_first_number():
    assert next_number(None, REG) == 1


def test_next_number_follows_the_last_issued_one():
    assert next_number(16, REG) == 17


def test_range_full_for_today_is_a_rule_error_naming_the_service():
    with pytest.raises(RuleError) as err:
        next_number(999, REG)
    assert err.value.code == "queue_range_full"
    assert "hari ini sudah habis" in err.value.message("id")
    assert "used up for today" in err.value.message("en")
    assert "A001-A999" in err.value.message("en")


def test_last_issued_below_the_range_is_a_validation_error():
    shifted = ServiceDef("shifted", "S", "S", "S", first_number=100)
    with pytest.raises(ValidationError):
        next_number(5, shifted)


def test_numbering_resets_every_day_per_service():
    yesterday = TODAY - timedelta(days=1)
    store = {NumberingKey(REG.code, yesterday): 57, NumberingKey(FKTP.code, TODAY): 3}
    assert issue_number(store, REG, TODAY) == (NumberingKey(REG.code, TODAY), 1)
    assert issue_number(store, REG, yesterday)[1] == 58
    assert issue_number(store, FKTP, TODAY)[1] == 4


@given(
    prefix=st.from_regex(r"[A-Z]{1,2}", fullmatch=True),
    last=st.integers(1, 99_999),
    data=st.data(),
)
def test_every_ticket_number_formats_to_prefix_and_fixed_width_and_parses_back(prefix, last, data):
    service = ServiceDef("svc", prefix, "L", "L", last_number=last)
    number = data.draw(st.integers(1, last))
    label = service.label(number)
    assert len(label) == len(prefix) + len(str(last))
    assert label[len(prefix) :].isdigit()
    assert parse_ticket(label) == (prefix, number)


@given(first=st.integers(1, 50), size=st.integers(1, 40))
def test_issuing_all_day_gives_each_number_of_the_range_once_then_range_full(first, size):
    service = ServiceDef("svc", "Z", "Z", "Z", first_number=first, last_number=first + size - 1)
    store: dict[NumberingKey, int] = {}
    issued = []
    for _ in range(size):
        key, number = issue_number(store, service, TODAY)
        store[key] = number
        issued.append(number)
    assert issued == list(range(first, first + size))
    with pytest.raises(RuleError):
        issue_number(store, service, TODAY)


# --- interleaving ---------------------------------------------------------------------


def test_one_priority_per_two_normal_order_for_a_mixed_line():
    waiting = [view(f"N{i}", i) for i in range(1, 6)]
    waiting += [view(f"P{i}", 10 + i, ELDERLY) for i in range(1, 4)]
    order = call_order(waiting, InterleavePolicy(), [])
    # The day starts with priority due, then one priority after every two normal calls.
    assert ids(order) == ["P1", "N1", "N2", "P2", "N3", "N4", "P3", "N5"]
    assert choose_next(waiting, InterleavePolicy(), []).ticket_id == "P1"


def test_after_a_priority_call_two_normal_calls_come_before_the_next_priority():
    waiting = [view("N1", 1), view("N2", 2), view("N3", 3), view("P1", 0, ELDERLY)]
    history = [CallKind.PRIORITY]
    assert ids(call_order(waiting, InterleavePolicy(), history)) == ["N1", "N2", "P1", "N3"]
    history = [CallKind.PRIORITY, CallKind.NORMAL]
    assert choose_next(waiting, InterleavePolicy(), history).ticket_id == "N1"
    history = [CallKind.PRIORITY, CallKind.NORMAL, CallKind.NORMAL]
    assert choose_next(waiting, InterleavePolicy(), history).ticket_id == "P1"


def test_fifo_within_each_kind_by_queue_time_whatever_the_input_order():
    waiting = [
        view("N3", 9),
        view("P2", 8, PriorityReason.PREGNANT),
        view("N1", 1),
        view("P1", 2, PriorityReason.DISABLED),
        view("N2", 5),
    ]
    order = call_order(waiting, InterleavePolicy(), [CallKind.PRIORITY])
    assert ids(order) == ["N1", "N2", "P1", "N3", "P2"]


def test_when_only_one_kind_waits_it_is_served():
    normals = [view("N1", 1), view("N2", 2), view("N3", 3)]
    assert ids(call_order(normals, InterleavePolicy(), [])) == ["N1", "N2", "N3"]
    prios = [view("P1", 1, ELDERLY), view("P2", 2, ELDERLY)]
    assert choose_next(prios, InterleavePolicy(), [CallKind.PRIORITY]).ticket_id == "P1"
    assert choose_next([], InterleavePolicy(), []) is None


def test_a_priority_arriving_after_a_run_of_normal_calls_is_served_at_once():
    waiting = [view("N9", 9), view("P1", 10, ELDERLY)]
    history = [CallKind.PRIORITY] + [CallKind.NORMAL] * 5
    assert choose_next(waiting, InterleavePolicy(), history).ticket_id == "P1"


def test_ratio_is_configurable():
    waiting = [view(f"N{i}", i) for i in range(1, 7)]
    waiting += [view(f"P{i}", 10 + i, ELDERLY) for i in range(1, 5)]
    one_per_three = call_order(waiting, InterleavePolicy(normal_calls=3), [CallKind.PRIORITY])
    assert ids(one_per_three)[:8] == ["N1", "N2", "N3", "P1", "N4", "N5", "N6", "P2"]
    two_per_two = call_order(waiting, InterleavePolicy(2, 2), [])
    assert ids(two_per_two)[:8] == ["P1", "P2", "N1", "N2", "P3", "P4", "N3", "N4"]


def test_interleave_policy_refuses_a_zero_ratio_that_would_starve_a_kind():
    with pytest.raises(ConfigError):
        InterleavePolicy(normal_calls=0)
    with pytest.raises(ConfigError):
        InterleavePolicy(priority_calls=0)


def test_a_returning_ticket_is_called_first_preferably_by_the_counter_it_left():
    back_elsewhere = TicketView("R1", "A001", 1, "x", PriorityReason.NONE, T0, True, "L2")
    back_here = TicketView("R2", "A002", 2, "x", PriorityReason.NONE, T0 + minutes(5), True, "L1")
    waiting = [view("P1", 0, ELDERLY), view("N1", 0), back_elsewhere, back_here]
    assert choose_next(waiting, InterleavePolicy(), [], counter="L1").ticket_id == "R2"
    assert choose_next(waiting, InterleavePolicy(), [], counter="L3").ticket_id == "R1"
    order = call_order(waiting, InterleavePolicy(), [], counter="L1")
    assert ids(order) == ["R2", "R1", "P1", "N1"]


def test_return_calls_do_not_count_towards_the_ratio():
    waiting = [view("N1", 1), view("P1", 2, ELDERLY)]
    history = [CallKind.PRIORITY, CallKind.NORMAL, CallKind.RETURN, CallKind.RETURN]
    assert choose_next(waiting, InterleavePolicy(), history).ticket_id == "N1"


def test_people_ahead_follows_the_interleaved_call_order():
    waiting = [view("N1", 1), view("N2", 2), view("N3", 3), view("P1", 4, ELDERLY)]
    assert people_ahead(waiting, "P1", InterleavePolicy(), [CallKind.PRIORITY]) == 2
    assert people_ahead(waiting, "N3", InterleavePolicy(), [CallKind.PRIORITY]) == 3
    with pytest.raises(ValidationError):
        people_ahead(waiting, "ghost", InterleavePolicy(), [])


waiting_lines = st.lists(
    st.tuples(st.integers(0, 600), st.sampled_from(list(PriorityReason))), max_size=30
).map(
    lambda rows: [
        TicketView(f"T{i}", f"A{i:03d}", i + 1, "s", reason, T0 + minutes(m))
        for i, (m, reason) in enumerate(rows)
    ]
)
histories = st.lists(st.sampled_from(list(CallKind)), max_size=12)
policies = st.builds(InterleavePolicy, st.integers(1, 5), st.integers(1, 3))


@given(waiting=waiting_lines, history=histories, policy=policies)
def test_interleaving_never_starves_either_kind(waiting, history, policy):
    """While both kinds wait, N+1 calls include a priority and M+1 calls include a normal."""
    remaining = list(waiting)
    calls: list[CallKind] = []
    kinds = list(history)
    while any(t.priority.is_priority for t in remaining) and any(
        not t.priority.is_priority for t in remaining
    ):
        chosen = choose_next(remaining, policy, kinds)
        remaining.remove(chosen)
        calls.append(chosen.kind)
        kinds.append(chosen.kind)
    for start in range(len(calls)):
        window = calls[start : start + policy.normal_calls + 1]
        if len(window) == policy.normal_calls + 1:
            assert CallKind.PRIORITY in window
        window = calls[start : start + policy.priority_calls + 1]
        if len(window) == policy.priority_calls + 1:
            assert CallKind.NORMAL in window


@given(waiting=waiting_lines, history=histories, policy=policies)
def test_call_order_is_repeated_choose_next_and_fifo_within_each_kind(waiting, history, policy):
    order = call_order(waiting, policy, history)
    assert sorted(ids(order)) == sorted(ids(waiting))
    remaining, kinds = list(waiting), list(history)
    for expected in order:
        chosen = choose_next(remaining, policy, kinds)
        assert chosen == expected
        remaining.remove(chosen)
        kinds.append(chosen.kind)
    for kind in (CallKind.NORMAL, CallKind.PRIORITY):
        times = [(t.queued_at, t.number) for t in order if t.kind is kind]
        assert times == sorted(times)


# --- ticket states --------------------------------------------------------------------


def new_ticket(priority: PriorityReason = PriorityReason.NONE, number: int = 17) -> qt.Ticket:
    return qt.issue_ticket("t-1", REG, number, service_date=TODAY, issued_at=T0, priority=priority)


def test_issued_ticket_carries_its_label_service_and_priority_reason():
    ticket = new_ticket(PriorityReason.PREGNANT)
    assert (ticket.label, ticket.state, ticket.service_code) == (
        "A017",
        TicketState.ISSUED,
        REG.code,
    )
    assert ticket.view().kind is CallKind.PRIORITY
    assert ticket.view().priority is PriorityReason.PREGNANT


def test_issue_ticket_requires_a_time_zone_and_a_number_in_range():
    with pytest.raises(ValidationError):
        qt.issue_ticket("t", REG, 1, service_date=TODAY, issued_at=T0.replace(tzinfo=None))
    with pytest.raises(ValidationError):
        qt.issue_ticket("t", REG, 1000, service_date=TODAY, issued_at=T0)


def test_transition_table_is_explicit_and_closed_states_allow_nothing():
    assert qt.legal_actions(TicketState.ISSUED) == {Action.CALL, Action.CANCEL}
    assert qt.legal_actions(TicketState.CALLED) == {
        Action.RECALL,
        Action.START,
        Action.NO_SHOW,
        Action.CANCEL,
        Action.TRANSFER,
    }
    assert qt.legal_actions(TicketState.SERVING) == {Action.FINISH, Action.TRANSFER}
    assert qt.legal_actions(TicketState.DONE) == {Action.RETURN}
    assert qt.legal_actions(TicketState.NO_SHOW) == frozenset()
    assert qt.legal_actions(TicketState.CANCELLED) == frozenset()


def test_issue_call_start_finish_ends_done_with_one_event_per_move():
    ticket = qt.call(new_ticket(), "L1", T0 + minutes(5))
    ticket = qt.start(ticket, T0 + minutes(6))
    ticket = qt.finish(ticket, T0 + minutes(18))
    assert ticket.state is TicketState.DONE
    assert [e.action for e in ticket.events] == [Action.CALL, Action.START, Action.FINISH]
    assert ticket.events[0].counter == "L1"
    assert qt.service_durations(ticket) == ((REG.code, minutes(12)),)


def test_an_illegal_move_raises_illegal_transition_and_names_state_not_person():
    ticket = new_ticket()
    with pytest.raises(IllegalTransition) as err:
        qt.start(ticket, T0)
    assert err.value.code == "queue_illegal_transition"
    assert "A017" in str(err.value) and "issued" in str(err.value)
    done = qt.finish(qt.start(qt.call(ticket, "L1", T0), T0), T0)
    with pytest.raises(IllegalTransition):
        qt.cancel(done, T0)


def test_recall_keeps_the_ticket_called_and_counts():
    ticket = qt.call(new_ticket(), "L1", T0)
    ticket = qt.recall(qt.recall(ticket, T0 + minutes(1)), T0 + minutes(2))
    assert (ticket.state, ticket.recall_count) == (TicketState.CALLED, 2)


def test_no_show_is_refused_before_three_recalls_and_suggested_after():
    ticket = qt.call(new_ticket(), "L1", T0)
    for n in range(3):
        assert not qt.no_show_suggested(ticket)
        with pytest.raises(IllegalTransition) as err:
            qt.mark_no_show(ticket, T0)
        assert err.value.code == "queue_no_show_too_early"
        ticket = qt.recall(ticket, T0 + minutes(n + 1))
    assert qt.no_show_suggested(ticket)
    assert qt.mark_no_show(ticket, T0 + minutes(5)).state is TicketState.NO_SHOW


def test_recall_limit_is_configurable_and_can_be_advisory():
    ticket = qt.call(new_ticket(), "L1", T0)
    one = RecallPolicy(recalls_before_no_show=1)
    assert qt.no_show_suggested(qt.recall(ticket, T0), one)
    advisory = RecallPolicy(enforce=False)
    assert not qt.no_show_suggested(ticket, advisory)
    assert qt.mark_no_show(ticket, T0, advisory).state is TicketState.NO_SHOW


def test_transfer_keeps_the_number_and_waits_in_the_target_line():
    ticket = qt.start(qt.call(new_ticket(ELDERLY), "L1", T0), T0 + minutes(1))
    moved = qt.transfer(ticket, FKTP.code, T0 + minutes(4))
    assert moved.state is TicketState.TRANSFERRED and moved.is_waiting
    assert (moved.label, moved.number, moved.origin_service) == ("A017", 17, REG.code)
    assert moved.service_code == FKTP.code and moved.counter is None
    assert moved.queued_at == T0 + minutes(4)
    assert moved.view().priority is ELDERLY
    assert moved.hops[-1] == qt.Hop(REG.code, FKTP.code, "L1", T0 + minutes(4), False)
    done = qt.finish(
        qt.start(qt.call(moved, "L5", T0 + minutes(9)), T0 + minutes(9)), T0 + minutes(20)
    )
    assert done.state is TicketState.DONE and done.service_code == FKTP.code


def test_transfer_with_return_comes_back_to_the_front_of_the_origin_line():
    ticket = qt.start(qt.call(new_ticket(), "L1", T0), T0 + minutes(1))
    ticket = qt.transfer(ticket, FKTP.code, T0 + minutes(5), with_return=True)
    ticket = qt.call(ticket, "L4", T0 + minutes(10))
    assert ticket.recall_count == 0
    ticket = qt.finish(qt.start(ticket, T0 + minutes(11)), T0 + minutes(20))
    assert ticket.state is TicketState.TRANSFERRED
    assert ticket.service_code == REG.code
    assert (ticket.returning, ticket.preferred_counter) == (True, "L1")
    assert ticket.pending_return is None and ticket.hops[0].returned_at == T0 + minutes(20)
    assert [e.action for e in ticket.events][-2:] == [Action.FINISH, Action.RETURN]
    # It is called before tickets that waited longer in the origin line.
    others = [view("N1", 0), view("P1", 0, ELDERLY)]
    nxt = choose_next([*others, ticket.view()], InterleavePolicy(), [], counter="L1")
    assert nxt.ticket_id == "t-1" and nxt.kind is CallKind.RETURN
    final = qt.finish(
        qt.start(qt.call(ticket, "L1", T0 + minutes(21)), T0 + minutes(21)), T0 + minutes(30)
    )
    assert final.state is TicketState.DONE and not final.returning
    assert [s for s, _ in qt.service_durations(final)] == [REG.code, FKTP.code, REG.code]


def test_nested_transfers_with_return_unwind_last_in_first_out():
    t = qt.call(new_ticket(), "L1", T0)
    t = qt.transfer(t, FKTP.code, T0, with_return=True)
    t = qt.start(qt.call(t, "L4", T0), T0)
    t = qt.transfer(t, INFO.code, T0, with_return=True)
    t = qt.finish(qt.start(qt.call(t, "L8", T0), T0), T0)
    assert (t.service_code, t.preferred_counter) == (FKTP.code, "L4")
    t = qt.finish(qt.start(qt.call(t, "L4", T0), T0), T0)
    assert (t.service_code, t.preferred_counter) == (REG.code, "L1")
    t = qt.finish(qt.start(qt.call(t, "L1", T0), T0), T0)
    assert t.state is TicketState.DONE


def test_transfer_to_the_same_service_is_rejected():
    ticket = qt.call(new_ticket(), "L1", T0)
    with pytest.raises(ValidationError):
        qt.transfer(ticket, REG.code, T0)


def test_a_move_timed_before_the_previous_one_is_rejected():
    ticket = qt.call(new_ticket(), "L1", T0 + minutes(5))
    with pytest.raises(ValidationError) as err:
        qt.start(ticket, T0 + minutes(4))
    assert err.value.code == "queue_time_goes_back"


def test_calling_needs_a_counter():
    with pytest.raises(ValidationError):
        qt.call(new_ticket(), "", T0)


GUARD_CODES = {"queue_no_show_too_early", "queue_no_return_pending"}
OTHER_SERVICES = [s.code for s in DEFAULT_SERVICES]
ALL_ACTIONS = sorted(Action, key=lambda a: a.value)
ENDINGS = {Action.CANCEL, Action.NO_SHOW}


def pick_action(state: TicketState, prefer_legal: bool, pick: int) -> Action:
    # Mostly legal moves, so that walks reach deep states (transfers, returns, no-shows)
    # before a cancel ends them; the rest are arbitrary, legal or not.
    legal = sorted(qt.legal_actions(state) - ENDINGS, key=lambda a: a.value)
    pool = legal if prefer_legal and legal else ALL_ACTIONS
    return pool[pick % len(pool)]


@settings(deadline=None)
@given(
    steps=st.lists(
        st.tuples(st.sampled_from([True] * 5 + [False]), st.integers(0, 40), st.booleans()),
        max_size=30,
    )
)
def test_random_action_sequences_follow_the_table_or_raise_illegal_transition(steps):
    ticket = new_ticket()
    at = T0
    for prefer_legal, pick, flag in steps:
        at += minutes(1)
        action = pick_action(ticket.state, prefer_legal, pick)
        targets = [c for c in OTHER_SERVICES if c != ticket.service_code]
        before = ticket
        try:
            ticket = qt.apply(
                ticket,
                action,
                at,
                counter=f"L{pick}",
                to_service=targets[pick % len(targets)],
                with_return=flag,
                recall_policy=RecallPolicy(recalls_before_no_show=pick % 4),
            )
        except IllegalTransition as err:
            legal = (before.state, action) in qt.TRANSITIONS
            assert not legal or err.code in GUARD_CODES
            assert ticket is before
            continue
        assert (before.state, action) in qt.TRANSITIONS
        new_events = ticket.events[len(before.events) :]
        assert new_events[0].action is action and new_events[0].from_state is before.state
    for event in ticket.events:
        assert qt.TRANSITIONS[(event.from_state, event.action)] is event.to_state
    for earlier, later in zip(ticket.events, ticket.events[1:], strict=False):
        assert earlier.to_state is later.from_state
    assert ticket.events == () or ticket.events[-1].to_state is ticket.state
    assert ticket.label == "A017"


# --- waiting-time estimate ------------------------------------------------------------


def test_estimate_is_median_of_recent_service_times_times_people_over_counters():
    # median(10, 12, 30) = 12 minutes; 5 people x 12 / 2 counters = 30 minutes.
    assert estimate_wait(5, [minutes(10), minutes(30), minutes(12)], 2) == 30


def test_estimate_looks_only_at_the_last_20_service_times():
    # All 40 would give a median of (10 + 60) / 2 = 35 minutes; the last 20 give 10.
    slow_morning, fast_afternoon = [minutes(60)] * 20, [minutes(10)] * 20
    assert estimate_wait(3, slow_morning + fast_afternoon, 1) == 30
    # The window is configurable: the last 3 of 5 x 60 + 3 x 10 are all 10 minutes.
    assert estimate_wait(3, [minutes(60)] * 5 + [minutes(10)] * 3, 1, window=3) == 30


def test_estimate_falls_back_to_the_15_minute_standard_without_history():
    assert estimate_wait(3, [], 1) == 45
    assert estimate_wait(3, [], 1, standard=minutes(10)) == 30


def test_estimate_rounds_up_to_whole_minutes():
    # 1 person x 7.5 minutes / 2 counters = 3.75 -> 4.
    assert estimate_wait(1, [minutes(7.5)], 2) == 4


def test_estimate_with_an_even_number_of_times_averages_the_middle_pair():
    assert estimate_wait(2, [minutes(10), minutes(11)], 1) == 21


def test_estimate_ignores_zero_or_negative_durations_and_is_zero_with_nobody_ahead():
    assert estimate_wait(1, [timedelta(0), minutes(-3)], 1) == 15
    assert estimate_wait(0, [minutes(10)], 3) == 0


def test_estimate_needs_an_open_counter_and_a_non_negative_count():
    with pytest.raises(ValidationError) as err:
        estimate_wait(1, [], 0)
    assert err.value.code == "queue_no_open_counter"
    with pytest.raises(ValidationError):
        estimate_wait(-1, [], 1)


def test_estimate_of_30_minutes_or_more_breaks_the_waiting_standard():
    assert not exceeds_waiting_standard(29, REG)
    assert exceeds_waiting_standard(30, REG)


@given(
    ahead=st.integers(0, 200),
    durations=st.lists(st.integers(1, 7200).map(lambda s: timedelta(seconds=s)), max_size=30),
    counters=st.integers(1, 10),
)
def test_estimate_grows_with_people_ahead_and_shrinks_with_counters(ahead, durations, counters):
    base = estimate_wait(ahead, durations, counters)
    assert base >= 0
    assert estimate_wait(ahead + 1, durations, counters) >= base
    assert estimate_wait(ahead, durations, counters + 1) <= base
