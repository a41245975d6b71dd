"""Data-change rules: FKTP change, class change, family changes and child cover.

Owns the eligibility decisions a kiosk or counter asks before it accepts a change
request, returned as an `Eligibility` value (allowed with an effective date, or refused
with a stable code and a sentence in Bahasa Indonesia and English), plus the kinds of
family change and the age limit of a child's cover. Minimum months and age limits come
from the tariff schedule (`tariffs.py`). It records nothing and reads no clock.

Sources: DOMAIN.md "Data changes"; seed 001_68780b126929f050.txt (PANDAWA: "Ubah FKTP
bagi TNI/POLRI dan pindah domisili kurang dari 3 bulan"; "Perubahan kelas rawat bagi
peserta yang belum membayar iuran pertama"); Perpres 82/2018 as amended (family members).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from anjungan.core.domain.billing import add_months, first_of_next_month
from anjungan.core.domain.nik import age_on
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.domain.tariffs import TariffBook
from anjungan.core.errors import RuleError, ValidationError


@dataclass(frozen=True)
class Eligibility:
    """Whether a change may go ahead; when not, why, and when it could."""

    allowed: bool
    effective_on: date | None = None
    """Allowed: the day the change takes effect (always the 1st of a month after today)."""
    code: str | None = None
    message_id: str | None = None
    message_en: str | None = None
    earliest_on: date | None = None
    """Refused for time only: the first day the request would be allowed."""

    @classmethod
    def allow(cls, effective_on: date) -> Eligibility:
        return cls(allowed=True, effective_on=effective_on)

    @classmethod
    def refuse(
        cls, code: str, message_id: str, message_en: str, earliest_on: date | None = None
    ) -> Eligibility:
        return cls(
            allowed=False,
            code=code,
            message_id=message_id,
            message_en=message_en,
            earliest_on=earliest_on,
        )

    def message(self, lang: str = "id") -> str | None:
        return self.message_en if lang == "en" else self.message_id

    def raise_if_refused(self) -> None:
        """For callers that treat a refusal as an error (a service about to save)."""
        if not self.allowed:
            raise RuleError(self.code or "refused", self.message_id or "", self.message_en or "")


class ServiceChannel(Enum):
    KIOSK = "KIOSK"
    """Self-service (AMAN JKN)."""
    COUNTER = "COUNTER"
    """An officer at a counter, who can check supporting documents."""


class FktpChangeReason(Enum):
    REGULAR = "REGULAR"
    MOVED_DOMICILE = "MOVED_DOMICILE"
    """Pindah domisili: may change before 3 months have passed."""
    JOB_TRANSFER = "JOB_TRANSFER"
    """Pindah tugas / assignment of a wage earner (TNI/Polri and other PPU)."""


def fktp_change_eligibility(
    segment: Segment,
    last_change_on: date | None,
    today: date,
    *,
    reason: FktpChangeReason = FktpChangeReason.REGULAR,
    channel: ServiceChannel = ServiceChannel.COUNTER,
    tni_polri: bool = False,
    book: TariffBook | None = None,
) -> Eligibility:
    """May this participant change FKTP today? Effective the 1st of next month.

    ``last_change_on`` is the day the current FKTP was chosen (the registration day if it
    never changed; None when unknown). At least 3 calendar months must have passed; moved
    domicile and job transfer are exceptions, checked by an officer (they need proof), so
    the kiosk sends them to the counter. PBI and TNI/Polri participants are not
    self-service. Source: DOMAIN.md "Data changes"; seed 001 (PANDAWA menu).
    """
    if tni_polri and segment is not Segment.PPU_PN:
        raise ValidationError(
            "tni_polri",
            "tni_polri_needs_ppu_pn",
            "TNI/Polri hanya untuk segmen PPU Penyelenggara Negara.",
            "TNI/Polri applies to the state wage earner segment (PPU PN) only.",
        )
    if last_change_on is not None and last_change_on > today:
        raise ValidationError(
            "last_change_on",
            "date_in_future",
            "Tanggal perubahan FKTP terakhir tidak boleh setelah hari ini.",
            "The last FKTP change date cannot be after today.",
        )
    if channel is ServiceChannel.KIOSK and (segment is Segment.PBI_JK or tni_polri):
        return _counter_only()
    if reason is FktpChangeReason.JOB_TRANSFER and not segment.is_ppu:
        return Eligibility.refuse(
            "job_transfer_ppu_only",
            "Alasan pindah tugas hanya untuk peserta pekerja penerima upah (PPU).",
            "Job transfer as a reason applies to wage earners (PPU) only.",
        )
    months = (book or TariffBook.load()).tariffs_on(today).changes.fktp_change_min_months
    if last_change_on is not None and today < add_months(last_change_on, months):
        if reason is FktpChangeReason.REGULAR:
            earliest = add_months(last_change_on, months)
            return Eligibility.refuse(
                "fktp_change_too_soon",
                f"FKTP baru bisa diganti {months} bulan setelah perubahan terakhir, "
                f"mulai {earliest:%d-%m-%Y}. Jika pindah domisili atau pindah tugas, "
                "silakan ke loket dengan dokumen pendukung.",
                f"The FKTP can be changed {months} months after the last change, from "
                f"{earliest:%d-%m-%Y}. If you moved house or were transferred, go to a "
                "counter with supporting documents.",
                earliest_on=earliest,
            )
        if channel is ServiceChannel.KIOSK:
            return _counter_only()
    return Eligibility.allow(first_of_next_month(today))


def class_change_eligibility(
    segment: Segment,
    current_class: CareClass,
    requested_class: CareClass,
    class_since: date,
    today: date,
    *,
    months_in_arrears: int,
    members_requested: int,
    family_members: int,
    first_payment_made: bool = True,
    book: TariffBook | None = None,
) -> Eligibility:
    """May this PBPU/BP family change care class today? Effective the 1st of next month.

    Only PBPU/BP; at least 12 calendar months in the current class (waived before the
    first iuran is paid, seed 001 PANDAWA); no arrears; every family member changes
    together. Source: DOMAIN.md "Data changes".
    """
    if class_since > today:
        raise ValidationError(
            "class_since",
            "date_in_future",
            "Tanggal mulai kelas saat ini tidak boleh setelah hari ini.",
            "The date the current class started cannot be after today.",
        )
    if months_in_arrears < 0:
        raise ValidationError(
            "months_in_arrears",
            "months_in_arrears_negative",
            "Jumlah bulan tunggakan tidak boleh negatif.",
            "The number of months in arrears cannot be negative.",
        )
    if not 1 <= members_requested <= family_members:
        raise ValidationError(
            "members_requested",
            "members_out_of_range",
            "Jumlah anggota yang diajukan harus antara 1 dan jumlah anggota keluarga.",
            "The members requested must be between 1 and the number of family members.",
        )
    if not segment.is_mandiri:
        return Eligibility.refuse(
            "class_change_mandiri_only",
            "Perubahan kelas hanya untuk peserta PBPU/BP mandiri; kelas segmen ini "
            "ditetapkan oleh aturan.",
            "Only self-paying PBPU/BP participants can change class; this segment's class "
            "is set by the rules.",
        )
    if requested_class is current_class:
        return Eligibility.refuse(
            "class_unchanged",
            "Kelas yang dipilih sama dengan kelas saat ini.",
            "The class chosen is the current class.",
        )
    if members_requested != family_members:
        return Eligibility.refuse(
            "class_change_whole_family",
            "Perubahan kelas berlaku untuk seluruh anggota keluarga; ajukan untuk semua anggota.",
            "A class change applies to every family member; request it for all of them.",
        )
    if months_in_arrears > 0:
        return Eligibility.refuse(
            "class_change_arrears",
            "Masih ada tunggakan iuran. Lunasi tunggakan dahulu, lalu ajukan perubahan kelas.",
            "There are unpaid contributions. Pay the arrears first, then ask again.",
        )
    months = (book or TariffBook.load()).tariffs_on(today).changes.class_change_min_months
    earliest = add_months(class_since, months)
    if first_payment_made and today < earliest:
        return Eligibility.refuse(
            "class_change_too_soon",
            f"Kelas baru bisa diubah setelah {months} bulan di kelas saat ini, mulai "
            f"{earliest:%d-%m-%Y}.",
            f"The class can be changed after {months} months in the current class, from "
            f"{earliest:%d-%m-%Y}.",
            earliest_on=earliest,
        )
    return Eligibility.allow(first_of_next_month(today))


def _counter_only() -> Eligibility:
    return Eligibility.refuse(
        "counter_only",
        "Perubahan ini tidak bisa dilakukan di anjungan mandiri. Silakan ambil antrean loket.",
        "This change cannot be made at the self-service kiosk. Please take a counter ticket.",
    )


class FamilyChangeKind(Enum):
    """Changes to a family's membership and status handled at a counter."""

    ADD_NEWBORN = "ADD_NEWBORN"
    ADD_MARRIAGE = "ADD_MARRIAGE"
    REMOVE_DEATH = "REMOVE_DEATH"
    REMOVE_DIVORCE = "REMOVE_DIVORCE"
    KK_RENEWAL = "KK_RENEWAL"
    WNI_ABROAD_OUT = "WNI_ABROAD_OUT"
    """A citizen moves abroad: deactivated."""
    WNI_ABROAD_IN = "WNI_ABROAD_IN"
    """A citizen returns from abroad: activated again."""
    SEGMENT_CHANGE_TO_PBPU_BP = "SEGMENT_CHANGE_TO_PBPU_BP"
    REACTIVATION = "REACTIVATION"
    RE_REGISTRATION = "RE_REGISTRATION"

    @property
    def label_id(self) -> str:
        return _FAMILY_CHANGE_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _FAMILY_CHANGE_LABELS[self][1]

    def label(self, lang: str = "id") -> str:
        return self.label_en if lang == "en" else self.label_id


