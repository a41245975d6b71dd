"""Small, hand-made participant families for the server tests, loaded by the bulk loader.

The figures are chosen so that a test can compute what the server must answer by hand:
"today" is the fixture clock's 23 November 2026. NIKs follow DOMAIN.md's layout
(``PP KK CC DDMMYY SSSS``, women's day + 40) and are valid for `parse_nik`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from anjungan.core.clock import FixedClock
from anjungan.core.domain.billing import YearMonth
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.server.db import Database
from anjungan.server.models.participants import Participant
from anjungan.server.services.participant_loader import load_families
from anjungan.server.settings import ServerSettings

TODAY = date(2026, 11, 23)


def nik(kecamatan: str, birth: date, *, female: bool = False, serial: int = 1) -> str:
    day = birth.day + 40 if female else birth.day
    return f"{kecamatan}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


@dataclass(frozen=True)
class Person:
    nik: str
    name: str
    sex: str
    birth_date: date
    relation: str
    card_number: str
    phone: str | None = None


@dataclass(frozen=True)
class Paid:
    month: YearMonth
    amount: int
    paid_on: date


@dataclass(frozen=True)
class Household:
    kk: str
    members: tuple[Person, ...]
    segment: Segment
    care_class: CareClass
    paid_through: YearMonth
    wage: int | None = None
    fktp_code: str = "0901P001"
    province_code: str = "31"
    kabkota_code: str = "3171"
    kecamatan_code: str = "317101"
    address: str = "Jl. Melati Rahasia No. 7, Kec. Gambir, Kota Jakarta Pusat"
    registered_on: date = date(2018, 2, 5)
    payments: tuple[Paid, ...] = field(default_factory=tuple)


def _person(
    number: int, relation: str, name: str, birth: date, *, female: bool, phone: str | None
) -> Person:
    return Person(
        nik=nik("317101", birth, female=female, serial=number),
        name=name,
        sex="P" if female else "L",
        birth_date=birth,
        relation=relation,
        card_number=f"00019{number:08d}",
        phone=phone,
    )


def family_of_four(
    first: int, segment: Segment, care_class: CareClass, paid_through: YearMonth, **kw: object
) -> Household:
    """Head (phone), spouse (phone), two children; numbers ``first`` .. ``first + 3``."""
    members = (
        _person(first, "HEAD", "SUPARMAN RAHARJO", date(1980, 3, 12), female=False,
                phone="+6281299887766"),
        _person(first + 1, "SPOUSE", "SITI KHADIJAH", date(1983, 7, 25), female=True,
                phone="+6281377665544"),
        _person(first + 2, "CHILD", "RIZKY AMALIA", date(2010, 1, 5), female=True, phone=None),
        _person(first + 3, "CHILD", "BAGUS PRAKOSO", date(2014, 9, 17), female=False, phone=None),
    )  # fmt: skip
    return Household(
        kk=f"3171010203{first:06d}",
        members=members,
        segment=segment,
        care_class=care_class,
        paid_through=paid_through,
        **kw,
    )


def single(
    number: int,
    segment: Segment,
    care_class: CareClass,
    paid_through: YearMonth,
    *,
    name: str = "HENDRA WIJAYA",
    birth: date = date(1970, 2, 28),
    female: bool = False,
    **kw: object,
) -> Household:
    person = _person(number, "HEAD", name, birth, female=female, phone="+6281211112222")
    return Household(
        kk=f"3171010203{number:06d}",
        members=(person,),
        segment=segment,
        care_class=care_class,
        paid_through=paid_through,
        **kw,
    )


CURRENT = YearMonth(2026, 11)

# The families every participant test starts with (numbers are card/NIK serials).
PBPU_ACTIVE = family_of_four(10, Segment.PBPU, CareClass.III, CURRENT)
PBPU_ARREARS_5 = family_of_four(20, Segment.PBPU, CareClass.III, YearMonth(2026, 5))
PBI = family_of_four(30, Segment.PBI_JK, CareClass.III, YearMonth(2025, 1))
PPU = family_of_four(40, Segment.PPU_BU, CareClass.I, CURRENT, wage=15_000_000)
PBPU_CLASS_II = single(50, Segment.PBPU, CareClass.II, CURRENT)
ARREARS_30 = single(60, Segment.PBPU, CareClass.I, YearMonth(2024, 4), name="AGUS SALIM")
DOMAIN_CARD = Household(
    kk="3171010203000070",
    members=(
        Person(
            nik=nik("317101", date(1975, 8, 14), serial=70),
            name="AHMAD FAUZI",
            sex="L",
            birth_date=date(1975, 8, 14),
            relation="HEAD",
            card_number="0001944358911",  # DOMAIN.md's example card
        ),
    ),
    segment=Segment.PBPU,
    care_class=CareClass.II,
    paid_through=CURRENT,
)
EVERYONE = (PBPU_ACTIVE, PBPU_ARREARS_5, PBI, PPU, PBPU_CLASS_II, ARREARS_30, DOMAIN_CARD)


def load(db: Database, clock: FixedClock, *households: Household) -> None:
    # The loader reads only the clock of the settings (for its audit row).
    load_families(db, ServerSettings(clock=clock), households or EVERYONE)


def update_member(db: Database, nik_: str, **values: object) -> None:
    with db.write() as session:
        member = session.scalar(select(Participant).where(Participant.nik == nik_))
        assert member is not None
        for key, value in values.items():
            setattr(member, key, value)
