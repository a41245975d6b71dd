"""The counter's own month for tools/counter_screenshots.py: three weeks of families
registered, data changed, questions answered and complaints handled, written through the
use cases with the clock of each day, so the Reports screen's local part has figures.
Names and NIKs are plausible for Kota Jakarta Pusat (DOMAIN.md's NIK layout), not real.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.domain.changes import FamilyChangeKind, FktpChangeReason
from anjungan.core.domain.complaints import Action, Category, Channel, Role
from anjungan.core.domain.registration import required_documents
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.services.complaint_actions import Move, act_on_complaint
from anjungan.core.services.complaints import ComplaintForm, log_complaint
from anjungan.core.services.data_change_forms import (
    ChangeForm,
    ClassChange,
    ContactChange,
    FamilyAddition,
    FktpChange,
    Subject,
)
from anjungan.core.services.data_changes import documents_needed, record_data_change
from anjungan.core.services.forms import Desk
from anjungan.core.services.info_requests import InfoTopic, log_info_request
from anjungan.core.services.registration import register_participant
from anjungan.core.services.registration_form import (
    AddressEntry,
    AutodebitEntry,
    FamilyRole,
    MemberEntry,
    RegistrationForm,
)
from anjungan.core.store.engine import Store
from anjungan.core.store.uow import UnitOfWork
from tests.helpers.demo_server import OFFICE
from tools.counter_screenshots_more import COUNTER_DEVICE, NOW

MEN = ("Budi", "Agus", "Joko", "Dedi", "Rudi", "Hendra", "Wahyu", "Yusuf", "Fajar", "Rizky")
WOMEN = ("Siti", "Dewi", "Sri", "Rina", "Lestari", "Nur", "Wulan", "Putri", "Ayu", "Indah")
SURNAMES = ("Santoso", "Wijaya", "Saputra", "Hidayat", "Nugroho", "Kurniawan", "Pratama")
STREETS = ("Jl. Kebon Sirih", "Jl. Cikini Raya", "Jl. Kramat Raya", "Jl. Tanah Abang II")


def nik(kecamatan: str, born: date, female: bool, serial: int) -> str:
    """A NIK of Kota Jakarta Pusat in DOMAIN.md's layout (women: day + 40)."""
    day = born.day + (40 if female else 0)
    return f"3171{kecamatan}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


def family_form(
    rng: random.Random, serial: int, segment: Segment = Segment.PBPU
) -> RegistrationForm:
    """A family of two to five of a mandiri ``segment``, as the wizard hands it over."""
    kecamatan = rng.choice(("01", "02", "03", "04", "05"))
    surname = rng.choice(SURNAMES)
    head_born = date(rng.randint(1972, 1996), rng.randint(1, 12), rng.randint(1, 28))
    people = [(f"{rng.choice(MEN)} {surname}", head_born, False, FamilyRole.HEAD)]
    spouse_born = head_born + timedelta(days=rng.randint(300, 1500))
    people.append(
        (f"{rng.choice(WOMEN)} {rng.choice(SURNAMES)}", spouse_born, True, FamilyRole.SPOUSE)
    )
    for _ in range(rng.randint(0, 3)):
        female = rng.random() < 0.5
        born = date(rng.randint(2010, 2024), rng.randint(1, 12), rng.randint(1, 28))
        first = rng.choice(WOMEN if female else MEN)
        people.append((f"{first} {surname}", born, female, FamilyRole.CHILD))
    members = tuple(
        MemberEntry(nik(kecamatan, born, female, serial * 10 + i + 1), name, role)
        for i, (name, born, female, role) in enumerate(people)
    )
    rt, rw = rng.randint(1, 9), rng.randint(1, 9)
    street = f"{rng.choice(STREETS)} No. {rng.randint(1, 120)} RT 0{rt}/RW 0{rw}"
    return RegistrationForm(
        segment=segment,
        kk_number=f"3171{kecamatan}{rng.randint(100000, 999999)}{serial:04d}",
        kk_member_count=len(members),
        members=members,
        address=AddressEntry("31", "3171", f"3171{kecamatan}", street),
        phone=f"0812{rng.randint(1000, 9999)}{rng.randint(1000, 9999)}",
        fktp_code="0138U020",
        care_class=rng.choice((CareClass.I, CareClass.II, CareClass.III, CareClass.III)),
        documents=frozenset(required_documents(segment)),
        autodebit=AutodebitEntry("BRI", f"0023010{rng.randint(10000000, 99999999)}", people[0][0]),
    )


TOPICS = (
    (InfoTopic.CONTRIBUTIONS, 9),
    (InfoTopic.ARREARS, 6),
    (InfoTopic.MOBILE_JKN, 5),
    (InfoTopic.MEMBERSHIP_STATUS, 5),
    (InfoTopic.FKTP_CHANGE, 3),
    (InfoTopic.REGISTRATION, 3),
    (InfoTopic.BENEFITS, 2),
    (InfoTopic.CLASS_CHANGE, 1),
)
CHANNELS = (Channel.DIRECT, Channel.DIRECT, Channel.DIRECT, Channel.ORAL, Channel.WRITTEN)
CATEGORIES = (Category.CONTRIBUTIONS, Category.MEMBERSHIP, Category.FKTP_SERVICE, Category.REFERRAL)