_FAMILY_CHANGE_LABELS: dict[FamilyChangeKind, tuple[str, str]] = {
    FamilyChangeKind.ADD_NEWBORN: ("Penambahan anggota: bayi baru lahir", "Add member: newborn"),
    FamilyChangeKind.ADD_MARRIAGE: ("Penambahan anggota: pernikahan", "Add member: marriage"),
    FamilyChangeKind.REMOVE_DEATH: ("Pengurangan anggota: meninggal", "Remove member: death"),
    FamilyChangeKind.REMOVE_DIVORCE: ("Pengurangan anggota: perceraian", "Remove member: divorce"),
    FamilyChangeKind.KK_RENEWAL: ("Pembaruan Kartu Keluarga", "Family card (KK) renewal"),
    FamilyChangeKind.WNI_ABROAD_OUT: (
        "Penonaktifan WNI ke luar negeri",
        "Deactivation: citizen moving abroad",
    ),
    FamilyChangeKind.WNI_ABROAD_IN: (
        "Pengaktifan WNI kembali dari luar negeri",
        "Activation: citizen back from abroad",
    ),
    FamilyChangeKind.SEGMENT_CHANGE_TO_PBPU_BP: (
        "Peralihan jenis kepesertaan ke PBPU/BP",
        "Segment change to PBPU/BP",
    ),
    FamilyChangeKind.REACTIVATION: (
        "Pengaktifan kembali status kepesertaan",
        "Reactivation of cover",
    ),
    FamilyChangeKind.RE_REGISTRATION: ("Registrasi ulang", "Re-registration"),
}


def child_covered(
    birth_date: date, today: date, studying: bool, *, book: TariffBook | None = None
) -> bool:
    """Is a child still covered as a family member? Until 21, or 25 if still studying.

    Source: Perpres 82/2018 as amended (anak ... belum berusia 21 tahun, atau 25 tahun
    yang masih melanjutkan pendidikan formal); DOMAIN.md "Data changes".
    """
    if birth_date > today:
        raise ValidationError(
            "birth_date",
            "date_in_future",
            "Tanggal lahir tidak boleh setelah hari ini.",
            "The birth date cannot be after today.",
        )
    family = (book or TariffBook.load()).tariffs_on(today).family
    limit = family.student_child_max_age if studying else family.child_max_age
    return age_on(birth_date, today) < limit
