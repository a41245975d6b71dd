"""Complaint workflow on the server: receive, move, auto-close, publish.

Owns the write side of complaints: storing a checked complaint (`complaint_intake`) and
each move as rows, and publishing every change to the change log for the office's
counters. The rules are the domain's: receipt and moves go through
`core.domain.complaints.Complaint` (`receive`, `apply`: the transition table of seed 000
and the 30-day rule of seed 002 art. 10), SLA dates through `WorkingCalendar` with this
server's override table (DOMAIN.md "Working days"). Reads and views live in
`complaint_queries`. Must not write outside the caller's transaction.
"""

from __future__ import annotations

import uuid
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjungan.core.domain.calendar import WorkingCalendar
from anjungan.core.domain.card import classify_identifier
from anjungan.core.domain.complaints import (
    Action,
    Category,
    Channel,
    Complaint,
    ComplaintEvent,
    ComplaintState,
    RoleNotPermitted,
    auto_close_due,
    effective_due_date,
)
from anjungan.core.domain.complaints import Role as FlowRole
from anjungan.core.domain.digit_input import strip_separators
from anjungan.core.errors import AnjunganError
from anjungan.core.wire.complaints import NewComplaint
from anjungan.server.audit import audit, publish_change
from anjungan.server.auth import Forbidden, Principal, Role
from anjungan.server.errors import NotFound
from anjungan.server.models.complaints import ComplaintEventRecord, ComplaintRecord
from anjungan.server.services.complaint_calendar import load_calendar
from anjungan.server.services.complaint_intake import Findings, Intake, check_intake
from anjungan.server.settings import ServerSettings

COMPLAINT_KIND = "complaint"
SYSTEM = Principal(Role.ADMIN, office_code="", officer="system")

_FLOW_ROLE = {
    Role.OFFICER: FlowRole.OFFICER,
    Role.SUPERVISOR: FlowRole.SUPERVISOR,
    Role.ADMIN: FlowRole.ADMIN,
}


def flow_role(role: Role) -> FlowRole:
    """The complaint-workflow role of a server role; a kiosk has none."""
    if role not in _FLOW_ROLE:
        raise Forbidden()
    return _FLOW_ROLE[role]


class ComplaintForbidden(AnjunganError):
    """403 with the domain's sentence: the move exists, but not for this role."""

    status = 403
    code = "complaint_role_not_permitted"

    def __init__(self, error: RoleNotPermitted) -> None:
        super().__init__(error.message_id, error.message_en)


def receive(
    session: Session,
    settings: ServerSettings,
    principal: Principal,
    intake: Intake,
    *,
    actor: str,
) -> ComplaintRecord:
    """Store a checked complaint with its receipt event, audit and publish it."""
    now = settings.clock.now()
    record = ComplaintRecord(
        uuid=intake.uuid,
        office_code=principal.office_code,
        device_id=principal.device_id,
        created_by=actor,
        channel=intake.channel.value,
        category=intake.category.value,
        participant_nik=intake.participant_nik,
        participant_card=intake.participant_card,
        reporter_name=intake.reporter_name,
        reporter_phone=intake.reporter_phone,
        problem=intake.problem,
        cause=intake.cause,
        needs_coordination=intake.needs_coordination,
        received_at=intake.received_at,
        state=ComplaintState.RECEIVED.value,
        updated_at=now,
    )
    record.events.append(
        ComplaintEventRecord(
            uuid=uuid.uuid4(),
            action=Action.RECEIVE.value,
            at=intake.received_at,
            by_role=None,
            actor=actor,
            from_state=None,
            to_state=ComplaintState.RECEIVED.value,
            note=intake.note,
            satisfied=None,
        )
    )
    session.add(record)
    session.flush()
    audit(
        session,
        settings,
        principal,
        "complaint.receive",
        "complaint",
        record.uuid,
        ticket=record.ticket,
        channel=record.channel,
    )
    publish_complaint(session, settings, record)
    return record


# --- moves --------------------------------------------------------------------------


def local_zone(settings: ServerSettings) -> tzinfo:
    """The service point's zone: a working day is a local date (`Complaint` docstring)."""
    zone = settings.clock.now().tzinfo
    assert zone is not None  # clocks give aware times (core.clock)
    return zone


def to_domain(record: ComplaintRecord, zone: tzinfo) -> Complaint:
    """The domain aggregate of a stored complaint (events in the order they were made)."""
    events = tuple(
        ComplaintEvent(
            action=Action(e.action),
            at=e.at.astimezone(zone),
            by_role=FlowRole(e.by_role) if e.by_role else None,
            from_state=ComplaintState(e.from_state) if e.from_state else None,
            to_state=ComplaintState(e.to_state),
            note=e.note,
            satisfied=e.satisfied,
        )
        for e in record.events
    )
    return Complaint(
        participant_id=record.participant_nik or record.participant_card or "",
        channel=Channel(record.channel),
        category=Category(record.category),
        problem=record.problem,
        cause=record.cause,
        needs_coordination=record.needs_coordination,
        events=events,
    )


def find_complaint(
    session: Session, principal: Principal, complaint_uuid: uuid.UUID, *, lock: bool = False
) -> ComplaintRecord:
    """The complaint, if the caller may see it (its office; an admin sees every office)."""
    stmt = select(ComplaintRecord).where(ComplaintRecord.uuid == complaint_uuid)
    if lock:
        stmt = stmt.with_for_update()
    record = session.scalar(stmt)
    if record is None or (
        principal.role < Role.ADMIN and record.office_code != principal.office_code
    ):
        raise NotFound("Pengaduan", "The complaint")
    return record


