"""A counter's local store seeded for the Reports tests: plain facts, then the records.

The facts (`REGISTRATIONS`, `DATA_CHANGES`, `INFO_REQUESTS`, `COMPLAINTS`) are what a
test reads to compute its expected figures by hand; `seed` writes them with
`store_factories` builders through the unit of work (each record with its outbox row),
with the creation times stated here. November 2026 has no national holiday, so working
days are Monday to Friday. Holds no rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.store.engine import Store
from anjungan.core.store.models import ComplaintEvent, InfoRequest
from anjungan.core.store.uow import UnitOfWork
from tests.helpers import store_factories
from tests.helpers.store_factories import DEVICE, OFFICE, OFFICER, SequentialIds

TODAY = date(2026, 11, 23)  # a Monday
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)


def at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=WIB)


@dataclass(frozen=True)
class RegistrationFact:
    at: datetime
    segment: str
    members: int


@dataclass(frozen=True)
class CountedFact:
    at: datetime
    key: str  # change type or topic


@dataclass(frozen=True)
class ComplaintFact:
    received: datetime
    channel: str
    category: str
    moves: tuple[tuple[str, datetime, bool | None], ...] = ()
    """(action, at, satisfied) after the receipt, in order."""


REGISTRATIONS = (
    RegistrationFact(at(TODAY, 8, 30), "PBPU", 3),
    RegistrationFact(at(TODAY, 8, 45), "PBPU", 2),
    RegistrationFact(at(date(2026, 11, 20)), "PPU_BU", 4),
    # 00:10 WIB on 1 November is still 31 October in UTC: it belongs to November.
    RegistrationFact(at(date(2026, 11, 1), 0, 10), "PBPU", 1),
    RegistrationFact(at(date(2026, 10, 31), 23, 30), "PBPU", 2),  # October
)
DATA_CHANGES = (
    CountedFact(at(TODAY, 8, 10), "fktp"),
    CountedFact(at(TODAY, 8, 20), "fktp"),
    CountedFact(at(TODAY, 8, 40), "contact"),
    CountedFact(at(date(2026, 11, 10)), "care_class"),
    CountedFact(at(date(2026, 10, 30)), "care_class"),  # October
)
INFO_REQUESTS = (
    *(CountedFact(at(TODAY, 8, m), "contributions") for m in (1, 2, 3)),
    CountedFact(at(TODAY, 8, 4), "registration"),
    CountedFact(at(date(2026, 11, 5)), "mobile_jkn"),
    CountedFact(at(date(2026, 11, 6)), "mobile_jkn"),
    CountedFact(at(date(2026, 10, 5)), "benefits"),  # October
)
MON2, TUE3, WED4 = date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 4)
COMPLAINTS = (
    # In person: due the next working day (Tue 3); answered Tue 3; closed Wed 4.
    ComplaintFact(
        at(MON2),
        "direct",
        "membership",
        (
            ("start", at(MON2, 10), None),
            ("answer", at(TUE3), None),
            ("confirm", at(TUE3, 11), True),
            ("close", at(WED4), None),
        ),
    ),
    # Written: due 3 working days later (Thu 5); answered Mon 9: late; closed Tue 10.
    ComplaintFact(
        at(MON2, 10),
        "written",
        "contributions",
        (
            ("start", at(MON2, 11), None),
            ("answer", at(date(2026, 11, 9)), None),
            ("confirm", at(date(2026, 11, 9), 11), False),
            ("close", at(date(2026, 11, 10)), None),
        ),
    ),
    # In person on Wed 4, never answered: overdue since Fri 6.
    ComplaintFact(at(WED4), "direct", "membership"),
    # By phone this morning: due tomorrow, not overdue.
    ComplaintFact(at(TODAY, 8), "oral", "fktp_service"),
    # October: outside this month.
    ComplaintFact(at(date(2026, 10, 30)), "direct", "membership"),
)


def _uow(store: Store, ids: SequentialIds) -> UnitOfWork:
    return UnitOfWork(store, device_id=DEVICE, clock=FixedClock(NOW), new_id=ids)


def seed(store: Store) -> None:
    """Write every fact above into ``store``."""
    ids = SequentialIds()
    with _uow(store, ids) as uow:
        for reg in REGISTRATIONS:
            record = store_factories.registration(member_count=reg.members, segment=reg.segment)
            record.created_at = reg.at
            uow.add_record(record)
        for change in DATA_CHANGES:
            uow.add_record(
                store_factories.data_change(change_type=change.key, created_at=change.at)
            )
        for info in INFO_REQUESTS:
            uow.add_record(
                InfoRequest(
                    channel="direct",
                    topic=info.key,
                    question="",
                    officer_id=OFFICER,
                    office_code=OFFICE,
                    created_at=info.at,
                )
            )
        for fact in COMPLAINTS:
            complaint = store_factories.complaint(
                channel=fact.channel,
                category=fact.category,
                received_at=fact.received,
                cause="Sebab",
                created_at=fact.received,
            )
            uow.add_record(complaint)
            for action, moved_at, satisfied in fact.moves:
                data: dict[str, object] = {"role": "officer"}
                if satisfied is not None:
                    data["satisfied"] = satisfied
                uow.add_record(
                    ComplaintEvent(
                        complaint=complaint,
                        event_type=action,
                        actor_id=OFFICER,
                        note="Jawaban sudah disampaikan." if action == "answer" else None,
                        data=data,
                        created_at=moved_at,
                    )
                )
        uow.commit()


def working_days_after(start: date, end: date) -> int:
    """Monday-Friday days after ``start`` up to and including ``end`` (no holidays)."""
    return sum(
        1 for n in range(1, (end - start).days + 1) if (start + timedelta(days=n)).weekday() < 5
    )
