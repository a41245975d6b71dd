"""Complaint figures of the server's complaints: counts by channel, category and state,
SLA compliance, overdue tickets, working days to close, confirmed satisfaction.

Complaints count in the period they were received. The arithmetic is
`core.domain.report_figures.complaint_figures` (shared with the counter's Reports
screen): this module fetches the rows and rebuilds each `Complaint` from its events.
Only the columns needed are fetched (no identity, no free text); complaints are named
by ticket only.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, tzinfo

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from anjungan.core.domain.complaints import (
    Action,
    Category,
    Channel,
    Complaint,
    ComplaintEvent,
    ComplaintState,
)
from anjungan.core.domain.report_figures import complaint_figures
from anjungan.server.models.complaints import TICKET_PREFIX, ComplaintEventRecord, ComplaintRecord
from anjungan.server.reports.model import ComplaintFigures, ReportQuery
from anjungan.server.reports.services import period_bounds
from anjungan.server.services.complaint_calendar import load_calendar


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
        (
            f"{TICKET_PREFIX}-{cid:08d}",
            Complaint("", Channel(ch), Category(cat), "", "", coord, tuple(events[cid])),
        )
        for cid, ch, cat, coord in session.execute(
            select(c.id, c.channel, c.category, c.needs_coordination).where(*where).order_by(c.id)
        )
        if events[cid]
    ]
    return complaint_figures(rows, load_calendar(session), today)