def move(
    session: Session,
    settings: ServerSettings,
    principal: Principal,
    record: ComplaintRecord,
    *,
    action: Action,
    at: datetime,
    role: FlowRole,
    actor: str,
    note: str = "",
    satisfied: bool | None = None,
    event_uuid: uuid.UUID | None = None,
    calendar: WorkingCalendar | None = None,
) -> ComplaintRecord:
    """Apply one move through the domain (raises its errors unchanged), store, publish."""
    after = to_domain(record, local_zone(settings)).apply(action, at, role, note, satisfied)
    last = after.events[-1]
    record.events.append(
        ComplaintEventRecord(
            uuid=event_uuid or uuid.uuid4(),
            action=last.action.value,
            at=last.at,
            by_role=role.value,
            actor=actor,
            from_state=last.from_state.value if last.from_state else None,
            to_state=last.to_state.value,
            note=last.note,
            satisfied=last.satisfied,
        )
    )
    record.state = after.state.value
    record.updated_at = settings.clock.now()
    session.flush()
    audit(
        session,
        settings,
        principal,
        f"complaint.{action.value}",
        "complaint",
        record.uuid,
        ticket=record.ticket,
        state=record.state,
    )
    publish_complaint(session, settings, record, calendar)
    return record


def act(
    session: Session,
    settings: ServerSettings,
    principal: Principal,
    complaint_uuid: uuid.UUID,
    *,
    action: Action,
    note: str,
    satisfied: bool | None,
) -> ComplaintRecord:
    """A move asked over the API, now, by the caller's role (403 if the role may not)."""
    record = find_complaint(session, principal, complaint_uuid, lock=True)
    try:
        return move(
            session,
            settings,
            principal,
            record,
            action=action,
            at=settings.clock.now(),
            role=flow_role(principal.role),
            actor=principal.actor,
            note=note,
            satisfied=satisfied,
        )
    except RoleNotPermitted as error:
        raise ComplaintForbidden(error) from error


def auto_close(
    session: Session, settings: ServerSettings, principal: Principal = SYSTEM
) -> list[ComplaintRecord]:
    """Close every complaint waiting more than 30 days for the participant's data.

    Seed 002 art. 10(3)-(4): the complaint "dinyatakan telah selesai". Runs as the
    administrator's scheduled job (`complaint_flow`: the only move of that role).
    """
    zone = local_zone(settings)
    today = settings.clock.today()
    calendar = load_calendar(session)
    waiting = session.scalars(
        select(ComplaintRecord)
        .where(ComplaintRecord.state == ComplaintState.WAITING_FOR_PARTICIPANT.value)
        .order_by(ComplaintRecord.id)
        .with_for_update()
    )
    closed = []
    for record in list(waiting):
        if auto_close_due(to_domain(record, zone), today):
            closed.append(
                move(
                    session,
                    settings,
                    principal,
                    record,
                    action=Action.CLOSE_INCOMPLETE,
                    at=settings.clock.now(),
                    role=FlowRole.ADMIN,
                    actor=principal.actor,
                    calendar=calendar,
                )
            )
    return closed


def publish_complaint(
    session: Session,
    settings: ServerSettings,
    record: ComplaintRecord,
    calendar: WorkingCalendar | None = None,
) -> None:
    """A complaint update for the office's counters (never to kiosks: see `sync_feed`)."""
    publish_change(
        session,
        settings,
        COMPLAINT_KIND,
        record.uuid,
        complaint_update(record, calendar or load_calendar(session), settings),
        office_code=record.office_code,
    )


def complaint_update(
    record: ComplaintRecord, calendar: WorkingCalendar, settings: ServerSettings
) -> dict[str, Any]:
    """State, due date and the latest move (with its note: the answer, the reason)."""
    complaint = to_domain(record, local_zone(settings))
    last = complaint.events[-1]
    return {
        "uuid": str(record.uuid),
        "ticket": record.ticket,
        "state": complaint.state.value,
        "outcome": complaint.outcome.value if complaint.outcome else None,
        "due_date": effective_due_date(complaint, calendar, settings.clock.today()).isoformat(),
        "last_event": {
            "action": last.action.value,
            "at": last.at.isoformat(),
            "note": last.note,
            "satisfied": last.satisfied,
        },
    }


def create(
    session: Session, settings: ServerSettings, principal: Principal, body: NewComplaint
) -> ComplaintRecord:
    """`POST /v1/complaints`: an officer records a complaint (422 on the first problem)."""
    now = settings.clock.now()
    findings = Findings()
    kind = findings.check("participant_id", classify_identifier, body.participant_id)
    digits = strip_separators(body.participant_id)
    intake = check_intake(
        findings,
        record_uuid=uuid.uuid4(),
        channel=body.channel.value,
        category=body.category.value,
        nik=digits if kind == "nik" else None,
        card=digits if kind == "card" else None,
        reporter_name=body.reporter_name,
        reporter_phone=body.reporter_phone,
        problem=body.problem,
        cause=body.cause,
        needs_coordination=body.needs_coordination,
        received_at=body.received_at or now,
        note=body.note,
        now=now,
    )
    # The API has one identity field; the checks name what it turned out to be.
    findings.rename({"nik": "participant_id", "card_number": "participant_id", "at": "received_at"})
    findings.raise_first()
    assert intake is not None  # no findings: the intake was built
    return receive(session, settings, principal, intake, actor=principal.actor)
