"""Services given: registrations by segment, data changes by type, information requests
by topic, all grouped in SQL over the period's local days.

Registrations count by when the server accepted them (``registered_at``), received
records by ``received_at``; the type and topic are read from the stored payload
(``change_type``, ``topic``: the fields `sync_apply` requires). Reads only; no personal
data leaves this module (only codes and counts).
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from anjungan.core.domain.change_types import ChangeType
from anjungan.core.domain.report_figures import counts
from anjungan.core.domain.segments import Segment
from anjungan.core.services.reports import topic_label
from anjungan.core.store.models.base import OutboxKind
from anjungan.server.models.sync import ReceivedRecord, RegistrationMemberRecord, RegistrationRecord
from anjungan.server.reports.model import ReportQuery, ServiceFigures


def period_bounds(query: ReportQuery, zone: tzinfo) -> tuple[datetime, datetime]:
    """From local midnight of the first day to local midnight after the last one."""
    return query.period.bounds(zone)


def segment_label(value: str) -> str:
    try:
        return Segment(value).label_id
    except ValueError:
        return value


def change_label(value: str) -> str:
    try:
        return ChangeType(value).label("id")
    except ValueError:
        return value


def fetch_services(session: Session, query: ReportQuery, zone: tzinfo) -> ServiceFigures:
    start, end = period_bounds(query, zone)
    r = RegistrationRecord
    reg_where: list[ColumnElement[bool]] = [r.registered_at >= start, r.registered_at < end]
    if query.office_code is not None:
        reg_where.append(r.office_code == query.office_code)
    by_segment = session.execute(
        select(r.segment, func.count()).where(*reg_where).group_by(r.segment)
    ).all()
    m = RegistrationMemberRecord
    people = session.scalar(
        select(func.count()).select_from(m).join(r, m.registration_id == r.id).where(*reg_where)
    )
    rc = ReceivedRecord

    def grouped(kind: OutboxKind, field: str) -> list[tuple[str | None, int]]:
        key = ReceivedRecord.payload[field].as_string()
        where: list[ColumnElement[bool]] = [
            rc.kind == kind.value,
            rc.received_at >= start,
            rc.received_at < end,
        ]
        if query.office_code is not None:
            where.append(rc.office_code == query.office_code)
        stmt = select(key, func.count().label("n")).where(*where).group_by(key)
        return [(None if row[0] is None else str(row[0]), row.n) for row in session.execute(stmt)]

    return ServiceFigures(
        registrations_by_segment=counts(by_segment, segment_label),
        registered_people=people or 0,
        data_changes_by_type=counts(grouped(OutboxKind.DATA_CHANGE, "change_type"), change_label),
        info_requests_by_topic=counts(grouped(OutboxKind.INFO_REQUEST, "topic"), topic_label),
    )
