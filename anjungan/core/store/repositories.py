"""Small typed repositories: the queries use cases need, one class per table family.

Each repository wraps the unit of work's `Session` and returns model objects. Records
are added only through `UnitOfWork.add_record` (so that no record exists without its
outbox row), which is why the record repositories have no `add`. Must not commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Generic, TypeVar
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjungan.core.clock import Clock
from anjungan.core.store.models import (
    CalendarOverride,
    Complaint,
    ComplaintEvent,
    DataChange,
    InfoRequest,
    OutboxEntry,
    OutboxStatus,
    Record,
    ReferenceData,
    Registration,
    SurveyResponse,
    SyncState,
)

R = TypeVar("R", bound=Record)


class RecordRepository(Generic[R]):
    model: type[R]

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, record_uuid: UUID) -> R | None:
        return self.session.scalars(
            select(self.model).where(self.model.uuid == record_uuid)
        ).one_or_none()

    def latest(self, limit: int = 50) -> list[R]:
        """Newest first, for the officer's recent-work lists."""
        stmt = select(self.model).order_by(self.model.created_at.desc(), self.model.id.desc())
        return list(self.session.scalars(stmt.limit(limit)))

    def count(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(self.model)) or 0)


class RegistrationRepository(RecordRepository[Registration]):
    model = Registration

    def by_kk_number(self, kk_number: str) -> list[Registration]:
        stmt = select(Registration).where(Registration.kk_number == kk_number)
        return list(self.session.scalars(stmt.order_by(Registration.created_at)))


class ComplaintRepository(RecordRepository[Complaint]):
    model = Complaint

    def events(self, complaint_uuid: UUID) -> list[ComplaintEvent]:
        stmt = (
            select(ComplaintEvent)
            .join(ComplaintEvent.complaint)
            .where(Complaint.uuid == complaint_uuid)
            .order_by(ComplaintEvent.created_at, ComplaintEvent.id)
        )
        return list(self.session.scalars(stmt))


class DataChangeRepository(RecordRepository[DataChange]):
    model = DataChange

    def for_card(self, card_number: str, change_type: str | None = None) -> list[DataChange]:
        """Oldest first; the FKTP and class rules look at the last one."""
        stmt = select(DataChange).where(DataChange.card_number == card_number)
        if change_type is not None:
            stmt = stmt.where(DataChange.change_type == change_type)
        return list(self.session.scalars(stmt.order_by(DataChange.created_at, DataChange.id)))


class InfoRequestRepository(RecordRepository[InfoRequest]):
    model = InfoRequest


class SurveyResponseRepository(RecordRepository[SurveyResponse]):
    model = SurveyResponse


class OutboxRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, client_uuid: UUID) -> OutboxEntry | None:
        stmt = select(OutboxEntry).where(OutboxEntry.client_uuid == client_uuid)
        return self.session.scalars(stmt).one_or_none()

    def for_record(self, record_uuid: UUID) -> list[OutboxEntry]:
        stmt = select(OutboxEntry).where(OutboxEntry.record_uuid == record_uuid)
        return list(self.session.scalars(stmt.order_by(OutboxEntry.local_seq)))

    def with_status(self, status: OutboxStatus, limit: int | None = None) -> list[OutboxEntry]:
        stmt = select(OutboxEntry).where(OutboxEntry.status == status)
        stmt = stmt.order_by(OutboxEntry.local_seq, OutboxEntry.id).limit(limit)
        return list(self.session.scalars(stmt))

    def counts(self) -> dict[OutboxStatus, int]:
        """Rows per status, every status present (zero included), for the sync screen."""
        rows = self.session.execute(
            select(OutboxEntry.status, func.count()).group_by(OutboxEntry.status)
        ).all()
        found = {OutboxStatus(status): int(n) for status, n in rows}
        return {status: found.get(status, 0) for status in OutboxStatus}


class SyncStateRepository:
    def __init__(self, session: Session, clock: Clock) -> None:
        self.session = session
        self.clock = clock

    def get(self, key: str, default: Any = None) -> Any:
        row = self.session.get(SyncState, key)
        return default if row is None else row.value

    def set(self, key: str, value: Any) -> None:
        row = self.session.get(SyncState, key)
        if row is None:
            self.session.add(SyncState(key=key, value=value, updated_at=self.clock.now()))
        else:
            row.value = value
            row.updated_at = self.clock.now()


class CalendarOverrideRepository:
    def __init__(self, session: Session, clock: Clock) -> None:
        self.session = session
        self.clock = clock

    def between(self, first: date, last: date) -> list[CalendarOverride]:
        stmt = select(CalendarOverride).where(CalendarOverride.day.between(first, last))
        return list(self.session.scalars(stmt.order_by(CalendarOverride.day)))

    def put(self, day: date, *, is_holiday: bool, name: str, source: str | None = None) -> None:
        row = self.session.get(CalendarOverride, day)
        if row is None:
            row = CalendarOverride(day=day)
            self.session.add(row)
        row.is_holiday = is_holiday
        row.name = name
        row.source = source
        row.updated_at = self.clock.now()

    def remove(self, day: date) -> None:
        row = self.session.get(CalendarOverride, day)
        if row is not None:
            self.session.delete(row)


class ReferenceDataRepository:
    def __init__(self, session: Session, clock: Clock) -> None:
        self.session = session
        self.clock = clock

    def get(self, kind: str) -> ReferenceData | None:
        return self.session.get(ReferenceData, kind)

    def put(self, kind: str, version: str, payload: Any) -> ReferenceData:
        """Replace the cached copy of `kind` (one row per kind: the newest wins)."""
        row = self.session.get(ReferenceData, kind)
        if row is None:
            row = ReferenceData(kind=kind)
            self.session.add(row)
        row.version = version
        row.payload = payload
        row.fetched_at = self.clock.now()
        return row

    def kinds(self) -> Sequence[str]:
        return list(self.session.scalars(select(ReferenceData.kind).order_by(ReferenceData.kind)))
