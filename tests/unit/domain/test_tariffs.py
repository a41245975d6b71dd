"""Tariffs are data with effective dates: the packaged figures and the schedule choice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.domain.tariffs import NoScheduleInForce, TariffBook, tariffs_on
from anjungan.core.errors import ConfigError, RuleError

PACKAGED = resources.files("anjungan.core.domain.data").joinpath("tariffs.toml")
TODAY = date(2026, 11, 23)


def packaged_text() -> str:
    return PACKAGED.read_text(encoding="utf-8")


def test_packaged_schedule_in_force_today_has_the_domain_figures() -> None:
    s = TariffBook.load().tariffs_on(TODAY)
    assert s.effective_from == date(2021, 1, 1)
    assert s.pbi_per_person == 42_000
    assert (s.pemda.participant_part, s.pemda.pemda_subsidy, s.pemda.central_subsidy) == (
        35_000,
        2_800,
        4_200,
    )
    assert s.ppu.rate == Decimal("0.05")
    assert (s.ppu.employer_rate, s.ppu.worker_rate) == (Decimal("0.04"), Decimal("0.01"))
    assert s.ppu.wage_cap == 12_000_000
    assert s.ppu.class_i_threshold == 4_000_000
    assert s.ppu.family_size_covered == 5
    assert s.ppu.extra_member_rate == Decimal("0.01")
    assert (s.pbpu.class_i, s.pbpu.class_ii, s.pbpu.class_iii.total) == (150_000, 100_000, 42_000)
    assert s.pbpu.class_iii.participant_part == 35_000
    assert s.due_day == 10
    assert s.arrears.reactivation_max_months == 24
    assert s.arrears.penalty_rate == Decimal("0.05")
    assert s.arrears.penalty_max_months == 12
    assert s.arrears.penalty_window_days == 45
    assert (s.registration.first_payment_min_days, s.registration.first_payment_max_days) == (
        14,
        30,
    )
    assert s.changes.fktp_change_min_months == 3
    assert s.changes.class_change_min_months == 12


def test_penalty_cap_is_30_million_not_the_seeds_20_million() -> None:
    assert TariffBook.load().tariffs_on(TODAY).arrears.penalty_cap == 30_000_000


def test_rates_are_exact_decimals_not_floats() -> None:
    rate = TariffBook.load().tariffs_on(TODAY).ppu.rate
    assert isinstance(rate, Decimal)
    assert rate * 12_000_000 == 600_000


def test_date_before_the_first_schedule_raises() -> None:
    with pytest.raises(NoScheduleInForce) as caught:
        tariffs_on(date(2020, 12, 31))
    assert isinstance(caught.value, RuleError)
    assert caught.value.code == "no_schedule_in_force"
    assert "2021-01-01" in caught.value.message("en")


def test_first_day_of_a_schedule_is_in_force() -> None:
    assert tariffs_on(date(2021, 1, 1)).effective_from == date(2021, 1, 1)


def test_second_schedule_in_the_toml_applies_from_its_effective_date() -> None:
    second = (
        packaged_text()
        .split("\n[[schedule]]\n", 1)[1]
        .replace("effective_from = 2021-01-01", "effective_from = 2027-01-01")
        .replace("class_i = 150000", "class_i = 160000")
    )
    book = TariffBook.from_toml(packaged_text() + "\n[[schedule]]\n" + second)
    assert book.tariffs_on(date(2026, 12, 31)).pbpu.class_i == 150_000
    assert book.tariffs_on(date(2027, 1, 1)).pbpu.class_i == 160_000


def test_local_override_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "tariffs.toml"
    path.write_text(packaged_text().replace("due_day = 10", "due_day = 15"), encoding="utf-8")
    assert TariffBook.load(path).tariffs_on(TODAY).due_day == 15


def test_schedules_out_of_date_order_are_rejected() -> None:
    base = TariffBook.load().schedules[0]
    with pytest.raises(ConfigError):
        TariffBook((base, replace(base, effective_from=date(2020, 1, 1))))


def test_two_schedules_on_one_day_are_rejected() -> None:
    base = TariffBook.load().schedules[0]
    with pytest.raises(ConfigError):
        TariffBook((base, base))


def test_class_iii_parts_that_do_not_add_up_are_rejected() -> None:
    text = packaged_text().replace("class_iii_participant = 35000", "class_iii_participant = 36000")
    with pytest.raises(ConfigError, match="class_iii"):
        TariffBook.from_toml(text)


def test_ppu_rate_split_that_does_not_add_up_is_rejected() -> None:
    text = packaged_text().replace("worker_rate = 0.01", "worker_rate = 0.02")
    with pytest.raises(ConfigError, match="worker_rate"):
        TariffBook.from_toml(text)


def test_missing_field_is_named_in_the_error() -> None:
    text = packaged_text().replace("penalty_cap = 30000000", "")
    with pytest.raises(ConfigError, match="penalty_cap"):
        TariffBook.from_toml(text)


def test_a_time_on_effective_from_is_rejected() -> None:
    text = packaged_text().replace("2021-01-01", "2021-01-01T00:00:00")
    with pytest.raises(ConfigError, match="effective_from"):
        TariffBook.from_toml(text)


def test_boolean_where_an_amount_belongs_is_rejected() -> None:
    text = packaged_text().replace("per_person = 42000", "per_person = true")
    with pytest.raises(ConfigError, match="per_person"):
        TariffBook.from_toml(text)


def test_malformed_toml_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        TariffBook.from_toml("[[schedule]\n")


def test_empty_book_is_rejected() -> None:
    with pytest.raises(ConfigError):
        TariffBook(())


@given(
    st.lists(
        st.dates(min_value=date(2021, 1, 2), max_value=date(2035, 12, 31)),
        min_size=1,
        max_size=4,
        unique=True,
    ),
    st.dates(min_value=date(2021, 1, 1), max_value=date(2040, 12, 31)),
)
def test_property_the_schedule_in_force_is_the_latest_started_on_or_before_the_day(
    later_starts: list[date], day: date
) -> None:
    base = TariffBook.load().schedules[0]
    starts = [base.effective_from, *sorted(later_starts)]
    book = TariffBook(
        tuple(replace(base, effective_from=start, due_day=i + 1) for i, start in enumerate(starts))
    )
    chosen = book.tariffs_on(day)
    expected = max(start for start in starts if start <= day)
    assert chosen.effective_from == expected
    assert chosen.due_day == starts.index(expected) + 1
    with pytest.raises(NoScheduleInForce):
        book.tariffs_on(base.effective_from - timedelta(days=1))
