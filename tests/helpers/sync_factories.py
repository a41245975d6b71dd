"""Counter records that pass the server's checks, written to a local store as a counter does.

Built with the local store factories (`store_factories`), so what is pushed is what the
real counter pushes. Every person gets a NIK no other test family uses (the server
refuses a NIK registered twice): family ``f`` (0 <= f < 99,990) member ``i`` is born on
a date derived from ``i`` and ``f // 9999`` with serial ``f % 9999 + 1``; women carry
the +40 on the day, as DOMAIN.md "Identity" says. Families have 2-4 members.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta

from anjungan.core.clock import Clock
from anjungan.core.store.engine import Store
from anjungan.core.store.models import Complaint, ComplaintEvent, Registration, RegistrationMember
from anjungan.core.store.uow import UnitOfWork
from tests.helpers import store_factories

MAX_FAMILIES = 99_990
ROLES = ("head", "spouse", "child", "child")
FAMILIES_PER_COUNTER = 4_000  # family numbers of counter c start at c * this


def member_count(family: int) -> int:
    return 2 + family % 3


def family_members(family: int) -> list[RegistrationMember]:
    if not 0 <= family < MAX_FAMILIES:
        raise ValueError("family number out of range")
    decade, serial = divmod(family, 9999)
    members = []
    for i in range(member_count(family)):
        born = date(1950 + 10 * i + decade, 1 + i, 10)
        female = i % 2 == 1
        day = born.day + (40 if female else 0)
        nik = f"317101{day:02d}{born.month:02d}{born.year % 100:02d}{serial + 1:04d}"
        members.append(
            RegistrationMember(
                position=i + 1,
                nik=nik,
                name=f"Anggota {chr(65 + i)} Keluarga",
                sex="P" if female else "L",
                birth_date=born,
                family_role=ROLES[i],
            )
        )
    return members


def family_registration(family: int) -> Registration:
    return store_factories.registration(members=family_members(family))


def add_registrations(
    store: Store,
    *,
    device_id: str,
    clock: Clock,
    families: range,
    per_commit: int = 1,
    new_id: Callable[[], uuid.UUID] = uuid.uuid4,
) -> list[uuid.UUID]:
    """One registration (and its outbox row) per family number; their record uuids."""
    made: list[uuid.UUID] = []
    numbers = list(families)
    for start in range(0, len(numbers), per_commit):
        with UnitOfWork(store, device_id=device_id, clock=clock, new_id=new_id) as uow:
            for family in numbers[start : start + per_commit]:
                entry = uow.add_record(family_registration(family))
                made.append(entry.record_uuid)
            uow.commit()
    return made


def add_complaint_with_steps(
    store: Store, *, device_id: str, clock: Clock, steps: bool = True
) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """A complaint received an hour ago and, if ``steps``, its start and answer steps,
    each its own record and outbox row (one transaction each, as the officer saves them).
    """
    received: datetime = clock.now() - timedelta(hours=1)
    events: list[uuid.UUID] = []
    with UnitOfWork(store, device_id=device_id, clock=clock) as uow:
        parent: Complaint = store_factories.complaint(
            category="fktp_service",
            cause="Data iuran belum tercatat di sistem.",
            received_at=received,
        )
        uow.add_record(parent)
        uow.commit()
    if steps:
        for event_type, note in (("start", None), ("answer", "Kartu sudah aktif kembali.")):
            with UnitOfWork(store, device_id=device_id, clock=clock) as uow:
                mine = uow.complaints.get(parent.uuid)
                assert mine is not None
                event = ComplaintEvent(
                    complaint=mine,
                    event_type=event_type,
                    actor_id=store_factories.OFFICER,
                    note=note,
                )
                uow.add_record(event)
                uow.commit()
                events.append(event.uuid)
    return parent.uuid, events
