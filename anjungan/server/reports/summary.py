"""The report's queue and SKM figures of one office as a `core.wire.reports.ReportSummary`,
for `GET /v1/reports/summary` (the counter's Reports screen).

Reads the same figures as the PDF (`fetch_queue`, `fetch_skm`) in one read transaction
and only maps them onto the wire shapes. A period longer than `MAX_SUMMARY_DAYS` is
refused (a counter asks for a day or a month; a region's year is the PDF's job).
"""

from __future__ import annotations

from datetime import date, tzinfo

from anjungan.core.errors import ValidationError
from anjungan.core.wire.reports import (
    MAX_SUMMARY_DAYS,
    DurationsOut,
    QueueHourOut,
    QueueLineOut,
    QueueOfficerOut,
    QueueSummary,
    ReportSummary,
    SkmElementOut,
    SkmSummary,
)
from anjungan.server.db import Database
from anjungan.server.reports.build import JAKARTA
from anjungan.server.reports.model import Durations, QueueFigures, ReportQuery, SkmFigures
from anjungan.server.reports.queue import fetch_queue
from anjungan.server.reports.skm import fetch_skm

# Far enough from date.min/max that a period's local midnights always exist.
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2999, 12, 31)


def summary_query(office_code: str, date_from: date, date_to: date) -> ReportQuery:
    """The query of a summary; a reversed, too long or out-of-range period is refused."""
    query = ReportQuery(office_code, date_from, date_to)
    if not FIRST_DAY <= date_from <= date_to <= LAST_DAY:
        raise ValidationError(
            "date_from",
            "report_period_out_of_range",
            "Periode laporan harus antara tahun 2000 dan 2999.",
            "The report period must lie between the years 2000 and 2999.",
        )
    if (date_to - date_from).days >= MAX_SUMMARY_DAYS:
        raise ValidationError(
            "date_to",
            "report_period_too_long",
            f"Periode ringkasan paling panjang {MAX_SUMMARY_DAYS} hari. Perpendek periodenya.",
            f"A summary covers at most {MAX_SUMMARY_DAYS} days. Shorten the period.",
        )
    return query


def build_summary(db: Database, query: ReportQuery, zone: tzinfo = JAKARTA) -> ReportSummary:
    assert query.office_code is not None
    with db.read() as session, session.begin():
        queue = fetch_queue(session, query, zone)
        skm = fetch_skm(session, query, zone)
    return ReportSummary(
        office_code=query.office_code,
        date_from=query.date_from,
        date_to=query.date_to,
        queue=queue_summary(queue),
        skm=skm_summary(skm),
    )


def _durations(d: Durations) -> DurationsOut:
    return DurationsOut(
        count=d.count,
        median_minutes=d.median_minutes,
        p90_minutes=d.p90_minutes,
        within_standard=d.within_standard,
    )


def queue_summary(q: QueueFigures) -> QueueSummary:
    return QueueSummary(
        issued=q.issued,
        served=q.served,
        no_shows=q.no_shows,
        cancelled=q.cancelled,
        waiting=_durations(q.waiting),
        service=_durations(q.service),
        standard_waiting_minutes=q.standard_waiting_minutes,
        standard_service_minutes=q.standard_service_minutes,
        per_service=[
            QueueLineOut(
                service_code=line.service_code,
                label=line.label,
                issued=line.issued,
                served=line.served,
                no_shows=line.no_shows,
                waiting=_durations(line.waiting),
                service=_durations(line.service),
            )
            for line in q.per_service
        ],
        per_hour=[
            QueueHourOut(hour=line.hour, issued=line.issued, waiting=_durations(line.waiting))
            for line in q.per_hour
        ],
        per_officer=[
            QueueOfficerOut(
                officer=line.officer,
                label=line.label,
                called=line.called,
                served=line.served,
                no_shows=line.no_shows,
                service=_durations(line.service),
            )
            for line in q.per_officer
        ],
    )


def skm_summary(k: SkmFigures) -> SkmSummary:
    return SkmSummary(
        respondents=k.respondents,
        complete_respondents=k.complete_respondents,
        elements=[
            SkmElementOut(
                number=e.number,
                label=e.label,
                answers=e.answers,
                nrr=None if e.nrr is None else float(e.nrr),
            )
            for e in k.elements
        ],
        index=None if k.index is None else float(k.index),
        grade=k.grade,
        grade_label=k.grade_label,
    )
