"""The monthly iuran of a family in every segment, and who pays which part of it.

Owns `monthly_contribution` (a frozen `Contribution`: total, lines per member and payer,
totals per payer) and `ppu_class`. All figures come from the tariff schedule in force on
the given day (`tariffs.py`); this module holds the arithmetic only. It does not bill
(months, arrears and suspension are `billing.py`) and reads no clock.

Sources: Perpres 82/2018 as amended by Perpres 75/2019 and Perpres 64/2020 (PBI,
Pemda-registered, PPU and PBPU/BP iuran; bantuan iuran for class III); seed
001_68780b126929f050.txt ("Besaran Iuran" tables); DOMAIN.md "Participant segments and
contributions".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from anjungan.core.domain.money import Rupiah, percent_of, to_rupiah
from anjungan.core.domain.segments import CareClass, Payer, Segment
from anjungan.core.domain.tariffs import SubsidisedSplit, TariffBook, TariffSchedule
from anjungan.core.errors import ValidationError


class LineKind(Enum):
    """What a contribution line is for."""

    CONTRIBUTION = "CONTRIBUTION"
    """The iuran proper (for PPU: the 5% covering up to five people)."""
    SUBSIDY = "SUBSIDY"
    """Bantuan iuran: a government's share of a class III iuran."""
    EXTRA_MEMBER = "EXTRA_MEMBER"
    """PPU: an additional family member beyond the five covered (1% of wage)."""


@dataclass(frozen=True)
class ContributionLine:
    """One payer's part. ``member`` is the 1-based member number, None for a family part."""

    member: int | None
    payer: Payer
    kind: LineKind
    amount: Rupiah


@dataclass(frozen=True)
class Contribution:
    """A family's iuran for one month, itemised by member and payer."""

    segment: Segment
    care_class: CareClass
    people: int
    """Everyone the iuran covers (for PPU: the nuclear family plus additional members)."""
    lines: tuple[ContributionLine, ...]
    wage_base: Rupiah | None
    """PPU only: the wage the percentages apply to, after the UMK floor and the cap."""
    schedule_from: date
    """``effective_from`` of the tariff schedule used, so a receipt can cite it."""

    @property
    def total(self) -> Rupiah:
        return sum(line.amount for line in self.lines)

    def paid_by(self, payer: Payer) -> Rupiah:
        return sum(line.amount for line in self.lines if line.payer is payer)

    @property
    def participant(self) -> Rupiah:
        """What the participant (PPU: the worker) pays."""
        return self.paid_by(Payer.PARTICIPANT)

    @property
    def employer(self) -> Rupiah:
        return self.paid_by(Payer.EMPLOYER)

    @property
    def pemda(self) -> Rupiah:
        return self.paid_by(Payer.PEMDA)

    @property
    def central_government(self) -> Rupiah:
        return self.paid_by(Payer.CENTRAL_GOVERNMENT)

    def by_payer(self) -> dict[Payer, Rupiah]:
        """Every payer with a non-zero part, in `Payer` order."""
        totals = {payer: self.paid_by(payer) for payer in Payer}
        return {payer: amount for payer, amount in totals.items() if amount}

    def member_total(self, member: int) -> Rupiah:
        """The lines attributed to one member (PPU family-level parts are not included)."""
        return sum(line.amount for line in self.lines if line.member == member)


def ppu_class(wage: Rupiah, *, on: date, book: TariffBook | None = None) -> CareClass:
    """Care class of a wage earner: class I above the threshold (Rp4,000,000), else II.

    Source: seed 001_68780b126929f050.txt ("Kelas I: PPU dengan penghasilan tetap di atas
    Rp4.000.000"); Perpres 82/2018 as amended.
    """
    _check_amount("wage", wage)
    schedule = (book or TariffBook.load()).tariffs_on(on)
    return CareClass.I if wage > schedule.ppu.class_i_threshold else CareClass.II


