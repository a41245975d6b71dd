"""Monthly iuran per segment and who pays each part (seed 001 "Besaran Iuran", DOMAIN.md)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.domain.contributions import LineKind, monthly_contribution, ppu_class
from anjungan.core.domain.segments import CareClass, Payer, Segment
from anjungan.core.domain.tariffs import NoScheduleInForce, TariffBook
from anjungan.core.errors import ValidationError

ON = date(2026, 11, 23)


def test_ppu_wage_15_million_pays_600_000_employer_480_000_worker_120_000() -> None:
    c = monthly_contribution(Segment.PPU_BU, 1, on=ON, wage=15_000_000, umk=5_000_000)
    assert c.total == 600_000
    assert c.employer == 480_000
    assert c.participant == 120_000
    assert c.wage_base == 12_000_000
    assert c.care_class is CareClass.I
    assert c.by_payer() == {Payer.PARTICIPANT: 120_000, Payer.EMPLOYER: 480_000}


def test_ppu_state_officials_pay_the_same_rates() -> None:
    c = monthly_contribution(Segment.PPU_PN, 3, on=ON, wage=15_000_000)
    assert (c.total, c.employer, c.participant) == (600_000, 480_000, 120_000)


def test_ppu_wage_below_umk_is_raised_to_the_umk() -> None:
    c = monthly_contribution(Segment.PPU_BU, 1, on=ON, wage=2_000_000, umk=3_000_000)
    assert c.wage_base == 3_000_000
    assert (c.employer, c.participant) == (120_000, 30_000)


def test_ppu_class_i_above_4_million_else_class_ii() -> None:
    assert ppu_class(4_000_000, on=ON) is CareClass.II
    assert ppu_class(4_000_001, on=ON) is CareClass.I
    assert monthly_contribution(Segment.PPU_BU, 1, on=ON, wage=4_000_000).care_class is (
        CareClass.II
    )


def test_ppu_covers_five_people_for_the_same_5_percent() -> None:
    one = monthly_contribution(Segment.PPU_BU, 1, on=ON, wage=8_000_000)
    five = monthly_contribution(Segment.PPU_BU, 5, on=ON, wage=8_000_000)
    assert one.total == five.total == 400_000
    assert five.people == 5


def test_ppu_fourth_child_is_an_extra_member_at_1_percent_paid_by_the_worker() -> None:
    # worker + spouse + 4 children = 6: the 4th child is the sixth person.
    c = monthly_contribution(Segment.PPU_BU, 6, on=ON, wage=8_000_000)
    extra = [line for line in c.lines if line.kind is LineKind.EXTRA_MEMBER]
    assert [(line.member, line.payer, line.amount) for line in extra] == [
        (6, Payer.PARTICIPANT, 80_000)
    ]
    assert c.total == 480_000
    assert (c.employer, c.participant) == (320_000, 160_000)


def test_ppu_parents_are_extra_members_on_the_capped_wage() -> None:
    c = monthly_contribution(Segment.PPU_PN, 2, on=ON, wage=20_000_000, extra_members=2)
    assert c.people == 4
    assert c.member_total(3) == c.member_total(4) == 120_000
    assert c.participant == 120_000 + 2 * 120_000
    assert c.employer == 480_000


def test_ppu_parts_are_rounded_half_up_to_whole_rupiah() -> None:
    c = monthly_contribution(Segment.PPU_BU, 1, on=ON, wage=5_123_450)
    assert c.employer == 204_938  # 204,938.00
    assert c.participant == 51_235  # 51,234.50 rounds up
    assert c.total == c.employer + c.participant


def test_ppu_requires_a_wage() -> None:
    with pytest.raises(ValidationError) as caught:
        monthly_contribution(Segment.PPU_BU, 1, on=ON)
    assert caught.value.field == "wage"


def test_ppu_rejects_a_chosen_class_other_than_the_wage_class() -> None:
    with pytest.raises(ValidationError) as caught:
        monthly_contribution(Segment.PPU_BU, 1, on=ON, wage=3_000_000, care_class=CareClass.I)
    assert caught.value.code == "care_class_fixed_by_segment"


def test_pbpu_class_i_and_ii_are_paid_in_full_by_the_participant() -> None:
    one = monthly_contribution(Segment.PBPU, 3, on=ON, care_class=CareClass.I)
    two = monthly_contribution(Segment.PBPU, 3, on=ON, care_class=CareClass.II)
    assert (one.total, one.participant) == (450_000, 450_000)
    assert (two.total, two.participant) == (300_000, 300_000)


def test_pbpu_class_iii_is_35000_participant_2800_pemda_4200_central() -> None:
    c = monthly_contribution(Segment.PBPU, 1, on=ON, care_class=CareClass.III)
    assert c.total == 42_000
    assert (c.participant, c.pemda, c.central_government) == (35_000, 2_800, 4_200)
    kinds = {(line.payer, line.kind) for line in c.lines}
    assert (Payer.PEMDA, LineKind.SUBSIDY) in kinds
    assert (Payer.CENTRAL_GOVERNMENT, LineKind.SUBSIDY) in kinds


def test_bp_class_iii_gets_the_same_subsidy_per_member() -> None:
    c = monthly_contribution(Segment.BP, 4, on=ON, care_class=CareClass.III)
    assert (c.total, c.participant, c.pemda, c.central_government) == (
        168_000,
        140_000,
        11_200,
        16_800,
    )
    assert all(c.member_total(member) == 42_000 for member in range(1, 5))


def test_pbi_is_42000_per_person_paid_by_the_central_government() -> None:
    c = monthly_contribution(Segment.PBI_JK, 3, on=ON)
    assert c.total == 126_000
    assert c.by_payer() == {Payer.CENTRAL_GOVERNMENT: 126_000}
    assert c.care_class is CareClass.III


def test_pemda_registered_pays_37800_and_central_government_4200() -> None:
    c = monthly_contribution(Segment.PBPU_PEMDA, 1, on=ON)
    assert c.total == 42_000
    assert c.by_payer() == {Payer.PEMDA: 37_800, Payer.CENTRAL_GOVERNMENT: 4_200}
    assert c.participant == 0


def test_mandiri_must_choose_a_care_class() -> None:
    with pytest.raises(ValidationError) as caught:
        monthly_contribution(Segment.PBPU, 1, on=ON)
    assert caught.value.field == "care_class"


def test_pbi_class_is_fixed_at_iii() -> None:
    with pytest.raises(ValidationError):
        monthly_contribution(Segment.PBI_JK, 1, on=ON, care_class=CareClass.I)


def test_extra_members_apply_to_ppu_only() -> None:
    with pytest.raises(ValidationError) as caught:
        monthly_contribution(Segment.PBPU, 1, on=ON, care_class=CareClass.III, extra_members=1)
    assert caught.value.field == "extra_members"


def test_wage_is_refused_outside_ppu() -> None:
    with pytest.raises(ValidationError):
        monthly_contribution(Segment.PBPU, 1, on=ON, care_class=CareClass.III, wage=5_000_000)


def test_a_family_has_at_least_one_member() -> None:
    with pytest.raises(ValidationError) as caught:
        monthly_contribution(Segment.PBI_JK, 0, on=ON)
    assert caught.value.field == "members"


def test_a_day_before_any_tariff_raises() -> None:
    with pytest.raises(NoScheduleInForce):
        monthly_contribution(Segment.PBI_JK, 1, on=date(2019, 6, 1))


def test_a_new_schedule_prices_months_from_its_effective_date() -> None:
    base = TariffBook.load().schedules[0]
    kris = replace(base, effective_from=date(2027, 1, 1), pbpu=replace(base.pbpu, class_i=160_000))
    book = TariffBook((base, kris))
    before = monthly_contribution(
        Segment.PBPU, 1, on=date(2026, 12, 31), care_class=CareClass.I, book=book
    )
    after = monthly_contribution(
        Segment.PBPU, 1, on=date(2027, 1, 1), care_class=CareClass.I, book=book
    )
    assert (before.total, after.total) == (150_000, 160_000)
    assert after.schedule_from == date(2027, 1, 1)


@given(
    segment=st.sampled_from([Segment.PPU_PN, Segment.PPU_BU]),
    members=st.integers(1, 10),
    extra=st.integers(0, 4),
    wage=st.integers(100_000, 60_000_000),
    umk=st.none() | st.integers(1_000_000, 6_000_000),
)
def test_property_family_ppu_total_is_employer_plus_worker(
    segment: Segment, members: int, extra: int, wage: int, umk: int | None
) -> None:
    c = monthly_contribution(segment, members, on=ON, wage=wage, umk=umk, extra_members=extra)
    assert c.total == c.employer + c.participant
    assert set(c.by_payer()) <= {Payer.EMPLOYER, Payer.PARTICIPANT}
    assert c.wage_base is not None
    assert c.wage_base <= 12_000_000
    assert c.employer <= 480_000
    extra_lines = [line for line in c.lines if line.kind is LineKind.EXTRA_MEMBER]
    assert len(extra_lines) == max(0, members - 5) + extra


@given(
    segment=st.sampled_from(list(Segment)),
    members=st.integers(1, 12),
    care_class=st.sampled_from(list(CareClass)),
    wage=st.integers(1_000_000, 30_000_000),
)
def test_property_every_total_is_the_sum_of_its_payers(
    segment: Segment, members: int, care_class: CareClass, wage: int
) -> None:
    if segment.is_ppu:
        c = monthly_contribution(segment, members, on=ON, wage=wage)
    elif segment.is_mandiri:
        c = monthly_contribution(segment, members, on=ON, care_class=care_class)
    else:
        c = monthly_contribution(segment, members, on=ON)
    assert c.total == sum(c.by_payer().values())
    assert all(line.amount > 0 for line in c.lines)
    if not segment.is_ppu:
        assert c.total == sum(c.member_total(m) for m in range(1, members + 1))
        assert c.total % members == 0
