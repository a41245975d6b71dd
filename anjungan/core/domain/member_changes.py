"""Rules of the data changes beyond FKTP and class: family members, abroad, segment, rank.

Owns the checks a counter runs before it records a new child or spouse, a death or a
divorce, a citizen leaving for or coming back from abroad, a segment change to PBPU/BP,
a reactivation it can price, and an ASN rank. Day and month counts come from the tariff
schedule (`tariffs.py`). Reads no clock, stores nothing, and never puts a NIK, a name or
a date of birth into a message (ages and limits only).

Sources: DOMAIN.md "Data changes" (children leave family cover at 21, or 25 while
studying; segment change to PBPU/BP; WNI abroad deactivated and reactivated) and
"Participant segments" (who pays each segment's iuran). Not in DOMAIN.md: Perpres
82/2018 art. 16 (a newborn is registered within 28 days of birth, otherwise the iuran is
owed from birth); Perpres 82/2018 art. 37 as amended by Perpres 64/2020 (a citizen
living abroad at least 6 consecutive months may stop cover for the time being, except a
wage earner still paid in Indonesia; back home, the iuran is paid within 1 month and
cover resumes); PP 99/2000 (civil-servant grades I/a-IV/e).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from anjungan.core.domain.billing import YearMonth, add_months, first_of_next_month
from anjungan.core.domain.changes import Eligibility, child_covered
from anjungan.core.domain.nik import age_on
from anjungan.core.domain.segments import Segment
from anjungan.core.domain.tariffs import TariffBook
from anjungan.core.errors import RuleError, ValidationError

RANK_MAX_LENGTH = 40
# PP 99/2000: grades I-III run from a to d, grade IV from a to e.
_PNS_GRADE = re.compile(r"(IV|III|II|I)\s*/\s*([A-Z])")
_PNS_LAST_LETTER = {"I": "D", "II": "D", "III": "D", "IV": "E"}
_RANK_TEXT = re.compile(r"[A-Z0-9 /.()\-]+")


class SegmentChangeCause(Enum):
    """Why a family moves to PBPU/BP (peralihan jenis kepesertaan)."""

    STOPPED_WORKING = "STOPPED_WORKING"
    """No longer a wage earner: dismissed, resigned, contract ended."""
    PBI_ENDED = "PBI_ENDED"
    """Taken off the PBI list by the government."""
    PEMDA_ENDED = "PEMDA_ENDED"
    """The regional government no longer pays."""
    OTHER = "OTHER"

    def label(self, lang: str = "id") -> str:
        return _CAUSE_LABELS[self][1 if lang == "en" else 0]


_CAUSE_LABELS: dict[SegmentChangeCause, tuple[str, str]] = {
    SegmentChangeCause.STOPPED_WORKING: (
        "Berhenti bekerja (PHK, mengundurkan diri, kontrak habis)",
        "Stopped working (dismissed, resigned, contract ended)",
    ),
    SegmentChangeCause.PBI_ENDED: ("Tidak lagi terdaftar sebagai PBI", "No longer on the PBI list"),
    SegmentChangeCause.PEMDA_ENDED: (
        "Tidak lagi dibiayai Pemda",
        "No longer paid for by the regional government",
    ),
    SegmentChangeCause.OTHER: ("Lainnya", "Other"),
}


def check_new_child(
    birth_date: date,
    today: date,
    *,
    parent_birth_date: date | None = None,
    studying: bool = False,
    book: TariffBook | None = None,
) -> None:
    """A child joining the family: within the child age limit and younger than the parent.

    Raises `RuleError` ``child_too_old`` (the age and the limits, never the birth date) or
    ``child_older_than_parent``. Source: DOMAIN.md "Data changes" (children leave family
    cover at 21, or 25 if still studying), through `changes.child_covered`.
    """
    if not child_covered(birth_date, today, studying, book=book):
        family = (book or TariffBook.load()).tariffs_on(today).family
        age = age_on(birth_date, today)
        raise RuleError(
            "child_too_old",
            f"Menurut NIK, anggota ini berumur {age} tahun, jadi tidak dapat ditambahkan "
            f"sebagai anak. Anak ditanggung sampai umur {family.child_max_age} tahun "
            f"({family.student_child_max_age} tahun bila masih sekolah/kuliah). Periksa NIK.",
            f"By the NIK this member is {age} years old, so cannot be added as a child. "
            f"Children are covered until {family.child_max_age} "
            f"({family.student_child_max_age} while still in education). Check the NIK.",
        )
    if parent_birth_date is not None and birth_date <= parent_birth_date:
        raise RuleError(
            "child_older_than_parent",
            "Menurut NIK, anak ini tidak lebih muda dari peserta. Periksa kedua NIK.",
            "By the NIKs this child is not younger than the participant. Check both NIKs.",
        )


@dataclass(frozen=True)
class NewbornRegistration:
    deadline: date
    """The last day to register the baby (28 days after birth)."""
    late: bool
    iuran_from: YearMonth
    """A late registration owes the iuran from the month of birth."""


def newborn_registration(
    birth_date: date, today: date, *, book: TariffBook | None = None
) -> NewbornRegistration:
    """When a newborn should have been registered, and whether today is late.

    Lateness does not refuse the baby: the family pays the iuran from the month of birth.
    Source: Perpres 82/2018 art. 16 (within 28 days of birth).
    """
    if birth_date > today:
        raise ValidationError(
            "birth_date",
            "date_in_future",
            "Tanggal lahir tidak boleh setelah hari ini.",
            "The birth date cannot be after today.",
        )
    days = (book or TariffBook.load()).tariffs_on(today).changes.newborn_registration_days
    deadline = birth_date + timedelta(days=days)
    return NewbornRegistration(deadline, today > deadline, YearMonth.of(birth_date))


def check_family_event(event_on: date, today: date, *, member_birth_date: date | None) -> None:
    """A death or a divorce happened on ``event_on``: not after today, not before birth.

    Raises `ValidationError` with ``field="event_on"``.
    """
    if event_on > today:
        raise ValidationError(
            "event_on",
            "date_in_future",
            "Tanggal peristiwa tidak boleh setelah hari ini. Salin dari akta atau surat.",
            "The date of the event cannot be after today. Copy it from the certificate.",
        )
    if member_birth_date is not None and event_on < member_birth_date:
        raise ValidationError(
            "event_on",
            "before_birth",
            "Tanggal peristiwa sebelum tanggal lahir anggota menurut NIK. Periksa tanggal dan NIK.",
            "The date of the event is before the member's birth date by the NIK. Check the "
            "date and the NIK.",
        )


def abroad_departure_eligibility(
    segment: Segment,
    departure_on: date,
    months_abroad: int,
    today: date,
    *,
    book: TariffBook | None = None,
) -> Eligibility:
    """May a citizen going abroad stop cover for the time being?

    At least 6 consecutive months abroad; not a wage earner (PPU) still paid in
    Indonesia. Cover and the iuran stop from the 1st of the month after the departure
    (or after today, for a departure already past): months already due stay due. Source:
    Perpres 82/2018 art. 37 as amended by Perpres 64/2020.
    """
    if months_abroad < 1:
        raise ValidationError(
            "months_abroad",
            "months_abroad_positive",
            "Isi lama tinggal di luar negeri dalam bulan.",
            "Enter the length of the stay abroad in months.",
        )
    if segment.is_ppu:
        return Eligibility.refuse(
            "abroad_ppu_still_paid",
            "Peserta PPU yang masih menerima gaji di Indonesia tidak dapat dinonaktifkan "
            "karena ke luar negeri. Bila gaji sudah berhenti, ajukan peralihan segmen dahulu.",
            "A wage earner still paid in Indonesia cannot stop cover for a stay abroad. If "
            "the wage has stopped, change the segment first.",
        )
    least = (book or TariffBook.load()).tariffs_on(today).changes.abroad_min_months
    if months_abroad < least:
        return Eligibility.refuse(
            "abroad_too_short",
            f"Penonaktifan hanya untuk WNI yang tinggal di luar negeri paling singkat {least} "
            "bulan berturut-turut.",
            f"Cover can only be stopped for a stay abroad of at least {least} consecutive months.",
        )
    return Eligibility.allow(first_of_next_month(max(today, departure_on)))


def abroad_return_pay_by(return_on: date, today: date, *, book: TariffBook | None = None) -> date:
    """The last day to pay the iuran after coming back; cover resumes once it is paid.

    Raises `ValidationError` ``return_on`` for a return after today. Source: Perpres
    82/2018 art. 37 as amended by Perpres 64/2020 (at most 1 month after the return).
    """
    if return_on > today:
        raise ValidationError(
            "return_on",
            "date_in_future",
            "Tanggal kembali ke Indonesia tidak boleh setelah hari ini. Lihat cap paspor.",
            "The date back in Indonesia cannot be after today. See the passport stamp.",
        )
    months = (book or TariffBook.load()).tariffs_on(today).changes.abroad_return_payment_months
    return add_months(return_on, months)


def check_segment_change(current: Segment, target: Segment) -> None:
    """A segment change recorded at the counter goes to PBPU or BP, from another segment.

    Source: DOMAIN.md "Data changes" ("Segment change to PBPU/BP"); seed 001 (PANDAWA).
    """
    if not target.is_mandiri:
        raise RuleError(
            "segment_target_mandiri_only",
            "Peralihan jenis kepesertaan di loket hanya ke PBPU atau BP mandiri.",
            "A segment change at the counter can only be to self-paying PBPU or BP.",
        )
    if target is current:
        raise RuleError(
            "segment_unchanged",
            "Segmen tujuan sama dengan segmen saat ini.",
            "The new segment is the current segment.",
        )


def check_reactivation_payer(segment: Segment) -> None:
    """The counter prices a reactivation only for families paying their own iuran.

    PBI and Pemda-registered iuran are paid by a government, PPU arrears by the
    employer. Source: DOMAIN.md "Participant segments" and "Payment ... reactivation".
    """
    if not segment.is_mandiri:
        raise RuleError(
            "reactivation_not_self_paid",
            "Iuran segmen ini dibayar pemberi kerja atau pemerintah; tunggakannya diselesaikan "
            "oleh pembayar iuran tersebut, bukan oleh peserta di loket.",
            "This segment's iuran is paid by the employer or a government; its arrears are "
            "settled by that payer, not by the participant at the counter.",
        )


def normalize_rank(text: str) -> str:
    """An ASN, TNI or Polri rank as written on the decree, upper case, one space.

    A civil-servant grade (``III/a``) must exist (PP 99/2000: I-III up to d, IV up to e);
    a PPPK grade (``IX``) or a TNI/Polri rank name (``Letnan Dua``) is kept as written.
    Raises `ValidationError` with ``field="rank"``.
    """
    rank = " ".join(text.upper().split())
    if not rank:
        raise ValidationError(
            "rank", "required", "Golongan/pangkat wajib diisi.", "Please enter the rank."
        )
    if len(rank) > RANK_MAX_LENGTH or not _RANK_TEXT.fullmatch(rank):
        raise ValidationError(
            "rank",
            "bad_rank",
            f"Golongan/pangkat berisi huruf, angka dan tanda /, paling panjang "
            f"{RANK_MAX_LENGTH} karakter. Salin dari SK.",
            f"A rank has letters, digits and /, at most {RANK_MAX_LENGTH} characters. Copy "
            "it from the decree.",
        )
    grade = _PNS_GRADE.fullmatch(rank)
    if grade is not None:
        if grade.group(2) > _PNS_LAST_LETTER[grade.group(1)]:
            raise ValidationError(
                "rank",
                "unknown_grade",
                "Golongan ruang ini tidak ada: golongan I-III sampai d, golongan IV sampai e.",
                "No such grade: grades I-III run to d, grade IV to e.",
            )
        return f"{grade.group(1)}/{grade.group(2).lower()}"
    return rank
