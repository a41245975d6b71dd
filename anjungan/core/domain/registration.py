"""Registration requirements: documents per segment, whole family, autodebit, first payment.

Owns the checks a counter runs before it accepts a new registration: which documents a
segment needs, which segments the counter cannot register at all, the whole-family rule
for PBPU/BP, the autodebit account and the first-payment window. Day counts and the
accepted banks come from the tariff schedule (`tariffs.py`). Messages never carry
personal data: they name fields and counts, never a NIK or a name. Stores nothing.

Sources: seed 003_5193c7c1d9bb5be6.txt ("Persyaratan": Peserta Mandiri/PBPU, ASN,
Pegawai Swasta via HRD/Edabu); seed 004_625c8ac288ba9721.txt (accepted banks);
DOMAIN.md "Registration requirements" and "Payment, suspension, ..." (new PBPU
registration).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from anjungan.core.domain.money import Rupiah
from anjungan.core.domain.segments import Segment
from anjungan.core.domain.tariffs import TariffBook
from anjungan.core.errors import RuleError, ValidationError


class Document(Enum):
    KK = "KK"
    SAVINGS_BOOK_FRONT_PAGE = "SAVINGS_BOOK_FRONT_PAGE"
    ACCOUNT_OWNER_KTP = "ACCOUNT_OWNER_KTP"
    MATERAI = "MATERAI"
    SK_PEGAWAI = "SK_PEGAWAI"
    SALARY_LIST = "SALARY_LIST"

    @property
    def label_id(self) -> str:
        return _DOCUMENT_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _DOCUMENT_LABELS[self][1]

    def label(self, lang: str = "id") -> str:
        return self.label_en if lang == "en" else self.label_id


_DOCUMENT_LABELS: dict[Document, tuple[str, str]] = {
    Document.KK: ("Kartu Keluarga (KK)", "Family card (KK)"),
    Document.SAVINGS_BOOK_FRONT_PAGE: (
        "Halaman depan buku rekening tabungan",
        "Front page of the savings account book",
    ),
    Document.ACCOUNT_OWNER_KTP: ("KTP pemilik rekening", "ID card (KTP) of the account owner"),
    Document.MATERAI: ("Meterai", "Revenue stamp (meterai)"),
    Document.SK_PEGAWAI: ("SK pegawai", "Employment decree (SK pegawai)"),
    Document.SALARY_LIST: ("Daftar gaji terbaru", "Latest salary list"),
}

_MANDIRI_DOCUMENTS = (
    Document.KK,
    Document.SAVINGS_BOOK_FRONT_PAGE,
    Document.ACCOUNT_OWNER_KTP,
    Document.MATERAI,
)
_STATE_EMPLOYEE_DOCUMENTS = (Document.KK, Document.SK_PEGAWAI, Document.SALARY_LIST)


def required_documents(segment: Segment) -> tuple[Document, ...]:
    """Documents a counter needs to register a new participant of ``segment``.

    PBPU/BP mandiri: KK, front page of a savings account, KTP of the account owner,
    meterai. ASN/TNI/Polri (PPU PN): KK, SK pegawai, latest salary list. Private
    employees are registered by their employer's HR through Edabu, PBI by the government
    and Pemda-registered participants by the Pemda: the counter cannot register them
    (`RuleError`), it only changes their data. Source: seed 003 ("Persyaratan").
    """
    if segment.is_mandiri:
        return _MANDIRI_DOCUMENTS
    if segment is Segment.PPU_PN:
        return _STATE_EMPLOYEE_DOCUMENTS
    raise _not_at_counter(segment)


def _not_at_counter(segment: Segment) -> RuleError:
    who_id, who_en = {
        Segment.PPU_BU: (
            "oleh HRD/bagian kepegawaian pemberi kerja melalui aplikasi Edabu",
            "by the employer's HR department through Edabu",
        ),
        Segment.PBI_JK: (
            "oleh pemerintah (Dinas Sosial) berdasarkan data terpadu",
            "by the government (social affairs office) from the integrated welfare data",
        ),
        Segment.PBPU_PEMDA: (
            "oleh pemerintah daerah",
            "by the regional government",
        ),
    }[segment]
    return RuleError(
        "registration_not_at_counter",
        f"Peserta {segment.label_id} didaftarkan {who_id}, bukan di loket. "
        "Di loket hanya dapat dilakukan perubahan data.",
        f"{segment.label_en} participants are registered {who_en}, not at the counter. "
        "The counter can only change their data.",
    )


def missing_documents(segment: Segment, provided: Iterable[Document]) -> tuple[Document, ...]:
    """Required documents not in ``provided``, in the order they are listed to the officer."""
    have = set(provided)
    return tuple(doc for doc in required_documents(segment) if doc not in have)


def check_documents(segment: Segment, provided: Iterable[Document]) -> None:
    """Raise a `RuleError` naming every missing document (in both languages)."""
    missing = missing_documents(segment, provided)
    if missing:
        raise RuleError(
            "documents_missing",
            "Dokumen belum lengkap: " + ", ".join(d.label_id for d in missing) + ".",
            "Documents missing: " + ", ".join(d.label_en for d in missing) + ".",
        )


def check_whole_family(kk_members: Collection[str], registering: Collection[str]) -> None:
    """A new PBPU/BP registration includes every member on the family card, and no one else.

    Members are identified by any stable key (normally the NIK); messages give counts only.
    Source: DOMAIN.md ("the whole family on the KK registers together").
    """
    if not kk_members:
        raise ValidationError(
            "kk_members",
            "kk_members_empty",
            "Daftar anggota Kartu Keluarga kosong. Isi anggota sesuai KK.",
            "The family card member list is empty. Enter the members shown on the KK.",
        )
    missing = len(set(kk_members) - set(registering))
    if missing:
        raise RuleError(
            "whole_family_required",
            f"{missing} anggota keluarga di KK belum ikut didaftarkan. Pendaftaran PBPU "
            "harus mencakup seluruh anggota keluarga dalam KK.",
            f"{missing} family member(s) on the KK are not being registered. A PBPU "
            "registration must include every member on the family card.",
        )
    outsiders = len(set(registering) - set(kk_members))
    if outsiders:
        raise RuleError(
            "member_not_on_kk",
            f"{outsiders} orang yang didaftarkan tidak tercantum di KK. Daftarkan hanya "
            "anggota keluarga dalam KK.",
            f"{outsiders} person(s) being registered are not on the family card. Register "
            "only members listed on the KK.",
        )


def first_payment_window(
    registered_on: date, *, book: TariffBook | None = None
) -> tuple[date, date]:
    """(earliest, latest) day of the first iuran payment: 14 to 30 days after registration.

    Source: DOMAIN.md ("first payment no earlier than 14 and no later than 30 days after
    registration").
    """
    rules = (book or TariffBook.load()).tariffs_on(registered_on).registration
    return (
        registered_on + timedelta(days=rules.first_payment_min_days),
        registered_on + timedelta(days=rules.first_payment_max_days),
    )


def check_first_payment(
    registered_on: date, paid_on: date, *, book: TariffBook | None = None
) -> None:
    """Raise a `RuleError` when ``paid_on`` is outside the first-payment window."""
    earliest, latest = first_payment_window(registered_on, book=book)
    if not earliest <= paid_on <= latest:
        raise RuleError(
            "first_payment_outside_window",
            f"Pembayaran iuran pertama dapat dilakukan {earliest:%d-%m-%Y} sampai "
            f"{latest:%d-%m-%Y}.",
            f"The first payment can be made from {earliest:%d-%m-%Y} to {latest:%d-%m-%Y}.",
        )


def check_autodebit(
    segment: Segment, bank: str | None, *, on: date, book: TariffBook | None = None
) -> None:
    """PBPU/BP need an autodebit account at an accepted bank; other segments need none.

    Source: DOMAIN.md ("autodebit account required"); seeds 003/004 (Mandiri, BNI, BCA,
    BRI, BTN).
    """
    if not segment.is_mandiri:
        return
    banks = (book or TariffBook.load()).tariffs_on(on).registration.autodebit_banks
    if bank is None or not bank.strip():
        raise ValidationError(
            "autodebit_bank",
            "autodebit_required",
            "Peserta mandiri wajib mendaftarkan rekening autodebet. Isi bank rekening.",
            "Self-paying participants must register an autodebit account. Enter its bank.",
        )
    if bank.strip().upper() not in banks:
        accepted = ", ".join(banks)
        raise ValidationError(
            "autodebit_bank",
            "bank_not_accepted",
            f"Bank ini belum melayani autodebet iuran. Gunakan rekening {accepted}.",
            f"This bank does not offer autodebit for the contribution. Use {accepted}.",
        )


@dataclass(frozen=True)
class RegistrationRequirements:
    """What a counter screen shows before a new registration of one segment."""

    segment: Segment
    documents: tuple[Document, ...]
    autodebit_required: bool
    accepted_banks: tuple[str, ...]
    materai: Rupiah
    whole_family: bool


def registration_requirements(
    segment: Segment, *, on: date, book: TariffBook | None = None
) -> RegistrationRequirements:
    """Everything a new registration of ``segment`` needs on ``on``; `RuleError` when the
    counter cannot register the segment at all."""
    rules = (book or TariffBook.load()).tariffs_on(on).registration
    return RegistrationRequirements(
        segment=segment,
        documents=required_documents(segment),
        autodebit_required=segment.is_mandiri,
        accepted_banks=rules.autodebit_banks if segment.is_mandiri else (),
        materai=rules.materai if Document.MATERAI in required_documents(segment) else 0,
        whole_family=segment.is_mandiri,
    )


def check_new_registration(
    segment: Segment,
    *,
    documents: Iterable[Document],
    kk_members: Collection[str],
    registering: Collection[str],
    autodebit_bank: str | None,
    on: date,
    book: TariffBook | None = None,
) -> None:
    """Every check of a new registration, in the order an officer fixes them."""
    check_documents(segment, documents)
    if segment.is_mandiri:
        check_whole_family(kk_members, registering)
    check_autodebit(segment, autodebit_bank, on=on, book=book)
