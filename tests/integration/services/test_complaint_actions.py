"""Handling a complaint at the counter: each move by the workflow's table and roles, the
30-day rule for the participant's documents, the timeline merged with the server's view,
and the SIPP / SP4N-LAPOR! export (CSV and JSON, no identity, no free text)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from uuid import UUID

import pytest

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.domain.complaints import (
    TRANSITIONS,
    Action,
    ComplaintState,
    Role,
    RoleNotPermitted,
    Transition,
)
from anjungan.core.errors import IllegalTransition, RuleError
from anjungan.core.services.complaint_actions import (
    EXPORT_COLUMNS,
    Move,
    ServerView,
    act_on_complaint,
    complaint_detail,
    export_complaints,
    provisional_ticket,
    role_of,
    validate_move,
    write_export,
)
from anjungan.core.services.complaints import list_complaints, log_complaint
from anjungan.core.services.forms import Desk, FormInvalid
from anjungan.core.store.models import OutboxKind
from anjungan.core.store.uow import UnitOfWork
from tests.integration.services.conftest import PHONE_COMPLAINT, UowFactory

SUPERVISOR_ONLY = [
    t
    for t in TRANSITIONS
    if Role.OFFICER not in t.roles and Role.SUPERVISOR in t.roles and t.action is not Action.RECEIVE
]


def _log(make_uow: UowFactory, clock: FixedClock, desk: Desk, **changes: object) -> UUID:
    form = replace(PHONE_COMPLAINT, **changes)  # type: ignore[arg-type]
    return log_complaint(make_uow(), form, clock=clock, desk=desk).record.uuid


def _act(
    make_uow: UowFactory,
    clock: FixedClock,
    desk: Desk,
    uuid: UUID,
    action: Action,
    role: Role = Role.OFFICER,
    note: str = "",
    satisfied: bool | None = None,
) -> ComplaintState:
    clock.advance(timedelta(minutes=1))
    move = Move(action, note or f"Catatan {action.value}", satisfied)
    return act_on_complaint(make_uow(), uuid, move, role=role, clock=clock, desk=desk)


def _path(state: ComplaintState) -> list[Action]:
    """Moves from RECEIVED to ``state`` an officer may make (the head's only where needed)."""
    paths = {
        ComplaintState.RECEIVED: [],
        ComplaintState.IN_PROGRESS: [Action.START],
        ComplaintState.ESCALATED: [Action.START, Action.ESCALATE],
        ComplaintState.WAITING_FOR_PARTICIPANT: [Action.START, Action.REQUEST_DOCUMENTS],
        ComplaintState.ANSWERED: [Action.START, Action.ANSWER],
        ComplaintState.CONFIRMED: [Action.START, Action.ANSWER, Action.CONFIRM],
    }
    return paths[state]


def _walk(
    make_uow: UowFactory, clock: FixedClock, desk: Desk, uuid: UUID, state: ComplaintState
) -> None:
    for action in _path(state):
        satisfied = False if action is Action.CONFIRM else None
        _act(make_uow, clock, desk, uuid, action, satisfied=satisfied)


def test_a_move_writes_its_event_and_outbox_row_with_the_role_it_was_made_with(
    make_uow: UowFactory, clock: FixedClock, desk: Desk
) -> None:
    uuid = _log(make_uow, clock, desk)
    state = _act(make_uow, clock, desk, uuid, Action.START, note=" ")
    assert state is ComplaintState.IN_PROGRESS
    _act(make_uow, clock, desk, uuid, Action.ANSWER, note="  Iuran sudah tercatat.  ")
    _act(make_uow, clock, desk, uuid, Action.CONFIRM, note=" ", satisfied=True)
    with make_uow() as uow:
        events = uow.complaints.events(uuid)
        assert [(e.event_type, e.note, e.data, e.actor_id) for e in events] == [
            ("start", None, {"role": "officer"}, desk.officer_id),
            ("answer", "Iuran sudah tercatat.", {"role": "officer"}, desk.officer_id),
            ("confirm", None, {"role": "officer", "satisfied": True}, desk.officer_id),
        ]
        entries = [uow.outbox.for_record(e.uuid) for e in events]
        assert [[x.kind for x in entry] for entry in entries] == [[OutboxKind.COMPLAINT_EVENT]] * 3
        payload = entries[2][0].payload
        assert payload["complaint_uuid"] == str(uuid)
        assert payload["event_type"] == "confirm"
        assert payload["data"] == {"role": "officer", "satisfied": True}


@pytest.mark.parametrize(
    "transition", SUPERVISOR_ONLY, ids=lambda t: f"{t.source.value}-{t.action.value}"
)
def test_an_officer_is_refused_what_only_the_head_of_unit_may_do_and_nothing_is_written(
    make_uow: UowFactory, clock: FixedClock, desk: Desk, transition: Transition
) -> None:
    uuid = _log(make_uow, clock, desk)
    _walk(make_uow, clock, desk, uuid, transition.source)
    detail = complaint_detail(make_uow(), uuid, clock=clock, role=Role.OFFICER)
    assert transition.action not in detail.actions
    with make_uow() as uow:
        before = sum(uow.outbox.counts().values())
    with pytest.raises(RoleNotPermitted):
        _act(make_uow, clock, desk, uuid, transition.action, Role.OFFICER)
    with make_uow() as uow:
        assert sum(uow.outbox.counts().values()) == before
    if transition.action is Action.CLOSE_INCOMPLETE:
        clock.advance(timedelta(days=31))
    supervisor = complaint_detail(make_uow(), uuid, clock=clock, role=Role.SUPERVISOR)
    assert transition.action in supervisor.actions
    state = _act(make_uow, clock, desk, uuid, transition.action, Role.SUPERVISOR)
    assert state is transition.target


def test_actions_follow_the_table_for_each_role_without_repeats(
    make_uow: UowFactory, clock: FixedClock, desk: Desk
) -> None:
    uuid = _log(make_uow, clock, desk)
    _act(make_uow, clock, desk, uuid, Action.START)
    officer = complaint_detail(make_uow(), uuid, clock=clock, role=Role.OFFICER)
    supervisor = complaint_detail(make_uow(), uuid, clock=clock, role=Role.SUPERVISOR)
    assert officer.actions == (Action.ESCALATE, Action.REQUEST_DOCUMENTS, Action.ANSWER)
    assert supervisor.actions == (*officer.actions, Action.WITHDRAW)
    assert role_of("supervisor") is Role.SUPERVISOR
    assert role_of("kepala") is Role.OFFICER


def test_the_state_refuses_a_move_it_does_not_allow_before_the_role_or_the_note(
    make_uow: UowFactory, clock: FixedClock, desk: Desk
) -> None:
    uuid = _log(make_uow, clock, desk)
    with pytest.raises(IllegalTransition):
        _act(make_uow, clock, desk, uuid, Action.ANSWER, Role.SUPERVISOR)
    with pytest.raises(RoleNotPermitted):  # the role is refused before the empty note
        act_on_complaint(
            make_uow(), uuid, Move(Action.WITHDRAW), role=Role.OFFICER, clock=clock, desk=desk
        )
    with pytest.raises(FormInvalid) as raised:
        act_on_complaint(
            make_uow(), uuid, Move(Action.WITHDRAW), role=Role.SUPERVISOR, clock=clock, desk=desk
        )
    assert raised.value.fields == ("note",)
    with make_uow() as uow:
        assert uow.complaints.events(uuid) == []


def test_notes_and_satisfaction_are_checked_before_anything_is_written() -> None:
    state = ComplaintState.IN_PROGRESS
    fields = {e.field: e.code for e in validate_move(Move(Action.ANSWER, "   "), state)}
    assert fields == {"note": "required"}
    long = {e.field: e.code for e in validate_move(Move(Action.ANSWER, "x" * 4001), state)}
    assert long == {"note": "too_long"}
    confirm = validate_move(Move(Action.CONFIRM), ComplaintState.ANSWERED)
    assert [(e.field, e.code) for e in confirm] == [("satisfied", "required")]
    assert validate_move(Move(Action.START), ComplaintState.RECEIVED) == []


def test_waiting_for_documents_can_be_closed_only_after_30_days(
    make_uow: UowFactory, clock: FixedClock, desk: Desk
) -> None:
    uuid = _log(make_uow, clock, desk)
    _walk(make_uow, clock, desk, uuid, ComplaintState.WAITING_FOR_PARTICIPANT)
    waiting = complaint_detail(make_uow(), uuid, clock=clock, role=Role.SUPERVISOR)
    assert waiting.documents_due == date(2026, 12, 23)  # declared on 23 Nov, + 30 days
    assert Action.CLOSE_INCOMPLETE not in waiting.actions
    assert waiting.working_days_left is not None  # the clock is paused, not stopped
    with pytest.raises(RuleError) as early:
        _act(make_uow, clock, desk, uuid, Action.CLOSE_INCOMPLETE, Role.SUPERVISOR)
    assert early.value.code == "documents_deadline_not_passed"
    clock.current = datetime(2026, 12, 23, 15, 0, tzinfo=WIB)  # the 30th day: still waiting
    detail = complaint_detail(make_uow(), uuid, clock=clock, role=Role.SUPERVISOR)
    assert Action.CLOSE_INCOMPLETE not in detail.actions
    clock.current = datetime(2026, 12, 24, 8, 0, tzinfo=WIB)
    detail = complaint_detail(make_uow(), uuid, clock=clock, role=Role.SUPERVISOR)
    assert Action.CLOSE_INCOMPLETE in detail.actions
    assert _act(make_uow, clock, desk, uuid, Action.CLOSE_INCOMPLETE, Role.SUPERVISOR) is (
        ComplaintState.CLOSED
    )
    closed = complaint_detail(make_uow(), uuid, clock=clock, role=Role.SUPERVISOR)
    assert closed.outcome is not None and closed.outcome.value == "incomplete_data"
    assert closed.actions == ()


def test_the_timeline_names_who_did_what_and_takes_the_servers_ticket(
    make_uow: UowFactory, clock: FixedClock, desk: Desk
) -> None:
    uuid = _log(make_uow, clock, desk)
    _act(make_uow, clock, desk, uuid, Action.START)
    local = complaint_detail(make_uow(), uuid, clock=clock, role=Role.OFFICER)
    assert local.reference == provisional_ticket(uuid) and not local.synced
    assert local.reference.startswith("PGD-") and len(local.reference) == 13
    assert [(e.action, e.actor, e.from_server) for e in local.timeline] == [
        (Action.RECEIVE, desk.officer_id, False),
        (Action.START, desk.officer_id, False),
    ]

    def synced(_uow: UnitOfWork, _uuid: UUID) -> ServerView:
        return ServerView.parse("PGD-00000042", "in_progress", {"action": "start"})

    shown = complaint_detail(make_uow(), uuid, clock=clock, role=Role.OFFICER, server=synced)
    assert (shown.reference, shown.synced) == ("PGD-00000042", True)
    assert len(shown.timeline) == 2  # the server agrees: nothing to merge


def test_a_move_made_on_the_server_is_merged_and_later_local_moves_follow_it(
    make_uow: UowFactory, clock: FixedClock, desk: Desk
) -> None:
    uuid = _log(make_uow, clock, desk)
    _walk(make_uow, clock, desk, uuid, ComplaintState.ESCALATED)
    clock.advance(timedelta(hours=1))
    answered_at = clock.now()

    def server(_uow: UnitOfWork, _uuid: UUID) -> ServerView:
        # The head of unit answered on the server; the counter learned it by sync.
        return ServerView.parse(
            "PGD-00000007",
            "answered",
            {"action": "answer", "at": answered_at.isoformat(), "note": "Sudah aktif."},
        )

    detail = complaint_detail(make_uow(), uuid, clock=clock, role=Role.OFFICER, server=server)
    assert detail.state is ComplaintState.ANSWERED
    assert detail.timeline[-1].from_server and detail.timeline[-1].note == "Sudah aktif."
    assert detail.actions == (Action.CONFIRM, Action.REOPEN)
    clock.advance(timedelta(minutes=5))
    move = Move(Action.CONFIRM, satisfied=True)
    state = act_on_complaint(
        make_uow(), uuid, move, role=Role.OFFICER, clock=clock, desk=desk, server=server
    )
    assert state is ComplaintState.CONFIRMED
    [row] = list_complaints(make_uow(), clock=clock, server=server)
    assert row.state is ComplaintState.CONFIRMED  # the local confirm replays after the merge
    again = complaint_detail(make_uow(), uuid, clock=clock, role=Role.OFFICER, server=server)
    assert [e.action for e in again.timeline][-2:] == [Action.ANSWER, Action.CONFIRM]
    assert [e.from_server for e in again.timeline][-2:] == [True, False]


def test_the_export_has_the_servers_columns_and_no_personal_data(
    make_uow: UowFactory, clock: FixedClock, desk: Desk, tmp_path: Path
) -> None:
    first = _log(make_uow, clock, desk, name="Siti Aminah", phone="0812-3456-7890")
    _act(make_uow, clock, desk, first, Action.START)
    _act(make_uow, clock, desk, first, Action.ESCALATE, note="Perlu data unit iuran.")
    _act(make_uow, clock, desk, first, Action.ANSWER, Role.SUPERVISOR, note="Sudah aktif.")
    _act(make_uow, clock, desk, first, Action.CONFIRM, satisfied=True)
    _act(make_uow, clock, desk, first, Action.CLOSE)
    clock.advance(timedelta(days=1))
    second = _log(make_uow, clock, desk, identifier="3171011205800001", name="Budi Santoso")
    clock.advance(timedelta(days=7))
    _log(make_uow, clock, desk)  # outside the period asked for

    data = export_complaints(
        make_uow(), clock=clock, received_from=date(2026, 11, 23), received_to=date(2026, 11, 24)
    )
    files = write_export(data, tmp_path)
    assert files.rows == 2
    text = files.csv.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == EXPORT_COLUMNS
    assert rows[0] | {"office_code": "-"} == {
        "ticket": provisional_ticket(first),
        "office_code": "-",
        "channel": "oral",
        "category": "contributions",
        "received_on": "2026-11-23",
        "due_date": "2026-11-26",  # escalated on time: 3 working days with coordination
        "state": "closed",
        "outcome": "satisfied",
        "escalated": "true",
        "needs_coordination": "false",
        "answered_on": "2026-11-23",
        "closed_on": "2026-11-23",
        "on_time": "true",
        "satisfied": "true",
    }
    assert rows[1]["ticket"] == provisional_ticket(second)
    assert (rows[1]["state"], rows[1]["answered_on"], rows[1]["on_time"]) == ("received", "", "")
    body = json.loads(files.json.read_text(encoding="utf-8"))
    assert [r["ticket"] for r in body["rows"]] == [r["ticket"] for r in rows]
    assert body["received_from"] == "2026-11-23" and body["received_to"] == "2026-11-24"
    for secret in ("SITI", "BUDI", "0001944358911", "3171011205800001", "6281", "Sudah aktif"):
        assert secret not in text and secret not in files.json.read_text(encoding="utf-8")