def ppu_wage_base(wage: Rupiah, umk: Rupiah | None, schedule: TariffSchedule) -> Rupiah:
    """The wage the PPU percentages apply to: at least the UMK, at most the cap.

    ``umk`` None skips the floor: pass it whenever the wage may be below the regional
    minimum wage. Source: seed 001 ("Batas paling tinggi gaji dan tunjangan
    Rp12.000.000,00; batas paling bawah berdasarkan UMR Kab/Kota").
    """
    floored = max(wage, umk) if umk is not None else wage
    return min(floored, schedule.ppu.wage_cap)


def monthly_contribution(
    segment: Segment,
    members: int,
    *,
    on: date,
    care_class: CareClass | None = None,
    wage: Rupiah | None = None,
    umk: Rupiah | None = None,
    extra_members: int = 0,
    book: TariffBook | None = None,
) -> Contribution:
    """The iuran for ``members`` people of one family for the month containing ``on``.

    - PBI JK: per person, paid by the central government.
    - PBPU_PEMDA: per person; the participant's part and the Pemda subsidy paid by the
      Pemda, the central subsidy by the central government.
    - PPU (PN, BU): ``wage`` required. 5% of the wage base (4% employer, 1% worker) covers
      the worker, spouse and up to 3 children (5 people); ``members`` counts that nuclear
      family, so members past the fifth (4th child on) are additional members. Relatives
      outside it (parents, in-laws) are ``extra_members``. Each additional member costs 1%
      of the wage base, paid by the worker. The class follows the wage base.
    - PBPU, BP: ``care_class`` required, per person; class III carries the Pemda and
      central subsidies.

    Sources: Perpres 82/2018 as amended by Perpres 64/2020 (iuran articles); seed 001.
    """
    schedule = (book or TariffBook.load()).tariffs_on(on)
    if members < 1:
        raise ValidationError(
            "members",
            "members_min_one",
            "Jumlah anggota keluarga minimal 1. Isi jumlah orang yang didaftarkan.",
            "A family has at least 1 member. Enter the number of people registered.",
        )
    if extra_members < 0 or (extra_members and not segment.is_ppu):
        raise ValidationError(
            "extra_members",
            "extra_members_ppu_only",
            "Anggota keluarga tambahan hanya untuk peserta PPU dan tidak boleh negatif.",
            "Additional family members apply to wage earners (PPU) only and cannot be negative.",
        )
    if segment.is_ppu:
        return _ppu(
            segment,
            members=members,
            extra_members=extra_members,
            wage=wage,
            umk=umk,
            care_class=care_class,
            schedule=schedule,
        )
    if wage is not None or umk is not None:
        raise ValidationError(
            "wage",
            "wage_ppu_only",
            "Upah hanya dipakai untuk peserta PPU; kosongkan untuk segmen ini.",
            "A wage applies to wage earners (PPU) only; leave it empty for this segment.",
        )
    if segment.is_mandiri:
        if care_class is None:
            raise ValidationError(
                "care_class",
                "care_class_required",
                "Pilih kelas rawat (I, II atau III) untuk peserta mandiri.",
                "Choose a care class (I, II or III) for a self-paying participant.",
            )
        return _per_person(segment, members, care_class, schedule)
    _check_fixed_class(care_class, CareClass.III)
    return _per_person(segment, members, CareClass.III, schedule)


