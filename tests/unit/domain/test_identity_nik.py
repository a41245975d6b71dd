"""NIK and KK rules of DOMAIN.md "Identity" (anjungan.core.domain.nik)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anjungan.core.domain import regions
from anjungan.core.domain.identity import (
    NikWarning,
    Sex,
    age_on,
    format_nik,
    is_valid_nik,
    mask_nik,
    parse_kk,
    parse_nik,
)
from anjungan.core.errors import ValidationError

TODAY = date(2026, 11, 23)
# Gambir, Kota Jakarta Pusat; born 1 Jan 1990, male, serial 0001.
JAKPUS_MAN = "3171010101900001"


def _code_of(text: str, today: date = TODAY) -> str:
    with pytest.raises(ValidationError) as caught:
        parse_nik(text, today)
    assert caught.value.field == "nik"
    return caught.value.code


# --- structure, region, sex, birth date -------------------------------------------------


def test_jakarta_pusat_nik_gives_region_names_birth_date_sex_and_serial():
    info = parse_nik(JAKPUS_MAN, TODAY)
    assert info.nik == JAKPUS_MAN
    assert (info.province_code, info.kabkota_code, info.kecamatan_code) == ("31", "3171", "317101")
    assert info.region is not None
    assert info.region.province.name == "DKI Jakarta"
    assert info.region.kabkota.name == "Kota Jakarta Pusat"
    assert info.region.kecamatan.name == "Gambir"
    assert info.birth_date == date(1990, 1, 1)
    assert info.sex is Sex.MALE
    assert info.serial == "0001"
    assert info.warnings == ()


@pytest.mark.parametrize(
    "typed",
    [
        "3171 0101 0190 0001",  # keypad groups of four
        "317101 010190 0001",  # format_nik grouping
        "3171.0101.0190.0001",
        "3171-0101-0190-0001",
        "  3171010101900001\n",
    ],
)
def test_nik_spaces_dots_and_dashes_are_stripped(typed):
    assert parse_nik(typed, TODAY).nik == JAKPUS_MAN


def test_womans_nik_has_day_plus_40_and_reads_as_female():
    # 45 -> 5th; 71 -> 31st.
    info = parse_nik("3171014502050002", TODAY)
    assert info.sex is Sex.FEMALE
    assert info.birth_date == date(2005, 2, 5)
    assert parse_nik("3171017112800003", TODAY).birth_date == date(1980, 12, 31)
    assert parse_nik("3171014101800003", TODAY).birth_date == date(1980, 1, 1)


def test_two_digit_year_05_resolves_to_2005_and_50_to_1950():
    assert parse_nik("3171011508050001", TODAY).birth_date == date(2005, 8, 15)
    assert parse_nik("3171011508500001", TODAY).birth_date == date(1950, 8, 15)


def test_birth_date_never_in_the_future_of_today():
    # Born "23 Nov 26" is today (a newborn); "24 Nov 26" must be 1926.
    assert parse_nik("3171012311260001", TODAY).birth_date == date(2026, 11, 23)
    assert parse_nik("3171012411260001", TODAY).birth_date == date(1926, 11, 24)
    # The same NIK read in 2004 cannot mean 2005.
    assert parse_nik("3171011508050001", date(2004, 1, 1)).birth_date == date(1905, 8, 15)


def test_29_february_valid_in_leap_year_and_invalid_otherwise():
    assert parse_nik("3171012902240001", TODAY).birth_date == date(2024, 2, 29)
    assert parse_nik("3171016902960001", TODAY).birth_date == date(1996, 2, 29)
    assert _code_of("3171012902230001") == "invalid_date"
    assert _code_of("3171012902250001") == "invalid_date"


def test_29_february_00_depends_on_the_century_today_resolves_to():
    # 2000 is a leap year, 1900 is not.
    assert parse_nik("3171012902000001", TODAY).birth_date == date(2000, 2, 29)
    assert _code_of("3171012902000001", today=date(2000, 2, 28)) == "invalid_date"


@pytest.mark.parametrize("ddmm", ["3002", "3102", "3104", "3106", "3109", "3111", "7002", "7104"])
def test_days_that_do_not_exist_in_the_month_are_rejected(ddmm):
    assert _code_of(f"317101{ddmm}900001") == "invalid_date"


# --- rejections ------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["317101010190001", "31710101019000011", "3171"])
def test_nik_not_16_digits_is_rejected(text):
    assert _code_of(text) == "wrong_length"


@pytest.mark.parametrize("text", ["317101010190000I", "3171O10101900001", "3171/0101/9000/01"])
def test_nik_with_letters_or_symbols_is_rejected(text):
    assert _code_of(text) == "not_digits"


def test_nik_with_non_ascii_digits_is_rejected():
    assert _code_of("٣١٧١٠١٠١٠١٩٠٠٠٠١") == "not_digits"


def test_empty_nik_is_required():
    assert _code_of("  - ") == "required"


@pytest.mark.parametrize("province", ["00", "10", "20", "30", "39", "41", "99"])
def test_nik_with_unknown_province_is_rejected(province):
    assert _code_of(f"{province}71010101900001") == "unknown_province"


@pytest.mark.parametrize("day", ["00", "32", "35", "40", "72", "99"])
def test_nik_day_outside_1_31_and_41_71_is_rejected(day):
    assert _code_of(f"317101{day}01900001") == "invalid_day"


@pytest.mark.parametrize("month", ["00", "13", "90"])
def test_nik_month_outside_1_12_is_rejected(month):
    assert _code_of(f"31710101{month}900001") == "invalid_month"


def test_keypad_example_3171_0101_9000_0001_has_month_90_and_is_rejected():
    assert _code_of("3171 0101 9000 0001") == "invalid_month"


def test_nik_serial_0000_is_rejected():
    assert _code_of("3171010101900000") == "invalid_serial"


def test_nik_error_never_contains_the_nik():
    with pytest.raises(ValidationError) as caught:
        parse_nik("3171010101900000", TODAY)
    err = caught.value
    for text in (str(err), err.message("id"), err.message("en")):
        assert "3171010101900000" not in text
        assert "317101" not in text


# --- unknown region is a warning -------------------------------------------------------


def test_unknown_kecamatan_is_a_warning_not_a_rejection():
    # Kota Jakarta Pusat has kecamatan 01-08; 99 does not exist (yet).
    info = parse_nik("3171990101900001", TODAY)
    assert info.region is None
    assert info.warnings == (NikWarning.UNKNOWN_KECAMATAN,)
    assert info.birth_date == date(1990, 1, 1)
    assert is_valid_nik("3171990101900001", TODAY)


def test_unknown_kabkota_is_a_warning_not_a_rejection():
    info = parse_nik("3179010101900001", TODAY)
    assert info.region is None
    assert info.warnings == (NikWarning.UNKNOWN_KABKOTA,)
    assert "wilayah" in NikWarning.UNKNOWN_KABKOTA.message("id")
    assert "region" in NikWarning.UNKNOWN_KABKOTA.message("en")


def test_is_valid_nik_false_for_every_rejection():
    assert is_valid_nik(JAKPUS_MAN, TODAY)
    for bad in ["", "3171010101900000", "9971010101900001", "3171013202900001", "31710101"]:
        assert not is_valid_nik(bad, TODAY)


# --- KK ---------------------------------------------------------------------------------


def test_kk_number_gives_region_without_birth_date():
    info = parse_kk("3171 0123 0414 0009")
    assert info.kk == "3171012304140009"
    assert info.region is not None
    assert info.region.kabkota.name == "Kota Jakarta Pusat"
    assert not hasattr(info, "birth_date")


def test_kk_middle_digits_are_not_read_as_a_birth_date():
    # A NIK would be rejected for day 99; a KK is not.
    assert parse_kk("3171019999990001").kk == "3171019999990001"


def test_kk_rejects_unknown_province_and_wrong_length_on_field_kk():
    for bad, code in [("2071010101900001", "unknown_province"), ("317101", "wrong_length")]:
        with pytest.raises(ValidationError) as caught:
            parse_kk(bad)
        assert (caught.value.field, caught.value.code) == ("kk", code)


def test_kk_unknown_kecamatan_is_a_warning():
    assert parse_kk("3171990101900001").warnings == (NikWarning.UNKNOWN_KECAMATAN,)


# --- display and age --------------------------------------------------------------------


def test_format_nik_groups_region_date_serial():
    assert format_nik("3171 0101 0190 0001") == "317101 010190 0001"


def test_mask_nik_shows_region_and_last_two_digits_only():
    assert mask_nik(JAKPUS_MAN) == "317101********01"


def test_format_and_mask_reject_non_nik_input():
    for func in (format_nik, mask_nik):
        with pytest.raises(ValidationError):
            func("12345")


def test_age_on_counts_completed_years():
    born = date(1990, 1, 1)
    assert age_on(born, date(2026, 11, 23)) == 36
    assert age_on(born, date(2025, 12, 31)) == 35
    assert age_on(born, date(2026, 1, 1)) == 36


def test_age_on_29_february_birthday_turns_on_1_march_in_non_leap_years():
    born = date(2008, 2, 29)
    assert age_on(born, date(2025, 2, 28)) == 16
    assert age_on(born, date(2025, 3, 1)) == 17
    assert age_on(born, date(2028, 2, 29)) == 20


def test_age_on_refuses_a_day_before_birth():
    with pytest.raises(ValueError):
        age_on(date(2000, 1, 2), date(2000, 1, 1))


# --- properties -------------------------------------------------------------------------

KNOWN_PREFIXES = sorted(
    kec.code
    for prov in regions.provinces()
    for kab in regions.kabkota(prov.code)
    for kec in regions.kecamatan(prov.code, kab.code)
)


def _earliest_birth_date(today: date) -> date:
    """The first date that a two-digit year can still mean, 100 years back."""
    try:
        return today.replace(year=today.year - 100) + timedelta(days=1)
    except ValueError:  # today is 29 Feb and that year was not leap
        return date(today.year - 100, 3, 1)


def _build_nik(prefix: str, born: date, sex: Sex, serial: int) -> str:
    day = born.day + (40 if sex is Sex.FEMALE else 0)
    return f"{prefix}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


@st.composite
def valid_niks(draw: st.DrawFn) -> tuple[str, str, date, Sex, date]:
    today = draw(st.dates(date(1950, 1, 1), date(2099, 12, 31)))
    born = draw(st.dates(_earliest_birth_date(today), today))
    prefix = draw(st.sampled_from(KNOWN_PREFIXES))
    sex = draw(st.sampled_from(Sex))
    serial = draw(st.integers(1, 9999))
    return _build_nik(prefix, born, sex, serial), prefix, born, sex, today


@settings(deadline=None)
@given(valid_niks())
def test_property_valid_nik_round_trips_birth_date_sex_and_region(case):
    nik, prefix, born, sex, today = case
    info = parse_nik(nik, today)
    assert info.birth_date == born
    assert info.sex is sex
    assert info.region is not None
    assert info.region.kecamatan.code == prefix
    assert info.warnings == ()


@given(st.text(alphabet="0123456789", min_size=16, max_size=16), st.dates(date(1950, 1, 1)))
def test_property_any_accepted_nik_has_birth_date_within_100_years_before_today(nik, today):
    try:
        info = parse_nik(nik, today)
    except ValidationError as err:
        assert err.field == "nik"
        return
    assert info.birth_date <= today
    assert age_on(info.birth_date, today) < 100


@given(valid_niks())
def test_property_mask_and_format_keep_length_and_digits(case):
    nik = case[0]
    masked = mask_nik(nik)
    assert len(masked) == 16
    assert masked[:6] == nik[:6]
    assert masked[-2:] == nik[-2:]
    assert format_nik(nik).replace(" ", "") == nik
