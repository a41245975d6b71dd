"""An office's queue setup: its lines, counters and call policy, and the office row lock.

Owns seeding an office from `core.domain.queue.DEFAULT_SERVICES` on its first queue
write (or on request), reading and changing lines, counters and the interleaving and
recall policies, and `lock_office`: every write that appends a queue event holds the
office row ``FOR UPDATE`` first, so one office's events commit in id order. Reads of
an office never written to see the defaults. Must not issue or move tickets
(`services/queue.py`). Source: DOMAIN.md "Queue" (services of seeds 003/004; fair
interleaving, 1 priority per 2 normal by default, configurable).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import inspect, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from anjungan.core.domain.queue import DEFAULT_SERVICES, ServiceDef, service_by_code
from anjungan.core.domain.queue_policy import InterleavePolicy
from anjungan.core.domain.queue_ticket import RecallPolicy
from anjungan.core.errors import ValidationError
from anjungan.core.wire.queue import (
    CounterOut,
    CounterSetup,
    QueueConfig,
    QueueServiceOut,
    QueueServiceSetup,
)
from anjungan.server.audit import audit
from anjungan.server.auth import Principal
from anjungan.server.db import ServerBase
from anjungan.server.errors import Conflict, NotFound
from anjungan.server.models.queue import QueueCounter, QueueOffice, QueueService
from anjungan.server.settings import ServerSettings


@dataclass(frozen=True)
class Line:
    """One configured line: the domain's `ServiceDef` and whether it takes tickets now."""

    service: ServiceDef
    active: bool


@dataclass(frozen=True)
class Counter:
    number: int
    name: str
    services: tuple[str, ...]
    active: bool

    def serves(self, service_code: str) -> bool:
        return not self.services or service_code in self.services

    @property
    def code(self) -> str:
        """The counter as `core.domain.queue_ticket` names it."""
        return str(self.number)


@dataclass(frozen=True)
class OfficeSetup:
    lines: tuple[Line, ...]
    counters: tuple[Counter, ...]
    interleave: InterleavePolicy
    recall: RecallPolicy

    def active_services(self) -> tuple[ServiceDef, ...]:
        return tuple(line.service for line in self.lines if line.active)

    def service(self, code: str) -> ServiceDef:
        """An active line by code; 404 ``queue_service_unknown`` for an unknown or closed one
        (a reference to a line that does not exist here, however well formed)."""
        try:
            return service_by_code(self.active_services(), code)
        except ValidationError:
            raise NotFound(
                "Layanan antrean", "The queue service", code="queue_service_unknown"
            ) from None

    def counter(self, number: int) -> Counter:
        for counter in self.counters:
            if counter.number == number:
                return counter
        raise NotFound("Loket", "The counter", code="queue_counter_unknown")

    def open_counters(self, service_code: str) -> int:
        return sum(1 for c in self.counters if c.active and c.serves(service_code))


_DEFAULT_RATIO = InterleavePolicy()  # DOMAIN.md "Queue": 1 priority per 2 normal
_DEFAULT_RECALL = RecallPolicy()


def insert_or_ignore(session: Session, table: type[ServerBase], **values: object) -> bool:
    """INSERT ``values`` unless the key exists; True when this call inserted the row.

    On PostgreSQL a concurrent inserter of the same key is waited for, then skipped.
    """
    key = inspect(table).primary_key
    if session.get_bind().dialect.name == "postgresql":
        pg = postgresql.insert(table).values(**values).on_conflict_do_nothing()
        return session.execute(pg.returning(*key)).first() is not None
    lite = sqlite.insert(table).values(**values).on_conflict_do_nothing()
    return session.execute(lite.returning(*key)).first() is not None


def _seed(session: Session, office_code: str, now: datetime) -> bool:
    """Create the office row and its default lines unless a concurrent writer did."""
    created = insert_or_ignore(
        session,
        QueueOffice,
        office_code=office_code,
        normal_calls=_DEFAULT_RATIO.normal_calls,
        priority_calls=_DEFAULT_RATIO.priority_calls,
        recalls_before_no_show=_DEFAULT_RECALL.recalls_before_no_show,
        enforce_recalls=_DEFAULT_RECALL.enforce,
        seeded_at=now,
        updated_at=now,
    )
    if not created:
        return False
    for position, service in enumerate(DEFAULT_SERVICES):
        session.add(_service_row(office_code, service, active=True, position=position))
    session.flush()
    return True


