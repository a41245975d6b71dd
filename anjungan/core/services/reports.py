"""The counter's own report: services given and complaints, from the local store.

Owns `LocalReport` and `local_report`: for a period of local dates, the registrations
by segment (families and people), data changes by type, information requests by topic
and the complaint figures (by channel and category, SLA compliance, overdue, working
days to close, confirmed satisfaction), everything this device's store holds. The
figures are `core.domain.report_figures`, the same code as the server's office report,
so a counter and the server cannot count differently. Records count by when they were
made here (complaints by when they were received). Reads only; the result holds no
personal data (an overdue complaint is named by its server ticket, or a local reference
until it has one). Must not import Qt.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, selectinload

from anjungan.core.domain.calendar import WorkingCalendar
from anjungan.core.domain.complaints import Complaint
from anjungan.core.domain.report_figures import (
    ComplaintFigures,
    ReportPeriod,
    ServiceFigures,
    complaint_figures,
    counts,
)
from anjungan.core.domain.segments import Segment
from anjungan.core.services.complaints import current_complaint, store_calendar
from anjungan.core.services.info_requests import InfoTopic
from anjungan.core.store import models
from anjungan.core.store.uow import UnitOfWork

log = logging.getLogger(__name__)
LOCAL_PREFIX = "LOKAL"


@dataclass(frozen=True)
class LocalReport:
    period: ReportPeriod
    services: ServiceFigures
    complaints: ComplaintFigures


def segment_label(value: str) -> str:
    try:
        return Segment(value).label_id
    except ValueError:
        return value


def topic_label(value: str) -> str:
    try:
        return InfoTopic(value).label("id")
    except ValueError:
        return value


def local_report(
    uow: UnitOfWork,
    period: ReportPeriod,
    *,
    zone: tzinfo,
    today: date,
    calendar: WorkingCalendar | None = None,
) -> LocalReport:
    """The figures of ``period`` (local dates in ``zone``); overdue as of ``today``.

    ``calendar`` defaults to `store_calendar` (read in the same transaction). ``uow``
    must not be open.
    """
    start, end = period.bounds(zone)
    with uow:
        services = _services(uow, start, end)
        complaints = _complaints(uow, start, end, zone)
        figures = complaint_figures(complaints, calendar or store_calendar(uow), today)
    return LocalReport(period, services, figures)


def _grouped(
    uow: UnitOfWork,
    column: InstrumentedAttribute[str],
    created: InstrumentedAttribute[datetime],
    start: datetime,
    end: datetime,
) -> list[tuple[str | None, int]]:
    """(key, how many) of the rows created in [start, end)."""
    stmt = select(column, func.count()).where(created >= start, created < end).group_by(column)
    return [(key, int(n)) for key, n in uow.session.execute(stmt)]


def _services(uow: UnitOfWork, start: datetime, end: datetime) -> ServiceFigures:
    r, m = models.Registration, models.RegistrationMember
    people = uow.session.scalar(
        select(func.count())
        .select_from(m)
        .join(r, m.registration_id == r.id)
        .where(r.created_at >= start, r.created_at < end)
    )
    change, info = models.DataChange, models.InfoRequest
    return ServiceFigures(
        registrations_by_segment=counts(
            _grouped(uow, r.segment, r.created_at, start, end), segment_label
        ),
        registered_people=int(people or 0),
        data_changes_by_type=counts(
            _grouped(uow, change.change_type, change.created_at, start, end), str
        ),
        info_requests_by_topic=counts(
            _grouped(uow, info.topic, info.created_at, start, end), topic_label
        ),
    )


def _complaints(
    uow: UnitOfWork, start: datetime, end: datetime, zone: tzinfo
) -> list[tuple[str, Complaint]]:
    c = models.Complaint
    records = uow.session.scalars(
        select(c)
        .where(c.received_at >= start, c.received_at < end)
        .options(selectinload(c.events))
        .order_by(c.received_at, c.id)
    )
    rows = []
    for record in records:
        # This device's own moves only (no server view): the report is of what it holds.
        complaint = current_complaint(record, zone)
        if complaint is None:
            # Without a channel there is no SLA: the complaint list leaves it out too.
            log.warning("complaint %s left out of the report", record.uuid)
            continue
        reference = record.server_ref or f"{LOCAL_PREFIX}-{record.uuid.hex[:8].upper()}"
        rows.append((reference, complaint))
    return rows
