"""The complaint workflow as data: states, actions, roles and the transition table.

Owns which move is legal from which state and which role may make it; the `Complaint`
aggregate in ``complaints.py`` consults this table and nothing else. Must not hold
complaint data, dates or SLA arithmetic.

Source: seed 000, "Alur Penanganan Keluhan": the UP3 officer records the participant's
identity, the problem and its cause, drafts an answer and coordinates with the superior;
the head of unit follows up, coordinates with related work units and gives direction on
escalated complaints, and completes them; the related work unit provides the solution;
the officer explains it to the participant and confirms satisfaction; the complaint is
reported in the central system (LAPOR!). Seed 002 art. 10(3)-(4): missing supporting
data must be completed within 30 days, otherwise the complaint is declared finished.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from anjungan.core.errors import IllegalTransition, RuleError


class ComplaintState(StrEnum):
    RECEIVED = "received"
    IN_PROGRESS = "in_progress"
    ESCALATED = "escalated"
    WAITING_FOR_PARTICIPANT = "waiting_for_participant"  # the SLA clock is paused
    ANSWERED = "answered"
    CONFIRMED = "confirmed"
    CLOSED = "closed"

    def label(self, lang: str = "id") -> str:
        return _STATE_LABELS[self][1 if lang == "en" else 0]


_STATE_LABELS: dict[ComplaintState, tuple[str, str]] = {
    ComplaintState.RECEIVED: ("Diterima", "Received"),
    ComplaintState.IN_PROGRESS: ("Sedang ditangani", "In progress"),
    ComplaintState.ESCALATED: ("Dieskalasi", "Escalated"),
    ComplaintState.WAITING_FOR_PARTICIPANT: (
        "Menunggu kelengkapan data peserta",
        "Waiting for the participant's documents",
    ),
    ComplaintState.ANSWERED: ("Sudah dijawab", "Answered"),
    ComplaintState.CONFIRMED: ("Kepuasan dikonfirmasi", "Satisfaction confirmed"),
    ComplaintState.CLOSED: ("Selesai", "Closed"),
}


class Action(StrEnum):
    RECEIVE = "receive"  # creates a complaint; never legal on an existing one
    START = "start"  # officer takes the complaint up and drafts an answer
    ESCALATE = "escalate"  # to the head of unit, who involves related work units
    RETURN_TO_OFFICER = "return_to_officer"  # head of unit sends direction or solution back
    REQUEST_DOCUMENTS = "request_documents"  # supporting data declared incomplete
    DOCUMENTS_RECEIVED = "documents_received"
    CLOSE_INCOMPLETE = "close_incomplete"  # data not completed in time: declared finished
    ANSWER = "answer"  # the answer was given to the participant
    CONFIRM = "confirm"  # participant's satisfaction (yes or no) recorded
    REOPEN = "reopen"
    CLOSE = "close"  # reported in SIPP / SP4N-LAPOR! and closed
    WITHDRAW = "withdraw"  # withdrawn by the participant, or a duplicate of another


class Role(StrEnum):
    OFFICER = "officer"  # UP3 / counter officer ("petugas")
    SUPERVISOR = "supervisor"  # head of unit ("kepala unit")
    ADMIN = "admin"  # system administrator; runs scheduled housekeeping


@dataclass(frozen=True)
class Transition:
    """One legal move: from ``source`` by ``action`` to ``target``, made by ``roles``.

    ``note_required``: the note carries the content of the move (the answer given, the
    reason for escalating, the documents missing), so it may not be empty.
    """

    source: ComplaintState
    action: Action
    target: ComplaintState
    roles: frozenset[Role]
    note_required: bool


_S = ComplaintState
_A = Action
_OFFICER = frozenset({Role.OFFICER, Role.SUPERVISOR})
_HEAD = frozenset({Role.SUPERVISOR})
_HEAD_OR_JOB = frozenset({Role.SUPERVISOR, Role.ADMIN})

#: The whole workflow. A supervisor may do everything an officer may (small posts have
#: one of each, and the head of unit must be able to step in). Closing a complaint
#: without an answer (WITHDRAW), taking an escalated complaint back, answering on the
#: related unit's behalf, and reopening a confirmed complaint are the head of unit's
#: calls (seed 000: the head "menindaklanjuti", "memberikan arahan atas eskalasi",
#: "menyelesaikan keluhan"). The administrator is a technical role, not a complaint
#: handler: its only move is the 30-day close, which the server runs as a scheduled job.
# fmt: off
TRANSITIONS: tuple[Transition, ...] = (
    # officer takes it up, records the cause, drafts the answer
    Transition(_S.RECEIVED, _A.START, _S.IN_PROGRESS, _OFFICER, False),
    Transition(_S.RECEIVED, _A.WITHDRAW, _S.CLOSED, _HEAD, True),
    # to the head of unit, who involves the related work units
    Transition(_S.IN_PROGRESS, _A.ESCALATE, _S.ESCALATED, _OFFICER, True),
    # supporting data incomplete: the SLA clock pauses (seed 002 art. 10(3))
    Transition(_S.IN_PROGRESS, _A.REQUEST_DOCUMENTS, _S.WAITING_FOR_PARTICIPANT, _OFFICER, True),
    Transition(_S.IN_PROGRESS, _A.ANSWER, _S.ANSWERED, _OFFICER, True),
    Transition(_S.IN_PROGRESS, _A.WITHDRAW, _S.CLOSED, _HEAD, True),
    # direction, or the related unit's solution, goes back to the officer to explain
    Transition(_S.ESCALATED, _A.RETURN_TO_OFFICER, _S.IN_PROGRESS, _HEAD, True),
    Transition(_S.ESCALATED, _A.ANSWER, _S.ANSWERED, _HEAD, True),
    Transition(_S.ESCALATED, _A.WITHDRAW, _S.CLOSED, _HEAD, True),
    Transition(_S.WAITING_FOR_PARTICIPANT, _A.DOCUMENTS_RECEIVED, _S.IN_PROGRESS, _OFFICER, False),
    # over 30 days without the data: declared finished (seed 002 art. 10(4))
    Transition(_S.WAITING_FOR_PARTICIPANT, _A.CLOSE_INCOMPLETE, _S.CLOSED, _HEAD_OR_JOB, False),
    Transition(_S.WAITING_FOR_PARTICIPANT, _A.WITHDRAW, _S.CLOSED, _HEAD, True),
    # satisfied or not, the answer is recorded (CONFIRM carries `satisfied`)
    Transition(_S.ANSWERED, _A.CONFIRM, _S.CONFIRMED, _OFFICER, False),
    # the answer was wrong or incomplete
    Transition(_S.ANSWERED, _A.REOPEN, _S.IN_PROGRESS, _OFFICER, True),
    # reported in SIPP / SP4N-LAPOR! and completed
    Transition(_S.CONFIRMED, _A.CLOSE, _S.CLOSED, _OFFICER, False),
    # a dissatisfied participant gets another round instead of a closed file
    Transition(_S.CONFIRMED, _A.REOPEN, _S.IN_PROGRESS, _HEAD, True),
)
# fmt: on

_TABLE: dict[tuple[ComplaintState, Action], Transition] = {
    (t.source, t.action): t for t in TRANSITIONS
}


class RoleNotPermitted(RuleError):
    """The move is legal in this state, but not for the role that asked for it."""


def transition_for(state: ComplaintState, action: Action) -> Transition:
    """The table row for ``action`` in ``state``; `IllegalTransition` if there is none."""
    row = _TABLE.get((state, action))
    if row is None:
        raise IllegalTransition(
            "complaint_illegal_transition",
            f"Aksi '{action.value}' tidak dapat dilakukan pada pengaduan berstatus "
            f"'{state.label('id')}'. Muat ulang pengaduan dan pilih aksi yang tersedia.",
            f"Action '{action.value}' is not possible for a complaint that is "
            f"'{state.label('en')}'. Reload the complaint and pick an available action.",
        )
    return row


def check_role(row: Transition, role: Role) -> None:
    if role not in row.roles:
        raise RoleNotPermitted(
            "complaint_role_not_permitted",
            f"Peran '{role.value}' tidak berwenang melakukan aksi '{row.action.value}'. "
            "Minta kepala unit untuk melakukannya.",
            f"Role '{role.value}' may not perform '{row.action.value}'. "
            "Ask the head of unit to do it.",
        )


def allowed_actions(state: ComplaintState, role: Role) -> frozenset[Action]:
    """The actions ``role`` may take on a complaint in ``state`` (for buttons and menus)."""
    return frozenset(t.action for t in TRANSITIONS if t.source is state and role in t.roles)
