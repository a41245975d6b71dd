"""The server's working-day calendar: the `holidays` package plus a local override table.

Owns loading `WorkingCalendar` with this server's overrides (DOMAIN.md "Working days":
Monday-Friday minus national holidays and cuti bersama; dates are set by decree each
year, so an administrator can correct the package), and the administrator's writes to
that table, each audited and published as reference data so that counters count SLAs
offline on the same days. Must not hold SLA arithmetic (`core.domain.complaint_sla`).
"""

from __future__ import annotations

import functools
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjungan.core.domain.calendar import (
    CalendarOverride,
    OverrideKind,
    WorkingCalendar,
    load_indonesian_holidays,
)
from anjungan.server.audit import audit, publish_change
from anjungan.server.auth import Principal
from anjungan.server.errors import NotFound
from anjungan.server.models.complaints import CalendarOverrideRecord
from anjungan.server.services.sync_feed import REFERENCE_KIND
from anjungan.server.settings import ServerSettings

# The holidays of a year never change within one package version; load each year once.
_holidays = functools.lru_cache(maxsize=32)(load_indonesian_holidays)


def load_calendar(session: Session) -> WorkingCalendar:
    rows = session.scalars(select(CalendarOverrideRecord).order_by(CalendarOverrideRecord.day))
    overrides = [CalendarOverride(r.day, OverrideKind(r.kind), r.name) for r in rows]
    return WorkingCalendar(overrides, loader=_holidays)


def put_override(
    session: Session, settings: ServerSettings, principal: Principal, override: CalendarOverride
) -> CalendarOverrideRecord:
    row = session.get(CalendarOverrideRecord, override.day)
    if row is None:
        row = CalendarOverrideRecord(day=override.day)
        session.add(row)
    row.kind = override.kind.value
    row.name = override.name.strip()
    row.updated_at = settings.clock.now()
    row.updated_by = principal.actor
    session.flush()
    audit(session, settings, principal, "calendar.put", "calendar_override", override.day)
    _publish_calendar(session, settings)
    return row


def delete_override(
    session: Session, settings: ServerSettings, principal: Principal, day: date
) -> None:
    row = session.get(CalendarOverrideRecord, day)
    if row is None:
        raise NotFound("Tanggal pengecualian kalender", "The calendar override")
    session.delete(row)
    session.flush()
    audit(session, settings, principal, "calendar.delete", "calendar_override", day)
    _publish_calendar(session, settings)


def _publish_calendar(session: Session, settings: ServerSettings) -> None:
    rows = session.scalars(select(CalendarOverrideRecord).order_by(CalendarOverrideRecord.day))
    overrides = [{"day": r.day.isoformat(), "kind": r.kind, "name": r.name} for r in rows]
    # Counters count SLAs offline: they need the same table (reference data, every office).
    publish_change(
        session,
        settings,
        REFERENCE_KIND,
        "calendar_overrides",
        {"reference": "calendar_overrides", "overrides": overrides},
    )
