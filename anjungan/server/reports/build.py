"""Assemble a `ReportData` for one query in one read transaction.

The period is of local dates in ``zone`` (the service point's zone: a working day and
an hour of the day are local); ``today`` decides what is overdue. Neither is read from
the system clock here (core/clock.py convention): callers pass them.
"""

from __future__ import annotations

from datetime import date, tzinfo
from zoneinfo import ZoneInfo

from anjungan.server.db import Database
from anjungan.server.reports.complaints import fetch_complaints
from anjungan.server.reports.model import ReportData, ReportQuery
from anjungan.server.reports.queue import fetch_queue
from anjungan.server.reports.services import fetch_services
from anjungan.server.reports.skm import fetch_skm

JAKARTA = ZoneInfo("Asia/Jakarta")


def office_label(office_code: str | None) -> str:
    return f"Kantor {office_code}" if office_code else "Semua kantor"


def build_report(
    db: Database,
    query: ReportQuery,
    *,
    today: date,
    zone: tzinfo = JAKARTA,
    office_name: str | None = None,
) -> ReportData:
    with db.read() as session, session.begin():
        return ReportData(
            query=query,
            office_label=office_name or office_label(query.office_code),
            queue=fetch_queue(session, query, zone),
            services=fetch_services(session, query, zone),
            complaints=fetch_complaints(session, query, zone, today),
            skm=fetch_skm(session, query, zone),
        )
