"""Complaint figures: counts by channel, category and state, SLA compliance, overdue
tickets, working days to close, and the participant's confirmed satisfaction.

Complaints count in the period they were received. The SLA is about giving the answer
(seed 000 "Standar Penanganan Pengaduan"; seed 002 art. 10 for pauses), so a complaint
is on time when its first answer came no later than its effective due date
(`core.domain.complaints.effective_due_date`, same rule as the SIPP export); overdue is
`complaints.overdue` as of ``today``. Days to close are working days from receipt to
the closing event (`WorkingCalendar.working_days_between`). Only the columns needed are
fetched (no identity, no free text); complaints are named by ticket only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, tzinfo

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from anjungan.core.domain.calendar import WorkingCalendar
from anjungan.core.domain.complaints import (
    Action,
    Category,
    Channel,
    Complaint,
    ComplaintEvent,
    ComplaintState,
    effective_due_date,
    overdue,
)
from anjungan.server.models.complaints import TICKET_PREFIX, ComplaintEventRecord, ComplaintRecord
from anjungan.server.reports.model import ComplaintFigures, ReportQuery
from anjungan.server.reports.services import counts, period_bounds
from anjungan.server.services.complaint_calendar import load_calendar


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    complaint: Complaint


def _label(enum: type[Channel] | type[Category] | type[ComplaintState], value: str) -> str:
    try:
        return enum(value).label("id")
    except ValueError:
        return value


def fetch_complaints(
    session: Session, query: ReportQuery, zone: tzinfo, today: date
) -> ComplaintFigures:
    start, end = period_bounds(query, zone)
    c = ComplaintRecord
    where: list[ColumnElement[bool]] = [c.received_at >= start, c.received_at < end]
    if query.office_code is not None:
        where.append(c.office_code == query.office_code)
    e = ComplaintEventRecord
    events: dict[int, list[ComplaintEvent]] = defaultdict(list)
    for cid, action, at, from_state, to_state, satisfied in session.execute(
        select(e.complaint_id, e.action, e.at, e.from_state, e.to_state, e.satisfied)
        .join(c, e.complaint_id == c.id)
        .where(*where)
        .order_by(e.complaint_id, e.id)
    ):
        events[cid].append(
            ComplaintEvent(
                Action(action),
                at.astimezone(zone),
                None,
                ComplaintState(from_state) if from_state else None,
                ComplaintState(to_state),
                "",
                satisfied,
            )
        )
    rows = [
        # Identity and texts are not fetched: the report needs channel, dates and moves.
        ComplaintRow(
            cid, Complaint("", Channel(ch), Category(cat), "", "", coord, tuple(events[cid]))
        )
        for cid, ch, cat, coord in session.execute(
            select(c.id, c.channel, c.category, c.needs_coordination).where(*where).order_by(c.id)
        )
        if events[cid]
    ]
    return complaint_figures(rows, load_calendar(session), today)


def complaint_figures(
    rows: Sequence[ComplaintRow], calendar: WorkingCalendar, today: date
) -> ComplaintFigures:
    """Pure: the figures of complaints rebuilt from their events."""
    answered = on_time = closed = satisfied = unsatisfied = 0
    close_days: list[int] = []
    late: list[str] = []
    for row in rows:
        complaint = row.complaint
        answers = [ev.at.date() for ev in complaint.events if ev.action is Action.ANSWER]
        if answers:
            answered += 1
            if answers[0] <= effective_due_date(complaint, calendar, today):
                on_time += 1
        elif overdue(complaint, today, calendar):
            late.append(f"{TICKET_PREFIX}-{row.id:08d}")
        if complaint.state is ComplaintState.CLOSED:
            closed += 1
            closed_on: date = complaint.events[-1].at.date()
            close_days.append(calendar.working_days_between(complaint.received_on, closed_on))
        if complaint.satisfied is True:
            satisfied += 1
        elif complaint.satisfied is False:
            unsatisfied += 1
    states: dict[str, int] = defaultdict(int)
    channels: dict[str, int] = defaultdict(int)
    categories: dict[str, int] = defaultdict(int)
    for row in rows:
        states[row.complaint.state.value] += 1
        channels[row.complaint.channel.value] += 1
        categories[row.complaint.category.value] += 1
    return ComplaintFigures(
        received=len(rows),
        by_channel=counts(channels.items(), lambda v: _label(Channel, v)),
        by_category=counts(categories.items(), lambda v: _label(Category, v)),
        by_state=counts(states.items(), lambda v: _label(ComplaintState, v)),
        answered=answered,
        answered_on_time=on_time,
        closed=closed,
        average_working_days_to_close=sum(close_days) / len(close_days) if close_days else None,
        overdue_tickets=tuple(late),
        confirmed_satisfied=satisfied,
        confirmed_not_satisfied=unsatisfied,
    )
