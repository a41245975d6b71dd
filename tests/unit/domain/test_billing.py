"""Bills, suspension, reactivation, denda pelayanan and REHAB (seed 001, Perpres 64/2020)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.domain.billing import (
    CareSetting,
    YearMonth,
    add_months,
    bill_for_paid_through,
    bill_for_unpaid,
    first_of_next_month,
    reactivation_amount,
    rehab_eligible,
    rehab_plan,
    service_penalty,
)
from anjungan.core.domain.segments import Payer, Segment
from anjungan.core.errors import RuleError, ValidationError

TODAY = date(2026, 11, 23)
NOV = YearMonth(2026, 11)
IURAN = 35_000  # PBPU class III participant part

days = st.dates(min_value=date(2021, 1, 1), max_value=date(2040, 12, 31))


# --- month arithmetic -------------------------------------------------------------------


def test_year_month_steps_across_years() -> None:
    assert YearMonth(2026, 12).next() == YearMonth(2027, 1)
    assert YearMonth(2026, 1).plus(-1) == YearMonth(2025, 12)
    assert YearMonth(2027, 2).months_since(YearMonth(2025, 2)) == 24
    assert str(YearMonth(2026, 3)) == "2026-03"


def test_year_month_last_day_knows_leap_years() -> None:
    assert YearMonth(2028, 2).last_day == date(2028, 2, 29)
    assert YearMonth(2026, 2).last_day == date(2026, 2, 28)


def test_add_months_clamps_to_the_end_of_a_short_month() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 8, 31), 3) == date(2026, 11, 30)


def test_year_month_rejects_month_13() -> None:
    with pytest.raises(ValueError):
        YearMonth(2026, 13)


@given(st.integers(2000, 2100), st.integers(1, 12), st.integers(-600, 600))
def test_property_plus_and_months_since_are_inverse(year: int, month: int, n: int) -> None:
    start = YearMonth(year, month)
    assert start.plus(n).months_since(start) == n
    assert len(list(start.until(start.plus(n)))) == max(0, n + 1)


# --- bill, due date, suspension -------------------------------------------------------------


def test_due_date_is_the_10th_of_the_current_month() -> None:
    bill = bill_for_paid_through(YearMonth(2026, 10), TODAY, IURAN)
    assert bill.due_date == date(2026, 11, 10)
    assert bill.current_month == NOV


def test_paid_up_family_owes_only_the_current_month_before_the_10th() -> None:
    bill = bill_for_paid_through(YearMonth(2026, 10), date(2026, 11, 5), IURAN)
    assert bill.amount_owed == IURAN
    assert bill.months_in_arrears == 0
    assert not bill.past_due_date
    assert not bill.is_suspended


def test_paying_after_the_10th_costs_no_late_fee() -> None:
    bill = bill_for_paid_through(YearMonth(2026, 10), date(2026, 11, 11), IURAN)
    assert bill.past_due_date
    assert bill.amount_owed == IURAN
    assert not bill.is_suspended


def test_unpaid_by_end_of_month_suspends_from_the_1st_of_next_month() -> None:
    last_day = bill_for_paid_through(YearMonth(2026, 10), date(2026, 11, 30), IURAN)
    assert not last_day.is_suspended
    assert last_day.suspends_on == date(2026, 12, 1)
    next_day = bill_for_paid_through(YearMonth(2026, 10), date(2026, 12, 1), IURAN)
    assert next_day.is_suspended
    assert next_day.suspended_since == date(2026, 12, 1)
    assert next_day.arrears_months == (NOV,)
    assert next_day.amount_owed == 2 * IURAN
    assert next_day.reactivation_amount == 2 * IURAN


def test_suspension_starts_after_the_oldest_unpaid_month() -> None:
    bill = bill_for_unpaid([YearMonth(2026, 7), YearMonth(2026, 9), NOV], TODAY, IURAN)
    assert bill.suspended_since == date(2026, 8, 1)
    assert bill.months_in_arrears == 2
    assert bill.suspends_on is None


def test_paid_in_advance_owes_nothing() -> None:
    bill = bill_for_paid_through(YearMonth(2027, 3), TODAY, IURAN)
    assert bill.amount_owed == 0
    assert not bill.current_month_unpaid
    assert bill.suspends_on is None
    assert bill.reactivation_amount is None


def test_unpaid_month_in_the_future_is_rejected() -> None:
    with pytest.raises(ValidationError) as caught:
        bill_for_unpaid([YearMonth(2026, 12)], TODAY, IURAN)
    assert caught.value.field == "unpaid_months"


def test_each_month_is_priced_with_its_own_amount() -> None:
    def price(month: YearMonth) -> int:
        return 150_000 if month >= YearMonth(2026, 10) else 100_000

    bill = bill_for_paid_through(YearMonth(2026, 8), TODAY, price)
    assert bill.arrears_amount == 100_000 + 150_000  # September, October
    assert bill.current_amount == 150_000


# --- reactivation -----------------------------------------------------------------------


def test_reactivation_of_30_months_arrears_counts_24_plus_the_current_month() -> None:
    assert reactivation_amount(30, IURAN, on=TODAY) == 25 * IURAN == 875_000


def test_bill_with_30_months_arrears_counts_the_most_recent_24() -> None:
    bill = bill_for_paid_through(NOV.plus(-31), TODAY, IURAN)
    assert bill.months_in_arrears == 30
    assert len(bill.counted_arrears_months) == 24
    assert bill.counted_arrears_months[0] == NOV.plus(-24)
    assert bill.counted_arrears_months[-1] == NOV.plus(-1)
    assert bill.reactivation_amount == 875_000


def test_reactivation_under_24_months_counts_every_month() -> None:
    assert reactivation_amount(5, IURAN, on=TODAY) == 6 * IURAN


def test_reactivation_without_arrears_is_refused() -> None:
    with pytest.raises(RuleError) as caught:
        reactivation_amount(0, IURAN, on=TODAY)
    assert caught.value.code == "not_suspended"


@given(
    months=st.integers(0, 120),
    amount=st.integers(0, 600_000),
    today=days,
)
def test_property_no_bill_or_reactivation_counts_more_than_24_arrears_months(
    months: int, amount: int, today: date
) -> None:
    current = YearMonth.of(today)
    bill = bill_for_paid_through(current.plus(-months - 1), today, amount)
    assert bill.months_in_arrears == months
    assert len(bill.counted_arrears_months) == min(months, 24)
    assert bill.amount_owed <= 25 * amount
    if months:
        reactivation = reactivation_amount(months, amount, on=today)
        assert reactivation <= 25 * amount
        assert bill.reactivation_amount == reactivation
        assert bill.suspended_since is not None
        assert bill.suspended_since.day == 1
        assert bill.suspended_since <= today


# --- denda pelayanan ----------------------------------------------------------------------


def test_penalty_is_5_percent_of_the_inacbg_cost_per_month_in_arrears() -> None:
    p = service_penalty(
        10_000_000, 3, date(2026, 9, 1), date(2026, 9, 20), Segment.PBPU, care=CareSetting.INPATIENT
    )
    assert p.amount == 1_500_000
    assert p.months_counted == 3
    assert not p.capped


def test_penalty_counts_at_most_12_months() -> None:
    args = (date(2026, 9, 1), date(2026, 9, 2), Segment.PBPU)
    twelve = service_penalty(2_000_000, 12, *args, care=CareSetting.INPATIENT)
    twenty = service_penalty(2_000_000, 20, *args, care=CareSetting.INPATIENT)
    assert twelve.amount == twenty.amount == 1_200_000
    assert twenty.months_counted == 12


def test_penalty_is_capped_at_30_million_for_a_big_cost() -> None:
    p = service_penalty(
        100_000_000, 12, date(2026, 9, 1), date(2026, 9, 2), Segment.BP, care=CareSetting.INPATIENT
    )
    assert p.amount == 30_000_000  # 5% x 100,000,000 x 12 = 60,000,000
    assert p.capped


def test_penalty_applies_on_day_45_and_is_zero_from_day_46() -> None:
    reactivated = date(2026, 9, 1)
    day_45 = service_penalty(
        10_000_000,
        2,
        reactivated,
        reactivated + timedelta(days=45),
        Segment.PBPU,
        care=CareSetting.INPATIENT,
    )
    day_46 = service_penalty(
        10_000_000,
        2,
        reactivated,
        reactivated + timedelta(days=46),
        Segment.PBPU,
        care=CareSetting.INPATIENT,
    )
    assert day_45.amount == 1_000_000
    assert day_46.amount == 0


def test_penalty_is_zero_for_outpatient_care() -> None:
    p = service_penalty(
        10_000_000, 6, date(2026, 9, 1), date(2026, 9, 5), Segment.PBPU, care=CareSetting.OUTPATIENT
    )
    assert p.amount == 0
    assert p.months_counted == 0


def test_employer_pays_the_penalty_for_ppu() -> None:
    args = (5_000_000, 4, date(2026, 9, 1), date(2026, 9, 5))
    assert service_penalty(*args, Segment.PPU_BU, care=CareSetting.INPATIENT).payer is (
        Payer.EMPLOYER
    )
    assert service_penalty(*args, Segment.PPU_PN, care=CareSetting.INPATIENT).payer is (
        Payer.EMPLOYER
    )
    assert service_penalty(*args, Segment.PBPU, care=CareSetting.INPATIENT).payer is (
        Payer.PARTICIPANT
    )


def test_admission_before_reactivation_is_rejected() -> None:
    with pytest.raises(ValidationError) as caught:
        service_penalty(
            1_000_000,
            2,
            date(2026, 9, 10),
            date(2026, 9, 1),
            Segment.PBPU,
            care=CareSetting.INPATIENT,
        )
    assert caught.value.field == "admitted_on"


@given(
    cost=st.integers(0, 2_000_000_000),
    months=st.integers(0, 200),
    days_after=st.integers(0, 400),
    segment=st.sampled_from(list(Segment)),
    care=st.sampled_from(list(CareSetting)),
)
def test_property_penalty_never_exceeds_the_cap_nor_counts_more_than_12_months(
    cost: int, months: int, days_after: int, segment: Segment, care: CareSetting
) -> None:
    reactivated = date(2026, 1, 15)
    p = service_penalty(
        cost, months, reactivated, reactivated + timedelta(days=days_after), segment, care=care
    )
    assert 0 <= p.amount <= 30_000_000
    assert p.months_counted <= 12
    assert p.amount <= cost * 12 * 5 // 100 + 1
    if care is CareSetting.OUTPATIENT or days_after > 45:
        assert p.amount == 0
    assert (p.payer is Payer.EMPLOYER) == segment.is_ppu


# --- REHAB ------------------------------------------------------------------------------


def test_rehab_is_for_pbpu_and_bp_with_4_to_24_months_of_arrears() -> None:
    assert rehab_eligible(Segment.PBPU, 4, on=TODAY)
    assert rehab_eligible(Segment.BP, 24, on=TODAY)
    assert not rehab_eligible(Segment.PBPU, 3, on=TODAY)
    assert not rehab_eligible(Segment.PPU_BU, 10, on=TODAY)
    assert not rehab_eligible(Segment.PBPU_PEMDA, 10, on=TODAY)


def test_rehab_with_more_than_24_months_counts_24() -> None:
    plan = rehab_plan(Segment.PBPU, 30, IURAN, 12, on=TODAY)
    assert plan.months_counted == 24
    assert plan.total == 24 * IURAN


def test_rehab_plan_has_at_most_12_instalments() -> None:
    with pytest.raises(ValidationError) as caught:
        rehab_plan(Segment.PBPU, 10, IURAN, 13, on=TODAY)
    assert caught.value.field == "instalments"
    with pytest.raises(ValidationError):
        rehab_plan(Segment.PBPU, 10, IURAN, 1, on=TODAY)


def test_rehab_plan_splits_the_arrears_exactly_from_this_month() -> None:
    plan = rehab_plan(Segment.PBPU, 5, IURAN, 12, on=TODAY)
    amounts = [i.amount for i in plan.instalments]
    assert plan.total == sum(amounts) == 175_000
    assert amounts[:4] == [14_584] * 4  # 175,000 = 12 x 14,583 + 4
    assert amounts[4:] == [14_583] * 8
    assert plan.instalments[0].month == NOV
    assert plan.instalments[-1].month == YearMonth(2027, 10)


def test_rehab_refused_for_3_months_of_arrears() -> None:
    with pytest.raises(RuleError) as caught:
        rehab_plan(Segment.PBPU, 3, IURAN, 3, on=TODAY)
    assert caught.value.code == "rehab_not_eligible"


@given(
    months=st.integers(4, 60),
    amount=st.integers(0, 450_000),
    instalments=st.integers(2, 12),
    today=days,
)
def test_property_rehab_plan_sums_to_the_counted_arrears_in_near_equal_parts(
    months: int, amount: int, instalments: int, today: date
) -> None:
    plan = rehab_plan(Segment.BP, months, amount, instalments, on=today)
    amounts = [i.amount for i in plan.instalments]
    assert sum(amounts) == plan.total == min(months, 24) * amount
    assert len(amounts) == instalments <= 12
    assert max(amounts) - min(amounts) <= 1
    assert [i.number for i in plan.instalments] == list(range(1, instalments + 1))


@given(days)
def test_property_first_of_next_month_is_a_first_after_today(today: date) -> None:
    first = first_of_next_month(today)
    assert first.day == 1
    assert today < first <= today + timedelta(days=31)
