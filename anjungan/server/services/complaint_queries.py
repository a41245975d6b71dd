"""Complaint reads: the list with its SLA countdown, the detail with its timeline, and
the export for SIPP / SP4N-LAPOR!.

Owns the views of stored complaints as of "today": the effective due date, working
days left, overdue and due-today flags all come from `core.domain.complaints`
(seed 000 SLA per channel, seed 002 art. 10 pauses) on this server's
`WorkingCalendar`. Officers and supervisors see their own office; administrators every
office. The export carries no identity and no free text: the central system gets
what it counts (channel, category, dates, SLA compliance, outcome). Writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from anjungan.core.domain.calendar import WorkingCalendar
from anjungan.core.domain.complaint_sla import document_deadline_days
from anjungan.core.domain.complaints import (
    TRANSITIONS,
    Action,
    Category,
    Channel,
    Complaint,
    ComplaintState,
    allowed_actions,
    effective_due_date,
    overdue,
    working_days_left,
)
from anjungan.core.services.complaint_export import export_row
from anjungan.core.wire.common import Page
from anjungan.core.wire.complaints import (
    ComplaintDetail,
    ComplaintEventView,
    ComplaintExport,
    ComplaintExportRow,
    ComplaintSummary,
)
from anjungan.server.auth import Forbidden, Principal, Role
from anjungan.server.models.complaints import ComplaintRecord
from anjungan.server.services.complaint_calendar import load_calendar
from anjungan.server.services.complaints import flow_role, local_zone, to_domain
from anjungan.server.settings import ServerSettings

# The SLA is about giving the answer: from these states on the countdown has stopped.
_CLOCK_STOPPED = frozenset(
    {ComplaintState.ANSWERED, ComplaintState.CONFIRMED, ComplaintState.CLOSED}
)
_OPEN_STATES = [s.value for s in ComplaintState if s not in _CLOCK_STOPPED]


@dataclass(frozen=True)
class ComplaintFilters:
    state: ComplaintState | None = None
    overdue: bool | None = None
    due_today: bool | None = None
    channel: Channel | None = None
    category: Category | None = None
    office: str | None = None
    offset: int = 0
    limit: int = 50


def office_scope(principal: Principal, office: str | None) -> str | None:
    """The office a caller may read: its own, or any (None = all) for an administrator."""
    if principal.role >= Role.ADMIN:
        return office
    if office is not None and office != principal.office_code:
        raise Forbidden()
    return principal.office_code


@dataclass(frozen=True)
class _View:
    """What the views need besides the record: the calendar, today, the local zone."""

    calendar: WorkingCalendar
    today: date
    zone: tzinfo

    @classmethod
    def of(cls, session: Session, settings: ServerSettings) -> _View:
        return cls(load_calendar(session), settings.clock.today(), local_zone(settings))

    def summary_fields(self, record: ComplaintRecord, complaint: Complaint) -> dict[str, object]:
        due = effective_due_date(complaint, self.calendar, self.today)
        running = complaint.state not in _CLOCK_STOPPED and complaint.waiting_since is None
        since = complaint.waiting_since
        return {
            "uuid": record.uuid,
            "ticket": record.ticket,
            "office_code": record.office_code,
            "channel": complaint.channel,
            "category": complaint.category,
            "state": complaint.state,
            "state_label_id": complaint.state.label("id"),
            "state_label_en": complaint.state.label("en"),
            "received_at": complaint.received_at,
            "due_date": due,
            "working_days_left": working_days_left(complaint, self.today, self.calendar),
            "overdue": overdue(complaint, self.today, self.calendar),
            "due_today": running and due == self.today,
            "outcome": complaint.outcome,
            "auto_close_after": (
                since.date() + timedelta(days=document_deadline_days(since.date()))
                if since is not None
                else None
            ),
        }

    def summary(self, record: ComplaintRecord) -> ComplaintSummary:
        return ComplaintSummary.model_validate(
            self.summary_fields(record, to_domain(record, self.zone))
        )


def summaries(
    session: Session, settings: ServerSettings, records: list[ComplaintRecord]
) -> list[ComplaintSummary]:
    view = _View.of(session, settings)
    return [view.summary(r) for r in records]


def list_complaints(
    session: Session, settings: ServerSettings, principal: Principal, filters: ComplaintFilters
) -> Page[ComplaintSummary]:
    """Complaints matching ``filters``, oldest first, with their countdown as of today."""
    conditions: list[ColumnElement[bool]] = []
    office = office_scope(principal, filters.office)
    if office is not None:
        conditions.append(ComplaintRecord.office_code == office)
    if filters.state is not None:
        conditions.append(ComplaintRecord.state == filters.state.value)
    if filters.channel is not None:
        conditions.append(ComplaintRecord.channel == filters.channel.value)
    if filters.category is not None:
        conditions.append(ComplaintRecord.category == filters.category.value)
    order = (ComplaintRecord.received_at, ComplaintRecord.id)
    view = _View.of(session, settings)
    if filters.overdue is None and filters.due_today is None:
        total = session.scalar(select(func.count(ComplaintRecord.id)).where(*conditions)) or 0
        page = session.scalars(
            select(ComplaintRecord)
            .where(*conditions)
            .order_by(*order)
            .offset(filters.offset)
            .limit(filters.limit)
        )
        items = [view.summary(r) for r in page]
        return Page(items=items, total=total, offset=filters.offset, limit=filters.limit)
    # Overdue and due-today depend on today and the calendar: decided per complaint.
    # Only unanswered complaints can be either, which keeps the candidate set small.
    if filters.overdue or filters.due_today:
        conditions.append(ComplaintRecord.state.in_(_OPEN_STATES))
    candidates = session.scalars(select(ComplaintRecord).where(*conditions).order_by(*order))
    matching = [
        s
        for s in (view.summary(r) for r in candidates)
        if (filters.overdue is None or s.overdue == filters.overdue)
        and (filters.due_today is None or s.due_today == filters.due_today)
    ]
    window = matching[filters.offset : filters.offset + filters.limit]
    return Page(items=window, total=len(matching), offset=filters.offset, limit=filters.limit)


def detail(
    session: Session, settings: ServerSettings, principal: Principal, record: ComplaintRecord
) -> ComplaintDetail:
    """The complaint with identity, texts, timeline and the caller's possible moves."""
    view = _View.of(session, settings)
    complaint = to_domain(record, view.zone)
    role = flow_role(principal.role)
    possible = allowed_actions(complaint.state, role)
    # In the order of TRANSITIONS, from this state only: an action that leaves several
    # states (WITHDRAW) is one move here.
    here = (t.action for t in TRANSITIONS if t.source is complaint.state)
    allowed = [action for action in here if action in possible]
    return ComplaintDetail.model_validate(
        {
            **view.summary_fields(record, complaint),
            "participant_nik": record.participant_nik,
            "participant_card": record.participant_card,
            "reporter_name": record.reporter_name,
            "reporter_phone": record.reporter_phone,
            "problem": record.problem,
            "cause": record.cause,
            "needs_coordination": record.needs_coordination,
            "events": [
                ComplaintEventView(
                    action=Action(e.action),
                    at=e.at.astimezone(view.zone),
                    by_role=e.by_role,
                    actor=e.actor,
                    from_state=ComplaintState(e.from_state) if e.from_state else None,
                    to_state=ComplaintState(e.to_state),
                    note=e.note,
                    satisfied=e.satisfied,
                )
                for e in record.events
            ],
            "allowed_actions": allowed,
        }
    )


