"""Working-day calendar: weekends, national holidays, cuti bersama, local overrides.

Dates are the ``holidays`` package's data for Indonesia 2026 (public + government):
Nyepi Thu 2026-03-19 with cuti bersama Wed 03-18; Idul Fitri Sat 03-21 and Sun 03-22
with cuti bersama Fri 03-20, Mon 03-23, Tue 03-24; Christmas Fri 12-25 with cuti
bersama Thu 12-24.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.domain.calendar import (
    CalendarOverride,
    OverrideKind,
    WorkingCalendar,
    load_indonesian_holidays,
)
from anjungan.core.errors import ValidationError

CAL = WorkingCalendar()

# An independent reading of the library, so properties do not check the calendar
# against itself.
_RAW = holidays.country_holidays(
    "ID", years=range(2024, 2029), categories=("public", "government"), language="id"
)


def is_weekend_or_library_holiday(d: date) -> bool:
    return d.weekday() >= 5 or d in _RAW


dates_2025_2027 = st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31))


# --- Plain days, weekends, holidays -------------------------------------------------


def test_ordinary_weekday_is_a_working_day() -> None:
    assert CAL.is_working_day(date(2026, 1, 7))  # Wednesday
    assert CAL.holiday_name(date(2026, 1, 7)) is None


def test_saturday_and_sunday_are_not_working_days_and_have_no_holiday_name() -> None:
    assert not CAL.is_working_day(date(2026, 1, 10))
    assert not CAL.is_working_day(date(2026, 1, 11))
    assert CAL.holiday_name(date(2026, 1, 10)) is None


@pytest.mark.parametrize(
    ("day", "name_id"),
    [
        (date(2026, 3, 18), "Cuti Bersama Hari Suci Nyepi"),
        (date(2026, 3, 19), "Hari Suci Nyepi"),
        (date(2026, 3, 20), "Cuti Bersama Hari Raya Idul Fitri"),
        (date(2026, 3, 23), "Cuti Bersama Hari Raya Idul Fitri"),
        (date(2026, 3, 24), "Cuti Bersama Hari Raya Idul Fitri"),
        (date(2026, 12, 24), "Cuti Bersama Hari Raya Natal"),
        (date(2026, 12, 25), "Hari Raya Natal"),
    ],
)
def test_national_holidays_and_cuti_bersama_2026_are_not_working_days(
    day: date, name_id: str
) -> None:
    assert not CAL.is_working_day(day)
    assert CAL.holiday_name(day) == name_id


def test_holiday_name_in_english_on_request() -> None:
    assert CAL.holiday_name(date(2026, 3, 20), lang="en") == "Eid al-Fitr Joint Holiday"
    assert CAL.holiday_name(date(2026, 3, 21), lang="en") == "Eid al-Fitr"


def test_weekend_eid_day_has_a_name_but_would_be_closed_anyway() -> None:
    assert CAL.holiday_name(date(2026, 3, 21)) == "Hari Raya Idul Fitri"
    assert not CAL.is_working_day(date(2026, 3, 21))


# --- next working day, add, between ---------------------------------------------------


def test_next_working_day_skips_the_whole_2026_eid_and_nyepi_block() -> None:
    assert CAL.next_working_day(date(2026, 3, 17)) == date(2026, 3, 25)


def test_next_working_day_is_strictly_after_even_on_a_working_day() -> None:
    assert CAL.next_working_day(date(2026, 1, 7)) == date(2026, 1, 8)
    assert CAL.next_working_day(date(2026, 1, 9)) == date(2026, 1, 12)  # Fri -> Mon


def test_one_working_day_after_tuesday_before_nyepi_and_eid_is_wednesday_25_march() -> None:
    assert CAL.add_working_days(date(2026, 3, 17), 1) == date(2026, 3, 25)


def test_add_working_days_across_a_weekend() -> None:
    assert CAL.add_working_days(date(2026, 1, 9), 1) == date(2026, 1, 12)
    assert CAL.add_working_days(date(2026, 1, 8), 3) == date(2026, 1, 13)


def test_zero_working_days_from_a_working_day_is_that_day() -> None:
    assert CAL.add_working_days(date(2026, 1, 7), 0) == date(2026, 1, 7)


def test_start_on_saturday_is_deemed_received_monday_so_one_day_is_tuesday() -> None:
    assert CAL.working_day_on_or_after(date(2026, 1, 10)) == date(2026, 1, 12)
    assert CAL.add_working_days(date(2026, 1, 10), 0) == date(2026, 1, 12)
    assert CAL.add_working_days(date(2026, 1, 10), 1) == date(2026, 1, 13)


def test_start_on_nyepi_counts_from_the_first_working_day_after_eid() -> None:
    assert CAL.add_working_days(date(2026, 3, 19), 1) == date(2026, 3, 26)


def test_negative_working_days_are_refused() -> None:
    with pytest.raises(ValueError, match="n must be >= 0"):
        CAL.add_working_days(date(2026, 1, 7), -1)


def test_working_days_between_counts_the_half_open_interval() -> None:
    assert CAL.working_days_between(date(2026, 1, 5), date(2026, 1, 5)) == 0
    assert CAL.working_days_between(date(2026, 1, 5), date(2026, 1, 6)) == 1
    assert CAL.working_days_between(date(2026, 1, 9), date(2026, 1, 12)) == 1  # Fri -> Mon
    assert CAL.working_days_between(date(2026, 1, 10), date(2026, 1, 11)) == 0  # weekend


def test_working_days_between_skips_the_2026_eid_block() -> None:
    # (Tue 17 March, Fri 27 March]: only 25, 26, 27 are working days.
    assert CAL.working_days_between(date(2026, 3, 17), date(2026, 3, 27)) == 3


def test_working_days_between_is_negative_when_reversed() -> None:
    assert CAL.working_days_between(date(2026, 1, 12), date(2026, 1, 9)) == -1
    assert CAL.working_days_between(date(2026, 3, 27), date(2026, 3, 17)) == -3


# --- Local overrides ------------------------------------------------------------------


def test_local_override_holiday_closes_an_ordinary_tuesday() -> None:
    cal = WorkingCalendar([CalendarOverride.holiday(date(2026, 7, 7), "Hari Jadi Kota")])
    assert not cal.is_working_day(date(2026, 7, 7))
    assert cal.holiday_name(date(2026, 7, 7)) == "Hari Jadi Kota"
    assert cal.add_working_days(date(2026, 7, 6), 1) == date(2026, 7, 8)
    assert CAL.add_working_days(date(2026, 7, 6), 1) == date(2026, 7, 7)


def test_local_override_working_day_cancels_a_cuti_bersama() -> None:
    cal = WorkingCalendar(
        [CalendarOverride.working_day(date(2026, 12, 24), "Cuti bersama Natal dibatalkan")]
    )
    assert cal.is_working_day(date(2026, 12, 24))
    assert cal.holiday_name(date(2026, 12, 24)) is None
    assert cal.add_working_days(date(2026, 12, 23), 1) == date(2026, 12, 24)
    assert CAL.add_working_days(date(2026, 12, 23), 1) == date(2026, 12, 28)


def test_local_override_working_day_can_open_a_saturday() -> None:
    cal = WorkingCalendar(
        [CalendarOverride(date(2026, 1, 10), OverrideKind.WORKING_DAY, "Hari kerja pengganti")]
    )
    assert cal.is_working_day(date(2026, 1, 10))
    assert cal.next_working_day(date(2026, 1, 9)) == date(2026, 1, 10)


def test_two_overrides_for_one_date_are_refused_naming_the_day_field() -> None:
    with pytest.raises(ValidationError) as err:
        WorkingCalendar(
            [
                CalendarOverride.holiday(date(2026, 7, 7), "A"),
                CalendarOverride.working_day(date(2026, 7, 7), "B"),
            ]
        )
    assert err.value.field == "day"
    assert err.value.code == "duplicate_override"


def test_override_without_a_name_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        CalendarOverride.holiday(date(2026, 7, 7), "   ")
    assert err.value.field == "name"


def test_overrides_are_listed_in_date_order() -> None:
    later = CalendarOverride.holiday(date(2026, 8, 1), "B")
    earlier = CalendarOverride.holiday(date(2026, 7, 1), "A")
    assert WorkingCalendar([later, earlier]).overrides == (earlier, later)


# --- Lazy loading -------------------------------------------------------------------


def test_holiday_years_are_loaded_lazily_and_once_per_year_and_language() -> None:
    calls: list[tuple[int, str]] = []

    def counting_loader(year: int, language: str) -> Mapping[date, str]:
        calls.append((year, language))
        return load_indonesian_holidays(year, language)

    cal = WorkingCalendar(loader=counting_loader)
    assert calls == []
    cal.is_working_day(date(2026, 3, 20))
    cal.is_working_day(date(2026, 3, 25))
    cal.add_working_days(date(2026, 3, 17), 5)
    assert calls == [(2026, "id")]
    cal.holiday_name(date(2026, 3, 20), lang="en")
    cal.is_working_day(date(2027, 1, 4))
    assert calls == [(2026, "id"), (2026, "en_US"), (2027, "id")]


def test_calendar_uses_the_injected_loader_data() -> None:
    cal = WorkingCalendar(loader=lambda year, lang: {date(year, 6, 3): "Fake"})
    assert not cal.is_working_day(date(2026, 6, 3))
    assert cal.is_working_day(date(2026, 3, 20))  # not in the fake data


# --- Properties -----------------------------------------------------------------------


@given(start=dates_2025_2027, n=st.integers(min_value=1, max_value=30))
def test_property_add_working_days_never_returns_a_weekend_or_holiday(start: date, n: int) -> None:
    result = CAL.add_working_days(start, n)
    assert not is_weekend_or_library_holiday(result)
    assert result > start


@given(start=dates_2025_2027, n=st.integers(min_value=0, max_value=30))
def test_property_between_inverts_add_from_a_working_day(start: date, n: int) -> None:
    d = CAL.working_day_on_or_after(start)
    assert CAL.working_days_between(d, CAL.add_working_days(d, n)) == n
    # From a closed day the deemed receipt day is day 0, so (start, result] holds n + 1.
    expected = n if CAL.is_working_day(start) else n + 1
    assert CAL.working_days_between(start, CAL.add_working_days(start, n)) == expected


@given(a=dates_2025_2027, b=dates_2025_2027)
def test_property_working_days_between_is_antisymmetric_and_counts_by_brute_force(
    a: date, b: date
) -> None:
    assert CAL.working_days_between(a, b) == -CAL.working_days_between(b, a)
    lo, hi = min(a, b), max(a, b)
    brute = sum(
        1
        for k in range(1, (hi - lo).days + 1)
        if not is_weekend_or_library_holiday(lo + timedelta(days=k))
    )
    assert abs(CAL.working_days_between(a, b)) == brute


@given(
    start=dates_2025_2027,
    n=st.integers(min_value=1, max_value=20),
    closed=st.lists(dates_2025_2027, max_size=10, unique=True),
)
def test_property_override_holidays_are_never_returned(
    start: date, n: int, closed: list[date]
) -> None:
    cal = WorkingCalendar([CalendarOverride.holiday(d, "Libur lokal") for d in closed])
    result = cal.add_working_days(start, n)
    assert result not in closed
    assert not is_weekend_or_library_holiday(result)
    assert cal.add_working_days(start, n + 1) > result