def _service_row(
    office_code: str, service: ServiceDef, *, active: bool, position: int
) -> QueueService:
    return QueueService(
        office_code=office_code,
        code=service.code,
        prefix=service.prefix,
        name_id=service.name_id,
        name_en=service.name_en,
        first_number=service.first_number,
        last_number=service.last_number,
        standard_service_minutes=service.standard_service_minutes,
        standard_waiting_minutes=service.standard_waiting_minutes,
        active=active,
        position=position,
    )


def ensure_office(session: Session, settings: ServerSettings, principal: Principal) -> None:
    """Seed the caller's office on its first queue write (no lock held afterwards)."""
    office = principal.office_code
    if session.get(QueueOffice, office) is None and _seed(session, office, settings.clock.now()):
        audit(session, settings, principal, "queue.office.seed", "queue_office", office)


def lock_office(session: Session, settings: ServerSettings, principal: Principal) -> QueueOffice:
    """The caller's office row, locked FOR UPDATE until commit (seeded if new).

    Every transaction that appends a queue event takes this lock before the insert, so
    event ids of one office become visible in increasing order and a reader resuming
    after id N can never miss a smaller id committed later.
    """
    ensure_office(session, settings, principal)
    query = select(QueueOffice).where(QueueOffice.office_code == principal.office_code)
    return session.execute(query.with_for_update()).scalar_one()


def load_setup(session: Session, office_code: str) -> OfficeSetup:
    """The office's lines, counters and policies; the defaults if it was never written."""
    office = session.get(QueueOffice, office_code)
    if office is None:
        lines = tuple(Line(service, True) for service in DEFAULT_SERVICES)
        return OfficeSetup(
            lines, _counters(session, office_code), InterleavePolicy(), RecallPolicy()
        )
    rows = session.scalars(
        select(QueueService)
        .where(QueueService.office_code == office_code)
        .order_by(QueueService.position, QueueService.id)
    )
    return OfficeSetup(
        lines=tuple(Line(_service_def(row), row.active) for row in rows),
        counters=_counters(session, office_code),
        interleave=InterleavePolicy(office.normal_calls, office.priority_calls),
        recall=RecallPolicy(office.recalls_before_no_show, office.enforce_recalls),
    )


def _service_def(row: QueueService) -> ServiceDef:
    return ServiceDef(
        code=row.code,
        prefix=row.prefix,
        name_id=row.name_id,
        name_en=row.name_en,
        first_number=row.first_number,
        last_number=row.last_number,
        standard_service_minutes=row.standard_service_minutes,
        standard_waiting_minutes=row.standard_waiting_minutes,
    )


def _counters(session: Session, office_code: str) -> tuple[Counter, ...]:
    rows = session.scalars(
        select(QueueCounter)
        .where(QueueCounter.office_code == office_code)
        .order_by(QueueCounter.number)
    )
    return tuple(Counter(r.number, r.name, tuple(r.services), r.active) for r in rows)


# --- reading and changing the setup ----------------------------------------------------


def service_out(line: Line) -> QueueServiceOut:
    s = line.service
    return QueueServiceOut(
        code=s.code,
        prefix=s.prefix,
        name_id=s.name_id,
        name_en=s.name_en,
        first_number=s.first_number,
        last_number=s.last_number,
        standard_service_minutes=s.standard_service_minutes,
        standard_waiting_minutes=s.standard_waiting_minutes,
        active=line.active,
    )


def list_services(
    session: Session, principal: Principal, *, active_only: bool
) -> list[QueueServiceOut]:
    lines = load_setup(session, principal.office_code).lines
    return [service_out(line) for line in lines if line.active or not active_only]


def seed_services(
    session: Session, settings: ServerSettings, principal: Principal
) -> list[QueueServiceOut]:
    """Add any default line the office lacks (existing lines are left as configured)."""
    lock_office(session, settings, principal)
    office = principal.office_code
    existing = session.scalars(select(QueueService).where(QueueService.office_code == office)).all()
    codes = {row.code for row in existing}
    prefixes = {row.prefix for row in existing}
    added = []
    for position, service in enumerate(DEFAULT_SERVICES, start=len(existing)):
        if service.code not in codes and service.prefix not in prefixes:
            session.add(_service_row(office, service, active=True, position=position))
            added.append(service.code)
    session.flush()
    audit(session, settings, principal, "queue.services.seed", "queue_office", office, added=added)
    return list_services(session, principal, active_only=False)


