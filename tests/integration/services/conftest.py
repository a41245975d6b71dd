"""Fixtures of the counter use-case tests: a migrated SQLite store, a fixed clock, valid forms.

The family is plausible, not real: NIKs follow DOMAIN.md's layout (Gambir, Jakarta
Pusat; women's birth day + 40).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.domain.complaints import Category, Channel
from anjungan.core.domain.registration import Document
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.services.complaints import ComplaintForm
from anjungan.core.services.forms import Desk
from anjungan.core.services.registration import (
    AddressEntry,
    AutodebitEntry,
    FamilyRole,
    MemberEntry,
    RegistrationForm,
)
from anjungan.core.store.engine import Store, open_store
from anjungan.core.store.uow import UnitOfWork
from tests.helpers.store_factories import DEVICE, OFFICE, OFFICER, SequentialIds

UowFactory = Callable[[], UnitOfWork]

KK = "3171012001230004"
HEAD = MemberEntry("3171011205800001", "Budi Santoso", FamilyRole.HEAD)
SPOUSE = MemberEntry("3171014308830002", "Siti Aminah", FamilyRole.SPOUSE)
SON = MemberEntry("3171011501100003", "Andi Santoso", FamilyRole.CHILD)
DAUGHTER = MemberEntry("3171016006150004", "Rina Santoso", FamilyRole.CHILD)
GAMBIR = AddressEntry("31", "3171", "317101", "Jl. Merdeka No. 1 RT 01/RW 02")
MANDIRI_DOCUMENTS = frozenset(
    {
        Document.KK,
        Document.SAVINGS_BOOK_FRONT_PAGE,
        Document.ACCOUNT_OWNER_KTP,
        Document.MATERAI,
    }
)

PBPU_FAMILY = RegistrationForm(
    segment=Segment.PBPU,
    kk_number=KK,
    kk_member_count=4,
    members=(HEAD, SPOUSE, SON, DAUGHTER),
    address=GAMBIR,
    phone="0812-3456-7890",
    fktp_code="0138U020",
    care_class=CareClass.III,
    documents=MANDIRI_DOCUMENTS,
    autodebit=AutodebitEntry("BRI", "0023 0100 0123 567", "Budi Santoso"),
)

PHONE_COMPLAINT = ComplaintForm(
    channel=Channel.ORAL,
    category=Category.CONTRIBUTIONS,
    identifier="0001944358911",
    name="Siti Aminah",
    phone="",
    problem="Iuran sudah dibayar tetapi status kartu masih tidak aktif.",
    cause="Pembayaran belum tercatat di sistem.",
)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 23, 9, 0, tzinfo=WIB))


@pytest.fixture
def desk() -> Desk:
    return Desk(officer_id=OFFICER, office_code=OFFICE)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "counter.sqlite3") as opened:
        yield opened


@pytest.fixture
def make_uow(store: Store, clock: FixedClock) -> UowFactory:
    ids = SequentialIds()

    def make() -> UnitOfWork:
        return UnitOfWork(store, device_id=DEVICE, clock=clock, new_id=ids)

    return make