def _ppu(
    segment: Segment,
    *,
    members: int,
    extra_members: int,
    wage: Rupiah | None,
    umk: Rupiah | None,
    care_class: CareClass | None,
    schedule: TariffSchedule,
) -> Contribution:
    if wage is None:
        raise ValidationError(
            "wage",
            "wage_required",
            "Isi gaji dan tunjangan bulanan untuk menghitung iuran PPU.",
            "Enter the monthly wage and allowances to compute a wage earner's contribution.",
        )
    _check_amount("wage", wage)
    if umk is not None:
        _check_amount("umk", umk)
    rates = schedule.ppu
    base = ppu_wage_base(wage, umk, schedule)
    klass = CareClass.I if base > rates.class_i_threshold else CareClass.II
    _check_fixed_class(care_class, klass)
    lines = [
        ContributionLine(
            None, Payer.EMPLOYER, LineKind.CONTRIBUTION, _pct(base, rates.employer_rate)
        ),
        ContributionLine(
            None, Payer.PARTICIPANT, LineKind.CONTRIBUTION, _pct(base, rates.worker_rate)
        ),
    ]
    # Nuclear-family members past the covered size (4th child on), then the relatives
    # outside it (parents, in-laws), who are additional however small the family is.
    extra_numbers = [
        *range(rates.family_size_covered + 1, members + 1),
        *range(members + 1, members + extra_members + 1),
    ]
    extra_amount = _pct(base, rates.extra_member_rate)
    lines.extend(
        ContributionLine(number, Payer.PARTICIPANT, LineKind.EXTRA_MEMBER, extra_amount)
        for number in extra_numbers
    )
    return Contribution(
        segment=segment,
        care_class=klass,
        people=members + extra_members,
        lines=tuple(line for line in lines if line.amount),
        wage_base=base,
        schedule_from=schedule.effective_from,
    )


def _per_person(
    segment: Segment, members: int, care_class: CareClass, schedule: TariffSchedule
) -> Contribution:
    per_member = tuple(_per_person_parts(segment, care_class, schedule))
    lines = tuple(
        ContributionLine(number, payer, kind, amount)
        for number in range(1, members + 1)
        for payer, kind, amount in per_member
        if amount
    )
    return Contribution(
        segment=segment,
        care_class=care_class,
        people=members,
        lines=lines,
        wage_base=None,
        schedule_from=schedule.effective_from,
    )


def _per_person_parts(
    segment: Segment, care_class: CareClass, schedule: TariffSchedule
) -> Iterator[tuple[Payer, LineKind, Rupiah]]:
    if segment is Segment.PBI_JK:
        yield Payer.CENTRAL_GOVERNMENT, LineKind.CONTRIBUTION, schedule.pbi_per_person
    elif segment is Segment.PBPU_PEMDA:
        # The Pemda pays the participant's part as well as its own subsidy.
        yield from _split(schedule.pemda, participant_payer=Payer.PEMDA)
    elif care_class is CareClass.I:
        yield Payer.PARTICIPANT, LineKind.CONTRIBUTION, schedule.pbpu.class_i
    elif care_class is CareClass.II:
        yield Payer.PARTICIPANT, LineKind.CONTRIBUTION, schedule.pbpu.class_ii
    else:
        yield from _split(schedule.pbpu.class_iii, participant_payer=Payer.PARTICIPANT)


def _split(
    split: SubsidisedSplit, participant_payer: Payer
) -> Iterator[tuple[Payer, LineKind, Rupiah]]:
    yield participant_payer, LineKind.CONTRIBUTION, split.participant_part
    yield Payer.PEMDA, LineKind.SUBSIDY, split.pemda_subsidy
    yield Payer.CENTRAL_GOVERNMENT, LineKind.SUBSIDY, split.central_subsidy


def _pct(base: Rupiah, rate: Decimal) -> Rupiah:
    # Each payer's part is rounded on its own, so the parts always add up to the total.
    return to_rupiah(percent_of(base, rate))


def _check_fixed_class(given: CareClass | None, fixed: CareClass) -> None:
    if given is not None and given is not fixed:
        raise ValidationError(
            "care_class",
            "care_class_fixed_by_segment",
            f"Kelas rawat segmen ini ditetapkan {fixed.label_id}; "
            "pilihan kelas hanya untuk peserta mandiri.",
            f"This segment's care class is fixed at {fixed.label_en}; "
            "only self-paying participants choose a class.",
        )


def _check_amount(field: str, amount: Rupiah) -> None:
    if amount <= 0:
        raise ValidationError(
            field,
            f"{field}_positive",
            "Nilai rupiah harus lebih dari nol. Periksa isian ini.",
            "The rupiah amount must be more than zero. Check this entry.",
        )