def configure_service(
    session: Session,
    settings: ServerSettings,
    principal: Principal,
    code: str,
    body: QueueServiceSetup,
) -> QueueServiceOut:
    """Create or change one line. Labels of tickets already issued keep their old form."""
    if body.first_number > body.last_number:
        raise ValidationError(
            "last_number",
            "queue_range_invalid",
            "Nomor akhir harus sama atau lebih besar dari nomor awal.",
            "The last number must be at least the first number.",
        )
    service = ServiceDef(
        code=code,
        prefix=body.prefix,
        name_id=body.name_id,
        name_en=body.name_en,
        first_number=body.first_number,
        last_number=body.last_number,
        standard_service_minutes=body.standard_service_minutes,
        standard_waiting_minutes=body.standard_waiting_minutes,
    )
    lock_office(session, settings, principal)
    office = principal.office_code
    rows = session.scalars(select(QueueService).where(QueueService.office_code == office)).all()
    if any(row.prefix == body.prefix and row.code != code for row in rows):
        raise Conflict(
            "queue_prefix_taken",
            f"Awalan {body.prefix} sudah dipakai layanan lain. Pilih awalan lain.",
            f"Prefix {body.prefix} is used by another service. Choose another prefix.",
        )
    row = next((r for r in rows if r.code == code), None)
    if row is None:
        row = _service_row(office, service, active=body.active, position=len(rows))
        session.add(row)
    else:
        for column, value in body.model_dump().items():
            setattr(row, column, value)
    session.flush()
    audit(
        session,
        settings,
        principal,
        "queue.service.configure",
        "queue_service",
        code,
        prefix=body.prefix,
        first_number=body.first_number,
        last_number=body.last_number,
        active=body.active,
    )
    return service_out(Line(service, body.active))


def counter_out(counter: Counter) -> CounterOut:
    return CounterOut(
        number=counter.number,
        name=counter.name,
        services=list(counter.services),
        active=counter.active,
    )


def list_counters(session: Session, principal: Principal) -> list[CounterOut]:
    return [counter_out(c) for c in _counters(session, principal.office_code)]


def configure_counter(
    session: Session,
    settings: ServerSettings,
    principal: Principal,
    number: int,
    body: CounterSetup,
) -> CounterOut:
    lock_office(session, settings, principal)
    office = principal.office_code
    setup = load_setup(session, office)
    known = {line.service.code for line in setup.lines}
    unknown = [code for code in body.services if code not in known]
    if unknown:
        raise NotFound("Layanan antrean", "The queue service", code="queue_service_unknown")
    services = sorted(set(body.services))
    row = session.scalar(
        select(QueueCounter).where(
            QueueCounter.office_code == office, QueueCounter.number == number
        )
    )
    if row is None:
        row = QueueCounter(office_code=office, number=number)
        session.add(row)
    row.name, row.services, row.active = body.name, services, body.active
    session.flush()
    audit(
        session,
        settings,
        principal,
        "queue.counter.configure",
        "queue_counter",
        number,
        services=services,
        active=body.active,
    )
    return CounterOut(number=number, name=body.name, services=services, active=body.active)


def get_config(session: Session, principal: Principal) -> QueueConfig:
    setup = load_setup(session, principal.office_code)
    return QueueConfig(
        normal_calls=setup.interleave.normal_calls,
        priority_calls=setup.interleave.priority_calls,
        recalls_before_no_show=setup.recall.recalls_before_no_show,
        enforce_recalls=setup.recall.enforce,
    )


def set_config(
    session: Session, settings: ServerSettings, principal: Principal, body: QueueConfig
) -> QueueConfig:
    office = lock_office(session, settings, principal)
    office.normal_calls = body.normal_calls
    office.priority_calls = body.priority_calls
    office.recalls_before_no_show = body.recalls_before_no_show
    office.enforce_recalls = body.enforce_recalls
    office.updated_at = settings.clock.now()
    audit(
        session,
        settings,
        principal,
        "queue.config.update",
        "queue_office",
        principal.office_code,
        **body.model_dump(),
    )
    return body
