"""The rows and the CSV of the complaint export for SIPP / SP4N-LAPOR!, counter and server alike.

Owns `export_row` (one complaint as a `ComplaintExportRow`: channel, category, dates, SLA
compliance and outcome; no identity, no free text) and `export_csv` (UTF-8, comma,
header row, empty cell for "none"). The counter (`complaint_actions`) and the server
(`server.services.complaint_queries`) select their complaints their own way and build
every row here, so a complaint exported on either side reads the same. The due date is
the domain's (`core.domain.complaints.effective_due_date`, seed 000 SLA per channel).
Reads no database and writes no file.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from anjungan.core.domain.calendar import WorkingCalendar
from anjungan.core.domain.complaints import (
    Action,
    Complaint,
    ComplaintState,
    effective_due_date,
)
from anjungan.core.wire.complaints import ComplaintExport, ComplaintExportRow

EXPORT_COLUMNS = tuple(ComplaintExportRow.model_fields)
_CLOSING = frozenset({Action.CLOSE, Action.CLOSE_INCOMPLETE, Action.WITHDRAW})


def export_row(
    ticket: str, office: str, complaint: Complaint, calendar: WorkingCalendar, today: date
) -> ComplaintExportRow:
    """One row; on time means the first answer given to the participant by the due date."""
    due = effective_due_date(complaint, calendar, today)
    answers = [e.at.date() for e in complaint.events if e.action is Action.ANSWER]
    answered_on = answers[0] if answers else None
    closing = complaint.events[-1] if complaint.state is ComplaintState.CLOSED else None
    return ComplaintExportRow(
        ticket=ticket,
        office_code=office,
        channel=complaint.channel,
        category=complaint.category,
        received_on=complaint.received_on,
        due_date=due,
        state=complaint.state,
        outcome=complaint.outcome,
        escalated=any(e.action is Action.ESCALATE for e in complaint.events),
        needs_coordination=complaint.needs_coordination,
        answered_on=answered_on,
        closed_on=closing.at.date() if closing and closing.action in _CLOSING else None,
        on_time=None if answered_on is None else answered_on <= due,
        satisfied=complaint.satisfied,
    )


def export_csv(data: ComplaintExport) -> str:
    """The export as CSV (UTF-8, comma, header row; empty cell for "none")."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    for row in data.rows:
        values = row.model_dump(mode="json")
        writer.writerow([_cell(values[c]) for c in EXPORT_COLUMNS])
    return out.getvalue()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
