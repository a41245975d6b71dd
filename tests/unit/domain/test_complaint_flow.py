"""The complaint workflow: every legal move, every illegal one, and who may make each.

``SPEC`` below is written out independently of ``complaint_flow.TRANSITIONS`` so that a
change to the table has to be made twice, on purpose.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anjungan.core.clock import WIB
from anjungan.core.domain.complaint_flow import TRANSITIONS
from anjungan.core.domain.complaints import (
    Action,
    Category,
    Channel,
    Complaint,
    ComplaintState,
    Outcome,
    Role,
    RoleNotPermitted,
    allowed_actions,
)
from anjungan.core.errors import IllegalTransition, RuleError, ValidationError

S = ComplaintState
A = Action
OFFICER_OR_HEAD = frozenset({Role.OFFICER, Role.SUPERVISOR})
HEAD = frozenset({Role.SUPERVISOR})

SPEC: dict[tuple[ComplaintState, Action], tuple[ComplaintState, frozenset[Role]]] = {
    (S.RECEIVED, A.START): (S.IN_PROGRESS, OFFICER_OR_HEAD),
    (S.RECEIVED, A.WITHDRAW): (S.CLOSED, HEAD),
    (S.IN_PROGRESS, A.ESCALATE): (S.ESCALATED, OFFICER_OR_HEAD),
    (S.IN_PROGRESS, A.REQUEST_DOCUMENTS): (S.WAITING_FOR_PARTICIPANT, OFFICER_OR_HEAD),
    (S.IN_PROGRESS, A.ANSWER): (S.ANSWERED, OFFICER_OR_HEAD),
    (S.IN_PROGRESS, A.WITHDRAW): (S.CLOSED, HEAD),
    (S.ESCALATED, A.RETURN_TO_OFFICER): (S.IN_PROGRESS, HEAD),
    (S.ESCALATED, A.ANSWER): (S.ANSWERED, HEAD),
    (S.ESCALATED, A.WITHDRAW): (S.CLOSED, HEAD),
    (S.WAITING_FOR_PARTICIPANT, A.DOCUMENTS_RECEIVED): (S.IN_PROGRESS, OFFICER_OR_HEAD),
    (S.WAITING_FOR_PARTICIPANT, A.CLOSE_INCOMPLETE): (
        S.CLOSED,
        frozenset({Role.SUPERVISOR, Role.ADMIN}),
    ),
    (S.WAITING_FOR_PARTICIPANT, A.WITHDRAW): (S.CLOSED, HEAD),
    (S.ANSWERED, A.CONFIRM): (S.CONFIRMED, OFFICER_OR_HEAD),
    (S.ANSWERED, A.REOPEN): (S.IN_PROGRESS, OFFICER_OR_HEAD),
    (S.CONFIRMED, A.CLOSE): (S.CLOSED, OFFICER_OR_HEAD),
    (S.CONFIRMED, A.REOPEN): (S.IN_PROGRESS, HEAD),
}

PATH_TO: dict[ComplaintState, tuple[Action, ...]] = {
    S.RECEIVED: (),
    S.IN_PROGRESS: (A.START,),
    S.ESCALATED: (A.START, A.ESCALATE),
    S.WAITING_FOR_PARTICIPANT: (A.START, A.REQUEST_DOCUMENTS),
    S.ANSWERED: (A.START, A.ANSWER),
    S.CONFIRMED: (A.START, A.ANSWER, A.CONFIRM),
    S.CLOSED: (A.START, A.ANSWER, A.CONFIRM, A.CLOSE),
}

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=WIB)
ILLEGAL = [
    (state, action) for state, action in itertools.product(S, A) if (state, action) not in SPEC
]
ROLE_DENIED = [
    (state, action, role)
    for (state, action), (_, roles) in SPEC.items()
    for role in Role
    if role not in roles
]
ROLE_GRANTED = [
    (state, action, role) for (state, action), (_, roles) in SPEC.items() for role in sorted(roles)
]


def fresh() -> Complaint:
    return Complaint.receive(
        participant_id="0001944358911",
        channel=Channel.DIRECT,
        category=Category.CONTRIBUTIONS,
        problem="Tagihan iuran ganda",
        cause="VA keluarga tercatat dua kali",
        at=T0,
    )


def step(c: Complaint, action: Action, role: Role, at: datetime) -> Complaint:
    return c.apply(
        action, at, role, note="catatan", satisfied=True if action is A.CONFIRM else None
    )


def complaint_in(state: ComplaintState) -> Complaint:
    c = fresh()
    for i, action in enumerate(PATH_TO[state], start=1):
        c = step(c, action, Role.SUPERVISOR, T0 + timedelta(hours=i))
    assert c.state is state
    return c


def time_for(action: Action, c: Complaint) -> datetime:
    # The 30-day close is only legal once the deadline has passed.
    return c.events[-1].at + (timedelta(days=31) if action is A.CLOSE_INCOMPLETE else timedelta(1))


def test_transition_table_is_exactly_the_specified_workflow() -> None:
    assert {(t.source, t.action): (t.target, t.roles) for t in TRANSITIONS} == SPEC
    assert len(TRANSITIONS) == len(SPEC)  # no duplicate rows


def test_closed_is_terminal_and_every_other_state_has_a_way_out() -> None:
    for state in S:
        exits = {action for (source, action) in SPEC if source is state}
        assert (not exits) == (state is S.CLOSED)


@pytest.mark.parametrize(("state", "action", "role"), ROLE_GRANTED)
def test_every_legal_transition_moves_to_its_target(
    state: ComplaintState, action: Action, role: Role
) -> None:
    before = complaint_in(state)
    after = step(before, action, role, time_for(action, before))
    assert after.state is SPEC[(state, action)][0]
    assert after.events[:-1] == before.events
    assert after.events[-1].from_state is state
    assert after.events[-1].by_role is role
    assert before.state is state  # the original is untouched


@pytest.mark.parametrize(("state", "action"), ILLEGAL)
def test_every_illegal_transition_raises_for_every_role(
    state: ComplaintState, action: Action
) -> None:
    c = complaint_in(state)
    for role in Role:
        with pytest.raises(IllegalTransition) as err:
            step(c, action, role, time_for(action, c))
        assert err.value.code == "complaint_illegal_transition"
        assert err.value.message("id") and err.value.message("en")


def test_receive_is_never_a_transition() -> None:
    assert all(t.action is not A.RECEIVE for t in TRANSITIONS)
    for state in S:
        with pytest.raises(IllegalTransition):
            complaint_in(state).apply(A.RECEIVE, T0 + timedelta(days=1), Role.SUPERVISOR)


@pytest.mark.parametrize(("state", "action", "role"), ROLE_DENIED)
def test_role_without_permission_is_refused(
    state: ComplaintState, action: Action, role: Role
) -> None:
    c = complaint_in(state)
    with pytest.raises(RoleNotPermitted) as err:
        step(c, action, role, time_for(action, c))
    assert err.value.code == "complaint_role_not_permitted"


@pytest.mark.parametrize(("state", "role"), list(itertools.product(S, Role)))
def test_allowed_actions_lists_exactly_the_permitted_moves(
    state: ComplaintState, role: Role
) -> None:
    expected = {a for (s, a), (_, roles) in SPEC.items() if s is state and role in roles}
    assert allowed_actions(state, role) == expected


def test_officer_may_not_withdraw_a_complaint_only_the_head_of_unit_may() -> None:
    assert A.WITHDRAW not in allowed_actions(S.IN_PROGRESS, Role.OFFICER)
    assert A.WITHDRAW in allowed_actions(S.IN_PROGRESS, Role.SUPERVISOR)


def test_only_the_head_of_unit_takes_an_escalated_complaint_back() -> None:
    assert allowed_actions(S.ESCALATED, Role.OFFICER) == frozenset()
    assert allowed_actions(S.ESCALATED, Role.SUPERVISOR) == {
        A.RETURN_TO_OFFICER,
        A.ANSWER,
        A.WITHDRAW,
    }


def test_admin_may_only_make_the_30_day_close() -> None:
    for state in S:
        expected = {A.CLOSE_INCOMPLETE} if state is S.WAITING_FOR_PARTICIPANT else set()
        assert allowed_actions(state, Role.ADMIN) == expected


def test_officer_may_not_close_incomplete_complaints() -> None:
    assert A.CLOSE_INCOMPLETE not in allowed_actions(S.WAITING_FOR_PARTICIPANT, Role.OFFICER)


def test_only_the_head_of_unit_reopens_a_confirmed_complaint() -> None:
    assert A.REOPEN not in allowed_actions(S.CONFIRMED, Role.OFFICER)
    assert A.REOPEN in allowed_actions(S.CONFIRMED, Role.SUPERVISOR)
    assert A.REOPEN in allowed_actions(S.ANSWERED, Role.OFFICER)


@pytest.mark.parametrize(
    "action", [a for (s, a), _ in SPEC.items() if s is S.IN_PROGRESS and a is not A.WITHDRAW]
)
def test_escalate_request_documents_and_answer_require_a_note(action: Action) -> None:
    c = complaint_in(S.IN_PROGRESS)
    with pytest.raises(ValidationError) as err:
        c.apply(action, T0 + timedelta(days=1), Role.OFFICER, note="  ")
    assert err.value.field == "note"


def test_confirm_requires_the_participants_satisfaction() -> None:
    c = complaint_in(S.ANSWERED)
    with pytest.raises(ValidationError) as err:
        c.apply(A.CONFIRM, T0 + timedelta(days=1), Role.OFFICER)
    assert err.value.field == "satisfied"


def test_satisfaction_is_refused_on_any_action_but_confirm() -> None:
    c = complaint_in(S.RECEIVED)
    with pytest.raises(ValidationError) as err:
        c.apply(A.START, T0 + timedelta(days=1), Role.OFFICER, satisfied=True)
    assert err.value.field == "satisfied"


def test_unsatisfied_participant_is_recorded_and_closing_reports_it() -> None:
    c = complaint_in(S.ANSWERED)
    c = c.apply(A.CONFIRM, T0 + timedelta(days=1), Role.OFFICER, satisfied=False)
    assert c.state is S.CONFIRMED and c.satisfied is False
    c = c.apply(A.CLOSE, T0 + timedelta(days=1, hours=1), Role.OFFICER)
    assert c.outcome is Outcome.NOT_SATISFIED


def test_satisfied_participant_closes_as_satisfied() -> None:
    assert complaint_in(S.CLOSED).outcome is Outcome.SATISFIED


def test_withdrawn_complaint_closes_as_withdrawn() -> None:
    c = complaint_in(S.RECEIVED).apply(
        A.WITHDRAW, T0 + timedelta(hours=1), Role.SUPERVISOR, note="duplikat dari LAPOR!"
    )
    assert c.outcome is Outcome.WITHDRAWN
    assert complaint_in(S.IN_PROGRESS).outcome is None


def test_action_time_before_the_last_event_is_refused() -> None:
    c = complaint_in(S.IN_PROGRESS)
    with pytest.raises(ValidationError) as err:
        c.apply(A.ANSWER, T0, Role.OFFICER, note="jawaban")
    assert err.value.field == "at"


def test_action_time_without_time_zone_is_refused() -> None:
    c = complaint_in(S.RECEIVED)
    with pytest.raises(ValidationError) as err:
        c.apply(A.START, datetime(2026, 1, 6, 9, 0), Role.OFFICER)
    assert err.value.code == "naive_time"


def test_state_labels_exist_in_both_languages() -> None:
    for state in S:
        assert state.label("id") and state.label("en")


# --- Property -------------------------------------------------------------------------

moves = st.lists(
    st.tuples(
        st.sampled_from(A),
        st.sampled_from(Role),
        st.integers(min_value=0, max_value=24 * 40),  # hours since the previous event
    ),
    max_size=25,
)


@settings(deadline=None)
@given(moves=moves)
def test_property_random_actions_follow_the_table_or_raise(
    moves: list[tuple[Action, Role, int]],
) -> None:
    c = fresh()
    for action, role, hours in moves:
        at = c.events[-1].at + timedelta(hours=hours)
        before = c.state
        try:
            c = step(c, action, role, at)
        except IllegalTransition:
            assert (before, action) not in SPEC
        except RoleNotPermitted:
            assert (before, action) in SPEC
            assert role not in SPEC[(before, action)][1]
        except RuleError as err:
            # The only guard beyond the table: the 30-day close before the deadline.
            assert action is A.CLOSE_INCOMPLETE and (before, action) in SPEC
            assert err.code == "documents_deadline_not_passed"
            assert (at.date() - c.events[-1].at.date()).days <= 30
        else:
            assert (before, action) in SPEC
            assert role in SPEC[(before, action)][1]
            assert c.state is SPEC[(before, action)][0]
        assert c.state in set(S)
        assert len(set(S)) == 7