# --- export for SIPP / SP4N-LAPOR! ---------------------------------------------------


def export(
    session: Session,
    settings: ServerSettings,
    principal: Principal,
    *,
    office: str | None,
    received_from: date | None,
    received_to: date | None,
) -> ComplaintExport:
    """Complaints received in [from, to] (local dates), one row each, by ticket."""
    view = _View.of(session, settings)
    stmt = select(ComplaintRecord).order_by(ComplaintRecord.id)
    scope = office_scope(principal, office)
    if scope is not None:
        stmt = stmt.where(ComplaintRecord.office_code == scope)
    if received_from is not None:
        stmt = stmt.where(ComplaintRecord.received_at >= _local_midnight(received_from, view))
    if received_to is not None:
        next_day = received_to + timedelta(days=1)
        stmt = stmt.where(ComplaintRecord.received_at < _local_midnight(next_day, view))
    rows = [_export_row(r, to_domain(r, view.zone), view) for r in session.scalars(stmt)]
    return ComplaintExport(
        generated_at=settings.clock.now(),
        received_from=received_from,
        received_to=received_to,
        rows=rows,
    )


def _local_midnight(day: date, view: _View) -> datetime:
    return datetime.combine(day, time(0), tzinfo=view.zone)


def _export_row(record: ComplaintRecord, complaint: Complaint, view: _View) -> ComplaintExportRow:
    return export_row(record.ticket, record.office_code, complaint, view.calendar, view.today)
