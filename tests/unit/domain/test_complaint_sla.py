"""Complaint SLA per channel (seed 000 "Standar Penanganan Pengaduan Peserta")."""

from __future__ import annotations

from datetime import date

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.domain.calendar import CalendarOverride, WorkingCalendar
from anjungan.core.domain.complaint_sla import (
    CHANNEL_SLA_CLASS,
    DOCUMENT_DEADLINE_RULES,
    MAX_SLA_WORKING_DAYS,
    SLA_RULES,
    Channel,
    SlaClass,
    SlaRule,
    document_deadline_days,
    shift_for_pauses,
    sla_due_date,
    sla_rule_for,
    sla_working_days,
)
from anjungan.core.errors import RuleError

CAL = WorkingCalendar()
_RAW = holidays.country_holidays(
    "ID", years=range(2024, 2029), categories=("public", "government"), language="id"
)
MONDAY = date(2026, 1, 5)


@pytest.mark.parametrize(
    ("channel", "standard", "with_coordination"),
    [
        (Channel.DIRECT, 1, 3),
        (Channel.ORAL, 1, 3),
        (Channel.WRITTEN, 3, 5),
        (Channel.KIOSK, 3, 5),
        (Channel.OTHER_OFFICIAL, 3, 5),
    ],
)
def test_each_channel_has_its_seed_000_sla_with_and_without_coordination(
    channel: Channel, standard: int, with_coordination: int
) -> None:
    assert sla_working_days(channel, False, MONDAY) == standard
    assert sla_working_days(channel, True, MONDAY) == with_coordination


def test_direct_and_oral_are_spoken_written_kiosk_and_other_are_written() -> None:
    assert CHANNEL_SLA_CLASS == {
        Channel.DIRECT: SlaClass.SPOKEN,
        Channel.ORAL: SlaClass.SPOKEN,
        Channel.WRITTEN: SlaClass.WRITTEN,
        Channel.KIOSK: SlaClass.WRITTEN,
        Channel.OTHER_OFFICIAL: SlaClass.WRITTEN,
    }
    assert Channel.KIOSK.sla_class is SlaClass.WRITTEN


def test_direct_complaint_on_monday_is_due_tuesday() -> None:
    assert sla_due_date(MONDAY, Channel.DIRECT, False, CAL) == date(2026, 1, 6)


def test_oral_complaint_needing_coordination_on_monday_is_due_thursday() -> None:
    assert sla_due_date(MONDAY, Channel.ORAL, True, CAL) == date(2026, 1, 8)


def test_written_complaint_on_thursday_is_due_across_the_weekend_on_tuesday() -> None:
    assert sla_due_date(date(2026, 1, 8), Channel.WRITTEN, False, CAL) == date(2026, 1, 13)


def test_written_complaint_needing_coordination_on_monday_is_due_next_monday() -> None:
    assert sla_due_date(MONDAY, Channel.WRITTEN, True, CAL) == date(2026, 1, 12)


def test_direct_complaint_on_friday_is_due_monday() -> None:
    assert sla_due_date(date(2026, 1, 9), Channel.DIRECT, False, CAL) == date(2026, 1, 12)


def test_direct_complaint_before_nyepi_and_eid_2026_is_due_wednesday_25_march() -> None:
    assert sla_due_date(date(2026, 3, 17), Channel.DIRECT, False, CAL) == date(2026, 3, 25)


def test_written_complaint_before_eid_2026_is_due_friday_27_march() -> None:
    assert sla_due_date(date(2026, 3, 17), Channel.WRITTEN, False, CAL) == date(2026, 3, 27)


def test_website_complaint_sent_on_saturday_counts_from_monday() -> None:
    assert sla_due_date(date(2026, 1, 10), Channel.WRITTEN, False, CAL) == date(2026, 1, 15)


def test_due_date_moves_past_a_local_override_holiday() -> None:
    cal = WorkingCalendar([CalendarOverride.holiday(date(2026, 7, 7), "Hari Jadi Kota")])
    assert sla_due_date(date(2026, 7, 6), Channel.DIRECT, False, cal) == date(2026, 7, 8)