def _moment(day: date, rng: random.Random) -> FixedClock:
    minute = rng.randrange(8 * 60, 15 * 60)
    return FixedClock(datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=WIB))


def seed_month(store: Store) -> None:
    """Three weeks of this counter before today, through the use cases with the clock of
    each day: families registered, questions answered, complaints received and handled."""
    rng = random.Random(23)
    desk = Desk("petugas01", OFFICE)
    day, serial = date(2026, 11, 2), 100
    while day < NOW.date():
        if day.weekday() >= 5:
            day += timedelta(days=1)
            continue
        for _ in range(rng.randint(1, 3)):
            clock = _moment(day, rng)
            serial += 1
            uow = UnitOfWork(store, device_id=COUNTER_DEVICE, clock=clock)
            segment = Segment.BP if rng.random() < 0.25 else Segment.PBPU
            form = family_form(rng, serial, segment)
            register_participant(uow, form, today=day, desk=desk)
        for _ in range(rng.randint(0, 3)):
            clock = _moment(day, rng)
            uow = UnitOfWork(store, device_id=COUNTER_DEVICE, clock=clock)
            record_data_change(uow, _change(rng), today=day, desk=desk)
        topics = [topic for topic, weight in TOPICS for _ in range(weight)]
        for _ in range(rng.randint(4, 9)):
            clock = _moment(day, rng)
            uow = UnitOfWork(store, device_id=COUNTER_DEVICE, clock=clock)
            log_info_request(uow, rng.choice(topics), rng.choice(CHANNELS), desk=desk)
        if rng.random() < 0.6:
            _complaint(store, day, rng, desk)
        day += timedelta(days=1)


def _change(rng: random.Random) -> ChangeForm:
    """One of the changes asked most at a desk, for a participant of the seeded month."""
    born = date(rng.randint(1970, 1995), rng.randint(1, 12), rng.randint(1, 28))
    subject = Subject(f"00019443{rng.randint(10000, 99999)}", nik("01", born, False, 1))
    baby = nik("01", date(2026, rng.randint(8, 10), rng.randint(1, 28)), True, 2)
    kind = rng.choices(("contact", "fktp", "newborn", "class"), (5, 4, 2, 2))[0]
    if kind == "contact":
        return ContactChange(subject, phone=f"0813{rng.randint(10000000, 99999999)}")
    if kind == "fktp":
        fktp = FktpChange(
            subject,
            segment=Segment.PBPU,
            reason=FktpChangeReason.MOVED_DOMICILE,
            fktp_code="0138U020",
        )
        return replace(fktp, documents=frozenset(documents_needed(fktp)))
    if kind == "newborn":
        newborn = FamilyAddition(
            subject,
            kind=FamilyChangeKind.ADD_NEWBORN,
            member_nik=baby,
            member_name=f"{rng.choice(WOMEN)} {rng.choice(SURNAMES)}",
        )
        return replace(newborn, documents=frozenset(documents_needed(newborn)))
    return ClassChange(  # this form carries no documents
        subject,
        segment=Segment.PBPU,
        current_class=CareClass.III,
        requested_class=CareClass.II,
        class_since="01-01-2025",
        months_in_arrears="0",
        family_members="4",
        members_requested="4",
    )


def _complaint(store: Store, day: date, rng: random.Random, desk: Desk) -> None:
    clock = _moment(day, rng)
    form = ComplaintForm(
        channel=rng.choice(CHANNELS),
        category=rng.choice(CATEGORIES),
        identifier=f"00019443{rng.randint(10000, 99999)}",
        name=f"{rng.choice(WOMEN + MEN)} {rng.choice(SURNAMES)}",
        problem="Kartu tidak aktif padahal iuran sudah dibayar.",
        cause="Pembayaran belum tercatat.",
    )
    uow = UnitOfWork(store, device_id=COUNTER_DEVICE, clock=clock)
    uuid = log_complaint(uow, form, clock=clock, desk=desk).record.uuid
    later = clock.now() + timedelta(hours=1)
    steps = [Move(Action.START), Move(Action.ANSWER, "Iuran sudah tercatat; kartu aktif lagi.")]
    if rng.random() < 0.8:
        satisfied = rng.random() < 0.8
        steps += [Move(Action.CONFIRM, satisfied=satisfied), Move(Action.CLOSE)]
    for move in steps[: rng.choice((1, 2, len(steps), len(steps)))]:
        later += timedelta(hours=rng.choice((1, 3, 20, 26)))
        at = FixedClock(min(later, NOW))
        uow = UnitOfWork(store, device_id=COUNTER_DEVICE, clock=at)
        act_on_complaint(uow, uuid, move, role=Role.OFFICER, clock=at, desk=desk)
