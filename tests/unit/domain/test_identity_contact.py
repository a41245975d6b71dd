"""Phone numbers (anjungan.core.domain.contact)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.domain.identity import PhoneKind, normalize_phone, parse_phone
from anjungan.core.errors import ValidationError


def _code_of(text: str) -> str:
    with pytest.raises(ValidationError) as caught:
        parse_phone(text)
    assert caught.value.field == "phone"
    return caught.value.code


@pytest.mark.parametrize(
    "typed",
    [
        "081234567890",
        "0812-3456-7890",
        "0812 3456 7890",
        "0812.3456.7890",
        "+6281234567890",
        "+62 812-3456-7890",
        "6281234567890",
        "+62 (0)812 3456 7890",
    ],
)
def test_mobile_in_08_plus62_and_62_forms_normalises_to_e164(typed):
    assert normalize_phone(typed) == "+6281234567890"
    assert parse_phone(typed).kind is PhoneKind.MOBILE


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("0812345678", "+62812345678"),  # 10 digits, the shortest mobile
        ("0812345678901", "+62812345678901"),  # 13 digits, the longest
    ],
)
def test_mobile_of_10_to_13_digits_is_accepted(typed, e164):
    assert normalize_phone(typed) == e164


@pytest.mark.parametrize("typed", ["081234567", "08123456789012"])
def test_mobile_shorter_than_10_or_longer_than_13_digits_is_rejected(typed):
    assert _code_of(typed) == "bad_number"


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("(0542) 8512311", "+625428512311"),  # Balikpapan
        ("021-5551234", "+62215551234"),  # Jakarta
        ("021 2922 1234", "+622129221234"),
        ("+62 21 5551234", "+62215551234"),
        ("+62 (0)21 5551234", "+62215551234"),
    ],
)
def test_landline_with_area_code_is_accepted(typed, e164):
    info = parse_phone(typed)
    assert info.e164 == e164
    assert info.kind is PhoneKind.LANDLINE


def test_national_form_puts_the_trunk_zero_back():
    assert parse_phone("+62 812 3456 7890").national == "081234567890"
    assert parse_phone("(0542) 8512311").national == "05428512311"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("0812-345O-7890", "has_letters"),
        ("telp 081234567890", "has_letters"),
        ("0812/3456/7890", "bad_character"),
        ("0812+34567890", "bad_character"),
        ("", "required"),
        ("5551234", "bad_prefix"),  # local number without area code
        ("81234567890", "bad_prefix"),  # trunk 0 missing
        ("+6581234567", "not_indonesian"),  # Singapore
        ("0800-1-500-400", "bad_number"),  # toll-free service number
        ("021-555", "bad_number"),
        ("0123456789", "bad_number"),
    ],
)
def test_phone_rejections(typed, code):
    assert _code_of(typed) == code


def test_phone_error_never_contains_the_number():
    with pytest.raises(ValidationError) as caught:
        parse_phone("0812345678901234")
    err = caught.value
    assert "0812345678901234" not in str(err) + err.message("id") + err.message("en")


@st.composite
def typed_phones(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        nsn = (
            "8"
            + draw(st.sampled_from("123456789"))
            + draw(st.from_regex(r"[0-9]{7,10}", fullmatch=True))
        )
    else:
        nsn = draw(st.sampled_from("2345679")) + draw(st.from_regex(r"[0-9]{7,10}", fullmatch=True))
    prefix = draw(st.sampled_from(["0", "+62", "62", "+62 ", "+62 (0)", "62-0"]))
    separators = draw(
        st.lists(st.sampled_from([" ", "-", ".", ""]), min_size=len(nsn), max_size=len(nsn))
    )
    return prefix + "".join(d + s for d, s in zip(nsn, separators, strict=True))


@given(typed_phones())
def test_property_phone_normalisation_is_idempotent(typed):
    once = normalize_phone(typed)
    assert normalize_phone(once) == once
    assert once.startswith("+62")
    assert once[1:].isdigit()


@given(st.text(alphabet="0123456789+-() .abc", max_size=20))
def test_property_normalize_phone_either_gives_e164_or_a_phone_validation_error(text):
    try:
        e164 = normalize_phone(text)
    except ValidationError as err:
        assert err.field == "phone"
        return
    assert e164.startswith("+628") or e164[3] in "2345679"
    assert normalize_phone(e164) == e164