def test_due_date_lands_on_an_override_working_day() -> None:
    cal = WorkingCalendar(
        [CalendarOverride.working_day(date(2026, 12, 24), "Cuti bersama Natal dibatalkan")]
    )
    assert sla_due_date(date(2026, 12, 23), Channel.DIRECT, False, cal) == date(2026, 12, 24)
    assert sla_due_date(date(2026, 12, 23), Channel.DIRECT, False, CAL) == date(2026, 12, 28)


def test_every_sla_row_is_within_the_five_working_day_ceiling_of_seed_002() -> None:
    assert SLA_RULES
    for rule in SLA_RULES:
        assert 1 <= rule.standard_days <= rule.coordination_days <= MAX_SLA_WORKING_DAYS


def test_a_new_sla_row_applies_from_its_effective_date_only() -> None:
    rules = (*SLA_RULES, SlaRule(date(2027, 1, 1), SlaClass.WRITTEN, 2, 4, "test decree"))
    assert sla_working_days(Channel.WRITTEN, False, date(2026, 12, 31), rules) == 3
    assert sla_working_days(Channel.WRITTEN, False, date(2027, 1, 1), rules) == 2
    assert sla_working_days(Channel.WRITTEN, True, date(2027, 1, 4), rules) == 4
    assert sla_working_days(Channel.DIRECT, False, date(2027, 1, 4), rules) == 1


def test_date_before_any_sla_rule_is_a_rule_error() -> None:
    with pytest.raises(RuleError) as err:
        sla_rule_for(SlaClass.SPOKEN, date(2014, 1, 1))
    assert err.value.code == "no_sla_rule"


def test_participant_has_30_days_to_complete_data() -> None:
    assert document_deadline_days(date(2026, 1, 6)) == 30
    assert DOCUMENT_DEADLINE_RULES[0].calendar_days == 30


def test_document_deadline_before_any_rule_is_a_rule_error() -> None:
    with pytest.raises(RuleError) as err:
        document_deadline_days(date(2017, 1, 1))
    assert err.value.code == "no_document_deadline_rule"


def test_channel_labels_exist_in_both_languages() -> None:
    for channel in Channel:
        assert channel.label("id") and channel.label("en")
        assert channel.label("id") != channel.label("en")


# --- shift_for_pauses -------------------------------------------------------------------


def test_pause_shifts_due_date_by_the_working_days_waited() -> None:
    # Due Thu 8 Jan; waited Tue 6 -> Mon 12: Wed 7, Thu 8, Fri 9, Mon 12 = 4 working days.
    due = shift_for_pauses(date(2026, 1, 8), [(date(2026, 1, 6), date(2026, 1, 12))], CAL)
    assert due == date(2026, 1, 14)


def test_pause_that_starts_and_ends_the_same_day_costs_nothing() -> None:
    assert shift_for_pauses(date(2026, 1, 8), [(date(2026, 1, 6), date(2026, 1, 6))], CAL) == (
        date(2026, 1, 8)
    )


def test_pause_starting_after_the_due_date_does_not_rescue_a_late_complaint() -> None:
    assert shift_for_pauses(date(2026, 1, 6), [(date(2026, 1, 7), date(2026, 1, 9))], CAL) == (
        date(2026, 1, 6)
    )


def test_two_pauses_add_up() -> None:
    pauses = [(date(2026, 1, 5), date(2026, 1, 6)), (date(2026, 1, 7), date(2026, 1, 9))]
    # 1 + 2 working days after Thu 8 Jan: Fri 9, Mon 12, Tue 13.
    assert shift_for_pauses(date(2026, 1, 8), pauses, CAL) == date(2026, 1, 13)


# --- Properties -------------------------------------------------------------------------


@given(
    received=st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)),
    channel=st.sampled_from(Channel),
    coordination=st.booleans(),
)
def test_property_due_dates_never_fall_on_a_holiday_or_weekend(
    received: date, channel: Channel, coordination: bool
) -> None:
    due = sla_due_date(received, channel, coordination, CAL)
    assert due.weekday() < 5
    assert due not in _RAW
    assert due > received
    assert CAL.working_days_between(CAL.working_day_on_or_after(received), due) == (
        sla_working_days(channel, coordination, received)
    )
